package answer

import (
	"strings"
	"unicode"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// A table row is about what its first cell names ("tarvomycine tablet 250
// mg"): that is how a dose table says which dose belongs to which drug. When
// a question names the subject of one of the retrieved rows, the answer may
// only come from that subject's rows and from sentences that name it or no
// row subject at all: never a dose from another drug's row, never a
// contra-indication listed under another drug ("Tessamol: kinderen jonger
// dan 12 jaar" for a question about pranolisine). The subjects come from the
// documents' own tables, not from a list of drug names.

// rowSubject returns the analysed first word of a table row's first cell,
// or "" for a passage that is no table row.
func rowSubject(a Analyzer, p bronwijzer.Passage) string {
	for _, w := range splitWords(retrieval.RowSubject(p.Kind, p.Caption, p.Text)) {
		if ts := a.Terms(w); len(ts) > 0 {
			return ts[0]
		}
	}
	return ""
}

// subjects holds the subjects of the retrieved rows and labelled list items
// and those of them the question names.
type subjects struct {
	rows  map[string]bool
	asked map[string]bool
	// quantity: the question asks for a dose or an amount, which only a
	// sentence naming the subject asked about can give.
	quantity bool
}

func (s *Service) subjectsOf(q question, ps []*prepared) subjects {
	sub := subjects{rows: map[string]bool{}, asked: map[string]bool{}}
	for _, p := range ps {
		if t := rowSubject(s.cfg.Analyzer, p.p); t != "" {
			sub.rows[t] = true
		}
		if p.p.Kind != bronwijzer.KindList {
			continue
		}
		for _, sp := range p.spans {
			if t := label(s.cfg.Analyzer, sp.Text); t != "" {
				sub.rows[t] = true
			}
		}
	}
	for _, f := range q.focus {
		sub.quantity = sub.quantity || f.kind == focusDose || f.kind == focusAmount
	}
	for _, u := range q.units {
		for _, t := range append([]string{u.full}, u.parts...) {
			if sub.rows[t] {
				sub.asked[t] = true
			}
		}
	}
	return sub
}

// foreign reports whether candidate c speaks of another subject than the
// one asked: a row of another subject, or a sentence that names none asked
// but another row subject or a label of its own ("Tessamol: …"); for a dose
// or an amount, any sentence that does not name the subject asked.
func (sub subjects) foreign(a Analyzer, c candidate) bool {
	if len(sub.asked) == 0 {
		return false
	}
	if t := rowSubject(a, c.pass.p); t != "" {
		return !sub.asked[t]
	}
	other := sub.quantity || c.pass.p.Kind == bronwijzer.KindList && label(a, c.pass.spans[c.span].Text) != ""
	for _, t := range c.pass.spanTerms[c.span] {
		if sub.asked[t] {
			return false
		}
		other = other || sub.rows[t]
	}
	return other
}

// label returns the analysed first word of the label of one to three words
// and a colon that leads a list item ("Tessamol: kinderen jonger dan 12
// jaar, …"), the way a guideline lists contra-indications or interactions
// per drug: the label is what the item is about. "" when there is none.
func label(a Analyzer, text string) string {
	head, _, ok := strings.Cut(strings.TrimSpace(text), ": ")
	if !ok {
		return ""
	}
	words := splitWords(head)
	if len(words) < 1 || len(words) > 3 || !startsUpper(words[0]) {
		return ""
	}
	if ts := a.Terms(words[0]); len(ts) > 0 {
		return ts[0]
	}
	return ""
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// sameSubject drops the candidates that speak of another subject.
func (s *Service) sameSubject(q question, ps []*prepared, cands []candidate) []candidate {
	sub := s.subjectsOf(q, ps)
	out := cands[:0:0]
	for _, c := range cands {
		if !sub.foreign(s.cfg.Analyzer, c) {
			out = append(out, c)
		}
	}
	return out
}
