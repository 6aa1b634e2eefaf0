package api

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// testCert generates a self-signed certificate for 127.0.0.1 and
// localhost, valid from notBefore for validFor.
func testCert(t *testing.T, notBefore time.Time, validFor time.Duration) (certPEM, keyPEM []byte, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "bronwijzer test"},
		NotBefore:    notBefore,
		NotAfter:     notBefore.Add(validFor),
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA:         true, BasicConstraintsValid: true,
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:    []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool = x509.NewCertPool()
	pool.AddCert(leaf)
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), pool
}

// TestTLS starts the server with a generated certificate and talks HTTPS to
// it: TLS 1.2+ only, HSTS on every response, plain HTTP refused.
func TestTLS(t *testing.T) {
	certPEM, keyPEM, pool := testCert(t, time.Now().Add(-time.Hour), 24*time.Hour)
	s, _ := newTestServer(t, Config{Addr: "127.0.0.1:0", TLSCertPEM: certPEM, TLSKeyPEM: keyPEM}, testDeps())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := s.Shutdown(ctx); err != nil {
			t.Error(err)
		}
		if err := <-errc; err != nil {
			t.Error(err)
		}
	})
	base := "https://" + ln.Addr().String()
	client := func(cfg *tls.Config) *http.Client {
		return &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{TLSClientConfig: cfg}}
	}

	t.Run("HTTPS with HSTS", func(t *testing.T) {
		c := client(&tls.Config{RootCAs: pool})
		resp, err := c.Post(base+"/v1/ask", "application/json", strings.NewReader(`{"question":"Hoeveel praktijken gebruiken AI?"}`))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"answer"`) {
			t.Fatalf("status %d: %s", resp.StatusCode, body)
		}
		if got := resp.Header.Get("Strict-Transport-Security"); got != hstsValue {
			t.Errorf("Strict-Transport-Security = %q, want %q", got, hstsValue)
		}
		if resp.TLS == nil || resp.TLS.Version < tls.VersionTLS12 {
			t.Errorf("connection state %+v", resp.TLS)
		}
	})
	t.Run("TLS 1.1 refused", func(t *testing.T) {
		c := client(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11})
		if resp, err := c.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			t.Fatal("a TLS 1.1 handshake succeeded")
		}
	})
	t.Run("CBC cipher refused under TLS 1.2", func(t *testing.T) {
		c := client(&tls.Config{RootCAs: pool, MaxVersion: tls.VersionTLS12,
			CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA}})
		if resp, err := c.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			t.Fatal("a CBC cipher suite was negotiated")
		}
	})
	t.Run("plain HTTP gets no answer", func(t *testing.T) {
		resp, err := client(nil).Get("http://" + ln.Addr().String() + "/healthz")
		if err == nil {
			defer resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				t.Fatal("plain HTTP answered 200")
			}
		}
	})
}

func TestNoHSTSWithoutTLS(t *testing.T) {
	s, _ := newTestServer(t, Config{}, testDeps())
	if got := do(t, s.Handler(), "GET", "/healthz", "").Header().Get("Strict-Transport-Security"); got != "" {
		t.Errorf("Strict-Transport-Security = %q on plain HTTP", got)
	}
}

func TestTLSConfigErrors(t *testing.T) {
	certPEM, keyPEM, _ := testCert(t, time.Now().Add(-time.Hour), 24*time.Hour)
	otherCert, _, _ := testCert(t, time.Now().Add(-time.Hour), 24*time.Hour)
	expiredCert, expiredKey, _ := testCert(t, time.Now().Add(-48*time.Hour), 24*time.Hour)
	tests := []struct {
		name      string
		cert, key []byte
		want      string
	}{
		{"cert without key", certPEM, nil, "both a certificate"},
		{"key without cert", nil, keyPEM, "both a certificate"},
		{"key of another certificate", otherCert, keyPEM, "TLS certificate and key"},
		{"not PEM", []byte("geen certificaat"), keyPEM, "TLS certificate and key"},
		{"expired", expiredCert, expiredKey, "expired"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(Config{TLSCertPEM: tt.cert, TLSKeyPEM: tt.key}, testDeps(), nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
}
