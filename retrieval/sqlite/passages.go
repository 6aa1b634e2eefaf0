package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/bronwijzer/bronwijzer"
)

// passageCacheMax bounds a snapshot's passage cache: about 8,000 passages of
// 1–2 KB of text each, so at most ~16 MB. The bundled corpus fits whole; a
// large store keeps the passages its recent questions returned.
const passageCacheMax = 8192

// passageCache keeps the passages one snapshot has returned, keyed by
// chunks.id, so the candidates of repeated and related questions are not
// read again. Reading 50 candidate rows per list through the pure-Go driver
// was a third of /v1/ask's CPU (profile of BenchmarkAskHTTP, bundled
// corpus). It belongs to one snapshot, i.e. one generation: every write
// bumps the generation and gets a new snapshot with an empty cache, so a
// cached passage is exactly the row the read transaction would return and
// needs no invalidation. When full it is emptied and refilled.
type passageCache struct {
	mu sync.Mutex
	m  map[int64]bronwijzer.Passage
}

// fetch returns the passages of ids in that order with the given scores,
// from the cache where it has them and otherwise through stmt.
func (c *passageCache) fetch(ctx context.Context, stmt *sql.Stmt, ids []int64, scores []float64) ([]bronwijzer.Passage, error) {
	out := make([]bronwijzer.Passage, len(ids))
	var missing []int64
	c.mu.Lock()
	for i, id := range ids {
		p, ok := c.m[id]
		if !ok {
			missing = append(missing, id)
			continue
		}
		p.Score = scores[i]
		out[i] = p
	}
	c.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	loaded, err := loadPassages(ctx, stmt, missing)
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		if p, ok := loaded[id]; ok {
			p.Score = scores[i]
			out[i] = p
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m)+len(loaded) > passageCacheMax {
		c.m = make(map[int64]bronwijzer.Passage, min(passageCacheMax, 4*len(loaded)))
	}
	for id, p := range loaded {
		c.m[id] = p
	}
	return out, nil
}

// fetchPassages loads the passages of chunk ids, in that order, with the
// given scores, through stmt (bound to the read transaction the ids were
// ranked in, so every row exists).
func fetchPassages(ctx context.Context, stmt *sql.Stmt, ids []int64, scores []float64) ([]bronwijzer.Passage, error) {
	byID, err := loadPassages(ctx, stmt, ids)
	if err != nil {
		return nil, err
	}
	out := make([]bronwijzer.Passage, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
		out[i].Score = scores[i]
	}
	return out, nil
}

// loadPassages reads the passages of chunk ids through stmt (fetchSQL),
// without scores. Every id must be found: the ids were ranked in the same
// read transaction.
func loadPassages(ctx context.Context, stmt *sql.Stmt, ids []int64) (map[int64]bronwijzer.Passage, error) {
	byID := make(map[int64]bronwijzer.Passage, len(ids))
	if len(ids) == 0 {
		return byID, nil
	}
	arg, _ := json.Marshal(ids) // []int64 always marshals
	rows, err := stmt.QueryContext(ctx, string(arg))
	if err != nil {
		return nil, fmt.Errorf("read passages: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var p bronwijzer.Passage
		var ordinal int
		if err := rows.Scan(&id, &p.DocumentID, &p.Version, &ordinal, &p.PageStart, &p.PageEnd,
			&p.Section, &p.Text, &p.CharStart, &p.CharEnd, &p.Kind, &p.Caption, &p.Title, &p.SourceFile, &p.Verified,
			&p.Published); err != nil {
			return nil, fmt.Errorf("read passages: %w", err)
		}
		p.ID = bronwijzer.ChunkID(p.DocumentID, p.Version, ordinal)
		byID[id] = p
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read passages: %w", err)
	}
	for _, id := range ids {
		if _, ok := byID[id]; !ok {
			return nil, fmt.Errorf("read passages: chunk %d missing from its snapshot", id)
		}
	}
	return byID, nil
}
