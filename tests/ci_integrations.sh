#!/usr/bin/env bash
# The ready-made integrations, run as their hosts would run them:
#  - action.yml: its inputs and the env of its check step agree, and the check
#    step's script (scripts/action-check.sh) run with GitHub's variables writes
#    the annotations, the step summary, the outputs, a SARIF file without
#    passing results (valid, when ../shared/schemas/validate.sh is there) and JUnit;
#  - .pre-commit-hooks.yaml: its entry, given file names as pre-commit does,
#    passes a passing proposal and fails a failing one.
#   ci_integrations.sh GUIDECHECK SOURCE_DIR [VALIDATE_SH]
set -u
bin=$1 src=$2 validate=${3:-}
py=/usr/bin/python3; [ -x "$py" ] || py=python3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "ci_integrations: FAIL: $*" >&2; exit 1; }
cd "$src" || exit 1

# action.yml: every input reaches the check step, every INPUT_ variable the
# script reads is set there, and the step runs the script.
"$py" - <<'PY' || fail "action.yml"
import re, yaml
a = yaml.safe_load(open("action.yml"))
assert a["runs"]["using"] == "composite"
steps = a["runs"]["steps"]
check = next(s for s in steps if s.get("id") == "check")
assert "scripts/action-check.sh" in check["run"]
env = check["env"]
install = next(s for s in steps if s.get("id") == "install")
for name in a["inputs"]:
    var = "INPUT_" + name.upper().replace("-", "_")
    at = install["env"] if var in install["env"] else env
    assert at.get(var) == "${{ inputs.%s }}" % name, (var, at.get(var))
script = open("scripts/action-check.sh").read()
used = set(re.findall(r"\$\{?(INPUT_[A-Z_]+)", script))
assert used <= set(env), used - set(env)
assert "scripts/action-setup.sh" in install["run"]
assert "scripts/deps.sh" in open("scripts/action-setup.sh").read()
for out in a["outputs"].values():
    key = re.search(r"steps\.check\.outputs\.([a-z-]+)", out["value"]).group(1)
    assert ("echo \"%s=" % key) in script, key
PY

mkdir -p "$tmp/runner"
out=$(GUIDECHECK=$bin INPUT_PATHS="examples tests/data/formats" INPUT_FAIL_ON=error INPUT_LANG=en \
      INPUT_SARIF=$tmp/g.sarif INPUT_SARIF_PASSES=false INPUT_JUNIT=$tmp/j.xml INPUT_ARGS="--jobs 2" \
      GITHUB_STEP_SUMMARY=$tmp/summary.md GITHUB_OUTPUT=$tmp/output RUNNER_TEMP=$tmp/runner \
      bash scripts/action-check.sh)
rc=$?
[ $rc -eq 1 ] || fail "action-check.sh exit $rc, want 1 (examples hold failing proposals)"
grep -q '^::error file=examples/3.1-fail.yaml,line=[0-9]*,col=[0-9]*,title=3.1/round_trip_efficiency::' <<<"$out" ||
  fail "no annotation for 3.1/round_trip_efficiency"
grep -q '^::notice file=tests/data/formats/10.4-info.yaml,' <<<"$out" || fail "no notice annotation"
grep -q '^## guidecheck: ' "$tmp/summary.md" || fail "no step summary"
grep -qx 'exit-code=1' "$tmp/output" || fail "outputs: $(cat "$tmp/output")"
grep -qx "sarif=$tmp/g.sarif" "$tmp/output" || fail "outputs: $(cat "$tmp/output")"
[ -z "$(ls -A "$tmp/runner")" ] || fail "temporary files left in RUNNER_TEMP"
"$py" - "$tmp/g.sarif" "$tmp/j.xml" <<'PY' || fail "SARIF/JUnit of the action"
import json, sys, xml.dom.minidom
log = json.load(open(sys.argv[1]))
res = log["runs"][0]["results"]
assert res and all(r["kind"] == "fail" for r in res), "passing results left in the SARIF"
assert any(r["ruleId"] == "3.1/round_trip_efficiency" for r in res)
assert xml.dom.minidom.parse(sys.argv[2]).documentElement.tagName == "testsuites"
PY
if [ -n "$validate" ] && [ -f "$validate" ]; then
  bash "$validate" sarif "$tmp/g.sarif" >/dev/null || fail "the action's SARIF is not valid"
fi

# .pre-commit-hooks.yaml: run the entry as pre-commit would (entry + file names).
entry=$("$py" -c 'import yaml; h = yaml.safe_load(open(".pre-commit-hooks.yaml")); assert h[0]["id"] == "guidecheck" and h[0]["language"] == "system"; print(h[0]["entry"])') ||
  fail ".pre-commit-hooks.yaml"
[[ $entry == guidecheck\ * ]] || fail "entry does not start with guidecheck: $entry"
read -ra argv <<<"${entry#guidecheck }"
"$bin" "${argv[@]}" examples/3.1-pass.yaml examples/1.1-pass.yaml >/dev/null; rc=$?
[ $rc -eq 0 ] || fail "pre-commit entry on passing proposals: exit $rc"
"$bin" "${argv[@]}" examples/3.1-pass.yaml examples/3.1-fail.yaml >/dev/null; rc=$?
[ $rc -eq 1 ] || fail "pre-commit entry on a failing proposal: exit $rc"
echo "ci_integrations: action and pre-commit hook work"
