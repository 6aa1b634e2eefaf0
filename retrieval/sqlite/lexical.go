package sqlite

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// postings is a segment's inverted index of its chunks' analysed terms
// (chunks.terms and chunks.field_terms split on spaces, compared exactly:
// a posting counts a term's occurrences in each field), in compressed sparse
// row form: the postings of terms[i] are post[start[i]:start[i+1]], by
// ascending row. Terms are sorted by their FNV-1a hash (hashes[i]), so a
// lookup is a binary search over integers, not strings; flat arrays keep
// the per-document overhead small.
type postings struct {
	hashes   []uint64
	terms    []string
	start    []int32
	post     []posting
	lengths  []int32 // terms per row, both fields
	totalLen int
}

type posting struct {
	row int32  // row within the segment
	tf  uint16 // occurrences in the body (chunks.terms)
	tff uint16 // occurrences in the field (chunks.field_terms)
}

// freq is the posting's BM25F term frequency: a field occurrence counts
// retrieval.FieldWeight times a body one.
func (p posting) freq() float64 { return float64(p.tf) + retrieval.FieldWeight*float64(p.tff) }

// list returns the postings of term, whose termHash is h, or nil.
func (p *postings) list(term string, h uint64) []posting {
	i, _ := slices.BinarySearch(p.hashes, h)
	for ; i < len(p.hashes) && p.hashes[i] == h; i++ {
		if p.terms[i] == term {
			return p.post[p.start[i]:p.start[i+1]]
		}
	}
	return nil
}

// termHash is 64-bit FNV-1a.
func termHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// postingsBuilder accumulates a segment's rows in order. Postings go to
// one flat slice and are placed into CSR order by a counting sort in
// build: no per-term slices to grow and copy (the index load is the first
// search's cost; BenchmarkIndexLoad).
type postingsBuilder struct {
	ids     map[string]int32 // term → local id
	terms   []string         // by local id
	counts  []int32          // postings per local id
	entries []entry          // in row order
	lengths []int32
	scratch []int32
}

type entry struct {
	term int32 // local id
	posting
}

// add indexes the next row's space-separated body and field terms.
func (b *postingsBuilder) add(terms, fieldTerms []byte) {
	if b.ids == nil {
		b.ids = make(map[string]int32)
	}
	row := int32(len(b.lengths))
	// Each occurrence is its term's local id shifted left, its low bit set
	// for the field, so one integer sort groups a term's occurrences.
	ids := b.appendIDs(b.scratch[:0], terms, 0)
	ids = b.appendIDs(ids, fieldTerms, 1)
	b.lengths = append(b.lengths, int32(len(ids)))
	slices.Sort(ids)
	for i := 0; i < len(ids); {
		id, j, tff := ids[i]>>1, i, 0
		for ; j < len(ids) && ids[j]>>1 == id; j++ {
			tff += int(ids[j] & 1)
		}
		tf := j - i - tff
		i = j
		b.entries = append(b.entries, entry{id, posting{row: row,
			tf: uint16(min(tf, math.MaxUint16)), tff: uint16(min(tff, math.MaxUint16))}})
		b.counts[id]++
	}
	b.scratch = ids
}

// appendIDs appends the local id of each of terms' space-separated terms,
// shifted left by one and or-ed with bit.
func (b *postingsBuilder) appendIDs(ids []int32, terms []byte, bit int32) []int32 {
	for len(terms) > 0 {
		i := 0
		for i < len(terms) && terms[i] != ' ' {
			i++
		}
		if i > 0 {
			ids = append(ids, b.termID(terms[:i])<<1|bit)
		}
		terms = terms[min(i+1, len(terms)):]
	}
	return ids
}

func (b *postingsBuilder) termID(term []byte) int32 {
	if id, ok := b.ids[string(term)]; ok { // no allocation for the lookup
		return id
	}
	id := int32(len(b.terms))
	t := string(term)
	b.ids[t] = id
	b.terms = append(b.terms, t)
	b.counts = append(b.counts, 0)
	return id
}

func (b *postingsBuilder) build() postings {
	hashes := make([]uint64, len(b.terms))
	order := make([]int32, len(b.terms))
	for i, t := range b.terms {
		hashes[i], order[i] = termHash(t), int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := cmp.Compare(hashes[x], hashes[y]); c != 0 {
			return c
		}
		return strings.Compare(b.terms[x], b.terms[y])
	})
	p := postings{
		hashes:  make([]uint64, len(order)),
		terms:   make([]string, len(order)),
		start:   make([]int32, len(order)+1),
		post:    make([]posting, len(b.entries)),
		lengths: b.lengths,
	}
	next := make([]int32, len(b.terms)) // by local id: where its next posting goes
	for i, id := range order {
		p.hashes[i], p.terms[i] = hashes[id], b.terms[id]
		next[id] = p.start[i]
		p.start[i+1] = p.start[i] + b.counts[id]
	}
	for _, e := range b.entries { // row order, so each list ascends by row
		p.post[next[e.term]] = e.posting
		next[e.term]++
	}
	for _, l := range b.lengths {
		p.totalLen += int(l)
	}
	return p
}

// LexicalSearch ranks the current chunks containing any of terms by BM25,
// over the in-memory inverted index (LexicalMemory) or with FTS5
// (LexicalFTS5). Terms are matched exactly (they are analysed terms), so
// no input is query syntax and none can fail. Score is the BM25 score,
// higher is better.
func (s *Store) LexicalSearch(ctx context.Context, terms []string, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	if limit <= 0 {
		return nil, errLimit()
	}
	q := queryTerms(terms)
	if len(q) == 0 {
		return []bronwijzer.Passage{}, nil
	}
	if s.lexical == LexicalFTS5 {
		return s.ftsSearch(ctx, q, limit, f)
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

// lexicalSearch scores every allowed row holding a query term with
// retrieval.BM25Term, idf·tf·(k1+1)/(tf + k1·(1−b+b·len/avglen)), summed
// over the terms, tf
// being tf_body + FieldWeight·tf_field and len the terms of both fields
// (FTS5's bm25() with column weights, the same in every store), and keeps
// the n best. Document frequency and average length are over all
// current chunks, whatever the filter.
func (s *snapshot) lexicalSearch(terms []string, n int, allow []bool) []hit {
	rows := s.rows()
	if rows == 0 {
		return nil
	}
	avg := max(float64(s.totalLen)/float64(rows), 1)
	var scores []float64
	var touched []int32
	lists := make([][]posting, len(s.segs))
	for _, t := range terms {
		df, h := 0, termHash(t)
		for i, seg := range s.segs {
			lists[i] = seg.lex.list(t, h)
			df += len(lists[i])
		}
		if df == 0 {
			continue
		}
		if scores == nil {
			scores = make([]float64, rows)
		}
		idf := retrieval.BM25IDF(float64(rows), float64(df))
		for i, list := range lists {
			if len(list) == 0 || (allow != nil && !allow[i]) {
				continue
			}
			base, lengths := s.offsets[i], s.segs[i].lex.lengths
			for _, ps := range list {
				r := base + int(ps.row)
				tf := ps.freq()
				if scores[r] == 0 {
					touched = append(touched, int32(r))
				}
				scores[r] += retrieval.BM25Term(idf, tf, float64(lengths[ps.row]), avg)
			}
		}
	}
	top := topN{n: n}
	for _, r := range touched {
		top.push(hit{row: r, score: float32(scores[r])})
	}
	sortHits(top.h)
	return top.h
}
