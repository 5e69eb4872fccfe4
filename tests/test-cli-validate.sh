#!/usr/bin/env bash
# `debrief validate` as a person types it: its exit status (0 valid, 1 a file
# is not, 2 a wrong command line) and messages that name the file and place
# (problems are its output, so they go to standard output, like a linter).
# TAP output, one line per check.
set -u
debrief=$1
example=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
n=0
failed=0

check () {
  n=$((n + 1))
  if eval "$2"; then echo "ok $n $1"; else echo "not ok $n $1"; failed=1; fi
}

"$debrief" validate "$example" >"$out/stdout" 2>"$out/err"
check "the example is valid: exit 0" "[ $? -eq 0 ] && [ ! -s $out/err ]"

"$debrief" validate /nonexistent/review.debrief >"$out/err" 2>&1
check "a missing file: exit 1 naming it" "[ $? -eq 1 ] && grep -q '/nonexistent/review.debrief' $out/err"

sed 's/"start": "2026-03-14T07:58:01Z"/"start": "yesterday"/' "$example" >"$out/bad.debrief"
"$debrief" validate "$example" "$out/bad.debrief" >"$out/err" 2>&1
check "one bad file among good: exit 1" "[ $? -eq 1 ]"
check "the message names file, path and what was expected" \
  "grep -q 'bad.debrief: events\\[[0-9]*\\].start: expected an RFC 3339 time' $out/err"

"$debrief" validate 2>"$out/err"
check "no file named: exit 2 with a message" "[ $? -eq 2 ] && [ -s $out/err ]"

"$debrief" validate --no-such-option "$example" 2>"$out/err"
check "an unknown option: exit 2" "[ $? -eq 2 ]"

echo "1..$n"
exit $failed
