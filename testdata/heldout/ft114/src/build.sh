#!/bin/sh
# Rebuild the FT-114 PDF with Debian groff 1.22.4 (mom macros, gropdf via pdfmom).
# -k: preconv for UTF-8 input, -t: tbl preprocessor for the two tables.
set -e
cd "$(dirname "$0")"
pdfmom -k -t ft114-dommelhoest.mom > ../ft114-dommelhoest.pdf
