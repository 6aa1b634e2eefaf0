// Command htmleval measures main-content extraction on the hand-marked pages
// in ../html: the chrome rules of package extract against go-trafilatura and
// go-readability, by content-word recall and precision (see
// docs/extraction.md, "Web pages"), and whether each keeps the tables, list
// items and headings of the content. It is a separate module so that the
// libraries stay out of the service's dependencies.
//
//	cd ingest/extract/testdata/htmleval && go run .
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	readability "github.com/go-shiori/go-readability"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

type counts map[string]int

func (c counts) total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// structure counts tables, list items and headings.
type structure struct{ tables, items, headings int }

func countStructure(n *html.Node, inside func(*html.Node) bool) structure {
	var s structure
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || !inside(d) {
			continue
		}
		switch d.DataAtom {
		case atom.Table:
			s.tables++
		case atom.Li:
			s.items++
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			s.headings++
		}
	}
	return s
}

// marked splits a page's visible words by the <!--content--> markers and
// records which elements lie inside them.
func marked(root *html.Node) (content, chrome counts, in map[*html.Node]bool) {
	content, chrome, in = counts{}, counts{}, map[*html.Node]bool{}
	on := false
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch n.Type {
		case html.CommentNode:
			switch strings.TrimSpace(n.Data) {
			case "content":
				on = true
			case "/content":
				on = false
			}
		case html.TextNode:
			dst := chrome
			if on {
				dst = content
			}
			for _, w := range words(n.Data) {
				dst[w]++
			}
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Template, atom.Noscript:
				return
			}
			in[n] = on
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	return content, chrome, in
}

func score(out []string, content, chrome counts) (recall, precision float64) {
	got := counts{}
	for _, w := range out {
		got[w]++
	}
	matched, leaked := 0, 0
	for w, n := range got {
		m := min(n, content[w])
		matched += m
		leaked += min(n-m, chrome[w])
	}
	return float64(matched) / float64(max(1, content.total())), float64(matched) / float64(max(1, matched+leaked))
}

// docWords counts each table once, like the package test.
func docWords(doc *extract.Document) []string {
	var out []string
	runes := []rune(doc.Pages[0].Text)
	for _, b := range doc.Pages[0].Blocks {
		if b.Kind != extract.TableRow && b.Kind != extract.Caption {
			out = append(out, words(string(runes[b.Start:b.End]))...)
		}
	}
	for _, t := range doc.Tables {
		out = append(out, words(t.Text())...)
	}
	return out
}

func nodeText(n *html.Node) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			sb.WriteString(d.Data)
			sb.WriteString(" ")
		}
	}
	return sb.String()
}

func render(n *html.Node) []byte {
	var buf bytes.Buffer
	_ = html.Render(&buf, n)
	return buf.Bytes()
}

type result struct {
	name              string
	recall, precision float64
	st                structure
	rowsAsTables      int // tables that reach Document.Tables when the output is walked
}

func main() {
	files, _ := filepath.Glob("../html/*.html")
	sums := map[string][3]float64{}
	var order []string
	fmt.Println("| page | extractor | recall | precision | tables | list items | headings |")
	fmt.Println("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		root, _ := html.Parse(bytes.NewReader(data))
		content, chrome, in := marked(root)
		want := countStructure(root, func(n *html.Node) bool { return in[n] })
		all := func(*html.Node) bool { return true }
		var rs []result

		doc, err := extract.HTML(data)
		if err == nil {
			r, p := score(docWords(doc), content, chrome)
			rs = append(rs, result{name: "chrome rules", recall: r, precision: p, rowsAsTables: len(doc.Tables)})
		}
		for _, focus := range []struct {
			name  string
			focus trafilatura.ExtractionFocus
		}{{"trafilatura", trafilatura.Balanced}, {"trafilatura (favour recall)", trafilatura.FavorRecall}} {
			tr, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{Focus: focus.focus, EnableFallback: true, ExcludeComments: true})
			if err != nil || tr.ContentNode == nil {
				rs = append(rs, result{name: focus.name + " (failed)"})
				continue
			}
			r, p := score(words(nodeText(tr.ContentNode)), content, chrome)
			res := result{name: focus.name, recall: r, precision: p, st: countStructure(tr.ContentNode, all)}
			if d, err := extract.HTML(render(tr.ContentNode)); err == nil {
				res.rowsAsTables = len(d.Tables)
			}
			rs = append(rs, res)
		}
		art, err := readability.FromReader(bytes.NewReader(data), nil)
		if err == nil && art.Node != nil {
			r, p := score(words(nodeText(art.Node)), content, chrome)
			res := result{name: "readability", recall: r, precision: p, st: countStructure(art.Node, all)}
			if d, err := extract.HTML(render(art.Node)); err == nil {
				res.rowsAsTables = len(d.Tables)
			}
			rs = append(rs, res)
		} else {
			rs = append(rs, result{name: "readability (failed)"})
		}
		for _, r := range rs {
			st := fmt.Sprintf("%d/%d | %d/%d | %d/%d", r.st.tables, want.tables, r.st.items, want.items, r.st.headings, want.headings)
			if r.name == "chrome rules" {
				st = fmt.Sprintf("%d/%d | (model) | (model)", r.rowsAsTables, want.tables)
			}
			fmt.Printf("| %s | %s | %.3f | %.3f | %s |\n", filepath.Base(f), r.name, r.recall, r.precision, st)
			if _, ok := sums[r.name]; !ok {
				order = append(order, r.name)
			}
			s := sums[r.name]
			sums[r.name] = [3]float64{s[0] + r.recall, s[1] + r.precision, s[2] + 1}
		}
	}
	fmt.Println()
	fmt.Println("| extractor | mean recall | mean precision | pages |")
	fmt.Println("| --- | ---: | ---: | ---: |")
	for _, name := range order {
		s := sums[name]
		fmt.Printf("| %s | %.3f | %.3f | %.0f |\n", name, s[0]/s[2], s[1]/s[2], s[2])
	}
}
