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
for name in a["inputs"]:
    var = "INPUT_" + name.upper().replace("-", "_")
    assert env.get(var) == "${{ inputs.%s }}" % name, (var, env.get(var))
script = open("scripts/action-check.sh").read()
used = set(re.findall(r"\$\{?(INPUT_[A-Z_]+)", script))
assert used <= set(env), used - set(env)
assert any("scripts/deps.sh" in s.get("run", "") for s in steps)
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

# A realistic proposal repository: workflows, configs and other YAML beside the
# proposals. The action (default paths ".") and the pre-commit entry (given
# every changed *.yaml/*.yml, as its `files:` pattern selects) check only the
# proposals and pass.
repo=$tmp/repo
mkdir -p "$repo/.github/workflows" "$repo/proposals/2023" "$repo/deploy/templates" "$repo/docs"
cp examples/3.1-pass.yaml "$repo/proposals/2023/heat-pump.yaml"
cp examples/1.1-pass.yaml "$repo/proposals/ccus.yml"
printf 'name: ci\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n' \
  >"$repo/.github/workflows/ci.yml"
printf 'repos:\n  - repo: local\n    hooks: []\n' >"$repo/.pre-commit-config.yaml"
printf 'site_name: Proposals\nnav:\n  - index.md\n' >"$repo/mkdocs.yml"
printf 'services:\n  web:\n    image: nginx\n' >"$repo/docker-compose.yaml"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{- toYaml . | nindent 4 }}\n' \
  >"$repo/deploy/templates/configmap.yaml"
printf -- '- just\n- a list\n' >"$repo/docs/list.yaml"
: >"$repo/docs/empty.yml"
mkdir -p "$tmp/runner2"
out=$(cd "$repo" && GUIDECHECK=$bin GITHUB_STEP_SUMMARY=$tmp/summary2.md GITHUB_OUTPUT=$tmp/output2 \
      RUNNER_TEMP=$tmp/runner2 INPUT_SARIF=$tmp/repo.sarif bash "$src/scripts/action-check.sh" 2>"$tmp/action2.err")
rc=$?
[ $rc -eq 0 ] || fail "action on a repository with workflows and other YAML: exit $rc, want 0: $(cat "$tmp/action2.err")"
grep -q '^::error' <<<"$out" && fail "action annotated a file that is no proposal: $out"
grep -q 'heat-pump.yaml' "$tmp/summary2.md" || fail "the step summary does not list the proposal"
for f in mkdocs.yml docker-compose.yaml deploy/templates/configmap.yaml docs/list.yaml docs/empty.yml; do
  grep -q "$f: not a proposal" "$tmp/action2.err" || fail "no note that $f was skipped"
done
grep -q 'ci.yml' "$tmp/action2.err" && fail "the hidden .github folder was searched"
"$py" - "$tmp/repo.sarif" <<'PY' || fail "SARIF of the repository run"
import json, sys
uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.load(open(sys.argv[1]))["runs"][0]["results"]}
assert all("proposals/" in u for u in uris), uris
PY
(cd "$repo" && "$bin" "${argv[@]}" proposals/ccus.yml .github/workflows/ci.yml mkdocs.yml \
   .pre-commit-config.yaml deploy/templates/configmap.yaml >/dev/null); rc=$?
[ $rc -eq 0 ] || fail "pre-commit entry on a proposal and other YAML: exit $rc, want 0"
(cd "$repo" && "$bin" "${argv[@]}" mkdocs.yml >/dev/null); rc=$?
[ $rc -eq 0 ] || fail "pre-commit entry on YAML that is no proposal only: exit $rc, want 0"
(cd "$repo" && "$bin" check mkdocs.yml >/dev/null 2>&1); rc=$?
[ $rc -eq 2 ] || fail "a file named explicitly that is no proposal: exit $rc, want 2"

echo "ci_integrations: action and pre-commit hook work"
