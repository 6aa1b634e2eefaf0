package api

import (
	"embed"
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/labstack/echo/v4"
)

// webFS holds the clinician UI, the widget and the OpenAPI description, so
// the binary serves them without files on disk or an external CDN.
//
//go:embed web openapi.json
var webFS embed.FS

func (s *Server) openAPI(c echo.Context) error {
	b, err := webFS.ReadFile("openapi.json")
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, echo.MIMEApplicationJSONCharsetUTF8, b)
}

// page serves an HTML page of the UI.
func (s *Server) page(name string) echo.HandlerFunc {
	return func(c echo.Context) error {
		b, err := webFS.ReadFile(path.Join("web", name))
		if err != nil {
			return err
		}
		c.Response().Header().Set("Cache-Control", "no-cache")
		return c.HTMLBlob(http.StatusOK, b)
	}
}

// routeViewer is the PDF viewer: one page of an original document, drawn by
// the vendored PDF.js (api/pdfjs) with the cited quote highlighted. What to
// show is in the URL's fragment, which no server or log ever sees.
const routeViewer = "/viewer"

// cspViewer is the page policy plus the PDF.js worker, which is a module
// script of this origin. Nothing else is loosened: no eval, no WebAssembly,
// no inline script or style, no plugins (object-src 'none'), so no script a
// PDF carries can run.
const cspViewer = cspPage + "; worker-src 'self'; frame-ancestors 'none'"

// viewer serves viewer.html with its own Content-Security-Policy (it
// replaces the one securityHeaders set for unknown routes).
func (s *Server) viewer(c echo.Context) error {
	h := c.Response().Header()
	h.Set("Content-Security-Policy", cspViewer)
	h.Set("X-Frame-Options", "DENY")
	return s.page("viewer.html")(c)
}

// asset serves one file of web/ by fixed name.
func (s *Server) asset(name string) echo.HandlerFunc {
	return func(c echo.Context) error { return serveAsset(c, path.Join("web", name)) }
}

// assetParam serves web/assets/:file; the parameter cannot contain a slash,
// so nothing outside that directory is reachable.
func (s *Server) assetParam(c echo.Context) error {
	return serveAsset(c, path.Join("web", "assets", path.Base(c.Param("file"))))
}

func serveAsset(c echo.Context, name string) error {
	b, err := webFS.ReadFile(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return bronwijzer.Errorf(bronwijzer.ENOTFOUND, "Bestand niet gevonden (asset not found).")
		}
		return err
	}
	ct := mime.TypeByExtension(path.Ext(name))
	if ct == "" {
		ct = echo.MIMEOctetStream
	}
	c.Response().Header().Set("Cache-Control", "no-cache")
	return c.Blob(http.StatusOK, ct, b)
}

// clientConfig is the body of GET /config.json: what a browser client needs
// to know before it calls /v1/*. Nothing in it is secret: the embed origins
// are also in the Content-Security-Policy of /embed.
type clientConfig struct {
	// Auth is "keys" when every /v1/ route needs an API key, "none" on a
	// server without keys (which only listens on loopback).
	Auth string `json:"auth"`
	// EmbedOrigins are the host origins (besides Bronwijzer's own) that may
	// frame the widget; the widget accepts an API key by postMessage only
	// from these.
	EmbedOrigins []string `json:"embed_origins"`
}

// Values of clientConfig.Auth.
const (
	authKeys = "keys"
	authNone = "none"
)

func (s *Server) clientConfig(c echo.Context) error {
	cfg := clientConfig{Auth: authNone, EmbedOrigins: make([]string, 0, len(s.cfg.FrameAncestors))}
	if s.deps.Admin.Auth != nil {
		cfg.Auth = authKeys
	}
	for _, o := range s.cfg.FrameAncestors {
		cfg.EmbedOrigins = append(cfg.EmbedOrigins, strings.TrimSuffix(o, "/"))
	}
	// Decided at startup, but a restart may change it.
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, cfg)
}
