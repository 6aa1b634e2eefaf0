package sqlite

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

func TestVectorRoundTrip(t *testing.T) {
	v := []float32{0, 1, -1, 3.5, 1e-38, -7.25e12}
	got, err := decodeVector(encodeVector(v))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(v, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if _, err := decodeVector([]byte{1, 2, 3}); err == nil {
		t.Error("decodeVector accepted a 3-byte blob")
	}
}

func TestDot(t *testing.T) {
	impls := map[string]func(a, b []float32) float32{"dot": dot, "dotGo": dotGo}
	for name, f := range impls {
		for n := range 75 { // every tail length of the 32- and 8-wide loops
			a, b := make([]float32, n), make([]float32, n+3) // b may be longer
			var want float32
			for i := range n {
				a[i], b[i] = float32(i%13+1), float32(2*(i%7)-3)
				want += a[i] * b[i] // small integers: exact in any order
			}
			if got := f(a, b); got != want {
				t.Errorf("%s len %d = %g, want %g", name, n, got, want)
			}
		}
	}
}

// TestDotImplementationsAgree compares the assembly (where the CPU has it)
// and portable dot products on random vectors: they sum in different
// orders, so they agree to float32 rounding, not bit for bit.
func TestDotImplementationsAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for _, n := range []int{1, 7, 8, 31, 33, 100, 384, 1536} {
		a, b := make([]float32, n), make([]float32, n)
		var exact float64
		for i := range n {
			a[i], b[i] = float32(rng.NormFloat64()), float32(rng.NormFloat64())
			exact += float64(a[i]) * float64(b[i])
		}
		for name, got := range map[string]float32{"dot": dot(a, b), "dotGo": dotGo(a, b)} {
			if math.Abs(float64(got)-exact) > 1e-5*math.Sqrt(float64(n))*4 {
				t.Errorf("%s len %d = %g, exact %g", name, n, got, exact)
			}
		}
	}
}

// randomSnapshot builds a snapshot of rows random unit vectors over docs
// documents (segments), with every third document unverified, and terms
// drawn from a vocabulary of ten words.
func randomSnapshot(rng *rand.Rand, rows, dim, docs int) *snapshot {
	s := &snapshot{dim: dim}
	var segs []*segment
	var lex postingsBuilder
	for r := range rows {
		d := r * docs / rows
		if len(segs) <= d {
			if len(segs) > 0 {
				segs[len(segs)-1].lex = lex.build()
				lex = postingsBuilder{}
			}
			segs = append(segs, &segment{docID: string(rune('a' + d)), version: 1, verified: d%3 != 2})
		}
		seg := segs[d]
		v := make([]float32, dim)
		for i := range v {
			// Coarse values make exact score ties common, exercising the
			// row tie-break.
			v[i] = float32(rng.IntN(3) - 1)
		}
		retrieval.Normalize(v)
		seg.vecs = append(seg.vecs, v...)
		seg.ids = append(seg.ids, int64(r+1))
		terms := make([]string, 1+rng.IntN(6))
		for i := range terms {
			terms[i] = fmt.Sprint("w", rng.IntN(10))
		}
		field := make([]string, rng.IntN(3))
		for i := range field {
			field[i] = fmt.Sprint("w", rng.IntN(10))
		}
		lex.add([]byte(strings.Join(terms, " ")), []byte(strings.Join(field, " ")))
	}
	segs[len(segs)-1].lex = lex.build()
	s.setSegments(segs)
	return s
}

// rowTerms returns the BM25F term frequencies (tf_body +
// FieldWeight·tf_field) and length of global row r.
func rowTerms(s *snapshot, r int) (map[string]float64, int) {
	i := s.segmentOf(r)
	seg, local := s.segs[i], int32(r-s.offsets[i])
	tf := map[string]float64{}
	for t, term := range seg.lex.terms {
		for _, p := range seg.lex.post[seg.lex.start[t]:seg.lex.start[t+1]] {
			if p.row == local {
				tf[term] = float64(p.tf) + retrieval.FieldWeight*float64(p.tff)
			}
		}
	}
	return tf, int(seg.lex.lengths[local])
}

// bruteForce ranks every allowed row by score with a full sort.
// Lexical search skips rows without a query term (score 0); dense search
// ranks every row.
func bruteForce(s *snapshot, score func(r int) float32, n int, allow []bool, keepZero bool) []hit {
	var all []hit
	for r := range s.rows() {
		if allow == nil || allow[s.segmentOf(r)] {
			if sc := score(r); sc != 0 || keepZero {
				all = append(all, hit{int32(r), sc})
			}
		}
	}
	sortHits(all)
	return all[:min(n, len(all))]
}

func TestDenseSearchMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	s := randomSnapshot(rng, 3*minRowsPerWorker+17, 8, 5) // several workers
	filters := map[string][]bool{"none": nil, "verified": s.allowed(retrieval.Filter{VerifiedOnly: true}), "none allowed": make([]bool, 5)}
	for name, allow := range filters {
		for _, n := range []int{1, 7, 50, 20000} {
			q := make([]float32, s.dim)
			for i := range q {
				q[i] = float32(rng.NormFloat64())
			}
			retrieval.Normalize(q)
			vec := func(r int) []float32 {
				i := s.segmentOf(r)
				l := r - s.offsets[i]
				return s.segs[i].vecs[l*s.dim : (l+1)*s.dim]
			}
			want := bruteForce(s, func(r int) float32 { return dot(q, vec(r)) }, n, allow, true)
			got := s.denseSearch(q, n, allow)
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(hit{})); diff != "" {
				t.Errorf("filter %s, n %d (-brute +search):\n%s", name, n, diff)
			}
		}
	}
}

// TestBM25 checks scores against values computed by hand from the formula
// idf·tf·(k1+1)/(tf + k1·(1−b+b·len/avglen)), idf = ln((N−df+0.5)/(df+0.5)).
func TestBM25(t *testing.T) {
	// Two segments, so document frequency and length are summed across them.
	var a, b postingsBuilder
	a.add([]byte("griep koorts koorts"), nil)
	a.add([]byte("griep"), nil)
	b.add([]byte("hoest"), nil)
	b.add([]byte("hoest"), nil)
	s := &snapshot{}
	s.setSegments([]*segment{
		{docID: "a", ids: []int64{1, 2}, lex: a.build()},
		{docID: "b", ids: []int64{3, 4}, lex: b.build()},
	})
	// N = 4, avglen = 6/4 = 1.5.
	// koorts: df 1, idf = ln(3.5/1.5) = 0.847298; row 0: tf 2, len 3:
	//   norm = 1.2·(0.25 + 0.75·2) = 2.1; 0.847298·2·2.2/(2+2.1) = 0.909295.
	// griep: df 2, idf = ln(2.5/2.5) = 0 → 1e-6; row 0: 1e-6·2.2/(1+2.1),
	//   row 1 (len 1): norm = 1.2·(0.25+0.5) = 0.9, 1e-6·2.2/1.9.
	got := s.lexicalSearch([]string{"koorts", "griep", "onbekend"}, 10, nil)
	want := []hit{{0, 0.909295 + 0.00000071}, {1, 0.00000116}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(hit{}), cmpopts.EquateApprox(0, 1e-6)); diff != "" {
		t.Errorf("lexicalSearch (-want +got):\n%s", diff)
	}
	if got := s.lexicalSearch([]string{"onbekend"}, 10, nil); len(got) != 0 {
		t.Errorf("unknown term matched %v", got)
	}
}

// TestBM25Fields checks the field: an occurrence in the field counts
// FieldWeight times one in the body, and the length is that of both fields.
func TestBM25Fields(t *testing.T) {
	var a postingsBuilder
	a.add([]byte("verwijs bij twijfel"), []byte("consultatie verwijzing"))
	a.add([]byte("verwijzing bij twijfel"), []byte("consultatie"))
	a.add([]byte("controle na verwijzing verwijzing"), []byte("verwijzing"))
	a.add([]byte("koorts"), nil)
	p := a.build()
	got := map[int32][2]uint16{}
	for _, ps := range p.list("verwijzing", termHash("verwijzing")) {
		got[ps.row] = [2]uint16{ps.tf, ps.tff}
	}
	want := map[int32][2]uint16{0: {0, 1}, 1: {1, 0}, 2: {2, 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("postings of verwijzing (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int32{5, 4, 5, 1}, p.lengths); diff != "" {
		t.Errorf("lengths (-want +got):\n%s", diff)
	}
	s := &snapshot{}
	s.setSegments([]*segment{{docID: "a", ids: []int64{1, 2, 3, 4}, lex: p}})
	// N = 4, avglen = 15/4, df 3: idf = ln(1.5/3.5) < 0 → 1e-6; compare
	// rows 0 and 1, same length: field (tf w) beats body (tf 1) when w > 1.
	hits := s.lexicalSearch([]string{"verwijzing"}, 4, nil)
	rank := map[int32]int{}
	for i, h := range hits {
		rank[h.row] = i
	}
	if retrieval.FieldWeight > 1 && rank[0] > rank[1] {
		t.Errorf("field occurrence ranked below a body one: %v", hits)
	}
	norm := retrieval.BM25K1 * (1 - retrieval.BM25B + retrieval.BM25B*5/3.75)
	tf := 2 + retrieval.FieldWeight
	if w := float32(retrieval.BM25MinIDF * tf * (retrieval.BM25K1 + 1) / (tf + norm)); math.Abs(float64(hits[rank[2]].score-w)) > 1e-12 {
		t.Errorf("row 2 score %g, want %g", hits[rank[2]].score, w)
	}
}

func TestLexicalSearchMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	s := randomSnapshot(rng, 500, 4, 5)
	q := []string{"w1", "w4", "w7"}
	allow := s.allowed(retrieval.Filter{DocumentIDs: []string{"b", "c"}})
	// Brute force: score each row from its own terms with the formula.
	df := map[string]int{}
	total := 0
	for r := range s.rows() {
		tfs, l := rowTerms(s, r)
		for t := range tfs {
			df[t]++
		}
		total += l
	}
	avg := float64(total) / 500
	score := func(r int) float32 {
		tfs, l := rowTerms(s, r)
		var sum float64
		for _, term := range q {
			if tf := tfs[term]; tf > 0 {
				idf := math.Max(math.Log((500-float64(df[term])+0.5)/(float64(df[term])+0.5)), retrieval.BM25MinIDF)
				sum += idf * tf * (retrieval.BM25K1 + 1) / (tf + retrieval.BM25K1*(1-retrieval.BM25B+retrieval.BM25B*float64(l)/avg))
			}
		}
		return float32(sum)
	}
	for _, n := range []int{1, 10, 1000} {
		want := bruteForce(s, score, n, allow, false)
		got := s.lexicalSearch(q, n, allow)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(hit{})); diff != "" {
			t.Errorf("n %d (-brute +search):\n%s", n, diff)
		}
	}
}

func TestQueryTerms(t *testing.T) {
	got := queryTerms([]string{"", " griep ", "a b", "griep", `"*"`, "\t"})
	want := []string{"griep", "a", "b", `"*"`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("queryTerms (-want +got):\n%s", diff)
	}
}

// BenchmarkDot measures the inner loop of the dense scan at dimension 384,
// the assembly (where the CPU has AVX2 and FMA) and portable versions.
func BenchmarkDot(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	a, c := make([]float32, 384), make([]float32, 384)
	for i := range a {
		a[i], c[i] = float32(rng.NormFloat64()), float32(rng.NormFloat64())
	}
	for name, f := range map[string]func(a, b []float32) float32{"dot": dot, "dotGo": dotGo} {
		b.Run(name, func(b *testing.B) {
			var sink float32
			for b.Loop() {
				sink += f(a, c)
			}
			_ = sink
		})
	}
}

// TestRefreshReusesUnchangedSegments proves a write reloads only the
// documents it changed, and that a document deleted and stored again (same
// id and version number) is reloaded.
func TestRefreshReusesUnchangedSegments(t *testing.T) {
	ctx := t.Context()
	st, err := Open(ctx, t.TempDir()+"/x.db", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	put := func(id, sha, word string) {
		t.Helper()
		doc := bronwijzer.Document{ID: id, SHA256: sha, Embedder: "test-2"}
		chunks := []bronwijzer.Chunk{{Ordinal: 0, Text: word, Terms: []string{word}, Embedding: []float32{1, 0}}}
		if _, err := st.PutDocument(ctx, doc, chunks); err != nil {
			t.Fatal(err)
		}
	}
	segments := func() map[string]*segment {
		t.Helper()
		if _, err := st.LexicalSearch(ctx, []string{"x"}, 1, retrieval.Filter{}); err != nil {
			t.Fatal(err)
		}
		out := map[string]*segment{}
		for _, seg := range st.cache.s.segs {
			out[seg.docID] = seg
		}
		return out
	}
	put("a", "1", "alfa")
	put("b", "1", "bravo")
	before := segments()
	put("c", "1", "charlie")
	after := segments()
	if after["a"] != before["a"] || after["b"] != before["b"] || after["c"] == nil {
		t.Fatalf("adding c reloaded unchanged segments or missed c: %v → %v", before, after)
	}
	put("b", "2", "bravo2")
	again := segments()
	if again["a"] != before["a"] || again["b"] == before["b"] || again["b"].version != 2 {
		t.Fatalf("replacing b: a reused %v, b reloaded %v", again["a"] == before["a"], again["b"] != before["b"])
	}
	if err := st.DeleteDocument(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if _, ok := segments()["a"]; ok {
		t.Fatal("deleted a still indexed")
	}
	put("a", "3", "nieuw") // version 1 again, other content
	ps, err := st.LexicalSearch(ctx, []string{"nieuw", "alfa"}, 5, retrieval.Filter{})
	if err != nil || len(ps) != 1 || ps[0].Text != "nieuw" {
		t.Fatalf("re-put a: %v, %v; want only the new chunk", ps, err)
	}
}

// TestPostingsListHashCollision checks that terms sharing a hash are told
// apart by their text.
func TestPostingsListHashCollision(t *testing.T) {
	p := postings{
		hashes: []uint64{3, 5, 5, 5, 9},
		terms:  []string{"x", "a", "b", "c", "y"},
		start:  []int32{0, 1, 2, 3, 4, 5},
		post:   []posting{{0, 1, 0}, {1, 1, 0}, {2, 1, 0}, {3, 1, 0}, {4, 1, 0}},
	}
	for i, term := range p.terms {
		got := p.list(term, p.hashes[i])
		if len(got) != 1 || got[0].row != int32(i) {
			t.Errorf("list(%q) = %v, want row %d", term, got, i)
		}
	}
	if got := p.list("d", 5); got != nil {
		t.Errorf("list of absent colliding term = %v", got)
	}
	var b postingsBuilder
	b.add([]byte("griep koorts"), nil)
	built := b.build()
	if got := built.list("koorts", termHash("koorts")); len(got) != 1 {
		t.Errorf("built list(koorts) = %v", got)
	}
}
