#!/bin/sh
# Build the FT-206 fictional guideline with RDoc (darkfish) and copy the one page out.
set -eu
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp ft206-veenkoorts.md "$TMP/"
( cd "$TMP" && LANG=C.UTF-8 rdoc --format=darkfish --markup=markdown --encoding=UTF-8 \
    --title "Fictieve Standaard Veenkoorts (FT-206)" --output out ft206-veenkoorts.md >/dev/null )
mkdir -p ..
cp "$TMP/out/ft206-veenkoorts_md.html" ../ft206-veenkoorts.html
