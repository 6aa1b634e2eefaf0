#!/bin/sh
# Build the fictional guideline FT-214 (Venkelroos) as PDF with LibreOffice Writer.
set -eu
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 make_fodt.py "$TMP/ft214-venkelroos.fodt"
soffice --headless -env:UserInstallation=file://$TMP/profile \
  --convert-to pdf --outdir "$TMP" "$TMP/ft214-venkelroos.fodt" >/dev/null 2>&1
cp "$TMP/ft214-venkelroos.pdf" ../ft214-venkelroos.pdf
