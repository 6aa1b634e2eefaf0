#!/bin/sh
# Build ../ft205-reigerroos.html from reigerroos.7.ronn with Ronn-NG 0.9.1
# (Debian package ronn 0.9.1-3, kramdown 2.4.0), full HTML page with the
# default man-page layout (ronn --html).
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp reigerroos.7.ronn "$TMP/"
ronn --html --date=2026-03-15 --manual="Fictieve NHG-Standaarden" \
  --organization="Werkgroep FT-205" --output-dir "$TMP" "$TMP/reigerroos.7.ronn"
mkdir -p ..
cp "$TMP/reigerroos.7.html" ../ft205-reigerroos.html
