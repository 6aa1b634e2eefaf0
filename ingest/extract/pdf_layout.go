package extract

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
)

// Layout: glyphs → rows (shared baselines across the page) → words (by
// measured gaps, not by the producer's space characters alone) → bands of
// rows sharing a vertical gutter → lines per column in reading order.

// pdfWordGap is the horizontal gap, in ems, above which two glyphs belong to
// different words. Letter spacing and kerning stay well below it; the
// narrowest word spaces in justified text stay above it.
const pdfWordGap = 0.12

// pdfWord is a run of glyphs without a word gap.
type pdfWord struct {
	x0, x1 float64
	y      float64 // baseline of the largest glyph
	size   float64 // largest glyph size
	text   string
	n      int // glyphs
	bold   int // bold glyphs
	table  int // >0: a marker holding the place of the page's table number table (pdfFindTables)
	// notes are note markers set as superscripts after the word ("hoger.¹"),
	// taken out of text; see pdfSplitMarker.
	notes []string
}

// pdfRow is the words sharing a baseline, across all columns.
type pdfRow struct {
	y     float64 // baseline of the largest glyph
	size  float64
	words []pdfWord
}

func (r pdfRow) text() string {
	parts := make([]string, len(r.words))
	for i, w := range r.words {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// pdfRows clusters glyphs into rows: glyphs within half an em of a row's
// first baseline join it, so superscripts stay with their line; see
// pdfSameRow for glyphs of very different sizes.
// pdfSpaceBelow: a space glyph whose baseline lies more than this share of
// the row's size below the row's is no break between its words.
const pdfSpaceBelow = 0.15

func pdfRows(glyphs []pdfGlyph) []pdfRow {
	if len(glyphs) == 0 {
		return nil
	}
	// Sort keys, not the glyphs: moving 56-byte structs with pointers
	// dominated the profile, and the keys compare without reaching into
	// the glyphs.
	keys := pdfSortGlyphs(glyphs)
	raisedOn := pdfRaisedOn(glyphs)
	var rows []pdfRow
	var scratch pdfRowScratch
	start := 0
	for i := 1; i <= len(keys); i++ {
		if i < len(keys) {
			first, g := &glyphs[keys[start].i], &glyphs[keys[i].i]
			base, raised := raisedOn[keys[i].i]
			if (pdfSameRow(first, g) || pdfRaisedOver(glyphs, keys[start:i], g)) && (!raised || pdfSameRow(first, &glyphs[base])) {
				continue
			}
		}
		if layers := pdfSplitLayers(glyphs, keys[start:i]); layers != nil {
			for _, layer := range layers {
				if row, ok := pdfMakeRow(glyphs, layer, &scratch); ok {
					rows = append(rows, row)
				}
			}
		} else if row, ok := pdfMakeRow(glyphs, keys[start:i], &scratch); ok {
			rows = append(rows, row)
		}
		start = i
	}
	return rows
}

// pdfRaisedOn maps each small glyph set as a superscript right after a
// glyph of larger type (it begins where that glyph ends, its baseline
// 0.15 to 0.67 of that glyph's em above) to that glyph. In a table whose
// cells are centred in their rows, lines of neighbouring cells stand a
// few points apart, and a superscript can lie nearer another cell's line
// than its own: dblatex's "8 mg/kg/dag³" had joined the line above and
// read "3 8 mg/kg/dag" (FT-81), "ml/min/1,73 m²" read "2 ml/min/1,73 m".
// Such a glyph joins its base glyph's row.
func pdfRaisedOn(glyphs []pdfGlyph) map[int32]int32 {
	type end struct {
		x float64
		i int32
	}
	// the candidates: glyphs smaller than most of the page's (its body)
	sizes := make([]float64, 0, len(glyphs))
	for i := range glyphs {
		if !glyphs[i].space {
			sizes = append(sizes, glyphs[i].size)
		}
	}
	if len(sizes) == 0 {
		return nil
	}
	slices.Sort(sizes)
	body := sizes[len(sizes)/2]
	var small []int32
	var ends []end
	for i := range glyphs {
		g := &glyphs[i]
		if g.space || g.size <= 0 {
			continue
		}
		ends = append(ends, end{g.x + g.w, int32(i)}) // #nosec G115 -- glyphs per page are bounded by pdfMaxGlyphs
		if g.size <= 0.85*body && utf8.RuneCountInString(g.s) == 1 {
			small = append(small, int32(i)) // #nosec G115 -- as above
		}
	}
	if len(small) == 0 {
		return nil
	}
	slices.SortFunc(ends, func(a, b end) int { return cmp.Compare(a.x, b.x) })
	var out map[int32]int32
	for _, i := range small {
		g := &glyphs[i]
		within := 0.35 * g.size // how far from g's start its base glyph may end
		lo, _ := slices.BinarySearchFunc(ends, g.x-within, func(e end, x float64) int { return cmp.Compare(e.x, x) })
		for _, e := range ends[lo:] {
			if e.x > g.x+within {
				break
			}
			b := &glyphs[e.i]
			if e.i == i || g.size > 0.85*b.size {
				continue
			}
			if rise := g.y - b.y; rise >= 0.15*b.size && rise <= 2.0/3*b.size {
				if out == nil {
					out = map[int32]int32{}
				}
				out[i] = e.i
				break
			}
		}
	}
	return out
}

// Overlaid text layers: a page can carry two texts set on nearly the same
// baselines, one over the other (a revised text drawn over a review copy,
// an OCR layer over a text layer): within half an em they share a row, and
// sorted by x their letters interleave ("asassessessmsmenetn"). A row whose
// glyphs sit on two or more distinct baselines that each hold a good share
// of its glyphs, with letters of one baseline lying on different letters of
// another, is split into one row per baseline. Superscripts (a small share)
// and fake bold or shadows (the same letters over each other) keep their row.
const (
	// pdfLayerBaseline is the baseline difference, in points, that separates
	// two layers; glyphs of one line share their baseline exactly.
	pdfLayerBaseline = 0.3
	// pdfLayerShare is the least share of a row's glyphs on one baseline for
	// it to count as a layer.
	pdfLayerShare = 0.2
)

// pdfSplitLayers returns the keys of one row (sorted by y descending) as
// one group per overlaid layer, or nil when the row is one layer.
func pdfSplitLayers(glyphs []pdfGlyph, keys []pdfGlyphKey) [][]pdfGlyphKey {
	if len(keys) < 10 || keys[0].y-keys[len(keys)-1].y <= pdfLayerBaseline {
		return nil
	}
	// Baselines: runs of y (keys are sorted by y) without a gap above
	// pdfLayerBaseline; layers are those with a good share of the glyphs.
	type baseline struct {
		y      float64
		lo, hi int // keys[lo:hi]
	}
	var lines, layers []baseline
	for k := 0; k < len(keys); {
		j := k + 1
		for j < len(keys) && keys[j-1].y-keys[j].y <= pdfLayerBaseline {
			j++
		}
		lines = append(lines, baseline{y: keys[k].y, lo: k, hi: j})
		k = j
	}
	for _, l := range lines {
		if float64(l.hi-l.lo) >= pdfLayerShare*float64(len(keys)) {
			layers = append(layers, l)
		}
	}
	if len(layers) < 2 || !pdfLayersOverlap(glyphs, keys[layers[0].lo:layers[0].hi], keys[layers[1].lo:layers[1].hi]) {
		return nil
	}
	// Every glyph joins the layer of the nearest baseline.
	groups := make([][]pdfGlyphKey, len(layers))
	for _, k := range keys {
		best := 0
		for j, l := range layers {
			if math.Abs(k.y-l.y) < math.Abs(k.y-layers[best].y) {
				best = j
			}
		}
		groups[best] = append(groups[best], k)
	}
	return groups
}

// pdfLayersOverlap tells whether the letters of two baselines lie on each
// other: at least a third of a's letters have their centre inside a letter
// of b, and most of those are a different letter (not a shadow or fake
// bold).
func pdfLayersOverlap(glyphs []pdfGlyph, a, b []pdfGlyphKey) bool {
	xs := make([]int32, 0, len(b))
	for _, k := range b {
		if !glyphs[k.i].space {
			xs = append(xs, k.i)
		}
	}
	slices.SortFunc(xs, func(p, q int32) int { return cmp.Compare(glyphs[p].x, glyphs[q].x) })
	letters, on, other := 0, 0, 0
	for _, k := range a {
		g := &glyphs[k.i]
		if g.space || g.w <= 0 {
			continue
		}
		letters++
		c := g.x + g.w/2
		// The last letter of b starting at or before c.
		j := sort.Search(len(xs), func(i int) bool { return glyphs[xs[i]].x > c }) - 1
		if j < 0 || c >= glyphs[xs[j]].x+glyphs[xs[j]].w {
			continue
		}
		on++
		if glyphs[xs[j]].s != g.s {
			other++
		}
	}
	return letters > 0 && 3*on >= letters && 2*other > on
}

// pdfSortGlyphs returns the keys of glyphs ordered top to bottom, then
// left to right, then in content order: by (-y, x, index) with
// cmp.Compare's order of floats. Content streams show text in runs on one
// baseline from left to right, so the runs are sorted by their baseline
// and only runs sharing one are merged by x: the order of a full sort, at
// the cost of sorting lines rather than glyphs.
func pdfSortGlyphs(glyphs []pdfGlyph) []pdfGlyphKey {
	var runs []pdfGlyphRun
	for i := range glyphs {
		if n := len(runs); n > 0 && glyphs[i].y == glyphs[i-1].y && glyphs[i].x >= glyphs[i-1].x {
			runs[n-1].end++
			continue
		}
		runs = append(runs, pdfGlyphRun{start: int32(i), end: int32(i + 1)}) // #nosec G115 -- glyphs per page are bounded by pdfMaxGlyphs
	}
	slices.SortFunc(runs, func(a, b pdfGlyphRun) int {
		if c := pdfCompare(glyphs[b.start].y, glyphs[a.start].y); c != 0 {
			return c
		}
		return cmp.Compare(a.start, b.start)
	})
	out := make([]pdfGlyphKey, 0, len(glyphs))
	for i := 0; i < len(runs); {
		j := i + 1
		for j < len(runs) && pdfCompare(glyphs[runs[j].start].y, glyphs[runs[i].start].y) == 0 {
			j++
		}
		from := len(out)
		for _, r := range runs[i:j] {
			for k := r.start; k < r.end; k++ {
				out = append(out, pdfGlyphKey{y: glyphs[k].y, x: glyphs[k].x, i: k})
			}
		}
		if j-i > 1 {
			slices.SortFunc(out[from:], func(a, b pdfGlyphKey) int {
				if c := pdfCompare(a.x, b.x); c != 0 {
					return c
				}
				return cmp.Compare(a.i, b.i)
			})
		}
		i = j
	}
	return out
}

// pdfGlyphRun is a run of glyphs in content order on one baseline with
// non-decreasing x: glyphs[start:end].
type pdfGlyphRun struct{ start, end int32 }

// pdfGlyphKey is a glyph's origin and its index in the page's glyphs.
type pdfGlyphKey struct {
	y, x float64
	i    int32
}

// pdfCompare is cmp.Compare for float64, deciding ordered values without
// its NaN tests.
func pdfCompare(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	case x == y:
		return 0
	}
	return cmp.Compare(x, y)
}

// pdfSameRow tells whether glyph g, at or below first, joins first's row:
// its baseline lies within half an em of first's. Between glyphs of very
// different sizes (a 116 pt display line and 12 pt text just below its
// baseline, a drop cap) the em is the smaller glyph's, so the lines are not
// merged and their letters never interleave; superscripts (at most about
// half the size shorter) keep the larger em.
func pdfSameRow(first, g *pdfGlyph) bool {
	lo, hi := min(first.size, g.size), max(first.size, g.size)
	em := hi
	if hi > 2.5*lo {
		em = lo
	}
	return first.y-g.y <= 0.5*max(em, 1)
}

// pdfRaisedOver tells whether the glyphs of a row begun, keys, are a
// superscript alone, a few glyphs smaller than glyph g below them and
// within two thirds of g's em above its baseline: they join g's row.
// asciidoctor-pdf (Prawn) raises a note's letter in a table cell by 0.56
// em ("ouderen ≥ 75 jaarᵃ", FT-50); beyond pdfSameRow's half an em it had
// become a row of its own above its cell, "a ouderen ≥ 75 jaar", or a row
// of the table, "c". A row of text of smaller type stands a line higher,
// and a superscript in a row of other text stays in that row.
//
// The glyphs of the row on g's baseline (those of the row's words before
// g) do not count: the superscript stands above them too.
func pdfRaisedOver(glyphs []pdfGlyph, keys []pdfGlyphKey, g *pdfGlyph) bool {
	above := 0
	for _, k := range keys {
		s := &glyphs[k.i]
		if s.y-g.y <= pdfLayerBaseline {
			continue
		}
		if above++; above > 3 || s.size > 0.85*g.size || s.y-g.y > 2.0/3*g.size {
			return false
		}
	}
	return above > 0
}

// pdfRowScratch is memory pdfMakeRow reuses from row to row: the words of
// the row being built and the text of the word being built.
type pdfRowScratch struct {
	words []pdfWord
	text  []byte
}

func pdfMakeRow(glyphs []pdfGlyph, keys []pdfGlyphKey, scratch *pdfRowScratch) (pdfRow, bool) {
	slices.SortFunc(keys, func(a, b pdfGlyphKey) int {
		if c := pdfCompare(a.x, b.x); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	var row pdfRow
	for _, k := range keys {
		if g := &glyphs[k.i]; !g.space && g.size > row.size {
			row.size, row.y = g.size, g.y
		}
	}
	var cur pdfWord
	open := false // cur holds a word
	row.words = scratch.words[:0]
	text := scratch.text[:0] // cur's text
	brk := false
	var none pdfGlyph
	last := &none
	supAt := -1   // byte offset in text where a trailing superscript run starts
	leadAt := -1  // byte offset in text where a leading superscript number ends
	base := &none // the last glyph not set as a superscript
	// markAt and markEnd hold a superscript run that punctuation set at
	// the text's size follows ("meet²." ): a marker before the sentence's
	// full stop, which ends the word all the same
	markAt, markEnd := -1, -1
	flush := func() {
		if open {
			tail := ""
			if supAt < 0 && markAt >= 0 && pdfPunctuationOnly(text[markEnd:]) {
				tail, supAt = string(text[markEnd:]), markAt
				text = text[:markEnd]
			}
			cur.text = string(text)
			if pdfTakeMarker(&row, &cur, supAt, leadAt) {
				cur.text = pdfLogicalOrder(cur.text) + tail // a Hebrew or Arabic word in reading order
				row.words = append(row.words, cur)
			} else if tail != "" && len(row.words) > 0 {
				row.words[len(row.words)-1].text += tail // the marker alone went to the word before
			}
			cur, open = pdfWord{}, false
			text = text[:0]
			supAt, leadAt, markAt, markEnd = -1, -1, -1, -1
		}
	}
	space := &none      // the last space glyph since the last text glyph
	lastAt := int32(-1) // last's index in content order
	for _, k := range keys {
		g := &glyphs[k.i]
		if g.space {
			// A space shown before a glyph that was moved back in front
			// of it (it comes earlier by position, later by content) is
			// covered by what follows it: no break ("agreement" + kern
			// back + "on" is read as pdftotext reads it, not "agreemento n").
			// Nor is a space set below the row's baseline, which nothing
			// but a subscript is: iText spaces its paragraphs with empty
			// lines, a space a few points below the next line's start
			// that fell in its row ("F ictieve", "e n", FT-73).
			if g.y < row.y-pdfSpaceBelow*max(row.size, 1) {
				continue
			}
			if !open || lastAt < k.i {
				brk, space = true, g
			}
			continue
		}
		if open {
			if s, ok := pdfOverstrike(last, g); ok && strings.HasSuffix(string(text), last.s) {
				// an accent printed over its letter: one character
				text = append(text[:len(text)-len(last.s)], s...)
				if _, mark := pdfAccent(g.s); !mark {
					cur.x1 = max(cur.x1, g.x+g.w)
					last, lastAt = g, k.i
				}
				continue
			}
			gap := g.x - cur.x1
			em := max(g.size, last.size, 1)
			if g.s == last.s && math.Abs(g.x-last.x) < pdfOverprintShift(last, em) {
				continue // overprinted (fake bold or shadow)
			}
			if brk && pdfHiddenSpace(space, g, gap, em) {
				brk = false
			}
			if brk || gap > pdfWordGap*em || gap < -em {
				flush()
			}
		}
		brk = false
		if !open {
			cur, open = pdfWord{x0: g.x, x1: g.x}, true
			if n := len(row.words); n > 0 && g.x-row.words[n-1].x1 > max(g.size, 1) {
				base = &none // another column or cell: nothing to be raised above
			}
		}
		digit, supDigit := pdfSuperscriptDigit(g.s)
		switch {
		case !supDigit && !pdfIsSuperscript(g, base):
			if supAt >= 0 && pdfPunctuationOnly([]byte(g.s)) {
				markAt, markEnd = supAt, len(text)
			} else if !pdfPunctuationOnly([]byte(g.s)) {
				markAt, markEnd = -1, -1
				if supAt >= 0 && tenBase(string(text[:supAt])) {
					if up, ok := raise(string(text[supAt:])); ok {
						text = append(text[:supAt], up...) // "10⁹/l", the exponent inside the word
					}
				}
			}
			supAt, base = -1, g
		case supAt < 0:
			supAt = len(text)
		}
		_, lastDigit := pdfSuperscriptDigit(last.s)
		if leadAt < 0 && len(text) > 0 && (pdfIsSuperscript(last, g) || lastDigit && !supDigit) && pdfMarkerRE.Match(text) {
			leadAt = len(text) // "¹Bij …": a footnote's own number glued to its text
		}
		if supDigit {
			text = append(text, digit)
		} else {
			text = append(text, g.s...)
		}
		cur.x1 = max(cur.x1, g.x+g.w)
		if g.size > cur.size {
			cur.size, cur.y = g.size, g.y
		}
		cur.n++
		if g.bold {
			cur.bold++
		}
		last, lastAt = g, k.i
	}
	flush()
	scratch.words, scratch.text = row.words[:0], text[:0]
	if len(row.words) == 0 {
		return row, false
	}
	row.words = slices.Clone(row.words)
	return row, true
}

// pdfPunctuationOnly tells whether b holds sentence punctuation only: a
// full stop, comma, semicolon, colon or closing parenthesis.
func pdfPunctuationOnly(b []byte) bool {
	for _, c := range b {
		if !strings.ContainsRune(".,;:)", rune(c)) {
			return false
		}
	}
	return len(b) > 0
}

// pdfSuperscriptDigit returns the digit a superscript character stands
// for ("²" is 2). A producer that writes a note marker as such a
// character (pdfmake's "Seloprine²", "(0,3 ml/kg)¹") sets it at the
// text's size and baseline, where the glyph's geometry shows no
// superscript (pdfIsSuperscript); the character itself says so. Taken as
// a superscript, it is a note marker after a word and an exponent after
// a unit or a number, as a raised glyph is (pdfSplitMarker): "m²" still
// reads "m2", as NFKC makes it, but "Seloprine²" is "Seloprine".
func pdfSuperscriptDigit(s string) (byte, bool) {
	r, n := utf8.DecodeRuneInString(s)
	if n != len(s) {
		return 0, false
	}
	for i, c := range pdfSuperscriptDigits {
		if c == r {
			return "0123456789"[i], true
		}
	}
	return 0, false
}

// pdfSuperscriptDigits are the superscript characters of 0 to 9.
var pdfSuperscriptDigits = []rune(superscripts)

// pdfOverprintShift is how far the same glyph may be drawn again beside
// last and be the same glyph overprinted (fake bold, a shadow): a tenth of
// an em, and less than half the glyph's width, so that a doubled letter
// ("suggest", "will") one advance further is never taken for it when the
// em is far larger than the glyphs (a Type 3 font's size says little
// about its glyphs: pdf.js issue6605 read "sugest" and "wil").
func pdfOverprintShift(last *pdfGlyph, em float64) float64 {
	if last.w > 0 {
		return min(0.1*em, 0.5*last.w)
	}
	return 0.1 * em
}

// pdfHiddenSpace tells whether a space glyph before g separates nothing: g
// starts before the middle of the space (a kern moved back over it) and
// where the text before the space ends, so no gap between the words is
// visible at all. Producers that position every character leave such
// spaces after each one ("0 3 / 2 5 / 2 0 16" for 03/25/2016). A shown
// space with any visible gap after the text before it separates, however
// narrow the gap (pdftotext breaks there too): a word placed a tenth of
// an em after "and " is another word. The space's own advance is the
// measure of its middle, not the em: the em of a Type 3 font is not known
// (pdf.js issue6605).
func pdfHiddenSpace(space, g *pdfGlyph, gap, em float64) bool {
	return gap <= pdfHiddenGap*em && g.x < space.x+0.5*space.w
}

// pdfHiddenGap is the most gap, in ems, between the text before a shown
// space and the glyph after it for the space to be hidden: rounding of
// positions, no more. pdftotext separates words after a space at 0.06 em.
const pdfHiddenGap = 0.03

// pdfLine is the words of one row within one column.
type pdfLine struct {
	y, x0, x1 float64
	size      float64 // most frequent glyph size (by glyph count)
	bold      bool    // nearly all glyphs bold
	text      string
	band, col int
	table     int      // the marker of a table (pdfWord.table)
	n         int      // glyphs
	notes     []string // note markers taken from the words (pdfWord.notes)
}

func pdfNewLine(words []pdfWord, band, col int) pdfLine {
	l := pdfLine{x0: words[0].x0, x1: words[len(words)-1].x1, band: band, col: col}
	parts := make([]string, len(words))
	var weight []pdfSizeWeight // glyphs per size, rounded to half points
	bold := 0
	top := 0.0
	for i, w := range words {
		if w.size > top {
			top, l.y = w.size, w.y
		}
		parts[i] = w.text
		l.table = max(l.table, w.table)
		weight = pdfAddWeight(weight, math.Round(w.size*2)/2, w.n)
		l.n += w.n
		bold += w.bold
		l.notes = append(l.notes, w.notes...)
	}
	best := -1
	for _, sw := range weight {
		if s, n := sw.size, sw.n; n > best || n == best && s > l.size {
			l.size, best = s, n
		}
	}
	l.bold = bold*10 >= l.n*9
	l.text = strings.Join(pdfLogicalWords(parts), " ")
	return l
}

// pdfSizeWeight is a glyph size and its glyphs in a line.
type pdfSizeWeight struct {
	size float64
	n    int
}

// pdfAddWeight adds n glyphs of size to weight; a line has few sizes, so
// a slice beats a map.
func pdfAddWeight(weight []pdfSizeWeight, size float64, n int) []pdfSizeWeight {
	for i := range weight {
		if weight[i].size == size {
			weight[i].n += n
			return weight
		}
	}
	return append(weight, pdfSizeWeight{size, n})
}

// pdfLogicalOrder turns a line read left to right (visual order) into the
// logical order of its right-to-left scripts (Hebrew, Arabic): a line
// mostly in such a script is reversed with its left-to-right runs (Latin
// words, numbers) kept; in a left-to-right line each right-to-left run is
// reversed. Brackets in reversed text are mirrored. Lines without
// right-to-left letters are returned as they are.
func pdfLogicalOrder(s string) string {
	if !pdfHasRTL(s) {
		return s
	}
	rs := []rune(s)
	dir := make([]int8, len(rs)) // 1 right-to-left, -1 left-to-right, 0 neutral
	rtl, ltr := 0, 0
	for i, r := range rs {
		switch c, _ := bidi.LookupRune(r); c.Class() {
		case bidi.R, bidi.AL:
			dir[i] = 1
			rtl++
		case bidi.L, bidi.EN, bidi.AN:
			dir[i] = -1
			if c.Class() == bidi.L {
				ltr++
			}
		}
	}
	if rtl > ltr {
		slices.Reverse(rs)
		slices.Reverse(dir)
		for i := range rs {
			rs[i] = pdfMirror(rs[i])
		}
		pdfReverseRuns(rs, dir, -1) // mirrors back what it reverses
		return string(rs)
	}
	pdfReverseRuns(rs, dir, 1)
	return string(rs)
}

// pdfLogicalWords puts the words of a line, read left to right and each
// already in reading order itself (pdfLogicalOrder), into logical order:
// in a line mostly of right-to-left words the order is reversed with runs of
// Latin words and numbers kept; otherwise each run of right-to-left words is
// reversed. Table cells keep their words' own order from pdfMakeRow.
func pdfLogicalWords(words []string) []string {
	if !slices.ContainsFunc(words, pdfHasRTL) {
		return words
	}
	dir := make([]int8, len(words))
	rtl, ltr := 0, 0
	for i, w := range words {
		r, l, digits := pdfStrongCounts(w)
		switch {
		case r > l:
			dir[i] = 1
			rtl++
		case l > 0:
			dir[i] = -1
			ltr++
		case digits:
			dir[i] = -1
		}
	}
	out := slices.Clone(words)
	if rtl > ltr {
		slices.Reverse(out)
		slices.Reverse(dir)
		pdfReverseWordRuns(out, dir, -1)
	} else {
		pdfReverseWordRuns(out, dir, 1)
	}
	return out
}

func pdfStrongCounts(w string) (rtl, ltr int, digits bool) {
	for _, r := range w {
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.R, bidi.AL:
			rtl++
		case bidi.L:
			ltr++
		case bidi.EN, bidi.AN:
			digits = true
		}
	}
	return rtl, ltr, digits
}

// pdfReverseWordRuns reverses every maximal run of words that starts and
// ends with a word of direction d and holds none of the opposite one.
func pdfReverseWordRuns(words []string, dir []int8, d int8) {
	for i := 0; i < len(words); i++ {
		if dir[i] != d {
			continue
		}
		end := i
		for j := i; j < len(words) && dir[j] != -d; j++ {
			if dir[j] == d {
				end = j
			}
		}
		slices.Reverse(words[i : end+1])
		i = end
	}
}

// pdfReverseRuns reverses, in place, every maximal run that starts and ends
// with a rune of direction d and holds no rune of the opposite direction.
func pdfReverseRuns(rs []rune, dir []int8, d int8) {
	for i := 0; i < len(rs); i++ {
		if dir[i] != d {
			continue
		}
		j, end := i, i
		for ; j < len(rs) && dir[j] != -d; j++ {
			if dir[j] == d {
				end = j
			}
		}
		slices.Reverse(rs[i : end+1])
		slices.Reverse(dir[i : end+1])
		for k := i; k <= end; k++ {
			rs[k] = pdfMirror(rs[k])
		}
		if d == 1 {
			pdfReverseRuns(rs[i:end+1], pdfDigitDirs(rs[i:end+1]), -1) // numbers read left to right
		}
		i = end
	}
}

// pdfDigitDirs marks digits (and the separators between them) as
// left-to-right inside a reversed right-to-left run.
func pdfDigitDirs(rs []rune) []int8 {
	dir := make([]int8, len(rs))
	for i, r := range rs {
		if p, _ := bidi.LookupRune(r); p.Class() == bidi.EN || p.Class() == bidi.AN {
			dir[i] = -1
		}
	}
	return dir
}

func pdfMirror(r rune) rune {
	switch r {
	case '(':
		return ')'
	case ')':
		return '('
	case '[':
		return ']'
	case ']':
		return '['
	case '{':
		return '}'
	case '}':
		return '{'
	case '<':
		return '>'
	case '>':
		return '<'
	}
	return r
}

// pdfHasRTL reports a Hebrew or Arabic letter (U+0590–U+08FF or the
// presentation forms U+FB1D–U+FEFF), checked on the UTF-8 lead bytes first.
func pdfHasRTL(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= 0xd6 && b <= 0xe0 || b == 0xef {
			for _, r := range s[i:] {
				if r >= 0x590 && r <= 0x8ff || r >= 0xfb1d && r <= 0xfeff {
					return true
				}
			}
			return false
		}
	}
	return false
}

// pdfSpan is a horizontal interval.
type pdfSpan struct{ x0, x1 float64 }

// pdfLayout orders a page's rows into lines: rows are grouped into bands
// that share a vertical gutter (whitespace in every row of the band); inside
// a band each column is read top to bottom, then the next column. Rows
// crossing every gutter (full-width headings, single-column text) form
// single-column bands. body is the document's body font size.
func pdfLayout(rows []pdfRow, body float64) []pdfLine {
	if len(rows) == 0 {
		return nil
	}
	left, right := math.Inf(1), math.Inf(-1)
	for _, r := range rows {
		left = min(left, r.words[0].x0)
		right = max(right, r.words[len(r.words)-1].x1)
	}
	width := right - left
	window := pdfSpan{left + 0.15*width, right - 0.15*width}
	minGutter := max(0.8*body, 4)
	free := pdfFreeSpansAll(rows, window, minGutter)
	var lines []pdfLine
	band, single := 0, false // consecutive single-column rows share a band
	for i := 0; i < len(rows); {
		j, gutters := pdfBand(rows, free, i, body, minGutter)
		if gutters == nil && i+1 < len(rows) {
			// Headings side by side over two columns ("1 Inleiding" and
			// "2 Achtergronden") head their columns; see pdfHeadsColumns.
			if k, next := pdfBand(rows, free, i+1, body, minGutter); next != nil && pdfHeadsColumns(rows[i], free[i], next) {
				j, gutters = k, next
			}
		}
		if gutters == nil {
			if !single {
				band++
			}
			single = true
			lines = append(lines, pdfNewLine(rows[i].words, band, 0))
			i++
			continue
		}
		band++
		single = false
		lines = append(lines, pdfColumnLines(rows[i:j+1], gutters, band)...)
		i = j + 1
	}
	return lines
}

// pdfFreeSpansAll returns the free spans (pdfAppendFreeSpans) of every row,
// in one backing array (nil for a row without free spans).
func pdfFreeSpansAll(rows []pdfRow, window pdfSpan, minGutter float64) [][]pdfSpan {
	free := make([][]pdfSpan, len(rows))
	var all []pdfSpan
	for i, r := range rows {
		start := len(all)
		all = pdfAppendFreeSpans(all, r, window, minGutter)
		if len(all) > start {
			free[i] = all[start:len(all):len(all)]
		}
	}
	return free
}

// pdfAppendFreeSpans appends to spans the gaps of at least minGutter inside
// window that no word of the row covers.
func pdfAppendFreeSpans(spans []pdfSpan, r pdfRow, window pdfSpan, minGutter float64) []pdfSpan {
	x := window.x0
	for _, w := range r.words {
		if w.x1 <= x {
			continue
		}
		if w.x0 >= window.x1 {
			break
		}
		if w.x0-x >= minGutter {
			spans = append(spans, pdfSpan{x, w.x0})
		}
		x = max(x, w.x1)
	}
	if window.x1-x >= minGutter {
		spans = append(spans, pdfSpan{x, window.x1})
	}
	return spans
}

// pdfAppendIntersect appends the overlaps of at least minGutter between
// spans of a and spans of b to out, which must not share memory with a or b.
func pdfAppendIntersect(out, a, b []pdfSpan, minGutter float64) []pdfSpan {
	for _, s := range a {
		for _, t := range b {
			lo, hi := max(s.x0, t.x0), min(s.x1, t.x1)
			if hi-lo >= minGutter {
				out = append(out, pdfSpan{lo, hi})
			}
		}
	}
	return out
}

// pdfBand grows a band from row i while the rows keep a common gutter, and
// returns its last row and gutters, or nil gutters when rows i.. do not form
// a real multi-column band (at least three rows, text on both sides of a
// gutter in at least two rows each).
func pdfBand(rows []pdfRow, free [][]pdfSpan, i int, body, minGutter float64) (int, []pdfSpan) {
	common := free[i]
	if len(common) == 0 {
		return i, nil
	}
	j := i
	var bufs [2][]pdfSpan // the intersections alternate between two buffers
	for k := 0; j+1 < len(rows); k ^= 1 {
		bufs[k] = pdfAppendIntersect(bufs[k][:0], common, free[j+1], minGutter)
		next := bufs[k]
		if len(next) == 0 || pdfStartsSection(rows[j], rows[j+1], body) && !pdfRightRunsOn(rows[i:j+1], common, body) {
			break
		}
		common = next
		j++
	}
	if j-i+1 < 3 {
		return i, nil
	}
	var gutters []pdfSpan
	for _, g := range common {
		if pdfBothSides(rows[i:j+1], g) && (j-i+1 >= pdfJustifiedRows || !pdfJustifiedStrip(rows[i:j+1], g)) {
			gutters = append(gutters, g)
		}
	}
	if len(gutters) == 0 {
		return i, nil
	}
	return j, gutters
}

// pdfStartsSection tells whether row b, below row a, is a heading after a
// blank gap: a column-spanning heading that begins a new band, even when it
// is short enough to leave the gutter free.
func pdfStartsSection(a, b pdfRow, body float64) bool {
	if a.y-b.y < 1.5*body {
		return false
	}
	return pdfHeadingWords(b.words, body)
}

// pdfRightRunsOn tells whether the column right of a gutter starts with a
// lower-case word that the column left of it does not lead to (its last
// line ends a sentence or is no running text): the right column continues
// a sentence from further down the left column, so the columns flow on
// below, and a heading after a gap here heads the left column only, not
// both ("4.3 Medicamenteuze behandeling" beside a right column that starts
// "gedurende maximaal 3 weken", the end of a list item at the foot of the
// left column).
func pdfRightRunsOn(rows []pdfRow, gutters []pdfSpan, body float64) bool {
	for _, g := range gutters {
		var lastLeft []pdfWord
		firstRight := ""
		for _, r := range rows {
			var left []pdfWord
			for _, w := range r.words {
				switch {
				case w.x1 <= g.x0:
					left = append(left, w)
				case w.x0 >= g.x1 && firstRight == "":
					firstRight = w.text
				}
			}
			if len(left) > 0 {
				lastLeft = left
			}
		}
		if len(lastLeft) == 0 || !pdfStartsLower(firstRight) {
			continue
		}
		if pdfEndsSentence(lastLeft[len(lastLeft)-1].text) || pdfHeadingWords(lastLeft, body) {
			return true
		}
	}
	return false
}

// pdfHeadingWords tells whether words are set as a heading: larger than
// the body or bold.
func pdfHeadingWords(ws []pdfWord, body float64) bool {
	for _, w := range ws {
		if w.size < body*1.15 && w.bold*10 < w.n*9 {
			return false
		}
	}
	return true
}

// pdfJustifiedRows is the number of rows from which a common gutter is a
// gutter however wide the rows' word spaces are: the stretched spaces of a
// few justified lines line up by chance, those of this many do not.
const pdfJustifiedRows = 5

// pdfJustifiedStrip tells whether g is a strip of white that the spaces of
// justified lines form, no gutter: in a narrow justified column the spaces
// stretch to more than an em, and those of two or three lines line up
// ("Er worden twee typen onderscheiden. Bij" over "wierookhoest type A is
// er een allergische", ReportLab). In at least two rows the gap at g is
// no wider than 1.25 times the row's median gap between words (of three
// gaps or more), and in no row is it wider than 1.5 times that median, as
// a gutter between columns or cells is.
func pdfJustifiedStrip(rows []pdfRow, g pdfSpan) bool {
	even := 0
	var gaps []float64
	for _, r := range rows {
		gaps = gaps[:0]
		at := -1.0
		for k := 1; k < len(r.words); k++ {
			a, b := r.words[k-1], r.words[k]
			gaps = append(gaps, b.x0-a.x1)
			if a.x1 <= g.x0 && b.x0 >= g.x1 {
				at = b.x0 - a.x1
			}
		}
		if at < 0 || len(gaps) < 3 {
			continue
		}
		slices.Sort(gaps)
		switch median := gaps[len(gaps)/2]; {
		case at > 1.5*median:
			return false
		case at <= 1.25*median:
			even++
		}
	}
	return even >= 2
}

func pdfBothSides(rows []pdfRow, g pdfSpan) bool {
	left, right := 0, 0
	for _, r := range rows {
		if r.words[0].x1 <= g.x0 {
			left++
		}
		if r.words[len(r.words)-1].x0 >= g.x1 {
			right++
		}
	}
	return left >= 2 && right >= 2
}

// pdfColumnLines splits the rows of a band at its gutters and returns the
// lines column by column.
// pdfLabelRun returns the rows [a, b) of a band of two columns whose left
// column, narrower than three quarters of the right one, holds the labels
// of the text right of it: from the first row
// with a label to the last row before one that is no label's or text's,
// a label being a line of at most four words, none ending a sentence,
// beside a line of the text; at least two labels, and at most half as
// many as the text's lines. a is -1 when there is no such run.
func pdfLabelRun(rows []pdfRow, cuts []float64) (a, b int) {
	if len(cuts) != 1 {
		return -1, -1
	}
	// a narrow column of labels beside a wider one of text, not two
	// columns of text (a report's two columns, where a heading or a
	// paragraph's last words stand beside the other column's lines)
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, r := range rows {
		x0, x1 = min(x0, r.words[0].x0), max(x1, r.words[len(r.words)-1].x1)
	}
	if cuts[0]-x0 > 0.75*(x1-cuts[0]) {
		return -1, -1
	}
	kind := func(r pdfRow) int { // 0: a label beside text, 1: text alone, -1: neither
		left, right, word := 0, 0, false
		for _, w := range r.words {
			if (w.x0+w.x1)/2 < cuts[0] {
				if left == 0 && !pdfStartsUpper(w.text) {
					return -1 // a term starts with a capital: not a bullet, a number, a line's end
				}
				left++
				if strings.HasSuffix(w.text, ".") || strings.HasSuffix(w.text, ":") {
					return -1
				}
				word = word || utf8.RuneCountInString(strings.TrimFunc(w.text, func(r rune) bool { return !unicode.IsLetter(r) })) >= 3
			} else {
				right++
			}
		}
		switch {
		case right == 0 || left > 4 || left > 0 && !word:
			return -1
		case left > 0:
			return 0
		}
		return 1
	}
	a = slices.IndexFunc(rows, func(r pdfRow) bool { return kind(r) == 0 })
	if a < 0 {
		return -1, -1
	}
	labels, text := 0, 0
	for b = a; b < len(rows); b++ {
		k := kind(rows[b])
		if k < 0 {
			break
		}
		text++
		if k == 0 {
			labels++
		}
	}
	if labels < 2 || 2*labels > text {
		return -1, -1
	}
	return a, b
}

func pdfColumnLines(rows []pdfRow, gutters []pdfSpan, band int) []pdfLine {
	cuts := make([]float64, len(gutters))
	for i, g := range gutters {
		cuts[i] = (g.x0 + g.x1) / 2
	}
	slices.Sort(cuts)
	var lines []pdfLine
	if a, b := pdfLabelRun(rows, cuts); a >= 0 {
		// a definition list whose terms stand in a column beside their
		// definitions (ConTeXt's FT-22): each term goes with the
		// definition that starts on its line, "Term: definition", as the
		// HTML extractor reads <dl>; the band's rows before and after it
		// (its heading, a line across both columns) as before
		lines = append(lines, pdfColumnLines(rows[:a], gutters, band)...)
		for _, r := range rows[a:b] {
			ws := slices.Clone(r.words)
			for i := range ws {
				if (ws[i].x0+ws[i].x1)/2 < cuts[0] && (i+1 == len(ws) || (ws[i+1].x0+ws[i+1].x1)/2 >= cuts[0]) {
					ws[i].text += ":"
				}
			}
			lines = append(lines, pdfNewLine(ws, band, 0))
		}
		return append(lines, pdfColumnLines(rows[b:], gutters, band)...)
	}
	for col := 0; col <= len(cuts); col++ {
		lo, hi := math.Inf(-1), math.Inf(1)
		if col > 0 {
			lo = cuts[col-1]
		}
		if col < len(cuts) {
			hi = cuts[col]
		}
		var ws []pdfWord // reused: pdfNewLine keeps nothing of it
		for _, r := range rows {
			ws = ws[:0]
			for _, w := range r.words {
				if c := (w.x0 + w.x1) / 2; c >= lo && c < hi {
					ws = append(ws, w)
				}
			}
			if len(ws) > 0 {
				lines = append(lines, pdfNewLine(ws, band, col))
			}
		}
	}
	return lines
}

// pdfAccent returns the combining mark that s, a spacing accent a
// formatter prints over a letter to draw an accented one, stands for: the
// spacing accents of normalize.go, and the ASCII and quote signs mandoc's
// PDF prints for them ('"' over "e" for "ë", "‘" over "e" for "è", "’"
// over "o" for "ó"; FT-133, whose "patiënten" had read "pati"enten").
func pdfAccent(s string) (rune, bool) {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || n != len(s) {
		return 0, false
	}
	if m, ok := spacingAccents[r]; ok {
		return m, true
	}
	switch r {
	case '"':
		return '\u0308', true
	case '’', '\'':
		return '\u0301', true
	case '‘':
		return '\u0300', true
	case '~':
		return '\u0303', true
	}
	return 0, false
}

// pdfOverstrike returns the one character two glyphs printed over each
// other make: a letter and an accent whose middle stands within the
// letter's advance ("ë"), or a "+" over an "o", a typewriter's bullet
// ("•"). False for glyphs side by side, and for an accent over a letter
// that has no precomposed form.
func pdfOverstrike(a, b *pdfGlyph) (string, bool) {
	covers := func(l, m *pdfGlyph) bool {
		c := m.x + m.w/2
		return l.w > 0 && c > l.x && c < l.x+l.w
	}
	if a.s == "+" && b.s == "o" || a.s == "o" && b.s == "+" {
		return "•", covers(a, b) || covers(b, a)
	}
	letter, mark := a, b
	if _, ok := pdfAccent(a.s); ok {
		letter, mark = b, a
	}
	comb, ok := pdfAccent(mark.s)
	r, n := utf8.DecodeRuneInString(letter.s)
	if !ok || n != len(letter.s) || !unicode.IsLetter(r) || !covers(letter, mark) {
		return "", false
	}
	s := norm.NFC.String(letter.s + string(comb))
	return s, utf8.RuneCountInString(s) == 1
}
