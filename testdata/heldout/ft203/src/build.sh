#!/bin/sh
# Builds ../ft203-dauwkoorts.pdf from dauwkoorts.xml (DocBook 5) with dblatex.
set -eu
cd "$(dirname "$0")"
OUT=..
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp dauwkoorts.xml "$TMP/"
( cd "$TMP" && dblatex -q -b pdftex -o dauwkoorts.pdf dauwkoorts.xml )
cp "$TMP/dauwkoorts.pdf" "$OUT/ft203-dauwkoorts.pdf"
