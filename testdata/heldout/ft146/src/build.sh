#!/bin/sh
# Build the FT-146 guideline from plain text with txt2html (Debian package txt2html 1:3.0-1,
# Perl HTML::TextToHTML 3.0).
#   --titlefirst      first line becomes the HTML <title>
#   --make_tables     recognise ALIGN (Tabel 1a/1b) and BORDER (+---+ Tabel 2) tables
#   --eight_bit_clean source is UTF-8; without it txt2html turns every byte > 127 into an entity
set -e
cd "$(dirname "$0")"
txt2html --titlefirst --make_tables --eight_bit_clean \
  --outfile ../ft146-tjalkhoest.html tjalkhoest.txt
