#!/bin/sh
# Build ft145-kokmeeuwkoorts.html with Discount (David Parsons' markdown, Debian package discount 2.2.7-2).
# mkd2html 2.2.7 cannot enable footnotes, so run `markdown` with footnotes + table of contents
# and wrap the fragment in a page header/footer ourselves.
set -e
cd "$(dirname "$0")"
SRC=kokmeeuwkoorts.text
OUT=../ft145-kokmeeuwkoorts.html
TITLE=$(sed -n '1s/^% //p' "$SRC")
DATE=$(sed -n '3s/^% //p' "$SRC")
{
cat <<HEAD
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="generator" content="$(markdown -V)">
<title>$TITLE</title>
<style>
body{font-family:sans-serif;max-width:60em;margin:auto}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}
.kader{background:#eef5ff;border:1px solid #69c;padding:0 1em}
.waarschuwing{background:#fff0f0;border:2px solid #c33;padding:0 1em}
header,footer{font-size:small;color:#555;border-bottom:1px solid #ccc}
footer{border-top:1px solid #ccc;border-bottom:0}
</style>
</head>
<body>
<header><p>Werkgroep Fictieve Standaarden · FT-145 · niet voor klinisch gebruik</p></header>
HEAD
markdown -f footnote,toc -T "$SRC"
cat <<FOOT
<footer><p>$TITLE · $DATE · FICTIEF testdocument, gemaakt met $(markdown -V | sed 's/^markdown: //')</p></footer>
</body>
</html>
FOOT
} > "$OUT"
echo "wrote $OUT"
