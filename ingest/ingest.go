// Package ingest turns source files into stored, searchable document versions:
// read and size-check, look up the registry of verified sources, skip files
// whose digest is already stored, extract text (ingest/extract), chunk
// (ingest/chunk), analyse and embed the chunks, and store the version in one
// transaction. A bad file is reported with a specific message and skipped;
// the rest of the batch is stored.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest/chunk"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/abbrev"
)

// Store is the part of retrieval.Store the pipeline needs.
type Store interface {
	Document(ctx context.Context, id string) (*bronwijzer.Document, error)
	PutDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error)
}

// Analyzer produces the index terms of a text (retrieval/analysis).
type Analyzer interface {
	Terms(text string) []string
}

// Options limit what one file may cost.
type Options struct {
	MaxBytes int64         // files larger than this are rejected; default 100 MiB
	MaxPages int           // PDFs with more pages are rejected; default 2000
	Timeout  time.Duration // extraction time limit per file; default 2 minutes
	Chunk    chunk.Options
}

// SetDefaults fills zero values.
func (o *Options) SetDefaults() {
	if o.MaxBytes <= 0 {
		o.MaxBytes = 100 << 20
	}
	if o.MaxPages <= 0 {
		o.MaxPages = 2000
	}
	if o.Timeout <= 0 {
		o.Timeout = 2 * time.Minute
	}
	o.Chunk.SetDefaults()
}

// Pipeline ingests files into a store. Build it with its fields set; Registry
// may be nil (then every document is unverified).
type Pipeline struct {
	Store    Store
	Embedder retrieval.Embedder
	Analyzer Analyzer
	Registry *corpus.Registry
	Options  Options
	// PDF, when set, extracts PDFs instead of extract.PDF in this process.
	// The binary sets a pdfworker.Pool's PDF: the parser then runs in a
	// child process with memory, CPU and time limits, so a file that crashes
	// it or allocates without bound fails alone and the batch or the
	// server goes on.
	PDF PDFFunc
	// Files, when set, keeps each ingested original file (content-addressed,
	// idempotent) before its document version is stored, so the API can
	// serve it and re-ingest it on any replica (admin.FileStore).
	Files FileStore
}

// PDFFunc extracts one PDF (extract.PDF's signature).
type PDFFunc func(ctx context.Context, data []byte, opts extract.PDFOptions) (*extract.Document, error)

// FileStore keeps original files by SHA-256 (admin.FileStore's PutFile).
type FileStore interface {
	PutFile(ctx context.Context, name, mediaType string, data []byte) (string, error)
}

// PipelineVersion names what this build's pipeline makes of a file: its
// extraction, chunking, analysis (terms) and local embedder features. Each
// document version records it (bronwijzer.Document.Pipeline), and an
// unchanged file whose stored version another pipeline made is processed
// again, so an upgrade's better extraction or analysis reaches passages
// that were ingested before it. TestPipelineVersionPinsOutput fails when
// the output on the test documents changes while this stays the same.
const PipelineVersion = "2026-12-08.132"

// Status of one file.
const (
	StatusIngested  = "ingested"
	StatusUnchanged = "unchanged"
	StatusFailed    = "failed"
)

// Result reports what happened to one file.
type Result struct {
	Path            string   `json:"path"`
	Status          string   `json:"status"`
	DocumentID      string   `json:"document_id,omitempty"`
	Version         int      `json:"version,omitempty"`
	PreviousVersion int      `json:"previous_version,omitempty"`
	Verified        bool     `json:"verified"`
	Pages           int      `json:"pages"`
	Chunks          int      `json:"chunks"`
	Warnings        []string `json:"warnings,omitempty"`
	// Reprocessed: the file is unchanged, but its stored version was made
	// by another pipeline (PipelineVersion), so it was processed again.
	Reprocessed bool          `json:"reprocessed,omitempty"`
	Err         error         `json:"-"`
	Duration    time.Duration `json:"-"`
}

// Input is one file's content with the name it is known by.
type Input struct {
	Name string // file name (base name is used for registry lookup and ids)
	Data []byte
	// Source, when set, gives the registry metadata directly (uploads with
	// their metadata); otherwise the registry is consulted.
	Source *bronwijzer.Source
	// Unverified marks the version unverified whatever Source says: an API
	// upload of a document the registry does not list.
	Unverified bool
}

// File reads and ingests one file from disk.
func (p *Pipeline) File(ctx context.Context, path string) Result {
	start := time.Now()
	data, err := p.readFile(path)
	if err != nil {
		return Result{Path: path, Status: StatusFailed, Err: err, Duration: time.Since(start)}
	}
	res := p.Ingest(ctx, Input{Name: filepath.Base(path), Data: data})
	res.Path = path
	return res
}

func (p *Pipeline) readFile(path string) ([]byte, error) {
	p.Options.SetDefaults()
	fi, err := os.Stat(path)
	if err != nil {
		return nil, bronwijzer.WrapError(bronwijzer.EINVALID, err, "bestand kan niet worden gelezen (cannot read file)")
	}
	if fi.Size() > p.Options.MaxBytes {
		return nil, tooLarge(fi.Size(), p.Options.MaxBytes)
	}
	data, err := os.ReadFile(path) // #nosec G304 -- ingesting the files the operator names is the point
	if err != nil {
		return nil, bronwijzer.WrapError(bronwijzer.EINVALID, err, "bestand kan niet worden gelezen (cannot read file)")
	}
	return data, nil
}

func tooLarge(size, limit int64) error {
	return bronwijzer.Errorf(bronwijzer.ETOOLARGE,
		"bestand is te groot: %.1f MB, de limiet is %.1f MB (file too large)", float64(size)/(1<<20), float64(limit)/(1<<20))
}

// Ingest stores one file's content as a new document version, or does nothing
// when the same content is already the current version.
func (p *Pipeline) Ingest(ctx context.Context, in Input) Result {
	start := time.Now()
	res := Result{Path: in.Name}
	err := p.ingest(ctx, in, &res)
	res.Duration = time.Since(start)
	if err != nil {
		res.Status, res.Err = StatusFailed, err
	}
	return res
}

func (p *Pipeline) ingest(ctx context.Context, in Input, res *Result) error {
	prep, err := p.prepare(ctx, in, res)
	if err != nil || prep == nil {
		return err
	}
	put, err := p.Store.PutDocument(ctx, prep.doc, prep.chunks)
	if err != nil {
		return writeFailed(fmt.Errorf("store %s: %w", prep.doc.ID, err))
	}
	recordPut(res, put)
	return nil
}

// prepared is a document version ready to be stored.
type prepared struct {
	doc    bronwijzer.Document
	chunks []bronwijzer.Chunk
}

// prepare does everything but storing the version: checks, registry,
// extraction, chunking, analysis, embedding and keeping the original file.
// It returns nil (and res says unchanged) when the content is already the
// current version.
func (p *Pipeline) prepare(ctx context.Context, in Input, res *Result) (*prepared, error) {
	p.Options.SetDefaults()
	name, err := SafeName(in.Name)
	if err != nil {
		return nil, err
	}
	in.Name = name
	if len(in.Data) == 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "leeg bestand: 0 bytes (empty file)")
	}
	if int64(len(in.Data)) > p.Options.MaxBytes {
		return nil, tooLarge(int64(len(in.Data)), p.Options.MaxBytes)
	}
	mediaType, err := DetectType(in.Name, in.Data)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(in.Data)
	doc := p.describe(in, hex.EncodeToString(sum[:]), mediaType, res)
	res.DocumentID, res.Verified = doc.ID, doc.Verified

	if cur, err := p.Store.Document(ctx, doc.ID); err == nil && cur.SHA256 == doc.SHA256 {
		if cur.Pipeline == doc.Pipeline {
			res.Status, res.Version, res.Pages, res.Chunks = StatusUnchanged, cur.Version, cur.Pages, cur.Chunks
			return nil, p.storeFile(ctx, in, mediaType) // backfills files ingested before the file store existed
		}
		res.Reprocessed = true // the store puts a new version: its pipeline differs
	} else if err != nil && bronwijzer.ErrorCode(err) != bronwijzer.ENOTFOUND {
		return nil, fmt.Errorf("look up %s: %w", doc.ID, err)
	}

	ext, err := p.extract(ctx, mediaType, in.Data)
	if err != nil {
		return nil, err
	}
	res.Warnings = append(res.Warnings, ext.Warnings...)
	doc.Warnings = ext.Warnings // stored with the version for the document listing
	if doc.Title == "" {
		doc.Title = titleFor(ext.Title, in.Name)
	}
	chunks := chunk.Chunk(ext, p.Options.Chunk)
	if len(chunks) == 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "bestand bevat geen bruikbare tekst (no usable text)")
	}
	if err := p.enrich(ctx, chunks); err != nil {
		return nil, err
	}
	doc.Pages = len(ext.Pages)
	if err := p.storeFile(ctx, in, mediaType); err != nil {
		return nil, err
	}
	return &prepared{doc: doc, chunks: chunks}, nil
}

// writeFailed gives a failed store write (disk full, read-only database, a
// role without INSERT rights, a statement failing mid-transaction) the
// clinician's message for that file, keeping the cause. Errors the store
// already explains (unavailable, timeout, conflict, invalid) keep theirs.
// The store writes a version in one transaction, so nothing of the file
// is stored.
func writeFailed(err error) error {
	if bronwijzer.ErrorCode(err) != bronwijzer.EINTERNAL {
		return err
	}
	return bronwijzer.WrapError(bronwijzer.EINTERNAL, err,
		"opslaan is mislukt; van dit bestand is niets opgeslagen (store write failed)")
}

// recordPut fills a result from what the store did.
func recordPut(res *Result, put retrieval.PutResult) {
	res.Status = StatusIngested
	if !put.Changed {
		res.Status = StatusUnchanged // a concurrent ingest stored the same content first
	}
	res.Version, res.PreviousVersion = put.Document.Version, put.PreviousVersion
	res.Pages, res.Chunks = put.Document.Pages, put.Document.Chunks
}

// describe builds the document metadata from the registry (or the upload's
// own source), falling back to the file name for unregistered files.
func (p *Pipeline) describe(in Input, sha, mediaType string, res *Result) bronwijzer.Document {
	doc := bronwijzer.Document{
		SourceFile: filepath.Base(in.Name), SHA256: sha, MediaType: mediaType,
		Bytes: int64(len(in.Data)), Embedder: retrieval.EmbedderName(p.Embedder),
		Publisher: "unknown", Published: "unknown", Pipeline: PipelineVersion,
	}
	var src bronwijzer.Source
	switch m := p.Registry.Lookup(in.Name, sha); {
	case in.Source != nil:
		src = *in.Source
		shaOK := src.SHA256 == "" || strings.EqualFold(src.SHA256, sha)
		doc.Verified = shaOK && !in.Unverified
		if !shaOK {
			res.Warnings = append(res.Warnings, "SHA-256 van het bestand wijkt af van de opgegeven bron; gemarkeerd als niet geverifieerd")
		}
	case m.Verified:
		src, doc.Verified = m.Source, true
	case m.Retired:
		src = m.Source
		res.Warnings = append(res.Warnings, fmt.Sprintf(
			"bron %s is ingetrokken op %s; gemarkeerd als niet geverifieerd", m.Source.ID, m.Source.Retired))
	case m.Mismatch:
		src = m.Source
		res.Warnings = append(res.Warnings, fmt.Sprintf(
			"bestand wijkt af van de geverifieerde versie in het bronnenregister (%s); gemarkeerd als niet geverifieerd", m.Source.ID))
	default:
		doc.ID = DocumentID(in.Name)
		return doc
	}
	doc.ID, doc.Title, doc.URL, doc.License = src.ID, src.Title, src.URL, src.License
	if src.Publisher != "" {
		doc.Publisher = src.Publisher
	}
	if src.Published != "" {
		doc.Published = src.Published
	}
	if doc.ID == "" {
		doc.ID = DocumentID(in.Name)
	}
	return doc
}

// storeFile keeps the original file when the pipeline has a file store.
func (p *Pipeline) storeFile(ctx context.Context, in Input, mediaType string) error {
	if p.Files == nil {
		return nil
	}
	if _, err := p.Files.PutFile(ctx, filepath.Base(in.Name), mediaType, in.Data); err != nil {
		return writeFailed(fmt.Errorf("store original file: %w", err))
	}
	return nil
}

func (p *Pipeline) extract(ctx context.Context, mediaType string, data []byte) (*extract.Document, error) {
	switch mediaType {
	case MediaPDF:
		pdf := p.PDF
		if pdf == nil {
			pdf = extract.PDF
		}
		return pdf(ctx, data, extract.PDFOptions{MaxPages: p.Options.MaxPages, Timeout: p.Options.Timeout})
	case MediaHTML:
		return extract.HTML(data)
	case MediaMarkdown:
		return extract.Markdown(data)
	default:
		return extract.Text(data)
	}
}

// enrich sets each chunk's index terms and embedding. The section path is
// part of both: a passage under "Aanbevelingen › Chatbots" should be found by
// a question about chatbot recommendations even when its body never repeats
// the heading. For lexical search the section path, the table caption and
// the column headers are a field of their own (FieldTerms, weighed by
// retrieval.FieldWeight), apart from the body's terms.
//
// The abbreviations the document defines (retrieval/abbrev) add their other
// form to the index terms: a passage that only says "LMMA" is found by a
// question naming the "Landelijk Meldpunt …", and the other way round. Only
// the terms change, so quotes and offsets stay the document's own text.
func (p *Pipeline) enrich(ctx context.Context, chunks []bronwijzer.Chunk) error {
	abbr := abbrev.FromChunks(chunks)
	texts := make([]string, len(chunks))
	for i := range chunks {
		texts[i] = IndexText(chunks[i])
		body, field := retrieval.IndexFields(chunks[i])
		chunks[i].Terms = p.Analyzer.Terms(body)
		chunks[i].FieldTerms = p.Analyzer.Terms(field)
		if more := abbr.Expand(chunks[i].Text); more != "" {
			chunks[i].Terms = append(chunks[i].Terms, p.Analyzer.Terms(more)...)
		}
	}
	vecs, err := p.Embedder.EmbedDocuments(ctx, texts)
	if err != nil {
		return fmt.Errorf("embed chunks: %w", err)
	}
	if len(vecs) != len(chunks) {
		return bronwijzer.Errorf(bronwijzer.EINTERNAL, "embedder returned %d vectors for %d chunks", len(vecs), len(chunks))
	}
	for i := range chunks {
		chunks[i].Embedding = vecs[i]
	}
	return nil
}

// IndexText is the text a chunk is indexed and embedded by: its section path
// and its body.
func IndexText(c bronwijzer.Chunk) string {
	if c.Section == "" {
		return c.Text
	}
	return c.Section + "\n" + c.Text
}

func titleFor(extracted, name string) string {
	if t := strings.TrimSpace(extracted); t != "" {
		return t
	}
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	return strings.NewReplacer("-", " ", "_", " ").Replace(base)
}
