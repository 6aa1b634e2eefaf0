#!/bin/sh
# Rebuild ../ft111-tureluurcystitis.html: serve this Docsify site on loopback,
# dump the rendered DOM of the guideline route with headless Debian chromium,
# then strip inlined <script>/<style> blobs (strip.py).
set -e
cd "$(dirname "$0")"
[ -d node_modules/docsify ] || npm install --ignore-scripts docsify@5.0.0
PORT=${PORT:-8111}
python3 -m http.server "$PORT" --bind 127.0.0.1 >/dev/null 2>&1 &
SRV=$!
trap 'kill $SRV' EXIT
sleep 1
UD=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$UD" \
  --virtual-time-budget=10000 --dump-dom "http://127.0.0.1:$PORT/#/tureluurcystitis" > page.raw.html
rm -rf "$UD"
python3 strip.py page.raw.html ../ft111-tureluurcystitis.html
rm -f page.raw.html
