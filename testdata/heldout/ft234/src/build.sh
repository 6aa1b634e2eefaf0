#!/bin/sh
# Builds the PDF of the fictional guideline FT-234: headless Chromium prints
# morvelkoorts.html to PDF with its default header and footer (date, title, file://
# URL, page numbers) and writes ../ft234-morvelkoorts.pdf.
set -e
cd "$(dirname "$0")"
UD=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$UD" \
  --print-to-pdf="$UD/morvelkoorts.pdf" "file://$(pwd)/morvelkoorts.html"
cp "$UD/morvelkoorts.pdf" ../ft234-morvelkoorts.pdf
rm -rf "$UD"
