#!/bin/sh
# Build ft127-zilverdraadneuritis.html with HeVeA (LaTeX -> HTML).
# HeVeA is run twice: the first run writes the .haux with labels,
# the second resolves \ref to tables and sections.
set -e
cd "$(dirname "$0")"
rm -f ft127-zilverdraadneuritis.haux ft127-zilverdraadneuritis.html
hevea ft127-zilverdraadneuritis.tex
hevea ft127-zilverdraadneuritis.tex 2>&1 | tee build.log
if grep -q "Rerun me\|Undefined label" build.log; then echo "references not resolved" >&2; exit 1; fi
grep -q '??' ft127-zilverdraadneuritis.html && { echo "unresolved ?? in html" >&2; exit 1; } || true
cp ft127-zilverdraadneuritis.html ../
sha256sum ../ft127-zilverdraadneuritis.html
