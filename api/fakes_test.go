package api

import (
	"context"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Hand-written fakes with realistic content from the bundled AI Kompas.

const (
	kompasID    = "ai-kompas"
	kompasTitle = "AI Kompas voor de nulde- en eerstelijnszorg"
	kompasFile  = "ai-kompas-nulde-eerstelijnszorg.pdf"
	disclaimer  = "Dit antwoord is samengesteld uit geverifieerde bronnen en vervangt geen klinisch oordeel."
	refusal     = "Ik kan deze vraag niet beantwoorden op basis van de beschikbare geverifieerde bronnen."
)

// The first passage starts with a character outside the Basic Multilingual
// Plane, so rune offsets and UTF-16 offsets differ: the UI must convert.
var fakePassages = []bronwijzer.Passage{
	{
		ID: kompasID + ":1:31", DocumentID: kompasID, Version: 1, Title: kompasTitle, SourceFile: kompasFile,
		PageStart: 14, PageEnd: 14, Section: "AI-toepassingen › AI en CDSS: agentic AI",
		Text: "🩺 Huisartsen wereldwijd hebben te maken met een steeds hogere cognitieve belasting door complexere " +
			"patiënten, administratieve druk en tijdsdruk, vooral in dienst- en avond/weekendzorg. Op basis van GPT-4 " +
			"werd in Australië een prototype van een AI-agent ontwikkeld die triage en klinische besluitvorming in de " +
			"ANW-zorg moet ondersteunen.",
		CharStart: 0, CharEnd: 330, Kind: bronwijzer.KindText, Score: 0.82, Verified: true, Published: "2025",
	},
	{
		ID: kompasID + ":1:30", DocumentID: kompasID, Version: 1, Title: kompasTitle, SourceFile: kompasFile,
		PageStart: 13, PageEnd: 14, Section: "AI-toepassingen › Monitoring op afstand",
		Text: "📈 Slimme armbanden meten vitale functies zoals ademhaling, bloeddruk en zuurstofniveau. In het VK " +
			"werden studies gedaan naar slimme armbanden die via wifi en ingebouwde sensoren vitale functies zoals " +
			"ademhaling, bloeddruk en zuurstofniveau continu meten; AI-algoritmen analyseren deze data in real-time " +
			"en sturen waarschuwingen bij afwijkingen.",
		CharStart: 120, CharEnd: 380, Kind: bronwijzer.KindText, Score: 0.61, Verified: false, Published: "2017",
	},
}

// citeQuote builds a citation whose offsets are rune offsets of the
// occurrence-th (0-based) occurrence of quote in p.
func citeQuote(n int, p bronwijzer.Passage, quote string, occurrence int, outdated bool) answer.Citation {
	i := -1
	for range occurrence + 1 {
		j := strings.Index(p.Text[i+1:], quote)
		if j < 0 {
			panic("fake quote not in passage: " + quote)
		}
		i += 1 + j
	}
	start := utf8.RuneCountInString(p.Text[:i])
	return answer.Citation{
		N: n, PassageID: p.ID, DocumentID: p.DocumentID, Title: p.Title, SourceFile: p.SourceFile,
		PageStart: p.PageStart, PageEnd: p.PageEnd, Section: p.Section, Quote: quote,
		QuoteStart: start, QuoteEnd: start + utf8.RuneCountInString(quote),
		Published: p.Published, Verified: p.Verified, Outdated: outdated,
	}
}

func fakeAnswer() *answer.Response {
	s1 := answer.Sentence{Text: "Huisartsen hebben te maken met een steeds hogere cognitieve belasting door complexere patiënten, administratieve druk en tijdsdruk. [1]", Citations: []int{1}}
	s2 := answer.Sentence{Text: "Slimme armbanden meten vitale functies zoals ademhaling, bloeddruk en zuurstofniveau continu. [2]", Citations: []int{2}}
	return &answer.Response{
		Answer:    s1.Text + " " + s2.Text,
		Sentences: []answer.Sentence{s1, s2},
		Citations: []answer.Citation{
			citeQuote(1, fakePassages[0], "steeds hogere cognitieve belasting door complexere patiënten, administratieve druk en tijdsdruk", 0, false),
			// The quote's text occurs twice; the offsets point at the second.
			citeQuote(2, fakePassages[1], "vitale functies zoals ademhaling, bloeddruk en zuurstofniveau", 1, true),
		},
		Passages:    fakePassages,
		Mode:        answer.ModeExtractive,
		Model:       "extractive",
		Enforcement: "passed",
		Disclaimer:  disclaimer,
	}
}

func fakeRefusal() *answer.Response {
	return &answer.Response{
		Abstained: true, Reason: refusal, Sentences: []answer.Sentence{}, Citations: []answer.Citation{},
		Passages: fakePassages[:1], Mode: answer.ModeExtractive, Model: "extractive",
		Enforcement: "abstained", Disclaimer: disclaimer,
	}
}

// fakeAsker answers questions about the Kompas and refuses questions about
// doses (which the corpus does not cover), like the real extractive answerer.
type fakeAsker struct {
	err     error
	panics  bool
	wait    time.Duration // respects ctx; for timeout tests
	gap     time.Duration // pause between streamed sentences
	failAt  int           // stream: fail after this many sentences (0: never)
	notice  string        // set as Response.Notice (a configured LLM was not used)
	started chan struct{} // closed-over signal for shutdown tests
	release chan struct{}

	mu   sync.Mutex
	last answer.Request
}

func (f *fakeAsker) respond(ctx context.Context, req answer.Request) (*answer.Response, error) {
	f.mu.Lock()
	f.last = req
	f.mu.Unlock()
	if f.panics {
		panic("fake asker exploded: secret internal detail")
	}
	if f.started != nil {
		close(f.started)
		<-f.release
	}
	if f.wait > 0 {
		select {
		case <-time.After(f.wait):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if f.err != nil {
		return nil, f.err
	}
	q := strings.ToLower(req.Question)
	resp := fakeAnswer()
	if strings.Contains(q, "dosering") || strings.Contains(q, "ibuprofen") {
		resp = fakeRefusal()
	}
	resp.Notice = f.notice
	return resp, nil
}

func (f *fakeAsker) Ask(ctx context.Context, req answer.Request) (*answer.Response, error) {
	return f.respond(ctx, req)
}

func (f *fakeAsker) AskStream(ctx context.Context, req answer.Request, emit func(answer.Sentence) error) (*answer.Response, error) {
	resp, err := f.respond(ctx, req)
	if err != nil {
		return nil, err
	}
	for i, s := range resp.Sentences {
		if f.failAt > 0 && i == f.failAt {
			return nil, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "Taalmodel niet bereikbaar (model unavailable).")
		}
		if f.gap > 0 && i > 0 {
			select {
			case <-time.After(f.gap):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		if err := emit(s); err != nil {
			return nil, err
		}
	}
	return resp, nil
}

type fakeSearcher struct {
	err  error
	opts retrieval.SearchOptions
}

func (f *fakeSearcher) Search(_ context.Context, q string, opts retrieval.SearchOptions) ([]bronwijzer.Passage, error) {
	f.opts = opts
	if f.err != nil {
		return nil, f.err
	}
	return fakePassages[:min(opts.K, len(fakePassages))], nil
}

type fakeDocuments struct{ err error }

var fakeDocs = []bronwijzer.Document{
	{
		ID: kompasID, Version: 1, Title: kompasTitle, Publisher: "unknown", Published: "2025",
		SourceFile: kompasFile, SHA256: strings.Repeat("ab", 32), MediaType: "application/pdf", Verified: true,
		Pages: 53, Chunks: 180, Bytes: 1843200, Embedder: "local-hash-384",
		IngestedAt: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC),
	},
	{
		ID: "nivel-ai-huisartsen", Version: 2, Title: "Inzet van AI in huisartsenpraktijken", Publisher: "Nivel",
		Published: "2025-03", SourceFile: "nivel-inzet-ai-huisartsenpraktijken.pdf", SHA256: strings.Repeat("cd", 32),
		MediaType: "application/pdf", Verified: true, Pages: 2, Chunks: 9, Bytes: 210000, Embedder: "local-hash-384",
		IngestedAt: time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC),
		Warnings:   []string{"pagina 2: 135 tekens staan in een lettertype dat in het bestand ontbreekt en zijn niet gelezen; controleer of tekst ontbreekt"},
	},
}

func (f fakeDocuments) Documents(context.Context) ([]bronwijzer.Document, error) {
	if f.err != nil {
		return nil, f.err
	}
	return fakeDocs, nil
}

func (f fakeDocuments) Document(_ context.Context, id string) (*bronwijzer.Document, error) {
	if f.err != nil {
		return nil, f.err
	}
	for _, d := range fakeDocs {
		if d.ID == id {
			return &d, nil
		}
	}
	return nil, bronwijzer.Errorf(bronwijzer.ENOTFOUND, "Document %q niet gevonden (document not found).", id)
}
