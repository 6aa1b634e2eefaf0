package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

// units maps unit spellings (lower-case) to one form. A unit counts only
// when it stands alone after its number ("500 mg", "14%"), not as the start
// of a word ("5 en").
var units = map[string]string{
	"%": "%", "procent": "%", "mg": "mg", "µg": "µg", "μg": "µg", "mcg": "µg", "microgram": "µg",
	"milligram": "mg", "gram": "g", "g": "g", "kg": "kg", "ml": "ml", "liter": "l", "l": "l",
	"mmol/l": "mmol/l", "mmol/mol": "mmol/mol", "mmol": "mmol", "mmhg": "mmhg", "mg/kg": "mg/kg",
	"mg/dl": "mg/dl", "ie": "ie", "eh": "ie", "e": "ie",
}

type quantity struct {
	Num, Unit string
	Text      string
}

// quantities extracts the numbers of text with their (normalised) units.
// Digits glued to letters ("COVID-19", "HbA1c") are names, not quantities.
func quantities(text string) []quantity {
	var out []quantity
	for i := 0; i < len(text); {
		c := text[i]
		if c < '0' || c > '9' {
			i++
			continue
		}
		start := i
		prev, _ := utf8.DecodeLastRuneInString(text[:start])
		for i < len(text) && (isDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && i+1 < len(text) && isDigit(text[i+1]))) {
			i++
		}
		if unicode.IsLetter(prev) || prev == '_' || prev == '-' && !minusSign(text[:start-1]) {
			continue
		}
		if prev == '-' {
			start-- // a negative number: "Punten: -1"
		}
		q := quantity{Num: normalizeNumber(text[start:i]), Text: text[start:i]}
		if u, end := unitAt(text, i); u != "" {
			q.Unit, q.Text = u, text[start:end]
		}
		out = append(out, q)
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// minusSign reports whether a hyphen after before is a minus sign: it
// stands at the start, after a space, a colon or an opening bracket, not
// inside a word or code ("COVID-19") or a range ("4-6").
func minusSign(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || unicode.IsSpace(r) || r == ':' || r == '(' || r == '['
}

// unitAt reads a unit after optional spaces at i; it returns the normalised
// unit and its end, or "" when none stands there.
func unitAt(text string, i int) (string, int) {
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j < len(text) && text[j] == '%' {
		return "%", j + 1
	}
	k := j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) && r != '/' {
			break
		}
		k += size
	}
	word := strings.TrimRight(text[j:k], "/")
	if u, ok := units[strings.ToLower(word)]; ok && word != "" {
		return u, j + len(word)
	}
	return "", i
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
// are not a sentence's first word, words mixing letters and digits, and
// acronyms. A question may hold more than one sentence ("Man van 78 met
// mosselkramp. Welke dosering …?"): a word after a full stop, question or
// exclamation mark starts one too.
func namesOf(sentence string) []string {
	var out []string
	seen := map[string]bool{}
	initial := true
	for _, field := range strings.Fields(sentence) {
		first := initial
		initial = strings.ContainsAny(field[len(field)-1:], ".?!")
		for j, w := range nameParts(field) {
			if w == "" || seen[w] || !isName(w, !first || j > 0) {
				continue
			}
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// nameParts splits a word at hyphens unless a part has digits
// ("COVID-19" stays whole): "AI-netvliesscan" is the name "AI" and a common
// noun, not one name.
func nameParts(field string) []string {
	w := strings.TrimFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if strings.ContainsFunc(w, unicode.IsDigit) {
		return []string{w}
	}
	return strings.Split(w, "-")
}

// isName: letters mixed with digits, an acronym, or a capitalised word
// that does not start the sentence.
func isName(w string, nonInitial bool) bool {
	rs := []rune(w)
	hasLetter, hasDigit, allUpper := false, false, len(rs) > 1
	for _, r := range rs {
		hasLetter = hasLetter || unicode.IsLetter(r)
		hasDigit = hasDigit || unicode.IsDigit(r)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			allUpper = false
		}
	}
	return (hasLetter && hasDigit) || (hasLetter && allUpper) || (nonInitial && unicode.IsUpper(rs[0]))
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
	if acronym(f.Text) {
		// a short form is a word of its own or a compound's first part
		// ("RIS", "RIS-score"), not the start of a word ("risico")
		return e.hasWord(f.Norm)
	}
	if e.hasWordStart(f.Norm) {
		return true
	}
	// An adjective of a place name ("Europese", "Amerikaanse") is stated by
	// the name itself ("Europa", "Amerika"): compare the stem without the
	// adjective ending.
	if stem, ok := placeStem(f.Norm); ok {
		return e.hasWordStart(stem)
	}
	return false
}

// minPlaceStem is the shortest stem placeStem returns.
const minPlaceStem = 4

// placeStem returns the stem of a lower-cased adjective of a place name:
// the word without "-se" and the letters that join it to the name
// ("europese" → "europ", "amerikaanse" → "amerika", "britse" → "brit").
func placeStem(w string) (string, bool) {
	rs := []rune(w)
	if len(rs) < minPlaceStem+2 || !strings.HasSuffix(w, "se") {
		return "", false
	}
	stem := string(rs[:max(minPlaceStem, len(rs)-4)])
	return stem, true
}

// hasWordStart reports whether norm occurs at the start of a word.
func (e evidence) hasWordStart(norm string) bool {
	for i := 0; ; {
		j := strings.Index(e.lower[i:], norm)
		if j < 0 {
			return false
		}
		at := i + j
		if at == 0 || !unicode.IsLetter(lastRune(e.lower[:at])) {
			return true
		}
		i = at + len(norm)
	}
}

// hasWord reports whether norm occurs as a word: at the start of one and
// followed by no letter.
func (e evidence) hasWord(norm string) bool {
	for i := 0; ; {
		j := strings.Index(e.lower[i:], norm)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(norm)
		next, _ := utf8.DecodeRuneInString(e.lower[end:])
		if (at == 0 || !unicode.IsLetter(lastRune(e.lower[:at]))) && (end == len(e.lower) || !unicode.IsLetter(next)) {
			return true
		}
		i = end
	}
}

// acronym reports whether a name is written in capitals only ("RIS",
// "NHG"), at least two.
func acronym(name string) bool {
	n := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
