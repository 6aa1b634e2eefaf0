package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tab is one tab of a tab set: its label and the panel it shows.
type tab struct {
	label string
	panel *html.Node
}

// tabSet returns the tabs of n when n is a tab set, whose panels a page
// shows one at a time under a row of labels ("Volwassenen | Kinderen |
// Nierfunctie"), as ARIA marks them (role=tablist with role=tab, and
// role=tabpanel) or as Python-Markdown's tabbed extension writes them
// (MkDocs Material: <label for> beside radio inputs, the panels
// .tabbed-block or .tabbed-content). Read in order as plain text the
// labels ran together ("VolwassenenOuderen ≥ 75 jaarKinderen") and every
// panel lost the population it is for (FT-60).
func tabSet(n *html.Node) []tab {
	if n.Type != html.ElementNode {
		return nil
	}
	if ts := ariaTabs(n); ts != nil {
		return ts
	}
	return tabbedTabs(n)
}

// ariaTabs pairs the role=tab elements of n's tablist child with n's
// role=tabpanel elements: by aria-controls, else by aria-labelledby, else
// in order when the counts agree.
func ariaTabs(n *html.Node) []tab {
	var list *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && attr(c, "role") == "tablist" {
			list = c
			break
		}
	}
	if list == nil {
		return nil
	}
	var tabs, panels []*html.Node
	for d := range list.Descendants() {
		if d.Type == html.ElementNode && attr(d, "role") == "tab" {
			tabs = append(tabs, d)
		}
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && attr(d, "role") == "tabpanel" && !nestedTabSet(d, n) {
			panels = append(panels, d)
		}
	}
	if len(tabs) == 0 || len(panels) == 0 {
		return nil
	}
	ts := make([]tab, 0, len(tabs))
	for _, t := range tabs {
		label := collapseSpaces(nodeText(t))
		i := slices.IndexFunc(panels, func(p *html.Node) bool {
			id := attr(p, "id")
			return id != "" && id == attr(t, "aria-controls") ||
				attr(t, "id") != "" && attr(t, "id") == attr(p, "aria-labelledby")
		})
		if i < 0 && len(tabs) == len(panels) {
			i = len(ts)
		}
		if i < 0 || strings.TrimSpace(label) == "" {
			return nil
		}
		ts = append(ts, tab{label: label, panel: panels[i]})
	}
	return ts
}

// nestedTabSet tells whether d stands in a tab set inside n.
func nestedTabSet(d, n *html.Node) bool {
	for p := d.Parent; p != nil && p != n; p = p.Parent {
		if p.Type == html.ElementNode && (attr(p, "role") == "tabpanel" || hasClass(p, "tabbed-set")) {
			return true
		}
	}
	return false
}

// tabbedTabs pairs the labels of Python-Markdown's tabbed set n (a <label
// for> of a radio input) with its panels in order.
func tabbedTabs(n *html.Node) []tab {
	if !hasClass(n, "tabbed-set") {
		return nil
	}
	var labels, panels []*html.Node
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || nestedTabSet(d, n) {
			continue
		}
		switch {
		case d.DataAtom == atom.Label && attr(d, "for") != "":
			labels = append(labels, d)
		case hasClass(d, "tabbed-block"):
			panels = append(panels, d)
		}
	}
	if len(panels) == 0 { // the classic style: a .tabbed-content after each label
		for d := range n.Descendants() {
			if d.Type == html.ElementNode && hasClass(d, "tabbed-content") && !nestedTabSet(d, n) {
				panels = append(panels, d)
			}
		}
	}
	if len(labels) == 0 || len(labels) != len(panels) {
		return nil
	}
	ts := make([]tab, len(labels))
	for i, l := range labels {
		ts[i] = tab{label: collapseSpaces(nodeText(l)), panel: panels[i]}
		if strings.TrimSpace(ts[i].label) == "" {
			return nil
		}
	}
	return ts
}

// hasClass tells whether n has class c.
func hasClass(n *html.Node, c string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), c)
}

// tabs walks a tab set: each panel a section one level below the one the
// set stands in, headed by its label, as a collapsible section is. A
// short paragraph that leads into the set ("Tralvomide (tablet 250 mg en
// 500 mg):") heads it, one level above its tabs, so that each tab's
// section path names what it is about as well as whom.
func (w *htmlWalker) tabs(ts []tab) {
	w.flush()
	w.resume = nil
	outer := w.open
	level := 1
	if outer != nil {
		level = min(outer.level+1, 6)
	}
	if n := len(w.blocks); n > 0 && w.blocks[n-1].kind == Paragraph && leadIn(w.blocks[n-1].text) {
		lead := w.blocks[n-1]
		lead.kind, lead.level = Heading, level
		lead.text = strings.TrimSuffix(strings.TrimSpace(lead.text), ":")
		w.blocks[n-1] = lead
		level = min(level+1, 6)
	}
	for _, t := range ts {
		w.headed(t.label, level, t.panel)
	}
	if w.refs == nil {
		w.open, w.resume = outer, outer
	}
}

// headed walks body as a section headed by label at level.
func (w *htmlWalker) headed(label string, level int, body *html.Node) {
	h := &html.Node{Type: html.ElementNode, DataAtom: atom.H6, Data: "h6"}
	h.AppendChild(&html.Node{Type: html.TextNode, Data: label})
	w.heading(h, level)
	w.children(body)
	w.flush()
}

// termSection walks a definition whose term heads a list ("Vernodazol"
// over its contra-indications and interactions, as Asciidoctor writes a
// labelled list, FT-64): the term heads it one level below the section
// it stands in, as a folded section's summary does, so that its items'
// section path names what they are about; the text after the list
// belongs to that section again.
func (w *htmlWalker) termSection(term string, dd *html.Node) {
	w.flush()
	w.resume = nil // a term right after another is its sibling
	outer := w.open
	level := 1
	if outer != nil {
		level = min(outer.level+1, 6)
	}
	w.headed(term, level, dd)
	if w.refs == nil {
		w.open, w.resume = outer, outer
	}
}

// leadIn tells whether text leads into what follows it: a short
// paragraph ending in a colon.
func leadIn(text string) bool {
	text = strings.TrimSpace(text)
	return strings.HasSuffix(text, ":") && len(strings.Fields(text)) <= maxLeadInWords
}

// maxLeadInWords bounds a lead-in paragraph: a longer one is text of its
// own.
const maxLeadInWords = 20
