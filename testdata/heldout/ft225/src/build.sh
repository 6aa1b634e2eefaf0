#!/bin/sh
# Builds the HTML page of the fictional guideline FT-225 with Debian Hugo
# (hugo 0.111.3-1, apt-get install -y hugo; Goldmark renderer) from the Markdown
# content and the small layout templates in this directory.
set -e
cd "$(dirname "$0")"
OUT=$(mktemp -d)
hugo --quiet --noBuildLock --source . --destination "$OUT"
cp "$OUT/standaarden/draaiwangziekte.html" ../ft225-draaiwangziekte.html
rm -rf "$OUT" resources
