#!/bin/sh
# Builds the PDF of the fictional guideline FT-231 with pdfLaTeX (Debian packages:
# texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-lang-european).
# Runs pdflatex twice (for \pageref{LastPage}) and writes ../ft231-veenvlekziekte.pdf.
set -e
cd "$(dirname "$0")"
WORK=$(mktemp -d)
pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$WORK" ft231-veenvlekziekte.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$WORK" ft231-veenvlekziekte.tex >/dev/null
cp "$WORK/ft231-veenvlekziekte.pdf" ../
rm -rf "$WORK"
