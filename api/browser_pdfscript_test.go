package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// A verified source whose PDF carries JavaScript, reached the way issue 15
// found undetected: the catalog's /OpenAction is a harmless GoTo whose /Next
// is the script. When a clinician opens its citation, nothing of it runs.

const scriptPDFID = "slaap-ouderen"

// scriptPDFLines is the page's text; the question below is answered from it.
var scriptPDFLines = []string{
	"Slaapproblemen bij ouderen",
	"Bij slaapproblemen bij ouderen is voorlichting over slaaphygiene de eerste stap.",
	"Cognitieve gedragstherapie voor insomnie heeft de voorkeur boven slaapmiddelen.",
	"Slaapmiddelen geven bij ouderen een verhoogd risico op vallen.",
}

// scriptPDF builds the PDF. Its script would show an alert, print, and
// make the browser request leak on the Bronwijzer server.
func scriptPDF(leak string) []byte {
	var content bytes.Buffer
	content.WriteString("BT /F1 12 Tf 72 760 Td 16 TL\n")
	for _, l := range scriptPDFLines {
		fmt.Fprintf(&content, "(%s) Tj T*\n", l)
	}
	content.WriteString("ET\n")
	js := fmt.Sprintf(`app.alert("PDF-script uitgevoerd"); this.print(); app.launchURL("%s", true);`, leak)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Action /S /GoTo /D [3 0 R /Fit] /Next 6 0 R >>",
		"<< /Type /Action /S /JavaScript /JS (" + strings.NewReplacer("(", `\(`, ")", `\)`).Replace(js) + ") >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// openScriptStack ingests the script PDF as a verified source (a registry
// naming its SHA-256) and returns the real searcher and answerer over it.
func openScriptStack(t *testing.T, pdf []byte) realStack {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	file := filepath.Join(dir, scriptPDFID+".pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(pdf)
	reg, err := json.Marshal(map[string]any{"sources": []map[string]any{{
		"id": scriptPDFID, "title": "Slaapproblemen bij ouderen (test)", "publisher": "unknown", "published": "2024-03-12",
		"url": "", "license": "test", "file": filepath.Base(file), "sha256": hex.EncodeToString(sum[:]), "language": "nl",
	}}})
	if err != nil {
		t.Fatal(err)
	}
	regPath := filepath.Join(dir, "sources.json")
	if err := os.WriteFile(regPath, reg, 0o644); err != nil {
		t.Fatal(err)
	}
	registry, err := corpus.Load(regPath)
	if err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "script.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	emb := embed.NewLocal(embed.DefaultDim)
	p := &ingest.Pipeline{Store: store, Embedder: emb, Analyzer: an, Registry: registry, Files: store}
	for _, r := range p.Paths(ctx, []string{file}, nil) {
		if r.Status == ingest.StatusFailed {
			t.Fatalf("ingest %s: %v", r.Path, r.Err)
		}
		t.Logf("ingest %s: %s %v", r.Path, r.Status, r.Warnings)
	}
	searcher := &retrieval.Searcher{Store: store, Embedder: emb, Analyzer: an}
	return realStack{store: store, searcher: searcher, asker: answer.New(answer.Config{Analyzer: an}, searcher, nil)}
}

// noScripts counts what a PDF script would do on the viewer page.
const noScripts = `window.__ran = [];
for (const f of ["alert", "confirm", "prompt", "print", "open"]) {
	const orig = window[f];
	window[f] = function (...args) { window.__ran.push(f); return f === "open" ? orig.apply(window, args) : undefined; };
}`

// scriptRunsInChromiumViewer is the control: the same PDF served plainly
// (no sandbox) to Chromium's own PDF viewer does run its script, so the
// dialog listener below would see it.
func scriptRunsInChromiumViewer(t *testing.T, parent context.Context, pdf []byte) {
	t.Helper()
	plain := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write(pdf) //nolint:errcheck // test server
	}))
	t.Cleanup(plain.Close)
	tab, cancel := chromedp.NewContext(parent)
	defer cancel()
	seen := make(chan string, 1)
	if err := chromedp.Listen(tab, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			select {
			case seen <- d.Message:
			default:
			}
			go chromedp.Call(tab, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true}) //nolint:errcheck // best effort
		}
	}); err != nil {
		t.Fatal(err)
	}
	steps(t, tab, "opening the PDF in Chromium's viewer", chromedp.Navigate(plain.URL+"/slaap.pdf"))
	select {
	case msg := <-seen:
		t.Logf("control: Chromium's own viewer ran the script (%q)", msg)
	case <-time.After(15 * time.Second):
		t.Fatal("control: the PDF's script did not run even in Chromium's own viewer, so this test could not see it run")
	}
}

// TestBrowserPDFScriptDoesNotRun: the citation of the script PDF opens in
// Bronwijzer's viewer on its page with the quote highlighted, and no alert,
// print, window.open, dialog or request of the script happens.
func TestBrowserPDFScriptDoesNotRun(t *testing.T) {
	pdf := scriptPDF("http://127.0.0.1:1/lek-pdf-script")
	stack := openScriptStack(t, pdf)
	question := "Wat is de eerste stap bij slaapproblemen bij ouderen?"
	want := stack.ask(t, question)
	wantAnswer(t, question, want)
	c := want.Citations[0]
	if c.DocumentID != scriptPDFID {
		t.Fatalf("answer cites %s, want the script PDF", c.DocumentID)
	}
	ctx := browser(t)
	scriptRunsInChromiumViewer(t, ctx, pdf)
	s, logs := newTestServer(t, Config{}, stack.deps())
	base := serve(t, s)
	askOnPage(t, ctx, base, question, answered)
	steps(t, ctx, "opening the citation",
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`#answer-body button.citation[data-citation="%d"]`, c.N))),
		chromedp.WaitVisible(chromedp.ID("detail-link")),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.ID("detail-date"))); got != "12 maart 2024" {
		t.Errorf("date of a source published 2024-03-12 = %q, want 12 maart 2024", got)
	}
	href := get(t, ctx, chromedp.AttributeValue(chromedp.ID("detail-link"), "href")).Value
	if !strings.HasPrefix(href, "/viewer#") {
		t.Fatalf("the citation links to %q, not the viewer", href)
	}

	// The viewer in a tab that records dialogs, print and window.open, and
	// every JavaScript dialog the browser would show.
	tab, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: noScripts}); err != nil {
		t.Fatal(err)
	}
	var dialogs []string
	if err := chromedp.Listen(tab, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			dialogs = append(dialogs, d.Message)
		}
	}); err != nil {
		t.Fatal(err)
	}
	steps(t, tab, "opening the viewer", chromedp.Navigate(base+href))
	checkViewer(t, chromedp.Poll[[]any](viewerStateJS, chromedp.WithPollingTimeout(20*time.Second)), c.PageStart, c.Quote,
		func(a chromedp.Action[[]any]) []any { return get(t, tab, a) })
	time.Sleep(time.Second) // an OpenAction would have run by now
	if ran := get(t, tab, chromedp.Evaluate[[]any](`window.__ran`)); len(ran) > 0 || len(dialogs) > 0 {
		t.Errorf("the PDF's script ran: calls %v, dialogs %v", ran, dialogs)
	}
	for _, l := range logs.logLines(t) {
		if uri, _ := l["uri"].(string); strings.Contains(uri, "lek-") {
			t.Errorf("the PDF's script made a request: %v", l)
		}
	}
	targets, err := chromedp.Targets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range targets {
		if strings.Contains(ti.URL, "lek-") {
			t.Errorf("the PDF's script opened %s", ti.URL)
		}
	}
	screenshot(t, tab, "viewer-script-pdf")
}
