package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	label := markerLabel(n)
	if label == "" {
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

// bareMarker returns the note number that n, a <sup> without a link
// after the text before, marks: a number of up to three digits after a
// word or punctuation, as a page whose editor has no footnotes types them
// ("van mens op mens.<sup>1</sup>", Confluence's FT-65, FT-18). After a
// unit or a number it is an exponent, as a raised glyph of a PDF is
// (pdfMarkerHost).
func bareMarker(before string, n *html.Node) (string, bool) {
	if n.DataAtom != atom.Sup {
		return "", false
	}
	label := strings.TrimSpace(nodeText(n))
	return label, bareMarkerAfter(before, label)
}

// bareMarkerAfter reports whether label, raised after the text before,
// is a note's number (bareMarker): not a sign, not after a unit or a
// number, a space or nothing.
func bareMarkerAfter(before, label string) bool {
	if !pdfMarkerRE.MatchString(label) || strings.ContainsAny(label, "*†‡§") || before == "" || !pdfMarkerHost(before, label) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	// "30<sup>1</sup>" may be a power, a PDF's glyphs say more; a number
	// after a space or a line's start labels a note of a list
	return !unicode.IsDigit(r) && !unicode.IsSpace(r)
}

// noteSymbol returns the label of an in-page link of up to four letters
// or digits ("1", "iv"): inside a note, before its text, the link back to
// its marker.
func noteSymbol(n *html.Node) (string, bool) {
	if n.Type != html.ElementNode || n.DataAtom != atom.A || !strings.HasPrefix(attr(n, "href"), "#") {
		return "", false
	}
	label := strings.TrimRight(markerLabel(n), ".")
	if label == "" || strings.ContainsFunc(label, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		return "", false
	}
	return label, true
}

// markerLabel returns the text of a note's marker without its brackets
// ("[1]" → "1"), or "" when it is empty or longer than four characters.
func markerLabel(n *html.Node) string {
	label := strings.Trim(strings.TrimSpace(nodeText(n)), "[]() ")
	if len([]rune(label)) > 4 {
		return ""
	}
	return label
}

// backLink reports a link back from a footnote to its marker: role
// doc-backlink without a letter (a title that links back to the table of
// contents is the title: docutils gives every heading of a page with
// contents one, <h2><a role="doc-backlink" …>Anamnese</a></h2>, FT-70),
// or an in-page link whose text has no letters or digits ("↩").
func backLink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	if attr(n, "role") == "doc-backlink" {
		return !strings.ContainsFunc(nodeText(n), unicode.IsLetter)
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

// linkedNotes returns the elements that a note's marker and the note link
// to each other: a short label linking to the element's id (<a
// href="#fn_1" id="reffn_1">1</a>) and a link in the element back to the
// marker's id (<a href="#reffn_1">↩</a>). The links say it is a note
// whatever its element and class: HonKit sets its footnotes as <blockquote
// id="fn_1"> after the last section, and FT-108's five notes had been one
// paragraph of its referral section. An element with a heading in it is
// none (a section that links back to the table of contents).
func linkedNotes(root *html.Node) map[*html.Node]bool {
	byID := map[string]*html.Node{}
	var markers []*html.Node
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if id := attr(n, "id"); id != "" {
			byID[id] = n
		}
		if n.DataAtom == atom.A && strings.HasPrefix(attr(n, "href"), "#") && attr(n, "id") != "" && markerLabel(n) != "" {
			markers = append(markers, n)
		}
	}
	out := map[*html.Node]bool{}
	for _, m := range markers {
		note := byID[strings.TrimPrefix(attr(m, "href"), "#")]
		if note == nil || note == m || holds(note, m) || out[note] {
			continue
		}
		back, heading := false, false
		for d := range note.Descendants() {
			if d.Type != html.ElementNode {
				continue
			}
			heading = heading || headingElement(d.DataAtom)
			back = back || d.DataAtom == atom.A && attr(d, "href") == "#"+attr(m, "id")
		}
		if back && !heading {
			out[note] = true
		}
	}
	return out
}
