#!/bin/sh
# Build FT-92 with Debian Sphinx 5.3.0 + sphinx-rtd-theme 1.2.0 (docutils 0.19).
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_rst.py
rm -rf _build
/usr/bin/sphinx-build -b html . _build/html
cp _build/html/brakwaterenteritis.html ../ft92-brakwaterenteritis.html
rm -rf _build
