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

// withPrepositions lead the case "zonder" (without) opposes.
var withPrepositions, without = setOf("met", "na", "bij", "tijdens"), setOf("zonder")

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
	term := func(w string) string { return firstTerm(s.cfg.Analyzer, w) }
	drug := func(w string) bool {
		t := term(w)
		return sub.rows[t] != nil || sub.tabled[t] || slices.Contains(q.tabledIn[c.pass.p.DocumentID], t)
	}
	asked := func(w string) bool { return sub.asked[term(w)] }
	if verb, p := separableAsked(qw); verb != "" && actOnOther(verb, p, lowerWords(c.text), drug, asked) {
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
	// the text's words are split only when the question has a form that
	// needs them: the rule runs for every candidate
	qw, lowerText := lowerWords(q.text), strings.ToLower(text)
	var cw []string
	words := func() []string {
		if cw == nil {
			cw = lowerWords(text)
		}
		return cw
	}
	stem := func(w string) string { return firstTerm(s.cfg.Analyzer, w) }
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
	for i, w := range qw {
		if !without[w] && !withPrepositions[w] || !without[w] && !strings.Contains(lowerText, "zonder") {
			continue // the analyser only for the words a preposition leads, the text's words only when it may oppose
		}
		st, word := after(qw, i)
		if st == "" || !strings.Contains(lowerText, st) {
			continue
		}
		opposite, same := withPrepositions, without
		if !without[w] {
			opposite, same = without, withPrepositions
		}
		if g := led(words(), opposite, st); g != "" && led(words(), same, st) == "" {
			return w + " " + word, g
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
	var cstems map[string]string
	stems := func() map[string]string {
		if cstems == nil {
			cstems = map[string]string{}
			for _, w := range words() {
				cstems[uninflected(w)] = w
			}
		}
		return cstems
	}
	for _, w := range qw {
		if stopwords[w] || len(w) < minNegatedRunes {
			continue
		}
		st := uninflected(w)
		if strings.Contains(lowerText, "on"+st) {
			if g, ok := stems()["on"+st]; ok {
				if _, same := stems()[st]; !same {
					return w, g
				}
			}
		}
		if base := st[min(2, len(st)):]; len(st) > 2 && st[:2] == "on" && len(base) >= minNegatedRunes && strings.Contains(lowerText, base) {
			if g, ok := stems()[base]; ok {
				if _, same := stems()[st]; !same {
					return w, g
				}
			}
		}
	}
	if verb, p := separableAsked(qw); verb != "" {
		if a, g := opposedParticle(verb, p, words()); a != "" {
			return a, g
		}
	}
	if qg := gradesOf(qw); len(qg) > 0 {
		if cg := gradesOf(words()); len(cg) > 0 && !slices.ContainsFunc(qg, func(g string) bool { return slices.Contains(cg, g) }) {
			return qg[0], cg[0]
		}
	}
	return "", ""
}

// oppositeParticles are the particles of Dutch separable verbs that turn
// the verb's sense around: "opbouwen" and "afbouwen" (build a dose up,
// taper it), "aanzetten" and "uitzetten".
var oppositeParticles = map[string]string{"op": "af", "af": "op", "aan": "uit", "uit": "aan"}

// opposedParticle reports, for a question that ends in the particle p of
// a separable verb after the verb ("Hoe bouw ik kordipram op?",
// separableAsked), whether
// the candidate's words have the same verb with the opposite particle
// only: split ("bouw kordipram in 2 weken af") or joined ("afbouwen",
// "afgebouwd"). It returns the two as "bouw … op" and "bouw … af".
func opposedParticle(verb, p string, cw []string) (asked, given string) {
	o := oppositeParticles[p]
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

// actOnOther reports whether the candidate's words cw do the question's
// separable act (verb and particle p, separableAsked) to another drug: "In hoeveel weken bouw ik dopravine af?" is not
// answered by "… bouw somnarol in 2 weken af en stap over op
// dopravine", whose tapering is somnarol's. drug reports whether a word
// names a drug of the sources' tables; asked whether it is one the
// question names.
func actOnOther(verb, p string, cw []string, drug, asked func(string) bool) bool {
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
