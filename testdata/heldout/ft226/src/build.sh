#!/bin/sh
# Builds the PDF of the fictional guideline FT-226: python-docx (Debian python3-docx 0.8.11+dfsg1-5)
# writes the .docx, LibreOffice Writer headless (Debian libreoffice-writer-nogui 4:7.4.7-1+deb12u14)
# exports it to PDF.  apt-get install -y python3-docx libreoffice-writer-nogui fonts-liberation2
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
/usr/bin/python3 make_docx.py "$TMP/ft226-sluierkoorts.docx"
soffice -env:UserInstallation=file://$TMP/profile --headless --convert-to pdf --outdir .. "$TMP/ft226-sluierkoorts.docx"
rm -rf "$TMP"
