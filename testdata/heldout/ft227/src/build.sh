#!/bin/sh
# Builds the PDF of the fictional guideline FT-227 with Debian Chromium headless
# (chromium 156.0.8078.129-1~deb12u1, apt-get install -y chromium) from the hand-written page.html
# (A4 landscape, three CSS columns).
set -e
cd "$(dirname "$0")"
PROFILE=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$PROFILE" --no-pdf-header-footer \
  --print-to-pdf=../ft227-haverklierkoorts.pdf "file://$PWD/page.html"
rm -rf "$PROFILE"
