#!/bin/sh
# Build the FICTIONAL guideline FT-151 with GNU Texinfo (texi2any --plaintext).
set -e
cd "$(dirname "$0")"
texi2any --plaintext --no-split -o ../ft151-slenkkoorts.txt slenkkoorts.texi
