#!/bin/sh
# Build the FICTIONAL test guideline FT-216 as a standalone HTML5 page with Asciidoctor's default stylesheet.
set -e
cd "$(dirname "$0")"
asciidoctor -b html5 -a reproducible -o ../ft216-zilverblaarziekte.html zilverblaarziekte.adoc
