#!/bin/sh
# Rebuild FT-108: HonKit book in src/book -> ../ft108-veenrandkoorts.html (the built guideline chapter page, unmodified)
set -e
cd "$(dirname "$0")"
[ -d node_modules/honkit ] || npm install honkit@6.1.7
cd book
rm -rf _book
npx honkit build
cp _book/standaard.html ../../ft108-veenrandkoorts.html
rm -rf _book
