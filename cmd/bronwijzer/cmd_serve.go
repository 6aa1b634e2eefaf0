package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/api"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
)

// serveOptions are the flags only `serve` has.
type serveOptions struct {
	addr           string
	trustedProxies string
	corsOrigins    string
	frameAncestors string
	allowedHosts   string
	tlsCert        string // a PEM file, or PEM text (from BRONWIJZER_TLS_CERT_FILE)
	tlsKey         string
	insecureHTTP   bool
	sessionTTL     time.Duration
}

func (o *serveOptions) register(fs *flag.FlagSet, cfg *Config) {
	fs.StringVar(&o.addr, "addr", cfg.Addr, "listen address (env BRONWIJZER_ADDR)")
	fs.StringVar(&o.trustedProxies, "trusted-proxies", envOr("TRUSTED_PROXIES", ""), "comma-separated CIDRs of proxies whose X-Forwarded-For is trusted (env BRONWIJZER_TRUSTED_PROXIES)")
	fs.StringVar(&o.corsOrigins, "cors-origins", envOr("CORS_ORIGINS", ""), "comma-separated HIS web origins allowed by CORS (env BRONWIJZER_CORS_ORIGINS)")
	fs.StringVar(&o.frameAncestors, "frame-ancestors", envOr("FRAME_ANCESTORS", ""), "comma-separated origins allowed to embed /embed (env BRONWIJZER_FRAME_ANCESTORS)")
	fs.DurationVar(&cfg.RequestTimeout, "request-timeout", cfg.RequestTimeout, "deadline of one request (env BRONWIJZER_REQUEST_TIMEOUT)")
	fs.StringVar(&o.allowedHosts, "allowed-hosts", envOr("ALLOWED_HOSTS", ""), "comma-separated host names (host or host:port) clients may use besides localhost, 127.0.0.1 and [::1] (env BRONWIJZER_ALLOWED_HOSTS)")
	fs.StringVar(&o.tlsCert, "tls-cert", envOr("TLS_CERT", ""), "PEM certificate (chain) file; serve HTTPS only (env BRONWIJZER_TLS_CERT or BRONWIJZER_TLS_CERT_FILE)")
	fs.StringVar(&o.tlsKey, "tls-key", envOr("TLS_KEY", ""), "PEM private key file of --tls-cert (env BRONWIJZER_TLS_KEY or BRONWIJZER_TLS_KEY_FILE)")
	fs.BoolVar(&o.insecureHTTP, "insecure-http", envBool("INSECURE_HTTP"), "allow plain HTTP on a non-loopback address, for running behind a TLS-terminating proxy (env BRONWIJZER_INSECURE_HTTP)")
	fs.DurationVar(&o.sessionTTL, "session-ttl", envDuration("SESSION_TTL", api.DefaultSessionTTL), "lifetime of a clinician page session: a key exchanged once for a cookie (env BRONWIJZER_SESSION_TTL)")
}

// envBool is a boolean environment variable; an unparsable value counts as
// false here and is reported by checkServeEnv.
func envBool(name string) bool {
	v, err := strconv.ParseBool(envOr(name, "false"))
	return err == nil && v
}

// envDuration is a duration environment variable; an unparsable value
// gives def here and is reported by checkServeEnv.
func envDuration(name string, def time.Duration) time.Duration {
	d, err := time.ParseDuration(envOr(name, def.String()))
	if err != nil {
		return def
	}
	return d
}

// checkServeEnv reports serve's environment variables that do not parse.
func checkServeEnv() error {
	if v := envOr("SESSION_TTL", ""); v != "" {
		if d, err := time.ParseDuration(v); err != nil || d <= 0 {
			return fmt.Errorf("%w: %sSESSION_TTL=%q: want a positive duration such as 8h", errUsage, envPrefix, v)
		}
	}
	if v := envOr("INSECURE_HTTP", ""); v != "" {
		if _, err := strconv.ParseBool(v); err != nil {
			return fmt.Errorf("%w: %sINSECURE_HTTP=%q: want true or false", errUsage, envPrefix, v)
		}
	}
	return nil
}

// serverConfig turns the serve options into the HTTP server's config. TLS
// material is read here: a value holding PEM text (the *_FILE variables
// read the file) is used as is, anything else names a file.
func (o *serveOptions) serverConfig(cfg *Config) (api.Config, error) {
	sc := api.Config{
		Addr: o.addr, RequestTimeout: cfg.RequestTimeout,
		TrustedProxies: splitList(o.trustedProxies), CORSOrigins: splitList(o.corsOrigins),
		FrameAncestors: splitList(o.frameAncestors), AllowedHosts: splitList(o.allowedHosts),
		SessionTTL: o.sessionTTL,
	}
	if o.sessionTTL <= 0 {
		return sc, fmt.Errorf("%w: --session-ttl must be positive, got %s", errUsage, o.sessionTTL)
	}
	var err error
	if sc.TLSCertPEM, err = pemValue("--tls-cert", o.tlsCert); err != nil {
		return sc, err
	}
	if sc.TLSKeyPEM, err = pemValue("--tls-key", o.tlsKey); err != nil {
		return sc, err
	}
	if (o.tlsCert == "") != (o.tlsKey == "") {
		return sc, fmt.Errorf("%w: --tls-cert and --tls-key go together (TLS needs both the certificate and its key)", errUsage)
	}
	if !loopback(o.addr) && o.tlsCert == "" && !o.insecureHTTP {
		return sc, fmt.Errorf("%w: Bronwijzer luistert op %q, buiten deze computer, zonder TLS: API-sleutels en vragen van patiënten "+
			"zouden onversleuteld over het netwerk gaan. Geef --tls-cert en --tls-key, of --insecure-http als een TLS-proxy "+
			"ervoor staat (refusing plain HTTP on a non-loopback address)", errUsage, o.addr)
	}
	return sc, nil
}

func pemValue(flagName, v string) ([]byte, error) {
	if v == "" {
		return nil, nil
	}
	if strings.HasPrefix(strings.TrimSpace(v), "-----BEGIN") {
		return []byte(v), nil
	}
	b, err := os.ReadFile(v) // #nosec G304 -- the operator names the certificate file
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", errUsage, flagName, err)
	}
	return b, nil
}

func envOr(name, def string) string {
	if v, ok, _ := env(name); ok {
		return v
	}
	return def
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func cmdServe(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var o serveOptions
	o.register(fs, &env.cfg)
	rest, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, rest)
	}
	env.cfg.Addr = o.addr
	if err := checkServeEnv(); err != nil {
		return err
	}
	sc, err := o.serverConfig(&env.cfg)
	if err != nil {
		return err
	}
	app, err := OpenApp(ctx, env.cfg, env.logger)
	if err != nil {
		return err
	}
	defer app.Close()
	srv, err := app.NewServer(sc)
	if err != nil {
		return err
	}
	if !loopback(o.addr) && len(sc.AllowedHosts) == 0 {
		env.logger.Warn("no --allowed-hosts: only requests to localhost, 127.0.0.1, [::1] and the listen address are answered; "+
			"add the name clients use (behind a proxy: the public name)", "addr", o.addr)
	}
	app.warnStale(ctx)
	go app.maintain(ctx) // audit retention and orphaned files
	return srv.Start(ctx)
}

// NewServer builds the HTTP server over the app.
func (a *App) NewServer(cfg api.Config) (*api.Server, error) {
	asker, err := a.newAnswerer()
	if err != nil {
		return nil, err
	}
	admin, err := a.adminDeps(cfg.Addr)
	if err != nil {
		return nil, err
	}
	return api.New(cfg, api.Deps{
		Searcher:  a.Searcher,
		Asker:     asker,
		Documents: a.Store,
		Ready:     a.ready,
		ReadyInfo: a.readyInfo,
		Admin:     admin,
	}, a.Logger)
}

// ready: the store answers and holds at least one document.
func (a *App) ready(ctx context.Context) error {
	if err := a.Store.Ping(ctx); err != nil {
		return err
	}
	docs, err := a.Store.Documents(ctx)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "Er zijn nog geen documenten opgenomen; voer eerst 'bronwijzer ingest' uit (no documents ingested).")
	}
	return nil
}

func (a *App) readyInfo(ctx context.Context) map[string]string {
	info := map[string]string{"store": a.Store.Kind(), "embedder": retrieval.EmbedderName(a.Embedder), "answerer": "extractive"}
	if a.Config.LLMProvider != "" {
		info["answerer"] = a.Config.LLMProvider + ":" + a.Config.LLMModel
	}
	if pg, ok := a.Store.(*postgres.Store); ok { // the pgvector version is PostgreSQL's alone
		if v, err := pg.PgvectorVersion(ctx); err == nil {
			info["pgvector"] = v
		}
	}
	if docs, err := a.Store.Documents(ctx); err == nil {
		info["documents"] = fmt.Sprint(len(docs))
		info["corpus_version"] = corpusVersion(docs)
		info["pipeline"] = ingest.PipelineVersion
		if n := len(staleOf(docs)); n > 0 {
			info["stale_documents"] = fmt.Sprint(n) // made by another ingest pipeline
		}
	}
	return info
}

// corpusVersion identifies the set of current document versions: a short
// digest of every id, version and SHA-256, so it changes when any document
// is added, replaced or removed. Audits and eval reports record it.
func corpusVersion(docs []bronwijzer.Document) string {
	h := sha256.New()
	for _, d := range docs { // Documents is ordered by id
		fmt.Fprintf(h, "%s:%d:%s\n", d.ID, d.Version, d.SHA256)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
