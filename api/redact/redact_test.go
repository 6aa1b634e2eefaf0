package redact_test

import (
	"regexp"
	"testing"

	"github.com/bronwijzer/bronwijzer/api/redact"
	"github.com/google/go-cmp/cmp"
)

func TestString(t *testing.T) {
	r := redact.New()
	tests := []struct {
		name, in, want string
	}{
		{"valid BSN", "Patiënt met BSN 111222333 heeft koorts", "Patiënt met BSN [BSN] heeft koorts"},
		{"valid BSN with dots", "bsn 1234.56.782 bekend", "bsn [BSN] bekend"},
		{"invalid elfproef stays", "ordernummer 123456789 graag", "ordernummer 123456789 graag"},
		{"all zeros is no BSN", "code 000000000", "code 000000000"},
		{"eight digits stay", "12345678 eenheden", "12345678 eenheden"},
		{"mobile with dash", "bel 06-12345678 terug", "bel [TELEFOON] terug"},
		{"mobile plain", "tel 0612345678.", "tel [TELEFOON]."},
		{"mobile international", "nummer +31 6 12345678", "nummer [TELEFOON]"},
		{"international with (0)", "nummer +31 (0)6 1234 5678", "nummer [TELEFOON]"},
		{"landline Amsterdam", "praktijk 020-1234567", "praktijk [TELEFOON]"},
		{"landline spaced", "praktijk 020 123 4567", "praktijk [TELEFOON]"},
		{"0031 prefix", "0031201234567 bellen", "[TELEFOON] bellen"},
		{"email", "mail j.jansen@example.nl over de uitslag", "mail [EMAIL] over de uitslag"},
		{"email with digits", "a.b123@zorg-praktijk.com", "[EMAIL]"},
		{"postcode and house number", "woont op 1234 AB 12 in Utrecht", "woont op [ADRES] in Utrecht"},
		{"postcode without space", "1234AB 12a", "[ADRES]"},
		{"street and number", "Dorpsstraat 12, Utrecht", "[ADRES], Utrecht"},
		{"IE dose is not a postcode", "geef 1000 IE 2 keer daags", "geef 1000 IE 2 keer daags"},
		{"lowercase units stay", "1500 mg 3 dd", "1500 mg 3 dd"},
		{"date dd-mm-jjjj", "vrouw, 03-04-1950, met hoest", "vrouw, [GEBOORTEDATUM], met hoest"},
		{"date d/m/yyyy", "man 3/4/1950", "man [GEBOORTEDATUM]"},
		{"geboren op written out", "geboren op 3 maart 1950, diabetes", "geboren op [GEBOORTEDATUM], diabetes"},
		{"geb. numeric", "geb. 12-11-1948", "geb. [GEBOORTEDATUM]"},
		{"two-digit year with context", "geboren 1-2-48", "geboren [GEBOORTEDATUM]"},
		{"clinical numbers untouched", "eGFR 45 ml/min, HbA1c 53 mmol/mol, 2 x daags 500 mg", "eGFR 45 ml/min, HbA1c 53 mmol/mol, 2 x daags 500 mg"},
		{"year alone untouched", "sinds 2024 geldt", "sinds 2024 geldt"},
		{"percentages untouched", "in 25% van de praktijken", "in 25% van de praktijken"},
		{"several at once", "BSN 123456782, tel 06 12345678, jan@x.nl", "BSN [BSN], tel [TELEFOON], [EMAIL]"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, r.String(tt.in)); diff != "" {
				t.Errorf("String(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestValidBSN(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"111222333", true},
		{"123456782", true},
		{"999999990", true},
		{"123456789", false},
		{"111222334", false},
		{"000000000", false},
		{"12345678", false},
		{"1234567890", false},
		{"12345678a", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := redact.ValidBSN(tt.in); got != tt.want {
				t.Errorf("ValidBSN(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzString checks invariants: redaction is idempotent and never leaves a
// nine-digit number that passes the elfproef.
var nineDigits = regexp.MustCompile(`\b\d{9}\b`)

func FuzzString(f *testing.F) {
	for _, s := range []string{"BSN 111222333", "06-12345678", "a@b.nl", "1234 AB 12", "03-04-1950"} {
		f.Add(s)
	}
	r := redact.New()
	f.Fuzz(func(t *testing.T, s string) {
		once := r.String(s)
		if twice := r.String(once); twice != once {
			t.Errorf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
		for _, m := range nineDigits.FindAllString(once, -1) {
			if redact.ValidBSN(m) {
				t.Errorf("BSN %q left in %q (from %q)", m, once, s)
			}
		}
	})
}

func BenchmarkString(b *testing.B) {
	r := redact.New()
	for _, bc := range []struct{ name, text string }{
		{"plain", "Wat zijn de aandachtspunten bij het inzetten van een AI-chatbot in de huisartsenpraktijk voor triage?"},
		{"with data", "Patiënt geb. 03-04-1950, BSN 111222333, tel 06-12345678, mail j.jansen@example.nl: wat is de dosis?"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				r.String(bc.text)
			}
		})
	}
}
