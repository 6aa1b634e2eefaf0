package extract

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Markdown extracts a Markdown file with its structure: ATX ("## Kop") and
// setext (underlined) headings; paragraphs (soft line breaks become spaces);
// bullet and ordered list items as ListItem blocks with their nesting depth;
// pipe tables and raw HTML tables as Document.Tables with a Caption block
// and one TableRow block per body row; footnote definitions ("[^1]: …") and the entries of a
// references section ("## 5 Literatuur") as Note blocks, with footnote
// markers moved from the text into Block.Notes; block quotes as paragraphs,
// fenced code as a paragraph with its line breaks. Emphasis, code and link
// markup is stripped, keeping link and image text. YAML front matter is
// skipped. The title is the first top heading.
func Markdown(data []byte) (*Document, error) {
	s, err := decodeUTF8(data)
	if err != nil {
		return nil, err
	}
	p := &mdParser{syn: newMDSyntax()}
	p.parse(multilineTables(skipFrontMatter(strings.Split(s, "\n"))))
	return assemble("text/markdown", "", linkCitations(p.blocks), p.tables)
}

// mdSyntax holds the compiled patterns, built per call to keep the package
// free of global state.
type mdSyntax struct {
	atx, setext1, setext2, hrule, fence, item, quote, refDef, tableDelim, footDef *regexp.Regexp
	image, link, refLink, autolink, tag, footnote, strong, struck, underscore     *regexp.Regexp
	dashes, superNote, noteLink                                                   *regexp.Regexp
}

func newMDSyntax() *mdSyntax {
	return &mdSyntax{
		atx:        regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`),
		setext1:    regexp.MustCompile(`^ {0,3}=+[ \t]*$`),
		setext2:    regexp.MustCompile(`^ {0,3}-+[ \t]*$`),
		hrule:      regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`),
		fence:      regexp.MustCompile("^ {0,3}(`{3,}|~{3,})"),
		item:       regexp.MustCompile(`^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?(.*)|$)`),
		quote:      regexp.MustCompile(`^ {0,3}>[ \t]?(.*)$`),
		refDef:     regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S`),
		footDef:    regexp.MustCompile(`^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$`),
		tableDelim: regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$`),
		image:      regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`),
		dashes:     regexp.MustCompile(`(\d)--(\d)`),
		superNote:  regexp.MustCompile(`\^\d{1,2}\^`),
		link:       regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`),
		noteLink:   regexp.MustCompile(`([^\s\[(])\[(\d{1,3})\]\(#[^)\s]*\)`),
		refLink:    regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`),
		autolink:   regexp.MustCompile(`<((?:https?|mailto|ftp):[^>\s]+)>`),
		tag:        regexp.MustCompile(`<!--.*?-->|` + inlineTag.String()),
		footnote:   regexp.MustCompile(`\[\^([^\]\s]+)\]`),
		strong:     regexp.MustCompile(`\*\*|__|~~|` + "`+"),
		struck:     regexp.MustCompile(`(?is)~~[^~]+?~~|<del\b[^>]*>.*?</del>|<s>.*?</s>|<strike\b[^>]*>.*?</strike>`),
		underscore: regexp.MustCompile(`(^|[^\p{L}\p{N}])_+|_+([^\p{L}\p{N}]|$)`),
	}
}

type mdKind int

const (
	mdNone mdKind = iota
	mdPara
	mdItem
	mdQuote
	mdTable
	mdFootnote
	mdHTMLTable
	mdGridTable
)

// maxHTMLTableLines bounds a raw HTML table whose closing tag never comes.
const maxHTMLTableLines = 5000

type mdParser struct {
	syn    *mdSyntax
	blocks []textBlock
	tables []Table
	lines  []string // lines of the open block
	kind   mdKind
	fence  string // closing fence while inside fenced code
	label  string // open list item's number ("3.") or footnote's label
	level  int    // open list item's depth
	indent []int  // indentation of the open lists, outermost first
	header []string
	rows   [][]string
	// caption: a table's caption written before its first header cell;
	// labels: the lines without a bar inside a table, by the index of
	// the row they stand above (tableLabels)
	caption string
	labels  map[int]string
	refs    int // level of the references heading whose section is open; 0 if none
}

func (p *mdParser) parse(lines []string) {
	for _, line := range lines {
		p.line(line)
	}
	p.flush()
}

func (p *mdParser) line(line string) {
	s := p.syn
	if p.fence != "" {
		if strings.HasPrefix(strings.TrimSpace(line), p.fence) {
			p.flush()
			p.fence = ""
			return
		}
		p.lines = append(p.lines, line)
		return
	}
	if p.kind == mdHTMLTable {
		p.lines = append(p.lines, line)
		if strings.Contains(strings.ToLower(line), "</table>") || len(p.lines) >= maxHTMLTableLines {
			p.flush()
		}
		return
	}
	trimmed := strings.TrimSpace(line)
	if p.kind == mdGridTable {
		if boxLine(trimmed) {
			p.lines = append(p.lines, trimmed)
			return
		}
		p.flush()
	}
	switch {
	case trimmed == "":
		p.flush()
	case boxTop(trimmed):
		// a grid table, pandoc's and reStructuredText's, or one drawn
		// with box-drawing characters (gridTable)
		p.flush()
		p.kind = mdGridTable
		p.lines = append(p.lines, trimmed)
	case s.fence.MatchString(line):
		p.flush()
		p.fence = s.fence.FindStringSubmatch(line)[1]
		p.kind = mdPara
	case s.atx.MatchString(line):
		p.flush()
		m := s.atx.FindStringSubmatch(line)
		p.heading(len(m[1]), p.inline(m[2]))
	case p.kind == mdPara && len(p.lines) > 0 && s.setext1.MatchString(line):
		p.setext(1)
	case p.kind == mdPara && len(p.lines) > 0 && s.setext2.MatchString(line):
		p.setext(2)
	case len(trimmed) >= 6 && strings.EqualFold(trimmed[:6], "<table"):
		p.flush()
		p.kind = mdHTMLTable
		p.line(line)
	case s.hrule.MatchString(line):
		p.flush()
		p.refs = 0 // a thematic break ends a references section
	case s.footDef.MatchString(line):
		p.flush()
		m := s.footDef.FindStringSubmatch(line)
		p.kind, p.label = mdFootnote, m[1]
		p.lines = append(p.lines, m[2])
	case len(p.lines) == 0 && s.refDef.MatchString(line):
		// link reference definition: markup only
	case p.kind == mdFootnote && (line[0] == ' ' || line[0] == '\t'):
		p.lines = append(p.lines, trimmed)
	case s.item.MatchString(line) && p.kind != mdTable:
		m := s.item.FindStringSubmatch(line)
		p.flush()
		p.kind, p.level = mdItem, p.itemLevel(indentWidth(m[1]))
		p.label = ""
		if r := m[2][len(m[2])-1]; r == '.' || r == ')' {
			p.label = m[2]
		}
		p.lines = append(p.lines, m[3])
	case s.quote.MatchString(line):
		if p.kind != mdQuote {
			p.flush()
			p.kind = mdQuote
		}
		p.lines = append(p.lines, s.quote.FindStringSubmatch(line)[1])
	case strings.Contains(trimmed, "|") && s.tableDelim.MatchString(line):
		p.startTable(trimmed)
	case p.kind == mdTable && strings.Contains(trimmed, "|"):
		p.rows = append(p.rows, p.tableCells(trimmed))
	case p.kind == mdTable && trimmed != "":
		// a line without a bar goes on with the table (GFM): a label of
		// the rows below it (tableLabels)
		if p.labels == nil {
			p.labels = map[int]string{}
		}
		p.labels[len(p.rows)] = strings.TrimSpace(p.labels[len(p.rows)] + " " + p.inline(trimmed))
	default:
		if p.kind == mdNone || p.kind == mdTable {
			p.flush()
			p.kind = mdPara
			if lvl := p.continuedItem(line); lvl > 0 {
				p.kind, p.level, p.label = mdItem, lvl, ""
			}
		}
		p.lines = append(p.lines, trimmed)
	}
}

// continuedItem returns the depth of the open list item that an indented
// paragraph after a blank line continues ("- item\n\n  more of the item"),
// or 0 when the line is not indented under an open list.
func (p *mdParser) continuedItem(line string) int {
	indent := indentWidth(line[:len(line)-len(strings.TrimLeft(line, " \t"))])
	level := 0
	for _, open := range p.indent {
		if indent > open {
			level++
		}
	}
	return level
}

// itemLevel returns the nesting depth of a list item indented by indent
// columns: deeper than the open item when indented further, else the depth
// of the open list it aligns with.
func (p *mdParser) itemLevel(indent int) int {
	for len(p.indent) > 0 && p.indent[len(p.indent)-1] > indent {
		p.indent = p.indent[:len(p.indent)-1]
	}
	if len(p.indent) == 0 || p.indent[len(p.indent)-1] < indent {
		p.indent = append(p.indent, indent)
	}
	return len(p.indent)
}

// indentWidth counts leading white space in columns, a tab as four.
func indentWidth(s string) int {
	n := 0
	for _, r := range s {
		if r == '\t' {
			n += 4 - n%4
		} else {
			n++
		}
	}
	return n
}

// startTable opens a pipe table at its delimiter row; the line before it
// is the header row. A delimiter row inside a table is markup only, but
// under a row of another width than the table's or one that opens with a
// caption: that row heads a table of its own (html2text writes two tables
// with no blank line between them).
func (p *mdParser) startTable(delim string) {
	if p.kind == mdTable {
		n := len(p.rows)
		if n == 0 || len(p.tableCells(delim)) != len(p.rows[n-1]) || len(p.rows[n-1]) == len(p.header) && !captionLike(p.rows[n-1][0]) {
			return
		}
		header := p.rows[n-1]
		p.rows = p.rows[:n-1]
		p.flush()
		p.openTable(header)
		return
	}
	var header []string
	if p.kind == mdPara && len(p.lines) > 0 && strings.Contains(p.lines[len(p.lines)-1], "|") {
		header = p.tableCells(p.lines[len(p.lines)-1])
		p.lines = p.lines[:len(p.lines)-1]
	}
	p.flush()
	p.openTable(header)
}

// openTable opens a pipe table under header.
func (p *mdParser) openTable(header []string) {
	p.kind, p.header, p.rows, p.caption, p.labels = mdTable, header, nil, "", nil
	if len(header) > 1 && captionLike(header[0]) {
		// html2text writes a <caption> before the first header cell, on
		// its line: the cell's last word is the header
		if ws := strings.Fields(header[0]); len(ws) >= 3 {
			p.caption, header[0] = strings.Join(ws[:len(ws)-1], " "), ws[len(ws)-1]
		}
	}
}

// heading emits a heading and opens or closes a references section, whose
// list items and paragraphs become notes.
func (p *mdParser) heading(level int, text string) {
	if p.refs > 0 && level <= p.refs {
		p.refs = 0
	}
	p.emit(textBlock{kind: Heading, level: level, text: text})
	if referencesHeading(text) {
		p.refs = level
	}
}

// setext turns the open paragraph into a heading of level.
func (p *mdParser) setext(level int) {
	text := p.inline(strings.Join(p.lines, " "))
	p.lines, p.kind = nil, mdNone
	p.heading(level, text)
}

func (p *mdParser) flush() {
	if p.kind == mdTable {
		rows, after := tableLabels(p.header, p.rows, p.labels)
		p.blocks, p.tables = addTable(p.blocks, p.tables, Table{Caption: p.caption, Header: p.header, Rows: rows})
		if after != "" {
			p.blocks = append(p.blocks, textBlock{kind: Paragraph, text: after})
		}
		p.header, p.rows, p.caption, p.labels = nil, nil, "", nil
	}
	if p.kind == mdHTMLTable {
		src := strings.Join(p.lines, "\n")
		p.lines, p.kind = nil, mdNone
		p.htmlTables(src)
		return
	}
	if p.kind == mdGridTable {
		lines := p.lines
		p.lines, p.kind = nil, mdNone
		if t, ok := gridTable(lines, map[string]int{}); ok {
			for i := range t.Header {
				t.Header[i] = p.inline(t.Header[i])
			}
			for _, row := range t.Rows {
				for i := range row {
					row[i] = p.inline(row[i])
				}
			}
			p.blocks, p.tables = addTable(p.blocks, p.tables, t)
		} else {
			p.emit(textBlock{kind: Paragraph, text: strings.Join(lines, "\n")})
		}
		return
	}
	kind := p.kind
	if kind != mdItem && kind != mdNone {
		p.indent = nil // a paragraph, quote or table ends the open lists
	}
	if len(p.lines) == 0 {
		p.kind = mdNone
		return
	}
	raw := strings.Join(p.lines, " ")
	b := textBlock{kind: Paragraph, text: p.inline(raw), notes: p.footnoteRefs(raw)}
	switch {
	case p.fence != "":
		b = textBlock{kind: Paragraph, text: strings.Join(p.lines, "\n")} // code: no inline markup
	case kind == mdFootnote:
		b.kind, b.label = Note, p.label
	case p.refs > 0:
		b.kind, b.label = Note, noteLabel(p.label, b.text)
	case kind == mdItem:
		b.kind, b.level, b.label = ListItem, p.level, p.label
	case kind == mdPara && captionAfter(p.blocks, p.tables, b.text):
		p.lines, p.kind, p.label = nil, mdNone, ""
		return
	}
	p.lines, p.kind, p.label = nil, mdNone, ""
	p.emit(b)
}

func (p *mdParser) emit(b textBlock) {
	if strings.TrimSpace(b.text) != "" {
		p.blocks = append(p.blocks, b)
	}
}

// htmlTables adds the tables of a raw HTML block ("<table>…</table>"), which
// Markdown passes through, to the document as tables of their own; a layout
// table or unparsable HTML becomes a paragraph of its text.
func (p *mdParser) htmlTables(src string) {
	root, err := parseHTMLFragment(src)
	if err != nil {
		p.emit(textBlock{kind: Paragraph, text: p.inline(src)})
		return
	}
	for d := range root.Descendants() {
		if d.DataAtom != atom.Table || insideTable(d) {
			continue
		}
		if layoutTable(d) {
			p.emit(textBlock{kind: Paragraph, text: cellText(d)})
			continue
		}
		p.blocks, p.tables = addTable(p.blocks, p.tables, parseTable(d))
	}
}

// parseHTMLFragment parses src, turning a parser panic into an error.
func parseHTMLFragment(src string) (root *html.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			root, err = nil, fmt.Errorf("html parser panic: %v", r)
		}
	}()
	return html.Parse(strings.NewReader(src))
}

func insideTable(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Table {
			return true
		}
	}
	return false
}

// footnoteRefs returns the labels of the footnote markers in raw ("[^2]",
// and a number linked to a place on the page right after a word, which
// html-to-markdown makes of a note's marker: "9 dagen.[1](#noot1)",
// FT-185).
func (p *mdParser) footnoteRefs(raw string) []string {
	_, labels := p.supNotes(raw)
	for _, m := range p.syn.footnote.FindAllStringSubmatch(raw, -1) {
		labels = append(labels, m[1])
	}
	for _, m := range p.syn.noteLink.FindAllStringSubmatch(raw, -1) {
		labels = append(labels, m[2])
	}
	return labels
}

// tableCells splits a pipe-table row into cells, honouring escaped pipes.
func (p *mdParser) tableCells(r string) []string {
	r = strings.TrimSpace(r)
	r = strings.TrimPrefix(r, "|")
	if strings.HasSuffix(r, "|") && !strings.HasSuffix(r, `\|`) {
		r = r[:len(r)-1]
	}
	cells := strings.Split(strings.ReplaceAll(r, `\|`, "\x00"), "|")
	for i, c := range cells {
		// "Benzaril<br>(tablet 100 mg)"; lines that each start with a
		// label are parted as HTML's are ("< 15 kg: 10 mg/kg 1 dd<br>15–30
		// kg: 150 mg 1 dd", brokenLines)
		c = strings.Join(brokenLines(cellBreak.Split(c, -1)), " ")
		c = p.cellMarkers(c)
		cells[i] = strings.Join(strings.Fields(p.inline(strings.ReplaceAll(strings.TrimSpace(c), "\x00", "|"))), " ")
	}
	return cells
}

// tableLabels returns a pipe table's rows, each padded to the header's
// width on the side where its cells' words fit the columns best
// (alignShort), the row under a label (a line without a bar) with the
// label before its first cell, and a first cell left empty carried from
// the row above (carryFirstCell). html2text writes a drug named once beside
// its rows (a cell spanning rows, its name and form on two lines) as the
// name's line alone under the delimiter row, the form in the first row's
// first cell and no first cell in the rows after. after is the text of
// labels with no row under them, a paragraph after the table.
func tableLabels(header []string, rows [][]string, labels map[int]string) (out [][]string, after string) {
	alignShort(header, rows)
	for i, row := range rows {
		if label, ok := labels[i]; ok && len(row) > 0 {
			row[0] = strings.TrimSpace(label + " " + row[0])
		}
		out = append(out, carryFirstCell(out, row))
	}
	return out, labels[len(rows)]
}

// alignShort pads each row that has fewer cells than the header: at its
// start when its cells' words fit the columns there better than at its
// end (the first cells a converter left out where a cell spans the rows),
// else at its end (a row typed short); a row whose words fit neither way
// better goes the way most of the others went. A column's words are those
// of the rows with every cell, numbers left out.
func alignShort(header []string, rows [][]string) {
	width := len(header)
	vocab := make([]map[string]bool, width)
	for c := range vocab {
		vocab[c] = map[string]bool{}
	}
	for _, r := range rows {
		if len(r) == width {
			for c, cell := range r {
				for _, w := range cellWords(cell) {
					vocab[c][w] = true
				}
			}
		}
	}
	fit := func(cells []string, from int) int {
		n := 0
		for i, cell := range cells {
			for _, w := range cellWords(cell) {
				if vocab[from+i][w] {
					n++
				}
			}
		}
		return n
	}
	// the rows whose words tell decide; the others go as most of those
	// went
	start := make([]int, len(rows)) // 1: pad at the start, -1: at the end
	lean := 0
	for i, r := range rows {
		if short := width - len(r); short > 0 {
			switch a, b := fit(r, short), fit(r, 0); {
			case a > b:
				start[i] = 1
			case a < b:
				start[i] = -1
			}
			lean += start[i]
		}
	}
	for i, r := range rows {
		short := width - len(r)
		if short <= 0 {
			continue
		}
		if start[i] > 0 || start[i] == 0 && lean > 0 {
			rows[i] = append(make([]string, short), r...)
		} else {
			rows[i] = append(r, make([]string, short)...)
		}
	}
}

// cellWords returns a cell's words in lower case, those with a digit and
// those without a letter left out.
func cellWords(cell string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(cell)) {
		w = strings.Trim(w, ".,;:()[]")
		if !strings.ContainsFunc(w, unicode.IsDigit) && strings.ContainsFunc(w, unicode.IsLetter) {
			out = append(out, w)
		}
	}
	return out
}

// supNote matches an inline <sup> of a number.
var supNote = regexp.MustCompile(`(?i)<sup>\s*(\d{1,3})\s*</sup>`)

// supNotes returns raw without the <sup> numbers in it that mark a note,
// as a page without footnotes types them ("specificiteit
// 94%<sup>5</sup>", bareMarkerAfter), and their labels. Left in, the
// number ran on into the text ("94%5", FT-232); an exponent stays
// ("m<sup>2</sup>").
func (p *mdParser) supNotes(raw string) (string, []string) {
	if !strings.Contains(strings.ToLower(raw), "<sup>") {
		return raw, nil
	}
	var b strings.Builder
	var labels []string
	last := 0
	for _, m := range supNote.FindAllStringSubmatchIndex(raw, -1) {
		b.WriteString(raw[last:m[0]])
		last = m[1]
		before := strings.TrimRight(p.syn.tag.ReplaceAllString(b.String(), ""), "*_")
		if label := raw[m[2]:m[3]]; bareMarkerAfter(before, label) {
			labels = append(labels, label)
			continue
		}
		b.WriteString(raw[m[0]:m[1]])
	}
	b.WriteString(raw[last:])
	return b.String(), labels
}

// cellBreak matches a line break written in a pipe table's cell, where a
// line of the table cannot hold one.
var cellBreak = regexp.MustCompile(`(?i)<br\s*/?>`)

// cellSup matches an inline <sup> in a cell.
var cellSup = regexp.MustCompile(`(?i)<sup>\s*([^<]{1,3}?)\s*</sup>`)

// cellMarkers removes from a cell the <sup> note markers after its text
// ("4 mg/kg<sup>a</sup>", cellMarker; "middelen<sup>8</sup>",
// bareMarkerAfter), keeping other superscripts as text ("m<sup>2</sup>").
func (p *mdParser) cellMarkers(c string) string {
	if !strings.Contains(strings.ToLower(c), "<sup>") {
		return c
	}
	var b strings.Builder
	last := 0
	for _, m := range cellSup.FindAllStringSubmatchIndex(c, -1) {
		b.WriteString(c[last:m[0]])
		if host := p.inline(b.String()); !cellMarker(host, c[m[2]:m[3]]) && !bareMarkerAfter(host, strings.TrimSpace(c[m[2]:m[3]])) {
			b.WriteString(c[m[2]:m[3]])
		}
		last = m[1]
	}
	b.WriteString(c[last:])
	return b.String()
}

// carryFirstCell gives a body row whose first cell is empty the first cell
// of the row above, when it has other cells: a pipe table cannot merge
// cells, so a drug's rows name it in the first only ("| Benzaril | Volwassenen
// | … |" over "| | Ouderen ≥ 75 jaar | … |"), and read alone its
// doses were any drug's (FT-45). Not under a column of indexes, one or
// two letters or digits each, none repeated: the letters of a score's
// name do not group rows, and the row under them without one is a total
// ("| | Maximale score | 7 |" had become the criterion "K", lowdown's
// FT-132).
func carryFirstCell(above [][]string, row []string) []string {
	if len(above) == 0 || len(row) < 2 || strings.TrimSpace(row[0]) != "" || strings.TrimSpace(strings.Join(row[1:], "")) == "" || indexColumn(above) {
		return row
	}
	if prev := above[len(above)-1]; len(prev) > 0 && strings.TrimSpace(prev[0]) != "" {
		row[0] = prev[0]
	}
	return row
}

// inline strips inline markup, keeping the visible text; text struck out
// ("~~10 dagen~~", <del>) is withdrawn and goes with its markup.
// Backslash escapes are protected first so "\*" stays a literal asterisk.
func (p *mdParser) inline(t string) string {
	s := p.syn
	if strings.Contains(t, "-") || strings.Contains(t, "^") {
		// pandoc's smart dashes between numbers ("15--30 kg") and its
		// superscript note markers ("Score)^2^")
		t = s.dashes.ReplaceAllString(t, "$1–$2")
		t = s.superNote.ReplaceAllString(t, "")
	}
	if !strings.ContainsAny(t, "[<*_~`\\&") {
		return t // no markup: the patterns below all need one of these
	}
	t, _ = p.supNotes(t)
	t = protectEscapes(t)
	t = s.struck.ReplaceAllString(t, "")
	t = s.image.ReplaceAllString(t, "$1")
	t = s.noteLink.ReplaceAllString(t, "$1") // a note's marker (footnoteRefs)
	t = s.link.ReplaceAllString(t, "$1")
	t = s.refLink.ReplaceAllString(t, "$1")
	t = s.autolink.ReplaceAllString(t, "$1")
	t = s.footnote.ReplaceAllString(t, "")
	t = s.tag.ReplaceAllString(t, "")
	t = s.strong.ReplaceAllString(t, "")
	t = stripStars(t)
	t = s.underscore.ReplaceAllString(t, "$1$2")
	if strings.Contains(t, "&") {
		// entity and character references ("eGFR &lt; 15", which
		// html-to-markdown writes in a table cell, FT-185), after the
		// tags they might spell are gone; an escaped "\&" stays as typed
		t = html.UnescapeString(t)
	}
	return restoreEscapes(t)
}

// stripStars removes single-asterisk emphasis but keeps an asterisk with
// space on both sides ("2 * 3").
func stripStars(t string) string {
	if !strings.Contains(t, "*") {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '*' && !(i > 0 && t[i-1] == ' ' && i+1 < len(t) && t[i+1] == ' ') {
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

// escapeBase maps an escaped ASCII punctuation character into the Private
// Use Area while inline markup is stripped.
const escapeBase = 0xE000

func protectEscapes(t string) string {
	if !strings.Contains(t, `\`) {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '\\' && i+1 < len(t) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", t[i+1]) >= 0 {
			b.WriteRune(rune(escapeBase + int(t[i+1]))) // #nosec G115 -- t[i+1] is an ASCII punctuation byte; the sum is a private-use code point
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

func restoreEscapes(t string) string {
	return strings.Map(func(r rune) rune {
		if r >= escapeBase && r < escapeBase+128 {
			return r - escapeBase
		}
		return r
	}, t)
}

// skipFrontMatter drops a leading YAML front-matter block ("---" … "---").
func skipFrontMatter(lines []string) []string {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return lines
	}
	for i := 1; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
			return lines[i+1:]
		}
	}
	return lines
}

// indexColumn reports whether the first cells of rows, two or more, are
// indexes: one or two letters or digits each, all different.
func indexColumn(rows [][]string) bool {
	if len(rows) < 2 {
		return false
	}
	seen := map[string]bool{}
	for _, r := range rows {
		if len(r) == 0 {
			return false
		}
		c := strings.TrimRight(strings.TrimSpace(r[0]), ".)")
		if n := utf8.RuneCountInString(c); n == 0 || n > 2 || seen[c] || strings.ContainsFunc(c, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			return false
		}
		seen[c] = true
	}
	return true
}
