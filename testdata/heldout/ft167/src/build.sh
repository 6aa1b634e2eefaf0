#!/bin/sh
# Converts the CMS-rendered guideline page (page.html) to Markdown with turndown 7.2.5
# and turndown-plugin-gfm 1.0.2 (npm), headingStyle atx, bulletListMarker -.
# Needs: npm install turndown@7.2.5 turndown-plugin-gfm@1.0.2 (in this directory).
set -e
cd "$(dirname "$0")"
[ -d node_modules/turndown ] || npm install --no-save turndown@7.2.5 turndown-plugin-gfm@1.0.2
node convert.js page.html ../ft167-kemphaankoorts.md
