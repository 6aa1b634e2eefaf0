package extract

import "strings"

// Table is a detected table as cells: the one model behind PDF, HTML and
// Markdown tables. Each body row becomes a TableRow block (and a passage of
// its own); the whole table is kept for display.
type Table struct {
	Page    int      // 1-based page where the table starts
	Caption string   // "Tabel 2 Dosering van …"; "" when the table has none
	Header  []string // column headers, one per column (a multi-row header joined per column); may be empty
	Rows    [][]string
	// After holds the rows of one cell across the table below its last
	// row: a note under it ("Opmerking: …", in HTML a <td colspan>),
	// which heads no rows and is read as paragraphs after the table.
	After []string `json:",omitempty"`
}

// Cell separators in a rendered row: between cells, and between a header
// and its cell.
const (
	CellSeparator   = " · "
	HeaderSeparator = ": "
)

// RowText renders body row i with every non-empty cell paired with its column
// header: "Middel: tarvomycine tablet 250 mg · Kinderen: 12 mg/kg/dag". A
// cell without a header stands alone; empty cells are left out.
func (t Table) RowText(i int) string {
	if i < 0 || i >= len(t.Rows) {
		return ""
	}
	var parts []string
	for c, cell := range t.Rows[i] {
		cell = strings.Join(strings.Fields(cell), " ")
		if cell == "" {
			continue
		}
		h := ""
		if c < len(t.Header) {
			h = strings.Join(strings.Fields(t.Header[c]), " ")
		}
		if h == "" || strings.EqualFold(h, cell) {
			parts = append(parts, cell)
			continue
		}
		parts = append(parts, h+HeaderSeparator+cell)
	}
	return strings.Join(parts, CellSeparator)
}

// Text renders the whole table for display: the caption, the header row and
// every body row, cells separated by " | ", one row a line.
func (t Table) Text() string {
	var lines []string
	if t.Caption != "" {
		lines = append(lines, t.Caption)
	}
	if len(t.Header) > 0 {
		lines = append(lines, strings.Join(t.Header, " | "))
	}
	for _, r := range t.Rows {
		lines = append(lines, strings.Join(r, " | "))
	}
	return strings.Join(lines, "\n")
}
