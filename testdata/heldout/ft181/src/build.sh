#!/bin/sh
# Build ft181-krooshoutkoorts.pdf: Python -> .fodt -> LibreOffice Writer PDF -> pdftocairo (cairo) PDF
set -e
cd "$(dirname "$0")"
W=$(mktemp -d)
python3 make_fodt.py "$W/krooshoutkoorts.fodt"
soffice -env:UserInstallation=file://$W/profile --headless --convert-to pdf --outdir "$W" "$W/krooshoutkoorts.fodt"
pdftocairo -pdf "$W/krooshoutkoorts.pdf" ../ft181-krooshoutkoorts.pdf
rm -rf "$W"
