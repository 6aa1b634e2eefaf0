// Renders the Markdown guideline with markdown-it and wraps it in a minimal site page.
'use strict';
const fs = require('fs');
const MarkdownIt = require('markdown-it');

const [input, output] = process.argv.slice(2);
const md = new MarkdownIt({ html: false, typographer: false });
const src = fs.readFileSync(input, 'utf8');
const body = md.render(src);
const title = (src.match(/^# (.+)$/m) || [, 'Fictieve Standaard'])[1];
const version = require('markdown-it/package.json').version;

const page = `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="markdown-it ${version}">
<title>${title}</title>
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<header class="site-header">
<a class="logo" href="/">Fictief Huisartsengenootschap</a>
<nav class="site-nav">
<ul>
<li><a href="/standaarden/">Standaarden</a></li>
<li><a href="/patientinfo/">Patiënteninformatie</a></li>
<li><a href="/nascholing/">Nascholing</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</nav>
</header>
<main class="guideline">
${body}</main>
<footer class="site-footer">
<p>FICTIEF — geen medisch advies. Testdocument FT-220.</p>
<p>© 2026 Fictief Huisartsengenootschap · <a href="/privacy/">Privacy</a> · <a href="/disclaimer/">Disclaimer</a></p>
</footer>
</body>
</html>
`;
fs.writeFileSync(output, page);
