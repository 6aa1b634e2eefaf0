package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// feedbackEnv is a server with keys over a real SQLite store that keeps the
// audit trail and feedback; the answerer is the fake one.
type feedbackEnv struct {
	srv              *Server
	logs             *syncBuffer
	store            *sqlite.Store
	alice, bob       string // bearer tokens of two query keys
	aliceID, metrics string
}

func newFeedbackEnv(t *testing.T) *feedbackEnv {
	t.Helper()
	ctx := t.Context()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "bw.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	env := &feedbackEnv{store: store}
	for _, k := range []struct {
		name, scope string
		dst         *string
	}{{"praktijk A", "query", &env.alice}, {"praktijk B", "query", &env.bob}, {"prometheus", "metrics", &env.metrics}} {
		nk, err := auth.Create(ctx, store, k.name, []string{k.scope}, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		*k.dst = "Bearer " + nk.Token
		if k.dst == &env.alice {
			env.aliceID = nk.Key.ID
		}
	}
	deps := testDeps()
	deps.Admin = Admin{Auth: auth.NewAuthenticator(store), Audit: store, Feedback: store}
	env.srv, env.logs = newTestServer(t, Config{}, deps)
	return env
}

func (e *feedbackEnv) do(t *testing.T, method, target, body, authz string) *httptest.ResponseRecorder {
	t.Helper()
	if authz == "" {
		return do(t, e.srv.Handler(), method, target, body)
	}
	return do(t, e.srv.Handler(), method, target, body, "Authorization", authz)
}

// ask asks a question as authz and returns the answer's id.
func (e *feedbackEnv) ask(t *testing.T, authz string) string {
	t.Helper()
	rec := e.do(t, http.MethodPost, "/v1/ask", `{"question":"Wat is de belasting van huisartsen?"}`, authz)
	if rec.Code != http.StatusOK {
		t.Fatalf("ask: %d %s", rec.Code, rec.Body)
	}
	var resp answer.Response
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	if !admin.ValidAuditID(resp.ID) {
		t.Fatalf("answer id %q, want 32 hex digits", resp.ID)
	}
	return resp.ID
}

func (e *feedbackEnv) feedback(t *testing.T) []admin.FeedbackItem {
	t.Helper()
	var items []admin.FeedbackItem
	if err := e.store.ExportFeedback(t.Context(), time.Time{}, func(it admin.FeedbackItem) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return items
}

func feedbackPath(id string) string { return "/v1/answers/" + id + "/feedback" }

// The id of an answer (whole and streamed) is that of its audit record,
// which keeps the answer as given and its citations.
func TestAnswerIDIsAuditRecord(t *testing.T) {
	env := newFeedbackEnv(t)
	id := env.ask(t, env.alice)
	rec := env.do(t, http.MethodPost, routeAskStream, `{"question":"Wat is de belasting van huisartsen?"}`, env.alice)
	events := readSSE(t, rec.Body)
	var streamed answer.Response
	if err := json.Unmarshal([]byte(events[len(events)-1].Data), &streamed); err != nil {
		t.Fatal(err)
	}
	if !admin.ValidAuditID(streamed.ID) || streamed.ID == id {
		t.Fatalf("streamed answer id %q (whole answer %q): want a new 32-hex id", streamed.ID, id)
	}
	var recs []admin.AuditRecord
	if err := env.store.ExportAudit(t.Context(), time.Time{}, time.Time{}, func(r admin.AuditRecord) error {
		recs = append(recs, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := fakeAnswer()
	if len(recs) != 2 || recs[0].ID != id || recs[1].ID != streamed.ID {
		t.Fatalf("audit records %+v; want the two answers' ids", recs)
	}
	for _, r := range recs {
		if r.KeyID != env.aliceID || r.Answer != want.Answer || len(r.Cited) != len(want.Citations) ||
			r.Cited[0].Quote != want.Citations[0].Quote || r.Cited[0].Document != want.Citations[0].SourceFile {
			t.Errorf("audit record %+v does not keep the key, the answer and its citations", r)
		}
	}
}

func TestAnswerFeedback(t *testing.T) {
	env := newFeedbackEnv(t)
	id := env.ask(t, env.alice)

	rec := env.do(t, http.MethodPost, feedbackPath(id), `{"rating":"goed"}`, env.alice)
	var got feedbackResponse
	if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &got) != nil || got.Replaced || got.Rating != "goed" {
		t.Fatalf("first feedback: %d %s", rec.Code, rec.Body)
	}

	// A later feedback of the same key replaces it; the comment is redacted
	// before it is stored, returned or logged.
	body := `{"rating":"fout","reason":"onjuist","comment":"Mevrouw Jansen (bsn 111222333) kreeg hierdoor het verkeerde advies."}`
	rec = env.do(t, http.MethodPost, feedbackPath(id), body, env.alice)
	if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &got) != nil || !got.Replaced {
		t.Fatalf("second feedback: %d %s", rec.Code, rec.Body)
	}
	items := env.feedback(t)
	if len(items) != 1 {
		t.Fatalf("%d feedback stored, want 1 (replaced)", len(items))
	}
	fb := items[0]
	if fb.AnswerID != id || fb.KeyID != env.aliceID || fb.Rating != "fout" || fb.Reason != "onjuist" || fb.Answer.ID != id {
		t.Errorf("stored feedback %+v", fb)
	}
	for _, personal := range []string{"Jansen", "111222333"} {
		for where, text := range map[string]string{"store": fb.Comment, "response": got.Comment, "log": env.logs.String()} {
			if strings.Contains(text, personal) {
				t.Errorf("%s holds %q: %s", where, personal, text)
			}
		}
	}
	if !strings.Contains(fb.Comment, "[BSN]") || !strings.Contains(fb.Comment, "[NAAM]") || fb.Comment != got.Comment {
		t.Errorf("stored comment %q, response %q: want both redacted alike", fb.Comment, got.Comment)
	}

	// Another key cannot judge (or learn of) this answer.
	if rec := env.do(t, http.MethodPost, feedbackPath(id), `{"rating":"goed"}`, env.bob); rec.Code != http.StatusNotFound {
		t.Errorf("feedback by another key: %d %s, want 404", rec.Code, rec.Body)
	}
	if items := env.feedback(t); len(items) != 1 || items[0].Rating != "fout" {
		t.Errorf("another key's attempt changed the feedback: %+v", items)
	}
}

func TestAnswerFeedbackRefused(t *testing.T) {
	env := newFeedbackEnv(t)
	id := env.ask(t, env.alice)
	tests := []struct {
		name, target, body, authz string
		status                    int
		message                   string
	}{
		{"unknown id", feedbackPath(admin.NewAuditID()), `{"rating":"goed"}`, env.alice, 404, "niet gevonden (answer not found)"},
		{"malformed id", feedbackPath("..%2Fetc"), `{"rating":"goed"}`, env.alice, 404, "niet gevonden"},
		{"upper-case id", feedbackPath(strings.ToUpper(id)), `{"rating":"goed"}`, env.alice, 404, "niet gevonden"},
		{"no key", feedbackPath(id), `{"rating":"goed"}`, "", 401, "API-sleutel ontbreekt"},
		{"metrics key", feedbackPath(id), `{"rating":"goed"}`, env.metrics, 403, ""},
		{"no rating", feedbackPath(id), `{}`, env.alice, 400, `Beoordeling ontbreekt: geef "goed" of "fout"`},
		{"unknown rating", feedbackPath(id), `{"rating":"matig"}`, env.alice, 400, `Onbekende beoordeling "matig"`},
		{"fout without reason", feedbackPath(id), `{"rating":"fout"}`, env.alice, 400, `Geef bij beoordeling "fout" een reden`},
		{"unknown reason", feedbackPath(id), `{"rating":"fout","reason":"te-lang"}`, env.alice, 400, `Onbekende reden "te-lang"; kies "onjuist", "onvolledig"`},
		{"goed with reason", feedbackPath(id), `{"rating":"goed","reason":"onjuist"}`, env.alice, 400, `Een reden hoort alleen bij beoordeling "fout"`},
		{"comment too long", feedbackPath(id), `{"rating":"fout","reason":"anders","comment":"` + strings.Repeat("a", admin.MaxFeedbackComment+1) + `"}`,
			env.alice, 400, "Opmerking te lang (1001 tekens); maximaal 1000 tekens"},
		{"comment with NUL", feedbackPath(id), `{"rating":"fout","reason":"anders","comment":"a\u0000b"}`, env.alice, 400, "Opmerking bevat stuurtekens"},
		{"unknown field", feedbackPath(id), `{"rating":"goed","score":5}`, env.alice, 400, `Onbekend veld "score"`},
		{"rating not a string", feedbackPath(id), `{"rating":1}`, env.alice, 400, `Veld "rating" heeft het verkeerde type`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, http.MethodPost, tt.target, tt.body, tt.authz)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if msg := decodeError(t, rec).Message; !strings.Contains(msg, tt.message) {
				t.Errorf("message %q lacks %q", msg, tt.message)
			}
		})
	}
	if items := env.feedback(t); len(items) != 0 {
		t.Errorf("refused feedback was stored: %+v", items)
	}
	// The longest comment allowed is taken.
	body := `{"rating":"fout","reason":"anders","comment":"` + strings.Repeat("é", admin.MaxFeedbackComment) + `"}`
	if rec := env.do(t, http.MethodPost, feedbackPath(id), body, env.alice); rec.Code != http.StatusOK {
		t.Errorf("comment of %d characters: %d %s", admin.MaxFeedbackComment, rec.Code, rec.Body)
	}
}

// A server without a feedback store says so instead of losing the feedback.
func TestAnswerFeedbackWithoutStore(t *testing.T) {
	s, _ := newTestServer(t, Config{}, testDeps())
	rec := do(t, s.Handler(), http.MethodPost, feedbackPath(admin.NewAuditID()), `{"rating":"goed"}`)
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(decodeError(t, rec).Message, "bewaart geen feedback") {
		t.Errorf("feedback without a store: %d %s", rec.Code, rec.Body)
	}
}

func TestFeedbackMetrics(t *testing.T) {
	env := newFeedbackEnv(t)
	for _, body := range []string{`{"rating":"goed"}`, `{"rating":"fout","reason":"verouderd"}`, `{"rating":"fout","reason":"verouderd"}`} {
		id := env.ask(t, env.alice)
		if rec := env.do(t, http.MethodPost, feedbackPath(id), body, env.alice); rec.Code != http.StatusOK {
			t.Fatalf("feedback %s: %d %s", body, rec.Code, rec.Body)
		}
	}
	// Refused feedback is not counted.
	env.do(t, http.MethodPost, feedbackPath(admin.NewAuditID()), `{"rating":"goed"}`, env.alice)
	rec := env.do(t, http.MethodGet, "/metrics", "", env.metrics)
	for _, want := range []string{
		`bronwijzer_feedback_total{rating="goed",reason=""} 1`,
		`bronwijzer_feedback_total{rating="fout",reason="verouderd"} 2`,
	} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("metrics lack %s:\n%s", want, grepLines(rec.Body.String(), "bronwijzer_feedback"))
		}
	}
}

func grepLines(text, sub string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
