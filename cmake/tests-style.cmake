# Style: every C++ source is as clang-format (.clang-format) writes it.
find_program(GUIDECHECK_CLANG_FORMAT NAMES clang-format clang-format-14)
if(GUIDECHECK_CLANG_FORMAT)
  file(GLOB_RECURSE GUIDECHECK_STYLE_FILES CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/src/*.cpp ${CMAKE_SOURCE_DIR}/src/*.h
       ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h
       ${CMAKE_SOURCE_DIR}/fuzz/*.cpp ${CMAKE_SOURCE_DIR}/bench/*.cpp
       ${CMAKE_SOURCE_DIR}/include/*.h ${CMAKE_SOURCE_DIR}/examples/*.cpp)
  add_test(NAME style_clang_format
           COMMAND ${GUIDECHECK_CLANG_FORMAT} --dry-run --Werror ${GUIDECHECK_STYLE_FILES})
else()
  message(STATUS "clang-format not found: the style test is not registered")
endif()
