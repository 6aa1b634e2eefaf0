package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// The Clustered corpus: chunks in documents of ClusteredDocChunks,
// ClusteredDim-dimensional unit vectors (the local embedder's 384) clustered
// around clusteredTopics topic centroids, and analysed terms drawn from a
// Zipf vocabulary.
const (
	ClusteredDocChunks = 200
	ClusteredDim       = 384
	ClusteredEmbedder  = "bench-synthetic-384"
	clusteredTopics    = 256
	clusteredVocab     = 30000
	clusteredTerms     = 60 // analysed terms per chunk
)

// Corpus is one Clustered corpus with its queries.
type Corpus struct {
	Docs    []bronwijzer.Document
	Chunks  [][]bronwijzer.Chunk // per document, DocumentID and Version set
	Queries []Query
}

// Size is the number of chunks.
func (c *Corpus) Size() int {
	n := 0
	for _, cs := range c.Chunks {
		n += len(cs)
	}
	return n
}

// All returns every chunk in document order.
func (c *Corpus) All() []bronwijzer.Chunk {
	out := make([]bronwijzer.Chunk, 0, c.Size())
	for _, cs := range c.Chunks {
		out = append(out, cs...)
	}
	return out
}

// Clustered builds the seeded corpus of n chunks and nq queries. Queries are
// a perturbed copy of a random chunk's vector with five of its terms, so
// every query has real lexical and dense neighbours.
func Clustered(n, nq int) *Corpus {
	rng := rand.New(rand.NewPCG(1, 2))
	centroids := make([][]float32, clusteredTopics)
	for i := range centroids {
		centroids[i] = clusteredUnit(rng, nil, 1)
	}
	// Offset 200 flattens the head as stop-word removal does: the most
	// frequent term is in about 7% of chunks, a median one in well under 1%.
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 200, clusteredVocab-1)
	c := &Corpus{}
	for start := 0; start < n; start += ClusteredDocChunks {
		id := fmt.Sprintf("doc-%05d", len(c.Docs))
		doc := bronwijzer.Document{
			ID: id, Title: "Synthetische richtlijn " + id, Publisher: "bench", Published: "2025",
			SourceFile: id + ".pdf", SHA256: "sha-" + id, MediaType: "application/pdf",
			Verified: len(c.Docs)%10 != 0, Pages: 20, Bytes: 100_000, Embedder: ClusteredEmbedder,
		}
		var chunks []bronwijzer.Chunk
		for o := range min(ClusteredDocChunks, n-start) {
			terms := make([]string, clusteredTerms)
			for i := range terms {
				terms[i] = "w" + strconv.FormatUint(zipf.Uint64(), 36)
			}
			topic := centroids[rng.IntN(clusteredTopics)]
			chunks = append(chunks, bronwijzer.Chunk{
				DocumentID: id, Version: 1,
				Ordinal: o, PageStart: o/10 + 1, PageEnd: o/10 + 1, Section: "Sectie",
				Text: strings.Join(terms, " "), CharStart: 0, CharEnd: 5 * clusteredTerms,
				Terms: terms, Embedding: clusteredUnit(rng, topic, 0.35),
			})
		}
		c.Docs = append(c.Docs, doc)
		c.Chunks = append(c.Chunks, chunks)
	}
	for i := range nq {
		cs := c.Chunks[rng.IntN(len(c.Chunks))]
		ch := cs[rng.IntN(len(cs))]
		var terms []string
		for _, j := range rng.Perm(len(ch.Terms))[:5] {
			terms = append(terms, ch.Terms[j])
		}
		c.Queries = append(c.Queries, Query{
			Text: fmt.Sprintf("q%d", i), Terms: terms, Vec: clusteredUnit(rng, ch.Embedding, 0.5),
		})
	}
	return c
}

// clusteredUnit returns a ClusteredDim unit vector: around base (a
// noise-scaled gaussian added to it), or uniformly random when base is nil.
func clusteredUnit(rng *rand.Rand, base []float32, noise float64) []float32 {
	v := make([]float32, ClusteredDim)
	var norm float64
	for i := range v {
		x := rng.NormFloat64() * noise / math.Sqrt(ClusteredDim)
		if base != nil {
			x += float64(base[i])
		}
		v[i] = float32(x)
		norm += x * x
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i] = float32(float64(v[i]) / norm)
	}
	return v
}
