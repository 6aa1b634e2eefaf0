// Package compound splits Dutch compound words into dictionary parts
// ("huisartsenpraktijken" → "huisartsen" + "praktijken"), allowing the
// linking morphemes -s-, -e- and -en- between parts. Both the analyser and
// the dictionary generator use it, so the shipped dictionary and the runtime
// splits follow the same rules.
package compound

// Splitter finds the segmentation of a word into the fewest dictionary parts.
type Splitter struct {
	// IsModifier reports whether s may be a non-final part ("huis" in
	// "huisarts"); IsHead whether s may be the final part ("arts").
	IsModifier func(s string) bool
	IsHead     func(s string) bool
	// MinPart is the shortest part length in bytes (default 4): short words
	// such as "ver" or "be" are prefixes far more often than parts.
	MinPart int
	// MaxParts bounds the segmentation (default 5).
	MaxParts int
}

// linkers are the linking morphemes allowed between two parts, tried in
// this order (no linker is preferred on ties).
var linkers = [...]string{"", "s", "e", "en"}

type seg struct {
	parts   []string
	minLen  int
	linkLen int
	ok      bool
}

func (s seg) better(o seg) bool {
	switch {
	case !o.ok:
		return true
	case len(s.parts) != len(o.parts):
		return len(s.parts) < len(o.parts)
	case s.minLen != o.minLen:
		return s.minLen > o.minLen
	default:
		return s.linkLen < o.linkLen
	}
}

// Split returns the parts of word when it is a compound of at least two
// dictionary words, or nil. word must be lowercase ASCII (folded); anything
// else is not split. Ties between segmentations with as few parts go to the
// one whose shortest part is longest, which avoids splits like "ver"+"antwoord".
func (sp Splitter) Split(word string) []string {
	minPart, maxParts := sp.MinPart, sp.MaxParts
	if minPart <= 0 {
		minPart = 4
	}
	if maxParts <= 0 {
		maxParts = 5
	}
	n := len(word)
	if n < 2*minPart || !isLowerASCII(word) {
		return nil
	}
	// best[i] is the best segmentation of word[i:] into one or more parts.
	best := make([]seg, n+1)
	for i := n - minPart; i >= 0; i-- {
		for j := i + minPart; j <= n; j++ {
			part := word[i:j]
			if j == n {
				if i > 0 && sp.IsHead(part) { // the whole word as one part is not a split
					c := seg{parts: []string{part}, minLen: len(part), ok: true}
					if c.better(best[i]) {
						best[i] = c
					}
				}
				continue
			}
			if !sp.IsModifier(part) {
				continue
			}
			for _, l := range linkers {
				k := j + len(l)
				if k+minPart > n || word[j:k] != l || !best[k].ok || len(best[k].parts) >= maxParts {
					continue
				}
				c := seg{
					parts:   append([]string{part}, best[k].parts...),
					minLen:  min(len(part), best[k].minLen),
					linkLen: len(l) + best[k].linkLen,
					ok:      true,
				}
				if c.better(best[i]) {
					best[i] = c
				}
			}
		}
	}
	if !best[0].ok || len(best[0].parts) < 2 {
		return nil
	}
	return best[0].parts
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
