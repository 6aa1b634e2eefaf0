// Converts guideline.html to Markdown with html-to-markdown v2 (base + commonmark + table plugins).
package main

import (
	"log"
	"os"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
)

func main() {
	in, out := "guideline.html", "../doc/ft185-dravelingkoorts.md"
	if len(os.Args) == 3 {
		in, out = os.Args[1], os.Args[2]
	}
	src, err := os.ReadFile(in)
	if err != nil {
		log.Fatal(err)
	}
	conv := converter.NewConverter(
		converter.WithPlugins(
			base.NewBasePlugin(),
			commonmark.NewCommonmarkPlugin(),
			table.NewTablePlugin(),
		),
	)
	md, err := conv.ConvertString(string(src))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(out, []byte(md), 0o644); err != nil {
		log.Fatal(err)
	}
}
