#!/bin/sh
# Build ../ft202-slikrandkoorts.html with python-markdown2 (Debian python3-markdown2 2.4.1-1).
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 make_page.py slikrandkoorts.md "$TMP/ft202-slikrandkoorts.html"
mkdir -p ..
cp "$TMP/ft202-slikrandkoorts.html" ../ft202-slikrandkoorts.html
