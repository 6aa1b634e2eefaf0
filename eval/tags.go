package eval

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// TagSummary is the answer quality of the questions carrying one tag, so a
// team sees which topics (doses, tables, near-misses) go wrong. The rates
// are defined as in Summary, over the tag's questions.
type TagSummary struct {
	CriticalErrors       int      `json:"critical_errors"`
	Questions            int      `json:"questions"`
	Answerable           int      `json:"answerable"`
	HitAt5               *float64 `json:"hit_at_5"`
	AnsweredWithEvidence *float64 `json:"answered_with_evidence"`
	FalseRefusalRate     *float64 `json:"false_refusal_rate"`
	FalseAnswerRate      *float64 `json:"false_answer_rate"`
}

// summarizeTags groups results by tag (a question with several tags counts
// under each; untagged questions under none); nil when no result has a tag.
func summarizeTags(results []Result) map[string]TagSummary {
	byTag := map[string]*counts{}
	for _, r := range results {
		for _, t := range slices.Compact(slices.Sorted(slices.Values(r.Tags))) {
			if byTag[t] == nil {
				byTag[t] = &counts{}
			}
			byTag[t].add(r)
		}
	}
	if len(byTag) == 0 {
		return nil
	}
	out := make(map[string]TagSummary, len(byTag))
	for t, c := range byTag {
		out[t] = TagSummary{
			CriticalErrors:       c.critical,
			Questions:            c.answerable + c.unanswerable,
			Answerable:           c.answerable,
			HitAt5:               ratio(float64(c.hit5), c.answerable),
			AnsweredWithEvidence: ratio(float64(c.withEvidence), c.answerable),
			FalseRefusalRate:     ratio(float64(c.refusedAnswerable), c.answerable),
			FalseAnswerRate:      ratio(float64(c.falseAnswers), c.unanswerable),
		}
	}
	return out
}

// sortedTags returns the tags of s, most questions first, then by name.
func sortedTags(s Summary) []string {
	tags := slices.Collect(maps.Keys(s.ByTag))
	slices.SortFunc(tags, func(a, b string) int {
		return cmp.Or(cmp.Compare(s.ByTag[b].Questions, s.ByTag[a].Questions), strings.Compare(a, b))
	})
	return tags
}
