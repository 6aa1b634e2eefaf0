#!/bin/sh
# Build the fictional guideline FT-128 with LaTeX2HTML into ONE html page in ../
set -e
cd "$(dirname "$0")"
OUT=build
# run LaTeX twice first so latex2html can number sections, tables and refs from the .aux
latex -interaction=nonstopmode ringmosselkoorts.tex >/dev/null
latex -interaction=nonstopmode ringmosselkoorts.tex >/dev/null
rm -rf "$OUT" ../*.html
latex2html -split 0 -nonavigation -dir "$OUT" -mkdir ringmosselkoorts.tex

cp "$OUT/ringmosselkoorts.html" ../ft128-ringmosselkoorts.html
# copy any images the page references (math, tables rendered as images)
for f in $(grep -o 'SRC="[^"]*"' "$OUT/ringmosselkoorts.html" | sed 's/SRC="//;s/"$//' | sort -u); do
  [ -f "$OUT/$f" ] && cp "$OUT/$f" ../ || true
done
ls -la ..
