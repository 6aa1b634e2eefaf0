package main

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/api"
	"github.com/bronwijzer/bronwijzer/ingest/jobs"
)

func crashFile(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(repoPath("ingest/extract/testdata/bad/xref-huge-object.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// uploadJob posts a file to POST /v1/documents and waits for its job.
func uploadJob(t *testing.T, h http.Handler, name string, data []byte) jobs.Job {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data) //nolint:errcheck // bytes.Buffer
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/v1/documents", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Host = "127.0.0.1"
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusAccepted {
		t.Fatalf("upload: %d %s", rec.Code, rec.Body)
	}
	var job jobs.Job
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if err := json.Unmarshal(rec.Body.Bytes(), &job); err != nil {
			t.Fatal(err)
		}
		if job.Done() {
			return job
		}
		rec = serve(h, http.MethodGet, "/v1/jobs/"+job.ID, "")
	}
	t.Fatalf("job %s not done: %+v", job.ID, job)
	return job
}

// Uploading the crash file of issue 14 with the parser unchecked, as
// before the xref check, used to take the server down (the upload ran the
// parser in the server process). Now only its worker dies: the job fails
// with the memory limit named, and the server goes on answering.
func TestUploadCrashFileLeavesServerUp(t *testing.T) {
	cfg := testConfig(t.TempDir())
	cfg.PDFMemoryMB = 256
	app, err := OpenApp(t.Context(), cfg, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { app.Close() })
	app.trustXref = true
	srv, err := app.NewServer(api.Config{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	h := srv.Handler()
	job := uploadJob(t, h, "crash.pdf", crashFile(t))
	want := "Het PDF-bestand liet de verwerking vastlopen (geheugenlimiet van 256 MiB overschreden)"
	if job.Status != jobs.StatusFailed || job.Error == nil || !strings.HasPrefix(job.Error.Message, want) {
		t.Errorf("job %+v (error %+v), want failed with %q…", job, job.Error, want)
	}
	if rec := serve(h, http.MethodGet, "/healthz", ""); rec.Code != http.StatusOK {
		t.Errorf("healthz after the crash: %d", rec.Code)
	}
	groff, err := os.ReadFile(repoPath("ingest/extract/testdata/groff-ms.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if job := uploadJob(t, h, "groff.pdf", groff); job.Status != jobs.StatusSucceeded {
		t.Errorf("next upload: %+v (error %+v)", job, job.Error)
	}
}

// The command line ingests a directory with the crash file in it: with the
// xref check the file is repaired and read, every file is stored, and the
// summary is printed.
func TestIngestCrashFileCLI(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(docs, 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(docs, "a-crash.pdf"), crashFile(t), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(docs, "b-griep.md"), []byte("# Griep\n\nBij griep is rust het belangrijkste advies.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, filepath.Join(dir, "data"), "ingest", docs)
	if code != exitOK {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	all := out + errOut
	for _, want := range []string{"a-crash.pdf", "b-griep.md", "hersteld"} {
		if !strings.Contains(all, want) {
			t.Errorf("output lacks %q:\n%s", want, all)
		}
	}
}
