package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/api"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
)

// serveOptions are the flags only `serve` has.
type serveOptions struct {
	addr           string
	trustedProxies string
	corsOrigins    string
	frameAncestors string
}

func (o *serveOptions) register(fs *flag.FlagSet, cfg *Config) {
	fs.StringVar(&o.addr, "addr", cfg.Addr, "listen address (env BRONWIJZER_ADDR)")
	fs.StringVar(&o.trustedProxies, "trusted-proxies", envOr("TRUSTED_PROXIES", ""), "comma-separated CIDRs of proxies whose X-Forwarded-For is trusted (env BRONWIJZER_TRUSTED_PROXIES)")
	fs.StringVar(&o.corsOrigins, "cors-origins", envOr("CORS_ORIGINS", ""), "comma-separated HIS web origins allowed by CORS (env BRONWIJZER_CORS_ORIGINS)")
	fs.StringVar(&o.frameAncestors, "frame-ancestors", envOr("FRAME_ANCESTORS", ""), "comma-separated origins allowed to embed /embed (env BRONWIJZER_FRAME_ANCESTORS)")
	fs.DurationVar(&cfg.RequestTimeout, "request-timeout", cfg.RequestTimeout, "deadline of one request (env BRONWIJZER_REQUEST_TIMEOUT)")
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
	app, err := OpenApp(ctx, env.cfg, env.logger)
	if err != nil {
		return err
	}
	defer app.Close()
	srv, err := app.NewServer(api.Config{
		Addr: o.addr, RequestTimeout: env.cfg.RequestTimeout,
		TrustedProxies: splitList(o.trustedProxies), CORSOrigins: splitList(o.corsOrigins),
		FrameAncestors: splitList(o.frameAncestors),
	})
	if err != nil {
		return err
	}
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
	info := map[string]string{"store": "sqlite", "embedder": retrieval.EmbedderName(a.Embedder), "answerer": "extractive"}
	if a.Config.LLMProvider != "" {
		info["answerer"] = a.Config.LLMProvider + ":" + a.Config.LLMModel
	}
	if pg, ok := a.Store.(*postgres.Store); ok {
		info["store"] = "postgres"
		if v, err := pg.PgvectorVersion(ctx); err == nil {
			info["pgvector"] = v
		}
	}
	if docs, err := a.Store.Documents(ctx); err == nil {
		info["documents"] = fmt.Sprint(len(docs))
		info["corpus_version"] = corpusVersion(docs)
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
