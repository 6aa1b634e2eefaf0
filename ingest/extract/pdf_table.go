package extract

import (
	"cmp"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Table detection in PDFs works on a page's rows (words with positions)
// before column layout, so a table that spans both columns of a two-column
// page is taken out whole and the text above and below it keeps its own
// column reading order.
//
// A table is found in one of three ways:
//   - ruled: drawn lines (pdfRule) that touch each other outline a region;
//     its columns are the interior vertical rules, or, where only
//     horizontal rules are drawn (booktabs style), the whitespace gutters
//     that every line of the region shares; its rows are the horizontal
//     rules, or vertical gaps between lines;
//   - aligned: consecutive lines without rules that share at least two
//     whitespace gutters (three or more columns) in the same places. A
//     two-column body text shares one gutter only, so it is never taken
//     for a table;
//   - by edges (pdf_table_edges.go): gutters too narrow for the aligned
//     search, seen from cells that start at one x line after line behind
//     a gap wider than the word spaces (a table without borders and with
//     little cell padding).
//
// The table's words (and its caption line, "Tabel 2 …") leave the rows; a
// marker row holding the table's place takes their place, so layout puts the
// table where it stands in reading order.

// pdfTable is one table found on a page, in cells of word lines: a cell is
// joined into text only when the whole document has been laid out, because
// hyphen decisions use the document's vocabulary.
type pdfTable struct {
	x0, x1, bottom, top float64
	caption             []string     // caption lines, if any
	captionBelow        bool         // the caption stands below the table
	header              [][]string   // per column: its lines; nil when the table has no header row
	rows                [][][]string // per row, per column: its lines
	rowNotes            [][]string   // per row: note markers taken from its words ("hoger.¹")
	rowY                [][4]float64 // per row: the baselines of its first and last line, the middle of its first cell's, and its first cell's first line's
	// group: per row, whether it is a group's heading that spans the
	// table (pdfGroupRow); nil when the table has none
	group  []bool
	colX   []float64 // column left edges (for matching a continuation)
	marker int       // the table field of its marker word
	atTop  bool      // nothing stands above the table on its page
	atFoot bool      // nothing stands below the table on its page
	cont   bool      // continues the previous page's last table
	// carried: a continuation whose part before ends its page, so that
	// a row without a first cell goes on with the last first cell above
	// (pdfFinishTables)
	carried bool
	// tail is the lines of the last row, lead the first line of the first
	// body row, and shape the columns' shape: a row broken at the page is
	// seen from them (pdfJoinBrokenRow).
	tail  []pdfTableLine
	lead  pdfTableLine
	shape pdfColumnShape
	// lines holds the lines of each row, the header's first when it has
	// one (pdfHeadRule reads them)
	lines [][]pdfTableLine
	// vRules are the vertical rules a ruled table draws (pdfGroupLabels
	// reads them); nil for a table found by its text alone
	vRules []pdfRule
	index  int // 1-based index into Document.Tables
	first  int // index of this part's first row in the Table's Rows
}

// pdfTableLabel reports whether a caption's label word names a table
// ("Tabel 2", "Table 1", "Tab. 3"): inside a region, where a drug's first
// row reads like a caption ("Ambrazine 125 mg …"), only such a label
// starts another table (pdfSplitAtCaptions).
func pdfTableLabel(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ".:")) {
	case "tabel", "table", "tab", "tabelle", "tableau":
		return true
	}
	return false
}

// pdfFigureLabel reports whether a caption's label word names a figure,
// whose caption is no table's: pdfLaTeX's FT-46 floats its flowchart,
// "Figuur 1: Stroomschema …", to the page after a table, whose rows had
// taken it for their caption.
func pdfFigureLabel(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ".:")) {
	case "figuur", "figure", "fig", "afbeelding", "grafiek", "abbildung":
		return true
	}
	return false
}

// pdfCaptionRE matches a caption's label and number: "Tabel 2", "Table 3:",
// "Tab. 1". The label word itself is not listed: any capitalised word
// followed by a number on the line right above or below a table is taken.
var pdfCaptionRE = regexp.MustCompile(`^\p{Lu}\p{L}{1,15}\.?\s+\d+[.:]?(\s|$)`)

// pdfRegion is a rectangle of the page that may hold a table.
type pdfRegion struct {
	x0, x1, bottom, top float64
	hRules, vRules      []pdfRule
	// bands are the upper and lower edges of the shading inside the
	// region (pdfWithBands): row boundaries (pdfHorizontalCuts), not
	// rules that say which cells are merged
	bands []pdfRule
}

// pdfRuleTol is how far apart, in points, two rules may be and still touch.
const pdfRuleTol = 2.0

// pdfMaxRulesPerPage bounds the quadratic grouping of rules; a page with
// more drawn lines than this is a drawing, not a table.
const pdfMaxRulesPerPage = 3000

// pdfFindTables detects the tables of a page and returns the page's rows
// with the tables' words and captions replaced by one marker row each.
func pdfFindTables(p pdfRawPage, body float64) ([]pdfRow, []pdfTable) {
	rows := p.rows
	var tables []pdfTable
	for _, reg := range pdfSplitAtCaptions(pdfRuledRegions(p.rules), rows) {
		// (a region on the page is the page's part of it: Chromium draws
		// a table broken at the page on past the page's edge)
		if in := min(reg.top, p.box[3]) - max(reg.bottom, p.box[1]); in > 0.5*(reg.top-reg.bottom) {
			reg.bottom, reg.top = max(reg.bottom, p.box[1]), min(reg.top, p.box[3])
		}
		t, ok := pdfRuledTable(rows, pdfWithBands(reg, p.bands), body)
		if !ok {
			continue
		}
		rows = pdfTakeTable(rows, &t, body, len(tables)+1)
		tables = append(tables, t)
	}
	for {
		// Edges first: a table with narrow gutters may hold a run of
		// lines whose wider gutters alone look like a smaller table.
		t, ok := pdfEdgeTable(rows, body, false)
		if !ok {
			t, ok = pdfAlignedTable(rows, body)
		}
		if !ok {
			// Inside one column of a multi-column page, a row also holds
			// the other columns' text: look in each column on its own.
			for _, part := range pdfColumnParts(rows, body) {
				if t, ok = pdfAlignedTable(part, body); ok {
					break
				}
			}
		}
		if !ok {
			// Last, a table of few rows under a header in bold
			// (pdfEdgeTable, sparse).
			t, ok = pdfEdgeTable(rows, body, true)
		}
		if !ok {
			break
		}
		if sides, ok := pdfSideBySide(rows, t, body); ok {
			for _, st := range sides {
				pdfHeadRule(&st, p.rules)
				rows = pdfTakeTable(rows, &st, body, len(tables)+1)
				tables = append(tables, st)
			}
			continue
		}
		pdfHeadRule(&t, p.rules)
		rows = pdfTakeTable(rows, &t, body, len(tables)+1)
		tables = append(tables, t)
	}
	return rows, tables
}

// pdfSideBySide reads table t as the two tables side by side that it is
// when boxes stand two to a row, each a heading over lines of a label and
// its value (a web page's grid of drug cards printed to PDF, FT-218): the
// text alone reads them as one table whose rows pair the left box's lines
// with the right box's, a dose of the one beside a population of the
// other. A table without a header is two when, at one of its cuts with two
// columns or more on either side, the rows right above it leave the cut
// free up to a row in the headings' type with a heading on each side: the
// left one where the table starts, the right one in the first column
// right of the cut, no word of the row starting in another column (a
// header row in bold names the columns, each over its own). Each side is
// read as a table from its own cuts; ok is false, and the table stays
// whole, when a side reads as none.
func pdfSideBySide(rows []pdfRow, t pdfTable, body float64) ([]pdfTable, bool) {
	if t.header != nil || len(t.colX) < 4 {
		return nil, false
	}
	first := slices.IndexFunc(rows, func(r pdfRow) bool { return r.y < t.top })
	if first <= 0 {
		return nil, false
	}
	for k := 2; k+2 <= len(t.colX); k++ {
		cut := t.colX[k]
		headY := math.NaN()
		for i := first - 1; i >= 0 && i >= first-6; i-- {
			r := rows[i]
			if r.words[0].table != 0 || i+1 < len(rows) && r.y-rows[i+1].y > 3*body ||
				slices.ContainsFunc(r.words, func(w pdfWord) bool { return w.x0 < cut && w.x1 > cut }) {
				break
			}
			at := slices.IndexFunc(r.words, func(w pdfWord) bool { return w.x0 >= cut })
			if at <= 0 {
				continue
			}
			left, right := r.words[:at], r.words[at:]
			if pdfHeadingWords(left, body) && pdfHeadingWords(right, body) && math.Abs(left[0].x0-t.x0) < body &&
				!slices.ContainsFunc(r.words, func(w pdfWord) bool {
					c := pdfColumnAt(t.colX, w.x0)
					return c != 0 && c != k
				}) {
				headY = r.y
				break
			}
		}
		if math.IsNaN(headY) {
			continue
		}
		var sides []pdfTable
		for _, side := range [2]pdfSpan{{math.Inf(-1), cut}, {cut, math.Inf(1)}} {
			var part []pdfRow
			i, j := -1, -1
			for _, r := range rows {
				if r.y >= headY || r.y <= t.bottom || r.words[0].table != 0 {
					continue
				}
				var ws []pdfWord
				for _, w := range r.words {
					if c := (w.x0 + w.x1) / 2; c > side.x0 && c <= side.x1 {
						ws = append(ws, w)
					}
				}
				if len(ws) == 0 {
					continue
				}
				if r.y < t.top {
					if i < 0 {
						i = len(part)
					}
					j = len(part)
				}
				part = append(part, pdfRow{y: r.y, size: r.size, words: ws})
			}
			if i < 0 {
				return nil, false
			}
			var cuts []float64
			for _, x := range t.colX[1:] {
				if x > side.x0 && x < side.x1 {
					cuts = append(cuts, x)
				}
			}
			// A box's first row may stand above the rows the boxes share
			// (the other box's heading wraps): a label with its value
			// beside it, a line or two above, is its table's too.
			for i > 0 && part[i-1].y-part[i].y < 2.4*body && !pdfRowAcross(part[i-1], cuts) &&
				part[i-1].words[0].x1 < cuts[0] && part[i-1].words[len(part[i-1].words)-1].x0 > cuts[0] {
				i--
			}
			run := part[i : j+1]
			sorted := make([]bool, len(run))
			for n, r := range run {
				sorted[n] = pdfMiddlesSorted(r.words)
			}
			// A box's rows are its lines of a label and a value: a row
			// starts at each line with a label (pdfFillTable, one
			// segment), whatever the padding between them.
			x0, x1 := pdfRunExtent(run)
			st, ok := pdfFillTable(pdfTable{x0: x0 - 0.5, x1: x1 + 0.5, bottom: t.bottom, top: run[0].y + 0.8*run[0].size},
				[][]pdfTableLine{pdfSplitSorted(run, sorted, cuts)}, cuts, x0, false)
			if !ok || len(st.rows) < 2 {
				return nil, false
			}
			sides = append(sides, st)
		}
		return sides, true
	}
	return nil, false
}

// pdfColumnParts splits the rows of a multi-column page at its column
// gutters: the whitespace that at least 60% of the rows (and eight at
// least) leave free in the middle of the page. It returns the rows' parts
// per column; rows with a word across a gutter are left out.
func pdfColumnParts(rows []pdfRow, body float64) [][]pdfRow {
	gutters := pdfPageGutters(rows, body)
	if len(gutters) == 0 {
		return nil
	}
	parts := make([][]pdfRow, len(gutters)+1)
	count, at := make([]int, len(parts)), make([]int, len(parts)) // words per column, next place
	var col []int                                                 // column of each word of a row
	for _, r := range rows {
		if slices.ContainsFunc(r.words, func(w pdfWord) bool {
			return slices.ContainsFunc(gutters, func(g float64) bool { return w.x0 < g && w.x1 > g })
		}) {
			continue
		}
		// The row's words by column, in one slice: counts, then offsets.
		clear(count)
		col = slices.Grow(col[:0], len(r.words))[:len(r.words)]
		for i, w := range r.words {
			col[i], _ = slices.BinarySearch(gutters, (w.x0+w.x1)/2)
			count[col[i]]++
		}
		words := make([]pdfWord, len(r.words))
		at[0] = 0
		for c := 1; c < len(parts); c++ {
			at[c] = at[c-1] + count[c-1]
		}
		for i, w := range r.words {
			words[at[col[i]]] = w
			at[col[i]]++
		}
		for c := range parts {
			if n := count[c]; n > 0 {
				parts[c] = append(parts[c], pdfRow{y: r.y, size: r.size, words: words[at[c]-n : at[c] : at[c]]})
			}
		}
	}
	return parts
}

// pdfPageGutters returns the middles of the page's column gutters.
func pdfPageGutters(rows []pdfRow, body float64) []float64 {
	if len(rows) < 8 {
		return nil
	}
	left, right := math.Inf(1), math.Inf(-1)
	for _, r := range rows {
		left, right = min(left, r.words[0].x0), max(right, r.words[len(r.words)-1].x1)
	}
	width := right - left
	if width < 10*body || width > 10000 {
		return nil
	}
	window := pdfSpan{left + 0.15*width, right - 0.15*width}
	minGutter := max(0.8*body, 4)
	free := make([]int, int(window.x1-window.x0)+1)
	var spans []pdfSpan
	for _, r := range rows {
		spans = pdfAppendFreeSpans(spans[:0], r, window, minGutter)
		for _, s := range spans {
			for x := int(s.x0 - window.x0); x < int(s.x1-window.x0) && x < len(free); x++ {
				free[max(x, 0)]++
			}
		}
	}
	var gutters []float64
	start := -1
	for x := 0; x <= len(free); x++ {
		if x < len(free) && free[x]*10 >= len(rows)*6 {
			if start < 0 {
				start = x
			}
			continue
		}
		if start >= 0 && float64(x-start) >= minGutter {
			gutters = append(gutters, window.x0+float64(start+x)/2)
		}
		start = -1
	}
	return gutters
}

// pdfRowInTable tells whether a row lies between a table's rules: a vertical
// rule crosses its baseline within its extent, or horizontal rules over its
// extent lie close above and below it. Such a row is a table row, never a
// running header or footer, even when its text recurs on many pages (a
// repeated header row, a cell ending the same way on every page).
func pdfRowInTable(p pdfRawPage, r pdfRow) bool {
	x0, x1 := r.words[0].x0, r.words[len(r.words)-1].x1
	reach := 3 * max(r.size, 1)
	above, below := false, false
	for _, ru := range p.rules {
		if ru.vertical {
			if ru.lo < r.y && ru.hi > r.y && ru.pos >= x0-reach && ru.pos <= x1+reach {
				return true
			}
			continue
		}
		if ru.lo > x1 || ru.hi < x0 {
			continue
		}
		above = above || ru.pos > r.y && ru.pos-r.y <= reach
		below = below || ru.pos < r.y && r.y-ru.pos <= reach
	}
	return above && below
}

// pdfRuledRegions groups rules that touch into regions. Groups made only of
// horizontal rules of the same width (booktabs: top, middle and bottom rule)
// are joined when stacked one below the other.
func pdfRuledRegions(rules []pdfRule) []pdfRegion {
	if len(rules) == 0 || len(rules) > pdfMaxRulesPerPage {
		return nil
	}
	parent := make([]int, len(rules))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range rules {
		for j := i + 1; j < len(rules); j++ {
			if pdfRulesTouch(rules[i], rules[j]) {
				parent[find(i)] = find(j)
			}
		}
	}
	groups := map[int]*pdfRegion{}
	var order []int
	for i, r := range rules {
		k := find(i)
		g, ok := groups[k]
		if !ok {
			g = &pdfRegion{x0: math.Inf(1), x1: math.Inf(-1), bottom: math.Inf(1), top: math.Inf(-1)}
			groups[k] = g
			order = append(order, k)
		}
		if r.vertical {
			g.vRules = append(g.vRules, r)
			g.x0, g.x1 = min(g.x0, r.pos), max(g.x1, r.pos)
			g.bottom, g.top = min(g.bottom, r.lo), max(g.top, r.hi)
		} else {
			g.hRules = append(g.hRules, r)
			g.x0, g.x1 = min(g.x0, r.lo), max(g.x1, r.hi)
			g.bottom, g.top = min(g.bottom, r.pos), max(g.top, r.pos)
		}
	}
	regions := make([]pdfRegion, 0, len(order))
	for _, k := range order {
		g := groups[k]
		if len(g.vRules) == 0 && !slices.ContainsFunc(g.hRules, func(r pdfRule) bool { return !r.image }) {
			// image rules without column rules (booktabs through dvips,
			// LaTeX's FT-28, whose \cmidrule(lr) between its drugs leave
			// the groups apart) stay with the reader of unruled tables,
			// which reads them
			continue
		}
		regions = append(regions, *g)
	}
	return pdfJoinDoubleRules(pdfStackRegions(regions))
}

// pdfMaxDoubleRuleGap is the farthest apart, in points, the two rules of a
// double rule stand (LaTeX's \doublerulesep is 2 pt).
const pdfMaxDoubleRuleGap = 4.0

// pdfJoinDoubleRules joins a region to the one right below it when a
// double rule parts them: the lower rule of the one and the upper of the
// other, each spanning its region's width, the same width, less than
// pdfMaxDoubleRuleGap apart, and both rule the same columns. LaTeX's \hline\hline parts the blocks of a
// tabular so, and its column rules stop at the first line and start again
// at the second: FT-103 (dvips) parts its drugs by double rules, and each
// drug's block had been a table of its own whose first row was read as
// its caption.
func pdfJoinDoubleRules(regions []pdfRegion) []pdfRegion {
	spans := func(reg pdfRegion, y float64) bool {
		return slices.ContainsFunc(reg.hRules, func(h pdfRule) bool {
			return math.Abs(h.pos-y) <= pdfRuleTol && h.lo <= reg.x0+2*pdfRuleTol && h.hi >= reg.x1-2*pdfRuleTol
		})
	}
	// the positions of a region's column rules: the two blocks of one
	// table rule the same columns
	columns := func(reg pdfRegion) []float64 {
		var xs []float64
		for _, v := range reg.vRules {
			if !slices.ContainsFunc(xs, func(x float64) bool { return math.Abs(x-v.pos) <= pdfRuleTol }) {
				xs = append(xs, v.pos)
			}
		}
		slices.Sort(xs)
		return xs
	}
	sameColumns := func(a, b pdfRegion) bool {
		xa, xb := columns(a), columns(b)
		return len(xa) >= 2 && len(xa) == len(xb) && !slices.ContainsFunc(xa, func(x float64) bool {
			return !slices.ContainsFunc(xb, func(y float64) bool { return math.Abs(x-y) <= pdfRuleTol })
		})
	}
	var out []pdfRegion
	for _, r := range regions {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			gap := prev.bottom - r.top
			if gap > 0 && gap <= pdfMaxDoubleRuleGap && math.Abs(prev.x0-r.x0) <= 2*pdfRuleTol && math.Abs(prev.x1-r.x1) <= 2*pdfRuleTol &&
				spans(*prev, prev.bottom) && spans(r, r.top) && sameColumns(*prev, r) {
				prev.x0, prev.x1 = min(prev.x0, r.x0), max(prev.x1, r.x1)
				prev.bottom = min(prev.bottom, r.bottom)
				prev.hRules = append(prev.hRules, r.hRules...)
				prev.vRules = append(prev.vRules, r.vRules...)
				prev.bands = append(prev.bands, r.bands...)
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// pdfWithBands adds to a region of drawn rules the upper and lower edges
// of the shading inside it (pdfBandEdges): a table whose rows are parted
// by their shading alone (LaTeX's \rowcolors between booktabs rules, a
// group's heading row in a colour) has its row boundaries there. Its
// columns stay those of its drawn rules or gutters: a word processor
// insets a cell's shading from the cell's rules, and its sides would add
// columns of nothing beside them.
func pdfWithBands(reg pdfRegion, bands []pdfFill) pdfRegion {
	if len(bands) == 0 {
		return reg
	}
	if len(reg.vRules) == 0 {
		// a shaded header row set on the table's top rule (a browser's
		// <thead> with a border under it) is the table's: the region
		// grows up over the shading that stands on its top
		for grown := true; grown; {
			grown = false
			for _, b := range bands {
				if b.x0 >= reg.x0-pdfRuleTol && b.x1 <= reg.x1+pdfRuleTol && math.Abs(b.y0-reg.top) <= pdfRuleTol && b.y1 > reg.top+pdfRuleTol {
					reg.top, grown = b.y1, true
				}
			}
		}
	}
	var inside []pdfFill
	for _, b := range bands {
		if b.x0 >= reg.x0-pdfRuleTol && b.x1 <= reg.x1+pdfRuleTol && b.y0 >= reg.bottom-pdfRuleTol && b.y1 <= reg.top+pdfRuleTol {
			inside = append(inside, b)
		}
	}
	// seam: the shading goes on across y in the same colour (a
	// producer that shades a cell line by line, or a row cell by cell
	// in strips), so no row ends there
	seam := func(b pdfFill, y float64, upper bool) bool {
		return slices.ContainsFunc(inside, func(o pdfFill) bool {
			edge := o.y1
			if upper {
				edge = o.y0 // the band above b starts where b ends
			}
			return o.colour == b.colour && math.Abs(edge-y) <= 0.5 && o.x0 < b.x1 && o.x1 > b.x0
		})
	}
	out := reg
	out.bands = nil
	if len(reg.vRules) == 0 {
		// A table that draws no column rules (a browser's, rows parted
		// by borders under them) has its columns where its cells'
		// shading starts and ends: the sides of each shaded cell, and
		// none across a cell that spans columns (a group's heading).
		for _, b := range inside {
			for _, x := range []float64{b.x0, b.x1} {
				if x > reg.x0+pdfRuleTol && x < reg.x1-pdfRuleTol {
					out.vRules = append(out.vRules, pdfRule{vertical: true, pos: x, lo: b.y0, hi: b.y1})
				}
			}
		}
	}
	for _, b := range inside {
		for _, e := range []struct {
			y     float64
			upper bool
		}{{b.y0, false}, {b.y1, true}} {
			// (the edge where two shades meet, or a shade and a drawn
			// rule, is one edge, not two: a row cut needs them across
			// half the table)
			covers := func(r pdfRule) bool {
				return math.Abs(r.pos-e.y) <= pdfRuleTol && r.lo <= b.x0+pdfRuleTol && r.hi >= b.x1-pdfRuleTol
			}
			dup := slices.ContainsFunc(out.bands, covers) || slices.ContainsFunc(reg.hRules, covers)
			// (nor is the edge of a shade inside a larger one of its colour:
			// xhtml2pdf shades a cell, its padded inside and its paragraph
			// one within the other)
			nested := slices.ContainsFunc(inside, func(o pdfFill) bool {
				return o.colour == b.colour && o.y0 < e.y-pdfRuleTol && o.y1 > e.y+pdfRuleTol && o.x0 <= b.x0+pdfRuleTol && o.x1 >= b.x1-pdfRuleTol
			})
			if e.y > reg.bottom+pdfRuleTol && e.y < reg.top-pdfRuleTol && !seam(b, e.y, e.upper) && !dup && !nested {
				out.bands = append(out.bands, pdfRule{pos: e.y, lo: b.x0, hi: b.x1})
			}
		}
	}
	return out
}

// pdfCaptionInside cuts a region of horizontal rules only at its caption:
// when the first line inside it is a caption ("Tabel 1: …") and the rules
// above it do not span exactly what the rules below it span, those rules
// belong to something else, such as the rule under a running header that
// the table's rules were stacked with (pdfStackRegions; a page's header
// rule spans the text width, the table its own): a caption stands outside
// its table. The same for a caption as the last line, with the rules below
// it. ok is false when the region stays as it is.
func pdfCaptionInside(reg pdfRegion, inside []pdfRow) (pdfRegion, bool) {
	if len(reg.vRules) > 0 || len(inside) == 0 {
		return reg, false
	}
	keep := func(in func(r pdfRule) bool) (pdfRegion, bool) {
		out := pdfRegion{x0: math.Inf(1), x1: math.Inf(-1), bottom: math.Inf(1), top: math.Inf(-1)}
		var x0, x1 []float64 // the extents of the rules left out
		for _, r := range reg.hRules {
			if in(r) {
				out.hRules = append(out.hRules, r)
				out.x0, out.x1 = min(out.x0, r.lo), max(out.x1, r.hi)
				out.bottom, out.top = min(out.bottom, r.pos), max(out.top, r.pos)
			} else {
				x0, x1 = append(x0, r.lo), append(x1, r.hi)
			}
		}
		same := func(a, b float64) bool { return math.Abs(a-b) <= 0.5 }
		for i := range x0 {
			if same(x0[i], out.x0) && same(x1[i], out.x1) {
				return out, false // a rule of the table itself
			}
		}
		return out, len(out.hRules) >= 2
	}
	first, last := inside[0], inside[len(inside)-1]
	if pdfCaptionRE.MatchString(first.text()) {
		if out, ok := keep(func(r pdfRule) bool { return r.pos < first.y }); ok {
			return out, true
		}
	}
	if pdfCaptionRE.MatchString(last.text()) {
		if out, ok := keep(func(r pdfRule) bool { return r.pos > last.y+last.size }); ok {
			return out, true
		}
	}
	return reg, false
}

func pdfRulesTouch(a, b pdfRule) bool {
	switch {
	case a.vertical == b.vertical:
		return math.Abs(a.pos-b.pos) <= pdfRuleTol && a.lo <= b.hi+pdfRuleTol && b.lo <= a.hi+pdfRuleTol
	case a.vertical:
		return a.pos >= b.lo-pdfRuleTol && a.pos <= b.hi+pdfRuleTol && b.pos >= a.lo-pdfRuleTol && b.pos <= a.hi+pdfRuleTol
	default:
		return pdfRulesTouch(b, a)
	}
}

// pdfStackRegions joins regions of horizontal rules only (no verticals)
// whose rules have the same horizontal extent, top to bottom: the rules of
// a table drawn without vertical lines. Whether the lines between them form
// columns is checked later.
func pdfStackRegions(regions []pdfRegion) []pdfRegion {
	slices.SortFunc(regions, func(a, b pdfRegion) int { return cmp.Compare(b.top, a.top) })
	var out []pdfRegion
	for _, r := range regions {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			if len(prev.vRules) == 0 && len(r.vRules) == 0 &&
				math.Abs(prev.x0-r.x0) <= 2*pdfRuleTol && math.Abs(prev.x1-r.x1) <= 2*pdfRuleTol {
				prev.bottom = min(prev.bottom, r.bottom)
				prev.hRules = append(prev.hRules, r.hRules...)
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// pdfSplitAtCaptions splits a region of horizontal rules only at the
// caption lines inside it ("Tabel 2: …"): stacking joins the rules of one
// width top to bottom, and pdfLaTeX's FT-46, whose running head's rule
// and two booktabs tables on one page all span the text's width, had been
// one region from the head to the foot, both tables and the notes between
// them read as one. A caption starts another table.
func pdfSplitAtCaptions(regions []pdfRegion, rows []pdfRow) []pdfRegion {
	var out []pdfRegion
	for _, reg := range regions {
		if len(reg.vRules) > 0 || len(reg.hRules) < 3 {
			out = append(out, reg)
			continue
		}
		var cuts []float64 // the captions' baselines, top to bottom
		for _, r := range rows {
			if r.y < reg.top && r.y > reg.bottom && r.words[0].x0 >= reg.x0-pdfRuleTol && pdfCaptionStart(r.words) == 0 && pdfTableLabel(r.words[0].text) &&
				slices.ContainsFunc(reg.hRules, func(h pdfRule) bool { return h.pos > r.y }) &&
				slices.ContainsFunc(reg.hRules, func(h pdfRule) bool { return h.pos < r.y }) {
				cuts = append(cuts, r.y)
			}
		}
		if len(cuts) == 0 {
			out = append(out, reg)
			continue
		}
		slices.Sort(cuts)
		slices.Reverse(cuts)
		top := math.Inf(1)
		for _, c := range append(cuts, math.Inf(-1)) {
			part := pdfRegion{x0: reg.x0, x1: reg.x1, bottom: math.Inf(1), top: math.Inf(-1)}
			for _, h := range reg.hRules {
				if h.pos < top && h.pos > c {
					part.hRules = append(part.hRules, h)
					part.bottom, part.top = min(part.bottom, h.pos), max(part.top, h.pos)
				}
			}
			if len(part.hRules) > 0 {
				out = append(out, part)
			}
			top = c
		}
	}
	return out
}

// pdfTableLine is the words of one row inside a table region, split into
// columns.
type pdfTableLine struct {
	y     float64
	cells [][]pdfWord // per column
}

func (l pdfTableLine) filled() int {
	n := 0
	for _, c := range l.cells {
		if len(c) > 0 {
			n++
		}
	}
	return n
}

// pdfRuledTable reads the table inside a region of rules.
func pdfRuledTable(rows []pdfRow, reg pdfRegion, body float64) (pdfTable, bool) {
	if reg.top-reg.bottom < body || reg.x1-reg.x0 < 4*body {
		return pdfTable{}, false
	}
	inside := pdfWordsInside(rows, reg.x0, reg.x1, reg.bottom, reg.top)
	if trimmed, ok := pdfCaptionInside(reg, inside); ok {
		reg = trimmed
		inside = pdfWordsInside(rows, reg.x0, reg.x1, reg.bottom, reg.top)
	}
	if len(inside) < 2 {
		return pdfTable{}, false
	}
	cuts := pdfNoSlivers(pdfVerticalCuts(reg), reg.x0, reg.x1, body)
	if len(cuts) == 0 {
		cuts = pdfOneLineColumns(inside, pdfGutterCuts(inside, reg.x0, reg.x1, body))
		// a group's label set across the columns (LaTeX's \multicolumn
		// in a booktabs table: "Verminderde nierfunctie (eGFR < 30
		// ml/min/1,73 m2)" over its drugs' rows, FT-236) crosses the
		// gutters its rows leave, and had closed them: the columns come
		// from the other rows
		if rest := slices.DeleteFunc(slices.Clone(inside), func(r pdfRow) bool { return pdfLabelRow(r, reg.x0, body) }); len(rest) < len(inside) && len(rest) >= 3 {
			if more := pdfOneLineColumns(rest, pdfGutterCuts(rest, reg.x0, reg.x1, body)); len(more) > len(cuts) {
				cuts = more
			}
		}
		cuts = pdfCutsUnderGroupLabel(inside, reg, cuts, body)
	}
	if len(cuts) == 0 {
		return pdfTable{}, false // a framed paragraph, not a table
	}
	bounds := pdfHorizontalCuts(reg)
	if head, ok := pdfHeadAbove(rows, reg, cuts, body); ok {
		// Rules drawn under the rows only (border-bottom): the header row
		// stands above the first rule.
		inside = append([]pdfRow{head}, inside...)
		bounds = append(bounds, reg.top)
		reg.top = head.y + head.size
	}
	if !pdfCellsRespectCuts(inside, cuts, pdfColumnRules(reg, cuts)) {
		return pdfTable{}, false // a drawing, such as a flowchart, with text across its lines
	}
	lines := pdfSplitColumns(inside, cuts)
	cols := len(cuts) + 1
	// head counts the lines above the highest row rule, a header ruled
	// off; a grid's rules (more than a header and a total row) mark none.
	head := 0
	if len(bounds) > 0 && len(bounds) <= 2 {
		top := slices.Max(bounds)
		for head < len(lines) && lines[head].y > top {
			head++
		}
	}
	// Cells centred vertically below the header (a browser's default)
	// give the rows, which the row rules must not cut; the header's
	// cells, centred across their columns too, then line up on their own.
	cells := pdfCellRows(lines, cols, body, head)
	if cells == nil || !pdfRowsWithinRules(cells, bounds) || !pdfKeysWithinRules(cells, reg, cuts[0]) {
		cells, head = nil, 0
	}
	cells = pdfGridFirstRow(cells, bounds)
	if len(bounds) >= 3 && pdfSplitsSegments(cells, bounds) {
		// A grid's rows are between its rules: rows read from the cells'
		// centring that part the lines between two rules are no rows of
		// it. A cell merged over rows (rowspan) whose lines run on past
		// its rows' rules set lines between theirs, and Dompdf's FT-31
		// had a row for each printed line, "Volwassenen, eGFR" apart from
		// its "60 of hoger" and tramsolide's name dealt out over them.
		cells, head = nil, 0
	}
	least := 3 // lines with text in each column that show it lines up
	if pdfBooktabs(reg) {
		least = 2 // the rules say it is a table: its part on a page may be a row or two
	}
	if len(pdfVerticalCuts(reg)) == 0 && !pdfColumnsLineUp(lines, cols, head, least) {
		return pdfTable{}, false // a framed list or two columns of text
	}
	t := pdfTable{x0: reg.x0, x1: reg.x1, bottom: reg.bottom, top: reg.top, vRules: reg.vRules}
	var ok bool
	if cells != nil {
		// A first row that the rule under the header ends is the header,
		// however many lines it takes.
		t, ok = pdfFillTable(t, cells, cuts, reg.x0, head > 0 && len(cells[0]) == head)
	} else {
		segs := pdfSegments(lines, bounds, body)
		// A rule under the first row that is not one of a grid's rules (at
		// most a total row is ruled off too) marks a header: booktabs' midrule.
		// The header may wrap ("Kinderen 6–12" over "jaar").
		ruledHead := len(bounds) > 0 && len(segs) >= 2 && len(segs) <= 3 && len(segs[0]) <= 3 && len(segs[1]) > len(segs[0]) &&
			pdfOneRow(segs[0], pdfShapeOf(segs, cols))
		t, ok = pdfFillTable(t, segs, cuts, reg.x0, ruledHead)
	}
	if ok {
		pdfJoinMergedKeys(&t, reg, cuts)
	}
	return t, ok
}

// pdfLabelRow reports whether a row of a table is a group's label: one
// phrase in bold (pdfBoldPhrase) that starts at the table's left edge x0.
// A label set across the columns heads the rows under it ("Ouderen (75
// jaar en ouder)" over the elderly's doses of each drug).
func pdfLabelRow(r pdfRow, x0, body float64) bool {
	return len(r.words) > 0 && r.words[0].x0-x0 <= body && pdfBoldPhrase(r.words, max(0.5*body, 3))
}

// pdfBoldPhrase reports whether words, in reading order, are one phrase
// in bold: no gap of minGap or more between two of them, nine in ten of
// their glyphs bold (a note's mark after a label is set in regular type:
// "Kinderen (op gewicht)‡").
func pdfBoldPhrase(ws []pdfWord, minGap float64) bool {
	bold, n := 0, 0
	for i, w := range ws {
		if i > 0 && w.x0-ws[i-1].x1 >= minGap {
			return false
		}
		bold, n = bold+w.bold, n+w.n
	}
	return n > 0 && bold*10 >= n*9
}

// pdfLabelledBand reports whether the lines between two rules are a
// group's label (pdfLabelLine) over rows of a line each: every line after
// it fills each of the cols columns, in regular type.
func pdfLabelledBand(s []pdfTableLine, cols int) bool {
	if len(s) < 2 || !pdfLabelLine(s[0]) {
		return false
	}
	for _, l := range s[1:] {
		if l.filled() < cols || pdfRowBold([]pdfTableLine{l}) {
			return false
		}
	}
	return true
}

// pdfLabelLine reports whether a table's line is a group's label, as
// pdfLabelRow reads a row: one phrase in bold from the first column on,
// whatever columns its words fall in.
func pdfLabelLine(l pdfTableLine) bool {
	if len(l.cells) == 0 || len(l.cells[0]) == 0 {
		return false
	}
	return pdfBoldPhrase(slices.Concat(l.cells...), max(0.5*l.cells[0][0].size, 3))
}

// pdfCutsUnderGroupLabel returns the gutters of a ruled table's rows
// below its highest row rule, when they are the cuts read from all its
// rows and more: a column group's label in the header spans the gutters
// between its columns ("Dosering" over "Dosis", "Frequentie" and "Duur",
// groff's tbl in FT-235), which no gutter of every row then crosses, and
// the group's columns had been one, each row's dose and frequency one
// cell, the table no table of aligned columns. The header's words are then
// dealt out over the columns by their middles, a group's label to one of
// its columns. Only a table with columns already, under a header of at
// most maxGroupHeaderLines lines, is read so, and only when a word of the
// header spans each new gutter and another line of the header has words
// on either side of it (the group's columns' headers).
func pdfCutsUnderGroupLabel(inside []pdfRow, reg pdfRegion, cuts []float64, body float64) []float64 {
	rules := pdfHorizontalCuts(reg)
	if len(rules) == 0 || len(cuts) == 0 {
		return cuts // (no columns at all: a framed paragraph, or text in two columns under a rule)
	}
	top := slices.Max(rules)
	below := slices.DeleteFunc(slices.Clone(inside), func(r pdfRow) bool { return r.y > top })
	if head := len(inside) - len(below); len(below) < 3 || head == 0 || head > maxGroupHeaderLines {
		return cuts
	}
	more := pdfOneLineColumns(below, pdfGutterCuts(below, reg.x0, reg.x1, body))
	kept := func(c float64) bool {
		return slices.ContainsFunc(more, func(m float64) bool { return math.Abs(m-c) < body })
	}
	if len(more) <= len(cuts) || slices.ContainsFunc(cuts, func(c float64) bool { return !kept(c) }) {
		return cuts
	}
	// each new gutter is one a label of the header spans, over a line of
	// the header with words on either side of it: a group's label over
	// its columns' own headers
	header := inside[:len(inside)-len(below)]
	for _, m := range more {
		if slices.ContainsFunc(cuts, func(c float64) bool { return math.Abs(m-c) < body }) {
			continue
		}
		spanned := slices.ContainsFunc(header, func(r pdfRow) bool {
			return slices.ContainsFunc(r.words, func(w pdfWord) bool { return w.x0 < m && w.x1 > m })
		})
		parted := slices.ContainsFunc(header, func(r pdfRow) bool {
			return slices.ContainsFunc(r.words, func(w pdfWord) bool { return w.x1 < m }) &&
				slices.ContainsFunc(r.words, func(w pdfWord) bool { return w.x0 > m }) &&
				!slices.ContainsFunc(r.words, func(w pdfWord) bool { return w.x0 < m && w.x1 > m })
		})
		if !spanned || !parted {
			return cuts
		}
	}
	return more
}

// maxGroupHeaderLines bounds the lines of a header over column groups
// (pdfCutsUnderGroupLabel): a group's label, its columns' headers and a
// wrapped one.
const maxGroupHeaderLines = 4

// pdfGridFirstRow joins the rows above a grid's first row boundary into
// one. A grid whose rules or shading part every row below its first
// (three boundaries at least) parts its rows itself, so what stands above
// its first boundary is one row: a header whose cells span two lines
// beside the sub-header of a column group (a browser's two-row <thead>,
// "Dosering" over "Startdosis" and "Onderhoud" with "Patiëntengroep"
// spanning both). Read as two rows, the sub-header became a body row and
// each dose row's two columns one cell under "Dosering".
func pdfGridFirstRow(cells [][]pdfTableLine, bounds []float64) [][]pdfTableLine {
	if len(cells) < 3 || len(bounds) < 3 {
		return cells
	}
	top := slices.Max(bounds)
	n := 0 // rows wholly above the first boundary
	for n < len(cells) && cells[n][len(cells[n])-1].y > top {
		n++
	}
	if n < 2 || n == len(cells) {
		return cells
	}
	for i := n; i+1 < len(cells); i++ {
		upper, lower := cells[i][len(cells[i])-1].y, cells[i+1][0].y
		if !slices.ContainsFunc(bounds, func(b float64) bool { return upper > b && b > lower }) {
			return cells // rows below that no boundary parts: no grid
		}
	}
	first := slices.Concat(cells[:n]...)
	return append([][]pdfTableLine{first}, cells[n:]...)
}

// pdfJoinMergedKeys gives each row of a first-column cell merged over
// several rows the whole of that cell. A ruled table draws the rules
// between such rows in the other columns only (LaTeX's \cline{2-4}, a
// word processor's merged cell), and sets the merged cell's text once,
// often centred vertically: "pentavir" beside the middle one of its
// three rows, "soralide" on the rule between its two. Carried down from
// the row above (pdfCarryKey), the rows above the name would get the
// previous drug's name: a dose for the wrong drug. Rows are joined only
// where a rule stands between them that leaves the first column out
// (cuts[0] is where the first column ends), and only when they look like
// one merged cell (pdfMergedRun); a rule across the first column, or none
// at all, keeps them apart. A cell of another column merged over the same
// rows (asciidoctor-pdf's FT-21: "actief maagulcus; eGFR < 30; derde
// trimester van de" over "zwangerschap", the drug's contra-indications
// beside its two interactions) is joined too, where no rule between the
// rows crosses its column and its text runs on from the first row
// (pdfSpannedRun): its lines had been dealt out over the rows, one of
// them "zwangerschap" alone.
func pdfJoinMergedKeys(t *pdfTable, reg pdfRegion, cuts []float64) {
	joined := func(upper, lower [4]float64, lo, hi float64) bool {
		partial := false
		for _, r := range reg.hRules {
			if r.pos >= upper[1] || r.pos <= lower[0] {
				continue
			}
			if r.lo < hi-pdfRuleTol && r.hi > lo+pdfRuleTol {
				return false // the rule crosses the column
			}
			partial = true
		}
		return partial
	}
	for c := 0; c <= len(cuts); c++ {
		lo, hi := reg.x0, reg.x1
		if c > 0 {
			lo = cuts[c-1]
		}
		if c < len(cuts) {
			hi = cuts[c]
		}
		for start := 0; start < len(t.rows); {
			end := start + 1
			for end < len(t.rows) && joined(t.rowY[end-1], t.rowY[end], lo, hi) {
				end++
			}
			run := t.rows[start:end]
			merged := c == 0 && (pdfMergedRun(run) || pdfKeyGoesOn(run)) || c > 0 && end-start > 1 && pdfSpannedRun(run, c)
			if end-start > 1 && merged {
				var cell []string
				for _, r := range run {
					cell = append(cell, r[c]...)
				}
				for _, r := range run {
					r[c] = slices.Clone(cell)
				}
			}
			start = end
		}
	}
}

// pdfSpannedRun tells whether column c of rows that no rule parts in it
// holds one cell: text from the first row on, in rows that follow on
// without a gap. Two labels of a plot read as a table ("λ2z" over an
// empty row over "λ2x") are two cells.
func pdfSpannedRun(run [][][]string, c int) bool {
	if slices.ContainsFunc(run, func(r [][]string) bool { return len(r) <= c }) || len(run[0][c]) == 0 {
		return false
	}
	ended := false
	for _, r := range run[1:] {
		if len(r[c]) == 0 {
			ended = true
		} else if ended {
			return false
		}
	}
	return true
}

// pdfRowsWithinRules tells whether no row (its lines top to bottom) runs
// across one of the row rules at bounds: rows read from the cells must
// agree with the rules drawn between them.
func pdfRowsWithinRules(rows [][]pdfTableLine, bounds []float64) bool {
	for _, r := range rows {
		for _, b := range bounds {
			if r[0].y > b && r[len(r)-1].y < b {
				return false
			}
		}
	}
	return true
}

// pdfKeysWithinRules tells whether no first-column cell that centred
// rows share (pdfCentredKeyRows) runs across a rule drawn over the first
// column (x0 to end): a merged cell ends at its rule. pdfmake breaks a
// drug's merged cell over a page and sets the next drug's name at the
// top of its own rows; centred over all the rows of the page, that name
// had been given to the rows of the drug before it, under the rule that
// ends that drug's cell: brantoxim's contra-indication in pregnancy
// became seloprine's.
func pdfKeysWithinRules(rows [][]pdfTableLine, reg pdfRegion, end float64) bool {
	key := func(r []pdfTableLine) string {
		for _, l := range r {
			if len(l.cells[0]) > 0 {
				return pdfWordsText(l.cells[0])
			}
		}
		return ""
	}
	for i := 1; i < len(rows); i++ {
		k := key(rows[i])
		if k == "" || k != key(rows[i-1]) {
			continue
		}
		upper, lower := rows[i-1][len(rows[i-1])-1].y, rows[i][0].y
		if slices.ContainsFunc(reg.hRules, func(r pdfRule) bool {
			return r.pos < upper && r.pos > lower && r.lo < end-pdfRuleTol && r.hi > reg.x0+pdfRuleTol
		}) {
			return false
		}
	}
	return true
}

// pdfAcross tells whether word w runs across one of the cuts.
// pdfColumnRules returns the region's vertical rules when each cut has
// rules down most of the region (half its height at least): column rules
// that a cell spanning columns interrupts. Otherwise nil: a form or a
// diagram of boxes, whose text across the cuts counts wherever it stands.
func pdfColumnRules(reg pdfRegion, cuts []float64) []pdfRule {
	if len(reg.vRules) == 0 || len(cuts) == 0 {
		return nil
	}
	for _, c := range cuts {
		length := 0.0
		for _, v := range reg.vRules {
			if v.vertical && math.Abs(v.pos-c) <= pdfRuleTol {
				length += max(0, min(v.hi, reg.top)-max(v.lo, reg.bottom))
			}
		}
		if length < 0.5*(reg.top-reg.bottom) {
			return nil
		}
	}
	return reg.vRules
}

// pdfRuledAt tells whether a vertical rule stands at a cut that word w
// runs across, at the word's height; without vertical rules (columns of
// gutters) every cut counts. A cell spanning columns (colspan: "Niet
// onderzocht; niet voorschrijven" across the dose columns, TCPDF's FT-33)
// runs across cuts where its row draws no rule: no text across a line.
func pdfRuledAt(w pdfWord, cuts []float64, vRules []pdfRule) bool {
	if len(vRules) == 0 {
		return true
	}
	y := w.y + 0.3*max(w.size, 1)
	return slices.ContainsFunc(cuts, func(c float64) bool {
		return w.x0 < c-pdfRuleTol && w.x1 > c+pdfRuleTol && slices.ContainsFunc(vRules, func(v pdfRule) bool {
			return math.Abs(v.pos-c) <= pdfRuleTol && v.lo < y && v.hi > y
		})
	})
}

func pdfAcross(w pdfWord, cuts []float64) bool {
	return slices.ContainsFunc(cuts, func(c float64) bool { return w.x0 < c-pdfRuleTol && w.x1 > c+pdfRuleTol })
}

// pdfCellsRespectCuts tells whether the words stay inside the columns
// (at most one word in twenty runs across a column boundary) and at least
// two lines have text in two columns or more.
func pdfCellsRespectCuts(rows []pdfRow, cuts []float64, vRules []pdfRule) bool {
	across, words := 0, 0
	for _, r := range rows {
		for _, w := range r.words {
			words++
			if pdfAcross(w, cuts) && pdfRuledAt(w, cuts, vRules) {
				across++
			}
		}
	}
	multi := 0
	for _, l := range pdfSplitColumns(rows, cuts) {
		if l.filled() >= 2 {
			multi++
		}
	}
	return across*20 <= words && multi >= 2
}

// pdfHeadAbove returns the row right above a region whose top is a rule
// when that row fits the table's columns: within the region's width, no
// word across a column boundary, text in two columns or more, and no
// caption.
func pdfHeadAbove(rows []pdfRow, reg pdfRegion, cuts []float64, body float64) (pdfRow, bool) {
	var above, over *pdfRow
	for i := len(rows) - 1; i >= 0; i-- {
		if rows[i].y > reg.top {
			above = &rows[i]
			if i > 0 {
				over = &rows[i-1]
			}
			break
		}
	}
	if above == nil || above.y-reg.top > 1.5*max(above.size, body) {
		return pdfRow{}, false
	}
	if over != nil && over.y-above.y <= 1.5*max(above.size, body) && slices.ContainsFunc(over.words, func(w pdfWord) bool {
		return w.x0 < reg.x0-pdfRuleTol || w.x1 > reg.x1+pdfRuleTol || slices.ContainsFunc(cuts, func(c float64) bool { return w.x0 < c && w.x1 > c })
	}) {
		// the last line of a paragraph right above the table ("ontbijt
		// en het avondeten ingenomen." under a line across the columns)
		return pdfRow{}, false
	}
	var ws []pdfWord
	for _, w := range above.words {
		if w.x1 <= reg.x0 || w.x0 >= reg.x1 {
			continue
		}
		if w.x0 < reg.x0-pdfRuleTol || w.x1 > reg.x1+pdfRuleTol || w.table != 0 {
			return pdfRow{}, false
		}
		for _, c := range cuts {
			if w.x0 < c && w.x1 > c {
				return pdfRow{}, false
			}
		}
		ws = append(ws, w)
	}
	head := pdfRow{y: above.y, size: above.size, words: ws}
	if len(ws) == 0 || pdfCaptionRE.MatchString(pdfWordsText(ws)) {
		return pdfRow{}, false
	}
	if l := pdfSplitColumns([]pdfRow{head}, cuts)[0]; l.filled() < 2 {
		return pdfRow{}, false
	}
	return head, true
}

// pdfWordsInside returns, per row with words in the rectangle, those words.
func pdfWordsInside(rows []pdfRow, x0, x1, bottom, top float64) []pdfRow {
	var out []pdfRow
	for _, r := range rows {
		if r.y <= bottom || r.y >= top {
			continue
		}
		var ws []pdfWord
		for _, w := range r.words {
			if c := (w.x0 + w.x1) / 2; c > x0 && c < x1 && w.table == 0 {
				ws = append(ws, w)
			}
		}
		if len(ws) > 0 {
			out = append(out, pdfRow{y: r.y, size: r.size, words: ws})
		}
	}
	return out
}

// pdfVerticalCuts returns the x of interior vertical rules: the column
// boundaries of a ruled table.
func pdfVerticalCuts(reg pdfRegion) []float64 {
	var xs []float64
	for _, r := range reg.vRules {
		if r.pos > reg.x0+pdfRuleTol && r.pos < reg.x1-pdfRuleTol {
			xs = append(xs, r.pos)
		}
	}
	return pdfCluster(xs, pdfRuleTol)
}

// pdfNoSlivers drops the column boundaries that part a sliver of the
// table too narrow for a letter (half the body size) from its edges or
// from the boundary before: a double border (the table's and its cells',
// a few points apart: MuPDF's HTML tables) is one edge. Read as a column
// of its own, the sliver had made every row's first cell empty, and the
// drug's name was carried down to no row.
func pdfNoSlivers(cuts []float64, x0, x1, body float64) []float64 {
	out := cuts[:0:0]
	last := x0
	for _, c := range cuts {
		if c-last < 0.5*body || x1-c < 0.5*body {
			continue
		}
		out = append(out, c)
		last = c
	}
	return out
}

// pdfHorizontalCuts returns the y of interior horizontal rules that cross
// at least half of the region: row boundaries.
func pdfHorizontalCuts(reg pdfRegion) []float64 {
	cover := map[float64]float64{}
	var ys []float64
	rules := slices.Concat(reg.hRules, reg.bands)
	for _, r := range rules {
		if r.pos > reg.bottom+pdfRuleTol && r.pos < reg.top-pdfRuleTol {
			ys = append(ys, r.pos)
		}
	}
	ys = pdfCluster(ys, pdfRuleTol)
	for _, r := range rules {
		for _, y := range ys {
			if math.Abs(r.pos-y) <= pdfRuleTol {
				cover[y] += r.hi - r.lo
			}
		}
	}
	var out []float64
	for _, y := range ys {
		if cover[y] >= 0.5*(reg.x1-reg.x0) {
			out = append(out, y)
		}
	}
	return out
}

// pdfCluster sorts values and merges those within tol into their mean.
func pdfCluster(vs []float64, tol float64) []float64 {
	slices.Sort(vs)
	var out []float64
	start := 0
	for i := 1; i <= len(vs); i++ {
		if i < len(vs) && vs[i]-vs[i-1] <= tol {
			continue
		}
		if i > start {
			sum := 0.0
			for _, v := range vs[start:i] {
				sum += v
			}
			out = append(out, sum/float64(i-start))
		}
		start = i
	}
	return out
}

// pdfGutterCuts returns the middles of the whitespace gutters that every
// row shares between x0 and x1 (at least half an em wide).
func pdfGutterCuts(rows []pdfRow, x0, x1, body float64) []float64 {
	free := []pdfSpan{{x0, x1}}
	minGap := max(0.5*body, 3)
	var spans []pdfSpan
	var bufs [2][]pdfSpan // the intersections alternate between two buffers
	for k, r := range rows {
		spans = pdfAppendFreeSpans(spans[:0], r, pdfSpan{x0, x1}, minGap)
		bufs[k%2] = pdfAppendIntersect(bufs[k%2][:0], free, spans, minGap)
		free = bufs[k%2]
		if len(free) == 0 {
			return nil
		}
	}
	var cuts []float64
	for _, s := range free {
		if s.x0 > x0+0.1 && s.x1 < x1-0.1 { // interior gutters only
			cuts = append(cuts, (s.x0+s.x1)/2)
		}
	}
	return cuts
}

// pdfOneLineColumns joins a column between two gutters (cuts) whose words
// stand on one of the rows alone, for three rows or more, to the column
// on its left, when on that row they follow a word of it less than an em
// away, nearer than the words on their right, in the type of the other
// rows (not a title's line over a table of contents, Sphinx's FT-47). A
// wrapped line of a narrow cell that the typesetter justifies (pdfLaTeX's
// p{} column: "dag 1: 400 mg, daarna") stretches its word spaces past
// half an em where no other row has words: its spaces read as gutters,
// its last word as a column of its own, and the table's columns, which
// must each line up over two rows at least (pdfColumnsLineUp), were no
// table (FT-224's dose table read as running text). The first and last
// columns are left alone: a drug named on its first row only keys them.
func pdfOneLineColumns(rows []pdfRow, cuts []float64) []float64 {
	if len(rows) < 3 {
		return cuts
	}
	for c := 1; c < len(cuts); c++ {
		in := func(w pdfWord) bool { m := (w.x0 + w.x1) / 2; return m > cuts[c-1] && m < cuts[c] }
		var only pdfRow
		n := 0
		for _, r := range rows {
			if slices.ContainsFunc(r.words, in) {
				only, n = r, n+1
			}
		}
		if n != 1 {
			continue
		}
		// the gaps on that row between the column's words and those
		// beside them
		lo, hi, left, right, size := math.Inf(1), math.Inf(-1), math.Inf(-1), math.Inf(1), 0.0
		for _, w := range only.words {
			switch m := (w.x0 + w.x1) / 2; {
			case in(w):
				lo, hi, size = min(lo, w.x0), max(hi, w.x1), max(size, w.size)
			case m <= cuts[c-1]:
				left = max(left, w.x1)
			default:
				right = min(right, w.x0)
			}
		}
		others := 0.0 // the largest type of the other rows
		for _, r := range rows {
			if r.y != only.y {
				for _, w := range r.words {
					others = max(others, w.size)
				}
			}
		}
		if lo-left > size || right-hi < lo-left || size > 1.1*others {
			continue // no word space after the cell on its left, or a title's line over the table
		}
		return pdfOneLineColumns(rows, slices.Delete(slices.Clone(cuts), c-1, c))
	}
	return cuts
}

// pdfSplitColumns assigns each word to the column its middle falls in.
func pdfSplitColumns(rows []pdfRow, cuts []float64) []pdfTableLine {
	lines := make([]pdfTableLine, len(rows))
	for i, r := range rows {
		lines[i] = pdfTableLine{y: r.y, cells: make([][]pdfWord, len(cuts)+1)}
		for _, w := range r.words {
			c, _ := slices.BinarySearch(cuts, (w.x0+w.x1)/2)
			lines[i].cells[c] = append(lines[i].cells[c], w)
		}
	}
	return lines
}

// pdfSegments splits the lines (top to bottom) at the row boundaries, and
// where there are none, at vertical gaps clearly wider than the line pitch
// (cell padding between rows).
func pdfSegments(lines []pdfTableLine, bounds []float64, body float64) [][]pdfTableLine {
	return pdfSegmentsAt(lines, bounds, pdfTablePitch(lines, body))
}

// pdfSegmentsAt is pdfSegments with the line pitch given.
func pdfSegmentsAt(lines []pdfTableLine, bounds []float64, pitch float64) [][]pdfTableLine {
	var segs [][]pdfTableLine
	for i, l := range lines {
		brk := i == 0
		if i > 0 {
			prev := lines[i-1]
			for _, b := range bounds {
				if b < prev.y && b > l.y {
					brk = true
				}
			}
			if len(bounds) == 0 && prev.y-l.y > 1.4*pitch {
				brk = true
			}
		}
		if brk {
			segs = append(segs, nil)
		}
		segs[len(segs)-1] = append(segs[len(segs)-1], l)
	}
	return segs
}

// pdfMinLineStep is the least step between two lines of a cell: lines
// closer than that (a superscript's baseline, a word set a little lower)
// measure no line pitch.
const pdfMinLineStep = 4.0

// pdfSubRows splits a row of a grid (the lines between two rules) whose
// first cell heads several rows of the next ones: groff's tbl and many
// word processors rule off each drug, and set the drug once above its
// populations, each with its own dose, with no rule between them.
// A population's row starts at a line that leaves the first column empty,
// where the second column starts a phrase (a capital in its first word,
// "Kinderen 2–11 jaar", "eGFR 15–30", or a comparison, "< 6 maanden") that
// the second column's line above does not carry on ("Volwassenen en" /
// "kinderen vanaf 12", "Kinderen jonger dan" / "18 jaar"), and where the
// third column starts too: the cells of a row start on one line. A
// population's row set apart by padding (a step over 1.2 times that
// between a cell's lines) starts there whatever its first word
// ("kinderen jonger dan 2 jaar"). The first cell must stand above the
// second row's start, so that each row gets the whole of it; else the
// lines stay one row. Unless the first cell, set at the top, runs on
// over the rows' first lines, one line under the other from the
// segment's first (LaTeX's \multirow[t] of a name wrapped over three
// lines beside three populations of one line each): a line whose first
// column goes on with it starts a row as a line that leaves it empty
// does, where no other column's line above leads on, and every row gets
// the whole cell (pelantrol's adults, children of 6–11 and children under
// 20 kg had been one row of three doses).
func pdfSubRows(s []pdfTableLine, cols int) [][]pdfTableLine {
	if cols >= 3 && len(s) >= 2 && len(s[0].cells[0]) == 0 && len(s[0].cells[1]) > 0 {
		return pdfCentredSubRows(s, cols)
	}
	if cols < 3 || len(s) < 2 || len(s[0].cells[0]) == 0 || len(s[0].cells[1]) == 0 {
		return [][]pdfTableLine{s}
	}
	starts := []int{0}
	above := s[0].cells[1]
	// last holds each column's last line's words above: a column whose
	// text goes on from it ("Niet combineren met" over "claritromycine
	// (QT-verlenging)") continues the row
	last := slices.Clone(s[0].cells)
	keyEnd := 0
	// contiguous: every line so far holds first-column text; overflow: a
	// row starts on such a line
	contiguous, overflow, keyLines := true, false, 1
	// the step between a cell's lines: a row set apart by padding stands
	// further below the line above (ConTeXt's FT-22: 19.4 pt between its
	// populations' rows, 14.6 pt between a cell's lines)
	pitch := math.Inf(1)
	for i := 1; i < len(s); i++ {
		if d := s[i-1].y - s[i].y; d > pdfMinLineStep && d >= 0.9*pdfLineSize(s[i]) {
			pitch = min(pitch, d)
		}
	}
	for i, l := range s {
		if len(l.cells[0]) > 0 {
			keyEnd = i
		}
		if i == 0 {
			continue
		}
		padded := s[i-1].y-l.y > 1.2*pitch
		goesOn := false
		for c := 2; c < len(l.cells); c++ {
			// (a dash alone marks an empty cell: "–")
			goesOn = goesOn || len(l.cells[c]) > 0 && len(last[c]) > 0 && pdfPhraseGoesOn(last[c][len(last[c])-1].text) &&
				strings.Trim(last[c][len(last[c])-1].text, "–-") != ""
		}
		// the first cell's wrapped lines, from the segment's first on
		// (not a header's wrapped cells, in bold: "Base GOE" over "Value")
		keyOn := len(l.cells[0]) > 0 && contiguous && !padded && len(l.cells[1]) > 0 && l.cells[1][0].bold == 0
		if (len(l.cells[0]) == 0 || keyOn) && len(l.cells[1]) > 0 && len(l.cells[2]) > 0 &&
			(padded && !keyOn || pdfStartsPhrase(l.cells[1][0].text) && !pdfPhraseGoesOn(above[len(above)-1].text) && !goesOn) {
			starts = append(starts, i)
			overflow = overflow || keyOn
		}
		contiguous = contiguous && len(l.cells[0]) > 0
		if contiguous {
			keyLines = i + 1
		}
		if len(l.cells[1]) > 0 {
			above = l.cells[1]
		}
		for c, ws := range l.cells {
			if len(ws) > 0 {
				last[c] = ws
			}
		}
	}
	overflow = overflow && keyEnd == keyLines-1 // no first cell after the wrapped one
	if len(starts) < 2 || keyEnd >= starts[1] && !overflow {
		return [][]pdfTableLine{s}
	}
	var key []pdfWord
	for _, l := range s[:max(starts[1], keyEnd+1)] {
		key = append(key, l.cells[0]...)
	}
	out := make([][]pdfTableLine, 0, len(starts))
	for k, start := range starts {
		end := len(s)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		row := s[start:end]
		switch {
		case overflow:
			row = pdfWithKey(row, key)
			for i := 1; i < len(row); i++ {
				row[i].cells = slices.Clone(row[i].cells)
				row[i].cells[0] = nil // the cell's lines, given whole above
			}
		case k > 0:
			row = pdfWithKey(row, key)
		}
		out = append(out, row)
	}
	return out
}

// pdfStartsPhrase tells whether a cell's first word starts a phrase of
// its own: a capital in it ("Kinderen", "eGFR") or a comparison sign. A
// word in capitals only ("PAX" under "Domestic", "COPD") may go on a
// heading or a name.
func pdfStartsPhrase(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("<>≤≥", r) ||
		unicode.IsLetter(r) && strings.IndexFunc(w, unicode.IsUpper) >= 0 && strings.IndexFunc(w, unicode.IsLower) >= 0
}

// pdfPhraseGoesOn tells whether a line ending in word w carries its phrase
// on to the next line: a word that leads what follows ("en", "met",
// "dan", "tot"), or a comma, hyphen, dash or opening bracket.
func pdfPhraseGoesOn(w string) bool {
	lw := strings.ToLower(w)
	return pdfLeadingWords[lw] || strings.HasSuffix(lw, ",") || strings.HasSuffix(lw, "-") || strings.HasSuffix(lw, "–") ||
		strings.HasSuffix(lw, "/") || strings.HasSuffix(lw, "(")
}

// pdfLeadingWords lead the words after them: a line that ends in one goes
// on on the next.
var pdfLeadingWords = map[string]bool{"en": true, "of": true, "met": true, "zonder": true, "dan": true, "tot": true,
	"van": true, "vanaf": true, "bij": true, "na": true, "voor": true, "in": true, "op": true, "de": true, "het": true,
	"een": true, "die": true, "and": true, "or": true, "with": true, "than": true, "to": true, "<": true, ">": true,
	"≤": true, "≥": true}

// pdfTablePitch is the smallest usual distance between consecutive lines.
func pdfTablePitch(lines []pdfTableLine, body float64) float64 {
	var d []float64
	for i := 1; i < len(lines); i++ {
		if g := lines[i-1].y - lines[i].y; g > 0.5*body {
			d = append(d, g)
		}
	}
	if len(d) == 0 {
		return 1.2 * body
	}
	slices.Sort(d)
	return d[len(d)/4]
}

// pdfFillTable turns segments into rows and picks the header row.
//
// When every segment with more than one line has text in every column on
// every line, each line is a row: one-line rows that are simply not ruled
// apart (a score table with a rule under the header only). Otherwise cells
// wrap over lines. When rules or gaps set apart two or more segments after
// the first, each segment is a row (a grid); when they set apart at most a
// header, a row starts at each line with text in the first column, and a
// line that leaves the first column empty continues the row above.
// ruledHead says the first row is set apart as a header by a rule.
func pdfFillTable(t pdfTable, segs [][]pdfTableLine, cuts []float64, x0 float64, ruledHead bool) (pdfTable, bool) {
	cols := len(cuts) + 1
	wrapped := false
	for _, s := range segs {
		if len(s) > 1 && !pdfAllFull(s, cols) {
			wrapped = true
		}
	}
	var rows [][]pdfTableLine
	shape := pdfShapeOf(segs, cols)
	// A table whose rules part groups of rows, each led by its label set
	// across the columns (pdfLabelledBand: booktabs' \midrule over
	// "\multicolumn{5}{l}{Volwassenen}" and a row a drug, FT-236), has a
	// row a line in every part whose lines fill each column; the label is
	// the group's heading (t.group). Read as one row, a group had been
	// "Volwassenen selvomycine prandoxazol mirtacef · 400 mg 250 mg 1 g".
	// Every part below the header is such a group or rows filling each
	// column (the rest of a group broken over a page): a name merged over
	// its rows and set in bold at their top is none (FT-49's "torvaxine"
	// over its forms' lines, beside parts whose first cell is empty).
	labelled := slices.ContainsFunc(segs[1:], func(s []pdfTableLine) bool { return pdfLabelledBand(s, cols) }) &&
		!slices.ContainsFunc(segs[1:], func(s []pdfTableLine) bool { return !pdfLabelledBand(s, cols) && !pdfAllFull(s, cols) })
	labels := map[float64]bool{} // the labels' lines, by baseline
	for k, s := range segs {
		switch {
		case !wrapped:
			for _, l := range s {
				rows = append(rows, []pdfTableLine{l})
			}
		case len(segs) > 2 && k == 0:
			rows = append(rows, s) // the header, whose cells may wrap onto a line of capitals
		case labelled && k > 0:
			for i, l := range s {
				if i == 0 && pdfLabelLine(l) {
					labels[l.y] = true
				}
				rows = append(rows, []pdfTableLine{l})
			}
		case len(segs) > 2:
			rows = append(rows, pdfSubRows(s, cols)...)
		case len(s) > 1 && cols >= 3 && !slices.ContainsFunc(s, func(l pdfTableLine) bool { return len(l.cells[0]) > 0 }):
			// rows whose first cell the page before holds (a merged
			// cell broken at the page), set apart by their second column
			rows = append(rows, pdfCentredSubRows(s, cols)...)
		default:
			start := 0 // the current row's first line in s
			pitch := pdfPaddedPitch(s)
			lines := pdfCellPitch(s)
			for i, l := range s {
				last := k == len(segs)-1 && i == len(s)-1
				bottom := (i+1 < len(s) || k+1 < len(segs)) && pdfBottomCellsEnd(s[start:i], l) // rows follow the header
				centred := i > 0 && i+1 < len(s) && pdfCentredKey(s[i-1], l, s[i+1], lines)
				if i == 0 || i+2 < len(s) && len(l.cells[0]) == 0 && pdfCentredKey(l, s[i+1], s[i+2], lines) ||
					len(l.cells[0]) > 0 && !bottom && !centred && pdfRowStartsAt(s[start:i], l, shape, pitch) && !(last && pdfFirstCellGoesOn(s[i-1], l, shape)) {
					rows, start = append(rows, nil), i
				}
				rows[len(rows)-1] = append(rows[len(rows)-1], l)
			}
		}
	}
	if len(rows) < 2 {
		return t, false
	}
	widths := pdfColumnWidths(rows, cols)
	cells := make([][][]string, len(rows))
	for i, r := range rows {
		cells[i] = pdfRowCells(r, widths)
	}
	if ruledHead || pdfIsHeader(rows, cells) || pdfBottomHeader(rows) {
		t.header, cells = cells[0], cells[1:]
		head := slices.Clone(rows[0])
		// Further bold rows under a bold header are header rows too
		// (a column group over its subcolumns): joined per column; not a
		// row with text in its first cell alone, the heading of the rows
		// below it ("Stap 2: salvotreen (tablet 200 en 400 mg)" where a
		// producer sets no cell across the table, MuPDF's FT-32).
		for n := 1; n < len(rows)-1 && pdfRowBold(rows[0]) && pdfRowBold(rows[n]) && !pdfGroupRow(rows[n], cuts, t.vRules, false) && !pdfFirstCellOnly(cells[0]); n++ {
			for c := range t.header {
				t.header[c] = append(t.header[c], cells[0][c]...)
			}
			cells = cells[1:]
			head = append(head, rows[n]...)
		}
		for c := range t.header {
			// a header cell centred between the header's two lines (a
			// rowspan over a column group's label and sub-headers,
			// Chromium's FT-234) stands in both: "Middel en groep Middel
			// en groep"
			t.header[c] = slices.Compact(t.header[c])
		}
		pdfGroupLabels(t.header, head, cuts, t.vRules, pdfWrapPitch(rows[len(rows)-len(cells):]))
	}
	t.rows = cells
	for i, r := range rows[len(rows)-len(cells):] {
		if spans := pdfSpannedCuts(r, cuts, t.vRules); spans != nil {
			cells[i] = pdfSpannedCells(r, widths, spans)
		}
		if pdfGroupRow(r, cuts, t.vRules, i == len(cells)-1) || len(r) == 1 && labels[r[0].y] {
			if t.group == nil {
				t.group = make([]bool, len(cells))
			}
			t.group[i] = true
		}
		key := [2]float64{math.NaN(), math.NaN()}
		for _, l := range r {
			if len(l.cells[0]) > 0 {
				key[1] = l.y
				if math.IsNaN(key[0]) {
					key[0] = l.y
				}
			}
		}
		t.rowY = append(t.rowY, [4]float64{r[0].y, r[len(r)-1].y, (key[0] + key[1]) / 2, key[0]})
		var notes []string
		for _, l := range r {
			for _, ws := range l.cells {
				for _, w := range ws {
					notes = append(notes, w.notes...)
				}
			}
		}
		t.rowNotes = append(t.rowNotes, notes)
	}
	t.colX = append([]float64{x0}, cuts...)
	last := rows[len(rows)-1]
	t.tail, t.lead, t.shape = last, rows[len(rows)-len(cells)][0], shape
	t.lines = rows
	return t, true
}

// pdfGroupRow tells whether a row is a group's heading set across the
// whole table: one line, text in the first column, and a table that
// parts every column from the next by a rule or a cell's shading
// (vRules at each cut) except on this line ("Nevramol (tablet 5 mg,
// 10 mg)" over nevramol's rows, LaTeX's \multicolumn; a word
// processor's merged row). Its rows below are the group's: the heading
// says what they are about, as a first column merged over them would
// (pdfFinishTables). Read as a row of its own, its words were dealt out
// over the columns, and the rows under it named no drug. The table's
// last row on its page has no rows under it: the rules that part the rows
// right above it count there (WeasyPrint breaks a table after a group's
// heading, whose rows follow on the next page; FT-221's "Verminderde
// nierfunctie" had been a row of its own and its rows the elderly's).
func pdfGroupRow(r []pdfTableLine, cuts []float64, vRules []pdfRule, atFoot bool) bool {
	if len(r) != 1 || len(cuts) == 0 || len(r[0].cells[0]) == 0 {
		return false
	}
	size := max(r[0].cells[0][0].size, 1)
	y := r[0].y + 0.3*size // within the line's letters, off its rules
	for _, c := range cuts {
		below := false // a rule at this cut parts the rows under the line
		for _, v := range vRules {
			if !v.vertical || math.Abs(v.pos-c) > pdfRuleTol {
				continue
			}
			if v.lo < y && v.hi > y {
				return false // the line is parted at this cut
			}
			below = below || v.hi < y && v.lo < y-1.5*size || atFoot && v.lo > y && v.hi > y+1.5*size
		}
		if !below {
			return false
		}
	}
	// its text runs on over the cuts, a word space between its cells'
	// words, where cells of their own stand apart ("Pemocyline",
	// "Myasthenia gravis", "Niet combineren met")
	var last *pdfWord
	for _, ws := range r[0].cells {
		if len(ws) == 0 {
			continue
		}
		if last != nil && ws[0].x0-last.x1 > 0.5*size {
			return false
		}
		last = &ws[len(ws)-1]
	}
	return true
}

// pdfSpannedCuts returns, for a body row of a table that parts its
// columns by rules or cells' shading (vRules), which column boundaries
// (cuts) the row spans: no rule stands at the cut beside any of its lines,
// where one stands at another, and its text runs on over the cut, a word
// space apart, on every line with words on both sides. A cell that spans columns (colspan: "Niet
// voorschrijven; verwijs naar de kinderarts" across the dose, frequency
// and maximum, "Gecontra-indiceerd: paloxeril niet voorschrijven.") is
// set across them as one text; dealt out over the columns by its words,
// a row had said "Dosis: Niet voorschrijven; verwijs · Frequentie: naar
// de kinderarts". It returns nil when the row spans no boundary, or all
// of them (a group's heading, pdfGroupRow, or a row drawn without rules).
func pdfSpannedCuts(r []pdfTableLine, cuts []float64, vRules []pdfRule) []bool {
	if len(vRules) == 0 || len(cuts) < 2 {
		return nil
	}
	spans := make([]bool, len(cuts))
	some, all := false, true
	for c, x := range cuts {
		parted := slices.ContainsFunc(r, func(l pdfTableLine) bool {
			y := l.y + 0.3*max(pdfLineSize(l), 1) // within the line's letters, off its rules
			return slices.ContainsFunc(vRules, func(v pdfRule) bool {
				return v.vertical && math.Abs(v.pos-x) <= pdfRuleTol && v.lo < y && v.hi > y
			})
		})
		// and a line's text runs on over it, a word space apart, on every
		// line with words on both sides (cells of their own stand apart)
		runs := false
		for _, l := range r {
			var left, right *pdfWord
			for k := c; k >= 0 && left == nil; k-- {
				if ws := l.cells[k]; len(ws) > 0 {
					left = &ws[len(ws)-1]
				}
			}
			for k := c + 1; k < len(l.cells) && right == nil; k++ {
				if ws := l.cells[k]; len(ws) > 0 {
					right = &ws[0]
				}
			}
			if left == nil || right == nil {
				continue
			}
			if right.x0-left.x1 > 0.5*max(left.size, 1) {
				runs = false
				break
			}
			runs = true
		}
		spanned := !parted && runs
		spans[c] = spanned
		some = some || spanned
		all = all && spanned
	}
	if !some || all {
		return nil
	}
	return spans
}

// pdfSpannedCells reads a row's cells with the columns it spans (spans,
// per boundary; pdfSpannedCuts) joined: each line's words across them are
// one cell's line, in the first column of the span; the others stay
// empty, so that the row names the cell once.
func pdfSpannedCells(r []pdfTableLine, widths []float64, spans []bool) [][]string {
	joined := make([]pdfTableLine, len(r))
	wide := slices.Clone(widths)
	for i, l := range r {
		joined[i] = pdfTableLine{y: l.y, cells: make([][]pdfWord, len(l.cells))}
		first := 0 // the first column of the current span
		for c, ws := range l.cells {
			if c > 0 && spans[c-1] {
				joined[i].cells[first] = append(joined[i].cells[first], ws...)
				if i == 0 {
					wide[first] += widths[c]
				}
				continue
			}
			first = c
			joined[i].cells[c] = slices.Clone(ws)
		}
	}
	return pdfRowCells(joined, wide)
}

// pdfFirstCellOnly tells whether a row has text in its first cell and in
// no other.
func pdfFirstCellOnly(cells [][]string) bool {
	return len(cells) > 1 && len(cells[0]) > 0 && !slices.ContainsFunc(cells[1:], func(c []string) bool { return len(c) > 0 })
}

// pdfGroupLabels gives a column group's label to every column of the
// group. A header cell spanning columns (colspan: "Kinderen" over "1–5
// jaar" and "6–11 jaar") is printed as a line of its own above the
// sub-headers, in the first column of the group only, and the reader
// gives it to that column alone: "6–11 jaar" would lack "Kinderen". A
// column's first header lines (head, top to bottom) are such a label when
// a gap wider than a wrapped line (more than 1.25 times pitch, the least
// distance between two lines of a body cell, pdfWrapPitch; without a
// wrapped cell 1.2 times the label's size, a line's usual height) sets
// them apart
// from the column's next header line, its sub-header; the columns right
// of it that have no header text above that sub-header's line and start
// theirs on it are under the label, up to the first that does not, or
// that a vertical rule (vRules, at cuts) parts from the label's column at
// the label's height (a header cell of its own, spanning the rows). A
// line in the first column is no such label: a table's title row ("AXE 1
// – RESSOURCES" over the header of an action plan) spans every column.
func pdfGroupLabels(header [][]string, head []pdfTableLine, cuts []float64, vRules []pdfRule, pitch float64) {
	if len(head) < 2 {
		return
	}
	first := make([]int, len(header)) // per column: its first header line, -1 for none
	for c := range header {
		first[c] = slices.IndexFunc(head, func(l pdfTableLine) bool { return len(l.cells[c]) > 0 })
	}
	parted := func(c int, y float64) bool { // a rule between columns c-1 and c at height y
		return slices.ContainsFunc(vRules, func(r pdfRule) bool {
			return math.Abs(r.pos-cuts[c-1]) <= pdfRuleTol && r.lo-pdfRuleTol <= y && y <= r.hi+pdfRuleTol
		})
	}
	labels := make([][]string, len(header))
	for g := 1; g < len(header); g++ { // not the first column's: a title over the whole table
		if first[g] < 0 {
			continue
		}
		last, sub, n := first[g], -1, 1 // the label's last line, the sub-header's, the label's lines
		wrap := pitch
		if wrap <= 0 {
			wrap = 1.2 * head[last].cells[g][0].size
		}
		for i := first[g] + 1; i < len(head) && sub < 0; i++ {
			switch {
			case len(head[i].cells[g]) == 0:
			case head[last].y-head[i].y > 1.25*wrap,
				// or the rules say so: one parts the column from the next
				// beside the line and none beside the label, a cell drawn
				// across both (a word processor's merged cell, its rows
				// no further apart than a cell's wrapped lines)
				g+1 < len(header) && parted(g+1, head[i].y) && !parted(g+1, head[last].y):
				sub = i
			default:
				last, n = i, n+1
			}
		}
		if sub < 0 || n > len(header[g]) {
			continue
		}
		// the columns beside it whose header starts on the sub-header's
		// line, with nothing above, and no rule parting them from it
		y := head[first[g]].y
		l, r := g, g
		for l > 1 && first[l-1] == sub && !parted(l, y) {
			l--
		}
		for r+1 < len(header) && first[r+1] == sub && !parted(r+1, y) {
			r++
		}
		lo, hi := pdfGroupSpan(head[first[g]:last+1], g, head[sub], l, r)
		if lo < 0 {
			continue
		}
		for c := lo; c <= hi; c++ {
			if c != g {
				labels[c] = header[g][:n]
			}
		}
	}
	for c, l := range labels {
		if l != nil {
			header[c] = append(slices.Clone(l), header[c]...)
		}
	}
}

// pdfGroupSpan returns the columns a group label in column g spans, of
// the candidates l to r around it, or -1 when it spans none beside g: a
// label set flush left with g's sub-header heads g and the columns right
// of it; one centred over sub-headers heads those it is centred over
// (ISO 26262's "Controllability class" over "C1", "C2" and "C3", read
// into the middle one).
func pdfGroupSpan(label []pdfTableLine, g int, sub pdfTableLine, l, r int) (int, int) {
	x0, x1, size := math.Inf(1), math.Inf(-1), 0.0
	for _, line := range label {
		for _, w := range line.cells[g] {
			x0, x1, size = min(x0, w.x0), max(x1, w.x1), max(size, w.size)
		}
	}
	mid, best, lo, hi := (x0+x1)/2, math.Inf(1), -1, -1
	for a := l; a <= g; a++ {
		for b := max(g, a+1); b <= r; b++ {
			s0, s1 := sub.cells[a][0].x0, sub.cells[b][len(sub.cells[b])-1].x1
			// centred on the sub-headers' extent, or on the middle of
			// their centres (sub-headers centred in cells wider than
			// them, under a label centred on the cells)
			c0 := (s0 + sub.cells[a][len(sub.cells[a])-1].x1) / 2
			c1 := (sub.cells[b][0].x0 + s1) / 2
			if d := min(math.Abs((s0+s1)/2-mid), math.Abs((c0+c1)/2-mid)); d <= max(size, 0.1*(s1-s0)) && d < best {
				best, lo, hi = d, a, b
			}
		}
	}
	// a label flush left with g's sub-header heads g and the columns
	// right of it, unless it is centred on columns left of g within half
	// a glyph ("Oraal" over "Dosis" and "Frequentie", a glyph from the
	// latter's start: Chromium's FT-234)
	if len(sub.cells[g]) > 0 && math.Abs(sub.cells[g][0].x0-x0) <= size && !(lo < g && best <= 0.5*size) {
		if r > g {
			return g, r
		}
		return -1, -1
	}
	return lo, hi
}

// pdfWrapPitch returns the least distance between two lines of one cell
// in the rows (each a row's lines): the pitch of a wrapped line, 0 when no
// cell wraps.
func pdfWrapPitch(rows [][]pdfTableLine) float64 {
	pitch := 0.0
	for _, r := range rows {
		if p := pdfCellPitch(r); p > 0 && (pitch == 0 || p < pitch) {
			pitch = p
		}
	}
	return pitch
}

// pdfHeadRule makes the first row of a table found without a header its
// header when a horizontal rule across the table runs between that row and
// the next and none runs between the rows below: the rule a typesetter
// draws under a header (groff's tbl, a word processor's header border)
// whose cells are neither bold nor free of numbers ("Motrexide (tablet 4
// mg; drank 0,8 mg/ml)"). A table with a rule between all its rows shows
// no header so.
func pdfHeadRule(t *pdfTable, rules []pdfRule) {
	if t.header != nil || len(t.lines) < 2 || len(t.rows) != len(t.lines) {
		return
	}
	w := t.x1 - t.x0
	between := func(a, b []pdfTableLine) bool {
		upper, lower := a[len(a)-1].y, b[0].y
		return slices.ContainsFunc(rules, func(r pdfRule) bool {
			return !r.vertical && r.lo <= t.x0+0.1*w && r.hi >= t.x1-0.1*w && r.pos < upper && r.pos > lower
		})
	}
	if !between(t.lines[0], t.lines[1]) {
		return
	}
	for k := 1; k+1 < len(t.lines); k++ {
		if between(t.lines[k], t.lines[k+1]) {
			return
		}
	}
	t.header, t.rows = t.rows[0], t.rows[1:]
	t.rowY, t.rowNotes = t.rowY[1:], t.rowNotes[1:]
	if len(t.group) > 0 {
		t.group = t.group[1:]
	}
	t.lead = t.lines[1][0]
}

// pdfFirstCellGoesOn tells whether line l, the table's last, is the rest
// of the first cell of the line above: it has text in the first column
// only, and its first word, in lower case, would not have fitted after the
// text above it ("≥ 40 kg en" over "volwassenen"). A line of the first
// column alone may be a label over the rows below it, but none follow the
// last line.
func pdfFirstCellGoesOn(prev, l pdfTableLine, shape pdfColumnShape) bool {
	above := prev.cells[0]
	if len(above) < 2 || l.filled() != 1 || len(l.cells[0]) == 0 {
		return false
	}
	last, next := above[len(above)-1], l.cells[0][0]
	r, _ := utf8.DecodeRuneInString(next.text)
	return unicode.IsLower(r) && last.x1+0.2*next.size+(next.x1-next.x0) > shape.rights[0]+0.5
}

// pdfRowStarts tells whether line l, which has text in the first column,
// starts a new row after the lines cur of the row so far, in a table whose
// cells wrap and are set at the top of their rows. The first column may
// wrap too ("fenolastine" over "(tablet 50 mg)"), so text there alone does
// not say. A cell is one unbroken run of lines, so a column that was empty
// on the line above and has text again starts a new cell: a new row.
// Otherwise the line breaks decide, read in the columns whose cells are
// seen to wrap (pdfColumnShape.wraps) and that have text on both lines,
// two words or more on the line above: a
// line of a cell is broken where the next word does not fit, so where the
// first word of l would have fitted after the text above it (up to the
// right end of the column's text over the table), the text above ends in
// leader dots, or the word starts with a capital, that cell ended on the
// line above. The line continues the row only when such columns show a
// line broken for want of room and none shows an end. Without such columns
// (cells of numbers or labels that never wrap: "Beam of light I*" over
// "Beam of light II*" leaves no room for the next label either) every line
// with text in the first column starts a row, as in a table whose cells do
// not wrap.
func pdfRowStarts(cur []pdfTableLine, l pdfTableLine, shape pdfColumnShape) bool {
	return pdfRowStartsAt(cur, l, shape, 0)
}

// pdfRowStartsAt is pdfRowStarts in a table whose rows are set apart by
// padding, pitch being the distance of the lines within a row (0 when the
// rows are not padded): there the distance decides, not the line breaks.
// A line continues the row when it stands one pitch below the line above,
// as in "lumivir-oogzalf" over "1%"; a new row would stand the padding
// further down. The breaks mislead in narrow columns: "meer dan" over "9
// dagen" (a number kept with its unit) left room for "9", and cut
// fenolastine's row in two.
func pdfRowStartsAt(cur []pdfTableLine, l pdfTableLine, shape pdfColumnShape, pitch float64) bool {
	prev := cur[len(cur)-1]
	both, fit := 0, 0
	padded := pitch > 0
	if !padded && l.filled() == len(l.cells) && len(prev.cells[0]) > 0 && pdfStartsUpper(l.cells[0][0].text) {
		// a line with text in every column under a label in the first,
		// its own label in capitals, is a row of its own ("Bewustzijn ·
		// helder · suf · verward" under "Polsfrequentie · < 100/min …"),
		// whatever room the cells above it left
		return true
	}
	for c, ws := range l.cells {
		if len(ws) == 0 {
			continue
		}
		above := prev.cells[c]
		if len(above) == 0 {
			if slices.ContainsFunc(cur, func(x pdfTableLine) bool { return len(x.cells[c]) > 0 }) {
				return true
			}
			continue
		}
		last, next := above[len(above)-1], ws[0]
		if pdfWordBroken(last, next) {
			return false // a word broken over the two lines never spans a row's end
		}
		if !padded && pdfCellOpen(above, ws) {
			both++ // the cell goes on, unless another column shows an end
			continue
		}
		if padded || !shape.wraps[c] || len(above) < 2 {
			continue // a column that never wraps, or one word (a number, a name) that says nothing of the room left
		}
		both++
		if shape.room(c, above, next) >= shape.slack || pdfLeaderEnd(above) || pdfStartsUpper(next.text) {
			fit++
		}
	}
	if both == 0 {
		return !padded || prev.y-l.y > 1.05*pitch
	}
	return fit > 0
}

// pdfCellPitch is the line pitch within a cell: the least distance
// between consecutive lines with text in one column; 0 when no column
// has two.
func pdfCellPitch(s []pdfTableLine) float64 {
	pitch := 0.0
	for c := range s[0].cells {
		prev := math.NaN()
		for _, l := range s {
			if len(l.cells[c]) == 0 {
				continue
			}
			if d := prev - l.y; d > 0 && (pitch == 0 || d < pitch) {
				pitch = d
			}
			prev = l.y
		}
	}
	return pitch
}

// pdfCentredKey tells whether line l, with text in the first column,
// holds cells merged over two rows and centred on them: it stands between
// line prev and line next, one line pitch apart, less than three quarters
// of a pitch under prev, and prev leaves empty each column l has text in,
// the first among them
// ("saltrevol" and its "geen" half a line below its aerosol's row and
// above its inhaler's, as LaTeX's multirow and pandoc set a rowspan). The
// line above it is then its first row's, not the rest of the row before.
func pdfCentredKey(prev, l, next pdfTableLine, pitch float64) bool {
	if pitch == 0 || len(l.cells[0]) == 0 || prev.y-l.y >= 0.75*pitch || math.Abs(prev.y-next.y-pitch) > 0.25*pitch {
		return false
	}
	for c, ws := range l.cells {
		if len(ws) > 0 && len(prev.cells[c]) > 0 {
			return false
		}
	}
	return true
}

// pdfBottomCellsEnd tells whether line l ends the row of lines cur as
// the last line of a row whose cells are set at the bottom, as a header
// often is ("Bij" over "nierfunc-" over "tiestoornis" beside "Middel" on
// the last line only): no line of cur has text in the first column, each
// leaves two columns empty or more, and l has text in every column. A
// header whose first cell alone is empty ("· Volwassenen · Kinderen")
// over a row that fills them all is a row of its own. pdfFillTable asks
// only where rows follow l: a header alone at a page's foot stays
// lines apart, for pdfHeaderAlone to find.
func pdfBottomCellsEnd(cur []pdfTableLine, l pdfTableLine) bool {
	if l.filled() < len(l.cells) {
		return false
	}
	for _, x := range cur {
		if len(x.cells[0]) > 0 || x.filled() > len(x.cells)-2 {
			return false
		}
	}
	return true
}

// pdfPaddedPitch returns the line pitch of a segment of a table whose rows
// are set apart by padding, or 0. The lines that surely start a row are
// those where the first column has text again after a line that left it
// empty, past the first line with text there (the header, whose cells may
// stand at the bottom of their row); the rows are padded when there is one
// at least and each stands more than 1.15 pitches below the line above
// (the pitch being the segment's usual smallest distance between lines):
// padding, not the jitter of baselines, which stays within a few
// hundredths of a line.
func pdfPaddedPitch(s []pdfTableLine) float64 {
	pitch := pdfTablePitch(s, 0)
	seen, sure := false, 0
	for i, l := range s {
		if len(l.cells[0]) == 0 {
			continue
		}
		if seen && i > 0 && len(s[i-1].cells[0]) == 0 {
			if s[i-1].y-l.y <= 1.15*pitch {
				return 0
			}
			sure++
		}
		seen = true
	}
	if sure == 0 && !pdfPaddedByGaps(s, pitch) {
		return 0
	}
	return pitch
}

// pdfPaddedByGaps tells whether the rows of a segment are padded when no
// line surely starts a row (the first column wraps in every row that
// wraps: "Polsfrequenti" over "e"): every distance between lines is either
// one pitch (within 1.05) or more than 1.15 pitches; the lines set further
// apart all have text in the first column, two at least and no fewer than
// the lines one pitch apart that have; and every line one pitch below the
// line above leaves half its columns empty or more, a wrapped cell's rest,
// not a row. Or else the first cells wrap (keysWrap): each row's first
// line starts its first cell with a capital, 1.4 pitches or more below the
// line above, and no line one pitch below does.
func pdfPaddedByGaps(s []pdfTableLine, pitch float64) bool {
	wide, narrowFirst, full := 0, 0, false
	// keysWrap: every line set further apart starts its first cell with a
	// capital and stands 1.4 pitches below or more, and every line one
	// pitch below that has first-column text goes on the cell above (no
	// capital): a first column of names that wrap in every row ("Moravoxine"
	// over "(eerste keus;" over "tablet 250 mg,", pdfLaTeX's FT-231), whose
	// rows are padded however full their wrapped lines
	keysWrap := true
	for i := 1; i < len(s); i++ {
		gap, l := s[i-1].y-s[i].y, s[i]
		switch {
		case gap > 1.15*pitch:
			if len(l.cells[0]) == 0 {
				return false
			}
			wide++
			keysWrap = keysWrap && gap >= 1.4*pitch && pdfStartsUpper(l.cells[0][0].text)
		case gap <= 1.05*pitch:
			full = full || 2*l.filled() > len(l.cells)
			if len(l.cells[0]) > 0 {
				narrowFirst++
				keysWrap = keysWrap && !pdfStartsUpper(l.cells[0][0].text)
			}
		default:
			return false
		}
	}
	return wide >= 2 && (wide >= narrowFirst && !full || keysWrap && len(s[0].cells[0]) > 0 && pdfStartsUpper(s[0].cells[0][0].text))
}

// pdfColumnShape is what pdfRowStarts reads of a table's columns: the
// right end of each column's text over the table, and whether the column's
// cells are seen to wrap: it has text on a line that leaves the first
// column empty, past the table's first row (whose header may wrap while
// the rest of the table does not).
type pdfColumnShape struct {
	rights []float64
	wraps  []bool
	slack  float64 // the least room after a line that says its cell ended: 0, or more (slackOf)
}

// room is what is left of column c after the line above and the first word
// of the line below set after it: 0 or more when that word would have
// fitted.
func (sh pdfColumnShape) room(c int, above []pdfWord, next pdfWord) float64 {
	return sh.rights[c] + 0.5 - (above[len(above)-1].x1 + pdfSpaceIn(above) + (next.x1 - next.x0))
}

func pdfShapeOf(segs [][]pdfTableLine, cols int) pdfColumnShape {
	sh := pdfColumnShape{rights: make([]float64, cols), wraps: make([]bool, cols)}
	for c := range sh.rights {
		sh.rights[c] = math.Inf(-1)
	}
	starts := 0 // lines with text in the first column so far
	for _, s := range segs {
		for _, l := range s {
			if len(l.cells[0]) > 0 {
				starts++
			}
			for c, ws := range l.cells {
				if len(ws) > 0 && len(l.cells[0]) == 0 && starts >= 2 {
					sh.wraps[c] = true
				}
				for _, w := range ws {
					sh.rights[c] = max(sh.rights[c], w.x1)
				}
			}
		}
	}
	sh.slackOf(segs)
	return sh
}

// pdfSpaceIn is the width of a word space on a cell's line: the smallest
// gap between its words, at least a fifth of an em and at most a third
// (a font's space; a justified line stretches its gaps beyond it), a
// fifth of an em when the line holds one word. TeX's "2–12 jaar:" left
// room for "1" after a fifth of an em, not after its own space of 0.32.
func pdfSpaceIn(ws []pdfWord) float64 {
	size := 0.0
	for _, w := range ws {
		size = max(size, w.size)
	}
	gap := math.Inf(1)
	for i := 1; i < len(ws); i++ {
		gap = min(gap, ws[i].x0-ws[i-1].x1)
	}
	return min(max(gap, 0.2*size), size/3)
}

// pdfWordBroken tells whether the word ending a cell's line is broken
// off by a hyphen and goes on at the start of the next line: a letter
// and a hyphen, then a word in lower case ("gereg-" over "istreerd").
// Such a line ends for want of room, and the cell goes on.
func pdfWordBroken(last, next pdfWord) bool {
	t := []rune(last.text)
	if len(t) < 3 || t[len(t)-1] != '-' || !unicode.IsLetter(t[len(t)-2]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next.text)
	return unicode.IsLower(r)
}

// pdfCellOpen tells whether a cell's line leaves its cell open for the
// cell's words below it: a bracket it opens and the line below closes
// ("(capsule 75" over "mg)"), or a lead-in colon before a word in lower
// case ("eGFR 30–59:" over "maximaal 1 dd 150 mg"; a lone letter is an
// item's label). The cell's text does not end there, whatever room the
// line left; another column that shows its cell ended still starts a row.
func pdfCellOpen(above, below []pdfWord) bool {
	open := 0
	for _, w := range above {
		open += strings.Count(w.text, "(") - strings.Count(w.text, ")")
	}
	if open > 0 {
		for _, w := range below {
			if o, c := strings.Index(w.text, "("), strings.Index(w.text, ")"); c >= 0 && (o < 0 || c < o) {
				return true
			}
		}
	}
	r, n := utf8.DecodeRuneInString(below[0].text)
	return strings.HasSuffix(above[len(above)-1].text, ":") && unicode.IsLower(r) && n < len(below[0].text)
}

// slackOf sets the room the typesetter leaves where a cell surely goes
// on: on each line that leaves the first column empty, past the table's
// first line with text there, under a line of two words or more in the
// same column (a hyphen-broken word aside) and starting no item of its
// own (pdfCellItemStart), the most room the column had for that line's
// first word. A word processor fills each line as far as
// the next word allows, leaving no such room; TeX weighs the breaks of a
// whole paragraph and may break "start 1 dd" before "10" with room for
// it. The room that says a cell has ended must then be wider than that,
// up to an em: wider room where a cell goes on is no typesetter's slack
// but text that is no table (two columns of prose, an index), whose lines
// the fit still reads as rows.
func (sh *pdfColumnShape) slackOf(segs [][]pdfTableLine) {
	starts := 0
	for _, s := range segs {
		for i, l := range s {
			if len(l.cells[0]) > 0 {
				starts++
				continue
			}
			if i == 0 || starts == 0 {
				continue
			}
			for c, ws := range l.cells {
				above := s[i-1].cells[c]
				if len(ws) == 0 || len(above) < 2 || pdfWordBroken(above[len(above)-1], ws[0]) || pdfCellItemStart(ws[0].text) {
					continue
				}
				if room := min(sh.room(c, above, ws[0]), ws[0].size); room >= sh.slack {
					sh.slack = math.Nextafter(room, math.Inf(1))
				}
			}
		}
	}
}

// pdfCellItemStart tells whether a word may start a line of its own in a
// cell, after a break the writer made rather than the typesetter ("2–6
// jaar: …" under "5 mg", "Kinderen: …", "• …"): it starts with a capital,
// a digit or a list marker. A line wrapped for want of room goes on in
// lower case or with a sign ("< 2 jaar").
func pdfCellItemStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("•·‣◦▪–—-*", r)
}

// pdfStartsUpper tells whether a word starts with an upper-case letter, as
// a cell starts more often than a wrapped line goes on.
func pdfStartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// pdfLeaderEnd tells whether a cell's line ends in leader dots ("Totaal
// ......"): such a line runs to the column's end by design, not for want
// of room, and ends its cell.
func pdfLeaderEnd(ws []pdfWord) bool {
	t := ws[len(ws)-1].text
	return strings.HasSuffix(t, "..") || strings.HasSuffix(t, "…") ||
		t == "." && len(ws) > 1 && ws[len(ws)-2].text == "."
}

// pdfOneRow tells whether the lines of a segment make one row: every line
// after the first continues the cells above it (pdfRowStarts).
func pdfOneRow(s []pdfTableLine, shape pdfColumnShape) bool {
	for i := 1; i < len(s); i++ {
		if len(s[i].cells[0]) > 0 && pdfRowStarts(s[:i], s[i], shape) {
			return false
		}
	}
	return true
}

func pdfAllFull(s []pdfTableLine, cols int) bool {
	for _, l := range s {
		if l.filled() < cols {
			return false
		}
	}
	return true
}

// pdfRowCells renders a row's cells as lines of text. A line that is one
// word filling the column's whole width, followed by a line starting with a
// lower-case fragment of at most three letters, is a word too long for the
// column, broken without a hyphen (LibreOffice does this): it gets a soft
// hyphen, so joining the lines mends the word. A longer next word is more
// likely a line break of the source ("nordaxilline" / "capsule 200 mg"),
// and so is a preposition, article or conjunction that is no word's ending
// ("30 mg/kg/dag" / "in 3 giften": a dose, not "dagin"; pdfWrapWords).
func pdfRowCells(r []pdfTableLine, widths []float64) [][]string {
	out := make([][]string, len(widths))
	var last []*pdfWord // per column: the single word of its previous line
	last = make([]*pdfWord, len(widths))
	for _, l := range r {
		for c, ws := range l.cells {
			if len(ws) == 0 {
				continue
			}
			parts := make([]string, len(ws))
			for i, w := range ws {
				parts[i] = w.text
			}
			if p := last[c]; p != nil && p.x1-p.x0 >= 0.9*widths[c] && pdfStartsLower(ws[0].text) &&
				utf8.RuneCountInString(ws[0].text) <= 3 && !strings.HasSuffix(p.text, "-") && !pdfWrapWords[ws[0].text] {
				out[c][len(out[c])-1] += "\u00ad"
			}
			last[c] = nil
			if len(ws) == 1 {
				last[c] = &ws[0]
			}
			out[c] = append(out[c], normalizeLine(strings.Join(parts, " ")))
		}
	}
	return out
}

// pdfWrapWords are short Dutch words that start a wrapped line but end no
// word: prepositions, articles, conjunctions and adverbs. Not "en", "de",
// "te", "er", "is", "al", "na" or "om", which also end words
// ("Volwassen" / "en", "diagnos" / "is", "angi" / "na", "sympto" / "om").
var pdfWrapWords = map[string]bool{
	"in": true, "op": true, "of": true, "bij": true, "tot": true, "per": true, "met": true, "van": true,
	"het": true, "een": true, "aan": true, "uit": true, "als": true, "dan": true, "dat": true, "die": true,
	"ook": true, "wel": true, "nog": true, "wat": true, "wie": true, "zo": true, "nu": true,
}

// pdfColumnWidths returns the width of each column's text: from the
// leftmost start to the rightmost end of its words over the whole table.
func pdfColumnWidths(rows [][]pdfTableLine, cols int) []float64 {
	lo, hi := make([]float64, cols), make([]float64, cols)
	for c := range cols {
		lo[c], hi[c] = math.Inf(1), math.Inf(-1)
	}
	for _, r := range rows {
		for _, l := range r {
			for c, ws := range l.cells {
				for _, w := range ws {
					lo[c], hi[c] = min(lo[c], w.x0), max(hi[c], w.x1)
				}
			}
		}
	}
	out := make([]float64, cols)
	for c := range cols {
		out[c] = max(hi[c]-lo[c], 0)
	}
	return out
}

// pdfBoldCount returns the bold glyphs and all glyphs of a row.
func pdfBoldCount(r []pdfTableLine) (int, int) {
	b, n := 0, 0
	for _, l := range r {
		for _, c := range l.cells {
			for _, w := range c {
				b += w.bold
				n += w.n
			}
		}
	}
	return b, n
}

// pdfRowBold tells whether nearly all of a row is set in bold.
func pdfRowBold(r []pdfTableLine) bool {
	b, n := pdfBoldCount(r)
	return n > 0 && b*10 >= n*9
}

// pdfIsHeader tells whether the first row is a header: set in bold where the
// body is not, or every cell filled with short text without digits.
func pdfIsHeader(rows [][]pdfTableLine, cells [][][]string) bool {
	hb, hn := pdfBoldCount(rows[0])
	bb, bn := 0, 0
	for _, r := range rows[1:] {
		b, n := pdfBoldCount(r)
		bb += b
		bn += n
	}
	if hn > 0 && hb*10 >= hn*9 && bb*2 < bn {
		return true
	}
	if len(rows) < 3 {
		return false
	}
	digits, bare := 0, 0 // the first row's cells with a digit, and with nothing else
	for _, c := range cells[0] {
		text := strings.Join(c, " ")
		words, digit := len(strings.Fields(text)), strings.ContainsAny(text, "0123456789")
		if text == "" || words > 6 || words > 4 && !digit { // a range may take a word more ("Ouderen (75 jaar en ouder)")
			return false
		}
		if digit {
			digits++
			if !slices.ContainsFunc(strings.Fields(text), func(w string) bool { return !strings.ContainsAny(w, "0123456789") }) {
				bare++
			}
		}
	}
	if digits == 0 {
		return true
	}
	// A header over numbers may name ranges in its cells ("Ouderen (75
	// jaar en ouder)", "Volwassenen en kinderen vanaf 1 jaar" beside
	// "Kinderen jonger dan 1 jaar"): the first row is the header when at
	// most half of its cells hold a digit, none of them a bare number
	// when more than one does (a header names its columns; "304" beside
	// "signature 120" is an index's data), and every row below holds
	// digits in most of its filled cells.
	if 2*digits > len(cells[0]) || digits > 1 && bare > 0 {
		return false
	}
	for _, r := range cells[1:] {
		filled, numbered := 0, 0
		for _, c := range r {
			text := strings.Join(c, " ")
			if text != "" {
				filled++
			}
			if strings.ContainsAny(text, "0123456789") {
				numbered++
			}
		}
		if 2*numbered <= filled {
			return false
		}
	}
	return true
}

// pdfBottomHeader tells whether the first row is a header set at the
// bottom of its row above rows set at the top of theirs, as a word
// processor sets a table's header cells ("Verminder" over "de" over
// "nierfunctie" beside "Middel" on the last line only): every cell of the
// first row has text on its last line and some cell starts below its
// first line, while every cell of the rows below, two at least, starts on
// its row's first line. Body rows set so are no header.
func pdfBottomHeader(rows [][]pdfTableLine) bool {
	if len(rows) < 3 || len(rows[0]) < 2 {
		return false
	}
	head, last := rows[0], rows[0][len(rows[0])-1]
	if last.filled() < len(last.cells) || head[0].filled() == len(head[0].cells) {
		return false
	}
	for _, r := range rows[1:] {
		for c := range r[0].cells {
			if len(r[0].cells[c]) == 0 && slices.ContainsFunc(r[1:], func(l pdfTableLine) bool { return len(l.cells[c]) > 0 }) {
				return false
			}
		}
	}
	return true
}

// pdfTakeTable finds the table's caption, removes the table's and caption's
// words from the rows and puts a marker row (a word with table k) in their
// place.
func pdfTakeTable(rows []pdfRow, t *pdfTable, body float64, k int) []pdfRow {
	pdfBoldHeaderAbove(rows, t, body)
	markY := t.top
	if capRows, y := pdfFindCaption(rows, t, body, true); capRows != nil {
		rows, t.caption, markY = pdfTakeCaption(rows, capRows, t), pdfCaptionLines(capRows), y
		rows = pdfTakeHeaderAbove(rows, t, markY)
	} else if capRows, _ := pdfFindCaption(rows, t, body, false); capRows != nil {
		rows, t.caption, t.captionBelow = pdfTakeCaption(rows, capRows, t), pdfCaptionLines(capRows), true
	}
	var out []pdfRow
	var sizes []float64 // of the table's words
	marked := false
	mark := pdfRow{y: markY, size: body, words: []pdfWord{{x0: t.x0, x1: t.x1, y: markY, size: body, table: k}}}
	for _, r := range rows {
		if !marked && r.y < markY {
			out, marked = append(out, mark), true
		}
		if r.y > t.bottom && r.y < t.top {
			r.words = slices.DeleteFunc(slices.Clone(r.words), func(w pdfWord) bool {
				c := (w.x0 + w.x1) / 2
				in := c > t.x0 && c < t.x1 && w.table == 0
				if in {
					sizes = append(sizes, w.size)
				}
				return in
			})
			if len(r.words) == 0 {
				continue
			}
		}
		out = append(out, r)
	}
	if !marked {
		out = append(out, mark)
	}
	t.marker = k
	t.atTop = out[0].words[0].table == k
	var cellSize float64 // the type most of the table's words are set in
	if len(sizes) > 0 {
		slices.Sort(sizes)
		cellSize = sizes[len(sizes)/2]
	}
	// At the foot of its page when nothing follows it but lines in a
	// smaller type than the table's and the body's: a "vervolg op
	// volgende pagina" set under the table, the page's footnotes (FT-37's
	// longtable). Lines in the table's type may be rows not read as its
	// (FT-22's).
	t.atFoot = true
	small := min(body, cellSize)
	for i := len(out) - 1; i >= 0 && out[i].words[0].table != k; i-- {
		if small == 0 || out[i].size >= 0.95*small {
			t.atFoot = false
			break
		}
	}
	return out
}

// pdfBoldHeaderAbove gives a table found without a header the lines in
// bold right above it as its header, when every word of them stands in
// one of its columns and each column gets a word: HTML's th, bold and
// centred in a header row that cell padding sets apart from the body
// (LibreOffice Writer/Web), so the search, which joins rows a line or so
// apart, left it out. The lines may stand half a line apart (cells
// centred in the header row's height) and the nearest within pdfEdgeGap
// ems of the table's first line. A grouping cell over two columns
// ("Kinderen" over "1–5 jaar" and "6–11 jaar") joins the column it
// starts in. The table's top moves up to the header, so its rows leave
// the text and a caption is looked for above it.
func pdfBoldHeaderAbove(rows []pdfRow, t *pdfTable, body float64) {
	if t.header != nil || len(t.colX) < 3 || len(t.rows) == 0 {
		return
	}
	first := math.Inf(-1) // the baseline of the table's first line
	for _, r := range rows {
		if r.y < t.top && r.y > t.bottom {
			first = max(first, r.y)
		}
	}
	var head []pdfRow // bottom up
	prev := first
	for k := len(rows) - 1; k >= 0; k-- {
		r := rows[k]
		if r.y <= first {
			continue
		}
		limit := 1.5 * r.size
		if len(head) == 0 {
			limit = pdfEdgeGap * max(body, r.size)
		}
		if r.y-prev > limit || !pdfWordsBold(r.words) ||
			slices.ContainsFunc(r.words, func(w pdfWord) bool { return w.table != 0 || t.headerColumn(w) < 0 }) ||
			!t.headerGaps(r.words) {
			break
		}
		head, prev = append(head, r), r.y
	}
	if len(head) == 0 {
		return
	}
	top := head[len(head)-1]
	slices.Reverse(head)
	if cells := t.headerCells(head); cells != nil {
		lines := make([]pdfTableLine, len(head))
		for i, r := range head {
			lines[i] = pdfTableLine{y: r.y, cells: make([][]pdfWord, len(t.colX))}
			for _, w := range r.words {
				if c := t.headerColumn(w); c >= 0 {
					lines[i].cells[c] = append(lines[i].cells[c], w)
				}
			}
		}
		pdfGroupLabels(cells, lines, nil, nil, pdfWrapPitch(t.lines))
		t.header, t.top = cells, top.y+0.8*top.size
	}
}

// headerCells returns the lines of header rows (top down) per column of
// the table, each row a line of every column it has words in, or nil when
// a column gets none: a header names every column.
func (t *pdfTable) headerCells(rows []pdfRow) [][]string {
	cells := make([][]string, len(t.colX))
	for _, r := range rows {
		line := make([][]string, len(t.colX))
		for _, w := range r.words {
			if c := t.headerColumn(w); c >= 0 {
				line[c] = append(line[c], w.text)
			}
		}
		for c, ws := range line {
			if len(ws) > 0 {
				cells[c] = append(cells[c], normalizeLine(strings.Join(ws, " ")))
			}
		}
	}
	if slices.ContainsFunc(cells, func(ls []string) bool { return len(ls) == 0 }) {
		return nil
	}
	return cells
}

// headerColumn returns the column of the table a header word stands in,
// or -1 when it stands outside the table or across a column's edge. A
// header cell may be wider than the cells below it: the last column's runs
// past the table's text ("Volwassenen en kinderen").
func (t *pdfTable) headerColumn(w pdfWord) int {
	col := -1
	for i, x := range t.colX {
		if w.x0 >= x-pdfEdgeTol {
			col = i
		}
	}
	if w.x0 < t.x0 || col+1 < len(t.colX) && w.x1 > t.columnStart(col+1) {
		return -1
	}
	return col
}

// headerGaps tells whether the words of a header line that stand in
// different columns are set apart by more than a word space: a title or
// caption in bold across the columns ("Table I.1/T.4 – Horizontal
// losses") runs on with word spaces.
func (t *pdfTable) headerGaps(ws []pdfWord) bool {
	for k := 1; k < len(ws); k++ {
		if t.headerColumn(ws[k]) != t.headerColumn(ws[k-1]) && ws[k].x0-ws[k-1].x1 < 0.5*ws[k].size {
			return false
		}
	}
	return true
}

// columnStart returns where the text of column c begins: the left end of
// its leftmost word in the table's lines, or its cut when it has none. A
// header cell may be wider than the column's cells, up to there.
func (t *pdfTable) columnStart(c int) float64 {
	start := math.Inf(1)
	for _, r := range t.lines {
		for _, l := range r {
			if ws := l.cells[c]; len(ws) > 0 {
				start = min(start, ws[0].x0)
			}
		}
	}
	if math.IsInf(start, 1) {
		return t.colX[c]
	}
	return start
}

// pdfLabelOver gives a line taken above a header (lines: its words per
// column, already prepended to their columns' headers) to the columns
// beside its own when it is one label whose words run over the header
// text of two or more adjacent columns: a group label centred over its
// sub-headers ("Dosering" over "Volwassenen" and "Kinderen"), which the
// column of its middle took alone. The upper line of a header cell set
// higher than the others stands over its own column's text only.
func pdfLabelOver(t *pdfTable, ws []pdfWord, lines [][]string) {
	if len(t.lines) == 0 || len(ws) == 0 {
		return
	}
	own := -1
	for c, l := range lines {
		if len(l) > 0 {
			if own >= 0 {
				return // words in two columns: no single label
			}
			own = c
		}
	}
	x0, x1 := ws[0].x0, ws[len(ws)-1].x1
	var over []int
	for c := range t.header {
		if slices.ContainsFunc(t.lines[0], func(l pdfTableLine) bool {
			return c < len(l.cells) && slices.ContainsFunc(l.cells[c], func(w pdfWord) bool { return w.x0 < x1 && w.x1 > x0 })
		}) {
			over = append(over, c)
		}
	}
	if len(over) < 2 || over[len(over)-1]-over[0] != len(over)-1 || !slices.Contains(over, own) {
		return
	}
	for _, c := range over {
		if c != own {
			t.header[c] = append([]string{t.header[own][0]}, t.header[c]...)
		}
	}
}

// pdfTakeHeaderAbove moves a line between the caption (at capY) and the
// table into the header when each of its words stands over a column and
// it stands a line above the table's first (its baseline within 1.5 of its
// size): the upper line of a header cell set higher than the
// others ("Verminder" over "de nierfunctie" beside two-line cells, a Word
// table's wrapped header), which neither the caption nor the table took.
// A title set further apart ("TERMINAL ROUTES" over a chart's "FROM")
// stays where it is.
func pdfTakeHeaderAbove(rows []pdfRow, t *pdfTable, capY float64) []pdfRow {
	if t.header == nil || len(t.colX) != len(t.header) {
		return rows
	}
	column := func(w pdfWord) int {
		c := (w.x0 + w.x1) / 2
		if c <= t.x0 || c >= t.x1 {
			return -1
		}
		col := -1
		for i, x := range t.colX {
			if c >= x {
				col = i
			}
		}
		return col
	}
	first := math.Inf(-1) // the baseline of the table's first line
	for _, r := range rows {
		if r.y < t.top && r.y > t.bottom {
			first = max(first, r.y)
		}
	}
	var out []pdfRow
	for i, r := range rows {
		if r.y <= t.top || r.y >= capY || r.y-first > 1.5*r.size || len(r.words) == 0 ||
			slices.ContainsFunc(r.words, func(w pdfWord) bool { return w.table != 0 || column(w) < 0 }) {
			out = append(out, r)
			continue
		}
		lines := make([][]string, len(t.header))
		for _, w := range r.words {
			c := column(w)
			lines[c] = append(lines[c], w.text)
		}
		for c, ws := range lines {
			if len(ws) > 0 {
				t.header[c] = append([]string{normalizeLine(strings.Join(ws, " "))}, t.header[c]...)
			}
		}
		pdfLabelOver(t, r.words, lines)
		out = append(out, rows[i+1:]...)
		return out
	}
	return out
}

// pdfCaptionGroup is the words of a row that lie near the table horizontally.
type pdfCaptionGroup struct {
	y     float64
	words []pdfWord
}

// pdfFindCaption looks for a caption right above (or below) the table: the
// nearest line, or two lines, one of them starting with a label and number
// ("Tabel 2 Dosering …"). It returns the caption's rows, top first, and the
// baseline of its first line.
func pdfFindCaption(rows []pdfRow, t *pdfTable, body float64, above bool) ([]pdfCaptionGroup, float64) {
	var near []pdfCaptionGroup
	edge := t.bottom
	if above {
		edge = t.top
	}
	for i := range rows {
		r := rows[i]
		if above {
			r = rows[len(rows)-1-i] // bottom-up
		}
		d := r.y - edge
		if !above {
			d = edge - r.y
		}
		if d <= 0 || d > 3*body+float64(len(near))*1.6*r.size {
			continue
		}
		g := pdfNearWords(r, t)
		if len(g) == 0 {
			continue // a line of another column
		}
		near = append(near, pdfCaptionGroup{y: r.y, words: g})
		if len(near) == 2 {
			break
		}
	}
	for n := 1; n <= len(near); n++ {
		first := near[n-1] // above: the topmost of the n lines
		if !above {
			first = near[0]
		}
		k := pdfCaptionStart(first.words)
		if k >= 0 {
			capRows := slices.Clone(near[:n])
			if above {
				capRows[n-1].words = first.words[k:]
			} else {
				capRows[0].words = first.words[k:]
			}
			if above {
				slices.Reverse(capRows)
				if n > 1 && !pdfCaptionGoesOn(capRows[0].words, capRows[1].words) {
					capRows = capRows[:1]
				}
			} else if n > 1 {
				capRows = capRows[:1] // a caption below is one line unless it continues
			}
			return capRows, capRows[0].y
		}
	}
	return nil, 0
}

// pdfCaptionStart returns where a caption starts in a line's words: 0
// when the line starts with a caption's label ("Tabel 2 …"), or past a
// numbered heading set before it on the same line, an em or more apart
// ("4.3.2 Dosering", as XeLaTeX set a heading beside a table's caption);
// -1 when there is none. "zie Tabel 2 voor …" in a sentence has a word
// space before its label, and a footer's "Cat. No. 13804A   Form 7004"
// or a column of prose beside "Boeing 737 …" no heading.
func pdfCaptionStart(ws []pdfWord) int {
	for k := range ws {
		if k > 0 && (k > 6 || ws[k].x0-ws[k-1].x1 < 0.9*max(ws[k].size, 1) || !pdfNumbering.MatchString(pdfWordsText(ws[:k]))) {
			continue
		}
		if pdfCaptionRE.MatchString(pdfWordsText(ws[k:])) && !pdfFigureLabel(ws[k].text) {
			return k
		}
	}
	return -1
}

// pdfCaptionGoesOn tells whether the line under a caption's first line
// continues it: it starts where the caption starts, or is centred with it
// (within two glyph sizes), or takes the rest of a word the caption's line
// breaks off ("sin-" over "telhuidziekte"). A header cell's upper line set above the other
// header cells ("Verminder" over "de nierfunctie", a Word table's wrapped
// header) lies over its own column, neither flush nor centred with the
// caption, and stays out of it.
func pdfCaptionGoesOn(caption, next []pdfWord) bool {
	if len(caption) == 0 || len(next) == 0 {
		return false
	}
	if pdfWordBroken(caption[len(caption)-1], next[0]) {
		return true
	}
	tol := 2 * max(caption[0].size, 1)
	c0, c1 := caption[0].x0, caption[len(caption)-1].x1
	n0, n1 := next[0].x0, next[len(next)-1].x1
	return math.Abs(n0-c0) <= tol || math.Abs((n0+n1)/2-(c0+c1)/2) <= tol
}

// pdfNearWords returns the words of r that belong with the table: split at
// wide gaps (the columns of the page), the groups that overlap the table's
// extent, or when none does, the nearest group to its left within half the
// table's width (a caption set flush left above a centred table).
func pdfNearWords(r pdfRow, t *pdfTable) []pdfWord {
	var over, left []pdfWord
	start := 0
	for i := 1; i <= len(r.words); i++ {
		if i < len(r.words) && r.words[i].x0-r.words[i-1].x1 < 1.5*max(r.size, 1) {
			continue
		}
		g := r.words[start:i]
		start = i
		x0, x1 := g[0].x0, g[len(g)-1].x1
		switch {
		case g[0].table != 0:
		case x0 < t.x1 && x1 > t.x0:
			over = append(over, g...)
		case x1 <= t.x0 && x1 > t.x0-(t.x1-t.x0)/2:
			left = g
		}
	}
	if over != nil {
		return over
	}
	return left
}

func pdfWordsText(ws []pdfWord) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

func pdfCaptionLines(g []pdfCaptionGroup) []string {
	out := make([]string, len(g))
	for i, c := range g {
		out[i] = normalizeLine(pdfWordsText(c.words))
	}
	return out
}

// pdfTakeCaption removes the caption's words from the rows.
func pdfTakeCaption(rows []pdfRow, caps []pdfCaptionGroup, t *pdfTable) []pdfRow {
	var out []pdfRow
	for _, r := range rows {
		for _, c := range caps {
			if c.y == r.y {
				r.words = slices.DeleteFunc(slices.Clone(r.words), func(w pdfWord) bool {
					return slices.ContainsFunc(c.words, func(cw pdfWord) bool { return cw.x0 == w.x0 && cw.text == w.text })
				})
			}
		}
		if len(r.words) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// pdfAlignedTable finds the first run of unruled lines that share at least
// two whitespace gutters (three or more columns) and whose cells are short.
//
// Every row starts a run, and runs overlap, so the work per run must not
// grow with the words of its rows: each row's free spans and word order are
// computed once, a run's rows are split into columns by binary search
// without copying words, and the cheap counts (filled lines, long cells)
// reject a run before the alignment tests look at its words. A page of
// 65,000 glyphs in three columns took 7× pdftotext before
// (BenchmarkPDFGlyphPage, issue 14).
func pdfAlignedTable(rows []pdfRow, body float64) (pdfTable, bool) {
	left, right := math.Inf(1), math.Inf(-1)
	for _, r := range rows {
		left, right = min(left, r.words[0].x0), max(right, r.words[len(r.words)-1].x1)
	}
	page := pdfSpan{left, right}
	minGap := pdfAlignedMinGap(body)
	free := pdfFreeSpansAll(rows, page, minGap)
	sorted := make([]bool, len(rows))
	for k, r := range rows {
		sorted[k] = pdfMiddlesSorted(r.words)
	}
	spread := pdfLineSpread(rows, free, page, body)
	var bufs [2][]pdfSpan
	for i := 0; i+2 < len(rows); i++ {
		j, cuts := pdfAlignedRun(rows, free, i, page, minGap, body, spread, 2, &bufs)
		if j-i+1 < 3 || len(cuts) < 2 {
			continue
		}
		// A header line that leaves the first columns empty (a word
		// processor sets header cells at the bottom of the header row,
		// "Maximale" over "dosis") has no gap where the rows below have
		// their first gutters: the gutters of the rows below are tried
		// first, with the header line when it crosses none of them.
		type run struct {
			j    int
			cuts []float64
		}
		runs := []run{{j, cuts}}
		if i+1 < len(rows) && rows[i].words[0].x0 > rows[i+1].words[0].x0+body {
			if j2, cuts2 := pdfAlignedRun(rows, free, i+1, page, minGap, body, spread, 2, &bufs); j2-i+1 >= 3 && len(cuts2) > len(cuts) && !pdfRowAcross(rows[i], cuts2) {
				runs = []run{{j2, cuts2}, {j, cuts}}
			}
		}
		for _, r := range runs {
			if h, j2, cuts2, ok := pdfGrowAtEdges(rows, sorted, i, r.j, r.cuts, body, spread); ok {
				if t, ok := pdfAlignedAt(rows, sorted, h, j2, cuts2, body, spread); ok {
					return t, true
				}
			}
			if t, ok := pdfAlignedAt(rows, sorted, i, r.j, r.cuts, body, spread); ok {
				return t, true
			}
		}
	}
	return pdfCaptionedPairTable(rows, free, sorted, page, minGap, body, spread, &bufs)
}

// pdfGutterAt tells whether a row with words on both sides of x leaves a
// gutter there: a gap wider than minGap and than a word space of its own
// size (a heading set large spaces its words wider than minGap).
func pdfGutterAt(r pdfRow, x, minGap float64) bool {
	m := slices.IndexFunc(r.words, func(w pdfWord) bool { return w.x0 > x })
	return m > 0 && r.words[m-1].x1 < x && r.words[m].x0-r.words[m-1].x1 >= max(minGap, 0.8*r.size)
}

// pdfCaptionedPairTable finds a table of two columns without rules: the
// rows right under a caption ("Tabel 1. Dosering mytilaxol" over "Groep |
// Dosering") that share one gutter. One gutter is what a two-column page
// shares too, so the caption and the text around the table decide: no row
// of the three above the caption or below the run has words on both sides
// of the gutter without running across it (on a two-column page every row
// does), and one of them runs across it (the page is one column there).
// Read as two columns instead, each row's dose ends up in a paragraph of
// doses apart from its population, and the header cells become headings.
func pdfCaptionedPairTable(rows []pdfRow, free [][]pdfSpan, sorted []bool, page pdfSpan, minGap, body, spread float64, bufs *[2][]pdfSpan) (pdfTable, bool) {
	for k := 0; k+3 < len(rows); k++ {
		if rows[k].words[0].table != 0 || !pdfCaptionRE.MatchString(rows[k].text()) {
			continue
		}
		i := k + 1
		j, cuts := pdfAlignedRun(rows, free, i, page, minGap, body, spread, 1, bufs)
		if j-i+1 < 3 || len(cuts) != 1 || pdfRowAcross(rows[k], cuts) || pdfGutterAt(rows[k], cuts[0], minGap) {
			continue // "Volwassenen 2 dd 250 mg" reads as a caption too
		}
		around := append(slices.Clone(rows[max(0, k-3):k]), rows[j+1:min(len(rows), j+4)]...)
		across, apart := false, false
		for _, r := range around {
			if r.words[0].table != 0 || r.words[0].x0 > cuts[0] || r.words[len(r.words)-1].x1 < cuts[0] {
				continue
			}
			if pdfGutterAt(r, cuts[0], minGap) {
				apart = true
			} else {
				across = true
			}
		}
		if !across || apart {
			continue
		}
		// the run starts right under the caption: no header line above
		// it to take in (pdfAlignedAt would take the caption)
		if t, ok := pdfAlignedCheck(rows[i:j+1], sorted[i:j+1], cuts, body); ok {
			return t, true
		}
	}
	return pdfTable{}, false
}

// pdfAlignedAt checks the run rows[i..j] with its cuts as a table, with
// the lines above it that belong to its first row. A line less than a line
// above the run, within its columns, is part of its first row: a header
// cell centred vertically over two lines ("Verminderde" over
// "nierfunctie") starts above the others; so is a line a line above it
// when both leave the first column empty (header cells set at the bottom:
// "Ouderen (75" over "jaar en" over "ouder)").
func pdfAlignedAt(rows []pdfRow, sorted []bool, i, j int, cuts []float64, body, spread float64) (pdfTable, bool) {
	runLeft, _ := pdfRunExtent(rows[i : j+1])
	leavesFirst := func(r pdfRow) bool { return r.words[0].x0 > runLeft+body }
	h := i
	for h > 0 && rows[h-1].words[0].table == 0 && !pdfRowAcross(rows[h-1], cuts) {
		gap, line := rows[h-1].y-rows[h].y, spread*rows[h].size
		bottom := leavesFirst(rows[h-1]) && (leavesFirst(rows[h]) || pdfCellsGoOn(rows[h-1], rows[h], cuts))
		if gap > 0.75*line && !(gap <= 1.3*line && bottom) {
			break
		}
		h--
	}
	t, ok := pdfAlignedCheck(rows[h:j+1], sorted[h:j+1], cuts, body)
	if ok || h == i {
		return t, ok
	}
	// The lines above may hold the only text of the first column: a word
	// processor that centres cells vertically (LibreOffice) sets a wrapped
	// first cell on the lines between those of the others, so no line of
	// the run found has text on both sides of the first gutter. The
	// gutters the whole run leaves free are its columns then.
	if more := pdfSharedCuts(rows[h:j+1], body); len(more) > len(cuts) {
		return pdfAlignedCheck(rows[h:j+1], sorted[h:j+1], more, body)
	}
	return t, false
}

// pdfSharedCuts returns the middles of the gutters, of pdfAlignedMinGap at
// least, that every row of the run leaves free inside the run's extent,
// with words on both sides in some row.
func pdfSharedCuts(run []pdfRow, body float64) []float64 {
	x0, x1 := pdfRunExtent(run)
	window, minGap := pdfSpan{x0, x1}, pdfAlignedMinGap(body)
	var common, next []pdfSpan
	for k, r := range run {
		free := pdfAppendFreeSpans(nil, r, window, minGap)
		if k == 0 {
			common = free
			continue
		}
		next = pdfAppendIntersect(next[:0], common, free, minGap)
		common, next = next, common
	}
	var cuts []float64
	for _, g := range common {
		if g.x0 > x0 && g.x1 < x1 && pdfBothSides(run, g) {
			cuts = append(cuts, (g.x0+g.x1)/2)
		}
	}
	return cuts
}

// pdfGrowAtEdges adds to the aligned run rows[i..j] the rows above and
// below it that are set on its grid where their gutters are too narrow for
// the run: a word processor sets cells flush left against the edge of
// their column, so a long cell ("≥ 40 kg en volwassenen", a header
// "In de eerste 4 uur") fills its column up to a word space before the
// next one, and the gutter's middle cuts through it. When every column of
// the run starts its cells at one x (its edge), a row of rows a line apart
// (a row of wrapped or centred cells) within the run's reach joins when no
// word runs across an edge, each line's text in a column starts at that
// column's edge, and the row fills every column: a header row or a last
// row. The cuts move to the middle of what the rows leave free before each
// edge. It reports false when the run has no edges or no row joins. Rows
// whose words are sorted (sorted[k]) are searched, not scanned, so the
// work per run grows with its rows, not its words (BenchmarkPDFGlyphPage).
func pdfGrowAtEdges(rows []pdfRow, sorted []bool, i, j int, cuts []float64, body, spread float64) (int, int, []float64, bool) {
	edges := pdfRunEdges(rows[i:j+1], sorted[i:j+1], cuts)
	if edges == nil {
		return i, j, nil, false
	}
	h, j0 := i, j
	for {
		k, ok := pdfEdgeRowAt(rows, h-1, -1, edges, body, spread)
		if !ok {
			break
		}
		h = k
	}
	for {
		k, ok := pdfEdgeRowAt(rows, j+1, 1, edges, body, spread)
		if !ok {
			break
		}
		j = k
	}
	if h == i && j == j0 {
		return i, j, nil, false
	}
	out := make([]float64, len(cuts))
	for c, e := range edges[1:] {
		left := math.Inf(-1)
		for k := h; k <= j; k++ {
			ws := rows[k].words
			if !sorted[k] {
				for _, w := range ws {
					if w.x1 < e-pdfEdgeTol {
						left = max(left, w.x1)
					}
				}
				continue
			}
			// The last word that ends before the edge.
			if n := sort.Search(len(ws), func(n int) bool { return ws[n].x1 >= e-pdfEdgeTol }); n > 0 {
				left = max(left, ws[n-1].x1)
			}
		}
		out[c] = (left + e) / 2
	}
	return h, j, out, true
}

// pdfRunEdges returns the x at which each column of the run starts its
// cells, the first column's first: every line with text in a column starts
// it within pdfEdgeTol of one x. It returns nil when a column has no such
// edge (cells centred or set flush right).
func pdfRunEdges(run []pdfRow, sorted []bool, cuts []float64) []float64 {
	edges := make([]float64, len(cuts)+1)
	for c := range edges {
		edges[c] = math.NaN()
	}
	starts := func(c int, w pdfWord) bool {
		if math.IsNaN(edges[c]) {
			edges[c] = w.x0
		}
		return math.Abs(edges[c]-w.x0) <= pdfEdgeTol
	}
	for k, r := range run {
		ws := r.words
		if !sorted[k] {
			prev := -1
			for _, w := range ws {
				if c := sort.SearchFloat64s(cuts, (w.x0+w.x1)/2); c != prev {
					if prev = c; !starts(c, w) {
						return nil
					}
				}
			}
			continue
		}
		// Each column's first word: the first whose middle lies right of
		// the cut before it, when its middle is left of the cut after.
		for c := range edges {
			n := 0
			if c > 0 {
				n = sort.Search(len(ws), func(n int) bool { return (ws[n].x0+ws[n].x1)/2 > cuts[c-1] })
			}
			if n < len(ws) && (c == len(cuts) || (ws[n].x0+ws[n].x1)/2 <= cuts[c]) && !starts(c, ws[n]) {
				return nil
			}
		}
	}
	if slices.ContainsFunc(edges, math.IsNaN) {
		return nil
	}
	return edges
}

// pdfEdgeRowAt reads the row of lines that starts at rows[k] and goes on in
// direction dir (-1 up, 1 down), lines at most 1.3 lines apart, and returns
// its last line when it joins a run with these edges (pdfGrowAtEdges). The
// row stands apart from the run as rows do, more than 1.3 lines: a line
// closer is the run's own first or last row going on (pdfAlignedAt), or
// text beside it, and on a page of lines a line apart the search for a row
// would read every line for every run.
func pdfEdgeRowAt(rows []pdfRow, k, dir int, edges []float64, body, spread float64) (int, bool) {
	if k < 0 || k >= len(rows) {
		return k, false
	}
	near := rows[k-dir]
	if d := float64(dir) * (near.y - rows[k].y); d > 3*spread*max(body, rows[k].size) || d <= 1.3*spread*rows[k].size {
		return k, false
	}
	filled := make([]bool, len(edges))
	last := -1
	for n := k; n >= 0 && n < len(rows); n += dir {
		r := rows[n]
		if n != k && math.Abs(rows[n-dir].y-r.y) > 1.3*spread*r.size {
			break
		}
		if r.words[0].table != 0 || r.size > 1.05*near.size || !pdfOnEdges(r, edges, body) {
			break
		}
		for _, w := range r.words {
			filled[pdfColumnAt(edges, w.x0)] = true
		}
		last = n
	}
	if last < 0 || slices.Contains(filled, false) {
		return k, false
	}
	return last, true
}

// pdfColumnAt returns the column of edges that x stands in.
func pdfColumnAt(edges []float64, x float64) int {
	c := 0
	for c+1 < len(edges) && x >= edges[c+1]-pdfEdgeTol {
		c++
	}
	return c
}

// pdfOnEdges tells whether row r is set on the edges: no word starts left
// of the first edge or runs across another, and in each column the row's
// text starts at the column's edge, after a gap of at least a word space.
func pdfOnEdges(r pdfRow, edges []float64, body float64) bool {
	prev := -1
	for k, w := range r.words {
		if w.x0 < edges[0]-pdfEdgeTol {
			return false
		}
		c := pdfColumnAt(edges, w.x0)
		if c+1 < len(edges) && w.x1 > edges[c+1]-pdfWordGap*body {
			return false
		}
		if c != prev {
			if math.Abs(w.x0-edges[c]) > pdfEdgeTol || k > 0 && w.x0-r.words[k-1].x1 < pdfWordGap*body {
				return false
			}
			prev = c
		}
	}
	return true
}

// pdfCellsGoOn tells whether row a has text in two columns or more and
// every one of them has text in row b, the row below it, too: a's cells
// run on into b, as the upper lines of header cells set at the bottom of
// their row run on into the line that holds the first column's header
// ("kinderen vanaf 1" and "Kinderen jonger" over "jaar" and "dan 1 jaar",
// beside "Middel"). One cell alone is as often the wrapped end of the row
// above the run ("cmykalpha)" under an option's description).
func pdfCellsGoOn(a, b pdfRow, cuts []float64) bool {
	in := make([]bool, len(cuts)+1)
	for _, w := range b.words {
		in[sort.SearchFloat64s(cuts, (w.x0+w.x1)/2)] = true
	}
	cols := map[int]bool{}
	for _, w := range a.words {
		c := sort.SearchFloat64s(cuts, (w.x0+w.x1)/2)
		if !in[c] {
			return false
		}
		cols[c] = true
	}
	return len(cols) >= 2
}

// pdfRowAcross tells whether a word of row r runs across one of the cuts.
func pdfRowAcross(r pdfRow, cuts []float64) bool {
	return slices.ContainsFunc(r.words, func(w pdfWord) bool { return pdfAcross(w, cuts) })
}

// pdfWordsBold tells whether every glyph of the words is bold.
func pdfWordsBold(ws []pdfWord) bool {
	for _, w := range ws {
		if w.bold < w.n {
			return false
		}
	}
	return len(ws) > 0
}

// pdfAlignedMinGap is the narrowest gutter of an aligned table.
func pdfAlignedMinGap(body float64) float64 { return max(0.4*body, 3) }

// pdfAlignedRun grows a run of rows from rows[i] while the rows stay close
// (three ems, times the page's line spread) and keep at least need
// interior gutters in common (two; one under a caption:
// pdfCaptionedPairTable); free holds each row's free spans; the spans of
// the run are built in bufs, memory kept from run to run. It returns the
// run's last row and its cuts.
func pdfAlignedRun(rows []pdfRow, free [][]pdfSpan, i int, page pdfSpan, minGap, body, spread float64, need int, bufs *[2][]pdfSpan) (int, []float64) {
	if rows[i].words[0].table != 0 {
		return i, nil
	}
	bufs[0] = pdfAppendInterior(bufs[0][:0], free[i], page)
	common, k := bufs[0], 1 // common is bufs[1-k]; the next intersection goes to bufs[k]
	if len(common) < need {
		return i, nil
	}
	j, size := i, rows[i].size
	pitch := 1.2 * body  // the run's last distance between rows
	var before []pdfSpan // the gutters the run shared before its last line
	for j+1 < len(rows) {
		next := rows[j+1]
		gap := rows[j].y - next.y
		if next.words[0].table != 0 || gap > 3*spread*max(body, next.size) || next.size > 1.2*size {
			break // a heading set larger than the rows ends the run
		}
		bufs[k] = pdfAppendIntersect(bufs[k][:0], common, free[j+1], minGap)
		c := bufs[k]
		heading := next.size > 1.05*size ||
			pdfWordsBold(next.words) && !pdfWordsBold(rows[j].words) && next.words[len(next.words)-1].x1 < common[len(common)-1].x0
		if len(c) < need || (len(c) < len(common) || pdfFirstColumnOnly(next, common)) && heading && gap > 1.5*pitch {
			// so does one set a little larger, or in bold under plain
			// cells and ending before the last gutter, after a
			// paragraph's space (a word processor's 14-point heading
			// under 12-point cells, a bold 12-point "4.3
			// Contra-indicaties"; a table of contents' bold chapter line
			// runs on to its page number), whether it crosses a gutter
			// or is short enough to stand in the first column ("4.4
			// Borstvoeding")
			break
		}
		pitch = gap
		size = max(size, next.size)
		before = append(before[:0], common...)
		common, k = c, 1-k
		j++
	}
	if j-i >= 3 && len(common) < len(before) && pdfRowAcross(rows[j], pdfSpanMiddles(before)) {
		// The last line runs across a gutter that the three lines or
		// more before it share: it is no row of theirs, but the short
		// paragraph after a table without borders ("Controleer na een
		// week het effect."), which leaves the gutters right of it free.
		// Taken in, it cost the table its first gutter, and no table was
		// found at all.
		j, common = j-1, before
	}
	run := rows[i : j+1]
	x0, x1 := pdfRunExtent(run)
	var cuts []float64
	for _, g := range common {
		if g.x0 > x0 && g.x1 < x1 && pdfBothSides(run, g) {
			cuts = append(cuts, (g.x0+g.x1)/2)
		}
	}
	return j, cuts
}

// pdfSpanMiddles returns the middle of each span.
func pdfSpanMiddles(spans []pdfSpan) []float64 {
	out := make([]float64, len(spans))
	for i, g := range spans {
		out[i] = (g.x0 + g.x1) / 2
	}
	return out
}

// pdfLineSpread is how much further apart than 1.2 ems a page sets its
// lines: 1 for the usual line spacing, 1.36 for 10-point text set 16.3
// points apart (a web page's line height through LibreOffice). The
// distances an aligned table allows between its lines and rows are ems at
// the usual spacing; cell padding and centring follow the line pitch, so
// they grow with it. The pitch is the median distance of consecutive rows
// set at the body size less than three ems apart, both running text (no
// gutter: free holds the rows' free spans): a table's own rows may stand
// loose, and must not widen what a table may span.
func pdfLineSpread(rows []pdfRow, free [][]pdfSpan, page pdfSpan, body float64) float64 {
	prose := func(k int) bool {
		return math.Abs(rows[k].size-body) < 0.1*body && len(pdfAppendInterior(nil, free[k], page)) == 0
	}
	var d []float64
	for k := 1; k < len(rows); k++ {
		if g := rows[k-1].y - rows[k].y; g > 0 && g < 3*body && prose(k-1) && prose(k) {
			d = append(d, g)
		}
	}
	if len(d) < 4 {
		return 1 // too few lines of running text to tell
	}
	slices.Sort(d)
	if r := d[len(d)/2] / (1.2 * body); r >= 1.25 {
		return r
	}
	return 1
}

// pdfFirstColumnOnly tells whether row r ends before the first of the
// gutters: a heading at the margin short enough to stand in a table's
// first column ("4.4 Borstvoeding").
func pdfFirstColumnOnly(r pdfRow, gutters []pdfSpan) bool {
	for _, g := range gutters {
		if g.x0 > r.words[0].x0 {
			return r.words[len(r.words)-1].x1 <= g.x1
		}
	}
	return false
}

// pdfRunExtent returns the left end of the run's leftmost word and the
// right end of its rightmost.
func pdfRunExtent(run []pdfRow) (x0, x1 float64) {
	x0, x1 = math.Inf(1), math.Inf(-1)
	for _, r := range run {
		x0, x1 = min(x0, r.words[0].x0), max(x1, r.words[len(r.words)-1].x1)
	}
	return x0, x1
}

// pdfAppendInterior appends the spans that do not touch the ends of the
// page span to out.
func pdfAppendInterior(out, spans []pdfSpan, page pdfSpan) []pdfSpan {
	for _, s := range spans {
		if s.x0 > page.x0 && s.x1 < page.x1 {
			out = append(out, s)
		}
	}
	return out
}

// pdfMiddlesSorted tells whether the words' middles never decrease from
// left to right, so that each column's words are one stretch of the row.
func pdfMiddlesSorted(ws []pdfWord) bool {
	for i := 1; i < len(ws); i++ {
		if (ws[i].x0+ws[i].x1)/2 < (ws[i-1].x0+ws[i-1].x1)/2 {
			return false
		}
	}
	return true
}

// pdfSplitSorted splits rows into columns as pdfSplitColumns does, but a
// row whose word middles are sorted (sorted[i]) is cut by binary search
// into stretches of its own words instead of copies.
func pdfSplitSorted(rows []pdfRow, sorted []bool, cuts []float64) []pdfTableLine {
	cols := len(cuts) + 1
	lines := make([]pdfTableLine, len(rows))
	cells := make([][]pdfWord, len(rows)*cols)
	for i, r := range rows {
		if !sorted[i] {
			lines[i] = pdfSplitColumns(rows[i:i+1], cuts)[0]
			continue
		}
		lines[i] = pdfTableLine{y: r.y, cells: cells[i*cols : (i+1)*cols : (i+1)*cols]}
		start := 0
		for c, cut := range cuts {
			// The first word whose middle lies right of the cut: a middle
			// on the cut stays left of it, as with slices.BinarySearch.
			end := start + sort.Search(len(r.words)-start, func(k int) bool {
				w := r.words[start+k]
				return (w.x0+w.x1)/2 > cut
			})
			if end > start {
				lines[i].cells[c] = r.words[start:end:end]
			}
			start = end
		}
		if start < len(r.words) {
			lines[i].cells[cols-1] = r.words[start:len(r.words):len(r.words)]
		}
	}
	return lines
}

// pdfAlignedCheck builds the table of an aligned run if it looks like one:
// three columns or more, three lines at least with every column filled,
// short cells (a column whose lines mostly hold five or more words is
// running text, such as the other column of a two-column page; in rows
// read from centred cells, words with a digit do not count: pdfTextWords)
// and cells that line up in each column. The counts come first: they cost a few
// steps per line, while the alignment tests read every word.
func pdfAlignedCheck(run []pdfRow, sorted []bool, cuts []float64, body float64) (pdfTable, bool) {
	lines := pdfSplitSorted(run, sorted, cuts)
	cols := len(cuts) + 1
	full := 0
	for _, l := range lines {
		if l.filled() == cols {
			full++
		}
	}
	var segs [][]pdfTableLine
	if full < 3 {
		// A word processor that centres wrapped cells vertically
		// (LibreOffice) sets the cells of one row on baselines half a line
		// apart: hardly a line has text in every column, but every row
		// does. Its rows are read from its cells (pdfCellRows).
		segs = pdfCellRows(lines, cols, body, 0)
		if segs == nil {
			return pdfTable{}, false
		}
	}
	keyShort := false // a first column of short labels beside rows of centred cells
	for c := range cols {
		long, used := 0, 0
		for _, l := range lines {
			if ws := l.cells[c]; len(ws) > 0 {
				used++
				if segs != nil && pdfTextWords(ws) >= 5 || segs == nil && len(ws) >= 5 {
					long++
				}
			}
		}
		if c == 0 {
			keyShort = segs != nil && long == 0
		}
		// A column of long lines is running text, unless its lines are
		// the cells of centred rows beside a first column of labels:
		// LibreOffice's table of contra-indications and interactions, a
		// drug's interactions in a sentence or two (FT-18's Tabel 2)
		if used < 2 || long*2 > used && !(c > 0 && keyShort) {
			return pdfTable{}, false
		}
	}
	if !pdfColumnsLineUp(lines, cols, 0, 3) {
		return pdfTable{}, false
	}
	x0, x1 := pdfRunExtent(run)
	top := run[0].y + 0.8*run[0].size
	bottom := run[len(run)-1].y - 0.3*run[len(run)-1].size
	t := pdfTable{x0: x0 - 0.5, x1: x1 + 0.5, bottom: bottom, top: top}
	if segs == nil {
		segs = pdfSegments(lines, nil, body)
	}
	return pdfFillTable(t, segs, cuts, x0, false)
}

// pdfTextWords counts the words that hold no digit: a dose line ("2 dd
// 500 mg gedurende 3 dagen") is values with their units, not the running
// text that a column of five words or more a line is taken for.
func pdfTextWords(ws []pdfWord) int {
	n := 0
	for _, w := range ws {
		if !strings.ContainsAny(w.text, "0123456789") {
			n++
		}
	}
	return n
}

// pdfCellRows groups the lines (top to bottom) of a table whose cells are
// centred vertically into its rows, or returns nil when the lines show no
// such centring or it finds fewer than three rows with text in every
// column. A cell is a column's run of lines at most 1.2 line pitches apart
// (padding sets cells further apart); cells whose vertical extents overlap
// stand in one row, so a row is a run of lines that the cells of its
// columns span together. The centring is looked for from line from on: a
// header centred over two lines ("Run length" over "(black and white)"
// beside "Make-up codes") says nothing of the rows below it.
func pdfCellRows(lines []pdfTableLine, cols int, body float64, from int) [][]pdfTableLine {
	var ds []float64 // distances of consecutive lines of one column
	for c := range cols {
		prev := math.NaN()
		for _, l := range lines {
			if len(l.cells[c]) == 0 {
				continue
			}
			if !math.IsNaN(prev) {
				ds = append(ds, prev-l.y)
			}
			prev = l.y
		}
	}
	if len(ds) == 0 {
		return nil
	}
	pitch := slices.Min(ds) // the line pitch within a cell
	if pitch < 0.8*body {
		return nil // lines closer than a line pitch in one column: not cells of wrapped text
	}
	// Centred cells set some lines between the lines of another column:
	// two consecutive lines of the table closer than 0.75 of the columns'
	// pitch. Columns of lists or prose side by side share one grid of
	// baselines and are no such table.
	centred := false
	for i := from + 1; i < len(lines); i++ {
		centred = centred || lines[i-1].y-lines[i].y < 0.75*pitch
	}
	if !centred {
		return nil
	}
	// A row ends where no cell spans the gap to the next line: every
	// column's cell has ended (its next line, if any, is more than 1.2
	// pitches down) or not begun. A word processor with little cell
	// padding (LibreOffice) sets a row's next line 14.3 points under a
	// cell's 13-point lines: when the distances show such a step, a cell's
	// lines are those closer than halfway to it (pdfNextStep).
	reach := 1.2 * pitch
	if step := pdfNextStep(lines, cols, ds, pitch); step < reach {
		reach = (pitch + step) / 2
	}
	rows := pdfGroupCellRows(lines, cols, reach, 0)
	if slices.ContainsFunc(rows[min(1, len(rows)-1):], func(r []pdfTableLine) bool {
		return !slices.ContainsFunc(r, func(l pdfTableLine) bool { return len(l.cells[0]) > 0 })
	}) {
		// a row below the first without a first cell: merged cells
		if keyed := pdfCentredKeyRows(lines, cols, reach); keyed != nil {
			rows = keyed
		}
	}
	full := 0
	for _, r := range rows {
		filled := 0
		for c := range cols {
			if slices.ContainsFunc(r, func(l pdfTableLine) bool { return len(l.cells[c]) > 0 }) {
				filled++
			}
		}
		if filled == cols {
			full++
		}
	}
	if full < 3 {
		return nil
	}
	return rows
}

// pdfGroupCellRows groups lines (top to bottom) into rows: a row ends
// where no cell of the columns from first on spans the gap to the next
// line (its lines are at most reach apart). A row in which one column
// holds two cells (lines further apart than reach: a short cell of the row
// above and one of the row below, with the lines of a taller cell between
// them) is split where the cells of each part are centred alike
// (pdfSplitCentred).
func pdfGroupCellRows(lines []pdfTableLine, cols int, reach float64, first int) [][]pdfTableLine {
	open := make([]bool, len(lines)) // a cell spans the gap between line i and i+1
	for c := first; c < cols; c++ {
		last := -1
		for i, l := range lines {
			if len(l.cells[c]) == 0 {
				continue
			}
			if last >= 0 && lines[last].y-l.y <= reach {
				for k := last; k < i; k++ {
					open[k] = true
				}
			}
			last = i
		}
	}
	var rows [][]pdfTableLine
	for i, l := range lines {
		if i == 0 || !open[i-1] {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], l)
	}
	var out [][]pdfTableLine
	for _, r := range rows {
		out = append(out, pdfSplitCentred(r, cols, reach, first)...)
	}
	return out
}

// pdfSplitCentred splits a row whose column holds two cells, lines further
// apart than reach, at the gap between them where the parts' cells are
// centred most alike (the largest distance between the middles of a
// part's columns, summed over the parts, is least); each part is split
// again as needed.
func pdfSplitCentred(r []pdfTableLine, cols int, reach float64, first int) [][]pdfTableLine {
	lo, hi := -1, -1 // the lines of a column's two cells: r[lo] above, r[hi] below
	for c := first; c < cols && lo < 0; c++ {
		last := -1
		for i, l := range r {
			if len(l.cells[c]) == 0 {
				continue
			}
			if last >= 0 && r[last].y-l.y > reach {
				lo, hi = last, i
				break
			}
			last = i
		}
	}
	if lo < 0 {
		return [][]pdfTableLine{r}
	}
	spread := func(part []pdfTableLine) float64 {
		top, bottom := math.Inf(-1), math.Inf(1)
		for c := first; c < cols; c++ {
			sum, n := 0.0, 0
			for _, l := range part {
				if len(l.cells[c]) > 0 {
					sum += l.y
					n++
				}
			}
			if n > 0 {
				top, bottom = max(top, sum/float64(n)), min(bottom, sum/float64(n))
			}
		}
		if math.IsInf(top, 0) {
			return 0
		}
		return top - bottom
	}
	best, at := math.Inf(1), -1
	for k := lo; k < hi; k++ { // split after r[k]
		if d := spread(r[:k+1]) + spread(r[k+1:]); d < best {
			best, at = d, k
		}
	}
	return append(pdfSplitCentred(r[:at+1], cols, reach, first), pdfSplitCentred(r[at+1:], cols, reach, first)...)
}

// pdfCentredKeyRows reads the rows of a table with centred cells whose
// first column holds cells merged over several rows and centred on them
// (LibreOffice: "oravencil (tablet)" beside the middle of its four rows,
// on a line between two of them, or on one of theirs). The rows are found
// from the other columns; each first-column cell (its lines at most reach
// apart) then takes the run of rows after the previous cell's whose middle
// is nearest its own, within a third of the median distance between rows,
// and every row of the run gets its text. It returns nil when the first
// column has a cell for every row (no merged cells: the rows of all
// columns stand), or when the runs do not cover the rows: then the merged
// cells are left where they stand, as before.
func pdfCentredKeyRows(lines []pdfTableLine, cols int, reach float64) [][]pdfTableLine {
	type key struct {
		words []pdfWord
		y     float64
	}
	var keys []key
	stripped := make([]pdfTableLine, 0, len(lines)) // the lines without their first cells; a line of first cells only goes
	lastY, n := math.NaN(), 0
	for _, l := range lines {
		if len(l.cells[0]) == 0 {
			stripped = append(stripped, l)
			continue
		}
		if l.filled() > 1 {
			rest := l
			rest.cells = slices.Clone(l.cells)
			rest.cells[0] = nil
			stripped = append(stripped, rest)
		}
		if len(keys) > 0 && lastY-l.y <= reach {
			k := &keys[len(keys)-1]
			k.words = append(k.words, l.cells[0]...)
			k.y = (k.y*float64(n) + l.y) / float64(n+1)
			n++
		} else {
			keys = append(keys, key{words: slices.Clone(l.cells[0]), y: l.y})
			n = 1
		}
		lastY = l.y
	}
	if len(stripped) == 0 {
		return nil
	}
	rows := pdfGroupCellRows(stripped, cols, reach, 1)
	if len(keys) == 0 || len(keys) >= len(rows) || len(rows) < 3 {
		return nil
	}
	for _, r := range rows {
		if len(r) == 0 {
			return nil
		}
	}
	var gaps []float64
	for i := 1; i < len(rows); i++ {
		gaps = append(gaps, rows[i-1][0].y-rows[i][0].y)
	}
	slices.Sort(gaps)
	tol := gaps[len(gaps)/2] / 3
	middle := func(a, b int) float64 { return (rows[a][0].y + rows[b][len(rows[b])-1].y) / 2 }
	owner := make([]int, len(rows))
	start := 0
	for j, k := range keys {
		end, best := -1, tol
		for e := start; e < len(rows); e++ {
			if d := math.Abs(middle(start, e) - k.y); d <= best {
				end, best = e, d
			}
		}
		if end < 0 {
			return nil
		}
		for i := start; i <= end; i++ {
			owner[i] = j
		}
		start = end + 1
	}
	if start != len(rows) {
		return nil
	}
	for i, r := range rows {
		rows[i] = pdfWithKey(r, keys[owner[i]].words)
	}
	return rows
}

// pdfCentredSubRows reads the rows of a segment whose first cell is
// merged over them and centred on them, its name set beside a middle
// row (LaTeX's \multirow between booktabs rules, no rule between the
// populations: pdfLaTeX's FT-37): the segment's first line leaves the
// first column empty. A row starts at each line whose second column
// starts a phrase that the line above does not carry on, and no other
// column's line above leads on, as in pdfSubRows; every row gets the
// whole cell. Read as one row, each drug's populations had stood in one
// cell and its doses in the next, to be matched by position. Only one
// cell in the first column: with two, which rows are whose the lines do
// not say.
func pdfCentredSubRows(s []pdfTableLine, cols int) [][]pdfTableLine {
	// the cell's lines, a line's height or so apart (other columns' lines
	// may stand between them)
	pitch := math.Inf(1)
	for i := 1; i < len(s); i++ {
		if d := s[i-1].y - s[i].y; d > pdfMinLineStep {
			pitch = min(pitch, d)
		}
	}
	var key []pdfWord
	blocks, prev := 0, math.NaN()
	for _, l := range s {
		if len(l.cells[0]) == 0 {
			continue
		}
		if math.IsNaN(prev) || prev-l.y > 2.5*pitch {
			blocks++
		}
		key, prev = append(key, l.cells[0]...), l.y
	}
	if blocks > 1 {
		return [][]pdfTableLine{s}
	}
	// (none: the rows of a cell merged over them that the page before
	// holds, carried down to them later, pdfCarryKey)
	starts := []int{0}
	above := s[0].cells[1]
	last := slices.Clone(s[0].cells)
	// right: the line of last[c] goes on in a column right of c, as a
	// cell spanning columns does ("gebruiken bij" | "eGFR onder 15"): its
	// leading word leads on to the right, not down
	right := make([]bool, len(s[0].cells))
	setLast := func(l pdfTableLine) {
		for c, ws := range l.cells {
			if len(ws) > 0 {
				last[c] = ws
				right[c] = slices.ContainsFunc(l.cells[c+1:], func(ws []pdfWord) bool { return len(ws) > 0 })
			}
		}
	}
	setLast(s[0])
	for i := 1; i < len(s); i++ {
		l := s[i]
		goesOn := false
		for c := 2; c < len(l.cells); c++ {
			goesOn = goesOn || len(l.cells[c]) > 0 && len(last[c]) > 0 && !right[c] && pdfPhraseGoesOn(last[c][len(last[c])-1].text) &&
				strings.Trim(last[c][len(last[c])-1].text, "–-") != ""
		}
		filled := func(l pdfTableLine) bool {
			return slices.ContainsFunc(l.cells[2:], func(ws []pdfWord) bool { return len(ws) > 0 })
		}
		// or whose cells to the right stand on the next line, closer than
		// this line to the one above: centred on a population of two lines
		// (\makecell: "Kinderen 6–11 jaar" over "(20–40 kg)", FT-46)
		centred := !filled(l) && i+1 < len(s) && filled(s[i+1]) && len(s[i+1].cells[1]) == 0 && l.y-s[i+1].y < s[i-1].y-l.y
		if len(l.cells[1]) > 0 && (filled(l) || centred) &&
			pdfStartsPhrase(l.cells[1][0].text) && !pdfPhraseGoesOn(above[len(above)-1].text) && !goesOn {
			starts = append(starts, i)
		}
		if len(l.cells[1]) > 0 {
			above = l.cells[1]
		}
		setLast(l)
	}
	if len(starts) < 2 {
		return [][]pdfTableLine{s}
	}
	out := make([][]pdfTableLine, 0, len(starts))
	for k, start := range starts {
		end := len(s)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		row := slices.Clone(s[start:end])
		for i := range row {
			row[i].cells = slices.Clone(row[i].cells)
			row[i].cells[0] = nil // the cell's lines, given whole to each row
		}
		if len(key) > 0 {
			row = pdfWithKey(row, key)
		}
		out = append(out, row)
	}
	return out
}

// pdfWithKey returns the lines of a row (not changed themselves) with key
// as the first cell of its first line: the first cell a row shares with
// the rows it was set once for.
func pdfWithKey(row []pdfTableLine, key []pdfWord) []pdfTableLine {
	row = slices.Clone(row)
	first := row[0]
	first.cells = slices.Clone(first.cells)
	first.cells[0] = slices.Clone(key)
	row[0] = first
	return row
}

// pdfNextStep returns the smallest distance of ds clearly longer than
// pitch (by a twentieth), when pitch is among ds at least twice (the
// pitch of a cell's lines) and that step parts two lines with text in two
// columns or more, twice at least and at half the times it stands between
// lines: rows set one under the other across the table, not a column's
// list items set a little apart (a list in one cell beside cells of one
// line: 2 of 29 such steps in a French table of the pdfplumber suite).
// +Inf otherwise.
func pdfNextStep(lines []pdfTableLine, cols int, ds []float64, pitch float64) float64 {
	near := func(d, to float64) bool { return d >= 0.99*to && d <= 1.02*to }
	step := math.Inf(1)
	for _, d := range ds {
		if d > 1.05*pitch && d < step {
			step = d
		}
	}
	if math.IsInf(step, 1) || len(slices.DeleteFunc(slices.Clone(ds), func(d float64) bool { return !near(d, pitch) })) < 2 {
		return math.Inf(1)
	}
	rowSteps, steps := 0, 0
	for i := 1; i < len(lines); i++ {
		if !near(lines[i-1].y-lines[i].y, step) {
			continue
		}
		steps++
		both := 0
		for c := range cols {
			if len(lines[i-1].cells[c]) > 0 && len(lines[i].cells[c]) > 0 {
				both++
			}
		}
		if both >= 2 {
			rowSteps++
		}
	}
	if rowSteps < 2 || 2*rowSteps < steps {
		return math.Inf(1)
	}
	return step
}

// pdfColumnsLineUp tells whether columns found from whitespace alone are
// table columns: every column after the first lines up and is set apart by
// a gutter wider than its word spaces, and the first column is not just
// list markers (a bulleted or numbered list has a gutter after its
// markers). The first head lines, a header ruled off from the rows below,
// line up on their own (pdfColumnAligned).
func pdfColumnsLineUp(lines []pdfTableLine, cols, head, least int) bool {
	for c := 1; c < cols; c++ {
		if !pdfColumnAligned(lines, c, head, least) || !pdfGutterStandsOut(lines, c) {
			return false
		}
	}
	for _, l := range lines {
		if ws := l.cells[0]; len(ws) > 0 && !pdfCellMarkerRE.MatchString(pdfWordsText(ws)) {
			return true
		}
	}
	return false
}

// pdfCellMarkerRE matches a list marker standing alone: a bullet or dash,
// "1.", "2)", "a.", "iv)".
var pdfCellMarkerRE = regexp.MustCompile(`^(?:[^\p{L}\p{N}\s]{1,2}|\d{1,3}[.)]|[a-z][.)]|[ivx]{1,4}[.)])$`)

// pdfColumnAligned tells whether the cells of column c line up: in at least
// four of five lines (three at least) that have text there, the cell starts,
// ends or is centred at the same x. Words of running text that happen to
// leave a gap in the same place do not. The first head lines and the rest
// are counted apart, each part by its own alignment: a browser centres the
// cells of a header row (th) and sets the cells below it flush left.
func pdfColumnAligned(lines []pdfTableLine, c, head, least int) bool {
	n, aligned := 0, 0
	var lefts, rights, mids []float64
	for _, part := range [][]pdfTableLine{lines[:head], lines[head:]} {
		lefts, rights, mids = lefts[:0], rights[:0], mids[:0]
		for _, l := range part {
			if ws := l.cells[c]; len(ws) > 0 {
				lefts = append(lefts, ws[0].x0)
				rights = append(rights, ws[len(ws)-1].x1)
				mids = append(mids, (ws[0].x0+ws[len(ws)-1].x1)/2)
			}
		}
		n += len(lefts)
		best := 0
		for _, xs := range [][]float64{lefts, rights, mids} {
			best = max(best, pdfModeCount(xs, 1.0))
		}
		aligned += best
	}
	return n >= least && aligned*5 >= n*4
}

// pdfBooktabs tells whether a region is ruled as LaTeX's booktabs rules a
// table (pandoc's longtable among them): three rules across it or more,
// no vertical ones, the top and bottom rule of one weight, heavier than
// every rule between them (toprule and bottomrule over midrule). Such
// rules say the region is a table, also when a page holds only its header
// and a row or two.
func pdfBooktabs(reg pdfRegion) bool {
	if len(reg.vRules) > 0 || len(reg.hRules) < 3 {
		return false
	}
	var top, bottom pdfRule
	for _, r := range reg.hRules {
		if r.hi-r.lo < 0.9*(reg.x1-reg.x0) {
			return false
		}
		if top.width == 0 || r.pos > top.pos {
			top = r
		}
		if bottom.width == 0 || r.pos < bottom.pos {
			bottom = r
		}
	}
	if math.Abs(top.width-bottom.width) > 0.05 {
		return false
	}
	for _, r := range reg.hRules {
		if r.pos < top.pos-pdfRuleTol && r.pos > bottom.pos+pdfRuleTol && r.width >= 0.9*top.width {
			return false
		}
	}
	return true
}

// pdfGutterStandsOut tells whether the gap before column c is wider than
// the word spaces beside it: in a table row it is, while in justified
// running text every gap of a line is stretched alike. Lines with single
// words on both sides give no evidence.
func pdfGutterStandsOut(lines []pdfTableLine, c int) bool {
	against, measured := 0, 0
	for _, l := range lines {
		a, b := l.cells[c-1], l.cells[c]
		if len(a) == 0 || len(b) == 0 {
			continue
		}
		inner := 0.0
		for _, ws := range [][]pdfWord{a, b} {
			for i := 1; i < len(ws); i++ {
				inner = max(inner, ws[i].x0-ws[i-1].x1)
			}
		}
		if inner == 0 {
			continue
		}
		measured++
		if b[0].x0-a[len(a)-1].x1 < 1.5*inner {
			against++
		}
	}
	return against*2 < measured || measured == 0
}

// pdfModeCount returns the largest number of values within tol of one of
// them. It sorts xs; on sorted values the values within tol of one of them
// form a window that only moves right, so this takes n·log n, not n².
func pdfModeCount(xs []float64, tol float64) int {
	slices.Sort(xs)
	best, lo, hi := 0, 0, 0
	for _, a := range xs {
		if math.IsNaN(a) { // sorted first; near nothing, not even itself
			continue
		}
		for !(math.Abs(a-xs[lo]) <= tol) {
			lo++
		}
		hi = max(hi, lo)
		for hi < len(xs) && math.Abs(a-xs[hi]) <= tol {
			hi++
		}
		best = max(best, hi-lo)
	}
	return best
}

// pdfRepeatedHeaderAt returns the index of the row, one of the page's
// first three, that starts the header of prev, the page before's last
// table, repeated, and how many rows it takes: as many as prev's header
// cells have lines at most, together the words of its header and no
// other ("Dosis per" over "keer", pdfme's FT-42). -1 when none does.
func pdfRepeatedHeaderAt(rows []pdfRow, prev *pdfTable) (int, int) {
	if prev.header == nil || len(prev.colX) < 2 {
		return -1, 0
	}
	var want []string
	lines := 1
	for _, c := range prev.header {
		lines = max(lines, len(c))
		for _, l := range c {
			want = append(want, strings.Fields(l)...)
		}
	}
	slices.Sort(want)
	for i := 0; i < min(3, len(rows)); i++ {
		var got []string
		for n := 1; n <= lines && i+n <= len(rows); n++ {
			for _, w := range rows[i+n-1].words {
				got = append(got, w.text)
			}
			slices.Sort(got)
			if slices.Equal(got, want) {
				return i, n
			}
		}
	}
	return -1, 0
}

// pdfRepeatedHeaderTable reads the rows under a table's header repeated at
// the top of the next page (rows, top to bottom) when they are too few for
// a table to be found on their own: LibreOffice repeats a dose table's
// header on each page, and FT-18's last two rows stood alone under it
// (quellomide's for the elderly and for a reduced kidney function). The
// header must be one of the page's first three lines, with the words of
// prev's header and no other, the rows right under it, within prev's
// extent, no word across its columns. The rows are prev's columns' cells
// grouped as prev's rows were: a cell's lines closer than prev's rows
// (pdfLinePitches). A row without a first cell under a table whose rows
// all have theirs gets the drug of prev's last row. pdfLinkTables then
// joins it to prev.
func pdfRepeatedHeaderTable(rows []pdfRow, prev *pdfTable, body float64) (pdfTable, bool) {
	if len(rows) < 2 {
		return pdfTable{}, false
	}
	h, n := pdfRepeatedHeaderAt(rows, prev)
	if h < 0 {
		return pdfTable{}, false
	}
	cuts := prev.colX[1:]
	end := h + n
	for end < len(rows) {
		r := rows[end]
		// (a line all in bold is the heading after the table, "4.4
		// Borstvoeding" under LibreOffice's FT-07)
		bold := !slices.ContainsFunc(r.words, func(w pdfWord) bool { return w.bold < w.n })
		if r.words[0].table != 0 || rows[end-1].y-r.y > 2.5*body || pdfRowAcross(r, cuts) || bold ||
			r.words[0].x0 < prev.x0-body || r.words[len(r.words)-1].x1 > prev.x1+body {
			break
		}
		end++
	}
	if end == h+n {
		return pdfTable{}, false
	}
	lines := pdfSplitColumns(rows[h:end], cuts)
	cell, row := pdfLinePitches(prev.lines, body)
	reach := 1.2 * cell
	if row < reach {
		reach = (cell + row) / 2
	}
	rest := pdfGroupCellRows(lines[n:], len(cuts)+1, reach, 1)
	// A table whose every row has its first cell (a drug merged over its
	// rows and given to each) goes on with the drug of its last row: a
	// row without one is that drug's next, not the rest of a broken row
	// (pdfJoinBrokenRow).
	if len(prev.rows) > 0 && len(prev.rows[len(prev.rows)-1][0]) > 0 &&
		!slices.ContainsFunc(prev.rows, func(r [][]string) bool { return len(r[0]) == 0 }) {
		key := prev.rows[len(prev.rows)-1][0]
		for k, r := range rest {
			if slices.ContainsFunc(r, func(l pdfTableLine) bool { return len(l.cells[0]) > 0 }) {
				continue
			}
			var words []pdfWord
			for _, w := range strings.Fields(strings.Join(key, " ")) {
				words = append(words, pdfWord{x0: prev.colX[0], x1: prev.colX[0], y: r[0].y, size: body, text: w})
			}
			rest[k] = pdfWithKey(r, words)
		}
	}
	segs := append([][]pdfTableLine{lines[:n]}, rest...)
	x0, x1 := pdfRunExtent(rows[h:end])
	t := pdfTable{x0: min(x0, prev.x0) - 0.5, x1: max(x1, prev.x1) + 0.5,
		bottom: rows[end-1].y - 0.3*rows[end-1].size, top: rows[h].y + 0.8*rows[h].size}
	t, ok := pdfFillTable(t, segs, cuts, prev.colX[0], true)
	if !ok || t.header == nil {
		return pdfTable{}, false
	}
	return t, true
}

// pdfLinePitches returns the smallest distance between two lines of one
// row of a table (rows: the lines of each row), a wrapped cell's line
// pitch, and the smallest distance between the first lines of two rows
// of one line each; 1.2 body sizes, or +Inf, where there is none.
func pdfLinePitches(rows [][]pdfTableLine, body float64) (cell, row float64) {
	cell, row = math.Inf(1), math.Inf(1)
	for i, r := range rows {
		for k := 1; k < len(r); k++ {
			if d := r[k-1].y - r[k].y; d > 0.5*body {
				cell = min(cell, d)
			}
		}
		if i > 0 && len(r) == 1 && len(rows[i-1]) == 1 {
			if d := rows[i-1][0].y - r[0].y; d > 0.5*body {
				row = min(row, d)
			}
		}
	}
	if math.IsInf(cell, 1) {
		cell = 1.2 * body
	}
	return cell, row
}

// pdfLinkTables numbers the tables of the document and joins a table that
// continues on the next page: the first table of a page continues the last
// table of the page before when it has no caption (or its caption stands
// below it and the table before has none: the caption of a table broken
// over pages stands under its last part), its columns stand where that
// table's columns stood, and it either repeats the table's header row or
// has no header and is the first thing on its page.
func pdfLinkTables(pages [][]pdfTable) {
	index, rows := 0, 0
	var head, last *pdfTable
	for p := range pages {
		for k := range pages[p] {
			t := &pages[p][k]
			if k == 0 && last != nil && pdfContinues(head, last, t) {
				if last == head && pdfHeaderAlone(head) {
					rows = 0
				}
				if len(t.caption) == 0 || t.captionBelow {
					// (a part under its caption repeated starts a row of
					// its own: FT-36's continuation under "Tabel 1
					// (vervolg)" starts with another drug)
					pdfJoinBrokenRow(last, t)
				}
				if t.captionBelow {
					// A caption below the table stands under its last part.
					head.caption, t.caption = t.caption, nil
				}
				t.cont, t.index, t.first, t.header = true, last.index, rows, nil
				t.carried = last.atFoot
				rows += len(t.rows)
				last = t
				continue
			}
			index++
			t.index, t.first, rows = index, 0, len(t.rows)
			head, last = t, t
		}
		if len(pages[p]) == 0 {
			head, last = nil, nil
		}
	}
	// (at the foot of a part that goes on too: a row broken at the page
	// has had its rest joined by pdfJoinBrokenRow, and the lines of the
	// first column left are the end of the key above)
	for p := range pages {
		for k := range pages[p] {
			pdfJoinTrailingKey(&pages[p][k])
		}
	}
}

// pdfHeaderAlone makes the rows of a table's first part its header when
// that part is a header alone, set at the foot of its page with its rows
// on the next: at most three lines, all in bold, of a part found without
// a header (ReportLab's "Kinderen 6–12" over "Middel · Volwassenen · jaar
// · …", whose lines were read as two rows and those as the table's first
// two). It reports whether it did.
func pdfHeaderAlone(t *pdfTable) bool {
	if t.header != nil || len(t.rows) == 0 || len(t.lines) != len(t.rows) {
		return false
	}
	n := 0
	for _, r := range t.lines {
		if n += len(r); n > 3 || !pdfRowBold(r) {
			return false
		}
	}
	t.header = make([][]string, len(t.rows[0]))
	for _, r := range t.rows {
		for c := range t.header {
			if c < len(r) {
				t.header[c] = append(t.header[c], r[c]...)
			}
		}
	}
	t.rows, t.rowNotes, t.rowY, t.tail = nil, nil, nil, nil
	return true
}

// pdfJoinTrailingKey joins the last rows of a table's part to the first
// cell of the row above when they have text in their first column only: a
// row that names something and says nothing of it, with no row after it
// to head, is the end of the first cell above, whose name wrapped onto
// more lines than its row's other cells ("lumivir-oogzalf" over "1%" in
// FT-09's table typeset by pandoc and pdfLaTeX, where rows are not set
// apart by padding; groff's tbl sets "Pelso-" "tamide" beside pelsotamide's
// cells and "capsule", "200 mg,", "drank 40", "mg/ml" under them, FT-94).
// Only lines that do not start anew (pdfKeyLineOnly: a note under the
// table, "Bron: …", does), several only under a row whose key wraps
// already, and only in a table whose first column wraps another cell over
// lines (vitrexa's "vitrexa-" over "oogdruppels 0,3%"; a column of line
// numbers in a code listing never does). At the foot of a part that goes
// on, pdfJoinBrokenRow has joined a row broken at the page before.
func pdfJoinTrailingKey(t *pdfTable) {
	n := len(t.rows)
	host := n - 1 // the row the trailing lines go on from
	for host >= 1 && pdfKeyLineOnly(t.rows[host]) {
		host--
	}
	if host == n-1 || host < 0 || len(t.rows[host]) == 0 || len(t.rows[host][0]) == 0 {
		return
	}
	lines := 0
	for _, r := range t.rows[host+1:] {
		lines += len(r[0])
	}
	if lines > 1 && n-1-host == lines && len(t.rows[host][0]) < 2 {
		return // lines of their own under a row that wraps no key: not its key's end
	}
	if !slices.ContainsFunc(t.rows[:host+1], func(r [][]string) bool { return len(r) > 0 && len(r[0]) > 1 }) {
		return // a first column that wraps no other cell: a column of line numbers, a matrix
	}
	filled := 0
	for _, c := range t.rows[host] {
		if len(c) > 0 {
			filled++
		}
	}
	if filled < 2 {
		return
	}
	for k := host + 1; k < n; k++ {
		t.rows[host][0] = append(t.rows[host][0], t.rows[k][0]...)
		t.rowNotes[host] = append(t.rowNotes[host], t.rowNotes[k]...)
	}
	t.rows, t.rowNotes = t.rows[:host+1], t.rowNotes[:host+1]
	if len(t.group) == n {
		t.group = t.group[:host+1]
	}
	if len(t.rowY) == n {
		t.rowY[host][1] = t.rowY[n-1][1]
		t.rowY = t.rowY[:host+1]
	}
}

// pdfKeyLineOnly reports a row of text in its first column only, every
// line of which goes on from a line above: none starts anew with a capital
// (a note under the table, "Bron: …") or is a number alone (the next of a
// numbered column).
func pdfKeyLineOnly(r [][]string) bool {
	if len(r) < 2 || len(r[0]) == 0 {
		return false
	}
	for _, c := range r[1:] {
		if len(c) > 0 {
			return false
		}
	}
	return !slices.ContainsFunc(r[0], func(l string) bool {
		return pdfStartsUpper(l) || strings.TrimFunc(l, unicode.IsDigit) == ""
	})
}

// pdfJoinBrokenRow joins the first row of a continuation to the last row
// of the part before when its first cell is empty, or when the line
// breaks say its first line goes on from the lines of that row before the
// page break (pdfRowStarts; the first column wraps too: "sumalidine
// (neusspray" over "10 mg per dosis)"): a row broken at the page, whose
// cells go on under the repeated header. The whole row is asked, not its
// last line alone: ReportLab's FT-04 ended a page with morvastine's row,
// whose last line had text in the last column only, and beluxaan's row,
// the next page's first, was read as its rest. Within a part a line
// that leaves the first column empty continues the row above
// (pdfFillTable); across the page break the same holds.
func pdfJoinBrokenRow(last, t *pdfTable) {
	if len(t.rows) == 0 || len(last.rows) == 0 {
		return
	}
	// A first cell merged over rows leaves the first column of the rows
	// after its first empty (or fills it with the same text): where the
	// part before has such rows, an empty first cell is no sign of a
	// broken row, and the line breaks decide (wkhtmltopdf's FT-20 broke
	// neboclavir's rows after its "ouderen ≥ 75 jaar", and its "eGFR
	// 30–60" had been read as their rest: "200 mg 200 mg · 2 dd 1 dd").
	merged := false
	for i := 1; i < len(last.rows); i++ {
		r, above := last.rows[i], last.rows[i-1]
		merged = merged || len(r) > 1 && (len(r[0]) == 0 || len(above) > 0 && slices.Equal(r[0], above[0]))
	}
	if (len(t.rows[0][0]) > 0 || merged) && (len(last.tail) == 0 || len(t.lead.cells) != len(last.tail[0].cells) ||
		pdfRowStarts(last.tail, t.lead, last.shape)) {
		return
	}
	// The rows of the first cell alone after it are the rest of that cell:
	// "< 30)" of "Verminderde nierfunctie (eGFR < 30)", a row LibreOffice
	// breaks over the page under FT-07's repeated header, had been a row
	// of its own ("Patiënt: < 30)") that answered "Bij welke patiënten …?"
	k := 1
	for k < len(t.rows) && len(t.rows[k]) > 1 && len(t.rows[k][0]) > 0 && !slices.ContainsFunc(t.rows[k][1:], func(c []string) bool { return len(c) > 0 }) {
		k++
	}
	above := last.rows[len(last.rows)-1]
	for _, r := range t.rows[:k] {
		for c, lines := range r {
			if c < len(above) {
				above[c] = append(above[c], lines...)
			}
		}
	}
	for _, notes := range t.rowNotes[:k] {
		last.rowNotes[len(last.rowNotes)-1] = append(last.rowNotes[len(last.rowNotes)-1], notes...)
	}
	t.rows, t.rowNotes = t.rows[k:], t.rowNotes[k:]
	if len(t.rowY) >= k {
		t.rowY = t.rowY[k:]
	}
	if len(t.group) >= k {
		t.group = t.group[k:]
	}
}

// pdfContinues tells whether table t, the first on its page, goes on
// table last of the page before (head being its first part): no caption
// of its own, as many columns, and the header repeated at the top of the
// page, or the same column edges and the same header or none.
func pdfContinues(head, last, t *pdfTable) bool {
	captioned := len(t.caption) > 0 && !(t.captionBelow && len(head.caption) == 0) && !pdfSameTableLabel(head.caption, t.caption)
	if captioned || len(t.colX) != len(last.colX) {
		return false
	}
	if t.atTop && t.header != nil && head.header != nil && slices.EqualFunc(t.header, head.header, slices.Equal) {
		// the header repeated at the top of the page: its columns, found
		// from the whitespace of other rows, may stand a little apart
		return true
	}
	for i := range t.colX {
		if math.Abs(t.colX[i]-last.colX[i]) > 3*pdfRuleTol {
			return false
		}
	}
	if t.header != nil {
		return head.header != nil && slices.EqualFunc(t.header, head.header, slices.Equal)
	}
	return t.atTop
}

// pdfSameTableLabel tells whether caption repeats the number of the table
// head names ("Tabel 1 Dosering … (vervolg)" under "Tabel 1 Dosering …"):
// the caption of a table's continuation, which pdf-lib's FT-57 prints
// over the part of its dose table on the next page.
func pdfSameTableLabel(head, caption []string) bool {
	if len(head) == 0 || len(caption) == 0 {
		return false
	}
	label := func(lines []string) string {
		return strings.ToLower(strings.Join(strings.Fields(captionPattern().FindString(strings.TrimSpace(lines[0]))), " "))
	}
	l := label(head)
	return l != "" && l == label(caption)
}

// pdfTableBlock is what page assembly needs of a table part: the rendered
// caption and rows, and where they belong in Document.Tables.
type pdfTableBlock struct {
	index, first int
	caption      string // "" for a continuation
	rows         []string
	notes        [][]string // per row: its note markers
}

// pdfFinishTables links the tables across pages, joins their cells with the
// document's vocabulary (hyphenation), attaches each part to the block
// holding its marker and returns the document's tables.
func pdfFinishTables(pages [][]pdfTable, numbers []int, blocks [][]pdfBlock, vocab map[string]int) []Table {
	for p := range pages {
		pdfReadingOrder(pages[p], blocks[p])
	}
	pdfLinkTables(pages)
	heads := map[string]bool{} // a header repeated on each page counts once
	for _, ts := range pages {
		for _, t := range ts {
			for _, c := range t.header {
				for _, l := range c {
					if !heads[l] {
						heads[l] = true
						addVocab(vocab, l)
					}
				}
			}
			for _, r := range t.rows {
				for _, c := range r {
					for _, l := range c {
						addVocab(vocab, l)
					}
				}
			}
		}
	}
	join := func(lines []string) string { return strings.TrimSpace(joinLines(lines, vocab)) }
	cell := func(lines []string) string { return join(mendCellLines(labelledLines(lines), vocab)) }
	// A table with group headings (pdfGroupRow) gets a first column of
	// its own: each row's group, what its rows are about, as a first
	// column merged over them would say it; the heading is no row. A
	// group's heading as the table's last row (over its pages) heads no
	// rows and is a row of its own: a note across the columns under a
	// score ("Totaal 0-4: licht; 5-8: matig", FT-34).
	last := map[int][2]int{}
	for p, ts := range pages {
		for _, t := range ts {
			if len(t.rows) > 0 {
				last[t.index] = [2]int{p, len(t.rows) - 1}
			}
		}
	}
	headsRows := func(p int, t pdfTable, i int) bool {
		return i < len(t.group) && t.group[i] && last[t.index] != [2]int{p, i}
	}
	grouped := map[int]bool{}
	for p, ts := range pages {
		for _, t := range ts {
			for i := range t.rows {
				if headsRows(p, t, i) {
					grouped[t.index] = true
				}
			}
		}
	}
	label := map[int]string{}     // per table: the group heading above
	plain := map[int][][]string{} // per grouped table: its rows without the group column
	var out []Table
	for p, ts := range pages {
		for _, t := range ts {
			if !t.cont {
				tab := Table{Page: numbers[p], Caption: join(t.caption)}
				if grouped[t.index] {
					tab.Header = append(tab.Header, "")
				}
				for _, c := range t.header {
					tab.Header = append(tab.Header, cell(c))
				}
				out = append(out, tab)
			}
			tab := &out[t.index-1]
			// A continuation's rows without a first cell go on with the
			// last drug of the part before only when that part ends its
			// page: text after it may be rows that were not read as the
			// table's ("saphradine" and its first rows at the foot of
			// ConTeXt's FT-22 page 4), and carried over they would make
			// saphradine's doses brelomycine's.
			carry := t.cont && t.carried || !t.cont && pdfCentredKeys(&t)
			tb := &pdfTableBlock{index: t.index, first: len(tab.Rows)}
			if !t.cont {
				tb.caption = tab.Caption
			}
			for i, r := range t.rows {
				cells := make([]string, len(r))
				for c, lines := range r {
					cells[c] = cell(lines)
				}
				g := grouped[t.index]
				if g && headsRows(p, t, i) {
					label[t.index] = strings.Join(strings.Fields(strings.Join(cells, " ")), " ")
					continue
				}
				above := tab.Rows
				if g {
					above = plain[t.index]
					plain[t.index] = append(plain[t.index], cells)
				}
				if carry {
					pdfCarryKey(above, cells)
				}
				fillIdem(above, cells)
				if g {
					cells = append([]string{label[t.index]}, cells...)
				}
				tab.Rows = append(tab.Rows, cells)
				tb.rows = append(tb.rows, tab.RowText(len(tab.Rows)-1))
				tb.notes = append(tb.notes, t.rowNotes[i])
			}
			pdfAttachTable(blocks[p], t.marker, tb)
		}
	}
	return out
}

// pdfCaptionsFromPageBefore gives a table at the top of a page the caption
// that ends the page before, with the table's header row after it: a
// browser or word processor that breaks a table after its header leaves
// the caption and a header without rows at the foot of one page and
// repeats the header above the rows on the next ("Tabel 2 Dosering …",
// "Middel Toedieningsvorm …"). The caption and that orphan header leave
// the page before; the table gets the caption. So does a table without a
// header from a caption and header that end the page before
// (pdfOrphanHeader), and one from a caption alone there
// (pdfOrphanCaption).
func pdfCaptionsFromPageBefore(raw []pdfRawPage, pages [][]pdfTable) {
	labels := pdfCaptionLabels(pages)
	for p := 1; p < len(pages); p++ {
		if len(pages[p]) == 0 {
			continue
		}
		t := &pages[p][0]
		rows := raw[p-1].rows
		if len(t.caption) > 0 || len(rows) == 0 {
			continue
		}
		top := t.atTop || pdfPageNumberAbove(raw[p].rows, t.marker)
		if t.header == nil && top {
			pdfOrphanHeader(t, raw, p-1)
		}
		if len(t.caption) == 0 && top {
			pdfOrphanCaption(t, raw, p-1, labels)
		}
		if len(t.caption) > 0 || !t.atTop || t.header == nil {
			continue
		}
		head := map[string]int{}
		for _, c := range t.header {
			for _, l := range c {
				for _, w := range strings.Fields(l) {
					head[w]++
				}
			}
		}
		// The caption: one of the last four rows, every row after it a
		// row of header words only.
		for j := len(rows) - 1; j >= 0 && j >= len(rows)-4; j-- {
			if !pdfCaptionRE.MatchString(rows[j].text()) {
				continue
			}
			if j == len(rows)-1 || !pdfOnlyWords(rows[j+1:], head) {
				break
			}
			t.caption = []string{rows[j].text()}
			raw[p-1].rows = rows[:j]
			break
		}
	}
}

// pdfCaptionsFromPageAfter gives a table that ends its page without a
// caption the caption that opens the next page: a browser keeps a
// caption below its table (HTML's caption-side: bottom) with nothing, and
// a page break between the last row and the caption leaves "Tabel 2
// Dosering van geneesmiddelen bij klepperoor" alone at the top of the
// next page, above a heading. Only a caption no table of that page takes
// (none stands right under it), in a document that sets no caption above
// its table, and whose label is one of the document's table captions' or,
// when no table has one, that the document's text cites with that number
// ("(tabel 2)"): a figure's caption stays.
func pdfCaptionsFromPageAfter(raw []pdfRawPage, pages [][]pdfTable) {
	labels := pdfCaptionLabels(pages)
	for _, ts := range pages {
		for _, t := range ts {
			if len(t.caption) > 0 && !t.captionBelow {
				return // captions stand above their tables here
			}
		}
	}
	for p := 0; p+1 < len(pages); p++ {
		rows, next := raw[p].rows, raw[p+1].rows
		j := len(rows) - 1
		for j >= 0 && pdfPageNumberRow(rows[j]) {
			j--
		}
		i := 0
		for i < len(next) && pdfPageNumberRow(next[i]) {
			i++
		}
		if j < 0 || i >= len(next) || len(rows[j].words) == 0 || len(next[i].words) == 0 || next[i].words[0].table != 0 ||
			pdfCaptionStart(next[i].words) != 0 {
			continue
		}
		k := slices.IndexFunc(pages[p], func(t pdfTable) bool { return t.marker == rows[j].words[0].table })
		if k < 0 || len(pages[p][k].caption) > 0 {
			continue
		}
		caption := []string{next[i].text()}
		end := i + 1
		if end < len(next) && len(next[end].words) > 0 && next[end].words[0].table == 0 &&
			next[i].y-next[end].y <= 1.5*next[i].size && pdfCaptionGoesOn(next[i].words, next[end].words) {
			caption, end = append(caption, next[end].text()), end+1
		}
		if end < len(next) && len(next[end].words) > 0 && next[end].words[0].table != 0 {
			continue // the caption of the table under it
		}
		t := &pages[p][k]
		label, n, numbered := pdfCaptionNumber(caption[0])
		if !numbered || len(labels) > 0 && !labels[label] || !pdfWithin(next[i].words, t.x0, t.x1) {
			continue // a running header ("CHAPTER 6. ERROR HANDLING 23") spans the page
		}
		// the number goes on from the table captioned before it, or the
		// text cites it when none is
		if before, ok := pdfCaptionBefore(pages, p, label); ok && n != before+1 || !ok && !pdfCited(raw, label+" "+strconv.Itoa(n), p+1, i) {
			continue
		}
		t.caption, t.captionBelow = caption, true
		raw[p+1].rows = slices.Delete(slices.Clone(next), i, end)
	}
}

// pdfWithin tells whether the words stand within x0 and x1, but for a
// glyph's size.
func pdfWithin(ws []pdfWord, x0, x1 float64) bool {
	return ws[0].x0 >= x0-ws[0].size && ws[len(ws)-1].x1 <= x1+ws[0].size
}

// pdfCaptionBefore returns the number of the last caption with this label
// of a table on pages up to p ("Tabel 1" → 1).
func pdfCaptionBefore(pages [][]pdfTable, p int, label string) (int, bool) {
	n, ok := 0, false
	for _, ts := range pages[:p+1] {
		for _, t := range ts {
			if len(t.caption) == 0 {
				continue
			}
			if l, v, numbered := pdfCaptionNumber(t.caption[0]); numbered && l == label {
				n, ok = v, true
			}
		}
	}
	return n, ok
}

// pdfCited tells whether a row of the document other than row i of page
// p cites ref ("Tabel 2") in running text, in any case.
func pdfCited(raw []pdfRawPage, ref string, p, i int) bool {
	ref = strings.ToLower(ref)
	for q, page := range raw {
		for k, r := range page.rows {
			if q == p && k == i {
				continue
			}
			if t := strings.ToLower(r.text()); strings.Contains(t, ref) && !strings.HasPrefix(t, ref) {
				return true
			}
		}
	}
	return false
}

// pdfCaptionNumber returns a caption's label word and number ("Tabel",
// 2 of "Tabel 2: Dosering …"); numbered is false when no number follows
// the label (label "" when the caption is empty).
func pdfCaptionNumber(caption string) (label string, n int, numbered bool) {
	f := strings.Fields(caption)
	if len(f) == 0 {
		return "", 0, false
	}
	label = strings.TrimSuffix(f[0], ".")
	if len(f) < 2 {
		return label, 0, false
	}
	n, err := strconv.Atoi(strings.TrimRight(f[1], ".:"))
	return label, n, err == nil
}

// pdfCaptionLabels returns the label words of the document's table
// captions ("Tabel" of "Tabel 1 Berekening van de SEI").
func pdfCaptionLabels(pages [][]pdfTable) map[string]bool {
	labels := map[string]bool{}
	for _, ts := range pages {
		for _, t := range ts {
			if len(t.caption) > 0 {
				if label, _, _ := pdfCaptionNumber(t.caption[0]); label != "" {
					labels[label] = true
				}
			}
		}
	}
	return labels
}

// pdfOrphanCaption gives a table at the top of a page the caption that
// alone ends the page before, but for a page number under it: a word
// processor or formatter that does not keep a caption with its table
// (Apache FOP's FT-04: "Tabel 2 Dosering van geneesmiddelen bij
// sintelhuidziekte" at the foot of page 4, the table with its header on
// page 5; XeLaTeX's, in two lines after the heading "4.3.2 Dosering").
// The caption's label must be that of another table's caption in
// the document, so that a figure's caption ending a page is not taken.
func pdfOrphanCaption(t *pdfTable, raw []pdfRawPage, before int, labels map[string]bool) {
	rows := raw[before].rows
	j := len(rows) - 1
	for j >= 0 && pdfPageNumberRow(rows[j]) {
		j--
	}
	// The caption's first line is the last row, or the row above it when
	// the last goes on with it ("… bij sin-" over "telhuidziekte"). Words
	// before the caption on its line ("4.3.2 Dosering") stay.
	for i := j; i >= 0 && i >= j-1; i-- {
		if len(rows[i].words) == 0 || rows[i].words[0].table != 0 || len(rows[j].words) == 0 || rows[j].words[0].table != 0 {
			return
		}
		k := pdfCaptionStart(rows[i].words)
		if k < 0 {
			continue
		}
		caption := rows[i].words[k:]
		if !labels[strings.TrimSuffix(caption[0].text, ".")] || i < j && !pdfCaptionGoesOn(caption, rows[j].words) {
			return
		}
		t.caption = []string{pdfWordsText(caption)}
		out := slices.Clone(rows)
		if i < j {
			t.caption = append(t.caption, rows[j].text())
			out = slices.Delete(out, j, j+1)
		}
		out[i].words = rows[i].words[:k]
		if k == 0 {
			out = slices.Delete(out, i, i+1)
		}
		raw[before].rows = out
		return
	}
}

// pdfPageNumberRow tells whether a row holds only a page number ("-2-",
// "2"). A table's marker row holds no text and is none.
func pdfPageNumberRow(r pdfRow) bool {
	if len(r.words) > 0 && r.words[0].table != 0 {
		return false
	}
	return strings.TrimFunc(r.text(), func(c rune) bool {
		return unicode.IsDigit(c) || unicode.IsSpace(c) || strings.ContainsRune("-–—", c)
	}) == ""
}

// pdfPageNumberAbove tells whether only a page number ("-2-", "2")
// stands above the table marked k on its page: a running header that a
// short document does not repeat often enough to be set aside.
func pdfPageNumberAbove(rows []pdfRow, k int) bool {
	for _, r := range rows {
		if r.words[0].table == k {
			return true
		}
		if !pdfPageNumberRow(r) {
			return false
		}
	}
	return false
}

// pdfOrphanHeader gives a table at the top of a page without a header the
// caption and the header that end page before: a typesetter that does not
// repeat a table's header (groff's tbl without a running header) may leave
// the caption and the header alone at the foot of a page, the rows on the
// next. The lines after the caption, three at most, are the header when
// every word of them stands in one of the table's columns (the pages share
// their geometry) and every column gets one.
func pdfOrphanHeader(t *pdfTable, raw []pdfRawPage, before int) {
	rows := raw[before].rows
	if len(t.colX) < 2 {
		return
	}
	for j := len(rows) - 2; j >= 0 && j >= len(rows)-4; j-- {
		if !pdfCaptionRE.MatchString(rows[j].text()) {
			continue
		}
		for _, r := range rows[j+1:] {
			if !t.headerGaps(r.words) || slices.ContainsFunc(r.words, func(w pdfWord) bool { return w.table != 0 || t.headerColumn(w) < 0 }) {
				return
			}
		}
		cells := t.headerCells(rows[j+1:])
		if cells == nil {
			return
		}
		t.header = cells
		t.caption = []string{rows[j].text()}
		raw[before].rows = rows[:j]
		return
	}
}

// pdfOnlyWords reports whether the rows hold only words of the multiset
// words, at least half of them.
func pdfOnlyWords(rows []pdfRow, words map[string]int) bool {
	left, total, used := maps.Clone(words), 0, 0
	for _, n := range words {
		total += n
	}
	for _, r := range rows {
		for _, w := range r.words {
			for _, f := range strings.Fields(w.text) {
				if left[f] == 0 {
					return false
				}
				left[f]--
				used++
			}
		}
	}
	return 2*used >= total
}

// pdfMergedRun tells whether rows joined by rules that leave their first
// column out look like one merged first cell: its text, a line or a few,
// in one run of rows, and at least as many rows without first-column text
// as with it, less one ("pentavir" beside the middle one of three rows).
// A grid whose row rules merely stop short of its first column (a font's
// code chart labelling each row) has text beside nearly every row.
func pdfMergedRun(rows [][][]string) bool {
	with, first, last := 0, -1, -1
	for i, r := range rows {
		if len(r[0]) > 0 {
			with++
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	empty := len(rows) - with
	return empty > 0 && with <= empty+1 && last-first+1 == with
}

// pdfKeyGoesOn tells whether the first cells of rows joined by rules
// that leave their first column out are one cell's lines: each row's
// first cell goes on from the line above, which leads on ("Brantoxim" over
// "tablet 20 mg en" beside adults, "40 mg" beside children of 12–17, the
// rest of the merged cell's rows on the next page). pdfmake sets a merged
// cell's text at the top of its rows, and where the page breaks the cell
// after two rows its lines fill both: the children's row and the rows
// after the break had been brantoxim's only as "40 mg".
//
// A cell centred on its rows whose lines outnumber the rows leaves a row
// above or below it without a line, and its lines fall one or two to a
// row: ConTeXt's FT-49 set "olvenzide" / "tablet 125 mg," / "250 mg;
// zetpil" / "62,5 mg" beside the last three of olvenzide's four rows,
// none of them with the drug's name but the first. Beside a row left
// empty (no grid labels every row so) a line that starts in lower case or
// with a digit goes on from the one above, whether or not that one leads
// on.
func pdfKeyGoesOn(rows [][][]string) bool {
	lo, hi := 0, len(rows)
	for lo < hi && len(rows[lo][0]) == 0 {
		lo++
	}
	for hi > lo && len(rows[hi-1][0]) == 0 {
		hi--
	}
	centred := lo > 0 || hi < len(rows)
	if hi-lo < 2 {
		return false
	}
	for i := lo + 1; i < hi; i++ {
		above, cell := rows[i-1][0], rows[i][0]
		if len(above) == 0 || len(cell) == 0 {
			return false
		}
		words, next := strings.Fields(above[len(above)-1]), strings.Fields(cell[0])
		if len(next) == 0 || len(words) == 0 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(next[0])
		if !centred && !pdfPhraseGoesOn(words[len(words)-1]) || !unicode.IsLower(r) && !unicode.IsDigit(r) {
			return false // (a line that starts with a capital starts a cell: "K+" under "+ Na")
		}
	}
	return true
}

// pdfCentredKeys gives the rows of a first-column cell merged over
// several rows and centred on them that cell's text, when the table is
// seen to centre its merged cells: its first row has no first cell
// ("pentavir" stands beside the second of its three rows). Each cell's
// rows are then those around it: the run of rows from the one after the
// previous cell's last, ending before the next cell, whose middle is
// nearest the cell's (and within a third of the row pitch). It reports whether carrying an
// empty first cell down from the row above is safe (pdfCarryKey): always
// when the first row has its first cell (cells set at the top of their
// rows, or no merged cells), and after the rows were given their cells
// here. When the rows cannot be divided that way, nothing is filled in: a
// dose beside no drug is refused, one beside the drug of the rows above
// would be the wrong drug's.
func pdfCentredKeys(t *pdfTable) bool {
	n := len(t.rows)
	if n == 0 || len(t.rows[0]) < 2 || len(t.rows[0][0]) > 0 {
		return true
	}
	if len(t.rowY) != n || n < 2 || pdfKeysAtTop(t) {
		return false
	}
	var gaps []float64
	for i := 1; i < n; i++ {
		gaps = append(gaps, t.rowY[i-1][0]-t.rowY[i][0])
	}
	slices.Sort(gaps)
	tol := gaps[len(gaps)/2] / 3
	centre := func(a, b int) float64 { return (t.rowY[a][0] + t.rowY[b][1]) / 2 }
	owner := make([]int, n)
	start := 0
	for k := 0; k < n; k++ {
		if len(t.rows[k][0]) == 0 {
			continue
		}
		next := k + 1
		for next < n && len(t.rows[next][0]) == 0 {
			next++
		}
		end, best := -1, tol
		for e := k; e < next; e++ {
			if d := math.Abs(centre(start, e) - t.rowY[k][2]); d <= best {
				end, best = e, d
			}
		}
		if end < 0 {
			return false
		}
		for i := start; i <= end; i++ {
			owner[i] = k
		}
		start = end + 1
	}
	if start != n {
		return false
	}
	for i := range t.rows {
		if i != owner[i] {
			t.rows[i][0] = slices.Clone(t.rows[owner[i]][0])
		}
	}
	return true
}

// pdfKeysAtTop reports whether the table sets its first cells at the top
// of their rows, not centred on them: a first cell that starts on its
// row's first line and ends above its last ("pravetrine-oorzalf 2%" beside
// "2 dd dun / aanbrengen"). A row without a first cell at the top of such
// a table is no part of a cell merged over rows around it: WeasyPrint
// breaks a row over two pages, and its second half, above the next drug's
// row, belongs to the drug on the page before.
func pdfKeysAtTop(t *pdfTable) bool {
	for i, y := range t.rowY {
		if last := 2*y[2] - y[3]; len(t.rows[i][0]) > 0 && math.Abs(y[3]-y[0]) < 0.5 && last-y[1] > 0.5 {
			return true
		}
	}
	return false
}

// pdfCarryKey fills an empty first cell of a row from the row above: a
// PDF draws a cell merged over several rows once ("saltrevol" beside its
// aerosol and its inhaler row), where HTML repeats it by rowspan, and the
// first column names what the row is about, so a row without it would be
// a dose of no drug. Only the first column: an empty cell elsewhere may
// be empty. Not under a column of indexes, one or two letters or digits
// each, none repeated (indexColumn): the letters of a score's name group
// no rows, and the row under them without one is a total ("Maximale score
// · 7" had become the criterion "R", LaTeX's FT-192, and its points the
// answer for two criteria).
func pdfCarryKey(above [][]string, cells []string) {
	if len(above) == 0 || len(cells) < 2 || cells[0] != "" || len(above[len(above)-1]) == 0 || indexColumn(above) {
		return
	}
	if slices.ContainsFunc(cells[1:], func(c string) bool { return c != "" }) {
		cells[0] = above[len(above)-1][0]
	}
}

// pdfReadingOrder sorts a page's tables by where layout put their markers.
func pdfReadingOrder(ts []pdfTable, blocks []pdfBlock) {
	at := map[int]int{}
	for i, b := range blocks {
		for _, l := range b.lines {
			if l.table != 0 {
				at[l.table] = i
			}
		}
	}
	slices.SortStableFunc(ts, func(a, b pdfTable) int { return cmp.Compare(at[a.marker], at[b.marker]) })
}

// pdfAttachTable gives the block holding marker k its table part.
func pdfAttachTable(blocks []pdfBlock, k int, tb *pdfTableBlock) {
	for i := range blocks {
		for _, l := range blocks[i].lines {
			if l.table == k {
				blocks[i].table = tb
				return
			}
		}
	}
}

// pdfAssembleTable writes a table part into the page text: its caption
// block, then one block per body row. It returns the new rune position.
func pdfAssembleTable(page *Page, sb *strings.Builder, pos int, tb *pdfTableBlock) int {
	add := func(kind Kind, text string, row int, notes []string) {
		if text == "" {
			return
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
			pos += 2
		}
		n := utf8.RuneCountInString(text)
		page.Blocks = append(page.Blocks, Block{Kind: kind, Start: pos, End: pos + n, Table: tb.index, Row: row, Notes: notes})
		sb.WriteString(text)
		pos += n
	}
	add(Caption, tb.caption, 0, nil)
	for i, r := range tb.rows {
		var notes []string
		if i < len(tb.notes) {
			notes = tb.notes[i]
		}
		add(TableRow, r, tb.first+i, notes)
	}
	return pos
}

// pdfSplitsSegments tells whether two consecutive rows stand between the
// same two row rules (bounds): no rule parts them.
func pdfSplitsSegments(rows [][]pdfTableLine, bounds []float64) bool {
	for i := 1; i < len(rows); i++ {
		upper, lower := rows[i-1][len(rows[i-1])-1].y, rows[i][0].y
		if !slices.ContainsFunc(bounds, func(b float64) bool { return upper > b && b > lower }) {
			return true
		}
	}
	return false
}

// pdfLineSize returns the largest type on a table's line: lines of text
// stand at least about that far apart, and a step less than it is a line
// shifted by a raised or lowered word ("mg/ml⁴"), no line pitch.
func pdfLineSize(l pdfTableLine) float64 {
	size := 0.0
	for _, ws := range l.cells {
		for _, w := range ws {
			size = max(size, w.size)
		}
	}
	return size
}
