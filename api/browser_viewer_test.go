package api

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/chromedp/chromedp"
	"golang.org/x/text/unicode/norm"
)

// The PDF viewer (viewer.html, PDF.js vendored from api/pdfjs): a
// citation's link opens the original PDF at the cited page with the quote
// highlighted, drawn by PDF.js, so no script in the PDF runs.

// viewerStateJS waits for the viewer to finish and returns [page,
// highlighted items, highlighted text, status, canvas drawn].
const viewerStateJS = `(() => {
	const box = document.getElementById("viewer-page");
	if (!box || !box.dataset.page) {
		const st = document.getElementById("viewer-status");
		return st && st.classList.contains("error") ? [0, 0, "", st.textContent, false] : null;
	}
	const hits = Array.from(document.querySelectorAll(".textLayer .quote-hit, .textLayer .quote-hit-all"));
	const c = box.querySelector("canvas");
	const drawn = !!c && c.getContext("2d").getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 !== 3 && v < 200);
	return [Number(box.dataset.page), hits.length, hits.map(s => s.textContent).join(" "),
		document.getElementById("viewer-status").textContent, drawn];
})()`

// lettersOnly keeps lower-case letters and digits, as the viewer matches.
func lettersOnly(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(norm.NFKC.String(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// checkViewer waits in tab for the viewer and checks page and highlight.
func checkViewer(t *testing.T, tab chromedp.Action[[]any], page int, quote string, ctxTab func(chromedp.Action[[]any]) []any) {
	t.Helper()
	state := ctxTab(tab)
	if len(state) != 5 {
		t.Fatalf("viewer state %v", state)
	}
	if got := int(state[0].(float64)); got != page {
		t.Fatalf("viewer on page %d (%v), want %d", got, state[3], page)
	}
	if state[1].(float64) == 0 {
		t.Errorf("no highlight on page %d (%v)", page, state[3])
	}
	hit, q := lettersOnly(fmt.Sprint(state[2])), lettersOnly(quote)
	if prefix := q[:min(len(q), 60)]; !strings.Contains(hit, prefix) {
		t.Errorf("highlighted text %q does not hold the quote's start %q", state[2], prefix)
	}
	if len(hit) > len(q)+len(q)/5+20 {
		t.Errorf("highlight of %d letters for a quote of %d: more than the quote", len(hit), len(q))
	}
	if state[4] != true {
		t.Error("the page canvas is blank")
	}
}

// TestBrowserPDFViewer: from a real answer's citation, "Open … op pagina N"
// opens /viewer in a new tab on page N with the quote highlighted; the
// fragment holds what to show, the server never sees the quote.
func TestBrowserPDFViewer(t *testing.T) {
	stack := openRealStack(t)
	ctx := browser(t)
	s, logs := newTestServer(t, Config{}, stack.deps())
	base := serve(t, s)
	shown := 0
	for _, doc := range []struct{ prefix, id, preferred string }{
		{"nivel", nivelDocID, questionNivel}, {"ai-kompas", kompasDocID, questionKompas},
	} {
		q, want, ok := stack.tryPick(t, questionsAbout(t, doc.prefix, doc.preferred), citingDoc(doc.id))
		if !ok {
			t.Logf("no answer cites %s; its viewer is not checked", doc.id)
			continue
		}
		shown++
		c, _ := citationOf(want, doc.id)
		askOnPage(t, ctx, base, q, answered)
		steps(t, ctx, "opening the viewer",
			chromedp.Click(chromedp.CSS(fmt.Sprintf(`#answer-body button.citation[data-citation="%d"]`, c.N))),
			chromedp.WaitVisible(chromedp.ID("detail-link")),
			chromedp.Click(chromedp.ID("detail-link")),
		)
		opened, tab := openedTab(t, ctx, base+"/viewer#")
		if !strings.Contains(opened, fmt.Sprintf("doc=%s&page=%d", c.DocumentID, c.PageStart)) {
			t.Errorf("viewer URL %q, want doc %s page %d", opened, c.DocumentID, c.PageStart)
		}
		checkViewer(t, chromedp.Poll[[]any](viewerStateJS, chromedp.WithPollingTimeout(20*time.Second)), c.PageStart, c.Quote,
			func(a chromedp.Action[[]any]) []any { return get(t, tab, a) })
		screenshot(t, tab, "viewer-"+c.DocumentID)
		if err := chromedp.Do(tab, chromedp.Evaluate[chromedp.Void](`window.close()`)); err != nil {
			t.Logf("closing the viewer: %v", err)
		}
	}
	if shown == 0 {
		t.Error("the answerer cites neither bundled PDF; the viewer was not checked")
	}
	for _, l := range logs.logLines(t) {
		if uri, _ := l["uri"].(string); strings.Contains(uri, "quote") || strings.Contains(uri, "viewer#") {
			t.Errorf("the quote reached the server: %v", l)
		}
	}
}
