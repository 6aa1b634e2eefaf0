#!/bin/sh
# Build FT-152: export the Org source to plain UTF-8 text with Org mode's ASCII exporter.
set -e
cd "$(dirname "$0")"
emacs --batch kwartelhoest.org --eval '(progn (setq org-ascii-charset (quote utf-8)) (org-ascii-export-to-ascii))'
mv kwartelhoest.txt ../ft152-kwartelhoest.txt
