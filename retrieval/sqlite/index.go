package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sync"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// snapshotCache holds the in-memory search index of the current chunks:
// their normalised vectors (dense list) and an inverted index of their
// terms (lexical list). It is refreshed lazily when the store's write
// generation (meta.generation, bumped by every write transaction, also by
// other processes) differs from the cached one. A refresh reuses the
// segments of documents whose stored version did not change, so after a
// write only the written document is loaded. Refreshing happens under mu so
// a burst of searches after a write refreshes once.
type snapshotCache struct {
	// noPostings skips the inverted index (LexicalFTS5 ranks in SQLite),
	// saving its load time and memory. Set once at Open.
	noPostings bool
	mu         sync.Mutex
	s          *snapshot
}

// snapshot is an immutable search index at one generation: one segment per
// current document, in document id order. Global row r is chunk
// r-offsets[i] of segment i; rows are thus ordered by (document id,
// ordinal), and a lower row is also the deterministic tie-break between
// equal scores.
type snapshot struct {
	gen      int64
	dim      int
	segs     []*segment
	offsets  []int // len(segs)+1; offsets[i] is segment i's first global row
	totalLen int   // terms of both fields over all rows, for BM25's average length
	passages passageCache
}

// segment is the immutable index of one stored document version.
type segment struct {
	docID    string
	version  int
	gen      int64 // documents.gen: identifies the version, never reused
	verified bool
	ids      []int64   // chunks.id by ordinal
	vecs     []float32 // len(ids) × dim, rows unit length (or zero)
	lex      postings
}

func (s *snapshot) rows() int { return s.offsets[len(s.segs)] }

// segmentOf returns the segment holding global row r.
func (s *snapshot) segmentOf(r int) int {
	i, _ := slices.BinarySearch(s.offsets, r+1)
	return i - 1
}

// chunkID returns chunks.id of global row r.
func (s *snapshot) chunkID(r int) int64 {
	i := s.segmentOf(r)
	return s.segs[i].ids[r-s.offsets[i]]
}

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

// get returns the snapshot for generation gen, refreshing it through q (a
// read transaction whose snapshot has that generation) when the cache is
// stale.
func (c *snapshotCache) get(ctx context.Context, q queryer, gen int64) (*snapshot, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.s != nil && c.s.gen == gen {
		return c.s, nil
	}
	s, err := refresh(ctx, q, gen, c.s, !c.noPostings)
	if err != nil {
		return nil, fmt.Errorf("load search index: %w", err)
	}
	// A transaction that began before a newer refresh must not roll the
	// cache back; it still uses its own older snapshot.
	if c.s == nil || gen > c.s.gen {
		c.s = s
	}
	return s, nil
}

// docVersion is a current documents row as the index needs it.
type docVersion struct {
	id       string
	version  int
	gen      int64
	verified bool
}

// refresh builds the snapshot of generation gen, reusing prev's segments
// of documents whose current version is unchanged, with postings when
// withPostings.
func refresh(ctx context.Context, q queryer, gen int64, prev *snapshot, withPostings bool) (*snapshot, error) {
	s := &snapshot{gen: gen}
	if err := q.QueryRowContext(ctx, "SELECT dimension FROM meta").Scan(&s.dim); err != nil {
		return nil, err
	}
	docs, err := currentVersions(ctx, q)
	if err != nil {
		return nil, err
	}
	reuse := map[string]*segment{}
	if prev != nil && prev.dim == s.dim {
		for _, seg := range prev.segs {
			reuse[seg.docID] = seg
		}
	}
	segs := make([]*segment, 0, len(docs))
	for _, d := range docs {
		seg := reuse[d.id]
		if seg == nil || seg.gen != d.gen || seg.version != d.version {
			if seg, err = loadSegment(ctx, q, d, s.dim, withPostings); err != nil {
				return nil, err
			}
		}
		segs = append(segs, seg)
	}
	s.setSegments(segs)
	return s, nil
}

// setSegments installs segs (in document id order), skipping empty ones.
func (s *snapshot) setSegments(segs []*segment) {
	s.segs, s.offsets, s.totalLen = nil, []int{0}, 0
	for _, seg := range segs {
		if len(seg.ids) == 0 {
			continue
		}
		s.segs = append(s.segs, seg)
		s.offsets = append(s.offsets, s.offsets[len(s.offsets)-1]+len(seg.ids))
		s.totalLen += seg.lex.totalLen
	}
}

func currentVersions(ctx context.Context, q queryer) ([]docVersion, error) {
	rows, err := q.QueryContext(ctx,
		"SELECT id, version, gen, verified FROM documents WHERE current = 1 ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var docs []docVersion
	for rows.Next() {
		var d docVersion
		if err := rows.Scan(&d.id, &d.version, &d.gen, &d.verified); err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, rows.Err()
}

func loadSegment(ctx context.Context, q queryer, d docVersion, dim int, withPostings bool) (*segment, error) {
	seg := &segment{docID: d.id, version: d.version, gen: d.gen, verified: d.verified}
	terms := "terms, field_terms"
	if !withPostings {
		terms = "'', ''" // not read at all: the terms are most of a row's text
	}
	// Only searchable chunks: a whole table or a note is in neither list
	// nor in the BM25 statistics.
	rows, err := q.QueryContext(ctx, `SELECT id, `+terms+`, embedding FROM chunks
		WHERE document_id = ? AND version = ? AND searchable = 1 ORDER BY ordinal`, d.id, d.version)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var lex postingsBuilder
	for rows.Next() {
		var id int64
		var terms, fieldTerms, blob sql.RawBytes
		if err := rows.Scan(&id, &terms, &fieldTerms, &blob); err != nil {
			return nil, err
		}
		if len(blob) != 4*dim {
			return nil, fmt.Errorf("chunk %d has a %d-byte embedding, want %d", id, len(blob), 4*dim)
		}
		seg.ids = append(seg.ids, id)
		start := len(seg.vecs)
		seg.vecs = append(seg.vecs, make([]float32, dim)...)
		row := seg.vecs[start:]
		decodeInto(row, blob)
		retrieval.Normalize(row)
		lex.add(terms, fieldTerms)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	seg.lex = lex.build()
	return seg, nil
}

// allowed returns which segments pass f, or nil when all do.
func (s *snapshot) allowed(f retrieval.Filter) []bool {
	if !f.VerifiedOnly && len(f.DocumentIDs) == 0 {
		return nil
	}
	want := make(map[string]bool, len(f.DocumentIDs))
	for _, id := range f.DocumentIDs {
		want[id] = true
	}
	ok := make([]bool, len(s.segs))
	for i, seg := range s.segs {
		ok[i] = (!f.VerifiedOnly || seg.verified) && (len(want) == 0 || want[seg.docID])
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
	c.section, c.text, c.char_start, c.char_end, c.kind, c.caption, d.title, d.source_file, d.verified, d.published
	FROM chunks c JOIN documents d ON d.id = c.document_id AND d.version = c.version
	WHERE c.id IN (SELECT value FROM json_each(?))`

// fetchHits loads the passages of hits, in hit order, through stmt (bound
// to the read transaction the snapshot belongs to, so every row exists).
func fetchHits(ctx context.Context, stmt *sql.Stmt, s *snapshot, hits []hit) ([]bronwijzer.Passage, error) {
	ids := make([]int64, len(hits))
	scores := make([]float64, len(hits))
	for i, h := range hits {
		ids[i], scores[i] = s.chunkID(int(h.row)), float64(h.score)
	}
	return s.passages.fetch(ctx, stmt, ids, scores)
}
