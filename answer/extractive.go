package answer

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval/abbrev"
)

// Candidate sentences outside these bounds are headings, fragments or
// run-together columns rather than statements.
const (
	minCandidateRunes = 30
	maxCandidateRunes = 500
	minCandidateWords = 5
	minUnendedWords   = 15
	maxCapitalShare   = 0.4
)

// firstLetter returns the first letter of text after brackets and quotes,
// or 0 when a digit or nothing comes first ("52% van ..." is a sentence).
func firstLetter(text string) rune {
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			return r
		case unicode.IsDigit(r):
			return 0
		}
	}
	return 0
}

// isCandidate reports whether sentence j of the passage may be quoted in an
// answer: a statement, not one of the passage's headings, and, when it
// lacks a final full stop, not cut off where another block was run into it
// (such a sentence ends at a line break or at the passage's end).
func (p *prepared) isCandidate(j int) bool {
	text := p.spans[j].Text
	if p.isHeading(text) {
		return false
	}
	if !isStatement(text) {
		if p.definesHeading(j) && isStatement(upperFirst(text)) {
			return endsLikeSentence(text) || p.breakAfter(j)
		}
		return p.shortSentence(j) || p.labelledLine(j)
	}
	return endsLikeSentence(text) || p.breakAfter(j)
}

// unendedLabel reports whether sentence j is a labelled line without
// sentence punctuation at its end.
func (p *prepared) unendedLabel(j int) bool {
	return !endsLikeSentence(p.spans[j].Text) && p.labelledLine(j)
}

// maxLabelWords bounds the label of a labelled line.
const maxLabelWords = 8

// labelledLine reports whether sentence j is a line of its own that gives
// a label and what the document says of it after a colon: a criterion
// with its points ("R - Ringvormig exantheem groter dan 5 cm: 3 punten", a
// definition list's term with its definition, pod2html's FT-131), a
// population with its advice. It has no full stop and may be short, yet
// it is no heading or fragment: label and value stand on one line.
func (p *prepared) labelledLine(j int) bool {
	text := strings.TrimSpace(p.spans[j].Text)
	label, value, ok := strings.Cut(text, ": ")
	if !ok || !p.breakAfter(j) || j > 0 && !strings.ContainsRune(string(p.runes[p.spans[j-1].End:p.spans[j].Start]), '\n') {
		return false
	}
	if utf8.RuneCountInString(text) > maxCandidateRunes || strings.Contains(text, "http") || strings.Contains(text, "www.") || !unicode.IsUpper(firstLetter(label)) {
		return false
	}
	lw, vw := len(strings.Fields(label)), len(strings.Fields(value))
	return lw <= maxLabelWords && vw > 0 && lw+vw >= minShortWords
}

// definesHeading reports whether sentence j starts in lower case right
// under the passage's own heading, with nothing between them: the
// definition of a term set as a heading ("Rijpvinger" over "een door kou
// uitgelokte ontsteking …", a definition list printed by asciidoctor-pdf),
// not a sentence cut at a chunk boundary.
func (p *prepared) definesHeading(j int) bool {
	own := normalizeSpace(ownHeading(p.p.Section))
	text := strings.TrimSpace(p.spans[j].Text)
	if own == "" || !strings.Contains(p.p.Section, bronwijzer.SectionSeparator) || !unicode.IsLower(firstLetter(text)) ||
		p.p.Kind == bronwijzer.KindList || !strings.HasSuffix(text, ".") {
		return false // (a list's first item under its heading: "zuigelingen jonger dan 6 maanden …;")
	}
	before := normalizeSpace(string(p.runes[:p.spans[j].Start]))
	return strings.HasSuffix(before, own)
}

// upperFirst returns text with its first letter in upper case.
func upperFirst(text string) string {
	for i, r := range text {
		if unicode.IsLetter(r) {
			return text[:i] + string(unicode.ToUpper(r)) + text[i+utf8.RuneLen(r):]
		}
	}
	return text
}

// minShortWords and minShortRunes bound a short sentence in running text.
const (
	minShortWords = 3
	minShortRunes = 12
)

// shortSentence reports whether sentence j, too short to be a statement on
// its own, is one in running text: it starts with a capital, ends with a
// full stop and follows a statement on the same line ("… na het
// verdwijnen van de klachten. Glasoog is niet besmettelijk."). Guidelines
// say much in few words ("Verwijs niet.", "Geef geen antibiotica."); a
// short line on its own is a heading or a fragment, and so is a short
// "sentence" ending in a number.
func (p *prepared) shortSentence(j int) bool {
	text := strings.TrimSpace(p.spans[j].Text)
	if j == 0 || !strings.HasSuffix(text, ".") || strings.HasSuffix(text, "..") || !unicode.IsUpper(firstLetter(text)) {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(text, ".")); unicode.IsDigit(last) {
		// "Voorspellende analyses 5.": an item of a numbered list run together
		return false
	}
	if strings.ContainsRune(string(p.runes[p.spans[j-1].End:p.spans[j].Start]), '\n') || !isStatement(p.spans[j-1].Text) ||
		!strings.HasSuffix(strings.TrimSpace(p.spans[j-1].Text), ".") {
		return false
	}
	n, letters := utf8.RuneCountInString(text), 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return n >= minShortRunes && len(strings.Fields(text)) >= minShortWords && float64(letters)/float64(n) >= 0.6
}

// isHeading reports whether text is the document title or one of the
// headings of the passage's section path: headings name a topic, they
// state nothing, and must never be an answer sentence.
func (p *prepared) isHeading(text string) bool {
	text = normalizeSpace(text)
	if text == normalizeSpace(p.p.Title) {
		return true
	}
	for _, h := range strings.Split(p.p.Section, bronwijzer.SectionSeparator) {
		if text == normalizeSpace(h) {
			return true
		}
	}
	return false
}

// breakAfter reports whether a line break or the end of the passage follows
// sentence j.
func (p *prepared) breakAfter(j int) bool {
	for _, r := range p.runes[p.spans[j].End:] {
		switch {
		case r == '\n':
			return true
		case !unicode.IsSpace(r):
			return false
		}
	}
	return true
}

// paragraphAfter reports whether a blank line (a paragraph break) follows
// sentence j.
func (p *prepared) paragraphAfter(j int) bool {
	if j+1 >= len(p.spans) {
		return false
	}
	return strings.Count(string(p.runes[p.spans[j].End:p.spans[j+1].Start]), "\n") >= 2
}

// endsLikeSentence reports whether text ends in sentence punctuation,
// closing quotes and brackets aside.
func endsLikeSentence(text string) bool {
	return strings.ContainsRune(".!?…:;", lastRune(strings.TrimRight(text, `"'”’)»`)))
}

// isStatement filters out headings, link lists and fragments.
func isStatement(text string) bool {
	n := utf8.RuneCountInString(text)
	if n < minCandidateRunes || n > maxCandidateRunes {
		return false
	}
	if strings.Contains(text, "http") || strings.Contains(text, "www.") {
		return false
	}
	if first := firstLetter(text); unicode.IsLower(first) {
		return false // starts mid-sentence (a chunk boundary)
	}
	letters, words, capitals, inWord := 0, 0, 0, false
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
		space := unicode.IsSpace(r)
		if !space && !inWord {
			words++
			if unicode.IsUpper(r) {
				capitals++
			}
		}
		inWord = !space
	}
	if float64(capitals) > maxCapitalShare*float64(words) && !capitalsExplained(text) {
		return false // a glossary, reference list or run of headings
	}
	// A statement ends like a sentence; text without a full stop is a
	// heading or a fragment cut by a column or page break, unless long.
	ended := endsLikeSentence(text)
	return words >= minCandidateWords && (ended || words >= minUnendedWords) && float64(letters)/float64(n) >= 0.6
}

// capitalsExplained reports whether the capitals of text are few enough
// but for the long forms it gives its abbreviations, whose words are
// capitalised by convention: "De ernst wordt vastgesteld met de
// LAMP-score (Lampion Activiteit en Mobiliteit Punten)." is a statement,
// the sentence that defines the score.
func capitalsExplained(text string) bool {
	pairs := abbrev.Learn(text).Pairs()
	if len(pairs) == 0 {
		return false
	}
	for _, p := range pairs {
		text = strings.Replace(text, p.Long, "", 1)
	}
	fields := strings.Fields(text)
	capitals := 0
	for _, w := range fields {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capitals++
		}
	}
	return len(fields) >= minCandidateWords && float64(capitals) <= maxCapitalShare*float64(len(fields))
}

// termWeights gives each question term an inverse document frequency over
// the retrieved passages' sentences: a term that occurs in every sentence
// ("AI" in an AI corpus) says little about which sentence answers, a rare
// one ("eindverantwoordelijk") says much.
func termWeights(units []unit, ps []*prepared) map[string]float64 {
	n := 0
	df := make(map[string]float64, len(units))
	for _, p := range ps {
		for j := range p.spans {
			n++
			for _, u := range units {
				df[u.full] += p.spanSets[j].score(u)
			}
		}
	}
	w := make(map[string]float64, len(units))
	for _, u := range units {
		w[u.full] = 1 + math.Log(float64(n+1)/(df[u.full]+1))
	}
	return w
}

// ownLine reports whether sentence j starts a line of its own.
func (p *prepared) ownLine(j int) bool {
	return j > 0 && strings.ContainsRune(string(p.runes[p.spans[j-1].End:p.spans[j].Start]), '\n')
}

// isListItem reports whether span j of the passage is a bulleted or
// numbered list item (the bullet sits between it and the previous span).
func (p *prepared) isListItem(j int) bool {
	if j == 0 {
		return false
	}
	gap := p.runes[p.spans[j-1].End:p.spans[j].Start]
	return slices.ContainsFunc(gap, func(r rune) bool { return strings.ContainsRune(bullets, r) }) ||
		bulletAt(p.runes, p.spans[j].Start) && p.spans[j].Start > 0 && p.runes[p.spans[j].Start-1] == '\n'
}
