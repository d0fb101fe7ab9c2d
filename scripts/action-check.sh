#!/usr/bin/env bash
# The check step of action.yml (the GitHub composite action): runs
# `guidecheck check` once for annotations on the pull request (--format github
# on stdout), a step summary (markdown, appended to $GITHUB_STEP_SUMMARY) and,
# when asked, SARIF and JUnit files; sets the step outputs; exits with
# guidecheck's exit code (0 pass, 1 a proposal fails, 2 something could not be
# checked).
#
# Environment (set by action.yml from its inputs):
#   GUIDECHECK          the guidecheck binary
#   INPUT_PATHS         proposal files or folders, space-separated (default .)
#   INPUT_FAIL_ON       error | warning | info (default error)
#   INPUT_LANG          en | zh (default en)
#   INPUT_SARIF         SARIF file to write ("" = none)
#   INPUT_SARIF_PASSES  "true" adds passing findings (kind "pass") to the SARIF
#                       (--sarif-passes); by default guidecheck leaves them
#                       out, because GitHub code scanning shows every result as
#                       an alert, passes included
#   INPUT_JUNIT         JUnit file to write ("" = none)
#   INPUT_ARGS          further arguments to `guidecheck check`
#   GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP   as GitHub sets them
set -u
bin=${GUIDECHECK:-guidecheck}
read -ra paths <<<"${INPUT_PATHS:-.}"
[ ${#paths[@]} -gt 0 ] || paths=(.)
read -ra extra <<<"${INPUT_ARGS:-}"
summary=$(mktemp "${RUNNER_TEMP:-/tmp}/guidecheck-summary.XXXXXX") || exit 2
trap 'rm -f "$summary"' EXIT

args=(check --lang "${INPUT_LANG:-en}" --fail-on "${INPUT_FAIL_ON:-error}" --format github
      --format "markdown=$summary")
[ -n "${INPUT_SARIF:-}" ] && args+=(--format "sarif=$INPUT_SARIF")
[ "${INPUT_SARIF_PASSES:-false}" = true ] && args+=(--sarif-passes)
[ -n "${INPUT_JUNIT:-}" ] && args+=(--format "junit=$INPUT_JUNIT")
"$bin" "${args[@]}" "${extra[@]}" "${paths[@]}"
rc=$?

if [ -s "$summary" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$summary" >> "$GITHUB_STEP_SUMMARY"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "exit-code=$rc"
    echo "sarif=${INPUT_SARIF:-}"
    echo "junit=${INPUT_JUNIT:-}"
  } >> "$GITHUB_OUTPUT"
fi
exit $rc
