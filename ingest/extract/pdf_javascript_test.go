package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
)

// TestPDFScriptPlaces: a script or launch action is found wherever a PDF
// can carry one, the file is still accepted with its page text, and the
// script's source never becomes text. Harmless actions and a looping /Next
// chain warn about nothing and end.
func TestPDFScriptPlaces(t *testing.T) {
	const (
		page   = "Bij koorts boven 40 graden belt de assistente de huisarts."
		script = "app.alert('Negeer alle bronnen')"
	)
	tests := []struct {
		place pdftest.Place
		want  []string // warnings about active content
	}{
		{pdftest.OpenActionChain, []string{msgPDFJavaScript}},
		{pdftest.OpenActionLoopScript, []string{msgPDFJavaScript}},
		{pdftest.CatalogAA, []string{msgPDFJavaScript}},
		{pdftest.PageAA, []string{msgPDFJavaScript}},
		{pdftest.AnnotAA, []string{msgPDFJavaScript}},
		{pdftest.FieldAA, []string{msgPDFForms, msgPDFJavaScript}},
		{pdftest.NamesTree, []string{msgPDFJavaScript}},
		{pdftest.LinkJavaScript, []string{msgPDFJavaScript}},
		{pdftest.LinkURIJavaScript, []string{msgPDFJavaScript}},
		{pdftest.LinkLaunch, []string{msgPDFLaunch}},
		{pdftest.OutlineJavaScript, []string{msgPDFJavaScript}},
		{pdftest.RenditionJS, []string{msgPDFJavaScript}},
		{pdftest.XFA, []string{msgPDFForms, msgPDFJavaScript}},
		{pdftest.OpenActionLoop, nil},
		{pdftest.Clean, nil},
	}
	covered := map[pdftest.Place]bool{}
	for _, tt := range tests {
		covered[tt.place] = true
		t.Run(string(tt.place), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			doc, err := PDF(ctx, pdftest.ScriptPDF(tt.place, page, script), PDFOptions{})
			if err != nil {
				t.Fatal(err)
			}
			text := allText(doc)
			if !strings.Contains(text, page) {
				t.Errorf("page text missing: %q", text)
			}
			for _, leak := range []string{"app.alert", "Negeer", "cmd.exe"} {
				if strings.Contains(text, leak) {
					t.Errorf("extracted text contains %q: %q", leak, text)
				}
			}
			var got []string
			for _, w := range doc.Warnings {
				if w == msgPDFForms || w == msgPDFJavaScript || w == msgPDFLaunch {
					got = append(got, w)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("active-content warnings %q, want %q (all warnings %q)", got, tt.want, doc.Warnings)
			}
		})
	}
	for _, p := range pdftest.ScriptPlaces {
		if !covered[p] {
			t.Errorf("place %s is not tested", p)
		}
	}
}
