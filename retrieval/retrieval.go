// Package retrieval defines the store contract shared by the embedded (SQLite)
// and PostgreSQL stores, the embedder contract, the Searcher contract and
// HybridSearcher, which fuses lexical and dense result lists identically
// for every store.
package retrieval

import (
	"context"
	"fmt"

	"github.com/bronwijzer/bronwijzer"
)

// Store persists documents and chunks and returns ranked candidate lists.
// Implementations: retrieval/sqlite (default), retrieval/postgres. The
// conformance suite in retrieval/storetest proves them interchangeable.
type Store interface {
	// Document returns the current version of document id, or an ENOTFOUND error.
	Document(ctx context.Context, id string) (*bronwijzer.Document, error)
	// Documents lists the current version of every document, ordered by id.
	Documents(ctx context.Context) ([]bronwijzer.Document, error)
	// PutDocument stores doc as a new version with its chunks in one
	// transaction, replacing the previous version's chunks; readers never see
	// half a document. When the current version already has doc.SHA256 and
	// doc.Pipeline (the same file processed the same way) nothing changes and
	// Changed is false. The store assigns Version (previous+1, or
	// 1), IngestedAt, Chunks, and each chunk's DocumentID and Version. Two
	// concurrent calls for the same document and SHA-256 produce one version.
	PutDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (PutResult, error)
	// ReplaceDocument is PutDocument without the same-content shortcut: it
	// always stores a new version, atomically, even when doc.SHA256 is the
	// current one. Re-ingest uses it after a better extractor or chunker.
	ReplaceDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (PutResult, error)
	// DeleteDocument removes a document, all its versions and chunks; ENOTFOUND if absent.
	DeleteDocument(ctx context.Context, id string) error
	// Chunks returns the current version's chunks of a document in ordinal
	// order, every kind included (a whole table for display, the notes), a
	// chunk put without a kind as KindText.
	Chunks(ctx context.Context, documentID string) ([]bronwijzer.Chunk, error)
	// LexicalSearch ranks chunks whose analysed terms (body or field)
	// contain any of terms by BM25F (body and FieldWeight·field, best
	// first). Score is the list's own score, higher is better. Like
	// DenseSearch it ranks only chunks whose Searchable() is true, and only
	// those count in its statistics.
	LexicalSearch(ctx context.Context, terms []string, limit int, f Filter) ([]bronwijzer.Passage, error)
	// DenseSearch ranks searchable chunks by cosine similarity to vec, best
	// first. Score is the cosine similarity.
	DenseSearch(ctx context.Context, vec []float32, limit int, f Filter) ([]bronwijzer.Passage, error)
	// EmbedderName returns the embedder recorded with the stored vectors, or
	// "" when the store holds no vectors yet.
	EmbedderName(ctx context.Context) (string, error)
	// Ping reports whether the store is reachable (EUNAVAILABLE if not).
	Ping(ctx context.Context) error
	// Kind names the store for readiness and reports: "sqlite" or "postgres".
	Kind() string
	Close() error
}

// Searcher finds passages for a query: HybridSearcher over a Store, or anything put
// in its place (a reranker wrapping it, a remote search service). The answer
// engine, the API and the eval runner depend on this interface only.
type Searcher interface {
	Search(ctx context.Context, query string, opts SearchOptions) ([]bronwijzer.Passage, error)
}

var _ Searcher = (*HybridSearcher)(nil)

// Filter narrows search lists.
type Filter struct {
	VerifiedOnly bool     // only documents marked verified
	DocumentIDs  []string // empty: all documents
}

// PutResult reports what PutDocument did.
type PutResult struct {
	Document        bronwijzer.Document // the stored (current) version
	Changed         bool                // false: same SHA-256 and pipeline already current, nothing written
	PreviousVersion int                 // version replaced, 0 if none
}

// Embedder turns texts into vectors. Its method set is that of langchaingo's
// embeddings.Embedder, so any langchaingo embedder satisfies it.
type Embedder interface {
	EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error)
	EmbedQuery(ctx context.Context, text string) ([]float32, error)
}

// EmbedderName returns the identity recorded with stored vectors: the
// embedder's Name() when it has one (e.g. "local-hash-v1-384",
// "ollama:nomic-embed-text"), otherwise its Go type.
func EmbedderName(e Embedder) string {
	if n, ok := e.(interface{ Name() string }); ok {
		return n.Name()
	}
	return fmt.Sprintf("%T", e)
}
