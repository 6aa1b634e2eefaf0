package retrieval

import (
	"context"
	"fmt"
	"slices"
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
	// ByDocument maps a document id to the distinct first cells of its
	// table rows, in the order they stand.
	ByDocument map[string][]string
}

// TableSubjectLister is a Searcher that can list the table subjects of the
// corpus it searches (HybridSearcher does). The answer engine uses it when
// its searcher offers it.
type TableSubjectLister interface {
	TableSubjects(ctx context.Context) (*TableSubjects, error)
}

var _ TableSubjectLister = (*HybridSearcher)(nil)

// tableCache holds the table subjects of one corpus version.
type tableCache struct {
	version string
	subj    *TableSubjects
}

// TableSubjects returns the table subjects of the current documents. The
// document list is read on every call (one small query); the rows are read
// again only when a document was added, replaced or removed. The result is
// shared: callers must not modify it.
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
	s.tablesMu.Lock()
	cached := s.tables
	s.tablesMu.Unlock()
	if cached != nil && cached.version == version {
		return cached.subj, nil
	}
	subj := &TableSubjects{Version: version, ByDocument: map[string][]string{}}
	for _, d := range docs {
		chunks, err := s.Store.Chunks(ctx, d.ID)
		if err != nil {
			return nil, fmt.Errorf("table subjects of %s: %w", d.ID, err)
		}
		var heads []string
		for _, c := range chunks {
			if c.Kind != bronwijzer.KindTableRow {
				continue
			}
			if h := RowSubject(c.Kind, c.Caption, c.Text); h != "" && !slices.Contains(heads, h) {
				heads = append(heads, h)
			}
		}
		if len(heads) > 0 {
			subj.ByDocument[d.ID] = heads
		}
	}
	s.tablesMu.Lock()
	s.tables = &tableCache{version: version, subj: subj}
	s.tablesMu.Unlock()
	return subj, nil
}
