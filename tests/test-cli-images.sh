#!/usr/bin/env bash
# Attached images in `debrief export`: the example's dashboard screenshot
# as a thumbnail on the chart, and with --append-images on a page of its
# own after it — checked in the pages' pixels (pdftoppm) and text
# (pdftotext). A missing image gets a page saying so; a picture format
# refuses the option. TAP output, one line per check.
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

if ! command -v pdftoppm >/dev/null || ! command -v pdfinfo >/dev/null; then
  echo "1..0 # SKIP poppler-utils (pdftoppm, pdfinfo) not installed: build-aux/install-deps installs them"
  exit 0
fi

pages () { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }

# How many pixels of page $2 of $1 have the screenshot's dark, slightly blue
# background (23, 26, 31) — a colour the timeline's print style never uses
# (its text and greys are neutral).
dashboard_pixels () {
  pdftoppm -r 50 -f "$2" -l "$2" "$1" "$out/px" && python3 - "$out"/px-*.ppm <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
parts = data.split(maxsplit=4)
width, height = int(parts[1]), int(parts[2])
pixels = parts[4][:width * height * 3]
count = 0
for i in range(0, len(pixels), 3):
    r, g, b = pixels[i], pixels[i + 1], pixels[i + 2]
    count += abs(r - 23) <= 6 and abs(g - 26) <= 6 and abs(b - 31) <= 6 and b - r >= 5
print(count)
PY
  rm -f "$out"/px-*.ppm
}

"$debrief" export "$example" -o "$out/plain.pdf"
check "without --append-images: exit 0" "[ $? -eq 0 ]"
plain=$(pages "$out/plain.pdf")
"$debrief" export "$example" -o "$out/images.pdf" --append-images
check "--append-images: exit 0" "[ $? -eq 0 ]"
check "--append-images: one page more (the example has one image)" "[ $(pages "$out/images.pdf") -eq $((plain + 1)) ]"
last=$((plain + 1))
check "the image page holds the screenshot's pixels (over a tenth of the page)" \
  "[ \$(dashboard_pixels $out/images.pdf $last) -gt 2000 ]"
pdftotext -f $last -l $last "$out/images.pdf" "$out/last.txt"
check "the image page's caption: title, time in the review's zone, file" \
  "grep -q 'Checkout p99 dashboard, as Daniel saw it when paged' $out/last.txt && grep -q 'Sat 14 Mar 2026 09:10:02 CET' $out/last.txt && grep -q 'checkout-p99-dashboard.png' $out/last.txt && grep -q 'Attached image 1 of 1' $out/last.txt"
check "the chart page shows the thumbnail's pixels" "[ \$(dashboard_pixels $out/plain.pdf 1) -gt 20 ]"

# The review without its folder beside it: a page saying what is missing.
mkdir "$out/alone"
cp "$example" "$out/alone/"
"$debrief" export "$out/alone/$(basename "$example")" -o "$out/alone.pdf" --append-images
check "missing image: exit 0, the same number of pages" "[ $? -eq 0 ] && [ $(pages "$out/alone.pdf") -eq $last ]"
pdftotext -f $last -l $last "$out/alone.pdf" "$out/alone.txt"
check "missing image: its page names the file and why" \
  "grep -q 'Image missing' $out/alone.txt && grep -q 'checkout-p99-dashboard.png' $out/alone.txt && grep -q 'no such file' $out/alone.txt"
check "missing image: no screenshot pixels on its page or the chart" \
  "[ \$(dashboard_pixels $out/alone.pdf $last) -eq 0 ] && [ \$(dashboard_pixels $out/alone.pdf 1) -eq 0 ]"

# Roles instead of names: a screenshot may show the names, so neither
# the thumbnail nor the image is printed; its page says why.
"$debrief" export "$example" -o "$out/roles.pdf" --append-images --pseudonymise
check "--pseudonymise: exit 0, the same number of pages" "[ $? -eq 0 ] && [ $(pages "$out/roles.pdf") -eq $last ]"
pdftotext -f $last -l $last "$out/roles.pdf" "$out/roles.txt"
check "--pseudonymise: the image page says it is left out, and why" \
  "grep -q 'Image left out' $out/roles.txt && grep -q 'roles instead of names' $out/roles.txt && ! grep -q 'as Daniel saw it' $out/roles.txt"
check "--pseudonymise: no screenshot pixels on its page or the chart" \
  "[ \$(dashboard_pixels $out/roles.pdf $last) -eq 0 ] && [ \$(dashboard_pixels $out/roles.pdf 1) -eq 0 ]"

# A range without the image leaves it out.
"$debrief" export "$example" -o "$out/late.pdf" --append-images --range phase:Recovery
check "an image outside the range gets no page" "[ $? -eq 0 ] && ! pdftotext $out/late.pdf - | grep -q 'Attached image'"

# Pictures have no pages: said, not ignored.
"$debrief" export "$example" -o "$out/bad.png" --append-images 2>"$out/err"
check "--append-images with a PNG: exit 1, a message, no file" \
  "[ $? -eq 1 ] && grep -q -- '--append-images needs a PDF' $out/err && [ ! -e $out/bad.png ]"
"$debrief" export "$example" -o "$out/bad.svg" --append-images 2>"$out/err"
check "--append-images with an SVG: exit 1" "[ $? -eq 1 ] && [ ! -e $out/bad.svg ]"

echo "1..$n"
exit $failed
