#!/bin/sh
# Builds the PDF of the fictional guideline FT-236: pdfLaTeX (TeX Live 2022, Debian
# texlive-latex-base/-recommended, texlive-lang-european for Dutch babel), article class,
# A4, one column, longtable + booktabs. Runs pdflatex three times (longtable widths, refs)
# and writes ../ft236-nevelblaas.pdf.
set -e
cd "$(dirname "$0")"
WORK=$(mktemp -d)
for i in 1 2 3; do
  pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$WORK" nevelblaas.tex > "$WORK/log.txt"
done
cp "$WORK/nevelblaas.pdf" ../ft236-nevelblaas.pdf
rm -rf "$WORK"
