package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/bronwijzer/bronwijzer/retrieval"
)

// candidates are the changes to the ranking measured by -experiments, each
// a general IR method whose parameters come from a grid, never from a
// question: the first variant of each is the ranking in use.
func candidates() []family {
	return []family{
		newFamily("BM25 k1, b", func(add func(string, ranker)) {
			for _, k1 := range []float64{0.6, 0.9, 1.2, 1.5, 2, 3} {
				for _, b := range []float64{0.3, 0.5, 0.75, 0.9, 1} {
					add(fmt.Sprintf("k1=%.1f b=%.2f", k1, b), lexicalAt(bm25Params{k1, b, retrieval.FieldWeight}))
				}
			}
		}),
		newFamily("BM25+ (lower bound delta per matched term)", func(add func(string, ranker)) {
			for _, d := range []float64{0.1, 0.25, 0.5, 1, 2} {
				add(fmt.Sprintf("delta=%.2f", d), bm25Plus(d))
			}
		}),
		newFamily("RM3 pseudo-relevance feedback", func(add func(string, ranker)) {
			for _, k := range []int{3, 5, 10} {
				for _, m := range []int{5, 10, 20, 40} {
					for _, l := range []float64{0.1, 0.2, 0.3, 0.5} {
						add(fmt.Sprintf("docs=%d terms=%d lambda=%.1f", k, m, l), rm3(k, m, l))
					}
				}
			}
		}),
		newFamily("PPMI term associations (co-occurrence in passages)", func(add func(string, ranker)) {
			for _, minCo := range []int{2, 3} {
				for _, m := range []int{3, 5, 10} {
					for _, beta := range []float64{0.1, 0.3, 0.5, 1} {
						add(fmt.Sprintf("minco=%d terms=%d beta=%.1f", minCo, m, beta), ppmiExpansion(minCo, m, beta))
					}
				}
			}
		}),
		newFamily("character-trigram term expansion (corpus vocabulary)", func(add func(string, ranker)) {
			for _, maxDF := range []int{0, 2, 5, 1 << 30} {
				for _, theta := range []float64{0.4, 0.5, 0.6, 0.7} {
					for _, g := range []float64{0.3, 0.5, 1} {
						add(fmt.Sprintf("maxdf=%d dice>=%.1f weight=%.1f", min(maxDF, 9999), theta, g), trigramExpansion(maxDF, theta, g))
					}
				}
			}
		}),
		newFamily("neighbour smoothing (score + mu x adjacent passages' scores)", func(add func(string, ranker)) {
			for _, mu := range []float64{0.05, 0.1, 0.2, 0.3, 0.5} {
				add(fmt.Sprintf("mu=%.2f", mu), neighbours(mu))
			}
		}),
		newFamily("term proximity (BM25TP pairs within a window)", func(add func(string, ranker)) {
			for _, w := range []int{3, 5, 10} {
				for _, g := range []float64{0.1, 0.2, 0.5, 1} {
					add(fmt.Sprintf("window=%d weight=%.1f", w, g), proximity(w, g))
				}
			}
		}),
		newFamily("MMR diversification of the first 20", func(add func(string, ranker)) {
			for _, l := range []float64{0.5, 0.6, 0.7, 0.8, 0.9} {
				add(fmt.Sprintf("lambda=%.1f", l), mmr(l, 20))
			}
		}),
		newFamily("dense list weight (RRF, local hash embedder)", func(add func(string, ranker)) {
			for _, w := range []float64{0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1} {
				add(fmt.Sprintf("w=%.2f", w), withDense(w, false))
			}
		}),
		newFamily("lexical first kept, rest fused with the dense list", func(add func(string, ranker)) {
			for _, w := range []float64{0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1} {
				add(fmt.Sprintf("w=%.2f", w), withDense(w, true))
			}
		}),
	}
}

// newFamily builds a family whose first variant is the ranking in use.
func newFamily(name string, fill func(add func(string, ranker))) family {
	f := family{name: name, variants: []variant{{"in use", lexicalAt(storeParams)}}}
	fill(func(n string, r ranker) { f.variants = append(f.variants, variant{n, r}) })
	return f
}

const listLen = 50 // candidates per list, as hybrid search fuses

func lexicalAt(p bm25Params) ranker {
	return func(x *xindex, qi int) []int { return top(x.bm25(weights(x.qs[qi].terms), p), listLen) }
}

// bm25Plus adds delta·idf for every query term a passage holds (Lv and
// Zhai 2011), so long passages are not pushed below short ones for
// matching the same terms.
func bm25Plus(delta float64) ranker {
	return func(x *xindex, qi int) []int {
		s := x.bm25(weights(x.qs[qi].terms), storeParams)
		for _, t := range x.qs[qi].terms {
			for _, p := range x.post[t] {
				s[p.row] += delta * x.idf(t)
			}
		}
		return top(s, listLen)
	}
}

// rm3 is relevance model 3 (Abdul-Jaleel et al. 2004): the terms of the
// first k passages weighted by their share of each passage and the
// passage's share of the scores; the m heaviest mixed into the query at
// weight lambda.
func rm3(k, m int, lambda float64) ranker {
	return func(x *xindex, qi int) []int {
		q := weights(x.qs[qi].terms)
		s := x.bm25(q, storeParams)
		first := top(s, k)
		var total float64
		for _, r := range first {
			total += s[r]
		}
		rel := map[string]float64{}
		for _, r := range first {
			for t, n := range x.rows[r].counts {
				rel[t] += n / float64(x.rows[r].length) * s[r] / total
			}
		}
		return top(x.bm25(mix(q, heaviest(rel, m), lambda), storeParams), listLen)
	}
}

// mix is (1−lambda)·q + lambda·exp, each normalised to sum 1.
func mix(q, exp map[string]float64, lambda float64) map[string]float64 {
	out := map[string]float64{}
	for t, w := range normalised(q) {
		out[t] += (1 - lambda) * w
	}
	for t, w := range normalised(exp) {
		out[t] += lambda * w
	}
	return out
}

func normalised(m map[string]float64) map[string]float64 {
	var sum float64
	for _, v := range m {
		sum += v
	}
	out := make(map[string]float64, len(m))
	for t, v := range m {
		if sum > 0 {
			out[t] = v / sum
		}
	}
	return out
}

// heaviest keeps the m largest entries (ties by term).
func heaviest(m map[string]float64, n int) map[string]float64 {
	keys := sortedKeys(m)
	slices.SortStableFunc(keys, func(a, b string) int { return cmp.Compare(m[b], m[a]) })
	out := map[string]float64{}
	for _, k := range keys[:min(n, len(keys))] {
		out[k] = m[k]
	}
	return out
}

// expansionCache holds per-corpus tables the expansions derive once.
var expansionCache sync.Map // key → value

func cached[V any](key string, build func() V) V {
	if v, ok := expansionCache.Load(key); ok {
		return v.(V)
	}
	v := build()
	expansionCache.Store(key, v)
	return v
}

// ppmiExpansion adds to each query term its m best associates by positive
// pointwise mutual information of co-occurring in a passage (seen together
// in at least minCo passages), at total weight beta per query term.
func ppmiExpansion(minCo, m int, beta float64) ranker {
	return func(x *xindex, qi int) []int {
		assoc := cached(fmt.Sprintf("ppmi %p %d %d", x, minCo, m), func() map[string]map[string]float64 { return x.ppmi(minCo, m) })
		q := weights(x.qs[qi].terms)
		for _, t := range x.qs[qi].terms {
			for a, w := range normalised(assoc[t]) {
				if q[a] < 1 {
					q[a] += beta * w
				}
			}
		}
		return top(x.bm25(q, storeParams), listLen)
	}
}

func (x *xindex) ppmi(minCo, m int) map[string]map[string]float64 {
	co := map[[2]string]int{}
	for _, r := range x.rows {
		terms := sortedKeys(r.counts)
		for _, a := range terms {
			for _, b := range terms {
				if a != b {
					co[[2]string{a, b}]++
				}
			}
		}
	}
	n := float64(len(x.rows))
	all := map[string]map[string]float64{}
	for pair, c := range co {
		df0, df1 := float64(len(x.post[pair[0]])), float64(len(x.post[pair[1]]))
		if v := math.Log(float64(c) * n / (df0 * df1)); c >= minCo && v > 0 {
			if all[pair[0]] == nil {
				all[pair[0]] = map[string]float64{}
			}
			all[pair[0]][pair[1]] = v
		}
	}
	for t, a := range all {
		all[t] = heaviest(a, m)
	}
	return all
}

// trigramExpansion adds, for each query term held by at most maxDF
// passages, the corpus terms whose character trigrams overlap it by a Dice
// coefficient of at least theta, at weight g·Dice (a fuzzy match for
// spelling and inflection variants the analyser does not join).
func trigramExpansion(maxDF int, theta, g float64) ranker {
	return func(x *xindex, qi int) []int {
		vocab := cached(fmt.Sprintf("trigrams %p", x), func() map[string]map[string]bool {
			v := map[string]map[string]bool{}
			for t := range x.post {
				v[t] = trigrams(t)
			}
			return v
		})
		q := weights(x.qs[qi].terms)
		for _, t := range x.qs[qi].terms {
			if len(x.post[t]) > maxDF || len(t) < 4 {
				continue
			}
			tg := trigrams(t)
			for _, w := range sortedKeys(vocab) {
				if d := dice(tg, vocab[w]); w != t && len(w) >= 4 && d >= theta && q[w] < g*d {
					q[w] = g * d
				}
			}
		}
		return top(x.bm25(q, storeParams), listLen)
	}
}

func trigrams(w string) map[string]bool {
	r := []rune("^" + w + "$")
	out := map[string]bool{}
	for i := 0; i+3 <= len(r); i++ {
		out[string(r[i:i+3])] = true
	}
	return out
}

func dice(a, b map[string]bool) float64 {
	n := 0
	for g := range a {
		if b[g] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

// neighbours adds mu times the scores of the passages before and after a
// passage in its document (among the 50 best), so a passage whose context
// matches the question rises.
func neighbours(mu float64) ranker {
	return func(x *xindex, qi int) []int {
		s := x.bm25(weights(x.qs[qi].terms), storeParams)
		kept := make([]float64, len(s))
		for _, r := range top(s, listLen) {
			kept[r] = s[r]
		}
		out := slices.Clone(kept)
		for r := range kept {
			for _, n := range []int{r - 1, r + 1} {
				if kept[r] > 0 && n >= 0 && n < len(kept) && x.rows[n].p.DocumentID == x.rows[r].p.DocumentID {
					out[r] += mu * kept[n]
				}
			}
		}
		return top(out, listLen)
	}
}

// proximity adds, for each pair of different query terms at most window
// terms apart in a passage's body, the smaller idf over the squared
// distance, saturated like a BM25 term and weighted g (Büttcher, Clarke and
// Lushman 2006).
func proximity(window int, g float64) ranker {
	return func(x *xindex, qi int) []int {
		q := weights(x.qs[qi].terms)
		s := x.bm25(q, storeParams)
		for _, r := range top(s, listLen) {
			seq, acc := x.rows[r].seq, 0.0
			for a := range seq {
				for b := a + 1; q[seq[a]] > 0 && b < len(seq) && b-a <= window; b++ {
					if q[seq[b]] > 0 && seq[b] != seq[a] {
						acc += min(x.idf(seq[a]), x.idf(seq[b])) / float64((b-a)*(b-a))
					}
				}
			}
			s[r] += g * acc * (storeParams.k1 + 1) / (acc + storeParams.k1)
		}
		return top(s, listLen)
	}
}

// mmr reorders the first n by maximal marginal relevance (Carbonell and
// Goldstein 1998): lambda·score/best − (1−lambda)·the highest cosine to a
// passage already placed.
func mmr(lambda float64, n int) ranker {
	return func(x *xindex, qi int) []int {
		s := x.bm25(weights(x.qs[qi].terms), storeParams)
		list := top(s, listLen)
		head := slices.Clone(list[:min(n, len(list))])
		var placed []int
		for len(head) > 0 {
			best, bestV := 0, math.Inf(-1)
			for i, r := range head {
				sim := 0.0
				for _, p := range placed {
					sim = max(sim, cosine(x.rows[r].vec, x.rows[p].vec))
				}
				if v := lambda*s[r]/s[list[0]] - (1-lambda)*sim; v > bestV {
					best, bestV = i, v
				}
			}
			placed = append(placed, head[best])
			head = slices.Delete(head, best, best+1)
		}
		return append(placed, list[len(placed):]...)
	}
}

func cosine(a, b []float32) float64 {
	var d float64
	for i := range a {
		d += float64(a[i]) * float64(b[i])
	}
	return d
}

// withDense fuses the lexical list with the dense list (cosine to the
// local hash embedder's query vector) by weighted reciprocal rank fusion,
// as retrieval.FuseWeighted; with leadKept the lexical first stays first.
func withDense(w float64, leadKept bool) ranker {
	return func(x *xindex, qi int) []int {
		lex := top(x.bm25(weights(x.qs[qi].terms), storeParams), listLen)
		cos := make([]float64, len(x.rows))
		for r := range x.rows {
			cos[r] = cosine(x.qs[qi].vec, x.rows[r].vec)
		}
		score := map[int]float64{}
		for i, r := range lex {
			score[r] += 1 / float64(retrieval.RRFK+i+1)
		}
		for i, r := range top(cos, listLen) {
			score[r] += w / float64(retrieval.RRFK+i+1)
		}
		fused := make([]int, 0, len(score))
		for r := range score {
			fused = append(fused, r)
		}
		slices.SortFunc(fused, func(a, b int) int {
			return cmp.Or(cmp.Compare(score[b], score[a]), cmp.Compare(a, b))
		})
		if leadKept && len(lex) > 0 {
			i := slices.Index(fused, lex[0])
			fused = append([]int{lex[0]}, slices.Delete(fused, i, i+1)...)
		}
		return fused
	}
}
