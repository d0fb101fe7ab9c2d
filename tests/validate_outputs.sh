#!/usr/bin/env bash
# Runs the built guidecheck over the examples (and files that cannot be
# checked) and validates its SARIF and JUnit outputs against the official
# schemas with ../shared/schemas/validate.sh; then shows that the validator
# rejects a broken copy of each, so this test can fail.
#   validate_outputs.sh GUIDECHECK SOURCE_DIR VALIDATE_SH
# Exit 0 valid, 1 invalid, 77 (skipped) when VALIDATE_SH is not there.
set -u
bin=$1 src=$2 validate=$3
[ -f "$validate" ] || { echo "validate_outputs: $validate not found: skipped"; exit 77; }
py=/usr/bin/python3; [ -x "$py" ] || py=python3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "validate_outputs: FAIL: $*" >&2; exit 1; }

cd "$src" || exit 1
mkdir -p "$tmp/in"
printf 'guidecheck: 1\ndirection: [3.1\n' > "$tmp/in/not-yaml.yaml"
printf 'guidecheck: 1\ndirection: "99.9"\nparticipants: []\n' > "$tmp/in/unknown-direction.yaml"
cp examples/3.1-fail.yaml "$tmp/in/提案 a,b&c.yaml"

# English with passing results and a project URL (an example address: the
# project has no public one), Chinese without either.
for lang in en zh; do
  more=()
  [ "$lang" = en ] && more=(--sarif-passes --project-url https://guidecheck.example/docs)
  "$bin" check --lang "$lang" --format sarif="$tmp/$lang.sarif" --format junit="$tmp/$lang.xml" \
    --format github="$tmp/$lang.github" "${more[@]}" examples tests/data/formats "$tmp/in"
  rc=$?
  [ $rc -eq 2 ] || fail "exit code $rc with files that cannot be checked (want 2)"
done
"$bin" check --format sarif="$tmp/ok.sarif" --format junit="$tmp/ok.xml" examples
rc=$?
[ $rc -eq 1 ] || fail "exit code $rc on the examples (want 1: some fail)"

# Waived findings: one waived in the proposal (SARIF suppression inSource),
# one by a config file (external); JUnit <skipped>.
mkdir -p "$tmp/w"
sed 's/round_trip_efficiency: 62 %/round_trip_efficiency: 58 %/' examples/3.1-pass.yaml > "$tmp/w/own.yaml"
printf 'waivers:\n  - {rule: 3.1/round_trip_efficiency, reason: "approved <2026-17> & re-checked", by: Wang, until: 2999-12-31}\n' >> "$tmp/w/own.yaml"
sed 's/round_trip_efficiency: 62 %/round_trip_efficiency: 58 %/' examples/3.1-pass.yaml > "$tmp/w/by-config.yaml"
printf 'waivers:\n  - rule: 3.1/round_trip_efficiency\n    reason: programme-wide exception\n    paths: w/by-config.yaml\n' > "$tmp/config.yaml"
"$bin" check --config "$tmp/config.yaml" --format sarif="$tmp/waived.sarif" --format junit="$tmp/waived.xml" "$tmp/w"
rc=$?
[ $rc -eq 0 ] || fail "exit code $rc with every failure waived (want 0)"
"$py" - "$tmp/waived.sarif" "$tmp/waived.xml" <<'PY' || fail "waived findings in SARIF/JUnit"
import json, sys, xml.etree.ElementTree as ET
run = json.load(open(sys.argv[1]))["runs"][0]
sup = sorted(r["suppressions"][0]["kind"] for r in run["results"] if "suppressions" in r)
assert sup == ["external", "inSource"], sup
for r in run["results"]:
    if "suppressions" in r:
        assert r["kind"] == "fail" and r["properties"]["status"] == "waived", r
        assert r["suppressions"][0]["status"] == "accepted" and r["suppressions"][0]["justification"], r
skipped = [s.get("message") for s in ET.parse(sys.argv[2]).iter("skipped")]
assert sorted(skipped)[0].startswith("waived: approved <2026-17> & re-checked"), skipped
assert len(skipped) == 2 and all(m.startswith("waived: ") for m in skipped), skipped
PY

bash "$validate" sarif "$tmp/en.sarif" "$tmp/zh.sarif" "$tmp/ok.sarif" "$tmp/waived.sarif" || fail "SARIF invalid"
bash "$validate" junit "$tmp/en.xml" "$tmp/zh.xml" "$tmp/ok.xml" "$tmp/waived.xml" || fail "JUnit invalid"

# Content the schemas do not require but GitHub does: every result has a
# location with a line; every artifact is relative; passes are kind "pass".
"$py" - "$tmp/en.sarif" <<'PY' || fail "SARIF content"
import json, sys
log = json.load(open(sys.argv[1]))
run = log["runs"][0]
kinds = set()
for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1, r
    assert run["artifacts"][loc["artifactLocation"]["index"]]["location"]["uri"] == loc["artifactLocation"]["uri"]
    assert run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
    kinds.add(r["kind"])
assert kinds == {"pass", "fail"}, kinds
driver = run["tool"]["driver"]
assert driver["informationUri"] == "https://guidecheck.example/docs", driver.get("informationUri")
for rule in driver["rules"]:
    assert rule["helpUri"] == "https://guidecheck.example/docs", rule["id"]
    assert rule["help"]["text"] and rule["help"]["markdown"], rule["id"]
assert run["invocations"][0]["executionSuccessful"] is False
uris = [a["location"]["uri"] for a in run["artifacts"]]
assert "examples/3.1-fail.yaml" in uris, uris
assert any("%E6%8F%90%E6%A1%88%20a%2Cb%26c.yaml" in u for u in uris), uris
PY
# Without --sarif-passes and --project-url: no passing result, no URI.
"$py" - "$tmp/ok.sarif" <<'PY' || fail "SARIF without --sarif-passes"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["results"] and all(r["kind"] == "fail" for r in run["results"])
assert "informationUri" not in run["tool"]["driver"]
assert all("helpUri" not in r for r in run["tool"]["driver"]["rules"])
PY
# Each annotation line parses as ::CMD file=..,line=..,col=..,title=..::message
# (the last may be the notice of how many were left out: GitHub's limit per step).
annotation='^::(error|warning|notice) file=[^,]+,line=[0-9]+,col=[0-9]+,title=[^,:]+::'
grep -qvE "$annotation" <(sed '$ {/^::notice title=guidecheck::[0-9]* more annotations/d}' "$tmp/en.github") &&
  fail "github line that does not parse: $(grep -vE "$annotation" "$tmp/en.github" | head -1)"
grep -q '^::error file=.*a%2Cb&c.yaml,line=' "$tmp/en.github" || fail "github: escaped file name missing"

# The validators are not no-ops: broken copies are rejected.
sed 's/"startLine": [0-9]*/"startLine": 0/' "$tmp/ok.sarif" > "$tmp/broken.sarif"
bash "$validate" sarif "$tmp/broken.sarif" 2>/dev/null && fail "validator accepted startLine 0"
sed 's/<testcase name="[^"]*"/<testcase/' "$tmp/ok.xml" > "$tmp/broken.xml"
bash "$validate" junit "$tmp/broken.xml" 2>/dev/null && fail "validator accepted a testcase without name"
echo "validate_outputs: SARIF and JUnit valid"
exit 0
