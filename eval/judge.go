package eval

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
)

// Generator is a chat model (answer/llm's adapters implement it); the LLM
// judge needs nothing else.
type Generator interface {
	Generate(ctx context.Context, system, user string, onToken func(string)) (string, error)
}

// LLMJudge asks a chat model how faithful each answer is to the passages it
// cites. It is optional and never part of the CI gate: its scores depend on
// the model and are not reproducible the way the deterministic metrics are.
type LLMJudge struct {
	Model Generator
}

const judgeSystem = `Je beoordeelt of een antwoord getrouw is aan de geciteerde bronpassages.
Een zin is getrouw als elke bewering erin letterlijk of in andere woorden in de passage staat die de zin citeert.
Antwoord met precies één regel: SCORE: <getal tussen 0 en 1> = het aandeel getrouwe zinnen.`

// Faithfulness returns the model's score in [0, 1].
func (j LLMJudge) Faithfulness(ctx context.Context, question string, resp *answer.Response) (float64, error) {
	if len(resp.Sentences) == 0 {
		return 0, bronwijzer.Errorf(bronwijzer.EINVALID, "geen zinnen om te beoordelen (nothing to judge)")
	}
	reply, err := j.Model.Generate(ctx, judgeSystem, judgePrompt(question, resp), nil)
	if err != nil {
		return 0, fmt.Errorf("judge: %w", err)
	}
	return parseScore(reply)
}

// judgePrompt lists the cited passages by number and the answer sentences
// with their citation numbers.
func judgePrompt(question string, resp *answer.Response) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Vraag: %s\n\nPassages:\n", question)
	passages := passageIndex(resp.Passages)
	for _, c := range resp.Citations {
		fmt.Fprintf(&b, "[%d] %s\n", c.N, passages[c.PassageID].Text)
	}
	b.WriteString("\nAntwoord:\n")
	for _, s := range resp.Sentences {
		fmt.Fprintf(&b, "- %s\n", s.Text)
	}
	return b.String()
}

var scorePattern = regexp.MustCompile(`(?i)score\s*[:=]\s*([01](?:[.,]\d+)?)`)

func parseScore(reply string) (float64, error) {
	m := scorePattern.FindStringSubmatch(reply)
	if m == nil {
		return 0, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "judge gaf geen SCORE-regel terug (no score in reply)")
	}
	v, err := strconv.ParseFloat(strings.Replace(m[1], ",", ".", 1), 64)
	if err != nil || v < 0 || v > 1 {
		return 0, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "judge-score %q ligt niet tussen 0 en 1 (score out of range)", m[1])
	}
	return v, nil
}
