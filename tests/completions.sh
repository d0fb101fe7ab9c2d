#!/usr/bin/env bash
# The bash completion answers as expected (bash-completion's helpers stubbed,
# the built guidecheck on PATH); the zsh one parses when zsh is installed.
#   completions.sh GUIDECHECK SOURCE_DIR
set -u
bin=$1 src=$2
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
ln -s "$bin" "$dir/guidecheck"
PATH=$dir:$PATH
status=0

# Minimal stand-ins for bash-completion's helpers.
_init_completion() {
  words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
  cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
}
_filedir() { COMPREPLY=("<files${1:+ $1}>"); }
# shellcheck source=/dev/null
source "$src/contrib/completions/guidecheck.bash" || exit 1

expect() {  # expect "WORDS..." WORD_EXPECTED_IN_REPLY
  local line=$1 want=$2
  read -ra COMP_WORDS <<<"$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _guidecheck
  if ! printf '%s\n' "${COMPREPLY[@]}" | grep -qxF -- "$want"; then
    echo "completions: '$line' offers [${COMPREPLY[*]}], not '$want'" >&2
    status=1
  fi
}
expect "guidecheck ch" check
expect "guidecheck " schema
expect "guidecheck check --format s" sarif
expect "guidecheck check --format ma" markdown
expect "guidecheck check --format gc" gcc
expect "guidecheck check --format co" compact
expect "guidecheck check --format cod" codequality
# Every format of the binary's list (report/formats.cpp), none kept in the script.
formats=$("$bin" --list-formats | cut -f1) || { echo "completions: --list-formats failed" >&2; status=1; }
[ -n "$formats" ] || { echo "completions: --list-formats printed nothing" >&2; status=1; }
for f in $formats; do expect "guidecheck check --format ${f:0:2}" "$f"; done
expect "guidecheck check --sarif" --sarif-passes
expect "guidecheck check --max-a" --max-annotations
expect "guidecheck check --fail-on w" warning
expect "guidecheck check --ex" --excel-bom
expect "guidecheck check --no-w" --no-waivers
expect "guidecheck check " "<files @(yaml|yml)>"
expect "guidecheck init 3." 3.1
expect "guidecheck schema 10." 10.8
expect "guidecheck rules " lint
expect "guidecheck rules show --format " json
expect "guidecheck rules test --direction 9." 9.5
expect "guidecheck explain --la" --lang
expect "guidecheck init --lang " zh

if command -v zsh >/dev/null; then
  zsh -n "$src/contrib/completions/_guidecheck" || { echo "completions: _guidecheck does not parse" >&2; status=1; }
fi
[ $status -eq 0 ] && echo "completions: bash completion answers as expected"
exit $status
