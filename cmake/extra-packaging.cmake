# Installation and the Debian package.
#   cmake --install BUILD [--prefix P]   binary, man page, bash and zsh completions
#   cpack -G DEB  (in BUILD)             guidecheck_<version>_<arch>.deb and
#                                        guidecheck-dev_<version>_<arch>.deb (the library)
# The binary carries the rule packs, so nothing else is needed at run time but
# the shared libraries it links (Depends computed by dpkg-shlibdeps).
include(GNUInstallDirs)

set(GUIDECHECK_BASH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
    CACHE STRING "Where the bash completion goes (relative to the prefix)")
# Debian's zsh searches share/zsh/vendor-completions under /usr; for a
# /usr/local install use share/zsh/site-functions.
set(GUIDECHECK_ZSH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions"
    CACHE STRING "Where the zsh completion goes (relative to the prefix)")

# The man page, compressed as Debian policy wants (-n: no name or time stamp,
# so the package is reproducible).
set(GUIDECHECK_MAN_GZ ${CMAKE_BINARY_DIR}/man/guidecheck.1.gz)
add_custom_command(
  OUTPUT ${GUIDECHECK_MAN_GZ}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
  COMMAND sh -c "gzip -9nc \"$0\" > \"$1\"" ${CMAKE_SOURCE_DIR}/docs/guidecheck.1 ${GUIDECHECK_MAN_GZ}
  DEPENDS ${CMAKE_SOURCE_DIR}/docs/guidecheck.1
  COMMENT "Compressing the man page"
  VERBATIM)
add_custom_target(guidecheck_man ALL DEPENDS ${GUIDECHECK_MAN_GZ})

install(FILES ${GUIDECHECK_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/contrib/completions/guidecheck.bash
        DESTINATION ${GUIDECHECK_BASH_COMPLETION_DIR} RENAME guidecheck)
install(FILES ${CMAKE_SOURCE_DIR}/contrib/completions/_guidecheck DESTINATION ${GUIDECHECK_ZSH_COMPLETION_DIR})
install(FILES ${CMAKE_SOURCE_DIR}/docs/ci.md ${CMAKE_SOURCE_DIR}/docs/rule-format.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME guidecheck)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "check research-funding proposals against an application guide")
set(CPACK_PACKAGE_DESCRIPTION
    "guidecheck checks research-funding proposals written as YAML against rule packs that encode a
 Chinese funding guide (embedded in the binary), and reports in text, JSON, JUnit, SARIF, GitHub
 annotations, Markdown, CSV, HTML and Excel.")
set(GUIDECHECK_PACKAGE_MAINTAINER "guidecheck maintainers <maintainers@guidecheck.invalid>"
    CACHE STRING "Maintainer field of the .deb")
set(CPACK_PACKAGE_CONTACT "${GUIDECHECK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends is computed by dpkg-shlibdeps (package dpkg-dev) from the shared
# libraries the binary links, with the versions the build machine has, so the
# .deb is right on Debian 12, Debian 13 or Ubuntu without a hand-kept list of
# package names (tests/package_deb.sh checks it against the binary's NEEDED
# libraries). Without dpkg-shlibdeps CPack warns and leaves Depends empty.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
find_program(GUIDECHECK_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(NOT GUIDECHECK_DPKG_SHLIBDEPS)
  message(STATUS "dpkg-shlibdeps not found (apt-get install dpkg-dev): the .deb would have no Depends")
endif()
# Two packages, as Debian splits a program from its library: `guidecheck`
# (component runtime: the program, its man page and completions) and
# `guidecheck-dev` (component dev, cmake/extra-install.cmake: the header, the
# static libraries and the CMake package, for programs that embed the checker,
# docs/api.md). The -dev package holds no shared object, so dpkg-shlibdeps has
# nothing to say: it depends on the development packages of what the static
# library links (cmake/guidecheck-dependencies.cmake), named by hand.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME guidecheck)
set(CPACK_DEBIAN_DEV_PACKAGE_NAME guidecheck-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_SHLIBDEPS OFF)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
    "libyaml-dev, libicu-dev, libfmt-dev, libudunits2-dev, libzip-dev, libpugixml-dev, libcmark-gfm-dev, libcmark-gfm-extensions-dev, nettle-dev, pkgconf | pkg-config")
# A component package's description is its component's, after the summary
# line; CPack indents each line itself.
string(REPLACE "\n " "\n" CPACK_COMPONENT_RUNTIME_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_COMPONENT_DEV_DESCRIPTION
    "The C++ library of guidecheck, to embed the proposal checker in a program such
as a submission portal: the header <guidecheck/guidecheck.h>, the static
libraries and the CMake package (find_package(guidecheck), then link
guidecheck::guidecheck).")
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/" "/\\\\.git/")
include(CPack)
