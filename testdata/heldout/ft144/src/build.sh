#!/bin/sh
# Build ft144-kievitshoest.pdf: the UTF-8 plain text printed by paps 0.8.0
# (git tag v0.8.0 of dov/paps, built with meson against Debian's pango and
# cairo; Debian's paps 0.6.8 writes PostScript whose glyphs are shapes with
# no text, which ps2pdf keeps so), which writes PDF itself through cairo.
# PAPS names the paps 0.8.0 binary.
set -e
cd "$(dirname "$0")"
${PAPS:-paps} --format=pdf --header --separation-lines --title="Fictieve Standaard Kievitshoest (FT-144)" \
   --paper=a4 --font="Monospace 8.5" --encoding=UTF-8 \
   --top-margin=42 --bottom-margin=42 --left-margin=42 --right-margin=36 \
   -o ../ft144-kievitshoest.pdf kievitshoest.txt
