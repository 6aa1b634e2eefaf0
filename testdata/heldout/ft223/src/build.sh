#!/bin/sh
# Assembles the hand-written HTML5 page from its three parts (site header with
# breadcrumb and sidebar table of contents, main article, footer) into ../.
set -e
cd "$(dirname "$0")"
cat parts/header.html parts/main.html parts/footer.html > ../ft223-gortelziekte.html
