#!/bin/sh
# Builds the PDF of the fictional guideline FT-235: groff's ms macros with tbl and eqn
# (groff -k -t -e -ms -Tps, Debian groff), then ps2pdf (Debian ghostscript), and writes
# ../ft235-velumkoorts.pdf.
set -e
cd "$(dirname "$0")"
WORK=$(mktemp -d)
groff -k -t -e -ms -Tps velumkoorts.ms > "$WORK/velumkoorts.ps"
ps2pdf "$WORK/velumkoorts.ps" "$WORK/velumkoorts.pdf"
cp "$WORK/velumkoorts.pdf" ../ft235-velumkoorts.pdf
rm -rf "$WORK"
