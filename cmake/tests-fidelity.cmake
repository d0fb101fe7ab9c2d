# The fidelity audit, one CTest per rule pack (tests/fidelity_test.cpp, the
# hidden [audit] cases): every quote is the guide's text, no number of a
# direction is silently dropped, every threshold is a number its quote states.
#
# Each pack names its guide's text in pack.yaml (`source: file:`). The audit
# looks for that file in the pack's own folder, then in GUIDECHECK_GUIDE_DIR
# (default ../shared/guide beside the checkout: the shipped guide's text is not
# part of the repository). Where neither has it, the pack's audit is reported
# as skipped, with the reason and the option to pass. Adding a pack adds its
# audit with no change here.
set(GUIDECHECK_GUIDE_DIR "${CMAKE_SOURCE_DIR}/../shared/guide"
    CACHE PATH "Folder holding the guides' texts for the fidelity audit (skipped when absent)")
# Older spelling: a path to the shipped guide's text; its folder is searched too.
set(GUIDECHECK_GUIDE_FILE "" CACHE FILEPATH "Deprecated: use GUIDECHECK_GUIDE_DIR")

function(guidecheck_fidelity_tests root prefix)
  file(GLOB entries CONFIGURE_DEPENDS ${root}/*/pack.yaml)
  foreach(yaml IN LISTS entries)
    get_filename_component(dir ${yaml} DIRECTORY)
    get_filename_component(pack ${dir} NAME)
    # `file:` indented under `source:` (the only two-space `file:` of pack.yaml;
    # rules/README's format keeps it so).
    file(STRINGS ${yaml} lines REGEX "^  file: *")
    set(name "")
    if(lines)
      list(GET lines 0 line)
      string(REGEX REPLACE "^  file: *\"?([^\"#]*[^\" #])\"? *(#.*)?$" "\\1" name "${line}")
    endif()
    set(text "")
    set(searched "")
    if(name)
      set(dirs ${dir} ${GUIDECHECK_GUIDE_DIR})
      if(GUIDECHECK_GUIDE_FILE)
        get_filename_component(old ${GUIDECHECK_GUIDE_FILE} DIRECTORY)
        list(APPEND dirs ${old})
      endif()
      foreach(d IN LISTS dirs)
        list(APPEND searched "${d}/${name}")
        if(NOT text AND EXISTS "${d}/${name}")
          set(text "${d}/${name}")
        endif()
      endforeach()
    endif()
    set(test ${prefix}fidelity_audit_${pack})
    if(NOT name)
      add_test(NAME ${test} COMMAND sh -c "echo '${yaml} names no guide text (source: file:)' >&2; exit 1")
    elseif(text)
      add_test(NAME ${test} COMMAND guidecheck_tests "[audit]")
      set_tests_properties(${test} PROPERTIES WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        ENVIRONMENT "GUIDECHECK_AUDIT_RULES=${root};GUIDECHECK_AUDIT_PACK=${pack};GUIDECHECK_AUDIT_GUIDE=${text}")
    else()
      string(REPLACE ";" ", " searched "${searched}")
      add_test(NAME ${test} COMMAND ${CMAKE_COMMAND} -E echo
               "SKIPPED: the text of pack ${pack}'s guide (${name}) is not at ${searched}; configure with -DGUIDECHECK_GUIDE_DIR=FOLDER to run its fidelity audit")
      set_tests_properties(${test} PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED:")
    endif()
  endforeach()
endfunction()

guidecheck_fidelity_tests(${CMAKE_SOURCE_DIR}/rules "")
guidecheck_fidelity_tests(${CMAKE_SOURCE_DIR}/tests/fixtures/packs "fixture_")

# The audit can fail: the fixture pack against a text it does not match
# (tests/fixtures/audit/demo-2099-wrong-guide.txt: 1.2 gone, 80 % changed to
# 85 %, a number no rule quotes, the duration changed). One test per fault,
# each passing only when the audit names that fault.
foreach(fault
    "direction_not_in_text|has direction 1.2, which the guide does not"
    "number_not_quoted|the number 100 of direction 1.1 is neither quoted"
    "quote_not_in_text|rule 1.1/efficiency: 系统效率不低于 80%"
    "general_quote_not_in_text|general/max_duration: 实施周期不超过 2 年")
  string(REPLACE "|" ";" fault "${fault}")
  list(GET fault 0 name)
  list(GET fault 1 says)
  set(test fidelity_audit_refuses_${name})
  add_test(NAME ${test} COMMAND guidecheck_tests "[audit]")
  set_tests_properties(${test} PROPERTIES
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    ENVIRONMENT "GUIDECHECK_AUDIT_RULES=${CMAKE_SOURCE_DIR}/tests/fixtures/packs;GUIDECHECK_AUDIT_PACK=demo-2099;GUIDECHECK_AUDIT_GUIDE=${CMAKE_SOURCE_DIR}/tests/fixtures/audit/demo-2099-wrong-guide.txt"
    PASS_REGULAR_EXPRESSION "${says}")
endforeach()
