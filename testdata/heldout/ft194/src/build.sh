#!/bin/sh
# Builds ../ft194-brakwaterkoorts.html from brakwaterkoorts.md (needs: npm install in this directory).
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm install --no-save
node build.mjs brakwaterkoorts.md ../ft194-brakwaterkoorts.html
