#!/bin/sh
# Build ft163-veenkoorts.txt: python-docx writes a .docx (Debian
# python3-docx), LibreOffice headless saves it as a Word 97-2003 .doc, and
# antiword 0.37 (Debian antiword) prints it as text, 100 columns wide.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
/usr/bin/python3 "$HERE/make_docx.py" "$WORK/ft163-veenkoorts.docx"
soffice -env:UserInstallation=file://$WORK/lo-profile --headless \
    --convert-to doc --outdir "$WORK" "$WORK/ft163-veenkoorts.docx"
# UTF-8 locale, as on a current Linux desktop; antiword picks its mapping file from it.
LC_ALL=C.UTF-8 antiword -w 100 "$WORK/ft163-veenkoorts.doc" > "$HERE/../ft163-veenkoorts.txt"
sha256sum "$HERE/../ft163-veenkoorts.txt"
