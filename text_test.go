package bronwijzer

import (
	"strings"
	"testing"
)

func TestCheckText(t *testing.T) {
	tests := []struct {
		field, text, want, err string
	}{
		{"question", "  Koorts?\n", "Koorts?", ""},
		{"question", " \t ", "", "Vraag ontbreekt"},
		{"query", "", "", `Zoekopdracht ontbreekt: vul het veld "query" in`},
		{"question", "koorts\x00", "", `Veld "question" bevat stuurtekens`},
		{"question", "koorts\xff", "", `Veld "question" bevat ongeldige tekens`},
		{"query", strings.Repeat("é", 11), "", `Veld "query" is te lang: 11 tekens, maximaal 10`},
		{"query", strings.Repeat("é", 10), strings.Repeat("é", 10), ""},
	}
	for _, tt := range tests {
		got, err := CheckText(tt.field, tt.text, 10)
		switch {
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("CheckText(%q, %q) = %q, %v; want %q", tt.field, tt.text, got, err, tt.want)
		case tt.err != "" && (ErrorCode(err) != EINVALID || !strings.Contains(ErrorMessage(err), tt.err)):
			t.Errorf("CheckText(%q, %q) error %v, want EINVALID with %q", tt.field, tt.text, err, tt.err)
		}
	}
}

func TestCheckK(t *testing.T) {
	for _, k := range []int{1, 20} {
		if err := CheckK("-k", k, 20); err != nil {
			t.Errorf("CheckK(%d) = %v", k, err)
		}
	}
	for _, k := range []int{0, -1, 21} {
		if err := CheckK(`Veld "k"`, k, 20); ErrorCode(err) != EINVALID || !strings.Contains(ErrorMessage(err), `Veld "k" moet tussen 1 en 20 liggen`) {
			t.Errorf("CheckK(%d) = %v, want EINVALID naming the field", k, err)
		}
	}
}
