package answer

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// Draft is one sentence of an answer before enforcement: its text without
// citation markers and the 1-based passage numbers it cites.
type Draft struct {
	Text      string
	Citations []int
}

// Quote is the span of passage N (1-based) that supports a sentence:
// Text is exactly the runes [Start, End) of the passage text.
type Quote struct {
	N          int
	Start, End int
	Text       string
}

// Verdict is the enforcement result for one sentence. Reasons explain a
// failure in Dutch with English in parentheses; they go into repair prompts
// and logs.
type Verdict struct {
	Draft     Draft
	Supported bool
	Reasons   []string
	Overlap   float64 // fraction of the sentence's content terms found in its cited passages
	Cited     []int   // the valid citations that contribute support (subset of Draft.Citations)
	Quotes    []Quote // one per entry of Cited
}

// Report is the enforcement result for a whole answer.
type Report struct {
	Verdicts []Verdict
}

// OK reports whether there is at least one sentence and every sentence is supported.
func (r Report) OK() bool {
	if len(r.Verdicts) == 0 {
		return false
	}
	for _, v := range r.Verdicts {
		if !v.Supported {
			return false
		}
	}
	return true
}

// Failed returns the unsupported verdicts.
func (r Report) Failed() []Verdict {
	var out []Verdict
	for _, v := range r.Verdicts {
		if !v.Supported {
			out = append(out, v)
		}
	}
	return out
}

// Enforcer checks that every sentence cites retrieved passages that support
// it. Both answerers go through it.
type Enforcer struct {
	analyzer        Analyzer
	minSupport      float64
	allowUnverified bool
	cache           *analysisCache // passage analyses shared with the Service
}

// NewEnforcer returns an Enforcer. minSupport is the minimum fraction of a
// sentence's content terms that must occur in the passages it cites
// (DefaultMinSupport when ≤ 0); a nil analyzer selects the built-in one.
func NewEnforcer(a Analyzer, minSupport float64, allowUnverified bool) *Enforcer {
	if a == nil {
		a = basicAnalyzer{}
	}
	if minSupport <= 0 {
		minSupport = DefaultMinSupport
	}
	return &Enforcer{analyzer: a, minSupport: minSupport, allowUnverified: allowUnverified, cache: &analysisCache{}}
}

// prepare analyses passages with the enforcer's analyser, through its cache
// (keyed without the analyser, so only this analyser may fill it).
func (e *Enforcer) prepare(passages []bronwijzer.Passage) []*prepared {
	return e.cache.prepare(e.analyzer, passages)
}

// Check splits an answer into sentences, reads their [n] markers and checks
// each sentence against passages (numbered from 1 in the given order).
func (e *Enforcer) Check(answer string, passages []bronwijzer.Passage) Report {
	return e.check(ParseAnswer(answer), e.prepare(passages))
}

// CheckDrafts checks sentences whose citations are already known.
func (e *Enforcer) CheckDrafts(drafts []Draft, passages []bronwijzer.Passage) Report {
	return e.check(drafts, e.prepare(passages))
}

func (e *Enforcer) check(drafts []Draft, ps []*prepared) Report {
	r := Report{Verdicts: make([]Verdict, 0, len(drafts))}
	for _, d := range drafts {
		r.Verdicts = append(r.Verdicts, e.verdict(d, ps))
	}
	return r
}

func (e *Enforcer) verdict(d Draft, ps []*prepared) Verdict {
	v := Verdict{Draft: d}
	var valid []*prepared
	var validN []int
	if len(d.Citations) == 0 {
		v.Reasons = append(v.Reasons, "zin zonder bronverwijzing (sentence has no [n] citation)")
	}
	for _, n := range d.Citations {
		switch {
		case n < 1 || n > len(ps):
			v.Reasons = append(v.Reasons, fmt.Sprintf("verwijzing [%d] wijst niet naar een opgehaalde passage (citation [%d] points to no retrieved passage; valid: 1-%d)", n, n, len(ps)))
		case !ps[n-1].p.Verified && !e.allowUnverified:
			v.Reasons = append(v.Reasons, fmt.Sprintf("bron [%d] is niet geverifieerd (source [%d] is not verified)", n, n))
		case !slices.Contains(validN, n):
			valid = append(valid, ps[n-1])
			validN = append(validN, n)
		}
	}
	units := contentUnits(e.analyzer, d.Text)
	facts := factsOf(d.Text)
	if len(units) == 0 && len(facts) == 0 {
		v.Reasons = append(v.Reasons, "zin zonder inhoud (sentence has no content words)")
	}
	if len(valid) > 0 {
		e.support(&v, units, facts, valid, validN)
	}
	v.Supported = len(v.Reasons) == 0
	return v
}

// support fills the overlap, fact and quote parts of a verdict.
func (e *Enforcer) support(v *Verdict, units []unit, facts []fact, valid []*prepared, validN []int) {
	sets := make([]termSet, len(valid))
	for i, p := range valid {
		sets[i] = p.terms
	}
	union := unionSets(sets...)
	v.Overlap = union.coverage(units, nil)
	if len(units) > 0 && v.Overlap < e.minSupport {
		v.Reasons = append(v.Reasons, fmt.Sprintf("te weinig overeenkomst met de geciteerde bron: %.0f%% van de inhoudswoorden, minimaal %.0f%% (content overlap %.2f below %.2f)", 100*v.Overlap, 100*e.minSupport, v.Overlap, e.minSupport))
	}
	for _, f := range facts {
		if !slices.ContainsFunc(valid, func(p *prepared) bool { return p.evidence().has(f) }) {
			kind := "getal"
			if f.Kind == "name" {
				kind = "naam"
			}
			v.Reasons = append(v.Reasons, fmt.Sprintf("%s %q staat niet in de geciteerde bron %s (%s %q not found in the cited passage)", kind, f.Text, markers(validN), f.Kind, f.Text))
		}
	}
	quotes := make([]Quote, 0, len(valid))
	scores := make([]float64, 0, len(valid))
	top := 0.0
	for i, p := range valid {
		q, score, ok := p.quote(units, facts)
		if !ok {
			continue
		}
		q.N = validN[i]
		quotes = append(quotes, q)
		scores = append(scores, score)
		top = max(top, score)
	}
	// A citation that supports far less than the best one is dropped: the
	// sentence keeps only the sources that actually carry it.
	for i, q := range quotes {
		if scores[i] >= minCitationShare*top {
			v.Cited = append(v.Cited, q.N)
			v.Quotes = append(v.Quotes, q)
		}
	}
	if len(v.Quotes) == 0 && len(v.Reasons) == 0 {
		v.Reasons = append(v.Reasons, "geen passage in de geciteerde bron ondersteunt deze zin (no supporting span in the cited passage)")
	}
}

// minCitationShare: a cited passage whose support is below this share of the
// best cited passage's is not kept as a citation of the sentence.
const minCitationShare = 0.5

func markers(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

// markerRe matches a citation marker: [1], [1, 2], [1-3], [1;2].
var markerRe = regexp.MustCompile(`\[\s*(\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*)\s*\]`)

// ParseAnswer splits an answer into sentences and reads their [n] markers.
// Markers that follow a sentence's full stop ("... zo. [2]") belong to that
// sentence.
func ParseAnswer(text string) []Draft {
	var drafts []Draft
	for _, sp := range SplitSentences(text) {
		cites, clean := readMarkers(sp.Text)
		if clean == "" || strings.Trim(clean, ".!?;:, ") == "" {
			if len(drafts) > 0 {
				drafts[len(drafts)-1].Citations = appendUnique(drafts[len(drafts)-1].Citations, cites...)
			}
			continue
		}
		if lead := leadingMarkers(sp.Text); len(lead) > 0 && len(drafts) > 0 && len(drafts[len(drafts)-1].Citations) == 0 {
			drafts[len(drafts)-1].Citations = lead
			cites = markerNums(sp.Text, true)
		}
		drafts = append(drafts, Draft{Text: clean, Citations: cites})
	}
	return drafts
}

// readMarkers returns the citation numbers in s and s without the markers.
func readMarkers(s string) ([]int, string) {
	cites := markerNums(s, false)
	clean := markerRe.ReplaceAllString(s, "")
	clean = normalizeSpace(clean)
	for _, p := range []string{" .", " ,", " ;", " :", " !", " ?"} {
		clean = strings.ReplaceAll(clean, p, p[1:])
	}
	return cites, strings.TrimSpace(clean)
}

// markerNums returns the numbers of the markers in s; with afterStart only
// those not at the very start of s.
func markerNums(s string, afterStart bool) []int {
	var out []int
	for _, m := range markerRe.FindAllStringSubmatchIndex(s, -1) {
		if afterStart && strings.TrimSpace(s[:m[0]]) == "" {
			continue
		}
		out = appendUnique(out, expandMarker(s[m[2]:m[3]])...)
	}
	return out
}

// leadingMarkers returns the numbers of markers that open s ("[2] Verder ...").
func leadingMarkers(s string) []int {
	var out []int
	rest := strings.TrimSpace(s)
	for {
		loc := markerRe.FindStringSubmatchIndex(rest)
		if loc == nil || loc[0] != 0 {
			return out
		}
		out = appendUnique(out, expandMarker(rest[loc[2]:loc[3]])...)
		rest = strings.TrimSpace(rest[loc[1]:])
	}
}

func expandMarker(body string) []int {
	var out []int
	for _, part := range strings.FieldsFunc(body, func(r rune) bool { return r == ',' || r == ';' }) {
		part = strings.TrimSpace(part)
		lo, hi, isRange := strings.Cut(strings.ReplaceAll(part, "–", "-"), "-")
		a, err := strconv.Atoi(strings.TrimSpace(lo))
		if err != nil {
			continue
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(strings.TrimSpace(hi)); err != nil || b < a || b-a > 10 {
				b = a
			}
		}
		for n := a; n <= b; n++ {
			out = appendUnique(out, n)
		}
	}
	return out
}

func appendUnique(s []int, ns ...int) []int {
	for _, n := range ns {
		if !slices.Contains(s, n) {
			s = append(s, n)
		}
	}
	return s
}
