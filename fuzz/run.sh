#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz (clang, ASan + UBSan) and runs
# each for SECONDS seconds (default 60), starting from the seed corpora: the
# examples, `guidecheck init` skeletons, the rule packs and the bad-input
# catalogue. New interesting inputs accumulate in build-fuzz/corpus/<target>;
# a crash leaves build-fuzz/artifacts/<target>-crash-* and fails the run.
#
#   fuzz/run.sh [SECONDS] [TARGET...]     e.g. fuzz/run.sh 600 proposal_fuzzer
#
# FUZZ_JOBS=N runs N fuzzing processes per target (default 1); FUZZ_BUILD_DIR
# builds elsewhere than build-fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(proposal_fuzzer quantity_fuzzer rulepack_fuzzer document_fuzzer)
jobs=${FUZZ_JOBS:-1}
out=${FUZZ_BUILD_DIR:-build-fuzz}

CC=clang CXX=clang++ cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGUIDECHECK_FUZZ=ON -DGUIDECHECK_TESTS=OFF >/dev/null
cmake --build "$out" --target fuzzers -- -j"${BUILD_JOBS:-2}"

# ---- seed corpora (rebuilt each run; read only to libFuzzer) -----------------
seeds=$out/seeds
rm -rf "$seeds"
mkdir -p "$seeds/rulepack"
"$out/fuzz_write_seeds" "$seeds" >/dev/null
cp examples/*.yaml "$seeds/proposal/"
export ASAN_OPTIONS=detect_leaks=0  # the instrumented guidecheck only writes seeds here
for d in $("$out/guidecheck" rules list | awk '$1 ~ /^[0-9]+\.[0-9]+$/ {print $1}'); do
  "$out/guidecheck" init "$d" --lang zh -o "$seeds/proposal/init-$d.yaml"
done
for f in rules/*/pack.yaml rules/*/general.yaml rules/*/directions/*.yaml rules/*/tests/*.yaml; do
  cp "$f" "$seeds/rulepack/$(echo "$f" | tr / _)"
done
# Every unit a pack uses, converted to itself and to the pack's other spellings.
n=0
grep -ho 'unit: *"\?[^",}]*' rules/*/directions/*.yaml rules/*/general.yaml | sed 's/unit: *"\?//' | sort -u |
  while read -r u; do
    printf '3 %s\n%s\n%s' "$u" "$u" "$u" >"$seeds/quantity/unit-$n"
    n=$((n + 1))
  done

# Documents (document_fuzzer): the import fixtures, behind the byte that picks
# the reader (0: .docx, 1: Markdown).
mkdir -p "$seeds/document"
for f in tests/import/fixtures/*.docx; do
  { printf '\000'; cat "$f"; } >"$seeds/document/$(basename "$f")"
done
for f in tests/import/fixtures/*.md; do
  { printf '\001'; cat "$f"; } >"$seeds/document/$(basename "$f")"
done

# ---- fuzzing -------------------------------------------------------------
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0
mkdir -p "$out/artifacts" "$out/logs"
failed=()
for t in "${targets[@]}"; do
  corpus=$out/corpus/$t
  mkdir -p "$corpus"
  seed_dir=$seeds/${t%_fuzzer}
  extra=()
  [ -f "fuzz/${t%_fuzzer}.dict" ] && extra+=(-dict="fuzz/${t%_fuzzer}.dict")
  [ "$jobs" -gt 1 ] && extra+=(-jobs="$jobs" -workers="$jobs")
  log=$out/logs/$t.log
  echo "== $t: ${secs}s, corpus $corpus, seeds $seed_dir"
  if "$out/$t" "$corpus" "$seed_dir" "${extra[@]}" -max_total_time="$secs" -timeout=25 -rss_limit_mb=2560 \
      -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$out/artifacts/$t-" >"$log" 2>&1; then
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | tr -s ' ' | paste -sd ' ' || true
  else
    echo "!! $t found a problem; log: $log" >&2
    grep -E 'ERROR|SUMMARY|Test unit written|runtime error' "$log" >&2 || tail -30 "$log" >&2
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz/run.sh: crashes in ${failed[*]} (inputs in $out/artifacts/)" >&2
  exit 1
fi
echo "fuzz/run.sh: no crash in ${targets[*]}"
