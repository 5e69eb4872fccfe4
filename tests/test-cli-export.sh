#!/usr/bin/env bash
# `debrief export` as a person types it: every format, checked with the
# tools a person would use (file sizes, pdfinfo, pdftotext, pdftoppm), and
# every kind of bad input refused with a message and no output left behind.
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

"$debrief" export "$example" -o "$out/whole.png" 2>"$out/err"
check "png exits 0" "[ $? -eq 0 ]"
check "png is a PNG 1920 wide" "[ \"\$(head -c 8 $out/whole.png | od -An -c | tr -d ' ')\" = '211PNG\\r\\n032\\n' ] && [ \$(python3 -c \"import struct;d=open('$out/whole.png','rb').read(24);print(struct.unpack('>I',d[16:20])[0])\") -eq 1920 ]"

"$debrief" export "$example" -o "$out/whole.svg" --style dark
check "svg exits 0 and is SVG" "[ $? -eq 0 ] && grep -q '<svg' $out/whole.svg"

"$debrief" export "$example" -o "$out/print.pdf" --style print --width 1600 --from 09:15 --to 09:25 --time utc
check "pdf exits 0" "[ $? -eq 0 ]"
if command -v pdfinfo >/dev/null; then
  check "pdf has one page" "pdfinfo $out/print.pdf | grep -q 'Pages: *1'"
  check "pdf holds the title and a lane" "pdftotext $out/print.pdf - | grep -q 'Checkout latency' && pdftotext $out/print.pdf - | grep -q 'Priya Raman'"
  check "pdf renders" "pdftoppm -r 30 -png -f 1 -l 1 $out/print.pdf $out/page && [ -s $out/page-1.png ]"
fi

"$debrief" export "$example" -o "$out/bad.jpg" 2>"$out/err"
check "unknown format: exit 1 with a message" "[ $? -eq 1 ] && grep -q 'png, .svg or .pdf' $out/err && [ ! -e $out/bad.jpg ]"

"$debrief" export "$example" -o "$out/bad.png" --from yesterday 2>"$out/err"
check "bad --from: exit 1 naming it" "[ $? -eq 1 ] && grep -q -- '--from' $out/err && [ ! -e $out/bad.png ]"

"$debrief" export "$example" -o "$out/bad.png" --style neon 2>"$out/err"
check "bad --style: exit 1 naming it" "[ $? -eq 1 ] && grep -q -- '--style' $out/err"

"$debrief" export /nonexistent/review.debrief -o "$out/bad.png" 2>"$out/err"
check "missing review: exit 1 naming it" "[ $? -eq 1 ] && grep -q 'review.debrief: cannot be opened' $out/err && [ ! -e $out/bad.png ]"

"$debrief" export "$example" -o "$out/missing-folder/x.pdf" 2>"$out/err"
check "unwritable output: exit 1, nothing left" "[ $? -eq 1 ] && grep -q 'does not exist' $out/err && [ -z \"\$(ls -A $out | grep -v -e whole -e print -e page -e err)\" ]"

echo "1..$n"
exit $failed
