#!/bin/sh
# Build the fictional guideline FT-130 with the Zim desktop wiki exporter (zim 0.75.1, Debian package zim).
set -e
cd "$(dirname "$0")"
rm -rf ../ft130-morvelartritis.html ../ft130-morvelartritis_files
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/zim-runtime-$$}"
mkdir -p "$XDG_RUNTIME_DIR"
xvfb-run -a zim --export --format=html --template=Default \
  -o ../ft130-morvelartritis.html ./notebook Morvelartritis
