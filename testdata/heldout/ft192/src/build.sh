#!/bin/sh
# Build: LaTeX -> DVI (latex, twice) -> PDF (dvipdfmx), in a temporary directory
set -e
cd "$(dirname "$0")"
W=$(mktemp -d)
cp schorremyalgie.tex "$W/"
(cd "$W" && latex -interaction=nonstopmode -halt-on-error schorremyalgie.tex >/dev/null &&
  latex -interaction=nonstopmode -halt-on-error schorremyalgie.tex >/dev/null &&
  dvipdfmx -o ft192-schorremyalgie.pdf schorremyalgie.dvi)
cp "$W/ft192-schorremyalgie.pdf" ../ft192-schorremyalgie.pdf
rm -rf "$W"
