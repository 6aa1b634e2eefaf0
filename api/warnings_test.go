package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
)

// TestDocumentWarnings: the page warnings of an uploaded PDF are in the
// upload's result and stay with the document: GET /v1/documents and
// /v1/documents/{id} return them, GET /v1/sources (the /beheer page) too,
// and verifying and re-ingesting the document keep them. A document
// without warnings has no "warnings" key.
func TestDocumentWarnings(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	want := []string{"pagina 2: 135 tekens staan in een lettertype dat in het bestand ontbreekt en zijn niet gelezen; controleer of tekst ontbreekt"}
	pdf := pdftest.MissingFontPDF("Controleer de nierfunctie voor het starten van metformine.", "Deze zin staat in een ontbrekend lettertype.")
	res := resultOf(t, env.finishJob(t, env.upload(t, env.admin, "nierfunctie.pdf", pdf, map[string]string{"id": "nierfunctie"})))
	if diff := cmp.Diff(want, res.Warnings); diff != "" {
		t.Fatalf("upload warnings (-want +got):\n%s", diff)
	}
	resultOf(t, env.finishJob(t, env.upload(t, env.admin, "koorts.txt", []byte("Bij koorts belt de assistente de huisarts."), map[string]string{"id": "koorts"})))
	env.wantWarnings(t, "after upload", want)

	if rec := env.do(t, http.MethodGet, "/v1/documents/koorts", "", env.query); rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `"warnings"`) {
		t.Errorf("document without warnings: %d %s", rec.Code, rec.Body)
	}
	rec := env.do(t, http.MethodPost, "/v1/sources", `{"document_id":"nierfunctie","published":"2024-05-01"}`, env.admin)
	if rec.Code != http.StatusOK {
		t.Fatalf("verify: %d %s", rec.Code, rec.Body)
	}
	env.wantWarnings(t, "after verifying", want)
	resultOf(t, env.finishJob(t, env.do(t, http.MethodPost, "/v1/documents/nierfunctie/reingest", "", env.admin)))
	env.wantWarnings(t, "after re-ingest", want)
}

// wantWarnings checks document nierfunctie's warnings in every listing
// that shows them, and that koorts has none.
func (e *adminEnv) wantWarnings(t *testing.T, when string, want []string) {
	t.Helper()
	var list documentsResponse
	e.getJSON(t, "/v1/documents", e.query, &list)
	var one bronwijzer.Document
	e.getJSON(t, "/v1/documents/nierfunctie", e.query, &one)
	var sources sourcesResponse
	e.getJSON(t, "/v1/sources", e.admin, &sources)
	got := map[string][]string{"document": one.Warnings}
	for _, d := range list.Documents {
		got["list "+d.ID] = d.Warnings
	}
	for _, s := range sources.Sources {
		if s.ID == "nierfunctie" || s.ID == "koorts" {
			got["sources "+s.ID] = s.Warnings
		}
	}
	wantAll := map[string][]string{"document": want, "list nierfunctie": want, "list koorts": nil,
		"sources nierfunctie": want, "sources koorts": nil}
	if diff := cmp.Diff(wantAll, got); diff != "" {
		t.Errorf("%s: warnings (-want +got):\n%s", when, diff)
	}
}

func (e *adminEnv) getJSON(t *testing.T, target, authz string, v any) {
	t.Helper()
	rec := e.do(t, http.MethodGet, target, "", authz)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", target, rec.Code, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
}
