package answer

import (
	"slices"
	"strings"
)

// A candidate may speak of the very patients the question asks about, but
// of the opposite case: "Kinderen met stridor in rust: 0,3 mg/kg" is no
// dose for "een kind zonder stridor in rust", "Zonder behandeling ontstaat
// bij 5% een litteken" says nothing of the scar after treatment,
// "Ongecompliceerd glasoog geneest …" nothing of the complicated one, and
// advice "bij ernstige fluitkeel" none for a mild one. Three forms are
// read, all of Dutch grammar, none fitted to a question: "zonder" against
// "met", "na", "bij" or "tijdens" before the same word; a word against
// itself with the negating prefix "on-"; and the three grades of severity
// of Dutch guidelines (licht, matig, ernstig) before a noun, where a
// candidate that names grades names none the question names.

// withPrepositions lead the case "zonder" opposes.
var withPrepositions = setOf("met", "na", "bij", "tijdens")

// severityGrades are the grades a guideline sorts a condition's severity
// in, as their attributive forms say them: "een lichte vorm", "een matig
// ernstige pluimhoest" (moderate, not severe), "ernstige uitdroging".
var severityGrades = map[string]string{
	"lichte": "licht", "matige": "matig", "ernstige": "ernstig",
}

// isOpposed reports whether the candidate speaks of the opposite case of
// one the question names, or does the question's act to another drug
// (actOnOther; ruleOpposed): a pair of sentences when one of
// them does, as "Ongecompliceerd glasoog geneest met behandeling binnen 7
// dagen. Zonder behandeling ontstaat bij 5% een litteken …" is no answer
// to how often a scar follows treatment.
func (s *Service) isOpposed(q question, sub subjects, c *cand) bool {
	qw := lowerWords(q.text)
	term := func(w string) string {
		if ts := s.cfg.Analyzer.Terms(w); len(ts) > 0 {
			return ts[0]
		}
		return w
	}
	drug := func(w string) bool {
		t := term(w)
		return sub.rows[t] != nil || sub.tabled[t] || slices.Contains(q.tabledIn[c.pass.p.DocumentID], t)
	}
	asked := func(w string) bool { return sub.asked[term(w)] }
	if actOnOther(qw, lowerWords(c.text), drug, asked) {
		return true
	}
	texts := []string{c.text}
	if c.form == formPair {
		texts = c.pass.norm[c.lo : c.hi+1]
	}
	return slices.ContainsFunc(texts, func(t string) bool {
		asked, _ := s.opposed(q, t)
		return asked != ""
	})
}

// opposed returns, when the candidate text speaks of the opposite case of
// one the question names, how the question says it and how the text does
// ("zonder stridor", "met stridor"); "" and "" otherwise.
func (s *Service) opposed(q question, text string) (asked, given string) {
	qw, cw := lowerWords(q.text), lowerWords(text)
	stem := func(w string) string {
		if ts := s.cfg.Analyzer.Terms(w); len(ts) > 0 {
			return ts[0]
		}
		return w
	}
	// the stem of the first content word after position i (an article
	// passed over), and that word
	after := func(ws []string, i int) (string, string) {
		for j := i + 1; j < len(ws) && j <= i+2; j++ {
			if articles[ws[j]] {
				continue
			}
			if stopwords[ws[j]] {
				return "", ""
			}
			return stem(ws[j]), ws[j]
		}
		return "", ""
	}
	led := func(ws []string, preps map[string]bool, st string) string {
		for i, w := range ws {
			if preps[w] {
				if t, word := after(ws, i); t != "" && t == st {
					return w + " " + word
				}
			}
		}
		return ""
	}
	without := setOf("zonder")
	for i, w := range qw {
		st, word := after(qw, i)
		if st == "" {
			continue
		}
		switch {
		case w == "zonder":
			if g := led(cw, withPrepositions, st); g != "" && led(cw, without, st) == "" {
				return w + " " + word, g
			}
		case withPrepositions[w]:
			if g := led(cw, without, st); g != "" && led(cw, withPrepositions, st) == "" {
				return w + " " + word, g
			}
		}
	}
	// "on-": "ongecompliceerd" against "gecompliceerd", the words with
	// their inflection's "-e" dropped (the analyser's stems drop a
	// participle's "ge-" and split "onvoldoende" into parts)
	uninflected := func(w string) string {
		if len(w) > minNegatedRunes {
			return strings.TrimSuffix(w, "e")
		}
		return w
	}
	cstems := map[string]string{}
	for _, w := range cw {
		cstems[uninflected(w)] = w
	}
	for _, w := range qw {
		if stopwords[w] || len(w) < minNegatedRunes {
			continue
		}
		st := uninflected(w)
		if g, ok := cstems["on"+st]; ok {
			if _, same := cstems[st]; !same {
				return w, g
			}
		}
		if base := st[min(2, len(st)):]; len(st) > 2 && st[:2] == "on" && len(base) >= minNegatedRunes {
			if g, ok := cstems[base]; ok {
				if _, same := cstems[st]; !same {
					return w, g
				}
			}
		}
	}
	if a, g := opposedParticle(qw, cw); a != "" {
		return a, g
	}
	qg, cg := gradesOf(qw), gradesOf(cw)
	if len(qg) > 0 && len(cg) > 0 && !slices.ContainsFunc(qg, func(g string) bool { return slices.Contains(cg, g) }) {
		return qg[0], cg[0]
	}
	return "", ""
}

// oppositeParticles are the particles of Dutch separable verbs that turn
// the verb's sense around: "opbouwen" and "afbouwen" (build a dose up,
// taper it), "aanzetten" and "uitzetten".
var oppositeParticles = map[string]string{"op": "af", "af": "op", "aan": "uit", "uit": "aan"}

// opposedParticle reports, for a question that ends in the particle of a
// separable verb after the verb ("Hoe bouw ik kordipram op?"), whether
// the candidate's words have the same verb with the opposite particle
// only: split ("bouw kordipram in 2 weken af") or joined ("afbouwen",
// "afgebouwd"). It returns the two as "bouw … op" and "bouw … af".
func opposedParticle(qw, cw []string) (asked, given string) {
	verb, p := separableAsked(qw)
	o, ok := oppositeParticles[p]
	if !ok {
		return "", ""
	}
	if hasParticle(cw, verb, o) && !hasParticle(cw, verb, p) {
		return verb + " … " + p, verb + " … " + o
	}
	return "", ""
}

// separableAsked returns the verb and the particle of a question that
// ends in the particle of a separable verb, the verb standing before the
// last clause's subject pronoun ("hoe bouw ik … op", "… en hoe bouw ik
// daarna af?"); "", "" otherwise.
func separableAsked(qw []string) (verb, particle string) {
	if len(qw) < 3 {
		return "", ""
	}
	p := qw[len(qw)-1]
	if _, ok := oppositeParticles[p]; !ok {
		return "", ""
	}
	i := slices.IndexFunc(qw, func(w string) bool { return subjectPronouns[w] })
	for j := len(qw) - 2; j > i; j-- {
		if subjectPronouns[qw[j]] {
			i = j
			break
		}
	}
	if i < 1 || len(qw[i-1]) < minVerbStem || questionWords[qw[i-1]] || stopwords[qw[i-1]] {
		return "", ""
	}
	return qw[i-1], p
}

// withParticle reports whether words have the verb with the particle,
// joined ("afbouwen", "afgebouwd") or split ("bouw kordipram in 2 weken
// af"), and for a split one the first word after the verb (its object,
// an article passed over; "" for a joined one).
func withParticle(cw []string, verb, particle string) (bool, string) {
	for i, w := range cw {
		if strings.HasPrefix(w, particle+verb) || strings.HasPrefix(w, particle+"ge"+verb) {
			return true, ""
		}
		if !strings.HasPrefix(w, verb) {
			continue
		}
		for k := i + 1; k < min(len(cw), i+1+maxParticleGap); k++ {
			// a particle, not a preposition before its noun ("op de
			// plaques", "op 3 dagen")
			if cw[k] == particle && (k+1 == len(cw) || !articles[cw[k+1]] && !isNumber(cw[k+1])) {
				obj := i + 1
				for obj < k && articles[cw[obj]] {
					obj++
				}
				return true, cw[obj]
			}
		}
	}
	return false, ""
}

// hasParticle reports whether words have the verb with the particle.
func hasParticle(cw []string, verb, particle string) bool {
	at, _ := withParticle(cw, verb, particle)
	return at
}

// actOnOther reports whether the candidate does the question's separable
// act to another drug: "In hoeveel weken bouw ik dopravine af?" is not
// answered by "… bouw somnarol in 2 weken af en stap over op
// dopravine", whose tapering is somnarol's. drug reports whether a word
// names a drug of the sources' tables; asked whether it is one the
// question names.
func actOnOther(qw, cw []string, drug, asked func(string) bool) bool {
	verb, p := separableAsked(qw)
	if verb == "" {
		return false
	}
	at, obj := withParticle(cw, verb, p)
	return at && obj != "" && drug(obj) && !asked(obj)
}

// maxParticleGap is how many words after its verb a split particle may
// stand ("bouw kordipram daarbij in 2 weken af").
const maxParticleGap = 8

// minNegatedRunes is the shortest word read with or without "on-": a
// shorter rest after "on" is seldom a word of its own ("ontstaan").
const minNegatedRunes = 6

// gradesOf returns the severity grades words name: an attributive form
// ("ernstige"), or the bare grade after "een" before a neuter noun ("een
// licht beloop"); "matig ernstig(e)" is the moderate grade.
func gradesOf(ws []string) []string {
	var out []string
	add := func(g string) {
		if !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		g, ok := severityGrades[w]
		if !ok && i > 0 && (ws[i-1] == "een" || len(out) > 0 && (ws[i-1] == "of" || ws[i-1] == "en")) {
			g, ok = severityGrades[w+"e"] // "een licht beloop", "een matig ernstig of ernstig beloop"
		}
		if !ok {
			continue
		}
		if g == "matig" && i+1 < len(ws) && (ws[i+1] == "ernstig" || ws[i+1] == "ernstige") {
			i++ // "matig ernstige": moderate
		}
		add(g)
	}
	return out
}
