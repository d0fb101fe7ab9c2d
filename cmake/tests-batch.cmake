# Batch screening (issue #5): the html report loaded in headless Chromium and
# its DOM compared with the JSON of the same run (tests/html_browser_test.sh;
# skipped, saying why, only when chromium cannot be installed). The other batch
# tests are Catch2 cases: tests/batch_test.cpp, tests/officer_reports_test.cpp,
# src/cli/*_test.cpp, src/report/*_test.cpp.
add_test(NAME html_report_in_chromium
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/html_browser_test.sh $<TARGET_FILE:guidecheck>
                 ${CMAKE_BINARY_DIR}/html-report)
set_tests_properties(html_report_in_chromium PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
