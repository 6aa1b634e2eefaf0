package answer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// question is a request's question analysed once.
type question struct {
	text  string
	units []unit  // content words
	focus []focus // details an answer must contain
	// values are the ages and eGFR values it states and unit the unit a
	// "hoeveel dagen"/"hoe lang" question counts in (ranges.go).
	values []qvalue
	unit   []string
}

// focus is a detail the question asks about: a name, a number, a dose, an
// amount, a date or a focus word. An answer that does not contain it does
// not answer the question, however well the rest matches (a near-miss).
type focus struct {
	label string // as written in the question, for the explanation
	kind  string // focusFact, focusDose, focusAmount, focusDate, focusTerm
	fact  *fact  // focusFact: name or number that must appear literally
	term  string // focusTerm: analysed focus word that must appear
	unit  unit   // focusCompound: compound word that must be covered
}

const (
	focusFact   = "fact"   // in a cited passage
	focusDose   = "dose"   // a number with a dose unit in the answer
	focusAmount = "amount" // "hoeveel": a number or number word in the answer
	focusDate   = "date"   // "wanneer": a year or month in the answer
	focusTerm   = "term"   // a focus word in the answer
	// focusCompound: a compound of the question, the most specific thing it
	// names ("bloeddrukstreefwaarde"), must be covered by the answer as a
	// whole or by half of its parts; a sentence sharing one part of many
	// ("werkdruk") is about something else.
	focusCompound = "compound"
)

// focusAsked: the noun a "welke …?" question asks for ("Welke erkenning
// kreeg …?") must be covered by the answer (minCompoundScore): a sentence
// about the rest of the question without it names no such thing.
const focusAsked = "asked"

// kindWords name the kind of answer, not the thing asked for ("welk deel
// van de praktijken", "welke soort app").
var kindWords = setOf("deel", "aandeel", "percentage", "soort", "soorten", "type", "typen",
	"vorm", "vormen", "manier", "manieren")

// askedNoun returns the first lower-case content word after "welk" or
// "welke" (capitalised words are names, checked as facts; number and kind
// words say what sort of answer is wanted) as a unit.
func (s *Service) askedNoun(text string) (string, unit, bool) {
	words := strings.Fields(text)
	for i, w := range words {
		if lw := strings.ToLower(strings.Trim(w, ".,;:!?()")); lw != "welk" && lw != "welke" {
			continue
		}
		for _, next := range words[i+1:] {
			next = strings.Trim(next, ".,;:!?()\"'")
			if next == "" || !unicode.IsLower([]rune(next)[0]) || amountWords[next] || kindWords[next] {
				continue
			}
			if us := contentUnits(s.cfg.Analyzer, next); len(us) > 0 {
				return next, withSynonyms(s.synonyms, us[:1])[0], true
			}
			return "", unit{}, false
		}
		return "", unit{}, false
	}
	return "", unit{}, false
}

// minCompoundScore is the least coverage (termSet.score) of a question's
// compound by the answer: the word, a synonym, or half of its parts.
const minCompoundScore = partCredit / 2

// doseUnits are the units that make a quantity a dose.
var doseUnits = setOf("mg", "µg", "g", "ml", "ie", "mmol", "mg/kg", "l")

// amountWords express a number or frequency in words ("één op de vijf",
// "de helft", "jaarlijks").
var amountWords = setOf("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
	"elf", "twaalf", "twintig", "dertig", "veertig", "vijftig", "honderd", "honderden", "duizend",
	"duizenden", "miljoen", "miljoenen", "miljard", "helft", "derde", "kwart", "vijfde", "tiende",
	"meerderheid", "minderheid", "procent", "dagelijks", "wekelijks", "maandelijks", "jaarlijks",
	"eenmaal", "tweemaal", "driemaal")

var months = setOf("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
	"september", "oktober", "november", "december", "voorjaar", "najaar", "zomer", "winter")

func (s *Service) analyseQuestion(text string) question {
	q := question{text: text, units: withSynonyms(s.synonyms, contentUnits(s.cfg.Analyzer, text)),
		values: questionValues(text), unit: askedUnit(lowerWords(text))}
	for _, f := range factsOf(text) {
		q.focus = append(q.focus, focus{label: f.Text, kind: focusFact, fact: &f})
	}
	lower := strings.ToLower(text)
	words := splitWords(lower)
	switch {
	case strings.Contains(lower, "doser") || strings.Contains(lower, "dosis") || strings.Contains(lower, "doses"):
		q.focus = append(q.focus, focus{label: "dosering", kind: focusDose})
	case slices.Contains(words, "hoeveel") || strings.Contains(lower, "hoe vaak") || strings.Contains(lower, "welk percentage") ||
		strings.Contains(lower, "welk deel") || strings.Contains(lower, "welk aandeel"):
		q.focus = append(q.focus, focus{label: "een aantal", kind: focusAmount})
	case slices.Contains(words, "wanneer") || strings.Contains(lower, "welk jaar") || strings.Contains(lower, "welke datum"):
		q.focus = append(q.focus, focus{label: "een datum", kind: focusDate})
	}
	for _, w := range splitWords(text) {
		for _, u := range contentUnits(s.cfg.Analyzer, w) {
			if len(u.parts) > 0 {
				q.focus = append(q.focus, focus{label: w, kind: focusCompound, unit: withSynonyms(s.synonyms, []unit{u})[0]})
			}
		}
	}
	if w, u, ok := s.askedNoun(text); ok {
		q.focus = append(q.focus, focus{label: w, kind: focusAsked, unit: u})
	}
	for _, fw := range s.cfg.FocusWords {
		if !slices.Contains(words, fw) {
			continue
		}
		if ts := s.cfg.Analyzer.Terms(fw); len(ts) > 0 {
			q.focus = append(q.focus, focus{label: fw, kind: focusTerm, term: ts[0]}) // the word, not its parts
		}
	}
	return q
}

// decision is the outcome of the evidence check.
type decision struct {
	confidence float64 // the best candidate's coverage (Response.Confidence)
	abstain    bool
	why        string // Dutch explanation appended to AbstainReason
	answer     []Draft
	report     Report
}

// decide checks the retrieved evidence and, when it suffices, returns the
// extractive answer that passed enforcement. The checks run from cheap to
// expensive; each failing one names its reason.
func (s *Service) decide(q question, ps []*prepared) decision {
	th := s.cfg.Thresholds
	switch {
	case len(ps) == 0:
		return decision{abstain: true, why: "Er zijn geen passages gevonden die bij de vraag passen."}
	case len(q.units) == 0 && len(q.focus) == 0:
		return decision{abstain: true, why: "De vraag bevat geen inhoudelijke termen om op te zoeken."}
	}
	var sets []termSet
	for _, p := range ps[:min(len(ps), th.CoveragePassages)] {
		sets = append(sets, p.terms)
	}
	top := unionSets(sets...)
	if cov := top.coverage(q.units, nil); cov < th.MinQuestionCoverage {
		return decision{abstain: true, why: s.missingWhy(q, top)}
	}
	chosen, ruled := s.extract(q, ps)
	if len(chosen) == 0 && ruled != "" {
		return decision{abstain: true, why: ruled}
	}
	conf := 0.0
	if len(chosen) > 0 {
		conf = slices.MaxFunc(chosen, func(a, b candidate) int { return cmp.Compare(a.cov, b.cov) }).cov
	}
	if conf < th.MinSentenceScore {
		return decision{confidence: conf, abstain: true, why: "Geen zin in de bronnen sluit voldoende aan op de vraag."}
	}
	report := s.enforcer.check(drafts(chosen), ps)
	var ok []Draft
	var kept []candidate
	for i, v := range report.Verdicts {
		if v.Supported {
			ok = append(ok, v.Draft)
			kept = append(kept, chosen[i])
		}
	}
	if len(ok) == 0 {
		return decision{confidence: conf, abstain: true, why: "Geen zin uit de bronnen doorstond de broncontrole."}
	}
	// The title counts as part of every sentence, as when the sentences
	// were scored.
	var union []termSet
	for _, c := range kept {
		union = append(union, c.pass.spanSets[c.span])
	}
	if cov := unionSets(union...).coverage(q.units, nil); cov < th.MinAnswerCoverage {
		return decision{confidence: conf, abstain: true, why: "De gevonden zinnen beantwoorden de vraag maar gedeeltelijk."}
	}
	if miss := s.missingFocus(q, ok, ps); len(miss) > 0 {
		return decision{confidence: conf, abstain: true, why: fmt.Sprintf("De bronnen noemen %s niet in dit verband.", quoteList(miss))}
	}
	return decision{confidence: conf, answer: ok, report: Report{Verdicts: supportedOnly(report.Verdicts)}}
}

// answerType returns the test a sentence must pass to state what the
// question's type asks for ("hoeveel": an amount, "wanneer": a date), or
// nil when the question does not ask for a type of detail.
func (q question) answerType() func(string) bool {
	for _, f := range q.focus {
		switch f.kind {
		case focusAmount:
			return hasAmount
		case focusDate:
			return hasDate
		case focusDose:
			return hasDose
		}
	}
	return nil
}

func supportedOnly(vs []Verdict) []Verdict {
	return slices.DeleteFunc(slices.Clone(vs), func(v Verdict) bool { return !v.Supported })
}

// missingWhy names the question words whose terms the passages lack.
func (s *Service) missingWhy(q question, top termSet) string {
	var miss []string
	for _, w := range strings.Fields(q.text) {
		w = strings.Trim(w, ".,;:!?()[]\"'")
		units := contentUnits(s.cfg.Analyzer, w)
		if len(units) > 0 && top.coverage(units, nil) == 0 && !slices.Contains(miss, w) {
			miss = append(miss, w)
		}
	}
	if len(miss) == 0 {
		return "De gevonden passages behandelen het onderwerp van de vraag onvoldoende."
	}
	return fmt.Sprintf("De bronnen behandelen niet: %s.", quoteList(miss))
}

// missingFocus returns the focus details the answer lacks: names and
// numbers must occur in a cited passage, doses and focus words in the answer
// sentences themselves.
func (s *Service) missingFocus(q question, answer []Draft, ps []*prepared) []string {
	var text, cited strings.Builder
	var seen []int
	for _, d := range answer {
		text.WriteString(d.Text)
		text.WriteString(" ")
		for _, n := range d.Citations {
			if n >= 1 && n <= len(ps) && !slices.Contains(seen, n) {
				seen = append(seen, n)
				cited.WriteString(ps[n-1].p.Title)
				cited.WriteString("\n")
				cited.WriteString(ps[n-1].p.Text)
				cited.WriteString(" ")
			}
		}
	}
	ev := newEvidence(cited.String())
	answerTerms := s.cfg.Analyzer.Terms(text.String())
	terms := newTermSet(answerTerms)
	withTitles := newTermSet(answerTerms, s.cfg.Analyzer.Terms(headings(answer, ps, false)))
	withHeadings := newTermSet(answerTerms, s.cfg.Analyzer.Terms(headings(answer, ps, true)))
	lower := strings.ToLower(text.String())
	var miss []string
	for _, f := range q.focus {
		var ok bool
		switch f.kind {
		case focusFact:
			ok = ev.has(*f.fact)
		case focusDose:
			ok = hasDose(text.String())
		case focusAmount:
			ok = hasAmount(text.String())
		case focusDate:
			ok = hasDate(text.String())
		case focusCompound:
			ok = withTitles.score(f.unit) >= minCompoundScore || s.named(f.unit, ps)
		case focusAsked:
			ok = withHeadings.score(f.unit) >= minCompoundScore
		default:
			// A measure ("nauwkeurigheid") is not named by its adjective
			// ("nauwkeurige consultnotities").
			ok = terms.covered(f.term) && (!strings.HasSuffix(f.label, "heid") || strings.Contains(lower, f.label))
		}
		if !ok && !slices.Contains(miss, f.label) {
			miss = append(miss, f.label)
		}
	}
	return miss
}

// named reports whether some retrieved passage names the compound as a
// whole: then the corpus knows the thing and the answer sentences may refer
// to it by another word ("deze praktijken"). A compound that no passage
// names ("bloeddrukstreefwaarde") must be covered by the answer itself.
func (s *Service) named(u unit, ps []*prepared) bool {
	whole := unit{full: u.full, alts: u.alts}
	return slices.ContainsFunc(ps, func(p *prepared) bool { return p.terms.score(whole) == 1 })
}

// headings returns the titles of the passages the answer cites (a sentence
// of a source counts as being about that source's title) and, with
// sections, their section paths and run-in headings: a sentence under
// "6. Gebruik van chatbots" is about chatbots.
func headings(answer []Draft, ps []*prepared, sections bool) string {
	var b strings.Builder
	for _, d := range answer {
		for _, n := range d.Citations {
			if n < 1 || n > len(ps) {
				continue
			}
			p := ps[n-1]
			b.WriteString(p.p.Title)
			b.WriteString("\n")
			if sections {
				b.WriteString(p.p.Section)
				b.WriteString("\n")
				for _, sp := range p.spans {
					if isHeadingLike(sp.Text) {
						b.WriteString(sp.Text)
						b.WriteString("\n")
					}
				}
			}
		}
	}
	return b.String()
}

// maxHeadingWords bounds a run-in heading split off a sentence.
const maxHeadingWords = 8

// isHeadingLike reports whether a passage sentence reads as a heading:
// short and without final punctuation.
func isHeadingLike(text string) bool {
	return len(strings.Fields(text)) <= maxHeadingWords && !endsLikeSentence(text)
}

func hasDose(text string) bool {
	for _, q := range quantities(text) {
		if doseUnits[q.Unit] {
			return true
		}
	}
	return false
}

// hasAmount reports whether text states an amount: a number that is not a
// year, or a number word ("één op de vijf", "ruim de helft"). Quantifiers
// such as "geen" or "enkele" and years do not answer "hoeveel".
func hasAmount(text string) bool {
	for _, q := range quantities(text) {
		if !isYear(q) {
			return true
		}
	}
	return slices.ContainsFunc(splitWords(strings.ToLower(text)), func(w string) bool { return amountWords[w] })
}

func isYear(q quantity) bool {
	return q.Unit == "" && len(q.Num) == 4 && q.Num >= "1900" && q.Num <= "2100"
}

func hasDate(text string) bool {
	for _, q := range quantities(text) {
		if isYear(q) {
			return true
		}
	}
	return slices.ContainsFunc(splitWords(strings.ToLower(text)), func(w string) bool { return months[w] })
}

func quoteList(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "‘" + w + "’"
	}
	return strings.Join(q, ", ")
}
