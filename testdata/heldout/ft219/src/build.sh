#!/bin/sh
# Build the fictional guideline FT-219 (Zilkeel) as HTML with LibreOffice Writer's own HTML export.
set -eu
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 make_fodt.py "$TMP/ft219-zilkeel.fodt"
soffice --headless -env:UserInstallation=file://$TMP/profile \
  --convert-to html:"HTML (StarWriter)" --outdir "$TMP" "$TMP/ft219-zilkeel.fodt" >/dev/null 2>&1
cp "$TMP/ft219-zilkeel.html" ../ft219-zilkeel.html
