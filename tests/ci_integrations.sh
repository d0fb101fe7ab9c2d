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
else
  echo "note: the SARIF schema check of the action's output is skipped: no validator at" \
       "'${validate:-(not given)}' (the official schemas live beside the repository in CI)"
fi
# The action leaves the SARIF to guidecheck (--sarif-passes), no script edits it.
grep -q python scripts/action-check.sh && fail "action-check.sh post-processes with Python"
GUIDECHECK=$bin INPUT_PATHS="examples" INPUT_SARIF=$tmp/p.sarif INPUT_SARIF_PASSES=true \
  INPUT_JUNIT="" RUNNER_TEMP=$tmp/runner bash scripts/action-check.sh >/dev/null
"$py" - "$tmp/p.sarif" <<'PY' || fail "sarif-passes: true"
import json, sys
kinds = {r["kind"] for r in json.load(open(sys.argv[1]))["runs"][0]["results"]}
assert kinds == {"pass", "fail"}, kinds
PY

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

# scripts/action-setup.sh, the action's setup steps, in a simulated runner:
# cmake is a stub on PATH that logs its calls and "builds" by copying the
# binary under test, so the test sees whether a build happened.
sim=$tmp/sim; mkdir -p "$sim/bin" "$sim/runner"
cat >"$sim/bin/cmake" <<STUB
#!/usr/bin/env bash
echo "cmake \$*" >>"$sim/cmake.log"
if [ "\$1" = --build ]; then cp "$bin" "\$2/guidecheck"; exit 0; fi
while [ \$# -gt 0 ]; do [ "\$1" = -B ] && mkdir -p "\$2"; shift; done
STUB
chmod +x "$sim/bin/cmake"
setup() {  # setup STEP VAR=VALUE...: one step, as the runner would run it
  : >"$sim/out"
  env PATH="$sim/bin:$PATH" RUNNER_TEMP="$sim/runner" GITHUB_OUTPUT="$sim/out" GITHUB_ACTION_PATH="$src" \
      RUNNER_OS=Linux RUNNER_ARCH=X64 "${@:2}" bash "$src/scripts/action-setup.sh" "$1" >"$sim/log" 2>&1
}
output() { sed -n "s/^$1=//p" "$sim/out"; }

# Defaults (no inputs): the cache mode, with a key naming the OS, the
# distribution, the action's ref and the sources' hash, the same every time.
setup key ACTION_REF=v1 || fail "setup key: $(cat "$sim/log")"
[ "$(output mode)" = cache ] || fail "default mode: $(cat "$sim/out")"
key=$(output key)
[[ $key =~ ^guidecheck-Linux-X64-[a-z]+-[0-9.a-z]+-v1-[0-9a-f]{16}$ ]] || fail "cache key: $key"
[ "$(output cache-dir)" = "$sim/runner/guidecheck-cache" ] || fail "cache-dir: $(cat "$sim/out")"
setup key ACTION_REF=v1 && [ "$(output key)" = "$key" ] || fail "the key changes between runs"
setup key ACTION_REF=v2 && [ "$(output key)" != "$key" ] || fail "the key ignores the action's ref"
setup key INPUT_CACHE=false && [ "$(output mode)" = build ] && [ -z "$(output key)" ] ||
  fail "cache: false: $(cat "$sim/out")"

# A miss: builds once (apt packages, cmake), fills the cache folder.
rm -f "$sim/cmake.log"
setup install CACHE_HIT= || fail "setup install (miss): $(cat "$sim/log")"
[ "$(output source)" = build ] || fail "miss: $(cat "$sim/out")"
grep -q -- '--build .*guidecheck-build --target guidecheck' "$sim/cmake.log" || fail "miss did not build"
[ "$(output binary)" = "$sim/runner/guidecheck-cache/guidecheck" ] || fail "miss binary: $(cat "$sim/out")"
"$(output binary)" --version >/dev/null || fail "the built binary does not run"

# A hit: the restored binary is used, nothing is built.
rm -f "$sim/cmake.log"
setup install CACHE_HIT=true || fail "setup install (hit): $(cat "$sim/log")"
[ "$(output source)" = cache ] || fail "hit: $(cat "$sim/out")"
[ ! -e "$sim/cmake.log" ] || fail "a cache hit ran cmake: $(cat "$sim/cmake.log")"
grep -q "using the cached build" "$sim/log" || fail "hit: no message"
gc=$(output binary)

# The check step with the defaults (the inputs' defaults from action.yml, as
# the runner sets them, and GitHub's variables) on a folder of proposals, with
# the cached binary.
mkdir -p "$sim/repo" && cp examples/3.1-pass.yaml examples/3.1-fail.yaml "$sim/repo/"
mapfile -t defaults < <("$py" -c '
import yaml
for name, i in yaml.safe_load(open("action.yml"))["inputs"].items():
    print("INPUT_%s=%s" % (name.upper().replace("-", "_"), i.get("default", "")))') ||
  fail "action.yml defaults"
out=$(cd "$sim/repo" && env "${defaults[@]}" GUIDECHECK=$gc GITHUB_STEP_SUMMARY=$sim/summary.md GITHUB_OUTPUT=$sim/check-out \
      RUNNER_TEMP=$sim/runner bash "$src/scripts/action-check.sh")
rc=$?
[ $rc -eq 1 ] || fail "action-check.sh with defaults: exit $rc, want 1"
grep -q '^::error file=3.1-fail.yaml,' <<<"$out" || fail "defaults: no annotation: $out"
[ -s "$sim/repo/guidecheck.sarif" ] || fail "defaults: no guidecheck.sarif"
grep -qx 'exit-code=1' "$sim/check-out" || fail "defaults: outputs $(cat "$sim/check-out")"

# A restored cache whose binary does not run is rebuilt, not used.
printf 'not a program' >"$sim/runner/guidecheck-cache/guidecheck"
rm -f "$sim/cmake.log"
setup install CACHE_HIT=true || fail "setup install (broken cache): $(cat "$sim/log")"
[ "$(output source)" = build ] && [ -s "$sim/cmake.log" ] || fail "a broken cache was not rebuilt"

# A .deb (deb-path): unpacked and used, nothing built; a file that is not a
# guidecheck .deb is refused. Needs cpack and dpkg-deb.
build=$(dirname "$bin")
if command -v dpkg-deb >/dev/null && command -v cpack >/dev/null && [ -f "$build/CPackConfig.cmake" ]; then
  cpack -G DEB -B "$sim/deb" --config "$build/CPackConfig.cmake" >"$sim/cpack.log" 2>&1 ||
    fail "cpack: $(cat "$sim/cpack.log")"
  deb=$(ls "$sim"/deb/guidecheck_*.deb | head -1)
  rm -f "$sim/cmake.log"
  setup key INPUT_DEB_PATH="$deb" && [ "$(output mode)" = deb ] && [ -z "$(output key)" ] ||
    fail "deb-path: key step $(cat "$sim/out")"
  setup install INPUT_DEB_PATH="$deb" || fail "setup install (deb): $(cat "$sim/log")"
  [ "$(output source)" = deb ] || fail "deb: $(cat "$sim/out")"
  [ "$(output binary)" = "$sim/runner/guidecheck-deb/usr/bin/guidecheck" ] || fail "deb binary: $(cat "$sim/out")"
  [ ! -e "$sim/cmake.log" ] || fail "the .deb path ran cmake"
  (cd "$sim/repo" && GUIDECHECK=$(output binary) RUNNER_TEMP=$sim/runner INPUT_SARIF= \
     bash "$src/scripts/action-check.sh" >/dev/null); rc=$?
  [ $rc -eq 1 ] || fail "check with the .deb's binary: exit $rc"
  echo "not a deb" >"$sim/fake.deb"
  if setup install INPUT_DEB_PATH="$sim/fake.deb"; then fail "a fake .deb was accepted"; fi
  grep -q "is not a guidecheck .deb" "$sim/log" || fail "fake .deb: $(cat "$sim/log")"
else
  echo "ci_integrations: the .deb path of the action skipped (no cpack, dpkg-deb or CPackConfig.cmake)"
fi

echo "ci_integrations: action and pre-commit hook work"
