#!/usr/bin/env bash
# Times `guidecheck check` on N generated proposals, beside the parse floor.
#
#   bench/run.sh [N] [JOBS]          (defaults: 10000 proposals, --jobs 2)
#
# Environment: BUILD (build folder, default build), WORK (where the proposals
# and reports go, default /tmp/guidecheck-bench), SEED (default 20221), RUNS
# (hyperfine runs of the batch, default 10).
#
# Measures, on the same files:
#   1. the batch, `check DIR --jobs JOBS`: wall time and peak RSS from
#      /usr/bin/time -v, for the text report, the json report, and all the
#      officer formats at once (json, csv, html, xlsx); then every format of
#      `check --help` alone, SARIF with --sarif-passes, Markdown with no size
#      limit and all formats from one run, each with its ratio to json's wall
#      time; then hyperfine's mean and spread of the text batch;
#   2. one proposal, process start to exit, against `guidecheck --version`
#      (hyperfine, no shell), and the whole batch with --jobs 1;
#   3. the parse floor (bench/parse_floor.cpp): per file, libyaml's event
#      parser alone, then each stage of a check, single-threaded, in one run.
# and prints the ratio of the batch's wall time to the floor (N files parsed
# by libyaml, divided among JOBS cores). Needs: python3, hyperfine, time
# (/usr/bin/time), libbenchmark-dev; `bash scripts/deps.sh --test` installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
JOBS=${2:-2}
BUILD=${BUILD:-build}
WORK=${WORK:-/tmp/guidecheck-bench}
SEED=${SEED:-20221}
RUNS=${RUNS:-10}
GC="$BUILD/guidecheck"
FLOOR="$BUILD/guidecheck_parse_floor"

for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (bash scripts/deps.sh --test)" >&2; exit 2; }
done
cmake --build "$BUILD" --target guidecheck guidecheck_parse_floor >/dev/null

DATA="$WORK/proposals-$N-$SEED"
if [ ! -f "$DATA/.complete" ]; then
  rm -rf "$DATA"
  python3 bench/gen_proposals.py "$GC" "$DATA" "$N" --seed "$SEED" > "$WORK.gen.json"
  touch "$DATA/.complete"
fi
# sed reads to the end: with head, sort would die of SIGPIPE on a large batch
# and pipefail would end the script.
ONE=$(find "$DATA" -name '*.yaml' -path '*/3.1/*' | sort | sed -n 1p)
bytes=$(find "$DATA" -name '*.yaml' -printf '%s\n' | awk '{s+=$1; n++} END {printf "%.0f", s/n}')
echo "== $N proposals in $DATA (mean $bytes bytes), --jobs $JOBS, $(nproc) cores, $(uname -r)"
echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Warm the page cache: every timing below reads the files from memory.
"$GC" check "$DATA" --jobs "$JOBS" --format json >/dev/null 2>&1 || true

timed() {  # label, then the command; prints wall seconds and peak RSS
  local label=$1; shift
  local log="$WORK/time-$label.log"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$log")
  user=$(awk -F': ' '/User time/ {print $2}' "$log")
  sys=$(awk -F': ' '/System time/ {print $2}' "$log")
  printf "   %-28s wall %6.3f s   peak RSS %6.1f MB   cpu %s s user + %s s sys\n" "$label" "$wall" "$rss" "$user" "$sys"
  eval "wall_$label=$wall"
  eval "cpu_$label=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')"
}

echo "== batch: /usr/bin/time -v"
timed text "$GC" check "$DATA" --jobs "$JOBS"
timed json "$GC" check "$DATA" --jobs "$JOBS" --format json
timed officer_formats "$GC" check "$DATA" --jobs "$JOBS" --format "json=$WORK/r.json" --format "csv=$WORK/r.csv" \
  --format "html=$WORK/r.html" --format "xlsx=$WORK/r.xlsx"

# Every format of `check --help`, each to a file, against json in the same run
# (issue 14: each within 1.5x json's wall time, memory flat); then SARIF with
# its passing results, Markdown without its size limit, and every format from
# one run (evaluated once, written many times).
echo "== every format, each to a file (/usr/bin/time -v), against --format json"
formats=$("$GC" check --help | sed -n 's/.*Output format (\([a-z, ]*\)).*/\1/p' | tr -d ,)
[ -n "$formats" ] || { echo "bench: no format list in check --help" >&2; exit 2; }
all=()
for f in $formats; do
  timed "fmt_$f" "$GC" check "$DATA" --jobs "$JOBS" --format "$f=$WORK/r.$f"
  all+=(--format "$f=$WORK/all.$f")
done
timed fmt_sarif_passes "$GC" check "$DATA" --jobs "$JOBS" --format "sarif=$WORK/r.sarif" --sarif-passes
timed fmt_markdown_nolimit "$GC" check "$DATA" --jobs "$JOBS" --format "markdown=$WORK/r.markdown" --markdown-limit 0
timed fmt_all_at_once "$GC" check "$DATA" --jobs "$JOBS" "${all[@]}"
for v in ${!wall_fmt_*}; do
  awk -v f="${v#wall_fmt_}" -v t="${!v}" -v j="$wall_fmt_json" 'BEGIN {printf "   %-28s x%.2f json'"'"'s wall\n", f, t / j}' 
done

echo "== batch: hyperfine ($RUNS runs, text report to /dev/null)"
hyperfine -N --warmup 1 --runs "$RUNS" -i --export-json "$WORK/hyperfine-batch.json" \
  "$GC check $DATA --jobs $JOBS" 2>/dev/null | sed -n 's/^ *\(Time\|Range\).*/   &/p'

echo "== one proposal, process start to exit, against --version: hyperfine (interleaved runs)"
# Issue 14: a single check costs at most 1.5x starting the program.
hyperfine -N --warmup 20 --runs 300 -i --export-json "$WORK/hyperfine-one.json" \
  "$GC --version" "$GC check $ONE" 2>/dev/null | sed -n 's/^ *\(Time\|Range\).*/   &/p'
python3 - "$WORK/hyperfine-one.json" <<'EOF2'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
version, one = r[0]["median"], r[1]["median"]
print(f"   median: --version {version * 1e3:.2f} ms, one check {one * 1e3:.2f} ms = x{one / version:.2f} --version")
EOF2

echo "== --jobs 1 (/usr/bin/time -v), against the parse floor below"
timed jobs1 "$GC" check "$DATA" --jobs 1 --format json

echo "== parse floor, single thread, same files ($FLOOR)"
"$FLOOR" "$DATA" --benchmark_min_time=1 --benchmark_format=json --benchmark_out="$WORK/floor.json" \
  --benchmark_out_format=json >/dev/null 2>&1
python3 - "$WORK/floor.json" "$N" "$JOBS" "$WORK/hyperfine-batch.json" "${wall_json}" "${wall_jobs1}" "${cpu_jobs1}" <<'EOF'
import json, sys
floor = {b["name"]: b for b in json.load(open(sys.argv[1]))["benchmarks"]}
n, jobs, wall_json = int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[5])
wall_jobs1, cpu_jobs1 = float(sys.argv[6]), float(sys.argv[7])
wall_text = json.load(open(sys.argv[4]))["results"][0]["mean"]  # hyperfine's mean
us = {k: 1e6 / v["items_per_second"] for k, v in floor.items()}
base = us["libyaml_events"]
for k in ["libyaml_events", "located_tree", "proposal", "check"]:
    print(f"   {k:16} {us[k]:7.1f} us/file   x{us[k] / base:4.2f} the floor")
floor_wall = base * 1e-6 * n / jobs
print(f"== ratio to the floor: {n} files parsed by libyaml alone on {jobs} cores = {floor_wall:.3f} s")
print(f"   batch, text report (hyperfine mean): {wall_text:.3f} s = x{wall_text / floor_wall:.1f}; "
      f"json report (time -v): {wall_json:.3f} s = x{wall_json / floor_wall:.1f}")
floor_one = base * 1e-6 * n
print(f"   --jobs 1, json report, process start to exit: wall {wall_jobs1:.3f} s, cpu {cpu_jobs1:.3f} s, "
      f"against {floor_one:.3f} s of libyaml alone on one core = x{wall_jobs1 / floor_one:.2f} wall, "
      f"x{cpu_jobs1 / floor_one:.2f} cpu (issue 14: at most x2.5; a loaded machine inflates wall)")
EOF
