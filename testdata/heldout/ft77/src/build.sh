#!/bin/bash
# Build FT-77 in a scratch directory: fodt -> PDF (LibreOffice) -> 300 dpi
# grey pages -> scanner degradation (ImageMagick: a small rotation, noise,
# blur) -> Tesseract 5 (nld) -> one PDF with an invisible text layer.
# Usage: build.sh OUT.pdf   (needs soffice, pdftoppm, convert, tesseract)
set -e
src=$(cd "$(dirname "$0")" && pwd)
out=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 "$src/make_fodt.py" ft77-polderhoest.fodt
soffice --headless --convert-to pdf ft77-polderhoest.fodt --outdir . >/dev/null 2>&1
mkdir pages
pdftoppm -r 300 -gray ft77-polderhoest.pdf pages/p
angles=(0.4 -0.6 0.7 -0.3 0.5 -0.8 0.6)
i=0
for f in pages/p-*.pgm; do
  a=${angles[$i]}; i=$((i+1))
  convert "$f" -background white -rotate "$a" -attenuate 0.35 +noise Gaussian -blur 0x0.6 -level 8%,92% -depth 8 "${f%.pgm}.png"
done
ls pages/p-*.png > pages/list.txt
tesseract pages/list.txt "${out%.pdf}" -l nld pdf
# (noise is random: a rebuild reads differently from the committed file)
