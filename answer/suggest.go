package answer

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer/retrieval"
)

// A refusal that says the sources do not name a word the clinician
// misspelled ("tarvomicine") leaves them guessing; when the sources use a
// word one or two typing errors away ("tarvomycine"), the refusal asks
// whether that was meant. It only asks: answering for the other word
// could give another drug's dose, the worst error there is.

// suggestWithin is the search depth for the words close to a misspelling.
const suggestWithin = 10

// minSuggestLen is the shortest word a suggestion is looked for: shorter
// words have too many neighbours one typing error away.
const minSuggestLen = 5

// suggest returns, for the words the refusal says no source names, the
// closest word of the passages a search for each finds (dense search:
// character n-grams and meaning, not the analysed terms a misspelling does
// not match), for those that have one close enough (typing errors).
func (s *Service) suggest(ctx context.Context, words []string) []Suggestion {
	var out []Suggestion
	for _, w := range words {
		if utf8.RuneCountInString(w) < minSuggestLen {
			continue
		}
		found, err := s.search.Search(ctx, w, retrieval.SearchOptions{K: suggestWithin, Mode: retrieval.Dense, VerifiedOnly: !s.cfg.AllowUnverified})
		if err != nil {
			continue // a suggestion is a courtesy; the refusal stands without it
		}
		var texts []string
		for _, p := range found {
			texts = append(texts, p.Title, p.Text)
		}
		if c := closestWord(w, texts, s.commonWord); c != "" {
			out = append(out, Suggestion{Word: w, Suggestion: c})
		}
	}
	return out
}

// askAfter is the refusal's question after the suggestions (" Bedoelt u
// ‘tarvomycine’?"), or "" when there are none.
func askAfter(sugs []Suggestion) string {
	if len(sugs) == 0 {
		return ""
	}
	words := make([]string, len(sugs))
	for i, sg := range sugs {
		words[i] = sg.Suggestion
	}
	return fmt.Sprintf(" Bedoelt u %s?", quoteList(words))
}

// commonWord reports whether the analyser knows w as a common Dutch word
// (analysis.Analyzer.IsWord): the sources' "gezien" is no name that a
// question's "gezin" misspelled. False with an analyser that keeps no
// dictionary.
func (s *Service) commonWord(w string) bool {
	d, ok := s.cfg.Analyzer.(interface{ IsWord(string) bool })
	return ok && d.IsWord(w)
}

// closestWord returns the word of texts nearest to w by typing errors
// (insertions, deletions, substitutions and swaps of adjacent letters),
// at most one for a word shorter than ten letters and two for a longer
// one ("positief" is no "position"), with the same first letter, not w
// itself in another case and not a common word (common, when set); the
// one the texts use most on a tie, then the first; written as the texts
// write it most often. "" when there is none.
func closestWord(w string, texts []string, common func(string) bool) string {
	target := []rune(strings.ToLower(w))
	limit := 1
	if len(target) >= 10 {
		limit = 2
	}
	best, bestDist, bestCount := "", limit+1, 0
	counts := map[string]int{}
	written := map[string]map[string]int{} // lower-case word: its spellings
	var order []string
	for _, t := range texts {
		for _, v := range splitWords(t) {
			lv := strings.ToLower(v)
			if counts[lv] == 0 {
				order = append(order, lv)
				written[lv] = map[string]int{}
			}
			counts[lv]++
			written[lv][v]++
		}
	}
	for _, v := range order {
		rs := []rune(v)
		if rs[0] != target[0] || !unicode.IsLetter(rs[len(rs)-1]) || abs(len(rs)-len(target)) > limit || v == string(target) {
			continue
		}
		d := typingDistance(target, rs, limit)
		if d > limit || d == 0 || common != nil && common(v) {
			continue
		}
		if d < bestDist || d == bestDist && counts[v] > bestCount {
			best, bestDist, bestCount = v, d, counts[v]
		}
	}
	// the spelling used most; on a tie the lower-case one (a name
	// capitalised only at a sentence's start), then the first in byte order
	form, n := best, 0
	for f, c := range written[best] {
		if c > n || c == n && (f == best || form != best && f < form) {
			form, n = f, c
		}
	}
	return form
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// typingDistance is the optimal-string-alignment distance of a and b
// (Damerau–Levenshtein without repeated edits of one substring), or
// limit+1 as soon as it must exceed limit.
func typingDistance(a, b []rune, limit int) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
