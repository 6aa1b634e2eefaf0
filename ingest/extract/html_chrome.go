package extract

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page chrome (menus, breadcrumbs, search boxes, sidebars, cookie notices,
// forms, footers) is recognised by four generic signals, measured against a
// content extractor in docs/extraction.md ("Web pages"):
//
//  1. elements that never hold content (script, nav, form, button, …) and
//     hidden elements;
//  2. landmark roles and page-level <header>/<footer>/<aside>;
//  3. class and id names from the vocabulary of site templates (adapted from
//     Readability's "unlikely candidates", plus the Dutch equivalents);
//  4. link density: a block whose words are mostly link text is a menu or a
//     list of related pages; a block whose headings all link to other pages
//     is a teaser card ("Gerelateerde artikelen");
//  5. the content region (contentRoot): the smallest region holding the
//     majority of the page's running text, <main> or around the <h1>.
//
// Signals 3, 4 and forms never remove an element that holds at least half of the page's
// words: that is a page wrapper (an ASP.NET <form>, a div class="has-sidebar"),
// not furniture.

// nodeStats counts the visible words below a node and how many of them are
// link text, and its headings and how many of them link to other pages.
type nodeStats struct {
	words, linkWords         int
	headings, linkedHeadings int
}

// countWords returns the word counts of every element below root, skipping
// what is never visible.
func countWords(root *html.Node) map[*html.Node]nodeStats {
	stats := map[*html.Node]nodeStats{}
	var visit func(n *html.Node, inLink bool) nodeStats
	visit = func(n *html.Node, inLink bool) nodeStats {
		var s nodeStats
		switch n.Type {
		case html.TextNode:
			s.words = len(strings.Fields(n.Data))
			if inLink {
				s.linkWords = s.words
			}
			return s
		case html.ElementNode:
			if invisible(n) {
				return s
			}
			if n.DataAtom == atom.A && hasAttr(n, "href") {
				inLink = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := visit(c, inLink)
			s.words += cs.words
			s.linkWords += cs.linkWords
			s.headings += cs.headings
			s.linkedHeadings += cs.linkedHeadings
		}
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			s.headings++
			if offPageLink(n) {
				s.linkedHeadings++
			}
		}
		stats[n] = s
		return s
	}
	visit(root, false)
	return stats
}

// invisible reports elements that are never page content, and text
// struck out (<del>, <s>, <strike>, or a line through it by its style):
// withdrawn text, which a reader does not take as the guideline's advice
// ("Kuurduur: <del>10 dagen</del> 7 dagen", Showdown's FT-157 had
// answered "10 dagen 7 dagen").
func invisible(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Del, atom.S, atom.Strike:
		return true
	case atom.Button:
		// but the button that is a heading's text: an accordion's
		// "<h2><button aria-expanded="true">Richtlijnen beleid</button></h2>"
		return n.Parent == nil || !headingElement(n.Parent.DataAtom)
	}
	if invisibleTag(n) {
		return true
	}
	for _, a := range n.Attr {
		switch {
		case a.Key == "hidden",
			a.Key == "aria-hidden" && a.Val == "true",
			a.Key == "style" && hiddenStyle(a.Val) && !folded(n),
			a.Key == "style" && strings.Contains(strings.ReplaceAll(strings.ToLower(a.Val), " ", ""), "line-through"):
			return true
		}
	}
	return false
}

// unhideViewer shows what a page hides by attribute or style when that is
// most of its words: a viewer that shows one part at a time hides the
// rest, and a slide deck saved by reveal.js after loading marks every
// slide but the current one hidden="" aria-hidden="true" and display:
// none (FT-95 had kept its title slide alone, 3 of 100 passages). Menus,
// dialogs and cookie notices hidden so are a small part of a page, and
// elements that are never content (scripts, styles, inputs) stay hidden.
func unhideViewer(root *html.Node) {
	var shown, hidden int
	var count func(n *html.Node, in bool)
	count = func(n *html.Node, in bool) {
		if n.Type == html.TextNode {
			if in {
				hidden += len(strings.Fields(n.Data))
			} else {
				shown += len(strings.Fields(n.Data))
			}
			return
		}
		if n.Type == html.ElementNode {
			if invisibleTag(n) {
				return
			}
			in = in || invisible(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			count(c, in)
		}
	}
	count(root, false)
	if hidden <= shown || hidden < minViewerWords {
		return
	}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode || invisibleTag(n) {
			continue
		}
		n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool {
			return a.Key == "hidden" || a.Key == "aria-hidden" || a.Key == "inert" || a.Key == "style" && hiddenStyle(a.Val)
		})
	}
}

// minViewerWords is the fewest hidden words that make a page a viewer
// (unhideViewer): a few pages of text, not a menu.
const minViewerWords = 200

// invisibleTag reports the elements that are never page content by their
// tag, whatever their attributes.
func invisibleTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe,
		atom.Select, atom.Input, atom.Textarea, atom.Object, atom.Canvas,
		atom.Head, atom.Title, atom.Link, atom.Meta:
		return true
	}
	return false
}

// folded tells whether n is the content of a <details>, which a page
// hides by its style until the summary is clicked (Docusaurus: <details>
// <summary>Alarmsymptomen</summary><div style="display:none">…</div>):
// text folded away, not removed (FT-61 had lost its alarm symptoms).
func folded(n *html.Node) bool {
	return n.Parent != nil && n.Parent.DataAtom == atom.Details
}

func hiddenStyle(style string) bool {
	s := strings.ReplaceAll(strings.ToLower(style), " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// furnitureElement reports the elements that are page chrome by their tag:
// navigation, dialogs, menus, and the page-level header, footer and aside.
func furnitureElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Dialog, atom.Menu:
		return true
	case atom.Header, atom.Footer:
		return !insideSectioning(n)
	case atom.Aside:
		// (a note, or an admonition: docutils writes its warnings as
		// <aside class="admonition warning">, and FT-70's alarm symptoms
		// stood in one)
		return !noteElement(n) && !admonition(n)
	}
	return false
}

// inHeading reports whether n stands inside a heading.
func inHeading(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && headingElement(p.DataAtom) {
			return true
		}
	}
	return false
}

// admonition reports an element whose class names an admonition or a
// callout: a box in the text ("admonition warning", "alert", Confluence's
// "confluence-information-macro"), no note and no chrome.
func admonition(n *html.Node) bool {
	return slices.ContainsFunc(nameTokens(attr(n, "class")), func(tok string) bool {
		return strings.HasPrefix(tok, "admonition") || tok == "alert" || tok == "callout" || tok == "macro" || tok == "panel" || tok == "aside"
	})
}

// furnitureName reports page chrome by a form element, a landmark role or
// a class or id name; these also occur on page wrappers, which the caller
// checks.
func furnitureName(n *html.Node) bool {
	if n.DataAtom == atom.Form {
		return true
	}
	switch attr(n, "role") {
	case "navigation", "banner", "contentinfo", "search", "complementary", "dialog",
		"alertdialog", "menu", "menubar", "toolbar", "form":
		return true
	}
	if t := attr(n, "title"); t == "header" || t == "footer" {
		return true // the page's header and footer as LibreOffice exports them (<div title="footer">, FT-102)
	}
	if attr(n, "itemprop") == "comment" || strings.HasSuffix(attr(n, "itemtype"), "schema.org/Comment") {
		// a reply marked up as a schema.org Comment: Discourse's crawler
		// view sets each reply under a topic so, and a reply quoting an
		// old protocol's dose ("20 mg/kg/dag in 3 giften") had answered
		// as the guideline (FT-98)
		return true
	}
	if notebookFurniture(n) {
		return true
	}
	return chromeName(n)
}

// notebookFurniture reports the parts of a notebook exported as a page
// that are no text of it: the prompts before its cells ("In [2]:",
// "Out[2]:"; nbconvert's "jp-InputPrompt", "jp-OutputPrompt", nbsphinx's
// "prompt") and the program of a code cell (the input area of a
// "jp-CodeCell" or "code_cell"), whose output is the page's. nbconvert's
// FT-105 had captioned its dose table "Out[2]:" and searched the tuples
// of the program that built it as prose.
func notebookFurniture(n *html.Node) bool {
	toks := nameTokens(attr(n, "class"))
	if slices.Contains(toks, "prompt") {
		return true
	}
	if !slices.Contains(toks, "input") || !slices.Contains(toks, "area") {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if ts := nameTokens(attr(p, "class")); slices.Contains(ts, "code") && slices.Contains(ts, "cell") {
			return true
		}
	}
	return false
}

// insideSectioning reports whether n sits in an article, main or section: a
// <header> there holds the page's title, not the site's logo and menu.
func insideSectioning(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Article, atom.Main, atom.Section:
			return true
		}
	}
	return false
}

// chromeName reports whether n's class or id names page furniture. A
// content word cancels it: "article-footer" is part of the article.
func chromeName(n *html.Node) bool {
	chrome := false
	for _, tok := range nameTokens(attr(n, "class") + " " + attr(n, "id")) {
		switch tok {
		case "content", "article", "artikel", "inhoud", "richtlijn", "post", "entry":
			return false
		case "banner", "breadcrumb", "breadcrumbs", "crumbs", "crumb", "kruimelpad",
			"comment", "comments", "reacties", "community", "disqus", "footer", "masthead",
			"menu", "menubar", "nav", "navbar", "navigation", "navigatie", "pager",
			"pagination", "popup", "modal", "related", "gerelateerd", "gerelateerde",
			"share", "sharing", "social", "delen", "sidebar", "zijbalk", "skyscraper",
			"sponsor", "ad", "ads", "advert", "advertentie", "cookie", "cookies",
			"cookiebar", "consent", "gdpr", "newsletter", "nieuwsbrief", "subscribe",
			"search", "zoeken", "zoekbalk", "skip", "skiplink", "toc", "toolbar", "widget",
			"login", "inloggen", "promo", "rss":
			chrome = true
		}
	}
	return chrome
}

// nameTokens splits class and id values into lower-case words at
// punctuation and camelCase boundaries: "siteHeader nav-main" → site, header,
// nav, main.
func nameTokens(s string) []string {
	var toks []string
	var cur []rune
	prevLower := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && prevLower && len(cur) > 0 {
				toks = append(toks, strings.ToLower(string(cur)))
				cur = cur[:0]
			}
			cur = append(cur, r)
			prevLower = unicode.IsLower(r)
		default:
			if len(cur) > 0 {
				toks = append(toks, strings.ToLower(string(cur)))
				cur = cur[:0]
			}
			prevLower = false
		}
	}
	if len(cur) > 0 {
		toks = append(toks, strings.ToLower(string(cur)))
	}
	return toks
}

// linkDense reports a block whose words are mostly link text: a menu, a list
// of related pages, a "read more" teaser. Headings are exempt (permalink
// anchors on headings are common) and so are tables.
func linkDense(n *html.Node, s nodeStats) bool {
	if insideLink(n) {
		// a link's own words: the block around the link judges them
		// (Sphinx sets a term's link as <a href="#term-…"><span
		// class="xref std std-term">BRAK-score</span></a>, whose span had
		// been dropped from its sentence, FT-92)
		return false
	}
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Dl, atom.Div, atom.Section, atom.P, atom.Li, atom.Span, atom.Header, atom.Footer:
		return s.words > 0 && 2*s.linkWords > s.words && !headingWithPermalink(n)
	}
	return false
}

// permalink reports a link to the heading right before it, beside it:
// a heading's permalink, whose words are for screen readers ("Section
// titled “Anamnese”", Starlight's FT-112), no text of the page.
func permalink(n *html.Node) bool {
	if n.DataAtom != atom.A || !strings.HasPrefix(attr(n, "href"), "#") {
		return false
	}
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" || p.Type == html.CommentNode {
			continue
		}
		return p.Type == html.ElementNode && headingElement(p.DataAtom) && attr(p, "id") != "" && attr(n, "href") == "#"+attr(p, "id")
	}
	return false
}

// headingWithPermalink reports a block that holds a heading and links to
// nothing but that heading: a heading's permalink beside it, whose text
// for screen readers outweighs the heading (Starlight's <div
// class="sl-heading-wrapper"><h2 id="anamnese">Anamnese</h2><a
// href="#anamnese"><span class="sr-only">Section titled
// “Anamnese”</span></a></div>). Every heading of Starlight's FT-112 had
// been dropped as a block of links.
func headingWithPermalink(n *html.Node) bool {
	ids := map[string]bool{}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && headingElement(d.DataAtom) {
			if id := attr(d, "id"); id != "" {
				ids["#"+id] = true
			}
			if id := attr(n, "id"); id != "" {
				ids["#"+id] = true
			}
		}
	}
	if len(ids) == 0 {
		return false
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.A && hasAttr(d, "href") && !ids[attr(d, "href")] {
			return false
		}
	}
	return true
}

// pagerLinks reports a block whose links all lead through the document by
// the link relations of HTML (rel="next", "prev", "up", "contents" …),
// with few words beside them: the "Next: Epidemiologie, Up: Achtergronden
// [Contents]" that makeinfo sets above every node had been read as text
// twelve times, a short one under the link density (FT-100).
func pagerLinks(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.P, atom.Ul, atom.Table, atom.Tr, atom.Td:
	default:
		return false
	}
	links, other := 0, 0
	for d := range n.Descendants() {
		switch {
		case d.Type == html.ElementNode && headingElement(d.DataAtom):
			return false
		case d.Type == html.ElementNode && d.DataAtom == atom.A && hasAttr(d, "href"):
			if !pagerRels[strings.ToLower(attr(d, "rel"))] {
				return false
			}
			links++
		case d.Type == html.TextNode && !insideLink(d):
			other += len(strings.Fields(d.Data))
		}
	}
	return links > 0 && other <= 2*links
}

// pagerRels are the link relations that move through a document.
var pagerRels = map[string]bool{"next": true, "prev": true, "previous": true, "up": true, "contents": true,
	"index": true, "start": true, "first": true, "last": true, "toc": true}

// insideLink reports whether n stands inside a link.
func insideLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// teaser reports a card that announces another page: a container whose
// headings all link elsewhere (a link to an anchor on the page, as on
// permalinked section headings, does not count).
func teaser(n *html.Node, s nodeStats) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Li, atom.Aside:
		return s.headings > 0 && s.linkedHeadings == s.headings
	}
	return false
}

// offPageLink reports a heading whose text is all inside links to other
// pages.
func offPageLink(h *html.Node) bool {
	text, linked := 0, 0
	for d := range h.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		n := len(strings.Fields(d.Data))
		text += n
		for p := d.Parent; p != nil && p != h; p = p.Parent {
			if href := attr(p, "href"); p.DataAtom == atom.A && href != "" && !strings.HasPrefix(href, "#") {
				linked += n
				break
			}
		}
	}
	return text > 0 && linked == text
}

// noteElement reports an element that holds a footnote or note: a DPUB-ARIA
// footnote role, role=note, a note class ("noot", "footnote"),
// or a <details> whose <summary> names a note ("Noot 3", "Voetnoten",
// "Literatuur").
func noteElement(n *html.Node) bool {
	switch attr(n, "role") {
	case "note":
		// (ARIA's "note" is any aside of the text: Eleventy's callout
		// shortcode writes <aside class="callout callout--alarm"
		// role="note"> round FT-115's alarm symptoms)
		if !admonition(n) && !typedNote(n) {
			return true
		}
	case "doc-footnote", "doc-endnote", "doc-endnotes", "doc-footnotes", "doc-bibliography":
		return true
	}
	if n.DataAtom == atom.Details {
		return !accordionSection(n) && noteSummary(n)
	}
	switch n.DataAtom {
	case atom.Span, atom.A, atom.Sup, atom.Sub, atom.B, atom.Strong, atom.I, atom.Em:
		// a note's marker in the text, not a note: Word's <span
		// class=MsoFootnoteReference>[1]</span> had been read as a note of
		// its own, "[1]", cutting its sentence in two (FT-53)
		return false
	}
	if admonition(n) {
		// an admonition of the kind "note" is a callout in the text
		// (Asciidoctor's "admonitionblock note", MkDocs's "admonition
		// note", Docusaurus's "theme-admonition-note alert", FT-64;
		// Confluence's "confluence-information-macro-note", FT-65), no
		// footnote
		return false
	}
	if typedNote(n) {
		// a note of a kind, as an admonition's: yelp's <div class="note
		// note-warning" title="Waarschuwing"> round FT-125's alarm
		// symptoms, "note-important", "note-tip"
		return false
	}
	if t := headingFirst(n); t != nil && slices.Contains(nameTokens(attr(n, "class")), "note") && !referencesHeading(collapseSpaces(nodeText(t))) {
		// a note opened by a heading of its own is a callout in the
		// text: DocBook's <div class="note"><h3
		// class="title">Terugkomen</h3> (FT-106); a footnote has no
		// title, a section of notes is headed "Noten"
		return false
	}
	for _, tok := range nameTokens(attr(n, "class")) {
		switch tok {
		// (not "toelichting": an explanation is text of the page, and
		// Drupal names a field of it "field--name-field-toelichting",
		// which had hidden FT-71's explanation of its dose table)
		case "note", "notes", "noot", "noten", "footnote", "footnotes", "voetnoot", "voetnoten",
			"endnote", "endnotes", "eindnoten", "references", "referenties", "bibliography":
			return true
		}
		if strings.HasSuffix(tok, "footnote") || strings.HasSuffix(tok, "endnote") {
			return true // LibreOffice's <p class="sdfootnote-western"> (FT-102)
		}
	}
	return false
}

// typedNote reports a box whose class says which kind of callout it is
// beside "note": "note-warning", "note_important", "note--tip", or the kind
// alone ("note warning"). A footnote has no kind.
func typedNote(n *html.Node) bool {
	toks := nameTokens(attr(n, "class"))
	if !slices.Contains(toks, "note") {
		return false
	}
	return slices.ContainsFunc(toks, func(tok string) bool {
		kind := strings.TrimLeft(strings.TrimPrefix(tok, "note"), "-_")
		return slices.Contains(calloutKinds, kind)
	})
}

// calloutKinds are the kinds of callout admonitions name.
var calloutKinds = []string{"warning", "important", "tip", "caution", "danger", "attention", "hint", "info", "alert"}

// headingFirst returns n's first content when it is a heading element, or
// nil.
func headingFirst(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
		case c.Type == html.ElementNode && headingElement(c.DataAtom):
			return c
		default:
			return nil
		}
	}
	return nil
}

// noteSummary reports whether a <details> is summarised as a note: its
// <summary> opens with "Noot", "Voetnoot", "Note" or "Footnote" (after an
// optional number), or names a section of notes or references
// ("Literatuur"), or is only a note's number ("[3]").
func noteSummary(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Summary {
			continue
		}
		text := collapseSpaces(nodeText(c))
		if text == "" {
			return false
		}
		if referencesHeading(text) || strings.Trim(text, "[]() 0123456789.") == "" {
			return true
		}
		words := strings.Fields(strings.ToLower(text))
		if len(words) > 1 && strings.Trim(words[0], "0123456789.") == "" {
			words = words[1:]
		}
		switch strings.Trim(words[0], ":.,0123456789") {
		case "noot", "voetnoot", "eindnoot", "note", "footnote", "endnote":
			return true
		}
		return false
	}
	return false // a <details> without a summary is shown as "Details"
}

// accordionSection reports a <details> whose <summary> holds a heading: a
// collapsible section of the text, as patient-information sites show their
// main sections, not a note.
func accordionSection(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Summary {
			continue
		}
		for d := range c.Descendants() {
			switch d.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				return true
			}
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// contentRoot picks where the walk starts, the smallest region that holds
// the majority (at least half) of the page's running text — words outside
// links — and that:
//
//  1. is the page's single <main> (or role=main), else its single <article>;
//  2. else contains the page's main heading (an <h1>): sidebars, footers and
//     cookie notices beside the content column fall outside it;
//  3. else the whole document.
//
// The majority test keeps pages whose content is not in <main> (a <main>
// holding only a banner) or not below the heading's wrapper whole.
func contentRoot(root *html.Node, stats map[*html.Node]nodeStats) *html.Node {
	total := runningWords(stats[root])
	majority := func(n *html.Node) bool { return 2*runningWords(stats[n]) >= total }
	for _, find := range []func(*html.Node) bool{
		func(n *html.Node) bool { return n.DataAtom == atom.Main || attr(n, "role") == "main" },
		func(n *html.Node) bool { return n.DataAtom == atom.Article },
	} {
		var found []*html.Node
		for d := range root.Descendants() {
			if d.Type == html.ElementNode && find(d) {
				found = append(found, d)
			}
		}
		if len(found) == 1 && majority(found[0]) {
			return found[0]
		}
	}
	best := root
	for d := range root.Descendants() {
		if d.DataAtom != atom.H1 || stats[d].words == 0 {
			continue
		}
		a := d.Parent
		for a != nil && !majority(a) {
			a = a.Parent
		}
		if a != nil && runningWords(stats[a]) < runningWords(stats[best]) {
			best = a
		}
	}
	// a section among sections of its kind is part of the content, not
	// all of it: pandoc's section divs (R Markdown's html_document) give
	// each chapter its own <div class="section level1"> and <h1>, and the
	// one with the dose table held the majority alone (FT-137 had kept
	// chapter 5 only)
	for best != root && best.Parent != nil && headedSiblings(best) >= 2 {
		best = best.Parent
	}
	return best
}

// headedSiblings counts the elements of n's tag among n's siblings, n
// too, that hold an <h1>.
func headedSiblings(n *html.Node) int {
	count := 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != n.DataAtom {
			continue
		}
		for d := range c.Descendants() {
			if d.DataAtom == atom.H1 {
				count++
				break
			}
		}
	}
	return count
}

// runningWords counts the words of a region outside links.
func runningWords(s nodeStats) int { return s.words - s.linkWords }

// headingElement reports h1 to h6.
func headingElement(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}
