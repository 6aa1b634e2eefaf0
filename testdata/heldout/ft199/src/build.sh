#!/bin/sh
# Build ../ft199-rimpelhoest.html from rimpelhoest.text with John Gruber's
# Markdown.pl 1.0.1 (Debian package markdown), wrapped in a small page template.
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
markdown rimpelhoest.text > "$TMP/body.html"
cat header.html "$TMP/body.html" footer.html > "$TMP/page.html"
mkdir -p ..
cp "$TMP/page.html" ../ft199-rimpelhoest.html
