#!/bin/sh
# (Debian cmark-gfm 0.29.0.gfm.6 has no --footnotes flag; footnotes are the extension -e footnotes)
# Build ft142-brammerloo.html from the GitHub-flavoured Markdown source with cmark-gfm 0.29
set -e
cd "$(dirname "$0")"
OUT=../ft142-brammerloo.html
{
  printf '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>Fictieve Standaard Ziekte van Brammerloo (FT-142)</title>\n</head>\n<body>\n'
  cmark-gfm --unsafe -e table -e autolink -e strikethrough -e tasklist -e footnotes ft142-brammerloo.md
  printf '</body>\n</html>\n'
} > "$OUT"
sha256sum "$OUT"
