package api

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"time"
)

// hstsValue is the Strict-Transport-Security header of a server speaking
// TLS itself: browsers use HTTPS only for two years. includeSubDomains is
// left out on purpose: other hosts of the practice's domain are not ours to
// bind.
const hstsValue = "max-age=63072000"

// tlsConfig returns the server's TLS settings, or nil without a
// certificate: TLS 1.2 or newer; for TLS 1.2 only ECDHE key exchange with
// AEAD ciphers (forward secrecy, no CBC, no RSA key exchange); TLS 1.3's
// suites are all modern and not configurable in Go.
func (c *Config) tlsConfig() (*tls.Config, error) {
	if len(c.TLSCertPEM) == 0 && len(c.TLSKeyPEM) == 0 {
		return nil, nil
	}
	if len(c.TLSCertPEM) == 0 || len(c.TLSKeyPEM) == 0 {
		return nil, fmt.Errorf("TLS needs both a certificate (--tls-cert) and its private key (--tls-key)")
	}
	cert, err := tls.X509KeyPair(c.TLSCertPEM, c.TLSKeyPEM)
	if err != nil {
		return nil, fmt.Errorf("TLS certificate and key: %w", err)
	}
	if leaf, err := x509.ParseCertificate(cert.Certificate[0]); err == nil && time.Now().After(leaf.NotAfter) {
		return nil, fmt.Errorf("TLS certificate expired on %s", leaf.NotAfter.Format(time.DateOnly))
	}
	return &tls.Config{
		MinVersion:   tls.VersionTLS12,
		Certificates: []tls.Certificate{cert},
		CipherSuites: []uint16{
			tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
			tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
			tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
			tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
			tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
		},
		CurvePreferences: []tls.CurveID{tls.X25519MLKEM768, tls.X25519, tls.CurveP256},
	}, nil
}

// tlsOn reports whether the server speaks HTTPS itself.
func (c *Config) tlsOn() bool { return len(c.TLSCertPEM) > 0 }

// TLS reports whether the server speaks HTTPS itself.
func (s *Server) TLS() bool { return s.cfg.tlsOn() }
