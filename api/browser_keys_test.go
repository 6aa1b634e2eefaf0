package api

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Browser tests of a server with API keys, over the real stack: the page
// exchanges the key once for a session cookie that every tab shares and
// no script can read; the widget gets its key from the host page by
// postMessage and keeps it in memory.

// keyedServer starts a server over the real stack whose API needs keys
// (kept in the stack's SQLite store) and returns its URL, a query key, the
// key's id and the access log.
func keyedServer(t *testing.T, cfg Config, stack realStack) (base, key, keyID string, logs *syncBuffer) {
	t.Helper()
	nk, err := auth.Create(t.Context(), stack.store, "praktijk", []string{auth.ScopeQuery}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	deps := stack.deps()
	deps.Admin.Auth = auth.NewAuthenticator(stack.store)
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

// sessionCookieIn returns the browser's session cookie for base.
func sessionCookieIn(t *testing.T, ctx context.Context, base string) *network.Cookie {
	t.Helper()
	res, err := chromedp.Call(ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{base + "/"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Cookies {
		if c.Name == sessionCookie {
			return c
		}
	}
	return nil
}

// TestBrowserSessionInsteadOfKey: the page asks for the key once, exchanges
// it for an HttpOnly, SameSite=Strict cookie and keeps the key nowhere; a
// second tab needs no key; the PDF link carries the session; "Afmelden"
// ends it.
func TestBrowserSessionInsteadOfKey(t *testing.T) {
	stack := openRealStack(t)
	question, want := stack.anyAnswer(t, 1)
	ctx := browser(t)
	base, key, keyID, logs := keyedServer(t, Config{}, stack)
	dialog := chromedp.CSS("#key-dialog[open]")

	steps(t, ctx, "loading the page", chromedp.Navigate(base+"/"), chromedp.WaitVisible(dialog))
	if got := get(t, ctx, chromedp.Evaluate[string](`document.activeElement.id`)); got != "key-input" {
		t.Errorf("focus on %q when the key dialog opens, want key-input", got)
	}
	screenshot(t, ctx, "ui-key-dialog")

	// A wrong key is refused in the dialog, which stays open.
	steps(t, ctx, "entering a wrong key",
		chromedp.SendKeys(chromedp.ID("key-input"), "bwz_aaaaaaaa_fout"),
		chromedp.KeyEvent("\r"),
		chromedp.WaitVisible(chromedp.CSS("#key-error:not([hidden])")),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.ID("key-error"))); !strings.Contains(got, "geweigerd") {
		t.Errorf("key error = %q, want it to say the key was refused", got)
	}
	if sessionCookieIn(t, ctx, base) != nil {
		t.Error("a wrong key got a session")
	}

	// The right key: a session, and the dialog closes.
	steps(t, ctx, "entering the key",
		chromedp.SendKeys(chromedp.ID("key-input"), key),
		chromedp.Click(chromedp.ID("key-save")),
		chromedp.WaitNotPresent(dialog),
		chromedp.WaitVisible(chromedp.ID("key-clear")),
	)
	ck := sessionCookieIn(t, ctx, base)
	if ck == nil || !ck.HTTPOnly || ck.SameSite != network.CookieSameSiteStrict || ck.Session || ck.Expires <= 0 {
		t.Fatalf("session cookie %+v, want HttpOnly, SameSite=Strict, expiring", ck)
	}
	kept := get(t, ctx, chromedp.Evaluate[[]any](fmt.Sprintf(`[document.cookie.includes(%[1]q), sessionStorage.length, localStorage.length,
		document.documentElement.outerHTML.includes(%[2]q), document.getElementById("key-input").value]`, sessionCookie, key)))
	if fmt.Sprint(kept) != "[false 0 0 false ]" {
		t.Errorf("[cookie readable, sessionStorage, localStorage, key in DOM, key input] = %v, want the key kept nowhere", kept)
	}
	askOnPage(t, ctx, base, question, answered)
	checkMarkers(t, ctx, want)
	if n := requestsWithKey(t, logs, routeAskStream, 200, keyID); n != 1 {
		t.Errorf("%d streamed answers on the key's session, want 1", n)
	}
	if n := requestsWithKey(t, logs, routeSession, 201, keyID); n != 1 {
		t.Errorf("%d sessions started, want 1", n)
	}
	screenshot(t, ctx, "ui-session-answer")

	// The viewer link is a plain link; the viewer fetches the PDF on the
	// session cookie.
	c := want.Citations[0]
	steps(t, ctx, "opening the PDF",
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`#answer-body button.citation[data-citation="%d"]`, c.N))),
		chromedp.WaitVisible(chromedp.ID("detail-link")),
		chromedp.Click(chromedp.ID("detail-link")),
	)
	_, viewer := openedTab(t, ctx, base+"/viewer#")
	checkViewer(t, chromedp.Poll[[]any](viewerStateJS, chromedp.WithPollingTimeout(20*time.Second)), c.PageStart, c.Quote,
		func(a chromedp.Action[[]any]) []any { return get(t, viewer, a) })
	if n := requestsWithKey(t, logs, routeDocumentFile, 200, keyID); n != 1 {
		t.Errorf("%d PDF downloads on the session, want 1", n)
	}

	// A second tab has the session: no dialog, the question is answered.
	tab, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	steps(t, tab, "second tab", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.ID("key-clear")))
	askOnPage(t, tab, base, question, answered)
	if open := get(t, tab, chromedp.Evaluate[bool](`document.getElementById("key-dialog").open`)); open {
		t.Error("the second tab asks for the key")
	}
	if n := requestsWithKey(t, logs, routeAskStream, 200, keyID); n != 2 {
		t.Errorf("%d answers on the session, want 2", n)
	}

	// Afmelden: the session ends; the next question asks for the key.
	steps(t, tab, "logging out",
		chromedp.Click(chromedp.ID("key-clear")),
		chromedp.WaitNotVisible(chromedp.ID("key-clear")),
	)
	if sessionCookieIn(t, tab, base) != nil {
		t.Error("session cookie kept after Afmelden")
	}
	steps(t, ctx, "asking after logout",
		chromedp.Click(chromedp.ID("ask-button")),
		chromedp.WaitVisible(dialog),
	)
	steps(t, ctx, "cancelling the dialog", chromedp.Click(chromedp.ID("key-cancel")), chromedp.WaitVisible(chromedp.CSS("#status.error")))
	if got := get(t, ctx, chromedp.Text(chromedp.ID("status"))); !strings.Contains(got, "Geen API-sleutel") {
		t.Errorf("status after cancelling = %q", got)
	}
}

// TestBrowserUIWithoutKeysNoDialog: a server without keys never asks for
// one and has no session to end.
func TestBrowserUIWithoutKeysNoDialog(t *testing.T) {
	stack := openRealStack(t)
	ctx := browser(t)
	s, _ := newTestServer(t, Config{}, stack.deps())
	base := serve(t, s)
	question, _ := stack.anyAnswer(t, 1)
	askOnPage(t, ctx, base, question, answered)
	state := get(t, ctx, chromedp.Evaluate[[]any](`[document.getElementById("key-dialog").open,
		document.getElementById("key-clear").hidden, document.getElementById("notice").hidden]`))
	if fmt.Sprint(state) != "[false true true]" {
		t.Errorf("[dialog open, Afmelden hidden, notice hidden] = %v, want [false true true]", state)
	}
}

// TestBrowserWidgetKeyByPostMessage: the host page passes the key with
// data-key and the question with data-question and data-auto; /embed.js
// hands both to the widget by postMessage once it is ready, and the widget
// asks with the key. Neither is in the iframe URL or the host's DOM
// afterwards, and a third frame on the host page cannot plant a key or a
// question.
func TestBrowserWidgetKeyByPostMessage(t *testing.T) {
	stack := openRealStack(t)
	question, want := stack.anyAnswer(t, 1)
	refused, _ := stack.refusal(t)
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
        data-question="%s"></script>
<iframe src="%s" title="derde partij"></iframe>
</body></html>`, bronwijzerURL, key, question, third.URL)
	}))
	t.Cleanup(host.Close)
	var keyID string
	var logs *syncBuffer
	bronwijzerURL, key, keyID, logs = keyedServer(t, Config{FrameAncestors: []string{host.URL}}, stack)

	steps(t, ctx, "loading host page",
		chromedp.Navigate(host.URL),
		chromedp.WaitReady(chromedp.CSS("iframe.bronwijzer-widget")),
	)
	in := chromedp.FromNode(frameOf(t, ctx))
	steps(t, ctx, "waiting for the answer", chromedp.WaitVisible(chromedp.CSS(answered), in))
	checkMarkers(t, ctx, want, in)
	if n := requestsWithKey(t, logs, routeAskStream, 200, keyID); n != 1 {
		t.Errorf("%d widget answers with the host's key, want 1", n)
	}
	if n := requestsWithKey(t, logs, routeSession, 201, keyID); n != 0 {
		t.Errorf("the widget started %d sessions; it keeps the key in memory", n)
	}
	// Let the third frame post its messages ten times.
	thirdFrame := get(t, ctx, chromedp.Nodes(chromedp.CSS(`iframe[title="derde partij"]`)))
	// Chromium throttles the timers of a cross-origin frame out of view: the
	// widget, taller with its answer, pushes this one below the fold.
	steps(t, ctx, "third frame posting",
		chromedp.ScrollIntoView(chromedp.CSS(`iframe[title="derde partij"]`)),
		chromedp.Poll[chromedp.Void](`Number(document.body.textContent.replace("verstuurd: ", "")) >= 10`,
			chromedp.WithPollingInFrame(thirdFrame[0]), chromedp.WithPollingTimeout(20*time.Second)),
	)
	leaks := get(t, ctx, chromedp.Evaluate[[]any](`[document.querySelector("iframe.bronwijzer-widget").src,
		document.documentElement.outerHTML.includes("bwz_"), document.documentElement.outerHTML.includes("data-question")]`))
	if fmt.Sprint(leaks) != fmt.Sprint([]any{bronwijzerURL + "/embed", false, false}) {
		t.Errorf("[iframe URL, key in host DOM, question in host DOM] = %v, want [%s/embed false false]", leaks, bronwijzerURL)
	}
	if got := get(t, ctx, chromedp.Value(chromedp.CSS("#question"), in)); got != question {
		t.Errorf("widget question = %q: a third frame's message was accepted", got)
	}
	if n := requestsWithKey(t, logs, routeAskStream, 401, ""); n != 0 {
		t.Errorf("%d unauthenticated widget requests", n)
	}
	screenshot(t, ctx, "widget-keys-answer")

	// The viewer, opened from the widget, gets the key from it by
	// postMessage and fetches the PDF with it.
	c := want.Citations[0]
	steps(t, ctx, "opening the PDF from the widget",
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`button.citation[data-citation="%d"]`, c.N)), in),
		chromedp.WaitVisible(chromedp.CSS("#detail-link"), in),
		chromedp.Click(chromedp.CSS("#detail-link"), in),
	)
	_, viewer := openedTab(t, ctx, bronwijzerURL+"/viewer#")
	checkViewer(t, chromedp.Poll[[]any](viewerStateJS, chromedp.WithPollingTimeout(20*time.Second)), c.PageStart, c.Quote,
		func(a chromedp.Action[[]any]) []any { return get(t, viewer, a) })
	if n := requestsWithKey(t, logs, routeDocumentFile, 200, keyID); n != 1 {
		t.Errorf("%d PDF downloads with the widget's key, want 1", n)
	}

	steps(t, ctx, "asking through postMessage",
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`window.Bronwijzer.ask(%q), undefined`, refused)),
		chromedp.WaitVisible(chromedp.CSS(".refusal"), in),
	)
	if n := requestsWithKey(t, logs, routeAskStream, 200, keyID); n != 2 {
		t.Errorf("%d widget answers with the host's key, want 2", n)
	}
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("iframe").length`)); n != 2 {
		t.Errorf("%d iframes on the host page, want 2", n)
	}
}
