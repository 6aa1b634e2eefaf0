package answer

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
)

// The question analysis reads three things from a question, the way a
// clinician's question is built in Dutch:
//
//   - what it is about: its content words (units) and, once the passages are
//     known, its subject (subjectsOf: a word the retrieved documents use as
//     a table row's subject, a list label or a title word);
//   - who or what situation it is about: its qualifiers, the populations a
//     guideline gives separate advice for (children, pregnancy,
//     breastfeeding, reduced kidney or liver function, the elderly);
//   - what kind of answer it asks for: a dose, an amount, a condition or
//     moment, permission, a list, a definition, a reason or a procedure,
//     read from its question words.
//
// These are the grammar of a question and the populations of every
// guideline, not words of particular questions; the answer model weighs
// them (model.go), and only two become hard rules (a qualifier asked about
// must be named; a dose must come from a passage about the drug asked).

// Kinds of answer a question asks for.
const (
	kindDose       = "dose"
	kindAmount     = "amount"
	kindCondition  = "condition"
	kindPermission = "permission"
	kindList       = "list"
	kindDefinition = "definition"
	kindReason     = "reason"
	kindProcedure  = "procedure"
	kindOther      = "other"
)

// kindNouns name each kind in a refusal ("… noemen geen dosering …").
var kindNouns = map[string]string{
	kindDose:       "dosering",
	kindAmount:     "aantal of percentage",
	kindCondition:  "voorwaarde of moment",
	kindPermission: "uitspraak of dit kan",
	kindList:       "opsomming",
	kindDefinition: "omschrijving",
	kindReason:     "reden",
	kindProcedure:  "werkwijze",
	kindOther:      "antwoord",
}

// question is a request's question analysed once.
type question struct {
	text  string
	units []unit // content words
	facts []fact // names and numbers it mentions
	kind  string
	// headings: the guideline headings whose sections answer what it asks
	headings []string
	// sections: those of headings the question asks for outright, not
	// only as a yes/no question about a drug (askedHeadings)
	sections []string
	// slots: the words that say what it is about (subjectSlots)
	slots []string
	// with: the slots after "met", what a drug is combined with ("Mag
	// pedolimast gecombineerd worden met simvastatine?") or what the
	// patient has ("Patiënt met astma …"); after "tussen"; and in a
	// permission question after "bij", the condition it asks about:
	// objectUnnamed
	with []string
	// measures: the short forms of the scores and laboratory values the
	// question gives a value of ("KEI 9"), taken from facts
	measures []fact
	// objects: the slots that are the object of the question's verb or
	// the event a share is of (subjectSlots)
	objects []string
	// unnamed: per document ID, the words of slots that the document
	// names nowhere (slotsUnnamed, ruleSlot)
	unnamed map[string][]string
	quals   []qualifier // the populations it asks about
	// content is the text its content words are read from: without the
	// values it states (compared by valueFit), the verbs of giving a drug
	// and the words for the patient (withoutFrame).
	content string
	// outside are the words of subjectSlots that the sources name nowhere
	// (outsideSources; set once the passages are retrieved).
	outside []string
	// unknown is the one word, beside the slots, that the sources name
	// nowhere when it alone does not put the question outside them
	// (outsideSources): the question's own wording, or what it is about
	unknown []string
	// suggested are the words of the sources a typing error or two away
	// from outside's, which the refusal asks after ("Bedoelt u
	// ‘tarvomycine’?")
	suggested []Suggestion
	// spelled holds, for each short form the question names as a fact
	// ("DLA"), the long form (folded) the retrieved passages define it
	// by ("Dwingelose lymfangitis (DLA) is …"); set by placeInSources
	spelled map[string]string
	// spelledTerms holds spelled's long forms by the analysed terms of
	// their short forms ("zdn")
	spelledTerms map[string]string
	// values are the ages and eGFR values it states (ranges.go); unit is
	// the unit a "hoeveel dagen"/"hoe lang" question counts in.
	values []qvalue
	unit   []string
	// counted is the plural noun a "hoeveel" question counts when it is no
	// unit ("hoeveel sessies"), or "".
	counted string
	// detail is what a price or date question needs the answer to hold
	// (detailMoney, detailDate), or "".
	detail string
	// asked is the noun the question asks for ("Welke bijwerkingen …",
	// "Wat is de incubatietijd …"), analysed; nil when there is none.
	asked     *unit
	askedWord string
	// property: asked is a property of the question's subject ("Wat is de
	// behandeling van …?"), not a class of instances ("Welke
	// bijwerkingen …?").
	property bool
	// measured is what a compound measure asks the value of: "natrium" of
	// "natriumwaarde", "CRP" of "CRP-waarde"; nil when the measure is no
	// such compound ("sensitiviteit", "voorspellende waarde").
	measured []unit
	// tables holds the analysed subject of every table row in the corpus
	// (Service.analyse), also of rows not retrieved; nil when the searcher
	// cannot list them.
	tables map[string]bool
	// heads holds the analysed headers of the dose tables' first column
	// ("middel"), tabledIn each document's dose-row subjects (analysed).
	heads    map[string]bool
	tabledIn map[string][]string
	// drugRows holds each document's dose rows (adultsRowForOthers)
	drugRows map[string][]drugRow
	// graded holds the documents whose dose rows give eGFR ranges
	// (unrangedValue)
	graded map[string]bool
	// chunks holds the number of chunks of every document of the corpus
	// (retrieval.TableSubjects.Chunks); nil when the searcher cannot list
	// them.
	chunks map[string]int
	// act: the analysed verb of a "wanneer" question, the act whose moment
	// it asks (countedFromAsked); "" otherwise
	act string
	// adults: its word for adults when it asks about adults and states no
	// age (adultsWord), "" otherwise
	adults string
	// advice: it asks what the clinician does (asksAdvice)
	advice bool
	// short: it is typed as a few words (shortQuestion), each of which
	// says what it is about
	short bool
	// incidence: a "hoe vaak" question about how often something happens
	// to patients, not how often the clinician acts (asksIncidence)
	incidence bool
	// event is what a moment question counts from: "operatie" in "Hoe lang
	// voor een operatie …", "start" in "Wanneer … na de start van …"; nil
	// when there is none; eventWord is its word in the question;
	// eventOf is the complement of an event noun ("ijzer" of "na de start
	// van ijzer"), nil when it has none.
	event     *unit
	eventWord string
	eventOf   *unit
	// limitOf is X of "bij welk(e) X" (limitAfter), nil otherwise.
	limitOf *unit
	// purpose is X of "voor (de) X", what the question asks something for
	// (purposeWord, rulePurpose); purposed the documents with a heading
	// that names it.
	purpose     *unit
	purposeWord string
	purposed    map[string]bool
	// dosed is X of "de dosering (van) X" in a dose question: the drug
	// whose dose it asks (dosedWord); nil when there is none.
	dosed *unit
	// given is X of "Mag ik X geven …?", "Mag een zwangere X gebruiken?" in
	// a permission question: what it asks whether it may be given
	// (givenWord); nil when there is none.
	given *unit
	// term holds the analysed words of the term a short definition
	// question asks about ("Wat is matige uitdroging?": shortTerm); nil
	// for another question.
	term map[string]bool
	// expands: the short form whose long form the question asks ("Waar
	// staat RIS-score voor?", "Wat betekent KEI?": expansionAsked); ""
	// for another question.
	expands string
	// acronyms: the analysed terms of the words in capitals it names
	// ("ECG"), asked together with its drug (togetherIn)
	acronyms []string
	// interaction: it names an interaction (asksInteraction); against: it
	// asks when not to give something, or names contra-indications or
	// interactions (asksAgainst); check: it asks about a check
	// (asksCheck)
	interaction, against, check bool
}

// Details a question can demand of its answer.
const (
	detailMoney = "money" // "wat kost", "welk tarief", "prijs": an amount in euros
	detailDate  = "date"  // "welke datum", "welk jaar": a date or year
	// detailThreshold: "vanaf welke …", "tot welke …", "bij welke
	// kaliumwaarde …": a limit, which a sentence states with a comparison
	// ("> 5,5 mmol/l", "boven", "vanaf 38 °C", "0 tot 3").
	detailThreshold = "threshold"
	// detailFrequency: "hoe vaak", "hoe dikwijls": how often, an interval,
	// a count per period or a schedule ("elke 3 maanden", "jaarlijks",
	// "2 dd", "na 7 dagen en na 6 weken").
	detailFrequency = "frequency"
	// detailMoment: "wanneer … na de start …", "wanneer zie ik … terug":
	// the moment after an event or of a return visit, which a sentence
	// states as a term ("na 4 weken", "binnen 24 uur", "3 tot 5 dagen na de
	// start"), not as a condition.
	detailMoment = "moment"
)

// kindWords name the sort of answer, not the thing asked for ("welk deel
// van", "welke soort").
var kindWords = setOf("hoeveelheid", "deel", "aandeel", "percentage", "soort", "soorten", "type", "typen", "vorm", "vormen",
	"manier", "manieren", "rol", "mate")

// askedNoun returns the noun after "welk(e)" or "wat is/zijn/was de/het"
// ("Welke bijwerkingen …?", "Wat is de incubatietijd …?"): what the answer
// must name. property is true for the second form: the question asks for
// a property of its subject ("Wat is de behandeling van …?"), which an
// answer states by naming it, where "Welke bijwerkingen …?" is answered by
// instances ("misselijkheid").
func askedNoun(ws []string) (noun string, property bool) {
	for i, w := range ws {
		j := -1
		switch {
		case w == "welk" || w == "welke":
			j = i + 1
		case w == "wat" && i+2 < len(ws) && (ws[i+1] == "is" || ws[i+1] == "zijn" || ws[i+1] == "was" || ws[i+1] == "waren") &&
			(ws[i+2] == "de" || ws[i+2] == "het"):
			j = i + 3
		}
		property = w == "wat"
		for k := j; k >= 0 && k < len(ws) && k < j+3; k++ {
			if measureWord(ws[k]) { // "de positief voorspellende waarde": the measure is the head
				return ws[k], property
			}
		}
		for ; j >= 0 && j < len(ws); j++ {
			if !kindWords[ws[j]] && !stopwords[ws[j]] && !amountWords[ws[j]] {
				return ws[j], property
			}
		}
	}
	return "", false
}

// measureSuffixes end the Dutch nouns of a measured value: a
// "sensitiviteit", "nauwkeurigheid", "streefwaarde", "responspercentage",
// "ernstscore", "leukocytengetal", "lithiumspiegel", "ademfrequentie",
// "glucoseconcentratie", "vitamine D-gehalte", "TSH-niveau".
var measureSuffixes = []string{"heid", "iteit", "waarde", "percentage", "score", "getal", "spiegel", "frequentie", "concentratie", "gehalte", "niveau"}

// valueHeads end a compound that asks for the value of its first part:
// a "natriumwaarde" is a value of the natrium, an "oppervlaktescore" a
// score of the surface.
var valueHeads = []string{"waarde", "score", "percentage"}

// measuredBy returns what the measure w asks the value of, when w is a
// compound of a value head: its first part ("natrium" of "natriumwaarde"),
// or the word joined to it by a hyphen in the question ("CRP" of
// "CRP-waarde"); "" otherwise.
func measuredBy(question, w string) string {
	for _, h := range valueHeads {
		first, ok := strings.CutSuffix(w, h)
		if !ok {
			continue
		}
		if len([]rune(first)) >= 3 {
			return first
		}
		if first != "" {
			return ""
		}
		if m := hyphenedBefore(question, h); m != "" {
			return m
		}
	}
	return ""
}

// hyphenedBefore returns the word joined by a hyphen before head in text
// ("CRP" in "Welke CRP-waarde …"), or "".
func hyphenedBefore(text, head string) string {
	lower := strings.ToLower(text) // indices into lower only: lower-casing may change byte lengths
	i := strings.Index(lower, "-"+head)
	if i <= 0 {
		return ""
	}
	j := strings.LastIndexFunc(lower[:i], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return lower[j+1 : i]
}

func measureWord(w string) bool {
	if w == "hoeveelheid" { // the amount itself, which a dose or number answers
		return false
	}
	return slices.ContainsFunc(measureSuffixes, func(s string) bool { return strings.HasSuffix(w, s) })
}

// askedDetail reads a demand for a price or a date from the question.
func askedDetail(ws []string) string {
	lower := " " + strings.Join(ws, " ") + " "
	for _, w := range ws {
		if w == "kost" || w == "kosten" || strings.HasPrefix(w, "prijs") || strings.HasPrefix(w, "tarie") || w == "tarief" || w == "vergoeding" {
			return detailMoney
		}
	}
	if strings.Contains(lower, " welke datum ") || strings.Contains(lower, " welk jaar ") || strings.Contains(lower, " in welk jaar ") {
		return detailDate
	}
	if strings.Contains(lower, " hoe vaak ") || strings.Contains(lower, " hoe dikwijls ") {
		return detailFrequency
	}
	// "Hoe hoog is de incidentie van … bij vrouwen?", "Wat is de
	// prevalentie …?": how often, by the epidemiologist's word for it
	if slices.ContainsFunc(ws, func(w string) bool {
		return strings.HasPrefix(w, "incidentie") || strings.HasPrefix(w, "prevalentie")
	}) {
		return detailFrequency
	}
	if asksThreshold(ws) {
		return detailThreshold
	}
	if asksMoment(ws) {
		return detailMoment
	}
	return ""
}

// limitAfter makes "bij welk(e) X" ask a limit of X when the sources state
// limits of X: a comparison right after a word for it in a passage
// ("kalium > 5,0 mmol/l: start beluxaan niet"). "Bij welk kalium begin ik
// niet …?" then asks a threshold, as "bij welke kaliumwaarde" does; "Bij
// welke patiënten …?" does not, as no source writes "patiënten > …".
func (q *question) limitAfter(a Analyzer, ps []*prepared) {
	if q.detail != "" || q.limitOf == nil {
		return
	}
	us := []unit{*q.limitOf}
	if slices.ContainsFunc(ps, func(p *prepared) bool { return limitWithin(a, us, p.p.Text, adjacentRunes) }) {
		q.detail, q.measured = detailThreshold, us
	}
}

// adjacentRunes: a comparison within this many characters after a word
// stands right after it (" > 5,0", " boven").
const adjacentRunes = 8

// limitRunes: a limit of a measured thing stands within this many
// characters after it ("een natrium < 130 mmol/l", "ALAT > 3 × bovengrens").
const limitRunes = 24

// limitOfMeasured reports whether text states a limit of what the question
// measures ("Bij welke ALAT-waarde …?"): a comparison right after a word
// that names it, not one about something else in the same sentence
// ("… bij een eGFR < 60"). A word names it when its analysed term is the
// measured one (the stem: "serumvelaat" is "serumvelat") or its head
// ("saturatie" for "zuurstofsaturatie"), or holds it ("kaliumgehalte").
// True when the question measures no compound.
func limitOfMeasured(a Analyzer, measured []unit, text string) bool {
	return limitWithin(a, measured, text, limitRunes)
}

// limitWithin reports whether text states a limit of a measured thing
// within the given number of characters after a word that names it.
func limitWithin(a Analyzer, measured []unit, text string, within int) bool {
	if len(measured) == 0 {
		return true
	}
	rs := []rune(text)
	for _, sp := range wordSpans(rs) {
		w := strings.ToLower(string(rs[sp[0]:sp[1]]))
		ts := a.Terms(w)
		if !slices.ContainsFunc(measured, func(u unit) bool {
			return len(u.full) >= 3 && (strings.Contains(w, u.full) || len(ts) > 0 && (ts[0] == u.full ||
				len([]rune(ts[0])) >= minCompoundRunes && strings.HasSuffix(u.full, ts[0]))) // the head of a compound: "saturatie"
		}) {
			continue
		}
		if detailShown(detailThreshold, string(rs[sp[1]:min(len(rs), sp[1]+within)])) {
			return true
		}
	}
	return false
}

// detailShown reports whether text holds the detail asked.
func detailShown(detail, text string) bool {
	switch detail {
	case detailMoney:
		l := strings.ToLower(text)
		return strings.Contains(l, "€") || strings.Contains(l, "euro")
	case detailDate:
		for _, q := range quantities(text) {
			if isYear(q) {
				return true
			}
		}
		return slices.ContainsFunc(lowerWords(text), func(w string) bool { return monthNames[w] })
	case detailThreshold:
		ws := lowerWords(text)
		l := " " + strings.Join(ws, " ") + " "
		if strings.ContainsAny(text, "<>≤≥⩽⩾") || slices.ContainsFunc(comparisonWords, func(w string) bool { return strings.Contains(l, " "+w+" ") }) {
			return true
		}
		for i := 0; i+1 < len(ws); i++ { // "vanaf 38", "tot 3", "0 tot 3", "vanaf week 20"
			if ws[i] != "vanaf" && ws[i] != "tot" {
				continue
			}
			if isNumber(ws[i+1]) || i+2 < len(ws) && slices.Contains(durationWords, ws[i+1]) && isNumber(ws[i+2]) {
				return true
			}
		}
		return false
	case detailMoment:
		return termShown(lowerWords(text))
	case detailFrequency: // an interval, a count per period, or a schedule of moments ("na 7 dagen en na 6 weken")
		return frequencyStated(text) || unitShown(durationWords, text)
	}
	return true
}

// asksMoment reports whether the question asks for a moment in time
// rather than a condition: a "wanneer" question about the moment after an
// event ("na de start van …", "na het starten") or of coming back
// ("terugzien", "zie … terug", "terugkomen"); "na hoeveel weken …"; or
// "hoe lang voor/na <event>" (a term before or after it).
func asksMoment(ws []string) bool {
	for i, w := range ws {
		next := func(k int) string {
			if i+k < len(ws) {
				return ws[i+k]
			}
			return ""
		}
		switch {
		case w == "na" && next(1) == "hoeveel":
			return true
		case w == "hoe" && next(1) == "lang" && (next(2) == "na" || next(2) == "voor" || next(2) == "vóór"):
			return true
		}
	}
	if !slices.Contains(ws, "wanneer") {
		return false
	}
	for i, w := range ws {
		if strings.HasPrefix(w, "terug") {
			return true
		}
		if w == "na" && i+1 < len(ws) && (ws[i+1] == "de" || ws[i+1] == "het" || ws[i+1] == "een") {
			return true
		}
	}
	return false
}

// askedAct returns the analysed verb of a question led by "wanneer": the
// one after it, or the infinitive a modal leaves for the end ("Wanneer
// moet ik profylaxe starten?"); "" for another question.
func askedAct(a Analyzer, ws []string) string {
	if len(ws) < 3 || ws[0] != "wanneer" {
		return ""
	}
	verb := ws[1]
	if modals[verb] {
		verb = clauseVerb(ws)
	}
	if ts := a.Terms(verb); verb != "" && len(ts) > 0 {
		return ts[0]
	}
	return ""
}

// momentEvent returns the word of the event a moment question counts
// from: the first word after "na", "voor" or "vóór" that is no article or
// number word ("na de start" → "start", "voor een operatie" →
// "operatie"), or "".
func momentEvent(ws []string) string {
	for i, w := range ws {
		if w != "na" && w != "voor" && w != "vóór" {
			continue
		}
		for _, n := range ws[i+1:] {
			if n == "de" || n == "het" || n == "een" {
				continue
			}
			if n == "hoeveel" || isNumber(n) {
				break
			}
			return n
		}
	}
	return ""
}

// termWords put a number of days or weeks in time: "na 4 weken",
// "binnen 24 uur", "over 2 dagen", "3 tot 5 dagen na de start".
var termWords = setOf("na", "binnen", "over", "elke", "iedere")

// termShown reports whether the words state a term in time: a number of
// hours, days, weeks … after termWords or followed by "na", "later" or
// "voor" ("2 weken voor de ingreep"), not an age ("jonger dan 6
// maanden") or a length of treatment ("maximaal 4 weken").
func termShown(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if !slices.Contains(durationWords, ws[i]) || !isNumber(ws[i-1]) {
			continue
		}
		if slices.ContainsFunc(ws[max(0, i-4):i-1], func(w string) bool { return termWords[w] }) ||
			i+1 < len(ws) && (ws[i+1] == "na" || ws[i+1] == "later" || ws[i+1] == "voor" || ws[i+1] == "vóór") {
			return true
		}
	}
	return false
}

// thresholdOpeners ask for a limit whatever noun follows ("Vanaf welke
// temperatuur …", "Tot welke zwangerschapsduur …"); "bij welke" does only
// before a measure ("Bij welke ALAT-waarde …", not "Bij welke patiënten …").
var thresholdOpeners = setOf("vanaf", "tot", "boven", "onder")

// asksThreshold reports whether the question asks for a limit.
func asksThreshold(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i+1] != "welke" && ws[i+1] != "welk" {
			continue
		}
		switch {
		case thresholdOpeners[ws[i]] && ws[i+2] != "datum" && ws[i+2] != "jaar":
			return true
		case ws[i] == "bij" && (measureWord(ws[i+2]) || i+3 < len(ws) && measureWord(ws[i+3])): // "ALAT-waarde" is two words here
			return true
		}
	}
	return false
}

// comparisonWords state a limit in words.
// ("vanaf" and "tot" only before a number: "tot de streefwaarde is
// bereikt" states no limit).
var comparisonWords = []string{"boven", "onder", "hoger dan", "lager dan", "meer dan", "minder dan", "tussen",
	"maximaal", "minimaal", "ten minste", "tenminste", "of meer", "of minder", "of hoger", "of lager", "groter dan", "kleiner dan"}

// frequencyWords say how often: a count per period ("per", "keer", "dd",
// "driemaal daags") or a period adverb ("jaarlijks"); "elke" and "om de"
// do before a period (everyWords, frequencyStated).
var frequencyWords = setOf("per", "keer", "maal", "dd", "x", "daags",
	"dagelijks", "wekelijks", "maandelijks", "jaarlijks", "tweewekelijks", "driemaandelijks")

// frequencyStated reports whether text states a frequency: a count per
// period or per so many ("4 dd", "2 keer per jaar", "12 per 1000
// patiënten"), a period after "elke" or "om de" ("elke 3 maanden", "om de
// week") or a word of it ("jaarlijks"). Unlike detailShown it does not take
// a number of years or days for one: "een leeftijd van 60 jaar" says
// nothing of how often.
func frequencyStated(text string) bool {
	ws := lowerWords(text)
	for i, w := range ws {
		if everyWords[w] {
			// "elke 3 maanden", "iedere week": a period; "bij iedere
			// patiënt" counts no time
			if i+1 < len(ws) && (isNumber(ws[i+1]) || slices.Contains(durationWords, ws[i+1])) {
				return true
			}
			continue
		}
		if frequencyWords[w] || strings.HasSuffix(w, "jaarlijks") || strings.HasSuffix(w, "maaldaags") {
			return true
		}
	}
	return strings.Contains(" "+strings.Join(ws, " ")+" ", " om de ")
}

// rateStated reports whether text states how often something happens
// among people as a rate: so many per so many ("14 per 1000 kinderen",
// "9 per 1000 patiënten per jaar") or a yearly count ("jaarlijks 900
// patiënten"). A dose's or a check's frequency ("4 dd", "minder dan 400
// ml urine per dag") is none.
func rateStated(text string) bool {
	ws := lowerWords(text)
	for i, w := range ws {
		if w == "per" && i > 0 && isNumber(ws[i-1]) && i+1 < len(ws) && isNumber(ws[i+1]) || strings.HasSuffix(w, "jaarlijks") {
			return true
		}
	}
	return false
}

// everyWords state a frequency before a period or a number ("elke 3
// maanden", "iedere week"), not before anything else ("bij iedere
// patiënt").
var everyWords = setOf("elke", "iedere", "ieder")

var monthNames = setOf("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
	"september", "oktober", "november", "december")

// qualifier is a population a question asks about.
type qualifier struct {
	name  string // the population ("kinderen")
	label string // as the question says it ("kind")
	group *population
}

// population is a group a guideline gives separate advice for. A word
// shows it when it starts with one of prefixes, contains one of infixes or
// is one of words (lower-case). The same forms mark it in questions and passages.
type population struct {
	name     string
	prefixes []string
	infixes  []string
	words    []string // whole words only ("ouder", not "ouders")
	not      []string // prefixes of words that do not show it
	byAge    bool     // a group of ages: a patient's stated age or weight in the candidate's range shows it
	organ    bool     // an organ's function, which a question may say is intact (intactFunction)
	route    bool     // a route of giving, with forms of its own ("zetpil", "injectie")
}

// populations are the qualifiers of guideline advice: every NHG-Standaard
// separates them (doses for children, advice in pregnancy and during
// breastfeeding, dose adjustment for kidney or liver function, the
// elderly).
var populations = []*population{
	// a "kinderwens" is the wish for a child: a pregnancy to come (the
	// guidelines' "zwangerschapswens", "Zwangerschap en kinderwens")
	{name: "kinderen", prefixes: []string{"kind", "zuigeling", "baby", "peuter", "kleuter", "pediatr", "jeugd"}, not: []string{"kinderwens"}, byAge: true},
	{name: "zwangerschap", prefixes: []string{"zwanger", "graviditeit", "trimester", "kinderwens"}},
	{name: "borstvoeding", prefixes: []string{"borstvoeding", "lactatie", "zogend", "moedermelk"}},
	{name: "nierfunctie", prefixes: []string{"nierfunctiestoornis", "nierfunctie", "egfr", "nierinsuff", "nierschade", "creatinineklaring", "klaring"}, organ: true},
	// dialysis replaces the kidneys' function: a guideline doses it apart
	// ("eGFR < 15 of dialyse"), and a dose for a low eGFR is none for it
	{name: "dialyse", infixes: []string{"dialyse"}},
	{name: "leverfunctie", prefixes: []string{"leverfunctiestoornis", "leverfunctie", "leverinsuff", "levercirrose", "leverziekte", "leverschade"}, organ: true},
	{name: "ouderen", prefixes: []string{"oudere", "bejaard", "hoogbejaard"}, infixes: []string{"plusser"}, words: []string{"ouder"}, byAge: true},
	// routes other than by mouth, each with its own doses: a dose table's
	// tablets are not what "intraveneus" or "rectaal" asks for
	{name: "parenteraal", prefixes: []string{"parenter", "intraven", "intramusc", "subcutan", "infuus", "injectie", "injecteer"}, words: []string{"iv", "im", "sc"}, route: true},
	{name: "rectaal", prefixes: []string{"rectaal", "rectale", "zetpil", "supposito", "klysma"}, route: true},
}

// intactFunction reports whether the organ's function the question
// names at ws[i] is said to be intact: "normale nierfunctie", "een goede
// nierfunctie", "nierfunctie normaal", "zonder nierfunctiestoornis". The
// patient is then no patient of the organ's rows: "Mevrouw, 81 jaar,
// normale nierfunctie: welke dosis sorvanide?" asks the elderly's dose,
// and had been refused for want of a kidney row, or answered from the row
// for an eGFR below 30.
func intactFunction(ws []string, i int) bool {
	if i > 0 && (intactWords[ws[i-1]] || ws[i-1] == "zonder" || ws[i-1] == "geen") {
		return true
	}
	j := i + 1
	if j < len(ws) && (ws[j] == "is" || ws[j] == "was") {
		j++
	}
	return j < len(ws) && (ws[j] == "normaal" || ws[j] == "ongestoord" || ws[j] == "intact") // "nierfunctie (is) normaal"
}

// intactWords say, before the function they qualify, that it is as it
// should be.
var intactWords = map[string]bool{"normale": true, "goede": true, "ongestoorde": true, "gezonde": true, "intacte": true}

// shows reports whether a folded lower-case word marks the population.
func (g *population) shows(w string) bool {
	for _, p := range g.not {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	for _, p := range g.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, in := range g.infixes {
		if strings.Contains(w, in) {
			return true
		}
	}
	return slices.Contains(g.words, w)
}

// shownIn reports whether text names the population.
func (g *population) shownIn(text string) bool {
	return slices.ContainsFunc(lowerWords(text), g.shows)
}

// lowerWords returns the words of text in lower case.
func lowerWords(text string) []string {
	ws := splitWords(text)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return ws
}

func (s *Service) analyseQuestion(text string) question {
	q := question{text: text, values: questionValues(text)}
	q.content = withoutFrame(withoutValues(text, q.values))
	q.units, q.facts = contentUnits(s.cfg.Analyzer, q.content), factsOf(q.content)
	// the short form of a score or laboratory value the question gives a
	// value of ("KEI 9") says what the patient has, as an age does: the
	// ranges compare it (valueFit); no passage need name it
	q.facts = slices.DeleteFunc(q.facts, func(f fact) bool {
		measured := f.Kind == "name" && slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == namedMeasure(f.Norm) })
		if measured {
			q.measures = append(q.measures, f) // the sources must still name it (unknownNames)
		}
		return measured
	})
	for _, t := range labelTerms(s.cfg.Analyzer, q.content, true) {
		if !slices.ContainsFunc(q.units, func(u unit) bool { return u.full == t }) {
			q.units = append(q.units, unit{full: t})
		}
	}
	ws := lowerWords(text)
	q.kind = answerKind(text, ws)
	if q.kind == kindDefinition {
		q.term = shortTerm(s.cfg.Analyzer, text)
		q.expands = expansionAsked(text)
	}
	q.interaction, q.against, q.check = asksInteraction(ws), asksAgainst(ws), asksCheck(ws)
	for _, w := range splitWords(text) {
		if !acronym(w) {
			continue
		}
		if us := contentUnits(s.cfg.Analyzer, w); len(us) > 0 {
			q.acronyms = append(q.acronyms, us[0].full)
		}
	}
	q.headings, q.sections = askedHeadings(q.kind, ws, true), askedHeadings(q.kind, ws, false)
	q.unit = askedUnit(ws)
	q.counted = askedCount(ws)
	q.detail = askedDetail(ws)
	if w, property := askedNoun(ws); w != "" && !(slices.Equal(q.unit, durationWords) && lengthNoun(ws, max(0, slices.Index(ws, w)))) {
		if us := contentUnits(s.cfg.Analyzer, w); len(us) > 0 {
			q.asked, q.askedWord, q.property = &us[0], w, property
			if lower := " " + strings.Join(ws, " ") + " "; strings.Contains(lower, " bij welk "+w+" ") || strings.Contains(lower, " bij welke "+w+" ") {
				q.limitOf = q.asked
			}
		}
		if m := measuredBy(text, w); m != "" {
			q.measured = contentUnits(s.cfg.Analyzer, m)
		}
	}
	if q.detail == detailMoment {
		if w := momentEvent(ws); w != "" {
			if us := contentUnits(s.cfg.Analyzer, w); len(us) > 0 {
				q.event, q.eventWord = &us[0], w
			}
			if us := contentUnits(s.cfg.Analyzer, complementOf(text, w)); len(us) > 0 {
				q.eventOf = &us[0]
			}
		}
	}
	q.act = askedAct(s.cfg.Analyzer, ws)
	for _, g := range populations {
		// (not a population the question denies: "een niet-zwangere
		// volwassene" is no pregnant patient, and nbconvert's FT-105 had
		// been given the row for the second and third trimester)
		if i := slices.IndexFunc(ws, g.shows); i >= 0 && !(g.organ && intactFunction(ws, i)) && !(i > 0 && ws[i-1] == "niet") {
			q.quals = append(q.quals, qualifier{name: g.name, label: ws[i], group: g})
		}
	}
	// A patient younger than 18 is a child, named or not ("een
	// 14-jarige", "een jongen van 14 jaar"): advice that names no child
	// nor a range of ages holding the patient's is advice for adults.
	if children := populations[0]; !slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group == children }) {
		if i := slices.IndexFunc(q.values, func(v qvalue) bool { return v.measure == measureAge && v.hi < adultAge }); i >= 0 {
			q.quals = append(q.quals, qualifier{name: children.name, label: q.values[i].text, group: children})
		}
	}
	q.adults = adultsWord(q)
	q.advice = asksAdvice(q)
	q.incidence = asksIncidence(q)
	q.slots, q.objects = subjectSlots(s.cfg.Analyzer, q)
	if q.short = shortQuestion(ws); q.short {
		// every content word of a question typed as a few words says what
		// it is about: "dopravine bijwerkingen?" is not answered from a
		// guideline that names no side effect
		for _, w := range splitWords(withoutValues(text, q.values)) {
			lw := strings.ToLower(w)
			// not the kind of answer asked ("dorvaxine dosering kind",
			// "prelamycine duur"): a dose or a length, which the sources
			// state in their rows and numbers, whatever they call it
			if doseWord(lw) {
				continue
			}
			// nor, in a question whether something may be done, the word
			// that asks it ("palatimycine bij borstvoeding toegestaan?"):
			// the sources say "mag worden gebruikt"
			if q.kind == kindPermission && permissionWords[lw] {
				continue
			}
			if durationNoun(lw) {
				if q.unit == nil {
					q.unit = durationWords // asked as "hoe lang" asks it
				}
				continue
			}
			if !stopwords[lw] && !questionWords[lw] && !isNumber(lw) && !slotPrepositions[lw] && !personWords[lw] &&
				!namesPopulation(s.cfg.Analyzer, lw) && !slices.Contains(q.slots, w) && len(contentUnits(s.cfg.Analyzer, w)) > 0 {
				q.slots = append(q.slots, w)
			}
		}
	}
	for _, w := range q.slots {
		// (or "tussen", of the two things an interaction is between; or,
		// asking whether a drug may be given, "bij", the condition it asks
		// about: "Is dervomycine gecontra-indiceerd bij myasthenia
		// gravis?" is not answered by "Gebruik dervomycine niet bij
		// ernstige leverfunctiestoornissen")
		i := slices.Index(ws, strings.ToLower(w))
		if i < 1 {
			continue
		}
		before := ws[max(0, i-3):i]
		if slices.Contains(before, "met") || slices.Contains(before, "tussen") || q.kind == kindPermission && slices.Contains(before, "bij") {
			q.with = append(q.with, w)
		}
	}
	if w := dosedWord(ws); q.kind == kindDose && w != "" && !namesPopulation(s.cfg.Analyzer, w) {
		if us := contentUnits(s.cfg.Analyzer, w); len(us) > 0 {
			q.dosed = &us[0]
		}
	}
	if w := givenWord(ws); q.kind == kindPermission && w != "" && !namesPopulation(s.cfg.Analyzer, w) {
		if us := contentUnits(s.cfg.Analyzer, w); len(us) > 0 {
			q.given = &us[0]
		}
	}
	if w := purposeWord(ws); w != "" && !personWords[w] && !namesPopulation(s.cfg.Analyzer, w) {
		if us := contentUnits(s.cfg.Analyzer, w); len(us) > 0 {
			q.purpose, q.purposeWord = &us[0], w
		}
	}
	return q
}

// purposeWord returns the noun of "voor (de|het|een) X" in the question's
// words ("Welk middel voor de aanval …"): what it asks something for; ""
// when there is none. "Voor wie …" asks for a person. Only in the main
// clause: a clause that a subordinating conjunction opens describes the
// patient ("als de patiënt overgevoelig is voor lindoxan", "een zwangere
// die allergisch is voor dorvaxine"), not what the question asks for.
func purposeWord(ws []string) string {
	for i, w := range ws {
		if subordinators[w] {
			break
		}
		if w != "voor" {
			continue
		}
		j := i + 1
		if j < len(ws) && articles[ws[j]] {
			j++
		}
		if j < len(ws) && !stopwords[ws[j]] && !questionWords[ws[j]] && !isNumber(ws[j]) {
			return ws[j]
		}
	}
	return ""
}

// infinitive reports whether a word may be an infinitive: a word of five
// letters or more in -en that is no function word ("innemen", "geven").
func infinitive(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "en") && utf8.RuneCountInString(lw) >= 5 && !stopwords[lw]
}

// finite reports whether a word may be a verb's third person singular
// after its subject at a question's start: a word of four letters or
// more in -t, in lower case, that is no function word ("Nevramol werkt
// na 8 weken onvoldoende, wat nu?", "Paracetamol helpt niet").
func finite(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	lw := strings.ToLower(w)
	return unicode.IsLower(r) && strings.HasSuffix(lw, "t") && utf8.RuneCountInString(lw) >= 4 && !stopwords[lw]
}

// endPrepositions lead, at a question's end, what it is about ("… over
// op lindoravet?", "… voor taliprozine?").
var endPrepositions = setOf("op", "voor", "aan", "over")

// timeConjunctions open a clause that says when, before or after which
// act, something is done ("voordat ik pexatrilan start").
var timeConjunctions = setOf("voordat", "nadat", "zodra", "totdat")

// subordinators open a subordinate clause.
var subordinators = setOf("als", "wanneer", "indien", "die", "dat", "omdat", "terwijl", "zodat", "nadat", "voordat", "sinds", "hoewel")

// Question words by the kind of answer they ask for.
var (
	doseVerbs = setOf("geef", "geven", "gegeven", "voorschrijven", "schrijf", "toedienen", "dien",
		"mg", "milligram", "gram", "ml", "tablet", "tabletten", "capsule", "capsules")
	amountPhrases = []string{"hoe vaak", "hoe lang", "hoe groot", "hoe hoog", "hoe laag", "hoe betrouwbaar", "hoe nauwkeurig",
		"welk percentage", "welk deel", "welk aandeel", "welke percentage"}
	conditionPhrases = []string{"bij welke", "bij wie", "in welke gevallen", "in welk geval", "onder welke", "vanaf welke", "vanaf wanneer", "tot welke", "na hoeveel", "hoe laat"}
	// yesNoOpeners open a clause that asks yes or no: "Mag ik …?", "Is …
	// toegestaan?", "…; kan dat?".
	yesNoOpeners = setOf("mag", "mogen", "kan", "kun", "kunnen", "is", "zijn", "moet", "moeten",
		"mag", "wordt", "worden", "heeft", "hebben", "geef", "gebruik", "blijf", "stop", "stopt")
	// effectOpeners open a yes/no clause that asks what something has or
	// does, not whether it may be done: "Heeft dorvaxine invloed op de
	// pil?" asks for an interaction, which no contra-indication answers.
	effectOpeners   = setOf("heeft", "hebben")
	definitionVerbs = setOf("is", "zijn", "betekent", "houdt", "verstaat", "versta", "verstaan", "bedoelt", "heet")
)

// expansionAsked returns the short form a question asks the long form of:
// the word with a part of two capitals or more (shortFormName: "KEI",
// "RIS-score") that "Waar staat … voor?" or "Wat betekent …?" asks
// about; "" for another question. Not "Wat is de KAT?": a description of
// the score answers that.
func expansionAsked(text string) string {
	ws := strings.Fields(strings.Trim(strings.TrimSpace(text), "?"))
	if len(ws) < 3 {
		return ""
	}
	first := strings.ToLower(ws[0])
	var term []string
	switch {
	case first == "waar" && (strings.EqualFold(ws[1], "staat") || strings.EqualFold(ws[1], "staan")) && strings.EqualFold(ws[len(ws)-1], "voor"):
		term = ws[2 : len(ws)-1]
	case first == "wat" && (strings.EqualFold(ws[1], "betekent") || strings.EqualFold(ws[1], "betekenen")) && len(ws) <= 4:
		term = ws[2:]
	default:
		return ""
	}
	for _, w := range term {
		w = strings.Trim(w, ".,;:()")
		if slices.ContainsFunc(strings.Split(w, "-"), shortFormName) {
			return w
		}
	}
	return ""
}

// namesTerm reports whether the question asks what a term stands for in
// the idiom "spreken van": "Wanneer spreek je van middelenovergebruik?",
// "Vanaf wanneer spreekt men van …?" asks for its definition (a guideline's
// "Begrippen"), not for a moment.
func namesTerm(ws []string) bool {
	for i, w := range ws {
		if (w == "spreek" || w == "spreekt" || w == "spreken") && slices.Contains(ws[i+1:min(i+4, len(ws))], "van") {
			return true
		}
		// "Wat telt als aanvalsdag?", "Wat geldt als een recidief?"
		if (w == "telt" || w == "tellen" || w == "geldt" || w == "gelden") && i+1 < len(ws) && ws[i+1] == "als" {
			return true
		}
		// "Wat wordt verstaan onder een gecompliceerd beloop?", "Wat
		// versta je onder …?"
		if (w == "verstaan" || w == "versta" || w == "verstaat") && slices.Contains(ws[i+1:min(i+3, len(ws))], "onder") {
			return true
		}
		// "Wanneer is er sprake van een gecompliceerd beloop?"
		if w == "sprake" && i+1 < len(ws) && ws[i+1] == "van" {
			return true
		}
		// "Waar staat KEI voor?"
		if (w == "staat" || w == "staan") && ws[0] == "waar" && ws[len(ws)-1] == "voor" {
			return true
		}
		// "Wanneer noem je zandbuik gecompliceerd?"
		if (w == "noem" || w == "noemt" || w == "noemen") && len(ws) > 0 && ws[0] == "wanneer" {
			return true
		}
	}
	return false
}

// amountOf returns what a "hoeveel" question asks the amount of: the word
// after "hoeveel" when it counts nothing (no plural noun, "hoeveel
// patiënten krijgen …", no kind of answer, "hoeveel procent", no degree,
// "hoeveel vaker"): "hydrolan" of "Hoeveel hydrolan krijgt een kind van 12
// kilo?"; "" otherwise. Whether that is a dose, the sources say
// (Service.dosed).
func amountOf(ws []string) string {
	i := slices.Index(ws, "hoeveel")
	if i < 0 || i+1 >= len(ws) {
		return ""
	}
	next := ws[i+1]
	if countNoun(next) || kindWords[next] || next == "procent" || stopwords[next] || isNumber(next) || degreeWords[next] || comparative(next) {
		return ""
	}
	return next
}

// comparative reports whether w compares a degree ("vaker", "langer",
// "hoger", "meer", "eerder"): "hoeveel vaker …" asks how much more, not
// how much of something.
func comparative(w string) bool {
	if w == "meer" || w == "minder" || w == "eerder" {
		return true
	}
	base, ok := strings.CutSuffix(w, "er")
	if !ok {
		return false
	}
	for d := range degreeWords { // "vaak" → "vaker", "hoog" → "hoger", "snel" → "sneller"
		if base == d || base == strings.Replace(d, "aa", "a", 1) || base == strings.Replace(d, "oo", "o", 1) || base == d+d[len(d)-1:] {
			return true
		}
	}
	return false
}

// answerKind reads the kind of answer from the question words.
func answerKind(text string, ws []string) string {
	lower := " " + strings.Join(ws, " ") + " "
	phrase := func(ps ...string) bool {
		return slices.ContainsFunc(ps, func(p string) bool { return strings.Contains(lower, " "+p+" ") })
	}
	has := func(w string) bool { return slices.Contains(ws, w) }
	switch {
	case slices.ContainsFunc(ws, doseWord):
		return kindDose
	case (has("hoeveel") || has("hoeveelheid")) && slices.ContainsFunc(ws, func(w string) bool { return doseVerbs[w] }) && askedCount(ws) == "":
		// (not a count of something else: "Hoeveel punten geven
		// honinggele korsten in de WES?" asks a score's points)
		return kindDose
	case has("hoeveel") || has("hoeveelheid") || phrase(amountPhrases...) || has("kost") || has("kosten") || asksMeasure(ws):
		return kindAmount
	case has("waarom"):
		return kindReason
	case namesTerm(ws):
		return kindDefinition
	case has("wanneer") || phrase(conditionPhrases...):
		return kindCondition
	case yesNo(text):
		return kindPermission
	}
	if slices.Contains(ws, "welke") {
		return kindList
	}
	if len(ws) > 1 && ws[0] == "wat" && definitionVerbs[ws[1]] {
		if propertyOf(text, ws) {
			// "Wat is de incubatietijd van kwelderkoorts?" asks the
			// incubation time's value for kwelderkoorts, not what an
			// incubation time is; "Wat zijn de alarmsymptomen bij
			// pluimhoest?" asks for several
			if ws[1] == "zijn" {
				return kindList
			}
			return kindOther
		}
		return kindDefinition
	}
	if slices.Contains(ws, "hoe") {
		return kindProcedure
	}
	if shortPatientQuestion(text, ws) {
		// a patient's weight is given for a dose: "toskavir kind 18 kg"
		// asks how much, not whether (pandoc's FT-215 had answered it
		// with "Kinderen jonger dan 6 maanden: geen toskavir")
		if slices.ContainsFunc(questionValues(text), func(v qvalue) bool { return v.measure == measureWeight }) {
			return kindDose
		}
		return kindPermission
	}
	return kindOther
}

// shortQuestion reports whether a question is typed as a few words
// without a question word, a modal or a copula ("dopravine
// bijwerkingen?", "dopravine en oxazepam?"): each of its words says what
// it is about.
func shortQuestion(ws []string) bool {
	if len(ws) == 0 || len(ws) > maxShortQuestion || slices.ContainsFunc(ws, func(w string) bool { return questionWords[w] || modals[w] || copulas[w] }) {
		return false
	}
	// a question opened by its verb is a sentence: "Heeft stomen zin bij
	// fluitkeel?", "Bestaat er een vaccin …?", "Helpt …?" (a present
	// tense in -t)
	first := ws[0]
	return !yesNoOpeners[first] && !effectOpeners[first] && !(len(ws) > 1 && ws[1] == "er") &&
		!(strings.HasSuffix(first, "t") && utf8.RuneCountInString(first) >= minVerbStem)
}

// maxShortQuestion is the most words of a question typed as a few nouns
// (shortPatientQuestion).
const maxShortQuestion = 6

// shortPatientQuestion reports whether a question is typed as a few words
// without a question word or a verb of its own, naming a patient by a
// population or a value: "korvidine tijdens borstvoeding?", "morvastine
// zalf baby 1 jaar?". It asks whether the drug may be used for that
// patient, as "Mag korvidine tijdens de borstvoeding?" does: a statement
// about pregnancy is no answer.
func shortPatientQuestion(text string, ws []string) bool {
	if !shortQuestion(ws) {
		return false
	}
	return len(questionValues(text)) > 0 || slices.ContainsFunc(ws, func(w string) bool {
		return permissionWords[w] || slices.ContainsFunc(populations, func(g *population) bool { return g.shows(w) })
	})
}

// propertyOf reports whether a "Wat is …" question asks a property of
// something rather than what a term means: "Wat is de X van|bij|voor Y?",
// an article, one noun (a hyphenated one is two words: "de
// contra-indicaties van pedolimast") and a preposition that leads what it
// belongs to.
func propertyOf(text string, ws []string) bool {
	if len(ws) < 5 || !articles[ws[2]] || ws[2] == "een" || stopwords[ws[3]] {
		return false
	}
	return ownerPrepositions[ws[4]] ||
		len(ws) > 5 && ownerPrepositions[ws[5]] && strings.Contains(strings.ToLower(text), ws[3]+"-"+ws[4])
}

// ownerPrepositions lead what a property belongs to ("de streefwaarde
// bij tofi", "de incubatietijd van kwelderkoorts", "de interactie tussen
// prelamycine en digoxine").
var ownerPrepositions = setOf("van", "bij", "voor", "tijdens", "na", "tussen")

// askedHeadings returns the headings of a guideline's sections (lower
// case, as prefixes) that answer the question by what it asks: every
// NHG-Standaard keeps its doses under "Medicamenteuze behandeling" and in
// a "Dosering" table, what must not be given under "Contra-indicaties",
// when to refer under "Consultatie en verwijzing" and the follow-up under
// "Controles". A question asks for contra-indications when it asks
// when something may not be given or names them, and, when yesNo is set,
// also when it asks whether something may be given (any yes/no question:
// "Kan tarvomycine een vreemde smaak geven?" is one too).
func askedHeadings(kind string, ws []string, yesNo bool) []string {
	var out []string
	prefixed := func(ps ...string) bool {
		return slices.ContainsFunc(ws, func(w string) bool {
			return slices.ContainsFunc(ps, func(p string) bool { return strings.HasPrefix(w, p) })
		})
	}
	negated := slices.ContainsFunc(ws, func(w string) bool { return w == "geen" || w == "niet" || w == "nooit" })
	if kind == kindDose {
		out = append(out, "dosering", "medicamenteu")
	}
	// what a term means, from a guideline's "Begrippen"; not a property
	// of its subject ("Wat is de oorzaak van …?")
	if kind == kindDefinition && !(len(ws) > 2 && ws[0] == "wat" && (ws[2] == "de" || ws[2] == "het")) {
		out = append(out, definitionHeadings...)
	}
	if kind == kindPermission && yesNo || (kind == kindPermission || kind == kindCondition) && negated || prefixed("contra", "gecontra") {
		out = append(out, "contra-indic", "contraindic")
	}
	if prefixed("verwij", "doorverwij") {
		out = append(out, "verwijz", "consultatie")
	}
	if prefixed("control") || returnVisit(ws) {
		out = append(out, "controle")
	}
	// which drugs a drug meets: a guideline's "Interacties"; not whether
	// it meets one named ("Is er een interactie tussen … en …?"), which
	// the section answers only if it names that one
	if prefixed("interact", "combiner", "gecombineerd") && !(len(ws) > 0 && yesNoOpeners[ws[0]]) {
		out = append(out, "interact")
	}
	return out
}

// definitionHeadings are the headings (lower case, as prefixes) of a
// guideline's definitions: "Begrippen", "Definities".
var definitionHeadings = []string{"begrip", "definitie", "afkorting"}

// asksAdvice reports whether the question asks what the clinician does
// ("Wat smeer ik op …?", "Welk middel geef ik …?"): "ik" is its subject,
// and it asks neither what a term means, nor when a term applies
// ("Wanneer spreek ik van ernstige uitdroging?"), nor how ("Hoe herken ik
// …?", which a definition's features may answer).
func asksAdvice(q question) bool {
	return q.kind != kindDefinition && q.kind != kindCondition && q.kind != kindProcedure && slices.Contains(lowerWords(q.text), "ik")
}

// asksIncidence reports whether a "hoe vaak" question asks how often
// something happens to patients ("Hoe vaak krijgen 70-plussers met
// kwelderkoorts een leverontsteking?", "Hoe vaak komt velaatjicht voor bij
// vrouwen?"), which a share answers ("bij 11%", "een op de vijf"), rather
// than how often the clinician acts ("Hoe vaak controleer ik …?", "Hoe
// vaak laboratoriumcontrole …?") or a drug may be used ("Hoe vaak mag
// mucaflor-keelspray per dag worden gebruikt?", "mucaflor hoe vaak per
// dag?"), which an interval answers: no person acts in it, no modal verb
// permits or obliges, it counts per no period, and it asks for no check.
func asksIncidence(q question) bool {
	if q.detail != detailFrequency {
		return false
	}
	ws := lowerWords(q.text)
	for i, w := range ws { // "hoe vaak per dag": a use per period
		if w == "per" && i+1 < len(ws) && slices.Contains(durationWords, ws[i+1]) {
			return false
		}
	}
	return !slices.ContainsFunc(ws, func(w string) bool {
		return subjectPronouns[w] || strings.Contains(w, "control") || modals[w]
	})
}

// incidenceShown reports whether a text states how often something happens
// among a group of people: a share after "bij" ("bij 8% van de
// patiënten", "bij ongeveer 6%"), before "bij" or "van de" ("0,4% bij
// vrouwen", "15 procent van de patiënten"), or one in so many ("een op de
// vijf vrouwen"). A share of a thing ("meer dan 80% van het
// huidoppervlak") is none.
func incidenceShown(text string) bool {
	ws := lowerWords(strings.ReplaceAll(text, "%", " procent ")) // words drop the sign
	at := func(i int) string {
		if i >= 0 && i < len(ws) {
			return ws[i]
		}
		return ""
	}
	for i, w := range ws {
		if w != "procent" {
			if (isNumber(w) || w == "een" || numberWords[w]) && at(i+1) == "op" && at(i+2) == "de" && (isNumber(at(i+3)) || numberWords[at(i+3)]) {
				return true
			}
			continue
		}
		// "bij 8 procent", "bij ongeveer 6 procent", "0,4 procent bij",
		// "15 procent van de"
		if at(i-2) == "bij" || at(i-3) == "bij" || at(i+1) == "bij" || at(i+1) == "van" && at(i+2) == "de" {
			return true
		}
	}
	return false
}

// incidenceGroup returns the words of a question after "bij" that name
// the group an incidence is asked in ("bij vrouwen"), lower-cased.
func incidenceGroup(ws []string) []string {
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "bij" {
			continue
		}
		j := i + 1
		for j < len(ws) && articles[ws[j]] {
			j++
		}
		if j < len(ws) && !stopwords[ws[j]] && !questionWords[ws[j]] {
			out = append(out, ws[j])
		}
	}
	return out
}

// returnVisit reports whether the words ask about the patient coming back,
// a follow-up the guideline gives under "Controles": the verb "terug…"
// joined ("terugkomen", "terugzien", "terugbellen") or split off ("zie ik
// de patiënt terug").
func returnVisit(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool {
		return w == "terug" || strings.HasPrefix(w, "terug") && strings.HasSuffix(w, "en")
	})
}

// headingShown reports whether the candidate's section path or table
// caption has one of the headings (askedHeadings).
func headingShown(headings []string, c *cand) bool { return underHeading(headings, c.pass.p) }

// underHeading reports whether the passage's section path or table caption
// has one of the headings (askedHeadings).
func underHeading(headings []string, p bronwijzer.Passage) bool {
	if len(headings) == 0 {
		return false
	}
	where := strings.ToLower(p.Section + " " + p.Caption)
	return slices.ContainsFunc(headings, func(h string) bool { return strings.Contains(where, h) })
}

// dosedWord returns X of "dosering (van) (de) X" or "hoeveel (mg) X" in
// the question's words (lower case): what a dose is asked of ("Wat is de
// dosering van digoxine …?", "Hoeveel prelamycine geef ik …?", the last of
// "hoeveel pufjes saltrevol"), the noun after an adjective ("het antivirale middel");
// "" when a preposition, a question word or a number follows the dose word
// ("de dosering bij kinderen"), or when the dose word is a compound that
// names its drug itself ("tarvomycinedosering": a part of at least
// minCompoundRunes before the dose). A compound with a shorter part is a
// kind of dose, of the drug after it ("de maximale dagdosis (van)
// tralvomide", FT-60: left without its drug, the question had been
// answered from the rows of the drug dosed beside it).
func dosedWord(ws []string) string {
	for i, w := range ws {
		how := w == "hoeveel" || w == "hoeveelheid"
		if !doseWord(w) && !how {
			continue
		}
		if prefix, _, _ := strings.Cut(w, "dos"); !how && utf8.RuneCountInString(prefix) >= minCompoundRunes {
			return "" // a compound names its drug itself ("tarvomycinedosering")
		}
		j := i + 1
		for how && j < len(ws) && doseVerbs[ws[j]] {
			j++ // "hoeveel mg tarvomycine"
		}
		if j < len(ws) && ws[j] == "van" {
			j++
		}
		article := j < len(ws) && articles[ws[j]]
		if article {
			j++
		}
		content := func(k int) bool {
			return k < len(ws) && !stopwords[ws[k]] && !questionWords[ws[k]] && !isNumber(ws[k]) && !slotPrepositions[ws[k]]
		}
		if article && content(j) && strings.HasSuffix(ws[j], "e") && content(j+1) {
			j++ // an adjective before its noun: "het antivirale middel"
		}
		if how && content(j) && countNoun(ws[j]) && content(j+1) && !doseVerbs[ws[j+1]] && !yesNoOpeners[ws[j+1]] {
			j++ // a plural counted before the drug: "hoeveel pufjes saltrevol"
		}
		if content(j) {
			return ws[j]
		}
		return ""
	}
	return ""
}

// givingVerbs give or take a drug.
var givingVerbs = setOf("geven", "geef", "geeft", "gebruiken", "gebruikt", "gebruik", "voorschrijven", "schrijf",
	"krijgen", "krijgt", "nemen", "neemt", "innemen", "slikken", "toedienen", "starten", "beginnen")

// givenWord returns what a yes/no question asks whether it may be given:
// the nearest word before a verb of giving or taking that is no person,
// population, number or function word ("Mag ik hydrolan geven tijdens de
// borstvoeding?", "Mag een zwangere cefaloxine gebruiken?", "Mag een moeder
// die borstvoeding geeft beluxaan gebruiken?"); "" when there is none.
func givenWord(ws []string) string {
	// "Mag motrexide bij een kind van 6 maanden?": the verb left out, the
	// drug is the subject, and a preposition says for whom or when
	if len(ws) > 2 && (ws[0] == "mag" || ws[0] == "kan") && ellipsisPrepositions[ws[2]] {
		if v := ws[1]; !stopwords[v] && !personWords[v] && !subjectPronouns[v] && !populationWord(v) && !questionWords[v] && !isNumber(v) {
			return v
		}
	}
	// the passive: "Mag pelmoraxine worden gegeven …?", "Kan
	// hesperamol worden voorgeschreven …?": the drug is the subject, a
	// participle of giving after "worden"
	if len(ws) > 3 && (ws[0] == "mag" || ws[0] == "kan") && ws[2] == "worden" && passiveGiving(ws[3]) {
		if v := ws[1]; !stopwords[v] && !personWords[v] && !subjectPronouns[v] && !populationWord(v) && !questionWords[v] && !isNumber(v) {
			return v
		}
	}
	// the clause's subject is who gives or takes: "ik", "een zwangere",
	// not the drug ("Kan tarvomycine een vreemde smaak geven?")
	if len(ws) < 3 || !(subjectPronouns[ws[1]] || personWords[ws[2]] || populationWord(ws[2]) || personWords[ws[1]]) {
		return ""
	}
	for i, w := range ws {
		if !givingVerbs[w] {
			continue
		}
		for j := i - 1; j >= 1; j-- {
			v := ws[j]
			if stopwords[v] || personWords[v] || isNumber(v) || questionWords[v] || yesNoOpeners[v] || populationWord(v) ||
				slices.Contains(durationWords, v) {
				continue
			}
			return v
		}
	}
	return ""
}

// givingParticiples are the participles of givingVerbs, which follow
// "worden" in a permission question in the passive.
var givingParticiples = setOf("gegeven", "gebruikt", "voorgeschreven", "gekregen", "genomen", "ingenomen", "geslikt", "toegediend", "gestart", "begonnen")

// passiveGiving reports a participle of a verb of giving or taking
// ("gegeven", "gebruikt", "voorgeschreven", "toegediend", "ingenomen").
func passiveGiving(w string) bool { return givingParticiples[w] }

// ellipsisPrepositions follow the drug in a permission question without
// its verb ("Mag motrexide bij …", "Mag pentavir tijdens …").
var ellipsisPrepositions = setOf("bij", "tijdens", "in", "na", "voor", "aan")

// doseWord reports whether a word asks for a dose ("dosis", "dosering",
// "doseer", "doses", the participle "gedoseerd": "Hoe moet fendoraxine
// worden gedoseerd bij …?").
func doseWord(w string) bool {
	return strings.Contains(w, "doser") || strings.Contains(w, "dosis") || strings.HasPrefix(w, "doses") || strings.HasPrefix(w, "doseer") || strings.HasPrefix(w, "gedoseer") ||
		strengthWord(w)
}

// strengthWord reports whether a word asks for the strength of a drug's
// form ("sterkte", "tabletsterktes"): how much of the drug a tablet, a ml
// or a gram holds, a dose's amount.
func strengthWord(w string) bool { return strings.Contains(w, "sterkte") }

// asksMeasure reports whether the question asks for the value of a
// measure: "wat is de / welke / hoe hoog is de" followed by a noun in
// -iteit or -heid ("specificiteit", "nauwkeurigheid"), which a sentence
// answers with a number.
func asksMeasure(ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(w, "iteit") && len(w) > 8 { // sensitiviteit, specificiteit
			return true
		}
	}
	for i, w := range ws {
		if w != "de" && w != "welke" {
			continue
		}
		if i+1 < len(ws) {
			n := ws[i+1]
			if strings.HasSuffix(n, "iteit") || strings.HasSuffix(n, "heid") {
				return i == 0 || ws[i-1] == "is" || ws[i-1] == "was" || w == "welke"
			}
		}
	}
	return false
}

// yesNo reports whether a clause of the question opens with a verb, as a
// yes-or-no question does ("Mag ik …?", "…: is dat veilig?"), and asks
// whether something may, can or must be done or is so: not a clause that
// asks what something has or does ("Heeft dorvaxine invloed op …?",
// effectOpeners).
func yesNo(text string) bool {
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(".:;,?!", r) }) {
		ws := lowerWords(clause)
		if len(ws) > 0 && yesNoOpeners[ws[0]] && !effectOpeners[ws[0]] {
			return true
		}
		// typed without its clause break: "prelamycine borstvoeding mag
		// dat", "vitrexa zwanger kan dat"
		if n := len(ws); n >= 3 && (ws[n-2] == "mag" || ws[n-2] == "kan") && (ws[n-1] == "dat" || ws[n-1] == "het" || ws[n-1] == "dit") {
			return true
		}
	}
	return false
}

// kindShown reports whether a candidate's text gives the kind of answer
// asked: a dose states a dose, an amount a number, a reason a causal
// connective, and so on. Checked on the candidate alone (its context does
// not state anything).
func kindShown(kind string, c *cand) bool {
	text, lower := c.text, c.lower
	if _, cells, ok := strings.Cut(text, captionSep); ok && c.form == formRow {
		// a row's cells, not its caption: "Tabel 1" states no amount
		text, lower = cells, " "+strings.ToLower(cells)+" "
	}
	any := func(ws ...string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return strings.Contains(lower, w) })
	}
	switch kind {
	case kindDose:
		// a row's cell that withholds the drug from the population is the
		// dose advice for it: "Kinderen jonger dan 1 jaar: niet gebruiken";
		// so is one that doses it as adults ("vanaf 12 jaar: als
		// volwassenen"), shown with the adults' row (adultsReferred)
		return statesDose(text) || c.form == formRow && (withholds(lower) || dosedAsAdults(text))
	case kindAmount:
		return hasAmount(text)
	case kindCondition:
		return hasAmount(text) || any(" als ", " indien ", " wanneer ", " zodra ", " tenzij ", " bij ", " na ", " binnen ", " vanaf ", "≥", "≤", " > ", " < ")
	case kindPermission:
		return any(" niet ", " geen ", "gecontra", "contra-indic", "vermijd", "ontraden", "toegestaan", "veilig",
			" kan ", " mag ", " mogen ", "alternatief", "voorkeur", "bezwaar", "voorzichtig")
	case kindList:
		return c.form == formList || strings.Count(text, ",") >= 2 || strings.Contains(text, ";")
	case kindReason:
		return any(" omdat ", " doordat ", " want ", " daardoor ", " reden", " vanwege ", " door ", " waardoor ", " leidt ", " gevolg")
	case kindDefinition:
		return any(" is ", " zijn ", " betekent ", " verstaan ", " houdt ", " heet ", ": ")
	case kindProcedure:
		return c.form == formList || c.form == formPair || any(" eerst ", " daarna ", " vervolgens ", " door ", " met ")
	}
	return true
}

// withholds reports whether a lower-case, space-padded text says not to
// give a drug ("niet gebruiken", "niet geven", "gecontra-indiceerd").
func withholds(lower string) bool {
	return strings.Contains(lower, " niet gebruiken") || strings.Contains(lower, " niet geven") ||
		strings.Contains(lower, "gecontra-indiceerd") || strings.Contains(lower, " niet toedienen")
}

// statesDose reports whether text states a dose: a quantity in a dose unit,
// a number of times a day ("2 dd") or a dose per kilogram.
func statesDose(text string) bool {
	lower := " " + strings.ToLower(text) + " "
	return hasDose(text) || strings.Contains(lower, " dd ") || strings.Contains(lower, "mg/kg")
}

// personWords refer to the patient as a person ("bij iemand die …", "bij
// een vrouw van 40"): the slot then names who, not what the question is
// about.
var personWords = setOf(append(slices.Collect(maps.Keys(patientWords)),
	"niemand", "iedereen", "personen", "mens", "mensen", "patiënten", "vrouwen", "mannen", "cliënten", "ouders", "jongens", "meisjes")...)

// objectSlot reports whether words[i] is the subject pronoun of a
// question's inverted main clause: after the question word and the verb
// ("Hoe behandel ik …"), or after "hoe" with a word of degree and the
// verb ("Hoe vaak meet ik …"). What follows is the verb's object, what the
// question is about, when an article leads it ("… ik een …", "… ik de
// longfunctie …") or when it is one word that ends the question or stands
// before a slot preposition ("Hoe behandel ik refluxklachten bij …?": a
// plural takes no article). "Wat schrijf ik extra voor …" has none. Also
// whether words[i] is the copula after "hoe" and an adjective, before an
// article: its subject is what the question is about ("Hoe betrouwbaar is
// de sneltest …?"). And whether words[i] is the verb after "welke" and
// its noun, followed by one word (with its article) that ends the
// question: the clause's subject ("Welke bijwerkingen heeft lindoxan?",
// "Welke bijwerkingen geeft de pil?"). A longer rest may be the verb's
// object or anything else ("Welke CRP-uitslag maakt een bacteriële
// longontsteking … waarschijnlijk?").
func objectSlot(words []string, i int) bool {
	lw := func(k int) string { return strings.ToLower(words[k]) }
	if i == 2 && i+1 < len(words) && lw(0) == "hoe" && copulas[lw(i)] && articles[lw(i+1)] {
		return true // "Hoe betrouwbaar is de sneltest …?": the subject of the copula
	}
	if i == 2 && (lw(0) == "welke" || lw(0) == "welk") && !stopwords[lw(1)] {
		last := len(words) - 1
		if i+2 == last && articles[lw(i+1)] {
			return true
		}
		next := lw(last)
		return i+1 == last && !stopwords[next] && !questionWords[next] && !isNumber(next) && !subjectPronouns[next]
	}
	if i == 3 && i+1 < len(words) && slotPrepositions[lw(0)] && (lw(1) == "welke" || lw(1) == "welk") && !stopwords[lw(2)] {
		// "Met welke middelen geeft kordipram een interactie?": the bare
		// word after the verb of "prep welke X" is the clause's subject,
		// unless a pronoun follows it (then it was no verb: "Bij welke
		// ernstige klachten verwijs ik …?")
		next := lw(i + 1)
		return !stopwords[next] && !questionWords[next] && !isNumber(next) && !subjectPronouns[next] && !articles[next] &&
			!(i+2 < len(words) && subjectPronouns[lw(i+2)])
	}
	// a phrase of a preposition and its noun may stand between the word
	// of degree and the verb: "Hoe snel na inname werkt marocetil?"
	verb := 2
	if len(words) > 4 && lw(0) == "hoe" && degreeWords[lw(1)] && phrasePrepositions[lw(2)] {
		verb = 4
		if articles[lw(3)] {
			verb = 5
		}
	}
	if lw(0) == "hoe" && (i == 1 || i == verb && degreeWords[lw(1)]) && !stopwords[lw(i)] && !questionWords[lw(i)] && !degreeWords[lw(i)] &&
		(i+2 == len(words) || i+3 == len(words) && articles[lw(i+1)]) {
		// "Hoe werkt corvalumide?", "Hoe snel werkt het middel?": the
		// verb after "hoe" (and a word of degree), and its subject, one
		// word (with its article) that ends the question
		next := lw(len(words) - 1)
		return !stopwords[next] && !questionWords[next] && !isNumber(next) && !subjectPronouns[next]
	}
	if i < 2 || i > 3 || i+1 >= len(words) || !subjectPronouns[lw(i)] || !questionWords[lw(0)] ||
		i == 3 && (lw(0) != "hoe" || !degreeWords[lw(1)]) {
		return false
	}
	if articles[lw(i+1)] {
		return true
	}
	next := lw(i + 1)
	return !stopwords[next] && !questionWords[next] && !isNumber(next) && !slotPrepositions[next] &&
		(i+2 == len(words) || slotPrepositions[lw(i+2)] || objectPrepositions[lw(i+2)])
}

// secondQuestion returns where a question's first clause ends when a
// second, opened by a question word, follows it after a comma ("Hoe
// behandel ik nevelpyelitis, welke dosis?"); 0 when there is none.
func secondQuestion(text string) int {
	if i := strings.Index(text, ", "); i > 0 {
		if rest := splitWords(text[i+2:]); len(rest) > 0 && questionWords[strings.ToLower(rest[0])] {
			return i
		}
	}
	return 0
}

// phrasePrepositions lead a phrase of time or circumstance inside a
// question's opening ("Hoe snel na inname …", "Hoe lang tijdens de kuur
// …").
var phrasePrepositions = setOf("na", "voor", "tijdens", "bij", "in", "met", "zonder", "vanaf")

// objectPrepositions may follow a bare object and lead where or how it is
// ("Hoe behandel ik korstvoet aan de handen?", "… eczeem op de voet"):
// the word before them is still the object.
var objectPrepositions = setOf("aan", "op", "in", "onder", "tussen", "rond", "rondom")

// copulas link "hoe" and its adjective to the subject ("Hoe groot is de
// kans …?").
var copulas = setOf("is", "zijn", "was", "waren")

// linkingVerbs link a subject to its predicate as a copula does: "Wanneer
// heet roestknie chronisch?", "Wanneer wordt X ernstig genoemd?"
var linkingVerbs = setOf("heet", "heten", "wordt", "worden", "blijft", "blijven", "lijkt", "lijken")

// degreeWords follow "hoe" in a question that asks how much of something
// ("Hoe vaak …", "Hoe lang …").
var degreeWords = setOf("vaak", "lang", "snel", "veel", "hoog", "laag", "groot", "ver", "vroeg", "laat")

var articles = setOf("een", "de", "het")

// compoundPrefix matches the parts of a hyphenated compound before its
// last, the head that says what it is ("urine-incontinentie" is an
// incontinentie).
var compoundPrefix = regexp.MustCompile(`(?:[\p{L}\d]+-)+(\p{L})`)

// verbParticles are the particles of Dutch separable verbs that end a
// clause ("voeg … toe", "zet … af", "bouw … op").
var verbParticles = setOf("toe", "af", "op", "aan", "uit", "in", "mee", "door", "om", "terug", "weg", "bij", "na", "voor", "over")

// subjectPronouns follow the verb of an inverted clause ("stuur ik").
var subjectPronouns = setOf("ik", "je", "jij", "u", "we", "wij", "men", "hij", "zij", "ze")

// slotPrepositions introduce what a clinical question is about: the
// condition ("bij osteoporose", "een patiënt met COPD"), what a property
// belongs to ("de behandeling van een enkeldistorsie") or the complaint a
// remedy is for ("Wat helpt tegen opvliegers?"), and the agent or cause
// ("vergoed door de zorgverzekeraar", "cellulitis door korstvoet").
var slotPrepositions = setOf("bij", "met", "van", "naar", "tegen", "door")

// subjectSlots returns the word after each slot preposition that names
// what the question is about, as the question writes it: the first
// content word after the article, or, when that is an attributive
// adjective (after an article, a word in -e before another content word:
// "bij een acute middenoorontsteking", "een diepe veneuze trombose"), the
// noun it goes with; of a hyphenated compound, its last part. The
// question's values ("van 8 jaar") are passed over; a word that names a
// population ("bij een peuter": the qualifier rules read those;
// namesPopulation) or the patient as a person ("bij iemand die …") names no
// subject.
func subjectSlots(a Analyzer, q question) ([]string, []string) {
	var objects []string
	// a value stays a number in its place: the word after "met een eGFR
	// van 20" is not what "van" leads ("… van 20 braakt aanhoudend")
	marked := []byte(withoutValues(q.text, q.values))
	for _, v := range q.values {
		marked[v.start] = '0'
	}
	text := compoundPrefix.ReplaceAllString(string(marked), "$1")
	words := splitWords(text)
	// a question of two clauses, the second opened by a question word
	// after a comma, asks each ("Hoe behandel ik nevelpyelitis, welke
	// dosis?"): its first clause ends where the comma stands, and the
	// object that ends it is what it is about
	first := words
	if i := secondQuestion(text); i > 0 {
		first = words[:len(splitWords(text[:i]))]
	}
	objectAt := func(i int) bool {
		if i < len(first) && len(first) < len(words) {
			return objectSlot(first, i)
		}
		return objectSlot(words, i)
	}
	content := func(j int) bool {
		if j >= len(words) {
			return false
		}
		lw := strings.ToLower(words[j])
		return !stopwords[lw] && !questionWords[lw] && !isNumber(lw) && !slotPrepositions[lw]
	}
	var out []string
	for i, w := range words {
		// "op" and an article after a slot's word lead its complement,
		// what of it the question asks ("de sneltest op het pluimvirus",
		// "de kans op een recidief"); not the particle of a verb ("waar
		// … met diabetes op letten")
		complement := strings.EqualFold(w, "op") && i > 0 && slices.Contains(out, words[i-1]) &&
			i+1 < len(words) && articles[strings.ToLower(words[i+1])]
		// the object of a relative clause on the patient: "bij een
		// patiënt die beluxaan gebruikt" is about beluxaan
		relative := strings.EqualFold(w, "die") && i > 0 && personWords[strings.ToLower(words[i-1])]
		// what a share is of, in a question how often something happens
		// to patients: the noun an article leads after the verb ("Hoe
		// vaak krijgen 70-plussers met kwelderkoorts een leverontsteking?",
		// "Hoe vaak komt een recidief voor?") or the noun right after it
		// ("Hoe vaak komt geelzucht voor …?"); a share of another event is
		// no answer
		event := q.incidence && i > 2 && articles[strings.ToLower(w)] && !slotPrepositions[strings.ToLower(words[i-1])]
		bare := q.incidence && i == 2 && strings.EqualFold(words[0], "hoe") && i+1 < len(words) && !articles[strings.ToLower(words[i+1])] &&
			!slotPrepositions[strings.ToLower(words[i+1])]
		// "hoe vaak abces bij kinderen?": no verb, the event right after
		// "hoe vaak", before a slot preposition
		verbless := q.incidence && i == 1 && strings.EqualFold(words[0], "hoe") && i+2 < len(words) && slotPrepositions[strings.ToLower(words[i+2])]
		// what the patient uses: "Patiënt gebruikt temazepam. Mag
		// squamotril?" is about temazepam too (not "… gebruik ik")
		uses := (strings.EqualFold(w, "gebruikt") || strings.EqualFold(w, "slikt")) && i > 0 && !subjectPronouns[strings.ToLower(words[i-1])]
		// two things the question puts side by side: "tussen velamistat en
		// warfarine", "Mytilaxol en warfarine: …" at its start; both are
		// what it is about
		between := strings.EqualFold(w, "tussen") ||
			strings.EqualFold(w, "en") && (i == 1 || i >= 3 && strings.EqualFold(words[i-2], "tussen") || i == 2 && articles[strings.ToLower(words[0])])
		if between && strings.EqualFold(w, "en") && i == 1 && content(0) && !slices.Contains(out, words[0]) {
			out = append(out, words[0]) // the first of the two at the start
		}
		if i == 1 && slotPrepositions[strings.ToLower(w)] && content(0) && !slices.Contains(out, words[0]) &&
			!personWords[strings.ToLower(words[0])] && !namesPopulation(a, strings.ToLower(words[0])) && !infinitive(words[0]) {
			// a question that opens with what it is about and a slot of
			// it, no verb: "brelomycine bij een baby van 8 kg?"
			out = append(out, words[0])
		}
		// the object of a clause on the clinician's act that a
		// conjunction of time opens, before its verb: "… voordat ik
		// pexatrilan start?" is about pexatrilan
		clause := i > 0 && i+2 < len(words) && subjectPronouns[strings.ToLower(w)] && timeConjunctions[strings.ToLower(words[i-1])]
		// a preposition whose object, one word, ends the question: "Wanneer
		// stap ik over op lindoravet?", "… gemaakt worden voor taliprozine?"
		// a question that opens with the object of an infinitive, no
		// question word or finite verb before it: "Graveloxine innemen voor
		// of na het eten?"
		// what "hoeveel" asks the amount of, before a modal or a verb of
		// giving: "Hoeveel paracetamol mag een volwassene …?", "Hoeveel
		// loperamide geef ik …?" (not a plural it counts, nor a unit:
		// askedCount)
		amountOf := i == 1 && strings.EqualFold(words[0], "hoeveel") && len(words) > 3 && content(1) &&
			utf8.RuneCountInString(w) >= 5 && !countNoun(strings.ToLower(w)) && countUnits[strings.ToLower(w)] == nil &&
			!doseVerbs[strings.ToLower(w)] && !personWords[strings.ToLower(w)] && !namesPopulation(a, strings.ToLower(w)) &&
			(modals[strings.ToLower(words[2])] || doseVerbs[strings.ToLower(words[2])])
		// the subject of a copula or modal after a question word, the
		// predicate that ends the question after it: "In welke sterktes is
		// tramsolide verkrijgbaar?", "Vanaf welke leeftijd mag mendaxin
		// gegeven worden?" (the clause's first verb, and no adjective
		// before a noun after it: "Hoeveel praktijken wil graag
		// spraakgestuurde verslaglegging?")
		verb := func(x string) bool { lx := strings.ToLower(x); return copulas[lx] || modals[lx] || linkingVerbs[lx] }
		predicated := i >= 2 && i+1 < len(words) && i+3 >= len(words) && content(i) && content(i+1) && verb(words[i-1]) &&
			!slices.ContainsFunc(words[:i-1], verb) && !strings.HasSuffix(strings.ToLower(words[i+1]), "e") &&
			slices.ContainsFunc(words[:i-1], func(x string) bool { return questionWords[strings.ToLower(x)] }) &&
			utf8.RuneCountInString(w) >= 5 && !personWords[strings.ToLower(w)] && !namesPopulation(a, strings.ToLower(w))
		// the object of a separable verb between the subject pronoun and
		// the particle that ends the question: "Wanneer voeg ik pelorine
		// toe?"
		separated := i >= 3 && i+2 == len(words) && content(i) && subjectPronouns[strings.ToLower(words[i-1])] &&
			verbParticles[strings.ToLower(words[i+1])] && slices.ContainsFunc(words[:i-2], func(x string) bool { return questionWords[strings.ToLower(x)] }) &&
			utf8.RuneCountInString(w) >= 5 && !personWords[strings.ToLower(w)] && !namesPopulation(a, strings.ToLower(w))
		// the subject of a yes/no question's verb before the particle
		// that ends it ("Gaat vederhals vanzelf over?"), and what "Wat
		// als" asks after ("Wat als sorbatrol na een week niet helpt?")
		lw := strings.ToLower(w)
		named := content(i) && utf8.RuneCountInString(w) >= 5 && !personWords[lw] && !namesPopulation(a, lw) && !subjectPronouns[lw]
		particled := i == 1 && len(words) >= 3 && len(words) <= 5 && finite(strings.ToLower(words[0])) && verbParticles[strings.ToLower(words[len(words)-1])]
		whatIf := i == 2 && strings.EqualFold(words[0], "wat") && strings.EqualFold(words[1], "als")
		// the object of the infinitive that a modal and its subject open
		// ("Mag je alcohol drinken tijdens orvixal?"), not an adverb in -e
		// before it ("Kan ik het beste starten …?")
		infObject := i+1 < len(words) && (i == 2 || i == 3 && articles[strings.ToLower(words[2])]) &&
			modals[strings.ToLower(words[0])] && subjectPronouns[strings.ToLower(words[1])] && infinitive(words[i+1]) && !strings.HasSuffix(lw, "e")
		if (amountOf || predicated || separated || named && (particled || whatIf || infObject)) && !slices.Contains(out, w) {
			out = append(out, w)
			continue
		}
		opening := i == 0 && len(words) > 2 && content(0) && !subjectPronouns[strings.ToLower(w)] && (infinitive(words[1]) || finite(words[1])) &&
			!questionWords[strings.ToLower(words[1])] && !personWords[strings.ToLower(w)] && !namesPopulation(a, strings.ToLower(w))
		last := i+2 == len(words) && endPrepositions[strings.ToLower(w)] && !strings.HasSuffix(strings.ToLower(words[i+1]), "en") &&
			!slices.ContainsFunc(words[:i], func(x string) bool { return strings.EqualFold(x, "waar") }) // "waar … op letten": a verb and its particle
		if !slotPrepositions[strings.ToLower(w)] && !objectAt(i) && !complement && !relative && !event && !bare && !verbless && !uses && !between && !clause && !last && !opening {
			continue
		}
		j := i + 1
		if event || opening {
			j = i // the article itself, passed over as a preposition's; the opening object itself
		}
		for j < len(words) && (stopwords[strings.ToLower(words[j])] || approximators[strings.ToLower(words[j])]) &&
			!slotPrepositions[strings.ToLower(words[j])] && !questionWords[strings.ToLower(words[j])] {
			j++ // the article ("precies" before a value too)
		}
		if !content(j) {
			continue // "bij welke …" asks for the slot
		}
		// an adjective after an article, before its noun ("een acute
		// middenoorontsteking"), or without one when its ending says it is
		// an adjective ("met chronische vermoeidheid"); not a noun without
		// one before the next word ("met ambervlekkenziekte
		// thuisblijven"), nor a noun before the verb of an inverted clause
		// ("bij welke kaliumwaarde stuur ik")
		articled := j > i+1 && articles[strings.ToLower(words[i+1])] || event && j > i
		attributive := func(k int) bool {
			lw := strings.ToLower(words[k])
			return strings.HasSuffix(lw, "e") && content(k+1) && (articled || adjectiveEnding(lw) || bareAttributive(words, k))
		}
		for (attributive(j) || content(j+1) && attributive(j+1)) &&
			!(j+2 < len(words) && subjectPronouns[strings.ToLower(words[j+2])]) {
			j++ // an adverb before it too: "een matig verminderde nierfunctie"
		}
		head, lh := words[j], strings.ToLower(words[j])
		// (adults are a population too, which adultsWord reads: "bij een
		// volwassene")
		if personWords[lh] || strings.HasPrefix(lh, "volwassen") || namesPopulation(a, lh) || slices.Contains(out, head) {
			continue
		}
		out = append(out, head)
		if objectAt(i) || event || bare || verbless || uses {
			objects = append(objects, head)
		}
	}
	return out, objects
}

// bareAttributive reports whether words[k], a word in -e after a slot
// preposition without an article, is an adjective before the noun after
// it ("bij lichte rijpvinger"): that noun ends the question or stands
// before a preposition or punctuation, and is no infinitive or plural in
// -en ("met ambervlekkenziekte thuisblijven": a noun before a verb).
func bareAttributive(words []string, k int) bool {
	if k+1 >= len(words) || utf8.RuneCountInString(words[k]) > 7 {
		return false // (a long word in -e is a compound noun: "ambervlekkenziekte")
	}
	next := strings.ToLower(words[k+1])
	if strings.HasSuffix(next, "en") {
		return false
	}
	return k+2 == len(words) || slotPrepositions[strings.ToLower(words[k+2])] || stopwords[strings.ToLower(words[k+2])]
}

// adjectiveEndings are the endings of inflected Dutch adjectives that no
// noun of a clinical question ends in: "chronische", "ernstige",
// "virale", "bacteriële", "actieve".
var adjectiveEndings = []string{"ische", "ige", "ale", "ële", "iele", "ieve", "ieke"}

// adjectiveEnding reports whether a lower-case word ends as an inflected
// adjective (adjectiveEndings), or is an inflected past participle
// ("verminderde", "verhoogde", "gestoorde", "beperkte"): "met verminderde
// weerstand" is about the weerstand.
func adjectiveEnding(w string) bool {
	if (strings.HasSuffix(w, "de") || strings.HasSuffix(w, "te")) && utf8.RuneCountInString(w) > 7 &&
		slices.ContainsFunc([]string{"ge", "ver", "be", "ont"}, func(p string) bool { return strings.HasPrefix(w, p) }) {
		return true
	}
	return slices.ContainsFunc(adjectiveEndings, func(e string) bool {
		return strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2
	})
}

// namesPopulation reports whether a word names a population, by itself
// ("peuter", "zwangere") or as the head of its compound: a compound is what
// its last part says, so "zuigelingenkoliek" is a colic, not an infant.
func namesPopulation(a Analyzer, w string) bool {
	if !populationWord(w) {
		return false
	}
	if us := contentUnits(a, w); len(us) > 0 && len(us[0].parts) > 0 {
		return populationWord(us[0].parts[len(us[0].parts)-1])
	}
	return true
}

// patientWords are the words for the one patient a question is asked
// about ("een vrouw die 10 weken zwanger is", "bij een patiënt met …"):
// who the advice is for, not what the source must say. The plurals are
// not among them: "patiënten" and "mensen" may be what a text is about.
var patientWords = setOf("iemand", "persoon", "patiënt", "patiënte", "vrouw", "man", "meneer", "mevrouw", "cliënt", "jongen", "meisje")

// permissionWords ask whether something may be done, at the end of a
// question typed as a few words ("palatimycine bij borstvoeding
// toegestaan?", "paracetamol zwangerschap veilig?").
var permissionWords = setOf("toegestaan", "veilig", "verantwoord", "geoorloofd", "oké", "ok")

// frameVerbs are the verbs of giving a drug, beside "geven" (a question
// word): how a question asks about the drug ("Mag ik tarvomycine
// voorschrijven?"), not what the source must say ("Tarvomycine is
// gecontra-indiceerd …"). Only questions lose them; a sentence that says
// "voorschrijven" must be supported in it.
var frameVerbs = setOf("voorschrijven", "schrijf", "toedienen", "dien",
	// how a question asks a length ("Hoe lang duurt de behandeling met
	// prelamycine?"): the answer says it with a length, "gedurende 5
	// dagen", not with the verb
	"duurt", "duren")

// withoutFrame blanks the frame verbs of a question and its words for the
// patient, and the "tijd" of "hoeveel tijd" and the noun of a length
// asked ("de duur", lengthNoun): a length the answer says in hours or days
// (askedUnit), not with the word; and the approximators of a value.
func withoutFrame(text string) string {
	lower := strings.ToLower(text)
	length, often := strings.Contains(lower, "hoe lang "), strings.Contains(lower, "hoe vaak ")
	var out []string
	prev := ""
	for _, f := range strings.Fields(text) {
		w := strings.ToLower(strings.Trim(f, ".,;:!?()"))
		frame := frameVerbs[w] || patientWords[w] || length && lastingVerbs[w] || often && occurringVerbs[w] || approximators[w] ||
			prev == "hoeveel" && w == "tijd" || prev != "" && lengthNoun([]string{prev, w}, 1)
		if !frame {
			out = append(out, f)
		}
		prev = w
	}
	return strings.Join(out, " ")
}

// approximators say how exactly the question states its value ("een eGFR
// van precies 30", "ongeveer 20 kilo"): the value is compared, the word
// is no content.
var approximators = setOf(strings.Split(approximatorWords, "|")...)

// approximatorWords are the approximators as a regular expression's
// alternatives (questionEGFRRe, namedValueRe).
const approximatorWords = "ongeveer|precies|circa|exact"

// occurringVerbs ask, in a question how often, that something occurs
// ("Hoe vaak komt velaatjicht voor bij vrouwen?"): the frequency asked,
// which the answer says with a share or a rate ("0,4% bij vrouwen"), not
// with the verb. Not "krijgen": "Hoe vaak krijgen patiënten met X een Y?"
// asks of an event Y, which the verb leads to and a source must name.
var occurringVerbs = setOf("komt", "komen", "voorkomt", "voorkomen")

// lastingVerbs ask, in a question how long, that something lasts ("Hoe
// lang blijven patiënten moe?"): the length asked, which the answer says
// with one ("tot 6 weken"), not with the verb.
var lastingVerbs = setOf("blijft", "blijven", "blijf")
