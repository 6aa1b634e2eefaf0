#!/bin/sh
# Build FT-126: openpyxl writes the workbook (.xlsx), ssconvert turns it into a
# native .gnumeric workbook, the repeat-row print setting is set there, and
# Gnumeric's PDF exporter prints all three sheets into one PDF.
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_workbook.py ft126-slootkantkoorts.xlsx
ssconvert ft126-slootkantkoorts.xlsx ft126-slootkantkoorts-import.gnumeric
/usr/bin/python3 set_print_titles.py ft126-slootkantkoorts-import.gnumeric ft126-slootkantkoorts.gnumeric
ssconvert --export-type=Gnumeric_pdf:pdf_assistant -O 'paper=A4' ft126-slootkantkoorts.gnumeric ../ft126-slootkantkoorts.pdf
