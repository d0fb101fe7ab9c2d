# Regenerates one pack's reference (PACK, from the packs in RULES, or the
# embedded ones when RULES is empty) and fails when the checked-in copy DOC differs.
set(from "")
if(RULES)
  set(from --rules ${RULES})
endif()
execute_process(COMMAND ${BIN} rules doc --lang en ${from} --guide ${PACK} -o ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "guidecheck rules doc failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${DOC} RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "${DOC} is out of date: run `build/guidecheck rules doc --lang en ${from} --guide ${PACK} -o ${DOC}`")
endif()
