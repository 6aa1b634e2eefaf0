package analysis

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func newAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := New()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return a
}

func TestTermsCompounds(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		word string
		want []string // the whole-word stem first, then part stems
	}{
		{"huisartsenpraktijken", []string{"huisartsenpraktijk", "huisart", "praktijk", "huis", "art"}},
		{"gezondheidszorg", []string{"gezondheidszorg", "gezond", "zorg"}},
		{"eerstelijnszorg", []string{"eerstelijnszorg", "eerstelijn", "zorg"}},
		{"zorgprofessionals", []string{"zorgprofessional", "zorg", "professional"}},
		{"taalmodellen", []string{"taalmodel", "tal", "model"}},
		{"patiëntenfederatie", []string{"patientenfederatie", "patient", "federatie"}},
		{"Huisartsenzorg", []string{"huisartsenzorg", "huisart", "zorg", "huis", "art"}},
		{"werkdruk", []string{"werkdruk", "werk", "druk"}},
		// Must not split: prefixes, derivations, and words whose pieces
		// happen to be rare words ("prak" + "tijk").
		{"beperkt", []string{"beperkt"}},
		{"verantwoord", []string{"verantwoord"}},
		{"verantwoordelijkheid", []string{"verantwoord"}},
		{"praktijk", []string{"praktijk"}},
		{"onderzoek", []string{"onderzoek"}},
		{"behandeling", []string{"behandel"}},
		{"betrouwbaarheid", []string{"betrouw"}},
		{"ontwikkeling", []string{"ontwikkel"}},
		{"toepassingen", []string{"toepas"}},
		{"combineren", []string{"combiner"}},     // not "combi" + "neren"
		{"kinderen", []string{"kinder", "kind"}}, // an -eren plural also yields its singular
		{"bladeren", []string{"blader", "blad"}},
		{"reageren", []string{"reager"}},                      // a verb: "reag" is no word
		{"zwangerschap", []string{"zwangerschap", "zwanger"}}, // "-schap" also yields its base
		// an unknown name glued to a dictionary head
		{"tarvomycinedosering", []string{"tarvomycinedoser", "tarvomycin", "doser"}},
		{"verantwoord", []string{"verantwoord"}}, // "woord" is too short a head to split off
		{"gesprekken", []string{"gesprek"}},      // not "gesp" + "rekken"
		{"codering", []string{"coder"}},          // not "code" + "ring"
		{"volgende", []string{"volgend"}},        // not "volg" + "ende"
		{"documenteren", []string{"documenter"}}, // not "docu" + "ment" + "eren"
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, a.Terms(tt.word)); diff != "" {
				t.Errorf("Terms(%q) mismatch (-want +got):\n%s", tt.word, diff)
			}
		})
	}
}

func TestQueryFindsCompound(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct{ query, doc string }{
		{"praktijk huisarts", "Steeds meer huisartsenpraktijken gebruiken AI."},
		{"zorg voor de gezondheid", "De gezondheidszorg staat onder druk."},
		{"patiënten federatie", "De Patiëntenfederatie Nederland reageerde."},
		{"modellen voor taal", "Grote taalmodellen zoals GPT."},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			doc := a.Terms(tt.doc)
			for _, q := range a.QueryTerms(tt.query) {
				if !slices.Contains(doc, q) {
					t.Errorf("query term %q not among document terms %v", q, doc)
				}
			}
		})
	}
}

func TestStemConsistentAcrossInflections(t *testing.T) {
	groups := [][]string{
		{"arts", "artsen"},
		{"huisarts", "huisartsen"},
		{"model", "modellen"},
		{"praktijk", "praktijken"},
		{"patient", "patienten"},
		{"organisatie", "organisaties"},
		{"ziekte", "ziektes", "ziekten"},
		{"ziekenhuis", "ziekenhuizen"},
		{"administratief", "administratieve"},
		{"toepassing", "toepassingen"},
		{"richtlijn", "richtlijnen"},
		{"antibioticum", "antibiotica"},
		{"criterium", "criteria"},
		{"centrum", "centra"},
		{"combineren", "gecombineerd", "gecombineerde", "combineert"},
		{"inventariseren", "geïnventariseerd"},
	}
	for _, g := range groups {
		t.Run(g[0], func(t *testing.T) {
			want := Stem(g[0])
			for _, w := range g[1:] {
				if got := Stem(w); got != want {
					t.Errorf("Stem(%q) = %q, want %q (as Stem(%q))", w, got, want, g[0])
				}
			}
		})
	}
}

// Only a verb in "-eren" with a root of five letters or more takes the
// infinitive: "geleerd", "verkeerd", "beheert" and "geëerd" keep their
// own stems.
func TestRomanceInfinitiveLeavesOtherVerbs(t *testing.T) {
	for _, w := range []string{"geleerd", "verkeerd", "beheert", "geeerd", "gekeerde", "leert"} {
		if got := romanceInfinitive(w); got != w {
			t.Errorf("romanceInfinitive(%q) = %q, want it unchanged", w, got)
		}
	}
}

// A question that splits a separable verb, its particle last, also asks
// for the verb joined, as a source writes it in a subordinate clause or
// the infinitive.
func TestQueryTermsJoinSplitVerbs(t *testing.T) {
	a := newAnalyzer(t)
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"Welk deel van de praktijken neemt geen nieuwe patiënten meer aan?", []string{Stem("aanneemt"), Stem("aannemen")}},
		{"Hoe laat neemt de patiënt somnarol in?", []string{Stem("innemen")}},
		{"Neemt de patiënt somnarol in?", []string{Stem("innemen")}},
	} {
		got := a.QueryTerms(tc.query)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("QueryTerms(%q) = %q, want %q among them", tc.query, got, w)
			}
		}
	}
	// no particle last: nothing joined; the index's terms stay as they were
	for _, text := range []string{"Welk deel van de praktijken neemt nieuwe patiënten?", "Neemt de patiënt het in de ochtend?"} {
		if got := a.QueryTerms(text); slices.ContainsFunc(got, func(t string) bool { return strings.HasPrefix(t, "aan") || strings.HasPrefix(t, "in") }) {
			t.Errorf("QueryTerms(%q) = %q, want no joined verb", text, got)
		}
	}
	if got, want := a.Terms("Hoe laat neemt de patiënt somnarol in?"), a.Terms("Hoe laat neemt de patiënt somnarol"); !slices.Equal(got, want) {
		t.Errorf("Terms = %q, want the index terms unchanged (%q)", got, want)
	}
}

// A Dutch word in "-um" is no Latin neuter: "datum" and "sputum" keep
// their stems, and "maximum" (after an m) too.
func TestLatinPluralLeavesDutchWords(t *testing.T) {
	for _, w := range []string{"datum", "sputum", "maximum", "museum"} {
		if got := latinPlural(w); got != w {
			t.Errorf("latinPlural(%q) = %q, want it unchanged", w, got)
		}
	}
}

func TestTerms(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"stop words dropped", "De arts en de patiënt", []string{"art", "patient"}},
		{"frequency kept", "zorg, zorg en nog eens zorg", []string{"zorg", "zorg", "zorg"}},
		{"diacritics folded", "Geïnventariseerd", []string{"inventariser"}},
		{"numbers kept", "COVID-19", []string{"covid", "19", "covid19"}},
		{"hyphen group joined", "e-health", []string{"health", "ehealth"}},
		{"adjective in -isch yields its noun in -ie", "allergische", []string{"allergisch", "allergie"}},
		{"short root yields no noun", "medische", []string{"medisch"}},
		{"hyphen compound", "AI-toepassingen", []string{"ai", "toepas", "aitoepas"}},
		{"spaced dash is no join", "zorg - werk", []string{"zorg", "werk"}},
		{"single letters dropped", "x y z", []string{}},
		{"empty", "", []string{}},
		{"punctuation only", "—…!?", []string{}},
		{"non-latin letters", "Ωμέγα", []string{"ωμεγα"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, a.Terms(tt.text)); diff != "" {
				t.Errorf("Terms(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestQueryTermsDeduplicated(t *testing.T) {
	a := newAnalyzer(t)
	got := a.QueryTerms("Huisarts, huisartsen en huisartsenpraktijk")
	want := []string{"huisart", "huis", "art", "huisartsenpraktijk", "praktijk"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("QueryTerms mismatch (-want +got):\n%s", diff)
	}
}

// Interrogatives and wish words frame a question; a passage repeating them
// ("bij hoeveel praktijken … is onbekend") must not win on them.
func TestQueryTermsDropQuestionWords(t *testing.T) {
	a := newAnalyzer(t)
	got := a.QueryTerms("Hoeveel praktijken willen graag triage en welke gebruiken e-consulten?")
	want := []string{"praktijk", "triag", "gebruik", "consult", "econsult"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("QueryTerms mismatch (-want +got):\n%s", diff)
	}
	if terms := a.Terms("hoeveel welke graag"); len(terms) == 0 {
		t.Error("question words must stay index terms")
	}
}

func TestTokens(t *testing.T) {
	text := "Privacy: patiënt’s AVG-regels."
	got := Tokens(text)
	var words []string
	for _, tok := range got {
		if text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q does not match its offsets %d:%d", tok.Text, tok.Start, tok.End)
		}
		words = append(words, fmt.Sprintf("%s/%s/%v", tok.Text, tok.Folded, tok.Stop))
	}
	want := []string{"Privacy/privacy/false", "patiënt/patient/false", "s/s/false", "AVG/avg/false", "regels/regels/false"}
	if diff := cmp.Diff(want, words); diff != "" {
		t.Errorf("Tokens mismatch (-want +got):\n%s", diff)
	}
}

func TestConcurrentUse(t *testing.T) {
	a := newAnalyzer(t)
	want := a.Terms(sampleText(1, 500))
	a2 := newAnalyzer(t)
	var wg sync.WaitGroup
	results := make([][]string, 8)
	for i := range results {
		wg.Go(func() { results[i] = a2.Terms(sampleText(1, 500)) })
	}
	wg.Wait()
	for i, got := range results {
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("goroutine %d: terms differ (-want +got):\n%s", i, diff)
		}
	}
}

var sampleVocab = strings.Fields(`De huisarts gebruikt kunstmatige intelligentie in de huisartsenpraktijk
voor verslaglegging, triage en beslisondersteuning. Zorgprofessionals en patiënten moeten
geïnformeerd worden over de risico's van taalmodellen, privacy en gegevensbescherming.
De eerstelijnszorg staat onder druk door personeelstekorten en een hoge werkdruk;
AI-toepassingen kunnen administratieve lasten verlagen. Verantwoord gebruik vraagt om
richtlijnen, toezicht, scholing en evaluatie in de gezondheidszorg. COVID-19 en e-health
veranderden de organisatie van ziekenhuizen, apotheken en wijkverpleging.`)

// sampleText returns seeded pseudo-Dutch text of n words.
func sampleText(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, seed))
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(sampleVocab[r.IntN(len(sampleVocab))])
	}
	return b.String()
}

// BenchmarkTerms analyses a Kompas-sized text (20,000 words).
func BenchmarkTerms(b *testing.B) {
	a := newAnalyzer(b)
	text := sampleText(42, 20000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a.Terms(text)
	}
	b.ReportMetric(20000*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkTermsCold measures the first pass, when every word is split and
// stemmed rather than served from the cache.
func BenchmarkTermsCold(b *testing.B) {
	text := sampleText(42, 20000)
	for b.Loop() {
		b.StopTimer()
		a := newAnalyzer(b)
		b.StartTimer()
		a.Terms(text)
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		newAnalyzer(b)
	}
}

// FuzzTerms checks that any input is analysed without panics into non-empty
// terms, and that query terms are the distinct index terms with the joined
// forms of a verb the text splits (splitVerbs: "… neemt … aan" also asks
// "aanneemt"; the fuzzer found "ǢT 000 om", whose "omæt" is no index
// term of the text).
func FuzzTerms(f *testing.F) {
	a := newAnalyzer(f)
	for _, s := range []string{"huisartsenpraktijken", "COVID-19", "e-\u2011health", "Ωμέγα ﬁ", "\xff\xfe", "a-b-c-d", "zorgzorgzorgzorgzorg",
		"Welk deel neemt geen nieuwe patiënten meer aan"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		terms := a.Terms(text)
		for _, term := range terms {
			if term == "" {
				t.Fatalf("empty term in %q", terms)
			}
		}
		terms = append(terms, splitVerbs(text)...)
		q := a.QueryTerms(text)
		seen := make(map[string]bool)
		for _, term := range q {
			if seen[term] || !slices.Contains(terms, term) {
				t.Fatalf("query term %q duplicated or neither an index term nor a joined verb", term)
			}
			seen[term] = true
		}
		want := distinct(terms)
		for term := range want {
			if a.questionStems[term] {
				delete(want, term)
			}
		}
		if len(seen) != len(want) {
			t.Fatalf("QueryTerms has %d terms, Terms %d distinct content terms", len(seen), len(want))
		}
	})
}

func distinct(s []string) map[string]bool {
	m := make(map[string]bool)
	for _, x := range s {
		m[x] = true
	}
	return m
}

// IsWord knows the dictionary's common words, folded, and no names.
func TestIsWord(t *testing.T) {
	a := newAnalyzer(t)
	for w, want := range map[string]bool{"gezin": true, "Positie": true, "hoest": true, "tarvomycine": false, "pluimhoest": false} {
		if got := a.IsWord(w); got != want {
			t.Errorf("IsWord(%q) = %v, want %v", w, got, want)
		}
	}
}
