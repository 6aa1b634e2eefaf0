package extract

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
)

// -update rewrites the golden files (also read by updateGolden in text_test.go).
var _ = flag.Bool("update", false, "rewrite golden files in testdata")

const kompasPath = "../../corpus/ai-kompas-nulde-eerstelijnszorg.pdf"

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func extractFixture(t testing.TB, name string) *Document {
	t.Helper()
	doc, err := PDF(context.Background(), readFixture(t, name), PDFOptions{})
	if err != nil {
		t.Fatalf("PDF(%s): %v", name, err)
	}
	if err := pdfCheckDocument(doc); err != nil {
		t.Fatalf("PDF(%s): %v", name, err)
	}
	return doc
}

// pdfCheckDocument verifies the structural invariants every extraction must
// hold: page numbers 1..n, block offsets in order and in bounds, blocks that
// are exactly the page text split at blank lines.
func pdfCheckDocument(doc *Document) error {
	if doc.MediaType != MediaTypePDF {
		return fmt.Errorf("media type %q", doc.MediaType)
	}
	for i, p := range doc.Pages {
		if p.Number != i+1 {
			return fmt.Errorf("page %d has number %d", i+1, p.Number)
		}
		if !utf8.ValidString(p.Text) {
			return fmt.Errorf("page %d: invalid UTF-8", p.Number)
		}
		runes := []rune(p.Text)
		parts := make([]string, 0, len(p.Blocks))
		prev := 0
		for j, b := range p.Blocks {
			if b.Start < prev || b.End <= b.Start || b.End > len(runes) {
				return fmt.Errorf("page %d block %d: offsets %d:%d (prev %d, len %d)", p.Number, j, b.Start, b.End, prev, len(runes))
			}
			if b.Kind == Heading && (b.Level < 1 || b.Level > 6) || b.Kind == Paragraph && b.Level != 0 {
				return fmt.Errorf("page %d block %d: kind %d level %d", p.Number, j, b.Kind, b.Level)
			}
			parts = append(parts, string(runes[b.Start:b.End]))
			prev = b.End
		}
		if got := strings.Join(parts, "\n\n"); got != p.Text {
			return fmt.Errorf("page %d: blocks joined by blank lines differ from page text", p.Number)
		}
	}
	return nil
}

// renderDocument is the golden form: one line per block, headings marked.
func renderDocument(doc *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\n", doc.Title)
	for _, w := range doc.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	for _, p := range doc.Pages {
		fmt.Fprintf(&b, "=== page %d\n", p.Number)
		runes := []rune(p.Text)
		for _, blk := range p.Blocks {
			tag := "p"
			if blk.Kind == Heading {
				tag = fmt.Sprintf("h%d", blk.Level)
			}
			fmt.Fprintf(&b, "[%s] %s\n", tag, string(runes[blk.Start:blk.End]))
		}
	}
	return b.String()
}

func allText(doc *Document) string {
	var parts []string
	for _, p := range doc.Pages {
		parts = append(parts, p.Text)
	}
	return strings.Join(parts, "\n\n")
}

// assertOrder fails unless every phrase occurs, each after the previous one.
func assertOrder(t *testing.T, text string, phrases ...string) {
	t.Helper()
	pos := 0
	for _, ph := range phrases {
		i := strings.Index(text[pos:], ph)
		if i < 0 {
			if strings.Contains(text, ph) {
				t.Errorf("%q occurs, but not after %q", ph, text[max(0, pos-40):pos])
			} else {
				t.Errorf("%q missing", ph)
			}
			continue
		}
		pos += i + len(ph)
	}
}

func headings(doc *Document) []string {
	var out []string
	for _, p := range doc.Pages {
		runes := []rune(p.Text)
		for _, b := range p.Blocks {
			if b.Kind == Heading {
				out = append(out, fmt.Sprintf("h%d %s", b.Level, string(runes[b.Start:b.End])))
			}
		}
	}
	return out
}

func TestPDFProducers(t *testing.T) {
	tests := []struct {
		file     string
		title    string
		pages    int
		ordered  []string // phrases that must occur in this order
		absent   []string
		headings []string // leading headings, in order
	}{
		{
			file:  "chromium-twocol.pdf",
			title: "Zorgpad diabetes in de eerste lijn",
			pages: 1,
			ordered: []string{
				"De efficiënte samenwerking staat voorop.",
				"Volgens de NTvG-artikelen over dit onderwerp",
				"Een persoonlijk behandelplan wordt jaarlijks herzien",
				// left column's last paragraph runs on into the right column
				"Bij de controle meet de praktijkondersteuner het HbA1c, de bloeddruk en het gewicht.",
				"Dit eindigt de linkerkolom niet: de zin loopt door naar de rechterkolom",
				"Wet- en regelgeving vraagt om zorgvuldige verslaglegging.",
				"De zorggroep evalueert het zorgpad",
			},
			absent:   []string{"behandel-plan", "NTvGartikelen", "ﬁ", "ﬀ"},
			headings: []string{"h1 Zorgpad diabetes in de eerste lijn", "h2 1. Achtergrond", "h2 2. Afspraken"},
		},
		{
			file:  "groff-ms.pdf",
			title: "Richtlijn wondzorg in de huisartsenpraktijk",
			pages: 3,
			ordered: []string{
				"Het doel is een efficiënte, officiële werkwijze",
				"Een infectie herkent men aan roodheid",
				"volgens de NTvG-artikelen en de standaarden van het Nederlands Huisartsen Genootschap. Wet- en regelgeving",
				"na meting van de enkel-armindex.",
				"1.16. Onderdeel 16 van de beoordeling",
			},
			absent:   []string{"ﬁ", "in- fectie", "Ned- erlands", "-2-", "- 2 -", "-3-"},
			headings: []string{"h1 Richtlijn wondzorg in de huisartsenpraktijk", "h2 1. Inleiding", "h3 1.1. Onderdeel 1 van de beoordeling"},
		},
		{
			file:  "ghostscript-ps.pdf",
			title: "Medicatiebeoordeling bij ouderen",
			pages: 1,
			ordered: []string{
				"De apotheker en de huisarts beoordelen samen de medicatie van kwetsbare ouderen.",
				"Volgens de NTvG-artikelen verdient een jaarlijkse zorgverlener deze taak.",
				"Wet- en regelgeving geldt onverkort.",
				// drawn inside a Form XObject
				"Deze tekst staat in een formulier-object en moet ook worden gelezen.",
			},
			absent:   []string{"zorg-verlener", "−"},
			headings: []string{"h1 Medicatiebeoordeling bij ouderen", "h2 Afspraken"},
		},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".pdf"), func(t *testing.T) {
			doc := extractFixture(t, tt.file)
			if doc.Title != tt.title {
				t.Errorf("title %q, want %q", doc.Title, tt.title)
			}
			if len(doc.Pages) != tt.pages {
				t.Errorf("%d pages, want %d", len(doc.Pages), tt.pages)
			}
			if len(doc.Warnings) != 0 {
				t.Errorf("warnings: %q", doc.Warnings)
			}
			text := allText(doc)
			assertOrder(t, text, tt.ordered...)
			for _, a := range tt.absent {
				if strings.Contains(text, a) {
					t.Errorf("text contains %q", a)
				}
			}
			assertNoGlue(t, text)
			got := headings(doc)
			if len(got) > len(tt.headings) {
				got = got[:len(tt.headings)]
			}
			if diff := cmp.Diff(tt.headings, got); diff != "" {
				t.Errorf("headings (-want +got):\n%s", diff)
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(tt.file, ".pdf")+".golden")
			rendered := renderDocument(doc)
			compareGolden(t, golden, rendered)
		})
	}
}

// assertNoGlue fails on tokens that look like words run together: very
// long tokens without URL or compound punctuation, or a sentence end glued
// to the next sentence ("zorg.De").
func assertNoGlue(t *testing.T, text string) {
	t.Helper()
	for _, tok := range strings.Fields(text) {
		if strings.ContainsAny(tok, "/-_%") {
			continue
		}
		if utf8.RuneCountInString(tok) > 32 || pdfGlueRE.MatchString(tok) {
			t.Errorf("suspiciously glued token %q", tok)
		}
	}
}

var pdfGlueRE = regexp.MustCompile(`\p{Ll}{2}[.,;:]\p{Lu}\p{Ll}`)

func TestPDFErrors(t *testing.T) {
	tests := []struct {
		name    string
		data    []byte
		code    string
		message string
	}{
		{"empty file", readFixture(t, "empty.pdf"), bronwijzer.EINVALID, msgPDFEmpty},
		{"not a pdf", readFixture(t, "not-a-pdf.pdf"), bronwijzer.EUNSUPPORTED, msgPDFNotPDF},
		{"truncated", readFixture(t, "truncated.pdf"), bronwijzer.EINVALID, msgPDFTruncated},
		{"user password", readFixture(t, "encrypted-user.pdf"), bronwijzer.EINVALID, msgPDFEncrypted},
		{"no text layer", readFixture(t, "notext.pdf"), bronwijzer.EINVALID, msgPDFNoText},
		{"header only", []byte("%PDF-1.4\n%%EOF\n"), bronwijzer.EINVALID, msgPDFTruncated},
		{"garbage body", []byte("%PDF-1.4\n" + strings.Repeat("x", 300) + "\nstartxref\n9\n%%EOF\n"), bronwijzer.EINVALID, msgPDFCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := PDF(context.Background(), tt.data, PDFOptions{})
			if err == nil {
				t.Fatalf("no error; got %d pages", len(doc.Pages))
			}
			if doc != nil {
				t.Errorf("document returned with error")
			}
			if got := bronwijzer.ErrorCode(err); got != tt.code {
				t.Errorf("code %q, want %q (%v)", got, tt.code, err)
			}
			if got := bronwijzer.ErrorMessage(err); got != tt.message {
				t.Errorf("message %q, want %q", got, tt.message)
			}
		})
	}
}

// An owner password alone ("no copying") must not stop extraction: the
// text equals that of the unencrypted original.
func TestPDFOwnerPasswordOnly(t *testing.T) {
	plain := extractFixture(t, "chromium-twocol.pdf")
	enc := extractFixture(t, "encrypted-owner.pdf")
	if diff := cmp.Diff(allText(plain), allText(enc)); diff != "" {
		t.Errorf("decrypted text differs (-plain +decrypted):\n%s", diff)
	}
}

func TestPDFLimits(t *testing.T) {
	data := readFixture(t, "groff-ms.pdf")
	t.Run("too many pages", func(t *testing.T) {
		_, err := PDF(context.Background(), data, PDFOptions{MaxPages: 2})
		if got := bronwijzer.ErrorCode(err); got != bronwijzer.ETOOLARGE {
			t.Errorf("code %q, want %q (%v)", got, bronwijzer.ETOOLARGE, err)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		_, err := PDF(context.Background(), data, PDFOptions{Timeout: time.Nanosecond})
		if got := bronwijzer.ErrorCode(err); got != bronwijzer.ETIMEOUT {
			t.Errorf("code %q, want %q (%v)", got, bronwijzer.ETIMEOUT, err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := PDF(ctx, data, PDFOptions{})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error %v, want context.Canceled", err)
		}
	})
}

// A page whose content stream breaks the parser loses only that page.
func TestPDFDamagedPageKeepsOthers(t *testing.T) {
	data := pdfBuild(
		"BT /F1 12 Tf 72 700 Td (Eerste pagina is goed.) Tj ET",
		"BT /F1 12 Tf 72 700 Td (Tweede begint) Tj 0 -20 Td <4g4g> Tj ET",
		"BT /F1 12 Tf 72 700 Td (Derde pagina is ook goed.) Tj ET",
	)
	doc, err := PDF(context.Background(), data, PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := pdfCheckDocument(doc); err != nil {
		t.Fatal(err)
	}
	got := []string{doc.Pages[0].Text, doc.Pages[2].Text}
	if diff := cmp.Diff([]string{"Eerste pagina is goed.", "Derde pagina is ook goed."}, got); diff != "" {
		t.Errorf("intact pages (-want +got):\n%s", diff)
	}
	want := "pagina 2: de pagina-inhoud is beschadigd en kon niet (volledig) worden gelezen"
	if !slices.Contains(doc.Warnings, want) {
		t.Errorf("warnings %q lack %q", doc.Warnings, want)
	}
}

// pdfBuild writes a minimal PDF with one page per content stream, in
// Helvetica with WinAnsiEncoding and no /Widths (as many simple producers do).
func pdfBuild(contents ...string) []byte {
	var b strings.Builder
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	kids := make([]string, len(contents))
	for i := range contents {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>", strings.Join(kids, " "), len(contents)))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	for i, c := range contents {
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i))
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(c)+1, c))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return []byte(b.String())
}

func TestPDFPageWarnings(t *testing.T) {
	long := strings.Repeat("dezewoordenzijnaanelkaargeplakt ", 10)
	tests := []struct {
		name string
		raw  pdfRawPage
		text string
		want []string
	}{
		{"empty page", pdfRawPage{number: 2}, "", []string{"pagina 2: geen tekst gevonden (afbeelding of scan?)"}},
		{"empty page with forms", pdfRawPage{number: 3, forms: 2}, "", []string{"pagina 3: geen tekst gevonden; de pagina bestaat uit ingesloten objecten (Form XObjects) of afbeeldingen"}},
		{"little text with forms", pdfRawPage{number: 1, forms: 1}, "Logo", []string{"pagina 1: weinig tekst naast ingesloten objecten (Form XObjects); controleer of tekst ontbreekt"}},
		{"control characters", pdfRawPage{number: 5, chars: 100, bad: 40}, "normale tekst", []string{"pagina 5: 40% van de tekens is onleesbaar (lettertype zonder tekentabel); controleer de tekst"}},
		{"glued words", pdfRawPage{number: 6}, long, []string{"pagina 6: woorden lijken aan elkaar geplakt (spaties ontbreken)"}},
		{"good page", pdfRawPage{number: 7, chars: 100, bad: 1}, strings.Repeat("Een gewone zin met woorden. ", 20), nil},
		{"urls are not glue", pdfRawPage{number: 8}, strings.Repeat("https://www.example.org/a/very/long/path/segment/for/testing ", 10), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pdfPageWarnings(tt.raw, Page{Number: tt.raw.number, Text: tt.text})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPDFKompas(t *testing.T) {
	data, err := os.ReadFile(kompasPath)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	doc, err := PDF(context.Background(), data, PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := pdfCheckDocument(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != 53 {
		t.Fatalf("%d pages, want 53", len(doc.Pages))
	}
	if doc.Title != "AI Kompas voor de Nulde- en Eerstelijnszorg" {
		t.Errorf("title %q", doc.Title)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings: %q", doc.Warnings)
	}
	page := func(n int) string { return doc.Pages[n-1].Text }

	t.Run("two-column reading order", func(t *testing.T) {
		// Page 1: the left column of "Behoeften en Barrières" ends in
		// mid-sentence; the sentence continues at the top of the right column.
		assertOrder(t, page(1),
			"Voor u ligt het AI Kompas voor de Nulde- en Eerstelijnszorg",
			"Waarop zou er nu in Nederland ingezet moeten worden?", // a list item: the bullet is its Label
			"Internationaal en in Nederland gebeurt er in de Nulde- en Eerstelijnszorg al enorm veel",
			"Behoeften en Barrières",
			"De zorgprofessional",
			"terwijl juridische en ethische onzekerheden — vooral rond privacy, aansprakelijkheid en het gebruik van chatbots — het vertrouwen verder ondermijnen.",
			"De patiënt",
			"Aanbevelingen",
		)
		assertOrder(t, page(3), "Inleiding", "Tegelijkertijd vereist deze stormachtige ontwikkeling",
			"Recente ontwikkelingen laten een aanzienlijke verbetering")
	})
	t.Run("phrases with spaces intact", func(t *testing.T) {
		text := allText(doc)
		for _, ph := range []string{
			"Zorgprofessionals geven aan dat zij vooral behoefte hebben aan duidelijkheid over rollen, verantwoordelijkheden en juridische kaders",
			"database van NTvG-artikelen vanaf 2000",
			"AI-competenties, ethiek en bias",
			"wet- en regelgeving",
		} {
			if !strings.Contains(text, ph) {
				t.Errorf("missing %q", ph)
			}
		}
		assertNoGlue(t, text)
	})
	t.Run("words match pdftotext", func(t *testing.T) {
		// Glued or split words would be missing from poppler's vocabulary.
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", kompasPath, "-").Output()
		if err != nil {
			t.Skipf("pdftotext not available: %v", err)
		}
		vocab := map[string]bool{}
		for _, w := range strings.Fields(NormalizeText(string(out))) {
			vocab[pdfTestWord(w)] = true
			// pdftotext leaves note markers glued to their word ("Nabla32")
			if m := pdfGluedDigitsRE.FindStringSubmatch(w); m != nil {
				vocab[pdfTestWord(m[1])] = true
			}
		}
		total, unknown := 0, 0
		var examples []string
		for _, w := range strings.Fields(allText(doc)) {
			w = pdfTestWord(w)
			if w == "" {
				continue
			}
			total++
			if !vocab[w] {
				unknown++
				if len(examples) < 20 {
					examples = append(examples, w)
				}
			}
		}
		if unknown*100 > total {
			t.Errorf("%d of %d words unknown to pdftotext, e.g. %q", unknown, total, examples)
		}
		t.Logf("%d of %d words unknown to pdftotext, e.g. %q", unknown, total, examples)
	})
	t.Run("normalised characters", func(t *testing.T) {
		for _, p := range doc.Pages {
			for _, r := range p.Text {
				switch {
				case r >= 0x80 && r <= 0x9f:
					t.Errorf("page %d: C1 control %U", p.Number, r)
				case r >= 0xfb00 && r <= 0xfb06:
					t.Errorf("page %d: ligature %U", p.Number, r)
				case r == '\u00ad' || r == '\u2011':
					t.Errorf("page %d: soft or non-breaking hyphen %U", p.Number, r)
				}
			}
		}
	})
	t.Run("headings", func(t *testing.T) {
		hs := strings.Join(headings(doc), "\n")
		for _, h := range []string{"h1 Behoeften en Barrières", "h1 Aanbevelingen", "h1 Inleiding", "h2 De zorgprofessional", "h2 De patiënt"} {
			if !strings.Contains(hs, h+"\n") {
				t.Errorf("heading %q not detected", h)
			}
		}
	})
	t.Run("no repeated page furniture", func(t *testing.T) {
		// No text line recurs at the start or end of most pages.
		first, last := map[string]int{}, map[string]int{}
		for _, p := range doc.Pages {
			if len(p.Blocks) == 0 {
				continue
			}
			r := []rune(p.Text)
			first[string(r[p.Blocks[0].Start:p.Blocks[0].End])]++
			b := p.Blocks[len(p.Blocks)-1]
			last[string(r[b.Start:b.End])]++
		}
		for _, m := range []map[string]int{first, last} {
			for s, n := range m {
				if n >= 3 {
					t.Errorf("%q starts or ends %d pages", s, n)
				}
			}
		}
	})
}

// Running headers and page numbers are removed, body text is kept.
func TestPDFDropRunningRows(t *testing.T) {
	row := func(y float64, text string) pdfRow {
		return pdfRow{y: y, size: 10, words: []pdfWord{{x0: 100, x1: 200, y: y, size: 10, text: text, n: len(text)}}}
	}
	box := [4]float64{0, 0, 600, 800}
	var raw []pdfRawPage
	for i := 1; i <= 4; i++ {
		raw = append(raw, pdfRawPage{number: i, box: box, rows: []pdfRow{
			row(780, "Huisartsenbulletin 2026"),
			row(700, fmt.Sprintf("Inhoud van pagina %d", i)),
			row(400, "Zelfde zin midden op elke pagina"),
			row(30, fmt.Sprintf("Pagina %d van 4", i)),
		}})
	}
	pdfDropRunningRows(raw)
	for _, p := range raw {
		var got []string
		for _, r := range p.rows {
			got = append(got, r.text())
		}
		want := []string{fmt.Sprintf("Inhoud van pagina %d", p.number), "Zelfde zin midden op elke pagina"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("page %d (-want +got):\n%s", p.number, diff)
		}
		if want := fmt.Sprintf("Huisartsenbulletin 2026\nPagina %d van 4", p.number); p.running != want {
			t.Errorf("page %d set aside %q, want %q", p.number, p.running, want)
		}
	}
}

func pdfTestWord(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}

func FuzzPDF(f *testing.F) {
	for _, name := range []string{"chromium-twocol.pdf", "groff-ms.pdf", "ghostscript-ps.pdf", "truncated.pdf", "notext.pdf", "encrypted-owner.pdf"} {
		f.Add(readFixture(f, name))
	}
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := PDF(context.Background(), data, PDFOptions{Timeout: 5 * time.Second, MaxPages: 50})
		if err != nil {
			if doc != nil {
				t.Fatal("document returned with error")
			}
			if code := bronwijzer.ErrorCode(err); code == bronwijzer.EINTERNAL {
				t.Fatalf("error without code: %v", err)
			}
			return
		}
		if err := pdfCheckDocument(doc); err != nil {
			t.Fatal(err)
		}
	})
}

func BenchmarkExtractKompas(b *testing.B) {
	data, err := os.ReadFile(kompasPath)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := PDF(context.Background(), data, PDFOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/53, "ms/page")
}

// BenchmarkPdftotextKompas runs poppler's pdftotext on the same file, to read
// the ratio against BenchmarkExtractKompas (target: ours ≤ 2×).
func BenchmarkPdftotextKompas(b *testing.B) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext not installed")
	}
	if _, err := os.Stat(kompasPath); err != nil {
		b.Skip(err)
	}
	for b.Loop() {
		if err := exec.Command(bin, "-enc", "UTF-8", kompasPath, os.DevNull).Run(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/53, "ms/page")
}

// TestPDFClippedText reads FT-109, a PDF by Calligra Words (Qt), which
// draws the first line of a paragraph that goes on on the next page once
// more just below the text frame of the page before, clipped away: a
// glyph whose middle lies outside the clipping box is not shown
// (pdfClippedAway). The line had been read twice, on both pages, and the
// doubled line after the notes of page 3 had made them paragraphs.
func TestPDFClippedText(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft109/ft109-kroosziekte.pdf")
	var all strings.Builder
	for _, p := range doc.Pages {
		all.WriteString(p.Text)
	}
	if n := strings.Count(all.String(), "kunnen het werk hervatten"); n != 1 {
		t.Errorf("the line below the page read %d times, want once", n)
	}
	blocks := flatten(doc)
	if b, ok := pageBlock(blocks, "De KROOS-score is niet gevalideerd bij kinderen"); !ok || b.Kind != Note || b.Label != "2" {
		t.Errorf("note 2: %+v (found %v)", b, ok)
	}
}

// TestPDFRunningHeaderOfTitleAndSection reads rst2pdf's FT-118, whose
// running header prints the title and the current section after "--"
// ("Fictieve Standaard Distelwangziekte (FT-118) -- 4.4 Controle"): the
// title repeats on every page and the section is a heading of the text, so
// the row is a running header (pdfRunningParts). It had been read as the
// first line of every page, and the dose table that goes on at the top of
// page 6 without its header had not been its continuation: its rows had
// lost their column names ("quarzapil (tweede keus) · Volwassenen …").
func TestPDFRunningHeaderOfTitleAndSection(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft118/ft118-distelwangziekte.pdf")
	for _, b := range blocks {
		if strings.Contains(b.text, "(FT-118) --") {
			t.Errorf("running header read as text on page %d: %q", b.page, b.text)
		}
	}
	b, ok := pageBlock(blocks, "quarzapil (tweede keus) · Populatie: Volwassenen")
	if !ok || b.page != 6 || !strings.HasPrefix(b.text, "Middel: quarzapil (tweede keus) · Populatie: Volwassenen (18-74 jaar) · Dosering: 250 mg 3 dd") {
		t.Errorf("the table's first row on page 6: %+v (found %v)", b, ok)
	}
}

// TestPDFFootlineAboveTheMargin reads plain TeX's FT-116, whose footline
// "– 5 –" stands 12.5% of an A4 page above its foot, just above the band
// where running rows were looked for: a page's last row reaches further
// (pdfRunningEdgeRow). The footline had been read as a list item ("5 –"),
// and the dose table it stood under had not ended its page, so brodaxim's
// name was not carried to its rows on the next page.
func TestPDFFootlineAboveTheMargin(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft116/ft116-plooikoorts.pdf")
	for _, b := range blocks {
		if strings.HasSuffix(b.text, " –") && len(b.text) < 8 {
			t.Errorf("footline read as text on page %d: %q", b.page, b.text)
		}
	}
	b, ok := pageBlock(blocks, "Populatie: eGFR 10–30")
	if !ok || b.page != 6 || !strings.HasPrefix(b.text, "Middel: brodaxim · Populatie: eGFR 10–30 · Dosering: 625 mg 2 dd") {
		t.Errorf("brodaxim's row on page 6: %+v (found %v)", b, ok)
	}
}

// TestPDFRunningHeaderNamingItsPage reads FT-86, a Calc workbook printed by
// LibreOffice, whose page header gives the title and the sheet's name
// ("Fictieve Standaard Ribbelhoest (FT-86) – Tabel 1. Dosering bij
// ribbelhoest"): the sheet's name heads nothing else in the document, so
// the row is no running header but its table's title.
func TestPDFRunningHeaderNamingItsPage(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft86/ft86-ribbelhoest.pdf")
	if _, ok := pageBlock(blocks, "Tabel 1. Dosering bij ribbelhoest"); !ok {
		t.Error("the sheet's name in the page header was dropped as a running header")
	}
}

// TestPDFLabelledLinesPartedIntoBlocks reads Chromium's print of FT-234,
// whose doses stand in a <dl> per drug: a line per population, each led
// by a label ("Volwassenen: 500 mg 2 dd" / "Kinderen 10-20 kg: 125 mg 2
// dd (5 ml suspensie)"), set without space between them. Each is a block
// of its own (pdfLabelledLines): run on as one paragraph, the answer had
// been the whole list, every band's dose for one patient. A wrapped line
// that a label seems to lead stays in its paragraph (FT-86: "Torvazine
// versterkt" / "het effect van warfarine: controleer de INR …").
func TestPDFLabelledLinesPartedIntoBlocks(t *testing.T) {
	blocks := func(doc *Document) []string {
		var out []string
		for _, p := range doc.Pages {
			for _, b := range p.Blocks {
				out = append(out, strings.Join(strings.Fields(string([]rune(p.Text)[b.Start:b.End])), " "))
			}
		}
		return out
	}
	got := blocks(extractPath(t, "../../testdata/heldout/ft234/ft234-morvelkoorts.pdf"))
	for _, want := range []string{"Volwassenen: 500 mg 2 dd", "Kinderen 10-20 kg: 125 mg 2 dd (5 ml suspensie)", "Kinderen 20-30 kg: 250 mg 2 dd", "Volwassenen: 200 mg 3 dd"} {
		if !slices.Contains(got, want) {
			t.Errorf("no block %q", want)
		}
	}
	got = blocks(extractPath(t, "../../testdata/heldout/ft86/ft86-ribbelhoest.pdf"))
	if !slices.ContainsFunc(got, func(b string) bool {
		return strings.Contains(b, "Torvazine versterkt het effect van warfarine: controleer de INR")
	}) {
		t.Error("FT-86's wrapped interaction parted at its colon")
	}
}

// TestPDFLabelledLinesKeepWrappedLines: a line after one that runs to its
// column's edge goes on with that line's label, whatever it starts with;
// a label leads only a line after a short one (pdfLabelledLines).
func TestPDFLabelledLinesKeepWrappedLines(t *testing.T) {
	line := func(text string, x1 float64) pdfLine { return pdfLine{x0: 0, x1: x1, text: text} }
	lines := []pdfLine{
		line("Alfa: 10 mg 1 dd", 200),
		line("Beta: 20 mg 2 dd, bij een eGFR onder 30 de helft van de dosis en bij", 500),
		line("Gamma: geen aanpassing", 200),
		line("Delta: 40 mg 1 dd", 200),
	}
	got := pdfLabelledLines([]pdfBlock{{lines: lines}}, pdfColumnEdges(lines))
	var texts [][]string
	for _, b := range got {
		var ts []string
		for _, l := range b.lines {
			ts = append(ts, l.text)
		}
		texts = append(texts, ts)
	}
	if len(got) != 3 || len(got[1].lines) != 2 {
		t.Errorf("blocks %q, want Alfa, Beta with the line it wraps on to, Delta", texts)
	}
}
