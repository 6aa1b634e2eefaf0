package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"time"
	"unicode"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
	"github.com/bronwijzer/bronwijzer/ingest/extract/pdfworker"
)

// Outcomes of one file.
const (
	outcomeOK      = "ok"
	outcomeRefused = "refused" // a specific error: damaged, encrypted, no text, …
	outcomeCrash   = "crash"   // the worker died (memory, CPU, signal, garbage)
	outcomeHang    = "hang"    // the wall-clock limit
)

// fileResult is one file's measurement.
type fileResult struct {
	Path     string `json:"path"`
	Outcome  string `json:"outcome"`
	Message  string `json:"message,omitempty"`
	Pages    int    `json:"pages"`
	Warnings int    `json:"warnings"`  // page and document warnings
	RefWords int    `json:"ref_words"` // as pdftotext spaces them: the size a file counts from (minRefWords)
	Words    int    `json:"words"`
	// Recall is the share of pdftotext's words found in what we read:
	// the page text and the rows set aside as running headers and
	// footers (Page.Running). PassageRecall counts the page text only.
	Recall        float64 `json:"recall"`
	PassageRecall float64 `json:"passage_recall"`
	Glued         int     `json:"glued"` // our words that are two of pdftotext's run together
	Split         int     `json:"split"` // pdftotext's words that we split in two
	Replacement   int     `json:"replacement"`
	CPU           float64 `json:"cpu_s"`
	MaxRSSMB      float64 `json:"max_rss_mb"`
	RefCPU        float64 `json:"ref_cpu_s"`
	RefFailed     bool    `json:"ref_failed"`
}

type measurer struct {
	pool    *pdfworker.Pool
	timeout time.Duration
}

func (m measurer) measure(ctx context.Context, path string) fileResult {
	r := fileResult{Path: path}
	data, err := os.ReadFile(path) // #nosec G304 -- the operator names the directory
	if err != nil {
		r.Outcome, r.Message = outcomeRefused, err.Error()
		return r
	}
	ref, refCPU, refErr := pdftotext(ctx, path, m.timeout)
	r.RefCPU, r.RefFailed = refCPU.Seconds(), refErr != nil
	doc, use, err := m.pool.Extract(ctx, data, extract.PDFOptions{Timeout: m.timeout})
	r.CPU, r.MaxRSSMB = use.CPU.Seconds(), float64(use.MaxRSS)/(1<<20)
	// pdftotext's text normalised as ours is (NFKC: "ﬁ" is "fi", a
	// mathematical "𝑝" is "p"), so the words compare as text, not as code
	// points.
	refText := extract.NormalizeText(ref)
	refWords := words(refText)
	r.RefWords = len(strings.FieldsFunc(refText, notWordRune)) // words as pdftotext spaced them
	if err != nil {
		r.Outcome, r.Message = classify(err), bronwijzer.ErrorMessage(err)
		return r
	}
	r.Outcome, r.Pages, r.Warnings = outcomeOK, len(doc.Pages), len(doc.Warnings)
	text, running := documentText(doc)
	passage, ours := words(text), words(text+running)
	r.Words = len(passage)
	r.Recall, r.PassageRecall = recall(refWords, ours), recall(refWords, passage)
	r.Glued, r.Split = glued(refWords, ours), glued(ours, refWords)
	r.Replacement = strings.Count(text, "\uFFFD")
	return r
}

func classify(err error) string {
	msg := bronwijzer.ErrorMessage(err)
	switch {
	case strings.Contains(msg, "liet de verwerking vastlopen (tijdslimiet"),
		bronwijzer.ErrorCode(err) == bronwijzer.ETIMEOUT && !strings.Contains(msg, "vastlopen"):
		return outcomeHang
	case strings.Contains(msg, "liet de verwerking vastlopen"):
		return outcomeCrash
	case errors.Is(err, context.Canceled):
		return outcomeHang
	}
	return outcomeRefused
}

// documentText returns the page text and the running rows set aside.
func documentText(doc *extract.Document) (text, running string) {
	var b, rb strings.Builder
	for _, p := range doc.Pages {
		b.WriteString(p.Text)
		b.WriteString("\n")
		rb.WriteString(p.Running)
		rb.WriteString("\n")
	}
	return b.String(), rb.String()
}

// pdftotext runs poppler's pdftotext and returns its text and CPU time.
func pdftotext(ctx context.Context, path string, timeout time.Duration) (string, time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "pdftotext", "-enc", "UTF-8", "-q", path, "-") // #nosec G204 -- a fixed program; path is one argument, never a shell
	var out bytes.Buffer
	cmd.Stdout = &out
	err := cmd.Run()
	var cpu time.Duration
	if ps := cmd.ProcessState; ps != nil {
		cpu = ps.UserTime() + ps.SystemTime()
	}
	return out.String(), cpu, err
}

// words splits text into lower-case words of letters and digits. Chinese,
// Japanese and Thai are written without spaces between words, so a space
// among their characters is layout, not a word boundary, and pdftotext
// and we place such spaces differently ("2015 年" against "2015年", a
// letter-spaced "企 业" against "企业"): every character of those scripts
// is a word of its own, and so compared character by character.
func words(text string) []string {
	fields := strings.FieldsFunc(strings.ToLower(text), notWordRune)
	out := fields[:0:0]
	for _, f := range fields {
		if !strings.ContainsFunc(f, unspaced) {
			out = append(out, f)
			continue
		}
		start := -1 // start of a run of other letters and digits
		for i, r := range f {
			switch {
			case !unspaced(r):
				if start < 0 {
					start = i
				}
				continue
			case start >= 0:
				out = append(out, f[start:i])
				start = -1
			}
			out = append(out, string(r))
		}
		if start >= 0 {
			out = append(out, f[start:])
		}
	}
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// unspaced tells whether r belongs to a script written without spaces
// between words (as extract's page warnings decide it).
func unspaced(r rune) bool {
	return r >= 0x0e00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

// maxSplitParts is the most pieces of one word pdftotext may have split
// it into for recall to count them as that word.
const maxSplitParts = 24

// recall is the share of ref's words (with multiplicity) found in ours. A
// run of ref's words that are missing apart but written together are one of
// ours counts as found: pdftotext split a word we read whole ("t es t"
// against "test", letters of a spaced-out heading). The reverse, a word of
// ref that ours splits, stays lost.
func recall(ref, ours []string) float64 {
	if len(ref) == 0 {
		return 1
	}
	have := map[string]int{}
	for _, w := range ours {
		have[w]++
	}
	found := 0
	for i := 0; i < len(ref); i++ {
		if have[ref[i]] > 0 {
			have[ref[i]]--
			found++
			continue
		}
		joined := ref[i]
		for j := i + 1; j < min(len(ref), i+maxSplitParts); j++ {
			if have[ref[j]] > 0 {
				break // the next word is read on its own
			}
			joined += ref[j]
			if have[joined] > 0 {
				have[joined]--
				found += j - i + 1
				i = j
				break
			}
		}
	}
	return float64(found) / float64(len(ref))
}

// glued counts distinct words of b, absent from a, that are two words of a
// written together ("nierfunctievoor"); glued(ours, ref) counts ref's words
// we split in two the same way.
func glued(a, b []string) int {
	inA := map[string]bool{}
	for _, w := range a {
		inA[w] = true
	}
	seen := map[string]bool{}
	n := 0
	for _, w := range b {
		if inA[w] || seen[w] || len(w) < 4 {
			continue
		}
		seen[w] = true
		rs := []rune(w)
		for i := 2; i <= len(rs)-2; i++ {
			if inA[string(rs[:i])] && inA[string(rs[i:])] {
				n++
				break
			}
		}
	}
	return n
}
