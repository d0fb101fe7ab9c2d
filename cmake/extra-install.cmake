# Installing the library (component `dev`, the guidecheck-dev package):
#   <prefix>/include/guidecheck/guidecheck.h      the public interface
#   <prefix>/lib/libguidecheck.a, libguidecheck_<folder>.a (one per src/ folder)
#   <prefix>/lib/cmake/guidecheck/                find_package(guidecheck)
# so that `find_package(guidecheck)` + `target_link_libraries(app PRIVATE
# guidecheck::guidecheck)` builds a program that embeds the checker
# (examples/embed/, docs/api.md). The modules' archives are installed because
# the API's archive needs them; their headers are not: they are no interface.
include(CMakePackageConfigHelpers)
set(GUIDECHECK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/guidecheck)
install(TARGETS guidecheck_api guidecheck_core ${GUIDECHECK_MODULES}
        EXPORT guidecheckTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/include/guidecheck DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        COMPONENT dev FILES_MATCHING PATTERN "*.h")
install(EXPORT guidecheckTargets NAMESPACE guidecheck:: DESTINATION ${GUIDECHECK_CMAKE_DIR}
        COMPONENT dev)
configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/guidecheckConfig.cmake.in
                              ${CMAKE_BINARY_DIR}/guidecheckConfig.cmake
                              INSTALL_DESTINATION ${GUIDECHECK_CMAKE_DIR})
# Later versions only add to the interface (docs/api.md): any later version of
# the same major serves a program written for this one.
write_basic_package_version_file(${CMAKE_BINARY_DIR}/guidecheckConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_BINARY_DIR}/guidecheckConfig.cmake
              ${CMAKE_BINARY_DIR}/guidecheckConfigVersion.cmake
              ${CMAKE_SOURCE_DIR}/cmake/guidecheck-dependencies.cmake
        DESTINATION ${GUIDECHECK_CMAKE_DIR} COMPONENT dev)
