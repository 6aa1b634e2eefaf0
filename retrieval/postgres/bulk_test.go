package postgres_test

import (
	"context"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/synth"
	"github.com/google/go-cmp/cmp"
)

// A store loaded with BulkPut (indexes dropped and rebuilt) must answer
// exactly like one loaded document by document, keep its indexes, and
// treat a second bulk load with PutDocument's version semantics.
func TestBulkPutMatchesPutDocument(t *testing.T) {
	ctx := context.Background()
	docs, chunks := synth.Documents(1000, 16, 11)
	bulk, bulkURL := open(t, postgres.Options{})
	one, _ := open(t, postgres.Options{})
	res, err := bulk.BulkPut(ctx, docs, chunks)
	if err != nil {
		t.Fatal(err)
	}
	for i := range docs {
		if !res[i].Changed || res[i].Document.Version != 1 || res[i].Document.ID != docs[i].ID {
			t.Fatalf("result %d = %+v; want version 1 of %s, changed", i, res[i], docs[i].ID)
		}
		mustPut(t, one, docs[i], chunks[i])
	}
	assertIndexes(t, bulkURL, "chunks_embedding_idx", "chunks_tsv_idx", "postings_term_idx")

	for i, c := range []int{0, 30, 77, 150} {
		cs := chunks[i%len(chunks)]
		src := cs[c%len(cs)]
		terms := []string{src.Terms[0], src.Terms[len(src.Terms)/2], src.Terms[len(src.Terms)-1]}
		for _, f := range []retrieval.Filter{{}, {VerifiedOnly: true}, {DocumentIDs: []string{docs[0].ID, docs[1].ID}}} {
			want, err := one.LexicalSearch(ctx, terms, 10, f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := bulk.LexicalSearch(ctx, terms, 10, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 {
				t.Fatalf("lexical %q %+v found nothing; the comparison proves nothing", terms, f)
			}
			if diff := cmp.Diff(scored(want), scored(got)); diff != "" {
				t.Errorf("lexical %q %+v (-put +bulk):\n%s", terms, f, diff)
			}
		}
		want, err := one.DenseSearch(ctx, src.Embedding, 5, retrieval.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := bulk.DenseSearch(ctx, src.Embedding, 5, retrieval.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ids(want), ids(got)); diff != "" {
			t.Errorf("dense (-put +bulk):\n%s", diff)
		}
	}

	// Second load: one document changed, the rest identical.
	docs[1] = withSHA(docs[1], "v2")
	chunks[1] = chunks[2]
	res, err = bulk.BulkPut(ctx, docs, chunks)
	if err != nil {
		t.Fatal(err)
	}
	for i := range docs {
		wantChanged, wantVersion := i == 1, 1+btoi(i == 1)
		if res[i].Changed != wantChanged || res[i].Document.Version != wantVersion {
			t.Errorf("reload %s: changed %v version %d; want %v, %d", docs[i].ID, res[i].Changed, res[i].Document.Version, wantChanged, wantVersion)
		}
	}
	mustPut(t, one, docs[1], chunks[1])
	terms := chunks[2][0].Terms[:3]
	want, err := one.LexicalSearch(ctx, terms, 20, retrieval.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := bulk.LexicalSearch(ctx, terms, 20, retrieval.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(scored(want), scored(got)); diff != "" {
		t.Errorf("after reload, lexical %q (-put +bulk):\n%s", terms, diff)
	}
}

func TestBulkPutInvalid(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t, postgres.Options{})
	docs, chunks := synth.Documents(600, 16, 3)
	cases := map[string]func() ([]bronwijzer.Document, [][]bronwijzer.Chunk){
		"duplicate id": func() ([]bronwijzer.Document, [][]bronwijzer.Chunk) {
			return []bronwijzer.Document{docs[0], docs[0]}, [][]bronwijzer.Chunk{chunks[0], chunks[0]}
		},
		"lengths differ": func() ([]bronwijzer.Document, [][]bronwijzer.Chunk) { return docs, chunks[:1] },
		"one bad document": func() ([]bronwijzer.Document, [][]bronwijzer.Chunk) {
			bad := withSHA(docs[1], "")
			return []bronwijzer.Document{docs[0], bad}, [][]bronwijzer.Chunk{chunks[0], chunks[1]}
		},
	}
	for name, input := range cases {
		t.Run(name, func(t *testing.T) {
			d, c := input()
			_, err := s.BulkPut(ctx, d, c)
			if code := bronwijzer.ErrorCode(err); code != bronwijzer.EINVALID {
				t.Fatalf("BulkPut error %v (code %q); want EINVALID", err, code)
			}
			if all, err := s.Documents(ctx); err != nil || len(all) != 0 {
				t.Errorf("after a refused load: %d documents, %v; want none", len(all), err)
			}
		})
	}
}

type scoredID struct {
	ID    string
	Score float64
}

// scored keeps id and score (rounded to 1e-9: the two loads sum the same
// terms, but equal scores must compare equal).
func scored(ps []bronwijzer.Passage) []scoredID {
	out := make([]scoredID, len(ps))
	for i, p := range ps {
		out[i] = scoredID{p.ID, float64(int64(p.Score*1e9+0.5)) / 1e9}
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func assertIndexes(t *testing.T, url string, names ...string) {
	t.Helper()
	s, err := postgres.Open(context.Background(), url, postgres.Options{SkipMigrate: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, n := range names {
		var ok bool
		err := s.Pool().QueryRow(context.Background(), `SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = $1)`, n).Scan(&ok)
		if err != nil || !ok {
			t.Errorf("index %s exists = %v, %v; want it rebuilt after the bulk load", n, ok, err)
		}
	}
}
