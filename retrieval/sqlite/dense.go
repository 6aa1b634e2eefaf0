package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// minRowsPerWorker is the smallest slice of the matrix worth a goroutine:
// below it the scan takes microseconds and scheduling would dominate.
const minRowsPerWorker = 4096

// denseIndex caches the current chunks' normalised vectors as one matrix.
// It is rebuilt lazily when the store's write generation (meta.generation,
// bumped by every write transaction, also by other processes) differs from
// the cached one. Loading happens under mu so a burst of searches after a
// write loads once.
type denseIndex struct {
	mu sync.Mutex
	m  *matrix
}

// matrix is an immutable snapshot of the dense index at one generation.
// Rows are ordered by (document id, ordinal), so a lower row index is also
// the deterministic tie-break between equal scores.
type matrix struct {
	gen      int64
	dim      int
	vecs     []float32 // rows × dim, each row unit length (or zero)
	ids      []int64   // chunks.id per row
	doc      []int32   // index into docIDs per row
	docIDs   []string
	verified []bool // per document index
}

func (m *matrix) rows() int { return len(m.ids) }

// DenseSearch ranks the current chunks by exact cosine similarity to vec.
// The generation check, the matrix (if reloaded) and the passage rows all
// come from one read transaction, so the result is one consistent snapshot.
func (s *Store) DenseSearch(ctx context.Context, vec []float32, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	if limit <= 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "Aantal resultaten moet positief zijn (limit must be positive)")
	}
	q := slices.Clone(vec)
	for _, x := range q {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "Zoekvector bevat NaN of oneindig (non-finite query vector)")
		}
	}
	tx, err := s.readers.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, unavailable(err)
	}
	defer tx.Rollback()
	var gen int64
	if err := tx.StmtContext(ctx, s.stmts.generation).QueryRowContext(ctx).Scan(&gen); err != nil {
		return nil, fmt.Errorf("dense search: %w", err)
	}
	m, err := s.dense.get(ctx, tx, gen)
	if err != nil {
		return nil, fmt.Errorf("dense search: %w", err)
	}
	if m.rows() == 0 {
		return []bronwijzer.Passage{}, nil
	}
	if len(q) != m.dim {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID,
			"Zoekvector heeft dimensie %d, de opslag %d (dimension mismatch)", len(q), m.dim)
	}
	if !normalize(q) {
		return []bronwijzer.Passage{}, nil // a zero vector is similar to nothing
	}
	hits := m.search(q, limit, m.allowed(f))
	return fetchHits(ctx, tx.StmtContext(ctx, s.stmts.fetch), m, hits)
}

// get returns the matrix for generation gen, loading it through q (a read
// transaction whose snapshot has that generation) when the cache is stale.
func (d *denseIndex) get(ctx context.Context, q queryer, gen int64) (*matrix, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.m != nil && d.m.gen == gen {
		return d.m, nil
	}
	m, err := loadMatrix(ctx, q, gen)
	if err != nil {
		return nil, err
	}
	// A transaction that began before a newer load must not roll the cache
	// back; it still uses its own older snapshot.
	if d.m == nil || gen > d.m.gen {
		d.m = m
	}
	return m, nil
}

func loadMatrix(ctx context.Context, q queryer, gen int64) (*matrix, error) {
	m := &matrix{gen: gen}
	var n int
	if err := q.QueryRowContext(ctx,
		"SELECT dimension, (SELECT count(*) FROM chunks) FROM meta").Scan(&m.dim, &n); err != nil {
		return nil, fmt.Errorf("load vectors: %w", err)
	}
	rows, err := q.QueryContext(ctx, `SELECT c.id, c.document_id, d.verified, c.embedding
		FROM chunks c JOIN documents d ON d.id = c.document_id AND d.version = c.version AND d.current = 1
		ORDER BY c.document_id, c.ordinal`)
	if err != nil {
		return nil, fmt.Errorf("load vectors: %w", err)
	}
	defer rows.Close()
	m.vecs = make([]float32, 0, n*m.dim)
	m.ids = make([]int64, 0, n)
	m.doc = make([]int32, 0, n)
	for rows.Next() {
		var id int64
		var docID string
		var verified bool
		var blob sql.RawBytes
		if err := rows.Scan(&id, &docID, &verified, &blob); err != nil {
			return nil, fmt.Errorf("load vectors: %w", err)
		}
		if len(blob) != 4*m.dim {
			return nil, fmt.Errorf("load vectors: chunk %d has %d bytes, want %d", id, len(blob), 4*m.dim)
		}
		m.addRow(id, docID, verified, blob)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load vectors: %w", err)
	}
	return m, nil
}

func (m *matrix) addRow(id int64, docID string, verified bool, blob []byte) {
	if len(m.docIDs) == 0 || m.docIDs[len(m.docIDs)-1] != docID {
		m.docIDs = append(m.docIDs, docID)
		m.verified = append(m.verified, verified)
	}
	start := len(m.vecs)
	m.vecs = append(m.vecs, make([]float32, m.dim)...)
	row := m.vecs[start:]
	decodeInto(row, blob)
	normalize(row)
	m.ids = append(m.ids, id)
	m.doc = append(m.doc, int32(len(m.docIDs)-1))
}

// allowed returns which document indexes pass f, or nil when all do.
func (m *matrix) allowed(f retrieval.Filter) []bool {
	if !f.VerifiedOnly && len(f.DocumentIDs) == 0 {
		return nil
	}
	want := make(map[string]bool, len(f.DocumentIDs))
	for _, id := range f.DocumentIDs {
		want[id] = true
	}
	ok := make([]bool, len(m.docIDs))
	for i, id := range m.docIDs {
		ok[i] = (!f.VerifiedOnly || m.verified[i]) && (len(want) == 0 || want[id])
	}
	return ok
}

// hit is a scored matrix row.
type hit struct {
	row   int32
	score float32
}

// better orders hits best first: higher score, then lower row (document id,
// ordinal) so equal scores rank deterministically.
func better(a, b hit) bool {
	return a.score > b.score || (a.score == b.score && a.row < b.row)
}

// search returns the n best rows for the unit query q, best first, scanning
// contiguous row ranges in parallel, each with its own bounded heap.
func (m *matrix) search(q []float32, n int, allow []bool) []hit {
	rows := m.rows()
	workers := max(1, min(runtime.GOMAXPROCS(0), rows/minRowsPerWorker))
	parts := make([][]hit, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := rows*w/workers, rows*(w+1)/workers
		wg.Go(func() { parts[w] = m.scan(q, n, allow, lo, hi) })
	}
	wg.Wait()
	all := slices.Concat(parts...)
	slices.SortFunc(all, func(a, b hit) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return 0
	})
	return all[:min(n, len(all))]
}

func (m *matrix) scan(q []float32, n int, allow []bool, lo, hi int) []hit {
	top := topN{n: n}
	dim := m.dim
	for r := lo; r < hi; r++ {
		if allow != nil && !allow[m.doc[r]] {
			continue
		}
		top.push(hit{row: int32(r), score: dot(q, m.vecs[r*dim:(r+1)*dim])})
	}
	return top.h
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
