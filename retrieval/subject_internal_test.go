package retrieval

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
)

// wordAnalyzer lower-cases words and drops a few function words, enough to
// test the subject logic without the Dutch analyser.
type wordAnalyzer struct{}

func (wordAnalyzer) QueryTerms(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}) {
		switch w {
		case "de", "het", "een", "bij", "van", "wat", "is", "als":
		default:
			out = append(out, w)
		}
	}
	return out
}

func TestPreferSubjects(t *testing.T) {
	const (
		ft01  = "Fictieve Standaard Ambervlekkenziekte (FT-01)"
		ft02  = "Fictieve Standaard Velaatjicht (FT-02)"
		nivel = "Nivel: Inzet AI onder huisartsenpraktijken nog beperkt"
	)
	p := func(id, doc, title, kind, caption, text string) bronwijzer.Passage {
		return bronwijzer.Passage{ID: id, DocumentID: doc, Title: title, Kind: kind, Caption: caption, Text: text}
	}
	row := p("ft01-row", "ft01", ft01, bronwijzer.KindTableRow, "Tabel 2 Dosering",
		"Tabel 2 Dosering — Middel: tarvomycine tablet 250 mg · Bij nierfunctiestoornis: eGFR < 30: 1 dd 250 mg")
	egfr := p("ft02-egfr", "ft02", ft02, bronwijzer.KindText, "", "Bij een eGFR onder 30 is de dosis korvidine 0,5 mg.")
	interaction := p("ft02-int", "ft02", ft02, bronwijzer.KindText, "", "Tarvomycine verhoogt de spiegel van korvidine.")
	ft01Text := p("ft01-text", "ft01", ft01, bronwijzer.KindText, "", "Koorts en vlekken na een mijtenbeet.")
	ft02Koorts := p("ft02-koorts", "ft02", ft02, bronwijzer.KindText, "", "Koorts komt bij een aanval voor.")
	nivelInzet := p("nivel-inzet", "nivel", nivel, bronwijzer.KindText, "", "De inzet van AI is beperkt.")
	ft02Inzet := p("ft02-inzet", "ft02", ft02, bronwijzer.KindText, "", "De inzet van korvidine bij een aanval.")
	ft01Inzet := p("ft01-inzet", "ft01", ft01, bronwijzer.KindText, "", "Inzet van tarvomycine.")

	tests := []struct {
		name  string
		query string
		list  []bronwijzer.Passage
		want  []string
	}{
		{"a drug in a document's dose table: other documents' passages must name it",
			"dosis tarvomycine egfr 25", []bronwijzer.Passage{egfr, interaction, row},
			[]string{"ft02-int", "ft01-row", "ft02-egfr"}},
		{"a condition in a document's title",
			"koorts ambervlekkenziekte", []bronwijzer.Passage{ft02Koorts, ft01Text},
			[]string{"ft01-text", "ft02-koorts"}},
		{"no subject named: order kept",
			"koorts", []bronwijzer.Passage{ft02Koorts, ft01Text},
			[]string{"ft02-koorts", "ft01-text"}},
		{"a title word most passages using it lie outside: no subject",
			"inzet", []bronwijzer.Passage{ft02Inzet, ft01Inzet, nivelInzet},
			[]string{"ft02-inzet", "ft01-inzet", "nivel-inzet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &HybridSearcher{Analyzer: wordAnalyzer{}, Store: passageStore(tt.list)}
			got, err := s.preferSubjects(t.Context(), wordAnalyzer{}.QueryTerms(tt.query), tt.list, 100, Filter{})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, p := range got {
				ids = append(ids, p.ID)
			}
			if diff := cmp.Diff(tt.want, ids); diff != "" {
				t.Errorf("order (-want +got):\n%s", diff)
			}
		})
	}
}

// passageStore is a Store whose lexical list holds the passages using any
// of the terms, in their order; it has no other method.
type passageStore []bronwijzer.Passage

func (ps passageStore) LexicalSearch(_ context.Context, terms []string, limit int, _ Filter) ([]bronwijzer.Passage, error) {
	var out []bronwijzer.Passage
	for _, p := range ps {
		words := set(wordAnalyzer{}.QueryTerms(p.Text))
		if slices.ContainsFunc(terms, func(t string) bool { return words[t] }) && len(out) < limit {
			out = append(out, p)
		}
	}
	return out, nil
}

func (passageStore) Document(context.Context, string) (*bronwijzer.Document, error) { panic("unused") }
func (passageStore) Documents(context.Context) ([]bronwijzer.Document, error)       { panic("unused") }
func (passageStore) PutDocument(context.Context, bronwijzer.Document, []bronwijzer.Chunk) (PutResult, error) {
	panic("unused")
}
func (passageStore) ReplaceDocument(context.Context, bronwijzer.Document, []bronwijzer.Chunk) (PutResult, error) {
	panic("unused")
}
func (passageStore) DeleteDocument(context.Context, string) error               { panic("unused") }
func (passageStore) Chunks(context.Context, string) ([]bronwijzer.Chunk, error) { panic("unused") }
func (passageStore) DenseSearch(context.Context, []float32, int, Filter) ([]bronwijzer.Passage, error) {
	panic("unused")
}
func (passageStore) EmbedderName(context.Context) (string, error) { panic("unused") }
func (passageStore) Ping(context.Context) error                   { panic("unused") }
func (passageStore) Kind() string                                 { return "test" }
func (passageStore) Close() error                                 { return nil }

func TestFirstCell(t *testing.T) {
	row := bronwijzer.Passage{Kind: bronwijzer.KindTableRow, Caption: "Tabel 2 Dosering",
		Text: "Tabel 2 Dosering — Middel: tarvomycine tablet 250 mg · Kinderen: 12 mg/kg/dag"}
	if got := firstCell(row); got != "tarvomycine tablet 250 mg" {
		t.Errorf("firstCell = %q", got)
	}
	row.Text, row.Caption = "nordaxilline · Kinderen: 0,3 mg", ""
	if got := firstCell(row); got != "nordaxilline" {
		t.Errorf("firstCell without header = %q", got)
	}
}
