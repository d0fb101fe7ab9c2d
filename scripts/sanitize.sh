#!/usr/bin/env bash
# The whole test suite again, built with AddressSanitizer and UBSan; any
# report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGUIDECHECK_WERROR=ON -DGUIDECHECK_TESTS_REQUIRED=ON \
      -DGUIDECHECK_SANITIZE=ON >/dev/null
cmake --build build-asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
