package api

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// A verified source whose PDF carries JavaScript, reached the way issue 15
// found undetected: the catalog's /OpenAction is a harmless action whose
// /Next is the script. The test appends it to the bundled AI Kompas as an
// incremental update (what a tampered or re-exported file looks like), and
// the test's registry declares that file verified. When a clinician opens
// its citation, nothing of the script runs.

var (
	trailerRoot = regexp.MustCompile(`/Root\s+(\d+)\s+0\s+R`)
	trailerSize = regexp.MustCompile(`/Size\s+(\d+)`)
	startXref   = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
)

// withOpenActionScript appends an incremental update to pdf (a classic
// xref table and trailer): the catalog gains /OpenAction, a /Named
// FirstPage action whose /Next is a JavaScript action running js.
func withOpenActionScript(t *testing.T, pdf []byte, js string) []byte {
	t.Helper()
	tail := pdf[bytes.LastIndex(pdf, []byte("trailer")):]
	root, size, prev := trailerRoot.FindSubmatch(tail), trailerSize.FindSubmatch(tail), startXref.FindSubmatch(pdf)
	if root == nil || size == nil || prev == nil {
		t.Fatal("the PDF has no classic trailer with /Root, /Size and startxref")
	}
	start := bytes.Index(pdf, []byte("\n"+string(root[1])+" 0 obj"))
	end := bytes.Index(pdf[start:], []byte("endobj"))
	body := bytes.TrimSpace(pdf[start+len(root[1])+7 : start+end])
	if !bytes.HasPrefix(body, []byte("<<")) {
		t.Fatalf("catalog %s is not a dictionary", root[1])
	}
	n, _ := strconv.Atoi(string(size[1]))
	action, script := n, n+1
	catalog := fmt.Sprintf("<</OpenAction %d 0 R %s", action, body[2:])
	escaped := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(js)
	objs := []struct {
		num  int
		body string
	}{
		{mustAtoi(t, string(root[1])), catalog},
		{action, fmt.Sprintf("<</Type /Action /S /Named /N /FirstPage /Next %d 0 R>>", script)},
		{script, "<</Type /Action /S /JavaScript /JS (" + escaped + ")>>"},
	}
	var b bytes.Buffer
	b.Write(pdf)
	if !bytes.HasSuffix(pdf, []byte("\n")) {
		b.WriteString("\n")
	}
	offsets := map[int]int{}
	for _, o := range objs {
		offsets[o.num] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", o.num, o.body)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n%d 1\n%010d 00000 n \n%d 2\n%010d 00000 n \n%010d 00000 n \n",
		objs[0].num, offsets[objs[0].num], action, offsets[action], offsets[script])
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root %s 0 R /Prev %s>>\nstartxref\n%d\n%%%%EOF\n", n+2, root[1], prev[1], xref)
	return b.Bytes()
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
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

// TestBrowserPDFScriptDoesNotRun: the citation of the scripted, verified
// AI Kompas opens in Bronwijzer's viewer on its page with the quote
// highlighted, and no alert, print, window.open, dialog or request of the
// script happens. The registry copy also dates the file 2024-03-12: the
// preview says "12 maart 2024".
func TestBrowserPDFScriptDoesNotRun(t *testing.T) {
	orig, err := os.ReadFile(filepath.Join(bundledCorpus, "ai-kompas-nulde-eerstelijnszorg.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pdf := withOpenActionScript(t, orig,
		`app.alert("PDF-script uitgevoerd"); this.print(); app.launchURL("http://127.0.0.1:1/lek-pdf-script", true);`)
	stack := openStack(t, stackOptions{
		registry: map[string]map[string]any{kompasDocID: {"published": "2024-03-12"}},
		files:    map[string][]byte{kompasDocID: pdf},
	})
	question, want := stack.pick(t, "a citation of the AI Kompas", questionsAbout(t, "ai-kompas", questionKompas), citingDoc(kompasDocID))
	c, _ := citationOf(want, kompasDocID)
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
