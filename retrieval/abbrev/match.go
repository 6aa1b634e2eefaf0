package abbrev

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// match finds the letters and digits of short in long from right to left,
// each at the rightmost place left, the first one at the start of a word
// (Schwartz and Hearst). It returns the rune positions in long, in the order
// of short's letters, or nil when short does not fit. Matching from the
// right gives the shortest long form that explains the short form.
func match(short string, long []rune) []int {
	s := []rune(short)
	var pos []int
	li := len(long) - 1
	for si := len(s) - 1; si >= 0; si-- {
		c := unicode.ToLower(s[si])
		if !isWordRune(c) {
			continue
		}
		for li >= 0 && (unicode.ToLower(long[li]) != c || (si == 0 && li > 0 && isWordRune(long[li-1]))) {
			li--
		}
		if li < 0 {
			return nil
		}
		pos = append(pos, li)
		li--
	}
	for i, j := 0, len(pos)-1; i < j; i, j = i+1, j-1 {
		pos[i], pos[j] = pos[j], pos[i]
	}
	return pos
}

// Explains reports whether long is a plausible long form of the short
// form short ("Pluimhoest Ernstscore" of "PES"), by the rule the table is
// learned with: the answerer uses it for a question that spells out what
// the sources abbreviate.
func Explains(short, long string) bool { return explains(short, long) }

// explains reports whether long is a plausible long form of short: short
// fits it, the first letter at the very start, and long is more than short
// itself.
func explains(short, long string) bool {
	long = strings.TrimSpace(long)
	if utf8.RuneCountInString(long) <= utf8.RuneCountInString(short) || strings.EqualFold(long, short) {
		return false
	}
	if len(strings.Fields(long)) > maxLongWords(short) || containsWord(long, short) {
		return false
	}
	pos := match(short, []rune(long))
	return pos != nil && pos[0] == 0
}

// clauseStops end the text a long form may be taken from; so does a
// paragraph break, and for abbreviation lists a line break.
const clauseStops = ".;:!?()[]"

// paragraphs splits text at blank lines and joins the lines of each
// paragraph, so a long form broken over two lines is read whole.
func paragraphs(text string) []string {
	paras := strings.Split(text, "\n\n")
	for i, p := range paras {
		paras[i] = strings.ReplaceAll(p, "\n", " ")
	}
	return paras
}

// cleanLong trims what surrounds a long form in running text: emphasis
// marks and quotes ("*fingertip unit*"), and a note marker glued to its
// last word ("Huisartsen van Nederland69") when the short form has no
// digit.
func cleanLong(short, long string) string {
	long = strings.TrimFunc(long, func(r rune) bool { return !isWordRune(r) })
	if !strings.ContainsFunc(short, unicode.IsDigit) {
		trimmed := strings.TrimRightFunc(long, unicode.IsDigit)
		if last, _ := utf8.DecodeLastRuneInString(trimmed); unicode.IsLetter(last) {
			long = trimmed
		}
	}
	return long
}

// parenthesised finds "long form (SHORT)" and "SHORT (long form)".
func parenthesised(text string) []Pair {
	var out []Pair
	for _, para := range paragraphs(text) {
		out = append(out, parenthesisedIn(para)...)
	}
	return out
}

func parenthesisedIn(text string) []Pair {
	var out []Pair
	for i := 0; ; {
		open := strings.IndexByte(text[i:], '(')
		if open < 0 {
			return out
		}
		open += i
		closing := strings.IndexByte(text[open:], ')')
		if closing < 0 {
			return out
		}
		closing += open
		inner := strings.TrimSpace(text[open+1 : closing])
		before := text[:open]
		if p, ok := longBefore(before, inner); ok {
			out = append(out, p)
		} else if p, ok := shortBefore(before, inner); ok {
			out = append(out, p)
		}
		i = open + 1
	}
}

// longBefore reads "long form (SHORT)": inner is the short form and the long
// form is the shortest run of words before the parenthesis that fits it.
func longBefore(before, inner string) (Pair, bool) {
	if !isShortForm(inner, 1) {
		return Pair{}, false
	}
	clause := before[strings.LastIndexAny(before, clauseStops)+1:]
	words := strings.Fields(clause)
	words = words[max(0, len(words)-maxLongWords(inner)):]
	cand := []rune(strings.Join(words, " "))
	pos := match(inner, cand)
	if pos == nil {
		return Pair{}, false
	}
	long := cleanLong(inner, string(cand[pos[0]:]))
	return Pair{Short: inner, Long: long}, explains(inner, long)
}

// shortBefore reads "SHORT (long form)": the word just before the
// parenthesis is the short form and inner, whole, its long form.
func shortBefore(before, inner string) (Pair, bool) {
	words := strings.Fields(before)
	if len(words) == 0 {
		return Pair{}, false
	}
	short := strings.TrimRightFunc(words[len(words)-1], isTrailing)
	if !isShortForm(short, 1) {
		return Pair{}, false
	}
	long := cleanLong(short, inner)
	if !explains(short, long) {
		// the short form heading a compound: "de LAMP-score (Lampion
		// Activiteit en Mobiliteit Punten)" defines LAMP
		head, _, ok := strings.Cut(short, "-")
		if !ok || !isShortForm(head, 2) {
			return Pair{}, false
		}
		short, long = head, cleanLong(head, inner)
	}
	return Pair{Short: short, Long: long}, explains(short, long)
}

// isTrailing is punctuation that may follow a word.
func isTrailing(r rune) bool { return strings.ContainsRune(",;:.", r) }

// legends finds "SHORT = long form", as in the legend under a table ("dd =
// maal per dag; CK = creatinekinase"). The long form runs to the next
// separator.
func legends(text string) []Pair {
	var out []Pair
	for _, para := range paragraphs(text) {
		out = append(out, legendsIn(para)...)
	}
	return out
}

func legendsIn(text string) []Pair {
	var out []Pair
	for i := 0; ; {
		eq := strings.Index(text[i:], " = ")
		if eq < 0 {
			return out
		}
		eq += i
		i = eq + 3
		words := strings.Fields(text[:eq])
		if len(words) == 0 {
			continue
		}
		short := words[len(words)-1]
		rest := text[eq+3:]
		if end := strings.IndexAny(rest, ";,"+clauseStops); end >= 0 {
			rest = rest[:end]
		}
		if long := cleanLong(short, rest); isShortForm(short, 1) && explains(short, long) {
			out = append(out, Pair{Short: short, Long: long})
		}
	}
}

// listed finds entries of an abbreviation list, "HAP Huisartsenpost", "RAG
// Retrieval Augmented Generation": a short form with at least two capitals
// followed by a capitalised long form. The long form is the longest run of
// words in which every word gives a letter of the short form, except
// lower-case connectives ("voor", "van", "and"), and the last word gives
// one; the next short form or a clause stop ends it.
func listed(text string) []Pair {
	var out []Pair
	for _, seg := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || strings.ContainsRune(clauseStops, r) }) {
		words := strings.Fields(seg)
		for i, w := range words {
			if !isShortForm(w, 2) || i+1 == len(words) {
				continue
			}
			if long := listLong(w, words[i+1:]); long != "" {
				out = append(out, Pair{Short: w, Long: long})
			}
		}
	}
	return out
}

// listLong returns the long form of short at the start of next, or "".
func listLong(short string, next []string) string {
	first, _ := utf8.DecodeRuneInString(next[0])
	if !unicode.IsUpper(first) {
		return ""
	}
	n := 0
	for n < len(next) && n < maxLongWords(short) && !isShortForm(next[n], 2) {
		n++
	}
	for k := n; k >= 1; k-- {
		long := cleanLong(short, strings.Join(next[:k], " "))
		if explains(short, long) && initialsFit(short, long) {
			return long
		}
	}
	return ""
}

// initialsFit reports whether short spells long word by word: each word
// starts with the next letter of short and may give the letters after it
// ("HAP Huisartsenpost"); a lower-case connective may give none, and the
// last word gives at least one.
func initialsFit(short, long string) bool {
	var letters []rune
	for _, r := range strings.ToLower(short) {
		if isWordRune(r) {
			letters = append(letters, r)
		}
	}
	return fits(letters, strings.Fields(long))
}

func fits(letters []rune, words []string) bool {
	if len(words) == 0 {
		return len(letters) == 0
	}
	w := []rune(strings.ToLower(words[0]))
	first, _ := utf8.DecodeRuneInString(words[0])
	if !unicode.IsUpper(first) && len(words) > 1 && fits(letters, words[1:]) {
		return true // a connective
	}
	if len(letters) == 0 || w[0] != letters[0] {
		return false
	}
	// The word gives its initial and then n more letters, in order.
	for n, wi := 1, 1; ; n++ {
		if fits(letters[n:], words[1:]) {
			return true
		}
		if n == len(letters) {
			return false
		}
		for wi < len(w) && w[wi] != letters[n] {
			wi++
		}
		if wi == len(w) {
			return false
		}
		wi++
	}
}
