package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/api"
	"github.com/bronwijzer/bronwijzer/ingest/extract/pdfworker"
)

// The end-to-end tests share one embedded store holding the bundled corpus,
// ingested once through the real command, and one server on loopback.
var (
	fixtureOnce sync.Once
	fixtureDir  string
	fixtureErr  error
	serverURL   string
)

func TestMain(m *testing.M) {
	pdfworker.Main() // the PDF workers the tests' App starts are this binary
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

// repoPath resolves a path relative to the repository root.
func repoPath(p string) string { return filepath.Join("..", "..", p) }

// testConfig is the default configuration on a given data directory, with
// the bundled registry.
func testConfig(dataDir string) Config {
	cfg := DefaultConfig()
	cfg.DataDir = dataDir
	cfg.Registry = repoPath("corpus/sources.json")
	return cfg
}

// mustCorpus ingests the bundled corpus once (through Run, as a user would)
// and starts a server over it; it returns the server's base URL.
func mustCorpus(t testing.TB) string {
	t.Helper()
	fixtureOnce.Do(func() {
		fixtureDir, fixtureErr = os.MkdirTemp("", "bronwijzer-e2e-")
		if fixtureErr != nil {
			return
		}
		var out, errOut bytes.Buffer
		code := Run(context.Background(), []string{"ingest", "--data-dir", fixtureDir, "--registry", repoPath("corpus/sources.json"), repoPath("corpus")}, nil, &out, &errOut)
		if code != exitOK {
			fixtureErr = &bronwijzer.Error{Code: bronwijzer.EINTERNAL, Message: "ingest failed: " + out.String() + errOut.String()}
			return
		}
		serverURL, fixtureErr = startServer(testConfig(fixtureDir))
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return serverURL
}

// startServer serves the app on a free loopback port for the rest of the
// test binary's life.
func startServer(cfg Config) (string, error) {
	logger := slog.New(slog.DiscardHandler)
	app, err := OpenApp(context.Background(), cfg, logger)
	if err != nil {
		return "", err
	}
	srv, err := app.NewServer(api.Config{Addr: "127.0.0.1:0"})
	if err != nil {
		return "", err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), nil
}

func postJSON(t testing.TB, url string, body any, out any) int {
	t.Helper()
	b, _ := json.Marshal(body)
	resp, err := http.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			t.Fatalf("decode %s: %v\n%s", url, err, data)
		}
	}
	return resp.StatusCode
}

// squash collapses whitespace and lowercases, so phrases match across the
// line and paragraph breaks of extracted text.
func squash(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// knownQuestions are paraphrased clinicians' questions with a phrase the
// right passage contains. Each must be found in the top 5 by /v1/search, in
// the default mode unless mode says otherwise.
var knownQuestions = []struct{ question, phrase, mode string }{
	{"Welk deel van de huisartsenpraktijken zet AI in bij het inschatten van urgentie?", "AI-ondersteunde triage (10%)", ""},
	{"Op welke datum kwamen de uitkomsten van de Nivel-enquête naar buiten?", "9 oktober 2025", ""},
	{"Hoeveel praktijken namen deel aan de peiling van het Nivel?", "ruim 700 huisartsenpraktijken", ""},
	{"Welke chatbots op basis van betrouwbare Nederlandse medische informatie worden genoemd?", "ThuisartsGPT", ""},
	{"Welke chatbot is getraind op artikelen van het Nederlands Tijdschrift voor Geneeskunde?", "Ask NTVG", ""},
	{"Welk bedrijf maakt automatische verslaglegging van consulten voor huisartsen?", "Juvoly", ""},
	{"Welke rol hebben patiënten volgens de patiëntenfederatie bij de ontwikkeling van AI?", "actieve participatie van patiënten", ""},
	{"Welke analyse van sterktes en zwaktes bevat het kompas?", "SWOT", ""},
	{"praktijk huisarts", "huisartsenpraktijken", ""},
	{"Wat is het advies over AI-geletterdheid voor zorgverleners?", "AI-geletterd", ""},
	// No content word in common with its passage ("willen … graag gaan
	// gebruiken" against "behoefte"): only the local hash embedder's list
	// finds it. Hybrid weighs that list 0, the weight fitted and held out per
	// document by cmd/fitfusion, so this question is asked of the dense list.
	{"Welke AI-toepassing willen de meeste praktijken graag gaan gebruiken?", "spraakgestuurde rapportage", "dense"},
	{"Hoeveel praktijken hebben geen behoefte aan een chatbot?", "chatbot (53%)", ""},
}

func TestSearchFindsKnownQuestions(t *testing.T) {
	base := mustCorpus(t)
	for _, tt := range knownQuestions {
		t.Run(tt.question, func(t *testing.T) {
			var body struct {
				Passages []bronwijzer.Passage `json:"passages"`
			}
			req := map[string]any{"query": tt.question, "k": 5}
			if tt.mode != "" {
				req["mode"] = tt.mode
			}
			if code := postJSON(t, base+"/v1/search", req, &body); code != http.StatusOK {
				t.Fatalf("status %d", code)
			}
			for _, p := range body.Passages {
				if strings.Contains(squash(p.Text), squash(tt.phrase)) {
					return
				}
			}
			t.Errorf("%q not in the top %d passages", tt.phrase, len(body.Passages))
		})
	}
}

// answerable questions: the answer's quotes must contain the expected fact.
// They are questions the answer model answers with confidence on the
// bundled corpus; how many it answers of a whole question set is the eval's
// to measure (make eval), not this test's.
var answerable = []struct{ question, fact string }{
	{"Welk deel van de huisartspraktijken gebruikte in 2024 al AI-toepassingen?", "op de vijf praktijken"},
	{"Hoe gangbaar zijn e-consulten en online herhaalrecepten in huisartspraktijken?", "98%"},
	{"Op welke bronnen baseert Ask NTvG zijn antwoorden?", "ntvg-artikelen"},
	{"Hoeveel praktijken willen AI inzetten voor preventieve zorg?", "45%"},
	{"Welke chatbots zijn gebaseerd op gevalideerde Nederlandse informatie?", "thuisartsgpt"},
	{"Van welke factoren hangt de invoering van AI in de huisartsenpraktijk volgens het Nivel af?", "vergoedingsstructuren"},
	{"Verschilt de interesse in AI tussen praktijken in de stad en op het platteland?", "geen grote verschillen"},
}

// outOfCorpus questions must be refused: the corpus does not cover them, or
// mentions the topic without the asked detail (near-misses).
var outOfCorpus = []string{
	"Wat is de dosering van amoxicilline bij otitis media bij kinderen?",
	"Wanneer verwijs ik een patiënt met pijn op de borst naar de cardioloog?",
	"Welke bloeddrukstreefwaarde geldt voor patiënten met diabetes type 2?",
	"Hoe lang moet een patiënt na een hersenschudding rust houden?",
	"Hoeveel kost een licentie voor Juvoly per maand?",
	"Wat is de sensitiviteit van ThuisartsGPT bij het herkennen van melanomen?",
	"Hoeveel procent van de praktijken gebruikt AI in 2026?",
	"Welke vaccinaties krijgt een baby van twee maanden?",
	"Welke nauwkeurigheid haalt de triagesoftware van Pacmed?",
	"Welke streefwaarde voor het HbA1c geldt bij ouderen met diabetes?",
	// answered until 2026-12-02 with sentences on two health-tech start-ups
	// that name the condition in passing (ruleAsked)
	"Wat is de behandeling van diabetes type 2?",
}

func ask(t *testing.T, base, question string) answer.Response {
	t.Helper()
	var resp answer.Response
	if code := postJSON(t, base+"/v1/ask", map[string]any{"question": question, "k": 5}, &resp); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	return resp
}

func TestAskAnswersWithCitedQuotes(t *testing.T) {
	base := mustCorpus(t)
	for _, tt := range answerable {
		t.Run(tt.question, func(t *testing.T) {
			resp := ask(t, base, tt.question)
			if resp.Abstained {
				t.Fatalf("abstained: %s", resp.Reason)
			}
			checkCitations(t, resp)
			for _, c := range resp.Citations {
				if strings.Contains(squash(c.Quote), squash(tt.fact)) {
					return
				}
			}
			t.Errorf("no quote contains %q; answer: %s", tt.fact, resp.Answer)
		})
	}
}

// checkCitations asserts the contract: every sentence cites, every citation
// is a retrieved passage, and every quote is an exact span of it.
func checkCitations(t *testing.T, resp answer.Response) {
	t.Helper()
	if len(resp.Sentences) == 0 {
		t.Fatal("no sentences")
	}
	byID := map[string]bronwijzer.Passage{}
	for _, p := range resp.Passages {
		byID[p.ID] = p
	}
	numbers := map[int]bool{}
	for _, c := range resp.Citations {
		numbers[c.N] = true
	}
	for _, s := range resp.Sentences {
		if len(s.Citations) == 0 {
			t.Errorf("sentence without citation: %q", s.Text)
		}
		for _, n := range s.Citations {
			if !numbers[n] {
				t.Errorf("sentence cites [%d], which is not among the citations", n)
			}
		}
	}
	for _, c := range resp.Citations {
		p, ok := byID[c.PassageID]
		if !ok {
			t.Errorf("citation [%d] points to %s, not a retrieved passage", c.N, c.PassageID)
			continue
		}
		if !strings.Contains(p.Text, c.Quote) || c.Quote == "" {
			t.Errorf("citation [%d] quote is not an exact span of its passage: %q", c.N, c.Quote)
		}
		if !c.Verified {
			t.Errorf("citation [%d] cites an unverified source", c.N)
		}
	}
}

func TestAskAbstainsOutsideCorpus(t *testing.T) {
	base := mustCorpus(t)
	for _, q := range outOfCorpus {
		t.Run(q, func(t *testing.T) {
			resp := ask(t, base, q)
			if !resp.Abstained {
				t.Fatalf("answered instead of abstaining: %s", resp.Answer)
			}
			if !strings.Contains(resp.Reason, "Ik kan deze vraag niet beantwoorden") {
				t.Errorf("reason = %q", resp.Reason)
			}
			if len(resp.Sentences) != 0 || len(resp.Citations) != 0 {
				t.Errorf("refusal carries %d sentences, %d citations", len(resp.Sentences), len(resp.Citations))
			}
			if len(resp.Passages) == 0 {
				t.Error("refusal should show the closest passages")
			}
		})
	}
}

// The CLI's --json output is exactly the HTTP body.
func TestSearchJSONMatchesHTTP(t *testing.T) {
	base := mustCorpus(t)
	q := "Welke chatbots op basis van betrouwbare Nederlandse medische informatie worden genoemd?"
	var out, errOut bytes.Buffer
	if code := Run(context.Background(), []string{"search", "--json", "-k", "3", "--data-dir", fixtureDir, "--registry", repoPath("corpus/sources.json"), q}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var cli, web searchBody
	if err := json.Unmarshal(out.Bytes(), &cli); err != nil {
		t.Fatal(err)
	}
	postJSON(t, base+"/v1/search", map[string]any{"query": q, "k": 3}, &web)
	if len(cli.Passages) != 3 || len(web.Passages) != 3 {
		t.Fatalf("got %d and %d passages", len(cli.Passages), len(web.Passages))
	}
	for i := range cli.Passages {
		if cli.Passages[i] != web.Passages[i] {
			t.Errorf("passage %d differs:\ncli %+v\nweb %+v", i, cli.Passages[i], web.Passages[i])
		}
	}
}

func TestAskCLI(t *testing.T) {
	mustCorpus(t)
	var out, errOut bytes.Buffer
	args := []string{"ask", "--data-dir", fixtureDir, "--registry", repoPath("corpus/sources.json"), answerable[3].question}
	if code := Run(context.Background(), args, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"[1]", "Bronnen:", "p. ", answerable[3].fact} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	args = append(args[:1], append([]string{"--json"}, args[1:]...)...)
	if code := Run(context.Background(), args, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var resp answer.Response
	if err := json.Unmarshal(out.Bytes(), &resp); err != nil {
		t.Fatalf("--json is not a /v1/ask body: %v", err)
	}
	checkCitations(t, resp)
}

// Personal data in a question is removed before search and answering: a BSN
// or phone number is not a fact to look for, so the question is still
// answered, with the same first statement.
func TestAskIgnoresPersonalData(t *testing.T) {
	base := mustCorpus(t)
	plain := ask(t, base, answerable[2].question)
	withPII := ask(t, base, answerable[2].question+" 111222333 06-12345678")
	if withPII.Abstained {
		t.Fatalf("refused because of personal data: %s", withPII.Reason)
	}
	if withPII.Sentences[0].Text != plain.Sentences[0].Text {
		t.Errorf("first statement changed:\nplain: %s\nwith:  %s", plain.Sentences[0].Text, withPII.Sentences[0].Text)
	}
	if strings.Contains(withPII.Answer, "111222333") {
		t.Error("the BSN appears in the answer")
	}
}
