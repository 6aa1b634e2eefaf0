#!/bin/sh
# Reproducible build: python-docx -> .docx -> LibreOffice 7.4 XSLT 'XHTML Writer File' export -> .html
set -e
cd "$(dirname "$0")"
W=$(mktemp -d)
/usr/bin/python3 make_docx.py "$W/ft182-krooskoorts.docx"
soffice -env:UserInstallation=file://$W/lo-profile --headless \
  --convert-to 'xhtml:XHTML Writer File:UTF8' --outdir "$W" "$W/ft182-krooskoorts.docx"
cp "$W/ft182-krooskoorts.xhtml" ../ft182-krooskoorts.html
rm -rf "$W"
