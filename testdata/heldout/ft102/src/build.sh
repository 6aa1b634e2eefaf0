#!/bin/sh
# Rebuild FT-102: fodt -> LibreOffice Writer HTML export
set -e
cd "$(dirname "$0")"
python3 make_fodt.py ft102-schilferkoorts.fodt
rm -rf out
soffice -env:UserInstallation=file://${TMPDIR:-/tmp}/ft102-profile --headless --convert-to html --outdir out ft102-schilferkoorts.fodt
cp out/ft102-schilferkoorts.html ../
rm -rf out
