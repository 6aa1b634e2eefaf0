#!/bin/sh
# Builds the plain-text copy of the web page the way a practice assistant would save it.
set -e
cd "$(dirname "$0")"
w3m -dump -cols 100 -T text/html page.html > ../ft140-duinvlaskoorts.txt
