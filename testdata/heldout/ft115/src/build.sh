#!/bin/sh
# Build the FT-115 guideline page with Eleventy 3 and copy it to ../
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm install
rm -rf _site
npx @11ty/eleventy
cp _site/standaarden/grienduitslag/index.html ../ft115-grienduitslag.html
echo "written ../ft115-grienduitslag.html"
