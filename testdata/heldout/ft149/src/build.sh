#!/bin/sh
# Build the fictional guideline FT-149 with xhtml2pdf (pisa), Debian package python3-xhtml2pdf 0.2.5-3.
# Debian installs the command as xhtml2pdf3.
set -e
cd "$(dirname "$0")"
if command -v xhtml2pdf >/dev/null 2>&1; then X=xhtml2pdf; else X=xhtml2pdf3; fi
$X --encoding utf-8 page.html ../ft149-zwinkoorts.pdf
