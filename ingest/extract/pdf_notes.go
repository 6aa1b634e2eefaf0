package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Notes: footnotes, endnotes, numbered reference lists and URL lists are
// kept apart from the content as Note blocks, and the markers that point to
// them ("hoger.¹", "OpenEvidence12") are taken out of the text and kept in
// Block.Notes. Everything here is read from the page itself: glyph size and
// baseline, the numbering of the notes, and the heading of a reference
// section.

// pdfIsSuperscript tells whether glyph g is set as a superscript after
// glyph base, the last glyph of the row before it that was not: clearly
// smaller and raised. Comparing with the neighbour, not the row, keeps text
// beside a larger heading in the other column from looking raised.
// Subscripts and same-size digits ("COVID-19") never qualify.
func pdfIsSuperscript(g, base *pdfGlyph) bool {
	return base.size > 0 && g.size <= 0.85*base.size && g.y-base.y >= 0.15*base.size
}

// pdfTakeMarker moves a note marker set as a superscript at the end of word
// w (its text from byte supAt on) from the text into w.notes. A word that is
// only a marker, glued to the word before it, goes to that word's notes and
// pdfTakeMarker returns false: the word is dropped. A superscript number at
// the start of a word (a footnote's own label, "¹Bij", up to byte leadAt)
// becomes a word of its own, so the note pass can read it.
func pdfTakeMarker(row *pdfRow, w *pdfWord, supAt, leadAt int) bool {
	if leadAt > 0 && leadAt < len(w.text) && (supAt < 0 || supAt >= leadAt) {
		label := *w
		label.text, label.x1, label.n, label.bold, label.notes = w.text[:leadAt], w.x0, leadAt, 0, nil
		row.words = append(row.words, label)
		w.text = w.text[leadAt:]
		if supAt >= 0 {
			supAt -= leadAt
		}
	}
	if supAt < 0 {
		return true
	}
	rest, mark := pdfSplitMarker(w.text, supAt)
	if mark == "" {
		if up, ok := raise(w.text[supAt:]); ok && tenBase(w.text[:supAt]) {
			w.text = w.text[:supAt] + up // "10⁹/l", not "109/l"
		}
		return true
	}
	if rest != "" {
		w.text = rest
		w.notes = append(w.notes, mark)
		return true
	}
	if len(row.words) == 0 {
		return true
	}
	prev := &row.words[len(row.words)-1]
	if w.x0-prev.x1 > w.size || !pdfMarkerHost(prev.text, mark) {
		return true
	}
	prev.notes = append(prev.notes, mark)
	return false
}

// pdfMarkerRE matches what a note marker looks like: a number, a list or
// range of numbers, or a note symbol. pdfMakeRow uses it too.
var pdfMarkerRE = regexp.MustCompile(`^(?:\d{1,3}(?:[,–-]\d{1,3})*|[*†‡§]{1,3})$`)

// pdfSplitMarker splits text at supAt into the text and a note marker when
// the superscript there is a marker rather than an exponent ("m²", "10³") or
// an ordinal ("1e").
func pdfSplitMarker(text string, supAt int) (rest, mark string) {
	if supAt < 0 || supAt >= len(text) {
		return text, ""
	}
	sup := strings.TrimSpace(text[supAt:])
	if supAt > 0 && pdfLetterMarker(text[:supAt], sup) {
		return text[:supAt], sup
	}
	if n := len(sup); n > 2 && sup[0] == '[' && sup[n-1] == ']' {
		// a number raised in brackets, as asciidoctor-pdf marks its
		// footnotes ("patiënten.[1]", FT-50)
		sup = sup[1 : n-1]
	}
	if !pdfMarkerRE.MatchString(sup) || supAt > 0 && !pdfMarkerHost(text[:supAt], sup) {
		return text, ""
	}
	return text[:supAt], sup
}

// pdfLetterMarker tells whether sup, a raised lower-case letter after the
// text host, marks a note ("vanaf 40 kgᵈ", "eGFR 30-59ᵃ": TCPDF's FT-33):
// after a word or unit of two letters or more, or one of a to d after a
// number or a closing parenthesis; not the "e" of a Dutch ordinal after a
// number ("1ᵉ", "2ᵉ trimester"), nor an exponent ("Rⁿ", "(-1)ᵏ", "2ⁿ").
func pdfLetterMarker(host, sup string) bool {
	if len(sup) != 1 || sup[0] < 'a' || sup[0] > 'z' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(host)
	letters := trailingLetters(host)
	// (after a number or a closing parenthesis, a note's letter is one of
	// the first few, "e" the ordinal's: an exponent is "2ⁿ", "(-1)ᵏ";
	// "(10–20 kg)ᵇ", FT-50)
	return letters >= 2 || (unicode.IsDigit(r) || r == ')') && sup[0] < 'e'
}

// trailingLetters counts the letters at the end of text, after its last
// other character.
func trailingLetters(text string) int {
	letters := 0
	for _, c := range text {
		if unicode.IsLetter(c) {
			letters++
		} else {
			letters = 0
		}
	}
	return letters
}

// pdfMarkerHost tells whether note marker mark may follow text: after
// punctuation, a word or a number, but not after a unit symbol of one
// letter ("m²") or a unit of length of two ("cm³"), or the base of a power
// of ten ("10⁹/l"). After
// any other number a raised digit is a note's, unless it is a 0, which
// numbers no note (an index, "Δ⁰"): read as an exponent, fpdf's "eGFR <
// 30¹" (FT-41) was "eGFR < 301", a row for ten times the patient's eGFR.
func pdfMarkerHost(text, mark string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	if unicode.IsDigit(r) {
		return !tenBase(text) && !strings.HasPrefix(mark, "0")
	}
	if !unicode.IsLetter(r) {
		return true
	}
	if i := strings.LastIndexFunc(text, func(c rune) bool { return !unicode.IsLetter(c) }); i >= 0 && text[i] == '/' {
		// the unit a measure is counted per ("mg/l³", "mmol/l¹", FT-57):
		// only a length takes a power ("mg/m²")
		return !slices.Contains(lengthUnits, text[i+1:])
	}
	// a word of two letters takes a power only as a unit of length ("cm²"):
	// FT-221's "15 mg/kg 2 dd⁶" had read "2 dd6"
	n := trailingLetters(text)
	if n != 2 {
		return n > 2
	}
	rs := []rune(text)
	return !slices.Contains(lengthUnits, string(rs[len(rs)-2:]))
}

// lengthUnits are the units of length, whose squares and cubes measure
// areas and volumes: after a slash, a raised number after any other unit
// is a note's.
var lengthUnits = []string{"m", "cm", "mm", "dm", "km", "µm", "μm", "nm"}

// pdfNoteStyle is what the note pass needs to know about the document.
type pdfNoteStyle struct {
	body float64 // body text size
}

// small tells whether a line is set smaller than the body, as footnotes
// and source lists are.
func (s pdfNoteStyle) small(l pdfLine) bool {
	return l.size <= 0.9*s.body
}

// pdfRefTitleRE matches the whole title of a reference or note section, by
// the standard names Dutch and English documents give it. Its entries are
// then told apart by their numbering or citation shape (pdfSplitReferences),
// and the section ends at the first block that has neither.
var pdfRefTitleRE = regexp.MustCompile(`(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?:literatuur(?:lijst)?|referenties|bronnen|bronvermelding|noten|voetnoten|eindnoten|bibliografie|references|bibliography|notes|literature|links):?\s*$`)

// pdfMarkNotes finds the notes of a document and splits them from the
// content: footnotes in a smaller size at the foot of a page that refers to
// them, numbered source lists with URLs, lines of URLs, and the entries of a
// reference section. Markers glued to words without superscript geometry
// ("OpenEvidence12") are taken out only where a note with that number
// stands on the same or a neighbouring page.
func pdfMarkNotes(pages [][]pdfBlock, body float64, tableRefs map[int]bool) {
	st := pdfNoteStyle{body: body}
	next := 1     // the footnote number expected next
	refLevel := 0 // level of the open reference section's heading; 0 when none
	refNext := 0  // the reference number expected next in that section
	marked := pdfSuperscriptRefs(pages)
	for n := range tableRefs {
		marked[n] = true // a marker in a table's cell ("gecontra-indiceerd⁵", FT-57)
	}
	for p := range pages {
		var out []pdfBlock
		bottom := pdfBottomBlocks(pages[p], st)
		refs := pdfNoteRefs(pages[p])
		for n := range marked {
			refs[n] = true // endnotes stand on pages of their own
		}
		for k, b := range pages[p] {
			if b.heading {
				refLevel, refNext = pdfRefSection(b, refLevel, refNext)
				out = append(out, b)
				continue
			}
			if b.kind != Paragraph || pdfHoldsTable(b) {
				out = append(out, b)
				continue
			}
			if refLevel > 0 && !pdfStartsFootnote(b, st, pdfNoteZone{next, bottom[k], false, refs}) {
				parts, ok := pdfSplitReferences(b, &refNext)
				if ok {
					out = append(out, parts...)
					continue
				}
				refLevel = 0
			}
			out = append(out, pdfSplitFootnotes(b, st, &next, bottom[k], refs)...)
		}
		pages[p] = out
	}
	pdfGluedMarkers(pages)
	pdfBracketCitations(pages)
}

// pdfCitationRE matches a bracket citation, "[3]", "[2, 3]" or "[1–3]",
// with the space before it.
var pdfCitationRE = regexp.MustCompile(`\s?\[(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*)\]`)

// pdfBracketCitations moves bracket citations whose numbers all label notes
// of the document from the content text into Block.Notes, as the HTML and
// Markdown paths do; brackets that name no note stay text.
func pdfBracketCitations(pages [][]pdfBlock) {
	labels := map[string]bool{}
	for _, bs := range pages {
		for _, b := range bs {
			if b.kind == Note && b.label != "" {
				labels[b.label] = true
			}
		}
	}
	if len(labels) == 0 {
		return
	}
	for _, bs := range pages {
		for i := range bs {
			b := &bs[i]
			if b.kind == Note || pdfHoldsTable(*b) {
				continue
			}
			for k := range b.lines {
				l := &b.lines[k]
				if !strings.Contains(l.text, "[") {
					continue
				}
				l.text = pdfCitationRE.ReplaceAllStringFunc(l.text, func(m string) string {
					nums := pdfCitationNumbers(pdfCitationRE.FindStringSubmatch(m)[1])
					for _, n := range nums {
						if !labels[n] {
							return m
						}
					}
					b.notes = append(b.notes, nums...)
					return ""
				})
			}
		}
	}
}

// pdfCitationNumbers lists the numbers a citation names, ranges expanded
// (at most 50, so a typo cannot make a long list).
func pdfCitationNumbers(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(strings.ReplaceAll(strings.TrimSpace(part), "–", "-"), "-")
		a, err1 := strconv.Atoi(strings.TrimSpace(lo))
		b, err2 := strconv.Atoi(strings.TrimSpace(hi))
		switch {
		case err1 != nil:
			return nil
		case !isRange:
			out = append(out, strconv.Itoa(a))
		case err2 != nil || b < a || b-a > 50:
			return nil
		default:
			for n := a; n <= b; n++ {
				out = append(out, strconv.Itoa(n))
			}
		}
	}
	return out
}

// pdfHoldsTable tells whether a block holds the place of a table
// (pdfFindTables): the structure pass leaves it as it is.
func pdfHoldsTable(b pdfBlock) bool {
	if b.table != nil {
		return true
	}
	for _, l := range b.lines {
		if l.table != 0 {
			return true
		}
	}
	return false
}

// pdfRefSection opens a reference section at a heading titled like one and
// closes an open one at a heading of the same or a higher level.
func pdfRefSection(h pdfBlock, level, next int) (int, int) {
	if pdfRefTitleRE.MatchString(pdfBlockText(h)) {
		return h.level, 1
	}
	if level > 0 && h.level <= level {
		return 0, 0
	}
	return level, next
}

func pdfBlockText(b pdfBlock) string {
	parts := make([]string, len(b.lines))
	for i, l := range b.lines {
		parts[i] = l.text
	}
	return strings.Join(parts, " ")
}

// pdfTok is one word of a block: its line and its text.
type pdfTok struct {
	line int
	s    string
}

func pdfTokens(b pdfBlock) []pdfTok {
	var toks []pdfTok
	for i, l := range b.lines {
		for _, f := range strings.Fields(l.text) {
			toks = append(toks, pdfTok{i, f})
		}
	}
	return toks
}

// pdfSubBlock makes a block of toks[lo:hi], keeping the line structure and
// the geometry of the lines it draws from.
func pdfSubBlock(b pdfBlock, toks []pdfTok, lo, hi int) pdfBlock {
	nb := pdfBlock{size: b.size}
	for i := lo; i < hi; i++ {
		t := toks[i]
		if i == lo || toks[i-1].line != t.line {
			l := b.lines[t.line]
			l.text = ""
			if i > 0 && toks[i-1].line == t.line {
				l.notes = nil // the markers went with the line's start
			}
			nb.lines = append(nb.lines, l)
		}
		l := &nb.lines[len(nb.lines)-1]
		if l.text != "" {
			l.text += " "
		}
		l.text += t.s
	}
	return nb
}

// pdfNumberMarker reads a note or reference number printed as "12", "12."
// or "[12]".
func pdfNumberMarker(s string) (int, bool) {
	s = strings.TrimSuffix(s, ".")
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		s = s[1 : len(s)-1]
	}
	if s == "" || len(s) > 3 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// pdfSplitReferences splits a block of a reference section into one Note per
// numbered entry. It reports false when the block is not reference matter:
// it neither starts with the next number nor looks like a citation, so the
// section has ended (a colophon, the next part).
func pdfSplitReferences(b pdfBlock, next *int) ([]pdfBlock, bool) {
	toks := pdfTokens(b)
	if len(toks) == 0 {
		return []pdfBlock{b}, true
	}
	if n, ok := pdfNumberMarker(toks[0].s); !ok || n != *next {
		if !pdfLooksLikeCitation(pdfBlockText(b)) {
			return nil, false
		}
		b.kind = Note
		return []pdfBlock{b}, true
	}
	var out []pdfBlock
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i < len(toks) {
			n, ok := pdfNumberMarker(toks[i].s)
			if !ok || n != *next+1 || !pdfEndsEntry(toks[i-1].s) {
				continue
			}
		}
		out = append(out, pdfNoteBlock(b, toks, start, i))
		*next++
		start = i
	}
	return out, true
}

// pdfEndsEntry tells whether a word may end a note or reference entry, so
// that a number after it may start the next: a sentence end or a URL.
func pdfEndsEntry(s string) bool {
	return pdfEndsSentence(s) || pdfIsURL(s) || strings.HasSuffix(s, "/")
}

var pdfYearRE = regexp.MustCompile(`\b(1[89]|20)\d\d\b`)

// pdfLooksLikeCitation tells whether an unnumbered block of a reference
// section is a reference: it names a year or a URL.
func pdfLooksLikeCitation(s string) bool {
	return pdfYearRE.MatchString(s) || strings.Contains(s, "http") || strings.Contains(s, "www.")
}

// pdfNoteBlock makes toks[lo:hi] a Note labelled with its leading number.
func pdfNoteBlock(b pdfBlock, toks []pdfTok, lo, hi int) pdfBlock {
	label := ""
	if n, ok := pdfNumberMarker(toks[lo].s); ok && hi-lo > 1 {
		label = strconv.Itoa(n)
		lo++
	}
	nb := pdfSubBlock(b, toks, lo, hi)
	nb.kind, nb.label = Note, label
	return nb
}

// pdfIsURL tells whether a word is a web address.
func pdfIsURL(s string) bool {
	s = strings.TrimLeft(s, "(<[‘“'\"")
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// pdfURLPart tells whether a word can be part of a URL broken over lines:
// no spaces and some character that prose words lack.
func pdfURLPart(s string) bool {
	return pdfIsURL(s) || strings.ContainsAny(s, "/_=?#&%") || strings.Count(s, "-") >= 2 ||
		strings.Contains(s, ".") && !pdfEndsSentence(s) && strings.IndexFunc(s, unicode.IsUpper) < 0
}

// pdfSplitFootnotes cuts a block into content and notes. A note starts at a
// line, set smaller than the body, that begins with the next note number
// (or 1, when numbering restarts), or at a line that holds only URLs. It runs
// on over the following small lines until the next number; an entry that is
// only a number and URLs ends at the first word after them that does not
// lead to another URL ("74. https://… In het St. Antonius …").
func pdfSplitFootnotes(b pdfBlock, st pdfNoteStyle, next *int, bottom bool, refs map[int]bool) []pdfBlock {
	if !slices.ContainsFunc(b.lines, func(l pdfLine) bool {
		return st.small(l) || strings.Contains(l.text, "http") || strings.Contains(l.text, "www.")
	}) {
		return []pdfBlock{b} // neither small print nor URLs: the common case, kept cheap
	}
	toks := pdfGluedLabels(b, st, pdfTokens(b))
	var out []pdfBlock
	start, inNote, urlOnly := 0, false, false
	cut := func(i int, note bool) {
		if i <= start {
			return
		}
		if note {
			out = append(out, pdfNoteBlock(b, toks, start, i))
		} else {
			out = append(out, pdfSubBlock(b, toks, start, i))
		}
		start = i
	}
	for i, t := range toks {
		lineStart := i == 0 || toks[i-1].line != t.line
		l := b.lines[t.line]
		startsNote := (lineStart || inNote && pdfEndsEntry(toks[i-1].s)) && i+1 < len(toks) &&
			st.small(l) && pdfNoteNumber(toks, i, pdfNoteZone{*next, bottom, inNote, refs})
		switch {
		case startsNote:
			cut(i, inNote)
			inNote, urlOnly = true, true
			n, _ := pdfNumberMarker(t.s)
			*next = n + 1
			continue
		case lineStart && !inNote && pdfURLLine(l.text):
			cut(i, false)
			inNote, urlOnly = true, true
			continue
		case !inNote:
			continue
		case lineStart && !st.small(l) && !pdfURLLine(l.text):
			cut(i, true)
			inNote = false
			continue
		}
		if urlOnly && !pdfURLPart(t.s) && !pdfJoinsURL(toks, i) && !(lineStart && pdfURLTail(toks, i)) {
			if i > start+1 {
				cut(i, true)
				inNote = false
				continue
			}
			urlOnly = false
		}
	}
	cut(len(toks), inNote)
	if len(out) == 1 && out[0].kind == Paragraph {
		return []pdfBlock{b}
	}
	return out
}

// pdfGluedLabelRE matches a note's number glued to the capital its text
// starts with ("1Cijfers afkomstig uit …").
var pdfGluedLabelRE = regexp.MustCompile(`^(\d{1,3})(\p{Lu}\p{Ll}.*)$`)

// pdfGluedLabels splits the number off the first word of each small line
// that opens with a number glued to a capitalised word: Calligra Words
// prints a footnote's number at the size of its text without a space
// (FT-129). Whether the number starts a note pdfNoteNumber says, as for a
// number standing apart.
func pdfGluedLabels(b pdfBlock, st pdfNoteStyle, toks []pdfTok) []pdfTok {
	var out []pdfTok
	for i, t := range toks {
		m := pdfGluedLabelRE.FindStringSubmatch(t.s)
		if m == nil || i > 0 && toks[i-1].line == t.line || !st.small(b.lines[t.line]) {
			out = append(out, t)
			continue
		}
		out = append(out, pdfTok{t.line, m[1]}, pdfTok{t.line, m[2]})
	}
	return out
}

// pdfNoteZone is where a possible note number stands.
type pdfNoteZone struct {
	next   int          // the note number expected next
	bottom bool         // in the page's footnote zone (pdfBottomBlocks)
	inNote bool         // right after another note
	refs   map[int]bool // note numbers the page's text refers to
}

// pdfNoteNumber tells whether word i of toks is the number of a note. In
// the page-bottom zone a footnote may continue the numbering or restart it
// at 1, if the page's text refers to it: a small numbered list at the foot
// of a page is not a footnote. Elsewhere, as in
// a side column of sources, the number must be printed "12." or "[12]" and
// either follow the previous note directly (inNote) or have a URL in its
// entry: source lists are not always in page order. Table cells ("1 dd 30 mg") and
// numbers opening a line of prose fail these tests.
func pdfNoteNumber(toks []pdfTok, i int, z pdfNoteZone) bool {
	s := toks[i].s
	n, ok := pdfNumberMarker(s)
	if !ok {
		return false
	}
	if z.bottom && z.refs[n] && (n >= z.next && n <= z.next+3 || n == 1) {
		return true
	}
	dotted := strings.HasSuffix(s, ".") || strings.HasPrefix(s, "[")
	switch {
	case !dotted:
		return false
	case n == z.next && z.inNote:
		return true
	}
	return pdfEntryHasURL(toks, i)
}

// pdfEntryHasURL tells whether the entry starting at word i names a URL
// before the next line that starts with a number.
func pdfEntryHasURL(toks []pdfTok, i int) bool {
	for j := i + 1; j < len(toks) && j < i+80; j++ {
		if toks[j].line != toks[j-1].line {
			if _, ok := pdfNumberMarker(toks[j].s); ok {
				return false
			}
		}
		if pdfIsURL(toks[j].s) {
			return true
		}
	}
	return false
}

// pdfStartsFootnote tells whether block b opens with a footnote.
func pdfStartsFootnote(b pdfBlock, st pdfNoteStyle, z pdfNoteZone) bool {
	toks := pdfTokens(b)
	return len(toks) > 1 && st.small(b.lines[0]) && pdfNoteNumber(toks, 0, z)
}

// pdfSuperscriptRefs collects the note numbers the whole document marks
// with superscripts: geometric evidence strong enough for endnotes, whose
// pages do not carry the markers.
func pdfSuperscriptRefs(pages [][]pdfBlock) map[int]bool {
	refs := map[int]bool{}
	for _, bs := range pages {
		for _, b := range bs {
			for _, l := range b.lines {
				for _, m := range l.notes {
					if n, err := strconv.Atoi(m); err == nil {
						refs[n] = true
					}
				}
			}
		}
	}
	return refs
}

// pdfTableNoteRefs collects the note numbers the tables' cells refer to.
func pdfTableNoteRefs(tables [][]pdfTable) map[int]bool {
	refs := map[int]bool{}
	for _, ts := range tables {
		for _, t := range ts {
			for _, row := range t.rowNotes {
				for _, m := range row {
					if n, err := strconv.Atoi(m); err == nil {
						refs[n] = true
					}
				}
			}
		}
	}
	return refs
}

// pdfNoteRefs collects the note numbers a page refers to: superscript
// markers and, for producers that print markers at the body size, digits
// glued to the end of a word ("waarborgen1.").
func pdfNoteRefs(blocks []pdfBlock) map[int]bool {
	refs := map[int]bool{}
	for _, b := range blocks {
		for _, l := range b.lines {
			for _, m := range l.notes {
				if n, err := strconv.Atoi(m); err == nil {
					refs[n] = true
				}
			}
			if !strings.ContainsAny(l.text, "0123456789") {
				continue
			}
			for _, f := range strings.Fields(l.text) {
				if m := pdfGluedDigitsRE.FindStringSubmatch(f); m != nil {
					refs[pdfFirstNumber(m[2])] = true
				}
			}
		}
	}
	return refs
}

// pdfBottomBlocks flags the blocks in a page's footnote zone: no line at the
// body size below their top within their horizontal extent.
func pdfBottomBlocks(blocks []pdfBlock, st pdfNoteStyle) []bool {
	flags := make([]bool, len(blocks))
	for i, b := range blocks {
		if len(b.lines) == 0 {
			continue
		}
		top, x0, x1 := b.lines[0].y, b.lines[0].x0, b.lines[0].x1
		for _, l := range b.lines {
			x0, x1 = min(x0, l.x0), max(x1, l.x1)
		}
		flags[i] = true
		for _, o := range blocks {
			for _, l := range o.lines {
				if l.y < top-1 && !st.small(l) && l.x0 < x1 && l.x1 > x0 {
					flags[i] = false
					break
				}
			}
			if !flags[i] {
				break
			}
		}
	}
	return flags
}

// pdfURLTail tells whether word i, first on its line, is the rest of a URL
// broken at the end of the line before: no capitals, after a URL, and alone
// on its line or followed by URL parts ("…/ai-driven-predictive-and-" /
// "healthcare/").
func pdfURLTail(toks []pdfTok, i int) bool {
	t := toks[i]
	if i == 0 || !pdfURLPart(toks[i-1].s) || strings.IndexFunc(t.s, unicode.IsUpper) >= 0 {
		return false
	}
	return i+1 == len(toks) || toks[i+1].line != t.line || pdfURLPart(toks[i+1].s)
}

// pdfJoinsURL tells whether word i starts up to three short lower-case
// words that lead to another URL of the same entry ("… en zie ook https://…").
func pdfJoinsURL(toks []pdfTok, i int) bool {
	for j := i; j < len(toks) && j < i+4; j++ {
		if pdfIsURL(toks[j].s) {
			return j > i
		}
		s := toks[j].s
		if utf8.RuneCountInString(s) > 4 || strings.ToLower(s) != s || strings.IndexFunc(s, unicode.IsLetter) < 0 {
			return false
		}
	}
	return false
}

// pdfURLLine tells whether a line is a list of URLs: every word part of a
// URL, or the rest of one broken at a hyphen ("…/ai- algoritmes-"), and at
// least one a full address.
func pdfURLLine(text string) bool {
	full, prev := false, ""
	for _, f := range strings.Fields(text) {
		if !pdfURLPart(f) && !(strings.HasSuffix(prev, "-") && pdfURLPart(prev)) {
			return false
		}
		full = full || pdfIsURL(f)
		prev = f
	}
	return full
}

// pdfGluedDigitsRE matches a word with digits glued to its end, the way some
// producers print note markers at the body size: a number or a range
// ("onderzoek68", "genereren41-42") after a word of three letters, two
// capitals ("schaduw-AI155"; one digit after a capital is a name's,
// pdfNamedNumber) or a domain name ("declaratiescan.ai122").
var pdfGluedDigitsRE = regexp.MustCompile(`^(.*(?:\p{L}{3,}|\p{Lu}{2}|\.\p{L}{2})[)’'"”]?)(\d{1,3}(?:[–-]\d{1,3})?)([.,;:!?)]*)$`)

// pdfFirstNumber returns the first number of a marker ("41" of "41-42").
func pdfFirstNumber(marker string) int {
	n, _ := strconv.Atoi(marker[:len(marker)-len(strings.TrimLeft(marker, "0123456789"))])
	return n
}

// pdfGluedMarkers takes glued digits out of the content words when they are
// a note number by the document's own evidence: a note with that number
// stands on the same page or the one before or after, or the number falls
// between the notes of the pages around it (the highest number of the
// pages before and the lowest of the pages after), as endnotes and notes a
// producer left out do. Without that evidence "COVID19" or "Nutrition5k"
// keep their digits.
func pdfGluedMarkers(pages [][]pdfBlock) {
	labels := make([]map[string]bool, len(pages))
	lowest, highest := make([]int, len(pages)), make([]int, len(pages)) // numbered labels per page; 0 when none
	for p, bs := range pages {
		labels[p] = map[string]bool{}
		for _, b := range bs {
			if b.kind != Note || b.label == "" {
				continue
			}
			labels[p][b.label] = true
			if n, err := strconv.Atoi(b.label); err == nil && n > 0 {
				if lowest[p] == 0 || n < lowest[p] {
					lowest[p] = n
				}
				highest[p] = max(highest[p], n)
			}
		}
	}
	before, after := make([]int, len(pages)), make([]int, len(pages))
	for p := 1; p < len(pages); p++ {
		before[p] = max(before[p-1], highest[p-1])
	}
	for p := len(pages) - 2; p >= 0; p-- {
		after[p] = after[p+1]
		if lowest[p+1] > 0 && (after[p] == 0 || lowest[p+1] < after[p]) {
			after[p] = lowest[p+1]
		}
	}
	marker := func(p int, label string) bool {
		n := pdfFirstNumber(label)
		for q := max(p-1, 0); q <= min(p+1, len(pages)-1); q++ {
			if labels[q][strconv.Itoa(n)] {
				return true
			}
		}
		return before[p] > 0 && before[p] < n && n < after[p]
	}
	for p, bs := range pages {
		for i := range bs {
			b := &bs[i]
			if b.kind == Note || pdfHoldsTable(*b) {
				continue
			}
			for k := range b.lines {
				b.lines[k].text = pdfStripGlued(b.lines[k].text, func(label string) bool {
					if marker(p, label) {
						b.notes = append(b.notes, label)
						return true
					}
					return false
				})
			}
		}
	}
}

// pdfNamedNumber tells whether digits glued to word are part of a name:
// one digit after a capital letter names a mask, a measure or a gas
// ("FFP2", "SpO2", "CO2"; FT-49, FT-57, FT-59 had lost the digit to a
// note). A note marker glued to a word follows one in lower case
// ("OpenEvidence12"), punctuation, or, in a report with many notes, an
// acronym with a number of two or three digits ("HCWB70", "MDR157").
func pdfNamedNumber(word, digits string) bool {
	r, _ := utf8.DecodeLastRuneInString(word)
	return unicode.IsUpper(r) && len(digits) == 1
}

func pdfStripGlued(text string, take func(string) bool) string {
	if !strings.ContainsAny(text, "0123456789") {
		return text
	}
	fields := strings.Fields(text)
	changed := false
	for i, f := range fields {
		m := pdfGluedDigitsRE.FindStringSubmatch(f)
		if m == nil || strings.ContainsAny(m[1], "0123456789/") || pdfIsURL(f) || pdfNamedNumber(m[1], m[2]) {
			continue
		}
		if take(m[2]) {
			fields[i] = m[1] + m[3]
			changed = true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(fields, " ")
}

// pdfCollectLineNotes gathers the superscript markers of a block's lines.
func pdfCollectLineNotes(pages [][]pdfBlock) {
	for _, bs := range pages {
		for i := range bs {
			for _, l := range bs[i].lines {
				bs[i].notes = append(bs[i].notes, l.notes...)
			}
		}
	}
}

// pdfStructure is the structure pass over a laid-out document: heading
// levels from section numbers, notes apart from the content, list items.
func pdfStructure(pages [][]pdfBlock, body float64, tables [][]pdfTable) {
	pdfNumberedLevels(pages)
	pdfMarkNotes(pages, body, pdfTableNoteRefs(tables))
	var ls pdfListState
	for p := range pages {
		pages[p] = pdfMarkLists(pages[p], &ls)
	}
	pdfCollectLineNotes(pages)
}
