#!/usr/bin/env bash
# Builds the PDF fixtures of the structure tests (notes, lists, running
# headers, numbered headings) from producers other than the dev guidelines'
# Chromium and groff: pdflatex (Type 1 Computer Modern, fancyhdr running
# header and footer, \footnote, nested itemize, enumerate, thebibliography)
# and LibreOffice Writer (an HTML page with footnotes, <ul> and <ol>), and
# a Chromium two-column print whose list items have bold lead-ins.
# The documents are FICTIONAL (FT-05, FT-06) and not medical advice.
#
# Debian 12 packages: texlive-latex-base texlive-latex-recommended (fancyhdr)
# libreoffice-writer-nogui chromium. Output: ingest/extract/testdata/producers/*.pdf.
# The PDFs carry creation dates, so each run changes their bytes; the tests
# read text, never bytes.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../ingest/extract/testdata/producers" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# pdflatex runs twice so the footnote and reference numbers settle.
cp "$dir/pdflatex-ft05.tex" "$tmp/"
(cd "$tmp" && for _ in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error pdflatex-ft05.tex >/dev/null; done)
cp "$tmp/pdflatex-ft05.pdf" "$dir/pdflatex-ft05.pdf"

if [ -f "$dir/libreoffice-ft06.html" ]; then
  soffice --headless -env:UserInstallation="file://$tmp/profile" \
    --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$dir/libreoffice-ft06.html" >/dev/null
  cp "$tmp/libreoffice-ft06.pdf" "$dir/libreoffice-ft06.pdf"
fi
# Chromium two-column print: a numbered list whose bold lead-ins wrap or
# end in a colon ("3. Stap 3 (onvoldoende effect na 6" / "weken …): overleg").
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$tmp/chromium" --no-pdf-header-footer \
  --print-to-pdf="$dir/chromium-ft07.pdf" "file://$dir/chromium-ft07.html" 2>/dev/null
ls -l "$dir"/*.pdf
