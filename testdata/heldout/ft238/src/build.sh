#!/bin/sh
# FT-238: hand-written HTML (CSS multi-column article, spanning transposed dose table,
# floated alarm box) printed to PDF by headless Chromium, without its print header/footer;
# writes ../ft238-tinteltong.pdf.
set -e
cd "$(dirname "$0")"
PROFILE=$(mktemp -d /tmp/ft238-chrome.XXXXXX)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PROFILE" \
  --no-pdf-header-footer --print-to-pdf=../ft238-tinteltong.pdf \
  "file://$(pwd)/tinteltong.html"
rm -rf "$PROFILE"
