#!/bin/sh
# Build ../ft201-tinkelkoorts.txt: groff ms + tbl -> PDF (gropdf) -> pdftotext -raw
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/.."
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
groff -k -t -ms -Tpdf "$here/tinkelkoorts.ms" > "$tmp/tinkelkoorts.pdf"
pdftotext -raw -enc UTF-8 "$tmp/tinkelkoorts.pdf" "$out/ft201-tinkelkoorts.txt"
