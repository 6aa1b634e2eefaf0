package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lowercase and collapse", "  Eén  op\tde\n\nVIJF ", "eén op de vijf"},
		{"nfkc ligature", "eﬀectief en ﬁnancieel", "effectief en financieel"},
		{"line-break hyphenation", "voorspel-\nlingen en AI-\n  toepassingen", "voorspellingen en aitoepassingen"},
		{"compound hyphen kept", "Nulde- en Eerstelijnszorg", "nulde- en eerstelijnszorg"},
		{"hyphen before capital kept", "HIS-\nMedicom", "his- medicom"},
		{"typographic quotes", "gebruiksscenario’s “zo”", "gebruiksscenario's \"zo\""},
		{"non-breaking hyphen", "AI\u2011competenties", "ai-competenties"},
		{"soft hyphen and nbsp", "be\u00adslis\u00a0steun", "beslis steun"},
		{"empty", " \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	got := Tokens("Tot 73% kortere wacht-tijden [1], én 2.500 huisartsen")
	want := []string{"tot", "73", "kortere", "wacht", "tijden", "1", "én", "2", "500", "huisartsen"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokens (-want +got):\n%s", diff)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"AI-\ntoepassing", "ﬀ “x” –", "a\u00ad-\n\nb", "-\n", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Errorf("Normalize not idempotent: %q -> %q -> %q", s, n, Normalize(n))
		}
		if n != "" && !QuoteIn(s, s) {
			t.Errorf("QuoteIn(s, s) = false for %q", s)
		}
	})
}
