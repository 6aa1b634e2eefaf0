// Package embed holds the embedders that turn text into vectors for dense
// retrieval: the offline Local hashed embedder, and adapters for model
// providers.
package embed

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer/retrieval"

	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
)

// DefaultDim is the Local embedder's default vector size.
const DefaultDim = 384

// Feature weights. Word stems carry topic; character n-grams of the folded
// word add robustness to inflection, spelling variants and compounds
// ("huisartsenpraktijk" shares n-grams with "praktijk" and "huisarts").
const (
	wordWeight  = 1.0
	gramWeight  = 0.4
	minGram     = 3
	maxGram     = 5
	parallelMin = 8 // batches smaller than this are embedded on one goroutine
)

// Local is an offline embedder without model files: signed feature hashing
// of word stems and character 3–5-grams into a fixed-size vector, with
// sublinear term frequency, L2-normalised. It needs no network and gives the
// same vector for the same text in every process (FNV-1a, no random seed),
// so stored vectors stay valid across restarts. Name records the algorithm
// version and dimension; change either and stored vectors must be rebuilt.
type Local struct {
	dim int
}

// NewLocal returns a Local embedder producing dim-sized vectors; dim <= 0
// means DefaultDim, and dim is capped at 4096.
func NewLocal(dim int) *Local {
	if dim <= 0 {
		dim = DefaultDim
	}
	return &Local{dim: min(dim, 4096)}
}

// Name identifies the vectors this embedder produces, e.g. "local-hash-v1-384".
func (l *Local) Name() string { return "local-hash-v1-" + strconv.Itoa(l.dim) }

// Dim returns the vector size.
func (l *Local) Dim() int { return l.dim }

// EmbedQuery embeds one text.
func (l *Local) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("embed query: %w", err)
	}
	return l.embed(text, newScratch()), nil
}

// EmbedDocuments embeds texts in order, spreading large batches over all
// cores.
func (l *Local) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	workers := min(runtime.GOMAXPROCS(0), len(texts))
	if len(texts) < parallelMin {
		workers = 1
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			sc := newScratch()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(texts) || ctx.Err() != nil {
					return
				}
				out[i] = l.embed(texts[i], sc)
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("embed %d documents: %w", len(texts), err)
	}
	return out, nil
}

// scratch is one goroutine's reusable state: the feature counts of the text
// being embedded and the features of words already seen in the batch
// (stemming and n-gram hashing dominate the cost, and words repeat).
type scratch struct {
	counts map[uint64]int32
	words  map[string][]uint64
}

// maxScratchWords bounds the per-goroutine word cache.
const maxScratchWords = 1 << 15

func newScratch() *scratch {
	return &scratch{counts: make(map[uint64]int32), words: make(map[string][]uint64)}
}

// features returns the feature hashes of one folded word: its stem first,
// then its character n-grams.
func (sc *scratch) features(folded string) []uint64 {
	if f, ok := sc.words[folded]; ok {
		return f
	}
	f := []uint64{hashFeature('w', analysis.Stem(folded))}
	f = appendGrams(f, folded)
	if len(sc.words) >= maxScratchWords {
		clear(sc.words)
	}
	sc.words[folded] = f
	return f
}

// embed hashes text's features into a unit vector. A text without features
// (empty, punctuation or stop words only) gets the vector of a fixed marker
// feature, so every vector is a unit vector and cosine similarity is always
// defined.
func (l *Local) embed(text string, sc *scratch) []float32 {
	counts := sc.counts
	clear(counts)
	for _, t := range analysis.Tokens(text) {
		if t.Stop || utf8.RuneCountInString(t.Folded) < 2 {
			continue
		}
		for _, h := range sc.features(t.Folded) {
			counts[h]++
		}
	}
	vec := make([]float32, l.dim)
	if len(counts) == 0 {
		counts[hashFeature('e', "")] = 1
	}
	// Sum in key order: map order is random, and float addition order
	// would change the last bits of the vector between runs.
	keys := make([]uint64, 0, len(counts))
	for h := range counts {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	for _, h := range keys {
		n := counts[h]
		weight := gramWeight
		if h&1 == 1 { // the low bit marks word features, see hashFeature
			weight = wordWeight
		}
		v := float32(weight * (1 + math.Log(float64(n))))
		idx := (h >> 2) % uint64(l.dim) // #nosec G115 -- dim is validated positive
		if h&2 != 0 {
			v = -v
		}
		vec[idx] += v
	}
	if !retrieval.Normalize(vec) {
		vec[0] = 1 // every feature cancelled out: still return a unit vector
	}
	return vec
}

// appendGrams appends the hashes of the character n-grams of "<word>".
func appendGrams(dst []uint64, word string) []uint64 {
	r := make([]rune, 0, len(word)+2)
	r = append(r, '<')
	r = append(r, []rune(word)...)
	r = append(r, '>')
	for n := minGram; n <= maxGram; n++ {
		for i := 0; i+n <= len(r); i++ {
			dst = append(dst, hashRunes(r[i:i+n]))
		}
	}
	return dst
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashFeature is FNV-1a of kind and s; the low bit is set for word features
// so embed can weight them without a second map.
func hashFeature(kind byte, s string) uint64 {
	h := uint64(fnvOffset)
	h = (h ^ uint64(kind)) * fnvPrime
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h | 1
}

// hashRunes is FNV-1a of an n-gram's UTF-32 code points, with the low bit
// cleared to mark it as an n-gram feature.
func hashRunes(rs []rune) uint64 {
	h := uint64(fnvOffset)
	h = (h ^ 'c') * fnvPrime
	for _, r := range rs {
		h = (h ^ uint64(r)) * fnvPrime // #nosec G115 -- FNV-1a over code points: wrapping is the hash
	}
	return h &^ 1
}
