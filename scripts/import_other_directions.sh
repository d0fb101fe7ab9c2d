#!/usr/bin/env bash
# A precision probe for the importer that needs no answers: every document is
# imported as every OTHER direction, and every indicator value drafted as sure
# is printed. A document about 3.1 states nothing about 10.4's indicators, so
# each line is either an indicator two directions share (国际研讨会次数, 标准
# 建议稿数, 发明专利) or a false match to read (docs/import.md, "Importing
# every document as every other direction").
#
#   scripts/import_other_directions.sh [FOLDER...]   (default: tests/import/*)
#
# Environment: GC (the binary, default build/guidecheck), JOBS (default 2).
# Prints "FILE as DIRECTION: <the draft's line>" per sure value, then a count.
set -euo pipefail
cd "$(dirname "$0")/.."
GC=${GC:-build/guidecheck}
JOBS=${JOBS:-2}
[ $# -gt 0 ] || set -- tests/import/*/
export GC
dirs=$("$GC" rules list | awk '$1 ~ /^[0-9]+\.[0-9]+$/ {print $1}' | tr '\n' ' ')
export dirs
probe() {
  local f=$1 own d
  own=$(basename "$f" | sed -E 's/^([0-9]+\.[0-9]+).*/\1/')
  for d in $dirs; do
    [ "$d" = "$own" ] && continue
    "$GC" import "$f" --direction "$d" 2>/dev/null | awk -v f="$f" -v d="$d" '
      /^indicators:/ {ind = 1; next}
      /^[a-z_]+:/ {ind = 0}
      ind && /— sure:/ && $2 != "null" {print f " as " d ": " $0}' || true
  done
}
export -f probe
out=$(find "$@" -maxdepth 1 -type f \( -name '*.md' -o -name '*.docx' \) | sort |
  xargs -P "$JOBS" -I{} bash -c 'probe "$1"' _ {})
[ -z "$out" ] || printf '%s\n' "$out" | sort
docs=$(find "$@" -maxdepth 1 -type f \( -name '*.md' -o -name '*.docx' \) | wc -l)
n=$(printf '%s' "$out" | grep -c . || true)
echo "$n sure values from $docs documents imported as each other direction"
