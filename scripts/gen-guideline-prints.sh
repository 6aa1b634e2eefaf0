#!/usr/bin/env bash
# Prints the fictional dev guideline FT-03 (a web page) to PDF with headless
# Chromium, once as the page prints (one column) and once in two columns,
# into testdata/producers/ft03-*/ with a registry each. The same questions
# are asked of each print and of the HTML (eval/regression
# TestGuidelinePrintsAgree), so what the PDF path loses against the HTML
# path shows. Needs chromium. FICTIONAL documents, not medical advice.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/testdata/guidelines/ft03-pluimhoest.html"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

print() { # print HTML PDF
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$tmp/profile" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" 2>/dev/null
}

registry() { # registry DIR REMARK
  local sum
  sum=$(sha256sum "$1/ft03-pluimhoest.pdf" | cut -d' ' -f1)
  cat > "$1/sources.json" <<JSON
{
  "about": "FICTIONAL dev guideline FT-03 printed to PDF by Chromium (scripts/gen-guideline-prints.sh): tests only, never part of the corpus make run serves.",
  "sources": [
    {
      "id": "ft03-pluimhoest",
      "title": "Pluimhoest (Fictieve Standaard FT-03)",
      "publisher": "unknown",
      "published": "2025-05-14",
      "url": "",
      "license": "fictional test document",
      "remark": "$2",
      "file": "ft03-pluimhoest.pdf",
      "language": "nl",
      "sha256": "$sum"
    }
  ]
}
JSON
}

out="$root/testdata/producers/ft03-chromium"
mkdir -p "$out"
print "$src" "$out/ft03-pluimhoest.pdf"
registry "$out" "FICTIONAL. FT-03 as Chromium prints the page: one column, the dose table broken after its header, a cell merged over two rows."

out="$root/testdata/producers/ft03-chromium-twocol"
mkdir -p "$out"
sed 's#</head>#<style>@media print { main { column-count: 2; column-gap: 8mm; } main table { column-span: all; font-size: 8pt; } }</style></head>#' "$src" > "$tmp/twocol.html"
print "$tmp/twocol.html" "$out/ft03-pluimhoest.pdf"
registry "$out" "FICTIONAL. FT-03 printed by Chromium in two columns, the tables spanning both."
