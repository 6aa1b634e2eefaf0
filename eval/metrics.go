package eval

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
)

// MinFactOverlap is the share of a sentence's content tokens a cited passage
// must contain for the sentence to count as supported by its facts.
const MinFactOverlap = 0.8

// HitRank returns the 1-based rank of the first passage that matches any
// evidence item, or 0 when none does (always 0 without evidence).
func HitRank(passages []bronwijzer.Passage, evidence []Evidence) int {
	for i, p := range passages {
		for _, e := range evidence {
			if Matches(p, e) {
				return i + 1
			}
		}
	}
	return 0
}

// TableTag marks a question that only a table answers; with a Subject it
// counts towards table_subject_at_5.
const TableTag = "tabel"

// SubjectRank returns the 1-based rank of the first passage that belongs to
// an evidence item's document and contains, after Fold, both that item's
// quote and the subject; 0 when none does. A dose in a passage that does not
// name its drug answers nothing (a table read column by column gives exactly
// that), so unlike HitRank the quote must stand whole in the passage.
func SubjectRank(passages []bronwijzer.Passage, subject string, evidence []Evidence) int {
	s := Fold(subject)
	if s == "" {
		return 0
	}
	for i, p := range passages {
		text := Fold(p.Text)
		if !strings.Contains(text, s) {
			continue
		}
		for _, e := range evidence {
			if q := Fold(e.Quote); q != "" && SameDocument(p, e.Document) && strings.Contains(text, q) {
				return i + 1
			}
		}
	}
	return 0
}

// CitationsValid reports whether an answer's citations are well formed and
// all point to retrieved passages: the answer has at least one sentence and
// one citation, every sentence cites at least one number, every cited number
// resolves to a citation, and every citation's passage_id is the id of one of
// resp.Passages. An answer that cites nothing cannot be checked, so it is invalid.
func CitationsValid(resp *answer.Response) bool {
	if len(resp.Sentences) == 0 || len(resp.Citations) == 0 {
		return false
	}
	retrieved := passageIndex(resp.Passages)
	numbers := make(map[int]bool, len(resp.Citations))
	for _, c := range resp.Citations {
		if _, ok := retrieved[c.PassageID]; !ok {
			return false
		}
		numbers[c.N] = true
	}
	for _, s := range resp.Sentences {
		if len(s.Citations) == 0 {
			return false
		}
		for _, n := range s.Citations {
			if !numbers[n] {
				return false
			}
		}
	}
	return true
}

func passageIndex(ps []bronwijzer.Passage) map[string]bronwijzer.Passage {
	m := make(map[string]bronwijzer.Passage, len(ps))
	for _, p := range ps {
		m[p.ID] = p
	}
	return m
}

// citedPassages resolves a sentence's citation numbers to retrieved passages;
// citations that do not resolve are left out.
func citedPassages(s answer.Sentence, resp *answer.Response) []bronwijzer.Passage {
	byN := make(map[int]string, len(resp.Citations))
	for _, c := range resp.Citations {
		byN[c.N] = c.PassageID
	}
	retrieved := passageIndex(resp.Passages)
	var out []bronwijzer.Passage
	for _, n := range s.Citations {
		if p, ok := retrieved[byN[n]]; ok && !slices.ContainsFunc(out, func(q bronwijzer.Passage) bool { return q.ID == p.ID }) {
			out = append(out, p)
		}
	}
	return out
}

// SentenceSupported reports whether a sentence is supported by the passages
// it cites: some cited passage matches an evidence item of the question
// (Matches), or the cited passages together contain the sentence's facts
// (FactsIn). A sentence citing nothing retrieved is unsupported.
func SentenceSupported(s answer.Sentence, resp *answer.Response, evidence []Evidence) bool {
	cited := citedPassages(s, resp)
	if len(cited) == 0 {
		return false
	}
	texts := make([]string, len(cited))
	for i, p := range cited {
		texts[i] = p.Text
		for _, e := range evidence {
			if Matches(p, e) {
				return true
			}
		}
	}
	return FactsIn(s.Text, strings.Join(texts, "\n"))
}

var citationMarker = regexp.MustCompile(`\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]`)

// StripCitations removes citation markers such as "[1]" and "[2, 3]".
func StripCitations(s string) string { return citationMarker.ReplaceAllString(s, " ") }

// FactsIn reports whether text contains the facts of sentence: after
// removing citation markers and normalising, the sentence is a substring of
// the text; or every number token of the sentence (a token holding a digit)
// is a token of the text and at least MinFactOverlap of its content tokens
// (tokens of three or more characters that are not Dutch function words)
// are tokens of the text. A sentence without content tokens must be a substring.
func FactsIn(sentence, text string) bool {
	s := Fold(StripCitations(sentence))
	s = strings.TrimRight(s, ".!?;: ")
	if s == "" {
		return false
	}
	text = Fold(text)
	if strings.Contains(text, s) {
		return true
	}
	have := make(map[string]bool)
	for _, w := range Tokens(text) {
		have[w] = true
	}
	content, found := 0, 0
	for _, w := range Tokens(s) {
		if hasDigit(w) {
			if !have[w] {
				return false
			}
			continue
		}
		if !isContent(w) {
			continue
		}
		content++
		if have[w] {
			found++
		}
	}
	return content > 0 && float64(found) >= MinFactOverlap*float64(content)
}

func hasDigit(w string) bool { return strings.IndexFunc(w, unicode.IsDigit) >= 0 }

func isContent(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && !stopwords[w]
}

// stopwords are Dutch function words of three or more letters; they carry
// no facts, so they neither support nor undermine a sentence. This list
// serves only FactsIn, the evaluation's judge of whether an answer sentence
// states what its source says. It is deliberately not the analyser's
// (retrieval/analysis, Snowball) nor the answerer's: the measure must not
// move when the system it measures changes its own lists, and the committed
// eval figures were measured with exactly these words.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`aan als bij dan dat deze die dit door een eens geen had heb hebben heeft het hier hij hoe hun ook kan kon kunnen maar meer met mij mijn naar niet nog niets omdat ons onder over reeds tot tegen toch uit van veel voor want waren was wat wel werd wie wij wil worden wordt zal zelf zich zij zijn zo zonder zou zoals via per volgens tussen sinds na elk elke ander andere waar waarin waarbij daarbij daarnaast bovendien echter ofwel alle alles iets enkele alleen`) {
		m[w] = true
	}
	return m
}()

// AnswerText is the answer as plain text: its sentences joined, or the
// Answer field when there are none, without citation markers.
func AnswerText(resp *answer.Response) string {
	if len(resp.Sentences) == 0 {
		return strings.TrimSpace(StripCitations(resp.Answer))
	}
	parts := make([]string, len(resp.Sentences))
	for i, s := range resp.Sentences {
		parts[i] = StripCitations(s.Text)
	}
	return strings.Join(parts, " ")
}

// TokenF1 is the harmonic mean of token precision and recall of got against
// want (tokens as Tokens, counted as multisets). Two empty texts score 1;
// one empty text scores 0.
func TokenF1(got, want string) float64 {
	g, w := Tokens(got), Tokens(want)
	if len(g) == 0 || len(w) == 0 {
		if len(g) == len(w) {
			return 1
		}
		return 0
	}
	counts := make(map[string]int, len(w))
	for _, t := range w {
		counts[t]++
	}
	common := 0
	for _, t := range g {
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(g))
	r := float64(common) / float64(len(w))
	return 2 * p * r / (p + r)
}

// percentile is the nearest-rank percentile (0 < p ≤ 1) of sorted values.
func percentile(sorted []float64, p float64) float64 {
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}
