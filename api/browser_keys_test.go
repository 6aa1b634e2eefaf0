package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
	"github.com/chromedp/chromedp"
)

// Browser tests of a server with API keys: the UI asks for the key, keeps
// it in sessionStorage, sends it on every request (the stream and the PDF
// too); the widget gets it from the host page by postMessage.

// fileDocs serves the fake documents' original files for the file route;
// it holds the Nivel PDF under the Kompas's SHA-256 (any real PDF will do).
type fileDocs struct {
	fakeDocuments
	pdf []byte
}

func (f fileDocs) File(_ context.Context, sha string) (*retrieval.StoredFile, error) {
	if sha != fakeDocs[0].SHA256 {
		return nil, bronwijzer.Errorf(bronwijzer.ENOTFOUND, "bestand niet gevonden")
	}
	return &retrieval.StoredFile{SHA256: sha, Name: kompasFile, MediaType: ingest.MediaPDF, Data: f.pdf}, nil
}

var errReadOnly = errors.New("fileDocs is read-only")

func (fileDocs) PutDocument(context.Context, bronwijzer.Document, []bronwijzer.Chunk) (retrieval.PutResult, error) {
	return retrieval.PutResult{}, errReadOnly
}
func (fileDocs) ReplaceDocument(context.Context, bronwijzer.Document, []bronwijzer.Chunk) (retrieval.PutResult, error) {
	return retrieval.PutResult{}, errReadOnly
}
func (fileDocs) DeleteDocument(context.Context, string) error { return errReadOnly }
func (fileDocs) PruneFiles(context.Context, time.Time) (int64, error) {
	return 0, errReadOnly
}

// keyedServer starts a server whose API needs keys (kept in a real SQLite
// store) and returns its URL, a query key and the access log.
func keyedServer(t *testing.T, cfg Config, asker Asker) (base, key, keyID string, logs *syncBuffer) {
	t.Helper()
	store, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "keys.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	nk, err := auth.Create(t.Context(), store, "praktijk", []string{auth.ScopeQuery}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := os.ReadFile("../corpus/" + nivelID + ".pdf")
	if err != nil {
		t.Fatal(err)
	}
	deps := testDeps()
	deps.Asker = asker
	deps.Admin = Admin{Auth: auth.NewAuthenticator(store), Store: fileDocs{pdf: pdf}}
	s, logs := newTestServer(t, cfg, deps)
	return serve(t, s), nk.Token, nk.Key.ID, logs
}

// requestsWithKey counts access-log lines of route with status that were
// authenticated with keyID ("" counts requests without a valid key).
func requestsWithKey(t *testing.T, logs *syncBuffer, route string, status int, keyID string) int {
	t.Helper()
	n := 0
	for _, l := range logs.logLines(t) {
		id, _ := l["key_id"].(string)
		if l["route"] == route && l["status"] == float64(status) && id == keyID {
			n++
		}
	}
	return n
}

// recordBlobs keeps the blobs behind blob: URLs the page creates, so the
// test can read the PDF the UI fetched (the page's CSP, connect-src 'self',
// does not let a script fetch a blob: URL).
const recordBlobs = `window.__blobs = {};
const createObjectURL = URL.createObjectURL;
URL.createObjectURL = function (b) { const u = createObjectURL.call(URL, b); window.__blobs[u] = b; return u; };
undefined`

// openedTab waits for a tab whose URL starts with prefix and returns its URL
// and a context attached to it.
func openedTab(t *testing.T, ctx context.Context, prefix string) (string, context.Context) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		targets, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, ti := range targets {
			if ti.Type == "page" && strings.HasPrefix(ti.URL, prefix) {
				tctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(ti.TargetID))
				t.Cleanup(cancel)
				return ti.URL, tctx
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no tab with %s… opened", prefix)
	return "", nil
}

func TestBrowserUIWithKeys(t *testing.T) {
	ctx := browser(t)
	notice := "Het taalmodel was niet bereikbaar; dit antwoord is letterlijk uit de bronnen samengesteld."
	base, key, keyID, logs := keyedServer(t, Config{}, &fakeAsker{notice: notice})
	dialog := chromedp.CSS("#key-dialog[open]")

	// The server requires keys: the UI asks at once.
	steps(t, ctx, "loading the UI",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(dialog),
	)
	if got := get(t, ctx, chromedp.Evaluate[string](`document.activeElement.id`)); got != "key-input" {
		t.Errorf("focus on %q when the key dialog opens, want key-input", got)
	}
	screenshot(t, ctx, "ui-key-dialog")

	// A wrong key is sent, refused with 401, forgotten, and asked again.
	// By keyboard: Enter submits the key, focus returns to the question.
	steps(t, ctx, "entering a wrong key",
		chromedp.SendKeys(chromedp.ID("key-input"), "bwz_aaaaaaaa_fout"),
		chromedp.KeyEvent("\r"),
		chromedp.WaitNotPresent(dialog),
	)
	if got := get(t, ctx, chromedp.Evaluate[string](`document.activeElement.id`)); got != "question" {
		t.Errorf("focus on %q after the key dialog closed, want question", got)
	}
	steps(t, ctx, "asking with the wrong key",
		chromedp.KeyEvent("Waarom is de cognitieve belasting van huisartsen hoog?"),
		chromedp.Click(chromedp.ID("ask-button")),
	)
	steps(t, ctx, "waiting for the dialog", chromedp.WaitVisible(dialog))
	if got := get(t, ctx, chromedp.Text(chromedp.ID("key-error"))); !strings.Contains(got, "geweigerd") {
		t.Errorf("key error = %q, want it to say the key was refused", got)
	}
	if got := get(t, ctx, chromedp.Evaluate[string](`sessionStorage.getItem("bronwijzer.apiKey") || ""`)); got != "" {
		t.Errorf("refused key still stored: %q", got)
	}

	// The right key: the question is asked again with it, over the stream.
	steps(t, ctx, "entering the key",
		chromedp.SendKeys(chromedp.ID("key-input"), key),
		chromedp.Click(chromedp.ID("key-save")),
		chromedp.WaitVisible(chromedp.CSS(`#answer-body button.citation[data-n="1"]`)),
	)
	stored := get(t, ctx, chromedp.Evaluate[[]any](`[sessionStorage.getItem("bronwijzer.apiKey"), localStorage.length]`))
	if fmt.Sprint(stored) != fmt.Sprint([]any{key, 0.0}) {
		t.Errorf("[sessionStorage key, localStorage length] = %v, want [the key 0]", stored)
	}
	if n := requestsWithKey(t, logs, routeAskStream, 200, keyID); n != 1 {
		t.Errorf("%d streamed answers with the key, want 1", n)
	}
	if got := get(t, ctx, chromedp.Text(chromedp.ID("notice"))); got != notice {
		t.Errorf("notice = %q, want %q", got, notice)
	}
	screenshot(t, ctx, "ui-keys-answer")

	// The PDF link: fetched with the header, opened in a new tab as a
	// blob: URL at the cited page, in the browser's PDF viewer.
	steps(t, ctx, "opening the PDF",
		chromedp.Click(chromedp.CSS(`#answer-body button.citation[data-n="1"]`)),
		chromedp.WaitVisible(chromedp.ID("detail-link")),
		chromedp.Evaluate[chromedp.Void](recordBlobs),
		chromedp.Click(chromedp.ID("detail-link")),
	)
	opened, tab := openedTab(t, ctx, "blob:"+base+"/")
	if !strings.HasSuffix(opened, "#page=14") {
		t.Errorf("opened %q, want a blob: URL with #page=14", opened)
	}
	if got := get(t, tab, chromedp.Poll[string](`document.contentType === "application/pdf" && window.opener === null && "pdf, no opener"`,
		chromedp.WithPollingTimeout(10*time.Second))); got != "pdf, no opener" {
		t.Errorf("PDF tab: %q", got)
	}
	head := get(t, ctx, chromedp.Evaluate[string](fmt.Sprintf(`(b => b ? b.slice(0, 5).text().then(t => b.type + " " + t) : "no blob")(window.__blobs[%q])`,
		strings.TrimSuffix(opened, "#page=14")), chromedp.EvalAwaitPromise))
	if head != "application/pdf %PDF-" {
		t.Errorf("blob = %q, want a PDF", head)
	}
	if n := requestsWithKey(t, logs, routeDocumentFile, 200, keyID); n != 1 {
		t.Errorf("%d file downloads with the key, want 1", n)
	}

	// Sleutel wissen: the key is gone from storage and from the requests.
	steps(t, ctx, "clearing the key",
		chromedp.KeyEvent("\x1b"),
		chromedp.Click(chromedp.ID("key-clear")),
		chromedp.WaitNotVisible(chromedp.ID("key-clear")),
	)
	if got := get(t, ctx, chromedp.Evaluate[string](`sessionStorage.getItem("bronwijzer.apiKey") || ""`)); got != "" {
		t.Errorf("key still stored after clearing: %q", got)
	}
	steps(t, ctx, "asking without a key", chromedp.Click(chromedp.ID("ask-button")), chromedp.WaitVisible(dialog))
	steps(t, ctx, "cancelling the dialog", chromedp.Click(chromedp.ID("key-cancel")), chromedp.WaitVisible(chromedp.CSS("#status.error")))
	if got := get(t, ctx, chromedp.Text(chromedp.ID("status"))); !strings.Contains(got, "Geen API-sleutel") {
		t.Errorf("status after cancelling = %q", got)
	}
}

// TestBrowserUIWithoutKeysNoDialog: a server without keys never asks for
// one, and the PDF link stays a plain link.
func TestBrowserUIWithoutKeysNoDialog(t *testing.T) {
	ctx := browser(t)
	deps := testDeps()
	s, _ := newTestServer(t, Config{}, deps)
	base := serve(t, s)
	steps(t, ctx, "asking",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("question")),
		chromedp.SendKeys(chromedp.ID("question"), "Waarom is de cognitieve belasting hoog?"),
		chromedp.Click(chromedp.ID("ask-button")),
		chromedp.WaitVisible(chromedp.CSS(`#answer-body button.citation[data-n="1"]`)),
	)
	state := get(t, ctx, chromedp.Evaluate[[]any](`[document.getElementById("key-dialog").open,
		document.getElementById("key-clear").hidden, document.getElementById("notice").hidden]`))
	if fmt.Sprint(state) != "[false true true]" {
		t.Errorf("[dialog open, clear hidden, notice hidden] = %v, want [false true true]", state)
	}
}

// TestBrowserWidgetKeyByPostMessage: the host page passes the key with
// data-key; /embed.js hands it to the widget by postMessage once the widget
// is ready; the widget asks the prefilled question with it. The key is in
// neither the iframe URL nor the host's DOM afterwards, and a third frame on
// the host page cannot plant a key or a question.
func TestBrowserWidgetKeyByPostMessage(t *testing.T) {
	ctx := browser(t)
	var bronwijzerURL, key string
	third := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><title>advertentie</title><script>
let sent = 0;
setInterval(() => {
	const widget = parent.frames[0];
	widget.postMessage({type: "bronwijzer:key", key: "bwz_evilevil_x"}, "*");
	widget.postMessage({type: "bronwijzer:ask", question: "Vraag van een derde"}, "*");
	document.body.textContent = "verstuurd: " + (++sent);
}, 50);
</script><body></body>`)
	}))
	t.Cleanup(third.Close)
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="nl"><head><title>HIS</title></head><body>
<h1>Huisartseninformatiesysteem (test)</h1><div id="bw"></div>
<script src="%s/embed.js" data-target="#bw" data-key="%s" data-auto="true"
        data-question="Waarom is de cognitieve belasting hoog?"></script>
<iframe src="%s" title="derde partij"></iframe>
</body></html>`, bronwijzerURL, key, third.URL)
	}))
	t.Cleanup(host.Close)
	var keyID string
	var logs *syncBuffer
	bronwijzerURL, key, keyID, logs = keyedServer(t, Config{FrameAncestors: []string{host.URL}}, &fakeAsker{})

	steps(t, ctx, "loading host page",
		chromedp.Navigate(host.URL),
		chromedp.WaitReady(chromedp.CSS("iframe.bronwijzer-widget")),
	)
	frames := get(t, ctx, chromedp.Nodes(chromedp.CSS("iframe.bronwijzer-widget")))
	in := chromedp.FromNode(frames[0])
	steps(t, ctx, "waiting for the answer",
		chromedp.WaitVisible(chromedp.CSS(`button.citation[data-n="1"]`), in),
	)
	if n := requestsWithKey(t, logs, routeAskStream, 200, keyID); n != 1 {
		t.Errorf("%d widget answers with the host's key, want 1", n)
	}
	// Let the third frame post its messages ten times.
	thirdFrame := get(t, ctx, chromedp.Nodes(chromedp.CSS(`iframe[title="derde partij"]`)))
	steps(t, ctx, "third frame posting",
		chromedp.Poll[chromedp.Void](`Number(document.body.textContent.replace("verstuurd: ", "")) >= 10`,
			chromedp.WithPollingInFrame(thirdFrame[0]), chromedp.WithPollingTimeout(20*time.Second)),
	)
	leaks := get(t, ctx, chromedp.Evaluate[[]any](`[document.querySelector("iframe.bronwijzer-widget").src.includes("bwz_"),
		document.documentElement.outerHTML.includes("bwz_")]`))
	if fmt.Sprint(leaks) != "[false false]" {
		t.Errorf("[key in iframe URL, key in host DOM] = %v, want [false false]", leaks)
	}
	if got := get(t, ctx, chromedp.Value(chromedp.CSS("#question"), in)); got != "Waarom is de cognitieve belasting hoog?" {
		t.Errorf("widget question = %q: a third frame's message was accepted", got)
	}
	if n := requestsWithKey(t, logs, routeAskStream, 401, ""); n != 0 {
		t.Errorf("%d unauthenticated widget requests", n)
	}
	if got := get(t, ctx, chromedp.Evaluate[bool](`document.querySelector("iframe.bronwijzer-widget") !== null`)); !got {
		t.Fatal("widget gone")
	}
	screenshot(t, ctx, "widget-keys-answer")

	steps(t, ctx, "asking through postMessage",
		chromedp.Evaluate[chromedp.Void](`window.Bronwijzer.ask("Dosering ibuprofen bij kinderen?"), undefined`),
		chromedp.WaitVisible(chromedp.CSS(".refusal"), in),
	)
	if n := requestsWithKey(t, logs, routeAskStream, 200, keyID); n != 2 {
		t.Errorf("%d widget answers with the host's key, want 2", n)
	}
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("iframe").length`)); n != 2 {
		t.Errorf("%d iframes on the host page, want 2", n)
	}
}
