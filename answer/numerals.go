package answer

import (
	"regexp"
	"strconv"
	"strings"
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
	// a spelled number before the unit of an age, weight or length of
	// time, or joined to "jarig(e)" or "plusser(s)" ("tachtigjarige",
	// "zeventigplussers")
	spelledRe = regexp.MustCompile(`(?i)(^|[^\p{L}])(\p{L}+?)(\s*-?\s*)(jarigen|jarige|jarig|plussers|plusser|jaar|maanden|maand|weken|week|kilogram|kilo|kg)\b`)
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

// withDigits writes the spelled numbers of an age, weight or length of
// time in q as digits: "een tachtigjarige" reads "een 80-jarige", "een
// kind van vier jaar" "een kind van 4 jaar".
func withDigits(q string) string {
	return spelledRe.ReplaceAllStringFunc(q, func(m string) string {
		s := spelledRe.FindStringSubmatch(m)
		v, ok := cardinal(s[2])
		if !ok {
			return m
		}
		n := strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
		unit := strings.ToLower(s[4])
		if strings.HasPrefix(unit, "jarig") || strings.HasPrefix(unit, "plusser") {
			return s[1] + n + "-" + s[4]
		}
		return s[1] + n + " " + s[4]
	})
}
