#!/bin/sh
# Builds the PDF of the fictional guideline FT-224 with pdfLaTeX (Debian 12 texlive-latex-base
# 2022.20230122, texlive-latex-extra, texlive-pictures for TikZ, texlive-lang-european for Dutch babel;
# apt-get install -y texlive-latex-extra texlive-pictures texlive-lang-european) from kwartelkoorts.tex.
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
SOURCE_DATE_EPOCH=1773619200 FORCE_SOURCE_DATE=1 pdflatex -interaction=nonstopmode -halt-on-error -output-directory="$TMP" kwartelkoorts.tex >/dev/null
SOURCE_DATE_EPOCH=1773619200 FORCE_SOURCE_DATE=1 pdflatex -interaction=nonstopmode -halt-on-error -output-directory="$TMP" kwartelkoorts.tex >/dev/null
cp "$TMP/kwartelkoorts.pdf" ../ft224-kwartelkoorts.pdf
rm -rf "$TMP"
