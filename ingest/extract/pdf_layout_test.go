package extract

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
)

func TestPDFSameRow(t *testing.T) {
	for _, tt := range []struct {
		name        string
		first, g    pdfGlyph
		sameRowWant bool
	}{
		{"same baseline", pdfGlyph{y: 700, size: 12}, pdfGlyph{y: 700, size: 12}, true},
		{"superscript", pdfGlyph{y: 704, size: 7}, pdfGlyph{y: 700, size: 11}, true},
		{"next line", pdfGlyph{y: 700, size: 12}, pdfGlyph{y: 686, size: 12}, false},
		{"display line over text", pdfGlyph{y: 640, size: 116}, pdfGlyph{y: 615, size: 12}, false},
		{"drop cap on its baseline", pdfGlyph{y: 640, size: 36}, pdfGlyph{y: 638, size: 12}, true},
	} {
		if got := pdfSameRow(&tt.first, &tt.g); got != tt.sameRowWant {
			t.Errorf("%s: pdfSameRow = %v", tt.name, got)
		}
	}
}

// glyphRun lays out text from x as 6-pt-wide glyphs of size 12; a space
// glyph is a word break unless hidden.
func glyphRun(text string, x, y float64) []pdfGlyph {
	var gs []pdfGlyph
	for _, r := range text {
		gs = append(gs, pdfGlyph{x: x, y: y, w: 6, size: 12, s: string(r), space: r == ' '})
		x += 6
	}
	return gs
}

func TestPDFHiddenSpaces(t *testing.T) {
	// "0 3" with the space kerned back: the 3 starts where the space does.
	var gs []pdfGlyph
	x := 72.0
	for _, c := range "03/25" {
		gs = append(gs, pdfGlyph{x: x, y: 700, w: 6, size: 12, s: string(c)},
			pdfGlyph{x: x + 6, y: 700, w: 3, size: 12, s: " ", space: true})
		x += 6
	}
	gs = append(gs, glyphRun(" en 2016", x+3, 700)...)
	rows := pdfRows(gs)
	if len(rows) != 1 || rows[0].text() != "03/25 en 2016" {
		t.Errorf("got %q", rows[0].text())
	}
	// A space whose advance is the only gap, in a font whose em is far
	// larger than its glyphs (Type 3), still separates.
	big := []pdfGlyph{{x: 10, y: 700, w: 5, size: 58, s: "a"}, {x: 15, y: 700, w: 3, size: 58, s: " ", space: true}, {x: 18, y: 700, w: 5, size: 58, s: "b"}}
	if got := pdfRows(big)[0].text(); got != "a b" {
		t.Errorf("Type 3 space: got %q", got)
	}
}

func TestPDFLogicalOrder(t *testing.T) {
	for in, want := range map[string]string{
		"Groet: םולש in 2024.":   "Groet: שלום in 2024.",
		"םולש םולש":              "שלום שלום",
		"2024 תנשב םינש 5 ןב":    "בן 5 שנים בשנת 2024",
		"(םולש) en":              "en (שלום)", // a right-to-left line: its Latin word comes first
		"Zie (םולש) hier":        "Zie (שלום) hier",
		"ةيبرعلا":                "العربية",
		"Geen rechts-naar-links": "Geen rechts-naar-links",
	} {
		if got := pdfLogicalOrder(in); got != want {
			t.Errorf("pdfLogicalOrder(%q) = %q, want %q", in, got, want)
		}
	}
}

// glyphPage is a PDF page of n glyphs: lines of 100 characters in 3-pt
// Helvetica, three columns of up to 217 lines, words of 4 to 10 letters.
func glyphPage(n int) []byte {
	var b strings.Builder
	words := []string{"nier", "functie", "dosering", "controle", "metformine", "eGFR", "patient", "advies"}
	lines := (n + 99) / 100
	for l := range lines {
		var sb strings.Builder
		for i := 0; sb.Len() < 100; i++ {
			sb.WriteString(words[(l+i)%len(words)])
			sb.WriteString(" ")
		}
		fmt.Fprintf(&b, "BT /F1 3 Tf %d %.1f Td (%s) Tj ET\n", 15+(l/217)*195, 830-float64(l%217)*3.8, sb.String()[:100])
	}
	return pdftest.Build("<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		pdftest.Helvetica,
		pdftest.Stream("", []byte(b.String())))
}

// BenchmarkPDFGlyphPage extracts one page of 65,000 glyphs; compare with
// BenchmarkPdftotextGlyphPage (issue 14: this page took 10× pdftotext while
// the aligned-table search split every run of rows anew). Both report CPU
// time per page: on a shared machine wall time mostly measures the others.
func BenchmarkPDFGlyphPage(b *testing.B) {
	data := glyphPage(65_000)
	start, n := glyphCPU(syscall.RUSAGE_SELF), 0
	for b.Loop() {
		if _, err := PDF(context.Background(), data, PDFOptions{}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	reportGlyphCPU(b, syscall.RUSAGE_SELF, start, n)
}

func BenchmarkPdftotextGlyphPage(b *testing.B) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext not installed")
	}
	path := filepath.Join(b.TempDir(), "glyphs.pdf")
	if err := os.WriteFile(path, glyphPage(65_000), 0o600); err != nil {
		b.Fatal(err)
	}
	start, n := glyphCPU(syscall.RUSAGE_CHILDREN), 0
	for b.Loop() {
		if err := exec.Command(bin, "-enc", "UTF-8", path, os.DevNull).Run(); err != nil {
			b.Fatal(err)
		}
		n++
	}
	reportGlyphCPU(b, syscall.RUSAGE_CHILDREN, start, n)
}

// glyphCPU is the user+system CPU time of this process (RUSAGE_SELF) or of
// its finished children (RUSAGE_CHILDREN).
func glyphCPU(who int) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportGlyphCPU reports CPU milliseconds per iteration since start.
func reportGlyphCPU(b *testing.B, who int, start time.Duration, n int) {
	if n > 0 {
		b.ReportMetric(float64(glyphCPU(who)-start)/float64(time.Millisecond)/float64(n), "cpu-ms/op")
	}
}

func TestPDFLogicalWords(t *testing.T) {
	for _, tt := range []struct{ in, want []string }{
		{[]string{"Groet:", "שלום", "in", "2024."}, []string{"Groet:", "שלום", "in", "2024."}},
		{[]string{"עולם", "שלום", "en"}, []string{"en", "שלום", "עולם"}},
		{[]string{"2024", "בשנת", "שנים", "5", "בן"}, []string{"בן", "5", "שנים", "בשנת", "2024"}},
		{[]string{"Zie", "עולם", "שלום", "hier"}, []string{"Zie", "שלום", "עולם", "hier"}},
		{[]string{"geen", "rechts-naar-links"}, []string{"geen", "rechts-naar-links"}},
	} {
		if got := pdfLogicalWords(tt.in); strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("pdfLogicalWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPDFAccentPrintedOverItsLetter reads mandoc's PDF (FT-133), which
// draws an accented letter by printing a spacing accent over it ('"' over
// "e", "‘" over "e", "’" over "o") and a bullet by printing "+" over "o":
// "pati"enten" had matched no question's "patiënten".
func TestPDFAccentPrintedOverItsLetter(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft133/ft133-quendelitis.pdf")
	var text strings.Builder
	for _, p := range doc.Pages {
		text.WriteString(p.Text + "\n")
	}
	for _, want := range []string{"patiënten", "crème", "vóór"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("no %q in the text", want)
		}
	}
	for _, not := range []string{`"e`, `e"`, "‘m", "+o", "o+"} {
		if strings.Contains(text.String(), not) {
			t.Errorf("%q in the text: %q", not, text.String()[strings.Index(text.String(), not)-20:][:40])
		}
	}
}
