#!/bin/sh
# Bouwt ../ft118-distelwangziekte.pdf met rst2pdf (Debian-pakket rst2pdf).
set -e
cd "$(dirname "$0")"
python3 gen_dosetable.py > doseringstabel.rst
rst2pdf -l nl -s a4,ft118.yaml distelwangziekte.rst -o ../ft118-distelwangziekte.pdf
