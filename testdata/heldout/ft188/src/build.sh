#!/bin/sh
# Builds ../ft188-turfschurft.html:
#  1. make_fodt.py writes turfschurft.fodt (flat ODT: heading styles, lists, text:note footnotes,
#     tables with a vertically merged drug cell, running header/footer);
#  2. LibreOffice 7.4.7 (Debian libreoffice-writer-nogui 4:7.4.7-1+deb12u14) converts it to Word 97 .doc;
#  3. wvHtml 1.2.9 (Debian wv 1.2.9-5) converts the .doc to HTML, run in a temp dir.
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
/usr/bin/python3 make_fodt.py "$TMP/turfschurft.fodt"
soffice --headless -env:UserInstallation=file://$TMP/profile --convert-to doc --outdir "$TMP" "$TMP/turfschurft.fodt"
mkdir "$TMP/wv"
cp "$TMP/turfschurft.doc" "$TMP/wv/"
(cd "$TMP/wv" && wvHtml turfschurft.doc ft188-turfschurft.html)
cp "$TMP/wv/ft188-turfschurft.html" ../ft188-turfschurft.html
rm -rf "$TMP"
