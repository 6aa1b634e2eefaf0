#!/bin/sh
# Builds ../ft190-hoornbeekkoorts.html from hoornbeekkoorts.md (needs: npm install in this directory).
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm install --no-save
node build.mjs hoornbeekkoorts.md ../ft190-hoornbeekkoorts.html
