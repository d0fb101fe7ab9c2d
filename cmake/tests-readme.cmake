# The README's tour shows real output (tests/readme_tour.py): every
# `$ build/guidecheck ...` of its unlabelled blocks is run and what it prints
# compared with the lines shown, `...` standing for text left out.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_FOUND)
  add_test(NAME docs_readme_tour_is_real_output
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/readme_tour.py --self-test
                   $<TARGET_FILE:guidecheck> ${CMAKE_SOURCE_DIR}/README.md)
else()
  message(STATUS "python3 not found: docs_readme_tour_is_real_output is not registered")
endif()
