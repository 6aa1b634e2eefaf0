package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Size limits: browsers cap colspan at 1000 and rowspan at 65534; a dose
// table never needs more than these, and the caps bound the work a hostile
// page can cause (2,000 rows of rowspan=200 colspan=50 took 52 s without
// the column cap).
const (
	maxColspan = 50
	maxRowspan = 200
	maxColumns = 64
)

// table turns a data table into a Table, its Caption block and one TableRow
// block per non-empty body row.
func (w *htmlWalker) table(n *html.Node) {
	w.flush()
	w.resumeSection()
	rest := splitAtHeader(n)
	t := parseTable(n)
	if strings.TrimSpace(t.Caption) == "" {
		t.Caption = w.figureCaption(n)
	}
	w.blocks, w.tables = addTable(w.blocks, w.tables, t)
	if rest != nil {
		r := parseTable(rest)
		r.Caption = t.Caption // one table, in two parts
		w.blocks, w.tables = addTable(w.blocks, w.tables, r)
	}
}

// splitAtHeader takes the rows of table n from a header row below its
// body rows on (a row of two or more <th> cells, no group's heading) into
// a table of their own, which it returns; nil when n has no such row. A
// table in two parts heads its second part anew: MJML's FT-110 sets a
// score's criteria and points, then "Totaalscore | Kans op GVZ | Beleid"
// over its grades, which had been read as the criteria's columns
// ("criterium: 3 of 4 · Punten: aanvullend onderzoek …").
func splitAtHeader(n *html.Node) *html.Node {
	var trs []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom == atom.Tr {
					trs = append(trs, r)
				}
			}
		case atom.Tr:
			trs = append(trs, c)
		}
	}
	body := false
	for i, tr := range trs {
		head := allHeaderCells(tr) && len(rowCells(tr)) >= 2
		if head && body && i+1 < len(trs) && !allHeaderCells(trs[i+1]) {
			rest := &html.Node{Type: html.ElementNode, Data: "table", DataAtom: atom.Table}
			for _, r := range trs[i:] {
				r.Parent.RemoveChild(r)
				rest.AppendChild(r)
			}
			return rest
		}
		body = body || !allHeaderCells(tr) && len(rowCells(tr)) >= 2
	}
	return nil
}

// figureCaption returns the caption of the <figure> a table stands in
// alone, its <figcaption>, wherever it stands: CKEditor (Drupal) writes it
// after the table, and FT-71's "Tabel 1. VEENRIL-score" had become a
// paragraph after rows that named no score. A caption after the table is
// not walked again; one before it, already a block, is taken back.
func (w *htmlWalker) figureCaption(table *html.Node) string {
	fig := table.Parent
	if fig == nil || fig.DataAtom != atom.Figure {
		return ""
	}
	var caption *html.Node
	after, tables := false, 0
	for c := fig.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Table:
			tables++
		case atom.Figcaption:
			caption, after = c, tables > 0
		}
	}
	if caption == nil || tables != 1 {
		return "" // a figure of several tables: its caption is the figure's
	}
	text := collapseSpaces(cellText(caption))
	if after {
		w.cut[caption] = true
		return text
	}
	if k := len(w.blocks) - 1; k >= 0 && w.blocks[k].kind == Paragraph && collapseSpaces(w.blocks[k].text) == text {
		w.blocks = w.blocks[:k]
		return text
	}
	return ""
}

// addTable appends t to tables and its Caption and TableRow blocks to
// blocks. A table without a caption of its own takes the block before it when
// that reads as one. A table without body rows keeps only its caption, as a
// paragraph.
func addTable(blocks []textBlock, tables []Table, t Table) ([]textBlock, []Table) {
	if strings.TrimSpace(t.Caption) == "" {
		blocks, t.Caption = takeCaption(blocks)
	}
	normalizeTable(&t)
	t.Rows = nonEmptyRows(t.Rows)
	if prev, ok := continuedTable(blocks, tables, t); ok {
		t.Caption, t.Header = prev.Caption, prev.Header
	}
	if len(t.Rows) == 0 {
		if t.Caption != "" {
			blocks = append(blocks, textBlock{kind: Paragraph, text: t.Caption})
		}
		for _, note := range t.After {
			blocks = append(blocks, textBlock{kind: Paragraph, text: note})
		}
		return blocks, tables
	}
	tables = append(tables, t)
	idx := len(tables)
	blocks = append(blocks, textBlock{kind: Caption, table: idx})
	for i := range t.Rows {
		blocks = append(blocks, textBlock{kind: TableRow, table: idx, row: i})
	}
	for _, note := range t.After {
		blocks = append(blocks, textBlock{kind: Paragraph, text: note})
	}
	return blocks, tables
}

// continuedTable returns the table that t goes on with: t has no header
// and no caption, the table before it has a header as wide as t's rows,
// and at most maxBetweenParts paragraphs or notes, no heading, stand
// between them. unrtf closes a table at a note in a cell and opens
// another for the rows after it, without the header (FT-161's dose table:
// the rows of three of its four drugs had had no column labels).
func continuedTable(blocks []textBlock, tables []Table, t Table) (Table, bool) {
	if len(tables) == 0 || len(t.Header) > 0 || strings.TrimSpace(t.Caption) != "" || len(t.Rows) == 0 {
		return Table{}, false
	}
	prev := tables[len(tables)-1]
	if len(prev.Header) == 0 || len(prev.Header) != len(t.Rows[0]) {
		return Table{}, false
	}
	between := 0
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		if b.table == len(tables) && (b.kind == TableRow || b.kind == Caption) {
			return prev, between <= maxBetweenParts
		}
		if b.kind != Paragraph && b.kind != Note || between == maxBetweenParts {
			return Table{}, false
		}
		between++
	}
	return Table{}, false
}

// maxBetweenParts is the most paragraphs or notes between the parts of a
// table one producer broke in two.
const maxBetweenParts = 2

// takeCaption returns the text of the block just before a table when it
// reads as a caption ("Tabel 2 Dosering …", "Table 1") or is a short
// paragraph that leads into it ("Pexocilline (capsule 200 mg en 400 mg):",
// FT-60, whose rows had named no drug), and the blocks without it; else
// "" and blocks unchanged.
func takeCaption(blocks []textBlock) ([]textBlock, string) {
	if len(blocks) == 0 {
		return blocks, ""
	}
	last := blocks[len(blocks)-1]
	text := collapseSpaces(last.text)
	if !(last.kind == Paragraph || last.kind == Heading) || !captionLike(text) && !(last.kind == Paragraph && leadIn(text)) {
		return blocks, ""
	}
	return blocks[:len(blocks)-1], last.text
}

// captionAfter makes text the caption of the table its blocks end with
// when that table has none and text reads as one ("Tabel 1. SLIB-score.
// Totaal 0–6 punten.", SharePoint's italic paragraph under its table,
// FT-84, whose score rows had named no score; html-to-markdown writes a
// <caption> as a paragraph under its pipe table, FT-185), and reports
// whether it did. A caption numbered otherwise than the tables so far
// ("Tabel 2" after the first) is the next table's, written above it.
func captionAfter(blocks []textBlock, tables []Table, text string) bool {
	k := len(blocks) - 1
	if k < 0 || blocks[k].kind != TableRow || !captionLike(text) {
		return false
	}
	t := &tables[blocks[k].table-1]
	if t.Caption != "" {
		return false
	}
	if n := captionNumber(text); n > 0 && n != blocks[k].table {
		return false
	}
	t.Caption = normalizeCell(text)
	return true
}

// captionNumber returns the number a caption gives its table in the
// document ("Tabel 3. …" → 3), or 0 for one lettered ("Tabel B") or
// numbered in its chapter ("Tabel 3.1", FT-100's first table).
func captionNumber(text string) int {
	m := captionPattern().FindString(strings.TrimSpace(text))
	i := strings.IndexFunc(m, unicode.IsDigit)
	if i < 0 || strings.Contains(m[i:], ".") {
		return 0
	}
	n, _ := strconv.Atoi(strings.TrimRightFunc(m[i:], unicode.IsLetter))
	return n
}

// captionLike reports text that starts like a table caption: "Tabel 2",
// "Table 3.1", "Tabel B", "Tabel 1b" — the word and a number or letter,
// a number perhaps with a letter after it (FT-146's "Tabel 1a" and "Tabel
// 1b", the two parts of a score's table, had been no captions).
func captionLike(s string) bool {
	return captionPattern().MatchString(strings.TrimSpace(s))
}

func captionPattern() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:tabel|table)\s+(?:\d+[a-z]?(?:\.\d+[a-z]?)*|[A-Z]\d*)\b`)
}

// layoutTable reports a table used for page layout rather than data: one
// holding another table or headings, or a single row without a header
// cell (an admonition as Asciidoctor sets it, its label "Waarschuwing"
// beside its text, FT-64: read as a row of a table, its text had been no
// sentence). Its cells are walked as containers.
func layoutTable(n *html.Node) bool {
	rows := 0
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.DataAtom {
		case atom.Table, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		case atom.Th:
			rows = 2 // a header makes it data
		case atom.Tr:
			rows++
		}
	}
	return rows == 1
}

// markedRow is a row of a list set as a table: its printed marker and
// the cell with the item's text.
type markedRow struct {
	marker string
	text   *html.Node
}

// markerRows reads a table that sets a list out in rows, a marker cell
// ("•", "1.") and a text cell in each, the other cells empty: groff's
// HTML output lays out its .IP items so (FT-186), and read as a table
// each item had become a row "• · cyanose …". nil for any other table.
func markerRows(n *html.Node) []markedRow {
	var out []markedRow
	for d := range n.Descendants() {
		switch {
		case d.Type != html.ElementNode:
			continue
		case d.DataAtom == atom.Th, d.DataAtom == atom.Table && d != n:
			return nil
		case d.DataAtom != atom.Tr:
			continue
		}
		var cells []*html.Node
		for c := d.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td && strings.TrimSpace(cellText(c)) != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) != 2 {
			return nil
		}
		marker := strings.TrimSpace(cellText(cells[0]))
		if !pdfListMarkerRE.MatchString(marker) && !pdfSymbolBullet(marker) {
			return nil
		}
		out = append(out, markedRow{marker, cells[1]})
	}
	return out
}

// markerList emits the rows of a list set as a table (markerRows) as
// list items, numbered as printed.
func (w *htmlWalker) markerList(rows []markedRow) {
	w.flush()
	depth := w.listDepth()
	for _, r := range rows {
		label := ""
		if m := pdfListMarkerRE.FindStringSubmatch(r.marker); m != nil && m[1] != "" {
			label = r.marker // a number or letter; a bullet is no label
		}
		w.item(r.text, label, depth)
	}
	w.flush()
}

// htmlRow is one <tr> with whether it belongs to the header.
type htmlRow struct {
	tr     *html.Node
	header bool
}

// parseTable expands the table's rows into a grid in which a cell spanning
// columns repeats in each of them and a cell spanning rows repeats in each
// row below, so every cell sits under its own column header. Rows in
// <thead>, or leading rows made only of <th> cells, are the header; several
// header rows are joined per column ("Dosering Kinderen").
func parseTable(n *html.Node) Table {
	var t Table
	var rows []htmlRow
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Caption:
			if t.Caption == "" {
				t.Caption = cellText(c)
			}
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom == atom.Tr {
					rows = append(rows, htmlRow{r, c.DataAtom == atom.Thead})
				}
			}
		case atom.Tr:
			rows = append(rows, htmlRow{c, false})
		}
	}
	markHeaderRows(rows)
	grid := expandSpans(rows)
	width := 0
	for _, r := range grid {
		width = max(width, len(r))
	}
	var header [][]string
	last := len(rows) // after the last row of cells, a row across the table is a note (Table.After)
	for last > 0 && (rows[last-1].header || groupRow(rows[last-1].tr, width)) {
		last--
	}
	// A table that merges no cells down, as Org mode and other plain-text
	// table syntaxes cannot, names a drug in the first row of its group
	// only: a row whose first cell is empty goes on with the one above
	// (carryFirstCell, as in a Markdown pipe table; FT-66's rows after each
	// drug's first had dosed no drug)
	spanned := slices.ContainsFunc(rows, func(r htmlRow) bool {
		return slices.ContainsFunc(rowCells(r.tr), func(c *html.Node) bool { return spanAttr(c, "rowspan", maxRowspan) > 1 })
	})
	grouped := false
	for _, r := range rows[:last] {
		grouped = grouped || !r.header && groupRow(r.tr, width)
	}
	label := ""
	for i, r := range rows {
		switch {
		case r.header:
			header = append(header, grid[i])
		case i >= last:
			t.After = append(t.After, strings.Join(strings.Fields(cellText(rowCells(r.tr)[0])), " "))
		case grouped && groupRow(r.tr, width):
			label = strings.Join(strings.Fields(cellText(rowCells(r.tr)[0])), " ")
		case grouped:
			t.Rows = append(t.Rows, append([]string{label}, grid[i]...))
		case !spanned:
			t.Rows = append(t.Rows, carryFirstCell(t.Rows, grid[i]))
		default:
			t.Rows = append(t.Rows, grid[i])
		}
	}
	t.Header = joinHeaderRows(header)
	if grouped && keyedRows(t) {
		// the rows have a key of their own under a header ("Middel"):
		// the group's heading is a category of them ("Eerste keus",
		// "Bij zwangerschap", HonKit's FT-108), no key, and goes last;
		// as their first cell it had been read as the row's subject
		// and its drug's name and population left out of answers
		for i, r := range t.Rows {
			t.Rows[i] = append(slices.Clone(r[1:]), r[0])
		}
		t.Header = append(t.Header, "")
		return t
	}
	if grouped && len(t.Header) > 0 {
		t.Header = append([]string{""}, t.Header...)
	}
	return t
}

// keyedRows reports whether the rows of a table whose group headings head
// its rows' first cells (t.Rows[i][0]) have keys of their own after them:
// a first column with a header, a cell in every row, merged over rows of
// a group (the same key in two rows after each other, as a drug's name
// over its populations' rows). A first column of populations is no key,
// and the group's heading, a drug's name, keys its rows then.
func keyedRows(t Table) bool {
	if len(t.Header) == 0 || strings.TrimSpace(t.Header[0]) == "" || len(t.Rows) == 0 ||
		slices.ContainsFunc(t.Rows, func(r []string) bool { return len(r) < 2 || strings.TrimSpace(r[1]) == "" }) {
		return false
	}
	for i := 1; i < len(t.Rows); i++ {
		if t.Rows[i][0] == t.Rows[i-1][0] && t.Rows[i][1] == t.Rows[i-1][1] {
			return true
		}
	}
	return false
}

// groupRow reports whether a row is a group's heading: one cell that
// spans every column of a table of two or more ("<tr><th colspan="5">
// Sorvanide (tablet 200 mg)</th></tr>" above sorvanide's rows). Its rows
// below are the group's: the heading becomes a first column of their own,
// as a first cell merged over them (rowspan) would say it, and no row of
// its own, whose cells would all repeat it.
func groupRow(tr *html.Node, width int) bool {
	cells := rowCells(tr)
	return width >= 2 && len(cells) == 1 && spanAttr(cells[0], "colspan", maxColspan) >= width &&
		strings.TrimSpace(nodeText(cells[0])) != ""
}

// rowCells returns a row's <td> and <th> cells.
func rowCells(tr *html.Node) []*html.Node {
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			cells = append(cells, c)
		}
	}
	return cells
}

// markHeaderRows marks the header rows of a table without <thead>: its
// leading all-<th> rows, else a first row whose cells are all bold or
// all shaded (how editors without a header button mark one).
func markHeaderRows(rows []htmlRow) {
	for _, r := range rows {
		if r.header {
			return
		}
	}
	for i := range rows[:max(0, len(rows)-1)] {
		if !allHeaderCells(rows[i].tr) || i > 0 && len(rowCells(rows[i].tr)) == 1 {
			// (a heading across the table under the header row heads
			// a group of rows: groupRow)
			if i == 0 && (boldRow(rows[0].tr) || headerClassRow(rows[0].tr) || shadedHeaderRow(rows) || typedHeaderRow(rows)) {
				rows[0].header = true
			}
			return
		}
		rows[i].header = true
	}
}

// shadedHeaderRow reports a first row of at least two cells whose cells
// are all shaded alike by their inline style while the two rows below
// have no cell in that shade and its cells hold no digit: a word
// processor's header row (AbiWord's export marks FT-122's only by
// "background-color:#d9d9d9"). Rows shaded in turn (zebra stripes) shade
// the third row as the first, and a first row of values holds numbers.
func shadedHeaderRow(rows []htmlRow) bool {
	if len(rows) < 3 {
		return false
	}
	first := rowCells(rows[0].tr)
	if len(first) < 2 {
		return false
	}
	shade := cellShade(first[0])
	if shade == "" {
		return false
	}
	for _, c := range first {
		if cellShade(c) != shade || strings.ContainsFunc(nodeText(c), unicode.IsDigit) {
			return false
		}
	}
	for _, r := range rows[1:3] {
		if slices.ContainsFunc(rowCells(r.tr), func(c *html.Node) bool { return cellShade(c) == shade }) {
			return false
		}
	}
	return true
}

// typedHeaderRow reports a first row of at least two cells, none empty
// and none holding a digit, over at least two rows that all hold a digit
// in one column: a header row marked by nothing but its words (the points
// or the score of each row below, under "Punten" or "Score"), as
// txt2html makes a table of columns typed in aligned text (FT-146), all
// its cells <td>. A first row of values holds numbers where its column
// does.
func typedHeaderRow(rows []htmlRow) bool {
	if len(rows) < 3 {
		return false
	}
	first := rowCells(rows[0].tr)
	if len(first) < 2 {
		return false
	}
	for _, c := range first {
		if t := strings.TrimSpace(nodeText(c)); t == "" || strings.ContainsFunc(t, unicode.IsDigit) {
			return false
		}
	}
	for col := range first {
		numbered := true
		for _, r := range rows[1:] {
			cells := rowCells(r.tr)
			numbered = numbered && col < len(cells) && len(cells) == len(first) && strings.ContainsFunc(nodeText(cells[col]), unicode.IsDigit)
		}
		if numbered {
			return true
		}
	}
	return false
}

// cellShade returns the background colour a cell's inline style sets,
// lower case without spaces, or "" for none, white or transparent.
func cellShade(n *html.Node) string {
	for decl := range strings.SplitSeq(attr(n, "style"), ";") {
		name, value, ok := strings.Cut(decl, ":")
		name = strings.TrimSpace(strings.ToLower(name))
		if !ok || name != "background-color" && name != "background" {
			continue
		}
		v := strings.Join(strings.Fields(strings.ToLower(value)), "")
		switch v {
		case "", "#fff", "#ffffff", "white", "transparent", "none", "inherit", "initial":
			return ""
		}
		return v
	}
	return ""
}

// headerClassRow reports a row of at least two cells that its class, or
// each of its cells' class, names a header: Notion's export marks a simple
// table's header row only so (<td class="simple-table-header-color
// simple-table-header">, FT-75, whose dose rows had had no column names).
func headerClassRow(tr *html.Node) bool {
	header := func(n *html.Node) bool { return slices.Contains(nameTokens(attr(n, "class")), "header") }
	cells, marked := 0, 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		cells++
		if header(c) {
			marked++
		}
	}
	return cells >= 2 && (marked == cells || header(tr))
}

// boldRow reports a row of at least two cells whose non-empty cells are
// all entirely bold.
func boldRow(tr *html.Node) bool {
	cells, bold := 0, 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		text := strings.TrimSpace(nodeText(c))
		if text == "" {
			continue
		}
		cells++
		if boldText(c) == len(strings.Fields(text)) {
			bold++
		}
	}
	return cells >= 2 && bold == cells
}

// boldText counts the words of n inside <b> or <strong>.
func boldText(n *html.Node) int {
	if n.DataAtom == atom.B || n.DataAtom == atom.Strong {
		return len(strings.Fields(nodeText(n)))
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		count += boldText(c)
	}
	return count
}

func allHeaderCells(tr *html.Node) bool {
	n := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Th:
			n++
		case atom.Td:
			return false
		}
	}
	return n > 0
}

// pendingSpan is a cell that still covers rows below its own.
type pendingSpan struct {
	text string
	left int
}

// pendingSpans are the cells that still cover rows below their own, by
// column.
type pendingSpans map[int]*pendingSpan

// fill appends to row, from its next column on, the cells of the rows
// above that still cover it.
func (ps pendingSpans) fill(row []string) []string {
	for p := ps[len(row)]; p != nil && p.left > 0 && len(row) < maxColumns; p = ps[len(row)] {
		row = append(row, p.text)
		p.left--
	}
	return row
}

// expandSpans lays the rows out in a grid, each cell spanning rows or
// columns repeated in every cell it covers. A row that holds as many
// columns of its own as the widest row ends the spans that would cover
// it: wvHtml writes a cell merged down a Word table's column as a cell
// spanning every row of the table, then in each row below a cell of its
// own ("rowspan=0"), empty where the merge goes on and holding the next
// drug's name where another starts (FT-188); spanned, every row had been
// one column too wide, its cells under the wrong headers and all of them
// the first drug's. Such an empty "rowspan=0" cell repeats the cell
// above it.
func expandSpans(rows []htmlRow) [][]string {
	own := make([]int, len(rows))
	width := 0
	for i, r := range rows {
		for c := r.tr.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				own[i] += spanAttr(c, "colspan", maxColspan)
			}
		}
		width = max(width, own[i])
	}
	pending := pendingSpans{}
	grid := make([][]string, len(rows))
	for i, r := range rows {
		if i > 0 && own[i] == width {
			pending = pendingSpans{}
		}
		var row []string
		fill := func() { row = pending.fill(row) }
		for c := r.tr.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			fill()
			text := cellText(c)
			if strings.TrimSpace(text) == "" && strings.TrimSpace(attr(c, "rowspan")) == "0" && i > 0 && len(row) < len(grid[i-1]) {
				text = grid[i-1][len(row)] // the merge above goes on
			}
			cs := spanAttr(c, "colspan", maxColspan)
			rs := spanAttr(c, "rowspan", maxRowspan)
			for range min(cs, maxColumns-len(row)) {
				if rs > 1 {
					pending[len(row)] = &pendingSpan{text, rs - 1}
				}
				row = append(row, text)
			}
		}
		fill()
		grid[i] = row
	}
	return grid
}

func spanAttr(n *html.Node, key string, limit int) int {
	v, err := strconv.Atoi(attr(n, key))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, limit)
}

// joinHeaderRows joins several header rows into one header per column,
// dropping a part repeated from the row above (a rowspan header).
func joinHeaderRows(rows [][]string) []string {
	if len(rows) == 0 {
		return nil
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	header := make([]string, width)
	for c := range header {
		var parts []string
		for _, r := range rows {
			if c >= len(r) || strings.TrimSpace(r[c]) == "" {
				continue
			}
			if len(parts) > 0 && parts[len(parts)-1] == r[c] {
				continue
			}
			parts = append(parts, r[c])
		}
		header[c] = strings.Join(parts, " ")
	}
	return header
}

func nonEmptyRows(rows [][]string) [][]string {
	out := rows[:0]
	for _, r := range rows {
		if strings.TrimSpace(strings.Join(r, "")) != "" {
			out = append(out, r)
		}
	}
	return out
}

// prevElement returns the element before n among its siblings, nil when
// there is none.
func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
	}
	return nil
}

// cellMarker reports whether sup, the text of a <sup> after host in a
// cell, marks a note under the table: a sign ("*", "†") or a letter as
// pdfLetterMarker reads one ("kg<sup>a</sup>", not "1<sup>e</sup>" nor
// an exponent "m<sup>2</sup>").
func cellMarker(host, sup string) bool {
	sup = strings.TrimSpace(sup)
	host = strings.TrimRight(host, " ")
	if host == "" || sup == "" {
		return false
	}
	return strings.Trim(sup, "*†‡§") == "" && len(sup) <= 3 || pdfLetterMarker(host, sup)
}

// cellText is the visible text of a cell on one line, without note
// markers and hidden content.
func cellText(n *html.Node) string {
	var sb strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			return
		case html.ElementNode:
			if invisible(n) || backLink(n) {
				return
			}
			if up, ok := exponent(sb.String(), n); ok {
				sb.WriteString(up)
				return
			}
			if _, ok := bareMarker(sb.String(), n); ok {
				return // a typed note number after the cell's text ("gecontra-indiceerd<sup>2</sup>")
			}
			if _, ok := noteRef(n); ok {
				return
			}
			if n.DataAtom == atom.Sup && cellMarker(sb.String(), nodeText(n)) {
				return // a note's letter or sign after the cell's text: "Kinderen 15–25 kg<sup>a</sup>"
			}
			if n.DataAtom == atom.Li && prevElement(n) != nil {
				// a list's items in a cell are parts of one phrase each:
				// "dag 1: 800 mg (oplaaddosis); vanaf dag 2: 400 mg"
				if t := strings.TrimRightFunc(sb.String(), unicode.IsSpace); t != "" && !strings.ContainsAny(t[len(t)-1:], ";,.:") {
					sb.WriteString(";")
				}
			}
			if n.DataAtom == atom.Br {
				sb.WriteString("\v") // a line of its own: brokenLines
				return
			}
			if _, _, block := blockElement(n.DataAtom); block || n.DataAtom == atom.Li {
				defer sb.WriteString(" ")
				sb.WriteString(" ")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	// lines a <br> parts that each start with a label are one
	// population's dose each ("Volwassenen: 500 mg 3 dd<br>Kinderen: 10
	// mg/kg 3 dd", "< 15 kg: 10 mg/kg 1 dd<br>15–30 kg: 150 mg 1 dd"): a
	// semicolon ends each, as PDF cells' lines get
	// (a newline of the source is white space, but a line of the
	// source that starts with a capital's label is one too: labelledLines)
	var lines []string
	for _, l := range brokenLines(strings.Split(sb.String(), "\v")) {
		lines = append(lines, strings.Join(labelledLines(strings.Split(l, "\n")), " "))
	}
	text := strings.Join(lines, " ")
	return strings.ReplaceAll(strings.Join(strings.Fields(text), " "), " ;", ";")
}

// closedBeforeRow matches a table's end tag right before a row's start
// tag.
var closedBeforeRow = regexp.MustCompile(`(?i)</table\s*>(\s*)<tr[\s>]`)

// rowEnd matches a row's end tag.
var rowEnd = regexp.MustCompile(`(?i)</tr\s*>`)

// tablesClosedEarly moves a table's end tag that stands right before rows
// ("</table><tr>…</tr><tr>…</tr>") after the last of them: AbiWord closes
// a table after the row that holds a footnote and writes the rows after
// it outside the table, where an HTML parser drops their row and cell
// tags and reads their cells as loose paragraphs (FT-122's dose table had
// 2 of its 23 rows). Rows that hold a table of their own are left alone.
func tablesClosedEarly(s string) string {
	for from := 0; ; {
		m := closedBeforeRow.FindStringSubmatchIndex(s[from:])
		if m == nil {
			return s
		}
		start, rows := from+m[0], from+m[2]
		end := rows
		for {
			e := rowEnd.FindStringIndex(s[end:])
			if e == nil {
				break
			}
			next := end + e[1]
			rest := strings.TrimLeft(s[next:], " \t\r\n")
			end = next
			if len(rest) < 3 || !strings.EqualFold(rest[:3], "<tr") {
				break
			}
		}
		if end == rows || strings.Contains(strings.ToLower(s[rows:end]), "<table") {
			from = rows
			continue
		}
		closing := s[start:rows]
		s = s[:start] + s[rows:end] + closing + s[end:]
		from = end
	}
}
