package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer/retrieval/abbrev"
)

// A question often states the patient's value ("een kind van 8 jaar",
// "een eGFR van 25") where a guideline gives advice per range ("Kinderen
// ≥ 12 jaar: …", "eGFR < 30: …"). A candidate that gives ranges for that
// measure, none of which holds the question's value, is advice for other
// patients: the worst error is a child's dose from the row for older
// children. Four measures are read: age, body weight and eGFR, the ones
// dose tables are split by, and the duration of a pregnancy, by which
// guidelines split advice in pregnancy ("gecontra-indiceerd in het eerste
// trimester", "vanaf week 20"). Ages are compared in months, weights in
// kilograms, pregnancies in weeks of amenorrhoea.

// measure values.
const (
	measureAge       = "age"
	measureEGFR      = "egfr"
	measureGestation = "gestation"
	// measureWeight is a body weight in kilograms, by which guidelines
	// dose children and fluids ("10–20 kg: 700–1000 ml"); a dose per
	// kilogram ("20 mg/kg") is no weight.
	measureWeight = "weight"
	// measureWithin is the span a share or a moment is counted within, in
	// days ("binnen 5 jaar", "binnen een jaar"): a share within a year is
	// none within five
	measureWithin = "within"
)

// withinRe matches a span within which something happens: "binnen 5
// jaar", "binnen een jaar", "binnen twee weken".
var withinRe = regexp.MustCompile(`(?i)\bbinnen\s+(\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(jaar|jaren|maanden|maand|weken|week|dagen|dag)\b`)

// spanNumbers are the numbers withinRe reads in words.
var spanNumbers = map[string]float64{"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
	"negen": 9, "tien": 10, "elf": 11, "twaalf": 12}

// withinDays returns the days of a withinRe match.
func withinDays(text string, m []int) float64 {
	n := spanNumbers[strings.ToLower(text[m[2]:m[3]])]
	if n == 0 {
		n = parseNum(text[m[2]:m[3]])
	}
	switch unit := strings.ToLower(text[m[4]:m[5]]); {
	case strings.HasPrefix(unit, "ja"):
		return 365 * n
	case strings.HasPrefix(unit, "maand"):
		return 365 * n / 12
	case strings.HasPrefix(unit, "we"):
		return 7 * n
	}
	return n
}

// qvalue is a value the question states for a measure, or a range when
// it states a bound ("jonger dan 6 maanden", "eGFR onder 30").
type qvalue struct {
	measure    string
	lo, hi     float64 // equal for a value; ±inf at an open end
	text       string  // as the question says it ("8 weken", "eGFR van 25", "jonger dan 6 maanden")
	start, end int     // byte span of the value (its bound word, number and unit) in the question
}

// point is a stated value.
func point(measure string, v float64) qvalue { return qvalue{measure: measure, lo: v, hi: v} }

// strictGap makes a strict bound exclusive: "jonger dan 6 maanden" does
// not hold 6 months. Values are read to two decimals at most.
const strictGap = 0.001

// questionBounds are the words of a bound in a question: the patient is
// "jonger dan 6 maanden", "onder de 1 jaar", has "een eGFR onder 30".
// Sources state their ranges with fewer (boundRe): "meer dan 2 jaar" in
// a guideline's sentence is as often a duration as an age.
const questionBounds = `≥|>=|>|≤|=<|<=|<|vanaf|boven|onder|jonger dan|ouder dan|lager dan|hoger dan|kleiner dan|groter dan|minder dan|meer dan|lichter dan|zwaarder dan|tot`

// questionBoundRe is a bound word just before a question's value.
var questionBoundRe = regexp.MustCompile(`(?i)(` + questionBounds + `)\s*(?:de\s+|het\s+)?$`)

// unreadableBound stands for a character the document's font could not
// show (extraction reads it as U+FFFD), as where a LaTeX font lacks "≥"
// and "≥ 2 jaar" prints as "� 2 jaar". Before a value it is a bound of
// unknown sense, holding no value: a row for "� 2 jaar" is never the
// dose for a child of 1, nor for one of 3.
const unreadableBound = "\uFFFD"

// boundRange returns the range a bound word op gives number x: from x on
// ("≥", "vanaf"), above it ("ouder dan"), up to it ("≤") or below it
// ("jonger dan", "onder", "tot").
func boundRange(op string, x float64) (lo, hi float64) {
	switch strings.ToLower(op) {
	case unreadableBound:
		return inf, -inf
	case "≥", ">=", "vanaf":
		return x, inf
	case ">", "boven", "ouder dan", "hoger dan", "groter dan", "meer dan", "zwaarder dan":
		return x + strictGap, inf
	case "≤", "=<", "<=":
		return -inf, x
	}
	return -inf, x - strictGap // <, onder, jonger dan, lager dan, kleiner dan, minder dan, lichter dan, tot
}

// asBound turns value v, stated at text[start:], into a range when a bound
// word stands just before it; the range's text then starts at that word.
func asBound(text string, start int, v qvalue) qvalue {
	m := questionBoundRe.FindStringSubmatchIndex(text[:start])
	if m == nil {
		return v
	}
	v.lo, v.hi = boundRange(text[m[2]:m[3]], v.lo)
	v.start, v.text = m[0], text[m[0]:v.end]
	return v
}

// bound is a range a candidate gives for a measure.
type bound struct {
	measure string
	lo, hi  float64 // inclusive; ±inf when open
	// start and end are where the range stands in the text (byte
	// offsets); both 0 for a trimester, named by its ordinal.
	start, end int
	// untilAdult: a children's range written open upward ("kinderen
	// vanaf 12 jaar"), which ends at adulthood (childrenBefore)
	untilAdult bool
}

const inf = 1e18

// caseWords are the words a case names its patient by before a name and
// an age ("Mevrouw de Vries (82)", "Meneer Bakker (73)").
const caseWords = `man|vrouw|patiënte?|meneer|mevrouw|heer|dame|jongen|meisje`

var (
	// (with "mnd", the Dutch abbreviation of months a table writes in its
	// age bands: "Kinderen 6 mnd–5 jaar", groff's FT-209)
	ageUnit = `(jaar|jarigen|jarige|jaren|maanden|maand|mnd|weken|week)`
	// "kind van 8 jaar", "8-jarige", "4-jarigen", "baby van 10 maanden"
	questionAgeRe = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*(?:-\s*)?` + ageUnit + `\b`)
	// "70-plussers", "een 65-plusser", "75+'ers": people of that age or
	// older, in a question and in a source
	plusRe = regexp.MustCompile(`(?i)\b(\d+)(?:\s*-?\s*plussers?\b|\+(?:'|’|-)?ers?\b)`)
	// "een man van 45", "mijn patiënte van 82", "Meneer is 81", "Man, 52,
	// …": an age in years without its unit after a word for the patient
	personAgeRe = regexp.MustCompile(`(?i)\b(man|vrouw|patiënte?|volwassene|jongen|meisje|meneer|mevrouw|heer|dame|kind|zoon|dochter|peuter|kleuter|tiener)(?:\s+(?:van|is)\s+|,\s*)(\d{1,3})\b`)
	// "Mevrouw de Vries (82)", "Meneer Bakker (73)": an age in brackets
	// after the patient's word and name, as a case is written
	personBracketAgeRe = regexp.MustCompile(`(?i)\b(?:` + caseWords + `)\b[^()\d.?!:;]{0,40}?\((\d{1,3})(?:\s*(?:jaar|jr\.?))?\)`)
	// a short form of two to eight letters and digits, two capitals at
	// least ("KEI", "CK", "KAT", "QTc": shortFormName), maybe with "-score"
	// or "-waarde", before its value
	namedValueRe = regexp.MustCompile(`\b(\p{L}[\p{L}\d]{1,7})(?:-?score|-?waarde)?\s*(?:van\s+|is\s+|=\s*|:\s*)?(?:een\s+)?(?:(?:` + approximatorWords + `)\s+)?((?:` + questionBounds + `)\s*)?(\d+(?:[.,]\d+)?)\b`)
	// a score's value before its name: "scoort 15 op de BLS-score", "9
	// punten op de KES"
	scoredOnRe   = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*(?:punten\s+)?op\s+de\s+(\p{L}[\p{L}\d]{1,7})(?:-?score|-?schaal)?\b`)
	namedBoundRe = regexp.MustCompile(`\b(\p{L}[\p{L}\d]{1,7})(?:-?score|-?waarde)?\s*(?:van\s+)?((?:≥|>=|>|≤|<=|<|vanaf|boven|onder|hoger dan|lager dan|meer dan|minder dan)\s*)?(\d+(?:[.,]\d+)?)(?:\s*(?:tot en met|tot|–|-|à)\s*(\d+(?:[.,]\d+)?))?(\s*(?:of|en)\s*(?:meer|hoger|minder|lager))?`)
	// "eGFR van 25", "eGFR 25", "eGFR onder (de) 30" (a bound: a range)
	questionEGFRRe = regexp.MustCompile(`(?i)egfr\s*(?:van|is|=|:)?\s*(?:(?:` + approximatorWords + `)\s*)?(` + questionBounds + `)?\s*(?:de\s+)?(\d+(?:[.,]\d+)?)`)
	// bounds: "≥ 12 jaar", "< 30", "vanaf 6 maanden", "jonger dan 2 jaar"
	// U+FFFD is a comparator the PDF's font could not show (unreadableBound).
	// "eGFR lager dan 30" too (a level's comparison: a bound only where
	// the measure is named, measureOf; not "meer dan 3 dagen", a length)
	boundRe = regexp.MustCompile(`(?i)(≥|>=|>|≤|=<|<=|<|\x{FFFD}|vanaf|boven|onder|jonger dan|ouder dan|lager dan|hoger dan|kleiner dan|groter dan|tot)\s*(\d+(?:[.,]\d+)?)\s*` + ageUnit + `?`)
	// the start of a question's range of ages, before its end's number
	// and unit: "kinderen van 12 tot 17 jaar", "6-11 jaar"
	questionRangeStartRe = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s*(?:tot en met|t/m|tot|–|-)\s*$`)
	// a range in words: "kinderen van 6 tot 12 jaar" (the 12th birthday
	// excluded, as "tot 12 jaar" excludes it), "van 2 tot en met 5 jaar"
	// A range without "van" heads a population's row or cell ("Kinderen 6
	// tot en met 11 jaar", "Patiëntgroep: 2 tot 6 jaar": fromToBare).
	fromToRe = regexp.MustCompile(`(?i)\b(van\s+)?(\d+(?:[.,]\d+)?)\s*(?:` + ageUnit + `\s*)?(tot en met|t/m|tot)\s*(\d+(?:[.,]\d+)?)\s*` + ageUnit + `\b`)
	// a band of ages closed at both ends by comparators: "≥ 1 tot < 6
	// jaar", "> 2 en ≤ 5 jaar", "vanaf 6 tot 12 jaar" (its "< 6 jaar" no
	// bound of its own)
	ageBandRe = regexp.MustCompile(`(?i)(≥|>=|>|vanaf)\s*(\d+(?:[.,]\d+)?)\s*(?:` + ageUnit + `\s*)?(tot en met|t/m|tot|en)\s*(<|≤|<=|=<)?\s*(\d+(?:[.,]\d+)?)\s*` + ageUnit + `\b`)
	// a range in words of a measure without a unit of age: "(eGFR) van 30
	// tot 59 ml/min", "tussen 30 en 60"
	valueFromToRe = regexp.MustCompile(`(?i)\b(?:van|tussen)\s+(\d+(?:[.,]\d+)?)\s*(tot en met|t/m|tot|en)\s*(\d+(?:[.,]\d+)?)\b`)
	// a level open at one end: "eGFR 15 of hoger", "een eGFR van 30
	// ml/min/1,73 m² of meer", "eGFR 10 of lager" (measureOf names it)
	levelOrMoreRe = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s*(?:ml/min(?:/1[.,]73\s*m(?:2|²))?\s*)?(?:of|en)\s+(hoger|meer|lager|minder)\b`)
	// the same right after the measure's name: "eGFR 30 tot 60 ml/min"
	namedFromToRe = regexp.MustCompile(`(?i)\begfr\s*:?\s*(\d+(?:[.,]\d+)?)\s*(tot en met|t/m|tot)\s*(\d+(?:[.,]\d+)?)\b`)
	// ranges: "30–59", "2-11 jaar", "1 maand – 1 jaar"
	rangeRe = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*(?:` + ageUnit + `\s*)?[–-]\s*(\d+(?:[.,]\d+)?)\s*` + ageUnit + `?`)
	// a pregnancy's week: "week 20", "de 12e week"
	weekNumberRe = regexp.MustCompile(`(?i)\bweek\s*(\d+)\b|\b(\d+)\s*(?:e|ste|de)\s+week\b`)
	// an open upper end: "28 weken of langer", "70 jaar of ouder", "60
	// jaar en ouder"
	orMoreRe = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s*` + ageUnit + `\s+(?:of|en)\s+(?:langer|ouder|meer)`)
	// weights: "15 kilo", "45 kg", "8 kilogram" (not "mg/kg": a kilo unit
	// right after a number); bounds "< 5 kg", "vanaf 40 kg"; ranges
	// "10–20 kg"; "40 kg of meer", "40 kg en zwaarder"
	weightUnit       = `(?:kg|kilo|kilogram|kilo's)\b`
	questionWeightRe = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s*` + weightUnit)
	weightBoundRe    = regexp.MustCompile(`(?i)(≥|>=|>|≤|=<|<=|<|\x{FFFD}|vanaf|boven|onder|tot|lichter dan|zwaarder dan|minder dan|meer dan)\s*(\d+(?:[.,]\d+)?)\s*` + weightUnit)
	weightRangeRe    = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s*(?:kg\s*)?[–-]\s*(\d+(?:[.,]\d+)?)\s*` + weightUnit)
	weightOrMoreRe   = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s*` + weightUnit + `\s+(?:of|en)\s+(?:meer|zwaarder)`)
	// a weight band in words: "Kinderen 15 tot 30 kg", "van 10 tot en met
	// 20 kg", "tussen 10 en 20 kg" (its "tot 30 kg" no bound of its own)
	weightFromToRe = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s*(?:kg\s*)?(tot en met|t/m|tot|en)\s*(\d+(?:[.,]\d+)?)\s*` + weightUnit)
	// a band closed at both ends by comparators: "≥ 20 tot < 40 kg", "> 10
	// en ≤ 20 kg", "vanaf 20 tot 40 kg" (its "< 40 kg" no bound of its own)
	weightBandRe = regexp.MustCompile(`(?i)(≥|>=|>|vanaf)\s*(\d+(?:[.,]\d+)?)\s*(?:kg\s*)?(tot en met|t/m|tot|en)\s*(<|≤|<=|=<)?\s*(\d+(?:[.,]\d+)?)\s*` + weightUnit)
	// the trimesters of a pregnancy, named by their ordinals before
	// "trimester(s)", in words or figures: "in het tweede en derde
	// trimester", "Zwangerschap, 2e en 3e trimester"
	trimesterRe = regexp.MustCompile(`(?i)((?:(?:eerste|tweede|derde|[123](?:e|ste|de))\s*(?:,|en|of|tot en met|t/m)?\s*)+)trimesters?\b`)
)

// trimesters in weeks of amenorrhoea: the first runs to 13 weeks, the
// second to 28, the third to term. A table writes the ordinal in figures
// ("1e trimester"): PDF::API2's FT-88 and Hugo's FT-89 had given the row
// for the first trimester to a woman 28 weeks pregnant and that for the
// second and third to one of 10 weeks.
var trimesters = map[string]bound{
	"eerste": {measure: measureGestation, lo: 0, hi: 12.99},
	"tweede": {measure: measureGestation, lo: 13, hi: 27.99},
	"derde":  {measure: measureGestation, lo: 28, hi: inf},
}

func init() {
	for _, o := range []struct{ figure, word string }{{"1", "eerste"}, {"2", "tweede"}, {"3", "derde"}} {
		for _, suffix := range []string{"e", "ste", "de"} {
			trimesters[o.figure+suffix] = trimesters[o.word]
		}
	}
}

// pregnancyWords mark a pregnancy near a number of weeks.
var pregnancyWords = []string{"zwanger", "amenorroe", "trimester", "gestatie", "graviditeit", "in verwachting", "bevalling", "partus"}

// aboutPregnancy reports whether text, the words around a number of
// weeks, speaks of a pregnancy.
func aboutPregnancy(text string) bool {
	lower := strings.ToLower(text)
	return slices.ContainsFunc(pregnancyWords, func(w string) bool { return strings.Contains(lower, w) })
}

// around returns up to n bytes of text on either side of [start, end),
// cut at rune boundaries.
func around(text string, start, end, n int) string {
	from, to := max(0, start-n), min(len(text), end+n)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	return text[from:to]
}

func parseNum(s string) float64 {
	f, _ := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	return f
}

// months converts an age to months.
func months(v float64, unit string) float64 {
	switch {
	case strings.HasPrefix(unit, "maand"), strings.EqualFold(unit, "mnd"):
		return v
	case strings.HasPrefix(unit, "week"), strings.HasPrefix(unit, "weken"):
		return v / 4.345
	}
	return v * 12
}

// weeks converts a duration of pregnancy to weeks.
func weeks(v float64, unit string) float64 {
	switch {
	case strings.HasPrefix(unit, "week"), strings.HasPrefix(unit, "weken"):
		return v
	case strings.HasPrefix(unit, "maand"), strings.EqualFold(unit, "mnd"):
		return v * 4.345
	}
	return v * 52
}

// questionValues returns the ages, eGFR values and durations of pregnancy
// the question states. A number of weeks or months next to words of
// pregnancy ("8 weken zwanger", "zwanger van 30 weken", "een
// amenorroeduur van 28 weken") is the pregnancy's duration, not an age.
func questionValues(text string) []qvalue {
	var out []qvalue
	for _, m := range questionAgeRe.FindAllStringSubmatchIndex(text, -1) {
		v, unit := parseNum(text[m[2]:m[3]]), text[m[4]:m[5]]
		val := point(measureAge, months(v, unit))
		if !strings.HasPrefix(unit, "ja") && aboutPregnancy(around(text, m[0], m[1], 25)) {
			val = point(measureGestation, weeks(v, unit))
		}
		val.text, val.start, val.end = text[m[0]:m[1]], m[0], m[1]
		if r := questionRangeStartRe.FindStringSubmatchIndex(text[:m[0]]); r != nil && val.measure == measureAge {
			// "van 12 tot 17 jaar": the ages from the first birthday to
			// the one after the last, as a source's "12–17 jaar" runs
			lo := parseNum(text[r[2]:r[3]])
			val.lo, val.hi = months(lo, unit), months(v+1, unit)-0.01
			val.text, val.start = text[r[0]:m[1]], r[0]
			out = append(out, val)
			continue
		}
		val = asBound(text, m[0], val)
		if val.measure == measureAge && val.start == m[0] && !agedNumber(text, m[0], m[1], unit) {
			continue // a length of time: "gebruikt 4 maanden kordipram", "sinds 2 weken"
		}
		out = append(out, val)
	}
	for _, m := range withinRe.FindAllStringSubmatchIndex(text, -1) {
		// (its number only is the value: "binnen" and the unit stay words
		// the sources must name)
		val := point(measureWithin, withinDays(text, m))
		val.text, val.start, val.end = text[m[0]:m[1]], m[2], m[3]
		out = append(out, val)
	}
	for _, m := range plusRe.FindAllStringSubmatchIndex(text, -1) {
		val := qvalue{measure: measureAge, lo: months(parseNum(text[m[2]:m[3]]), "jaar"), hi: inf}
		val.text, val.start, val.end = text[m[0]:m[1]], m[0], m[1]
		out = append(out, val)
	}
	for _, m := range trimesterRe.FindAllStringSubmatchIndex(text, -1) {
		// "in het eerste trimester": the weeks of that trimester (or of
		// the first to the last trimester named)
		lo, hi := inf, -inf
		for _, w := range lowerWords(text[m[2]:m[3]]) {
			if b, ok := trimesters[w]; ok {
				lo, hi = min(lo, b.lo), max(hi, b.hi)
			}
		}
		if lo <= hi {
			val := qvalue{measure: measureGestation, lo: lo, hi: hi, text: text[m[0]:m[1]], start: m[0], end: m[1]}
			out = append(out, val)
		}
	}
	for _, m := range personAgeRe.FindAllStringSubmatchIndex(text, -1) {
		// "een man van 45": years, whatever word follows ("Man van 78 kan
		// geen torvaxine krijgen"), unless it is a unit ("van 45 kilo",
		// "van 8 maanden", read above)
		rest := strings.TrimLeft(text[m[1]:], " ")
		if ws := lowerWords(rest); len(ws) > 0 && strings.HasPrefix(strings.ToLower(rest), ws[0]) && (unitWord(ws[0]) || slices.Contains(lengthUnits, ws[0])) ||
			strings.HasPrefix(rest, "%") || startsWord(rest, "procent") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsDigit(r) {
			continue
		}
		val := point(measureAge, months(parseNum(text[m[4]:m[5]]), "jaar"))
		val.text, val.start, val.end = text[m[0]:m[1]], m[4], m[5]
		out = append(out, val)
	}
	for _, m := range personBracketAgeRe.FindAllStringSubmatchIndex(text, -1) {
		val := point(measureAge, months(parseNum(text[m[2]:m[3]]), "jaar"))
		val.text, val.start, val.end = text[m[0]:m[1]], m[2], m[3]
		out = append(out, val)
	}
	for _, m := range weekNumberRe.FindAllStringSubmatchIndex(text, -1) {
		n := m[2:4]
		if n[0] < 0 {
			n = m[4:6]
		}
		if aboutPregnancy(around(text, m[0], m[1], 25)) {
			val := point(measureGestation, parseNum(text[n[0]:n[1]]))
			val.text, val.start, val.end = text[m[0]:m[1]], m[0], m[1]
			out = append(out, asBound(text, m[0], val))
		}
	}
	for _, m := range questionWeightRe.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > 0 && text[m[0]-1] == '/' {
			continue
		}
		val := point(measureWeight, parseNum(text[m[2]:m[3]]))
		val.text, val.start, val.end = text[m[0]:m[1]], m[0], m[1]
		if r := questionRangeStartRe.FindStringSubmatchIndex(text[:m[0]]); r != nil {
			// "van 40 tot 60 kg", "40–60 kg": the weights of a band of
			// patients, "tot" leaving its upper end to the next band as
			// a source's "15 tot 30 kg" does (weightBounds); it had been
			// read as "tot 60 kg", any weight under 60
			if lo := parseNum(text[r[2]:r[3]]); lo < val.lo {
				val.lo, val.text, val.start = lo, text[r[0]:m[1]], r[0]
				if sep := strings.ToLower(strings.TrimSpace(text[r[3]:r[1]])); sep == "tot" {
					val.hi -= strictGap
				}
				out = append(out, val)
				continue
			}
		}
		out = append(out, asBound(text, m[0], val))
	}
	for _, m := range namedValueRe.FindAllStringSubmatchIndex(text, -1) {
		// "een KEI van 5", "CK van 7000 U/l", "KAT-score 8": the value of
		// a score or laboratory value the question names by its short form
		name := strings.ToLower(text[m[2]:m[3]])
		if name == measureEGFR || !shortFormName(text[m[2]:m[3]]) {
			continue
		}
		val := point(namedMeasure(name), parseNum(text[m[6]:m[7]]))
		val.text, val.start, val.end = text[m[0]:m[1]], m[6], m[7]
		if m[4] >= 0 { // "CK boven 5000"
			val.lo, val.hi = boundRange(strings.TrimSpace(text[m[4]:m[5]]), val.lo)
			val.start = m[4]
		}
		out = append(out, val)
	}
	for _, m := range scoredOnRe.FindAllStringSubmatchIndex(text, -1) {
		// "scoort 15 op de BLS-score", "9 punten op de KES": the value
		// before the score's name
		name := strings.ToLower(text[m[4]:m[5]])
		if name == measureEGFR || !shortFormName(text[m[4]:m[5]]) {
			continue
		}
		val := point(namedMeasure(name), parseNum(text[m[2]:m[3]]))
		val.text, val.start, val.end = text[m[0]:m[1]], m[2], m[3]
		out = append(out, val)
	}
	for _, m := range questionEGFRRe.FindAllStringSubmatchIndex(text, -1) {
		val := point(measureEGFR, parseNum(text[m[4]:m[5]]))
		val.text, val.start, val.end = text[m[0]:m[1]], m[4], m[5]
		if m[2] >= 0 { // "eGFR onder 30"
			val = asBound(text, m[4], val)
			val.text = text[m[0]:m[1]]
		} else if r := questionEGFRRangeRe.FindStringSubmatchIndex(text[m[5]:]); r != nil {
			// "eGFR 30-60", "eGFR 30 tot 60": the range of the patients asked about
			if hi := parseNum(text[m[5]+r[2] : m[5]+r[3]]); hi > val.lo {
				val.hi, val.end = hi, m[5]+r[1]
				val.text = text[m[0]:val.end]
			}
		}
		out = append(out, val)
	}
	return out
}

// questionEGFRRangeRe matches the upper end of an eGFR range right after
// its lower one in a question: "-60", " tot 60", "–59".
var questionEGFRRangeRe = regexp.MustCompile(`^\s*(?:[-–]|tot en met|t/m|tot)\s*(\d+(?:[.,]\d+)?)`)

// withoutValues returns the question with the values it states blanked
// out: a patient's age, eGFR or weeks of pregnancy are compared with the
// ranges of a candidate (valueFit), not looked for as words ("8 weken"
// is in no guideline that says "eerste trimester"). An eGFR's unit goes
// with it: the "1,73" of "eGFR 22 ml/min/1,73 m²" is no number the answer
// must hold, and a table's "eGFR 15–30" names no unit.
func withoutValues(text string, vals []qvalue) string {
	b := []byte(text)
	for _, v := range vals {
		end := v.end
		if m := egfrUnitRe.FindStringIndex(text[end:]); v.measure == measureEGFR && m != nil {
			end += m[1]
		}
		for i := v.start; i < end; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// egfrUnitRe matches the unit after an eGFR's value: "ml/min", "mL/min/1,73
// m²", "ml/min/1.73m2".
var egfrUnitRe = regexp.MustCompile(`^\s*(?i:ml)\s*/\s*min(\s*/\s*1[,.]73\s*m(2|²))?`)

// bounds returns the age, eGFR and pregnancy ranges text gives. A bound
// with an age unit is an age, or a pregnancy's duration when words of
// pregnancy stand near it; one without a unit is an eGFR when "eGFR"
// stands shortly before it. A named trimester is a range of weeks.
func bounds(text string) []bound {
	boundsCache.Lock()
	bs, ok := boundsCache.m[text]
	boundsCache.Unlock()
	if !ok {
		bs = readBounds(text)
		boundsCache.Lock()
		if len(boundsCache.m) >= maxBoundsCache {
			clear(boundsCache.m)
		}
		boundsCache.m[text] = bs
		boundsCache.Unlock()
	}
	return slices.Clip(slices.Clone(bs))
}

// boundsCache keeps the ranges read from a text (readBounds): the rules
// and features ask them of the same candidates and passages again and
// again, and reading them takes a dozen regular expressions over the
// text (a fifth of /v1/ask's time on questions that state an age).
var boundsCache = struct {
	sync.Mutex
	m map[string][]bound
}{m: map[string][]bound{}}

// maxBoundsCache bounds boundsCache; it starts afresh when full.
const maxBoundsCache = 2048

// readBounds reads the ranges of text for bounds.
func readBounds(text string) []bound {
	var out []bound
	measureOf := func(start int, unit string) string {
		if unit != "" {
			if !strings.HasPrefix(unit, "ja") && aboutPregnancy(around(text, start, start+len(unit)+8, 30)) {
				return measureGestation
			}
			return measureAge
		}
		before := strings.ToLower(text[max(0, start-12):start])
		if strings.Contains(before, "egfr") || cellHeaded(text, start, "egfr") {
			return measureEGFR
		}
		return ""
	}
	for _, m := range boundRe.FindAllStringSubmatchIndex(text, -1) {
		op, unit := strings.ToLower(text[m[2]:m[3]]), ""
		if m[6] >= 0 {
			unit = text[m[6]:m[7]]
		}
		ms := measureOf(m[0], unit)
		if ms == "" {
			continue
		}
		v := parseNum(text[m[4]:m[5]])
		switch ms {
		case measureAge:
			v = months(v, unit)
		case measureGestation:
			v = weeks(v, unit)
		}
		b := bound{measure: ms, start: m[0], end: m[1]}
		b.lo, b.hi = boundRange(op, v)
		out = append(out, b)
	}
	for _, m := range fromToRe.FindAllStringSubmatchIndex(text, -1) {
		if m[2] < 0 && !fromToBare(text, m[0]) {
			continue
		}
		m = append([]int{m[0], m[1]}, m[4:]...) // without group 1, "van"
		loUnit, unit := "", text[m[10]:m[11]]
		if m[4] >= 0 {
			loUnit = text[m[4]:m[5]]
		} else {
			loUnit = unit
		}
		ms := measureOf(m[0], unit)
		if ms == "" {
			continue
		}
		// the bound "tot 12 jaar" read above is this range's upper end
		out = slices.DeleteFunc(out, func(b bound) bool { return b.start >= m[0] && b.end <= m[1] })
		lo, hi := parseNum(text[m[2]:m[3]]), parseNum(text[m[8]:m[9]])
		inclusive := !strings.EqualFold(text[m[6]:m[7]], "tot")
		if ms == measureGestation {
			lo, hi = weeks(lo, loUnit), weeks(hi, unit)
		} else {
			lo, hi = months(lo, loUnit), months(hi, unit)
		}
		if inclusive {
			if ms == measureGestation {
				hi += 1 - 0.01
			} else {
				hi = months(parseNum(text[m[8]:m[9]])+1, unit) - 0.01
			}
		} else {
			hi -= strictGap
		}
		out = append(out, bound{measure: ms, lo: lo, hi: hi, start: m[0], end: m[1]})
	}
	for _, m := range ageBandRe.FindAllStringSubmatchIndex(text, -1) {
		unit := text[m[14]:m[15]]
		loUnit := unit
		if m[6] >= 0 {
			loUnit = text[m[6]:m[7]]
		}
		if measureOf(m[0], unit) != measureAge {
			continue
		}
		out = slices.DeleteFunc(out, func(b bound) bool { return b.start >= m[0] && b.end <= m[1] })
		lo, _ := boundRange(text[m[2]:m[3]], months(parseNum(text[m[4]:m[5]]), loUnit))
		hi, op := months(parseNum(text[m[12]:m[13]]), unit), ""
		if m[10] >= 0 {
			op = text[m[10]:m[11]]
		}
		switch word := strings.ToLower(text[m[8]:m[9]]); {
		case op == "<", op == "" && word == "tot":
			hi -= strictGap // "≥ 1 tot < 6 jaar" leaves the 6th birthday to the next band
		case op == "" && word != "en":
			hi = months(parseNum(text[m[12]:m[13]])+1, unit) - 0.01 // "vanaf 6 t/m 11 jaar" runs to the 12th birthday
		}
		out = append(out, bound{measure: measureAge, lo: lo, hi: hi, start: m[0], end: m[1]})
	}
	fromTo := valueFromToRe.FindAllStringSubmatchIndex(text, -1)
	for _, m := range namedFromToRe.FindAllStringSubmatchIndex(text, -1) {
		m[0] = m[2] // "eGFR 30 tot 60": from its first number
		fromTo = append(fromTo, m)
	}
	for _, m := range fromTo {
		// "een eGFR van 30 tot 59 ml/min", "tussen 30 en 60": a range of
		// a measure named before it, its upper end no bound of its own
		if measureOf(m[0], "") != measureEGFR {
			continue
		}
		out = slices.DeleteFunc(out, func(b bound) bool { return b.start >= m[0] && b.start < m[1] })
		lo, hi := parseNum(text[m[2]:m[3]]), parseNum(text[m[6]:m[7]])
		if strings.EqualFold(text[m[4]:m[5]], "tot") {
			hi -= strictGap
		}
		out = append(out, bound{measure: measureEGFR, lo: lo, hi: hi, start: m[0], end: m[1]})
	}
	for _, m := range levelOrMoreRe.FindAllStringSubmatchIndex(text, -1) {
		if measureOf(m[0], "") != measureEGFR || slices.ContainsFunc(out, func(b bound) bool { return b.start <= m[0] && m[0] < b.end }) {
			continue
		}
		b := bound{measure: measureEGFR, lo: parseNum(text[m[2]:m[3]]), hi: inf, start: m[0], end: m[1]}
		if w := strings.ToLower(text[m[4]:m[5]]); w == "lager" || w == "minder" {
			b.lo, b.hi = -inf, b.lo
		}
		out = append(out, b)
	}
	for _, m := range rangeRe.FindAllStringSubmatchIndex(text, -1) {
		loUnit, unit := "", ""
		if m[4] >= 0 {
			loUnit = text[m[4]:m[5]]
		}
		if m[8] >= 0 {
			unit = text[m[8]:m[9]]
		}
		ms := measureOf(m[0], unit)
		if ms == "" {
			continue
		}
		lo, hi := parseNum(text[m[2]:m[3]]), parseNum(text[m[6]:m[7]])
		switch {
		case ms == measureGestation:
			lo, hi = weeks(lo, unit), weeks(hi, unit)
		case ms != measureAge:
		case loUnit != "" && months(1, loUnit) != months(1, unit):
			// "1 maand – 1 jaar" runs to the first birthday, where "≥ 1 jaar" takes over
			lo, hi = months(lo, loUnit), months(hi, unit)
		default:
			lo, hi = months(lo, unit), months(hi+1, unit)-0.01 // "2-11 jaar" runs to the 12th birthday
		}
		out = append(out, bound{measure: ms, lo: lo, hi: hi, start: m[0], end: m[1]})
	}
	for _, m := range orMoreRe.FindAllStringSubmatchIndex(text, -1) {
		unit := text[m[4]:m[5]]
		v, ms := parseNum(text[m[2]:m[3]]), measureOf(m[0], unit)
		lo := months(v, unit)
		if ms == measureGestation {
			lo = weeks(v, unit)
		}
		out = append(out, bound{measure: ms, lo: lo, hi: inf, start: m[0], end: m[1]})
	}
	for _, m := range plusRe.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, bound{measure: measureAge, lo: months(parseNum(text[m[2]:m[3]]), "jaar"), hi: inf, start: m[0], end: m[1]})
	}
	for _, m := range weekNumberRe.FindAllStringSubmatchIndex(text, -1) {
		n := m[2:4]
		if n[0] < 0 {
			n = m[4:6]
		}
		if !aboutPregnancy(around(text, m[0], m[1], 30)) {
			continue
		}
		from := max(0, m[0]-8)
		for from > 0 && !utf8.RuneStart(text[from]) {
			from--
		}
		before := strings.ToLower(text[from:m[0]])
		v := parseNum(text[n[0]:n[1]])
		switch {
		case strings.Contains(before, "vanaf"), strings.Contains(before, "na "):
			out = append(out, bound{measure: measureGestation, lo: v, hi: inf, start: m[0], end: m[1]})
		case strings.Contains(before, "tot "), strings.Contains(before, "voor "), strings.Contains(before, "vóór "):
			out = append(out, bound{measure: measureGestation, lo: -inf, hi: v - 0.01, start: m[0], end: m[1]})
		}
	}
	for _, m := range trimesterRe.FindAllStringSubmatchIndex(text, -1) {
		var tri []bound
		for _, w := range lowerWords(text[m[2]:m[3]]) {
			if b, ok := trimesters[w]; ok {
				tri = append(tri, b)
			}
		}
		// a bound of weeks right after narrows the trimesters:
		// "Zwangerschap, derde trimester tot 36 weken" is weeks 28 to
		// 36, no row for 37 weeks (groff mom's FT-114 had given it)
		if i := slices.IndexFunc(out, func(b bound) bool {
			return b.measure == measureGestation && b.start >= m[1] && b.start <= m[1]+3
		}); i >= 0 && len(tri) > 0 {
			lo, hi := tri[0].lo, tri[0].hi
			for _, t := range tri[1:] {
				lo, hi = min(lo, t.lo), max(hi, t.hi)
			}
			out[i].lo, out[i].hi = max(out[i].lo, lo), min(out[i].hi, hi)
			continue
		}
		out = append(out, tri...)
	}
	for _, m := range withinRe.FindAllStringSubmatchIndex(text, -1) {
		d := withinDays(text, m)
		out = append(out, bound{measure: measureWithin, lo: d, hi: d, start: m[0], end: m[1]})
	}
	for i, b := range out {
		if b.measure == measureAge && b.hi >= inf && b.end > 0 && childrenBefore(text, b.start) {
			out[i].hi, out[i].untilAdult = adultAge-0.01, true
		}
	}
	out = append(out, namedBounds(text)...)
	return append(out, weightBounds(text)...)
}

// fromToBare reports whether a range of ages without "van" at start
// heads a population: it starts its clause or cell ("Patiëntgroep: 6 tot
// 12 jaar") or follows the population's name ("Kinderen 6 tot en met 11
// jaar", "Volwassenen 18 tot 65 jaar"). Elsewhere "2 tot 4 weken" is a
// length of time ("Behandel 2 tot 4 weken").
func fromToBare(text string, start int) bool {
	before := text[:start]
	if j := strings.LastIndexAny(before, ".,;:·()|\n"); j >= 0 {
		before = before[j+1:]
	}
	ws := lowerWords(before)
	if len(ws) == 0 {
		return true
	}
	last := ws[len(ws)-1]
	return strings.HasPrefix(last, "volwassen") || slices.ContainsFunc(populations, func(p *population) bool { return p.byAge && p.shows(last) })
}

// childrenBefore reports whether the words before start, in its clause or
// table cell, name children and not adults: a children's range open
// upward ends at adulthood ("Kinderen vanaf 12 jaar" is no row for a
// patient of 82; "Volwassenen en kinderen vanaf 12 jaar" is).
func childrenBefore(text string, start int) bool {
	before := text[:start]
	if j := strings.LastIndexAny(before, ".,;:·()"); j >= 0 {
		before = before[j+1:]
	}
	ws := lowerWords(before)
	return slices.ContainsFunc(ws, populations[0].shows) && !slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(w, "volwassen") })
}

// shortFormName reports whether a word is a short form that names a
// measure: two capitals at least ("KEI", "CK", "QTc", "HbA1c"), not a
// capitalised word ("Man van 80").
func shortFormName(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// namedMeasure is the measure of a score or laboratory value named by its
// short form ("kei", "ck"): what the document itself calls it.
func namedMeasure(short string) string { return "named:" + short }

// scaleRe matches the statement of a score's whole scale, from 0: "een
// score van 0 tot 12 punten", "Ernstscore van 0 tot 12", "de score loopt
// van 0 tot 12", "loopt van 0 tot en met 12 punten"; not a range of the
// score named by its short form ("bij een RIS-score van 0 tot 3").
var scaleRe = regexp.MustCompile(`(?i)(?:\b(?:een|de)\s+score|\pLscore|\bloopt)\s+van\s+0\s*(?:tot en met|t/m|tot|–|-)\s*(\d+(?:[.,]\d+)?)`)

// fromToAnyRe matches a range in words or with a dash after "van": "van 0
// tot 12", "van 4 tot en met 7".
var fromToAnyRe = regexp.MustCompile(`(?i)\bvan\s+\d+(?:[.,]\d+)?\s*(?:tot en met|t/m|tot|–|-)\s*\d`)

// outsideScale returns the question's value of a score named by its short
// form that lies beyond the scale the retrieved passages state for that
// score (the widest they state), with the scale; nil when there is none. A sentence states the
// scale of the one short form it names ("RIS-score: Ernstscore van 0 tot
// 12, opgebouwd uit …"), or else of the one its passage's own heading
// names, or else the sentence before it ("… de BLS-score (Brand, Laesies,
// Slikklachten). De score telt drie onderdelen op en loopt van 0 tot en
// met 12 punten").
func outsideScale(q question, ps []*prepared) (qvalue, *bound) {
	for _, v := range q.values {
		if !strings.HasPrefix(v.measure, namedMeasure("")) {
			continue
		}
		// the widest scale stated: "een score van 0 tot en met 3 punten
		// geldt als lichte sintelmond" is a grade of it
		var scale *bound
		for _, p := range ps {
			for j, sp := range p.spans {
				m := scaleRe.FindStringSubmatchIndex(sp.Text)
				if m == nil || len(fromToAnyRe.FindAllStringIndex(sp.Text, -1)) > 1 {
					continue // several ranges grade the score: "Een score van 0 tot en met 3 punten geldt als lichte …, een score van 4 tot en met 7 …"
				}
				if strings.HasSuffix(strings.ToLower(strings.TrimSpace(sp.Text[:m[0]])), "bij") {
					continue // a grade: "bij een score van 0-3 volstaan voorlichting en emolliens"
				}
				measures := shortFormsIn(sp.Text)
				if len(measures) == 0 {
					measures = shortFormsIn(ownHeading(p.p.Section))
				}
				if len(measures) == 0 && j > 0 {
					measures = shortFormsIn(p.spans[j-1].Text)
				}
				if len(measures) != 1 || namedMeasure(measures[0]) != v.measure {
					continue
				}
				if hi := parseNum(sp.Text[m[2]:m[3]]); scale == nil || hi > scale.hi {
					scale = &bound{measure: v.measure, lo: 0, hi: hi}
				}
			}
		}
		// (no scale is narrower than a grade the passages give of it: "Een
		// score van 0 tot en met 3 maakt kelderbuik onwaarschijnlijk" is a
		// grade beside "een score van 4 tot en met 7 …", LaTeXML's FT-96)
		for _, p := range ps {
			for _, b := range namedBounds(p.p.Text) {
				top := b.hi
				if top == inf {
					top = b.lo // "van 8 of meer"
				}
				if scale != nil && b.measure == v.measure && top != -inf && top > scale.hi {
					scale = nil
				}
			}
		}
		if scale != nil && (v.lo > scale.hi || v.hi < scale.lo) {
			return v, scale
		}
	}
	return qvalue{}, nil
}

// formatNum writes a number as Dutch text writes it: "12", "2,5".
func formatNum(v float64) string {
	return strings.ReplaceAll(strconv.FormatFloat(v, 'f', -1, 64), ".", ",")
}

// shortFormsIn returns the lower-cased short forms of measures a text
// names, each once: "RIS" of "RIS-score", "KEI"; not "eGFR", an eGFR's
// ranges being read otherwise.
func shortFormsIn(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		lw := strings.ToLower(w)
		if shortFormName(w) && lw != measureEGFR && !slices.Contains(out, lw) {
			out = append(out, lw)
		}
	}
	return out
}

// namedBounds returns the ranges text gives of scores and laboratory
// values named by their short form: "een KEI van 0 tot 3", "KEI 4–7", "een
// KAT-score van 7 of hoger", "een CK boven 5000 U/l", "PES ≤ 3". A
// question's value of it (questionValues) is held by one of them or by
// none: "Wat is het beleid bij een KEI van 5?" is not answered by the
// sentence for a KEI of 0 to 3.
func namedBounds(text string) []bound {
	var out []bound
	for _, m := range namedBoundRe.FindAllStringSubmatchIndex(text, -1) {
		name := strings.ToLower(text[m[2]:m[3]])
		if name == measureEGFR || !shortFormName(text[m[2]:m[3]]) {
			continue
		}
		b := bound{measure: namedMeasure(name), start: m[0], end: m[1]}
		b.lo, b.hi = gradeEnds(text, m[6:8], m[8:10], m[10:12], m[4:6])
		out = append(out, b)
	}
	out = append(out, anaphoricGrades(text, out)...)
	var graded []bound
	for _, b := range out {
		graded = append(graded, gradesAfter(text, b)...)
	}
	return append(out, graded...)
}

// pointFit reports, for the values the question gives of scores named by
// their short forms, whether text grades one of those scores in points
// (pointGrades, where naming the score: graded) and whether a grade holds
// its value (fits), as valueFit does for ages and eGFRs.
func pointFit(vals []qvalue, where, text string) (graded, fits bool) {
	for _, v := range vals {
		if !strings.HasPrefix(v.measure, namedMeasure("")) {
			continue
		}
		gs := pointGrades(v.measure, where, text)
		graded = graded || len(gs) > 0
		fits = fits || slices.ContainsFunc(gs, func(b bound) bool { return v.lo <= b.hi && v.hi >= b.lo })
	}
	return graded, fits
}

// gradeEnds returns the range a grade's match gives, from the spans (byte
// offsets, -1 when absent) of its number, its upper end ("0 tot 3",
// "4–7"), an open end ("of meer", "of lager") and a comparator ("≥").
func gradeEnds(text string, num, upper, open, op []int) (lo, hi float64) {
	v := parseNum(text[num[0]:num[1]])
	switch {
	case upper[0] >= 0:
		return v, parseNum(text[upper[0]:upper[1]])
	case open[0] >= 0 && (strings.Contains(text[open[0]:open[1]], "meer") || strings.Contains(text[open[0]:open[1]], "hoger")):
		return v, inf
	case open[0] >= 0:
		return -inf, v
	case op[0] >= 0:
		return boundRange(strings.TrimSpace(text[op[0]:op[1]]), v)
	}
	return v, v
}

// pointGradeRe matches a grade of a score's totals in points that opens a
// sentence, list item or table cell and is followed by what it means: "0
// tot en met 2 punten: DLA is onwaarschijnlijk", "Score: 3-4 punten ·
// Beleid: …", "6 punten of meer: Hoge kans", "≥ 5 punten: …", the band's
// name in brackets after it or not ("5–9 punten (hoog) · …", Markdown.pl's
// FT-199). Group 1 is a comparator, 2 the (lower) end, 3 the upper end, 4
// "of meer"/"of minder".
var pointGradeRe = regexp.MustCompile(`(?i)(?:^|[\n:·;]|[.!?]\s)\s*(?:score\s*:?\s*)?(?:(≥|>=|>|≤|<=|<)\s*)?(\d+(?:[.,]\d+)?)\s*(?:(?:tot en met|t/m|tot|–|-)\s*(\d+(?:[.,]\d+)?)\s*)?punt(?:en)?(\s+of\s+(?:meer|hoger|minder|lager))?(?:\s*\([^()]*\))?\s*[:·]`)

// pointGrades returns the grades in points (pointGradeRe) text gives of
// the score measure names ("named:dwingel"), when where (the caption and
// own heading of the passage text stands in, gradeContext) names that
// score ("3.3. DWINGEL-score", "Tabel 1b BRASEM-score"): the
// interpretation of a score under its own heading need not repeat its
// name. nil otherwise.
func pointGrades(measure, where, text string) []bound {
	name := strings.TrimPrefix(measure, namedMeasure(""))
	if name == measure {
		return nil
	}
	if b, ok := rowGrade(name, where, text); ok {
		b.measure = measure
		return []bound{b}
	}
	if !namesScore(where, name) {
		return nil
	}
	var out []bound
	for _, m := range pointGradeRe.FindAllStringSubmatchIndex(text, -1) {
		b := bound{measure: measure, start: m[4], end: m[1]}
		b.lo, b.hi = gradeEnds(text, m[4:6], m[6:8], m[8:10], m[2:4])
		out = append(out, b)
	}
	return out
}

// namesScore reports whether where (gradeContext) names the score whose
// short form is name (folded): by that form ("Tabel 1b BRASEM-score") or by
// a caption or heading line it abbreviates, by the rule abbreviations are
// learned with at ingest ("Kempen-puntscore", which the document writes
// "KPS"; groff mom's FT-114).
func namesScore(where, name string) bool {
	if containsToken(strings.ToLower(where), name) {
		return true
	}
	for _, line := range strings.Split(where, "\n") {
		line = strings.TrimLeft(line, "0123456789. ")
		if line != "" && abbrev.Explains(strings.ToUpper(name), line) {
			return true
		}
	}
	return false
}

// rowGradeRe matches a table cell that is a range of a score's totals and
// nothing else: "6-10", "3 of 4", "5 of meer", "7 tot en met 10", "0 tot
// 1 punt", "≥ 6", the band's name in brackets after it or not ("5–9
// punten (hoog)"). Groups as pointGradeRe's; group 5 is the second of two
// values ("3 of 4").
var rowGradeRe = regexp.MustCompile(`(?i)^(?:(≥|>=|>|≤|<=|<)\s*)?(\d+)\s*(?:(?:tot en met|t/m|tot|–|-)\s*(\d+)\s*|of\s+(\d+)\s*)?(?:punt(?:en)?)?(\s*of\s+(?:meer|hoger|minder|lager))?\s*(?:punt(?:en)?)?(?:\s*\([^()]*\))?$`)

// rowGrade reads a table row whose first cell grades the score name (a
// short form, folded) by a range alone: "Totaalscore: 3 of 4 · Kans: … ·
// Beleid: …" under the caption "Beleid naar HELM-score", "WES: 3-5 ·
// Ernst: matig · …", "Score: 0–2 · …" under "Indeling naar PLOOI-score".
// The cell's header names the score, or says it is a score or its points
// where the caption or heading names it (namesScore).
func rowGrade(name, where, text string) (bound, bool) {
	_, cells := rowCells(text)
	if len(cells) < 2 {
		return bound{}, false
	}
	h, v, ok := strings.Cut(cells[0], ": ")
	if !ok {
		return bound{}, false
	}
	m := rowGradeRe.FindStringSubmatchIndex(strings.TrimSpace(v))
	if m == nil {
		return bound{}, false
	}
	generic := slices.ContainsFunc(strings.Fields(strings.ToLower(h)), func(w string) bool {
		return strings.HasSuffix(w, "score") || strings.HasPrefix(w, "punt") || w == "totaal"
	})
	if !namesScore(h, name) && !(generic && namesScore(where, name)) {
		return bound{}, false
	}
	v = strings.TrimSpace(v)
	var b bound
	if m[8] >= 0 {
		// "3 of 4": both values
		b.lo, b.hi = parseNum(v[m[4]:m[5]]), parseNum(v[m[8]:m[9]])
	} else {
		b.lo, b.hi = gradeEnds(v, m[4:6], m[6:8], m[10:12], m[2:4])
	}
	return b, true
}

// gradeRe matches a range that goes on a grading after a named one, in
// the same sentence: ", 5–8 matige kiezelvlek en 9–12 ernstige", ", 8 tot
// en met 15 als matig ernstige", ", een score van 4 tot en met 7 punten
// als matige", "en 8 of hoger als ernstige". Group 1 is the lower end,
// group 2 the upper one (none for "of hoger"), group 3 the word after it.
var gradeRe = regexp.MustCompile(`(?i)(?:,|\ben|\bof)\s+(?:(?:een|de)\s+(?:\p{L}+-?)?score\s+van\s+)?(\d+(?:[.,]\d+)?)\s*(?:(?:tot en met|t/m|tot|–|-)\s*(\d+(?:[.,]\d+)?)|(?:of|en)\s+(?:meer|hoger))(?:\s+punten)?\s+(\p{L}+)`)

// anaphoricScoreRe matches a grade of a score the sentence does not name:
// "Een score van 0 tot 3 geldt als lichte ritselhuid, …".
var anaphoricScoreRe = regexp.MustCompile(`(?i)\b(?:een|de)\s+score\s+van\s+(\d+(?:[.,]\d+)?)\s*(?:tot en met|t/m|tot|–|-)\s*(\d+(?:[.,]\d+)?)`)

// sentenceEnd returns where the sentence or table cell that goes on at i
// ends in text.
func sentenceEnd(text string, i int) int {
	for j := i; j < len(text); j++ {
		switch text[j] {
		case ';', '\n':
			return j
		case '.':
			if j+1 == len(text) || text[j+1] == ' ' {
				return j
			}
		}
		if strings.HasPrefix(text[j:], "·") {
			return j
		}
	}
	return len(text)
}

// gradesAfter returns the ranges that go on, in the same sentence, a
// grading the named range b starts: "Een KES van 1–4 betekent lichte
// kiezelvlek, 5–8 matige kiezelvlek en 9–12 ernstige kiezelvlek" grades
// the KES by all three. A range followed by a unit ("en 2–4 mg") is
// another quantity.
func gradesAfter(text string, b bound) []bound {
	var out []bound
	end := sentenceEnd(text, b.end)
	rest := text[b.end:end]
	for _, m := range gradeRe.FindAllStringSubmatchIndex(rest, -1) {
		if unitWord(rest[m[6]:m[7]]) {
			break
		}
		g := bound{measure: b.measure, lo: parseNum(rest[m[2]:m[3]]), hi: inf, start: b.end + m[0], end: b.end + m[1]}
		if m[4] >= 0 {
			g.hi = parseNum(rest[m[4]:m[5]])
		}
		out = append(out, g)
	}
	return out
}

// unitWord reports whether a word after a number is its unit: "2–4 mg",
// "1–2 weken", "3–5 dagen".
func unitWord(w string) bool {
	w = strings.ToLower(w)
	return slices.Contains(gradeUnits, w) || slices.Contains(durationWords, w)
}

// lengthUnits are units of a body's length: "een man van 180 cm" states
// no age.
var lengthUnits = []string{"cm", "centimeter", "m", "meter", "mm"}

// gradeUnits are the units that make a range after a grade another
// quantity (unitWord).
var gradeUnits = []string{"mg", "g", "µg", "mcg", "microgram", "milligram", "gram", "ml", "l", "kg", "kilo",
	"mmol", "µmol", "mmhg", "keer", "maal", "x", "dd", "per", "stuks", "tabletten", "druppels", "jarigen", "jarige"}

// anaphoricGrades returns the grades of a score a sentence gives without
// naming it ("Een score van 0 tot 3 geldt als lichte ritselhuid, 4 tot 7
// als matige …"), as grades of the score named last before it: a short
// form written with "-score" ("RIS-score") or defined after a word for a
// score ("Kiezelvlek Ernstscore (KES)"). Only a grading, a range that
// other ranges go on in the sentence: "Ernstscore van 0 tot 12" is the
// whole scale (outsideScale), which holds every value.
func anaphoricGrades(text string, named []bound) []bound {
	var out []bound
	for _, m := range anaphoricScoreRe.FindAllStringSubmatchIndex(text, -1) {
		if slices.ContainsFunc(named, func(b bound) bool { return b.start <= m[0] && m[0] < b.end }) {
			continue
		}
		score := lastScoreName(text[:m[0]])
		if score == "" {
			continue
		}
		b := bound{measure: namedMeasure(score), lo: parseNum(text[m[2]:m[3]]), hi: parseNum(text[m[4]:m[5]]), start: m[0], end: m[1]}
		if len(gradesAfter(text, b)) == 0 {
			continue
		}
		out = append(out, b)
	}
	return out
}

// scoreNameRe matches a short form named as a score: "RIS-score", "BLS
// score", "Ernstscore (KES)", "Ernst Score (MES)".
var scoreNameRe = regexp.MustCompile(`\b(\p{L}[\p{L}\d]{1,7})[- ]?score\b|(?i:score)\s*\((\p{L}[\p{L}\d]{1,7})\)`)

// lastScoreName returns the lower-cased short form of the score text names
// last ("ris"), or "".
func lastScoreName(text string) string {
	last := ""
	for _, m := range scoreNameRe.FindAllStringSubmatch(text, -1) {
		w := m[1]
		if w == "" {
			w = m[2]
		}
		if shortFormName(w) {
			last = strings.ToLower(w)
		}
	}
	return last
}

// weightBounds returns the ranges of body weight text gives: "< 5 kg",
// "vanaf 40 kg", "lichter dan 10 kg", "10–20 kg" (both ends held), "40 kg
// of meer", "15 tot 30 kg" (30 kg not held). ikiwiki's FT-104 had read its
// row "Kinderen 15 tot 30 kg" as "tot 30 kg" and given its dose for a
// child of 12 kg, beside the row "Kinderen < 15 kg: niet gebruiken".
func weightBounds(text string) []bound {
	var out []bound
	for _, m := range weightBoundRe.FindAllStringSubmatchIndex(text, -1) {
		b := bound{measure: measureWeight, start: m[0], end: m[1]}
		b.lo, b.hi = boundRange(text[m[2]:m[3]], parseNum(text[m[4]:m[5]]))
		out = append(out, b)
	}
	for _, m := range weightRangeRe.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, bound{measure: measureWeight, lo: parseNum(text[m[2]:m[3]]), hi: parseNum(text[m[4]:m[5]]), start: m[0], end: m[1]})
	}
	for _, m := range weightOrMoreRe.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, bound{measure: measureWeight, lo: parseNum(text[m[2]:m[3]]), hi: inf, start: m[0], end: m[1]})
	}
	for _, m := range weightFromToRe.FindAllStringSubmatchIndex(text, -1) {
		word := strings.ToLower(text[m[4]:m[5]])
		if word == "en" && !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[:m[0]])), "tussen") {
			continue // "2 en 20 kg" is no band; "tussen 10 en 20 kg" is
		}
		// the bound "tot 30 kg" read above is this band's upper end
		out = slices.DeleteFunc(out, func(b bound) bool { return b.start >= m[0] && b.end <= m[1] })
		b := bound{measure: measureWeight, lo: parseNum(text[m[2]:m[3]]), hi: parseNum(text[m[6]:m[7]]), start: m[0], end: m[1]}
		if word == "tot" {
			b.hi -= strictGap // "15 tot 30 kg" leaves 30 kg to the next band
		}
		out = append(out, b)
	}
	for _, m := range weightBandRe.FindAllStringSubmatchIndex(text, -1) {
		out = slices.DeleteFunc(out, func(b bound) bool { return b.start >= m[0] && b.end <= m[1] })
		lo, _ := boundRange(text[m[2]:m[3]], parseNum(text[m[4]:m[5]]))
		hi := parseNum(text[m[10]:m[11]])
		word, op := strings.ToLower(text[m[6]:m[7]]), ""
		if m[8] >= 0 {
			op = text[m[8]:m[9]]
		}
		if op == "<" || op == "" && word == "tot" {
			hi -= strictGap // "≥ 20 tot < 40 kg" leaves 40 kg to the next band
		}
		out = append(out, bound{measure: measureWeight, lo: lo, hi: hi, start: m[0], end: m[1]})
	}
	return out
}

// qualifierCell reports whether a table row's first cell says whom the row
// is for rather than what it is about: a population ("Kinderen vanaf 2
// jaar", "Zwangerschap", "Verminderde nierfunctie (eGFR < 30)",
// "Volwassenen") in its first two words, or a range of weight or age that
// it starts with ("10–20 kg", "< 5 kg", "2-11 jaar", "� 40 kg": a bound
// whose comparator the font could not show, unreadableBound). Such a table doses
// one drug by its rows, the drug named in its caption ("Tabel 2 Hydrolan
// bij matige uitdroging, naar lichaamsgewicht"), or several drugs by its
// columns ("Patiënt | Motrexide | Cefaloxine"): its rows have no subject
// of their own (rowSubject), and the drug asked picks the column
// (rowCand).
func qualifierCell(cell string) bool {
	ws := lowerWords(cell)
	for _, w := range ws[:min(2, len(ws))] {
		if strings.HasPrefix(w, "volwassen") || populationWord(w) {
			return true
		}
	}
	t := strings.TrimSpace(cell)
	r, _ := utf8.DecodeRuneInString(t)
	bs := bounds(t)
	if len(bs) == 0 {
		return false
	}
	// a range, or a measure's range ("eGFR 30–59 ml/min"), not a drug
	// with its strength ("tarvomycine tablet 250 mg")
	return unicode.IsDigit(r) || strings.ContainsRune("<>≤≥"+unreadableBound, r) || len(strings.Fields(t[:bs[0].start])) == 1 && bs[0].measure != ""
}

// valueFit reports, for the question's values, whether the candidate gives
// ranges for one of their measures (ranged) and whether every such measure
// has a range holding the question's value, or meeting the question's own
// range (fits). A candidate without ranges for the measures is neither.
func valueFit(vals []qvalue, text string) (ranged, fits bool) {
	if len(vals) == 0 {
		return false, false
	}
	bs := thereafter(bounds(text), text)
	fits = true
	for _, v := range vals {
		var mine []bound
		for _, b := range bs {
			if b.measure == v.measure {
				mine = append(mine, b)
			}
		}
		if len(mine) == 0 {
			continue
		}
		ranged = true
		if !slices.ContainsFunc(mine, func(b bound) bool { return meets(v, b) }) {
			fits = false
		}
	}
	return ranged, ranged && fits
}

// exampleOther reports whether text works an example for another patient
// than the question's: read as a question is (questionValues), it states
// one age or weight where the question gives one, and no range of it
// (bounds), and no such value is the question's. "Rekenvoorbeeld: een kind van 4
// jaar dat 16 kg weegt krijgt … 4 ml drank per gift" is no dose for a
// child of 25 kg (groff's FT-186 had given such an example to a boy of
// 45 kg; FT-94's to a child of 25 kg).
func exampleOther(vals []qvalue, text string) bool {
	if len(vals) == 0 {
		return false
	}
	ranged := map[string]bool{}
	for _, b := range bounds(text) {
		ranged[b.measure] = true
	}
	points := questionValues(text)
	for _, v := range vals {
		if ranged[v.measure] || v.measure != measureAge && v.measure != measureWeight {
			// (a week of pregnancy, an eGFR or a score written alone is a
			// threshold of the text: "tot een zwangerschapsduur van 20
			// weken", which bounds does not read)
			continue
		}
		stated, held := false, false
		for _, p := range points {
			if p.measure == v.measure && p.lo == p.hi {
				stated = true
				held = held || p.lo >= v.lo && p.lo <= v.hi
			}
		}
		if stated && !held {
			return true
		}
	}
	return false
}

// meets reports whether the question's value lies in range b, or its
// range shares more than an end with b: "eGFR 30-60" asked is not met by
// a row for "eGFR 15–30" (LaTeX's FT-103 had given it for tesmanoxacine,
// which has no row for 30 to 60).
func meets(v qvalue, b bound) bool {
	if v.lo == v.hi || b.lo == b.hi {
		return v.lo <= b.hi && v.hi >= b.lo
	}
	return v.lo < b.hi && v.hi > b.lo
}

// widerGroup reports whether text gives a figure for a wider group than
// the range of ages, eGFRs or weeks a question asks about: how often
// something happens to "kinderen onder de 6 jaar" is not how often it
// happens to "kinderen jonger dan 12 jaar", though the one group holds
// the other. A value of one patient (an age, not a range) is held by any
// range that holds it (valueFit); a group's share needs a range within
// the group's.
func widerGroup(vals []qvalue, text string) bool {
	bs := bounds(text)
	for _, v := range vals {
		if v.lo == v.hi {
			continue
		}
		overlaps, within := false, false
		for _, b := range bs {
			if b.measure != v.measure || b.lo > v.hi || b.hi < v.lo {
				continue
			}
			overlaps = true
			within = within || b.lo >= v.lo-strictGap && b.hi <= v.hi+1
		}
		if overlaps && !within {
			return true
		}
	}
	return false
}

// thereafter adds to the ranges of text the values a limit's clause
// speaks of beyond it. Past an upper limit, when the clause withholds with
// "daarna" or "erna" and a negation: "Fenolastine mag tot week 28 van de
// zwangerschap worden gebruikt, daarna niet meer" answers whether a woman
// 32 weeks pregnant may (no). Before a lower limit that "pas" makes the
// first: "bij kinderen pas vanaf 2 jaar" answers whether a child of 18
// months may (no). Only within the sentence and the table cell ("< 5 kg ·
// Daarna na elke dunne ontlasting: 50 ml" is a weight and a column
// header) and before the next range; never in a text that states a dose
// ("pas vanaf 2 jaar 0,15 mg/kg" is no dose for a younger child).
func thereafter(bs []bound, text string) []bound {
	lower := strings.ToLower(text) // byte offsets: lower-casing keeps them for the words read here
	if len(lower) != len(text) || statesDose(text) {
		return bs // a dose beside the limit is the dose within it, never one past it
	}
	out := bs
	for i, b := range bs {
		if b.end != 0 && (b.hi >= inf || b.untilAdult) && b.lo > -inf {
			// "pas vanaf 2 jaar": not before it either
			before := lower[max(0, b.start-notForBefore):b.start]
			if j := strings.LastIndexAny(before, ".,;:·"); j >= 0 {
				before = before[j+1:]
			}
			if ws := lowerWords(before + lower[b.start:b.end]); slices.Contains(ws, "pas") {
				out = append(slices.Clone(out), bound{measure: b.measure, lo: -inf, hi: b.lo, start: b.start, end: b.end})
			}
			continue
		}
		if b.end == 0 || b.hi >= inf || b.lo > 0 {
			continue // a range with a lower limit says its own values, not an "until"
		}
		rest := lower[b.end:]
		if j := strings.IndexAny(rest, ".;:·"); j >= 0 {
			rest = rest[:j] // the sentence, or the table cell ("< 5 kg · Daarna na elke …: 50 ml" is a header)
		}
		for _, o := range bs[i+1:] {
			if o.start > b.end && o.start-b.end < len(rest) {
				rest = rest[:o.start-b.end]
			}
		}
		ws := lowerWords(rest)
		k := slices.IndexFunc(ws, func(w string) bool { return w == "daarna" || w == "erna" })
		// only a restriction beyond the limit ("daarna niet meer"): a dose
		// after "daarna" ("tot 6 jaar 1 dd 5 mg, daarna 2 dd 5 mg") may be
		// the next step for the same patients, not advice past the limit
		if k >= 0 && slices.ContainsFunc(ws[k+1:], func(w string) bool { return w == "niet" || w == "geen" }) {
			out = append(slices.Clone(out), bound{measure: b.measure, lo: b.hi, hi: inf, start: b.start, end: b.end})
		}
	}
	return out
}

// onlyForOthers reports whether text limits what it says to a range that
// holds none of the question's values of its measure: the range after
// "alleen" or "uitsluitend" in its own clause ("Opmerking: alleen vanaf 6
// jaar; drank 1 mg/ml" for a child of 4). A row whose note says so is no
// row for the patient, whatever its population cell holds (rowCand).
func onlyForOthers(vals []qvalue, text string) bool {
	lower := strings.ToLower(text) // byte offsets: lower-casing keeps them for the words read here
	if len(lower) != len(text) {
		return false
	}
	for _, b := range bounds(text) {
		if b.end == 0 {
			continue
		}
		var mine []qvalue
		for _, v := range vals {
			if v.measure == b.measure {
				mine = append(mine, v)
			}
		}
		if len(mine) == 0 || slices.ContainsFunc(mine, func(v qvalue) bool { return meets(v, b) }) {
			continue
		}
		from := max(0, b.start-notForBefore)
		for from > 0 && lower[from-1] >= 'a' && lower[from-1] <= 'z' {
			from-- // the whole of a word the window cuts into
		}
		before := lower[from:b.start]
		if i := strings.LastIndexAny(before, ".,;:·"); i >= 0 {
			before = before[i+1:] // the range's own clause
		}
		if slices.ContainsFunc(lowerWords(before), func(w string) bool { return w == "alleen" || w == "uitsluitend" }) {
			return true
		}
	}
	return false
}

// notForValue reports whether text says not to give or do something for a
// range that holds one of the question's values: the range after "niet"
// or "geen" ("Trovaprofen: niet bij een eGFR < 60"), or followed by a
// colon and advice against ("eGFR < 30: gecontra-indiceerd" in a dose
// row's cell, where "eGFR 30–59: 1 dd 0,6 mg" before it is a dose).
func notForValue(vals []qvalue, text string) bool {
	bs := bounds(text)
	lower := strings.ToLower(text) // byte offsets: lower-casing keeps them for the words read here
	if len(lower) != len(text) {
		return false
	}
	for _, b := range bs {
		if b.end == 0 || !slices.ContainsFunc(vals, func(v qvalue) bool { return v.measure == b.measure && v.lo <= b.hi && v.hi >= b.lo }) {
			continue
		}
		from := max(0, b.start-notForBefore)
		for from > 0 && (lower[from-1] == '-' || lower[from-1] >= 'a' && lower[from-1] <= 'z') {
			from-- // the whole of a word the window cuts into
		}
		before := lower[from:b.start]
		if i := strings.LastIndexAny(before, ".,;:·"); i >= 0 {
			before = before[i+1:] // the range's own clause
		}
		// ("niet bij een eGFR < 30"; "gecontra-indiceerd bij eGFR < 15",
		// another withholding word with "bij" after it: in "eGFR 30–59:
		// vermijden eGFR < 30: …" the word is the cell before's)
		bw := lowerWords(before)
		for k, w := range bw {
			if w == "niet" || w == "geen" || slices.ContainsFunc(notForWords, func(n string) bool { return strings.HasPrefix(w, n) }) && slices.Contains(bw[k+1:], "bij") {
				return true
			}
		}
		next := len(lower)
		for _, o := range bs { // (bounds are not in the order they stand)
			if o.start >= b.end && o.start < next {
				next = o.start
			}
		}
		after := lower[b.end:next]
		if colon := strings.Index(after, ":"); colon >= 0 && colon <= notForUnit &&
			slices.ContainsFunc(notForWords, func(w string) bool { return strings.HasPrefix(strings.TrimSpace(after[colon+1:]), w) }) {
			return true
		}
		// the range's own clause withholds the drug after it ("bij eGFR
		// < 30 is trevolamide gecontra-indiceerd"), or, in a table row,
		// the cell after the range's ("Patiëntgroep: eGFR < 30 ml/min/1,73
		// m2 · Dosering: gecontra-indiceerd", FT-74)
		if cell, rest, ok := strings.Cut(after, " · "); ok && !strings.ContainsAny(cell, ".;") && len(cell) <= notForUnit {
			if _, v, ok := strings.Cut(rest, ": "); ok && slices.ContainsFunc(notForWords, func(w string) bool { return strings.HasPrefix(v, w) }) {
				return true
			}
		}
		clause := after
		if i := strings.IndexAny(clause, ".;·"); i >= 0 {
			clause = clause[:i]
		}
		if withholds(" " + clause + " ") {
			return true
		}
	}
	return false
}

// notForBefore: "niet" or "geen" within this many bytes before a range,
// in its clause ("niet bij een eGFR < 30"), says the advice is not for it.
// notForUnit: the colon of a cell's range stands within this many bytes
// after it, past its unit ("< 30 ml/min/1,73 m2: …").
const notForBefore, notForUnit = 24, 18

// notForWords open advice against ("eGFR < 30: gecontra-indiceerd").
var notForWords = []string{"gecontra", "contra-indic", "niet", "geen", "vermijd", "ontraden"}

// askedUnit returns the unit a "hoeveel …"/"hoe lang" question asks to be
// counted in ("Hoeveel dagen …?" → days), as the words that show it, or
// nil. A candidate that gives no number in that unit does not answer.
func askedUnit(ws []string) []string {
	for i, w := range ws {
		switch {
		case w == "hoeveel" && i+1 < len(ws):
			if u, ok := countUnits[ws[i+1]]; ok {
				return u
			}
		case w == "hoe" && i+1 < len(ws) && ws[i+1] == "lang":
			return durationWords
		case lengthNoun(ws, i):
			return durationWords
		case w == "hoe" && i+1 < len(ws) && ws[i+1] == "laat":
			return clockWords
		}
	}
	return nil
}

// lengthNoun reports whether ws[i] is the noun of a length asked ("Wat is
// de (maximale) duur van de behandeling …?", "de behandelduur"): a
// question that asks a length as "hoe lang" does, answered with one
// ("gedurende 7 dagen"), not with the noun. Not the adjective ("Is het
// duur?"), nor a point in a length ("Tot welke zwangerschapsduur …?" asks
// a limit).
func lengthNoun(ws []string, i int) bool {
	if i == 0 || !durationNoun(ws[i]) {
		return false
	}
	if ws[i-1] == "welke" {
		return i == 1 || !slotPrepositions[ws[i-2]] && ws[i-2] != "tot" && ws[i-2] != "vanaf"
	}
	return ws[i-1] == "de" || strings.HasSuffix(ws[i-1], "e")
}

// durationNoun reports whether a lower-case word is "duur" or a compound
// with it as its head ("behandelduur", "zwangerschapsduur").
func durationNoun(w string) bool {
	return w == "duur" || strings.HasSuffix(w, "duur") && len(w) > len("duur")+2
}

// clockWords show the time of day a "hoe laat" question asks for: "om 22
// uur", "2 uur voor het slapengaan". A share or a dose is no time.
var clockWords = []string{"uur"}

var durationWords = []string{"uur", "uren", "dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren"}

// countUnits maps the counted noun after "hoeveel" to the words of its unit.
var countUnits = map[string][]string{
	"dagen": {"dag", "dagen"}, "weken": {"week", "weken"}, "maanden": {"maand", "maanden"},
	"jaar": {"jaar", "jaren"}, "jaren": {"jaar", "jaren"}, "uur": {"uur", "uren"}, "uren": {"uur", "uren"},
	"tijd": durationWords, "minuten": {"minuut", "minuten"},
	"keer": {"keer", "maal", "dd"}, "tabletten": {"tablet", "tabletten"}, "capsules": {"capsule", "capsules"},
}

// askedCount returns the plural noun a "hoeveel" question counts when it
// is no unit of countUnits ("Hoeveel sessies …?", "Hoeveel praktijken
// …?"), or "".
//
// "Hoeveel procent van de patiënten …?" counts patiënten: it asks a share
// of them.
func askedCount(ws []string) string {
	for i, w := range ws {
		if w != "hoeveel" || i+1 >= len(ws) {
			continue
		}
		if ws[i+1] == "procent" && i+3 < len(ws) && ws[i+2] == "van" {
			j := i + 3
			for j < len(ws) && articles[ws[j]] {
				j++
			}
			if j < len(ws) && countNoun(ws[j]) {
				return ws[j]
			}
		}
		if countUnits[ws[i+1]] == nil && countNoun(ws[i+1]) {
			return ws[i+1]
		}
	}
	return ""
}

// countNoun reports whether the word after "hoeveel" is a plural noun that
// the answer must count ("Hoeveel sessies …?", "Hoeveel praktijken …?"):
// a word of five letters or more in -en, -s or -jes that is no question or
// function word. Mass nouns and adverbs ("hoeveel documentatie", "hoeveel
// eerder") count nothing.
func countNoun(w string) bool {
	if len(w) < 5 || stopwords[w] || yesNoOpeners[w] || doseVerbs[w] || w == "kosten" {
		return false
	}
	return strings.HasSuffix(w, "en") || strings.HasSuffix(w, "s")
}

// countedStem returns a plural noun without its plural ending, to match
// its singular too ("sessies" → "sessie", "praktijken" → "praktijk").
func countedStem(w string) string {
	for _, suf := range []string{"ies", "en", "s"} {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) >= 4 {
			if suf == "ies" {
				return s + "ie"
			}
			return s
		}
	}
	return w
}

// numberWords are counts written out ("vijf miljoen Nederlanders"); "een"
// is left out, as it is mostly the article.
var numberWords = setOf("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
	"twintig", "dertig", "veertig", "vijftig", "honderd", "honderden", "duizend", "duizenden", "miljoen", "miljoenen", "miljard")

// shareWords give a share of a counted group without a number.
var shareWords = setOf("helft", "derde", "kwart", "meerderheid", "minderheid", "merendeel", "meeste", "alle", "geen", "procent")

// unitShown reports whether text gives a number followed by one of the
// unit's words ("5 dagen", "2 dd").
func unitShown(unit []string, text string) bool { return counted(unit, text, false) }

// lengthShown reports whether text answers a "hoe lang" question that
// counts from no event: a number of hours, days … that is no moment after
// something. "na 72 uur behandeling" says when, not how long; a question
// that asks how long after an event ("hoe lang na de start …") is a
// moment question and is checked as such (termShown).
func lengthShown(text string) bool { return counted(durationWords, text, true) }

// counted reports whether text gives a number followed by one of the
// unit's words, not bounding an age ("Kinderen (≥ 1 jaar)", bounds) and,
// when noMoment is set, not after "na".
func counted(unit []string, text string, noMoment bool) bool {
	b := []byte(text)
	// a row's population cell ("Patiëntgroep: Kinderen 2–11 jaar") says
	// for whom, its range is an age
	pop := [2]int{-1, -1}
	if pc := populationCell(text); pc != "" {
		if i := strings.Index(text, ": "+pc); i >= 0 {
			pop = [2]int{i + 2, i + 2 + len(pc)}
		}
	}
	for _, r := range bounds(text) {
		// a comparator's bound is an age ("≥ 1 jaar", "jonger dan 6
		// maanden"), and so is a range in a table cell's header
		// ("Kinderen 1–5 jaar: 2 dd …") or in a population cell; "tot 3
		// maanden na het staken" and "Duur: 5–7 dagen" are lengths
		if op := strings.ToLower(text[r.start:r.end]); r.measure == measureAge && r.end > r.start &&
			(strings.IndexAny(op, "<>=≥≤") == 0 || strings.HasPrefix(op, "jonger") || strings.HasPrefix(op, "ouder") ||
				inCellHeader(text, r.start, r.end) || r.start >= pop[0] && r.end <= pop[1]) {
			for i := r.start; i < r.end; i++ {
				b[i] = ' '
			}
		}
	}
	ws := lowerWords(string(b))
	for i := 1; i < len(ws); i++ {
		if slices.Contains(unit, ws[i]) && isNumber(ws[i-1]) && !ageBound(ws[:i-1]) && !(noMoment && (i >= 2 && ws[i-2] == "na" || momentAfter(ws, i))) {
			return true
		}
	}
	return false
}

// momentAfter reports whether the count ending at ws[i] is a moment
// after an event, "na" following it ("controleer de INR 5 dagen na de
// start"): when, not how long. Not when a word before the count makes it
// a span up to then ("tot 3 maanden na het staken", "in de eerste 3
// maanden na de start", "binnen 24 uur na de diagnose").
func momentAfter(ws []string, i int) bool {
	return i+1 < len(ws) && ws[i+1] == "na" && !(i >= 2 && spanLeads[ws[i-2]])
}

// spanLeads make the count after them a span of time up to a moment.
var spanLeads = setOf("tot", "gedurende", "binnen", "eerste", "uiterlijk", "maximaal", "minstens")

// agedNumber reports whether a number of years, months or weeks at
// text[start:end] (no bound before it) is the patient's age: after "van"
// or a form of "zijn" ("een kind van 8 jaar", "is 3 maanden"), after a
// word for the patient or a population ("baby 8 maanden"), as "-jarige",
// or before "oud". Otherwise it is a length of time: "gebruikt 4 maanden
// kordipram", "sinds 2 weken", "na 3 dagen". Years set apart from the
// sentence, or before the word for a dose, are an age too.
func agedNumber(text string, start, end int, unit string) bool {
	if strings.HasPrefix(unit, "jarige") {
		return true
	}
	if startsWord(strings.TrimLeft(text[end:], " "), "oud") {
		return true
	}
	prev := ""
	if before := lowerWords(text[:start]); len(before) > 0 {
		prev = before[len(before)-1]
	}
	if prev == "van" || prev == "is" || prev == "ben" || prev == "bent" || prev == "wordt" ||
		personWords[prev] || populationWord(prev) {
		return true
	}
	// years set apart from the sentence, by a comma before them or a
	// comma, a colon or the end after them: the patient's age ("Meneer
	// Bakker, 82 jaar, start met …", of which the name's redaction leaves ",
	// 82 jaar, …"; "pendrolaxin dosering 82 jaar"), unless
	// a word of time leads them ("al 2 jaar", "binnen 5 jaar")
	rest := strings.TrimLeft(text[end:], " ")
	apart := strings.HasSuffix(strings.TrimRight(text[:start], " "), ",") || rest == "" || strings.ContainsAny(rest[:1], ",:;?")
	// (or before the word for a dose of a terse question: "dexoral 78
	// jaar dosering")
	if next := lowerWords(rest); len(next) > 0 && doseWord(next[0]) {
		apart = true
	}
	return strings.HasPrefix(unit, "ja") && apart && !timeLeads[prev]
}

// timeLeads are the words before a number of years that make them a
// length or a moment, not an age.
var timeLeads = setOf("al", "sinds", "na", "binnen", "over", "elke", "ieder", "iedere", "per", "gedurende", "voor", "vóór",
	"tot", "afgelopen", "laatste", "komende", "eerste", "om", "dan", "en", "tussen", "ruim", "bijna", "minstens", "maximaal", "hooguit")

// startsWord reports whether text starts with one of the words, whole.
func startsWord(text string, words ...string) bool {
	lower := strings.ToLower(text)
	return slices.ContainsFunc(words, func(w string) bool {
		rest, ok := strings.CutPrefix(lower, w)
		if !ok {
			return false
		}
		r, _ := utf8.DecodeRuneInString(rest)
		return rest == "" || !unicode.IsLetter(r)
	})
}

// inCellHeader reports whether text[start:end] stands in the header of a
// table row's cell ("… · Kinderen 1–5 jaar: 2 dd …"), before the cell's
// first ": ".
func inCellHeader(text string, start, end int) bool {
	from := max(strings.LastIndex(text[:start], " · "), strings.LastIndex(text[:start], " — "))
	if from < 0 {
		from = 0
	}
	colon := strings.Index(text[from:], ": ")
	next := strings.Index(text[from+1:], " · ")
	return colon >= 0 && from+colon >= end && (next < 0 || from+1+next > from+colon)
}

// ageBound reports whether the words before a number bound an age
// ("jonger dan 6 maanden", "ouder dan 70 jaar"): a property of the
// patient, not a length of time.
func ageBound(before []string) bool {
	n := len(before)
	return n >= 2 && before[n-1] == "dan" && (before[n-2] == "jonger" || before[n-2] == "ouder")
}

// countLinks stand between a number and what it counts: "4 of meer
// aanvalsdagen", "2 tot 3 keer", "1 à 2 tabletten", "3 volle dagen".
var countLinks = setOf("of", "meer", "minder", "tot", "à", "a", "en", "volle", "hele", "extra")

// countShown reports whether text counts the plural noun: a number within
// two words before it or its singular, or further before it linked by
// countLinks ("3 sessies", "vijf miljoen Nederlanders", "4 of meer
// aanvalsdagen"), a table header
// with its count ("Punten: 2"), or a share ("52%", "de helft") when text
// or about, the passage it stands in, names the group: "Ook AI voor
// triage (43%) …" after "Ruim de helft van de praktijken …" counts
// praktijken; "tolzarine crème 0,1%" in a passage that never speaks of
// sessions counts no sessions.
func countShown(noun, text, about string) bool {
	stem := countedStem(noun)
	ws := lowerWords(text)
	// the noun, its singular, or a compound it ends ("700
	// huisartsenpraktijken" counts praktijken)
	counts := func(w string) bool { return strings.HasPrefix(w, stem) || strings.HasSuffix(w, noun) }
	if (strings.Contains(text, "%") || slices.ContainsFunc(ws, func(w string) bool { return shareWords[w] })) &&
		(slices.ContainsFunc(ws, counts) || slices.ContainsFunc(lowerWords(about), counts)) {
		return true
	}
	for i, w := range ws {
		if !counts(w) {
			continue
		}
		for j := i - 1; j >= max(0, i-4); j-- {
			if isNumber(ws[j]) || numberWords[ws[j]] {
				return true
			}
			if j < i-1 && !countLinks[ws[j]] {
				break // one word may stand between ("3 nieuwe sessies"), more only when they link
			}
		}
	}
	// A table row gives the count after its header: "Punten: 2", "Punten:
	// -1" (a score's criterion that counts against it).
	for _, cell := range strings.Split(strings.ToLower(text), " · ") {
		head, value, ok := strings.Cut(cell, ": ")
		value = strings.TrimLeft(value, "-−")
		if ok && strings.HasPrefix(head, stem) && value != "" && unicode.IsDigit([]rune(value)[0]) {
			return true
		}
	}
	return false
}

// StatesAgeOrEGFR reports whether a question states a patient's age or
// eGFR (for tests and tools).
func StatesAgeOrEGFR(question string) bool { return len(questionValues(question)) > 0 }

// RangesHold reports whether text, where it gives age or eGFR ranges for
// the values (or ranges) the question states, has one holding (meeting)
// each (true when it gives none).
func RangesHold(question, text string) bool {
	ranged, fits := valueFit(questionValues(question), text)
	return !ranged || fits
}

// cellHeaded tells whether the range at start opens the value of a table
// row's cell whose column header names measure: "eGFR (ml/min/1,73 m2):
// 15-29 · Dosering: 250 mg 1 dd" is the row for an eGFR of 15 to 29,
// the header's unit standing between the measure and the range (FT-60).
func cellHeaded(text string, start int, measure string) bool {
	cell := text[:start]
	for _, sep := range []string{" · ", " — "} { // after the cell before, or the caption
		if i := strings.LastIndex(cell, sep); i >= 0 {
			cell = cell[i+len(sep):]
		}
	}
	header, value, ok := strings.Cut(cell, ": ")
	return ok && strings.Trim(value, " <>≤≥=") == "" && strings.Contains(strings.ToLower(header), measure)
}
