#!/usr/bin/env bash
# `debrief lint` as a person (or CI) runs it: one line per hint naming file,
# place, phrase, rule and question; --json for tools; exit 0 clean, 1 hints,
# 2 errors. TAP output, one line per check.
set -u
debrief=$1
example=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
n=0
failed=0
export LANGUAGE=en

check () {
  n=$((n + 1))
  if eval "$2"; then echo "ok $n $1"; else echo "not ok $n $1"; failed=1; fi
}

"$debrief" lint "$example" >"$out/stdout" 2>"$out/err"
check "the example has hints: exit 1" "[ $? -eq 1 ] && [ ! -s $out/err ]"
check "a hint names file, place, phrase, rule and question" \
  "grep -qF 'checkout-latency.debrief: events[160] (e161) text: \"should have\" — counterfactual: What did people see' $out/stdout"
check "one line per hint" "[ \$(wc -l <$out/stdout) -eq 3 ]"

cat >"$out/clean.debrief" <<'JSON'
{"format": "debrief-review", "version": 1, "summary": "Checkout was slow; the shoulder season load was justified.",
 "action_items": [{"id": "a1", "text": "Add a lag guard to the reindex job"}]}
JSON
"$debrief" lint "$out/clean.debrief" >"$out/stdout" 2>&1
check "a clean review: exit 0, nothing printed" "[ $? -eq 0 ] && [ ! -s $out/stdout ]"

cat >"$out/blame.debrief" <<'JSON'
{"format": "debrief-review", "version": 1, "summary": "Zoë’s change — human error.",
 "action_items": [{"id": "a1", "text": "Find who broke it"}]}
JSON
"$debrief" lint --json "$out/blame.debrief" "$out/clean.debrief" >"$out/json" 2>"$out/err"
check "--json: exit 1 when hints" "[ $? -eq 1 ]"
check "--json: valid JSON with places, rules and both kinds of offsets" "/usr/bin/python3 - '$out/json' <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
files = doc['files']
assert doc['language'] == 'en'
assert [len(f['hints']) for f in files] == [2, 0], files
h = files[0]['hints'][0]
assert h['where'] == 'summary' and h['rule'] == 'human-error' and h['phrase'] == 'human error', h
assert (h['start'], h['end']) == (20, 31), h   # bytes: ë is 2, ’ and — are 3
assert (h['start_char'], h['end_char']) == (15, 26), h
assert files[0]['hints'][1]['label'] == 'action_items[0] (a1) text'
assert files[0]['hints'][1]['question'].endswith('?')
PY"

# Dismissed in the file: not reported, unless asked for.
# (Before "series": the example's artefacts are a list of several lines now;
# the loader takes members in any order.)
sed 's/^  "series": \[$/  "dismissed_hints": [{"where": "event:e161", "rule": "counterfactual", "phrase": "should have"}, {"where": "event:e165", "rule": "obviously", "phrase": "obviously"}, {"where": "event:e165", "rule": "root-cause", "phrase": "root cause"}],\n  "series": [/' \
  "$example" >"$out/dismissed.debrief"
"$debrief" lint "$out/dismissed.debrief" >"$out/stdout" 2>"$out/err"
check "every hint dismissed: exit 0" "[ $? -eq 0 ] && [ ! -s $out/stdout ] && [ ! -s $out/err ]"
"$debrief" lint --include-dismissed "$out/dismissed.debrief" >"$out/stdout" 2>&1
check "--include-dismissed lists them, marked, exit 0" \
  "[ $? -eq 0 ] && [ \$(grep -c '(dismissed)' $out/stdout) -eq 3 ]"

"$debrief" lint /nonexistent/review.debrief "$example" >"$out/stdout" 2>"$out/err"
check "a missing file: exit 2 naming it, the others still linted" \
  "[ $? -eq 2 ] && grep -q '/nonexistent/review.debrief' $out/err && [ -s $out/stdout ]"

"$debrief" lint 2>"$out/err"
check "no file named: exit 2 with a message" "[ $? -eq 2 ] && [ -s $out/err ]"

"$debrief" lint --no-such-option "$example" 2>"$out/err"
check "an unknown option: exit 2" "[ $? -eq 2 ]"

"$debrief" lint --language xx "$example" 2>"$out/err"
check "an unknown language: exit 2 naming it" "[ $? -eq 2 ] && grep -q 'xx' $out/err"

printf '{"format": "debrief-language-rules", "language": "xx", "rules": [{"id": "a", "category": "c", "explanation": "e", "question": "q", "patterns": ["(x"]}]}' >"$out/bad-rules.json"
"$debrief" lint --rules "$out/bad-rules.json" "$example" 2>"$out/err"
check "a broken rule file: exit 2 naming file and rule" \
  "[ $? -eq 2 ] && grep -q 'bad-rules.json: rules\\[0\\].patterns\\[0\\]: the pattern does not compile' $out/err"

LANGUAGE=de "$debrief" lint --json "$out/blame.debrief" >"$out/json" 2>&1
check "the user's language picks the rules" "grep -q '\"language\" : \"de\"' $out/json"

echo "1..$n"
exit $failed
