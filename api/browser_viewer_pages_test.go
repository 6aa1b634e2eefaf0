package api

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
	"github.com/chromedp/chromedp"
)

// A quote that crosses a page boundary: the viewer draws the cited page and
// the next one (or, opened on the later page, the previous one) and marks
// the quote's part on each, so the whole quote is highlighted. Where the
// boundary falls comes from the project's own PDF extraction (the pages
// the chunks were cut from), not from PDF.js, which the viewer runs.

// pageLetters returns the bundled PDF's pages as lower-case letters and
// digits (lettersOnly), indexed by page number.
func pageLetters(t *testing.T, file string) map[int]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(bundledCorpus, file))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.PDF(context.Background(), data, extract.PDFOptions{})
	if err != nil {
		t.Fatalf("extract %s: %v", file, err)
	}
	pages := map[int]string{}
	for _, p := range doc.Pages {
		pages[p.Number] = lettersOnly(p.Text)
	}
	return pages
}

// boundary splits a quote (letters only) where it leaves page n: head is
// its longest start on page n, tail the rest, which page n+1 must hold.
// ok is false unless both parts have at least minPart letters.
func boundary(pages map[int]string, n int, quote string) (head, tail string, ok bool) {
	const minPart = 20
	q := lettersOnly(quote)
	k := 0
	for k < len(q) && strings.Contains(pages[n], q[:k+1]) {
		k++
	}
	head, tail = q[:k], q[k:]
	return head, tail, len(head) >= minPart && len(tail) >= minPart && strings.Contains(pages[n+1], tail)
}

// crossing accepts answers with a citation of doc whose quote crosses from
// its first page onto the next; onOnePage one whose quote is on its page.
func crossing(pages map[int]string, doc string) func(*answer.Response) bool {
	return func(r *answer.Response) bool {
		_, ok := citing(r, func(c answer.Citation) bool {
			_, _, ok := boundary(pages, c.PageStart, c.Quote)
			return c.DocumentID == doc && ok
		})
		return ok
	}
}

func onOnePage(pages map[int]string, doc string) func(answer.Citation) bool {
	return func(c answer.Citation) bool {
		return c.DocumentID == doc && strings.Contains(pages[c.PageStart], lettersOnly(c.Quote))
	}
}

// viewerPages is what the viewer drew once it is done.
type viewerPages struct {
	Page   int    `json:"page"`  // the cited page (the fragment's)
	Pages  string `json:"pages"` // the drawn pages, "18,19"
	Status string `json:"status"`
	Error  bool   `json:"error"`
	Drawn  []struct {
		Number int    `json:"number"`
		Hits   int    `json:"hits"`
		Text   string `json:"text"`   // the highlighted text
		Canvas bool   `json:"canvas"` // the canvas has ink
	} `json:"drawn"`
}

const viewerPagesJS = `(() => {
	const box = document.getElementById("viewer-page"), st = document.getElementById("viewer-status");
	if (st && st.classList.contains("error")) { return {error: true, status: st.textContent, drawn: []}; }
	if (!box || !box.dataset.page) { return null; }
	return {page: Number(box.dataset.page), pages: box.dataset.pages, status: st.textContent, error: false,
		drawn: Array.from(box.querySelectorAll(".viewer-page")).map(d => {
			const hits = Array.from(d.querySelectorAll(".textLayer .quote-hit, .textLayer .quote-hit-all"));
			const c = d.querySelector("canvas");
			return {number: Number(d.dataset.page), hits: hits.length, text: hits.map(s => s.textContent).join(" "),
				canvas: !!c && c.getContext("2d").getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 !== 3 && v < 200)};
		})};
})()`

// waitViewer waits in tab until the viewer is done and returns its pages.
func waitViewer(t *testing.T, tab context.Context) viewerPages {
	t.Helper()
	v := get(t, tab, chromedp.Poll[viewerPages](viewerPagesJS, chromedp.WithPollingTimeout(30*time.Second)))
	if v.Error {
		t.Fatalf("viewer: %s", v.Status)
	}
	return v
}

// checkAcross: the viewer on page cited drew pages n and n+1, both inked,
// with the quote's head marked on n and its tail on n+1, and nothing much
// beyond the quote.
func checkAcross(t *testing.T, v viewerPages, cited, n int, head, tail string) {
	t.Helper()
	if v.Page != cited || v.Pages != fmt.Sprintf("%d,%d", n, n+1) || len(v.Drawn) != 2 {
		t.Fatalf("viewer on page %d drew pages %q (%s), want %d and %d", v.Page, v.Pages, v.Status, n, n+1)
	}
	for i, part := range []struct {
		name, want string
		prefix     bool
	}{{"head", head, true}, {"tail", tail, false}} {
		d := v.Drawn[i]
		got := lettersOnly(d.Text)
		if !d.Canvas {
			t.Errorf("page %d: the canvas is blank", d.Number)
		}
		if d.Hits == 0 {
			t.Errorf("page %d: nothing highlighted (%s)", d.Number, v.Status)
			continue
		}
		// The ends of each part, as far as the page holds them in one run.
		probe := part.want[len(part.want)-min(len(part.want), 30):]
		if part.prefix {
			probe = part.want[:min(len(part.want), 30)]
		}
		if !strings.Contains(got, probe) {
			t.Errorf("page %d: highlighted %q lacks the quote's %s %q", d.Number, d.Text, part.name, probe)
		}
		if len(got) < len(part.want)*9/10 {
			t.Errorf("page %d: %d letters highlighted, the quote has %d there", d.Number, len(got), len(part.want))
		}
		if len(got) > len(part.want)+len(part.want)/5+20 {
			t.Errorf("page %d: %d letters highlighted for %d of the quote: more than the quote", d.Number, len(got), len(part.want))
		}
	}
	if !strings.Contains(v.Status, "beide pagina's") {
		t.Errorf("status %q does not say the quote is marked on both pages", v.Status)
	}
}

// viewerHash is the fragment the page builds for a citation (app.js
// viewerURL), here with any page.
func viewerHash(doc string, page int, quote string) string {
	p := url.Values{}
	p.Set("doc", doc)
	p.Set("page", fmt.Sprint(page))
	p.Set("quote", quote)
	return "/viewer#" + p.Encode()
}

// TestBrowserViewerCrossPage: a real answer citing the bundled AI Kompas
// with a quote that runs from one page onto the next. Opened from the
// citation, the viewer marks the quote on both pages; opened on the later
// page, it goes back to the earlier one; a quote on one page still draws
// that page alone.
func TestBrowserViewerCrossPage(t *testing.T) {
	stack := openRealStack(t)
	pages := pageLetters(t, kompasDocID+".pdf")
	q, resp := stack.pick(t, "a quote of the AI Kompas across a page boundary",
		questionsAbout(t, "ai-kompas", questionKompas), crossing(pages, kompasDocID))
	c, _ := citing(resp, func(c answer.Citation) bool {
		_, _, ok := boundary(pages, c.PageStart, c.Quote)
		return c.DocumentID == kompasDocID && ok
	})
	head, tail, _ := boundary(pages, c.PageStart, c.Quote)
	t.Logf("%q: [%d] pages %d-%d, %d letters on %d and %d on %d", q, c.N, c.PageStart, c.PageEnd, len(head), c.PageStart, len(tail), c.PageStart+1)

	ctx := browser(t)
	s, _ := newTestServer(t, Config{}, stack.deps())
	base := serve(t, s)

	t.Run("from the citation", func(t *testing.T) {
		askOnPage(t, ctx, base, q, answered)
		steps(t, ctx, "opening the viewer",
			chromedp.Click(chromedp.CSS(fmt.Sprintf(`#answer-body button.citation[data-citation="%d"]`, c.N))),
			chromedp.WaitVisible(chromedp.ID("detail-link")),
			chromedp.Click(chromedp.ID("detail-link")),
		)
		_, tab := openedTab(t, ctx, base+"/viewer#")
		checkAcross(t, waitViewer(t, tab), c.PageStart, c.PageStart, head, tail)
		screenshot(t, tab, "viewer-cross-page")
		if err := chromedp.Do(tab, chromedp.Evaluate[chromedp.Void](`window.close()`)); err != nil {
			t.Logf("closing the viewer: %v", err)
		}
	})

	t.Run("opened on the later page", func(t *testing.T) {
		steps(t, ctx, "opening the viewer on the next page",
			chromedp.Navigate(base+"/"), chromedp.Navigate(base+viewerHash(c.DocumentID, c.PageStart+1, c.Quote)))
		checkAcross(t, waitViewer(t, ctx), c.PageStart+1, c.PageStart, head, tail)
	})

	// The same quote from its last 12 letters on the earlier page: too
	// short to anchor on there, so found from the later page.
	t.Run("a start of a few words at the foot of the page", func(t *testing.T) {
		short := lastLetters(c.Quote, len(tail)+12)
		steps(t, ctx, "opening the viewer", chromedp.Navigate(base+"/"),
			chromedp.Navigate(base+viewerHash(c.DocumentID, c.PageStart, short)))
		checkAcross(t, waitViewer(t, ctx), c.PageStart, c.PageStart, head[len(head)-12:], tail)
	})

	t.Run("a quote on one page", func(t *testing.T) {
		one, ok := citing(resp, onOnePage(pages, kompasDocID))
		if !ok {
			_, other := stack.pick(t, "a quote of the AI Kompas on one page", questionsAbout(t, "ai-kompas", questionKompas),
				func(r *answer.Response) bool { _, ok := citing(r, onOnePage(pages, kompasDocID)); return ok })
			one, _ = citing(other, onOnePage(pages, kompasDocID))
		}
		steps(t, ctx, "opening the viewer", chromedp.Navigate(base+"/"),
			chromedp.Navigate(base+viewerHash(one.DocumentID, one.PageStart, one.Quote)))
		v := waitViewer(t, ctx)
		if v.Pages != fmt.Sprint(one.PageStart) || len(v.Drawn) != 1 {
			t.Fatalf("a quote on page %d drew pages %q (%s)", one.PageStart, v.Pages, v.Status)
		}
		if got, want := lettersOnly(v.Drawn[0].Text), lettersOnly(one.Quote); !strings.Contains(got, want[:min(len(want), 60)]) || len(got) < len(want)*9/10 {
			t.Errorf("page %d highlighted %q, want the quote %q", one.PageStart, v.Drawn[0].Text, one.Quote)
		}
	})

	// The PDF glues footnote numbers to words ("Melbourne3"); the passage
	// has none. The highlight goes on past them, to the quote's end.
	t.Run("a footnote number inside the quote", func(t *testing.T) {
		noted := notedBlocks(t, kompasDocID+".pdf")
		var tried int
		for _, q := range questionsAbout(t, "ai-kompas", questionKompas) {
			for _, c := range stack.ask(t, q).Citations {
				if !onOnePage(pages, kompasDocID)(c) || !overlapsAny(lettersOnly(c.Quote), noted[c.PageStart]) || tried == 8 {
					continue
				}
				tried++
				steps(t, ctx, "opening the viewer", chromedp.Navigate(base+"/"),
					chromedp.Navigate(base+viewerHash(c.DocumentID, c.PageStart, c.Quote)))
				v := waitViewer(t, ctx)
				layer := lettersOnly(get(t, ctx, chromedp.Evaluate[string](`document.querySelector(".viewer-page .textLayer").textContent`)))
				q := lettersOnly(c.Quote)
				if strings.Contains(layer, q) || !strings.Contains(withoutDigits(layer), withoutDigits(q)) {
					continue // PDF.js has the quote as it is, or not at all
				}
				t.Logf("quote of page %d with a number inside in PDF.js's text: %q", c.PageStart, c.Quote)
				got, want := withoutDigits(lettersOnly(v.Drawn[0].Text)), withoutDigits(q)
				if end := want[len(want)-min(len(want), 30):]; len(v.Drawn) != 1 || !strings.Contains(got, end) || len(got) < len(want)*9/10 {
					t.Errorf("page %d (of %q) highlighted %d letters of a quote of %d (%q), want it to its end %q", c.PageStart, v.Pages, len(got), len(want), v.Drawn[0].Text, end)
				}
				return
			}
		}
		t.Fatalf("none of %d quotes near a footnote has a number glued inside in PDF.js's text; the test could not check it", tried)
	})
}

// notedBlocks returns, per page, the letters of the blocks the extraction
// found note markers in (markers it removed from the text).
func notedBlocks(t *testing.T, file string) map[int][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(bundledCorpus, file))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.PDF(context.Background(), data, extract.PDFOptions{})
	if err != nil {
		t.Fatalf("extract %s: %v", file, err)
	}
	out := map[int][]string{}
	for _, p := range doc.Pages {
		for _, b := range p.Blocks {
			if len(b.Notes) > 0 && b.End <= len(p.Text) && b.Start < b.End {
				out[p.Number] = append(out[p.Number], lettersOnly(p.Text[b.Start:b.End]))
			}
		}
	}
	return out
}

// overlapsAny reports whether q shares 24 letters in a row with a block.
func overlapsAny(q string, blocks []string) bool {
	for _, b := range blocks {
		for i := 0; i+24 <= len(q); i += 12 {
			if strings.Contains(b, q[i:i+24]) {
				return true
			}
		}
	}
	return false
}

// withoutDigits drops digits: a footnote number glued to a word
// ("Melbourne3") is in the page's text but not in the passage's.
func withoutDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, s)
}

// lastLetters is the shortest end of s that holds n letters and digits.
func lastLetters(s string, n int) string {
	for i := len(s) - 1; i >= 0; i-- {
		if len(lettersOnly(s[i:])) >= n && utf8.RuneStart(s[i]) {
			return s[i:]
		}
	}
	return s
}
