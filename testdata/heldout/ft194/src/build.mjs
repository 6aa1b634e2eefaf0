// Build the fictional guideline FT-194 with micromark + micromark-extension-gfm.
import {readFile, writeFile} from 'node:fs/promises'
import {micromark} from 'micromark'
import {gfm, gfmHtml} from 'micromark-extension-gfm'

const [, , input, output] = process.argv
const doc = await readFile(input, 'utf8')

const body = micromark(doc, {
  allowDangerousHtml: true,
  extensions: [gfm()],
  htmlExtensions: [gfmHtml()]
})

const page = `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Fictieve Standaard Brakwaterkoorts (FT-194)</title>
</head>
<body>
<p class="kopregel">Fictieve Standaard Brakwaterkoorts (FT-194) | fictief testdocument | maart 2026</p>
${body}
</body>
</html>
`
await writeFile(output, page)
