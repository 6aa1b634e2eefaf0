#!/bin/sh
# Build the fictional guideline FT-132 with lowdown 1.0 (Debian package lowdown 1.0.0-2).
set -e
cd "$(dirname "$0")"
lowdown -s -Thtml -o ../ft132-brenkelose.html ft132-brenkelose.md
