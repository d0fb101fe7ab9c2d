# No function over 80 lines without a reason (docs/architecture.md): the
# functions already longer are listed in tests/function_lengths_known.txt and
# may not grow; any other needs a comment containing "long on purpose:" right
# above it (tests/function_lengths.py, a brace-matching heuristic).
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_FOUND)
  add_test(NAME functions_stay_short
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/function_lengths.py
                   --known tests/function_lengths_known.txt src
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  # The check itself can fail: a known function that grew and an unknown long
  # one are refused, a reasoned one and data tables are not.
  add_test(NAME functions_stay_short_refuses_long
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/function_lengths.py --limit 6
                   --known tests/fixtures/function_lengths/known.txt tests/fixtures/function_lengths
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(functions_stay_short_refuses_long PROPERTIES
                       PASS_REGULAR_EXPRESSION "sample.cpp:[0-9]+: too_long grew from 7 to 8 lines.*sample.cpp:[0-9]+: too_long_too is 8 lines, over 6.*3 over 6 lines \\(1 long on purpose, 1 known long\\); 2 problems")
else()
  message(STATUS "python3 not found: functions_stay_short is not registered")
endif()
