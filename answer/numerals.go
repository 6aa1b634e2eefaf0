package answer

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Dutch cardinals, read where a question spells out an age, a weight or a
// length of time in words ("een tachtigjarige", "een kind van vier jaar",
// "een baby van zes maanden", "anderhalf jaar"): the value rules read
// numbers, and an age in words must choose the patient's table row as its
// digits do.
var (
	numeralUnits = map[string]int{"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
	numeralTeens = map[string]int{"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
		"zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19}
	numeralTens = map[string]int{"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
		"tachtig": 80, "negentig": 90}
)

// cardinal returns the value of a Dutch cardinal written as one word
// ("drie", "zeventien", "vierentachtig", "honderdtwee", "anderhalf",
// "tweeënhalf"), or false. "een" is a number only before "half" and in
// compounds: alone it is the article.
func cardinal(w string) (float64, bool) {
	w = strings.ToLower(w)
	if w == "anderhalf" || w == "anderhalve" {
		return 1.5, true
	}
	for _, half := range []string{"ënhalf", "enhalf"} {
		if n, ok := strings.CutSuffix(w, half); ok {
			if v, ok := numeralUnits[n]; ok {
				return float64(v) + 0.5, true
			}
			return 0, false
		}
	}
	v, ok := integer(w)
	if !ok || w == "een" {
		return 0, false
	}
	return float64(v), true
}

// integer reads a whole number of at most "honderdnegenennegentig".
func integer(w string) (int, bool) {
	if rest, ok := strings.CutPrefix(w, "honderd"); ok {
		if rest == "" {
			return 100, true
		}
		if v, ok := integer(strings.TrimPrefix(rest, "en")); ok && v < 100 {
			return 100 + v, true
		}
		return 0, false
	}
	if v, ok := numeralUnits[w]; ok {
		return v, true
	}
	if v, ok := numeralTeens[w]; ok {
		return v, true
	}
	if v, ok := numeralTens[w]; ok {
		return v, true
	}
	for t, tv := range numeralTens {
		n, ok := strings.CutSuffix(w, t)
		if !ok {
			continue
		}
		for _, and := range []string{"ën", "en"} {
			if u, ok := strings.CutSuffix(n, and); ok {
				if uv, ok := numeralUnits[u]; ok && u != "één" {
					return tv + uv, true
				}
			}
		}
	}
	return 0, false
}

// spelledUnits are the units a spelled number may stand before, or be
// joined to ("tachtigjarige", "zeventigplussers").
var spelledUnits = setOf("jarigen", "jarige", "jarig", "plussers", "plusser", "jaar", "maanden", "maand", "weken", "week",
	"kilogram", "kilo", "kg")

// joinedUnits are those of spelledUnits a number is written together with.
var joinedUnits = []string{"jarigen", "jarige", "jarig", "plussers", "plusser"}

// withDigits writes the spelled numbers of an age, weight or length of
// time in q as digits: "een tachtigjarige" reads "een 80-jarige", "een
// kind van vier jaar" "een kind van 4 jaar". It reads the question's
// words one by one (a regular expression over Unicode letters took
// milliseconds on a long question).
func withDigits(q string) string {
	type span struct{ start, end int }
	var words []span
	start := -1
	for i, r := range q {
		letter := unicode.IsLetter(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			words = append(words, span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, span{start, len(q)})
	}
	var b strings.Builder
	last := 0
	put := func(from, to int, text string) {
		b.WriteString(q[last:from])
		b.WriteString(text)
		last = to
	}
	for k, w := range words {
		lw := strings.ToLower(q[w.start:w.end])
		// joined: "tachtigjarige"
		if unit, n, ok := joinedNumber(lw); ok {
			put(w.start, w.end, n+"-"+q[w.end-len(unit):w.end])
			continue
		}
		var next string
		if k+1 < len(words) {
			next = strings.ToLower(q[words[k+1].start:words[k+1].end])
		}
		// before its unit, a space or a hyphen between: "vier jaar",
		// "vierentachtig-jarige"
		if !spelledUnits[next] || strings.Trim(q[w.end:words[k+1].start], " -") != "" {
			continue
		}
		if v, ok := cardinal(lw); ok {
			if slices.Contains(joinedUnits, next) {
				put(w.start, words[k+1].start, decimal(v)+"-")
			} else {
				put(w.start, w.end, decimal(v))
			}
		}
	}
	if last == 0 {
		return q
	}
	b.WriteString(q[last:])
	return b.String()
}

// joinedNumber reads a word that is a spelled number joined to a unit of
// joinedUnits ("tachtigjarige"): the unit, the number in digits.
func joinedNumber(lw string) (string, string, bool) {
	for _, unit := range joinedUnits {
		if num, ok := strings.CutSuffix(lw, unit); ok && num != "" {
			if v, ok := cardinal(num); ok {
				return unit, decimal(v), true
			}
			return "", "", false
		}
	}
	return "", "", false
}

// decimal writes a number as Dutch text writes it: "1,5", "80".
func decimal(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}
