#!/bin/bash
# Build ../ft207-tuitelkramp.html: flat ODT -> LibreOffice PDF -> pdftohtml single HTML.
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 make_fodt.py "$TMP/tuitelkramp.fodt"
soffice --headless -env:UserInstallation=file://$TMP/profile --convert-to pdf --outdir "$TMP" "$TMP/tuitelkramp.fodt"
cp "$TMP/tuitelkramp.pdf" "$TMP/ft207-tuitelkramp.pdf"
pdftohtml -s -i -noframes "$TMP/ft207-tuitelkramp.pdf" "$TMP/ft207-tuitelkramp"
cp "$TMP/ft207-tuitelkramp.html" ../ft207-tuitelkramp.html
