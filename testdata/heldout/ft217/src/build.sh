#!/bin/sh
# Builds ../ft217-grindkoorts.pdf from grindkoorts.tex with pdfLaTeX (Debian texlive-latex-extra).
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
cp grindkoorts.tex "$TMP/"
( cd "$TMP" && pdflatex -interaction=nonstopmode -halt-on-error grindkoorts.tex >/dev/null \
  && pdflatex -interaction=nonstopmode -halt-on-error grindkoorts.tex >/dev/null \
  && pdflatex -interaction=nonstopmode -halt-on-error grindkoorts.tex >/dev/null )
cp "$TMP/grindkoorts.pdf" ../ft217-grindkoorts.pdf
rm -rf "$TMP"
