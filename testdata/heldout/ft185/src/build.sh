#!/bin/sh
# Build ../ft185-dravelingkoorts.md from guideline.html with html-to-markdown v2.5.2 (Go module proxy).
set -e
cd "$(dirname "$0")"
export GOFLAGS=-mod=mod
go run . guideline.html ../ft185-dravelingkoorts.md
