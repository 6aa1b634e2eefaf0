// Save the rendered guideline page as Markdown, as a CMS export / browser extension does.
// turndown 7.2.5 + turndown-plugin-gfm 1.0.2 (tables, strikethrough, task lists).
const fs = require('fs');
const TurndownService = require('turndown');
const { gfm } = require('turndown-plugin-gfm');

const [, , input, output] = process.argv;
const html = fs.readFileSync(input, 'utf8');

const turndownService = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced'
});
turndownService.use(gfm);

fs.writeFileSync(output, turndownService.turndown(html) + '\n');
