package retrieval

import "math"

// Normalize scales v in place to unit length, so cosine similarity is a dot
// product, and reports false for a zero vector, which has no direction.
// The local embedder and the embedded store's dense index both use it.
func Normalize(v []float32) bool {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return false
	}
	inv := float32(1 / math.Sqrt(sum))
	for i := range v {
		v[i] *= inv
	}
	return true
}
