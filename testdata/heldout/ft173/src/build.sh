#!/bin/sh
# Reproducible build: node (v20) + html-to-text 9.0.5 from npm.
set -e
cd "$(dirname "$0")"
[ -d node_modules/html-to-text ] || npm install --no-save html-to-text@9.0.5
node convert.js veenmolkoorts.html ../ft173-veenmolkoorts.txt
