package extract

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lists and numbering: list items become ListItem blocks with their bullet
// or number as Label and their depth from the indent of the bullet; section
// numbers ("4.3.1 Antivirale behandeling") set the heading levels.

// pdfDrawnBullet is the text given to a line whose bullet is a drawn shape
// (Chromium draws list discs as filled paths, so the text has no bullet).
const pdfDrawnBullet = "•"

// pdfDrawnBullets prefixes a bullet to every line that has a small filled
// shape just left of its first word, level with its text: a drawn list
// bullet. Shapes elsewhere (table shading, icons, check marks inside text)
// are not next to a line start.
func pdfDrawnBullets(lines []pdfLine, shapes []pdfShape) {
	if len(shapes) == 0 {
		return
	}
	byY := slices.Clone(shapes)
	slices.SortFunc(byY, func(a, b pdfShape) int { return cmpFloat(a.y0, b.y0) })
	for i := range lines {
		l := &lines[i]
		em := max(l.size, 1)
		lo, _ := slices.BinarySearchFunc(byY, l.y-em, func(s pdfShape, y float64) int { return cmpFloat(s.y0, y) })
		for _, s := range byY[lo:] {
			if s.y0 > l.y+em {
				break
			}
			if pdfIsBullet(s, l, em) {
				// The line now starts at its bullet, as with a typed one,
				// so a hanging indent reads the same.
				l.text, l.x0 = pdfDrawnBullet+" "+l.text, s.x0
				break
			}
		}
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// pdfIsBullet tells whether shape s is the bullet of line l: at most half an
// em wide and high, roughly square, ending within 1.5 em before the line's
// first word, its middle between the baseline and the top of lower-case
// letters.
func pdfIsBullet(s pdfShape, l *pdfLine, em float64) bool {
	w, h := s.x1-s.x0, s.y1-s.y0
	if w <= 0 || h <= 0 || w > 0.6*em || h > 0.6*em || w > 2.5*h || h > 2.5*w {
		return false
	}
	if s.x1 > l.x0 || l.x0-s.x1 > 1.5*em {
		return false
	}
	mid := (s.y0 + s.y1) / 2
	return mid >= l.y-0.1*em && mid <= l.y+0.7*em
}

// pdfListMarkerRE matches a printed list marker: a bullet, or a number or
// letter followed by "." or ")".
var pdfListMarkerRE = regexp.MustCompile(`^(?:[•◦▪●■○‣∙·*–-]|\(?(\d{1,2}|[a-z])[.)])$`)

// pdfSymbolBullet tells whether a word is a lone symbol used as a bullet:
// symbol fonts decode their bullets to private-use code points (Word's
// U+F0B7) or to unrelated symbols (pdflatex's CMSY bullet without a usable
// ToUnicode map comes out as the modifier letter "ˆ"). Mathematical
// symbols are left out, as a line may start with "≥ 6 maanden" or "< 30".
func pdfSymbolBullet(tok string) bool {
	r, n := utf8.DecodeRuneInString(tok)
	if n != len(tok) {
		return false
	}
	return unicode.In(r, unicode.So, unicode.Sk, unicode.Lm, unicode.Co) && !strings.ContainsRune("©®°", r)
}

// pdfListMarker reads the marker at the start of a line: the marker, and
// its ordinal for numbered and lettered items (0 for bullets).
func pdfListMarker(text string) (string, int, bool) {
	tok := firstWord(text)
	if len(tok) == len(text) {
		return "", 0, false
	}
	if pdfSymbolBullet(tok) {
		return tok, 0, true
	}
	m := pdfListMarkerRE.FindStringSubmatch(tok)
	if m == nil {
		return "", 0, false
	}
	switch {
	case m[1] == "":
		return tok, 0, true
	case m[1][0] >= 'a' && m[1][0] <= 'z':
		return tok, int(m[1][0]-'a') + 1, true
	}
	n, _ := strconv.Atoi(m[1])
	return tok, n, true
}

// pdfMarkLists splits paragraphs at the lines that start list items and
// marks those as ListItem blocks. A number starts an item only when it is 1
// or follows the previous item's number, so a line that happens to begin
// with a dose ("2 dd 500 mg") does not; inside a block a dash starts one
// only after a line ending in ":" or ";" or as the next of a run of dash
// items, as a dash in running prose is punctuation. The level comes
// from the indent of the marker within its column: deeper indents nest.
// A list continues across a page break: ls carries its open levels and
// the next number from one page to the next.
func pdfMarkLists(blocks []pdfBlock, ls *pdfListState) []pdfBlock {
	left := pdfColumnLefts(blocks)
	var out []pdfBlock
	for _, b := range blocks {
		if b.heading || b.kind == Caption || b.kind == TableRow || pdfHoldsTable(b) {
			out = append(out, b)
			*ls = pdfListState{}
			continue
		}
		if b.kind != Paragraph {
			out = append(out, b) // a note between list items does not end the list
			continue
		}
		start := 0
		for i := 1; i <= len(b.lines); i++ {
			if i < len(b.lines) && !pdfStartsItem(b.lines[i].text, pdfWantAfter(b.lines[start].text, ls.want), b.lines[i-1].text) && !pdfNextDash(b.lines[start], b.lines[i]) {
				continue
			}
			if k := pdfItemEnd(b.lines[start:i], ls.want); k > 0 {
				out = append(out, pdfListPart(b, start, start+k, left, ls))
				start += k
			}
			out = append(out, pdfListPart(b, start, i, left, ls))
			start = i
		}
	}
	return out
}

// pdfItemEnd finds where a list item's lines give way to a paragraph set
// in the same block: the first line after a sentence end that starts left
// of the item's text (its hanging indent). It returns 0 when the lines do
// not start an item or the item runs to their end.
func pdfItemEnd(lines []pdfLine, want int) int {
	if len(lines) < 2 || !pdfStartsItem(lines[0].text, want, "") {
		return 0
	}
	em := max(lines[0].size, 1)
	text := lines[0].x0 + 0.6*em // where the item's text starts, at the least
	if lines[1].x0 > lines[0].x0+0.3*em {
		text = lines[1].x0 // a continuation line shows the hanging indent
	}
	for k := 1; k < len(lines); k++ {
		if lines[k].x0 < text-0.3*em && pdfEndsSentence(lines[k-1].text) {
			return k
		}
	}
	return 0
}

// pdfListState is the list open at the end of the blocks read so far.
type pdfListState struct {
	indents []float64 // open list levels, by indent of their markers
	want    int       // the ordinal expected for the next numbered item
}

// pdfStartsItem tells whether a line starts a list item when the next
// numbered item would be want; prev is the line before it in its block, ""
// for a block's first line. Inside a block a number starts an item only
// after a line that ends a sentence or a lead-in ("… in tabel / 1. Overweeg"
// is prose), a dash only after a lead-in or an item ending in ":" or ";"
// (a dash in running prose is punctuation), and an asterisk never.
func pdfStartsItem(text string, want int, prev string) bool {
	mark, n, ok := pdfListMarker(text)
	if !ok || n > 1 && n != want {
		return false
	}
	switch {
	case prev == "":
		return true
	case n > 0:
		return pdfEndsSentence(prev)
	case mark == "–" || mark == "-":
		// a dash starts an item after a lead-in or an item ("Bepaal
		// vóór de start van beluxaan:" over "– het kalium;"), never in
		// running prose
		p := strings.TrimRightFunc(prev, unicode.IsSpace)
		return strings.HasSuffix(p, ":") || strings.HasSuffix(p, ";")
	case mark == "*":
		return false // the lines of a code comment
	}
	return true
}

// pdfNextDash tells whether line starts the next item of a dash list
// whose current item starts with item: the same dash at the same indent
// ("- stacks are small" over "- goroutines are muxed", items that end
// without punctuation). An asterisk does not count: it starts the lines
// of a code comment.
func pdfNextDash(item, line pdfLine) bool {
	mark, n, ok := pdfListMarker(item.text)
	if !ok || n > 0 || mark != "–" && mark != "-" {
		return false
	}
	next, _, ok := pdfListMarker(line.text)
	return ok && next == mark && math.Abs(line.x0-item.x0) <= 0.3*max(item.size, 1)
}

// pdfWantAfter is the ordinal expected after an item starting with text.
func pdfWantAfter(text string, want int) int {
	if !pdfStartsItem(text, want, "") {
		return 0
	}
	if _, n, _ := pdfListMarker(text); n > 0 {
		return n + 1
	}
	return want
}

// pdfListPart makes lines [lo, hi) of b a block: a ListItem when its first
// line starts with a marker, else a paragraph (which ends any open list).
func pdfListPart(b pdfBlock, lo, hi int, left map[[2]int]float64, ls *pdfListState) pdfBlock {
	nb := b
	nb.lines = slices.Clone(b.lines[lo:hi])
	if lo > 0 {
		nb.notes = nil
	}
	first := &nb.lines[0]
	if !pdfStartsItem(first.text, ls.want, "") {
		*ls = pdfListState{}
		return nb
	}
	mark, n, _ := pdfListMarker(first.text)
	if n > 0 {
		ls.want = n + 1
	}
	indent := first.x0 - left[[2]int{first.band, first.col}]
	tol := 0.5 * max(first.size, 1)
	for len(ls.indents) > 0 && ls.indents[len(ls.indents)-1] > indent+tol {
		ls.indents = ls.indents[:len(ls.indents)-1]
	}
	if k := len(ls.indents); k == 0 || math.Abs(ls.indents[k-1]-indent) > tol {
		ls.indents = append(ls.indents, indent)
	}
	first.text = strings.TrimSpace(strings.TrimPrefix(first.text, mark))
	nb.kind, nb.label, nb.level = ListItem, mark, min(len(ls.indents), 6)
	return nb
}

// pdfColumnLefts returns the left edge of every column of a page: the
// smallest line start per band and column.
func pdfColumnLefts(blocks []pdfBlock) map[[2]int]float64 {
	left := map[[2]int]float64{}
	for _, b := range blocks {
		for _, l := range b.lines {
			k := [2]int{l.band, l.col}
			if x, ok := left[k]; !ok || l.x0 < x {
				left[k] = l.x0
			}
		}
	}
	return left
}

// pdfNumberedLevels makes section numbers decide heading levels in a
// document that numbers its sections (at least three numbered headings): a
// heading numbered "4.3.1" sits two levels below "4". The level of the
// top-numbered headings is the one their size gave most often; unnumbered
// headings as large as those stay beside them (title, "Kernboodschappen"),
// smaller ones nest under the numbered heading before them.
func pdfNumberedLevels(pages [][]pdfBlock) {
	var top []*pdfBlock
	count := 0
	for _, bs := range pages {
		for i := range bs {
			b := &bs[i]
			if b.heading && b.depth == 0 && len(b.lines) > 1 {
				// A long numbered title wraps; pdfClassify reads numbers
				// on one-line blocks only.
				if m := pdfNumbering.FindStringSubmatch(b.lines[0].text); m != nil {
					b.depth = strings.Count(m[1], ".") + 1
				}
			}
			if b.heading && b.depth > 0 {
				count++
				if b.depth == 1 {
					top = append(top, b)
				}
			}
		}
	}
	if count < 3 || len(top) == 0 {
		return
	}
	freq := map[int]int{}
	var sizes []float64
	for _, b := range top {
		freq[b.level]++
		sizes = append(sizes, b.size)
	}
	base := top[0].level
	for l, n := range freq {
		if n > freq[base] || n == freq[base] && l < base {
			base = l
		}
	}
	slices.Sort(sizes)
	chapter := sizes[len(sizes)/2]
	last := 0 // level of the last numbered heading
	for _, bs := range pages {
		for i := range bs {
			b := &bs[i]
			switch {
			case !b.heading:
			case b.depth > 0:
				b.level = min(base+b.depth-1, 6)
				last = b.level
			case b.size >= chapter-0.25:
				b.level = min(b.level, base)
				last = 0
			case last > 0:
				b.level = min(last+1, 6)
			}
		}
	}
}

// pdfHeadsColumns tells whether row r, just above a band with the given
// gutters, belongs to that band: every gutter runs through the row's
// whitespace and the row has words on both sides of each. Such a row holds
// one heading per column; read as one line it would merge them.
func pdfHeadsColumns(r pdfRow, free, gutters []pdfSpan) bool {
	for _, g := range gutters {
		open := slices.ContainsFunc(free, func(f pdfSpan) bool { return f.x0 <= g.x0 && f.x1 >= g.x1 })
		if !open || r.words[0].x1 > g.x0 || r.words[len(r.words)-1].x0 < g.x1 {
			return false
		}
	}
	return len(gutters) > 0
}

// pdfPinRunningCandidates adds a row's baseline to its running-row key. In
// a two-page document "recurs on half the pages" is any repeat, so a
// header or footer must also stand at the same height on both pages, as
// producers print them.
func pdfPinRunningCandidates(p pdfRawPage, keys map[int]string) {
	for j, k := range keys {
		keys[j] = k + "@" + strconv.Itoa(int(math.Round(p.rows[j].y)))
	}
}
