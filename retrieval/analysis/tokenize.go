package analysis

import (
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer/retrieval/analysis/internal/dutch"
)

// Token is one word of a text: a maximal run of letters, digits and
// combining marks.
type Token struct {
	Text   string // as written
	Folded string // lowercase, diacritics removed
	Start  int    // byte offset of Text in the input
	End    int    // byte offset just past Text
	Stop   bool   // Folded is a stop word
}

// Tokens splits text into word tokens in text order. Hyphens, apostrophes
// and punctuation separate tokens; Terms rejoins hyphenated groups.
func Tokens(text string) []Token {
	sp := spans(text)
	toks := make([]Token, len(sp))
	for i, s := range sp {
		w := text[s.start:s.end]
		f := dutch.Fold(w)
		toks[i] = Token{Text: w, Folded: f, Start: s.start, End: s.end, Stop: dutch.IsStopWord(f)}
	}
	return toks
}

// span is a word's byte range.
type span struct{ start, end int }

func spans(text string) []span {
	out := make([]span, 0, len(text)/6)
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(text)})
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// hyphenJoined reports whether a and b are written as one hyphenated word
// ("e-health", "COVID-19"): a single hyphen between them and nothing else.
func hyphenJoined(text string, a, b span) bool {
	between := text[a.end:b.start]
	switch between {
	case "-", "\u2010", "\u2011":
		return true
	}
	return false
}
