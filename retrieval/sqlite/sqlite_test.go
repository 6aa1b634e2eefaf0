package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/bronwijzer/bronwijzer"

	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
	"github.com/bronwijzer/bronwijzer/retrieval/storetest"
)

// MustOpen opens a fresh store in a temporary directory, closed at cleanup.
func MustOpen(tb testing.TB) *sqlite.Store {
	tb.Helper()
	return mustOpenMode(tb, sqlite.LexicalMemory)
}

// lexicalModes are the LexicalSearch implementations every test runs on.
var lexicalModes = []sqlite.Lexical{sqlite.LexicalMemory, sqlite.LexicalFTS5}

func mustOpenMode(tb testing.TB, lexical sqlite.Lexical) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(tb.Context(), filepath.Join(tb.TempDir(), "data", "bronwijzer.db"), sqlite.Options{Lexical: lexical})
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestConformance(t *testing.T) {
	for _, mode := range lexicalModes {
		t.Run(mode.String(), func(t *testing.T) {
			storetest.Run(t, func(t *testing.T) retrieval.Store { return mustOpenMode(t, mode) })
		})
	}
}

// put stores a small document whose chunk i has terms "gedeeld", word and
// vector e_i (dimension 4).
func putSmall(tb testing.TB, s *sqlite.Store, id, sha, word string, n int) {
	tb.Helper()
	doc := bronwijzer.Document{ID: id, SHA256: sha, Title: id, Embedder: "test-4", Verified: true}
	chunks := make([]bronwijzer.Chunk, n)
	for i := range chunks {
		v := make([]float32, 4)
		v[i%4] = 1
		chunks[i] = bronwijzer.Chunk{Ordinal: i, Text: word + " " + id, Terms: []string{"gedeeld", word}, Embedding: v}
	}
	if _, err := s.PutDocument(tb.Context(), doc, chunks); err != nil {
		tb.Fatalf("PutDocument: %v", err)
	}
}

func TestWALMode(t *testing.T) {
	s := MustOpen(t)
	for name, db := range map[string]*sql.DB{"writer": s.Writer(), "reader": s.Readers()} {
		var mode string
		if err := db.QueryRowContext(t.Context(), "PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if mode != "wal" {
			t.Errorf("%s journal_mode = %q, want wal", name, mode)
		}
		var timeout int
		if err := db.QueryRowContext(t.Context(), "PRAGMA busy_timeout").Scan(&timeout); err != nil {
			t.Fatal(err)
		}
		if timeout != 5000 {
			t.Errorf("%s busy_timeout = %d, want 5000", name, timeout)
		}
	}
	if _, err := os.Stat(s.Path() + "-wal"); err != nil {
		t.Errorf("no WAL file next to the database: %v", err)
	}
}

func TestReadersAreBoundedAndQueryOnly(t *testing.T) {
	s := MustOpen(t)
	putSmall(t, s, "doc", "sha", "woord", 8)
	var wg sync.WaitGroup
	for range 32 {
		wg.Go(func() {
			if _, err := s.LexicalSearch(t.Context(), []string{"gedeeld"}, 5, retrieval.Filter{}); err != nil {
				t.Error(err)
			}
			if _, err := s.DenseSearch(t.Context(), []float32{1, 0, 0, 0}, 5, retrieval.Filter{}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	rs := s.ReaderStats()
	if rs.MaxOpenConnections != sqlite.DefaultReaders || rs.OpenConnections > sqlite.DefaultReaders {
		t.Errorf("reader pool: max %d open %d, want max %d", rs.MaxOpenConnections, rs.OpenConnections, sqlite.DefaultReaders)
	}
	if ws := s.WriterStats(); ws.MaxOpenConnections != 1 {
		t.Errorf("writer pool max %d, want 1", ws.MaxOpenConnections)
	}
	if _, err := s.Readers().ExecContext(t.Context(), "DELETE FROM chunks"); err == nil {
		t.Error("a reader connection could write")
	}
}

func TestReopenPersists(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bronwijzer.db")
	s, err := sqlite.Open(t.Context(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	putSmall(t, s, "doc", "sha-1", "eerste", 3)
	putSmall(t, s, "doc", "sha-2", "tweede", 3)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = sqlite.Open(t.Context(), path, sqlite.Options{Readers: 2})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	doc, err := s.Document(t.Context(), "doc")
	if err != nil || doc.Version != 2 || doc.Chunks != 3 {
		t.Fatalf("after reopen Document = %+v, %v; want version 2 with 3 chunks", doc, err)
	}
	ps, err := s.LexicalSearch(t.Context(), []string{"tweede", "eerste"}, 10, retrieval.Filter{})
	if err != nil || len(ps) != 3 || ps[0].Version != 2 {
		t.Fatalf("after reopen lexical = %v, %v; want the 3 version-2 chunks", ps, err)
	}
	ps, err = s.DenseSearch(t.Context(), []float32{0, 1, 0, 0}, 1, retrieval.Filter{})
	if err != nil || len(ps) != 1 || ps[0].ID != "doc:2:1" {
		t.Fatalf("after reopen dense = %v, %v; want doc:2:1", ps, err)
	}
	if name, err := s.EmbedderName(t.Context()); err != nil || name != "test-4" {
		t.Errorf("EmbedderName after reopen = %q, %v", name, err)
	}
}

// TestDenseSeesOtherWriters proves the search index is invalidated by the
// generation stored in the database, not by in-process state: a second
// Store on the same file (as a CLI ingest beside the server would be)
// writes, and the first store's next dense search sees it.
func TestDenseSeesOtherWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bronwijzer.db")
	a, err := sqlite.Open(t.Context(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := sqlite.Open(t.Context(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	putSmall(t, a, "een", "sha", "woord", 2)
	if ps, err := a.DenseSearch(t.Context(), []float32{1, 0, 0, 0}, 10, retrieval.Filter{}); err != nil || len(ps) != 2 {
		t.Fatalf("dense before = %v, %v; want 2 passages", ps, err)
	}
	putSmall(t, b, "twee", "sha", "woord", 4)
	ps, err := a.DenseSearch(t.Context(), []float32{1, 0, 0, 0}, 10, retrieval.Filter{})
	if err != nil || len(ps) != 6 {
		t.Fatalf("dense after other writer = %d passages, %v; want 6", len(ps), err)
	}
}

func TestOpenRejectsBadPaths(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, bytes.Repeat([]byte("geen database "), 200), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, code string
	}{
		{"empty", "", bronwijzer.EINVALID},
		{"question mark", filepath.Join(t.TempDir(), "a?b.db"), bronwijzer.EINVALID},
		{"memory", ":memory:", bronwijzer.EINVALID},
		{"uri", "file:x.db", bronwijzer.EINVALID},
		{"directory is a file", filepath.Join(file, "sub", "x.db"), bronwijzer.EUNAVAILABLE},
		{"not a database", file, bronwijzer.EUNAVAILABLE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := sqlite.Open(t.Context(), tt.path, sqlite.Options{})
			if err == nil {
				s.Close()
			}
			if got := bronwijzer.ErrorCode(err); got != tt.code {
				t.Fatalf("Open(%q) code %q (%v), want %q", tt.path, got, err, tt.code)
			}
		})
	}
}

// FuzzLexicalTerms checks, in both lexical modes, that no query term,
// however odd, makes a search fail (with FTS5 every term is quoted, so
// COVID-19, NEAR, *, quotes and col:x are never query syntax), and that any
// text stored as a term is found by that term. With FTS5 the one exception
// is a word made only of ASCII control characters, which the tokenizer
// treats as separators (analysed terms never hold them): it must match
// nothing rather than fail.
func FuzzLexicalTerms(f *testing.F) {
	for _, seed := range []string{`"`, `COVID-19`, `NEAR(a b, 2)`, `a*`, `^x`, `col:x`, "\x00", `\"`, "\xff\xfe",
		`""""`, "twee woorden", `"a" OR "b"`, "x\x00y", "\x01", `- -a`, `{a b}:c`, `AND`, `*"*`} {
		f.Add(seed)
	}
	stores := map[sqlite.Lexical]*sqlite.Store{}
	for _, mode := range lexicalModes {
		stores[mode] = mustOpenMode(f, mode)
		putSmall(f, stores[mode], "doc", "sha", "woord", 4)
	}
	f.Fuzz(func(t *testing.T, term string) {
		for mode, s := range stores {
			checkTermFound(t, s, term, mode == sqlite.LexicalMemory || hasTokenChar(term))
		}
	})
}

// hasTokenChar reports whether some white-space-separated word of term has
// a character FTS5's tokenizer keeps (anything but an ASCII control).
func hasTokenChar(term string) bool {
	return strings.ContainsFunc(term, func(r rune) bool { return r >= 0x20 && r != 0x7f && !unicode.IsSpace(r) })
}

func checkTermFound(t *testing.T, s *sqlite.Store, term string, findable bool) {
	ctx := context.Background()
	ps, err := s.LexicalSearch(ctx, []string{term}, 50, retrieval.Filter{})
	if err != nil {
		t.Fatalf("LexicalSearch(%q): %v", term, err)
	}
	words := strings.Fields(term)
	if len(words) == 0 {
		if len(ps) != 0 {
			t.Fatalf("blank term %q matched %d passages", term, len(ps))
		}
		return
	}
	doc := bronwijzer.Document{ID: "fuzz", SHA256: fmt.Sprintf("%x", term), Embedder: "test-4"}
	chunk := bronwijzer.Chunk{Text: term, Terms: words, Embedding: []float32{0, 0, 0, 1}}
	if _, err := s.PutDocument(ctx, doc, []bronwijzer.Chunk{chunk}); err != nil {
		t.Fatalf("PutDocument(terms %q): %v", words, err)
	}
	ps, err = s.LexicalSearch(ctx, []string{term}, 50, retrieval.Filter{DocumentIDs: []string{"fuzz"}})
	if err != nil {
		t.Fatalf("LexicalSearch(%q) after put: %v", term, err)
	}
	if findable && (len(ps) != 1 || ps[0].Text != term) {
		t.Fatalf("stored term %q not found: %v", term, ps)
	}
	if !findable && len(ps) != 0 {
		t.Fatalf("control-only term %q matched %v", term, ps)
	}
}

// TestWarmLoadsIndex checks that Options.Warm loads the search index in the
// background after Open (without any search), and that closing a store
// while it warms neither fails nor races (run with -race).
func TestWarmLoadsIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bronwijzer.db")
	s, err := sqlite.Open(t.Context(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	putSmall(t, s, "a", "1", "alfa", 40)
	putSmall(t, s, "b", "1", "bravo", 40)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, mode := range lexicalModes {
		t.Run(mode.String(), func(t *testing.T) {
			s, err := sqlite.Open(t.Context(), path, sqlite.Options{Warm: true, Lexical: mode})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
			defer cancel()
			for s.IndexGeneration() != 2 {
				if ctx.Err() != nil {
					t.Fatalf("index not warmed: generation %d, want 2", s.IndexGeneration())
				}
				time.Sleep(time.Millisecond)
			}
			ps, err := s.LexicalSearch(t.Context(), []string{"bravo"}, 50, retrieval.Filter{})
			if err != nil || len(ps) != 40 {
				t.Fatalf("search after warm: %d passages, %v", len(ps), err)
			}
		})
	}
	t.Run("close while warming", func(t *testing.T) {
		for range 5 {
			s, err := sqlite.Open(t.Context(), path, sqlite.Options{Warm: true})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatalf("Close during warm: %v", err)
			}
		}
	})
}
