package extract

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ariaTable reports whether n is a data table built of other elements and
// marked by WAI-ARIA roles: component libraries render tables as <div>s
// in a CSS grid, the table role="table" (or "grid"), its rows role="row"
// and their cells role="columnheader", "rowheader", "cell" or "gridcell".
func ariaTable(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.Table {
		return false
	}
	switch attr(n, "role") {
	case "table", "grid", "treegrid":
		return true
	}
	return false
}

// ariaCell is one cell of an ARIA table: its text, whether it is a column
// header, and the columns and rows it spans.
type ariaCell struct {
	text         string
	header       bool
	cols, rowsOf int
}

// ariaTableOf reads an ARIA table as parseTable reads a <table>: leading
// rows of column headers are the header, a cell spans the columns its
// aria-colspan or CSS grid-column says ("grid-column: span 4", "1 / -1":
// every column) and the rows its aria-rowspan or grid-row says, and a row
// of one cell across the table heads the rows below it (groupRow). A row
// whose first cell is empty, in a table that sets each group's name once
// (FT-44's drug in its first row only, the cells below left empty, as a
// grid cannot merge them), goes on with the first cell above. Its caption
// is the block before it when that reads as one, else its aria-label.
func ariaTableOf(n *html.Node) Table {
	var rows [][]ariaCell
	var header []bool
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			if d.Type != html.ElementNode || invisible(d) || ariaTable(d) || d.DataAtom == atom.Table {
				continue
			}
			if attr(d, "role") == "row" {
				cells := ariaCells(d)
				if len(cells) == 0 {
					continue
				}
				head := true
				for _, cl := range cells {
					head = head && cl.header
				}
				rows, header = append(rows, cells), append(header, head)
				continue
			}
			walk(d)
		}
	}
	walk(n)
	width := 0
	for _, r := range rows {
		w := 0
		for _, cl := range r {
			w += max(cl.cols, 1)
		}
		width = max(width, min(w, maxColumns))
	}
	grid := ariaGrid(rows, width)
	var t Table
	var heads [][]string
	body := false
	label := ""
	across := func(i int) bool {
		return width >= 2 && len(rows[i]) == 1 && (rows[i][0].cols == 0 || rows[i][0].cols >= width)
	}
	last := len(rows) // a row across the table after the last row of cells is a note (Table.After)
	for last > 0 && (header[last-1] || across(last-1)) {
		last--
	}
	grouped := false
	for i := range rows[:last] {
		grouped = grouped || !header[i] && across(i)
	}
	for i, r := range rows {
		switch {
		case header[i] && !body:
			heads = append(heads, grid[i])
			continue
		case i >= last && !header[i]:
			t.After = append(t.After, r[0].text)
			continue
		case grouped && across(i):
			label = r[0].text
			continue
		}
		body = true
		row := grid[i]
		if len(t.Rows) > 0 && len(row) > 1 && strings.TrimSpace(row[0]) == "" && strings.TrimSpace(strings.Join(row[1:], "")) != "" {
			above := t.Rows[len(t.Rows)-1]
			if grouped {
				above = above[1:]
			}
			row[0] = above[0]
		}
		if grouped {
			row = append([]string{label}, row...)
		}
		t.Rows = append(t.Rows, row)
	}
	t.Header = joinHeaderRows(heads)
	if grouped && len(t.Header) > 0 {
		t.Header = append([]string{""}, t.Header...)
	}
	t.Caption = attr(n, "aria-label")
	return t
}

// ariaCells returns the cells of an ARIA row, in order: the elements with
// a cell's role in it, outside a nested row or table.
func ariaCells(row *html.Node) []ariaCell {
	var cells []ariaCell
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			if d.Type != html.ElementNode || invisible(d) || ariaTable(d) || d.DataAtom == atom.Table || attr(d, "role") == "row" {
				continue
			}
			switch role := attr(d, "role"); role {
			case "cell", "gridcell", "columnheader", "rowheader":
				cells = append(cells, ariaCell{text: cellText(d), header: role == "columnheader",
					cols: ariaSpan(d, "aria-colspan", "grid-column", maxColspan), rowsOf: ariaSpan(d, "aria-rowspan", "grid-row", maxRowspan)})
			default:
				walk(d)
			}
		}
	}
	walk(row)
	return cells
}

// gridSpan reads the span of a CSS grid-column or grid-row value: "span
// 4", "2 / span 3", "1 / 5"; "1 / -1" runs to the end of the row, which
// ariaSpan returns as 0.
var gridSpan = regexp.MustCompile(`^\s*(?:(-?\d+)\s*/\s*)?(?:span\s+(\d+)|(-?\d+))?\s*$`)

// ariaSpan returns how many columns (or rows) a cell spans by its ARIA
// attribute or its inline style's grid property, 1 when neither says, 0
// for a cell that runs to the end of the row ("grid-column: 1 / -1").
func ariaSpan(n *html.Node, ariaKey, property string, limit int) int {
	if v, err := strconv.Atoi(attr(n, ariaKey)); err == nil && v >= 1 {
		return min(v, limit)
	}
	for decl := range strings.SplitSeq(attr(n, "style"), ";") {
		name, value, ok := strings.Cut(decl, ":")
		if !ok || strings.TrimSpace(strings.ToLower(name)) != property {
			continue
		}
		m := gridSpan.FindStringSubmatch(strings.ToLower(value))
		switch {
		case m == nil:
		case m[2] != "":
			if v, err := strconv.Atoi(m[2]); err == nil && v >= 1 {
				return min(v, limit)
			}
		case m[1] != "" && m[3] != "":
			from, _ := strconv.Atoi(m[1])
			to, _ := strconv.Atoi(m[3])
			if to < 0 {
				return 0
			}
			if to > from {
				return min(to-from, limit)
			}
		}
	}
	return 1
}

// ariaGrid expands the rows' cells into a grid of width columns, as
// expandSpans does for a <table>: a header cell spanning columns repeats
// in each (joinHeaderRows reads "Dosering" over its columns), a body cell
// stands in the first of them, a cell spanning rows repeats in the rows
// below, and one running to the end of the row fills it.
func ariaGrid(rows [][]ariaCell, width int) [][]string {
	pending := pendingSpans{}
	grid := make([][]string, len(rows))
	for i, r := range rows {
		var row []string
		fill := func() { row = pending.fill(row) }
		for _, cl := range r {
			fill()
			cols := cl.cols
			if cols == 0 {
				cols = max(width-len(row), 1)
			}
			for k := range min(cols, maxColumns-len(row)) {
				text := cl.text
				if k > 0 && !cl.header {
					// a body cell across the dose columns is one cell,
					// under the first of them ("Dosis per keer:
					// Gecontra-indiceerd: …"), as the PDF reader has it
					text = ""
				}
				if cl.rowsOf > 1 {
					pending[len(row)] = &pendingSpan{text, cl.rowsOf - 1}
				}
				row = append(row, text)
			}
		}
		fill()
		grid[i] = row
	}
	return grid
}
