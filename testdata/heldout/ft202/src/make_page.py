#!/usr/bin/python3
"""Turn slikrandkoorts.md into an HTML page: markdown2 fragment set in a site template."""
import re, sys, html
import markdown2

EXTRAS = ["tables", "footnotes", "header-ids", "cuddled-lists", "smarty-pants"]

TEMPLATE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{title} | Kustzorg Richtlijnen</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font-family: sans-serif; max-width: 60em; margin: auto; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #999; padding: 2px 6px; }}
.cookie {{ background: #eee; padding: 1em; }}
</style>
</head>
<body>
<header class="site-header">
<div class="logo">Kustzorg Richtlijnen</div>
<nav aria-label="Hoofdmenu">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/standaarden/">Standaarden</a></li>
<li><a href="/nieuws/">Nieuws</a></li>
<li><a href="/zoeken/">Zoeken</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</nav>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/standaarden/">Standaarden</a> &rsaquo; {title}</div>
</header>
<div class="wrapper">
<aside class="toc">
<h2>Inhoudsopgave</h2>
<ul>
{toc}
</ul>
</aside>
<main>
<article class="richtlijn">
{body}
</article>
</main>
</div>
<footer class="site-footer">
<p>&copy; 2026 Kustzorg Richtlijnen. Alle rechten voorbehouden. <a href="/privacy/">Privacyverklaring</a> | <a href="/disclaimer/">Disclaimer</a></p>
<div class="cookie" id="cookie-notice">
<p>Deze website gebruikt functionele en analytische cookies om het gebruik van de site te verbeteren. Door verder te gaan op deze website gaat u akkoord met het gebruik van cookies.</p>
<button type="button">Akkoord</button> <a href="/cookies/">Meer informatie over cookies</a>
</div>
</footer>
</body>
</html>
"""

def main(src, out):
    text = open(src, encoding="utf-8").read()
    body = markdown2.markdown(text, extras=EXTRAS)
    m = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    title = re.sub(r"<[^>]+>", "", m.group(1)).strip() if m else "Richtlijn"
    toc = []
    for lvl, hid, inner in re.findall(r'<h([23]) id="([^"]+)">(.*?)</h\1>', body, re.S):
        label = re.sub(r"<[^>]+>", "", inner).strip()
        cls = "toc-h2" if lvl == "2" else "toc-h3"
        toc.append('<li class="%s"><a href="#%s">%s</a></li>' % (cls, hid, label))
    page = TEMPLATE.format(title=title, toc="\n".join(toc), body=body)
    open(out, "w", encoding="utf-8").write(page)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
