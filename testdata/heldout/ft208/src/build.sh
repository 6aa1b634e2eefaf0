#!/bin/sh
# Builds ../ft208-zindervlekziekte.txt: pdflatex (Debian texlive) -> PDF -> pdfminer.six pdf2txt (default options)
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp zindervlekziekte.tex "$TMP/"
( cd "$TMP" && pdflatex -interaction=nonstopmode -halt-on-error zindervlekziekte.tex >/dev/null && pdflatex -interaction=nonstopmode -halt-on-error zindervlekziekte.tex >/dev/null )
cp "$TMP/zindervlekziekte.pdf" "$TMP/ft208-zindervlekziekte.pdf"
pdf2txt -o ../ft208-zindervlekziekte.txt "$TMP/ft208-zindervlekziekte.pdf"
if [ -n "$KEEP_PDF" ]; then cp "$TMP/zindervlekziekte.pdf" "$KEEP_PDF"; fi
