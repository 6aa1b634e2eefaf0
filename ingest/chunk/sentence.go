package chunk

import (
	"strings"
	"unicode"
)

// sentenceStarts returns the rune offsets in r[start:end] where sentences
// begin, ascending, the first being start. A sentence ends at . ! ? or …
// (plus closing quotes or brackets) followed by white space and a capital,
// digit, quote or bullet; common Dutch abbreviations ("bijv.", "o.a.") and
// initials do not end a sentence. A line break always does.
func sentenceStarts(r []rune, start, end int) []int {
	starts := []int{start}
	for i := start; i < end; i++ {
		if r[i] == '\n' {
			if next := skipSpace(r, i, end); next < end && next > starts[len(starts)-1] {
				starts = append(starts, next)
			}
			continue
		}
		if !isTerminal(r[i]) {
			continue
		}
		j := i + 1
		for j < end && isCloser(r[j]) {
			j++
		}
		if j >= end || !unicode.IsSpace(r[j]) {
			continue
		}
		next := skipSpace(r, j, end)
		if next >= end || !opensSentence(r[next]) || r[i] == '.' && isAbbreviation(r, start, i) {
			continue
		}
		if next > starts[len(starts)-1] {
			starts = append(starts, next)
		}
	}
	return starts
}

func skipSpace(r []rune, i, end int) int {
	for i < end && unicode.IsSpace(r[i]) {
		i++
	}
	return i
}

func isTerminal(c rune) bool { return c == '.' || c == '!' || c == '?' || c == '…' }

func isCloser(c rune) bool {
	return strings.ContainsRune(`"')]’”»`, c)
}

func opensSentence(c rune) bool {
	return unicode.IsUpper(c) || unicode.IsDigit(c) || strings.ContainsRune(`"'(‘“„«•-–`, c)
}

// isAbbreviation reports whether the word ending with the period at dot is
// an abbreviation or an initial.
func isAbbreviation(r []rune, start, dot int) bool {
	i := dot
	for i > start && !unicode.IsSpace(r[i-1]) && r[i-1] != '(' {
		i--
	}
	word := strings.ToLower(string(r[i:dot]))
	if len([]rune(word)) == 1 || strings.Contains(word, ".") {
		return true // initial ("J. Jansen") or dotted form ("o.a", "d.w.z")
	}
	switch word {
	case "bijv", "bv", "ca", "dr", "drs", "mr", "ir", "prof", "nr", "art", "incl", "excl",
		"zgn", "resp", "evt", "mevr", "dhr", "jl", "vs", "fig", "tab", "blz", "pag", "hfst", "e", "etc":
		return true
	}
	return false
}

// countWords counts white-space separated words in r[start:end].
func countWords(r []rune, start, end int) int {
	n, in := 0, false
	for i := start; i < end; i++ {
		if unicode.IsSpace(r[i]) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// wordStarts returns the offsets where the words of r[start:end] begin.
func wordStarts(r []rune, start, end int) []int {
	var out []int
	in := false
	for i := start; i < end; i++ {
		if unicode.IsSpace(r[i]) {
			in = false
		} else if !in {
			in = true
			out = append(out, i)
		}
	}
	return out
}
