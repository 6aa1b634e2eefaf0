#!/bin/sh
# Rebuild: classic LaTeX -> DVI -> PostScript -> PDF (OT1, Computer Modern Type 1)
set -e
# a fixed date, so that the same source makes the same file
export SOURCE_DATE_EPOCH=1772352000 FORCE_SOURCE_DATE=1
cd "$(dirname "$0")"
latex -interaction=nonstopmode ft103-schorrenkoorts.tex
latex -interaction=nonstopmode ft103-schorrenkoorts.tex
dvips ft103-schorrenkoorts.dvi -o ft103-schorrenkoorts.ps
ps2pdf ft103-schorrenkoorts.ps ft103-schorrenkoorts.pdf
cp ft103-schorrenkoorts.pdf ../
rm -f ft103-schorrenkoorts.aux ft103-schorrenkoorts.log ft103-schorrenkoorts.dvi ft103-schorrenkoorts.ps ft103-schorrenkoorts.pdf
