package corpus

import (
	"context"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Source states, as `sources list --json` and GET /v1/sources name them.
const (
	StateVerified   = "verified"   // the stored document's digest matches the entry
	StateUnverified = "unverified" // digest differs, or no registry entry
	StateNotStored  = "not_stored" // registry entry without a stored document
	StateOutdated   = "outdated"   // published longer ago than the maximum source age
	StateReviewDue  = "review_due" // past the entry's review_by
	StateRetired    = "retired"    // withdrawn: kept, no longer cited as verified
)

// StateLabels are the Dutch names of the states, as shown to operators.
var StateLabels = map[string]string{
	StateVerified: "geverifieerd", StateUnverified: "niet geverifieerd", StateNotStored: "niet opgeslagen",
	StateOutdated: "verouderd", StateReviewDue: "herziening verlopen", StateRetired: "ingetrokken",
}

// Row is one source with the state of its stored document.
type Row struct {
	ID            string   `json:"id"`
	Title         string   `json:"title"`
	Published     string   `json:"published"`
	ReviewBy      string   `json:"review_by,omitempty"`
	Retired       string   `json:"retired,omitempty"`
	SHA256        string   `json:"sha256,omitempty"`
	StoredVersion int      `json:"stored_version,omitempty"`
	StoredSHA256  string   `json:"stored_sha256,omitempty"`
	States        []string `json:"states"`
}

// AgeRules decide the age states. The answer package owns both rules
// (answer.Outdated with the maximum source age, answer.ReviewDue), the same
// that flag citations; callers pass them in.
type AgeRules struct {
	Outdated  func(published string) bool
	ReviewDue func(reviewBy string) bool
}

func (a AgeRules) states(published, reviewBy string) []string {
	var st []string
	if a.Outdated != nil && a.Outdated(published) {
		st = append(st, StateOutdated)
	}
	if reviewBy != "" && a.ReviewDue != nil && a.ReviewDue(reviewBy) {
		st = append(st, StateReviewDue)
	}
	return st
}

// Rows lists every registry entry (in registry order), then every stored
// document without an entry, each with its states.
func Rows(sources []bronwijzer.Source, docs []bronwijzer.Document, ages AgeRules) []Row {
	stored := make(map[string]bronwijzer.Document, len(docs))
	for _, d := range docs {
		stored[d.ID] = d
	}
	rows := []Row{}
	for _, src := range sources {
		r := Row{ID: src.ID, Title: src.Title, Published: src.Published, ReviewBy: src.ReviewBy, Retired: src.Retired, SHA256: src.SHA256}
		d, ok := stored[src.ID]
		delete(stored, src.ID)
		switch {
		case !ok:
			r.States = append(r.States, StateNotStored)
		case strings.EqualFold(d.SHA256, src.SHA256) && src.Retired == "":
			r.States = append(r.States, StateVerified)
		case !strings.EqualFold(d.SHA256, src.SHA256):
			r.States = append(r.States, StateUnverified)
		}
		if ok {
			r.StoredVersion, r.StoredSHA256 = d.Version, d.SHA256
		}
		if src.Retired != "" {
			r.States = append(r.States, StateRetired)
		}
		r.States = append(r.States, ages.states(src.Published, src.ReviewBy)...)
		rows = append(rows, r)
	}
	for _, d := range docs {
		if _, unlisted := stored[d.ID]; unlisted {
			rows = append(rows, Row{ID: d.ID, Title: d.Title, Published: d.Published, StoredVersion: d.Version, StoredSHA256: d.SHA256,
				States: append([]string{StateUnverified}, ages.states(d.Published, "")...)})
		}
	}
	return rows
}

// Stored is the part of a store that SyncStored needs (retrieval.Store).
type Stored interface {
	Document(ctx context.Context, id string) (*bronwijzer.Document, error)
	Chunks(ctx context.Context, documentID string) ([]bronwijzer.Chunk, error)
	ReplaceDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error)
}

// SyncStored makes the store's verified flag of the source's current
// document follow the registry at once, when that document is the
// registered file: it stores a new version with the same passages and
// vectors (and, when verified, the entry's title, URL, publisher and date),
// so earlier versions stay for the audit trail and search (verified only by
// default) sees the change immediately. It returns the new version's
// number, or 0 when nothing changed (no stored document, another digest,
// already in that state).
func SyncStored(ctx context.Context, s Stored, src bronwijzer.Source, verified bool) (int, error) {
	doc, err := s.Document(ctx, src.ID)
	if bronwijzer.ErrorCode(err) == bronwijzer.ENOTFOUND {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if !strings.EqualFold(doc.SHA256, src.SHA256) || doc.Verified == verified {
		return 0, nil
	}
	chunks, err := s.Chunks(ctx, doc.ID)
	if err != nil {
		return 0, err
	}
	next := *doc
	next.Verified = verified
	if verified {
		next.Title, next.URL = src.Title, src.URL
		next.Publisher, next.Published = src.Publisher, src.Published
	}
	put, err := s.ReplaceDocument(ctx, next, chunks)
	if err != nil {
		return 0, err
	}
	return put.Document.Version, nil
}
