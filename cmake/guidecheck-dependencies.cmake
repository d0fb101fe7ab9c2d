# The libraries the guidecheck library links, found as imported targets:
# PkgConfig::<NAME> for those with a pkg-config file, guidecheck_deps::<name>
# for the two without. Used twice: by the build (CMakeLists.txt) and, installed
# beside guidecheckConfig.cmake, by a program that embeds the library through
# find_package(guidecheck) (a static library's users must link what it links),
# so that the two lists cannot differ. Header-only libraries and those loaded at
# run time (libxlsxwriter, cmake/extra-xlsx.cmake) are the build's alone.
#
# guidecheck_find_dependencies(REQUIRED|QUIET): with QUIET, sets
# GUIDECHECK_DEPENDENCIES_MISSING in the caller to what was not found. A
# function, so that pkg-config's result variables (ICU_FOUND ...) do not land
# in the caller's scope; the imported targets are the directory's.
function(guidecheck_find_dependencies mode)
  set(missing "")
  set(required "")  # find_library and find_path know REQUIRED, not QUIET
  if(mode STREQUAL "REQUIRED")
    set(required REQUIRED)
  endif()
  find_package(PkgConfig ${mode})
  find_package(Threads ${mode})
  find_package(fmt ${mode})
  if(NOT PKG_CONFIG_FOUND)
    list(APPEND missing pkg-config)
  else()
    foreach(dep "LIBYAML yaml-0.1" "ICU icu-uc icu-i18n" "LIBZIP libzip" "PUGIXML pugixml"
                "CMARKGFM libcmark-gfm" "NETTLE nettle")
      string(REPLACE " " ";" dep "${dep}")
      list(POP_FRONT dep prefix)
      if(NOT TARGET PkgConfig::${prefix})
        pkg_check_modules(${prefix} ${mode} IMPORTED_TARGET ${dep})
      endif()
      if(NOT TARGET PkgConfig::${prefix})
        list(APPEND missing "${dep}")
      endif()
    endforeach()
  endif()
  if(NOT TARGET Threads::Threads)
    list(APPEND missing Threads)
  endif()
  if(NOT TARGET fmt::fmt)
    list(APPEND missing fmt)
  endif()
  # No pkg-config file: udunits2's (its .pc names the wrong include folder)
  # and cmark-gfm's extensions.
  if(NOT TARGET guidecheck_deps::udunits2)
    find_library(GUIDECHECK_UDUNITS2_LIBRARY udunits2 ${required})
    find_path(GUIDECHECK_UDUNITS2_INCLUDE_DIR udunits2.h PATH_SUFFIXES udunits2 ${required})
    if(GUIDECHECK_UDUNITS2_LIBRARY AND GUIDECHECK_UDUNITS2_INCLUDE_DIR)
      add_library(guidecheck_deps::udunits2 UNKNOWN IMPORTED)
      set_target_properties(guidecheck_deps::udunits2 PROPERTIES
        IMPORTED_LOCATION "${GUIDECHECK_UDUNITS2_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${GUIDECHECK_UDUNITS2_INCLUDE_DIR}")
    else()
      list(APPEND missing udunits2)
    endif()
  endif()
  if(NOT TARGET guidecheck_deps::cmark_gfm_extensions)
    find_library(GUIDECHECK_CMARKGFM_EXTENSIONS_LIBRARY cmark-gfm-extensions ${required})
    if(GUIDECHECK_CMARKGFM_EXTENSIONS_LIBRARY)
      add_library(guidecheck_deps::cmark_gfm_extensions UNKNOWN IMPORTED)
      set_target_properties(guidecheck_deps::cmark_gfm_extensions PROPERTIES
        IMPORTED_LOCATION "${GUIDECHECK_CMARKGFM_EXTENSIONS_LIBRARY}")
    else()
      list(APPEND missing cmark-gfm-extensions)
    endif()
  endif()
  set(GUIDECHECK_DEPENDENCIES_MISSING "${missing}" PARENT_SCOPE)
endfunction()

# What the core library links, in link order (cmark-gfm's extensions before
# cmark-gfm itself).
set(GUIDECHECK_DEPENDENCY_TARGETS
    PkgConfig::LIBYAML PkgConfig::ICU fmt::fmt guidecheck_deps::udunits2 Threads::Threads
    PkgConfig::LIBZIP PkgConfig::PUGIXML guidecheck_deps::cmark_gfm_extensions PkgConfig::CMARKGFM
    PkgConfig::NETTLE)
