package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The pages in testdata/html mark their content by hand between
// <!--content--> and <!--/content--> comments; everything else visible is
// page chrome. Comments are invisible to the extractor.
const (
	contentStart = "content"
	contentEnd   = "/content"
)

// wordCounts is a multiset of lower-cased words.
type wordCounts map[string]int

func (c wordCounts) total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// words splits text into lower-case words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// markedWords returns the visible words of a marked page, split into
// content and chrome by the hand markings.
func markedWords(t testing.TB, data []byte) (content, chrome wordCounts) {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	content, chrome = wordCounts{}, wordCounts{}
	in := false
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch n.Type {
		case html.CommentNode:
			switch strings.TrimSpace(n.Data) {
			case contentStart:
				in = true
			case contentEnd:
				in = false
			}
		case html.TextNode:
			dst := chrome
			if in {
				dst = content
			}
			for _, w := range words(n.Data) {
				dst[w]++
			}
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Template, atom.Noscript:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	return content, chrome
}

// chromeScore holds content-word recall (share of the hand-marked content
// words in the output) and precision (share of the output's marked words
// that are content rather than chrome). Output words that are neither —
// table headers repeated in every row, separators — are not counted.
type chromeScore struct {
	recall, precision float64
	leaked            wordCounts // chrome words in the output
	missed            wordCounts // content words not in the output
}

func scoreChrome(out []string, content, chrome wordCounts) chromeScore {
	got := wordCounts{}
	for _, w := range out {
		got[w]++
	}
	matched, leakedN := 0, 0
	leaked := wordCounts{}
	for w, n := range got {
		m := min(n, content[w])
		matched += m
		if l := min(n-m, chrome[w]); l > 0 {
			leaked[w] = l
			leakedN += l
		}
	}
	missed := wordCounts{}
	for w, n := range content {
		if d := n - got[w]; d > 0 {
			missed[w] = d
		}
	}
	s := chromeScore{recall: float64(matched) / float64(max(1, content.total())), leaked: leaked, missed: missed}
	s.precision = float64(matched) / float64(max(1, matched+leakedN))
	return s
}

// docWords returns the words of a document with each table counted once
// (Table.Text) rather than per rendered row, whose repeated column headers
// are not words of the page.
func docWords(doc *Document) []string {
	var out []string
	runes := []rune(doc.Pages[0].Text)
	for _, b := range doc.Pages[0].Blocks {
		if b.Kind != TableRow && b.Kind != Caption {
			out = append(out, words(string(runes[b.Start:b.End]))...)
		}
	}
	for _, t := range doc.Tables {
		out = append(out, words(t.Text())...)
	}
	return out
}

// TestHTMLChromeMarkedPages measures the chrome rules on hand-marked pages
// with different site templates (docs/extraction.md, "Web pages"). The
// floors are below the measured figures by a margin, so a change that lets a
// menu, sidebar or cookie notice through, or drops content, fails.
func TestHTMLChromeMarkedPages(t *testing.T) {
	files, err := filepath.Glob("testdata/html/*.html")
	if err != nil || len(files) < 5 {
		t.Fatalf("want at least 5 marked pages, got %d (%v)", len(files), err)
	}
	sumPrecision := 0.0
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			content, chrome := markedWords(t, data)
			if content.total() == 0 || chrome.total() == 0 {
				t.Fatalf("page has %d content and %d chrome words; mark both", content.total(), chrome.total())
			}
			doc, err := HTML(data)
			if err != nil {
				t.Fatal(err)
			}
			s := scoreChrome(docWords(doc), content, chrome)
			t.Logf("recall %.3f precision %.3f (content %d words, chrome %d) leaked %v missed %v",
				s.recall, s.precision, content.total(), chrome.total(), s.leaked, s.missed)
			if s.recall < 0.97 || s.precision < 0.85 {
				t.Errorf("recall %.3f, precision %.3f; want ≥ 0.97 and ≥ 0.85", s.recall, s.precision)
			}
			sumPrecision += s.precision
		})
	}
	if mean := sumPrecision / float64(len(files)); mean < 0.95 {
		t.Errorf("mean precision %.3f, want ≥ 0.95", mean)
	}
}

// TestMarkedFT03MatchesGuideline keeps the marked copy of the FT-03
// guideline page identical to the dev guideline apart from its two markers.
func TestMarkedFT03MatchesGuideline(t *testing.T) {
	orig, err := os.ReadFile("../../testdata/guidelines/ft03-pluimhoest.html")
	if err != nil {
		t.Fatal(err)
	}
	marked, err := os.ReadFile("testdata/html/ft03-pluimhoest-marked.html")
	if err != nil {
		t.Fatal(err)
	}
	unmarked := strings.NewReplacer("\n<!--content-->", "", "<!--/content-->\n", "").Replace(string(marked))
	if unmarked != string(orig) {
		t.Error("testdata/html/ft03-pluimhoest-marked.html differs from the guideline apart from its markers")
	}
}
