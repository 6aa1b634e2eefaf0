package answer

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// compose turns supported verdicts into the answer's sentences, text and
// citations. A passage cited by several sentences gets one citation whose
// quote spans all the sentences' supporting spans.
func (s *Service) compose(resp *Response, verdicts []Verdict) {
	spans := map[int][2]int{}
	var b strings.Builder
	for _, v := range verdicts {
		cites := v.Cited
		if len(cites) == 0 {
			continue
		}
		resp.Sentences = append(resp.Sentences, Sentence{Text: v.Draft.Text, Citations: cites})
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(withMarkers(v.Draft.Text, cites))
		for _, q := range v.Quotes {
			sp, ok := spans[q.N]
			if !ok {
				sp = [2]int{q.Start, q.End}
			}
			spans[q.N] = [2]int{min(sp[0], q.Start), max(sp[1], q.End)}
		}
	}
	resp.Answer = b.String()
	ns := make([]int, 0, len(spans))
	for n := range spans {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	for _, n := range ns {
		resp.Citations = append(resp.Citations, s.citation(n, resp.Passages[n-1].Text, spans[n], resp))
	}
}

func (s *Service) citation(n int, text string, span [2]int, resp *Response) Citation {
	p := resp.Passages[n-1]
	rs := []rune(text)
	published := p.Published
	if published == "" {
		published = "unknown"
	}
	return Citation{
		N: n, PassageID: p.ID, DocumentID: p.DocumentID, Title: p.Title, SourceFile: p.SourceFile,
		PageStart: p.PageStart, PageEnd: p.PageEnd, Section: p.Section,
		Quote: string(rs[span[0]:span[1]]), QuoteStart: span[0], QuoteEnd: span[1],
		Published: published, Verified: p.Verified,
		Outdated:  Outdated(published, s.cfg.Now(), s.cfg.MaxSourceAge),
		ReviewDue: s.cfg.ReviewBy != nil && ReviewDue(s.cfg.ReviewBy(p.DocumentID), s.cfg.Now()),
	}
}

// ReviewDue reports whether a planned revision date (YYYY, YYYY-MM or
// YYYY-MM-DD) has passed: a year or month is due once it has ended. An
// unknown or unparsable date is not due.
func ReviewDue(reviewBy string, now time.Time) bool {
	t, ok := ParsePublished(reviewBy)
	if !ok {
		return false
	}
	switch len(reviewBy) {
	case len("2006"):
		t = t.AddDate(1, 0, 0)
	case len("2006-01"):
		t = t.AddDate(0, 1, 0)
	default:
		t = t.AddDate(0, 0, 1)
	}
	return !now.Before(t)
}

// withMarkers appends the citation markers to a sentence, before its final
// punctuation: "Dit is zo [1][2]."
func withMarkers(text string, cites []int) string {
	m := markers(cites)
	trimmed := strings.TrimRightFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' })
	if trimmed == text || trimmed == "" || !unicode.IsLetter(lastRune(trimmed)) && !unicode.IsDigit(lastRune(trimmed)) && lastRune(trimmed) != ')' && lastRune(trimmed) != '%' {
		return text + " " + m
	}
	return trimmed + " " + m + text[len(trimmed):]
}

// Outdated reports whether a source published at published (YYYY, YYYY-MM
// or YYYY-MM-DD) is older than maxAge at now. The start of the stated period
// is taken, so a source dated only by year is flagged as soon as it may be
// too old: for clinical use, an unnecessary warning is cheaper than a missed
// one. "unknown" or an unparsable date is not flagged; the citation shows
// the date as given.
func Outdated(published string, now time.Time, maxAge time.Duration) bool {
	t, ok := ParsePublished(published)
	return ok && now.Sub(t) > maxAge
}

// ParsePublished parses YYYY, YYYY-MM or YYYY-MM-DD.
func ParsePublished(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			if t, err := time.Parse(layout, s); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}
