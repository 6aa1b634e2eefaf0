#!/bin/sh
# Builds the Mallard help pages to HTML with yelp-build (Debian yelp-tools 42.1)
# and copies the guideline topic page into ../.
set -e
cd "$(dirname "$0")"
rm -rf out && mkdir out
yelp-check validate *.page
yelp-build html -o out/ *.page
cp out/rietgorskoorts.html ../ft125-rietgorskoorts.html
