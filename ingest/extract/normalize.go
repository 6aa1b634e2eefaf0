package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// NormalizeText makes extracted text comparable and searchable:
//   - C1 control characters U+0080–U+009F, which PDF fonts with WinAnsi
//     encoding yield for cp1252 bytes, become their cp1252 characters
//     (U+0096 → "–", U+0093 → "“"); undefined ones are dropped;
//   - the letters of a ligature Ghostscript's text output writes with
//     their bytes swapped ("getro昀昀en") become letters (swappedLetters);
//   - NFKC: ligatures (ﬁ, ﬀ) become letters, no-break spaces become spaces;
//     but the raised digits of a power of ten stay raised ("10⁹/l", which
//     NFKC would make the number 109);
//   - hyphen variants U+2010/U+2011 and the minus sign U+2212 become "-"; soft hyphens, zero-width
//     characters and other control characters are dropped;
//   - runs of spaces and tabs become one space, lines are trimmed, more than
//     one blank line becomes one, and the result is trimmed.
//
// Single newlines are kept so callers can keep paragraph structure.
func NormalizeText(s string) string {
	if s == "" {
		return ""
	}
	if !isPlainASCII(s) || strings.ContainsAny(s, "`^") {
		s = nfkc(spaceFractions(mapSpecialRunes(composeAccents(swappedLetters(s)))))
	}
	return collapseWhitespace(s)
}

// swappedLetters writes as its letter a character whose code is an ASCII
// letter's with its two bytes swapped (U+6600 for "f", U+6900 for "i")
// where it stands in a word with a Latin letter or another such character
// beside it: Ghostscript's text output (ps2ascii, txtwrite) writes the
// letters of a ligature so ("getro昀昀en", "speci昀椀citeit", FT-204). A
// CJK ideograph of that code among Latin letters is no Dutch text.
func swappedLetters(s string) string {
	swapped := func(r rune) bool {
		hi := r >> 8
		return r&0xff == 0 && (hi >= 'A' && hi <= 'Z' || hi >= 'a' && hi <= 'z')
	}
	if !strings.ContainsFunc(s, swapped) {
		return s
	}
	rs := []rune(s)
	latin := func(i int) bool {
		return i >= 0 && i < len(rs) && rs[i] <= unicode.MaxLatin1 && unicode.IsLetter(rs[i])
	}
	for i := 0; i < len(rs); {
		if !swapped(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && swapped(rs[j]) {
			j++
		}
		if latin(i-1) || latin(j) {
			for k := i; k < j; k++ {
				rs[k] >>= 8
			}
		}
		i = j
	}
	return string(rs)
}

// spacingAccents maps the spacing accents a typesetter draws over the
// letter after them to their combining forms: TeX's fonts without
// accented letters (OT1, Computer Modern) set "patiënt" as "pati", "¨",
// "ent", which NFKC made "pati ̈ent" (Texinfo's FT-72: "v ́o ́or",
// "mosquerol-cr`eme").
var spacingAccents = map[rune]rune{
	'¨': '\u0308', '´': '\u0301', '`': '\u0300', '^': '\u0302', 'ˆ': '\u0302', '˜': '\u0303',
	'¸': '\u0327', 'ˇ': '\u030C', '˘': '\u0306', '˙': '\u0307', '˚': '\u030A', '¯': '\u0304',
}

// composeAccents joins a spacing accent and the letter right after it
// into the accented letter, where one exists ("¨e" → "ë"). The accents
// that are also ASCII signs (` and ^) are joined only inside a word, after
// a letter: "cr`eme", not "`quote'".
func composeAccents(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { _, ok := spacingAccents[r]; return ok }) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		mark, ok := spacingAccents[rs[i]]
		if ok && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) && (rs[i] > unicode.MaxASCII || i > 0 && unicode.IsLetter(rs[i-1])) {
			letter := rs[i+1]
			switch letter { // TeX accents the dotless i and j: "ge¨ındiceerd"
			case 'ı':
				letter = 'i'
			case 'ȷ':
				letter = 'j'
			}
			if c := norm.NFC.String(string([]rune{letter, mark})); utf8.RuneCountInString(c) == 1 {
				b.WriteString(c)
				i++
				continue
			}
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// nfkc is NFKC but for the exponent of a power of ten ("× 10⁹/l",
// "10⁻³"), which it keeps raised.
func nfkc(s string) string {
	if !strings.ContainsFunc(s, raisedRune) {
		return norm.NFKC.String(s)
	}
	var b strings.Builder
	from := 0 // the text before from is written
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !raisedRune(r) || !tenBase(s[from:i]) {
			i += n
			continue
		}
		end := i + n
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !raisedRune(r) {
				break
			}
			end += n
		}
		b.WriteString(norm.NFKC.String(s[from:i]))
		b.WriteString(s[i:end])
		from, i = end, end
	}
	b.WriteString(norm.NFKC.String(s[from:]))
	return b.String()
}

// raisedRune tells whether r is a superscript digit or sign.
func raisedRune(r rune) bool {
	return strings.ContainsRune(superscripts, r) || r == '⁻' || r == '⁺'
}

// superscripts are the superscript digits 0 to 9.
const superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹"

// tenBase tells whether text ends in the base of a power of ten: "10",
// not part of a longer number ("110", "2,10").
func tenBase(text string) bool {
	rest, ok := strings.CutSuffix(text, "10")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return rest == "" || !unicode.IsDigit(r) && r != ',' && r != '.'
}

// raise writes the digits and signs of an exponent raised ("9" → "⁹",
// "-3" → "⁻³"), or returns false when exp is no exponent.
func raise(exp string) (string, bool) {
	if exp == "" || len(exp) > 3 {
		return "", false
	}
	var b strings.Builder
	for i, c := range exp {
		switch {
		case c >= '0' && c <= '9':
			b.WriteRune(pdfSuperscriptDigits[c-'0'])
		case i == 0 && (c == '-' || c == '−'):
			b.WriteRune('⁻')
		default:
			return "", false
		}
	}
	return b.String(), strings.ContainsAny(exp, "0123456789")
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}

// spaceFractions puts a space between a digit and a vulgar fraction
// after it: NFKC writes "½" as "1⁄2", and "1½ tablet" had become
// "11⁄2 tablet", eleven halves (unrtf's FT-161).
func spaceFractions(s string) string {
	if !strings.ContainsFunc(s, vulgarFraction) {
		return s
	}
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if vulgarFraction(r) && unicode.IsDigit(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// vulgarFraction reports a character that is a fraction on its own: "½",
// "¼", "¾", "⅓" … "⅞".
func vulgarFraction(r rune) bool {
	return r >= '¼' && r <= '¾' || r >= '\u2150' && r <= '\u215e'
}

// mapSpecialRunes applies the character mappings that must precede NFKC.
func mapSpecialRunes(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0x80 && r <= 0x9f:
			c := charmap.Windows1252.DecodeByte(byte(r))
			if c == utf8.RuneError || c == r {
				return -1
			}
			return c
		case r == '\u00ad', r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff':
			return -1
		case r == '\u2010', r == '\u2011', r == '\u2212':
			return '-'
		case r == '\r', r == '\v', r == '\f', r == '\u2028', r == '\u2029':
			return '\n'
		case r == '\n', r == '\t':
			return r
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// collapseWhitespace collapses horizontal white space, trims lines and limits
// blank lines to one.
func collapseWhitespace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, newlines := false, 0
	for _, r := range s {
		switch {
		case r == '\n':
			newlines++
			space = false
		case unicode.IsSpace(r):
			space = true
		default:
			if b.Len() > 0 {
				switch {
				case newlines > 1:
					b.WriteString("\n\n")
				case newlines == 1:
					b.WriteByte('\n')
				case space:
					b.WriteByte(' ')
				}
			}
			newlines, space = 0, false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// normalizeLine normalises one PDF text line but keeps a final soft hyphen,
// the producer's explicit sign of a hyphenated line break.
func normalizeLine(s string) string {
	soft := strings.HasSuffix(strings.TrimRightFunc(s, unicode.IsSpace), "\u00ad")
	s = strings.ReplaceAll(NormalizeText(s), "\n", " ")
	if soft {
		s += "\u00ad"
	}
	return s
}

// suspendedHyphenWords are words after which a line-final hyphen is a
// suspended compound ("wet- en regelgeving"), not hyphenation.
var suspendedHyphenWords = map[string]bool{"en": true, "of": true, "tot": true, "en/of": true, "noch": true}

// joinLines joins the normalised lines of one block into a paragraph. A line
// ending in a hyphen is joined to the next without the hyphen only where it
// is hyphenation: lower case on both sides, and the document (vocab) does
// not use the hyphenated form. Hyphens after capitals or digits
// ("NTvG-artikelen", "COVID-19"), before capitals ("Noord-Holland"), and
// suspended hyphens ("wet- en") are kept.
func joinLines(lines []string, vocab map[string]int) string {
	parts := make([]string, 0, 2*len(lines))
	prev := ""
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if prev != "" {
			cut, sep := HyphenJoin(prev, l, vocab)
			parts[len(parts)-1] = prev[:len(prev)-cut]
			parts = append(parts, sep)
		}
		parts = append(parts, l)
		prev = l
	}
	return strings.ReplaceAll(strings.Join(parts, ""), "\u00ad", "")
}

// rangeBreak reports whether a line ends in a number and an en dash and
// the next starts with a number: one range ("10–29") that a narrow column
// broke after its dash.
func rangeBreak(prev, next string) bool {
	head, ok := strings.CutSuffix(prev, "–")
	if !ok || head == "" || next == "" {
		return false
	}
	h, _ := utf8.DecodeLastRuneInString(head)
	t, _ := utf8.DecodeRuneInString(next)
	return unicode.IsDigit(h) && unicode.IsDigit(t)
}

// slashBreak reports whether a line ends in a word and a slash and the
// next starts with a letter or a digit: one word ("mg/kg/dag",
// "ml/min/1,73 m²") that Qt's layout broke after its slash (FT-91), as it
// breaks after a hyphen.
func slashBreak(prev, next string) bool {
	head, ok := strings.CutSuffix(prev, "/")
	if w, n := lastWord(head), firstWord(next); !ok || head == "" || next == "" || strings.Contains(w, "://") || strings.Contains(w, "www.") ||
		strings.HasPrefix(n, "http") || strings.HasPrefix(n, "www.") || strings.HasSuffix(n, ".") && strings.TrimFunc(n, func(r rune) bool { return unicode.IsDigit(r) || r == '.' }) == "" {
		return false // (a URL's slash ends it as often as it breaks it: another URL or a note's number may follow)
	}
	h, _ := utf8.DecodeLastRuneInString(head)
	t, _ := utf8.DecodeRuneInString(next)
	return (unicode.IsLetter(h) || unicode.IsDigit(h)) && (unicode.IsLetter(t) || unicode.IsDigit(t))
}

// HyphenJoin decides how prev and next meet, a line or (ingest/chunk) a
// page apart: it returns how many bytes to cut from the end of prev and
// the separator to insert. vocab counts the document's words (addVocab);
// nil knows none.
func HyphenJoin(prev, next string, vocab map[string]int) (int, string) {
	if strings.HasSuffix(prev, "\u00ad") {
		return len("\u00ad"), ""
	}
	if rangeBreak(prev, next) {
		return 0, "" // a range broken after its dash: "eGFR 10–" / "29 ml/min"
	}
	if slashBreak(prev, next) {
		return 0, "" // a unit broken after its slash: "10 mg/kg/" / "dag"
	}
	if !strings.HasSuffix(prev, "-") {
		return 0, " "
	}
	head := lastWord(strings.TrimSuffix(prev, "-"))
	tail := firstWord(next)
	if head == "" || tail == "" {
		return 0, " " // a dash standing alone ("zorg -")
	}
	if strings.Contains(head, "/") || strings.Contains(head, "www.") {
		return 0, "" // a URL broken at one of its own hyphens
	}
	if suspendedHyphenWords[strings.ToLower(tail)] {
		return 0, " "
	}
	h, _ := utf8.DecodeLastRuneInString(head)
	t, _ := utf8.DecodeRuneInString(tail)
	if !unicode.IsLower(h) || !unicode.IsLower(t) {
		return 0, ""
	}
	joined := strings.ToLower(trimWordPunct(head) + trimWordPunct(tail))
	hyphened := strings.ToLower(trimWordPunct(head) + "-" + trimWordPunct(tail))
	if vocab[hyphened] > vocab[joined] {
		return 0, ""
	}
	return 1, ""
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " \t"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i]
	}
	return s
}

func trimWordPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
}

// mendCellLines marks the line breaks of a table cell that cut a word
// without a hyphen (a column narrower than the word: "niet bij ernstige
// leverontst" over "eking") with a soft hyphen, so joinLines mends the
// word: where the document writes the two pieces together elsewhere
// ("leverontsteking") and one piece nowhere else on its own, the second
// no more often than the whole ("misselijk" over "heid", "misselijk"
// being a word too). Pieces the document uses as words ("in", "de",
// "mg/kg/dag") keep their space.
func mendCellLines(lines []string, vocab map[string]int) []string {
	out := slices.Clone(lines)
	for i := 1; i < len(out); i++ {
		prev := strings.TrimRightFunc(out[i-1], unicode.IsSpace)
		if strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "\u00ad") {
			continue
		}
		head, tail := lastWord(prev), firstWord(strings.TrimSpace(out[i]))
		if !lettersOnly(head) || tail == "" {
			continue
		}
		piece := strings.TrimRightFunc(tail, func(r rune) bool { return !unicode.IsLetter(r) })
		if !lettersOnly(piece) || !unicode.IsLower([]rune(piece)[0]) {
			continue
		}
		h, p := strings.ToLower(head), strings.ToLower(piece)
		if n := vocab[h+p]; n > 0 && (vocab[h] <= 1 || vocab[p] <= 1) && vocab[p] <= n {
			out[i-1] = prev + "\u00ad"
		}
	}
	return out
}

// labelledLines parts the lines of a table cell that each start with a
// label ("Volwassenen: 500 mg 3 dd, 7 dagen", "Kinderen 1–12 jaar: 10
// mg/kg 3 dd", "eGFR < 30: 250 mg 2 dd", one population's dose a line in
// a drug's dose cell, Chromium's FT-222) with a semicolon where the line
// before ends without punctuation: joined by a space, one population's
// dose ran on into the next one's label. A cell whose first line and
// another start with a label is such a list; a label is one to five words
// before ": ", the first of two letters or more with a capital (not "dag
// 1: 400 mg", nor the "B" of "Child-Pugh" over "B: 1 dd 50 mg"), and a
// line that ends in a hyphen goes on in the next ("Child-" over "Pugh C:
// …").
func labelledLines(lines []string) []string {
	return labelledBy(lines, labelledLine)
}

// brokenLines is labelledLines for the lines an author broke a cell into
// (<br> in HTML and Markdown): no such line is a wrap of the one before,
// and a label needs no capital, "3 maanden – 5 jaar: 20 mg/kg/dag in 3
// giften<br>6–11 jaar: 30 mg/kg/dag in 3 giften" (FT-232's pipe tables
// had run one age band's dose on into the next band).
func brokenLines(lines []string) []string {
	return labelledBy(lines, func(l string) bool {
		head, _, ok := strings.Cut(strings.TrimSpace(inlineTag.ReplaceAllString(l, "")), ": ")
		n := len(strings.Fields(head))
		return ok && n >= 1 && n <= 5 && strings.ContainsFunc(head, unicode.IsLetter)
	})
}

// inlineTag matches an inline HTML tag left in a Markdown cell's line
// ("<abbr title=\"estimated glomerular filtration rate\">eGFR</abbr>").
var inlineTag = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)

// labelledBy parts lines that each start with a label (labelled) with a
// semicolon, when the first line starts with one.
func labelledBy(lines []string, labelled func(string) bool) []string {
	if len(lines) < 2 || !labelled(lines[0]) {
		return lines
	}
	out := slices.Clone(lines)
	for i := 1; i < len(out); i++ {
		prev := strings.TrimRightFunc(out[i-1], unicode.IsSpace)
		if labelled(out[i]) && prev != "" && !strings.ContainsRune(";.,:-\u00ad", []rune(prev)[len([]rune(prev))-1]) {
			out[i-1] = prev + ";"
		}
	}
	return out
}

// labelledLine tells whether a line starts with a label of one to five
// words and a colon, its first word holding a capital letter.
func labelledLine(l string) bool {
	head, _, ok := strings.Cut(strings.TrimSpace(l), ": ")
	if !ok {
		return false
	}
	words := strings.Fields(head)
	return len(words) >= 1 && len(words) <= 5 && strings.ContainsFunc(words[0], unicode.IsUpper) &&
		utf8.RuneCountInString(words[0]) >= 2
}

func lettersOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// addVocab counts the words of a normalised line, lower-cased, so hyphen
// decisions can ask how the document itself spells a compound.
func addVocab(vocab map[string]int, line string) {
	for w := range strings.FieldsSeq(line) {
		w = strings.ToLower(trimWordPunct(w))
		if w != "" && !strings.HasSuffix(w, "-") {
			vocab[w]++
		}
	}
}
