package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// minRefWords is the size from which a file counts for the recall target
// (issue 14: files where pdftotext reads at least 50 words).
const minRefWords = 50

func writeReport(w io.Writer, results []fileResult) {
	fmt.Fprintln(w, "| file | outcome | pages | pdftotext words | recall | page-text recall | glued | split | U+FFFD | warnings | CPU s | peak MiB | pdftotext CPU s |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range results {
		outcome := r.Outcome
		if r.Message != "" {
			outcome += ": " + shorten(r.Message, 90)
		}
		fmt.Fprintf(w, "| %s | %s | %d | %d | %.2f | %.2f | %d | %d | %d | %d | %.2f | %.0f | %.2f |\n",
			filepath.Base(r.Path), strings.ReplaceAll(outcome, "|", "/"), r.Pages, r.RefWords, r.Recall, r.PassageRecall,
			r.Glued, r.Split, r.Replacement, r.Warnings, r.CPU, r.MaxRSSMB, r.RefCPU)
	}
	fmt.Fprintln(w)
	writeTotals(w, results)
}

func writeTotals(w io.Writer, results []fileResult) {
	var t struct {
		files, ok, refused, crash, hang                   int
		big, bigGood, bigLowWarned, bigLowRefused, bigLow int
		bigPassageGood                                    int
		glued, split, repl                                int
		cpu, refCPU, cpuBoth, refCPUBoth, maxRSS          float64
	}
	for _, r := range results {
		t.files++
		switch r.Outcome {
		case outcomeOK:
			t.ok++
		case outcomeRefused:
			t.refused++
		case outcomeCrash:
			t.crash++
		case outcomeHang:
			t.hang++
		}
		t.glued, t.split, t.repl = t.glued+r.Glued, t.split+r.Split, t.repl+r.Replacement
		t.cpu, t.refCPU = t.cpu+r.CPU, t.refCPU+r.RefCPU
		t.maxRSS = max(t.maxRSS, r.MaxRSSMB)
		if r.Outcome == outcomeOK && !r.RefFailed {
			t.cpuBoth, t.refCPUBoth = t.cpuBoth+r.CPU, t.refCPUBoth+r.RefCPU
		}
		if r.RefWords < minRefWords {
			continue
		}
		t.big++
		if r.Outcome == outcomeOK && r.PassageRecall >= 0.90 {
			t.bigPassageGood++
		}
		switch {
		case r.Outcome == outcomeOK && r.Recall >= 0.90:
			t.bigGood++
		case r.Outcome == outcomeOK && r.Warnings > 0:
			t.bigLowWarned++
		case r.Outcome == outcomeRefused:
			t.bigLowRefused++
		default:
			t.bigLow++
		}
	}
	fmt.Fprintf(w, "Files: %d; ok %d, refused %d, crashes %d, hangs %d.\n", t.files, t.ok, t.refused, t.crash, t.hang)
	if t.big > 0 {
		fmt.Fprintf(w, "Files where pdftotext reads ≥ %d words: %d; recall ≥ 0.90 on %d (%.1f %%); below that: %d with a warning, %d refused, %d silent (no warning).\n",
			minRefWords, t.big, t.bigGood, 100*float64(t.bigGood)/float64(t.big), t.bigLowWarned, t.bigLowRefused, t.bigLow)
		fmt.Fprintf(w, "Recall of the page text alone (running headers and footers left out) ≥ 0.90 on %d (%.1f %%).\n",
			t.bigPassageGood, 100*float64(t.bigPassageGood)/float64(t.big))
	}
	fmt.Fprintf(w, "Glued words %d, split words %d, U+FFFD %d.\n", t.glued, t.split, t.repl)
	ratio := 0.0
	if t.refCPUBoth > 0 {
		ratio = t.cpuBoth / t.refCPUBoth
	}
	fmt.Fprintf(w, "CPU: workers %.1f s (start-up included), pdftotext %.1f s; on the files both read %.1f s vs %.1f s = %.2f×. Peak worker RSS %.0f MiB.\n",
		t.cpu, t.refCPU, t.cpuBoth, t.refCPUBoth, ratio, t.maxRSS)
}

func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
