package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/ingest"
)

// TestOriginalFileIsStored: with a file store the pipeline keeps the
// original before the version, and an unchanged re-ingest backfills it.
func TestOriginalFileIsStored(t *testing.T) {
	p, store := MustOpenPipeline(t)
	data := []byte("# Terugbelprotocol\n\nDe assistente belt de patiënt binnen twee werkdagen terug.\n")
	in := ingest.Input{Name: "terugbellen.md", Data: data}

	// Ingested without a file store (as before the file store existed).
	if res := p.Ingest(t.Context(), in); res.Err != nil {
		t.Fatal(res.Err)
	}
	sha := admin.FileDigest(data)
	if _, err := store.File(t.Context(), sha); bronwijzer.ErrorCode(err) != bronwijzer.ENOTFOUND {
		t.Fatalf("file stored without a file store: %v", err)
	}
	p.Files = store
	res := p.Ingest(t.Context(), in)
	if res.Err != nil || res.Status != ingest.StatusUnchanged {
		t.Fatalf("re-ingest: %+v", res)
	}
	f, err := store.File(t.Context(), sha)
	if err != nil || !bytes.Equal(f.Data, data) || f.Name != "terugbellen.md" || f.MediaType != ingest.MediaMarkdown {
		t.Fatalf("backfilled file %+v, %v", f, err)
	}
}

type failingFiles struct{}

func (failingFiles) PutFile(context.Context, string, string, []byte) (string, error) {
	return "", errors.New("disk full")
}

// TestFileStoreFailureStoresNoVersion: a version whose original could not
// be kept is not stored (the API could not serve or re-ingest it).
func TestFileStoreFailureStoresNoVersion(t *testing.T) {
	p, store := MustOpenPipeline(t)
	p.Files = failingFiles{}
	res := p.Ingest(t.Context(), ingest.Input{Name: "a.txt", Data: []byte("Een korte tekst over koorts bij kinderen.")})
	if res.Err == nil || res.Status != ingest.StatusFailed {
		t.Fatalf("ingest with failing file store: %+v", res)
	}
	if docs, _ := store.Documents(t.Context()); len(docs) != 0 {
		t.Errorf("%d documents stored", len(docs))
	}
}

// TestUnverifiedInput: an upload the registry does not list is unverified
// even with metadata and no digest to compare, and gets no mismatch warning.
func TestUnverifiedInput(t *testing.T) {
	p, _ := MustOpenPipeline(t)
	src := &bronwijzer.Source{ID: "protocol", Title: "Protocol", Publisher: "Praktijk"}
	res := p.Ingest(t.Context(), ingest.Input{Name: "p.txt", Data: []byte("Bij koorts belt de assistente de huisarts."), Source: src, Unverified: true})
	if res.Err != nil || res.Verified || len(res.Warnings) != 0 {
		t.Fatalf("unverified upload: %+v", res)
	}
	res = p.Ingest(t.Context(), ingest.Input{Name: "q.txt", Data: []byte("Bij hoesten belt de assistente de huisarts."), Source: &bronwijzer.Source{ID: "q"}})
	if res.Err != nil || !res.Verified {
		t.Fatalf("metadata upload without Unverified keeps its meaning (verified): %+v", res)
	}
}
