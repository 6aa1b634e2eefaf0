#!/bin/sh
# Build the FT-138 werkkaart: Python writes a flat ODF drawing (.fodg),
# LibreOffice Draw (headless) exports it to PDF in ../.
set -e
cd "$(dirname "$0")"
python3 make_fodg.py ft138-hazelvlekziekte.fodg
PROFILE="$(mktemp -d /tmp/ft138-lo-profile.XXXXXX)"
soffice -env:UserInstallation="file://$PROFILE" --headless \
  --convert-to pdf:draw_pdf_Export --outdir .. ft138-hazelvlekziekte.fodg
rm -rf "$PROFILE"
pdfinfo ../ft138-hazelvlekziekte.pdf
