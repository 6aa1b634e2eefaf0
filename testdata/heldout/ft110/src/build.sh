#!/bin/sh
# Rebuild the FT-110 document: MJML (npm mjml, default CLI options) -> HTML
set -e
cd "$(dirname "$0")"
[ -d node_modules/mjml ] || npm install mjml
npx mjml standaard-update.mjml -o ../ft110-gorsvlekkenziekte.html
