#!/usr/bin/env bash
# The html report in a real browser: headless Chromium (Debian's chromium)
# loads a batch's report, with the page's state in the URL fragment (filter,
# sort, open details), and the DOM it ends with is compared with the JSON of
# the same run: one row per proposal, the charts' bars, what the script
# shows and hides. A screenshot is left in OUT for a person to look at.
#
#   tests/html_browser_test.sh GUIDECHECK OUT
#
# Exit 77 (CTest: skipped) only when chromium is missing and cannot be
# installed; the reason is printed.
set -euo pipefail
GC=$1
OUT=$2
SRC="$(cd "$(dirname "$0")/.." && pwd)"
rm -rf "$OUT"
mkdir -p "$OUT"

if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "html_browser_test: installing chromium (apt-get)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >"$OUT/apt.log" 2>&1 ||
      { apt-get update -qq >>"$OUT/apt.log" 2>&1 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >>"$OUT/apt.log" 2>&1; } || true
  fi
  if ! command -v chromium >/dev/null; then
    echo "SKIPPED: chromium is not installed and could not be installed (see $OUT/apt.log;" \
         "bash scripts/deps.sh --test installs it)" >&2
    exit 77
  fi
fi

browser() {  # URL, then extra flags
  local url=$1; shift
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-extensions --user-data-dir="$(mktemp -d -p "$OUT")" \
    "$@" "$url" 2>>"$OUT/chromium.log"
}

python3 "$SRC/bench/gen_proposals.py" "$GC" "$OUT/in" 120 --seed 41 --malformed 0.05 >/dev/null
code=0
"$GC" check "$OUT/in" --lang en --format "json=$OUT/r.json" --format "html=$OUT/r.html" || code=$?
[ "$code" -eq 2 ] || { echo "expected exit code 2 (malformed files in the batch), got $code" >&2; exit 1; }
"$GC" check "$SRC/examples" --lang zh --format "html=$OUT/zh.html" || true

page="file://$OUT/r.html"
browser "$page" --dump-dom >"$OUT/dom-default.html"
browser "$page#status=fail" --dump-dom >"$OUT/dom-fail.html"
browser "$page#sort=failed&desc=1" --dump-dom >"$OUT/dom-sorted.html"
browser "$page#open=p2,p5" --dump-dom >"$OUT/dom-open.html"
browser "$page#direction=3.1&q=general%2Fmax_duration" --dump-dom >"$OUT/dom-filtered.html"
browser "file://$OUT/zh.html" --dump-dom >"$OUT/dom-zh.html"
browser "$page#open=p2" --window-size=1400,2200 --screenshot="$OUT/report.png" >/dev/null

python3 - "$OUT" <<'EOF'
import json, sys
from html.parser import HTMLParser

out = sys.argv[1]
j = json.load(open(f"{out}/r.json"))
results = j["results"]
failures = []

def check(cond, what):
    if not cond:
        failures.append(what)

class Dom(HTMLParser):
    """Elements of interest with their attributes, and the text of some."""
    def __init__(self, text):
        super().__init__()
        self.rows, self.details, self.findings, self.bars = [], {}, {}, {"chart-pass-rate": [], "chart-most-failed": []}
        self.svg, self.detail, self.options, self.th, self.shown, self.in_shown = None, None, [], [], "", False
        self.lang, self.text = None, []
        self.feed(text)
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "html": self.lang = a.get("lang")
        if tag == "tr" and "proposal" in cls: self.rows.append(a)
        if tag == "tr" and "details" in cls:
            self.details[a["id"]] = a
            self.detail = a["id"]
            self.findings[a["id"]] = []
        if tag == "tr" and "finding" in cls and self.detail: self.findings[self.detail].append(a)
        if tag == "svg": self.svg = a.get("id")
        if tag == "g" and "bar" in cls and self.svg in self.bars: self.bars[self.svg].append(a)
        if tag == "option": self.options.append(a.get("value"))
        if tag == "th" and "data-key" in a: self.th.append(a)
        if tag == "span" and a.get("id") == "shown": self.in_shown = True
    def handle_endtag(self, tag):
        if tag == "svg": self.svg = None
        if tag == "span": self.in_shown = False
    def handle_data(self, data):
        if self.in_shown: self.shown += data
        self.text.append(data)

def load(name):
    return Dom(open(f"{out}/{name}", encoding="utf-8").read())

def visible(dom):
    return [r for r in dom.rows if "hidden" not in r]

def non_passing(r):
    return [f for f in r["findings"] if f["status"] not in ("pass", "waived")]

def direction_key(d):
    return (1, []) if d == "" else (0, [int(x) for x in d.split(".")])

# Default view: every proposal, in the report's order, with its numbers.
dom = load("dom-default.html")
check(len(dom.rows) == len(results), f"rows {len(dom.rows)} != results {len(results)}")
for row, r in zip(dom.rows, results):
    check(row["data-file"] == r["file"], f"row file {row['data-file']} != {r['file']}")
    check(row["data-status"] == r["status"], f"{r['file']}: status {row['data-status']} != {r['status']}")
    check(row.get("data-direction", "") == r.get("direction", ""), f"{r['file']}: direction")
    for s in ["pass", "fail", "missing", "invalid", "waived"]:
        key = {"pass": "data-passed", "fail": "data-failed", "missing": "data-missing", "invalid": "data-invalid", "waived": "data-waived"}[s]
        n = sum(1 for f in r["findings"] if f["status"] == s)
        check(int(row[key]) == n, f"{r['file']}: {key} {row[key]} != {n}")
    check(row["data-rules"] == " ".join(f["rule"] for f in non_passing(r)), f"{r['file']}: failing rules")
check(len(visible(dom)) == len(results), "every row visible by default")
check(all("hidden" in d for d in dom.details.values()), "details closed by default")
check(dom.shown.strip() == f"showing {len(results)} of {len(results)}", f"shown: {dom.shown!r}")
dirs = sorted({r.get("direction", "") for r in results}, key=direction_key)
check([o for o in dom.options if o not in ("", "pass", "fail", "error", "waived")] == [d or "-" for d in dirs],
      f"direction filter options {dom.options}")

# The charts: a bar per direction with its counts; the 15 most-failed requirements.
bars = dom.bars["chart-pass-rate"]
check([b["data-direction"] for b in bars] == dirs, f"pass-rate bars {[b['data-direction'] for b in bars]} != {dirs}")
for b in bars:
    rs = [r for r in results if r.get("direction", "") == b["data-direction"]]
    p = sum(r["status"] == "pass" for r in rs)
    check(int(b["data-proposals"]) == len(rs) and int(b["data-passed"]) == p and
          int(b["data-failed"]) == sum(r["status"] == "fail" for r in rs) and
          int(b["data-errors"]) == sum(r["status"] == "error" for r in rs), f"bar {b['data-direction']} counts")
    check(abs(float(b["data-pass-rate"]) - p / len(rs)) < 1e-3, f"bar {b['data-direction']} pass rate")
count = {}
for r in results:
    for f in non_passing(r):
        count[f["rule"]] = count.get(f["rule"], 0) + 1
top = sorted(sorted(count.items()), key=lambda kv: -kv[1])[:15]
got = [(b["data-rule"], int(b["data-count"])) for b in dom.bars["chart-most-failed"]]
check(got == top, f"most-failed bars {got} != {top}")

# #status=fail: only the failed proposals are shown.
dom = load("dom-fail.html")
shown = visible(dom)
check([r["data-file"] for r in shown] == [r["file"] for r in results if r["status"] == "fail"], "status filter")
check(len(dom.rows) == len(results), "filtering hides rows, it does not remove them")

# #sort=failed&desc=1: most failures first, ties by file; the header says so.
dom = load("dom-sorted.html")
keys = [(-int(r["data-failed"]), r["data-file"]) for r in dom.rows]
check(keys == sorted(keys), "sorted by failed, descending")
check([t.get("aria-sort") for t in dom.th if t.get("aria-sort")] == ["descending"], "aria-sort on the header")
check(len(dom.rows) == len(dom.details), "each row keeps its details")

# #open=p2,p5: their details are open and list what did not pass.
dom = load("dom-open.html")
for i in (2, 5):
    check("hidden" not in dom.details[f"d{i}"], f"details d{i} open")
    row = next(r for r in dom.rows if r["id"] == f"p{i}")
    check(row["aria-expanded"] == "true", f"p{i} aria-expanded")
    want = [(f["rule"], f["status"]) for f in non_passing(results[i - 1])]
    have = [(f["data-rule"], f["data-status"]) for f in dom.findings[f"d{i}"]]
    check(have == want, f"details of p{i}: {have} != {want}")
check(sum("hidden" not in d for d in dom.details.values()) == 2, "only the two asked for are open")

# #direction=3.1&q=general/max_duration: both filters at once.
dom = load("dom-filtered.html")
want = [r["file"] for r in results if r.get("direction") == "3.1" and
        any(f["rule"] == "general/max_duration" for f in non_passing(r))]
check([r["data-file"] for r in visible(dom)] == want, f"direction + text filter: {len(visible(dom))} rows, want {len(want)}")

# The Chinese report.
dom = load("dom-zh.html")
check(dom.lang == "zh-CN", "zh report lang")
check("各方向通过率" in "".join(dom.text), "zh chart caption")

if failures:
    print("html_browser_test: FAILED", *failures, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"html_browser_test: {len(results)} rows, {len(bars)} direction bars, {len(top)} requirement bars checked")
EOF

# The screenshot: a real PNG of a real page (look at it: $OUT/report.png).
python3 - "$OUT/report.png" <<'EOF'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", data[16:24])
assert (w, h) == (1400, 2200), f"screenshot is {w}x{h}"
assert len(data) > 50_000, "the screenshot looks empty"
print(f"html_browser_test: screenshot {sys.argv[1]} ({w}x{h}, {len(data)} bytes)")
EOF
