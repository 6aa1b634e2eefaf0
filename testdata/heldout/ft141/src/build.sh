#!/bin/sh
# Build FT-141: Python-Markdown 3.4 (Debian python3-markdown) -> HTML fragment -> page template.
set -e
cd "$(dirname "$0")"
NAME=ft141-rietkraagbronchitis
mkdir -p build
markdown_py -e utf-8 -o html \
  -x tables -x footnotes -x toc -x def_list -x attr_list -x admonition \
  -f build/$NAME.fragment.html $NAME.md
/usr/bin/python3 wrap.py template.html build/$NAME.fragment.html \
  "Fictieve Standaard Rietkraagbronchitis (FT-141)" ../$NAME.html
sha256sum ../$NAME.html
