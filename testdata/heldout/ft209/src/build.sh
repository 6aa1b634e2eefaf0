#!/bin/sh
# Builds ../ft209-gruttelhoest.pdf from the man page source gruttelhoest.7
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
groff -man -t -Tpdf -Kutf8 gruttelhoest.7 > "$TMP/gruttelhoest.pdf"
cp "$TMP/gruttelhoest.pdf" ../ft209-gruttelhoest.pdf
