#!/bin/sh
# Build FT-183 with libharu (Debian libhpdf-dev 2.3.0+dfsg-1+b1): compile ft183.c, run it on content.txt.
set -e
cd "$(dirname "$0")"
W=$(mktemp -d)
gcc -O2 -Wall -o "$W/ft183" ft183.c -lhpdf
"$W/ft183" content.txt ../ft183-dotterbloemartritis.pdf
rm -rf "$W"
