#!/usr/bin/env bash
# Builds guidecheck with warnings as errors and runs the whole test suite
# (unit tests, end-to-end runs of the binary, rule-pack lint and examples,
# the fidelity audit, output validation). This is the README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DGUIDECHECK_WERROR=ON -DGUIDECHECK_TESTS_REQUIRED=ON >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j "$(nproc)"
