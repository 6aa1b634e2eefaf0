package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgtest"
)

// Bad input through the real command and server (docs/reliability.md, Bad
// input): search syntax on every store, and the CLI's exit codes and
// messages.

// operatorText is a document that uses full-text operators as words.
const operatorText = `# Incidentmelding

Een bijna-ongeluk heet in het Engels een near miss. Meld elke NEAR-melding in het VIM-systeem.
De AND-poort en de OR-poort van de infuuspomp worden bij onderhoud gecontroleerd.
Het NOT-signaal betekent dat de pomp niet gereed is.
`

// syntaxCorpus is a directory with the Nivel article (verified) and
// operatorText (unverified).
func syntaxCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	pdf, err := os.ReadFile(repoPath("corpus/nivel-inzet-ai-huisartsenpraktijken.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"nivel-inzet-ai-huisartsenpraktijken.pdf": pdf,
		"operatoren.md": []byte(operatorText),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// syntaxQueries would break a full-text engine if passed through as query
// syntax (FTS5 MATCH, PostgreSQL tsquery, LIKE, SQL).
var syntaxQueries = []string{
	`"huisartsenpraktijken"`, `"onafgesloten aanhalingsteken`, `""`, `huisarts*`, `*`, `**`,
	`NEAR`, `NEAR(huisarts AI)`, `huisarts NEAR/3 AI`, `-triage`, `triage -chatbot`, `--`,
	`title:AI`, `AI:`, `:`, `:*`, `(triage OR chatbot)`, `(`, `)`, `()`,
	`AND`, `OR`, `NOT`, `huisarts AND NOT triage`, `AND OR NOT`, `^triage`, `triage^2`, `^`,
	`\`, `C:\pad\naar\bestand`, `\"`, `'`, `''`, `o'neill`, `'; DROP TABLE chunks; --`, `' OR 1=1 --`,
	`%`, `_`, `%_%`, `$1`, `&&`, `||`, `!`, `~`, `@@`, `<->`, `triage & chatbot | !AI`, `{}`, `[1]`, `#`,
}

func TestSearchSyntaxIsText(t *testing.T) {
	stores := []struct {
		name  string
		setup func(t *testing.T) Config
	}{
		{"sqlite memory", func(t *testing.T) Config { return testConfig(t.TempDir()) }},
		{"sqlite fts5", func(t *testing.T) Config {
			cfg := testConfig(t.TempDir())
			cfg.Lexical = "fts5"
			return cfg
		}},
		{"postgres", func(t *testing.T) Config {
			srv, err := pgtest.Start()
			if err != nil {
				t.Fatalf("start PostgreSQL: %v", err)
			}
			t.Cleanup(func() { srv.Stop() })
			cfg := testConfig(t.TempDir())
			cfg.DatabaseURL = srv.Database(t)
			return cfg
		}},
	}
	corpus := syntaxCorpus(t)
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			cfg := st.setup(t)
			args := []string{"ingest", "--data-dir", cfg.DataDir, "--registry", cfg.Registry, "--lexical", cfg.Lexical}
			if cfg.DatabaseURL != "" {
				args = append(args, "--database-url", cfg.DatabaseURL)
			}
			var out, errOut bytes.Buffer
			if code := Run(context.Background(), append(args, corpus), nil, &out, &errOut); code != exitOK {
				t.Fatalf("ingest: exit %d\n%s%s", code, out.String(), errOut.String())
			}
			base, err := startServer(cfg)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range syntaxQueries {
				for _, mode := range []string{"hybrid", "lexical", "dense"} {
					var got searchBody
					if code := postJSON(t, base+"/v1/search", map[string]any{"query": q, "k": 5, "mode": mode}, &got); code != 200 {
						t.Errorf("%s %q: status %d", mode, q, code)
					}
				}
			}
			// Operators are words: they find the document that uses them.
			for _, q := range []string{"NEAR", "AND", "OR-poort", "NOT-signaal", "near miss", "AND OR NOT"} {
				var got searchBody
				postJSON(t, base+"/v1/search", map[string]any{"query": q, "k": 3, "mode": "lexical"}, &got)
				if len(got.Passages) == 0 || got.Passages[0].DocumentID != "operatoren" {
					t.Errorf("lexical %q: top %s, want the operator document", q, topID(got.Passages))
				}
			}
			// Syntax around real words does not hide them (and the
			// operator words are words too: "AND" also finds operatoren).
			for _, q := range []string{`"huisartsenpraktijken" AND (triage OR chatbot)`, `triage^2 -chatbot:*`, `'triage'`, `triage*`} {
				var got searchBody
				postJSON(t, base+"/v1/search", map[string]any{"query": q, "k": 3, "mode": "lexical"}, &got)
				found := false
				for _, p := range got.Passages {
					found = found || p.DocumentID == "nivel-inzet-ai-huisartsenpraktijken"
				}
				if !found {
					t.Errorf("lexical %q: %d passages, none from the Nivel article", q, len(got.Passages))
				}
			}
			for _, q := range []string{"NEAR", `' OR 1=1 --`, `"triage" AND NOT (`} {
				resp := ask(t, base, q)
				if !resp.Abstained && len(resp.Citations) == 0 {
					t.Errorf("ask %q: an answer without citations", q)
				}
			}
		})
	}
}

// cliCase is one command line with its exit code and a stderr substring.
type cliCase struct {
	name   string
	args   []string
	exit   int
	stderr string
}

func TestBadInputCLI(t *testing.T) {
	mustCorpus(t)
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	long := strings.Repeat("koorts ", 15000) // 105 000 characters
	tests := []cliCase{
		{"ask without a question", []string{"ask"}, exitUsage, "geef een vraag (missing question)"},
		{"ask blank question", []string{"ask", "  "}, exitUsage, "geef een vraag (missing question)"},
		{"ask over-long question", []string{"ask", long}, exitFail, "is te lang: 104999 tekens, maximaal 2000"},
		{"ask NUL", []string{"ask", "koorts\x00bij kinderen"}, exitFail, "bevat stuurtekens"},
		{"ask invalid UTF-8", []string{"ask", "koorts \xff"}, exitFail, "bevat ongeldige tekens"},
		{"ask only markers", []string{"ask", "[1] [2]"}, exitFail, "Vraag ontbreekt"},
		{"ask k zero", []string{"ask", "-k", "0", "koorts"}, exitUsage, "-k moet tussen 1 en 20 liggen, niet 0"},
		{"ask k negative", []string{"ask", "-k", "-5", "koorts"}, exitUsage, "-k moet tussen 1 en 20 liggen, niet -5"},
		{"ask k huge", []string{"ask", "-k", "1000000", "koorts"}, exitUsage, "-k moet tussen 1 en 20 liggen, niet 1000000"},
		{"ask k not a number", []string{"ask", "-k", "vijf", "koorts"}, exitUsage, `invalid value "vijf" for flag -k`},
		{"ask k overflows", []string{"ask", "-k", "99999999999999999999", "koorts"}, exitUsage, "value out of range"},
		{"ask unknown flag", []string{"ask", "--top", "3", "koorts"}, exitUsage, "flag provided but not defined: -top"},
		{"search without a query", []string{"search"}, exitUsage, "geef een zoekopdracht (missing query)"},
		{"search k zero", []string{"search", "-k", "0", "koorts"}, exitUsage, "-k moet tussen 1 en 50 liggen, niet 0"},
		{"search k negative", []string{"search", "-k", "-1", "koorts"}, exitUsage, "niet -1"},
		{"search k huge", []string{"search", "-k", "51", "koorts"}, exitUsage, "niet 51"},
		{"search unknown mode", []string{"search", "--mode", "fuzzy", "koorts"}, exitFail, `Onbekende zoekmodus "fuzzy"`},
		{"search over-long query", []string{"search", long}, exitFail, "Zoekvraag te lang"},
		{"search NUL", []string{"search", "triage\x00chatbot"}, exitOK, ""},
		{"search syntax", []string{"search", `"triage" AND (NEAR* OR -chatbot:)`}, exitOK, ""},
		{"ingest nothing", []string{"ingest"}, exitUsage, ""},
		{"ingest missing file", []string{"ingest", filepath.Join(dir, "bestaat-niet.pdf")}, exitFail, "bestand of map bestaat niet of is niet leesbaar"},
		{"ingest zero bytes", []string{"ingest", write("leeg.pdf", nil)}, exitFail, "leeg bestand: 0 bytes"},
		{"ingest html named .pdf", []string{"ingest", write("nep.pdf", []byte("<html><body>Geen PDF</body></html>"))}, exitFail, "bestand heeft de extensie .pdf maar is geen PDF"},
		{"ingest executable", []string{"ingest", write("setup.exe", []byte("\x7fELF\x02\x01\x01\x00"))}, exitFail, `bestandstype ".exe" wordt niet ondersteund`},
		{"ingest zip", []string{"ingest", write("bronnen.zip", []byte("PK\x03\x04\x14\x00"))}, exitFail, `bestandstype ".zip" wordt niet ondersteund`},
		{"ingest binary text", []string{"ingest", write("notitie.txt", []byte("ab\x00cd"))}, exitFail, "tekstbestand is geen geldige UTF-8-tekst"},
		{"ingest decompression bomb", []string{"ingest", write("bom.pdf", pdftest.BombPDF(pdftest.BombContent, 1<<30))}, exitFail, "mogelijk een decompressiebom"},
		{"ingest 10000 pages", []string{"ingest", write("dik.pdf", pdftest.Pages(10000, 10000))}, exitFail, "PDF heeft 10000 pagina's; maximaal 2000 toegestaan"},
		{"ingest user password", []string{"ingest", repoPath("ingest/extract/testdata/encrypted-user.pdf")}, exitFail, "PDF is versleuteld met een wachtwoord"},
		{"ingest traversal in the path is just a path", []string{"ingest", filepath.Join(dir, "..", filepath.Base(dir), "bestaat-niet.txt")}, exitFail, "bestand of map bestaat niet of is niet leesbaar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{tt.args[0], "--registry", repoPath("corpus/sources.json")}, tt.args[1:]...)
			data := fixtureDir
			if tt.args[0] == "ingest" {
				data = t.TempDir() // bad files must not touch the shared store
			}
			code, stdout, stderr := run(t, data, args...)
			if code != tt.exit {
				t.Fatalf("exit %d, want %d\nstdout: %.500s\nstderr: %.500s", code, tt.exit, stdout, stderr)
			}
			if !strings.Contains(stderr+stdout, tt.stderr) {
				t.Errorf("output lacks %q\nstdout: %.500s\nstderr: %.500s", tt.stderr, stdout, stderr)
			}
			if strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "panic") {
				t.Errorf("stderr shows a crash: %.500s", stderr)
			}
		})
	}
}
