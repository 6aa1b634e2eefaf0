package api

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/chromedp/chromedp"
)

// TestBrowserAdminSources: a query key is shown no sources; an
// administrator opens /beheer, signs in with an admin key (exchanged for a
// session, as on the clinician page), sees the
// bundled registry and the upload waiting for verification, reviews and
// verifies it with a publication date, sees it move to the registry as
// verified, and retires it with a confirming second click.
func TestBrowserAdminSources(t *testing.T) {
	e := newSourcesEnv(t, "sqlite")
	base := serve(t, e.srv)
	ctx := browser(t)
	rec := do(t, e.srv.Handler(), http.MethodGet, "/beheer", "")
	if csp := rec.Header().Get("Content-Security-Policy"); rec.Code != http.StatusOK || !strings.Contains(csp, "script-src 'self'") ||
		!strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(rec.Body.String(), "<script>") {
		t.Fatalf("/beheer: %d, CSP %q; want the page policy and no inline script", rec.Code, csp)
	}

	// A clinician's key (scope query) gets a session but no sources: the
	// page says why and offers to sign out.
	steps(t, ctx, "signing in with a query key",
		chromedp.Navigate(base+"/beheer"),
		chromedp.WaitVisible(chromedp.CSS("#key-dialog[open]")),
		chromedp.SendKeys(chromedp.ID("key-input"), strings.TrimPrefix(e.query, "Bearer ")),
		chromedp.Click(chromedp.ID("key-save")),
		chromedp.Poll[chromedp.Void](`document.getElementById("status").textContent.includes("geen beheerrechten")`,
			chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Click(chromedp.ID("key-clear")),
		chromedp.Poll[chromedp.Void](`document.getElementById("status").textContent.includes("afgemeld")`,
			chromedp.WithPollingTimeout(10*time.Second)),
	)
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#registry tbody tr, #pending tbody tr").length`)); n != 0 {
		t.Errorf("%d source rows shown to a query key", n)
	}

	pendingKoorts := chromedp.CSS(`#pending tr[data-id="koorts"]`)
	steps(t, ctx, "signing in with an admin key",
		chromedp.Click(chromedp.ID("reload")),
		chromedp.WaitVisible(chromedp.CSS("#key-dialog[open]")),
		chromedp.SendKeys(chromedp.ID("key-input"), strings.TrimPrefix(e.admin, "Bearer ")),
		chromedp.Click(chromedp.ID("key-save")),
		chromedp.WaitNotPresent(chromedp.CSS("#key-dialog[open]")),
		chromedp.WaitVisible(pendingKoorts),
	)
	if sessionCookieIn(t, ctx, base) == nil {
		t.Error("no session cookie after signing in")
	}
	registry := get(t, ctx, chromedp.Text(chromedp.ID("registry")))
	if !strings.Contains(registry, nivelID) || !strings.Contains(registry, "niet opgeslagen") {
		t.Errorf("registry table %q lacks the bundled source and its state", registry)
	}
	pending := get(t, ctx, chromedp.Text(chromedp.ID("pending")))
	if !strings.Contains(pending, "niet geverifieerd") || !strings.Contains(pending, "Bekijk koorts.txt") {
		t.Errorf("pending table %q lacks the upload, its state or the link to review it", pending)
	}
	if href := get(t, ctx, chromedp.Evaluate[string](`document.querySelector('#pending tr[data-id="koorts"] a').getAttribute('href')`)); href != "/v1/documents/koorts/file" {
		t.Errorf("review link %q, want the document's file", href)
	}
	screenshot(t, ctx, "ui-admin-pending")

	// Verifying without a date is refused on the page; with one it lands.
	steps(t, ctx, "verifying without a date",
		chromedp.Click(chromedp.CSS(`#pending tr[data-id="koorts"] button.verify-btn`)),
		chromedp.WaitVisible(chromedp.ID("verify-form")),
		chromedp.Click(chromedp.ID("verify-save")),
		chromedp.WaitVisible(chromedp.CSS("#verify-error:not([hidden])")),
	)
	steps(t, ctx, "verifying",
		chromedp.SetValue(chromedp.ID("f-published"), "2024-05-01"),
		chromedp.SendKeys(chromedp.ID("f-publisher"), "NHG"),
		chromedp.SetValue(chromedp.ID("f-review"), "2029-05-01"),
		chromedp.Click(chromedp.ID("verify-save")),
		chromedp.WaitVisible(chromedp.CSS(`#registry tr[data-id="koorts"] .badge-verified`)),
		chromedp.WaitNotPresent(pendingKoorts),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.ID("status"))); !strings.Contains(got, "geverifieerd") {
		t.Errorf("status after verify %q", got)
	}
	row := get(t, ctx, chromedp.Text(chromedp.CSS(`#registry tr[data-id="koorts"]`)))
	if !strings.Contains(row, "2024-05-01") || !strings.Contains(row, "2029-05-01") || !strings.Contains(row, "geverifieerd") {
		t.Errorf("registry row after verify %q", row)
	}
	onDisk, err := corpus.Load(e.reg.Path)
	if err != nil {
		t.Fatal(err)
	}
	if src, ok := onDisk.Source("koorts"); !ok || src.Publisher != "NHG" || src.Published != "2024-05-01" {
		t.Errorf("registry file after verifying on the page: %+v %v", src, ok)
	}
	if n := e.verifiedHits(t, "koorts"); n == 0 {
		t.Error("the document verified on the page is not cited")
	}
	screenshot(t, ctx, "ui-admin-verified")

	retire := chromedp.CSS(`#registry tr[data-id="koorts"] button.retire-btn`)
	steps(t, ctx, "retiring",
		chromedp.Click(retire),
		chromedp.Poll[chromedp.Void](`document.querySelector('#registry tr[data-id="koorts"] button.retire-btn').textContent.includes("Bevestig")`,
			chromedp.WithPollingTimeout(5*time.Second)),
	)
	if doc, err := e.store.Document(t.Context(), "koorts"); err != nil || !doc.Verified {
		t.Fatalf("one click retired the source: %+v %v", doc, err)
	}
	steps(t, ctx, "confirming",
		chromedp.Click(retire),
		chromedp.WaitVisible(chromedp.CSS(`#registry tr[data-id="koorts"] .badge-retired`)),
	)
	if doc, err := e.store.Document(t.Context(), "koorts"); err != nil || doc.Verified {
		t.Errorf("stored document after retiring on the page: %+v %v", doc, err)
	}
}
