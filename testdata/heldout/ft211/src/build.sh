#!/bin/sh
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
rst2html5 --no-datestamp --halt=warning kwelderkoorts.rst "$TMP/out.html"
cp "$TMP/out.html" ../ft211-kwelderkoorts.html
