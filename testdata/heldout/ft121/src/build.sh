#!/bin/sh
# Bouwt ../ft121-wilgenroosjeuk.pdf met groff (me-macro's, tbl) en gropdf.
# Vereist Debian-pakket groff (gropdf). FICTIEF testdocument.
set -e
cd "$(dirname "$0")"
python3 gen_dosetable.py > doseringstabel.tbl
groff -k -s -me -t -Tpdf -dpaper=a4 -P-pa4 wilgenroosjeuk.me > ../ft121-wilgenroosjeuk.pdf
