// Build the fictional guideline FT-190 with unified/remark/rehype.
import {readFile, writeFile} from 'node:fs/promises'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkRehype from 'remark-rehype'
import rehypeSlug from 'rehype-slug'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeStringify from 'rehype-stringify'

const [, , input, output] = process.argv
const md = await readFile(input, 'utf8')

const file = await unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, {behavior: 'append'})
  .use(rehypeStringify)
  .process(md)

const page = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fictieve Standaard Hoornbeekkoorts (FT-190)</title>
<style>
body { font-family: sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; }
table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: .25rem .5rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style>
</head>
<body>
<nav>
<a href="/">Home</a> |
<a href="/standaarden/">Standaarden</a> |
<a href="#kernboodschappen">Kernboodschappen</a> |
<a href="#richtlijnen-diagnostiek">Diagnostiek</a> |
<a href="#richtlijnen-beleid">Beleid</a> |
<a href="#noten">Noten</a>
</nav>
<main>
${String(file)}
</main>
<footer>
<p>Fictieve werkgroep Hoornbeekkoorts, 2026. Fictief testdocument, geen medisch advies.</p>
</footer>
</body>
</html>
`
await writeFile(output, page)
