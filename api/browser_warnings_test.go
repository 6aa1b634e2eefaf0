package api

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
)

// TestBrowserAdminWarnings: on /beheer an uploaded PDF whose page 2 could
// not be read carries a warning mark in its row; opening it shows the
// warning's text. A document without warnings has no mark.
func TestBrowserAdminWarnings(t *testing.T) {
	env := newAdminEnv(t, adminOpts{noKeys: true})
	pdf := pdftest.MissingFontPDF("Controleer de nierfunctie voor het starten van metformine.", "Deze zin staat in een ontbrekend lettertype.")
	resultOf(t, env.finishJob(t, env.upload(t, "", "nierfunctie.pdf", pdf, map[string]string{"id": "nierfunctie"})))
	resultOf(t, env.finishJob(t, env.upload(t, "", "koorts.txt", []byte("Bij koorts belt de assistente de huisarts."), map[string]string{"id": "koorts"})))
	base := serve(t, env.srv)
	ctx := browser(t)

	mark := `#pending tr[data-id="nierfunctie"] details.warnings`
	steps(t, ctx, "opening /beheer",
		chromedp.Navigate(base+"/beheer"),
		chromedp.WaitVisible(chromedp.CSS(`#pending tr[data-id="koorts"]`)),
		chromedp.WaitVisible(chromedp.CSS(mark+" summary")),
	)
	if s := get(t, ctx, chromedp.Text(chromedp.CSS(mark+" summary"))); !strings.Contains(s, "1 waarschuwing bij het opnemen") {
		t.Errorf("warning mark %q", s)
	}
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#pending tr[data-id="koorts"] details.warnings').length`)); n != 0 {
		t.Errorf("koorts has %d warning marks, want none", n)
	}
	want := "pagina 2: 135 tekens staan in een lettertype dat in het bestand ontbreekt en zijn niet gelezen; controleer of tekst ontbreekt"
	steps(t, ctx, "opening the warnings",
		chromedp.Click(chromedp.CSS(mark+" summary")),
		chromedp.WaitVisible(chromedp.CSS(mark+" li")),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.CSS(mark+" li"))); got != want {
		t.Errorf("warning text %q, want %q", got, want)
	}
	screenshot(t, ctx, "ui-admin-warnings")
}
