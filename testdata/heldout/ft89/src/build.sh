#!/bin/sh
# Renders the FT-89 page with Hugo (Debian hugo 0.111.3+extended) from src/site,
# whose layouts are hand-written to reproduce Docsy's page chrome, and copies it to the folder above.
set -e
cd "$(dirname "$0")/site"
rm -rf ../public
hugo --quiet -d ../public
cp ../public/standaarden/heidekramp/index.html ../../ft89-heidekramp.html
