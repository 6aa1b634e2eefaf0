#!/bin/sh
# Build the fictional guideline FT-218 as a PDF with Debian Chromium headless.
set -e
cd "$(dirname "$0")"
PROFILE=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$PROFILE" --no-pdf-header-footer \
  --print-to-pdf="$(cd .. && pwd)/ft218-duinhoest.pdf" \
  "file://$(pwd)/duinhoest.html"
rm -rf "$PROFILE"
