# Output formats of `check` (junit, sarif, github, markdown, csv), the JSON
# Schema of `schema`, and --fail-on exit codes.
# Included inside the tests section of CMakeLists.txt.

# junit_test.cpp parses the JUnit output back with libxml2.
find_package(LibXml2 REQUIRED)
target_link_libraries(guidecheck_tests PRIVATE LibXml2::LibXml2)

# SARIF and JUnit of real runs validated against the official schemas
# (../shared/schemas, beside the repository in CI; skipped when absent).
add_test(NAME formats_validate_outputs
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/validate_outputs.sh $<TARGET_FILE:guidecheck> ${CMAKE_SOURCE_DIR}
                 ${CMAKE_SOURCE_DIR}/../shared/schemas/validate.sh)
set_tests_properties(formats_validate_outputs PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)

# The JSON Schema of `guidecheck schema` against proposals, with python3-jsonschema.
add_test(NAME formats_json_schema
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/validate_schema.sh $<TARGET_FILE:guidecheck> ${CMAKE_SOURCE_DIR})
set_tests_properties(formats_json_schema PROPERTIES TIMEOUT 300)

# action.yml's check step and the pre-commit hook, run as their hosts run them.
add_test(NAME formats_ci_integrations
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/ci_integrations.sh $<TARGET_FILE:guidecheck> ${CMAKE_SOURCE_DIR}
                 ${CMAKE_SOURCE_DIR}/../shared/schemas/validate.sh)
set_tests_properties(formats_ci_integrations PROPERTIES TIMEOUT 300)
