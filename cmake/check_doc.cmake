# Regenerates the pack reference and fails when the checked-in copy differs.
execute_process(COMMAND ${BIN} rules doc --lang en -o ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "guidecheck rules doc failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${DOC} RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "${DOC} is out of date: run `build/guidecheck rules doc --lang en -o docs/guide/sstic-2022-draft.md`")
endif()
