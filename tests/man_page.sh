#!/usr/bin/env bash
# docs/guidecheck.1 is written by hand: check that it describes every command
# and every long option that `guidecheck ... --help` lists, every report format
# of `guidecheck --list-formats` in its order, and that groff
# (when installed) formats it without warnings.
#   man_page.sh GUIDECHECK MAN_PAGE
set -u
bin=$1 page=$2
text=$(sed 's/\\-/-/g; s/\\f[BIRP]//g' "$page") || exit 1
status=0
for cmd in "" check init import "rules list" "rules show" "rules lint" "rules test" explain schema help; do
  # shellcheck disable=SC2086
  help=$("$bin" $cmd --help) || { echo "man_page: '$cmd --help' failed" >&2; status=1; continue; }
  for opt in $(printf '%s\n' "$help" | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    if ! grep -qF -- "$opt" <<<"$text"; then
      echo "man_page: option $opt of 'guidecheck $cmd' is not in $page" >&2
      status=1
    fi
  done
  if [ -n "$cmd" ] && ! grep -qF "guidecheck $cmd" <<<"$text"; then
    echo "man_page: command '$cmd' is not in the synopsis of $page" >&2
    status=1
  fi
done
# The formats of --format, in the order of the binary's list (report/formats.cpp):
# the .B names between "Output format:" and "Repeat the option".
want=$("$bin" --list-formats | cut -f1 | tr '\n' ' ')
have=$(sed -n '/^Output format:/,/^Repeat the option/s/^\.B \([a-z][a-z]*\)$/\1/p' "$page" | tr '\n' ' ')
if [ -z "$want" ] || [ "$want" != "$have" ]; then
  echo "man_page: the formats of --format in $page are [$have], the binary's list is [$want]" >&2
  status=1
fi
if command -v groff >/dev/null; then
  warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
  [ -z "$warnings" ] || { echo "man_page: groff: $warnings" >&2; status=1; }
fi
[ $status -eq 0 ] && echo "man_page: every command and option documented"
exit $status
