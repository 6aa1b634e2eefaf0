package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/bronwijzer/bronwijzer/admin"
)

// TestBrowserFeedback: under a real answer the page offers "Goed" and
// "Fout"; "Fout" asks for a reason (refusing to send without one) and an
// optional comment, and what is stored is that answer's feedback with the
// comment redacted; "Goed" afterwards replaces it. The same control shows
// under a refusal.
func TestBrowserFeedback(t *testing.T) {
	stack := openRealStack(t)
	question, want := stack.anyAnswer(t, 1)
	deps := stack.deps()
	deps.Admin.Audit = stack.store
	deps.Admin.Feedback = stack.store
	s, _ := newTestServer(t, Config{}, deps)
	base := serve(t, s)
	ctx := browser(t)

	askOnPage(t, ctx, base, question, `#answer[aria-busy="false"] #feedback button.thumb`)
	steps(t, ctx, "rating the answer fout without a reason",
		chromedp.Click(chromedp.CSS(`#feedback button[data-rating="fout"]`)),
		chromedp.WaitVisible(chromedp.ID("feedback-reason")),
		chromedp.Click(chromedp.CSS(`#feedback form button[type="submit"]`)),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.CSS("#feedback .feedback-status"))); !strings.Contains(got, "Kies eerst wat er mis is") {
		t.Errorf("sending fout without a reason says %q", got)
	}
	if items := storedFeedback(t, stack); len(items) != 0 {
		t.Fatalf("feedback without a reason was sent: %+v", items)
	}
	comment := "Mevrouw Jansen (bsn 111222333) kreeg hierdoor een onvolledig advies."
	steps(t, ctx, "sending fout with a reason and a comment",
		chromedp.SetValue(chromedp.ID("feedback-reason"), "onvolledig"),
		chromedp.SendKeys(chromedp.ID("feedback-comment"), comment),
	)
	if got := get(t, ctx, chromedp.Text(chromedp.CSS("#feedback .feedback-status"))); got != "" {
		t.Errorf("after choosing a reason the status still says %q", got)
	}
	screenshot(t, ctx, "ui-feedback-form")
	steps(t, ctx, "sending",
		chromedp.Click(chromedp.CSS(`#feedback form button[type="submit"]`)),
		chromedp.Poll[chromedp.Void](`document.querySelector("#feedback .feedback-status").textContent.includes("Dank u wel")`,
			chromedp.WithPollingTimeout(10*time.Second)),
	)
	screenshot(t, ctx, "ui-feedback-fout")
	items := storedFeedback(t, stack)
	if len(items) != 1 {
		t.Fatalf("%d feedback stored, want 1", len(items))
	}
	fb := items[0]
	if fb.Rating != "fout" || fb.Reason != "onvolledig" || fb.KeyID != "anonymous" || fb.Answer.Answer != want.Answer ||
		!strings.Contains(fb.Answer.Question, question[:20]) {
		t.Errorf("stored feedback %+v; want fout/onvolledig on the answer shown", fb)
	}
	if strings.Contains(fb.Comment, "Jansen") || strings.Contains(fb.Comment, "111222333") || !strings.Contains(fb.Comment, "onvolledig advies") {
		t.Errorf("stored comment %q: want it redacted, the rest kept", fb.Comment)
	}
	if got := get(t, ctx, chromedp.Evaluate[bool](`document.querySelector("#feedback form").hidden`)); !got {
		t.Error("the reason form stays open after sending")
	}

	// "Goed" replaces the earlier rating of the same answer.
	steps(t, ctx, "rating the answer goed",
		chromedp.Click(chromedp.CSS(`#feedback button[data-rating="goed"]`)),
		chromedp.Poll[chromedp.Void](`document.querySelector("#feedback .feedback-status").textContent.includes("vervangen")`,
			chromedp.WithPollingTimeout(10*time.Second)),
	)
	items = storedFeedback(t, stack)
	if len(items) != 1 || items[0].Rating != "goed" || items[0].AnswerID != fb.AnswerID {
		t.Errorf("after goed: %+v; want the one feedback replaced", items)
	}
	pressed := get(t, ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll("#feedback button.thumb")).map(b => b.dataset.rating + "=" + b.getAttribute("aria-pressed")).join(" ")`))
	if pressed != "goed=true fout=false" {
		t.Errorf("thumbs pressed: %s", pressed)
	}

	// A refusal can be rated too (e.g. wrongly refused: "anders").
	refused, _ := stack.refusal(t)
	askOnPage(t, ctx, base, refused, `#answer.refused[aria-busy="false"] #feedback button.thumb`)
	steps(t, ctx, "rating the refusal goed",
		chromedp.Click(chromedp.CSS(`#feedback button[data-rating="goed"]`)),
		chromedp.Poll[chromedp.Void](`document.querySelector("#feedback .feedback-status").textContent.includes("Dank u wel")`,
			chromedp.WithPollingTimeout(10*time.Second)),
	)
	if items := storedFeedback(t, stack); len(items) != 2 || !items[1].Answer.Abstained {
		t.Errorf("after rating the refusal: %+v", items)
	}
}

// TestBrowserWidgetFeedback: the widget, embedded by /embed.js in a page of
// another origin, offers the same control, and a click stores the rating.
func TestBrowserWidgetFeedback(t *testing.T) {
	stack := openRealStack(t)
	question, want := stack.anyAnswer(t, 1)
	ctx := browser(t)
	var bronwijzerURL string
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="nl"><head><title>HIS</title></head><body><div id="bw"></div>
<script src="%s/embed.js" data-target="#bw" data-question="%s"></script></body></html>`, bronwijzerURL, question)
	}))
	t.Cleanup(host.Close)
	deps := stack.deps()
	deps.Admin.Audit = stack.store
	deps.Admin.Feedback = stack.store
	s, _ := newTestServer(t, Config{FrameAncestors: []string{host.URL}}, deps)
	bronwijzerURL = serve(t, s)

	steps(t, ctx, "loading the host page", chromedp.Navigate(host.URL), chromedp.WaitReady(chromedp.CSS("iframe.bronwijzer-widget")))
	frame := frameOf(t, ctx)
	in := chromedp.FromNode(frame)
	steps(t, ctx, "asking in the widget and rating the answer goed",
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.getElementById("question").value === %q`, question),
			chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Click(chromedp.CSS("#ask-button"), in),
		chromedp.WaitVisible(chromedp.CSS(`#answer[aria-busy="false"] #feedback button.thumb`), in),
		chromedp.Click(chromedp.CSS(`#feedback button[data-rating="goed"]`), in),
		chromedp.Poll[chromedp.Void](`document.querySelector("#feedback .feedback-status").textContent.includes("Dank u wel")`,
			chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(10*time.Second)),
	)
	screenshot(t, ctx, "widget-feedback")
	items := storedFeedback(t, stack)
	if len(items) != 1 || items[0].Rating != "goed" || items[0].Answer.Answer != want.Answer {
		t.Errorf("feedback from the widget: %+v", items)
	}
}

func storedFeedback(t *testing.T, stack realStack) []admin.FeedbackItem {
	t.Helper()
	var items []admin.FeedbackItem
	if err := stack.store.ExportFeedback(t.Context(), time.Time{}, func(it admin.FeedbackItem) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return items
}
