package retrieval

import "strings"

// Mode selects which ranked lists a search uses.
type Mode string

const (
	Hybrid  Mode = "hybrid"  // lexical and dense fused by reciprocal rank
	Lexical Mode = "lexical" // BM25 over analysed terms only
	Dense   Mode = "dense"   // cosine over embeddings only
)

// Default and maximum result counts.
const (
	DefaultK = 5
	MaxK     = 50
)

// SearchOptions configure one search. Call SetDefaults before use.
type SearchOptions struct {
	K            int  // passages returned; default DefaultK, capped at MaxK
	Mode         Mode // default Hybrid
	VerifiedOnly bool // only verified documents
	Candidates   int  // per-list candidates before fusion; default max(50, 4*K)
	DocumentIDs  []string
}

// SetDefaults fills zero values and caps K and Candidates.
func (o *SearchOptions) SetDefaults() {
	if o.K <= 0 {
		o.K = DefaultK
	}
	if o.K > MaxK {
		o.K = MaxK
	}
	if o.Mode == "" {
		o.Mode = Hybrid
	}
	if o.Candidates < 4*o.K {
		o.Candidates = max(50, 4*o.K)
	}
	if o.Candidates > 1000 {
		o.Candidates = 1000
	}
}

// FusionWeights weigh the lexical and the dense list in hybrid search
// (FuseWeighted). Equal weights are plain reciprocal rank fusion.
type FusionWeights struct {
	Lexical float64
	Dense   float64
}

// LocalDenseWeight is the dense list's weight, against 1 for the lexical
// list, when the dense list comes from the local hash embedder. That
// embedder hashes words and character n-grams: a fuzzy copy of the lexical
// signal, not meaning, so at equal weight a passage ranked moderately in
// both lists beats the lexical first. At 0.03 a dense rank moves a passage
// a place or two among the lexical first: a tie-breaker.
//
// Fitted by `go run ./cmd/fitfusion` (2026-12-02; dev.jsonl 76 and
// guidelines.jsonl 147 answerable questions over the bundled corpus and
// the four dev guidelines; hit@1 / hit@5 / MRR):
//
//	dev         lexical 0.605 0.803 0.678  equal 0.539 0.816 0.646  0.03: 0.605 0.803 0.678
//	guidelines  lexical 0.469 0.741 0.584  equal 0.422 0.755 0.540  0.03: 0.476 0.741 0.588
//	held out    lexical 0.516 0.762 0.616  equal 0.462 0.776 0.576  fit:  0.511 0.762 0.614
//
// (held out: each document's questions scored at the weight fitted on all
// the others). cmd/fitfusion's test fails when hybrid falls below its best
// list on a dev set.
const LocalDenseWeight = 0.03

// WeightsFor returns the fusion weights for the embedder that produced the
// dense list (EmbedderName). A provider embedder's vectors carry meaning
// the lexical list lacks and keep equal weight.
func WeightsFor(embedder string) FusionWeights {
	if strings.HasPrefix(embedder, "local-hash-") {
		return FusionWeights{Lexical: 1, Dense: LocalDenseWeight}
	}
	return FusionWeights{Lexical: 1, Dense: 1}
}
