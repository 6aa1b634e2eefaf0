#!/bin/sh
# Builds the final HTML page of the fictional guideline FT-215 with Debian pandoc 2.17.
set -e
cd "$(dirname "$0")"
pandoc -s --toc -f markdown -t html5 -o ../ft215-zandpiergriep.html zandpiergriep.md
