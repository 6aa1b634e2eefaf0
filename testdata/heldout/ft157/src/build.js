// Convert the FT-157 guideline (Markdown) to a complete HTML document with Showdown.
const fs = require('fs');
const path = require('path');
// showdown from npm (npm install showdown@2.1.0 beside this folder, or
// NODE_PATH naming where it is)
const showdown = require('showdown');

const src = path.join(__dirname, 'grauwmoskoorts.md');
const out = path.join(__dirname, '..', 'ft157-grauwmoskoorts.html');

const converter = new showdown.Converter({
  tables: true,
  strikethrough: true,
  tasklists: true,
  simplifiedAutoLink: true,
  ghCodeBlocks: true,
  metadata: true,
  completeHTMLDocument: true
});

const html = converter.makeHtml(fs.readFileSync(src, 'utf8'));
fs.writeFileSync(out, html + '\n');
console.error("metadata:", JSON.stringify(converter.getMetadata()));
