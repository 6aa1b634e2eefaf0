package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/ingest/jobs"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Routes of document management, original files and jobs (routes.go).
const (
	routeDocuments        = "/v1/documents"
	routeDocument         = "/v1/documents/:id"
	routeDocumentFile     = "/v1/documents/:id/file"
	routeDocumentReingest = "/v1/documents/:id/reingest"
	routeJob              = "/v1/jobs/:id"
)

// Admin holds what access control, the audit trail and document management
// need. Every field is optional: without Auth every caller is anonymous (the
// command only allows that on loopback); without Store the file and
// management routes are not registered; without Jobs or Pipeline only the
// file route is (the route table's needs, routes.go).
type Admin struct {
	Auth    *auth.Authenticator
	Limiter *auth.Limiter
	// Audit receives one record per answer; write failures are logged, never
	// shown to the clinician.
	Audit AuditWriter
	// Feedback keeps clinicians' feedback on answers (feedback.go).
	Feedback FeedbackWriter
	// CorpusVersion identifies the current set of document versions for the
	// audit record.
	CorpusVersion func(ctx context.Context) string
	Store         DocumentAdmin
	Jobs          *jobs.Queue
	Pipeline      *ingest.Pipeline
	// Registry says which uploads are verified and, with Store, serves the
	// sources routes (corpus.File).
	Registry Registry
	// MaxSourceAge flags sources published longer ago as outdated in
	// GET /v1/sources, as citations are (answer.DefaultMaxSourceAge).
	MaxSourceAge time.Duration
	// MaxUploadBytes limits an uploaded file; default 100 MiB.
	MaxUploadBytes int64
}

// defaultMaxUpload is Admin.MaxUploadBytes when unset.
const defaultMaxUpload = 100 << 20

// AuditWriter appends audit records (admin.AuditStore).
type AuditWriter interface {
	AppendAudit(ctx context.Context, rec admin.AuditRecord) error
}

// DocumentAdmin is the store side of document management.
type DocumentAdmin interface {
	Document(ctx context.Context, id string) (*bronwijzer.Document, error)
	PutDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error)
	ReplaceDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error)
	DeleteDocument(ctx context.Context, id string) error
	Chunks(ctx context.Context, documentID string) ([]bronwijzer.Chunk, error)
	File(ctx context.Context, sha256 string) (*admin.StoredFile, error)
	PruneFiles(ctx context.Context, before time.Time) (int64, error)
}

// Registry is the registry of verified sources (corpus.File): uploads look
// sources up by id; the sources routes (sources.go) list and change them.
// A change writes the registry file atomically and applies at once.
type Registry interface {
	Source(id string) (bronwijzer.Source, bool)
	Sources() []bronwijzer.Source
	// Add adds an entry, or with replace takes the place of the entries
	// with its id or digest; an existing id or digest is ECONFLICT.
	Add(src bronwijzer.Source, replace bool) (created bool, err error)
	// Retire marks an entry retired on date (ENOTFOUND for an unknown id)
	// and returns it.
	Retire(id, date string) (bronwijzer.Source, error)
}

// pruneGrace spares files younger than this when a delete prunes orphaned
// files: an upload job may have stored its file but not yet its version.
const pruneGrace = 15 * time.Minute

// uploadFields are the form fields of POST /v1/documents besides "file".
var uploadFields = []string{"id", "title", "publisher", "published", "url", "license", "replace"}

var (
	validDocID     = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$`)
	validPublished = regexp.MustCompile(`^(unknown|\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)$`)
)

// upload is a parsed upload request.
type upload struct {
	name    string
	data    []byte
	meta    bronwijzer.Source // metadata from the form; ID always set
	replace bool
}

// uploadResult is the result of a finished upload or re-ingest job.
type uploadResult struct {
	DocumentID      string   `json:"document_id"`
	Status          string   `json:"status"` // ingested | unchanged
	Version         int      `json:"version"`
	PreviousVersion int      `json:"previous_version,omitempty"`
	Verified        bool     `json:"verified"`
	Verification    string   `json:"verification"` // Dutch explanation of the verified flag
	SHA256          string   `json:"sha256"`
	MediaType       string   `json:"media_type"`
	Pages           int      `json:"pages"`
	Chunks          int      `json:"chunks"`
	Warnings        []string `json:"warnings,omitempty"`
}

// uploadDocument accepts a file with its registry metadata and ingests it
// in a job: 202 with the job, Location /v1/jobs/{id}. Empty files, unknown
// types and replacements of an existing document without replace=true are
// refused at once; extraction errors end the job with the CLI's message.
func (s *Server) uploadDocument(c echo.Context) error {
	up, err := s.parseUpload(c)
	if err != nil {
		return err
	}
	if len(up.data) == 0 {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "leeg bestand: 0 bytes (empty file)")
	}
	mediaType, err := ingest.DetectType(up.name, up.data)
	if err != nil {
		return err
	}
	sha := admin.FileDigest(up.data)
	ctx := c.Request().Context()
	if err := s.checkReplace(ctx, up.meta.ID, sha, up.replace); err != nil {
		return err
	}
	src, unverified, note := s.sourceFor(up.meta, sha)
	in := ingest.Input{Name: up.name, Data: up.data, Source: &src, Unverified: unverified}
	job, err := s.deps.Admin.Jobs.Submit("upload", func(ctx context.Context, report func(string, float64)) (any, error) {
		// Checked again: another upload may have landed while this one queued.
		if err := s.checkReplace(ctx, up.meta.ID, sha, up.replace); err != nil {
			return nil, err
		}
		report("ingesting", 0.1)
		return runIngest(ctx, s.deps.Admin.Pipeline, in, sha, mediaType, note)
	})
	if err != nil {
		return err
	}
	addLogAttrs(c, slog.String("job", job.ID), slog.String("document_id", up.meta.ID), slog.String("sha256", sha))
	c.Response().Header().Set(echo.HeaderLocation, "/v1/jobs/"+url.PathEscape(job.ID))
	return c.JSON(http.StatusAccepted, job)
}

func runIngest(ctx context.Context, p *ingest.Pipeline, in ingest.Input, sha, mediaType, note string) (any, error) {
	res := p.Ingest(ctx, in)
	if res.Err != nil {
		return nil, res.Err
	}
	if res.Verified {
		note = "Geverifieerd: de SHA-256 komt overeen met het bronnenregister."
	}
	return uploadResult{
		DocumentID: res.DocumentID, Status: res.Status, Version: res.Version, PreviousVersion: res.PreviousVersion,
		Verified: res.Verified, Verification: note, SHA256: sha, MediaType: mediaType,
		Pages: res.Pages, Chunks: res.Chunks, Warnings: res.Warnings,
	}, nil
}

// parseUpload reads the multipart form: the file and known fields only.
func (s *Server) parseUpload(c echo.Context) (upload, error) {
	r := c.Request()
	if mt, _, _ := mime.ParseMediaType(r.Header.Get(echo.HeaderContentType)); mt != echo.MIMEMultipartForm {
		return upload{}, bronwijzer.Errorf(bronwijzer.EUNSUPPORTED,
			"Stuur het bestand als multipart/form-data in het veld \"file\" (unsupported media type).")
	}
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return upload{}, err
		}
		return upload{}, bronwijzer.WrapError(bronwijzer.EINVALID, err, "Ongeldig multipart-formulier (invalid multipart form).")
	}
	defer r.MultipartForm.RemoveAll() //nolint:errcheck // temporary files only
	for field := range r.MultipartForm.Value {
		if !slices.Contains(uploadFields, field) {
			return upload{}, bronwijzer.Errorf(bronwijzer.EINVALID,
				"Onbekend veld %q; toegestaan: file, %s (unknown field).", field, strings.Join(uploadFields, ", "))
		}
	}
	files := r.MultipartForm.File["file"]
	if len(files) != 1 {
		return upload{}, bronwijzer.Errorf(bronwijzer.EINVALID,
			"Stuur precies één bestand in het veld \"file\" (expected one file).")
	}
	f, err := files[0].Open()
	if err != nil {
		return upload{}, fmt.Errorf("open upload: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return upload{}, fmt.Errorf("read upload: %w", err)
	}
	name, err := ingest.SafeName(files[0].Filename)
	if err != nil {
		return upload{}, err
	}
	up := upload{name: name, data: data}
	if err := s.uploadMeta(c, &up); err != nil {
		return upload{}, err
	}
	return up, nil
}

func (s *Server) uploadMeta(c echo.Context, up *upload) error {
	form := func(k string) string { return strings.TrimSpace(c.FormValue(k)) }
	up.meta = bronwijzer.Source{
		ID: form("id"), Title: form("title"), Publisher: form("publisher"), Published: form("published"),
		URL: form("url"), License: form("license"), File: up.name,
	}
	if up.meta.ID == "" {
		up.meta.ID = ingest.DocumentID(up.name)
	}
	if !validDocID.MatchString(up.meta.ID) {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Ongeldig document-id %q: gebruik letters, cijfers, '.', '_' en '-', maximaal 200 tekens (invalid id).", up.meta.ID)
	}
	if p := up.meta.Published; p != "" && !validPublished.MatchString(p) {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Ongeldige publicatiedatum %q: gebruik JJJJ, JJJJ-MM, JJJJ-MM-DD of unknown (invalid published).", p)
	}
	if err := checkURL(up.meta.URL); err != nil {
		return err
	}
	if v := form("replace"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return bronwijzer.Errorf(bronwijzer.EINVALID, "Veld \"replace\" moet true of false zijn, niet %q (invalid replace).", v)
		}
		up.replace = b
	}
	return nil
}

// checkURL accepts "" or an absolute http(s) URL.
func checkURL(u string) error {
	if u == "" {
		return nil
	}
	if pu, err := url.Parse(u); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Ongeldige URL %q: verwacht http(s)://… (invalid url).", u)
	}
	return nil
}

// checkReplace refuses to replace an existing document's content unless the
// client said replace=true: a verified source is never overwritten silently,
// and neither is anything else.
func (s *Server) checkReplace(ctx context.Context, id, sha string, replace bool) error {
	cur, err := s.deps.Admin.Store.Document(ctx, id)
	switch {
	case bronwijzer.ErrorCode(err) == bronwijzer.ENOTFOUND:
		return nil
	case err != nil:
		return err
	case cur.SHA256 == sha || replace:
		return nil
	case cur.Verified:
		return bronwijzer.Errorf(bronwijzer.ECONFLICT,
			"Document %q is een geverifieerde bron (versie %d) en dit bestand is anders; het wordt niet stilzwijgend vervangen. "+
				"Stuur replace=true om een nieuwe versie op te nemen; die is alleen geverifieerd als de SHA-256 in het bronnenregister staat (verified source exists).",
			id, cur.Version)
	default:
		return bronwijzer.Errorf(bronwijzer.ECONFLICT,
			"Document %q bestaat al (versie %d) met andere inhoud; stuur replace=true om het te vervangen (document exists).", id, cur.Version)
	}
}

// sourceFor decides the metadata and verification of an upload: verified
// only when the registry lists the id with this file's SHA-256. A verified
// file takes the registry's metadata; otherwise the form's, falling back to
// the registry's.
func (s *Server) sourceFor(meta bronwijzer.Source, sha string) (src bronwijzer.Source, unverified bool, note string) {
	var reg bronwijzer.Source
	ok := false
	if s.deps.Admin.Registry != nil {
		reg, ok = s.deps.Admin.Registry.Source(meta.ID)
	}
	switch {
	case !ok:
		meta.SHA256 = ""
		return meta, true, "NIET geverifieerd: dit document staat niet in het bronnenregister."
	case strings.EqualFold(reg.SHA256, sha):
		reg.File = meta.File
		return reg, false, ""
	default:
		for _, f := range []struct{ dst, fallback *string }{
			{&meta.Title, &reg.Title}, {&meta.Publisher, &reg.Publisher}, {&meta.Published, &reg.Published},
			{&meta.URL, &reg.URL}, {&meta.License, &reg.License},
		} {
			if *f.dst == "" {
				*f.dst = *f.fallback
			}
		}
		meta.SHA256 = reg.SHA256 // mismatch: the pipeline marks the version unverified and warns
		return meta, false, "NIET geverifieerd: de SHA-256 wijkt af van de geverifieerde versie in het bronnenregister."
	}
}

func validID(id string) error {
	if !validDocID.MatchString(id) {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Ongeldig document-id (invalid document id).")
	}
	return nil
}

// deleteDocument removes a document with its history, then prunes original
// files nothing references any more.
func (s *Server) deleteDocument(c echo.Context) error {
	id := c.Param("id")
	if err := validID(id); err != nil {
		return err
	}
	ctx := c.Request().Context()
	if err := s.deps.Admin.Store.DeleteDocument(ctx, id); err != nil {
		return err
	}
	if n, err := s.deps.Admin.Store.PruneFiles(ctx, time.Now().Add(-pruneGrace)); err != nil {
		s.logger.Warn("prune files after delete", slog.String("request_id", requestID(c)), slog.Any("error", err))
	} else {
		addLogAttrs(c, slog.Int64("files_pruned", n))
	}
	addLogAttrs(c, slog.String("document_id", id))
	return c.NoContent(http.StatusNoContent)
}

// reingestDocument runs the pipeline again on the stored original file
// (after a better extractor or chunker, or a registry change). The result is
// a new version of the same content, stored in one transaction once the new
// extraction has succeeded; until then the current version stays.
func (s *Server) reingestDocument(c echo.Context) error {
	id := c.Param("id")
	if err := validID(id); err != nil {
		return err
	}
	a := s.deps.Admin
	ctx := c.Request().Context()
	doc, err := a.Store.Document(ctx, id)
	if err != nil {
		return err
	}
	f, err := a.Store.File(ctx, doc.SHA256)
	if bronwijzer.ErrorCode(err) == bronwijzer.ENOTFOUND {
		return bronwijzer.Errorf(bronwijzer.ENOTFOUND,
			"Het originele bestand van %q is niet opgeslagen (opgenomen vóór de bestandsopslag); upload het opnieuw (original file missing).", id)
	}
	if err != nil {
		return err
	}
	meta := bronwijzer.Source{ID: doc.ID, Title: doc.Title, Publisher: doc.Publisher, Published: doc.Published,
		URL: doc.URL, License: doc.License, File: doc.SourceFile}
	src, unverified, note := s.sourceFor(meta, f.SHA256)
	p := *a.Pipeline
	p.Store = replacingStore{a.Store}
	in := ingest.Input{Name: doc.SourceFile, Data: f.Data, Source: &src, Unverified: unverified}
	job, err := a.Jobs.Submit("reingest", func(ctx context.Context, report func(string, float64)) (any, error) {
		report("ingesting", 0.1)
		return runIngest(ctx, &p, in, f.SHA256, f.MediaType, note)
	})
	if err != nil {
		return err
	}
	addLogAttrs(c, slog.String("job", job.ID), slog.String("document_id", id))
	c.Response().Header().Set(echo.HeaderLocation, "/v1/jobs/"+url.PathEscape(job.ID))
	return c.JSON(http.StatusAccepted, job)
}

// replacingStore makes the pipeline process content the store already
// holds: it reports no current version, and stores the pipeline's result as
// a new version with ReplaceDocument (atomic; no same-content shortcut).
type replacingStore struct{ s DocumentAdmin }

func (r replacingStore) Document(_ context.Context, id string) (*bronwijzer.Document, error) {
	return nil, bronwijzer.Errorf(bronwijzer.ENOTFOUND, "document %q wordt opnieuw opgenomen", id)
}

func (r replacingStore) PutDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error) {
	return r.s.ReplaceDocument(ctx, doc, chunks)
}

// documentFile serves the original file of a document's current version,
// inline, so a citation can link to …/file#page=N. HTML and Markdown are
// served as plain text: an uploaded page must never run in this origin.
func (s *Server) documentFile(c echo.Context) error {
	id := c.Param("id")
	if err := validID(id); err != nil {
		return err
	}
	ctx := c.Request().Context()
	doc, err := s.deps.Admin.Store.Document(ctx, id)
	if err != nil {
		return err
	}
	f, err := s.deps.Admin.Store.File(ctx, doc.SHA256)
	if bronwijzer.ErrorCode(err) == bronwijzer.ENOTFOUND {
		return bronwijzer.Errorf(bronwijzer.ENOTFOUND,
			"Het originele bestand van %q is niet opgeslagen; neem het opnieuw op (original file missing).", id)
	}
	if err != nil {
		return err
	}
	ct := "text/plain; charset=utf-8"
	if f.MediaType == ingest.MediaPDF {
		ct = ingest.MediaPDF
	}
	name := doc.SourceFile
	if name == "" {
		name = f.Name
	}
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, ct)
	// Chromium's PDF viewer runs a PDF's JavaScript whatever the
	// Content-Security-Policy says (TestBrowserRawPDFRunsNoScript), so a
	// PDF opened by a direct link is downloaded, not shown; the clinician
	// page shows PDFs in its own viewer with scripting off. Text is shown
	// inline (sandboxed by the CSP of the /file routes).
	kind := "inline"
	if ct == ingest.MediaPDF {
		kind = "attachment"
	}
	disposition := mime.FormatMediaType(kind, map[string]string{"filename": name})
	if disposition == "" {
		disposition = kind // a name FormatMediaType cannot encode
	}
	h.Set(echo.HeaderContentDisposition, disposition)
	h.Set("ETag", `"`+f.SHA256+`"`)
	http.ServeContent(c.Response(), c.Request(), "", doc.IngestedAt, bytes.NewReader(f.Data))
	return nil
}

func (s *Server) job(c echo.Context) error {
	id := c.Param("id")
	if len(id) > 100 {
		return bronwijzer.Errorf(bronwijzer.ENOTFOUND, "Taak niet gevonden (job not found).")
	}
	j, err := s.deps.Admin.Jobs.Get(id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, j)
}

// recordAudit appends the audit record of one answer. The question is the
// redacted text the request already logged; the clinician never sees an
// audit failure, the operator's log does.
func (s *Server) recordAudit(c echo.Context, resp *answer.Response) {
	a := s.deps.Admin
	if a.Audit == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(c.Request().Context()), 5*time.Second)
	defer cancel()
	ids := make([]string, 0, len(resp.Citations))
	for _, ct := range resp.Citations {
		ids = append(ids, ct.PassageID)
	}
	rec := admin.AuditRecord{
		Time: time.Now().UTC(), KeyID: principal(c), Question: loggedString(c, "question"), PassageIDs: ids,
		Mode: resp.Mode, Model: resp.Model, PromptVersion: resp.PromptVersion, Abstained: resp.Abstained,
		Enforcement: resp.Enforcement, LatencyMS: resp.LatencyMS, RequestID: requestID(c),
		ID: resp.ID, Answer: s.redactor.String(resp.Answer), Cited: CitedSpans(resp.Citations),
	}
	if a.CorpusVersion != nil {
		rec.CorpusVersion = a.CorpusVersion(ctx)
	}
	if err := a.Audit.AppendAudit(ctx, rec); err != nil {
		s.logger.Error("audit record not written", slog.String("request_id", requestID(c)), slog.Any("error", err))
	}
}

// loggedString returns the string log attribute key of the request: the
// handlers log the question only after redaction, so that is what the
// audit trail stores too.
func loggedString(c echo.Context, key string) string {
	attrs, _ := c.Get(keyLogAttrs).([]slog.Attr)
	for i := len(attrs) - 1; i >= 0; i-- {
		if attrs[i].Key == key {
			return attrs[i].Value.String()
		}
	}
	return ""
}
