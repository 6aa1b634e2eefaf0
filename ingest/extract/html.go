package extract

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/bronwijzer/bronwijzer"
)

const msgHTMLCorrupt = "HTML-bestand kon niet worden gelezen (could not parse HTML)"

// HTML extracts the readable text of an HTML page. Page chrome and
// non-content (script, style, nav, header, footer, aside, noscript,
// template, hidden elements) is dropped; h1–h6 become headings; p, li, td,
// th, blockquote, pre, dt, dd and captions become paragraphs, as does loose
// text in containers. The title is <title>, else the first top heading.
// A page declaring a legacy charset (e.g. windows-1252) is decoded first.
func HTML(data []byte) (doc *Document, err error) {
	s, err := decodeHTML(data)
	if err != nil {
		return nil, err
	}
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, bronwijzer.WrapError(bronwijzer.EINVALID, fmt.Errorf("html parser panic: %v", p), "%s", msgHTMLCorrupt)
		}
	}()
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, bronwijzer.WrapError(bronwijzer.EINVALID, err, "%s", msgHTMLCorrupt)
	}
	w := &htmlWalker{kind: Paragraph}
	w.walk(root)
	w.flush()
	return assemble("text/html", normalizeBlock(collapseSpaces(w.title)), w.blocks)
}

// decodeHTML returns the page as UTF-8: UTF-8 input as is, a page whose
// BOM or <meta> declares another charset transcoded, anything else invalid.
func decodeHTML(data []byte) (string, error) {
	if _, name, _ := charset.DetermineEncoding(data, "text/html"); name != "utf-8" && hasCharsetHint(data) {
		r, err := charset.NewReader(bytes.NewReader(data), "text/html")
		if err == nil {
			var buf bytes.Buffer
			if _, err := buf.ReadFrom(r); err == nil {
				data = buf.Bytes()
			}
		}
	}
	return decodeUTF8(data)
}

// hasCharsetHint reports whether the page declares its encoding, so that
// undeclared invalid UTF-8 is reported instead of guessed.
func hasCharsetHint(data []byte) bool {
	head := bytes.ToLower(data[:min(len(data), 1024)])
	return bytes.Contains(head, []byte("charset")) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe})
}

// htmlWalker collects blocks in document order. Text accumulates in buf and
// is flushed as a block whenever a block-level element starts or ends.
type htmlWalker struct {
	blocks []textBlock
	buf    strings.Builder
	kind   Kind
	level  int
	pre    int // depth inside <pre>: keep line breaks
	title  string
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipElement(n) {
			return
		}
		switch n.DataAtom {
		case atom.Title:
			if w.title == "" {
				w.title = nodeText(n)
			}
			return
		case atom.Br:
			w.buf.WriteString(lineBreak)
			return
		}
		if kind, level, ok := blockElement(n.DataAtom); ok {
			w.block(n, kind, level)
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// block emits what came before n, then n's own text as a block of kind.
func (w *htmlWalker) block(n *html.Node, kind Kind, level int) {
	w.flush()
	outerKind, outerLevel := w.kind, w.level
	w.kind, w.level = kind, level
	if n.DataAtom == atom.Pre {
		w.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	w.flush()
	if n.DataAtom == atom.Pre {
		w.pre--
	}
	w.kind, w.level = outerKind, outerLevel
}

func (w *htmlWalker) flush() {
	t := w.buf.String()
	w.buf.Reset()
	if w.pre == 0 {
		t = collapseSpaces(t)
	}
	if strings.TrimSpace(t) != "" {
		w.blocks = append(w.blocks, textBlock{kind: w.kind, level: w.level, text: t})
	}
}

// lineBreak marks a <br> in collected text; source newlines are only white
// space in HTML.
const lineBreak = "\u2028"

// collapseSpaces applies HTML white-space rules: any run of white space is
// one space; <br> line breaks survive as single newlines.
func collapseSpaces(s string) string {
	lines := strings.Split(s, lineBreak)
	out := lines[:0]
	for _, l := range lines {
		if f := strings.Join(strings.Fields(l), " "); f != "" {
			out = append(out, f)
		}
	}
	return strings.Join(out, "\n")
}

func skipElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Nav, atom.Header, atom.Footer, atom.Aside,
		atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Button, atom.Select,
		atom.Form, atom.Object, atom.Canvas:
		return true
	}
	for _, a := range n.Attr {
		switch {
		case a.Key == "hidden",
			a.Key == "aria-hidden" && a.Val == "true",
			a.Key == "role" && (a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo"):
			return true
		}
	}
	return false
}

// blockElement tells whether a starts a block, and of which kind.
func blockElement(a atom.Atom) (Kind, int, bool) {
	switch a {
	case atom.H1:
		return Heading, 1, true
	case atom.H2:
		return Heading, 2, true
	case atom.H3:
		return Heading, 3, true
	case atom.H4:
		return Heading, 4, true
	case atom.H5:
		return Heading, 5, true
	case atom.H6:
		return Heading, 6, true
	case atom.P, atom.Li, atom.Td, atom.Th, atom.Blockquote, atom.Pre, atom.Dt, atom.Dd,
		atom.Figcaption, atom.Caption, atom.Div, atom.Section, atom.Article, atom.Main,
		atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Tr, atom.Figure, atom.Address, atom.Body, atom.Hr:
		return Paragraph, 0, true
	}
	return Paragraph, 0, false
}

// nodeText returns the concatenated text below n.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			sb.WriteString(d.Data)
		}
	}
	return sb.String()
}
