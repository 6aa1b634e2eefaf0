package storetest

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// The structure of a guideline in the store: chunk kinds, table captions,
// note markers and the lexical field (retrieval.FieldWeight).

// structureDoc returns a verified document id of the fixture embedder.
func structureDoc(id, sha string) bronwijzer.Document {
	d := fixtureDoc(0, sha)
	d.ID, d.Title, d.SourceFile = id, "Richtlijn "+id, id+".pdf"
	return d
}

// structureChunks are one chunk of every kind, and one without a kind.
func structureChunks() []bronwijzer.Chunk {
	caption := "Tabel 1 Dosering van nordaxilline"
	cs := []bronwijzer.Chunk{
		{Kind: bronwijzer.KindText, Section: "Beleid", Text: "Start met nordaxilline.1", Notes: []string{"1", "2"},
			Terms: []string{"start", "nordaxilline"}, FieldTerms: []string{"beleid"}},
		{Kind: bronwijzer.KindList, Section: "Beleid", Text: "Verwijs bij: koorts; stijfheid.",
			Terms: []string{"verwijs", "koorts", "stijfheid"}, FieldTerms: []string{"beleid"}},
		{Kind: bronwijzer.KindTableRow, Section: "Beleid", Caption: caption,
			Text:  caption + " — Middel: nordaxilline · Volwassenen: 1 dd 1 mg",
			Terms: []string{"nordaxilline", "1", "dd", "1", "mg"}, FieldTerms: []string{"beleid", "tabel", "1", "dosering", "nordaxilline", "middel", "volwassen"}},
		{Kind: bronwijzer.KindTable, Section: "Beleid", Caption: caption,
			Text:  caption + "\nMiddel | Volwassenen\nnordaxilline | 1 dd 1 mg",
			Terms: []string{"middel", "volwassen", "nordaxilline", "1", "dd", "1", "mg"}, FieldTerms: []string{"tabel", "1", "dosering", "nordaxilline"}},
		{Kind: bronwijzer.KindNote, Section: "Beleid", Text: "1. https://example.org/bron",
			Terms: []string{"https", "example", "org", "bron"}},
		{Section: "Beleid", Text: "Zonder soort.", Terms: []string{"soort"}},
	}
	for o := range cs {
		cs[o].Ordinal, cs[o].PageStart, cs[o].PageEnd = o, 1, 1
		cs[o].CharStart, cs[o].CharEnd = 10*o, 10*o+5
		cs[o].Embedding = axis(o)
	}
	return cs
}

// testStructureReadBack: kinds, captions, notes and field terms come back
// from Chunks as put; a chunk without a kind comes back as text.
func testStructureReadBack(t *testing.T, s retrieval.Store) {
	put(t, s, structureDoc("structuur", "sha-s"), structureChunks())
	want := structureChunks()
	for i := range want {
		want[i].DocumentID, want[i].Version = "structuur", 1
	}
	want[len(want)-1].Kind = bronwijzer.KindText
	got, err := s.Chunks(t.Context(), "structuur")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Chunks (-want +got):\n%s", diff)
	}
	ps := lexical(t, s, []string{"volwassen"}, 5, retrieval.Filter{})
	if len(ps) != 1 || ps[0].Kind != bronwijzer.KindTableRow || ps[0].Caption != want[2].Caption {
		t.Errorf("table row passage = %+v, want kind %q and caption %q", ps, bronwijzer.KindTableRow, want[2].Caption)
	}
	ps = dense(t, s, axis(1), 1, retrieval.Filter{})
	if len(ps) != 1 || ps[0].Kind != bronwijzer.KindList || ps[0].Caption != "" {
		t.Errorf("list passage = %+v, want kind %q without caption", ps, bronwijzer.KindList)
	}
}

// testNonSearchable: a whole table and a note are stored but in neither
// list, whatever the filter, and change no BM25 statistic: the scores of
// the content are the same to the bit with and without them.
func testNonSearchable(t *testing.T, s retrieval.Store) {
	loadFixture(t, s)
	query := []string{"koorts", "huisarts", "insulin"}
	before := lexical(t, s, query, 50, retrieval.Filter{})
	// A document of nothing but a table and notes holding the query terms
	// many times, with the query vectors themselves.
	var cs []bronwijzer.Chunk
	for o, kind := range []string{bronwijzer.KindTable, bronwijzer.KindNote, bronwijzer.KindNote} {
		cs = append(cs, bronwijzer.Chunk{
			Ordinal: o, PageStart: 1, PageEnd: 1, Kind: kind, Caption: "Tabel 9", Text: "koorts huisarts insulin",
			Terms:      []string{"koorts", "koorts", "huisarts", "insulin", "insulin", "tabelwoord"},
			FieldTerms: []string{"koorts"}, Embedding: axis(1 + o),
		})
	}
	put(t, s, structureDoc("tabellen", "sha-t"), cs)
	after := lexical(t, s, query, 50, retrieval.Filter{})
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("lexical list changed by a table and notes (-before +after):\n%s", diff)
	}
	for _, f := range []retrieval.Filter{{DocumentIDs: []string{"tabellen"}}, {VerifiedOnly: true, DocumentIDs: []string{"tabellen"}}} {
		if ps := lexical(t, s, []string{"tabelwoord", "koorts"}, 10, f); len(ps) != 0 {
			t.Errorf("lexical %+v returned non-searchable chunks %v", f, passageIDs(ps))
		}
		if ps := dense(t, s, axis(1), 10, f); len(ps) != 0 {
			t.Errorf("dense %+v returned non-searchable chunks %v", f, passageIDs(ps))
		}
	}
	if ps := dense(t, s, axis(2), 50, retrieval.Filter{}); len(ps) != 3*fixtureChunks {
		t.Errorf("dense ranked %d chunks, want the %d searchable ones", len(ps), 3*fixtureChunks)
	}
	got, err := s.Chunks(t.Context(), "tabellen")
	if err != nil || len(got) != len(cs) {
		t.Fatalf("Chunks(tabellen) = %d chunks, %v; want %d", len(got), err, len(cs))
	}
	if err := s.DeleteDocument(t.Context(), "tabellen"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, lexical(t, s, query, 50, retrieval.Filter{})); diff != "" {
		t.Errorf("lexical list changed by deleting a table and notes (-before +after):\n%s", diff)
	}
}

// fieldChunks hold "verwijzing" in the body, the field, both or neither,
// at two lengths.
func fieldChunks() []bronwijzer.Chunk {
	type tf struct{ body, field []string }
	rows := []tf{
		{[]string{"verwijzing", "huisarts", "zorg", "zorg"}, []string{"consultatie", "beleid"}},        // body
		{[]string{"huisarts", "zorg", "zorg", "zorg"}, []string{"consultatie", "verwijzing"}},          // field
		{[]string{"verwijzing", "huisarts", "zorg", "zorg"}, []string{"consultatie", "verwijzing"}},    // both
		{[]string{"huisarts", "verwijzing", "zorg", "zorg"}, []string{"a", "b", "c", "d"}},             // body, longer
		{[]string{"huisarts", "zorg", "zorg", "zorg", "zorg"}, []string{"beleid"}},                     // neither
		{[]string{"huisarts", "zorg", "zorg", "zorg", "zorg", "zorg"}, nil},                            // neither
		{[]string{"huisarts", "zorg", "zorg", "zorg", "zorg", "zorg", "zorg"}, []string{"verwijzing"}}, // field, longer
		{[]string{"zorg", "zorg", "zorg", "zorg", "zorg", "zorg"}, nil},                                // neither
	}
	cs := make([]bronwijzer.Chunk, len(rows))
	for o, r := range rows {
		cs[o] = bronwijzer.Chunk{Ordinal: o, PageStart: 1, PageEnd: 1, Kind: bronwijzer.KindText,
			Text: "Fragment", Terms: r.body, FieldTerms: r.field, Embedding: axis(o)}
	}
	return cs
}

// bm25F is the reference lexical score of every store: BM25 (the shared
// retrieval.BM25K1 and BM25B, FTS5's idf) with tf = tf_body +
// FieldWeight·tf_field and the length of both fields, written out here
// rather than calling retrieval.BM25Term, so a slip there is caught.
func bm25F(chunks []bronwijzer.Chunk, query []string) map[int]float64 {
	n, total := float64(len(chunks)), 0
	df := map[string]int{}
	for _, c := range chunks {
		total += len(c.Terms) + len(c.FieldTerms)
		for _, q := range query {
			if slices.Contains(c.Terms, q) || slices.Contains(c.FieldTerms, q) {
				df[q]++
			}
		}
	}
	avg := float64(total) / n
	count := func(ts []string, q string) float64 {
		k := 0
		for _, t := range ts {
			if t == q {
				k++
			}
		}
		return float64(k)
	}
	out := map[int]float64{}
	for _, c := range chunks {
		length := float64(len(c.Terms) + len(c.FieldTerms))
		for _, q := range query {
			tf := count(c.Terms, q) + retrieval.FieldWeight*count(c.FieldTerms, q)
			if tf == 0 {
				continue
			}
			idf := math.Log((n - float64(df[q]) + 0.5) / (float64(df[q]) + 0.5))
			if idf <= 0 {
				idf = retrieval.BM25MinIDF
			}
			k1, b := retrieval.BM25K1, retrieval.BM25B
			out[c.Ordinal] += idf * tf * (k1 + 1) / (tf + k1*(1-b+b*length/avg))
		}
	}
	return out
}

// testFieldRanking: the section path, caption and headers are a field of
// their own, scored as bm25F. A chunk whose field holds the query term
// outranks the same chunk without it; with FieldWeight above 1 a term in
// the field outranks the same term in the body.
func testFieldRanking(t *testing.T, s retrieval.Store) {
	chunks := fieldChunks()
	put(t, s, structureDoc("velden", "sha-v"), chunks)
	for _, query := range [][]string{{"verwijzing"}, {"verwijzing", "beleid"}, {"consultatie", "zorg"}} {
		want := bm25F(chunks, query)
		ps := lexical(t, s, query, 50, retrieval.Filter{})
		if len(ps) != len(want) {
			t.Errorf("%q: %d passages, want %d", query, len(ps), len(want))
		}
		checkSorted(t, ps)
		for _, p := range ps {
			o := ordinalOf(p)
			if w := want[o]; math.Abs(p.Score-w) > 1e-6*math.Max(1, w) {
				t.Errorf("%q: chunk %d score %v, want %v", query, o, p.Score, w)
			}
		}
	}
	ps := lexical(t, s, []string{"verwijzing"}, 50, retrieval.Filter{})
	rank := map[int]int{}
	for i, p := range ps {
		rank[ordinalOf(p)] = i
	}
	if rank[2] > rank[0] {
		t.Errorf("chunk with the term in body and field ranked %d, below the same body without it (%d)", rank[2], rank[0])
	}
	if retrieval.FieldWeight > 1 && rank[1] > rank[0] {
		t.Errorf("term in the field ranked %d, below the term in the body (%d)", rank[1], rank[0])
	}
}

func ordinalOf(p bronwijzer.Passage) int {
	o, _ := strconv.Atoi(p.ID[strings.LastIndexByte(p.ID, ':')+1:])
	return o
}

// testTableSubjects: HybridSearcher.TableSubjects over the store lists the
// first cell of every table row per document (not of whole tables) and
// every document's chunk count, and follows the corpus: a new version, a
// new document and a deletion.
func testTableSubjects(t *testing.T, s retrieval.Store) {
	srch := &retrieval.HybridSearcher{Store: s, Embedder: axisEmbedder{}, Analyzer: wordAnalyzer{}}
	var chunks map[string]int
	subjects := func() map[string][]string {
		t.Helper()
		ts, err := srch.TableSubjects(t.Context())
		if err != nil {
			t.Fatalf("TableSubjects: %v", err)
		}
		chunks = ts.Chunks
		out := map[string][]string{}
		for doc, rows := range ts.ByDocument {
			for _, r := range rows {
				if strings.Contains(r.Text, "Tabel") {
					t.Errorf("row text %q carries its caption", r.Text)
				}
				out[doc] = append(out[doc], r.Subject)
			}
		}
		return out
	}
	if got := subjects(); len(got) != 0 {
		t.Errorf("empty store: %v", got)
	}
	put(t, s, structureDoc("structuur", "sha-s"), structureChunks())
	if diff := cmp.Diff(map[string][]string{"structuur": {"nordaxilline"}}, subjects()); diff != "" {
		t.Errorf("one document (-want +got):\n%s", diff)
	}
	// A second version with another drug's row in place of the first.
	cs := structureChunks()
	cs[2].Text = strings.Replace(cs[2].Text, "Middel: nordaxilline", "Middel: tarvomycine tablet 250 mg", 1)
	put(t, s, structureDoc("structuur", "sha-s2"), cs)
	put(t, s, structureDoc("tweede", "sha-2"), structureChunks())
	want := map[string][]string{"structuur": {"tarvomycine tablet 250 mg"}, "tweede": {"nordaxilline"}}
	if diff := cmp.Diff(want, subjects()); diff != "" {
		t.Errorf("after a new version and a new document (-want +got):\n%s", diff)
	}
	n := len(structureChunks())
	if diff := cmp.Diff(map[string]int{"structuur": n, "tweede": n}, chunks); diff != "" {
		t.Errorf("chunk counts (-want +got):\n%s", diff)
	}
	if err := s.DeleteDocument(t.Context(), "tweede"); err != nil {
		t.Fatal(err)
	}
	delete(want, "tweede")
	if diff := cmp.Diff(want, subjects()); diff != "" {
		t.Errorf("after a deletion (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"structuur": n}, chunks); diff != "" {
		t.Errorf("chunk counts after a deletion (-want +got):\n%s", diff)
	}
}
