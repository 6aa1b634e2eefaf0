#!/bin/sh
# Build FT-179: Python -> flat ODT -> .odt (LibreOffice headless) -> plain text (odt2txt).
set -e
cd "$(dirname "$0")"
W=$(mktemp -d)
python3 make_fodt.py "$W/ft179-mosselbankkoorts.fodt"
soffice -env:UserInstallation=file://$W/lo-profile --headless \
  --convert-to odt --outdir "$W" "$W/ft179-mosselbankkoorts.fodt"
odt2txt --width=80 --output=../ft179-mosselbankkoorts.txt "$W/ft179-mosselbankkoorts.odt"
rm -rf "$W"
