package sqlite

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// BM25 parameters: the usual defaults, also SQLite FTS5's, so scores
// match what bm25() would give (negated).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
	// bm25MinIDF replaces a non-positive IDF (a term in more than half the
	// chunks), as FTS5 does, so such a term still counts a little.
	bm25MinIDF = 1e-6
)

// postings is the lexical half of a snapshot: an inverted index of the
// chunks' analysed terms (chunks.terms split on spaces, compared exactly).
type postings struct {
	terms map[string]int32 // term → index into lists
	lists [][]posting      // per term, ascending row
	norm  []float32        // per row: k1·(1 − b + b·len/avglen)
}

type posting struct {
	row int32
	tf  uint16
}

// postingsBuilder accumulates rows in order.
type postingsBuilder struct {
	p       postings
	lengths []int
	scratch []int32
}

func newPostingsBuilder(rows int) *postingsBuilder {
	return &postingsBuilder{p: postings{terms: make(map[string]int32)}, lengths: make([]int, 0, rows)}
}

// add indexes the next row's space-separated terms.
func (b *postingsBuilder) add(terms []byte) {
	row := int32(len(b.lengths))
	ids := b.scratch[:0]
	for len(terms) > 0 {
		i := 0
		for i < len(terms) && terms[i] != ' ' {
			i++
		}
		if i > 0 {
			ids = append(ids, b.termID(terms[:i]))
		}
		terms = terms[min(i+1, len(terms)):]
	}
	b.lengths = append(b.lengths, len(ids))
	slices.Sort(ids)
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[i] {
			j++
		}
		b.p.lists[ids[i]] = append(b.p.lists[ids[i]], posting{row: row, tf: uint16(min(j-i, math.MaxUint16))})
		i = j
	}
	b.scratch = ids
}

func (b *postingsBuilder) termID(term []byte) int32 {
	if id, ok := b.p.terms[string(term)]; ok { // no allocation for the lookup
		return id
	}
	id := int32(len(b.p.lists))
	b.p.terms[string(term)] = id
	b.p.lists = append(b.p.lists, nil)
	return id
}

func (b *postingsBuilder) build() postings {
	total := 0
	for _, l := range b.lengths {
		total += l
	}
	avg := float64(total) / float64(max(1, len(b.lengths)))
	b.p.norm = make([]float32, len(b.lengths))
	for r, l := range b.lengths {
		b.p.norm[r] = float32(bm25K1 * (1 - bm25B + bm25B*float64(l)/max(avg, 1)))
	}
	return b.p
}

// LexicalSearch ranks the current chunks containing any of terms by BM25
// over the in-memory inverted index. Terms are matched exactly (they are
// analysed terms), so no input is query syntax and none can fail.
// Score is the BM25 score, higher is better.
func (s *Store) LexicalSearch(ctx context.Context, terms []string, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	if limit <= 0 {
		return nil, errLimit()
	}
	q := queryTerms(terms)
	if len(q) == 0 {
		return []bronwijzer.Passage{}, nil
	}
	return s.search(ctx, func(snap *snapshot) ([]hit, error) {
		return snap.lexicalSearch(q, limit, snap.allowed(f)), nil
	})
}

// queryTerms splits terms on white space and drops empty and duplicate
// ones, keeping first-use order so score sums are computed in a fixed order.
func queryTerms(terms []string) []string {
	var out []string
	seen := make(map[string]bool, len(terms))
	for _, t := range terms {
		for _, w := range strings.Fields(t) {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// lexicalSearch scores every row holding a query term and keeps the n best.
func (s *snapshot) lexicalSearch(terms []string, n int, allow []bool) []hit {
	p := &s.lexical
	rows := float64(len(p.norm))
	var scores []float32
	var touched []int32
	for _, t := range terms {
		id, ok := p.terms[t]
		if !ok {
			continue
		}
		if scores == nil {
			scores = make([]float32, len(p.norm))
		}
		list := p.lists[id]
		df := float64(len(list))
		idf := math.Log((rows - df + 0.5) / (df + 0.5))
		if idf <= 0 {
			idf = bm25MinIDF
		}
		for _, ps := range list {
			if allow != nil && !allow[s.doc[ps.row]] {
				continue
			}
			tf := float32(ps.tf)
			if scores[ps.row] == 0 {
				touched = append(touched, ps.row)
			}
			scores[ps.row] += float32(idf) * tf * (bm25K1 + 1) / (tf + p.norm[ps.row])
		}
	}
	top := topN{n: n}
	for _, r := range touched {
		top.push(hit{row: r, score: scores[r]})
	}
	sortHits(top.h)
	return top.h
}
