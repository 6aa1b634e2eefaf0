#!/bin/sh
# Build ft175: python-docx -> .docx, LibreOffice -> Word 97-2003 .doc, catdoc -w -> .txt
set -e
cd "$(dirname "$0")"
NAME=ft175-slikwierkoorts
WORK=$(mktemp -d)
/usr/bin/python3 make_docx.py "$WORK/$NAME.docx"
soffice -env:UserInstallation=file://$WORK/lo-profile --headless --convert-to doc --outdir "$WORK" "$WORK/$NAME.docx"
LANG=C.UTF-8 LC_ALL=C.UTF-8 catdoc -w "$WORK/$NAME.doc" > "../$NAME.txt"
rm -rf "$WORK"
