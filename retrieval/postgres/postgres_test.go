package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
)

// open returns a store on a fresh database of the test's own.
func open(t testing.TB, opts postgres.Options) (*postgres.Store, string) {
	t.Helper()
	url := postgres.PGServer().Database(t)
	s, err := postgres.Open(context.Background(), url, opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, url
}

const testEmbedder = "test-embedder-4"

// axis returns a unit vector of dimension 4 along axis i, tilted by eps
// towards axis (i+1)%4 so vectors are distinct but ordered.
func axis(i int, eps float32) []float32 {
	v := make([]float32, 4)
	v[i%4] = 1
	v[(i+1)%4] = eps
	return v
}

func doc(id, sha string, verified bool) bronwijzer.Document {
	return bronwijzer.Document{
		ID: id, Title: "Titel " + id, Publisher: "NHG", Published: "2024", URL: "https://example.org/" + id,
		License: "CC BY", SourceFile: id + ".pdf", SHA256: sha, MediaType: "application/pdf",
		Verified: verified, Pages: 3, Bytes: 1234, Embedder: testEmbedder,
	}
}

func chunk(ordinal int, text string, vec []float32) bronwijzer.Chunk {
	return bronwijzer.Chunk{
		Ordinal: ordinal, PageStart: 1, PageEnd: 2, Section: "Inleiding" + bronwijzer.SectionSeparator + "Doel",
		Kind: bronwijzer.KindText, Text: text, CharStart: 10, CharEnd: 10 + len([]rune(text)), Terms: strings.Fields(text), Embedding: vec,
	}
}

func mustPut(t *testing.T, s retrieval.Store, d bronwijzer.Document, cs []bronwijzer.Chunk) retrieval.PutResult {
	t.Helper()
	res, err := s.PutDocument(context.Background(), d, cs)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", d.ID, err)
	}
	return res
}

func ids(ps []bronwijzer.Passage) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func TestPutDocumentVersions(t *testing.T) {
	s, _ := open(t, postgres.Options{})
	ctx := context.Background()
	cs := []bronwijzer.Chunk{chunk(0, "astma bij kinderen", axis(0, 0.1)), chunk(1, "copd behandeling", axis(1, 0.1))}

	first := mustPut(t, s, doc("nhg-astma", "sha-1", true), cs)
	if !first.Changed || first.Document.Version != 1 || first.PreviousVersion != 0 || first.Document.Chunks != 2 {
		t.Fatalf("first put = %+v, want changed version 1 with 2 chunks", first)
	}
	got, err := s.Document(ctx, "nhg-astma")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(first.Document, *got); diff != "" {
		t.Errorf("Document (-put +read):\n%s", diff)
	}
	stored, err := s.Chunks(ctx, "nhg-astma")
	if err != nil {
		t.Fatal(err)
	}
	want := make([]bronwijzer.Chunk, len(cs))
	for i, c := range cs {
		c.DocumentID, c.Version = "nhg-astma", 1
		want[i] = c
	}
	if diff := cmp.Diff(want, stored); diff != "" {
		t.Errorf("Chunks (-want +got):\n%s", diff)
	}

	again := mustPut(t, s, doc("nhg-astma", "sha-1", true), cs)
	if again.Changed || again.Document.Version != 1 {
		t.Errorf("re-put same SHA = %+v, want unchanged version 1", again)
	}

	second := mustPut(t, s, doc("nhg-astma", "sha-2", true), cs[:1])
	if !second.Changed || second.Document.Version != 2 || second.PreviousVersion != 1 {
		t.Errorf("put new SHA = %+v, want version 2 replacing 1", second)
	}
	stored, err = s.Chunks(ctx, "nhg-astma")
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != 1 || stored[0].Version != 2 {
		t.Errorf("after version 2, chunks = %+v, want the one chunk of version 2", stored)
	}
	lex, err := s.LexicalSearch(ctx, []string{"copd"}, 10, retrieval.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(lex) != 0 {
		t.Errorf("old version's chunk still found: %v", ids(lex))
	}
}

func TestDeleteDocument(t *testing.T) {
	s, _ := open(t, postgres.Options{})
	ctx := context.Background()
	mustPut(t, s, doc("a", "sha-a", true), []bronwijzer.Chunk{chunk(0, "hypertensie", axis(0, 0))})
	mustPut(t, s, doc("a", "sha-a2", true), []bronwijzer.Chunk{chunk(0, "hypertensie", axis(0, 0))})
	if err := s.DeleteDocument(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"delete again": s.DeleteDocument(ctx, "a"),
		"document":     second(s.Document(ctx, "a")),
		"chunks":       second(s.Chunks(ctx, "a")),
	} {
		if code := bronwijzer.ErrorCode(err); code != bronwijzer.ENOTFOUND {
			t.Errorf("%s after delete: code %q (%v), want %q", name, code, err, bronwijzer.ENOTFOUND)
		}
	}
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 0 {
		t.Errorf("Documents after delete = %v, %v; want empty", docs, err)
	}
	if name, err := s.EmbedderName(ctx); err != nil || name != "" {
		t.Errorf("EmbedderName of empty store = %q, %v; want \"\"", name, err)
	}
}

func second[T any](_ T, err error) error { return err }

func TestPutDocumentInvalid(t *testing.T) {
	s, _ := open(t, postgres.Options{Dim: 4})
	good := []bronwijzer.Chunk{chunk(0, "a", axis(0, 0))}
	tests := []struct {
		name   string
		doc    bronwijzer.Document
		chunks []bronwijzer.Chunk
	}{
		{"empty id", doc("", "x", true), good},
		{"no sha", doc("d", "", true), good},
		{"duplicate ordinal", doc("d", "x", true), []bronwijzer.Chunk{chunk(0, "a", axis(0, 0)), chunk(0, "b", axis(1, 0))}},
		{"negative ordinal", doc("d", "x", true), []bronwijzer.Chunk{chunk(-1, "a", axis(0, 0))}},
		{"missing embedding", doc("d", "x", true), []bronwijzer.Chunk{chunk(0, "a", nil)}},
		{"mixed dimensions", doc("d", "x", true), []bronwijzer.Chunk{chunk(0, "a", axis(0, 0)), chunk(1, "b", []float32{1, 2})}},
		{"NaN", doc("d", "x", true), []bronwijzer.Chunk{chunk(0, "a", []float32{float32(math.NaN()), 0, 0, 1})}},
		{"wrong configured dim", doc("d", "x", true), []bronwijzer.Chunk{chunk(0, "a", []float32{1, 2, 3})}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.PutDocument(context.Background(), tt.doc, tt.chunks)
			if code := bronwijzer.ErrorCode(err); code != bronwijzer.EINVALID {
				t.Errorf("code %q (%v), want %q", code, err, bronwijzer.EINVALID)
			}
		})
	}
	if docs, _ := s.Documents(context.Background()); len(docs) != 0 {
		t.Errorf("invalid puts stored %d documents", len(docs))
	}
}

// A failure midway through the transaction (here: PostgreSQL rejects a NUL
// byte during COPY, after the version row was written) leaves the previous
// version untouched and nothing of the new one.
func TestPutDocumentAtomic(t *testing.T) {
	s, _ := open(t, postgres.Options{})
	ctx := context.Background()
	v1 := mustPut(t, s, doc("d", "sha-1", true), []bronwijzer.Chunk{chunk(0, "eerste versie", axis(0, 0))})
	bad := []bronwijzer.Chunk{chunk(0, "tweede", axis(0, 0)), chunk(1, "kapot \x00 teken", axis(1, 0))}
	if _, err := s.PutDocument(ctx, doc("d", "sha-2", true), bad); err == nil {
		t.Fatal("PutDocument with a NUL byte succeeded")
	}
	got, err := s.Document(ctx, "d")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(v1.Document, *got); diff != "" {
		t.Errorf("document after failed put (-want +got):\n%s", diff)
	}
	cs, err := s.Chunks(ctx, "d")
	if err != nil || len(cs) != 1 || cs[0].Text != "eerste versie" {
		t.Errorf("chunks after failed put = %+v, %v; want version 1's chunk", cs, err)
	}

	// A caller that gives up (a killed process) mid-transaction: same.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.PutDocument(cctx, doc("d", "sha-3", true), bad[:1]); err == nil {
		t.Fatal("PutDocument with a cancelled context succeeded")
	}
	if got, _ := s.Document(ctx, "d"); got == nil || got.Version != 1 {
		t.Errorf("after cancelled put, document = %+v, want version 1", got)
	}
}

func TestEmbedderMismatch(t *testing.T) {
	s, _ := open(t, postgres.Options{})
	ctx := context.Background()
	mustPut(t, s, doc("a", "sha-a", true), []bronwijzer.Chunk{chunk(0, "a", axis(0, 0))})
	other := doc("b", "sha-b", true)
	other.Embedder = "ollama:nomic-embed-text"
	_, err := s.PutDocument(ctx, other, []bronwijzer.Chunk{chunk(0, "b", []float32{1, 0, 0, 0, 0, 0})})
	if code := bronwijzer.ErrorCode(err); code != bronwijzer.EINVALID || !strings.Contains(bronwijzer.ErrorMessage(err), testEmbedder) {
		t.Fatalf("other embedder: %v; want EINVALID naming %q", err, testEmbedder)
	}
	if name, _ := s.EmbedderName(ctx); name != testEmbedder {
		t.Errorf("EmbedderName = %q, want %q", name, testEmbedder)
	}
	// Once the store is empty, another embedder (and dimension) may take over.
	if err := s.DeleteDocument(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, other, []bronwijzer.Chunk{chunk(0, "b", []float32{1, 0, 0, 0, 0, 0})})
	if name, _ := s.EmbedderName(ctx); name != other.Embedder {
		t.Errorf("EmbedderName after switch = %q, want %q", name, other.Embedder)
	}
	ps, err := s.DenseSearch(ctx, []float32{1, 0, 0, 0, 0, 0}, 5, retrieval.Filter{})
	if err != nil || len(ps) != 1 {
		t.Errorf("dense search after switch = %v, %v; want one hit", ids(ps), err)
	}
	_, err = s.DenseSearch(ctx, []float32{1, 0}, 5, retrieval.Filter{})
	if code := bronwijzer.ErrorCode(err); code != bronwijzer.EINVALID {
		t.Errorf("query of wrong dimension: code %q (%v), want %q", code, err, bronwijzer.EINVALID)
	}
}

// seedSearch stores three documents for the search tests.
func seedSearch(t *testing.T, s retrieval.Store) {
	mustPut(t, s, doc("astma", "s1", true), []bronwijzer.Chunk{
		chunk(0, "astma astma inhalator kinderen", axis(0, 0.05)),
		chunk(1, "inhalator techniek uitleg", axis(0, 0.3)),
	})
	mustPut(t, s, doc("copd", "s2", true), []bronwijzer.Chunk{
		chunk(0, "copd longaanval prednison", axis(1, 0.05)),
		chunk(1, "covid-19 vaccinatie o'brien", axis(2, 0.05)),
	})
	mustPut(t, s, doc("concept", "s3", false), []bronwijzer.Chunk{
		chunk(0, "astma concept richtlijn", axis(0, 0.01)),
	})
}

func TestLexicalSearch(t *testing.T) {
	s, _ := open(t, postgres.Options{})
	seedSearch(t, s)
	tests := []struct {
		name  string
		terms []string
		f     retrieval.Filter
		want  []string
	}{
		{"term frequency ranks first", []string{"astma"}, retrieval.Filter{}, []string{"astma:1:0", "concept:1:0"}},
		{"or of terms", []string{"prednison", "techniek"}, retrieval.Filter{}, []string{"astma:1:1", "copd:1:0"}},
		{"verified only", []string{"astma"}, retrieval.Filter{VerifiedOnly: true}, []string{"astma:1:0"}},
		{"document filter", []string{"astma", "copd"}, retrieval.Filter{DocumentIDs: []string{"copd"}}, []string{"copd:1:0"}},
		{"hyphenated term", []string{"covid-19"}, retrieval.Filter{}, []string{"copd:1:1"}},
		{"quote in term", []string{"o'brien"}, retrieval.Filter{}, []string{"copd:1:1"}},
		{"operators are literal", []string{"&", "|", "!", "(", ":*", `\`}, retrieval.Filter{}, []string{}},
		{"no terms", nil, retrieval.Filter{}, []string{}},
		{"unknown term", []string{"zeldzaam"}, retrieval.Filter{}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := s.LexicalSearch(context.Background(), tt.terms, 10, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ids(ps)); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			for _, p := range ps {
				if p.Score <= 0 || p.Title == "" || p.SourceFile == "" || p.Published != "2024" {
					t.Errorf("passage %s lacks score or metadata: %+v", p.ID, p)
				}
			}
		})
	}
}

func TestDenseSearch(t *testing.T) {
	s, _ := open(t, postgres.Options{})
	seedSearch(t, s)
	tests := []struct {
		name  string
		vec   []float32
		limit int
		f     retrieval.Filter
		want  []string
	}{
		{"nearest first", axis(0, 0), 3, retrieval.Filter{}, []string{"concept:1:0", "astma:1:0", "astma:1:1"}},
		{"verified only", axis(0, 0), 2, retrieval.Filter{VerifiedOnly: true}, []string{"astma:1:0", "astma:1:1"}},
		{"document filter", axis(0, 0), 5, retrieval.Filter{DocumentIDs: []string{"copd"}}, []string{"copd:1:0", "copd:1:1"}},
		{"zero vector", []float32{0, 0, 0, 0}, 5, retrieval.Filter{}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := s.DenseSearch(context.Background(), tt.vec, tt.limit, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ids(ps)); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
		})
	}
	ps, err := s.DenseSearch(context.Background(), axis(0, 0), 1, retrieval.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if want := 1 / math.Sqrt(1+0.01*0.01); math.Abs(ps[0].Score-want) > 1e-5 {
		t.Errorf("score = %v, want cosine similarity %v", ps[0].Score, want)
	}
	for _, limit := range []int{0, -1} {
		if _, err := s.DenseSearch(context.Background(), axis(0, 0), limit, retrieval.Filter{}); bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
			t.Errorf("limit %d: %v, want EINVALID", limit, err)
		}
	}
}

// The dense query must be served by the HNSW index, and its SET LOCAL
// settings must not leak to the next user of the pooled connection.
func TestDenseSearchUsesIndexWithoutLeaking(t *testing.T) {
	s, url := open(t, postgres.Options{MaxConns: 1, EfSearch: 77})
	seedSearch(t, s)
	ctx := context.Background()
	if _, err := s.DenseSearch(ctx, axis(0, 0), 3, retrieval.Filter{VerifiedOnly: true}); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SET LOCAL enable_seqscan = off"); err != nil {
		t.Fatal(err)
	}
	var plan strings.Builder
	rows, err := tx.Query(ctx, "EXPLAIN SELECT document_id FROM chunks c WHERE c.embedding IS NOT NULL ORDER BY c.embedding <=> '[1,0,0,0]' LIMIT 3")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var line string
		rows.Scan(&line)
		plan.WriteString(line + "\n")
	}
	if !strings.Contains(plan.String(), "chunks_embedding_idx") {
		t.Errorf("dense query plan does not use the HNSW index:\n%s", plan.String())
	}
	var indexdef string
	if err := tx.QueryRow(ctx, "SELECT indexdef FROM pg_indexes WHERE indexname = 'chunks_embedding_idx'").Scan(&indexdef); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(indexdef, "hnsw") || !strings.Contains(indexdef, "vector_cosine_ops") {
		t.Errorf("index = %s, want hnsw with vector_cosine_ops", indexdef)
	}
	tx.Rollback(ctx)

	// The pool has one connection: the one that ran the search.
	var ef, iter string
	err = pgx.BeginTxFunc(ctx, s.Pool(), pgx.TxOptions{}, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, "SHOW hnsw.ef_search").Scan(&ef); err != nil {
			return err
		}
		return tx.QueryRow(ctx, "SHOW hnsw.iterative_scan").Scan(&iter)
	})
	if err != nil {
		t.Fatal(err)
	}
	if ef == "77" || iter != "off" {
		t.Errorf("after a search the pooled session has ef_search=%s iterative_scan=%s: SET LOCAL leaked", ef, iter)
	}
}

// A search that fails inside its one-round-trip transaction (BEGIN, SET
// LOCAL, query, COMMIT sent as one batch) must not hand the next user a
// connection stuck in the failed transaction or carrying its settings.
func TestFailedSearchLeavesPoolClean(t *testing.T) {
	s, _ := open(t, postgres.Options{MaxConns: 1, EfSearch: 77})
	seedSearch(t, s)
	ctx := context.Background()
	if _, err := s.DenseSearch(ctx, []float32{1, 0, 0}, 3, retrieval.Filter{}); bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
		t.Fatalf("search with a 3-dimensional vector: error %v, want EINVALID", err)
	}
	// NULL when the connection was replaced and pgvector is not loaded yet.
	var ef *string
	if err := s.Pool().QueryRow(ctx, "SELECT current_setting('hnsw.ef_search', true)").Scan(&ef); err != nil {
		t.Fatalf("pool after a failed search: %v", err)
	}
	if ef != nil && *ef == "77" {
		t.Error("after a failed search the pooled session has ef_search=77: SET LOCAL leaked")
	}
	if ps, err := s.DenseSearch(ctx, axis(0, 0), 3, retrieval.Filter{}); err != nil || len(ps) == 0 {
		t.Errorf("search after a failed one: %d passages, error %v", len(ps), err)
	}
}

func TestConcurrentPutSameDocument(t *testing.T) {
	url := postgres.PGServer().Database(t)
	ctx := context.Background()
	// Separate pools stand for separate processes.
	stores := make([]*postgres.Store, 4)
	for i := range stores {
		s, err := postgres.Open(ctx, url, postgres.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	cs := make([]bronwijzer.Chunk, 200)
	for i := range cs {
		cs[i] = chunk(i, fmt.Sprintf("fragment %d over diabetes", i), axis(i, 0.2))
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	changed, versions := 0, map[int]bool{}
	for i := range 8 {
		wg.Go(func() {
			res, err := stores[i%len(stores)].PutDocument(ctx, doc("dm2", "same-sha", true), cs)
			if err != nil {
				t.Errorf("put %d: %v", i, err)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if res.Changed {
				changed++
			}
			versions[res.Document.Version] = true
		})
	}
	wg.Wait()
	if changed != 1 || len(versions) != 1 || !versions[1] {
		t.Errorf("8 concurrent puts: %d changed, versions %v; want 1 change, version 1 only", changed, versions)
	}
	got, err := stores[0].Chunks(ctx, "dm2")
	if err != nil || len(got) != len(cs) {
		t.Errorf("chunks = %d, %v; want %d", len(got), err, len(cs))
	}
}

func TestOpenUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, err := postgres.Open(ctx, "postgres://bronwijzer@127.0.0.1:1/none?sslmode=disable", postgres.Options{ConnectTimeout: time.Second})
	assertUnavailable(t, err)
	if err := postgres.Migrate(ctx, "postgres://bronwijzer@127.0.0.1:1/none?sslmode=disable"); bronwijzer.ErrorCode(err) != bronwijzer.EUNAVAILABLE {
		t.Errorf("Migrate on unreachable database: %v, want EUNAVAILABLE", err)
	}
	_, err = postgres.Open(ctx, "mysql://nope", postgres.Options{})
	if code := bronwijzer.ErrorCode(err); code != bronwijzer.EINVALID {
		t.Errorf("Open with a bad URL: code %q (%v), want %q", code, err, bronwijzer.EINVALID)
	}
}

func assertUnavailable(t *testing.T, err error) {
	t.Helper()
	if code := bronwijzer.ErrorCode(err); code != bronwijzer.EUNAVAILABLE {
		t.Fatalf("code %q (%v), want %q", code, err, bronwijzer.EUNAVAILABLE)
	}
	const msg = "De database is niet bereikbaar; probeer het later opnieuw (database unavailable)"
	if got := bronwijzer.ErrorMessage(err); got != msg {
		t.Errorf("message %q, want %q", got, msg)
	}
}

// The database going away gives EUNAVAILABLE; when it returns, the same
// Store works again without being reopened.
func TestRecoversWhenDatabaseReturns(t *testing.T) {
	s, url := open(t, postgres.Options{ConnectTimeout: 2 * time.Second})
	seedSearch(t, s)
	ctx := context.Background()
	if !postgres.PGServer().Throwaway() {
		// A shared server cannot be stopped: kill this database's backends.
		cfg, err := pgx.ParseConfig(url)
		if err != nil {
			t.Fatal(err)
		}
		kill := fmt.Sprintf("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%s' AND pid <> pg_backend_pid()", cfg.Database)
		if err := postgres.PGServer().Exec(ctx, kill); err != nil {
			t.Fatal(err)
		}
		if _, err := s.LexicalSearch(ctx, []string{"astma"}, 5, retrieval.Filter{}); err != nil {
			assertUnavailable(t, err)
		}
	} else {
		if err := postgres.PGServer().StopServer(); err != nil {
			t.Fatal(err)
		}
		assertUnavailable(t, s.Ping(ctx))
		_, err := s.LexicalSearch(ctx, []string{"astma"}, 5, retrieval.Filter{})
		assertUnavailable(t, err)
		_, err = s.PutDocument(ctx, doc("x", "sha-x", true), []bronwijzer.Chunk{chunk(0, "x", axis(0, 0))})
		assertUnavailable(t, err)
		if err := postgres.PGServer().StartServer(); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Ping(ctx); err != nil {
		t.Fatalf("Ping after the database returned: %v", err)
	}
	ps, err := s.DenseSearch(ctx, axis(0, 0), 2, retrieval.Filter{})
	if err != nil || len(ps) != 2 {
		t.Fatalf("search after the database returned = %v, %v", ids(ps), err)
	}
	if _, err := s.LexicalSearch(ctx, []string{"astma"}, 5, retrieval.Filter{}); err != nil {
		t.Fatalf("lexical search after the database returned: %v", err)
	}
}

func TestMigrateAndVersion(t *testing.T) {
	s, url := open(t, postgres.Options{})
	ctx := context.Background()
	if err := postgres.Migrate(ctx, url); err != nil {
		t.Fatalf("second Migrate: %v", err)
	}
	s2, err := postgres.Open(ctx, url, postgres.Options{SkipMigrate: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	v, err := s.PgvectorVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(v, "0.") {
		t.Errorf("PgvectorVersion = %q", v)
	}
}

func TestErrorsAreTyped(t *testing.T) {
	s, _ := open(t, postgres.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	_, err := s.Documents(ctx)
	if code := bronwijzer.ErrorCode(err); code != bronwijzer.ETIMEOUT {
		t.Errorf("expired deadline: code %q (%v), want %q", code, err, bronwijzer.ETIMEOUT)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error %v does not wrap context.DeadlineExceeded", err)
	}
}

func withSHA(d bronwijzer.Document, sha string) bronwijzer.Document {
	d.SHA256 = sha
	return d
}

// Every term the analyser could emit is stored as one lexeme and found by
// itself, however much tsquery syntax it contains.
func TestLexicalTermsAreLiteral(t *testing.T) {
	s, _ := open(t, postgres.Options{})
	terms := []string{"o'brien", `back\slash`, "&", "|", "!", "(", ")", ":*", "<->", "a:b", "naïef", "covid-19", "ß", "''", strings.Repeat("x", 2046)}
	c := chunk(0, "tekst", axis(0, 0))
	c.Terms = append([]string{"gewoon"}, terms...)
	mustPut(t, s, doc("tricky", "sha", true), []bronwijzer.Chunk{c})
	for _, term := range terms {
		ps, err := s.LexicalSearch(context.Background(), []string{term}, 5, retrieval.Filter{})
		if err != nil {
			t.Errorf("term %.20q: %v", term, err)
			continue
		}
		if len(ps) != 1 {
			t.Errorf("term %.20q found %d passages, want 1", term, len(ps))
		}
	}
	// "covid" alone is not a lexeme of "covid-19": terms are not re-split.
	if ps, _ := s.LexicalSearch(context.Background(), []string{"covid"}, 5, retrieval.Filter{}); len(ps) != 0 {
		t.Errorf("covid matched %d passages; terms must not be re-split", len(ps))
	}
	cs, err := s.Chunks(context.Background(), "tricky")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c.Terms, cs[0].Terms); diff != "" {
		t.Errorf("terms round trip (-want +got):\n%s", diff)
	}
}
