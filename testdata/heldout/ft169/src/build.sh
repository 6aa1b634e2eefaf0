#!/bin/sh
# Build Fictieve Standaard Grintelkoorts (FT-169): pdfLaTeX -> PDF -> pdftotext -layout.
set -e
cd "$(dirname "$0")"
SLUG=ft169-grintelkoorts
OUT=..
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
export SOURCE_DATE_EPOCH=1772323200   # 2026-03-01 00:00:00 UTC
export FORCE_SOURCE_DATE=1
for i in 1 2 3; do
  pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$BUILD" "$SLUG.tex" >/dev/null
done
cp "$BUILD/$SLUG.pdf" "$BUILD/guideline.pdf"
pdftotext -layout -enc UTF-8 "$BUILD/guideline.pdf" "$OUT/$SLUG.txt"
sha256sum "$OUT/$SLUG.txt"
