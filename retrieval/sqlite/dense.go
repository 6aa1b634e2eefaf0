package sqlite

import (
	"context"
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

// DenseSearch ranks the current chunks by exact cosine similarity to vec,
// scanning the in-memory matrix in parallel. Score is the cosine.
func (s *Store) DenseSearch(ctx context.Context, vec []float32, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	if limit <= 0 {
		return nil, errLimit()
	}
	q := slices.Clone(vec)
	for _, x := range q {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "Zoekvector bevat NaN of oneindig (non-finite query vector)")
		}
	}
	return s.search(ctx, func(snap *snapshot) ([]hit, error) {
		if snap.rows() == 0 {
			return nil, nil
		}
		if len(q) != snap.dim {
			return nil, bronwijzer.Errorf(bronwijzer.EINVALID,
				"Zoekvector heeft dimensie %d, de opslag %d (dimension mismatch)", len(q), snap.dim)
		}
		if !retrieval.Normalize(q) {
			return nil, nil // a zero vector is similar to nothing
		}
		return snap.denseSearch(q, limit, snap.allowed(f)), nil
	})
}

func errLimit() error {
	return bronwijzer.Errorf(bronwijzer.EINVALID, "Aantal resultaten moet positief zijn (limit must be positive)")
}

// denseSearch returns the n best rows for the unit query q, best first,
// scanning contiguous row ranges in parallel, each with its own bounded heap.
func (s *snapshot) denseSearch(q []float32, n int, allow []bool) []hit {
	rows := s.rows()
	workers := max(1, min(runtime.GOMAXPROCS(0), rows/minRowsPerWorker))
	parts := make([][]hit, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := rows*w/workers, rows*(w+1)/workers
		wg.Go(func() { parts[w] = s.scan(q, n, allow, lo, hi) })
	}
	wg.Wait()
	all := slices.Concat(parts...)
	sortHits(all)
	return all[:min(n, len(all))]
}

// scan scores global rows [lo, hi) into a bounded heap, segment by segment.
// Once the heap is full, a row scoring no better than its worst hit is
// skipped without a call: rows ascend, so an equal score at a later row
// would lose the tie anyway. Most rows stop at that comparison.
func (s *snapshot) scan(q []float32, n int, allow []bool, lo, hi int) []hit {
	top := topN{n: n}
	dim := s.dim
	floor, full := float32(0), false
	for i := s.segmentOf(lo); i < len(s.segs) && s.offsets[i] < hi; i++ {
		if allow != nil && !allow[i] {
			continue
		}
		base, vecs := s.offsets[i], s.segs[i].vecs
		for r := max(lo, base) - base; r < min(hi, s.offsets[i+1])-base; r++ {
			score := dot(q, vecs[r*dim:(r+1)*dim])
			if full && score <= floor {
				continue
			}
			top.push(hit{row: int32(base + r), score: score})
			if full = len(top.h) == n; full {
				floor = top.h[0].score
			}
		}
	}
	return top.h
}
