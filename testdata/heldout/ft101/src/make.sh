#!/bin/sh
# Zet de UTF-8-bron om naar groff-escapes en maak de HTML met grohtml.
set -e
cd "$(dirname "$0")"
python3 - <<'PY'
m = {'ë':r'\[:e]','ï':r'\[:i]','é':r'\['+"'"+'e]','ó':r'\['+"'"+'o]','≥':r'\[>=]','≤':r'\[<=]','×':r'\[mu]','°':r'\[de]','²':r'\[S2]','–':r'\[en]','è':r'\['+"`"+'e]'}
s = open('glimmerkoorts.ms.utf8', encoding='utf-8').read()
for k, v in m.items():
    s = s.replace(k, v)
bad = sorted({c for c in s if ord(c) > 127})
assert not bad, bad
open('doc.ms', 'w', encoding='ascii').write(s)
PY
groff -ms -t -Thtml doc.ms > out.html
rm -f grohtml-*.png   # pre-grohtml still renders the (now unused) table PNG
mv out.html ../ft101-glimmerkoorts.html
rm -f doc.ms grohtml-*.png
