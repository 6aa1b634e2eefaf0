#!/bin/sh
# FT-237: the page is hand-written HTML in the manner of a CMS export (Drupal-like
# markup); no conversion: it is copied as is to ../ft237-keileemkoorts.html.
set -e
cd "$(dirname "$0")"
cp keileemkoorts.html ../ft237-keileemkoorts.html
