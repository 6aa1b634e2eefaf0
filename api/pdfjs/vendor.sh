#!/usr/bin/env bash
# Vendors the pinned PDF.js build (package.json, package-lock.json) into
# api/web/assets, where the binary embeds it: pdf.min.mjs (display layer),
# pdf.worker.min.mjs (parser, in a worker) and the licence. The copies are
# committed, so `make run` and `go build` need no npm.
#
#   bash api/pdfjs/vendor.sh          refresh the vendored files
#   bash api/pdfjs/vendor.sh --check  fail unless they equal the pinned package (CI)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
assets="$here/../web/assets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$work/"
# --omit=optional: the package's optional native canvas is for Node only.
(cd "$work" && npm ci --omit=optional --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
dist="$work/node_modules/pdfjs-dist"
declare -A files=(
  [pdf.min.mjs]="$dist/build/pdf.min.mjs"
  [pdf.worker.min.mjs]="$dist/build/pdf.worker.min.mjs"
  [pdfjs-LICENSE.txt]="$dist/LICENSE"
)
status=0
for name in "${!files[@]}"; do
  if [ "${1:-}" = "--check" ]; then
    if ! cmp -s "${files[$name]}" "$assets/$name"; then
      echo "api/web/assets/$name differs from pdfjs-dist $(node -p "require('$dist/package.json').version"); run: bash api/pdfjs/vendor.sh" >&2
      status=1
    fi
  else
    cp "${files[$name]}" "$assets/$name"
  fi
done
[ "${1:-}" = "--check" ] && [ $status -eq 0 ] && echo "vendored PDF.js matches pdfjs-dist $(node -p "require('$dist/package.json').version")"
exit $status
