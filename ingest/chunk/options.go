package chunk

// Default sizes in words. About 200 words is a passage a clinician can read
// at a glance and still carries enough context for lexical and dense search.
const (
	DefaultTargetWords  = 200
	DefaultMaxWords     = 300
	DefaultOverlapWords = 30

	minTargetWords = 20
	maxTargetWords = 2000
)

// Options size the chunks.
type Options struct {
	TargetWords  int // pack paragraphs up to about this many words
	MaxWords     int // hard upper bound of a chunk
	OverlapWords int // repeat up to this many words of previous sentences
}

// SetDefaults fills zero values and repairs inconsistent ones: Target in
// [20, 2000], Overlap in [0, Target/4], Max at least Target+Overlap and at
// most 3×Target. A negative Overlap means no overlap.
func (o *Options) SetDefaults() {
	if o.TargetWords <= 0 {
		o.TargetWords = DefaultTargetWords
	}
	o.TargetWords = min(max(o.TargetWords, minTargetWords), maxTargetWords)
	switch {
	case o.OverlapWords == 0:
		o.OverlapWords = min(DefaultOverlapWords, o.TargetWords/4)
	case o.OverlapWords < 0:
		o.OverlapWords = 0
	}
	o.OverlapWords = min(o.OverlapWords, o.TargetWords/4)
	if o.MaxWords <= 0 {
		o.MaxWords = max(DefaultMaxWords, o.TargetWords*3/2)
	}
	o.MaxWords = min(max(o.MaxWords, o.TargetWords+o.OverlapWords), 3*o.TargetWords)
}
