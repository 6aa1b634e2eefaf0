#!/bin/sh
# Builds ../ft212-kwarrelhoest.pdf from the hand-written plain-text guideline
# with the CUPS texttopdf filter (Debian cups-filters 1.28.17), run directly.
# Without a PPD texttopdf uses US Letter; the generic cups-filters PDF PPD is
# given so that media=A4 takes effect. cpi=12 lpi=7 gives 92 columns per line.
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
PPD=/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd \
CHARSET=utf-8 \
  /usr/lib/cups/filter/texttopdf 1 wfk "Fictieve Standaard Kwarrelhoest" 1 \
  "media=A4 cpi=12 lpi=7" guideline.txt > "$TMP/out.pdf" 2> "$TMP/filter.log"
cp "$TMP/out.pdf" ../ft212-kwarrelhoest.pdf
