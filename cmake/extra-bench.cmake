# bench/: the parse-floor benchmark (Google Benchmark, Debian libbenchmark-dev),
# a separate program that times libyaml alone against each stage of a check on
# the same files in one run. bench/run.sh builds and runs it beside the
# end-to-end timings of `guidecheck check`. Optional: without the library the
# rest of the build is unaffected.
find_package(benchmark QUIET)
if(benchmark_FOUND)
  add_executable(guidecheck_parse_floor bench/parse_floor.cpp)
  target_link_libraries(guidecheck_parse_floor PRIVATE guidecheck_core benchmark::benchmark guidecheck_warnings)
else()
  message(STATUS "Google Benchmark not found (apt-get install libbenchmark-dev): no guidecheck_parse_floor")
endif()
