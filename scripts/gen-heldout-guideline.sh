#!/usr/bin/env bash
# Converts the fictional held-out guideline FT-05 (testdata/heldout/
# ft05-kwelderkoorts.html) to PDF with LibreOffice Writer, a producer the
# dev guidelines lack, twice: with table borders (testdata/heldout/) and
# without (testdata/heldout/noborders/: LibreOffice's HTML import drops
# CSS borders, and centres wrapped cells vertically), and writes a
# registry for each. The questions of eval/datasets/heldout.jsonl are asked
# of both (eval/regression TestHeldOutGuidelineRatchet); the answer model is
# never fitted on them.
# Needs libreoffice-writer-nogui. FICTIONAL document, not medical advice.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/testdata/heldout"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

convert() { # convert HTML DIR REMARK
  soffice --headless -env:UserInstallation="file://$tmp/profile" --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$1" >/dev/null
  mkdir -p "$2"
  cp "$tmp/ft05-kwelderkoorts.pdf" "$2/ft05-kwelderkoorts.pdf"
  local sum
  sum=$(sha256sum "$2/ft05-kwelderkoorts.pdf" | cut -d' ' -f1)
  cat > "$2/sources.json" <<JSON
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
      "remark": "$3",
      "file": "ft05-kwelderkoorts.pdf",
      "language": "nl",
      "sha256": "$sum"
    }
  ]
}
JSON
}

convert "$dir/ft05-kwelderkoorts.html" "$dir" "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF from LibreOffice Writer (HTML import): one column, bordered tables with wrapped, vertically centred cells and a two-line header; the dose table's first column is headed Geneesmiddel. Abbreviations LCZ and KES defined once."
mkdir -p "$tmp/noborders"
sed 's/ border="1"//' "$dir/ft05-kwelderkoorts.html" > "$tmp/noborders/ft05-kwelderkoorts.html"
convert "$tmp/noborders/ft05-kwelderkoorts.html" "$dir/noborders" "FICTIONAL test guideline, not medical advice. The held-out guideline FT-05 converted by LibreOffice Writer without table borders: wrapped cells centred vertically, half a line apart, no rules."
