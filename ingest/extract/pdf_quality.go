package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The parser returns wrong text without an error when a font lacks a usable
// ToUnicode map or a producer draws words glyph by glyph; these checks turn
// such pages into warnings a curator can act on.

// pdfBadText tells whether decoded glyph text is unusable: control or
// replacement characters, or private-use code points.
func pdfBadText(s string) bool {
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r < 0x20, r == 0x7f:
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
	if pdfLooksGlued(text) {
		w = append(w, fmt.Sprintf("pagina %d: woorden lijken aan elkaar geplakt (spaties ontbreken)", raw.number))
	}
	return w
}

// pdfLooksGlued reports a page where a sizeable share of the letters sits in
// implausibly long tokens.
func pdfLooksGlued(text string) bool {
	letters, glued := 0, 0
	for _, tok := range strings.Fields(text) {
		l := 0
		for _, r := range tok {
			if unicode.IsLetter(r) {
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
