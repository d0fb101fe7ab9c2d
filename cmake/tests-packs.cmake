# Every rule pack gets the same tests, found by folder: adding a pack (a second
# guide) is data only. For each folder with a pack.yaml under a root:
#   docs_guide_up_to_date_<pack>  its generated reference equals <docs>/<pack>.md
# and for the fixture packs, which the binary does not embed, also lint and
# RuleTester runs with --rules pointing at their folder. (The shipped packs'
# lint and examples run in rules_lint / rules_test, over every embedded pack.)
function(guidecheck_pack_tests root docs rules_arg prefix)
  file(GLOB entries LIST_DIRECTORIES true CONFIGURE_DEPENDS ${root}/*/pack.yaml)
  foreach(yaml IN LISTS entries)
    get_filename_component(dir ${yaml} DIRECTORY)
    get_filename_component(pack ${dir} NAME)
    add_test(NAME ${prefix}docs_guide_up_to_date_${pack}
             COMMAND ${CMAKE_COMMAND} -DBIN=$<TARGET_FILE:guidecheck> -DPACK=${pack}
                     -DRULES=${rules_arg} -DDOC=${docs}/${pack}.md
                     -DOUT=${CMAKE_BINARY_DIR}/${prefix}${pack}.md
                     -P ${CMAKE_SOURCE_DIR}/cmake/check_doc.cmake)
  endforeach()
endfunction()

# The shipped packs, as embedded in the binary.
guidecheck_pack_tests(${CMAKE_SOURCE_DIR}/rules ${CMAKE_SOURCE_DIR}/docs/guide "" "")

# tests/fixtures/packs: a small second guide (demo-2099) that only the tests
# use, proving that docs, lint and examples reach a new pack with no code
# change (its fidelity audit against its guide.txt: cmake/tests-fidelity.cmake).
# Its reference lives beside it.
set(GUIDECHECK_FIXTURE_PACKS ${CMAKE_SOURCE_DIR}/tests/fixtures/packs)
guidecheck_pack_tests(${GUIDECHECK_FIXTURE_PACKS} ${GUIDECHECK_FIXTURE_PACKS}
                      ${GUIDECHECK_FIXTURE_PACKS} "fixture_")
add_test(NAME fixture_packs_rules_lint COMMAND guidecheck rules lint ${GUIDECHECK_FIXTURE_PACKS})
add_test(NAME fixture_packs_rules_test COMMAND guidecheck rules test ${GUIDECHECK_FIXTURE_PACKS})
# Both guides side by side (as a programme office would install them): the
# examples of each pack are judged by that pack, not by the newest one that has
# the same direction number.
add_test(NAME fixture_packs_beside_shipped_rules_test
         COMMAND ${CMAKE_COMMAND} -DBIN=$<TARGET_FILE:guidecheck> -DOUT=${CMAKE_BINARY_DIR}/packs-both
                 -DROOTS=${CMAKE_SOURCE_DIR}/rules|${GUIDECHECK_FIXTURE_PACKS}
                 -P ${CMAKE_SOURCE_DIR}/cmake/check_packs_together.cmake)
