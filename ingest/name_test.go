package ingest

import (
	"strings"
	"testing"

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
