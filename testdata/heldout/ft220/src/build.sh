#!/bin/sh
# Builds the final HTML page of the fictional guideline FT-220 with markdown-it 15.0.3 (npm),
# installed outside src: npm install --prefix /tmp/markdown-it markdown-it@15.0.3
set -e
cd "$(dirname "$0")"
NODE_PATH=${NODE_PATH:-/tmp/markdown-it/node_modules} node render.js krakeelkoorts.md ../ft220-krakeelkoorts.html
