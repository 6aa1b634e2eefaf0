#!/bin/sh
# Bouwt de fictieve standaard FT-124 met txt2tags 3.4 (Debian-pakket txt2tags).
# De CSS wordt met %!style gekoppeld en hier in het HTML-bestand ingebed,
# zodat ../ een enkel zelfstandig bestand bevat.
set -e
cd "$(dirname "$0")"
txt2tags -t html --toc -o ../ft124-lisdoddehoest.tmp.html lisdoddehoest.t2t
python3 - <<'PY'
css = open('lisdodde.css', encoding='utf-8').read()
h = open('../ft124-lisdoddehoest.tmp.html', encoding='utf-8').read()
h = h.replace('<link rel="stylesheet" href="lisdodde.css">', '<style>\n' + css + '</style>')
open('../ft124-lisdoddehoest.html', 'w', encoding='utf-8').write(h)
PY
rm -f ../ft124-lisdoddehoest.tmp.html
