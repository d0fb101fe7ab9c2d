# Copies the pack folders of every root in ROOTS ("|"-separated) into one folder
# OUT, then lints it and runs every pack's examples from it.
string(REPLACE "|" ";" roots "${ROOTS}")
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
foreach(root IN LISTS roots)
  file(GLOB packs ${root}/*/pack.yaml)
  foreach(yaml IN LISTS packs)
    get_filename_component(dir ${yaml} DIRECTORY)
    file(COPY ${dir} DESTINATION ${OUT})
  endforeach()
endforeach()
foreach(cmd "lint" "test;--quiet")
  execute_process(COMMAND ${BIN} rules ${cmd} ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "guidecheck rules ${cmd} ${OUT} failed (${rc}):\n${out}${err}")
  endif()
endforeach()
