#!/bin/sh
# Builds the PDF of the fictional guideline FT-233: LibreOffice Writer headless exports
# the hand-written flat OpenDocument text kolmeritis.fodt to PDF (Debian:
# apt-get install -y libreoffice-writer-nogui) and writes ../ft233-kolmeritis.pdf.
set -e
cd "$(dirname "$0")"
OUT=$(mktemp -d)
soffice --headless -env:UserInstallation=file://$(mktemp -d) --convert-to pdf --outdir "$OUT" kolmeritis.fodt
cp "$OUT/kolmeritis.pdf" ../ft233-kolmeritis.pdf
rm -rf "$OUT"
