#!/usr/bin/env bash
# `debrief import` as a person types it: a new review from a log, the same
# log again into it (nothing new: exit 1, file unchanged), a time window,
# --map, and the errors (unknown format, unreadable source, usage: exit 2).
# Then a Slack export: the folder, its zip (written by $MAKE_SLACK_ZIP),
# --channel, and hostile zips that must be refused.
# TAP output, one line per check.
set -u
debrief=$1
example=$2
fixtures=$(dirname "$0")/fixtures/jsonl
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
n=0
failed=0

check () {
  n=$((n + 1))
  if eval "$2"; then echo "ok $n $1"; else echo "not ok $n $1"; failed=1; fi
}

"$debrief" import --tz Europe/Berlin "$fixtures/app.jsonl" -o "$out/new.debrief" >"$out/stdout" 2>"$out/err"
check "a log into a new review: exit 0" "[ $? -eq 0 ] && [ -s $out/new.debrief ]"
check "the summary counts what was added and skipped" \
  "grep -q '^7 events added, 0 already there, 0 outside the time window, 4 records skipped; 3 lanes added' $out/stdout"
check "each skipped record is named by file and line" "grep -q '^skipped app.jsonl:8: not JSON' $out/stdout"
"$debrief" validate "$out/new.debrief" >/dev/null 2>&1
check "the new review is valid" "[ $? -eq 0 ]"
check "markup in a message stays text" "grep -q '<b>409</b> &amp; retry' $out/new.debrief"

cp "$out/new.debrief" "$out/before.debrief"
"$debrief" import "$fixtures/app.jsonl" --into "$out/new.debrief" >"$out/stdout" 2>"$out/err"
check "the same log again: exit 1, nothing to import" "[ $? -eq 1 ] && grep -q 'nothing to import' $out/err"
check "… and the review is unchanged" "cmp -s $out/new.debrief $out/before.debrief"

cp "$example" "$out/example.debrief"
"$debrief" import --tz Europe/Berlin --to "2026-03-14 09:20" --map checkout-api=api \
  "$fixtures/app.jsonl" "$fixtures/journal.json" --into "$out/example.debrief" >"$out/stdout" 2>"$out/err"
check "into the example, windowed and mapped: exit 0" "[ $? -eq 0 ]"
check "the record after --to is left out" "grep -q '1 outside the time window' $out/stdout"
check "--map put checkout-api's records in the api lane" \
  "grep -q '\"lane\": \"api\", \"start\": \"2026-03-14T08:06:00.500Z\"' $out/example.debrief"
check "a backup of the review was kept" "[ -s $out/example.debrief~ ]"

printf 'just words\n' >"$out/notes.txt"
"$debrief" import "$out/notes.txt" -o "$out/x.debrief" >"$out/stdout" 2>"$out/err"
check "an unknown format: exit 1 naming the file and the formats" \
  "[ $? -eq 1 ] && grep -q 'notes.txt: not a format Debrief can import (choose one of: jsonl' $out/err"
"$debrief" import /nonexistent/app.jsonl --format jsonl -o "$out/x.debrief" >"$out/stdout" 2>"$out/err"
check "an unreadable source: exit 1 naming it" "[ $? -eq 1 ] && grep -q '/nonexistent/app.jsonl' $out/err"
check "… and no review was written" "[ ! -e $out/x.debrief ]"
"$debrief" import "$fixtures/app.jsonl" >"$out/stdout" 2>"$out/err"
check "neither -o nor --into: exit 2" "[ $? -eq 2 ] && grep -q -- '--into' $out/err"
"$debrief" import --tz Mars/Olympus "$fixtures/app.jsonl" -o "$out/x.debrief" 2>"$out/err"
check "an unknown time zone: exit 2" "[ $? -eq 2 ]"

syslog=$(dirname "$0")/fixtures/syslog
irc=$(dirname "$0")/fixtures/irc
"$debrief" import --year 2026 --tz Europe/Berlin "$syslog/dst.log" -o "$out/syslog.debrief" >"$out/stdout" 2>"$out/err"
check "syslog without a year or zone, given both: exit 0" "[ $? -eq 0 ] && grep -q '^7 events added' $out/stdout"
check "… the repeated hour of the DST change read forwards" \
  "grep -q '\"start\": \"2026-10-25T01:10:00Z\"' $out/syslog.debrief"
"$debrief" import --year 2025 "$syslog/bsd.log" -o "$out/bsd.debrief" >"$out/stdout" 2>"$out/err"
check "syslog's skipped lines are named by file and line" "grep -q '^skipped bsd.log:7: expected a time' $out/stdout"
check "… and December rolls over into January" "grep -q '\"start\": \"2026-01-01T00:00:01Z\"' $out/bsd.debrief"
"$debrief" import "$irc/nodate.log" -o "$out/irc.debrief" >"$out/stdout" 2>"$out/err"
check "a chat log without a date: exit 2 (usage) asking for --date" \
  "[ $? -eq 2 ] && grep -q 'this source needs --date' $out/err && [ ! -e $out/irc.debrief ]"
"$debrief" import --date 2026-03-14 --tz Europe/Berlin "$irc/nodate.log" -o "$out/irc.debrief" >"$out/stdout" 2>"$out/err"
check "… given --date: exit 0, nicks as participant lanes" \
  "[ $? -eq 0 ] && grep -q '^2 events added.*2 lanes added' $out/stdout"
slack=$(dirname "$0")/fixtures/slack/export
"$debrief" import "$slack" -o "$out/slack.debrief" >"$out/stdout" 2>"$out/err"
check "a Slack export folder: exit 0" "[ $? -eq 0 ]"
check "… 9 messages added, 5 records skipped, 5 people and bots" \
  "grep -q '^9 events added, 0 already there, 0 outside the time window, 5 records skipped; 5 lanes added' $out/stdout"
check "… a bad message is named by file and JSON path" \
  "grep -q '^skipped incident/2026-03-15.json: \\[0\\].ts: expected a Slack time' $out/stdout"
check "… the reply links to its parent" "grep -q '\"links\": \\[\"e2\"\\]' $out/slack.debrief"
check "… a person's time zone comes along" "grep -q '\"name\": \"Bob Builder\", \"tz\": \"America/New_York\"' $out/slack.debrief"
"$debrief" validate "$out/slack.debrief" >/dev/null 2>&1
check "… and the review is valid" "[ $? -eq 0 ]"

"$MAKE_SLACK_ZIP" "$out/export.zip" "$slack"
cp "$out/slack.debrief" "$out/slack-before.debrief"
"$debrief" import "$out/export.zip" --into "$out/slack.debrief" >"$out/stdout" 2>"$out/err"
check "the same export as a zip: nothing new (exit 1), the review unchanged" \
  "[ $? -eq 1 ] && cmp -s $out/slack.debrief $out/slack-before.debrief"
"$debrief" import "$out/export.zip" -o "$out/zip.debrief" >"$out/stdout" 2>"$out/err"
check "the zip into a new review: the same 9 messages" "[ $? -eq 0 ] && grep -q '^9 events added' $out/stdout"
"$debrief" import --channel general --channel '#general' "$out/export.zip" -o "$out/general.debrief" >"$out/stdout" 2>"$out/err"
check "--channel general: only its message" "[ $? -eq 0 ] && grep -q '^1 events added' $out/stdout"
"$debrief" import --channel incidnet "$slack" -o "$out/x.debrief" >"$out/stdout" 2>"$out/err"
check "--channel with no such channel: exit 1 naming it" "[ $? -eq 1 ] && grep -q 'no channel “incidnet”' $out/err"

for kind in traversal absolute bomb; do
  "$MAKE_SLACK_ZIP" --hostile $kind "$out/$kind.zip"
  "$debrief" import "$out/$kind.zip" -o "$out/x.debrief" >"$out/stdout" 2>"$out/err"
  check "a zip with a $kind entry is refused (exit 1), nothing written" \
    "[ $? -eq 1 ] && grep -q '$kind.zip: refused: ' $out/err && [ ! -e $out/x.debrief ]"
done
printf 'PK\003\004 not a zip at all' >"$out/broken.zip"
"$debrief" import --format slack "$out/broken.zip" -o "$out/x.debrief" >"$out/stdout" 2>"$out/err"
check "a corrupt zip: exit 1, a clear error" "[ $? -eq 1 ] && grep -q 'broken.zip: not a readable zip' $out/err"

# The newer formats, detected by content; what they need from the command line.
fx=$(dirname "$0")/fixtures
"$debrief" import "$fx/trace/cut-short.json" -o "$out/trace.debrief" >"$out/stdout" 2>"$out/err"
check "a trace with no start time: exit 2 asking for --date" \
  "[ $? -eq 2 ] && grep -q 'cut-short.json: the trace’s times count from when it was recorded' $out/err && grep -q 'this source needs --date' $out/err"
"$debrief" import --date "2026-03-14 09:30:00" "$fx/trace/cut-short.json" -o "$out/trace.debrief" >"$out/stdout" 2>"$out/err"
check "… given --date with a time: exit 0, the first slice at that time" \
  "[ $? -eq 0 ] && grep -q '\"start\": \"2026-03-14T09:30:00Z\"' $out/trace.debrief"
"$debrief" import --date "2026-03-14 25:00" "$fx/trace/cut-short.json" -o "$out/x.debrief" >"$out/stdout" 2>"$out/err"
check "a --date whose time is not one: exit 2" "[ $? -eq 2 ] && grep -q 'expected a date such as' $out/err"
"$debrief" import "$fx/csv/german-headers.csv" -o "$out/x.debrief" >"$out/stdout" 2>"$out/err"
check "a table whose time column is not found: exit 2 naming --column and the headers" \
  "[ $? -eq 2 ] && grep -q 'time=HEADER (the header has: Zeit, Quelle, Notiz)' $out/err"
"$debrief" import --column time=Zeit --column lane=Quelle --column text=Notiz "$fx/csv/german-headers.csv" \
  -o "$out/csv.debrief" >"$out/stdout" 2>"$out/err"
check "… given --column: exit 0" "[ $? -eq 0 ] && grep -q '^1 events added' $out/stdout && grep -q '\"text\": \"eins\"' $out/csv.debrief"
for pair in mattermost/export.jsonl discord/incident.json teams/chat-page.json journal/system.export csv/chat.csv; do
  "$debrief" import "$fx/$pair" -o "$out/each.debrief" >"$out/stdout" 2>"$out/err"
  check "$pair is detected and imported: exit 0, records skipped are listed" \
    "[ $? -eq 0 ] && grep -q '^skipped ' $out/stdout"
  rm -f "$out/each.debrief"
done
"$debrief" import --help >"$out/stdout" 2>&1
check "--help lists --column" "grep -q -- '--column=FIELD=HEADER' $out/stdout"
check "--help lists every format" "grep -q '^  chrome-trace ' $out/stdout && grep -q '^  journal-export ' $out/stdout"

echo "1..$n"
exit $failed
