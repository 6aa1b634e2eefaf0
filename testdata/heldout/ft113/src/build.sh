#!/bin/sh
# Rebuild FT-113: Hexo 7.3.0 site (landscape theme, hexo-renderer-marked) -> ../ft113-bremkoorts.html
set -e
cd "$(dirname "$0")/blog"
[ -d node_modules ] || npm ci
npx hexo clean
npx hexo generate
cp public/2026/03/01/fictieve-standaard-bremkoorts/index.html ../../ft113-bremkoorts.html
npx hexo clean
