package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/bronwijzer/bronwijzer"
)

const msgHTMLCorrupt = "HTML-bestand kon niet worden gelezen (could not parse HTML)"

// HTML extracts the readable text of an HTML page with its structure. Page
// chrome is left out (html_chrome.go); h1–h6 become headings; tables become
// Document.Tables with a Caption block and one TableRow block per body row
// (html_table.go); list items become ListItem blocks with their nesting
// depth; <details>, footnote elements and the entries of a references
// section become Note blocks, and footnote markers become Block.Notes. Other
// block elements become paragraphs, as does loose text in containers. The
// title is <title>, else the first top heading. A page declaring a legacy
// charset (e.g. windows-1252) is decoded first.
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
	root, err := html.Parse(strings.NewReader(tablesClosedEarly(s)))
	if err != nil {
		return nil, bronwijzer.WrapError(bronwijzer.EINVALID, err, "%s", msgHTMLCorrupt)
	}
	presentationalSpans(root)
	unhideViewer(root)
	if headingElements(root) <= 1 {
		boldLines(root)
	}
	stats := countWords(root)
	w := &htmlWalker{stats: stats, cut: map[*html.Node]bool{}, pageWords: stats[root].words, kind: Paragraph, linked: linkedNotes(root)}
	content := contentRoot(root, stats)
	w.boldTitles = stats[content].headings <= 1 // none but the page's title
	w.walk(content)
	w.flush()
	for _, n := range notesOutside(root, content) {
		w.walk(n)
		w.flush()
	}
	return assemble("text/html", normalizeBlock(collapseSpaces(pageTitle(root))), linkCitations(w.blocks), w.tables)
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
	stats     map[*html.Node]nodeStats
	cut       map[*html.Node]bool // a heading's edit links (headingTail)
	pageWords int
	// boldTitles: the page has no heading elements but its title, and a
	// bold paragraph may be a section's title (boldTitle)
	boldTitles bool
	blocks     []textBlock
	tables     []Table
	buf        strings.Builder
	kind       Kind
	level      int
	label      string   // label of the open list item or note
	notes      []string // note markers met in the open block
	pre        int      // depth inside <pre>: keep line breaks
	joined     int      // depth inside a list item or note: inner blocks join it
	noteDepth  int      // depth inside note elements: blocks are notes
	refs       *html.Node
	refsLevel  int // heading level of the references section, while refs != nil
	// open is the heading of the section the walk is in; resume is the
	// section a collapsible section (<details>) or a titled box
	// interrupted, whose heading is repeated before the content that
	// follows it. openNode is the element of open's heading.
	open, resume *textBlock
	openNode     *html.Node
	// linked are the elements a note's marker and the note link to each
	// other (linkedNotes)
	linked map[*html.Node]bool
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		if w.skip(n) {
			return
		}
		if w.element(n) {
			return
		}
	}
	w.children(n)
}

func (w *htmlWalker) children(n *html.Node) {
	before := len(w.blocks)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n == w.refs {
		w.flush()
		w.refs = nil
	}
	w.dropOrphanHeading(n, before)
}

// dropOrphanHeading removes the heading of a section all of whose other
// content was chrome ("Gerelateerde artikelen" above teaser cards): when n
// yielded only that heading and the chrome left out outweighs it twice. A
// page title (h1) with a few pruned links beside it ("door Jan, in Tips")
// stays.
func (w *htmlWalker) dropOrphanHeading(n *html.Node, before int) {
	if n.Type != html.ElementNode || len(w.blocks) != before+1 || strings.TrimSpace(w.buf.String()) != "" {
		return
	}
	last := w.blocks[before]
	if last.kind != Heading || last.level == 1 {
		return
	}
	heading := len(strings.Fields(last.text))
	if pruned := w.stats[n].words - heading; pruned >= 2*heading && !headingWithPermalink(n) {
		// (a heading beside its own permalink is no orphan: Starlight's
		// "Section titled “Prognose”" for screen readers had outweighed
		// "Prognose", FT-112)
		w.blocks = w.blocks[:before]
	}
}

// element handles the elements with structure of their own and reports
// whether it did.
func (w *htmlWalker) element(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Br:
		w.buf.WriteString(lineBreak)
	case atom.Table:
		if items := markerRows(n); items != nil {
			w.markerList(items)
			return true
		}
		if layoutTable(n) {
			return false
		}
		w.table(n)
	case atom.Ul, atom.Ol:
		w.list(n)
	case atom.Dl:
		w.flush()
		w.definitions(n)
	case atom.Li:
		w.item(n, "", 1)
	default:
		if ts := tabSet(n); ts != nil {
			w.tabs(ts)
			return true
		}
		if ariaTable(n) {
			if t := ariaTableOf(n); len(t.Rows) > 0 {
				w.flush()
				w.resumeSection()
				label := t.Caption
				w.blocks, t.Caption = takeCaption(w.blocks) // the caption shown above it
				if t.Caption == "" {
					t.Caption = label
				}
				w.blocks, w.tables = addTable(w.blocks, w.tables, t)
				return true
			}
		}
		if up, ok := exponent(w.buf.String(), n); ok {
			w.buf.WriteString(up)
			return true
		}
		if label, ok := bareMarker(w.buf.String(), n); ok && w.noteDepth == 0 && w.refs == nil {
			w.notes = append(w.notes, label)
			return true
		}
		if label, ok := noteSymbol(n); ok && w.noteDepth > 0 && w.label == "" && strings.TrimSpace(w.buf.String()) == "" {
			// the link back to its marker that opens a note, not raised:
			// LibreOffice's <a class="sdfootnotesym" href="#sdfootnote1anc">1</a>
			// before the note's text (FT-102 had read "1Gegevens …")
			w.label = label
			return true
		}
		if label, ok := noteRef(n); ok {
			if w.noteDepth > 0 && w.label == "" && strings.TrimSpace(w.buf.String()) == "" {
				// the link back to the text that opens a note is its
				// label (Word's "[1]" before its footnote's text)
				w.label = label
				return true
			}
			w.notes = append(w.notes, label)
			return true
		}
		if backLink(n) {
			return true
		}
		if noteElement(n) || w.linked[n] && w.noteDepth == 0 {
			w.note(n)
			return true
		}
		if n.DataAtom == atom.Details && !accordionSection(n) {
			w.collapsible(n)
			return true
		}
		if title := w.boxTitle(n); title != nil {
			w.box(n, title)
			return true
		}
		if title := calloutTitle(n); title != nil && w.open != nil && w.refs == nil && w.noteDepth == 0 && w.joined == 0 {
			w.box(n, title)
			return true
		}
		kind, level, ok := blockElement(n.DataAtom)
		if !ok {
			return false
		}
		if kind == Paragraph && n.DataAtom == atom.P && w.boldTitles && boldTitle(n) {
			kind, level = Heading, 3
			if fontPoints(n) >= largeTitlePoints {
				kind, level = Heading, 2 // a chapter's title ("font-size:14.0pt")
			}
		}
		if kind == Heading {
			w.heading(n, level)
		} else {
			w.block(n)
		}
	}
	return true
}

// headingElements counts the page's h1 to h6 elements.
func headingElements(root *html.Node) int {
	n := 0
	for d := range root.Descendants() {
		if kind, _, ok := blockElement(d.DataAtom); ok && kind == Heading && d.Type == html.ElementNode {
			n++
		}
	}
	return n
}

// boldLines puts each line of a run of text broken by <br> that is a
// title set in bold (boldTitle) in a paragraph of its own: unrtf writes an
// RTF document as font and span runs ended by <br>, with no paragraph
// elements at all, its headings bold runs in a larger font on lines of
// their own (FT-161). The walk then reads them as it reads a bold
// paragraph on a page without heading elements. Only outside tables and
// lists, where a bold line is a cell's or an item's.
func boldLines(root *html.Node) {
	var parents []*html.Node
	seen := map[*html.Node]bool{}
	for d := range root.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Br && d.Parent != nil && !seen[d.Parent] && !insideTableOrList(d.Parent) {
			seen[d.Parent] = true
			parents = append(parents, d.Parent)
		}
	}
	for _, p := range parents {
		var line []*html.Node // since the parent's start, a <br> or a block
		for c := p.FirstChild; c != nil; {
			next := c.NextSibling
			_, _, block := blockElement(c.DataAtom)
			switch {
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				if wrapTitle(p, line) {
					p.RemoveChild(c) // the title's own line end
				}
				line = nil
			case c.Type == html.ElementNode && (block || c.DataAtom == atom.Ul || c.DataAtom == atom.Ol):
				line = nil
			default:
				line = append(line, c)
			}
			c = next
		}
	}
}

// wrapTitle moves the nodes of a line into a new paragraph in their place
// when together they are a title set in bold; it reports whether it did.
func wrapTitle(parent *html.Node, line []*html.Node) bool {
	if len(line) == 0 {
		return false
	}
	para := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
	parent.InsertBefore(para, line[0])
	for _, n := range line {
		parent.RemoveChild(n)
		para.AppendChild(n)
	}
	if boldTitle(para) {
		return true
	}
	for _, n := range line { // no title: back in place
		para.RemoveChild(n)
		parent.InsertBefore(n, para)
	}
	parent.RemoveChild(para)
	return false
}

// insideTableOrList reports whether n is, or stands in, a table or a list.
func insideTableOrList(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.Table, atom.Ul, atom.Ol, atom.Li, atom.Dl:
			return true
		}
	}
	return false
}

// boldTitle reports a paragraph that is a title set in bold: all of its
// words bold, at most maxBoldTitleWords of them, not ending in a colon or
// a full stop, no list's marker. A page written without heading elements
// (an e-mail from Outlook, whose editor sets each heading as <p
// class=MsoNormal><b>…</b></p>, FT-83) titles its sections so; the walk
// reads them so only on such a page (htmlWalker.boldTitles).
func boldTitle(n *html.Node) bool {
	text := collapseSpaces(nodeText(n))
	words := len(strings.Fields(text))
	if words == 0 || words > maxBoldTitleWords || boldText(n) != words || strings.ContainsAny(text[len(text)-1:], ":.;,") {
		return false
	}
	_, _, item := bulletLine(text)
	return !item || numberedHeading(text) != ""
}

// maxBoldTitleWords bounds the words of a bold paragraph read as a title;
// largeTitlePoints is the least font size, in points, of a chapter's.
const (
	maxBoldTitleWords = 10
	largeTitlePoints  = 13
)

// fontSizeRE reads an inline style's font size in points.
var fontSizeRE = regexp.MustCompile(`font-size:\s*([0-9.]+)pt`)

// fontPoints returns the largest font size in points that n's or its
// descendants' inline styles set, or 0.
func fontPoints(n *html.Node) float64 {
	best := 0.0
	for _, d := range append([]*html.Node{n}, slices.Collect(n.Descendants())...) {
		if m := fontSizeRE.FindStringSubmatch(attr(d, "style")); m != nil {
			if v, err := strconv.ParseFloat(m[1], 64); err == nil {
				best = max(best, v)
			}
		}
	}
	return best
}

// skip reports what is not content: invisible elements and, outside notes
// and references, page chrome.
func (w *htmlWalker) skip(n *html.Node) bool {
	if invisible(n) || furnitureElement(n) || w.cut[n] || permalink(n) {
		return true
	}
	s := w.stats[n]
	if 2*s.words >= w.pageWords {
		return false // a page wrapper, never furniture
	}
	if furnitureName(n) && !headingElement(n.DataAtom) && !inHeading(n) {
		// (a heading is text of the page whatever its class or the class
		// of what it holds: Docusaurus gives each "anchor
		// anchorWithStickyNavbar_LWe7", whose "navbar" had removed every
		// heading of FT-61; docutils links each title back to the table
		// of contents, <h2><a class="toc-backref" …>, whose "toc" had
		// removed every heading of FT-70)
		return true
	}
	return w.noteDepth == 0 && w.refs == nil && (linkDense(n, s) || teaser(n, s) || pagerLinks(n))
}

// heading emits a heading and tells whether it opens a references section,
// whose blocks become notes until the section ends.
func (w *htmlWalker) heading(n *html.Node, level int) {
	w.flush()
	if w.refs != nil && level <= w.refsLevel {
		w.refs = nil
	}
	if w.resume != nil && level > w.resume.level {
		w.resumeSection() // a subsection of the interrupted section
	}
	w.resume = nil
	before := len(w.blocks)
	tail := headingTail(n)
	for _, c := range tail {
		w.cut[c] = true
	}
	w.withKind(Heading, level, "", func() { w.children(n) })
	for _, c := range tail {
		delete(w.cut, c)
	}
	if len(w.blocks) > before && w.blocks[len(w.blocks)-1].kind == Heading {
		h := w.blocks[len(w.blocks)-1]
		w.open, w.openNode = &h, n
	}
	if referencesHeading(collapseSpaces(nodeText(n))) && n.Parent != nil {
		w.refs, w.refsLevel = n.Parent, level
	}
}

// collapsible walks a <details> that is neither a note nor an accordion
// section: a part of the text shown folded, as guideline sites fold their
// details ("Interacties met andere geneesmiddelen", "Spoedverwijzing").
// Its <summary> heads it one level below the section it stands in; the
// text after it belongs to that section again.
//
// A <details> whose content holds headings of its own is a section of
// the page whose summary heads it above those headings: a CMS folds each
// chapter of a guideline ("<details><summary>Richtlijnen
// diagnostiek</summary><h3>Anamnese</h3>…", FT-237), and the chapter is
// no part of the section before it, nor are its subsections.
func (w *htmlWalker) collapsible(n *html.Node) {
	w.titledPart(n, func(c *html.Node) bool { return c.DataAtom == atom.Summary })
}

// innerHeadingLevel returns the highest level (the smallest number) of
// the heading elements n holds, outside nested <details>; 0 when none.
func innerHeadingLevel(n *html.Node) int {
	top := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom == atom.Details {
			continue
		}
		l := headingLevel(c.DataAtom)
		if l == 0 {
			l = innerHeadingLevel(c)
		}
		if l > 0 && (top == 0 || l < top) {
			top = l
		}
	}
	return top
}

// titledPart walks n, a part of the open section headed by its child that
// title picks: that heading one level below the open section's, the open
// section's heading repeated before the content that follows n.
func (w *htmlWalker) titledPart(n *html.Node, title func(*html.Node) bool) {
	w.flush()
	w.resume = nil // a titled part right after another is its sibling
	outer, outerNode := w.open, w.openNode
	level := 1
	if outer != nil {
		level = min(outer.level+1, 6)
	}
	chapter := false
	if n.DataAtom == atom.Details {
		if inner := innerHeadingLevel(n); inner > 0 && inner <= level {
			level = max(inner-1, 1) // a chapter folded, its subsections under it (collapsible)
			chapter = outer != nil && level <= outer.level
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && title(c) {
			if !w.skip(c) {
				w.heading(c, level)
			}
			continue
		}
		w.walk(c)
	}
	w.flush()
	if chapter {
		// the chapter closed the open section: what follows it is in
		// the section around both
		outer, outerNode = w.headingAbove(level), nil
	}
	if w.refs == nil {
		w.open, w.resume, w.openNode = outer, outer, outerNode
	}
}

// headingAbove returns the last heading emitted above level, or nil.
func (w *htmlWalker) headingAbove(level int) *textBlock {
	for i := len(w.blocks) - 1; i >= 0; i-- {
		if b := w.blocks[i]; b.kind == Heading && b.level < level {
			return &b
		}
	}
	return nil
}

// boxTitle returns the heading that titles box n, or nil: a heading
// element that is n's first content, with more content after it, where n
// stands inside the section the open heading heads (an element around
// that heading holds n) and the heading is of the open heading's level or
// above. Such a heading names the box, a part of the section, not a
// section after it: DocBook's admonitions (<div class="warning"><h3
// class="title">Alarmsymptomen bij DLA</h3><ul>…) title their boxes at the
// level of the subsection they stand in, and FT-106's "Niet aanbevolen"
// box had headed its whole dose table that followed it.
func (w *htmlWalker) boxTitle(n *html.Node) *html.Node {
	if w.open == nil || w.openNode == nil || w.refs != nil || w.noteDepth > 0 || w.joined > 0 {
		return nil
	}
	title := boxHeading(n)
	if title == nil || headingLevel(title.DataAtom) > w.open.level {
		return nil
	}
	// the element around the open heading that holds more than it: the
	// open section's own element, which holds no other heading of its
	// level or above but the titles of boxes (a page that sets all its
	// sections in one element has no element of a section's own)
	scope := w.openNode.Parent
	for scope != nil && strings.TrimSpace(nodeText(scope)) == strings.TrimSpace(nodeText(w.openNode)) {
		scope = scope.Parent
	}
	if scope == nil || !holds(scope, n) {
		return nil
	}
	var others func(*html.Node) bool
	others = func(m *html.Node) bool {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if headingElement(c.DataAtom) {
				if c != w.openNode && headingLevel(c.DataAtom) <= w.open.level && boxHeading(m) != c {
					return true
				}
				continue
			}
			if others(c) {
				return true
			}
		}
		return false
	}
	if others(scope) {
		return nil
	}
	return title
}

// boxHeading returns the heading element that is n's first content when
// more content follows it in n, an element that may be a box; else nil.
func boxHeading(n *html.Node) *html.Node {
	switch n.DataAtom {
	case atom.Div, atom.Aside, atom.Section, atom.Blockquote:
	default:
		return nil
	}
	title := headingFirst(n)
	if title == nil {
		return nil
	}
	for c := title.NextSibling; c != nil; c = c.NextSibling {
		if strings.TrimSpace(nodeText(c)) != "" && !permalink(c) {
			return title
		}
	}
	return nil
}

// calloutTitle returns the bold paragraph that opens callout n and titles
// it, when more content follows in n; else nil. pandoc's fenced div
// "::: {.callout .warning}" opens with "**Alarmsymptomen**", a paragraph
// in bold: FT-119's title had been glued to the passage before the box and
// its list had stood under no heading of it.
func calloutTitle(n *html.Node) *html.Node {
	if !admonition(n) && !typedNote(n) {
		return nil
	}
	var first *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
			continue
		case first == nil && c.Type == html.ElementNode && c.DataAtom == atom.P && boldTitle(c):
			first = c
			continue
		case first != nil && strings.TrimSpace(nodeText(c)) != "":
			return first
		}
		if first == nil {
			return nil
		}
	}
	return nil
}

// box walks box n, titled by its heading title (boxTitle).
func (w *htmlWalker) box(n, title *html.Node) {
	before := len(w.blocks)
	w.titledPart(n, func(c *html.Node) bool { return c == title })
	w.dropOrphanHeading(n, before)
}

// holds reports whether n is an ancestor of m.
func holds(n, m *html.Node) bool {
	for p := m.Parent; p != nil; p = p.Parent {
		if p == n {
			return true
		}
	}
	return false
}

// headingLevel returns the level of heading element a (1 for h1).
func headingLevel(a atom.Atom) int {
	kind, level, _ := blockElement(a)
	if kind != Heading {
		return 0
	}
	return level
}

// resumeSection repeats the heading of the section a collapsible section
// interrupted, before the first content after it.
func (w *htmlWalker) resumeSection() {
	if h := w.resume; h != nil {
		w.resume = nil
		w.blocks = append(w.blocks, *h)
	}
}

// block emits what came before n, then n's own text as a paragraph. Inside
// a list item or note, n's text joins the item on a new line instead.
func (w *htmlWalker) block(n *html.Node) {
	if n.DataAtom == atom.Pre && w.joined == 0 {
		// a table typed in aligned columns (POD's verbatim blocks made a
		// page by pod2html, FT-131)
		if t, ok := alignedTable(strings.Split(nodeText(n), "\n")); ok {
			w.flush()
			w.resumeSection()
			if strings.TrimSpace(t.Caption) == "" {
				t.Caption = w.figureCaption(n)
			}
			w.blocks, w.tables = addTable(w.blocks, w.tables, t)
			return
		}
	}
	if n.DataAtom == atom.Pre {
		w.pre++
		defer func() { w.pre-- }()
	}
	if w.joined > 0 {
		w.buf.WriteString(lineBreak)
		w.children(n)
		w.buf.WriteString(lineBreak)
		return
	}
	w.flush()
	if w.refs != nil && titledParagraph(n) {
		w.refs = nil // a section of its own after the notes ("Afkortingen")
	}
	w.withKind(Paragraph, 0, "", func() { w.children(n) })
}

// titledParagraph reports a paragraph that opens with a title of its own
// in bold, of one to four words without a number, on its own line or
// ended by a colon: "<p><strong>Afkortingen</strong><br>SEH: spoedeisende
// hulp …</p>" under the notes of Joomla's FT-90 is a section after them,
// not an unnumbered note (a note opens with its number, "<b>3</b> …").
func titledParagraph(n *html.Node) bool {
	var first *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode || strings.TrimSpace(c.Data) != "" {
			first = c
			break
		}
	}
	if first == nil || first.Type != html.ElementNode || first.DataAtom != atom.Strong && first.DataAtom != atom.B {
		return false
	}
	title := collapseSpaces(nodeText(first))
	words := strings.Fields(strings.TrimSuffix(title, ":"))
	if len(words) == 0 || len(words) > 4 || strings.ContainsFunc(title, unicode.IsDigit) || referencesHeading(title) {
		return false
	}
	next := first.NextSibling
	for next != nil && next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" {
		next = next.NextSibling
	}
	return strings.HasSuffix(title, ":") || next != nil && next.Type == html.ElementNode && next.DataAtom == atom.Br
}

// withKind walks with the open block's kind set, flushing before restoring.
func (w *htmlWalker) withKind(kind Kind, level int, label string, walk func()) {
	outerKind, outerLevel, outerLabel := w.kind, w.level, w.label
	w.kind, w.level, w.label = kind, level, label
	walk()
	w.flush()
	w.kind, w.level, w.label = outerKind, outerLevel, outerLabel
}

// list walks <ul>/<ol>: each <li> a ListItem one level deeper than the
// enclosing list, numbered as printed for <ol> ("3."), honouring start and
// value attributes.
func (w *htmlWalker) list(n *html.Node) {
	w.flush()
	depth := w.listDepth()
	num, _ := strconv.Atoi(attr(n, "start"))
	if num == 0 {
		num = 1
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			w.walk(c)
			continue
		}
		if w.skip(c) {
			continue
		}
		if v, err := strconv.Atoi(attr(c, "value")); err == nil {
			num = v
		}
		label := ""
		if n.DataAtom == atom.Ol {
			label = strconv.Itoa(num) + "."
		}
		num++
		w.item(c, label, depth)
	}
	w.flush()
	if w.refs != nil && depth == 1 {
		w.refs = nil // a references list ends its section; what follows is page text
	}
}

// listDepth is the nesting depth of a list that starts here: one deeper
// than the item it stands in.
func (w *htmlWalker) listDepth() int {
	if w.kind == ListItem {
		return w.level + 1
	}
	return 1
}

// definitions emits each term of a definition list with its definition as
// one paragraph ("Apneu: een ademstilstand …"), as glossaries in running
// text read; a term without a definition stands alone.
func (w *htmlWalker) definitions(n *html.Node) {
	term := ""
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && w.skip(c) {
			continue
		}
		switch c.DataAtom {
		case atom.Dt:
			w.emitTerm(term)
			term = cellText(c)
			if w.noteDepth == 0 && w.joined == 0 {
				if head, body := termOverList(c); body != nil {
					w.termSection(head, body)
					term = ""
				}
			}
		case atom.Dd:
			if term != "" && hasListBelow(c) && w.noteDepth == 0 && w.joined == 0 && len(strings.Fields(term)) <= maxLeadInWords {
				w.termSection(term, c)
			} else {
				w.definition(c, term)
			}
			term = ""
		case atom.Div: // <div> may group a term and its definitions
			w.emitTerm(term)
			term = ""
			w.definitions(c)
		default:
			w.walk(c)
		}
	}
	w.emitTerm(term)
}

// termOverList splits a term that holds a list of its own (ronn's nested
// definition list, a drug's term over its populations' doses, followed
// by an empty <dd>; FT-205) into its words before the list, without a
// colon at their end, and a node holding the list and what follows it,
// which it moves there. nil, the term untouched, when it holds no list
// or more than maxLeadInWords words before it: its text is the term.
func termOverList(dt *html.Node) (string, *html.Node) {
	var list *html.Node
	for c := dt.FirstChild; c != nil && list == nil; c = c.NextSibling {
		if c.DataAtom == atom.Dl || c.DataAtom == atom.Ul || c.DataAtom == atom.Ol {
			list = c
		}
	}
	if list == nil {
		return "", nil
	}
	var head strings.Builder
	for c := dt.FirstChild; c != list; c = c.NextSibling {
		if c.Type == html.TextNode {
			head.WriteString(c.Data)
		} else {
			head.WriteString(nodeText(c))
		}
	}
	term := strings.TrimSuffix(strings.Join(strings.Fields(head.String()), " "), ":")
	if term == "" || len(strings.Fields(term)) > maxLeadInWords {
		return "", nil
	}
	body := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	for c := list; c != nil; {
		next := c.NextSibling
		dt.RemoveChild(c)
		body.AppendChild(c)
		c = next
	}
	return term, body
}

func (w *htmlWalker) emitTerm(term string) {
	if term != "" {
		w.flush()
		w.blocks = append(w.blocks, textBlock{kind: Paragraph, text: term})
	}
}

// definition emits a <dd>, prefixed with its term when it has one.
func (w *htmlWalker) definition(dd *html.Node, term string) {
	w.flush()
	before := len(w.blocks)
	w.joined++
	// (a term that ends in its colon: docutils's field lists,
	// <dt>Versie<span class="colon">:</span></dt>, had read "Versie:: 1.3")
	term = strings.TrimSuffix(strings.TrimSpace(term), ":")
	w.withKind(Paragraph, 0, "", func() {
		if term != "" {
			w.buf.WriteString(term + ": ")
		}
		w.children(dd)
	})
	w.joined--
	if term != "" && len(w.blocks) > before {
		b := &w.blocks[before]
		b.text = strings.Replace(b.text, term+":\n", term+": ", 1)
	}
}

// item emits one list item; text after a nested list continues it as an
// item of the same level without a label.
func (w *htmlWalker) item(n *html.Node, label string, depth int) {
	w.flush()
	w.joined++
	w.withKind(ListItem, depth, label, func() { w.children(n) })
	w.joined--
}

// note emits a note element (a <details>, a footnote) as Note blocks: one
// per list entry inside it, else one for the whole element.
func (w *htmlWalker) note(n *html.Node) {
	w.flush()
	// a heading inside the note below the open section's titles the
	// note, not the text after it: a box of the key points under the
	// page's title (<div role="note"><h2>Samenvatting</h2>…) had headed
	// every chapter after it (FT-237). One of the open section's level or
	// above is a section of the page ("Voetnoten" at the foot of FT-48).
	outer, outerNode := w.open, w.openNode
	defer func() {
		if outer != nil && w.open != outer && w.open.level > outer.level && w.refs == nil {
			w.flush()
			w.open, w.resume, w.openNode = outer, outer, outerNode
		}
	}()
	w.noteDepth++
	id := attr(n, "id")
	label := trailingDigits(id)
	if strings.HasSuffix(strings.ToLower(id), "id"+label) {
		// a generated element id ("ftn.id768", DocBook's FT-106) numbers
		// the element, not the note: the link back to its marker labels
		// it ("[1]", noteRef)
		label = ""
	}
	if n.DataAtom == atom.Details || !hasListBelow(n) {
		w.joined++
		w.withKind(Note, 0, label, func() { w.children(n) })
		w.joined--
	} else {
		w.withKind(Note, 0, "", func() { w.children(n) })
	}
	w.noteDepth--
}

func (w *htmlWalker) flush() {
	t := w.buf.String()
	w.buf.Reset()
	if w.pre == 0 {
		t = collapseSpaces(t)
	}
	if strings.TrimSpace(t) == "" {
		w.notes = nil
		return
	}
	kind, label := w.kind, w.label
	if kind == ListItem {
		t = printedMarker(t, label)
	}
	if kind != Heading {
		w.resumeSection()
	} else if t = emptyBrackets.ReplaceAllString(t, ""); strings.TrimSpace(t) == "" {
		w.notes = nil
		return
	}
	if kind == Paragraph && w.captionBelow(t) {
		w.notes = nil
		return
	}
	if (w.noteDepth > 0 || w.refs != nil) && kind != Heading {
		// (the brackets around a label that linked back to its marker,
		// which backLink left out: docutils's "[1]" before its note,
		// the label taken from the note's id)
		if loc := emptyBrackets.FindStringIndex(t); loc != nil && strings.TrimSpace(t[:loc[0]]) == "" {
			t = strings.TrimSpace(t[loc[1]:])
		}
		kind, label = Note, noteLabel(label, t)
	}
	level := w.level
	if kind != Heading && kind != ListItem {
		level = 0
	}
	b := textBlock{kind: kind, level: level, text: t, label: label, notes: w.notes}
	if w.pre == 0 {
		w.blocks = append(w.blocks, splitBulletLines(b)...) // "• a<br>• b"
	} else {
		w.blocks = append(w.blocks, b)
	}
	w.notes = nil
	w.label = "" // what follows in the same item continues it
}

// printedMarker drops from a list item's text the marker a word processor
// wrote as text before it: a bullet glyph, which a symbol font places at a
// private-use code point (LibreOffice's XHTML export writes Word's bullet
// as "\uf0b7\uf0b7" in a span of its own, FT-182), or the number the list
// already gives ("1.Eerste keus" in an item the <ol> numbers 1.). A number
// that goes on as a number ("1.5 mg") is text.
func printedMarker(t, label string) string {
	rest := strings.TrimLeftFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.Co, r) || strings.ContainsRune("•◦▪‣●", r)
	})
	if label != "" {
		if after, ok := strings.CutPrefix(rest, label); ok {
			if r, _ := utf8.DecodeRuneInString(after); !unicode.IsDigit(r) {
				rest = strings.TrimLeftFunc(after, unicode.IsSpace)
			}
		}
	}
	if strings.TrimSpace(rest) == "" {
		return t
	}
	return rest
}

// headingTail returns the elements that end heading h and hold only
// links to other pages, with the brackets or bars between them, after
// text of the heading's own: a wiki's edit links ("Kernboodschappen
// [bewerken | brontekst bewerken]", MediaWiki's mw-editsection, FT-52)
// are no words of the heading nor of the section paths under it. A
// heading that is all links keeps them.
func headingTail(h *html.Node) []*html.Node {
	var tail []*html.Node
	c := h.LastChild
	for ; c != nil; c = c.PrevSibling {
		if c.Type == html.TextNode && strings.Trim(c.Data, " \t\n[]|·/") == "" {
			continue
		}
		if c.Type != html.ElementNode || !linksOnly(c) {
			break
		}
		tail = append(tail, c)
	}
	if c == nil {
		return nil // nothing of the heading's own before them
	}
	return tail
}

// linksOnly reports whether every word below n is inside a link to
// another page, or a bracket or bar, and one is.
func linksOnly(n *html.Node) bool {
	linked := false
	for d := range n.Descendants() {
		if d.Type != html.TextNode || strings.Trim(d.Data, " \t\n[]|·/") == "" {
			continue
		}
		in := false
		for p := d.Parent; p != nil && p != n.Parent; p = p.Parent {
			if href := attr(p, "href"); p.DataAtom == atom.A && href != "" && !strings.HasPrefix(href, "#") {
				in = true
				break
			}
		}
		if !in {
			return false
		}
		linked = true
	}
	return linked
}

// notesOutside returns the notes outside the content root that links in
// it point to: Word's "Opslaan als webpagina" sets its footnotes after
// the section that holds the text (<div class=WordSection1>, the content
// root), each a <p class=MsoFootnoteText> with the anchor the text's
// marker links to. They had been left out with the page's chrome (FT-53's
// two footnotes, one of them the score's items). Only an element that is
// a note (noteElement) around a link's target counts.
func notesOutside(root, content *html.Node) []*html.Node {
	if content == root {
		return nil
	}
	targets := map[string]bool{}
	for d := range content.Descendants() {
		if href := attr(d, "href"); d.DataAtom == atom.A && len(href) > 1 && href[0] == '#' {
			targets[href[1:]] = true
		}
	}
	inside := func(n *html.Node) bool {
		for p := n; p != nil; p = p.Parent {
			if p == content {
				return true
			}
		}
		return false
	}
	var out []*html.Node
	for d := range root.Descendants() {
		if d.Type != html.ElementNode || !targets[attr(d, "id")] && !targets[attr(d, "name")] || inside(d) {
			continue
		}
		for p := d; p != nil && p != root; p = p.Parent {
			if p.Type == html.ElementNode && noteElement(p) {
				if !slices.Contains(out, p) {
					out = append(out, p)
				}
				break
			}
		}
	}
	return out
}

// emptyBrackets matches brackets left with nothing but separators in
// them, around the links headingTail leaves out.
var emptyBrackets = regexp.MustCompile(`\s*\[[\s|·/]*\]`)

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
	case atom.P, atom.Td, atom.Th, atom.Blockquote, atom.Pre, atom.Dt, atom.Dd,
		atom.Figcaption, atom.Caption, atom.Div, atom.Section, atom.Article, atom.Main,
		atom.Dl, atom.Table, atom.Tr, atom.Figure, atom.Address, atom.Body, atom.Hr,
		atom.Header, atom.Footer, atom.Aside, atom.Nav, atom.Form, atom.Summary, atom.Details:
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

// captionBelow makes text the caption of the table just before it
// (captionAfter), and reports whether it did.
func (w *htmlWalker) captionBelow(text string) bool {
	return captionAfter(w.blocks, w.tables, text)
}
