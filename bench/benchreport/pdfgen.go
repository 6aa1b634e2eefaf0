package benchreport

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
)

// dutchWords is the vocabulary of the generated PDF's text: common words
// of Dutch primary-care guidance, ASCII only so WinAnsiEncoding needs no
// escapes.
var dutchWords = strings.Fields(`de het een en van in op voor met is zijn bij als
	huisarts praktijk patient patienten zorg zorgverlener behandeling klachten advies
	richtlijn standaard diagnose onderzoek verwijzing controle medicatie dosering
	bloeddruk diabetes astma hoesten koorts pijn infectie antibiotica triage
	assistent praktijkondersteuner consult spreekuur afspraak dossier gegevens
	privacy toestemming beleid kwaliteit veiligheid risico uitkomst evaluatie
	toepassing systeem ondersteuning rapportage werkdruk tijd aandacht gesprek
	informatie uitleg vraag antwoord bron verantwoordelijkheid afweging keuze
	wordt worden kan kunnen moet moeten heeft hebben geeft neemt blijft volgt
	vaak soms altijd eerst daarna binnen zonder tijdens volgens ongeveer meer
	minder belangrijk nodig mogelijk duidelijk regionaal landelijk eerstelijns`)

// GeneratePDF writes a deterministic text PDF of pages pages: an A4 page
// with a bold heading and about 45 lines of Helvetica text each, in the
// standard Type 1 fonts (no embedded font), one content stream per page.
// It is generated at bench time so no binary is committed.
func GeneratePDF(pages int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, 0x9df))
	// 1 catalog, 2 pages, 3 and 4 fonts, then per page: page, content.
	kids := make([]string, pages)
	for i := range kids {
		kids[i] = fmt.Sprintf("%d 0 R", 5+2*i)
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Count %d /Kids [%s] >>", pages, strings.Join(kids, " ")),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
	}
	for p := range pages {
		content := pageContent(rng, p+1)
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>", 6+2*p),
			fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	}
	return pdftest.Build(objs...)
}

func pageContent(rng *rand.Rand, page int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "BT /F2 14 Tf 56 790 Td (%d. %s) Tj ET\n", page, pdfString(sentence(rng, 4, false)))
	y := 760
	for line := 0; line < 45; line++ {
		if line > 0 && line%9 == 0 {
			y -= 8 // paragraph gap
		}
		fmt.Fprintf(&b, "BT /F1 10 Tf 56 %d Td (%s) Tj ET\n", y, pdfString(lineText(rng)))
		y -= 15
	}
	fmt.Fprintf(&b, "BT /F1 8 Tf 290 30 Td (%d) Tj ET", page)
	return b.String()
}

// lineText is about 90 characters of words, sentences ending in a period.
func lineText(rng *rand.Rand) string {
	var words []string
	n := 0
	for n < 85 {
		w := dutchWords[rng.IntN(len(dutchWords))]
		if rng.IntN(10) == 0 {
			w += "."
		}
		words = append(words, w)
		n += len(w) + 1
	}
	return strings.Join(words, " ")
}

func sentence(rng *rand.Rand, n int, period bool) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = dutchWords[rng.IntN(len(dutchWords))]
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	s := strings.Join(ws, " ")
	if period {
		s += "."
	}
	return s
}

func pdfString(s string) string {
	return strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`).Replace(s)
}
