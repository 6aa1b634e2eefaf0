#!/bin/sh
# Build the fictional guideline FT-135 with GNU a2ps + Ghostscript ps2pdf.
# The practice keeps the guideline as UTF-8 plain text; a2ps 4.14 reads
# Latin-1 (its site default --encoding=latin1), so the text is recoded first.
# a2ps is run with its default layout (-2: two pages per sheet, landscape,
# A4 from libpaper, with its standard header and footer).
set -e
cd "$(dirname "$0")"
mkdir -p build
iconv -f UTF-8 -t LATIN1 ft135-lindeveldhoest.txt > build/ft135-lindeveldhoest.txt
(cd build && a2ps ft135-lindeveldhoest.txt -o ft135-lindeveldhoest.ps)
ps2pdf build/ft135-lindeveldhoest.ps ../ft135-lindeveldhoest.pdf
sha256sum ../ft135-lindeveldhoest.pdf
