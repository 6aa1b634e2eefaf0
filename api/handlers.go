package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/labstack/echo/v4"
)

const msgInternal = "Interne fout; probeer het later opnieuw (internal error)."

// searchRequest is the body of POST /v1/search.
type searchRequest struct {
	Query string `json:"query"`
	K     *int   `json:"k"`
	Mode  string `json:"mode"`
}

type searchResponse struct {
	Passages []bronwijzer.Passage `json:"passages"`
}

// askRequest is the body of POST /v1/ask and /v1/ask/stream.
type askRequest struct {
	Question string `json:"question"`
	K        *int   `json:"k"`
}

type documentsResponse struct {
	Documents []bronwijzer.Document `json:"documents"`
}

type statusResponse struct {
	Status string            `json:"status"`
	Info   map[string]string `json:"info,omitempty"`
}

func (s *Server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, statusResponse{Status: "ok"})
}

// readyz reports 503 until the store answers and the corpus is loaded, so a
// load balancer does not send questions to an instance that cannot answer.
func (s *Server) readyz(c echo.Context) error {
	ctx := c.Request().Context()
	if err := s.deps.Ready(ctx); err != nil {
		msg := "Niet gereed: opslag of corpus niet beschikbaar (not ready)."
		var be *bronwijzer.Error
		if errors.As(err, &be) {
			msg = "Niet gereed: " + be.Message
		}
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "%s", msg)
	}
	resp := statusResponse{Status: "ready"}
	if s.deps.ReadyInfo != nil {
		resp.Info = s.deps.ReadyInfo(ctx)
	}
	return c.JSON(http.StatusOK, resp)
}

func (s *Server) search(c echo.Context) error {
	var req searchRequest
	if err := decodeJSON(c, &req); err != nil {
		return err
	}
	q, err := s.validText("query", req.Query)
	if err != nil {
		return err
	}
	k, err := validK(req.K, retrieval.DefaultK, retrieval.MaxK)
	if err != nil {
		return err
	}
	opts := retrieval.SearchOptions{K: k, Mode: retrieval.Mode(req.Mode)}
	switch opts.Mode {
	case "", retrieval.Hybrid, retrieval.Lexical, retrieval.Dense:
	default:
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Onbekende zoekmodus %q: kies hybrid, lexical of dense (unknown mode).", req.Mode)
	}
	opts.SetDefaults()
	addLogAttrs(c, slog.String("query", s.redactor.String(q)), slog.Int("k", k))
	passages, err := s.deps.Searcher.Search(c.Request().Context(), q, opts)
	if err != nil {
		return err
	}
	if passages == nil {
		passages = []bronwijzer.Passage{}
	}
	return c.JSON(http.StatusOK, searchResponse{Passages: passages})
}

func (s *Server) ask(c echo.Context) error {
	req, err := s.askRequest(c)
	if err != nil {
		return err
	}
	start := time.Now()
	resp, err := s.deps.Asker.Ask(c.Request().Context(), req)
	if err != nil {
		return err
	}
	if resp == nil {
		return errors.New("asker returned no response and no error")
	}
	s.finishAnswer(c, resp, start)
	return c.JSON(http.StatusOK, resp)
}

// askRequest decodes and validates a question and logs it redacted.
func (s *Server) askRequest(c echo.Context) (answer.Request, error) {
	var body askRequest
	if err := decodeJSON(c, &body); err != nil {
		return answer.Request{}, err
	}
	q, err := s.validText("question", body.Question)
	if err != nil {
		return answer.Request{}, err
	}
	k, err := validK(body.K, answer.DefaultK, answer.DefaultMaxK)
	if err != nil {
		return answer.Request{}, err
	}
	addLogAttrs(c, slog.String("question", s.redactor.String(q)), slog.Int("k", k))
	return answer.Request{Question: q, K: k}, nil
}

// finishAnswer gives the answer its id (that of its audit record, which
// clients quote to give feedback), sets the latency, normalises empty lists
// to [] for clients, and records metrics, the audit record and log
// attributes.
func (s *Server) finishAnswer(c echo.Context, resp *answer.Response, start time.Time) {
	resp.ID = admin.NewAuditID()
	resp.LatencyMS = time.Since(start).Milliseconds()
	if resp.Sentences == nil {
		resp.Sentences = []answer.Sentence{}
	}
	if resp.Citations == nil {
		resp.Citations = []answer.Citation{}
	}
	if resp.Passages == nil {
		resp.Passages = []bronwijzer.Passage{}
	}
	s.metrics.observeAnswer(resp)
	s.recordAudit(c, resp)
	addLogAttrs(c, slog.String("answer_id", resp.ID), slog.String("mode", resp.Mode), slog.Bool("abstained", resp.Abstained),
		slog.String("enforcement", resp.Enforcement), slog.Int("citations", len(resp.Citations)))
}

func (s *Server) documents(c echo.Context) error {
	docs, err := s.deps.Documents.Documents(c.Request().Context())
	if err != nil {
		return err
	}
	if docs == nil {
		docs = []bronwijzer.Document{}
	}
	return c.JSON(http.StatusOK, documentsResponse{Documents: docs})
}

func (s *Server) document(c echo.Context) error {
	id := c.Param("id")
	if id == "" || len(id) > 200 || !utf8.ValidString(id) {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Ongeldig document-id (invalid document id).")
	}
	doc, err := s.deps.Documents.Document(c.Request().Context(), id)
	if err != nil {
		return err
	}
	if doc == nil {
		return bronwijzer.Errorf(bronwijzer.ENOTFOUND, "Document %q niet gevonden (document not found).", id)
	}
	return c.JSON(http.StatusOK, doc)
}

// validText checks a question or query (bronwijzer.CheckText).
func (s *Server) validText(field, text string) (string, error) {
	return bronwijzer.CheckText(field, text, s.cfg.MaxQuestionRunes)
}

// validK returns the number of passages: def when absent, else 1..max
// (retrieval's bounds for a search; the answerer's for a question, so the
// API and the answerer say the same).
func validK(k *int, def, max int) (int, error) {
	if k == nil {
		return def, nil
	}
	return *k, bronwijzer.CheckK(`Veld "k"`, *k, max)
}

// decodeJSON reads exactly one JSON object with only known fields.
func decodeJSON(c echo.Context, v any) error {
	if ct := c.Request().Header.Get(echo.HeaderContentType); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != echo.MIMEApplicationJSON {
			return bronwijzer.Errorf(bronwijzer.EUNSUPPORTED,
				"Inhoudstype %q niet ondersteund; stuur application/json (unsupported media type).", ct)
		}
	}
	// The body is read whole (it is bounded by bodyLimit) because the JSON
	// decoder would silently turn invalid UTF-8 into U+FFFD.
	data, err := io.ReadAll(c.Request().Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return bronwijzer.WrapError(bronwijzer.EINVALID, err, "Verzoek kon niet worden gelezen (cannot read body).")
	}
	if !utf8.Valid(data) {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Het verzoek is geen geldige UTF-8-tekst (op positie %d); stuur JSON in UTF-8 (invalid UTF-8).", invalidUTF8At(data))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err, v)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Ongeldige JSON in het verzoek: extra gegevens na het object op positie %d (trailing data).", dec.InputOffset())
	}
	return nil
}

// invalidUTF8At returns the byte offset of the first invalid UTF-8 sequence.
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// jsonError explains a decoding error in terms of the request.
func jsonError(err error, v any) error {
	var (
		syn *json.SyntaxError
		typ *json.UnmarshalTypeError
		mbe *http.MaxBytesError
	)
	switch {
	case errors.As(err, &mbe):
		return err
	case errors.Is(err, io.EOF):
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Leeg verzoek: verwacht een JSON-object (empty body).")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Ongeldige JSON in het verzoek: onverwacht einde (unexpected end of JSON).")
	case errors.As(err, &syn):
		return bronwijzer.WrapError(bronwijzer.EINVALID, err,
			"Ongeldige JSON in het verzoek op positie %d: %s (invalid JSON).", syn.Offset, syn.Error())
	case errors.As(err, &typ):
		if typ.Field == "" {
			return bronwijzer.WrapError(bronwijzer.EINVALID, err, "Ongeldige JSON in het verzoek: verwacht een object (expected an object).")
		}
		return bronwijzer.WrapError(bronwijzer.EINVALID, err,
			"Veld %q heeft het verkeerde type: verwacht %s, niet %s (wrong type).", typ.Field, kindName(typ.Type), typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.TrimPrefix(err.Error(), "json: unknown field ")
		return bronwijzer.WrapError(bronwijzer.EINVALID, err,
			"Onbekend veld %s in het verzoek; toegestaan: %s (unknown field).", field, fieldNames(v))
	default:
		return bronwijzer.WrapError(bronwijzer.EINVALID, err, "Ongeldige JSON in het verzoek (invalid JSON).")
	}
}

func kindName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Float64:
		return "een getal"
	case reflect.String:
		return "tekst"
	case reflect.Bool:
		return "true of false"
	default:
		return t.Kind().String()
	}
}

// fieldNames lists the JSON fields of the request struct v points to.
func fieldNames(v any) string {
	t := reflect.TypeOf(v).Elem()
	names := make([]string, 0, t.NumField())
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		names = append(names, fmt.Sprintf("%q", name))
	}
	return strings.Join(names, ", ")
}
