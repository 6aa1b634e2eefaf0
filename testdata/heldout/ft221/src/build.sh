#!/bin/sh
# Builds the FT-221 guideline PDF with WeasyPrint 57 (Debian package weasyprint).
set -e
cd "$(dirname "$0")"
weasyprint in.html ../ft221-mistelhoest.pdf
