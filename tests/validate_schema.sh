#!/usr/bin/env bash
# The JSON Schema of `guidecheck schema DIRECTION`, used by an independent
# validator (python3-jsonschema, Draft 2020-12) on proposals converted from
# YAML to JSON (python3-yaml):
#  - every schema is a valid 2020-12 schema;
#  - every direction's example proposal from its pack tests, every
#    examples/*-pass.yaml and every `guidecheck init` skeleton validate;
#  - broken copies of a passing proposal (wrong type, unknown key, bad country,
#    ...) do not, and `guidecheck check` agrees where it treats them as errors.
#   validate_schema.sh GUIDECHECK SOURCE_DIR
set -u
bin=$1 src=$2
py=/usr/bin/python3; [ -x "$py" ] || py=python3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$src" || exit 1
"$py" - "$bin" "$src" "$tmp" <<'PY'
import copy, glob, json, os, subprocess, sys
import yaml
from jsonschema import Draft202012Validator

bin, src, tmp = sys.argv[1:4]
failures = []

def fail(msg):
    failures.append(msg)
    print("FAIL:", msg, file=sys.stderr)

schemas = {}
def schema(direction, guide=None):
    key = (guide or "", direction)
    if key not in schemas:
        out = os.path.join(tmp, (guide or "newest") + "-" + direction + ".schema.json")
        subprocess.run([bin, "schema", direction, "--lang", "en", "-o", out] +
                       (["--guide", guide] if guide else []), check=True)
        s = json.load(open(out))
        Draft202012Validator.check_schema(s)
        schemas[key] = Draft202012Validator(s)
    return schemas[key]

def errors(doc, direction=None, guide=None):
    direction = direction or str(doc["direction"])
    guide = guide or doc.get("guide")
    return [e.message for e in schema(direction, guide).iter_errors(doc)]

# YAML 1.2 core schema, as guidecheck and yaml-language-server read YAML: only
# true/false are booleans (PyYAML's YAML 1.1 would turn country NO into false)
# and 1:25000 is text, not a base-60 number.
class Yaml12Loader(yaml.SafeLoader):
    pass
Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                                                  "tag:yaml.org,2002:float")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
import re
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                   list("tTfF"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
                                   list("-+0123456789"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+.0123456789"))
def load(text):
    return yaml.load(text, Loader=Yaml12Loader)

def as_json(doc):  # what a YAML-to-JSON converter gives (dates and the like as text)
    return json.loads(json.dumps(doc, default=str))

def check_rc(doc, name):
    path = os.path.join(tmp, name + ".yaml")
    with open(path, "w") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False)
    return subprocess.run([bin, "check", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode

valid = 0
# 1. Every direction's base proposal from the pack tests.
for t in sorted(glob.glob("rules/*/tests/*.yaml")):
    spec = load(open(t))
    if not isinstance(spec, dict) or "base" not in spec or "direction" not in spec:
        continue
    doc = as_json(spec["base"])
    e = errors(doc, guide=t.split("/")[1])  # judged by its own pack, as `rules test` does
    if e: fail(f"{t} base: {e[:3]}")
    valid += 1
# 2. The passing examples; the failing ones are valid in form unless they
#    hold a key check does not know (3.1-fail.yaml's typo technical_suport).
for ex in sorted(glob.glob("examples/*.yaml")):
    doc = as_json(load(open(ex)))
    e = errors(doc)
    if ex.endswith("-pass.yaml") and e: fail(f"{ex}: {e[:3]}")
    if ex.endswith("3.1-fail.yaml") and not any("technical_suport" in m for m in e):
        fail(f"{ex}: the unknown indicator technical_suport is not reported: {e}")
    valid += ex.endswith("-pass.yaml")
# 3. Every init skeleton (nulls to fill in, placeholder participants).
for g, d in sorted(schemas):
    sk = subprocess.run([bin, "init", d, "--lang", "en"] + (["--guide", g] if g else []),
                        capture_output=True, text=True, check=True).stdout
    e = errors(as_json(load(sk)), guide=g or None)
    if e: fail(f"init {g} {d}: {e[:3]}")

# 4. Broken copies of a passing proposal. The second field: does check
#    itself refuse the file (exit 2)? None: check only warns or judges it.
good = as_json(load(open("examples/3.1-pass.yaml")))
assert not errors(good)
def broken(name, change, check_refuses):
    doc = copy.deepcopy(good)
    change(doc)
    if not errors(doc, "3.1"): fail(f"broken copy '{name}' validates")
    if check_refuses is not None:
        rc = check_rc(doc, name.replace(" ", "_"))
        if check_refuses and rc != 2: fail(f"'{name}': check exits {rc}, want 2")
    return 1
def setp(path, value):
    def f(doc):
        cur = doc
        for k in path[:-1]: cur = cur[k]
        cur[path[-1]] = value
    return f
def delp(key):
    return lambda doc: doc.pop(key)
n = 0
n += broken("indicator of wrong type", setp(["indicators", "round_trip_efficiency"], True), None)
n += broken("indicators not a mapping", setp(["indicators"], ["round_trip_efficiency"]), True)
n += broken("participants not a list", setp(["participants"], "某某研究所"), True)
n += broken("participant name not text", setp(["participants", 0, "name"], {"zh": "x"}), True)
n += broken("unknown top-level key", setp(["titel"], "x"), None)
n += broken("unknown indicator", setp(["indicators", "round_trip_eficiency"], "62 %"), None)
n += broken("unknown research item", setp(["research_contents", "nothing_like_it"], True), None)
n += broken("unknown participant key", setp(["participants", 0, "website"], "x"), None)
n += broken("bad country", setp(["participants", 1, "country"], "XX"), True)
# The schema asks for the format's own words; check also reads the names
# applicants write (de, Germany, 德国, 牵头单位, 高校), so these are not refused.
n += broken("country lower case", setp(["participants", 1, "country"], "de"), None)
n += broken("country a name", setp(["participants", 1, "country"], "Germany"), None)
n += broken("role in Chinese", setp(["participants", 0, "role"], "牵头单位"), None)
n += broken("bad role", setp(["participants", 0, "role"], "boss"), True)
n += broken("bad kind", setp(["participants", 0, "kind"], "school"), True)
n += broken("direction a number", setp(["direction"], 3.1), None)
n += broken("no direction", delp("direction"), True)
n += broken("no participants", delp("participants"), True)
n += broken("format version 2", setp(["guidecheck"], 2), True)
n += broken("long form with value and min", setp(["indicators", "round_trip_efficiency"], {"value": "62 %", "min": "60 %"}), None)
n += broken("unknown key in a long form", setp(["indicators", "round_trip_efficiency"], {"value": "62 %", "unit": "%"}), None)
n += broken("waivers not a list", setp(["waivers"], "3.1/round_trip_efficiency"), None)
n += broken("waiver without a reason", setp(["waivers"], [{"rule": "3.1/round_trip_efficiency"}]), None)
n += broken("waiver with an empty reason", setp(["waivers"], [{"rule": "3.1/round_trip_efficiency", "reason": " "}]), None)
n += broken("waiver of an unknown rule", setp(["waivers"], [{"rule": "3.1/round_trip_eficiency", "reason": "r"}]), None)
n += broken("waiver with a bad date", setp(["waivers"], [{"rule": "3.1/round_trip_efficiency", "reason": "r", "until": "31.12.2026"}]), None)
n += broken("unknown key in a waiver", setp(["waivers"], [{"rule": "3.1/round_trip_efficiency", "reason": "r", "untill": "2026-12-31"}]), None)
# A well-formed waiver validates.
waived = copy.deepcopy(good)
waived["waivers"] = [{"rule": "3.1/round_trip_efficiency", "reason": "项目办批准", "by": "王某", "until": "2026-12-31"},
                     {"rule": "general/max_duration", "reason": "r"}]
if errors(waived): fail(f"a well-formed waiver does not validate: {errors(waived)}")

# 5. Value forms the contract lists are valid.
forms = ["62 %", 62, "≥ 62 %", "不低于 62%", "62 ~ 65 %", {"min": "62 %", "max": "65 %"},
         {"value": "62 %", "note": "设计值", "evidence": "第 3 章"}, "６２％"]
for v in forms:
    doc = copy.deepcopy(good)
    doc["indicators"]["round_trip_efficiency"] = v
    if errors(doc): fail(f"value form {v!r} rejected: {errors(doc)}")

print(f"validate_schema: {len(schemas)} schemas, {valid} valid proposals, {n} broken ones rejected, "
      f"{len(forms)} value forms accepted; {len(failures)} failures")
sys.exit(1 if failures else 0)
PY
