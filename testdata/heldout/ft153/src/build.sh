#!/bin/sh
# Bouwt de fictieve standaard FT-153 met de teksbouwer van Sphinx (Debian python3-sphinx)
set -e
cd "$(dirname "$0")"
python3 gentable.py > dosetabel.inc
python3 - <<'PY'
t = open('index.rst.in', encoding='utf-8').read()
tab = open('dosetabel.inc', encoding='utf-8').read().rstrip('\n')
tab = '\n'.join('   ' + l for l in tab.split('\n'))
open('index.rst', 'w', encoding='utf-8').write(t.replace('@@DOSETABEL@@', tab))
PY
rm -rf _build
sphinx-build -b text . _build/text
cp _build/text/index.txt ../ft153-slikkenkoorts.txt
