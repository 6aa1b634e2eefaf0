#!/bin/sh
# Build the fictional guideline FT-131 from POD to one HTML page with pod2html (Pod::Html).
set -e
cd "$(dirname "$0")"
pod2html --infile=ft131-borvelkoorts.pod \
         --outfile=../ft131-borvelkoorts.html \
         --title="Fictieve Standaard Borvelkoorts (FT-131)" \
         --cachedir=/tmp
rm -f /tmp/pod2htmd.tmp pod2htmd.tmp
