package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"flag"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/api"
)

// Defaults, then environment, then flags; secrets from *_FILE.
func TestConfigPrecedence(t *testing.T) {
	keyFile := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(keyFile, []byte("geheim\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BRONWIJZER_DATA_DIR", "/env/data")
	t.Setenv("BRONWIJZER_LLM_API_KEY_FILE", keyFile)
	t.Setenv("BRONWIJZER_MAX_SOURCE_AGE", "3y")
	t.Setenv("BRONWIJZER_REQUEST_TIMEOUT", "5s")
	cfg := DefaultConfig()
	if err := cfg.LoadEnv(); err != nil {
		t.Fatal(err)
	}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	cfg.RegisterGlobal(fs)
	if err := fs.Parse([]string{"--data-dir", "/flag/data"}); err != nil {
		t.Fatal(err)
	}
	if cfg.DataDir != "/flag/data" {
		t.Errorf("DataDir = %q, flag should win", cfg.DataDir)
	}
	if cfg.LLMAPIKey != "geheim" {
		t.Errorf("LLMAPIKey = %q, want the file's content", cfg.LLMAPIKey)
	}
	if cfg.MaxSourceAge != 3*365*24*time.Hour || cfg.RequestTimeout != 5*time.Second {
		t.Errorf("durations %v %v", cfg.MaxSourceAge, cfg.RequestTimeout)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Config)
		want   string
	}{
		{"defaults are valid", func(*Config) {}, ""},
		{"mysql url", func(c *Config) { c.DatabaseURL = "mysql://x" }, "postgres://"},
		{"unknown embedder", func(c *Config) { c.Embedder = "bert" }, "want local, ollama or openai"},
		{"provider embedder without model", func(c *Config) { c.Embedder = "ollama" }, "needs --embed-model"},
		{"llm without model", func(c *Config) { c.LLMProvider = "openai" }, "needs --llm-model"},
		{"llm while external providers are off", func(c *Config) {
			c.LLMProvider, c.LLMModel, c.NoExternalLLM = "ollama", "llama3.1", true
		}, "not allowed with --no-external-llm"},
		{"bad log level", func(c *Config) { c.LogLevel = "loud" }, "--log-level"},
		{"bad dimension", func(c *Config) { c.EmbedDim = 3 }, "--embed-dim"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.modify(&cfg)
			err := cfg.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestBadEnvironmentIsAUsageError(t *testing.T) {
	t.Setenv("BRONWIJZER_MAX_FILE_MB", "veel")
	var out, errOut bytes.Buffer
	if code := Run(context.Background(), []string{"documents"}, nil, &out, &errOut); code != exitUsage {
		t.Fatalf("exit %d, want %d", code, exitUsage)
	}
	if !strings.Contains(errOut.String(), "BRONWIJZER_MAX_FILE_MB") {
		t.Errorf("stderr %q does not name the variable", errOut.String())
	}
}

func TestUnknownCommandAndMissingArguments(t *testing.T) {
	for _, args := range [][]string{{"vlieg"}, {"search"}, {"ask"}, {"ingest"}, {"search", "-k", "0", "griep"}} {
		var out, errOut bytes.Buffer
		if code := Run(context.Background(), append(args, "--data-dir", t.TempDir()), nil, &out, &errOut); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUsage, errOut.String())
		}
	}
}

// Global options are accepted by every subcommand, before or after its
// arguments.
func TestGlobalOptionsOnEverySubcommand(t *testing.T) {
	dir := t.TempDir()
	for name := range commands() {
		if name == "eval" {
			continue // parses its own flags after splitGlobal; covered below
		}
		var out, errOut bytes.Buffer
		Run(context.Background(), []string{name, "--data-dir", dir, "--log-level", "error", "-h"}, nil, &out, &errOut)
		if strings.Contains(errOut.String(), "flag provided but not defined") {
			t.Errorf("%s rejects a global option: %s", name, errOut.String())
		}
	}
	env := &cmdEnv{cfg: DefaultConfig(), stderr: &bytes.Buffer{}}
	rest, err := env.splitGlobal([]string{"--data-dir", dir, "--dataset", "x.jsonl", "--allow-unverified", "--k", "3"})
	if err != nil {
		t.Fatal(err)
	}
	if env.cfg.DataDir != dir || !env.cfg.AllowUnverified || strings.Join(rest, " ") != "--dataset x.jsonl --k 3" {
		t.Errorf("cfg %+v rest %q", env.cfg, rest)
	}
}

// A store filled by one embedder refuses to open with another: comparing
// vectors of different models would give silent garbage.
func TestEmbedderMismatchIsAStartupError(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	md := filepath.Join(t.TempDir(), "griep.md")
	if err := os.WriteFile(md, []byte("# Griep\n\nBij griep is rust het belangrijkste advies.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code := Run(context.Background(), []string{"ingest", "--data-dir", dir, md}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("ingest: exit %d: %s%s", code, out.String(), errOut.String())
	}
	out.Reset()
	errOut.Reset()
	code := Run(context.Background(), []string{"search", "--data-dir", dir, "--embed-dim", "256", "griep"}, nil, &out, &errOut)
	if code != exitFail || !strings.Contains(errOut.String(), "local-hash-v1-384") || !strings.Contains(errOut.String(), "local-hash-v1-256") {
		t.Fatalf("exit %d, stderr %q; want a clear embedder mismatch naming both", code, errOut.String())
	}
}

// TestServeTransport: a non-loopback address needs TLS or an explicit
// --insecure-http; TLS material comes from files, flags or *_FILE variables.
func TestServeTransport(t *testing.T) {
	dir := t.TempDir()
	certFile, keyFile := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	const certPEM, keyPEM = "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n", "-----BEGIN PRIVATE KEY-----\ny\n-----END PRIVATE KEY-----\n"
	if err := os.WriteFile(certFile, []byte(certPEM), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, []byte(keyPEM), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want string // error substring; "" = accepted
		tls  bool
	}{
		{"loopback plain HTTP", nil, []string{"--addr", "127.0.0.1:8080"}, "", false},
		{"LAN without TLS", nil, []string{"--addr", "0.0.0.0:8080"}, "zonder TLS", false},
		{"LAN, named host, without TLS", nil, []string{"--addr", "bronwijzer.praktijk.nl:8080"}, "--insecure-http", false},
		{"LAN behind a proxy", nil, []string{"--addr", "0.0.0.0:8080", "--insecure-http"}, "", false},
		{"LAN behind a proxy, env", map[string]string{"BRONWIJZER_INSECURE_HTTP": "true"}, []string{"--addr", "0.0.0.0:8080"}, "", false},
		{"bad insecure env", map[string]string{"BRONWIJZER_INSECURE_HTTP": "ja"}, []string{"--addr", "0.0.0.0:8080"}, "INSECURE_HTTP", false},
		{"LAN with TLS flags", nil, []string{"--addr", "0.0.0.0:8443", "--tls-cert", certFile, "--tls-key", keyFile}, "", true},
		{"TLS from env paths", map[string]string{"BRONWIJZER_TLS_CERT": certFile, "BRONWIJZER_TLS_KEY": keyFile}, []string{"--addr", "0.0.0.0:8443"}, "", true},
		{"TLS from *_FILE", map[string]string{"BRONWIJZER_TLS_CERT_FILE": certFile, "BRONWIJZER_TLS_KEY_FILE": keyFile}, []string{"--addr", "0.0.0.0:8443"}, "", true},
		{"cert without key", nil, []string{"--addr", "0.0.0.0:8443", "--tls-cert", certFile}, "go together", false},
		{"missing cert file", nil, []string{"--tls-cert", filepath.Join(dir, "nope.pem"), "--tls-key", keyFile}, "--tls-cert", false},
		{"allowed hosts", map[string]string{"BRONWIJZER_ALLOWED_HOSTS": "a.nl, b.nl:8443"}, nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			cfg := DefaultConfig()
			fs := flag.NewFlagSet("serve", flag.ContinueOnError)
			var o serveOptions
			o.register(fs, &cfg)
			if err := fs.Parse(tt.args); err != nil {
				t.Fatal(err)
			}
			err := checkServeEnv()
			if err == nil {
				var sc api.Config
				sc, err = o.serverConfig(&cfg)
				if err == nil {
					if tt.tls && (strings.TrimSpace(string(sc.TLSCertPEM)) != strings.TrimSpace(certPEM) || strings.TrimSpace(string(sc.TLSKeyPEM)) != strings.TrimSpace(keyPEM)) {
						t.Errorf("TLS material %q %q", sc.TLSCertPEM, sc.TLSKeyPEM)
					}
					if tt.name == "allowed hosts" && strings.Join(sc.AllowedHosts, "|") != "a.nl|b.nl:8443" {
						t.Errorf("AllowedHosts %q", sc.AllowedHosts)
					}
				}
			}
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v, want it to mention %q", err, tt.want)
			case err != nil && !errors.Is(err, errUsage):
				t.Errorf("error %v is not a usage error", err)
			}
		})
	}
}

// TestServeTLS runs `bronwijzer serve --tls-cert --tls-key` as an operator
// would, with a certificate generated here, and talks HTTPS to it.
func TestServeTLS(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := run(t, dir, "ingest", repoPath("corpus/nivel-inzet-ai-huisartsenpraktijken.pdf")); code != exitOK {
		t.Fatal(errOut)
	}
	certFile, keyFile, pool := writeTestCert(t)
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"serve", "--data-dir", dir, "--registry", repoPath("corpus/sources.json"),
			"--addr", "127.0.0.1:0", "--tls-cert", certFile, "--tls-key", keyFile}, nil, io.Discard, logs)
	}()
	base := strings.Replace(waitListening(t, logs, done), "http://", "https://", 1)
	client := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	resp, err := client.Post(base+"/v1/ask", "application/json", strings.NewReader(`{"question":"Hoeveel huisartsenpraktijken gebruiken AI?"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.TLS == nil || resp.Header.Get("Strict-Transport-Security") == "" {
		t.Errorf("status %d, TLS %v, HSTS %q: %s", resp.StatusCode, resp.TLS != nil, resp.Header.Get("Strict-Transport-Security"), body)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("a client without the certificate's CA connected")
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("serve exited %d:\n%s", code, logs.String())
	}
}

// writeTestCert writes a self-signed certificate for 127.0.0.1 and its key
// as PEM files.
func writeTestCert(t *testing.T) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(7), Subject: pkix.Name{CommonName: "bronwijzer test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA: true, BasicConstraintsValid: true, IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool = x509.NewCertPool()
	pool.AddCert(leaf)
	return certFile, keyFile, pool
}
