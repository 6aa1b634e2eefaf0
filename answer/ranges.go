package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// A question often states the patient's value ("een kind van 8 jaar",
// "een eGFR van 25") where a guideline gives advice per range ("Kinderen
// ≥ 12 jaar: …", "eGFR < 30: …"). A candidate that gives ranges for that
// measure, none of which holds the question's value, is advice for other
// patients: the worst error is a child's dose from the row for older
// children. Two measures are read, age and eGFR, the ones dose tables are
// split by; ages are compared in months.

// measure values.
const (
	measureAge  = "age"
	measureEGFR = "egfr"
)

// qvalue is a value the question states for a measure.
type qvalue struct {
	measure string
	v       float64
}

// bound is a range a candidate gives for a measure.
type bound struct {
	measure string
	lo, hi  float64 // inclusive; ±inf when open
}

const inf = 1e18

var (
	ageUnit = `(jaar|jarige|jaren|maanden|maand|weken|week)`
	// "kind van 8 jaar", "8-jarige", "baby van 10 maanden"
	questionAgeRe = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*(?:-\s*)?` + ageUnit + `\b`)
	// "eGFR van 25", "eGFR 25", "eGFR onder 30" (a bound, not a value)
	questionEGFRRe = regexp.MustCompile(`(?i)egfr\s*(?:van|is|=|:)?\s*(?:ongeveer\s*)?(\d+(?:[.,]\d+)?)`)
	// bounds: "≥ 12 jaar", "< 30", "vanaf 6 maanden", "jonger dan 2 jaar"
	boundRe = regexp.MustCompile(`(?i)(≥|>=|>|≤|=<|<=|<|vanaf|boven|onder|jonger dan|ouder dan|tot)\s*(\d+(?:[.,]\d+)?)\s*` + ageUnit + `?`)
	// ranges: "30–59", "2-11 jaar", "1 maand – 1 jaar"
	rangeRe = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*(?:` + ageUnit + `\s*)?[–-]\s*(\d+(?:[.,]\d+)?)\s*` + ageUnit + `?`)
)

func parseNum(s string) float64 {
	f, _ := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	return f
}

// months converts an age to months.
func months(v float64, unit string) float64 {
	switch {
	case strings.HasPrefix(unit, "maand"):
		return v
	case strings.HasPrefix(unit, "week"), strings.HasPrefix(unit, "weken"):
		return v / 4.345
	}
	return v * 12
}

// questionValues returns the ages and eGFR values the question states.
func questionValues(text string) []qvalue {
	var out []qvalue
	for _, m := range questionAgeRe.FindAllStringSubmatchIndex(text, -1) {
		if pregnancy(text[m[1]:]) {
			continue // "8 weken zwanger" is a term of pregnancy, not an age
		}
		out = append(out, qvalue{measureAge, months(parseNum(text[m[2]:m[3]]), text[m[4]:m[5]])})
	}
	for _, m := range questionEGFRRe.FindAllStringSubmatch(text, -1) {
		out = append(out, qvalue{measureEGFR, parseNum(m[1])})
	}
	return out
}

// pregnancy reports whether the words after an age-like term speak of a
// pregnancy ("8 weken zwanger", "12 weken zwangerschap").
func pregnancy(after string) bool {
	ws := lowerWords(after)
	return len(ws) > 0 && (strings.HasPrefix(ws[0], "zwanger") || len(ws) > 1 && ws[0] == "in" && strings.HasPrefix(ws[1], "verwachting"))
}

// bounds returns the age and eGFR ranges text gives. A bound with an age
// unit is an age; one without, an eGFR when "eGFR" stands shortly before it.
func bounds(text string) []bound {
	var out []bound
	measureOf := func(start int, unit string) string {
		if unit != "" {
			return measureAge
		}
		before := strings.ToLower(text[max(0, start-12):start])
		if strings.Contains(before, "egfr") {
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
		if ms == measureAge {
			v = months(v, unit)
		}
		b := bound{measure: ms, lo: -inf, hi: inf}
		switch op {
		case "≥", ">=", "vanaf", "ouder dan", ">", "boven":
			b.lo = v
		default:
			b.hi = v
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
		case ms != measureAge:
		case loUnit != "" && months(1, loUnit) != months(1, unit):
			// "1 maand – 1 jaar" runs to the first birthday, where "≥ 1 jaar" takes over
			lo, hi = months(lo, loUnit), months(hi, unit)
		default:
			lo, hi = months(lo, unit), months(hi+1, unit)-0.01 // "2-11 jaar" runs to the 12th birthday
		}
		out = append(out, bound{measure: ms, lo: lo, hi: hi})
	}
	return out
}

// valueFit reports, for the question's values, whether the candidate gives
// ranges for one of their measures (ranged) and whether every such measure
// has a range holding the question's value (fits). A candidate without
// ranges for the measures is neither.
func valueFit(vals []qvalue, text string) (ranged, fits bool) {
	if len(vals) == 0 {
		return false, false
	}
	bs := bounds(text)
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
		if !slices.ContainsFunc(mine, func(b bound) bool { return v.v >= b.lo && v.v <= b.hi }) {
			fits = false
		}
	}
	return ranged, ranged && fits
}

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
		}
	}
	return nil
}

var durationWords = []string{"uur", "uren", "dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren"}

// countUnits maps the counted noun after "hoeveel" to the words of its unit.
var countUnits = map[string][]string{
	"dagen": {"dag", "dagen"}, "weken": {"week", "weken"}, "maanden": {"maand", "maanden"},
	"jaar": {"jaar", "jaren"}, "jaren": {"jaar", "jaren"}, "uur": {"uur", "uren"}, "uren": {"uur", "uren"},
	"keer": {"keer", "maal", "dd"}, "tabletten": {"tablet", "tabletten"}, "capsules": {"capsule", "capsules"},
}

// askedCount returns the plural noun a "hoeveel" question counts when it
// is no unit of countUnits ("Hoeveel sessies …?", "Hoeveel praktijken
// …?"), or "".
func askedCount(ws []string) string {
	for i, w := range ws {
		if w == "hoeveel" && i+1 < len(ws) && countUnits[ws[i+1]] == nil && countNoun(ws[i+1]) {
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
var shareWords = setOf("helft", "derde", "kwart", "meerderheid", "minderheid", "merendeel", "meeste", "alle", "geen")

// unitShown reports whether text gives a number followed by one of the
// unit's words ("5 dagen", "2 dd").
func unitShown(unit []string, text string) bool {
	ws := lowerWords(text)
	for i := 1; i < len(ws); i++ {
		if slices.Contains(unit, ws[i]) && isNumber(ws[i-1]) && !ageBound(ws[:i-1]) {
			return true
		}
	}
	return false
}

// ageBound reports whether the words before a number bound an age
// ("jonger dan 6 maanden", "ouder dan 70 jaar"): a property of the
// patient, not a length of time.
func ageBound(before []string) bool {
	n := len(before)
	return n >= 2 && before[n-1] == "dan" && (before[n-2] == "jonger" || before[n-2] == "ouder")
}

// countShown reports whether text counts the plural noun: a number within
// two words before it or its singular ("3 sessies", "vijf miljoen
// Nederlanders"), a table header with its count ("Punten: 2"), or a share
// of the group ("52%", "de helft").
func countShown(noun, text string) bool {
	if strings.Contains(text, "%") {
		return true
	}
	stem := countedStem(noun)
	ws := lowerWords(text)
	for i, w := range ws {
		if shareWords[w] {
			return true
		}
		if w != noun && !strings.HasPrefix(w, stem) {
			continue
		}
		for j := max(0, i-2); j < i; j++ {
			if isNumber(ws[j]) || numberWords[ws[j]] {
				return true
			}
		}
	}
	// A table row gives the count after its header: "Punten: 2".
	for _, cell := range strings.Split(strings.ToLower(text), " · ") {
		head, value, ok := strings.Cut(cell, ": ")
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
// the values the question states, has one holding each value (true when it
// gives none).
func RangesHold(question, text string) bool {
	ranged, fits := valueFit(questionValues(question), text)
	return !ranged || fits
}
