#!/usr/bin/python3
"""Render the guideline Markdown with mistune 2 and wrap it in the intranet page template
(the way the practice's small Flask intranet does it in its view function)."""
import sys
import mistune

TEMPLATE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{title} | Intranet Huisartsenpraktijk De Linde</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
header.site {{ background: #2b5d34; color: #fff; padding: 12px 24px; }}
nav.menu ul {{ list-style: none; margin: 0; padding: 6px 24px; background: #e8efe9; }}
nav.menu li {{ display: inline; margin-right: 18px; }}
main {{ max-width: 960px; margin: 16px auto; padding: 0 24px; }}
table {{ border-collapse: collapse; margin: 12px 0; }}
th, td {{ border: 1px solid #999; padding: 3px 6px; vertical-align: top; }}
footer.site {{ border-top: 1px solid #ccc; padding: 10px 24px; font-size: 0.85em; color: #555; }}
</style>
</head>
<body>
<header class="site">
<div class="logo">Huisartsenpraktijk De Linde</div>
<div class="tagline">Intranet voor medewerkers</div>
</header>
<nav class="menu">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/protocollen">Protocollen</a></li>
<li><a href="/standaarden">Standaarden</a></li>
<li><a href="/telefoonlijst">Telefoonlijst</a></li>
<li><a href="/roosters">Roosters</a></li>
<li><a href="/logout">Uitloggen</a></li>
</ul>
</nav>
<main>
<article class="guideline">
{body}
</article>
</main>
<footer class="site">
<p>&copy; 2026 Huisartsenpraktijk De Linde &middot; Alleen voor intern gebruik &middot; Pagina beheerd door de kwaliteitscommissie</p>
</footer>
</body>
</html>
"""

def main(src, dst):
    text = open(src, encoding='utf-8').read()
    md = mistune.create_markdown(plugins=['table', 'footnotes', 'strikethrough'])
    body = md(text)
    title = text.splitlines()[0].lstrip('# ').strip()
    with open(dst, 'w', encoding='utf-8') as f:
        f.write(TEMPLATE.format(title=title, body=body))

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
