package main

import (
	"fmt"
	"os"

	"github.com/gomarkdown/markdown"
	"github.com/gomarkdown/markdown/html"
	"github.com/gomarkdown/markdown/parser"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: render in.md out.html")
		os.Exit(2)
	}
	md, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	p := parser.NewWithExtensions(parser.CommonExtensions | parser.Footnotes | parser.AutoHeadingIDs)
	r := html.NewRenderer(html.RendererOptions{
		Flags: html.CommonFlags | html.CompletePage,
		Title: "Fictieve NHG-Standaard Turfsteekkoorts (FT-174) - Wiki Richtlijnen",
	})
	out := markdown.ToHTML(md, p, r)
	if err := os.WriteFile(os.Args[2], out, 0o644); err != nil {
		panic(err)
	}
}
