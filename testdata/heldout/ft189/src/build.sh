#!/bin/sh
# Renders turfkramp.md with goldmark (GFM + Footnote) into ../ft189-turfkramp.html
set -e
cd "$(dirname "$0")"
export GOFLAGS=-mod=mod
go run . turfkramp.md ../ft189-turfkramp.html
