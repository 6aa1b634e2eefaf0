#!/bin/sh
# Debian python3 (3.11.2) with python3-docx 0.8.11
# Build ../ft160-gruttokoorts.html: python-docx writes ft160.docx with Word's
# built-in styles, mammoth 1.13.0 (npm, its CLI via npx) converts it to an HTML
# fragment, and this script wraps the fragment in a minimal HTML page.
set -e
cd "$(dirname "$0")"
OUT=../ft160-gruttokoorts.html
/usr/bin/python3 make_docx.py ft160.docx
npx --yes mammoth@1.13.0 ft160.docx ft160-body.html
{
  printf '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>Fictieve Standaard Gruttokoorts (FT-160)</title>\n</head>\n<body>\n'
  cat ft160-body.html
  printf '\n<script>\n'
  printf '// Zebra striping of table rows and a print button\n'
  printf 'document.querySelectorAll("table tr:nth-child(even)").forEach(function (tr) { tr.style.background = "#f2f2f2"; });\n'
  printf 'var b = document.createElement("button"); b.textContent = "Afdrukken"; b.onclick = function () { window.print(); };\n'
  printf 'document.body.insertBefore(b, document.body.firstChild);\n'
  printf '</script>\n</body>\n</html>\n'
} > "$OUT"
sha256sum "$OUT"
