package retrieval

import (
	"fmt"
	"math"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// ValidatePut checks a document version and its chunks before a store writes
// them, identically for every store, and returns the embedding dimension (0
// without chunks). Every problem is an EINVALID error naming the document
// and, where it applies, the chunk.
func ValidatePut(doc bronwijzer.Document, chunks []bronwijzer.Chunk) (int, error) {
	switch {
	case strings.TrimSpace(doc.ID) == "":
		return 0, bronwijzer.Errorf(bronwijzer.EINVALID, "Document zonder id (document id is empty)")
	case strings.TrimSpace(doc.SHA256) == "":
		return 0, bronwijzer.Errorf(bronwijzer.EINVALID, "Document %q zonder SHA-256 (missing sha256)", doc.ID)
	case len(chunks) > 0 && strings.TrimSpace(doc.Embedder) == "":
		return 0, bronwijzer.Errorf(bronwijzer.EINVALID, "Document %q zonder embedder-naam (missing embedder name)", doc.ID)
	}
	if len(chunks) == 0 {
		return 0, nil
	}
	dim := len(chunks[0].Embedding)
	seen := make(map[int]bool, len(chunks))
	for _, c := range chunks {
		if err := validateChunk(doc.ID, c, dim, seen); err != nil {
			return 0, err
		}
	}
	return dim, nil
}

func validateChunk(docID string, c bronwijzer.Chunk, dim int, seen map[int]bool) error {
	bad := func(format string, args ...any) error {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Document %q, fragment %d: %s",
			docID, c.Ordinal, fmt.Sprintf(format, args...))
	}
	switch {
	case c.Ordinal < 0:
		return bad("negatief volgnummer (negative ordinal)")
	case seen[c.Ordinal]:
		return bad("dubbel volgnummer (duplicate ordinal)")
	case len(c.Embedding) == 0:
		return bad("geen embedding (missing embedding)")
	case len(c.Embedding) != dim:
		return bad("embedding heeft dimensie %d, verwacht %d (inconsistent dimension)", len(c.Embedding), dim)
	case !finite(c.Embedding):
		return bad("embedding bevat NaN of oneindig (non-finite embedding)")
	}
	seen[c.Ordinal] = true
	return nil
}

func finite(v []float32) bool {
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return false
		}
	}
	return true
}
