// Renders kwelderhoest.md with remarkable and wraps it in a site page template.
'use strict';
const fs = require('fs');
const path = require('path');
const { Remarkable } = require('remarkable');

const [, , input, output] = process.argv;
const md = new Remarkable('default', { typographer: true, html: false });
// GFM tables and footnotes: make sure the rules are on
md.block.ruler.enable(['table', 'footnote']);
md.inline.ruler.enable(['footnote_ref', 'footnote_inline']);
md.core.ruler.enable(['footnote_tail', 'replacements', 'smartquotes']);

const src = fs.readFileSync(input, 'utf8');
const body = md.render(src);
const version = require('remarkable/package.json').version;

const page = `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Fictieve Standaard Kwelderhoest (FT-200) | Huisartsenkennisbank</title>
<meta name="generator" content="remarkable ${version}">
<style>
body{font-family:sans-serif;margin:0}
header.site{background:#035;color:#fff;padding:8px 16px}
nav.breadcrumb{padding:4px 16px;font-size:90%}
div.wrap{display:flex}
aside.sidebar{width:220px;padding:8px 16px;background:#eef}
main{flex:1;padding:8px 24px;max-width:900px}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}
footer.site{border-top:1px solid #999;padding:8px 16px;font-size:85%}
</style>
</head>
<body>
<header class="site">
<div class="logo">Huisartsenkennisbank</div>
<div class="tagline">Fictieve standaarden voor softwaretests</div>
<nav class="topnav"><ul><li><a href="#">Home</a></li><li><a href="#">Standaarden</a></li><li><a href="#">Zoeken</a></li><li><a href="#">Inloggen</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Kruimelpad"><a href="#">Home</a> › <a href="#">Standaarden</a> › <a href="#">Infecties</a> › Kwelderhoest</nav>
<div class="wrap">
<aside class="sidebar">
<h2>Op deze pagina</h2>
<ul>
<li><a href="#">Kernboodschappen</a></li>
<li><a href="#">Inleiding</a></li>
<li><a href="#">Achtergronden</a></li>
<li><a href="#">Richtlijnen diagnostiek</a></li>
<li><a href="#">Richtlijnen beleid</a></li>
<li><a href="#">Noten</a></li>
<li><a href="#">Literatuur</a></li>
</ul>
<h2>Gerelateerde standaarden</h2>
<ul>
<li><a href="#">Fictieve Standaard Slikkoorts</a></li>
<li><a href="#">Fictieve Standaard Duinjeuk</a></li>
<li><a href="#">Fictieve Standaard Polderhoofdpijn</a></li>
</ul>
<p class="meta">Laatst gewijzigd: 14 april 2026</p>
</aside>
<main id="inhoud">
${body}
</main>
</div>
<footer class="site">
<p>Dit is een fictieve testpagina. Niet gebruiken voor patiëntenzorg.</p>
<p>${md.renderInline("(c) 2026 Huisartsenkennisbank -- [Privacy](#) | [Contact](#) | [Disclaimer](#)")}</p>
</footer>
</body>
</html>
`;
fs.writeFileSync(output, page);
