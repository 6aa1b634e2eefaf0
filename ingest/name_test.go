package ingest

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
)

func TestSafeName(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"richtlijn.pdf", "richtlijn.pdf", ""},
		{"../../etc/passwd", "passwd", ""},
		{"/etc/cron.d/job.txt", "job.txt", ""},
		{`..\..\Windows\win.ini`, "win.ini", ""},
		{"C:\\Users\\huisarts\\Bureaublad\\protocol.md", "protocol.md", ""},
		{"koorts\x00.txt", "koorts.txt", ""},
		{"regel\neen\r\t.txt", "regeleen.txt", ""},
		{"pati\xebnt.txt", "patint.txt", ""},
		{"  spatie.txt  ", "spatie.txt", ""},
		{"", "", "ongeldige bestandsnaam"},
		{"..", "", "ongeldige bestandsnaam"},
		{"map/", "", "ongeldige bestandsnaam"},
		{"\x00", "", "ongeldige bestandsnaam"},
		{strings.Repeat("a", 256), "", "bestandsnaam is te lang"},
	}
	for _, tt := range tests {
		got, err := SafeName(tt.in)
		if got != tt.want || (tt.err == "") != (err == nil) || (err != nil && !strings.Contains(bronwijzer.ErrorMessage(err), tt.err)) {
			t.Errorf("SafeName(%q) = %q, %v; want %q, %q", tt.in, got, err, tt.want, tt.err)
		}
		if err != nil && bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
			t.Errorf("SafeName(%q): code %s", tt.in, bronwijzer.ErrorCode(err))
		}
	}
}

// FuzzSafeName: a kept name is a single path element without separators or
// control characters, at most 255 bytes, valid UTF-8, and SafeName keeps it
// as it is; a refused name is EINVALID.
func FuzzSafeName(f *testing.F) {
	for _, s := range []string{"richtlijn.pdf", "../../etc/passwd", `..\..\a.txt`, "a\x00b.md", "..", "", "pati\xebnt.txt", strings.Repeat("é", 200)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got, err := SafeName(name)
		if err != nil {
			if bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
				t.Fatalf("SafeName(%q): %v", name, err)
			}
			return
		}
		if got == "" || got == "." || got == ".." || len(got) > maxNameBytes || !utf8.ValidString(got) ||
			strings.ContainsAny(got, `/\`) || strings.IndexFunc(got, unicode.IsControl) >= 0 {
			t.Fatalf("SafeName(%q) = %q", name, got)
		}
		if again, err := SafeName(got); err != nil || again != got {
			t.Fatalf("SafeName(%q) = %q, %v; not stable", got, again, err)
		}
	})
}
