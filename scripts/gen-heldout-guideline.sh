#!/usr/bin/env bash
# Converts the fictional held-out guideline FT-05 (testdata/heldout/
# ft05-kwelderkoorts.html) to PDF with LibreOffice Writer, a producer the
# dev guidelines lack, and writes its registry. The questions of
# eval/datasets/heldout.jsonl are asked of it (eval/regression
# TestHeldOutGuidelineRatchet); the answer model is never fitted on it.
# Needs libreoffice-writer-nogui. FICTIONAL document, not medical advice.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/testdata/heldout"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

soffice --headless -env:UserInstallation="file://$tmp/profile" --infilter="HTML (StarWriter)" \
  --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$dir/ft05-kwelderkoorts.html" >/dev/null
cp "$tmp/ft05-kwelderkoorts.pdf" "$dir/ft05-kwelderkoorts.pdf"
sum=$(sha256sum "$dir/ft05-kwelderkoorts.pdf" | cut -d' ' -f1)
cat > "$dir/sources.json" <<JSON
{
  "about": "FICTIONAL held-out guideline FT-05 converted to PDF by LibreOffice Writer (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves.",
  "sources": [
    {
      "id": "ft05-kwelderkoorts",
      "title": "Fictieve Standaard Kwelderkoorts (FT-05)",
      "publisher": "unknown",
      "published": "2026-03-01",
      "url": "",
      "license": "fictional test document",
      "remark": "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF from LibreOffice Writer (HTML import): one column, bordered tables with wrapped, vertically centred cells and a two-line header; the dose table's first column is headed Geneesmiddel. Abbreviations LCZ and KES defined once.",
      "file": "ft05-kwelderkoorts.pdf",
      "language": "nl",
      "sha256": "$sum"
    }
  ]
}
JSON
