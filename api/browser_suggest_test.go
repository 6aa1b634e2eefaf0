package api

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/bronwijzer/bronwijzer/answer"
)

// Misspelled names of the bundled corpus the real answerer refuses and
// asks after; the test takes the first it does.
var misspelled = []string{"Wat is ThuisartsGTP?", "Wat doet EvidenceHutn?", "Wat doet Juvloy?"}

// TestBrowserSuggestion: a refusal of a misspelled name offers a button
// with the sources' word; clicking it asks again with the word replaced,
// and the real answerer answers that with citations. The page never asks
// for the other word by itself.
func TestBrowserSuggestion(t *testing.T) {
	stack := openRealStack(t)
	var question string
	var want *answer.Response
	var sug answer.Suggestion
	for _, q := range misspelled {
		r := stack.ask(t, q)
		if !r.Abstained || len(r.Suggestions) != 1 {
			continue
		}
		s := r.Suggestions[0]
		fixed := strings.Replace(q, s.Word, s.Suggestion, 1)
		if a := stack.ask(t, fixed); cited(1)(a) {
			question, want, sug = q, a, s
			break
		}
	}
	if question == "" {
		t.Fatalf("none of %q is refused with one suggestion whose question the real answerer answers", misspelled)
	}
	fixed := strings.Replace(question, sug.Word, sug.Suggestion, 1)
	ctx := browser(t)
	s, logs := newTestServer(t, Config{}, stack.deps())
	base := serve(t, s)
	askOnPage(t, ctx, base, question, `#answer[aria-busy="false"] .refusal button.suggestion`)
	if got, label := get(t, ctx, chromedp.Text(chromedp.CSS(".refusal button.suggestion"))), "Vraag opnieuw met ‘"+sug.Suggestion+"’"; got != label {
		t.Errorf("button %q, want %q", got, label)
	}
	if n := requestsWithKey(t, logs, routeAskStream, 200, ""); n != 1 {
		t.Errorf("%d questions asked before the click, want 1 (the page asks nothing by itself)", n)
	}
	screenshot(t, ctx, "ui-suggestion")
	steps(t, ctx, "asking again with the suggestion",
		chromedp.Click(chromedp.CSS(".refusal button.suggestion")),
		chromedp.WaitVisible(chromedp.CSS(answered)),
	)
	if got := get(t, ctx, chromedp.Value(chromedp.ID("question"))); got != fixed {
		t.Errorf("question after the click %q, want %q", got, fixed)
	}
	checkMarkers(t, ctx, want)
}
