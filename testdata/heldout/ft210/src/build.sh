#!/bin/sh
# Builds ../ft210-schemerjeuk.html from schemerjeuk.md with the reference
# CommonMark JS implementation (npm commonmark, local node_modules), then wraps
# the rendered body in a site page with header nav, breadcrumb, sidebar and footer.
set -e
cd "$(dirname "$0")"
[ -x node_modules/.bin/commonmark ] || npm install --no-audit --no-fund commonmark@0.31.2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
./node_modules/.bin/commonmark schemerjeuk.md > "$TMP/body.html"
OUT=../ft210-schemerjeuk.html
{
cat <<'HEAD'
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Schemerjeuk | Fictieve Standaarden Huisartsgeneeskunde</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Georgia,serif;margin:0;color:#222}
header.site{background:#1d4f6e;color:#fff;padding:.6em 1em}
header.site a{color:#fff;margin-right:1.2em;text-decoration:none}
nav.breadcrumb{font-size:.85em;padding:.4em 1em;background:#eef3f6}
div.wrap{display:flex;gap:2em;padding:1em}
aside.sidebar{flex:0 0 14em;font-size:.9em;border-right:1px solid #ccd}
main.content{flex:1;max-width:52em}
table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #999;padding:.25em .5em;vertical-align:top;text-align:left}
caption{font-weight:bold;text-align:left;padding:.3em 0}
footer.site{font-size:.8em;background:#f4f4f4;padding:1em;border-top:1px solid #ccc}
</style>
</head>
<body>
<header class="site">
<div class="logo">Fictieve Standaarden Huisartsgeneeskunde</div>
<nav class="main"><a href="/">Home</a><a href="/standaarden/">Standaarden</a><a href="/scholing/">Scholing</a><a href="/nieuws/">Nieuws</a><a href="/over-ons/">Over ons</a><a href="/contact/">Contact</a><a href="/zoeken/">Zoeken</a></nav>
</header>
<nav class="breadcrumb" aria-label="Kruimelpad"><a href="/">Home</a> › <a href="/standaarden/">Standaarden</a> › <a href="/standaarden/dermatologie/">Dermatologie</a> › Schemerjeuk</nav>
<div class="wrap">
<aside class="sidebar">
<h2>In deze standaard</h2>
<ul>
<li><a href="#">Kernboodschappen</a></li>
<li><a href="#">Achtergronden</a></li>
<li><a href="#">Richtlijnen diagnostiek</a></li>
<li><a href="#tabel-1">Tabel 1 VESPER-score</a></li>
<li><a href="#">Richtlijnen beleid</a></li>
<li><a href="#tabel-2">Tabel 2 Doseringen</a></li>
<li><a href="#">Noten en literatuur</a></li>
</ul>
<h2>Gerelateerd</h2>
<ul>
<li><a href="/standaarden/nachtbult/">Nachtbult (fictief)</a></li>
<li><a href="/standaarden/wintertintel/">Wintertintel (fictief)</a></li>
<li><a href="/patientfolders/schemerjeuk/">Patiëntenfolder Schemerjeuk</a></li>
<li><a href="/downloads/schemerjeuk.pdf">Download als PDF (412 kB)</a></li>
</ul>
<p class="share">Deel deze pagina: <a href="#">E-mail</a> · <a href="#">Print</a></p>
</aside>
<main class="content">
HEAD
cat "$TMP/body.html"
cat <<'FOOT'
</main>
</div>
<footer class="site">
<p>© 2026 Fictieve Standaarden Huisartsgeneeskunde · <a href="/disclaimer/">Disclaimer</a> · <a href="/privacy/">Privacyverklaring</a> · <a href="/toegankelijkheid/">Toegankelijkheid</a></p>
<div class="cookies" role="dialog">Deze website gebruikt functionele en analytische cookies om het gebruik van de site te meten en te verbeteren. Door op Akkoord te klikken gaat u akkoord met het plaatsen van deze cookies. U kunt uw voorkeuren altijd wijzigen via Cookie-instellingen. <button>Akkoord</button> <button>Cookie-instellingen</button></div>
</footer>
</body>
</html>
FOOT
} > "$OUT"
