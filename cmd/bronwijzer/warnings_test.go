package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
)

// TestDocumentsListsWarnings: a PDF page whose text could not be read is
// warned about in the ingest summary and, later, in `documents` (a count
// per document and the warnings under the table) and `documents --json`.
func TestDocumentsListsWarnings(t *testing.T) {
	dir := t.TempDir()
	warning := "pagina 2: 135 tekens staan in een lettertype dat in het bestand ontbreekt en zijn niet gelezen; controleer of tekst ontbreekt"
	files := t.TempDir()
	pdf := filepath.Join(files, "nierfunctie.pdf")
	data := pdftest.MissingFontPDF("Controleer de nierfunctie voor het starten van metformine.", "Deze zin staat in een ontbrekend lettertype.")
	if err := os.WriteFile(pdf, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(files, "koorts.txt"), []byte("Bij koorts belt de assistente de huisarts.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	registry := repoPath("corpus/sources.json")
	code, out, errOut := run(t, dir, "ingest", "--registry", registry, files)
	if code != exitOK || !strings.Contains(out, "  waarschuwing: "+warning) {
		t.Fatalf("ingest: %d\n%s\n%s", code, out, errOut)
	}

	code, out, errOut = run(t, dir, "documents", "--registry", registry)
	if code != exitOK {
		t.Fatalf("documents: %d %s", code, errOut)
	}
	for _, re := range []string{
		`(?m)^ID +TITEL +VERSIE +PAGINA'S +PASSAGES +GEVERIFIEERD +WAARSCHUWINGEN$`,
		`(?m)^koorts +.* nee +0$`,
		`(?m)^nierfunctie +.* 2 +\d+ +nee +1$`,
		`(?m)^Waarschuwingen bij het opnemen \(controleer deze pagina's in het originele bestand\):\n  nierfunctie: ` + regexp.QuoteMeta(warning) + `\n\z`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("documents output does not match %s:\n%s", re, out)
		}
	}

	code, out, errOut = run(t, dir, "documents", "--json", "--registry", registry)
	if code != exitOK {
		t.Fatalf("documents --json: %d %s", code, errOut)
	}
	var body struct{ Documents []bronwijzer.Document }
	if err := json.Unmarshal([]byte(out), &body); err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, d := range body.Documents {
		got[d.ID] = d.Warnings
	}
	if diff := cmp.Diff(map[string][]string{"koorts": nil, "nierfunctie": {warning}}, got); diff != "" {
		t.Errorf("documents --json warnings (-want +got):\n%s", diff)
	}
}
