#!/bin/sh
# Build ft158-tichelkoorts.pdf with fpdf2 2.8.8 (Debian 12 has no
# python3-fpdf; its sources, py-pdf/fpdf2 tag 2.8.8, on PYTHONPATH) and
# Debian's python3-pil, python3-fonttools, python3-defusedxml and
# fonts-dejavu-core.
set -e
cd "$(dirname "$0")"
python3 make_pdf.py ../ft158-tichelkoorts.pdf
