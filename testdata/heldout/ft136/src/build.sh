#!/bin/sh
# Builds ../ft136-kwelderhoest.html from the Textile source with RedCloth
# (Debian ruby-redcloth 4.3.2, command `redcloth`), wrapped in a minimal
# intranet page (doctype, <title>, small breadcrumb header and footer).
set -e
cd "$(dirname "$0")"
OUT=../ft136-kwelderhoest.html
BODY=$(redcloth kwelderhoest.textile)
{
cat <<'HEAD'
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Fictieve NHG-Standaard Kwelderhoest (FT-136) - Intranet HAGRO Noordkust</title>
<style>
body { font-family: sans-serif; max-width: 60em; margin: 1em auto; }
table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; }
p.footnote { font-size: 90%; }
</style>
</head>
<body>
<div id="kop"><a href="/">Intranet HAGRO Noordkust</a> &raquo; <a href="/protocollen/">Protocollen</a> &raquo; Kwelderhoest</div>
<hr>
HEAD
printf '%s\n' "$BODY"
cat <<'FOOT'
<hr>
<div id="voet">Intranet HAGRO Noordkust &middot; pagina beheerd door de protocolcommissie &middot; laatst bijgewerkt 1 mei 2026 &middot; FICTIEF testdocument</div>
</body>
</html>
FOOT
} > "$OUT"
echo "wrote $OUT"
