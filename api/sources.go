package api

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/corpus"
)

// The registry of verified sources over the API, as `bronwijzer sources`
// on the command line (the same code, package corpus): list the sources
// with the state of their stored document, verify an uploaded document
// after review, retire a source. Admin scope.
const (
	routeSources      = "/v1/sources"
	routeSourceRetire = "/v1/sources/:id/retire"
	// routeAdminPage is the administrators' page of the sources (admin.html).
	routeAdminPage = "/beheer"
)

// sourceItem is one source of GET /v1/sources: the row of `sources list
// --json` plus what the admin page shows.
type sourceItem struct {
	corpus.Row
	// Labels are the Dutch names of States, in order.
	Labels []string `json:"labels"`
	// SourceFile is the stored document's file name ("" when not stored):
	// the page opens a PDF in the viewer, other files as text.
	SourceFile string `json:"source_file,omitempty"`
	// Warnings are the stored version's extraction warnings (mostly
	// "pagina N: …"): the page marks a document whose text may be
	// incomplete before it is verified.
	Warnings []string `json:"warnings,omitempty"`
}

type sourcesResponse struct {
	Sources []sourceItem `json:"sources"`
}

// verifyRequest is the body of POST /v1/sources. Only the date is
// required; title, publisher and URL default to the stored document's.
type verifyRequest struct {
	DocumentID string `json:"document_id"`
	Title      string `json:"title"`
	Published  string `json:"published"`
	Publisher  string `json:"publisher"`
	URL        string `json:"url"`
	ReviewBy   string `json:"review_by"`
	Remark     string `json:"remark"`
	Replace    bool   `json:"replace"`
}

// sourceResponse is the answer of POST /v1/sources and of retire: the
// registry entry as written and the source's row after the change.
type sourceResponse struct {
	Entry  bronwijzer.Source `json:"entry"`
	Source sourceItem        `json:"source"`
	// Version is the stored document's new version that carries the change
	// (0: the stored document did not change, e.g. it is another file).
	Version int `json:"version"`
}

func (s *Server) sources(c echo.Context) error {
	ctx := c.Request().Context()
	docs, err := s.deps.Documents.Documents(ctx)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, sourcesResponse{Sources: s.sourceItems(s.deps.Admin.Registry.Sources(), docs)})
}

// sourceItems are corpus.Rows with the citations' age rules, labelled.
func (s *Server) sourceItems(sources []bronwijzer.Source, docs []bronwijzer.Document) []sourceItem {
	now := time.Now()
	maxAge := s.deps.Admin.MaxSourceAge
	if maxAge <= 0 {
		maxAge = answer.DefaultMaxSourceAge
	}
	rows := corpus.Rows(sources, docs, corpus.AgeRules{
		Outdated:  func(published string) bool { return answer.Outdated(published, now, maxAge) },
		ReviewDue: func(reviewBy string) bool { return answer.ReviewDue(reviewBy, now) },
	})
	stored := make(map[string]bronwijzer.Document, len(docs))
	for _, d := range docs {
		stored[d.ID] = d
	}
	items := make([]sourceItem, len(rows))
	for i, r := range rows {
		labels := make([]string, len(r.States))
		for j, st := range r.States {
			labels[j] = corpus.StateLabels[st]
		}
		d := stored[r.ID]
		items[i] = sourceItem{Row: r, Labels: labels, SourceFile: d.SourceFile, Warnings: d.Warnings}
	}
	return items
}

// verifySource declares an uploaded (stored) document verified after
// review: its entry, with the SHA-256 of the stored original file, goes
// into the registry file, and the stored document is marked verified, so it
// is cited from then on.
func (s *Server) verifySource(c echo.Context) error {
	var req verifyRequest
	if err := decodeJSON(c, &req); err != nil {
		return err
	}
	if err := req.check(); err != nil {
		return err
	}
	ctx := c.Request().Context()
	doc, sha, err := s.storedOriginal(ctx, req.DocumentID)
	if err != nil {
		return err
	}
	a := s.deps.Admin
	if cur, ok := a.Registry.Source(doc.ID); ok && !req.Replace && doc.Verified && strings.EqualFold(cur.SHA256, sha) && cur.Retired == "" {
		return bronwijzer.Errorf(bronwijzer.ECONFLICT,
			"Document %q is al geverifieerd (bron in het bronnenregister met dezelfde SHA-256); stuur \"replace\": true om de vermelding te vervangen (already verified).", doc.ID)
	}
	entry, err := corpus.NewEntry(req.entry(doc, sha))
	if err != nil {
		return err
	}
	if _, err := a.Registry.Add(entry, req.Replace); err != nil {
		return err
	}
	addLogAttrs(c, slog.String("document_id", doc.ID), slog.String("sha256", sha), slog.String("source_action", "verify"))
	return s.sourceChanged(c, entry, true)
}

func (r *verifyRequest) check() error {
	r.DocumentID = strings.TrimSpace(r.DocumentID)
	if r.DocumentID == "" {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Veld \"document_id\" ontbreekt: welk opgeslagen document wilt u verifiëren? (missing document_id)")
	}
	if err := validID(r.DocumentID); err != nil {
		return err
	}
	field := func(name string) string { return "Veld \"" + name + "\"" }
	if err := corpus.CheckDates(r.Published, r.ReviewBy, field); err != nil {
		return err
	}
	return checkURL(strings.TrimSpace(r.URL))
}

// entry is the registry entry of doc: the request's metadata, the stored
// document's where the request gives none.
func (r *verifyRequest) entry(doc *bronwijzer.Document, sha string) bronwijzer.Source {
	or := func(v, def string) string {
		if strings.TrimSpace(v) != "" {
			return v
		}
		return def
	}
	publisher := or(r.Publisher, doc.Publisher)
	return bronwijzer.Source{
		ID: doc.ID, Title: or(r.Title, doc.Title), Publisher: publisher, Published: r.Published, ReviewBy: r.ReviewBy,
		URL: or(r.URL, doc.URL), License: doc.License, Remark: r.Remark, File: doc.SourceFile, SHA256: sha,
	}
}

// storedOriginal returns a stored document and the SHA-256 of its stored
// original file: what the administrator reviewed is what gets verified.
func (s *Server) storedOriginal(ctx context.Context, id string) (*bronwijzer.Document, string, error) {
	st := s.deps.Admin.Store
	doc, err := st.Document(ctx, id)
	if bronwijzer.ErrorCode(err) == bronwijzer.ENOTFOUND {
		return nil, "", bronwijzer.Errorf(bronwijzer.ENOTFOUND,
			"Document %q is niet opgeslagen; upload het eerst (POST /v1/documents) en verifieer het daarna (unknown document).", id)
	}
	if err != nil {
		return nil, "", err
	}
	f, err := st.File(ctx, doc.SHA256)
	if bronwijzer.ErrorCode(err) == bronwijzer.ENOTFOUND {
		return nil, "", bronwijzer.Errorf(bronwijzer.ENOTFOUND,
			"Het originele bestand van %q is niet opgeslagen, dus het kan niet worden beoordeeld; upload het opnieuw (original file missing).", id)
	}
	if err != nil {
		return nil, "", err
	}
	sha := admin.FileDigest(f.Data)
	if !strings.EqualFold(sha, doc.SHA256) {
		return nil, "", bronwijzer.Errorf(bronwijzer.ECONFLICT,
			"Het opgeslagen bestand van %q komt niet overeen met de opgeslagen versie (SHA-256 wijkt af); neem het opnieuw op (file does not match).", id)
	}
	return doc, sha, nil
}

// retireSource withdraws a source: its entry and the stored versions stay
// for the audit trail, but the document is no longer cited as verified.
func (s *Server) retireSource(c echo.Context) error {
	id := c.Param("id")
	if err := validID(id); err != nil {
		return err
	}
	src, err := s.deps.Admin.Registry.Retire(id, time.Now().Format(time.DateOnly))
	if err != nil {
		return err
	}
	addLogAttrs(c, slog.String("document_id", id), slog.String("source_action", "retire"))
	return s.sourceChanged(c, src, false)
}

// sourceChanged makes the stored document follow the registry change and
// answers with the entry and its row. The registry file is already
// written; a store failure says so.
func (s *Server) sourceChanged(c echo.Context, entry bronwijzer.Source, verified bool) error {
	ctx := c.Request().Context()
	version, err := corpus.SyncStored(ctx, s.deps.Admin.Store, entry, verified)
	if err != nil {
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err,
			"Het bronnenregister is bijgewerkt, maar het opgeslagen document %q niet; probeer het opnieuw (store not updated).", entry.ID)
	}
	var docs []bronwijzer.Document
	if doc, err := s.deps.Admin.Store.Document(ctx, entry.ID); err == nil {
		docs = append(docs, *doc)
	} else if bronwijzer.ErrorCode(err) != bronwijzer.ENOTFOUND {
		return err
	}
	return c.JSON(http.StatusOK, sourceResponse{Entry: entry, Source: s.sourceItems([]bronwijzer.Source{entry}, docs)[0], Version: version})
}

// adminPage serves the sources page with the page policy (it sets its own,
// as the viewer does, since securityHeaders gives unknown routes the API's).
func (s *Server) adminPage(c echo.Context) error {
	h := c.Response().Header()
	h.Set("Content-Security-Policy", cspPage+"; frame-ancestors 'none'")
	h.Set("X-Frame-Options", "DENY")
	return s.page("admin.html")(c)
}
