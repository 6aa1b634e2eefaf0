package retrieval

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
