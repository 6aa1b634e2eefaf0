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
	"github.com/chromedp/chromedp"
)

// Browser tests drive Debian's Chromium through chromedp against a server on
// a loopback port with the fake dependencies.

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

func TestBrowserAnswerWithCitation(t *testing.T) {
	ctx := browser(t)
	s, _ := newTestServer(t, Config{}, testDeps())
	base := serve(t, s)
	want := fakeAnswer()
	c1 := chromedp.CSS(`#answer-body button.citation[data-n="1"]`)
	c2 := chromedp.CSS(`#answer-body button.citation[data-n="2"]`)
	mark := chromedp.CSS("#citation-detail mark")

	steps(t, ctx, "asking",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("question")),
		chromedp.SendKeys(chromedp.ID("question"), "Waarom is de cognitieve belasting van huisartsen hoog?"),
		chromedp.Click(chromedp.ID("ask-button")),
		chromedp.WaitVisible(c1),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.ID("answer-body"))); !strings.Contains(got, "cognitieve belasting door complexere patiënten") {
		t.Errorf("answer text = %q", got)
	}
	screenshot(t, ctx, "ui-answer")

	steps(t, ctx, "opening citation 1", chromedp.Click(c1), chromedp.WaitVisible(mark))
	// The passage starts with a non-BMP emoji: a rune/UTF-16 mix-up would
	// shift the highlight.
	if got := get(t, ctx, chromedp.Text(mark)); got != want.Citations[0].Quote {
		t.Errorf("highlighted quote = %q, want %q", got, want.Citations[0].Quote)
	}
	meta := get(t, ctx, chromedp.Text(chromedp.ID("detail-meta")))
	for _, part := range []string{"AI-toepassingen › AI en CDSS: agentic AI", "pagina 14", "Datum: 2025"} {
		if !strings.Contains(meta, part) {
			t.Errorf("detail meta %q lacks %q", meta, part)
		}
	}
	if got := get(t, ctx, chromedp.Text(chromedp.ID("detail-title"))); !strings.Contains(got, kompasTitle) {
		t.Errorf("detail title = %q", got)
	}
	href := get(t, ctx, chromedp.AttributeValue(chromedp.ID("detail-link"), "href"))
	if !strings.HasSuffix(href.Value, "/v1/documents/ai-kompas/file#page=14") {
		t.Errorf("PDF link = %q", href.Value)
	}
	if got := get(t, ctx, chromedp.Evaluate[string](`document.activeElement.id`)); got != "citation-detail" {
		t.Errorf("focus after opening citation on %q, want the detail panel", got)
	}
	screenshot(t, ctx, "ui-citation-1")

	// Citation 2: outdated and unverified source.
	steps(t, ctx, "opening citation 2", chromedp.Click(c2), chromedp.WaitVisible(chromedp.CSS(".badge-outdated")))
	badges := get(t, ctx, chromedp.Text(chromedp.ID("detail-badges")))
	if !strings.Contains(badges, "verouderd") || !strings.Contains(badges, "niet geverifieerd") {
		t.Errorf("badges = %q, want verouderd and niet geverifieerd", badges)
	}
	if got := get(t, ctx, chromedp.Text(mark)); got != want.Citations[1].Quote {
		t.Errorf("highlighted quote = %q, want %q", got, want.Citations[1].Quote)
	}
	// The quote text occurs twice in the passage; the highlight must be at
	// the cited (second) occurrence, counted in code points like Go runes.
	if got := get(t, ctx, chromedp.Evaluate[int](markStartJS)); got != want.Citations[1].QuoteStart {
		t.Errorf("highlight starts at code point %d, want %d", got, want.Citations[1].QuoteStart)
	}
	screenshot(t, ctx, "ui-citation-2")
	// Escape closes the panel and returns focus to the citation.
	steps(t, ctx, "closing with Escape",
		chromedp.KeyEvent("\x1b"),
		chromedp.WaitNotVisible(chromedp.ID("citation-detail")),
	)
	if got := get(t, ctx, chromedp.Evaluate[string](`document.activeElement.dataset.n || ""`)); got != "2" {
		t.Errorf("focus after Escape on citation %q, want 2", got)
	}
}

// markStartJS returns the code-point offset of the highlight in the passage.
const markStartJS = `(() => {
	const m = document.querySelector("#citation-detail mark");
	let n = 0;
	for (let x = m.previousSibling; x; x = x.previousSibling) n += Array.from(x.textContent).length;
	return n;
})()`

func TestBrowserRefusal(t *testing.T) {
	ctx := browser(t)
	s, _ := newTestServer(t, Config{}, testDeps())
	base := serve(t, s)
	steps(t, ctx, "asking",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("question")),
		chromedp.SendKeys(chromedp.ID("question"), "Wat is de dosering van ibuprofen bij kinderen?"),
		chromedp.Click(chromedp.ID("ask-button")),
		chromedp.WaitVisible(chromedp.CSS(".refusal")),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.CSS(".refusal"))); !strings.Contains(got, refusal) {
		t.Errorf("refusal text = %q", got)
	}
	if got := get(t, ctx, chromedp.Text(chromedp.ID("sources"))); !strings.Contains(got, kompasTitle) {
		t.Errorf("closest sources = %q, want %q", got, kompasTitle)
	}
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#answer-body button.citation").length`)); n != 0 {
		t.Errorf("refusal shows %d citation buttons", n)
	}
	screenshot(t, ctx, "ui-refusal")
}

func TestBrowserStreamingError(t *testing.T) {
	ctx := browser(t)
	deps := testDeps()
	deps.Asker = &fakeAsker{failAt: 1}
	s, _ := newTestServer(t, Config{}, deps)
	base := serve(t, s)
	steps(t, ctx, "asking",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("question")),
		chromedp.SendKeys(chromedp.ID("question"), "belasting"),
		chromedp.Click(chromedp.ID("ask-button")),
		chromedp.WaitVisible(chromedp.CSS("#status.error")),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.ID("status"))); !strings.Contains(got, "Taalmodel niet bereikbaar") {
		t.Errorf("status = %q, want the stream's error message", got)
	}
}

// TestBrowserWidgetCrossOrigin embeds /embed through /embed.js in a page
// served from another origin (another port) that is in the frame-ancestors
// allowlist, prefills a question, asks it, and asks a second one through
// postMessage.
func TestBrowserWidgetCrossOrigin(t *testing.T) {
	ctx := browser(t)
	var bronwijzerURL string
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="nl"><head><title>HIS</title></head><body>
<h1>Huisartseninformatiesysteem (test)</h1><div id="bw"></div>
<script src="%s/embed.js" data-target="#bw" data-question="Waarom is de cognitieve belasting hoog?"></script>
</body></html>`, bronwijzerURL)
	}))
	t.Cleanup(host.Close)
	s, _ := newTestServer(t, Config{FrameAncestors: []string{host.URL}}, testDeps())
	bronwijzerURL = serve(t, s)
	if host.URL == bronwijzerURL {
		t.Fatal("host and widget share an origin")
	}

	steps(t, ctx, "loading host page",
		chromedp.Navigate(host.URL),
		chromedp.WaitReady(chromedp.CSS("iframe.bronwijzer-widget")),
	)
	frames := get(t, ctx, chromedp.Nodes(chromedp.CSS("iframe.bronwijzer-widget")))
	in := chromedp.FromNode(frames[0])
	steps(t, ctx, "using the widget",
		chromedp.WaitVisible(chromedp.CSS("#question"), in),
	)
	if got := get(t, ctx, chromedp.Value(chromedp.CSS("#question"), in)); got != "Waarom is de cognitieve belasting hoog?" {
		t.Errorf("prefilled question = %q", got)
	}
	steps(t, ctx, "asking in the widget",
		chromedp.Click(chromedp.CSS("#ask-button"), in),
		chromedp.WaitVisible(chromedp.CSS(`button.citation[data-n="1"]`), in),
		chromedp.Click(chromedp.CSS(`button.citation[data-n="1"]`), in),
		chromedp.WaitVisible(chromedp.CSS("#citation-detail mark"), in),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.CSS("#citation-detail mark"), in)); got != fakeAnswer().Citations[0].Quote {
		t.Errorf("widget highlighted quote = %q", got)
	}
	screenshot(t, ctx, "widget-answer")

	steps(t, ctx, "asking through postMessage",
		chromedp.Evaluate[chromedp.Void](`window.Bronwijzer.ask("Dosering ibuprofen bij kinderen?"), undefined`),
		chromedp.WaitVisible(chromedp.CSS(".refusal"), in),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.CSS(".refusal"), in)); !strings.Contains(got, refusal) {
		t.Errorf("widget refusal = %q", got)
	}
	screenshot(t, ctx, "widget-refusal")
}

// gatedAsker streams the first sentence, then waits for release before the
// rest, so a test can look at the page between the two.
type gatedAsker struct {
	cannedStreamAsker
	first   chan struct{}
	release chan struct{}
}

func (g *gatedAsker) AskStream(ctx context.Context, _ answer.Request, emit func(answer.Sentence) error) (*answer.Response, error) {
	for i, s := range g.resp.Sentences {
		if i == 1 {
			close(g.first)
			select {
			case <-g.release:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		if err := emit(s); err != nil {
			return nil, err
		}
	}
	return g.resp, nil
}

// TestBrowserStreamsSentences: the first sentence is on the page before the
// answer is complete; the final answer then makes the markers clickable.
func TestBrowserStreamsSentences(t *testing.T) {
	ctx := browser(t)
	asker := &gatedAsker{cannedStreamAsker: cannedStreamAsker{resp: fakeAnswer()}, first: make(chan struct{}), release: make(chan struct{})}
	deps := testDeps()
	deps.Asker = asker
	s, _ := newTestServer(t, Config{}, deps)
	base := serve(t, s)
	var once sync.Once
	release := func() { once.Do(func() { close(asker.release) }) }
	t.Cleanup(release) // runs before the server shuts down
	steps(t, ctx, "asking",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("question")),
		chromedp.SendKeys(chromedp.ID("question"), "Waarom is de cognitieve belasting hoog?"),
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
		document.querySelectorAll("#answer-body button.citation").length,
		document.getElementById("answer").getAttribute("aria-busy")]`))
	if got := fmt.Sprint(partial); got != "[1 0 true]" {
		t.Errorf("while streaming [sentences, citation buttons, aria-busy] = %v, want [1 0 true]", partial)
	}
	screenshot(t, ctx, "ui-streaming")
	release()
	steps(t, ctx, "waiting for the answer", chromedp.WaitVisible(chromedp.CSS(`#answer-body button.citation[data-n="2"]`)))
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#answer-body p.sentence").length`)); n != 2 {
		t.Errorf("final answer has %d sentences, want 2", n)
	}
}
