# The public C++ API (include/guidecheck/, docs/api.md), beyond its unit
# tests (src/api/api_test.cpp): the embedding example run on the bundled
# proposals, and the installed package found and used from outside the tree.
# Included inside the tests section of CMakeLists.txt.
add_test(NAME api_embed_example
         COMMAND ${CMAKE_COMMAND} -DEXAMPLE=$<TARGET_FILE:guidecheck_embed_example>
                 -DBIN=$<TARGET_FILE:guidecheck> -DSRC=${CMAKE_SOURCE_DIR}
                 -DTMP=${CMAKE_BINARY_DIR}/api_embed_example
                 -P ${CMAKE_SOURCE_DIR}/cmake/check_embed_example.cmake)
# cmake --install to a scratch prefix, then examples/embed configured with
# find_package(guidecheck) against it, built and run.
add_test(NAME api_install_find_package
         COMMAND ${CMAKE_COMMAND} -DBUILD=${CMAKE_BINARY_DIR} -DSRC=${CMAKE_SOURCE_DIR}
                 -DTMP=${CMAKE_BINARY_DIR}/api_install_test -DGENERATOR=${CMAKE_GENERATOR}
                 -DSANITIZE=${GUIDECHECK_SANITIZE}
                 -P ${CMAKE_SOURCE_DIR}/cmake/check_install_package.cmake)
set_tests_properties(api_install_find_package PROPERTIES TIMEOUT 600)
