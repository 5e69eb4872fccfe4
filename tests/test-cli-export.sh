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

# Written in strips through libpng: a well-formed file (every chunk's CRC,
# one zlib stream holding every row) in RGB, as the picture is opaque.
png_valid () {
  python3 - "$1" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n'
pos, idat, chunks = 8, b'', []
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    assert struct.unpack('>I', data[pos + 8 + length:pos + 12 + length])[0] == zlib.crc32(kind + body)
    chunks.append(kind)
    idat += body if kind == b'IDAT' else b''
    pos += 12 + length
width, height, depth, colour = struct.unpack('>IIBB', data[16:26])
assert chunks[0] == b'IHDR' and chunks[-1] == b'IEND' and depth == 8 and colour == 2
assert len(zlib.decompress(idat)) == height * (1 + 3 * width)
PY
}
check "png is well formed, RGB, every row present" "png_valid $out/whole.png"
"$debrief" export "$example" -o "$out/wide.png" --width 20000 --style dark
check "png 20,000 px wide in the dark style is well formed" "[ $? -eq 0 ] && png_valid $out/wide.png"

"$debrief" export "$example" -o "$out/whole.svg" --style dark
check "svg exits 0 and is SVG" "[ $? -eq 0 ] && grep -q '<svg' $out/whole.svg"

"$debrief" export "$example" -o "$out/print.pdf" --style print --width 1600 --from 09:15 --to 09:25 --time utc
check "pdf exits 0" "[ $? -eq 0 ]"
if command -v pdfinfo >/dev/null; then
  check "pdf has one page" "pdfinfo $out/print.pdf | grep -q 'Pages: *1'"
  check "pdf holds the title and a lane" "pdftotext $out/print.pdf - | grep -q 'Checkout latency' && pdftotext $out/print.pdf - | grep -q 'Priya Raman'"
  check "pdf renders" "pdftoppm -r 30 -png -f 1 -l 1 $out/print.pdf $out/page && [ -s $out/page-1.png ]"
fi

# --height is the whole picture's, title and legend included.
"$debrief" export "$example" -o "$out/sized.png" --height 1080
check "--height 1080 gives a PNG 1080 high" "[ \$(python3 -c \"import struct;d=open('$out/sized.png','rb').read(24);print(struct.unpack('>I',d[20:24])[0])\") -eq 1080 ]"

# Perspectives side by side: a group above the lanes, in every format.
png_height () { python3 -c "import struct;d=open('$1','rb').read(24);print(struct.unpack('>I',d[20:24])[0])"; }
"$debrief" export "$example" -o "$out/persp.png" --perspectives all
check "--perspectives all: png exits 0" "[ $? -eq 0 ]"
check "--perspectives all: taller than without" "[ \$(png_height $out/persp.png) -gt \$(png_height $out/whole.png) ]"
"$debrief" export "$example" -o "$out/persp.svg" --perspectives p-maya,p-sam --split-kinds
check "--perspectives with --split-kinds: svg" "[ $? -eq 0 ] && grep -q '<svg' $out/persp.svg"
"$debrief" export "$example" -o "$out/persp.pdf" --style print --from 09:10 --to 09:26 \
  --perspectives p-tomas,p-priya --pin p-priya
check "--perspectives: pdf exits 0" "[ $? -eq 0 ]"
if command -v pdftotext >/dev/null; then
  pdftotext -layout "$out/persp.pdf" "$out/persp.txt"
  check "pdf shows the group, the accounts and their entries" "grep -q 'Perspectives *2' $out/persp.txt && grep -q 'Tomás: the network view' $out/persp.txt && grep -q 'I cancelled the reindex' $out/persp.txt"
  check "pdf: the pinned perspective first, marked as the reference" "grep -q 'Reference · Priya: the database view' $out/persp.txt && [ \$(grep -n 'Priya Raman' $out/persp.txt | head -1 | cut -d: -f1) -lt \$(grep -n 'Tomás Lindqvist' $out/persp.txt | head -1 | cut -d: -f1) ]"
  check "pdf legend explains entries" "grep -q 'Believed' $out/persp.txt && grep -q 'Told in the review' $out/persp.txt && grep -q 'Found in artefacts' $out/persp.txt"
  pdftotext "$out/print.pdf" "$out/print.txt"
  check "without --perspectives: no group, no entry legend" "! grep -q -e 'Perspectives' -e 'Told in the review' $out/print.txt"
  "$debrief" export "$example" -o "$out/split.pdf" --style print --perspectives p-dev --split-kinds
  check "--split-kinds: a row per kind" "pdftotext $out/split.pdf - | grep -q '^Believed$'"
fi

"$debrief" export "$example" -o "$out/bad.png" --perspectives p-maya,p-nobody 2>"$out/err"
check "unknown perspective: exit 1 naming it and the known ones" "[ $? -eq 1 ] && grep -q 'p-nobody' $out/err && grep -q 'p-maya, p-priya' $out/err && [ ! -e $out/bad.png ]"

"$debrief" export "$example" -o "$out/bad.png" --split-kinds 2>"$out/err"
check "--split-kinds without --perspectives: exit 1" "[ $? -eq 1 ] && grep -q -- '--perspectives' $out/err && [ ! -e $out/bad.png ]"

"$debrief" export "$example" -o "$out/bad.png" --perspectives p-maya --pin p-sam 2>"$out/err"
check "--pin of a perspective not shown: exit 1" "[ $? -eq 1 ] && grep -q -- '--pin' $out/err && [ ! -e $out/bad.png ]"

"$debrief" export "$example" -o "$out/bad.jpg" 2>"$out/err"
check "unknown format: exit 1 with a message" "[ $? -eq 1 ] && grep -q 'png, .svg, .pdf, .md or .csv' $out/err && [ ! -e $out/bad.jpg ]"

"$debrief" export "$example" -o "$out/bad.png" --from yesterday 2>"$out/err"
check "bad --from: exit 1 naming it" "[ $? -eq 1 ] && grep -q -- '--from' $out/err && [ ! -e $out/bad.png ]"

"$debrief" export "$example" -o "$out/bad.png" --style neon 2>"$out/err"
check "bad --style: exit 1 naming it" "[ $? -eq 1 ] && grep -q -- '--style' $out/err"

# Paged PDF, reports and pseudonyms (issue 7).
"$debrief" export "$example" -o "$out/pages.pdf" --pages 3 --range phase:Diagnosis --legend
# Three pages across; the example's two charts make the lanes taller than a
# page, so they continue on a second row of three.
check "--pages 3 --range phase:Diagnosis: three pages of the phase" "[ $? -eq 0 ] && pdfinfo $out/pages.pdf | grep -q 'Pages: *6' && pdftotext $out/pages.pdf - | grep -q '09:12:10 CET'"
"$debrief" export "$example" -o "$out/pages.pdf" --range 09:10..09:20 --pages 2 --notes --pseudonymise --lanes maya,priya,api
check "--pseudonymise --lanes: roles, chosen lanes, shared notes only" "[ $? -eq 0 ] && pdftotext $out/pages.pdf - > $out/pages.txt && grep -q 'Incident Commander' $out/pages.txt && ! grep -q 'Maya Okafor' $out/pages.txt && ! grep -q 'Orders read replica' $out/pages.txt && ! grep -q 'Ask Daniel' $out/pages.txt"
"$debrief" export "$example" -o "$out/report.md" --range incident
check "-o report.md writes the report" "[ $? -eq 0 ] && head -1 $out/report.md | grep -q '^# Checkout latency' && grep -q '^## Action items' $out/report.md && ! grep -q 'Ask Daniel' $out/report.md"
"$debrief" export "$example" -o "$out/events.csv" --pseudonymise=letters
check "-o events.csv with letters" "[ $? -eq 0 ] && head -1 $out/events.csv | grep -q '^id,start,end,lane' && grep -q 'Participant A' $out/events.csv && ! grep -q 'Priya Raman' $out/events.csv"
"$debrief" export "$example" -o "$out/bad.pdf" --range phase:Lunch 2>"$out/err"
check "--range phase:unknown names the phases" "[ $? -eq 1 ] && grep -q 'no phase “Lunch”' $out/err && [ ! -e $out/bad.pdf ]"
"$debrief" export "$example" -o "$out/bad.csv" --lanes nobody 2>"$out/err"
check "--lanes with an unknown id" "[ $? -eq 1 ] && grep -q 'no lane “nobody”' $out/err"
"$debrief" export "$example" -o "$out/bad.md" --pseudonymise=nicknames 2>"$out/err"
check "--pseudonymise=nicknames refused" "[ $? -eq 1 ] && grep -q 'roles or letters' $out/err"

"$debrief" export /nonexistent/review.debrief -o "$out/bad.png" 2>"$out/err"
check "missing review: exit 1 naming it" "[ $? -eq 1 ] && grep -q 'review.debrief: cannot be opened' $out/err && [ ! -e $out/bad.png ]"

"$debrief" export "$example" -o "$out/missing-folder/x.pdf" 2>"$out/err"
check "unwritable output: exit 1, nothing left" "[ $? -eq 1 ] && grep -q 'does not exist' $out/err && [ -z \"\$(ls -A $out | grep -v -e whole -e wide -e print -e page -e err -e sized -e persp -e split -e report -e events)\" ]"

echo "1..$n"
exit $failed
