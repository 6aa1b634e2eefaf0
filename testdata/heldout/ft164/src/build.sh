#!/bin/sh
# Build ../ft164-plevierkoorts.txt
# Debian python3 3.11.2 with python3-docx 0.8.11+dfsg1-5 writes ft164.docx
# (Word built-in styles); docx2txt 1.4 (Debian package docx2txt 1.4-5, the
# Perl script, with /usr/bin/unzip) converts it to plain text. The .docx is
# built in a temporary directory (no docx2txt.config there) and not kept.
# Core properties carry fixed dates; the text output has no timestamps.
set -e
cd "$(dirname "$0")"
SRC=$(pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 "$SRC/make_docx.py" "$TMP/ft164.docx"
cd "$TMP"
docx2txt ft164.docx ft164-plevierkoorts.txt
cp ft164-plevierkoorts.txt "$SRC/../ft164-plevierkoorts.txt"
sha256sum "$SRC/../ft164-plevierkoorts.txt"
