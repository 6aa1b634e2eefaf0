#!/bin/sh
# Build the plain-text protocol from Markdown with pandoc's plain writer (Debian pandoc 2.17).
set -e
cd "$(dirname "$0")"
pandoc -s -f markdown -t plain --columns=100 -o ../ft139-spreeuwenkoorts.txt ft139-spreeuwenkoorts.md
