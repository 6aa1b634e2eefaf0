package api

import (
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/labstack/echo/v4"
)

// Browser-facing request checks. A server without keys trusts whoever can
// reach it, which is safe only if "whoever" is the clinician on this
// machine. Two browser tricks would make it anyone on the web:
//
//   - DNS rebinding: a page on attacker.example resolves its own name to
//     127.0.0.1 and then calls the API as same-origin. Its requests carry
//     Host: attacker.example, so checkHost refuses every Host that is not a
//     loopback name or an allowed host.
//   - Cross-site writes: a page on another origin cannot read our answers
//     (CORS), but a form POST or a "simple" fetch (multipart, text/plain) is
//     sent without a preflight. checkOrigin refuses state-changing requests
//     whose Sec-Fetch-Site or Origin says they come from another origin, and
//     requireJSON refuses JSON routes without Content-Type: application/json
//     (which no cross-origin page can send without a preflight).
//
// Clients that are not browsers (curl, the eval --api client, the HIS
// backend) send neither Origin nor Sec-Fetch-Site and are not affected.

// hostAllowed reports whether host (the Host header, with or without port)
// is a loopback name or address, or one of the allowed hosts. An allowed
// entry without a port matches every port.
func hostAllowed(host string, allowed []string) bool {
	name, port := splitHost(host)
	if name == "" {
		return false
	}
	if name == "localhost" {
		return true
	}
	if ip := net.ParseIP(name); ip != nil && ip.IsLoopback() {
		return true
	}
	for _, a := range allowed {
		aname, aport := splitHost(a)
		if aname == name && (aport == "" || aport == port) {
			return true
		}
	}
	return false
}

// splitHost lower-cases host, drops a trailing dot and IPv6 brackets and
// splits off the port ("" when there is none).
func splitHost(host string) (name, port string) {
	host = strings.ToLower(strings.TrimSpace(host))
	if h, p, err := net.SplitHostPort(host); err == nil {
		host, port = h, p
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	return host, port
}

// allowedHosts are the configured hosts plus the host of the listen address
// when it names one interface (binding 192.168.1.10:8443 allows Host
// 192.168.1.10:8443); the unspecified address allows nothing by itself.
func (c *Config) allowedHosts() []string {
	out := append([]string(nil), c.AllowedHosts...)
	if h, _, err := net.SplitHostPort(c.Addr); err == nil && h != "" {
		if ip := net.ParseIP(h); ip == nil || !ip.IsUnspecified() {
			out = append(out, c.Addr)
		}
	}
	return out
}

// checkHost refuses requests whose Host header is not this server's.
func (s *Server) checkHost() echo.MiddlewareFunc {
	allowed := s.cfg.allowedHosts()
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if hostAllowed(c.Request().Host, allowed) {
				return next(c)
			}
			return bronwijzer.Errorf(bronwijzer.EFORBIDDEN,
				"Onbekende hostnaam %q: Bronwijzer beantwoordt alleen verzoeken aan localhost, 127.0.0.1, [::1] "+
					"of een naam uit --allowed-hosts (host not allowed).", truncate(c.Request().Host, 100))
		}
	}
}

// stateChanging reports whether method may change state on the server.
func stateChanging(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

// checkOrigin refuses state-changing browser requests from another origin
// than the server's own or a configured CORS origin.
func (s *Server) checkOrigin() echo.MiddlewareFunc {
	cors := make(map[string]bool, len(s.cfg.CORSOrigins))
	for _, o := range s.cfg.CORSOrigins {
		cors[strings.ToLower(strings.TrimSuffix(o, "/"))] = true
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			r := c.Request()
			if !stateChanging(r.Method) {
				return next(c)
			}
			origin := r.Header.Get(echo.HeaderOrigin)
			site := strings.ToLower(r.Header.Get("Sec-Fetch-Site"))
			if crossOrigin(origin, site, c.Scheme()+"://"+r.Host, cors) {
				from := origin
				if from == "" {
					from = site
				}
				return bronwijzer.Errorf(bronwijzer.EFORBIDDEN,
					"Verzoek geweigerd: wijzigingen en vragen mogen alleen komen van de eigen pagina van Bronwijzer, "+
						"niet van een andere website (%s) (cross-origin request refused).", truncate(from, 100))
			}
			return next(c)
		}
	}
}

// crossOrigin decides from the Origin and Sec-Fetch-Site headers whether a
// request to self (scheme://host[:port]) comes from a page on another
// origin. Without either header the client is not a browser. A configured
// CORS origin is not foreign.
func crossOrigin(origin, site, self string, cors map[string]bool) bool {
	if origin != "" && cors[strings.ToLower(origin)] {
		return false
	}
	switch site {
	case "", "same-origin", "none":
	default: // same-site (another port or subdomain), cross-site, or unknown
		return true
	}
	if origin == "" {
		return false
	}
	return normalOrigin(origin) != normalOrigin(self)
}

// normalOrigin lower-cases scheme://host[:port] and drops a default port;
// anything else, "null" included (sandboxed frames, file: pages), becomes
// "", which never equals a request's own origin.
func normalOrigin(origin string) string {
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" || u.User != nil {
		return ""
	}
	name, port := splitHost(u.Host)
	if name == "" {
		return ""
	}
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		name = net.JoinHostPort(name, port)
	} else if strings.Contains(name, ":") {
		name = "[" + name + "]"
	}
	return u.Scheme + "://" + name
}

// requireJSON refuses a JSON route's request unless its Content-Type is
// application/json (parameters such as charset allowed): 415.
func requireJSON() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			ct := c.Request().Header.Get(echo.HeaderContentType)
			if ct == "" {
				return bronwijzer.Errorf(bronwijzer.EUNSUPPORTED,
					"Inhoudstype ontbreekt; stuur de vraag als JSON met Content-Type: application/json (unsupported media type).")
			}
			if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != echo.MIMEApplicationJSON {
				return bronwijzer.Errorf(bronwijzer.EUNSUPPORTED,
					"Inhoudstype %q niet ondersteund; stuur application/json (unsupported media type).", truncate(ct, 100))
			}
			return next(c)
		}
	}
}

// truncate shortens a client-supplied value quoted in an error message.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
