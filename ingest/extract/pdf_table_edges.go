package extract

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// Tables with narrow gutters. A word processor that sets a table without
// borders and with little cell padding (LibreOffice from HTML) leaves
// gutters between its columns hardly wider than a word space, so the
// aligned tables of pdfAlignedTable, which need gutters of 0.4 em in every
// line, are not seen. Their columns still show in their edges: the cells of
// a column start at one x, line after line, and no word of any line of the
// table runs across the gap before that x. Running text has no such edge
// inside a column: the word starts of justified or ragged lines fall at
// chance places, and a gap there is as wide as the line's other spaces.
// The search runs before the aligned one, since a table with narrow
// gutters may hold a run of lines whose wider gutters alone look like a
// smaller table, but it takes only runs with at least one gutter too
// narrow for the aligned search: a table with wide gutters keeps the
// columns the aligned search gives it.

// pdfEdgeTol is how far, in points, the starts of a column's cells may
// differ and still form one edge.
const pdfEdgeTol = 1.0

// pdfEdgeGap is how far apart, in ems, two rows of such a table may stand:
// cell padding above and below adds to the line pitch between rows.
const pdfEdgeGap = 4.0

// pdfEdge is a gap shared by the rows of a run, with the number of rows
// that start a word at its right end.
type pdfEdge struct {
	pdfSpan
	starts int
}

// pdfEdgeTable finds the first run of unruled lines that share at least two
// gaps of any width, one of them too narrow for pdfAlignedTable, where the
// cells after each gap line up (an edge) and are short; see pdfEdgeRun and
// pdfEdgeCheck.
func pdfEdgeTable(rows []pdfRow, body float64, sparse bool) (pdfTable, bool) {
	left, right := math.Inf(1), math.Inf(-1)
	for _, r := range rows {
		left, right = min(left, r.words[0].x0), max(right, r.words[len(r.words)-1].x1)
	}
	minGap := pdfWordGap * body
	free := pdfFreeSpansAll(rows, pdfSpan{left, right}, minGap)
	sorted := make([]bool, len(rows))
	for k, r := range rows {
		sorted[k] = pdfMiddlesSorted(r.words)
	}
	var bufs [2][]pdfEdge
	lastJ, lastCuts := -1, []float64(nil)
	wide := 0.0
	if sparse {
		wide = 1.1 * pdfTypicalSpace(rows, body)
	}
	for i := 0; i+2 < len(rows); i++ {
		j, cuts := pdfEdgeRun(rows, free, i, right, minGap, wide, body, sparse, &bufs)
		if j-i+1 < 3 || len(cuts) < 2 {
			continue
		}
		// A run that ends where the one before ended, with the same
		// columns, is that run less its first row: it was checked. On a
		// page of lines that all share their gaps every row starts such
		// a run (BenchmarkPDFGlyphPage).
		if j == lastJ && slices.Equal(cuts, lastCuts) {
			continue
		}
		lastJ, lastCuts = j, cuts
		if t, ok := pdfEdgeCheck(rows[i:j+1], sorted[i:j+1], cuts, body, sparse); ok && !pdfStartsInsideRow(rows, sorted, i, j, cuts, body) {
			return t, true
		}
	}
	return pdfTable{}, false
}

// pdfStartsInsideRow tells whether the run rows[i..j] starts inside a row
// of cells centred in their rows' height: a line less than 0.75 of the
// columns' pitch above its first line. Such a cell sets its lines between
// those of its neighbours, half a line apart; a run that starts below one
// of them (whose cells are too few to make the run's edges) would join the
// lower half of one row to the upper half of the next, a table worse than
// none.
func pdfStartsInsideRow(rows []pdfRow, sorted []bool, i, j int, cuts []float64, body float64) bool {
	if i == 0 || rows[i-1].words[0].table != 0 {
		return false
	}
	pitch := pdfColumnPitch(pdfSplitSorted(rows[i:j+1], sorted[i:j+1], cuts), body)
	return rows[i-1].y-rows[i].y < 0.75*pitch
}

// pdfEdgeRun grows a run of rows from rows[i] while the rows keep at least
// two gaps in common. A gap that three rows or more start a word after,
// each behind a space wider than wide, is a column edge: a row with a word
// across it ends the run (a heading or a paragraph under the table),
// rather than taking the column away. In the sparse pass wide is a word
// space and a tenth, so words that start at one x behind mere word spaces
// ("1 dd 0,1 mg" over "1 dd 75 mg" in one cell) make no edge, and once two
// such edges make the run a table, a gap every row leaves free that two
// rows start a word after is a column too: in a table of two rows, a
// column whose cells take one line each starts no more. Otherwise wide is
// 0. It returns the run's last row and the middles of its interior gaps.
func pdfEdgeRun(rows []pdfRow, free [][]pdfSpan, i int, right, minGap, wide, body float64, sparse bool, bufs *[2][]pdfEdge) (int, []float64) {
	if rows[i].words[0].table != 0 || len(free[i]) < 2 {
		return i, nil
	}
	common := bufs[0][:0]
	for _, s := range free[i] {
		n := 0
		if s.x1-s.x0 > wide {
			n = pdfStartsAt(rows[i], s.x1)
		}
		common = append(common, pdfEdge{s, n})
	}
	bufs[0] = common
	k, j := 1, i
	for j+1 < len(rows) {
		next := rows[j+1]
		if next.words[0].table != 0 || rows[j].y-next.y > pdfEdgeGap*max(body, next.size) {
			break
		}
		out, kept := pdfEdgeIntersect(bufs[k][:0], common, free[j+1], right, minGap, wide)
		bufs[k] = out
		if !kept || len(out) < 2 {
			break
		}
		common, k = out, 1-k
		j++
	}
	run := rows[i : j+1]
	x0, x1 := pdfRunExtent(run)
	interior := func(e pdfEdge, starts int) bool {
		return e.x0 > x0 && e.x1 < x1 && e.starts >= starts && pdfBothSides(run, e.pdfSpan)
	}
	least := 3
	if strong := 0; sparse && slices.ContainsFunc(common, func(e pdfEdge) bool {
		if interior(e, 3) {
			strong++
		}
		return strong >= 2
	}) {
		least = 2
	}
	var cuts []float64
	narrow := false
	for _, e := range common {
		if interior(e, least) {
			cuts = append(cuts, (e.x0+e.x1)/2)
			narrow = narrow || e.x1-e.x0 < pdfAlignedMinGap(body)
		}
	}
	if !narrow {
		return j, nil // pdfAlignedTable's gutters: found there
	}
	return j, cuts
}

// pdfEdgeIntersect appends the overlaps of the run's gaps with the free
// spans of the next row to out, counting a start at a gap's right end when
// the row's word after the free span starts there behind a space wider than
// wide. Both lists are sorted and disjoint, so one pass over them does. It
// reports false when the row runs across a column edge. right is where the
// rows end: a free span ending there has no word after it.
func pdfEdgeIntersect(out, common []pdfEdge, free []pdfSpan, right, minGap, wide float64) ([]pdfEdge, bool) {
	p := 0
	for _, e := range common {
		for p < len(free) && free[p].x1 <= e.x0 {
			p++
		}
		kept := false
		for q := p; q < len(free) && free[q].x0 < e.x1; q++ {
			f := free[q]
			lo, hi := max(e.x0, f.x0), min(e.x1, f.x1)
			if hi-lo < minGap {
				continue
			}
			n := 0
			if f.x1-hi <= pdfEdgeTol && f.x1 < right && f.x1-f.x0 > wide {
				n = 1
			}
			if e.x1-hi <= pdfEdgeTol {
				n += e.starts
				kept = true
			}
			out = append(out, pdfEdge{pdfSpan{lo, hi}, n})
		}
		if !kept && e.starts >= 3 {
			return out, false
		}
	}
	return out, true
}

// pdfTypicalSpace returns the median space narrower than an em between the
// words of the rows: the word space of the page's text.
func pdfTypicalSpace(rows []pdfRow, body float64) float64 {
	var gaps []float64
	for _, r := range rows {
		for k := 1; k < len(r.words); k++ {
			if g := r.words[k].x0 - r.words[k-1].x1; g > 0 && g < body {
				gaps = append(gaps, g)
			}
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/2]
}

// pdfStartsAt returns 1 when a word of r starts within pdfEdgeTol of x.
func pdfStartsAt(r pdfRow, x float64) int {
	for _, w := range r.words {
		if math.Abs(w.x0-x) <= pdfEdgeTol {
			return 1
		}
	}
	return 0
}

// pdfEdgeCheck builds the table of a run found by its edges if it looks
// like one: every column holds cells in two lines at least, most of them
// shorter than eight words (a narrow column breaks "≥ 2 jaar en < 30"
// into lines of six words; a column of running text fills its lines), every
// column after the first starts at its edge in two of three lines (a
// centred header cell does not) behind a gap wider than the word spaces,
// the first column is not just list
// markers, and three lines have text in two columns or more. Lines need
// not fill every column: a cell set in the middle of its height starts
// between the lines of its neighbours.
// pdfEdgeMinColumns: a table found by its edges alone has at least four
// columns. Two or three columns with narrow gutters are as often running
// text set in columns beside each other (a journal page, a web page with an
// infobox), whose columns are left-aligned behind gaps wider than their
// word spaces too; a dose table has a column for the drug, the adult and
// child doses and the kidney function at least.
const pdfEdgeMinColumns = 4

// The sparse pass (pdfEdgeTable) takes a run only under a header in bold,
// whose lines it leaves out of the alignment test.
func pdfEdgeCheck(run []pdfRow, sorted []bool, cuts []float64, body float64, sparse bool) (pdfTable, bool) {
	cols := len(cuts) + 1
	if cols < pdfEdgeMinColumns {
		return pdfTable{}, false
	}
	lines := pdfSplitSorted(run, sorted, cuts)
	multi := 0
	for _, l := range lines {
		if l.filled() >= 2 {
			multi++
		}
	}
	if multi < 3 {
		return pdfTable{}, false
	}
	for c := range cols {
		long, used, leaders := 0, 0, 0
		for _, l := range lines {
			if n := len(l.cells[c]); n > 0 {
				used++
				if n >= 8 {
					long++
				}
				if !strings.ContainsFunc(pdfWordsText(l.cells[c]), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
					leaders++
				}
			}
		}
		// A column of mostly dot leaders is a table of contents, not a table.
		if used < 2 || long*2 > used || leaders*2 > used {
			return pdfTable{}, false
		}
	}
	// A header in bold (HTML's th) centres its cells: the edges are the
	// body's.
	head, least := 0, 3
	for sparse && head < len(lines)-2 && pdfLineBold(lines[head]) {
		head++
	}
	if sparse {
		if head == 0 {
			return pdfTable{}, false
		}
		least = 2
	}
	for c := 1; c < cols; c++ {
		if !pdfLeftAligned(lines[head:], c, least) || !pdfGapWider(lines, c) {
			return pdfTable{}, false
		}
	}
	// A table's columns vary from row to row; a line repeated word for
	// word (a scan's text layer, a test pattern) lines its words up too.
	constant := 0
	for c := range cols {
		first, same := "", true
		for _, l := range lines {
			if len(l.cells[c]) == 0 {
				continue
			}
			if text := pdfWordsText(l.cells[c]); first == "" {
				first = text
			} else if text != first {
				same = false
				break
			}
		}
		if same {
			constant++
		}
	}
	if 2*constant > cols {
		return pdfTable{}, false
	}
	if !slices.ContainsFunc(lines, func(l pdfTableLine) bool {
		return len(l.cells[0]) > 0 && !pdfCellMarkerRE.MatchString(pdfWordsText(l.cells[0]))
	}) {
		return pdfTable{}, false
	}
	x0, x1 := pdfRunExtent(run)
	top := run[0].y + 0.8*run[0].size
	bottom := run[len(run)-1].y - 0.3*run[len(run)-1].size
	t := pdfTable{x0: x0 - 0.5, x1: x1 + 0.5, bottom: bottom, top: top}
	// cells centred in their rows give the rows by their extents, as in a
	// ruled table
	if cells := pdfCellRows(lines, cols, body, head); cells != nil {
		return pdfFillTable(t, cells, cuts, x0, false)
	}
	segs := pdfSegmentsAt(lines, nil, pdfColumnPitch(lines, body))
	return pdfFillTable(t, segs, cuts, x0, false)
}

// pdfColumnPitch is the smallest usual distance between consecutive lines
// of one column. Lines of the whole table may stand closer: a cell centred
// in its row's height sets its lines between those of its neighbours.
func pdfColumnPitch(lines []pdfTableLine, body float64) float64 {
	var d []float64
	for c := range lines[0].cells {
		prev := math.NaN()
		for _, l := range lines {
			if len(l.cells[c]) == 0 {
				continue
			}
			if g := prev - l.y; g > 0.5*body {
				d = append(d, g)
			}
			prev = l.y
		}
	}
	if len(d) == 0 {
		return 1.2 * body
	}
	slices.Sort(d)
	return d[len(d)/4]
}

// pdfGapWider tells whether the gap before column c is wider than the word
// spaces beside it, a tenth wider at least, in half the lines with words on
// both sides: the spaces of the two cells, or where both hold one word,
// those of the whole line. Running text sets the spaces of a line alike,
// whether justified or not, so a gap there is one of them; a table's gap
// is its cells' padding plus the free end of the cell before.
func pdfGapWider(lines []pdfTableLine, c int) bool {
	against, measured := 0, 0
	for _, l := range lines {
		a, b := l.cells[c-1], l.cells[c]
		if len(a) == 0 || len(b) == 0 {
			continue
		}
		inner := max(pdfWordSpace(a), pdfWordSpace(b))
		if inner == 0 {
			for _, ws := range l.cells {
				inner = max(inner, pdfWordSpace(ws))
			}
		}
		if inner == 0 {
			continue
		}
		measured++
		if b[0].x0-a[len(a)-1].x1 < 1.1*inner {
			against++
		}
	}
	return against*2 <= measured
}

// pdfWordSpace returns the widest space between the words of a cell line.
func pdfWordSpace(ws []pdfWord) float64 {
	inner := 0.0
	for i := 1; i < len(ws); i++ {
		inner = max(inner, ws[i].x0-ws[i-1].x1)
	}
	return inner
}

// pdfLineBold tells whether every word of a table line is bold.
func pdfLineBold(l pdfTableLine) bool {
	n := 0
	for _, ws := range l.cells {
		for _, w := range ws {
			if w.bold < w.n {
				return false
			}
			n++
		}
	}
	return n > 0
}

// pdfLeftAligned tells whether the cells of column c start at one x in two
// of three lines with text there, three at least, or least (two, in the
// sparse pass) where the column holds no more.
func pdfLeftAligned(lines []pdfTableLine, c, least int) bool {
	var lefts []float64
	for _, l := range lines {
		if ws := l.cells[c]; len(ws) > 0 {
			lefts = append(lefts, ws[0].x0)
		}
	}
	n := pdfModeCount(lefts, pdfEdgeTol)
	return n >= max(least, min(3, len(lefts))) && n*3 >= len(lefts)*2
}
