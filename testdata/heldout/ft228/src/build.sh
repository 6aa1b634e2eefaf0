#!/bin/sh
# Builds the HTML page of the fictional guideline FT-228 with Python-Markdown
# (Debian 12 python3-markdown 3.4.1-2+deb12u1, apt-get install -y python3-markdown)
# from the hand-written src.md, wrapped in a minimal HTML skeleton with a site header and footer.
set -e
cd "$(dirname "$0")"
OUT=../ft228-varenmijtkoorts.html
{
cat <<'HEAD'
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Fictieve Standaard Varenmijtkoorts (FT-228)</title>
</head>
<body>
<header class="site-header">
<p class="site-name">Fictieve Richtlijnenbank Eerstelijn</p>
<nav><a href="#">Home</a> | <a href="#">Standaarden</a> | <a href="#">Over ons</a></nav>
</header>
<main>
HEAD
/usr/bin/python3 -m markdown -e utf-8 -x extra -x toc src.md
cat <<'FOOT'
</main>
<footer class="site-footer">
<p>© 2026 Fictieve Richtlijnenbank Eerstelijn · Alle richtlijnen op deze site zijn fictief · <a href="#">Contact</a></p>
</footer>
</body>
</html>
FOOT
} > "$OUT"
