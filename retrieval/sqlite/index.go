package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// snapshotCache holds the in-memory search index of the current chunks:
// their normalised vectors (dense list) and an inverted index of their
// terms (lexical list). It is rebuilt lazily when the store's write
// generation (meta.generation, bumped by every write transaction, also by
// other processes) differs from the cached one. Loading happens under mu so
// a burst of searches after a write loads once.
type snapshotCache struct {
	mu sync.Mutex
	s  *snapshot
}

// snapshot is an immutable search index at one generation. Rows are the
// current chunks ordered by (document id, ordinal), so a lower row index is
// also the deterministic tie-break between equal scores.
type snapshot struct {
	gen      int64
	ids      []int64 // chunks.id per row
	doc      []int32 // index into docIDs per row
	docIDs   []string
	verified []bool // per document index
	dense    vectors
	lexical  postings
}

func (s *snapshot) rows() int { return len(s.ids) }

// search runs fn against the snapshot of the store's current generation
// inside one read transaction, then loads the passages of the hits it
// returns from that same transaction: the generation, the index and the
// rows are one consistent snapshot, never half of a replaced document.
func (st *Store) search(ctx context.Context, fn func(*snapshot) ([]hit, error)) ([]bronwijzer.Passage, error) {
	tx, err := st.readers.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, unavailable(err)
	}
	defer tx.Rollback()
	var gen int64
	if err := tx.StmtContext(ctx, st.stmts.generation).QueryRowContext(ctx).Scan(&gen); err != nil {
		return nil, fmt.Errorf("read generation: %w", err)
	}
	snap, err := st.cache.get(ctx, tx, gen)
	if err != nil {
		return nil, err
	}
	hits, err := fn(snap)
	if err != nil {
		return nil, err
	}
	return fetchHits(ctx, tx.StmtContext(ctx, st.stmts.fetch), snap, hits)
}

// get returns the snapshot for generation gen, loading it through q (a
// read transaction whose snapshot has that generation) when the cache is
// stale.
func (c *snapshotCache) get(ctx context.Context, q queryer, gen int64) (*snapshot, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.s != nil && c.s.gen == gen {
		return c.s, nil
	}
	s, err := loadSnapshot(ctx, q, gen)
	if err != nil {
		return nil, fmt.Errorf("load search index: %w", err)
	}
	// A transaction that began before a newer load must not roll the cache
	// back; it still uses its own older snapshot.
	if c.s == nil || gen > c.s.gen {
		c.s = s
	}
	return s, nil
}

func loadSnapshot(ctx context.Context, q queryer, gen int64) (*snapshot, error) {
	s := &snapshot{gen: gen}
	var n int
	if err := q.QueryRowContext(ctx,
		"SELECT dimension, (SELECT count(*) FROM chunks) FROM meta").Scan(&s.dense.dim, &n); err != nil {
		return nil, err
	}
	s.ids = make([]int64, 0, n)
	s.doc = make([]int32, 0, n)
	s.dense.vecs = make([]float32, 0, n*s.dense.dim)
	lex := newPostingsBuilder(n)
	rows, err := q.QueryContext(ctx, `SELECT c.id, c.document_id, d.verified, c.terms, c.embedding
		FROM chunks c JOIN documents d ON d.id = c.document_id AND d.version = c.version AND d.current = 1
		ORDER BY c.document_id, c.version, c.ordinal`) // the unique index's order: no sort step
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var docID string
		var verified bool
		var terms, blob sql.RawBytes
		if err := rows.Scan(&id, &docID, &verified, &terms, &blob); err != nil {
			return nil, err
		}
		if len(blob) != 4*s.dense.dim {
			return nil, fmt.Errorf("chunk %d has a %d-byte embedding, want %d", id, len(blob), 4*s.dense.dim)
		}
		s.addRow(id, docID, verified)
		s.dense.add(blob)
		lex.add(terms)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	s.lexical = lex.build()
	return s, nil
}

func (s *snapshot) addRow(id int64, docID string, verified bool) {
	if len(s.docIDs) == 0 || s.docIDs[len(s.docIDs)-1] != docID {
		s.docIDs = append(s.docIDs, docID)
		s.verified = append(s.verified, verified)
	}
	s.ids = append(s.ids, id)
	s.doc = append(s.doc, int32(len(s.docIDs)-1))
}

// allowed returns which document indexes pass f, or nil when all do.
func (s *snapshot) allowed(f retrieval.Filter) []bool {
	if !f.VerifiedOnly && len(f.DocumentIDs) == 0 {
		return nil
	}
	want := make(map[string]bool, len(f.DocumentIDs))
	for _, id := range f.DocumentIDs {
		want[id] = true
	}
	ok := make([]bool, len(s.docIDs))
	for i, id := range s.docIDs {
		ok[i] = (!f.VerifiedOnly || s.verified[i]) && (len(want) == 0 || want[id])
	}
	return ok
}

// hit is a scored row.
type hit struct {
	row   int32
	score float32
}

// better orders hits best first: higher score, then lower row (document id,
// ordinal) so equal scores rank deterministically.
func better(a, b hit) bool {
	return a.score > b.score || (a.score == b.score && a.row < b.row)
}

// topN keeps the n best hits in a heap whose root is the worst kept hit.
type topN struct {
	n int
	h []hit
}

func (t *topN) push(x hit) {
	if len(t.h) < t.n {
		t.h = append(t.h, x)
		t.up(len(t.h) - 1)
		return
	}
	if !better(x, t.h[0]) {
		return
	}
	t.h[0] = x
	t.down(0)
}

// worse reports whether h[i] ranks below h[j] (heap order: worst at root).
func (t *topN) worse(i, j int) bool { return better(t.h[j], t.h[i]) }

func (t *topN) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !t.worse(i, p) {
			return
		}
		t.h[i], t.h[p] = t.h[p], t.h[i]
		i = p
	}
}

func (t *topN) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(t.h) {
			return
		}
		c := l
		if r := l + 1; r < len(t.h) && t.worse(r, l) {
			c = r
		}
		if !t.worse(c, i) {
			return
		}
		t.h[i], t.h[c] = t.h[c], t.h[i]
		i = c
	}
}

// sortHits orders hits best first.
func sortHits(hs []hit) {
	slices.SortFunc(hs, func(a, b hit) int {
		switch {
		case better(a, b):
			return -1
		case better(b, a):
			return 1
		}
		return 0
	})
}

// fetchSQL reads the passages of chunk ids given as a JSON array.
const fetchSQL = `SELECT c.id, c.document_id, c.version, c.ordinal, c.page_start, c.page_end,
	c.section, c.text, c.char_start, c.char_end, d.title, d.source_file, d.verified, d.published
	FROM chunks c JOIN documents d ON d.id = c.document_id AND d.version = c.version
	WHERE c.id IN (SELECT value FROM json_each(?))`

// fetchHits loads the passages of hits, in hit order, through stmt (bound
// to the read transaction the snapshot belongs to, so every row exists).
func fetchHits(ctx context.Context, stmt *sql.Stmt, s *snapshot, hits []hit) ([]bronwijzer.Passage, error) {
	if len(hits) == 0 {
		return []bronwijzer.Passage{}, nil
	}
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = s.ids[h.row]
	}
	arg, _ := json.Marshal(ids) // []int64 always marshals
	rows, err := stmt.QueryContext(ctx, string(arg))
	if err != nil {
		return nil, fmt.Errorf("read passages: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]bronwijzer.Passage, len(hits))
	for rows.Next() {
		var id int64
		var p bronwijzer.Passage
		var ordinal int
		if err := rows.Scan(&id, &p.DocumentID, &p.Version, &ordinal, &p.PageStart, &p.PageEnd,
			&p.Section, &p.Text, &p.CharStart, &p.CharEnd, &p.Title, &p.SourceFile, &p.Verified,
			&p.Published); err != nil {
			return nil, fmt.Errorf("read passages: %w", err)
		}
		p.ID = bronwijzer.ChunkID(p.DocumentID, p.Version, ordinal)
		byID[id] = p
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read passages: %w", err)
	}
	out := make([]bronwijzer.Passage, len(hits))
	for i, h := range hits {
		p, ok := byID[ids[i]]
		if !ok {
			return nil, fmt.Errorf("read passages: chunk %d missing from its snapshot", ids[i])
		}
		p.Score = float64(h.score)
		out[i] = p
	}
	return out, nil
}
