#!/bin/sh
# Reproducible build: renders turfsteekkoorts.md to ../ft174-turfsteekkoorts.html
set -e
cd "$(dirname "$0")"
export GOFLAGS=-mod=mod
go mod tidy
go run . turfsteekkoorts.md ../ft174-turfsteekkoorts.html
