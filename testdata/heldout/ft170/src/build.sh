#!/bin/sh
# Build ft170-gerstelkoorts.md: python-docx (Debian python3-docx 0.8.11) writes a Word
# .docx with built-in styles, then Debian's pandoc 2.17.1.1 converts it to Markdown,
# as a practice converts a Word guideline for its wiki. Output goes to ../doc/.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 "$here/make_docx.py" "$work/ft170.docx"
cd "$work"
pandoc -f docx -t markdown --wrap=auto --columns=80 ft170.docx -o ft170-gerstelkoorts.md
cp ft170-gerstelkoorts.md "$here/../ft170-gerstelkoorts.md"
