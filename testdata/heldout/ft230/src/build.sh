#!/bin/sh
# Builds the PDF of the fictional guideline FT-230: src/make_fodt.py writes a flat
# OpenDocument text (plain XML strings), LibreOffice Writer headless exports it to PDF
# (Debian: apt-get install -y python3 libreoffice-writer-nogui fonts-liberation2).
set -e
cd "$(dirname "$0")"
WORK=$(mktemp -d)
python3 make_fodt.py "$WORK/ft230-lijsterbesuitslag.fodt"
soffice -env:UserInstallation=file://$WORK/profile --headless --convert-to pdf \
  --outdir .. "$WORK/ft230-lijsterbesuitslag.fodt"
rm -rf "$WORK"
