package api

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config configures the HTTP server. Zero values get safe defaults from
// SetDefaults; Validate rejects configurations that would be unsafe or
// meaningless.
type Config struct {
	// Addr is the listen address, e.g. "127.0.0.1:8080".
	Addr string
	// TrustedProxies are CIDRs of reverse proxies whose X-Forwarded-For header
	// is believed. Empty means the peer address is the client address.
	TrustedProxies []string

	ReadHeaderTimeout time.Duration // default 5s
	ReadTimeout       time.Duration // whole request incl. body; default 15s
	WriteTimeout      time.Duration // response write; default 30s (extended per event on streams)
	IdleTimeout       time.Duration // keep-alive; default 120s
	// RequestTimeout bounds the handling of one non-streaming request; on
	// expiry the client gets 504 JSON. Default 20s.
	RequestTimeout time.Duration
	// StreamTimeout bounds one streaming answer. Default 2m.
	StreamTimeout time.Duration
	// ShutdownTimeout is what Start waits for in-flight requests when its
	// context ends. Default 15s.
	ShutdownTimeout time.Duration

	// MaxBodyBytes limits JSON request bodies. Default 16 KiB.
	MaxBodyBytes int64
	// MaxQuestionRunes limits the length of a question or query. Default 2000.
	MaxQuestionRunes int

	// SessionTTL is how long a session of the clinician page lasts: an API
	// key exchanged once for a cookie (session.go). Default DefaultSessionTTL.
	SessionTTL time.Duration

	// CORSOrigins are the web origins (scheme://host[:port]) of HIS
	// applications allowed to call the API from a browser. Empty: same-origin only.
	CORSOrigins []string
	// FrameAncestors are the origins allowed to embed /embed in an iframe
	// (CSP frame-ancestors). Empty: same origin only.
	FrameAncestors []string
	// AllowedHosts are the host names (optionally host:port) that the Host
	// header may name besides localhost, 127.0.0.1 and [::1], e.g. the name
	// clinicians use behind a reverse proxy. The host of Addr, when it names
	// one interface, is always allowed. Anything else is refused (403), which
	// defeats DNS rebinding.
	AllowedHosts []string

	// TLSCertPEM and TLSKeyPEM, when both are set, make the server speak
	// HTTPS only (TLS 1.2 or newer, AEAD ciphers) and send
	// Strict-Transport-Security.
	TLSCertPEM []byte
	TLSKeyPEM  []byte
}

// Defaults.
const (
	DefaultAddr             = "127.0.0.1:8080"
	DefaultMaxBodyBytes     = 16 << 10
	DefaultMaxQuestionRunes = 2000
)

// SetDefaults fills zero values.
func (c *Config) SetDefaults() {
	setDur := func(d *time.Duration, v time.Duration) {
		if *d == 0 {
			*d = v
		}
	}
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	setDur(&c.ReadHeaderTimeout, 5*time.Second)
	setDur(&c.ReadTimeout, 15*time.Second)
	setDur(&c.WriteTimeout, 30*time.Second)
	setDur(&c.IdleTimeout, 120*time.Second)
	setDur(&c.RequestTimeout, 20*time.Second)
	setDur(&c.StreamTimeout, 2*time.Minute)
	setDur(&c.ShutdownTimeout, 15*time.Second)
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.MaxQuestionRunes == 0 {
		c.MaxQuestionRunes = DefaultMaxQuestionRunes
	}
}

// Validate reports the first problem with the configuration.
func (c *Config) Validate() error {
	var errs []error
	for _, d := range []struct {
		name string
		v    time.Duration
	}{
		{"read header timeout", c.ReadHeaderTimeout}, {"read timeout", c.ReadTimeout},
		{"write timeout", c.WriteTimeout}, {"idle timeout", c.IdleTimeout},
		{"request timeout", c.RequestTimeout}, {"stream timeout", c.StreamTimeout},
		{"shutdown timeout", c.ShutdownTimeout},
	} {
		if d.v <= 0 {
			errs = append(errs, fmt.Errorf("%s must be positive, got %s", d.name, d.v))
		}
	}
	if c.MaxBodyBytes <= 0 {
		errs = append(errs, fmt.Errorf("max body bytes must be positive, got %d", c.MaxBodyBytes))
	}
	if c.MaxQuestionRunes <= 0 {
		errs = append(errs, fmt.Errorf("max question length must be positive, got %d", c.MaxQuestionRunes))
	}
	if _, err := c.trustedNets(); err != nil {
		errs = append(errs, err)
	}
	for _, o := range c.CORSOrigins {
		if err := validOrigin(o); err != nil {
			errs = append(errs, fmt.Errorf("CORS origin: %w", err))
		}
	}
	for _, o := range c.FrameAncestors {
		if err := validOrigin(o); err != nil {
			errs = append(errs, fmt.Errorf("frame ancestor: %w", err))
		}
	}
	for _, h := range c.AllowedHosts {
		if err := validHost(h); err != nil {
			errs = append(errs, fmt.Errorf("allowed host: %w", err))
		}
	}
	if _, err := c.tlsConfig(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

func (c *Config) trustedNets() ([]*net.IPNet, error) {
	nets := make([]*net.IPNet, 0, len(c.TrustedProxies))
	for _, s := range c.TrustedProxies {
		if !strings.Contains(s, "/") {
			if ip := net.ParseIP(s); ip != nil {
				bits := 32
				if ip.To4() == nil {
					bits = 128
				}
				s = fmt.Sprintf("%s/%d", s, bits)
			}
		}
		_, n, err := net.ParseCIDR(s)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q is not a CIDR or IP address", s)
		}
		nets = append(nets, n)
	}
	return nets, nil
}

// validOrigin accepts exactly scheme://host[:port], what browsers send in
// the Origin header; a path or a wildcard is a configuration mistake.
func validOrigin(o string) error {
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || strings.Contains(u.Host, "*") {
		return fmt.Errorf("%q is not an origin of the form https://host[:port]", o)
	}
	return nil
}

// validHost accepts a host name or IP address with an optional port, what a
// Host header carries; a scheme, path or wildcard is a configuration mistake.
func validHost(h string) error {
	name, port := splitHost(h)
	bad := name == "" || strings.ContainsAny(name, "/*@ ") || strings.Contains(h, "://")
	if port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			bad = true
		}
	}
	if bad {
		return fmt.Errorf("%q is not a host name of the form bronwijzer.praktijk.nl[:port]", h)
	}
	return nil
}
