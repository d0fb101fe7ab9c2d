# CTest splits a test's name at ';' (it is CMake's list separator), so a
# Catch2 TEST_CASE whose name holds one is registered under a name that
# matches no test: it is reported as passed and never runs. Refuse such names.
foreach(src IN LISTS GUIDECHECK_TEST_SOURCES)
  file(READ "${src}" body)
  string(REGEX MATCHALL "TEST_CASE\\([ \n]*\"[^\"]*;[^\"]*\"" bad "${body}")
  if(bad)
    message(FATAL_ERROR "${src}: a TEST_CASE name holds ';', which CTest would split "
                        "(the test would never run): ${bad}")
  endif()
endforeach()
