package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// noteRef reports a footnote marker and its label: an element with the
// DPUB-ARIA role doc-noteref, a <sup> whose only content is a short label
// linked inside the page (<sup><a href="#fn3">3</a></sup>), or such a link
// around a raised label. A bare <sup>2</sup>
// is an exponent ("10<sup>9</sup>/l"), not a marker.
func noteRef(n *html.Node) (string, bool) {
	if n.Type != html.ElementNode || (n.DataAtom != atom.Sup && n.DataAtom != atom.A && attr(n, "role") != "doc-noteref") {
		return "", false
	}
	label := strings.Trim(strings.TrimSpace(nodeText(n)), "[]() ")
	if label == "" || len([]rune(label)) > 4 {
		return "", false
	}
	if attr(n, "role") == "doc-noteref" {
		return label, true
	}
	if n.DataAtom == atom.A {
		// the link around a raised label, as Word writes its marker:
		// <a href="#_ftn1"><span class=MsoFootnoteReference>[1]</span></a>,
		// the span raised by its class (presentationalSpans)
		if !strings.HasPrefix(attr(n, "href"), "#") {
			return "", false
		}
		for d := range n.Descendants() {
			if d.DataAtom == atom.Sup {
				return label, true
			}
		}
		return "", false
	}
	for d := range n.Descendants() {
		if d.DataAtom == atom.A && strings.HasPrefix(attr(d, "href"), "#") {
			return label, true
		}
	}
	return "", false
}

// exponent returns the exponent of a power of ten that n, a <sup> after
// the text before, raises: "10<sup>9</sup>/l" reads "10⁹/l", not the
// number 109.
func exponent(before string, n *html.Node) (string, bool) {
	if n.DataAtom != atom.Sup || !tenBase(before) {
		return "", false
	}
	return raise(strings.TrimSpace(nodeText(n)))
}

// backLink reports a link back from a footnote to its marker: role
// doc-backlink, or an in-page link whose text has no letters or digits ("↩").
func backLink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	if attr(n, "role") == "doc-backlink" {
		return true
	}
	if !strings.HasPrefix(attr(n, "href"), "#") {
		return false
	}
	text := nodeText(n)
	return strings.TrimSpace(text) != "" && !strings.ContainsFunc(text, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	})
}

// trailingDigits returns the number that ends an id ("fn12" → "12"), the
// usual way footnote elements carry their label.
func trailingDigits(id string) string {
	i := len(id)
	for i > 0 && id[i-1] >= '0' && id[i-1] <= '9' {
		i--
	}
	return id[i:]
}

func hasListBelow(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.DataAtom == atom.Ol || d.DataAtom == atom.Ul {
			return true
		}
	}
	return false
}

// pageTitle returns the text of the page's first <title>, or "".
func pageTitle(root *html.Node) string {
	for d := range root.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Title {
			return nodeText(d)
		}
	}
	return ""
}
