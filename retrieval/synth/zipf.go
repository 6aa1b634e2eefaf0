package synth

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// ChunksPerDocument is how many chunks each Documents document has, about
// the size of the bundled AI Kompas.
const ChunksPerDocument = 250

// Embedder names the embedder of Documents' vectors of dimension dim.
func Embedder(dim int) string { return fmt.Sprintf("synthetic-%d", dim) }

// Documents generates n chunks spread over documents of ChunksPerDocument
// chunks, deterministically from seed, for
// benchmarks. Terms are pseudo-Dutch words drawn from a Zipf distribution
// (s = 1.1) over a fixed vocabulary of about 20,000 words, so a few terms
// occur in most chunks and most terms are rare, as after real stop-word
// removal; each chunk has 60–160 terms. Embeddings are random unit vectors
// of dimension dim. Every fifth document is unverified. Each chunk's field
// (its section path, as ingest analyses it) holds two words of middling
// frequency shared by the chunks of its chapter and paragraph.
func Documents(n, dim int, seed int64) ([]bronwijzer.Document, [][]bronwijzer.Chunk) {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
	vocab := syntheticVocabulary()
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	var docs []bronwijzer.Document
	var chunks [][]bronwijzer.Chunk
	for start := 0; start < n; start += ChunksPerDocument {
		d := len(docs)
		size := min(ChunksPerDocument, n-start)
		docs = append(docs, syntheticDoc(d, size, dim, seed))
		cs := make([]bronwijzer.Chunk, size)
		for o := range cs {
			cs[o] = syntheticChunk(rng, zipf, vocab, o, dim)
		}
		chunks = append(chunks, cs)
	}
	return docs, chunks
}

func syntheticDoc(d, size, dim int, seed int64) bronwijzer.Document {
	sum := sha256.Sum256(fmt.Appendf(nil, "synthetic %d %d %d", seed, d, dim))
	id := fmt.Sprintf("synth-%05d", d)
	return bronwijzer.Document{
		ID:         id,
		Title:      fmt.Sprintf("Synthetisch document %d", d),
		Publisher:  "Storetest",
		Published:  "2025",
		SourceFile: id + ".pdf",
		SHA256:     hex.EncodeToString(sum[:]),
		MediaType:  "application/pdf",
		Verified:   d%5 != 4,
		Pages:      size/5 + 1,
		Bytes:      int64(size) * 900,
		Embedder:   Embedder(dim),
	}
}

func syntheticChunk(rng *rand.Rand, zipf *rand.Zipf, vocab []string, o, dim int) bronwijzer.Chunk {
	terms := make([]string, 60+rng.IntN(101))
	for i := range terms {
		terms[i] = vocab[zipf.Uint64()]
	}
	return bronwijzer.Chunk{
		Ordinal:    o,
		PageStart:  o/5 + 1,
		PageEnd:    o/5 + 1,
		Section:    fmt.Sprintf("Hoofdstuk %d%sParagraaf %d", o/25+1, bronwijzer.SectionSeparator, o/5+1),
		Text:       syntheticText(terms),
		CharStart:  0,
		CharEnd:    len(terms) * 8,
		Kind:       bronwijzer.KindText,
		Terms:      terms,
		FieldTerms: []string{vocab[100+o/25], vocab[200+o/5]}, // no draw: the rest of the corpus stays as it was
		Embedding:  RandomUnitVector(rng, dim),
	}
}

// syntheticText renders terms as sentences of twelve words.
func syntheticText(terms []string) string {
	var b strings.Builder
	for i, t := range terms {
		switch {
		case i%12 == 0:
			if i > 0 {
				b.WriteString(". ")
			}
			b.WriteString(strings.ToUpper(t[:1]) + t[1:])
		default:
			b.WriteString(" " + t)
		}
	}
	b.WriteString(".")
	return b.String()
}

// RandomUnitVector returns a uniformly random direction in dim dimensions.
func RandomUnitVector(rng *rand.Rand, dim int) []float32 {
	v := make([]float32, dim)
	var sum float64
	for i := range v {
		x := rng.NormFloat64()
		v[i] = float32(x)
		sum += x * x
	}
	inv := 1 / math.Sqrt(sum)
	for i := range v {
		v[i] = float32(float64(v[i]) * inv)
	}
	return v
}

// Queries generates n queries for a Documents corpus of dimension dim: each
// 2–5 terms, skipping the 20 most frequent words, joined by spaces as its
// text, and a random vector.
func Queries(n, dim int, seed int64) []Query {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x9e37))
	vocab := syntheticVocabulary()
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	out := make([]Query, n)
	for i := range out {
		want := 2 + rng.IntN(4)
		terms := make([]string, 0, want)
		for len(terms) < want {
			if r := zipf.Uint64(); r >= 20 {
				terms = append(terms, vocab[r])
			}
		}
		out[i] = Query{Text: strings.Join(terms, " "), Terms: terms, Vec: RandomUnitVector(rng, dim)}
	}
	return out
}

// syntheticVocabulary builds the same list of distinct pseudo-Dutch words
// on every call: syllables of Dutch onsets, vowels and codas.
func syntheticVocabulary() []string {
	onsets := []string{"b", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
		"st", "sch", "kr", "pr", "gr", "br", "tr", "sl", "sp", "bl", "dr", "kl", "zw"}
	vowels := []string{"a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "oe", "ui", "ij", "eu", "ou"}
	codas := []string{"", "n", "r", "l", "s", "t", "k", "ng", "cht", "rd", "lt", "m"}
	rng := rand.New(rand.NewPCG(1, 2))
	syllable := func() string {
		return onsets[rng.IntN(len(onsets))] + vowels[rng.IntN(len(vowels))] + codas[rng.IntN(len(codas))]
	}
	const size = 20000
	seen := make(map[string]bool, size)
	words := make([]string, 0, size)
	for len(words) < size {
		w := syllable() + syllable()
		if rng.IntN(3) == 0 {
			w += syllable()
		}
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
}
