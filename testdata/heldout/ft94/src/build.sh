#!/bin/sh
# FT-94: Markdown -> groff ms (pandoc 2.17.1.1) -> PDF via pdfroff (groff 1.22.4 + Ghostscript 10.00.0)
set -e
cd "$(dirname "$0")"
pandoc -s --number-sections -t ms ft94-tramselkoorts.md -o ft94-tramselkoorts.ms
pandoc -s --number-sections --pdf-engine=pdfroff ft94-tramselkoorts.md -o ../ft94-tramselkoorts.pdf
