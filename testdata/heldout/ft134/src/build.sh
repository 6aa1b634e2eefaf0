#!/bin/sh
# Build the fictional samenvattingskaart FT-134 with Inkscape 1.2 (Debian package inkscape).
# make_svg.py writes one multi-page SVG (4 inkscape:page elements, Inkscape 1.2 multipage);
# inkscape exports all pages into one PDF, text kept as text (no --export-text-to-path).
set -e
cd "$(dirname "$0")"
mkdir -p build
/usr/bin/python3 make_svg.py build/korsveldkoorts.svg build/lines.txt
inkscape --export-type=pdf --export-pdf-version=1.5 \
  --export-filename=../ft134-korsveldkoorts.pdf build/korsveldkoorts.svg 2>build/inkscape.log
pdfinfo ../ft134-korsveldkoorts.pdf | grep -E 'Creator|Producer|Pages'
