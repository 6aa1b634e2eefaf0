package extract

import (
	"slices"
	"strings"
	"unicode"
)

// alignedTable reads a table typed in columns aligned with spaces, as
// preformatted and plain-text tables are written (POD's verbatim blocks,
// pandoc's and reStructuredText's simple tables): a header line, a rule of
// dashes or equals signs under it, then rows whose cells start where the
// header's columns do. The columns are the rule's segments when it has
// two or more, else the header's cells, which stand two or more spaces
// apart. A line that leaves the first two columns empty goes on with the
// row above (a cell's text wrapped; in a table of two columns, one that
// leaves the first empty); one that leaves only the first empty is a row
// of the group the row above heads (a drug named once, carryFirstCell).
// A first cell that goes on with the group's ("(tablet 500 mg;" under
// "fendruxine", continuesCell) is typed over the lines of the group's
// rows: the whole is the first cell of each. Rules between rows part
// groups. Lines above the header are the table's
// caption, or lines under its closing rule that start like one ("Tabel 3:
// …", Org's plain-text export). A line with a word across a column's start is no table's: the
// block is not read as one.
func alignedTable(lines []string) (Table, bool) {
	var rs [][]rune
	for _, l := range lines {
		rs = append(rs, []rune(strings.TrimRight(strings.ReplaceAll(l, "\t", "        "), " \r")))
	}
	for len(rs) > 0 && len(rs[0]) == 0 {
		rs = rs[1:]
	}
	rule := -1
	for i, l := range rs {
		if alignedRule(l) {
			rule = i
			break
		}
	}
	if rule < 1 {
		return Table{}, false
	}
	head := rs[rule-1]
	starts := ruleSegments(rs[rule])
	if len(starts) < 2 {
		starts = headerStarts(head)
		if len(starts) >= 2 && len(rs[rule]) <= starts[len(starts)-1] {
			// a rule that stops before the header's last column is
			// none of its: the short rule over a page's footnotes
			// under justified text (groff's text output, FT-187)
			return Table{}, false
		}
	}
	if len(starts) < 2 {
		return Table{}, false
	}
	var caption []string
	for _, l := range rs[:rule-1] {
		if s := strings.TrimSpace(string(l)); s != "" {
			caption = append(caption, s)
		}
	}
	header, ok := alignedCells(head, starts)
	if !ok {
		return Table{}, false
	}
	var rows [][]string
	// groups: the first cells that head groups of rows, and for each
	// row its group; a group's first cell may go on over the lines of
	// the rows under it (spanned)
	var groups []string
	var groupOf []int
	spanned := map[int]bool{}
	ruled := false // the line before was a rule
	for k, l := range rs[rule+1:] {
		if len(l) == 0 || alignedRule(l) {
			ruled = ruled || alignedRule(l)
			continue
		}
		if text := strings.TrimSpace(string(l)); ruled && len(caption) == 0 && captionLike(text) {
			// a caption under the table's closing rule (Org's export):
			// the rest is the caption
			for _, l := range rs[rule+1+k:] {
				if s := strings.TrimSpace(string(l)); s != "" {
					caption = append(caption, s)
				}
			}
			break
		}
		ruled = false
		cells, ok := alignedCells(l, starts)
		if !ok {
			return Table{}, false
		}
		if g := len(groups) - 1; g >= 0 && cells[0] != "" && continuesCell(groups[g], cells[0]) {
			// "fendruxine" over "(tablet 500 mg;" over " drank 50
			// mg/ml)" beside the rows of its populations: one cell
			// spanning the group's rows, typed over their lines
			groups[g] += " " + cells[0]
			spanned[g] = true
			cells[0] = ""
		} else if cells[0] != "" {
			groups = append(groups, cells[0])
		}
		opens := cells[0] != "" || len(cells) > 2 && cells[1] != ""
		if opens || len(rows) == 0 {
			rows = append(rows, cells)
			groupOf = append(groupOf, len(groups)-1)
			continue
		}
		prev := rows[len(rows)-1]
		for c, s := range cells {
			if s != "" {
				prev[c] = strings.TrimSpace(prev[c] + " " + s)
			}
		}
	}
	if len(rows) < 2 {
		return Table{}, false
	}
	for i, g := range groupOf {
		if g >= 0 && spanned[g] {
			rows[i][0] = groups[g]
		}
	}
	t := Table{Caption: strings.Join(caption, " "), Header: header}
	for _, row := range rows {
		t.Rows = append(t.Rows, carryFirstCell(t.Rows, row))
	}
	return t, true
}

// continuesCell reports whether the text of a first cell on a later line
// goes on with the cell above, head: head leaves a parenthesis open
// ("(capsule 200 mg;" then "suspensie"), or the text opens one, which
// says more of the name above it ("fendruxine" then "(tablet 500 mg;").
func continuesCell(head, text string) bool {
	return strings.Count(head, "(") > strings.Count(head, ")") || strings.HasPrefix(text, "(")
}

// alignedRule reports a line of dashes or equals signs, with spaces
// between its segments: the rule under an aligned table's header, or
// between its groups of rows.
func alignedRule(l []rune) bool {
	marks := 0
	for _, r := range l {
		switch r {
		case '-', '=', '─', '━', '═':
			marks++
		case ' ':
		default:
			return false
		}
	}
	return marks >= 3
}

// ruleSegments returns where the runs of a rule's dashes start: the
// columns of a simple table whose rule is broken under each header.
func ruleSegments(l []rune) []int {
	var out []int
	for i, r := range l {
		if r != ' ' && (i == 0 || l[i-1] == ' ') {
			out = append(out, i)
		}
	}
	return out
}

// headerStarts returns where the header's cells start: its first
// character, and each one after two or more spaces.
func headerStarts(l []rune) []int {
	var out []int
	for i, r := range l {
		if r != ' ' && (i == 0 || i >= 2 && l[i-1] == ' ' && l[i-2] == ' ') {
			out = append(out, i)
		}
	}
	return out
}

// alignedCells cuts a line at the columns' starts; false when a word
// stands across a column's start.
func alignedCells(l []rune, starts []int) ([]string, bool) {
	cells := make([]string, len(starts))
	for c, s := range starts {
		if s >= len(l) {
			break
		}
		if c > 0 && s > 0 && !unicode.IsSpace(l[s-1]) && !unicode.IsSpace(l[s]) {
			return nil, false
		}
		end := len(l)
		if c+1 < len(starts) {
			end = min(end, starts[c+1])
		}
		if c == 0 && starts[0] > 0 && strings.TrimSpace(string(l[:starts[0]])) != "" {
			return nil, false // text left of the first column
		}
		cells[c] = strings.Join(strings.Fields(string(l[s:end])), " ")
	}
	return cells, true
}

// unruledTable reads a table typed in columns aligned with spaces and no
// rule at all, as a text dump lays out a table (pdftotext -layout, Node's
// html-to-text): a header line of two or more cells two or more spaces
// apart (headerLike; of two columns, a pairsTable), then lines whose
// every cell starts where a header's does. The table ends at its first
// blank line or at a line that does not fit the columns; it returns the
// table and the number of lines it took. A line goes on with the row
// above when it fills fewer cells than the row's first line did and each
// of its cells goes on with text above it, and either it fills at most
// half the columns or each of its cells has wrapped: the text above and
// the cell's first word would not fit in the column as wide as any of its
// cells (unruledGoesOn). A row that leaves the first
// cell empty is of the group the row above heads (carryFirstCell).
func unruledTable(lines []string, captioned bool) (Table, int, bool) {
	line := func(l string) []rune {
		return []rune(strings.TrimRight(strings.ReplaceAll(l, "\t", "        "), " \r"))
	}
	head := line(lines[0])
	starts := headerStarts(head)
	if len(starts) < 2 || starts[0] != 0 {
		return Table{}, 0, false
	}
	if h, ok := alignedCells(head, starts); !ok || !headerLike(h) {
		return Table{}, 0, false
	}
	// the lines read one by one, up to the first that does not fit: a
	// text whose lines hold runs of spaces is not read to its end from
	// each of them
	var cells [][]string
	for _, text := range lines {
		l := line(text)
		if len(l) == 0 {
			break
		}
		if alignedRule(l) || strings.ContainsRune(string(l), '|') {
			// a rule or bars: a table drawn, read as one (alignedTable,
			// gridTable) or not at all
			return Table{}, 0, false
		}
		c, ok := alignedCells(l, starts)
		if !ok || !startsAtColumns(l, starts) {
			break
		}
		cells = append(cells, c)
	}
	if len(cells) < 3 {
		return Table{}, 0, false
	}
	widths := make([]int, len(starts))
	for _, row := range cells[1:] {
		for c, s := range row {
			widths[c] = max(widths[c], len([]rune(s)))
		}
	}
	var rows [][]string
	var firsts []int // how many cells each row's first line filled
	for k, line := range cells[1:] {
		n := filled(line)
		if r := len(rows) - 1; r >= 0 && n < firsts[r] && unruledGoesOn(cells[k], line, widths) {
			for c, s := range line {
				if s != "" {
					rows[r][c] += " " + s
				}
			}
			continue
		}
		rows = append(rows, append([]string(nil), line...))
		firsts = append(firsts, n)
	}
	wide := 0 // rows of three or more cells: a table, not prose in columns
	for _, n := range firsts {
		if n >= min(3, len(starts)) {
			wide++
		}
	}
	if len(rows) < 2 || wide < 2 || len(starts) == 2 && (wide < len(rows) || !pairsTable(cells[0], rows, captioned)) {
		// (of two columns, every row fills both: a text in two columns
		// side by side has lines that fill one)
		return Table{}, 0, false
	}
	t := Table{Header: capitalsHeader(cells[0])}
	for _, row := range rows {
		t.Rows = append(t.Rows, carryFirstCell(t.Rows, row))
	}
	return t, len(cells), true
}

// maxHeaderRunes is the longest a cell of a table's header typed in text
// is: a column's name, not a sentence.
const maxHeaderRunes = 30

// headerLike reports cells that read as the header of a table typed in
// text: each short, with a letter and no digit; not a sentence, a row of
// values ("300 mg 3 dd") nor a list's bullet.
func headerLike(h []string) bool {
	for _, c := range h {
		if len([]rune(c)) > maxHeaderRunes || strings.ContainsAny(c, "0123456789") || !strings.ContainsFunc(c, unicode.IsLetter) {
			return false
		}
	}
	return true
}

// pairsTable reports whether two columns typed in text, header h over
// rows, are a table: under a caption, under a header in capitals, or with
// a number in every row (a score's points). A list of terms and what
// they stand for ("dd  maal daags") is none.
func pairsTable(h []string, rows [][]string, captioned bool) bool {
	if captioned || inCapitals(h) {
		return true
	}
	for _, row := range rows {
		if !slices.ContainsFunc(row, func(c string) bool { return strings.ContainsAny(c, "0123456789") }) {
			return false
		}
	}
	return true
}

// tabbedTable reads a table whose cells stand apart by tabs, as a word
// processor's text writes one (catdoc, Word's "Tekst zonder opmaak"): a
// header line of cells apart by tabs (headerLike) over lines with as many
// tabs, up to the first line with another count; three lines at least.
// A row that leaves the first cell empty is of the group the row above
// heads (carryFirstCell). It returns the table and the lines it took.
func tabbedTable(lines []string, captioned bool) (Table, int, bool) {
	tabs := strings.Count(lines[0], "\t")
	n := 0
	for n < len(lines) && strings.TrimSpace(lines[n]) != "" && strings.Count(lines[n], "\t") == tabs {
		n++
	}
	if tabs == 0 || n < 3 {
		return Table{}, 0, false
	}
	split := func(l string) []string {
		cells := strings.Split(strings.TrimRight(l, "\r"), "\t")
		for i, c := range cells {
			cells[i] = strings.Join(strings.Fields(c), " ")
		}
		return cells
	}
	header := split(lines[0])
	if !headerLike(header) {
		return Table{}, 0, false
	}
	var rows [][]string
	for _, l := range lines[1:n] {
		rows = append(rows, split(l))
	}
	if tabs == 1 && !pairsTable(header, rows, captioned) {
		return Table{}, 0, false
	}
	t := Table{Header: capitalsHeader(header)}
	for _, row := range rows {
		t.Rows = append(t.Rows, carryFirstCell(t.Rows, row))
	}
	return t, n, true
}

// capitalsHeader returns a header whose every cell is set in capitals
// ("GENEESMIDDEL", "KANS OP VEENMOLKOORTS", as html-to-text writes a
// table's header) in lower case after each cell's first letter.
func capitalsHeader(h []string) []string {
	if !inCapitals(h) {
		return h
	}
	out := make([]string, len(h))
	for i, c := range h {
		r := []rune(strings.ToLower(c))
		if len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
		}
		out[i] = string(r)
	}
	return out
}

// inCapitals reports cells that are all set in capitals.
func inCapitals(cells []string) bool {
	for _, c := range cells {
		if c != strings.ToUpper(c) {
			return false
		}
	}
	return true
}

// unruledGoesOn reports whether line goes on with the line above in an
// unruled table: each of its cells has text above, and it fills at most
// half the columns or each of its cells has wrapped.
func unruledGoesOn(above, line []string, widths []int) bool {
	wrapped := true
	for c, s := range line {
		if s == "" {
			continue
		}
		if above[c] == "" {
			return false
		}
		first, _, _ := strings.Cut(s, " ")
		if len([]rune(above[c]))+1+len([]rune(first)) <= widths[c] {
			wrapped = false
		}
	}
	return 2*filled(line) <= len(line) || wrapped
}

// startsAtColumns reports whether each run of text in l that follows two
// or more spaces starts at a column's start: a table's cells do, a
// justified line's words land anywhere.
func startsAtColumns(l []rune, starts []int) bool {
	at := map[int]bool{}
	for _, s := range starts {
		at[s] = true
	}
	for i, r := range l {
		if r != ' ' && i > 0 && l[i-1] == ' ' && (i == 1 || l[i-2] == ' ') && !at[i] {
			return false
		}
	}
	return true
}

func filled(cells []string) int {
	n := 0
	for _, s := range cells {
		if s != "" {
			n++
		}
	}
	return n
}
