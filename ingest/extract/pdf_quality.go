package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
)

// The parser returns wrong text without an error when a font lacks a usable
// ToUnicode map or a producer draws words glyph by glyph; these checks turn
// such pages into warnings a curator can act on.

// pdfBadText tells whether decoded glyph text is unusable: control or
// replacement characters, or private-use code points. White space is not:
// Calligra's PDFs (Qt's engine) map the space glyph to a tab, which reads
// as the space it is (FT-129 had been warned of 13% unreadable characters).
func pdfBadText(s string) bool {
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r < 0x20 && !unicode.IsSpace(r), r == 0x7f:
			return true
		case r >= 0xe000 && r <= 0xf8ff:
			return true
		}
	}
	return false
}

// pdfGluedRunes is the length from which a token without spaces is taken for
// words run together (Dutch compounds rarely exceed it; URLs are exempt).
const pdfGluedRunes = 30

func pdfPageWarnings(raw pdfRawPage, page Page) []string {
	var w []string
	text := page.Text
	n := utf8.RuneCountInString(text)
	switch {
	case n == 0 && raw.forms > 0:
		w = append(w, fmt.Sprintf("pagina %d: geen tekst gevonden; de pagina bestaat uit ingesloten objecten (Form XObjects) of afbeeldingen", raw.number))
	case n == 0 && !raw.failed:
		w = append(w, fmt.Sprintf("pagina %d: geen tekst gevonden (afbeelding of scan?)", raw.number))
	case raw.forms > 0 && n < 200:
		w = append(w, fmt.Sprintf("pagina %d: weinig tekst naast ingesloten objecten (Form XObjects); controleer of tekst ontbreekt", raw.number))
	}
	if raw.chars > 0 && raw.bad >= 5 && raw.bad*20 >= raw.chars {
		w = append(w, fmt.Sprintf("pagina %d: %d%% van de tekens is onleesbaar (lettertype zonder tekentabel); controleer de tekst", raw.number, raw.bad*100/raw.chars))
	}
	w = append(w, pdfLostText(raw, text)...)
	if pdfLooksGlued(text) {
		w = append(w, fmt.Sprintf("pagina %d: woorden lijken aan elkaar geplakt (spaties ontbreken)", raw.number))
	}
	if pdfLooksSplit(text) {
		w = append(w, fmt.Sprintf("pagina %d: woorden lijken in losse letters gesplitst (spatiëring tussen de letters); controleer de tekst", raw.number))
	}
	if m := pdfMisdecoded(raw.number, text); m != "" {
		w = append(w, m)
	}
	return w
}

// Misdecoded text: a font's codes read in the wrong encoding (a Chinese
// font's two-byte codes as Latin-1, a re-encoded font's digits as WinAnsi
// punctuation) give text that has characters but no words, and no check
// above sees it. Two signs, both implausible in any language:
const (
	// pdfMojibakeLetters is the least number of letters on a page for the
	// share of accented Latin-1 letters to be judged.
	pdfMojibakeLetters = 50
	// pdfMojibakeLatin1 is the share of letters in Latin-1's accented range
	// (À–ÿ) above which a page reads as mojibake: French, Portuguese or
	// Icelandic text stays far below half.
	pdfMojibakeLatin1 = 0.5
	// pdfMojibakePairs is the least number of adjacent pairs of different
	// WinAnsi punctuation characters from its 0x80–0x9F range ("Ž‘", "–•")
	// that marks a page; text has them apart, between words.
	pdfMojibakePairs = 20
)

// pdfWinAnsiHigh tells whether r is one of the characters of WinAnsi's
// 0x80–0x9F range that text does not put next to a different one: the
// ellipsis and the dashes are left out (leaders "……" and rules "——").
func pdfWinAnsiHigh(r rune) bool {
	switch r {
	case '€', '‚', 'ƒ', '„', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”', '•', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ':
		return true
	}
	return false
}

// pdfMisdecoded returns a warning for a page whose text reads as codes
// decoded in the wrong encoding, or "".
func pdfMisdecoded(number int, text string) string {
	letters, latin1, pairs, nonSpace := 0, 0, 0, 0
	var prev rune
	for _, r := range text {
		if !unicode.IsSpace(r) {
			nonSpace++
		}
		if r >= 0xc0 && r <= 0xff && r != 0xd7 && r != 0xf7 {
			latin1++
			letters++
		} else if r > 0x40 && unicode.IsLetter(r) {
			letters++
		}
		if r != prev && pdfWinAnsiHigh(r) && pdfWinAnsiHigh(prev) {
			pairs++
		}
		prev = r
	}
	switch {
	case letters >= pdfMojibakeLetters && float64(latin1) > pdfMojibakeLatin1*float64(letters):
		return fmt.Sprintf("pagina %d: %d%% van de letters zijn letters met accent (À–ÿ); de tekst is waarschijnlijk verkeerd gedecodeerd (lettertype zonder bruikbare tekentabel); controleer de tekst",
			number, latin1*100/letters)
	case pairs >= pdfMojibakePairs && pairs*50 >= nonSpace:
		return fmt.Sprintf("pagina %d: %d keer staan tekens als Ž, ‘ en • aaneen waar tekst hoort; de tekst is waarschijnlijk verkeerd gedecodeerd (lettertype zonder bruikbare tekentabel); controleer de tekst",
			number, pairs)
	}
	return ""
}

// pdfLooksGlued reports a page where a sizeable share of the letters sits in
// implausibly long tokens.
func pdfLooksGlued(text string) bool {
	letters, glued := 0, 0
	for _, tok := range strings.Fields(text) {
		l := 0
		for _, r := range tok {
			if unicode.IsLetter(r) && !pdfUnspacedScript(r) {
				l++
			}
		}
		letters += l
		if l >= pdfGluedRunes && !strings.Contains(tok, "://") && !strings.Contains(tok, "www.") && strings.Count(tok, "/") < 2 {
			glued += l
		}
	}
	return letters >= 100 && glued*5 >= letters
}

// pdfSplitRun is the least number of single-letter tokens in a row taken
// for a word read as letters ("C A R L O S"): prose has at most two or
// three ("a b"), and a list of options rarely a page's share.
const pdfSplitRun = 4

// pdfLooksSplit reports a page where a sizeable share of the letters
// stands alone in runs of single-letter tokens: words whose letter spacing
// is wider than a word gap (a heading spaced with Tc, a scan's text layer),
// the mirror image of pdfLooksGlued.
func pdfLooksSplit(text string) bool {
	letters, split, run := 0, 0, 0
	end := func() {
		if run >= pdfSplitRun {
			split += run
		}
		run = 0
	}
	for _, tok := range strings.Fields(text) {
		l, single := 0, true
		for i, r := range tok {
			if unicode.IsLetter(r) && !pdfUnspacedScript(r) {
				l++
			} else if i > 0 || !unicode.IsPunct(r) {
				single = false
			}
		}
		letters += l
		if l == 1 && single {
			run++
			continue
		}
		end()
	}
	end()
	return letters >= 100 && split*5 >= letters
}

// pdfPageStats counts what a page's content stream showed, to tell text
// the extraction lost from a page that has little text.
type pdfPageStats struct {
	shows  int // text-showing operators with a non-empty string
	glyphs int // glyphs shown that are not white space
	noFont int // bytes shown in a font missing from the resources
	// kept is the glyphs in the page's rows before running headers and
	// tables are taken out: overprinted copies (fake bold) count once.
	kept int
}

// pdfLostText returns page-level warnings for text shown but not read: a
// missing font, or far fewer characters in the page text than glyphs laid
// out in rows (text dropped between layout and the page text).
func pdfLostText(raw pdfRawPage, text string) []string {
	var w []string
	st := raw.stats
	if st.noFont >= 20 {
		w = append(w, fmt.Sprintf("pagina %d: %d tekens staan in een lettertype dat in het bestand ontbreekt en zijn niet gelezen; controleer of tekst ontbreekt", raw.number, st.noFont))
	}
	if st.kept < 200 {
		return w
	}
	read := 0
	for _, r := range text {
		if !unicode.IsSpace(r) {
			read++
		}
	}
	if read*3 < st.kept {
		w = append(w, fmt.Sprintf("pagina %d: van de %d getoonde tekens zijn er maar %d als tekst gelezen; controleer of tekst ontbreekt", raw.number, st.kept, read))
	}
	return w
}

// pdfPageUnreadable names why a page's text could not be read, or "".
func pdfPageUnreadable(raw pdfRawPage, text string) string {
	empty := strings.TrimSpace(text) == ""
	switch {
	case raw.chars > 0 && raw.bad*2 >= raw.chars:
		return "lettertypen zonder tekentabel"
	case pdfNoWords(text):
		return "tekens zonder leesbare woorden (lettertypen zonder tekentabel)"
	case empty && raw.stats.noFont > 0:
		return "ontbrekende lettertypen"
	case empty && raw.failed:
		return "beschadigde pagina-inhoud"
	}
	return ""
}

// pdfNoWords tells whether text, long enough to hold running prose, holds
// none of the commonest words of a language: the codes of a font without
// a character map read as shifted letters ("6WDQGDDUG" for "Standaard",
// a virtual PDF printer's TrueType subsets, FT-63), which no share of bad
// characters shows. Running Dutch or English has one of these in every
// three or four words; a page of tables and lists still has some.
func pdfNoWords(text string) bool {
	words, common := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.ContainsFunc(w, pdfUnspacedScript) {
			continue // Chinese, Japanese, Thai: words without spaces, no words of these languages
		}
		words++
		if pdfCommonWords[w] {
			common++
		}
	}
	return words >= minProseWords && common*50 < words
}

// minProseWords is the fewest words a page needs before pdfNoWords judges
// its text.
const minProseWords = 60

// pdfCommonWords are the commonest function words of Dutch, English,
// German and French.
var pdfCommonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`de het een en van in is op te dat die voor met bij niet of zijn aan er om als ook door naar wordt
		the a an and of to in is for on with by as be are or that this it from at not
		der die das und den ist mit von zu ein eine nicht
		le la les des et un une du est pour dans avec sur pas`) {
		m[w] = true
	}
	return m
}()

// pdfUnreadable refuses a document when most of its pages that show text
// cannot be read, with the reasons; a scan without any text layer is left to
// the caller's "geen tekstlaag" message, and a minority of bad pages only
// gets page warnings.
func pdfUnreadable(raw []pdfRawPage, doc *Document) error {
	reasons := map[string]int{}
	var order []string
	withText, bad := 0, 0
	for i, p := range raw {
		if p.chars == 0 && p.stats.noFont == 0 && !p.failed {
			continue
		}
		withText++
		if r := pdfPageUnreadable(p, doc.Pages[i].Text); r != "" {
			bad++
			if reasons[r] == 0 {
				order = append(order, r)
			}
			reasons[r]++
		}
	}
	if bad == 0 || bad*2 <= withText {
		return nil
	}
	parts := make([]string, len(order))
	for i, r := range order {
		parts[i] = fmt.Sprintf("%s (%d)", r, reasons[r])
	}
	return bronwijzer.Errorf(bronwijzer.EINVALID, "PDF-tekst kon op %d van de %d pagina's met tekst niet worden gelezen: %s. "+
		"Het bestand is niet opgenomen; lever een versie aan waarvan de tekst te kopiëren is, of laat het eerst met OCR verwerken (unreadable text)",
		bad, withText, strings.Join(parts, ", "))
}

// pdfUnspacedScript tells whether r belongs to a script written without
// spaces between words (Chinese, Japanese, Thai): long runs of it are no
// sign of lost spaces.
func pdfUnspacedScript(r rune) bool {
	return r >= 0x0e00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}
