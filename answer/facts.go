package answer

import (
	"regexp"
	"strings"
	"unicode"
)

// A fact is a detail of a sentence that must appear literally in a cited
// passage: a number with its unit (doses, percentages, years, counts) or a
// name (a capitalised word that does not start the sentence, a word with
// digits such as "HbA1c" or "COVID-19", an acronym). Content-word overlap
// alone cannot catch a wrong dose; these checks can.
type fact struct {
	Kind string // "number" or "name"
	Norm string // normalised form compared with the passage
	Text string // as written in the sentence, for messages
}

// quantityRe matches a number with an optional unit. The unit alternatives
// are tried longest first; unitBoundaryOK rejects a unit glued to a word.
var quantityRe = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)*)\s*(mmol/mol|mmol/l|mmhg|mmol|mg/kg|mg/dl|mg|µg|μg|mcg|microgram|milligram|gram|kg|g|ml|liter|l|%|procent|ie|eh|e)?`)

// unitAliases maps unit spellings to one form.
var unitAliases = map[string]string{
	"procent": "%", "microgram": "µg", "μg": "µg", "mcg": "µg", "milligram": "mg",
	"gram": "g", "liter": "l", "eh": "ie", "e": "ie",
}

type quantity struct {
	Num, Unit string
	Text      string
}

// quantities extracts the numbers of text with their (normalised) units.
func quantities(text string) []quantity {
	var out []quantity
	for _, m := range quantityRe.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > 0 && isWordByteBefore(text, m[0]) {
			continue // part of a word: "COVID-19", "HbA1c" are names, not quantities
		}
		num := normalizeNumber(text[m[2]:m[3]])
		unit := ""
		end := m[3]
		if m[4] >= 0 {
			u := strings.ToLower(text[m[4]:m[5]])
			if unitBoundaryOK(text, m[5], u) {
				unit = u
				end = m[5]
				if a, ok := unitAliases[unit]; ok {
					unit = a
				}
			}
		}
		out = append(out, quantity{Num: num, Unit: unit, Text: text[m[0]:end]})
	}
	return out
}

func isWordByteBefore(text string, i int) bool {
	r := lastRune(text[:i])
	return unicode.IsLetter(r) || r == '-' || r == '_'
}

func lastRune(s string) rune {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}

func unitBoundaryOK(text string, end int, unit string) bool {
	if unit == "%" || end >= len(text) {
		return true
	}
	r := []rune(text[end:])[0]
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// normalizeNumber writes decimal commas as dots and drops a trailing
// sentence dot, so "1,5" and "1.5" compare equal.
func normalizeNumber(n string) string {
	n = strings.TrimRight(n, ".,")
	return strings.ReplaceAll(n, ",", ".")
}

// factsOf returns the facts a sentence asserts.
func factsOf(sentence string) []fact {
	var out []fact
	for _, q := range quantities(sentence) {
		norm := q.Num
		if q.Unit != "" {
			norm += " " + q.Unit
		}
		out = append(out, fact{Kind: "number", Norm: norm, Text: q.Text})
	}
	for _, n := range namesOf(sentence) {
		out = append(out, fact{Kind: "name", Norm: strings.ToLower(n), Text: n})
	}
	return out
}

// namesOf returns the name-like words of a sentence: capitalised words that
// are not the sentence's first word, words mixing letters and digits, and
// acronyms.
func namesOf(sentence string) []string {
	var out []string
	seen := map[string]bool{}
	for i, w := range strings.Fields(sentence) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || seen[w] {
			continue
		}
		rs := []rune(w)
		hasLetter, hasDigit, allUpper := false, false, len(rs) > 1
		for _, r := range rs {
			hasLetter = hasLetter || unicode.IsLetter(r)
			hasDigit = hasDigit || unicode.IsDigit(r)
			if unicode.IsLetter(r) && !unicode.IsUpper(r) {
				allUpper = false
			}
		}
		name := (hasLetter && hasDigit) || (hasLetter && allUpper) ||
			(i > 0 && unicode.IsUpper(rs[0]))
		if name {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// evidence is a passage prepared for fact checks.
type evidence struct {
	lower  string              // lower-cased text
	quants map[string]struct{} // "num" and "num unit" keys
}

func newEvidence(text string) evidence {
	e := evidence{lower: strings.ToLower(text), quants: map[string]struct{}{}}
	for _, q := range quantities(text) {
		e.quants[q.Num] = struct{}{}
		if q.Unit != "" {
			e.quants[q.Num+" "+q.Unit] = struct{}{}
		}
	}
	return e
}

// has reports whether the passage states fact f: the same number with the
// same unit, or the name at the start of a word (so "Nivel" matches
// "Nivel-onderzoekers" but "AI" does not match "detail").
func (e evidence) has(f fact) bool {
	if f.Kind == "number" {
		_, ok := e.quants[f.Norm]
		return ok
	}
	for i := 0; ; {
		j := strings.Index(e.lower[i:], f.Norm)
		if j < 0 {
			return false
		}
		at := i + j
		if at == 0 || !unicode.IsLetter(lastRune(e.lower[:at])) {
			return true
		}
		i = at + len(f.Norm)
	}
}
