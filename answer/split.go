package answer

import (
	"strings"
	"unicode"
)

// Span is one sentence of a text: Text is exactly the runes [Start, End) of
// the text it was split from, trimmed of surrounding space and bullets.
type Span struct {
	Start, End int // rune offsets
	Text       string
}

// abbreviations end in a full stop that does not end a sentence. Lower-cased,
// without the final dot. Multi-part ones ("o.a") are matched on the token
// before the final dot.
var abbreviations = setOf(
	"bijv", "bv", "o.a", "e.d", "e.a", "enz", "etc", "dr", "drs", "mr", "ir", "ing",
	"prof", "dhr", "mw", "mevr", "nr", "nrs", "ca", "c.q", "d.w.z", "m.b.t", "i.v.m",
	"t.a.v", "t.b.v", "m.n", "o.b.v", "i.p.v", "i.o.m", "z.g.a", "zgn", "zg", "vs", "resp",
	"incl", "excl", "evt", "art", "blz", "pag", "p", "pp", "fig", "tab", "max", "min",
	"gem", "mnd", "jr", "wk", "sec", "vgl", "cf", "e.v", "jl", "a.s", "o.m",
	"t.o.v", "v.w.b", "n.a.v", "m.u.v", "ong", "afb", "hfst", "par",
	"eds", "i.e", "e.g", "dd", "et al",
)

// bullets start a list item; a list item is a sentence of its own.
const bullets = "•◦▪▫‣∙·●○■□–—-*"

// SplitSentences splits Dutch text into sentences. It does not split after
// abbreviations ("bijv.", "o.a.", "dr."), inside numbers ("1.5", "2,5"),
// after initials ("J. de Vries") or after a list number at the start of a
// line ("3. "); list items (bullets) and blank lines always end a sentence.
func SplitSentences(text string) []Span {
	rs := []rune(text)
	var spans []Span
	start := 0
	flush := func(end int) {
		if sp, ok := trimSpan(rs, start, end); ok {
			spans = append(spans, sp)
		}
		start = end
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\n' && blankLineAt(rs, i):
			flush(i)
		case r == '\n' && bulletAt(rs, i+1):
			flush(i + 1)
		case r == '.' || r == '!' || r == '?' || r == '…':
			end := i + 1
			for end < len(rs) && strings.ContainsRune(`"'”’)»`, rs[end]) {
				end++
			}
			if sentenceEndsAt(rs, start, i, end) {
				flush(end)
				i = end - 1
			}
		}
	}
	flush(len(rs))
	return spans
}

func blankLineAt(rs []rune, i int) bool {
	for j := i + 1; j < len(rs); j++ {
		switch rs[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		default:
			return false
		}
	}
	return false
}

// bulletAt reports whether a list item starts at i (after optional spaces):
// a bullet character followed by a space, or "1." / "2)" followed by a space.
func bulletAt(rs []rune, i int) bool {
	for i < len(rs) && (rs[i] == ' ' || rs[i] == '\t') {
		i++
	}
	if i+1 >= len(rs) {
		return false
	}
	if strings.ContainsRune(bullets, rs[i]) && unicode.IsSpace(rs[i+1]) {
		return true
	}
	j := i
	for j < len(rs) && j-i < 3 && unicode.IsDigit(rs[j]) {
		j++
	}
	return j > i && j+1 < len(rs) && (rs[j] == '.' || rs[j] == ')') && unicode.IsSpace(rs[j+1])
}

// sentenceEndsAt decides whether the punctuation at p (closing quotes up to
// end) ends the sentence that began at start.
func sentenceEndsAt(rs []rune, start, p, end int) bool {
	if end >= len(rs) {
		return true
	}
	if !unicode.IsSpace(rs[end]) {
		return false // "1.5", "o.a.", "www.nhg.org"
	}
	next := end
	for next < len(rs) && unicode.IsSpace(rs[next]) {
		next++
	}
	if next >= len(rs) {
		return true
	}
	if rs[p] != '.' {
		return startsSentence(rs[next])
	}
	word := lastToken(rs, start, p)
	lw := strings.ToLower(word)
	switch {
	case abbreviations[lw] || dottedLetters(word):
		return false
	case len([]rune(word)) == 1 && unicode.IsUpper([]rune(word)[0]):
		return false // initial: "J. de Vries"
	case isListNumber(rs, start, p, word):
		return false
	}
	return startsSentence(rs[next])
}

func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '[' || r == '(' ||
		strings.ContainsRune(`"'‘“`+bullets, r)
}

// lastToken returns the run of non-space runes that ends just before p.
func lastToken(rs []rune, start, p int) string {
	i := p
	for i > start && !unicode.IsSpace(rs[i-1]) && rs[i-1] != '(' {
		i--
	}
	return string(rs[i:p])
}

// isListNumber: "3." standing alone at the start of a line or sentence.
func isListNumber(rs []rune, start, p int, word string) bool {
	if word == "" || len([]rune(word)) > 3 || !isNumber(word) {
		return false
	}
	i := p - len([]rune(word))
	for i > start && (rs[i-1] == ' ' || rs[i-1] == '\t') {
		i--
	}
	return i == start || rs[i-1] == '\n'
}

// trimSpan trims space and a leading bullet from rs[start:end].
func trimSpan(rs []rune, start, end int) (Span, bool) {
	for start < end {
		switch {
		case unicode.IsSpace(rs[start]):
			start++
		case strings.ContainsRune(bullets, rs[start]) && start+1 < end && unicode.IsSpace(rs[start+1]):
			start += 2
		default:
			goto trimmed
		}
	}
trimmed:
	for end > start && unicode.IsSpace(rs[end-1]) {
		end--
	}
	if end <= start {
		return Span{}, false
	}
	return Span{Start: start, End: end, Text: string(rs[start:end])}, true
}

// normalizeSpace collapses runs of white space to one space, for display.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// sentenceOpeners are function words that open Dutch sentences. Capitalised
// in the middle of a sentence, after a word ending in a lower-case letter
// and before a lower-case word, one marks two blocks run together on one
// line: a run-in heading ("10. Capaciteitsplanning In de toekomst zal …")
// or text the source itself glued without a full stop ("… die baat hebben
// bij In en rondom de gemeente Hoorn …"). A following capital ("De Vries",
// "Het Nivel") is a name and no boundary.
var sentenceOpeners = setOf("In", "De", "Het", "Een", "Er", "Om", "Dit", "Deze", "Dat",
	"Die", "Op", "Voor", "Met", "Bij", "Naast", "Daarnaast", "Tot", "Als", "Zo", "Ook",
	"Uit", "Door", "Aan", "Zoals", "Hierbij", "Daarbij", "Tijdens", "Binnen", "Sinds",
	"Wij", "We", "Ze", "Zij", "Hij", "Omdat", "Hoewel", "Toch", "Maar", "Verder",
	"Vervolgens", "Bovendien", "Tegelijkertijd", "Volgens", "Na", "Nadat")

// splitPassage splits retrieved passage text into sentences: SplitSentences,
// and in addition at run-together blocks (sentenceOpeners), so a heading or
// the tail of another paragraph never becomes part of an answer sentence.
// Answers written by a model are split by SplitSentences alone.
func splitPassage(text string) []Span {
	rs := []rune(text)
	spans := SplitSentences(text)
	out := make([]Span, 0, len(spans))
	var ws [][2]int // reused word bounds
	for _, sp := range spans {
		ws = wordBounds(ws[:0], rs, sp.Start, sp.End)
		out = splitGlued(out, rs, sp, ws)
	}
	return out
}

// splitGlued appends to out the parts of one span, split at every
// run-together block boundary; ws are the span's word bounds.
func splitGlued(out []Span, rs []rune, sp Span, ws [][2]int) []Span {
	start := sp.Start
	for k := 1; k+1 < len(ws); k++ {
		if !gluedAt(rs, ws[k-1], ws[k], ws[k+1]) && !lowerAfterStop(rs, ws[k-1], ws[k]) {
			continue
		}
		if s, ok := trimSpan(rs, start, ws[k][0]); ok {
			out = append(out, s)
		}
		start = ws[k][0]
	}
	if start == sp.Start {
		return append(out, sp) // not split: keep the span as it is
	}
	if s, ok := trimSpan(rs, start, sp.End); ok {
		out = append(out, s)
	}
	return out
}

// gluedAt reports whether word w (between prev and next) opens a sentence
// that was run into the previous one.
func gluedAt(rs []rune, prev, w, next [2]int) bool {
	if !unicode.IsUpper(rs[w[0]]) || w[1]-w[0] > maxOpenerRunes || !unicode.IsLower(rs[prev[1]-1]) || !unicode.IsLower(rs[next[0]]) {
		return false // checked first: most words are not candidates
	}
	return sentenceOpeners[string(rs[w[0]:w[1]])]
}

// maxOpenerRunes is the length of the longest sentence opener.
const maxOpenerRunes = len("Tegelijkertijd")

// lowerAfterStop reports whether word w, in lower case, follows a word
// ending in a full stop that is no abbreviation: a Dutch sentence never
// starts in lower case, so the stop ended a sentence and w opens a fragment
// run into it ("… voor huisartsen en psychologen. ervaren die in de praktijk
// …"). Short words are left alone: they may be abbreviations not listed.
func lowerAfterStop(rs []rune, prev, w [2]int) bool {
	word := rs[prev[0] : prev[1]-1]
	if rs[prev[1]-1] != '.' || len(word) < 4 || !unicode.IsLower(rs[w[0]]) || abbreviations[strings.ToLower(string(word))] {
		return false
	}
	for _, r := range word {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// wordBounds appends to out the [start, end) rune offsets of the
// white-space separated words of rs[start:end].
func wordBounds(out [][2]int, rs []rune, start, end int) [][2]int {
	in := -1
	for i := start; i <= end; i++ {
		space := i == end || unicode.IsSpace(rs[i])
		switch {
		case !space && in < 0:
			in = i
		case space && in >= 0:
			out = append(out, [2]int{in, i})
			in = -1
		}
	}
	return out
}

// dottedLetters reports a word of single lower-case letters joined by full
// stops ("a.n", "z.n", "p.o"): an abbreviation, whichever the document
// uses ("5 mg a.n. (voor de nacht), maximaal 14 nachten" had ended its
// sentence at "a.n.", FT-75, FT-69).
func dottedLetters(word string) bool {
	rs := []rune(word)
	if len(rs) < 3 || len(rs)%2 == 0 {
		return false
	}
	for i, r := range rs {
		if i%2 == 1 && r != '.' || i%2 == 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
