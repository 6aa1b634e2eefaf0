package storetest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
)

// The fixture corpus: three documents of ten chunks each, 30 chunks with
// global index k = 0..29. Every chunk has exactly fixtureTerms terms so BM25
// length normalisation is equal across chunks and rankings follow term
// frequency and rarity alone:
//
//   - "huisarts" in every chunk, the document id in each of its chunks;
//   - uniqueWords[k] in chunk k only;
//   - "koorts" three times in griep:0, twice in griep:1, once in griep:2;
//   - "zorg" pads the rest.
//
// Chunk k's embedding is e_k + 0.1·e_(k+1) in fixtureDim dimensions, so the
// query e_k ranks chunk k first (cosine 1/√1.01 ≈ 0.995) and chunk k-1
// second (≈ 0.0995); every other chunk scores 0.
const (
	fixtureDim      = 32
	fixtureTerms    = 8
	fixtureEmbedder = "storetest-v1-32"
	fixtureChunks   = 10
)

// fixtureDocIDs in id order; "concept" is the unverified draft.
var fixtureDocIDs = []string{"diabetes", "griep", "concept"}

// uniqueWords[k] occurs only in chunk k.
var uniqueWords = [30]string{
	"metformin", "insulin", "hba1c", "glucos", "voetzorg", "retinopathie", "nefropathie", "hypoglykemie", "sulfonylureum", "leefstijl",
	"influenza", "oseltamivir", "koortsstuip", "vaccinatie", "myalgie", "hoest", "pneumonie", "antiviral", "ziekteverzuim", "isolatie",
	"concepttekst", "werkversie", "ongetoetst", "voorlopig", "kladversie", "ontwerp", "proefversie", "schets", "notitie", "memo",
}

// fixtureDoc returns document d (index into fixtureDocIDs) ready for
// PutDocument, with the given SHA-256.
func fixtureDoc(d int, sha string) bronwijzer.Document {
	id := fixtureDocIDs[d]
	return bronwijzer.Document{
		ID:         id,
		Title:      "Richtlijn " + strings.ToUpper(id[:1]) + id[1:],
		Publisher:  "Storetest",
		Published:  fmt.Sprintf("2025-0%d", d+1),
		URL:        "https://example.org/" + id,
		License:    "CC BY 4.0",
		SourceFile: id + ".pdf",
		SHA256:     sha,
		MediaType:  "application/pdf",
		Verified:   id != "concept",
		Pages:      4,
		Bytes:      int64(1000 * (d + 1)),
		Embedder:   fixtureEmbedder,
	}
}

// fixtureChunksOf returns the chunks of document d; the store fills in
// DocumentID and Version.
func fixtureChunksOf(d int) []bronwijzer.Chunk {
	out := make([]bronwijzer.Chunk, fixtureChunks)
	for o := range out {
		k := d*fixtureChunks + o
		terms := []string{"huisarts", fixtureDocIDs[d], uniqueWords[k]}
		if d == 1 && o < 3 {
			for range 3 - o {
				terms = append(terms, "koorts")
			}
		}
		for len(terms) < fixtureTerms {
			terms = append(terms, "zorg")
		}
		out[o] = bronwijzer.Chunk{
			Ordinal:   o,
			PageStart: o/3 + 1,
			PageEnd:   o/3 + 1 + o%2,
			Section:   "Hoofdstuk " + fmt.Sprint(o/3+1) + bronwijzer.SectionSeparator + "Paragraaf " + fmt.Sprint(o),
			Text:      fmt.Sprintf("Fragment %d van %s: de huisarts let op %s.", o, fixtureDocIDs[d], uniqueWords[k]),
			CharStart: 10 * o,
			CharEnd:   10*o + 60,
			Kind:      bronwijzer.KindText,
			Terms:     terms,
			Embedding: fixtureVector(k),
		}
	}
	return out
}

// fixtureVector is e_k + 0.1·e_(k+1).
func fixtureVector(k int) []float32 {
	v := axis(k)
	v[k+1] = 0.1
	return v
}

// axis is the unit vector e_k.
func axis(k int) []float32 {
	v := make([]float32, fixtureDim)
	v[k] = 1
	return v
}

// fixturePassage is the passage chunk o of document d (version 1) must
// come back as, Score aside.
func fixturePassage(d, o int) bronwijzer.Passage {
	doc := fixtureDoc(d, "")
	c := fixtureChunksOf(d)[o]
	return bronwijzer.Passage{
		ID:         bronwijzer.ChunkID(doc.ID, 1, o),
		DocumentID: doc.ID,
		Version:    1,
		Title:      doc.Title,
		SourceFile: doc.SourceFile,
		PageStart:  c.PageStart,
		PageEnd:    c.PageEnd,
		Section:    c.Section,
		Text:       c.Text,
		CharStart:  c.CharStart,
		CharEnd:    c.CharEnd,
		Kind:       c.Kind,
		Verified:   doc.Verified,
		Published:  doc.Published,
	}
}

// wordAnalyzer is the fake query analyser: lower-cased words, "de", "het"
// and "een" dropped as stop words.
type wordAnalyzer struct{}

func (wordAnalyzer) QueryTerms(q string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(q)) {
		if w != "de" && w != "het" && w != "een" {
			out = append(out, w)
		}
	}
	return out
}

// axisEmbedder is the fake query embedder: the sum of e_k over the query
// words equal to uniqueWords[k] (a zero vector if none).
type axisEmbedder struct{}

func (axisEmbedder) Name() string { return fixtureEmbedder }

func (axisEmbedder) EmbedQuery(_ context.Context, q string) ([]float32, error) {
	v := make([]float32, fixtureDim)
	for _, w := range strings.Fields(strings.ToLower(q)) {
		for k, u := range uniqueWords {
			if w == u {
				v[k]++
			}
		}
	}
	return v, nil
}

func (e axisEmbedder) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i], _ = e.EmbedQuery(ctx, t)
	}
	return out, nil
}

// epoch is a fixed reference for sanity checks on IngestedAt.
var epoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
