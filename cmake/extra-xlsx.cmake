# report/xlsx_lib.cpp loads libxlsxwriter with dlopen, by the SONAME of the
# library pkg-config found (so a run that writes no workbook never loads it,
# nor the OpenSSL it depends on). Linked as before but unreferenced, the
# linker's --as-needed leaves it out of the executable's dependencies.
find_library(GUIDECHECK_XLSXWRITER_FILE NAMES xlsxwriter HINTS ${XLSXWRITER_LIBRARY_DIRS})
set(GUIDECHECK_XLSXWRITER_SONAME "")
if(GUIDECHECK_XLSXWRITER_FILE)
  find_program(GUIDECHECK_OBJDUMP NAMES objdump)
  if(GUIDECHECK_OBJDUMP)
    execute_process(COMMAND ${GUIDECHECK_OBJDUMP} -p ${GUIDECHECK_XLSXWRITER_FILE}
                    OUTPUT_VARIABLE _xlsx_dynamic ERROR_QUIET)
    string(REGEX MATCH "SONAME +([^ \n]+)" _ "${_xlsx_dynamic}")
    set(GUIDECHECK_XLSXWRITER_SONAME "${CMAKE_MATCH_1}")
  endif()
endif()
if(GUIDECHECK_XLSXWRITER_SONAME STREQUAL "")
  set(GUIDECHECK_XLSXWRITER_SONAME "libxlsxwriter.so")
endif()
message(STATUS "libxlsxwriter loaded at run time as ${GUIDECHECK_XLSXWRITER_SONAME}")
set_property(SOURCE ${CMAKE_SOURCE_DIR}/src/report/xlsx_lib.cpp APPEND PROPERTY COMPILE_DEFINITIONS
             GUIDECHECK_XLSXWRITER_SONAME="${GUIDECHECK_XLSXWRITER_SONAME}")
