#!/bin/sh
# FT-95: render the reveal.js deck (npm reveal.js, package.json) in headless
# Chromium and save the DOM after Reveal.initialize(): its controls,
# progress bar, slide number and aria-status, and hidden/aria-hidden on
# every slide but the current one. The styles' and scripts' contents are
# left out of the saved page (they are no text of it).
set -e
cd "$(dirname "$0")"
npm install --no-audit --no-fund >/dev/null
rm -rf render && mkdir render
cp ft95-wadvlekken.src.html render/index.html
cp -r node_modules/reveal.js/dist render/
chromium --headless --no-sandbox --disable-gpu --window-size=1280,800 \
  --virtual-time-budget=8000 --dump-dom "file://$PWD/render/index.html" > render/dumped.html 2>/dev/null
python3 -c 'import re,sys; s=open("render/dumped.html",encoding="utf-8").read(); open(sys.argv[1],"w",encoding="utf-8").write(re.sub(r"(<(script|style)\b[^>]*>).*?(</\2>)", r"\1\3", s, flags=re.S|re.I))' ../ft95-wadvlekken.html
rm -rf render node_modules package-lock.json
