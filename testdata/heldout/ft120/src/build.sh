#!/bin/sh
# Builds the MkDocs site and copies the guideline page into ../
set -e
cd "$(dirname "$0")"
rm -rf site
mkdocs build --clean --site-dir site
cp site/helmkruidkoorts.html ../ft120-helmkruidkoorts.html
sha256sum ../ft120-helmkruidkoorts.html
