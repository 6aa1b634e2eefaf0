#!/bin/sh
# Builds ../ft184-rietvoet.html from the Markdown source with marked (npm).
set -e
cd "$(dirname "$0")"
[ -d node_modules/marked ] || npm install
node build.mjs ft184-rietvoet.md ../ft184-rietvoet.html
