package eval

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
)

// seededPassages builds n passages of about words Dutch-like tokens each,
// drawn from a small vocabulary so common words repeat as in real text.
func seededPassages(n, words int) []bronwijzer.Passage {
	vocab := strings.Fields("de het een van en in op te voor met zorg huisarts patiënt praktijk AI triage " +
		"gegevens model richtlijn spraakherkenning verslaglegging diagnostiek preventie risico data 2024 52%")
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]bronwijzer.Passage, n)
	for i := range out {
		ws := make([]string, words)
		for j := range ws {
			ws[j] = vocab[r.IntN(len(vocab))]
		}
		out[i] = passage(fmt.Sprintf("d:1:%d", i), "d", "d.pdf", strings.Join(ws, " "))
	}
	return out
}

// BenchmarkHitRankMiss measures the worst case of scoring one question's
// retrieval: no passage holds the quote, so every passage takes the fuzzy
// ordered-overlap path. With k=5 passages of 250 words this bounds the
// scoring cost per question and configuration.
func BenchmarkHitRankMiss(b *testing.B) {
	for _, words := range []int{100, 250, 1000} {
		ps := seededPassages(5, words)
		ev := []Evidence{{Document: "d.pdf", Quote: "de huisarts gebruikt spraakherkenning voor de verslaglegging van het consult"}}
		b.Run(fmt.Sprintf("words=%d", words), func(b *testing.B) {
			for b.Loop() {
				if HitRank(ps, ev) != 0 {
					b.Fatal("unexpected hit")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/question")
		})
	}
}
