#!/bin/sh
# Build ../ft200-kwelderhoest.html from kwelderhoest.md with remarkable 2.x
set -e
cd "$(dirname "$0")"
[ -d node_modules/remarkable ] || npm install
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
node build.js kwelderhoest.md "$TMP/ft200-kwelderhoest.html"
mkdir -p ..
cp "$TMP/ft200-kwelderhoest.html" ../ft200-kwelderhoest.html
