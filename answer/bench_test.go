package answer

import (
	"context"
	"testing"

	"github.com/bronwijzer/bronwijzer"
)

// benchPassages are five passages of the size the chunker produces
// (~1,000-1,500 characters), built from corpus text.
func benchPassages() []bronwijzer.Passage {
	texts := []string{
		nivelApps + "\n\n" + nivelNeed + "\n" + nivelUse,
		nivelUse + "\n\n" + kompasResponsibility + "\n" + nivelApps,
		nivelNeed + "\n\n" + kompasChatbots + "\n" + nivelUse,
		kompasChatbots + "\n\n" + nivelApps + "\n" + kompasResponsibility,
		kompasResponsibility + "\n\n" + nivelNeed + "\n" + kompasChatbots,
	}
	ps := make([]bronwijzer.Passage, len(texts))
	for i, t := range texts {
		ps[i] = passage(string(rune('a'+i)), "Bron", t, i+1, "2025")
	}
	return ps
}

func BenchmarkAskExtractive(b *testing.B) {
	questions := map[string]string{
		"answered":  "Welke AI-toepassingen zijn het populairst bij huisartsenpraktijken?",
		"abstained": "Welke dosering metformine geef je bij nierfalen?",
	}
	for name, a := range analyzers(&testing.T{}) {
		for kind, q := range questions {
			b.Run(name+"/"+kind, func(b *testing.B) {
				s := newTestServiceWith(a, nil, &fakeSearcher{passages: benchPassages()})
				ctx := context.Background()
				req := Request{Question: q}
				for b.Loop() {
					if _, err := s.Ask(ctx, req); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/ask")
			})
		}
	}
}

func BenchmarkEnforce(b *testing.B) {
	e := NewEnforcer(analyzers(&testing.T{})["dutch"], 0, false)
	ps := benchPassages()
	answer := "Ruim de helft van de praktijken (52%) geeft aan behoefte te hebben aan spraakgestuurde rapportage [1]. " +
		"Van de AI-toepassingen zijn spraakgestuurde rapportage (14%) en AI-ondersteunde triage (10%) het populairst [2]."
	for b.Loop() {
		if !e.Check(answer, ps).OK() {
			b.Fatal("not supported")
		}
	}
}
