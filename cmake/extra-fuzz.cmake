# libFuzzer targets (fuzz/, docs/fuzzing.md), in a configuration of their own:
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DGUIDECHECK_FUZZ=ON -DGUIDECHECK_TESTS=OFF
# (fuzz/run.sh does this). Everything, the core library included, is then
# compiled with libFuzzer's coverage instrumentation and ASan + UBSan; each
# target links libFuzzer's main. Off by default: the normal build uses g++.
option(GUIDECHECK_FUZZ "Build the libFuzzer targets (needs clang)" OFF)

if(GUIDECHECK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "GUIDECHECK_FUZZ needs clang: configure with CC=clang CXX=clang++")
  endif()
  set(GUIDECHECK_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
      -fno-omit-frame-pointer -g)
  foreach(module IN LISTS GUIDECHECK_MODULES)
    target_compile_options(${module} PUBLIC ${GUIDECHECK_FUZZ_FLAGS})
    target_link_options(${module} PUBLIC -fsanitize=address,undefined)
  endforeach()

  foreach(target proposal_fuzzer quantity_fuzzer rulepack_fuzzer document_fuzzer)
    add_executable(${target} ${CMAKE_SOURCE_DIR}/fuzz/${target}.cpp)
    target_link_libraries(${target} PRIVATE guidecheck_core guidecheck_warnings)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  endforeach()

  # The bad-input catalogue as seed files (plain program, not instrumented).
  add_executable(fuzz_write_seeds ${CMAKE_SOURCE_DIR}/fuzz/write_seeds.cpp)
  target_include_directories(fuzz_write_seeds PRIVATE ${CMAKE_SOURCE_DIR}/tests)
  add_custom_target(fuzzers DEPENDS proposal_fuzzer quantity_fuzzer rulepack_fuzzer document_fuzzer
                  fuzz_write_seeds guidecheck)
endif()
