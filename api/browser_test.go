package api

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Browser tests drive Debian's Chromium through chromedp against a server on
// a loopback port. The page's tests run the real searcher and extractive
// answerer over the bundled corpus (browser_stack_test.go); only the
// streaming-error test injects a failure with a fake.

const chromiumPath = "/usr/bin/chromium"

func chromium(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	path := chromiumPath
	if _, err := os.Stat(path); err != nil {
		p, lerr := exec.LookPath("chromium")
		if lerr != nil {
			msg := "!!! CHROMIUM NOT FOUND: browser tests of the web UI did NOT run (apt-get install chromium) !!!"
			if os.Getenv("CI") == "true" {
				t.Fatal(msg)
			}
			t.Skip(msg)
		}
		path = p
	}
	return path
}

// browser starts a fresh headless Chromium and returns a tab context.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelTab(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

func artifactsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("BRONWIJZER_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	dir = filepath.Join(dir, "browser")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// steps runs actions in order and fails the test at the first error.
func steps(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// get runs one action that returns a value.
func get[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	return v
}

// screenshot saves a full-page screenshot as a test artefact.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	path := filepath.Join(artifactsDir(t), name+".jpg")
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Errorf("writing screenshot: %v", err)
		return
	}
	t.Logf("screenshot: %s", path)
}

// Selectors and scripts shared by the page tests.
const (
	// answered: the final answer is on the page.
	answered = `#answer[aria-busy="false"]:not([hidden]) #answer-body p.sentence`
	// marker: a clickable citation marker.
	marker = `#answer-body button.citation[data-citation]:not([disabled])`
	// markersJS: per sentence, the citation numbers of its markers.
	markersJS = `Array.from(document.querySelectorAll("#answer-body p.sentence")).map(p =>
		Array.from(p.querySelectorAll("[data-citation]")).map(b => Number(b.dataset.citation)))`
	// textsJS: per sentence, its text without the markers.
	textsJS = `Array.from(document.querySelectorAll("#answer-body p.sentence")).map(p => p.firstChild.textContent)`
	// duplicatesJS: sentences that show more "[n]" than they have markers.
	duplicatesJS = `Array.from(document.querySelectorAll("#answer-body p.sentence")).filter(p =>
		(p.textContent.match(/\[\d+\]/g) || []).length !== p.querySelectorAll("[data-citation]").length).length`
	// recordClipboard replaces the clipboard with a recorder, so the test
	// reads exactly what "kopieer bronvermelding" wrote.
	recordClipboard = `window.__copied = null;
		navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); };
		undefined`
)

// askOnPage types a question on the page at base and waits for the answer.
func askOnPage(t *testing.T, ctx context.Context, base, question, waitFor string) {
	t.Helper()
	steps(t, ctx, "asking "+question,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("question")),
		chromedp.SendKeys(chromedp.ID("question"), question),
		chromedp.Click(chromedp.ID("ask-button")),
		chromedp.WaitVisible(chromedp.CSS(waitFor)),
	)
}

// checkMarkers: every sentence of the real answer shows exactly the
// markers of its citations list, with the sentence's text, once.
func checkMarkers(t *testing.T, ctx context.Context, want *answer.Response, in ...chromedp.QueryOption) {
	t.Helper()
	eval := func(js string) []any {
		if len(in) > 0 {
			return get(t, ctx, chromedp.Poll[[]any](js, chromedp.WithPollingInFrame(frameOf(t, ctx))))
		}
		return get(t, ctx, chromedp.Evaluate[[]any](js))
	}
	if got, want := fmt.Sprint(eval(markersJS)), citationsPerSentence(want); got != want {
		t.Errorf("markers per sentence = %s, want %s (from sentences[].citations)", got, want)
	}
	texts := eval(textsJS)
	for i, s := range want.Sentences {
		if i >= len(texts) || strings.TrimSpace(fmt.Sprint(texts[i])) != strings.TrimSpace(s.Text) {
			t.Errorf("sentence %d = %v, want %q", i+1, texts[i:min(i+1, len(texts))], s.Text)
		}
	}
}

func frameOf(t *testing.T, ctx context.Context) *chromedp.Node {
	t.Helper()
	return get(t, ctx, chromedp.Nodes(chromedp.CSS("iframe.bronwijzer-widget")))[0]
}

// TestBrowserCitationMarkers: a real answer, streamed and whole, shows on
// every cited sentence one clickable marker per entry of its
// sentences[].citations, each with data-citation; the answerer's text has
// no "[n]", so markers parsed from the text would be missing.
func TestBrowserCitationMarkers(t *testing.T) {
	stack := openRealStack(t)
	question, want := stack.anyAnswer(t, 2)
	if strings.Contains(want.Sentences[0].Text, "[") {
		t.Logf("note: the answerer now writes markers into the text: %q", want.Sentences[0].Text)
	}
	for _, mode := range []struct{ name, route, init string }{
		{"streamed", routeAskStream, ""},
		// Without ReadableStream the page asks /v1/ask for the whole answer.
		{"whole", "/v1/ask", "delete window.ReadableStream;"},
	} {
		t.Run(mode.name, func(t *testing.T) {
			ctx := browser(t)
			s, logs := newTestServer(t, Config{}, stack.deps())
			base := serve(t, s)
			if mode.init != "" {
				if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument,
					page.AddScriptToEvaluateOnNewDocumentParams{Source: mode.init}); err != nil {
					t.Fatal(err)
				}
			}
			askOnPage(t, ctx, base, question, answered)
			checkMarkers(t, ctx, want)
			if n := get(t, ctx, chromedp.Evaluate[int](duplicatesJS)); n != 0 {
				t.Errorf("%d sentences show a marker twice", n)
			}
			if n := requestsWithKey(t, logs, mode.route, 200, ""); n != 1 {
				t.Errorf("%d answers over %s, want 1", n, mode.route)
			}
			screenshot(t, ctx, "ui-markers-"+mode.name)
		})
	}
}

// TestBrowserCitationPreview: a marker opens the preview with the exact
// quote highlighted, title, section, page and the date in Dutch ("12 maart
// 2024", or a visible "datum onbekend"), and "kopieer bronvermelding"
// copies the plain-text reference for the patient record, with the
// publisher when the registry knows it. The same corpus and answerer run
// twice; only the registry's date and publisher of the AI Kompas differ.
func TestBrowserCitationPreview(t *testing.T) {
	kompas := questionsAbout(t, "ai-kompas", questionKompas)
	t.Run("undated", func(t *testing.T) {
		stack := openRealStack(t)
		ctx := browser(t)
		s, _ := newTestServer(t, Config{}, stack.deps())
		base := serve(t, s)
		question, resp := stack.pick(t, "a citation of the AI Kompas", kompas, citingDoc(kompasDocID))
		c, _ := citationOf(resp, kompasDocID)
		if c.Published != "unknown" {
			t.Fatalf("the AI Kompas is dated %q in the bundled registry; the test needs a source without a date", c.Published)
		}
		askOnPage(t, ctx, base, question, answered)
		checkPreview(t, ctx, c, "datum onbekend", "")
		if vis := get(t, ctx, chromedp.Evaluate[bool](`document.getElementById("detail-date").checkVisibility()`)); !vis {
			t.Error(`"datum onbekend" is not visible`)
		}
		screenshot(t, ctx, "ui-preview-undated")
		// Escape closes the preview and returns focus to the marker.
		steps(t, ctx, "closing with Escape", chromedp.KeyEvent("\x1b"), chromedp.WaitNotVisible(chromedp.ID("citation-detail")))
		if got := get(t, ctx, chromedp.Evaluate[string](`document.activeElement.dataset.citation || ""`)); got != fmt.Sprint(c.N) {
			t.Errorf("focus after Escape on marker %q, want %d", got, c.N)
		}
		// The Nivel article, dated 2025-10-09, when the answerer cites it.
		if question, resp, ok := stack.tryPick(t, questionsAbout(t, "nivel", questionNivel), citingDoc(nivelDocID)); ok {
			c, _ := citationOf(resp, nivelDocID)
			askOnPage(t, ctx, base, question, answered)
			checkPreview(t, ctx, c, "9 oktober 2025", testPublisher)
		} else {
			t.Log("the answerer cites the Nivel article for none of its questions; its date is not checked here")
		}
	})
	t.Run("dated", func(t *testing.T) {
		stack := openStack(t, stackOptions{registry: map[string]map[string]any{
			kompasDocID: {"published": "2024-03-12", "publisher": "Testuitgever"},
		}})
		ctx := browser(t)
		s, _ := newTestServer(t, Config{}, stack.deps())
		base := serve(t, s)
		question, resp := stack.pick(t, "a citation of the AI Kompas", kompas, citingDoc(kompasDocID))
		c, _ := citationOf(resp, kompasDocID)
		if c.Published != "2024-03-12" {
			t.Fatalf("citation dated %q, want the registry's 2024-03-12", c.Published)
		}
		askOnPage(t, ctx, base, question, answered)
		checkPreview(t, ctx, c, "12 maart 2024", "Testuitgever")
		screenshot(t, ctx, "ui-preview-dated")
	})
}

// checkPreview opens citation c's first marker and checks the preview and
// the copied reference.
func checkPreview(t *testing.T, ctx context.Context, c answer.Citation, date, publisher string) {
	t.Helper()
	sel := fmt.Sprintf(`#answer-body button.citation[data-citation="%d"]`, c.N)
	if n := get(t, ctx, chromedp.Evaluate[int](fmt.Sprintf(`document.querySelectorAll(%q).length`, sel))); n == 0 {
		t.Fatalf("no marker for citation %d on the page", c.N)
	}
	mark := chromedp.CSS("#citation-detail mark")
	steps(t, ctx, "opening the preview", chromedp.Click(chromedp.CSS(sel)), chromedp.WaitVisible(mark))
	if got := get(t, ctx, chromedp.Text(mark)); got != c.Quote {
		t.Errorf("highlighted quote = %q, want %q", got, c.Quote)
	}
	if got := get(t, ctx, chromedp.Evaluate[int](markStartJS)); got != c.QuoteStart {
		t.Errorf("highlight starts at code point %d, want %d", got, c.QuoteStart)
	}
	if got := get(t, ctx, chromedp.Text(chromedp.ID("detail-title"))); !strings.Contains(got, c.Title) {
		t.Errorf("preview title = %q, want %q", got, c.Title)
	}
	meta := get(t, ctx, chromedp.Text(chromedp.ID("detail-meta")))
	for _, part := range []string{c.Section, fmt.Sprintf("pagina %d", c.PageStart)} {
		if !strings.Contains(meta, part) {
			t.Errorf("preview meta %q lacks %q", meta, part)
		}
	}
	if got := get(t, ctx, chromedp.Text(chromedp.ID("detail-date"))); got != date || got != dutchDate(c.Published) {
		t.Errorf("preview date = %q, want %q", got, date)
	}
	href := get(t, ctx, chromedp.AttributeValue(chromedp.ID("detail-link"), "href"))
	if want := fmt.Sprintf("/viewer#doc=%s&page=%d&quote=", c.DocumentID, c.PageStart); !strings.HasPrefix(href.Value, want) {
		t.Errorf("PDF link = %q, want the viewer: %s…", href.Value, want)
	}
	steps(t, ctx, "copying the reference",
		chromedp.Evaluate[chromedp.Void](recordClipboard),
		chromedp.Click(chromedp.ID("detail-copy")),
		chromedp.WaitVisible(chromedp.CSS("#detail-copy-status:not(:empty)")),
	)
	if got, want := get(t, ctx, chromedp.Evaluate[string](`window.__copied || ""`)), reference(c, date, publisher); got != want {
		t.Errorf("copied reference:\n%s\nwant:\n%s", got, want)
	}
}

// reference is the plain-text reference the page must copy.
func reference(c answer.Citation, date, publisher string) string {
	lines := []string{"Bron: " + c.Title}
	if publisher != "" {
		lines = append(lines, "Uitgever: "+publisher)
	}
	if c.Section != "" {
		lines = append(lines, "Sectie: "+c.Section)
	}
	page := fmt.Sprintf("Pagina %d", c.PageStart)
	if c.PageEnd != 0 && c.PageEnd != c.PageStart {
		page = fmt.Sprintf("Pagina %d–%d", c.PageStart, c.PageEnd)
	}
	lines = append(lines, page, "Datum: "+date)
	var marks []string
	if !c.Verified {
		marks = append(marks, "niet geverifieerd")
	}
	if c.Outdated {
		marks = append(marks, "verouderd")
	}
	if len(marks) > 0 {
		lines = append(lines, "Let op: "+strings.Join(marks, ", "))
	}
	return strings.Join(append(lines, `Citaat: "`+c.Quote+`"`), "\n")
}

// refusalLine is the page's one line for a refusal: a label and the
// sentence of the reason that says why, without the general opening.
func refusalLine(reason string) string {
	first, rest, ok := strings.Cut(strings.TrimSpace(reason), ". ")
	if ok && strings.Contains(first, "niet beantwoorden") && strings.TrimSpace(rest) != "" {
		return "Geen antwoord: " + strings.TrimSpace(rest)
	}
	return "Geen antwoord: " + strings.TrimSpace(reason)
}

// markStartJS returns the code-point offset of the highlight in the passage.
const markStartJS = `(() => {
	const m = document.querySelector("#citation-detail mark");
	let n = 0;
	for (let x = m.previousSibling; x; x = x.previousSibling) n += Array.from(x.textContent).length;
	return n;
})()`

// TestBrowserRefusal: a question the corpus cannot answer gets the
// answerer's reason in one line, no markers, and the closest sources
// folded away in a closed <details>.
func TestBrowserRefusal(t *testing.T) {
	stack := openRealStack(t)
	question, want := stack.refusal(t)
	ctx := browser(t)
	s, _ := newTestServer(t, Config{}, stack.deps())
	base := serve(t, s)
	askOnPage(t, ctx, base, question, `#answer[aria-busy="false"] .refusal`)
	if got, why := get(t, ctx, chromedp.Text(chromedp.CSS(".refusal-reason"))), refusalLine(want.Reason); got != why {
		t.Errorf("refusal = %q, want %q (from the answerer's reason %q)", got, why, want.Reason)
	}
	state := get(t, ctx, chromedp.Evaluate[[]any](`[
		document.querySelectorAll("#answer-body [data-citation]").length,
		document.querySelectorAll("#answer-body p.refusal-reason").length,
		document.querySelector("details.closest").open,
		document.querySelectorAll("details.closest li").length,
		document.querySelector("details.closest li").checkVisibility(),
		document.getElementById("sources").checkVisibility()]`))
	if got, want := fmt.Sprint(state), fmt.Sprint([]any{0, 1, false, len(want.Passages), false, false}); got != want {
		t.Errorf("[markers, reason lines, details open, closest sources, first visible, sources list visible] = %s, want %s", got, want)
	}
	steps(t, ctx, "unfolding the closest sources",
		chromedp.Click(chromedp.CSS("details.closest summary")),
		chromedp.WaitVisible(chromedp.CSS("details.closest li")),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.CSS("details.closest"))); !strings.Contains(got, want.Passages[0].Title) {
		t.Errorf("closest sources = %q, want %q", got, want.Passages[0].Title)
	}
	screenshot(t, ctx, "ui-refusal")
}

// TestBrowserStreamingError: an error event in the stream shows its message.
func TestBrowserStreamingError(t *testing.T) {
	ctx := browser(t)
	deps := testDeps()
	deps.Asker = &fakeAsker{failAt: 1}
	s, _ := newTestServer(t, Config{}, deps)
	base := serve(t, s)
	askOnPage(t, ctx, base, "belasting", "#status.error")
	if got := get(t, ctx, chromedp.Text(chromedp.ID("status"))); !strings.Contains(got, "Taalmodel niet bereikbaar") {
		t.Errorf("status = %q, want the stream's error message", got)
	}
}

// gatedAsker passes the real answerer's first streamed sentence on, then
// waits for release before the rest, so a test can look at the page
// between the two.
type gatedAsker struct {
	Asker
	first   chan struct{}
	release chan struct{}
}

func (g *gatedAsker) AskStream(ctx context.Context, req answer.Request, emit func(answer.Sentence) error) (*answer.Response, error) {
	n := 0
	return g.Asker.AskStream(ctx, req, func(s answer.Sentence) error {
		if n == 1 {
			close(g.first)
			select {
			case <-g.release:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		n++
		return emit(s)
	})
}

// TestBrowserStreamsSentences: the first sentence is on the page with its
// markers (inert) before the answer is complete; the final answer makes
// every marker clickable.
func TestBrowserStreamsSentences(t *testing.T) {
	stack := openRealStack(t)
	question, want := stack.anyAnswer(t, 2)
	ctx := browser(t)
	asker := &gatedAsker{Asker: stack.asker, first: make(chan struct{}), release: make(chan struct{})}
	deps := stack.deps()
	deps.Asker = asker
	s, _ := newTestServer(t, Config{}, deps)
	base := serve(t, s)
	var once sync.Once
	release := func() { once.Do(func() { close(asker.release) }) }
	t.Cleanup(release) // runs before the server shuts down
	steps(t, ctx, "asking",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("question")),
		chromedp.SendKeys(chromedp.ID("question"), question),
		chromedp.Click(chromedp.ID("ask-button")),
	)
	select {
	case <-asker.first:
	case <-ctx.Done():
		t.Fatal("the stream never started")
	}
	steps(t, ctx, "waiting for the first sentence", chromedp.WaitVisible(chromedp.CSS("#answer-body p.sentence")))
	partial := get(t, ctx, chromedp.Evaluate[[]any](`[
		document.querySelectorAll("#answer-body p.sentence").length,
		Array.from(document.querySelectorAll("#answer-body [data-citation]")).map(b => Number(b.dataset.citation)),
		document.querySelectorAll("#answer-body button.citation:not([disabled])").length,
		document.getElementById("answer").getAttribute("aria-busy")]`))
	if got, want := fmt.Sprint(partial), fmt.Sprint([]any{1, want.Sentences[0].Citations, 0, "true"}); got != want {
		t.Errorf("while streaming [sentences, markers, clickable markers, aria-busy] = %s, want %s", got, want)
	}
	screenshot(t, ctx, "ui-streaming")
	release()
	steps(t, ctx, "waiting for the answer", chromedp.WaitVisible(chromedp.CSS(answered)))
	checkMarkers(t, ctx, want)
}

// TestBrowserNoQuestionInURL: an old "?q=" link neither fills nor asks a
// question, and the query is taken out of the address bar and history.
func TestBrowserNoQuestionInURL(t *testing.T) {
	stack := openRealStack(t)
	ctx := browser(t)
	s, logs := newTestServer(t, Config{}, stack.deps())
	base := serve(t, s)
	steps(t, ctx, "opening an old link",
		chromedp.Navigate(base+"/?q=mevrouw+Jansen+dosering&auto=1"),
		chromedp.WaitVisible(chromedp.ID("question")),
		chromedp.Poll[chromedp.Void](`location.search === ""`, chromedp.WithPollingTimeout(5*time.Second)),
	)
	got := get(t, ctx, chromedp.Evaluate[[]any](`[document.getElementById("question").value, location.href, history.length]`))
	if fmt.Sprint(got) != fmt.Sprint([]any{"", base + "/", 2}) {
		t.Errorf("[question, URL, history length] = %v, want an empty question at %s/", got, base)
	}
	time.Sleep(300 * time.Millisecond)
	if n := requestsWithKey(t, logs, routeAskStream, 200, "") + requestsWithKey(t, logs, "/v1/ask", 200, ""); n != 0 {
		t.Errorf("%d questions asked from the URL", n)
	}
}

// TestBrowserMobileNoOverflow: at 390 px wide, with an answer and the
// citation panel open, the page does not scroll sideways.
func TestBrowserMobileNoOverflow(t *testing.T) {
	stack := openRealStack(t)
	ctx := browser(t)
	s, _ := newTestServer(t, Config{}, stack.deps())
	base := serve(t, s)
	steps(t, ctx, "phone viewport", chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)))
	// Long section paths and file names: one answer from each document.
	var questions []string
	for _, doc := range []struct{ prefix, id, preferred string }{{"ai-kompas", kompasDocID, questionKompas}, {"nivel", nivelDocID, questionNivel}} {
		if q, _, ok := stack.tryPick(t, questionsAbout(t, doc.prefix, doc.preferred), citingDoc(doc.id)); ok {
			questions = append(questions, q)
		}
	}
	if len(questions) == 0 {
		q, _ := stack.anyAnswer(t, 1)
		questions = append(questions, q)
	}
	for _, q := range questions {
		askOnPage(t, ctx, base, q, answered)
		if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("`+marker+`").length`)); n == 0 {
			t.Fatal("no citation marker to open")
		}
		steps(t, ctx, "opening the preview",
			chromedp.Click(chromedp.CSS(marker)),
			chromedp.WaitVisible(chromedp.CSS("#citation-detail mark")),
		)
		widths := get(t, ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]`))
		if widths[2] != 390 {
			t.Fatalf("viewport %d px wide, want 390", widths[2])
		}
		if widths[0] > 390 || widths[1] > 390 {
			t.Errorf("%q: page %d px wide (body %d) at 390 px with the citation panel open", q, widths[0], widths[1])
		}
	}
	screenshot(t, ctx, "ui-mobile-preview")

	// The viewer of the open citation, at the same width.
	href := get(t, ctx, chromedp.AttributeValue(chromedp.ID("detail-link"), "href")).Value
	steps(t, ctx, "opening the viewer", chromedp.Navigate(base+href),
		chromedp.Poll[chromedp.Void](`!!document.getElementById("viewer-page").dataset.page`, chromedp.WithPollingTimeout(20*time.Second)))
	widths := get(t, ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, document.body.scrollWidth]`))
	if widths[0] > 390 || widths[1] > 390 {
		t.Errorf("viewer %d px wide (body %d) at 390 px", widths[0], widths[1])
	}
	screenshot(t, ctx, "viewer-mobile")
}

// TestBrowserWidgetCrossOrigin embeds /embed through /embed.js in a page
// on another origin (another port) in the frame-ancestors allowlist. The
// prefilled question travels by postMessage, not in the iframe's URL; the
// widget shows the real answer's markers and preview, and a second question
// sent through postMessage is refused.
func TestBrowserWidgetCrossOrigin(t *testing.T) {
	stack := openRealStack(t)
	question, want := stack.anyAnswer(t, 1)
	refused, refusal := stack.refusal(t)
	ctx := browser(t)
	var bronwijzerURL string
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="nl"><head><title>HIS</title></head><body>
<h1>Huisartseninformatiesysteem (test)</h1><div id="bw"></div>
<script src="%s/embed.js" data-target="#bw" data-question="%s"></script>
</body></html>`, bronwijzerURL, question)
	}))
	t.Cleanup(host.Close)
	s, logs := newTestServer(t, Config{FrameAncestors: []string{host.URL}}, stack.deps())
	bronwijzerURL = serve(t, s)

	steps(t, ctx, "loading host page",
		chromedp.Navigate(host.URL),
		chromedp.WaitReady(chromedp.CSS("iframe.bronwijzer-widget")),
	)
	in := chromedp.FromNode(frameOf(t, ctx))
	steps(t, ctx, "waiting for the prefilled question",
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.getElementById("question").value === %q`, question),
			chromedp.WithPollingInFrame(frameOf(t, ctx)), chromedp.WithPollingTimeout(10*time.Second)),
	)
	src := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("iframe.bronwijzer-widget").src`))
	if src != bronwijzerURL+"/embed" {
		t.Errorf("iframe src = %q, want %s/embed without a question", src, bronwijzerURL)
	}
	if n := requestsWithKey(t, logs, routeAskStream, 200, ""); n != 0 {
		t.Errorf("data-question without data-auto asked %d times", n)
	}
	steps(t, ctx, "asking in the widget",
		chromedp.Click(chromedp.CSS("#ask-button"), in),
		chromedp.WaitVisible(chromedp.CSS(answered), in),
	)
	checkMarkers(t, ctx, want, in)
	if t.Failed() {
		t.FailNow()
	}
	c := want.Citations[0]
	steps(t, ctx, "opening a citation in the widget",
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`button.citation[data-citation="%d"]`, c.N)), in),
		chromedp.WaitVisible(chromedp.CSS("#citation-detail mark"), in),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.CSS("#citation-detail mark"), in)); got != c.Quote {
		t.Errorf("widget highlighted quote = %q, want %q", got, c.Quote)
	}
	if got := get(t, ctx, chromedp.Text(chromedp.CSS("#detail-date"), in)); got != dutchDate(c.Published) {
		t.Errorf("widget date = %q, want %q", got, dutchDate(c.Published))
	}
	screenshot(t, ctx, "widget-answer")

	steps(t, ctx, "asking through postMessage",
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`window.Bronwijzer.ask(%q), undefined`, refused)),
		chromedp.WaitVisible(chromedp.CSS(".refusal"), in),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.CSS(".refusal-reason"), in)); got != refusalLine(refusal.Reason) {
		t.Errorf("widget refusal = %q", got)
	}
	screenshot(t, ctx, "widget-refusal")
}

// TestBrowserMarkersNotDuplicated: a language model's answer may carry
// "[n]" in its text as well as in sentences[].citations; the page shows
// each marker once, from the list.
func TestBrowserMarkersNotDuplicated(t *testing.T) {
	want := fakeAnswer() // its texts end in "[1]" and "[2]"
	for _, s := range want.Sentences {
		if !strings.Contains(s.Text, "[") {
			t.Fatalf("fake sentence %q carries no marker in its text", s.Text)
		}
	}
	ctx := browser(t)
	s, _ := newTestServer(t, Config{}, testDeps())
	base := serve(t, s)
	askOnPage(t, ctx, base, "Waarom is de cognitieve belasting hoog?", answered)
	if got := fmt.Sprint(get(t, ctx, chromedp.Evaluate[[]any](markersJS))); got != citationsPerSentence(want) {
		t.Errorf("markers per sentence = %s, want %s", got, citationsPerSentence(want))
	}
	if n := get(t, ctx, chromedp.Evaluate[int](duplicatesJS)); n != 0 {
		t.Errorf("%d sentences show a marker twice", n)
	}
	texts := get(t, ctx, chromedp.Evaluate[[]any](textsJS))
	for _, x := range texts {
		if strings.Contains(fmt.Sprint(x), "[") {
			t.Errorf("sentence text %q still carries its marker", x)
		}
	}
}
