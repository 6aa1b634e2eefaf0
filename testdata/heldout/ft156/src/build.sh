#!/bin/sh
# Build the FICTIONAL guideline FT-156 with html2text 1.3.2a (Martin Bayer, Debian package html2text).
set -e
cd "$(dirname "$0")"
html2text -utf8 -width 110 -nobs page.html > ../ft156-dodaarskoorts.txt
