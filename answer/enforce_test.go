package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
)

func enforcePassages() []bronwijzer.Passage {
	ps := []bronwijzer.Passage{
		{ID: "a", Text: "Metformine is eerste keus bij diabetes type 2.\nDe startdosering is 500 mg eenmaal daags bij de maaltijd. Verhoog de dosis zo nodig na 1 week.", Verified: true},
		{ID: "b", Text: "Bij een eGFR van 30-45 ml/min is de maximale dosering 1000 mg per dag. Controleer de nierfunctie jaarlijks.", Verified: true},
		{ID: "c", Text: "Spraakgestuurde rapportage (14%) en AI-ondersteunde triage (10%) zijn het populairst volgens het Nivel.", Verified: false},
		{ID: "d", Text: "Het HbA1c-streefdoel is 53 mmol/mol voor de meeste patiënten; bij ouderen is 1,5 keer zo hoog acceptabel.", Verified: true},
	}
	return ps
}

func TestEnforcerCheck(t *testing.T) {
	tests := []struct {
		name      string
		answer    string
		supported []bool
		reason    string // substring of a reason of the first failing sentence
		cited     [][]int
	}{
		{"well cited", "De startdosering van metformine is 500 mg eenmaal daags [1].", []bool{true}, "", [][]int{{1}}},
		{"marker after full stop", "De startdosering van metformine is 500 mg eenmaal daags. [1]", []bool{true}, "", [][]int{{1}}},
		{"two sentences", "Metformine is eerste keus bij diabetes type 2 [1]. Controleer de nierfunctie jaarlijks [2].", []bool{true, true}, "", [][]int{{1}, {2}}},
		{"grouped marker", "Bij een eGFR van 30-45 ml/min is de maximale dosering 1000 mg per dag [1, 2].", []bool{true}, "", [][]int{{2}}},
		{"no citation", "Metformine is eerste keus bij diabetes type 2.", []bool{false}, "zonder bronverwijzing", nil},
		{"citation points nowhere", "Metformine is eerste keus bij diabetes type 2 [7].", []bool{false}, "[7] wijst niet", nil},
		{"citation zero", "Metformine is eerste keus bij diabetes type 2 [0].", []bool{false}, "[0] wijst niet", nil},
		{"unverified source", "Spraakgestuurde rapportage (14%) is het populairst volgens het Nivel [3].", []bool{false}, "niet geverifieerd", nil},
		{"number absent", "De startdosering van metformine is 850 mg eenmaal daags [1].", []bool{false}, `"850 mg"`, nil},
		{"unit differs", "De startdosering van metformine is 500 ml eenmaal daags [1].", []bool{false}, `"500 ml"`, nil},
		{"number in other passage only", "De maximale dosering is 1000 mg per dag [1].", []bool{false}, `"1000 mg"`, nil},
		{"decimal comma and dot", "Bij ouderen is 1.5 keer het HbA1c-streefdoel acceptabel [4].", []bool{true}, "", [][]int{{4}}},
		{"name absent", "De startdosering van Glucophage is 500 mg eenmaal daags [1].", []bool{false}, `naam "Glucophage"`, nil},
		{"low overlap", "Insuline verdient de voorkeur bij zwangerschap en hypoglykemie [1].", []bool{false}, "te weinig overeenkomst", nil},
		{"content free", "Dat is zo [1].", []bool{false}, "zonder inhoud", nil},
		{"one good one bad", "Controleer de nierfunctie jaarlijks [2]. Stop metformine bij een eGFR onder 60 [2].", []bool{true, false}, `"60"`, nil},
	}
	e := NewEnforcer(nil, 0, false)
	ps := enforcePassages()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.Check(tt.answer, ps)
			var got []bool
			for _, v := range r.Verdicts {
				got = append(got, v.Supported)
			}
			if diff := cmp.Diff(tt.supported, got); diff != "" {
				t.Fatalf("supported (-want +got):\n%s\nverdicts: %+v", diff, r.Verdicts)
			}
			if tt.reason != "" {
				f := r.Failed()
				if len(f) == 0 || !slices.ContainsFunc(f[0].Reasons, func(s string) bool { return strings.Contains(s, tt.reason) }) {
					t.Errorf("reasons %q lack %q", reasonsOf(f), tt.reason)
				}
			}
			for i, want := range tt.cited {
				if diff := cmp.Diff(want, r.Verdicts[i].Cited); diff != "" {
					t.Errorf("sentence %d cited (-want +got):\n%s", i, diff)
				}
			}
			assertQuotesExact(t, r, ps)
		})
	}
}

func reasonsOf(vs []Verdict) [][]string {
	var out [][]string
	for _, v := range vs {
		out = append(out, v.Reasons)
	}
	return out
}

// assertQuotesExact checks the invariant every citation relies on: a quote
// is exactly the runes [Start, End) of its passage.
func assertQuotesExact(t *testing.T, r Report, ps []bronwijzer.Passage) {
	t.Helper()
	for _, v := range r.Verdicts {
		if len(v.Quotes) != len(v.Cited) {
			t.Errorf("%d quotes for %d citations", len(v.Quotes), len(v.Cited))
		}
		for _, q := range v.Quotes {
			rs := []rune(ps[q.N-1].Text)
			if q.Start < 0 || q.End > len(rs) || string(rs[q.Start:q.End]) != q.Text {
				t.Errorf("quote %q is not runes [%d,%d) of passage %d", q.Text, q.Start, q.End, q.N)
			}
		}
	}
}

func TestEnforcerAllowUnverified(t *testing.T) {
	e := NewEnforcer(nil, 0, true)
	r := e.Check("Spraakgestuurde rapportage (14%) is het populairst volgens het Nivel [3].", enforcePassages())
	if !r.OK() {
		t.Fatalf("with unverified sources allowed: %+v", r.Verdicts)
	}
}

func TestEnforcerQuoteWidensForFacts(t *testing.T) {
	ps := []bronwijzer.Passage{{Text: "Start met metformine bij diabetes. Dat gebeurt in de huisartsenpraktijk. De dosis is 500 mg per dag.", Verified: true}}
	r := NewEnforcer(nil, 0, false).Check("Start metformine bij diabetes met 500 mg per dag [1].", ps)
	if !r.OK() {
		t.Fatalf("not supported: %+v", r.Verdicts)
	}
	q := r.Verdicts[0].Quotes[0]
	if !strings.Contains(q.Text, "metformine") || !strings.Contains(q.Text, "500 mg") {
		t.Errorf("quote %q should span the sentences with the terms and the dose", q.Text)
	}
	assertQuotesExact(t, r, ps)
}

func TestEnforcerEmptyAnswerFails(t *testing.T) {
	if NewEnforcer(nil, 0, false).Check("", enforcePassages()).OK() {
		t.Error("an empty answer passed")
	}
}

func TestParseAnswer(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Draft
	}{
		{"inline", "A is waar [1]. B is ook waar [2][3].", []Draft{{"A is waar.", []int{1}}, {"B is ook waar.", []int{2, 3}}}},
		{"after stop", "A is waar. [1] B is ook waar. [2]", []Draft{{"A is waar.", []int{1}}, {"B is ook waar.", []int{2}}}},
		{"list and range", "A is waar [1, 3-4].", []Draft{{"A is waar.", []int{1, 3, 4}}}},
		{"no markers", "A is waar.", []Draft{{"A is waar.", nil}}},
		{"abbreviation", "Gebruik bijv. metformine [1].", []Draft{{"Gebruik bijv. metformine.", []int{1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ParseAnswer(tt.in)); diff != "" {
				t.Errorf("ParseAnswer(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func FuzzParseAnswer(f *testing.F) {
	f.Add("A is waar [1]. B [2,3]. [4]", 5)
	f.Add("[1] [2-9] ... o.a. 1.5 mg", 2)
	f.Fuzz(func(t *testing.T, answer string, n int) {
		ps := make([]bronwijzer.Passage, max(0, min(n, 8)))
		for i := range ps {
			ps[i] = bronwijzer.Passage{Text: answer, Verified: true}
		}
		r := NewEnforcer(nil, 0, false).Check(answer, ps)
		assertQuotesExact(t, r, ps)
		for _, v := range r.Verdicts {
			if v.Supported && len(v.Cited) == 0 {
				t.Fatalf("supported sentence without a citation: %+v", v)
			}
			for _, c := range v.Cited {
				if c < 1 || c > len(ps) {
					t.Fatalf("citation %d out of range", c)
				}
			}
		}
	})
}
