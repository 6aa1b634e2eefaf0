// Command main renders the fictional guideline FT-189 with goldmark (GFM + Footnote)
// into a small HTML page with a header menu, a sidebar table of contents and a footer.
package main

import (
	"bytes"
	"fmt"
	"html/template"
	"os"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

type tocEntry struct {
	Level int
	ID    string
	Title string
}

const page = `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: Georgia, serif; margin: 0; color: #222; }
header.site { background: #2f4f3a; color: #fff; padding: .6em 1.5em; }
header.site nav a { color: #e8f0e0; margin-right: 1.2em; text-decoration: none; }
.wrap { display: flex; max-width: 72em; margin: 0 auto; }
aside.toc { width: 16em; padding: 1em; border-right: 1px solid #ccc; font-size: .9em; }
aside.toc li.l3 { margin-left: 1em; }
main { flex: 1; padding: 1em 2em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #999; padding: .25em .5em; vertical-align: top; }
footer.site { border-top: 1px solid #ccc; padding: 1em 1.5em; font-size: .85em; color: #555; }
</style>
</head>
<body>
<header class="site">
<div class="brand">Fictief Huisartsengenootschap &middot; Standaarden</div>
<nav>
<a href="#">Home</a>
<a href="#">Standaarden</a>
<a href="#">Praktijkhulpmiddelen</a>
<a href="#">Nascholing</a>
<a href="#">Zoeken</a>
<a href="#">Contact</a>
</nav>
</header>
<div class="wrap">
<aside class="toc">
<p><strong>Inhoud</strong></p>
<ul>
{{range .TOC}}<li class="l{{.Level}}"><a href="#{{.ID}}">{{.Title}}</a></li>
{{end}}</ul>
</aside>
<main>
{{.Body}}
</main>
</div>
<footer class="site">
<p>&copy; 2026 Fictief Huisartsengenootschap. Alle rechten voorbehouden. Fictieve testpublicatie, geen medisch advies.</p>
<p><a href="#">Disclaimer</a> | <a href="#">Privacyverklaring</a> | <a href="#">Cookies</a> | <a href="#">Toegankelijkheid</a></p>
</footer>
</body>
</html>
`

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: main in.md out.html")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.Footnote),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
	doc := md.Parser().Parse(text.NewReader(src))

	var toc []tocEntry
	title := "Fictieve Standaard"
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		t := string(h.Text(src))
		if h.Level == 1 {
			title = t
			return ast.WalkContinue, nil
		}
		id, _ := h.AttributeString("id")
		idb, _ := id.([]byte)
		if h.Level <= 3 {
			toc = append(toc, tocEntry{Level: h.Level, ID: string(idb), Title: t})
		}
		return ast.WalkContinue, nil
	})

	var body bytes.Buffer
	if err := md.Renderer().Render(&body, src, doc); err != nil {
		panic(err)
	}
	tpl := template.Must(template.New("page").Parse(page))
	out, err := os.Create(os.Args[2])
	if err != nil {
		panic(err)
	}
	defer out.Close()
	if err := tpl.Execute(out, map[string]any{
		"Title": title,
		"TOC":   toc,
		"Body":  template.HTML(body.String()),
	}); err != nil {
		panic(err)
	}
}
