package main

import (
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// Config is the one configuration of the binary: defaults, then environment
// variables, then flags. Secrets may come from files (VAR_FILE). Every field
// is listed in the README's configuration table; keep them in step.
type Config struct {
	DataDir         string        // embedded store directory
	DatabaseURL     string        // postgres:// URL; empty = embedded store
	Lexical         string        // embedded store's lexical index: memory | fts5
	Registry        string        // registry of verified sources
	Addr            string        // HTTP listen address
	LogLevel        string        // debug, info, warn, error
	MaxFileMB       int           // ingest size limit per file
	PDFMemoryMB     int           // memory of one PDF worker process
	PDFCPULimit     time.Duration // CPU time of one PDF worker process
	PDFWorkers      int           // PDF worker processes at once; 0: min(cores, 4)
	RequestTimeout  time.Duration // per-request deadline (non-streaming routes)
	AllowUnverified bool          // allow citing unverified documents
	MaxSourceAge    time.Duration // citations to older sources are flagged
	AnswerModel     string        // answer model file (bronwijzer fit-answers); empty: the committed model
	Embedder        string        // local | ollama | openai
	EmbedDim        int           // vector dimension; 0: the embedder's own (local: 384)
	EmbedModel      string        // provider embedding model
	EmbedBaseURL    string        // provider base URL
	EmbedAPIKey     string        // OpenAI-compatible key (secret)
	EmbedQueryPfx   string        // prefix for queries, e.g. "search_query: "
	EmbedDocPfx     string        // prefix for passages, e.g. "search_document: "
	EmbedMaxChars   int           // provider truncation per text (0: provider default)
	EmbedBatch      int           // texts per provider request (0: default)
	EmbedNumCtx     int           // Ollama num_ctx for embeddings (0: default)
	LLMProvider     string        // "" (extractive only) | ollama | openai
	LLMModel        string        // chat model
	LLMBaseURL      string        // provider base URL
	LLMAPIKey       string        // OpenAI-compatible key (secret)
	LLMAPIType      string        // openai | azure | azure_ad
	LLMAPIVersion   string        // Azure API version
	LLMTimeout      time.Duration // per LLM call
	LLMTemperature  float64       // sampling temperature (0: provider default of the answerer)
	OllamaNumCtx    int           // Ollama num_ctx for chat
	NoExternalLLM   bool          // refuse any LLM or embedding provider (privacy switch)
	RatePerMinute   float64       // API requests per minute per key; 0 = unlimited
	RateBurst       int           // burst per key
	AuditRetention  time.Duration // serve prunes older audit records; 0 = keep all
	JobWorkers      int           // ingest jobs running at once
	JobQueue        int           // ingest jobs waiting; a full queue answers 503
	JobTimeout      time.Duration // time limit per ingest job
	NodeName        string        // replica name inside job ids (default: host name)
}

// envPrefix is the prefix of every environment variable.
const envPrefix = "BRONWIJZER_"

// DefaultConfig returns the defaults: embedded store under ./data, loopback
// listener, local embedder, extractive answers. Nothing needs a network.
func DefaultConfig() Config {
	return Config{
		DataDir:        "data",
		Lexical:        "memory",
		Registry:       "corpus/sources.json",
		Addr:           "127.0.0.1:8080",
		LogLevel:       "info",
		MaxFileMB:      100,
		PDFMemoryMB:    1024,
		PDFCPULimit:    2 * time.Minute,
		RequestTimeout: 30 * time.Second,
		MaxSourceAge:   5 * 365 * 24 * time.Hour,
		Embedder:       "local",
		LLMTimeout:     60 * time.Second,
		RatePerMinute:  120,
		RateBurst:      30,
		AuditRetention: 365 * 24 * time.Hour,
		JobWorkers:     1,
		JobQueue:       16,
		JobTimeout:     10 * time.Minute,
		OllamaNumCtx:   8192,
	}
}

// env reads NAME or, for secrets, the file named by NAME_FILE.
func env(name string) (string, bool, error) {
	if v, ok := os.LookupEnv(envPrefix + name); ok {
		return v, true, nil
	}
	if path, ok := os.LookupEnv(envPrefix + name + "_FILE"); ok {
		b, err := os.ReadFile(path) // #nosec G304 -- the operator names the secret file (BRONWIJZER_*_FILE)
		if err != nil {
			return "", false, fmt.Errorf("%s%s_FILE: %w", envPrefix, name, err)
		}
		return strings.TrimSpace(string(b)), true, nil
	}
	return "", false, nil
}

// LoadEnv overrides c with the environment.
func (c *Config) LoadEnv() error {
	var errs []error
	str := func(name string, dst *string) {
		v, ok, err := env(name)
		errs = append(errs, err)
		if ok {
			*dst = v
		}
	}
	parse := func(name string, set func(string) error) {
		v, ok, err := env(name)
		errs = append(errs, err)
		if ok {
			if err := set(v); err != nil {
				errs = append(errs, fmt.Errorf("%s%s=%q: %w", envPrefix, name, v, err))
			}
		}
	}
	str("DATA_DIR", &c.DataDir)
	str("DATABASE_URL", &c.DatabaseURL)
	str("LEXICAL", &c.Lexical)
	str("REGISTRY", &c.Registry)
	str("ADDR", &c.Addr)
	str("LOG_LEVEL", &c.LogLevel)
	str("EMBEDDER", &c.Embedder)
	str("EMBED_MODEL", &c.EmbedModel)
	str("EMBED_BASE_URL", &c.EmbedBaseURL)
	str("EMBED_API_KEY", &c.EmbedAPIKey)
	str("EMBED_QUERY_PREFIX", &c.EmbedQueryPfx)
	str("EMBED_DOCUMENT_PREFIX", &c.EmbedDocPfx)
	str("LLM_PROVIDER", &c.LLMProvider)
	str("LLM_MODEL", &c.LLMModel)
	str("LLM_BASE_URL", &c.LLMBaseURL)
	str("LLM_API_KEY", &c.LLMAPIKey)
	str("LLM_API_TYPE", &c.LLMAPIType)
	str("LLM_API_VERSION", &c.LLMAPIVersion)
	parse("LLM_TIMEOUT", durationSetter(&c.LLMTimeout))
	parse("LLM_TEMPERATURE", floatSetter(&c.LLMTemperature))
	parse("EMBED_MAX_CHARS", intSetter(&c.EmbedMaxChars))
	parse("EMBED_BATCH", intSetter(&c.EmbedBatch))
	parse("EMBED_NUM_CTX", intSetter(&c.EmbedNumCtx))
	parse("OLLAMA_NUM_CTX", intSetter(&c.OllamaNumCtx))
	parse("NO_EXTERNAL_LLM", boolSetter(&c.NoExternalLLM))
	parse("RATE_LIMIT", floatSetter(&c.RatePerMinute))
	parse("RATE_BURST", intSetter(&c.RateBurst))
	parse("AUDIT_RETENTION", durationSetter(&c.AuditRetention))
	parse("JOB_WORKERS", intSetter(&c.JobWorkers))
	parse("JOB_QUEUE", intSetter(&c.JobQueue))
	parse("JOB_TIMEOUT", durationSetter(&c.JobTimeout))
	str("NODE_NAME", &c.NodeName)
	parse("MAX_FILE_MB", intSetter(&c.MaxFileMB))
	parse("PDF_MEMORY_MB", intSetter(&c.PDFMemoryMB))
	parse("PDF_CPU_LIMIT", durationSetter(&c.PDFCPULimit))
	parse("PDF_WORKERS", intSetter(&c.PDFWorkers))
	parse("EMBED_DIM", intSetter(&c.EmbedDim))
	parse("REQUEST_TIMEOUT", durationSetter(&c.RequestTimeout))
	parse("MAX_SOURCE_AGE", durationSetter(&c.MaxSourceAge))
	str("ANSWER_MODEL", &c.AnswerModel)
	parse("ALLOW_UNVERIFIED", boolSetter(&c.AllowUnverified))
	return errors.Join(errs...)
}

func intSetter(dst *int) func(string) error {
	return func(s string) (err error) { *dst, err = strconv.Atoi(s); return err }
}

func durationSetter(dst *time.Duration) func(string) error {
	return func(s string) (err error) { *dst, err = parseDuration(s); return err }
}

func floatSetter(dst *float64) func(string) error {
	return func(s string) (err error) { *dst, err = strconv.ParseFloat(s, 64); return err }
}

func boolSetter(dst *bool) func(string) error {
	return func(s string) (err error) { *dst, err = strconv.ParseBool(s); return err }
}

// parseDuration accepts Go durations and whole days/years ("30d", "5y").
func parseDuration(s string) (time.Duration, error) {
	for suffix, unit := range map[string]time.Duration{"d": 24 * time.Hour, "y": 365 * 24 * time.Hour} {
		if n, ok := strings.CutSuffix(s, suffix); ok {
			v, err := strconv.Atoi(n)
			if err != nil {
				return 0, fmt.Errorf("invalid duration %q", s)
			}
			return time.Duration(v) * unit, nil
		}
	}
	return time.ParseDuration(s)
}

// RegisterGlobal adds the options every subcommand accepts.
func (c *Config) RegisterGlobal(fs *flag.FlagSet) {
	fs.StringVar(&c.DataDir, "data-dir", c.DataDir, "embedded store directory (env BRONWIJZER_DATA_DIR)")
	fs.StringVar(&c.DatabaseURL, "database-url", c.DatabaseURL, "PostgreSQL URL; empty uses the embedded store (env BRONWIJZER_DATABASE_URL)")
	fs.StringVar(&c.Lexical, "lexical", c.Lexical, "embedded store's lexical index: memory (BM25 in memory) or fts5 (env BRONWIJZER_LEXICAL)")
	fs.StringVar(&c.Registry, "registry", c.Registry, "registry of verified sources (env BRONWIJZER_REGISTRY)")
	fs.StringVar(&c.LogLevel, "log-level", c.LogLevel, "debug, info, warn or error (env BRONWIJZER_LOG_LEVEL)")
	fs.StringVar(&c.Embedder, "embedder", c.Embedder, "local, ollama or openai (env BRONWIJZER_EMBEDDER)")
	fs.IntVar(&c.EmbedDim, "embed-dim", c.EmbedDim, "vector dimension; 0 = the embedder's own, 384 for local (env BRONWIJZER_EMBED_DIM)")
	fs.StringVar(&c.EmbedModel, "embed-model", c.EmbedModel, "embedding model of the ollama/openai embedder (env BRONWIJZER_EMBED_MODEL)")
	fs.StringVar(&c.EmbedBaseURL, "embed-base-url", c.EmbedBaseURL, "base URL of the embedding provider (env BRONWIJZER_EMBED_BASE_URL)")
	fs.StringVar(&c.LLMProvider, "llm", c.LLMProvider, "answer with an LLM: ollama or openai; empty = extractive (env BRONWIJZER_LLM_PROVIDER)")
	fs.StringVar(&c.LLMModel, "llm-model", c.LLMModel, "chat model (env BRONWIJZER_LLM_MODEL)")
	fs.StringVar(&c.LLMBaseURL, "llm-base-url", c.LLMBaseURL, "base URL of the LLM provider (env BRONWIJZER_LLM_BASE_URL)")
	fs.DurationVar(&c.LLMTimeout, "llm-timeout", c.LLMTimeout, "deadline of one LLM call (env BRONWIJZER_LLM_TIMEOUT)")
	fs.BoolVar(&c.NoExternalLLM, "no-external-llm", c.NoExternalLLM, "refuse every LLM and embedding provider (env BRONWIJZER_NO_EXTERNAL_LLM)")
	fs.BoolVar(&c.AllowUnverified, "allow-unverified", c.AllowUnverified, "allow citing documents not in the registry (env BRONWIJZER_ALLOW_UNVERIFIED)")
	fs.Func("max-source-age", "flag citations older than this, e.g. 5y (env BRONWIJZER_MAX_SOURCE_AGE)", durationSetter(&c.MaxSourceAge))
	fs.StringVar(&c.AnswerModel, "answer-model", c.AnswerModel, "answer model written by fit-answers; empty = the committed model (env BRONWIJZER_ANSWER_MODEL)")
}

// Validate reports every configuration problem at once.
func (c *Config) Validate() error {
	var errs []error
	if c.DatabaseURL == "" && c.DataDir == "" {
		errs = append(errs, errors.New("--data-dir is empty and no --database-url is set"))
	}
	if c.DatabaseURL != "" {
		u, err := url.Parse(c.DatabaseURL)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			errs = append(errs, errors.New("--database-url must be a postgres:// URL"))
		}
	}
	if _, err := sqlite.ParseLexical(c.Lexical); err != nil {
		errs = append(errs, fmt.Errorf("--lexical: %w", err))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("--log-level %q: want debug, info, warn or error", c.LogLevel))
	}
	if c.MaxFileMB <= 0 {
		errs = append(errs, errors.New("BRONWIJZER_MAX_FILE_MB must be positive"))
	}
	if c.PDFMemoryMB < 64 || c.PDFCPULimit < time.Second || c.PDFWorkers < 0 {
		errs = append(errs, errors.New("BRONWIJZER_PDF_MEMORY_MB must be at least 64, BRONWIJZER_PDF_CPU_LIMIT at least 1s and BRONWIJZER_PDF_WORKERS at least 0"))
	}
	if c.EmbedDim != 0 && (c.EmbedDim < 16 || c.EmbedDim > 4096) {
		errs = append(errs, fmt.Errorf("--embed-dim %d: want 0 (embedder default) or 16..4096", c.EmbedDim))
	}
	switch c.Embedder {
	case "local":
	case "ollama", "openai":
		errs = append(errs, c.checkProvider("--embedder", c.Embedder, c.EmbedModel, "--embed-model")...)
	default:
		errs = append(errs, fmt.Errorf("--embedder %q: want local, ollama or openai", c.Embedder))
	}
	switch c.LLMProvider {
	case "":
	case "ollama", "openai":
		errs = append(errs, c.checkProvider("--llm", c.LLMProvider, c.LLMModel, "--llm-model")...)
	default:
		errs = append(errs, fmt.Errorf("--llm %q: want ollama or openai (or empty for extractive answers)", c.LLMProvider))
	}
	if c.RatePerMinute < 0 {
		errs = append(errs, errors.New("BRONWIJZER_RATE_LIMIT must be >= 0"))
	}
	for name, n := range map[string]int{"BRONWIJZER_RATE_BURST": c.RateBurst, "BRONWIJZER_JOB_WORKERS": c.JobWorkers, "BRONWIJZER_JOB_QUEUE": c.JobQueue} {
		if n < 1 {
			errs = append(errs, fmt.Errorf("%s must be at least 1", name))
		}
	}
	if c.AuditRetention < 0 || c.JobTimeout <= 0 {
		errs = append(errs, errors.New("BRONWIJZER_AUDIT_RETENTION must be >= 0 and BRONWIJZER_JOB_TIMEOUT positive"))
	}
	if c.RequestTimeout <= 0 || c.MaxSourceAge <= 0 {
		errs = append(errs, errors.New("timeouts and --max-source-age must be positive"))
	}
	return errors.Join(errs...)
}

// checkProvider validates an external provider setting: it needs a model
// and is refused when external providers are switched off.
func (c *Config) checkProvider(flagName, provider, model, modelFlag string) []error {
	var errs []error
	if model == "" {
		errs = append(errs, fmt.Errorf("%s %s needs %s", flagName, provider, modelFlag))
	}
	if c.NoExternalLLM {
		errs = append(errs, fmt.Errorf("%s %s is not allowed with --no-external-llm", flagName, provider))
	}
	return errs
}
