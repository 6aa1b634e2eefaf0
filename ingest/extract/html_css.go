package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Presentational CSS: editors that export HTML mark bold and superscript
// text with style rules instead of <b> and <sup>. Google Docs writes every
// run as <span class="c7"> with ".c7{font-weight:700}" in the page's
// <style>, a note's letter as a span with "vertical-align:super"; other
// exporters write the same inline (style="font-weight:bold"). The rest of
// the extractor reads <b>/<strong> (a table's bold first row is its
// header: boldRow) and <sup> (a note's marker leaves the text), so such a
// <span> is read as the element its style makes it. FT-54's tables, whose
// header row is bold by class only, had their rows stored without column
// names ("quelmidon · volwassenen · 250 mg"), and their note letters had
// stuck to the cells ("ouderen ≥ 75 jaara").

// cssClassRule matches a rule for one or more plain class selectors:
// ".c7{…}", ".c3, .c9{…}".
var cssClassRule = regexp.MustCompile(`((?:\.[-\w]+\s*,\s*)*\.[-\w]+)\s*\{([^{}]*)\}`)

// cssBold and cssSuper match the declarations that make text bold or raised.
var (
	cssBold  = regexp.MustCompile(`(?i)font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b`)
	cssSuper = regexp.MustCompile(`(?i)vertical-align\s*:\s*super\b`)
)

// presentationalSpans turns each <span> below root that a class rule of
// the page's <style> elements, or its own style attribute, makes bold into
// a <b>, and one it raises into a <sup>.
func presentationalSpans(root *html.Node) {
	bold, super := map[string]bool{}, map[string]bool{}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode || n.DataAtom != atom.Style || n.FirstChild == nil {
			continue
		}
		for _, m := range cssClassRule.FindAllStringSubmatch(n.FirstChild.Data, -1) {
			for _, sel := range strings.Split(m[1], ",") {
				class := strings.TrimPrefix(strings.TrimSpace(sel), ".")
				if cssBold.MatchString(m[2]) {
					bold[class] = true
				}
				if cssSuper.MatchString(m[2]) {
					super[class] = true
				}
			}
		}
	}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode || n.DataAtom != atom.Span {
			continue
		}
		style := attr(n, "style")
		isBold, isSuper := cssBold.MatchString(style), cssSuper.MatchString(style)
		for _, class := range strings.Fields(attr(n, "class")) {
			isBold, isSuper = isBold || bold[class], isSuper || super[class]
		}
		switch {
		case isSuper:
			n.DataAtom, n.Data = atom.Sup, "sup"
		case isBold:
			n.DataAtom, n.Data = atom.B, "b"
		}
	}
}
