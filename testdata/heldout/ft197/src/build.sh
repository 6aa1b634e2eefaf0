#!/bin/sh
# Build: Python -> flat ODT (.fodt) -> LibreOffice Writer PDF export -> MuPDF text output, in a temporary directory
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
python3 make_fodt.py "$TMP/klutenkoorts.fodt"
soffice --headless -env:UserInstallation=file://$TMP/profile --convert-to pdf --outdir "$TMP" "$TMP/klutenkoorts.fodt"
mutool draw -F txt -o ../ft197-klutenkoorts.txt "$TMP/klutenkoorts.pdf"
rm -rf "$TMP"
