package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Tables drawn with characters: a plain text printed as PDF (an older
// practice system's print, GNU enscript, a2ps) draws its tables as ASCII
// art, "+-----+-----+" borders and "|" between the cells, in a monospaced
// font, and no rule at all. Read as text, such a table came out column by
// column (FT-56: not one dose of its table was answered). The characters
// that draw the table are made the rules they stand for, and taken out of
// the text, so that the ruled-table reader reads it as it reads a table
// of drawn rules: a border line is a horizontal rule along its dashes, a
// "|" or "+" a piece of vertical rule reaching the lines above and below
// that have one in the same place. A border that leaves a column out
// ("|          +------+") leaves that cell merged over the rows, as a
// drawn table's does.

// pdfCharTableMinRows is the fewest lines a table of characters spans,
// two of them borders.
const pdfCharTableMinRows = 3

// pdfCharacterRules returns the page's glyphs without those that draw a
// table of characters, and the rules they draw.
func pdfCharacterRules(glyphs []pdfGlyph) ([]pdfGlyph, []pdfRule) {
	edges := 0 // a page without a table's corners and bars costs one pass
	for _, g := range glyphs {
		if g.s == "+" || g.s == "|" {
			edges++
		}
	}
	if edges < 2*pdfCharTableMinRows {
		return glyphs, nil
	}
	// lines: glyph indexes by baseline, top down, each left to right
	var lines []*pdfCharLine
	byY := map[float64]*pdfCharLine{}
	for i, g := range glyphs {
		if g.rot != 0 {
			continue
		}
		y := math.Round(g.y*10) / 10
		l := byY[y]
		if l == nil {
			l = &pdfCharLine{y: y}
			byY[y] = l
			lines = append(lines, l)
		}
		if !g.space && g.s != " " {
			l.text = append(l.text, i)
		}
	}
	slices.SortFunc(lines, func(a, b *pdfCharLine) int { return cmp.Compare(b.y, a.y) })
	for _, l := range lines {
		slices.SortFunc(l.text, func(a, b int) int { return cmp.Compare(glyphs[a].x, glyphs[b].x) })
	}
	boxed := func(l *pdfCharLine) bool { // a line that starts and ends with a table's edge
		if len(l.text) < 2 {
			return false
		}
		first, last := glyphs[l.text[0]].s, glyphs[l.text[len(l.text)-1]].s
		return (first == "|" || first == "+") && (last == "|" || last == "+")
	}
	border := func(l *pdfCharLine) bool { // "+----+====+", "|      +---+"
		dashes := 0
		for _, i := range l.text {
			switch glyphs[i].s {
			case "-", "=":
				dashes++
			case "+", "|":
			default:
				return false
			}
		}
		return dashes >= 3
	}
	for _, l := range lines {
		l.border = border(l)
	}
	drop := map[int]bool{}
	var rules []pdfRule
	for start := 0; start < len(lines); {
		end := start
		for end < len(lines) && boxed(lines[end]) {
			end++
		}
		if end == start {
			start++
			continue
		}
		run := lines[start:end]
		borders := 0
		for _, l := range run {
			if l.border {
				borders++
			}
		}
		// (a table the page breaks ends the page without its bottom
		// border: FT-56's second table, its header on page 3)
		broken := end == len(lines) && len(run) >= 2 && run[0].border && !run[len(run)-1].border
		if !broken && (len(run) < pdfCharTableMinRows || borders < 2 || !run[0].border || !run[len(run)-1].border) {
			start = end
			continue
		}
		height := run[0].y - run[len(run)-1].y
		rules = append(rules, pdfCharRules(glyphs, run)...)
		if broken {
			last := run[len(run)-1]
			g0, g1 := glyphs[last.text[0]], glyphs[last.text[len(last.text)-1]]
			bottom := last.y + 0.3*g0.size - height/float64(len(run)-1)/2
			rules = append(rules, pdfRule{pos: bottom, lo: g0.x + g0.w/2, hi: g1.x + g1.w/2, width: 0.5})
			for _, i := range []int{last.text[0], last.text[len(last.text)-1]} {
				x := glyphs[i].x + glyphs[i].w/2
				rules = append(rules, pdfRule{vertical: true, pos: x, lo: bottom, hi: last.y + 0.3*g0.size, width: 0.5})
			}
		}
		for _, l := range run {
			for _, i := range l.text {
				if s := glyphs[i].s; s == "|" || s == "+" || l.border {
					drop[i] = true
				}
			}
		}
		start = end
	}
	if len(drop) == 0 {
		return glyphs, nil
	}
	kept := make([]pdfGlyph, 0, len(glyphs)-len(drop))
	for i, g := range glyphs {
		if !drop[i] {
			kept = append(kept, g)
		}
	}
	return kept, rules
}

// pdfCharLine is a line of a page's glyphs: its baseline, its glyphs but
// spaces left to right (indexes into the page's glyphs), and whether it is
// a table's border of characters ("+-----+=====+").
type pdfCharLine struct {
	y      float64
	text   []int
	border bool
}

// pdfCharRules returns the rules of one table of characters, its lines
// top down.
func pdfCharRules(glyphs []pdfGlyph, run []*pdfCharLine) []pdfRule {
	n := len(run)
	pitch := (run[0].y - run[n-1].y) / float64(n-1) // the line spacing
	text := func(k int) []int { return run[k].text }
	mid := func(k int) float64 { // the middle of line k's letters, where its dashes run
		return run[k].y + 0.3*glyphs[run[k].text[0]].size
	}
	centre := func(i int) float64 { return glyphs[i].x + glyphs[i].w/2 }
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.3*max(glyphs[text(0)[0]].w, 1) }
	edgeAt := func(k int, x float64) bool { // line k has a "|" or "+" at x
		return slices.ContainsFunc(text(k), func(i int) bool {
			return (glyphs[i].s == "|" || glyphs[i].s == "+") && near(centre(i), x)
		})
	}
	var rules []pdfRule
	for k := range n {
		ts := text(k)
		if run[k].border {
			// each run of dashes and junctions, glyph after glyph: "|" and
			// a gap (a column the border leaves out) end it
			for a := 0; a < len(ts); {
				b := a + 1
				for b < len(ts) && glyphs[ts[b]].s != "|" && glyphs[ts[a]].s != "|" && glyphs[ts[b]].x-glyphs[ts[b-1]].x < 1.5*max(glyphs[ts[b-1]].w, 1) {
					b++
				}
				if b-a >= 2 {
					rules = append(rules, pdfRule{pos: mid(k), lo: centre(ts[a]), hi: centre(ts[b-1]), width: 0.5})
				}
				a = b
			}
		}
		if k > 1 && !run[k].border && !run[k-1].border && pdfCharRowStarts(glyphs, ts, text(k-1)) {
			// a row of the first cell's group: no border between the
			// populations of one drug, each row's cells starting on one
			// line ("|              | ouderen >= 75    | 200 mg    | …"); a
			// rule that leaves the first column out, as a drawn table's
			// merged first cell has
			var bars []int
			for _, i := range ts {
				if glyphs[i].s == "|" {
					bars = append(bars, i)
				}
			}
			rules = append(rules, pdfRule{pos: (mid(k) + mid(k-1)) / 2, lo: centre(bars[1]), hi: centre(bars[len(bars)-1]), width: 0.5})
		}
		for _, i := range ts {
			if s := glyphs[i].s; s != "|" && s != "+" {
				continue
			}
			x := centre(i)
			lo, hi := mid(k), mid(k)
			if k > 0 && edgeAt(k-1, x) {
				hi += pitch / 2
			}
			if k+1 < n && edgeAt(k+1, x) {
				lo -= pitch / 2
			}
			if hi > lo {
				rules = append(rules, pdfRule{vertical: true, pos: x, lo: lo, hi: hi, width: 0.5})
			}
		}
	}
	return rules
}

// pdfCharRowStarts tells whether a line of a table of characters (its
// glyphs left to right, "|" between the cells) starts a row of its first
// cell's group: the first cell empty, every other one holding a word that
// is no list item's mark ("- epilepsie" goes on with its cell), and no
// cell of the line above (prev) ending in a word that leads on ("- epilepsie
// in de" over "voorgeschiedenis"). A cell's wrapped lines leave some
// cells empty.
func pdfCharRowStarts(glyphs []pdfGlyph, ts, prev []int) bool {
	cells := pdfCharCells(glyphs, ts)
	if len(cells) < 3 || cells[0] != "" {
		return false
	}
	for _, c := range cells[1:] {
		if c == "" || pdfBulletWord(strings.Fields(c)[0]) {
			return false
		}
	}
	for _, c := range pdfCharCells(glyphs, prev)[1:] {
		if ws := strings.Fields(c); len(ws) > 0 && pdfPhraseGoesOn(ws[len(ws)-1]) {
			return false
		}
	}
	return true
}

// pdfCharCells returns the texts between the "|" of a line of a table of
// characters, its words parted where the glyphs stand apart.
func pdfCharCells(glyphs []pdfGlyph, ts []int) []string {
	var cells []string
	var b strings.Builder
	open := false
	for k, i := range ts {
		g := glyphs[i]
		if g.s == "|" {
			if open {
				cells = append(cells, strings.TrimSpace(b.String()))
			}
			b.Reset()
			open = true
			continue
		}
		if k > 0 && g.x-(glyphs[ts[k-1]].x+glyphs[ts[k-1]].w) > 0.3*max(g.w, 1) {
			b.WriteByte(' ')
		}
		b.WriteString(g.s)
	}
	return cells
}

// pdfBulletWord tells whether a word is a list item's mark.
func pdfBulletWord(w string) bool {
	return w == "-" || w == "–" || w == "•" || w == "*" || w == "·"
}
