#!/bin/sh
# Builds the FICTIONAL guideline FT-119 with pandoc (Debian 2.17.1.1), HTML5 writer, default standalone template.
set -e
cd "$(dirname "$0")"
cat part1.md > raaigraskoorts.md
printf '\nDe tabel hieronder geeft de doseringen van pelmocilline, tirabuzol en draxofen per patiëntgroep.\n\n' >> raaigraskoorts.md
cat doseringstabel.txt part2.md >> raaigraskoorts.md
pandoc -s --toc --number-sections -f markdown -t html5 \
  --metadata title="Fictieve Standaard Raaigraskoorts (FT-119)" \
  --metadata lang=nl \
  -o ../ft119-raaigraskoorts.html raaigraskoorts.md
