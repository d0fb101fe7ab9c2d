# Regenerates the import fixtures into OUT and compares them with the committed
# ones (tests/import/fixtures): the generator must be deterministic and the
# fixtures its output. Skips (77) when python3-yaml is missing. GEN and
# FIXTURES name another generator and its folder (the held-out set).
if(NOT GEN)
  set(GEN gen_import_fixtures.py)
endif()
if(NOT FIXTURES)
  set(FIXTURES tests/import/fixtures)
endif()
execute_process(COMMAND ${PY} -c "import yaml" RESULT_VARIABLE noyaml OUTPUT_QUIET ERROR_QUIET)
if(noyaml)
  message("python3-yaml is not installed (bash scripts/deps.sh --test): skipped")
  cmake_language(EXIT 77)
endif()
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${PY} ${SRC}/scripts/${GEN} ${OUT} RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "${GEN} failed")
endif()
file(GLOB generated RELATIVE ${OUT} ${OUT}/*)
file(GLOB committed RELATIVE ${SRC}/${FIXTURES} ${SRC}/${FIXTURES}/*)
if(NOT generated STREQUAL committed)
  message(FATAL_ERROR "the fixture list differs from ${FIXTURES}: regenerate with "
                      "python3 scripts/${GEN}")
endif()
foreach(f IN LISTS generated)
  file(SHA256 ${OUT}/${f} a)
  file(SHA256 ${SRC}/${FIXTURES}/${f} b)
  if(NOT a STREQUAL b)
    message(FATAL_ERROR "${f} differs from the generator's output: regenerate with "
                        "python3 scripts/${GEN}")
  endif()
endforeach()
