#!/bin/sh
# Rebuild FT-112: Astro 5.18.2 + @astrojs/starlight 0.37.7 on node 20.
# npm install astro@5.18.2 @astrojs/starlight@0.37.7   (once)
set -e
cd "$(dirname "$0")"
npx astro build
python3 strip.py dist/standaard/brinkse-gewrichtskoorts/index.html ../ft112-brinkse-gewrichtskoorts.html

rm -rf dist
