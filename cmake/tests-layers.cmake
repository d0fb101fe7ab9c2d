# The walls between src/ folders (cmake/check_layers.cmake, docs/architecture.md).
add_test(NAME include_directions_follow_layers
         COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR}/src -P ${CMAKE_SOURCE_DIR}/cmake/check_layers.cmake)
# The check itself can fail: a folder that includes one above it is refused.
add_test(NAME include_directions_refuse_upward
         COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR}/tests/fixtures/layers_upward -DMIN_FILES=1
                 -P ${CMAKE_SOURCE_DIR}/cmake/check_layers.cmake)
set_tests_properties(include_directions_refuse_upward PROPERTIES
                     PASS_REGULAR_EXPRESSION "rules/upward.h: #include \"eval/findings.h\": rules/ \\(floor 4\\) may not include eval/ \\(floor 5\\)")
