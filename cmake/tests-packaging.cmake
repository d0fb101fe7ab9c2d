# Installation and packaging (cmake/extra-packaging.cmake): the .deb, the
# hand-written man page against the CLI, the shell completions.
# Included inside the tests section of CMakeLists.txt.
# A sanitizer build links libasan, which no package should depend on: the
# .deb is built and checked from the release build only.
if(NOT GUIDECHECK_SANITIZE)
  add_test(NAME packaging_deb COMMAND bash ${CMAKE_SOURCE_DIR}/tests/package_deb.sh ${CMAKE_BINARY_DIR})
  set_tests_properties(packaging_deb PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
endif()

add_test(NAME packaging_man_page
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/man_page.sh $<TARGET_FILE:guidecheck> ${CMAKE_SOURCE_DIR}/docs/guidecheck.1)
add_test(NAME packaging_completions
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/completions.sh $<TARGET_FILE:guidecheck> ${CMAKE_SOURCE_DIR})
