#!/bin/sh
# Builds the PDF of the fictional guideline FT-229: src/make_fodt.py writes a flat
# OpenDocument text (plain XML strings), LibreOffice Writer headless exports it to PDF
# (Debian 12: apt-get install -y python3 libreoffice-writer-nogui fonts-liberation2).
set -e
cd "$(dirname "$0")"
WORK=$(mktemp -d)
python3 make_fodt.py "$WORK/ft229-hooiblaarziekte.fodt"
soffice -env:UserInstallation=file://$WORK/profile --headless --convert-to pdf \
  --outdir .. "$WORK/ft229-hooiblaarziekte.fodt"
rm -rf "$WORK"
