#!/bin/sh
# HTMLDOC 1.9.16 (Debian package htmldoc), --webpage mode (no title page, no TOC)
cd "$(dirname "$0")"
htmldoc --webpage --charset utf-8 --size a4 --fontsize 10 \
  --header t.h --footer ../ --bodyfont times --headingfont helvetica \
  -f ../ft87-sluiskramp.pdf ft87-sluiskramp.html
