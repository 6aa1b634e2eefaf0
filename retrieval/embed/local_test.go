package embed

import (
	"context"
	"errors"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/retrieval"
)

var _ retrieval.Embedder = (*Local)(nil)

func cosine(a, b []float32) float64 {
	var dot float64
	for i := range a {
		dot += float64(a[i]) * float64(b[i])
	}
	return dot
}

func norm(v []float32) float64 { return math.Sqrt(cosine(v, v)) }

func TestLocalName(t *testing.T) {
	tests := []struct {
		dim     int
		wantDim int
		name    string
	}{
		{0, 384, "local-hash-v1-384"},
		{-3, 384, "local-hash-v1-384"},
		{64, 64, "local-hash-v1-64"},
		{100000, 4096, "local-hash-v1-4096"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLocal(tt.dim)
			if l.Name() != tt.name || l.Dim() != tt.wantDim {
				t.Errorf("NewLocal(%d): Name %q Dim %d, want %q %d", tt.dim, l.Name(), l.Dim(), tt.name, tt.wantDim)
			}
			if got := retrieval.EmbedderName(l); got != tt.name {
				t.Errorf("retrieval.EmbedderName = %q, want %q", got, tt.name)
			}
			v, err := l.EmbedQuery(context.Background(), "huisarts")
			if err != nil || len(v) != tt.wantDim {
				t.Errorf("EmbedQuery: len %d err %v, want len %d", len(v), err, tt.wantDim)
			}
		})
	}
}

// TestLocalGolden pins the vectors: stored embeddings must stay valid across
// processes and releases. If this fails, the algorithm changed and Name's
// version must change with it.
func TestLocalGolden(t *testing.T) {
	v, err := NewLocal(384).EmbedQuery(context.Background(), "Huisartsen gebruiken AI-toepassingen voor verslaglegging.")
	if err != nil {
		t.Fatal(err)
	}
	h := fnv.New64a()
	for _, x := range v {
		b := math.Float32bits(x)
		h.Write([]byte{byte(b), byte(b >> 8), byte(b >> 16), byte(b >> 24)})
	}
	const want = uint64(0x1ddcb31d40dcc544)
	if got := h.Sum64(); got != want {
		t.Errorf("vector checksum = %#x, want %#x", got, want)
	}
}

func TestLocalDeterministicAndNormalised(t *testing.T) {
	l := NewLocal(0)
	ctx := context.Background()
	texts := []string{
		"De huisarts gebruikt een taalmodel.",
		"",
		"   ",
		"—…!?",
		"de het een",
		"Geïnventariseerd: patiëntenfederatie, COVID-19 en e-health.",
		strings.Repeat("zorg ", 10000),
	}
	for _, text := range texts {
		a, err := l.EmbedQuery(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := l.EmbedQuery(ctx, text)
		for i := range a {
			if a[i] != b[i] || math.IsNaN(float64(a[i])) {
				t.Fatalf("%q: component %d differs or NaN: %v vs %v", text, i, a[i], b[i])
			}
		}
		if n := norm(a); math.Abs(n-1) > 1e-5 {
			t.Errorf("%q: norm %v, want 1", text, n)
		}
	}
}

func TestLocalSimilarity(t *testing.T) {
	l := NewLocal(0)
	ctx := context.Background()
	tests := []struct {
		name                    string
		anchor, near, unrelated string
	}{
		{
			"verslaglegging",
			"Hoe kan de huisarts AI gebruiken voor de verslaglegging van consulten?",
			"Huisartsen zetten AI-toepassingen in om het verslag van het consult te schrijven.",
			"Het weer wordt morgen zonnig en warm met een zwakke oostenwind.",
		},
		{
			"privacy",
			"Welke privacyregels gelden voor patiëntgegevens?",
			"De AVG stelt eisen aan de verwerking van gegevens van patiënten en hun privacy.",
			"Het nieuwe voetbalstadion heeft plaats voor veertigduizend toeschouwers.",
		},
		{
			"compound",
			"huisartsenpraktijken",
			"praktijk van de huisarts",
			"gemeentelijke belastingen",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vs, err := l.EmbedDocuments(ctx, []string{tt.anchor, tt.near, tt.unrelated})
			if err != nil {
				t.Fatal(err)
			}
			near, far := cosine(vs[0], vs[1]), cosine(vs[0], vs[2])
			if near <= far {
				t.Errorf("cos(anchor, near) = %.3f <= cos(anchor, unrelated) = %.3f", near, far)
			}
		})
	}
}

func TestLocalEmbedDocumentsMatchesQuery(t *testing.T) {
	l := NewLocal(128)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 7))
	words := strings.Fields("huisarts zorg patiënt taalmodel privacy richtlijn praktijk triage data ethiek")
	texts := make([]string, 100)
	for i := range texts {
		var b strings.Builder
		for range 1 + r.IntN(30) {
			b.WriteString(words[r.IntN(len(words))] + " ")
		}
		texts[i] = b.String()
	}
	docs, err := l.EmbedDocuments(ctx, texts)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != len(texts) {
		t.Fatalf("got %d vectors for %d texts", len(docs), len(texts))
	}
	for i, text := range texts {
		q, _ := l.EmbedQuery(ctx, text)
		if cosine(q, docs[i]) < 0.99999 {
			t.Fatalf("text %d: batch vector differs from query vector", i)
		}
	}
	empty, err := l.EmbedDocuments(ctx, nil)
	if err != nil || len(empty) != 0 {
		t.Errorf("EmbedDocuments(nil) = %v, %v; want empty, nil", empty, err)
	}
}

func TestLocalCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	l := NewLocal(0)
	if _, err := l.EmbedDocuments(ctx, make([]string, 100)); !errors.Is(err, context.Canceled) {
		t.Errorf("EmbedDocuments error = %v, want context.Canceled", err)
	}
	if _, err := l.EmbedQuery(ctx, "x"); !errors.Is(err, context.Canceled) {
		t.Errorf("EmbedQuery error = %v, want context.Canceled", err)
	}
}

func BenchmarkLocalEmbedDocuments(b *testing.B) {
	l := NewLocal(0)
	r := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields(`huisarts huisartsenpraktijk kunstmatige intelligentie verslaglegging triage
beslisondersteuning zorgprofessionals patiënten taalmodellen privacy gegevensbescherming
eerstelijnszorg werkdruk richtlijnen toezicht scholing evaluatie gezondheidszorg organisatie`)
	texts := make([]string, 300) // about the Kompas: 300 chunks of 200 words
	for i := range texts {
		var sb strings.Builder
		for range 200 {
			sb.WriteString(vocab[r.IntN(len(vocab))] + " ")
		}
		texts[i] = sb.String()
	}
	ctx := context.Background()
	for b.Loop() {
		if _, err := l.EmbedDocuments(ctx, texts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(texts))*float64(b.N)/b.Elapsed().Seconds(), "chunks/s")
}

func BenchmarkLocalEmbedQuery(b *testing.B) {
	l := NewLocal(0)
	ctx := context.Background()
	for b.Loop() {
		l.EmbedQuery(ctx, "Welke AI-toepassingen worden gebruikt in huisartsenpraktijken?")
	}
}
