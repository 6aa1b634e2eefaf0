// Intranet tool: store guideline pages as plain text.
const fs = require('fs');
const { htmlToText } = require('html-to-text');
const [,, input, output] = process.argv;
const html = fs.readFileSync(input, 'utf8');
const text = htmlToText(html, {
  wordwrap: 80,
  selectors: [{ selector: 'table', format: 'dataTable' }],
});
fs.writeFileSync(output, text + '\n');
