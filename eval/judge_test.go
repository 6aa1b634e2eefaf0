package eval

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
)

// fakeGenerator replies with a fixed text and records the prompt.
type fakeGenerator struct {
	reply string
	err   error
	user  string
}

func (g *fakeGenerator) Generate(_ context.Context, _, user string, _ func(string)) (string, error) {
	g.user = user
	return g.reply, g.err
}

func TestLLMJudge(t *testing.T) {
	resp := &answer.Response{
		Sentences: []answer.Sentence{{Text: "Eén op de vijf [1].", Citations: []int{1}}},
		Citations: []answer.Citation{cite(1, pA)},
		Passages:  []bronwijzer.Passage{pA},
	}
	tests := []struct {
		name    string
		reply   string
		err     error
		want    float64
		wantErr bool
	}{
		{"score", "SCORE: 0.75", nil, 0.75, false},
		{"decimal comma and prose", "Mijn oordeel.\nscore = 0,5", nil, 0.5, false},
		{"one", "SCORE: 1", nil, 1, false},
		{"no score", "goed antwoord", nil, 0, true},
		{"out of range", "SCORE: 1.5", nil, 0, true},
		{"model error", "", errors.New("down"), 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &fakeGenerator{reply: tt.reply, err: tt.err}
			got, err := LLMJudge{Model: g}.Faithfulness(context.Background(), "Hoeveel?", resp)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("Faithfulness = %v, %v; want %v, err %v", got, err, tt.want, tt.wantErr)
			}
			if !strings.Contains(g.user, "[1] "+pA.Text) || !strings.Contains(g.user, "- Eén op de vijf [1].") {
				t.Errorf("prompt lacks the cited passage or the sentence:\n%s", g.user)
			}
		})
	}
}
