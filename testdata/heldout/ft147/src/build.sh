#!/bin/sh
# Producer: ELinks 0.13.2 (Debian package elinks 0.13.2-1+b4), text dump of page.html
set -e
cd "$(dirname "$0")"
elinks -dump -dump-width 110 -no-references -no-numbering -dump-charset utf-8 page.html > ../ft147-wierdenkoorts.txt
