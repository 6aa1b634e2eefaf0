package retrieval

import (
	"context"
	"fmt"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// TableSubjects is what the stored documents' tables are about: the subject
// of every table row (RowSubject, its first cell: "tarvomycine tablet 250
// mg") per document. A question that names a drug of some dose table names
// a subject even when none of that drug's rows is among the passages
// retrieved for it, and the answer engine must know it to refuse another
// drug's passage. Read from the documents themselves, not from a list of
// drug names.
type TableSubjects struct {
	// Version identifies the set of current document versions the
	// subjects were read from (ids and versions).
	Version string
	// ByDocument maps a document id to its table rows, in the order they
	// stand.
	ByDocument map[string][]TableRow
	// Chunks maps every current document's id to its number of chunks: how
	// many of the passages retrieved for a question it could hold.
	Chunks map[string]int
}

// TableRow is one table row: its subject (RowSubject, the first cell's
// value) and its text without the caption ("Middel: tarvomycine tablet 250
// mg · Volwassenen: 2 dd 500 mg …"), which says what kind of table it
// stands in (a dose table's rows state doses).
type TableRow struct {
	Subject string
	Text    string
	// Caption and Section are the row's table caption and section path:
	// a table of one drug, its rows keyed by population, names its drug
	// only there ("Tabel 1. Dosering mytilaxol" under "4.3.2. Mytilaxol").
	Caption, Section string
}

// TableSubjectLister is a Searcher that can list the table subjects of the
// corpus it searches (HybridSearcher does). The answer engine uses it when
// its searcher offers it.
type TableSubjectLister interface {
	TableSubjects(ctx context.Context) (*TableSubjects, error)
}

var _ TableSubjectLister = (*HybridSearcher)(nil)

// tableCache holds the table subjects of one corpus version, and each
// document version's row subjects ("id:version"), so that a change to one
// document reads only that document's chunks again.
type tableCache struct {
	version string
	subj    *TableSubjects
	byDoc   map[string][]TableRow
}

// TableSubjects returns the table subjects of the current documents. The
// document list is read on every call (one small query); a document's rows
// are read again only when its version changed. A document removed while
// its rows are read is left out. The result is shared: callers must not
// modify it.
func (s *HybridSearcher) TableSubjects(ctx context.Context) (*TableSubjects, error) {
	docs, err := s.Store.Documents(ctx)
	if err != nil {
		return nil, fmt.Errorf("table subjects: %w", err)
	}
	var b strings.Builder
	for _, d := range docs {
		fmt.Fprintf(&b, "%s:%d\n", d.ID, d.Version)
	}
	version := b.String()
	// One reader at a time: questions arriving after an ingest wait for the
	// one that reads the new rows instead of reading them too.
	s.tablesMu.Lock()
	defer s.tablesMu.Unlock()
	old := s.tables
	if old != nil && old.version == version {
		return old.subj, nil
	}
	next := &tableCache{version: version, subj: &TableSubjects{Version: version, ByDocument: map[string][]TableRow{},
		Chunks: map[string]int{}}, byDoc: map[string][]TableRow{}}
	for _, d := range docs {
		key := fmt.Sprintf("%s:%d", d.ID, d.Version)
		rows, ok := []TableRow(nil), false
		if old != nil {
			rows, ok = old.byDoc[key]
		}
		if !ok {
			chunks, err := s.Store.Chunks(ctx, d.ID)
			if bronwijzer.ErrorCode(err) == bronwijzer.ENOTFOUND {
				continue // removed since the list was read
			}
			if err != nil {
				return nil, fmt.Errorf("table subjects of %s: %w", d.ID, err)
			}
			rows = tableRows(chunks)
		}
		next.byDoc[key] = rows
		next.subj.Chunks[d.ID] = d.Chunks
		if len(rows) > 0 {
			next.subj.ByDocument[d.ID] = rows
		}
	}
	s.tables = next
	return next.subj, nil
}

// tableRows returns the table rows among chunks, in their order.
func tableRows(chunks []bronwijzer.Chunk) []TableRow {
	var rows []TableRow
	for _, c := range chunks {
		if c.Kind != bronwijzer.KindTableRow {
			continue
		}
		text := c.Text
		if c.Caption != "" {
			text = strings.TrimPrefix(text, c.Caption+captionSeparator)
		}
		if h := RowSubject(c.Kind, c.Caption, c.Text); h != "" {
			rows = append(rows, TableRow{Subject: h, Text: text, Caption: c.Caption, Section: c.Section})
		}
	}
	return rows
}
