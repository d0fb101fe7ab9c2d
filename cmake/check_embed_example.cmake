# Runs the embedding example (examples/embed/portal.cpp) as a portal would and
# checks what it says against the command line's own verdicts:
#   cmake -DEXAMPLE=portal -DBIN=guidecheck -DSRC=source -DTMP=scratch -P check_embed_example.cmake
function(run out_var rc_var)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY ${SRC} OUTPUT_VARIABLE out ERROR_VARIABLE err
                  RESULT_VARIABLE rc)
  set(${out_var} "${out}" PARENT_SCOPE)
  set(${rc_var} "${rc}" PARENT_SCOPE)
endfunction()
function(expect what text pattern)
  if(NOT text MATCHES "${pattern}")
    message(FATAL_ERROR "${what}: expected to match '${pattern}', got:\n${text}")
  endif()
endfunction()

# A failing proposal: exit 1, its four failures with line:column and the
# guide's words, the passes not listed, the counts.
run(out rc ${EXAMPLE} --lang en examples/1.1-fail.yaml)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "1.1-fail: exit ${rc}, expected 1:\n${out}")
endif()
expect("1.1-fail" "${out}" "^examples/1.1-fail.yaml: fail \\(sstic-2022-draft 1.1\\)\n")
expect("1.1-fail" "${out}" "\n  general/max_duration fail at 4:11: [^\n]+\n    required: ≤ 3 years")
expect("1.1-fail" "${out}" "\n  1.1/pilot_scale fail at 15:16: ")
expect("1.1-fail" "${out}" "\n  1.1/demonstration_capacity fail at 19:27: ")
expect("1.1-fail" "${out}" "\n  1.1/capture_cost fail at 20:17: [^\n]+\n    required: ≤ 250 yuan/t; given: 200 ~ 280 元/吨\n    guide 1.1 考核指标: 二氧化碳捕集成本 ≤ 250 元/吨\n")
expect("1.1-fail" "${out}" "\n  pass 9, fail 4, missing 0, invalid 0, waived 0 \\(guidecheck [0-9]+\\.[0-9]+\\.[0-9]+\\)\n$")
string(REGEX MATCHALL "\n  [^ \n]+ (fail|missing|invalid) at " listed "${out}")
list(LENGTH listed n)
if(NOT n EQUAL 4)
  message(FATAL_ERROR "1.1-fail: ${n} findings listed, expected the 4 failures:\n${out}")
endif()

# A passing one: exit 0, nothing listed.
run(out rc ${EXAMPLE} --lang zh examples/3.1-pass.yaml)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "3.1-pass: exit ${rc}, expected 0:\n${out}")
endif()
expect("3.1-pass" "${out}" "^examples/3.1-pass.yaml: pass \\(sstic-2022-draft 3.1\\)\n  pass [1-9][0-9]*, fail 0, missing 0, invalid 0, waived 0 ")

# The JSON report is byte for byte the command line's.
foreach(p 1.1-fail 3.2-pass)
  run(api rc ${EXAMPLE} --json --lang zh examples/${p}.yaml)
  run(cli cli_rc ${BIN} check examples/${p}.yaml --format json --lang zh --no-config)
  if(NOT api STREQUAL cli OR NOT rc EQUAL cli_rc)
    file(WRITE ${TMP}/api.json "${api}")
    file(WRITE ${TMP}/cli.json "${cli}")
    message(FATAL_ERROR "${p}: the example's JSON (exit ${rc}) differs from `guidecheck check --format json` (exit ${cli_rc}): diff ${TMP}/api.json ${TMP}/cli.json")
  endif()
endforeach()

# Bad YAML: exit 2, the message with its line and column.
file(MAKE_DIRECTORY ${TMP})
file(WRITE ${TMP}/broken.yaml "guidecheck: 1\ndirection: \"3.1\"\nparticipants: [a, b\n")
run(out rc ${EXAMPLE} ${TMP}/broken.yaml)
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "broken.yaml: exit ${rc}, expected 2:\n${out}")
endif()
expect("broken.yaml" "${out}" ": error\n  error at [1-9][0-9]*:[1-9][0-9]*: [^\n]+\n$")

# The directions a portal offers: all 39 of the bundled guide.
run(out rc ${EXAMPLE} --directions --lang en)
string(REGEX MATCHALL "(^|\n)sstic-2022-draft [0-9]+\\.[0-9]+ [^\n]+" dirs "${out}")
list(LENGTH dirs n)
if(NOT rc EQUAL 0 OR NOT n EQUAL 39)
  message(FATAL_ERROR "--directions: exit ${rc}, ${n} directions, expected 0 and 39:\n${out}")
endif()
message(STATUS "the embedding example agrees with the command line")
