#!/bin/sh
# Build FT-177 with Sphinx 5.3.0 (Debian python3-sphinx 5.3.0-4), singlehtml builder, alabaster 0.7.12 theme.
set -e
cd "$(dirname "$0")"
out=$(mktemp -d)
sphinx-build -b singlehtml . "$out"
cp "$out/index.html" ../ft177-zeekraalkoorts.html
rm -rf "$out"
