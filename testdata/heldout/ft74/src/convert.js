// Converts the .docx to HTML with mammoth (default style map), like a CMS Word import.
const fs = require('fs');
const mammoth = require('mammoth');

mammoth.convertToHtml({ path: __dirname + '/ft74-mossenuitslag.docx' }).then((result) => {
  for (const m of result.messages) console.error('mammoth:', m.type, m.message);
  const page = '<!doctype html><html lang="nl"><head><meta charset="utf-8">' +
    '<title>Fictieve Standaard Mossenuitslag (FT-74)</title></head><body>' +
    result.value + '</body></html>\n';
  fs.writeFileSync(__dirname + '/ft74-mossenuitslag.html', page);
  console.log('wrote', page.length, 'chars');
});
