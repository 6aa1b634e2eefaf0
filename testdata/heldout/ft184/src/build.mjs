// Renders the guideline Markdown with marked (GFM on) and wraps it in the
// Huisartsenkompas site template. Usage: node build.mjs <in.md> <out.html>
import { readFileSync, writeFileSync } from 'node:fs';
import { Marked, Renderer } from 'marked';

const [, , input, output] = process.argv;
const md = readFileSync(input, 'utf8');

const slugify = (s) =>
  s.toLowerCase()
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/[^a-z0-9\s-]/g, '')
    .trim().replace(/\s+/g, '-');

const toc = [];
const seen = new Map();
let title = '';

const marked = new Marked({ gfm: true });
marked.use({
  renderer: {
    heading({ tokens, depth, text }) {
      const inner = this.parser.parseInline(tokens);
      if (depth === 1) {
        title = text;
        return `<h1 class="page-title">${inner}</h1>\n`;
      }
      let id = slugify(text);
      const n = seen.get(id) || 0;
      seen.set(id, n + 1);
      if (n) id = `${id}-${n}`;
      if (depth <= 3) toc.push({ depth, id, text: inner });
      return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
    },
    table(token) {
      // default rendering, wrapped in a scroll container like the live site
      const html = Renderer.prototype.table.call(this, token);
      return `<div class="table-scroll">\n${html}</div>\n`;
    },
  },
});

const body = marked.parse(md);

const tocHtml = (() => {
  let out = '<ul class="toc">\n';
  let open = false;
  for (const h of toc) {
    if (h.depth === 2) {
      if (open) out += '</ul></li>\n';
      out += `<li><a href="#${h.id}">${h.text}</a>`;
      open = false;
      const idx = toc.indexOf(h);
      if (toc[idx + 1] && toc[idx + 1].depth === 3) { out += '\n<ul>\n'; open = true; }
      else out += '</li>\n';
    } else {
      out += `<li><a href="#${h.id}">${h.text}</a></li>\n`;
    }
  }
  if (open) out += '</ul></li>\n';
  return out + '</ul>\n';
})();

const page = `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | Huisartsenkompas</title>
<meta name="description" content="Praktijkrichtlijn voor de huisarts: ${title}">
<link rel="stylesheet" href="/assets/css/site.css">
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;line-height:1.5}
.site-header{background:#0b5d5a;color:#fff;padding:.6em 2em;display:flex;justify-content:space-between;align-items:center}
.site-header a{color:#fff;text-decoration:none}
.site-name{font-size:1.4em;font-weight:bold}
.main-nav ul{list-style:none;margin:0;padding:0;display:flex;gap:1.4em}
.breadcrumb{padding:.5em 2em;font-size:.85em;background:#eef4f3}
.breadcrumb ol{list-style:none;margin:0;padding:0;display:flex;gap:.4em}
.breadcrumb li+li::before{content:"›";margin-right:.4em}
.layout{display:flex;gap:2em;padding:1em 2em;max-width:1200px}
.sidebar{flex:0 0 230px;font-size:.9em;border-right:1px solid #cfdcdb;padding-right:1em}
.sidebar ul{padding-left:1em}
.content{flex:1;min-width:0}
.table-scroll{overflow-x:auto}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em}
th,td{border:1px solid #b8c9c7;padding:.3em .5em;vertical-align:top}
th{background:#dfeceb}
.site-footer{background:#26302f;color:#ddd;padding:1em 2em;font-size:.85em;margin-top:2em}
.site-footer a{color:#fff}
.cookie-notice{background:#fff7d6;color:#333;padding:.6em 1em;margin-bottom:1em;border:1px solid #e6d68a}
</style>
</head>
<body>
<a class="skip-link" href="#main">Direct naar de inhoud</a>
<header class="site-header">
  <div class="site-name"><a href="/">Huisartsenkompas</a></div>
  <nav class="main-nav" aria-label="Hoofdmenu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/standaarden/">Standaarden</a></li>
      <li><a href="/nieuws/">Nieuws</a></li>
      <li><a href="/nascholing/">Nascholing</a></li>
      <li><a href="/over-ons/">Over ons</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
  <form class="search" action="/zoeken/" role="search"><input type="search" name="q" placeholder="Zoeken in standaarden" aria-label="Zoeken"><button type="submit">Zoek</button></form>
</header>
<nav class="breadcrumb" aria-label="Kruimelpad">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/standaarden/">Standaarden</a></li>
    <li><a href="/standaarden/huid/">Huid</a></li>
    <li aria-current="page">Rietvoet</li>
  </ol>
</nav>
<div class="layout">
<aside class="sidebar">
<h2 class="sidebar-title">Inhoud</h2>
${tocHtml}<p class="sidebar-links"><a href="/standaarden/rietvoet/print/">Printversie</a> · <a href="/patientenfolders/rietvoet/">Patiëntenfolder</a></p>
</aside>
<main id="main" class="content">
<article class="guideline">
${body}</article>
<p class="share">Deel deze pagina: <a href="/delen/mail">e-mail</a> · <a href="/delen/link">link kopiëren</a></p>
</main>
</div>
<footer class="site-footer">
  <div class="cookie-notice" role="dialog" aria-label="Cookiemelding">
    Huisartsenkompas gebruikt functionele en analytische cookies om de website te laten werken en te verbeteren. Lees meer in onze <a href="/privacy/">privacyverklaring</a>. <button type="button">Akkoord</button> <button type="button">Alleen noodzakelijke cookies</button>
  </div>
  <p><a href="/colofon/">Colofon</a> · <a href="/disclaimer/">Disclaimer</a> · <a href="/privacy/">Privacy</a> · <a href="/toegankelijkheid/">Toegankelijkheid</a></p>
  <p>© 2026 Huisartsenkompas. Alle rechten voorbehouden.</p>
</footer>
</body>
</html>
`;

writeFileSync(output, page);
console.log(`wrote ${output} (${toc.length} headings in Inhoud)`);
