package bronwijzer

import (
	"fmt"
	"time"
)

// Source is one entry of the registry of verified sources (corpus/sources.json).
// A practice declares a document verified by listing it here with its SHA-256.
type Source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"` // "unknown" when not known
	Published string `json:"published"` // YYYY, YYYY-MM or YYYY-MM-DD; "unknown" when not known
	// ReviewBy is the planned revision date (NHG guidelines state one); a
	// source past it is flagged "review due" like an outdated one.
	ReviewBy string `json:"review_by,omitempty"`
	URL      string `json:"url,omitempty"`     // canonical URL where known
	License  string `json:"license,omitempty"` // licence or remark
	Remark   string `json:"remark,omitempty"`
	File     string `json:"file"`               // file name as ingested
	SHA256   string `json:"sha256"`             // hex digest of the verified file
	Language string `json:"language,omitempty"` // "nl" by default
	// Retired is the date the source was withdrawn: the entry stays for the
	// audit trail, but its document no longer counts as verified.
	Retired string `json:"retired,omitempty"`
}

// Document is one stored version of a source document. ID is stable across
// versions (the registry's source id, or one derived from the file name).
type Document struct {
	ID         string    `json:"id"`
	Version    int       `json:"version"`
	Title      string    `json:"title"`
	Publisher  string    `json:"publisher"`
	Published  string    `json:"published"`
	URL        string    `json:"url,omitempty"`
	License    string    `json:"license,omitempty"`
	SourceFile string    `json:"source_file"`
	SHA256     string    `json:"sha256"`
	MediaType  string    `json:"media_type"` // application/pdf, text/html, text/markdown, text/plain
	Verified   bool      `json:"verified"`
	Pages      int       `json:"pages"`
	Chunks     int       `json:"chunks"`
	Bytes      int64     `json:"bytes"`
	Embedder   string    `json:"embedder"` // embedder id that produced the stored vectors
	IngestedAt time.Time `json:"ingested_at"`
	// Warnings are the extraction's warnings about this version's file, most
	// of them about one page ("pagina 3: …", e.g. text in a font the file
	// lacks): a curator reads them in the document listing long after the
	// ingest summary is gone. nil when there are none.
	Warnings []string `json:"warnings,omitempty"`
	// Pipeline names the ingest pipeline that made this version's chunks
	// from its file: extraction, chunking, analysis and the local
	// embedder's features (ingest.PipelineVersion). A version made by an
	// older pipeline is processed again when its file is ingested again,
	// even though the file itself is unchanged. "" for versions stored
	// before it was recorded.
	Pipeline string `json:"pipeline,omitempty"`
}

// Chunk is one retrievable passage of a document version.
//
// Offsets locate the text in the extracted page text so a UI can highlight a
// quote: CharStart is a rune offset into page PageStart's text, CharEnd a rune
// offset (exclusive) into page PageEnd's text. Text is that slice of the page
// text (over several pages, the pages' slices joined by a blank line, or by a
// space where a sentence goes on across the page break), except for a table
// row, whose Text is prefixed with its caption
// ("Tabel 2 Dosering … — Middel: …") so the row stands on its own; its
// offsets locate the row itself.
type Chunk struct {
	DocumentID string    `json:"document_id"`
	Version    int       `json:"version"`
	Ordinal    int       `json:"ordinal"`
	PageStart  int       `json:"page_start"`
	PageEnd    int       `json:"page_end"`
	Section    string    `json:"section"` // section path joined with " › "
	Text       string    `json:"text"`
	CharStart  int       `json:"char_start"`
	CharEnd    int       `json:"char_end"`
	Kind       string    `json:"kind"`              // KindText, KindList, KindTableRow, KindTable or KindNote
	Caption    string    `json:"caption,omitempty"` // the table's caption, for table rows and tables
	Notes      []string  `json:"notes,omitempty"`   // markers of the notes this passage refers to
	Terms      []string  `json:"-"`                 // analysed tokens of the body (retrieval/analysis), what lexical search indexes
	FieldTerms []string  `json:"-"`                 // analysed tokens of the section path, caption and column headers: a ranking field of their own (retrieval.FieldWeight)
	Embedding  []float32 `json:"-"`
}

// Chunk kinds. Text, list and table-row chunks are content and retrieved;
// a whole table (kept for display) and a note (footnote, reference, URL
// list) are stored with their document but never retrieved or quoted.
const (
	KindText     = "text"
	KindList     = "list"      // a list with the sentence that introduces it
	KindTableRow = "table_row" // one table row, every cell paired with its header
	KindTable    = "table"     // a whole table, for display
	KindNote     = "note"      // a footnote, endnote, reference or URL-list entry
)

// Searchable reports whether the chunk is content that search may return.
func (c Chunk) Searchable() bool { return c.Kind != KindTable && c.Kind != KindNote }

// ID is the chunk's stable identifier: "<document id>:<version>:<ordinal>".
func (c Chunk) ID() string { return ChunkID(c.DocumentID, c.Version, c.Ordinal) }

// ChunkID formats a chunk identifier.
func ChunkID(documentID string, version, ordinal int) string {
	return fmt.Sprintf("%s:%d:%d", documentID, version, ordinal)
}

// SectionSeparator joins the parts of a section path.
const SectionSeparator = " › "

// Passage is a chunk as returned by search: the chunk with its document's
// metadata and a score. Its JSON shape is the public /v1/search contract.
type Passage struct {
	ID         string  `json:"id"`
	DocumentID string  `json:"document_id"`
	Version    int     `json:"version"`
	Title      string  `json:"title"`
	SourceFile string  `json:"source_file"`
	PageStart  int     `json:"page_start"`
	PageEnd    int     `json:"page_end"`
	Section    string  `json:"section"`
	Text       string  `json:"text"`
	CharStart  int     `json:"char_start"`
	CharEnd    int     `json:"char_end"`
	Kind       string  `json:"kind,omitempty"`    // Chunk.Kind
	Caption    string  `json:"caption,omitempty"` // the table's caption, for a table row
	Score      float64 `json:"score"`
	Verified   bool    `json:"verified"`
	Published  string  `json:"published"`
}
