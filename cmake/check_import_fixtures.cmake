# Regenerates the import fixtures into OUT and compares them with the committed
# ones (tests/import/fixtures): the generator must be deterministic and the
# fixtures its output. Skips (77) when python3-yaml is missing.
execute_process(COMMAND ${PY} -c "import yaml" RESULT_VARIABLE noyaml OUTPUT_QUIET ERROR_QUIET)
if(noyaml)
  message("python3-yaml is not installed (bash scripts/deps.sh --test): skipped")
  cmake_language(EXIT 77)
endif()
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${PY} ${SRC}/scripts/gen_import_fixtures.py ${OUT} RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "gen_import_fixtures.py failed")
endif()
file(GLOB generated RELATIVE ${OUT} ${OUT}/*)
file(GLOB committed RELATIVE ${SRC}/tests/import/fixtures ${SRC}/tests/import/fixtures/*)
if(NOT generated STREQUAL committed)
  message(FATAL_ERROR "the fixture list differs from tests/import/fixtures: regenerate with "
                      "python3 scripts/gen_import_fixtures.py")
endif()
foreach(f IN LISTS generated)
  file(SHA256 ${OUT}/${f} a)
  file(SHA256 ${SRC}/tests/import/fixtures/${f} b)
  if(NOT a STREQUAL b)
    message(FATAL_ERROR "${f} differs from the generator's output: regenerate with "
                        "python3 scripts/gen_import_fixtures.py")
  endif()
endforeach()
