package benchreport

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/bronwijzer/bronwijzer"
)

func lexFixture() []bronwijzer.Chunk {
	mk := func(ord int, section, text string) bronwijzer.Chunk {
		return bronwijzer.Chunk{DocumentID: "ft", Version: 1, Ordinal: ord, Section: section, Text: text, Kind: bronwijzer.KindText}
	}
	return []bronwijzer.Chunk{
		mk(0, "Behandeling", "Controleer de nierfunctie jaarlijks bij ouderen die een diureticum gebruiken."),
		mk(1, "Behandeling › Medicamenteuze behandeling", "De dosering van nordaxilline bij kinderen is 12 mg/kg per dag in twee giften."),
		mk(2, "Consultatie en verwijzing", "Overleg met de tweede lijn bij twijfel over de diagnose."),
		mk(3, "Achtergronden", "Een tabel met de belangrijkste kenmerken van de aandoening staat in de bijlage."),
	}
}

// openLexPeers returns both lexical peers loaded with the fixture.
func openLexPeers(t *testing.T) map[string]PassageEngine {
	t.Helper()
	ctx := context.Background()
	bl, err := NewBleve(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ft, err := NewFTS5(ctx, filepath.Join(t.TempDir(), "fts.db"))
	if err != nil {
		t.Fatal(err)
	}
	engines := map[string]PassageEngine{EngineBleve: bl, EngineFTS5: ft}
	for name, e := range engines {
		t.Cleanup(func() { e.Close() })
		if err := e.Load(ctx, lexFixture()); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return engines
}

// Both peers put the passage holding the question's terms first, find a
// passage by its section path alone, and return nothing rather than an
// error for a question without words.
func TestLexicalPeersRank(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name, query, want string
	}{
		{"terms in the text", "Welke dosering nordaxilline bij kinderen?", "ft:1:1"},
		{"term only in the section path", "Wanneer verwijzing?", "ft:1:2"},
		{"rarer term outweighs common ones", "Hoe vaak de nierfunctie controleren bij een patiënt?", "ft:1:0"},
	}
	for name, e := range openLexPeers(t) {
		for _, tt := range tests {
			t.Run(name+"/"+tt.name, func(t *testing.T) {
				ids, err := e.Search(ctx, tt.query, 3)
				if err != nil {
					t.Fatal(err)
				}
				if len(ids) == 0 || ids[0] != tt.want {
					t.Errorf("Search(%q) = %v, want %s first", tt.query, ids, tt.want)
				}
			})
		}
		t.Run(name+"/no words", func(t *testing.T) {
			ids, err := e.Search(ctx, "?!", 3)
			if err != nil || len(ids) != 0 {
				t.Errorf("Search(\"?!\") = %v, %v; want nothing, no error", ids, err)
			}
		})
	}
}

// The Dutch analyser stems: a plural in the question finds the singular.
func TestBleveStemsDutch(t *testing.T) {
	ids, err := openLexPeers(t)[EngineBleve].Search(context.Background(), "doseringen", 3)
	if err != nil || len(ids) == 0 || ids[0] != "ft:1:1" {
		t.Errorf("Search(doseringen) = %v, %v; want ft:1:1 first", ids, err)
	}
}

// Bleve falls back to TF-IDF without a word when the index cannot give
// BM25 its field statistics (bleve.NewMemOnly): the explanation of a hit
// must show BM25's saturation term.
func TestBleveScoresWithBM25(t *testing.T) {
	bl, err := NewBleve(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer bl.Close()
	if err := bl.Load(context.Background(), lexFixture()); err != nil {
		t.Fatal(err)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery("nordaxilline"), 1, 0, true)
	res, err := bl.idx.Search(req)
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("search: %v, %d hits", err, len(res.Hits))
	}
	if !explains(res.Hits[0].Expl, "saturation") {
		t.Errorf("hit not scored with BM25: %s", res.Hits[0].Expl)
	}
}

func explains(e *search.Explanation, word string) bool {
	if e == nil {
		return false
	}
	if strings.Contains(e.Message, word) {
		return true
	}
	for _, c := range e.Children {
		if explains(c, word) {
			return true
		}
	}
	return false
}

func TestFTS5Query(t *testing.T) {
	got := FTS5Query(`Wat is "OR" NEAR eGFR < 30?`)
	want := `"Wat" OR "is" OR "OR" OR "NEAR" OR "eGFR" OR "30"`
	if got != want {
		t.Errorf("FTS5Query = %s, want %s", got, want)
	}
}

// A set whose question file is absent is reported, engine by engine, as
// skipped instead of failing the run.
func TestQualitySetWithoutQuestions(t *testing.T) {
	cfg := Config{Root: t.TempDir()}
	set := QualitySet{Name: "missing", Dataset: "eval/datasets/missing.jsonl", Dir: "corpus"}
	rows, err := runQualitySet(context.Background(), cfg, set, nil, "", t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(qualityEngines) {
		t.Fatalf("%d rows, want %d", len(rows), len(qualityEngines))
	}
	for _, r := range rows {
		if r.Set != "missing" || !strings.Contains(r.Skipped, "missing.jsonl") {
			t.Errorf("row %+v: want skipped for the missing file", r)
		}
	}
}

func TestParseQualitySets(t *testing.T) {
	got, err := ParseQualitySets("dev=eval/datasets/dev.jsonl:corpus, private=/data/q.jsonl:/data/guidelines")
	want := []QualitySet{{"dev", "eval/datasets/dev.jsonl", "corpus"}, {"private", "/data/q.jsonl", "/data/guidelines"}}
	if err != nil || len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("ParseQualitySets = %v, %v; want %v", got, err, want)
	}
	if underRoot("/repo", got[1].Dir) != "/data/guidelines" || underRoot("/repo", got[0].Dir) != "/repo/corpus" {
		t.Error("absolute paths must stay, relative ones go under the root")
	}
	for _, bad := range []string{"", "dev", "dev=q.jsonl", "=q.jsonl:corpus", "dev=:corpus"} {
		if _, err := ParseQualitySets(bad); err == nil {
			t.Errorf("ParseQualitySets(%q): no error", bad)
		}
	}
}
