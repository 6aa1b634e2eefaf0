package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// failingWrites is a store decorator whose writes for one document fail
// the way a full disk does; everything else goes to the real store.
type failingWrites struct {
	ingest.Store
	files ingest.FileStore
	docID string // PutDocument of this id fails
	file  string // PutFile of this name fails
}

var errDiskFull = errors.New("write chunks: database or disk is full (13)")

func (s failingWrites) PutDocument(ctx context.Context, d bronwijzer.Document, cs []bronwijzer.Chunk) (retrieval.PutResult, error) {
	if d.ID == s.docID {
		return retrieval.PutResult{}, fmt.Errorf("put document %q: %w", d.ID, errDiskFull)
	}
	return s.Store.PutDocument(ctx, d, cs)
}

func (s failingWrites) PutFile(ctx context.Context, name, mediaType string, data []byte) (string, error) {
	if name == s.file {
		return "", fmt.Errorf("write file: %w", errDiskFull)
	}
	return s.files.PutFile(ctx, name, mediaType, data)
}

// A write failure for one file of a batch fails that file with the Dutch
// message and its cause, stores nothing of it, and the other files are
// stored.
func TestWriteFailureFailsOnlyThatFile(t *testing.T) {
	for _, tt := range []struct{ name, docID, file string }{
		{"document write fails", "b", ""},
		{"file store write fails", "", "b.txt"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, store := MustOpenPipeline(t)
			p.Store = failingWrites{Store: store, files: store, docID: tt.docID, file: tt.file}
			p.Files = p.Store.(ingest.FileStore)
			dir := t.TempDir()
			for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
				writeFile(t, dir, name, []byte("Een tekst over koorts bij kinderen, bestand "+name+"."))
			}
			results := p.Paths(t.Context(), []string{dir}, nil)
			status := map[string]string{}
			for _, r := range results {
				status[filepath.Base(r.Path)] = r.Status
				if filepath.Base(r.Path) != "b.txt" {
					continue
				}
				if !errors.Is(r.Err, errDiskFull) {
					t.Errorf("b.txt: error %v does not keep the cause", r.Err)
				}
				const msg = "opslaan is mislukt; van dit bestand is niets opgeslagen (store write failed)"
				if got := bronwijzer.ErrorMessage(r.Err); got != msg {
					t.Errorf("b.txt: message %q, want %q", got, msg)
				}
			}
			want := map[string]string{"a.txt": ingest.StatusIngested, "b.txt": ingest.StatusFailed, "c.txt": ingest.StatusIngested}
			if fmt.Sprint(status) != fmt.Sprint(want) {
				t.Errorf("statuses %v, want %v", status, want)
			}
			docs, err := store.Documents(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			if strings.Join(ids, ",") != "a,c" {
				t.Errorf("stored documents %v, want a and c only", ids)
			}
		})
	}
}
