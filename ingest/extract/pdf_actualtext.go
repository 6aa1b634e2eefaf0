package extract

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// Replacement text (PDF 32000-1 14.9.4): a marked-content sequence whose
// property list has /ActualText stands for that text instead of the glyphs
// shown inside it. Producers use it where the glyphs cannot say what they
// mean: Chromium's Type 3 fallback fonts map digits, brackets and
// punctuation to U+0000 in ToUnicode and put the character in ActualText
// (the digits of a table read as "Ž‘,–Ž•," without it), a hyphenated word
// broken over two lines, a ligature. pdftotext does the same: the text
// takes the place of the glyphs, spread evenly from the first glyph's
// origin to the last glyph's end.

// pdfMarked is the stack of open marked-content sequences of one content
// stream (they nest, and must be balanced within a stream).
type pdfMarked struct {
	spans []pdfMarkedSpan
}

type pdfMarkedSpan struct {
	text   string
	actual bool // the span replaces its glyphs by text
	from   int  // index of the first glyph shown inside the span
}

// begin opens a sequence; replacement text inside a span that already
// replaces its glyphs is part of what is replaced, so it is ignored.
func (m *pdfMarked) begin(text string, actual bool, from int) {
	for _, s := range m.spans {
		if s.actual {
			actual = false
		}
	}
	if len(m.spans) < 64 {
		m.spans = append(m.spans, pdfMarkedSpan{text: text, actual: actual, from: from})
	}
}

// end closes the innermost sequence and returns its replacement text.
func (m *pdfMarked) end() (text string, from int, ok bool) {
	n := len(m.spans)
	if n == 0 {
		return "", 0, false
	}
	s := m.spans[n-1]
	m.spans = m.spans[:n-1]
	return s.text, s.from, s.actual
}

// pdfActualText returns the /ActualText of a BDC property list: inline
// (the dictionary's source) or named in the resources' /Properties.
func pdfActualText(props pdfOperand, res pdf.Value) (string, bool) {
	switch props.kind {
	case '<':
		return pdfDictActualText(props.str)
	case '/':
		v := res.Key("Properties").Key(props.str).Key("ActualText")
		if v.Kind() != pdf.String {
			return "", false
		}
		return v.Text(), true
	}
	return "", false
}

// pdfDictActualText reads /ActualText from the source of a dictionary.
func pdfDictActualText(dict string) (string, bool) {
	const key = "/ActualText"
	i := strings.Index(dict, key)
	if i < 0 {
		return "", false
	}
	i += len(key)
	for i < len(dict) && pdfLexSpace(dict[i]) {
		i++
	}
	switch {
	case i < len(dict) && dict[i] == '(':
		str, _ := pdfLiteralString([]byte(dict), i)
		return pdfTextString(str), true
	case i+1 < len(dict) && dict[i] == '<' && dict[i+1] != '<':
		j := strings.IndexByte(dict[i:], '>')
		if j < 0 {
			return "", false
		}
		return pdfTextString(pdfHexBytes([]byte(dict[i+1 : i+j]))), true
	}
	return "", false
}

// pdfTextString decodes a PDF text string (7.9.2.2): UTF-16BE or UTF-8
// after their byte-order marks, else PDFDocEncoding.
func pdfTextString(s string) string {
	switch {
	case strings.HasPrefix(s, "\xfe\xff"):
		return pdfUTF16(s[2:])
	case strings.HasPrefix(s, "\xef\xbb\xbf") && utf8.ValidString(s[3:]):
		return s[3:]
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x18 && c < 0x20:
			b.WriteRune(pdfDocLow[c-0x18])
		case c >= 0x80 && c < 0xa1:
			b.WriteRune(pdfDocHigh[c-0x80])
		default:
			b.WriteRune(rune(c)) // ASCII and Latin-1
		}
	}
	return b.String()
}

// PDFDocEncoding where it differs from Latin-1 (PDF 32000-1 Annex D.2);
// U+FFFD for its undefined code 0x9F.
var (
	pdfDocLow  = [8]rune{'˘', 'ˇ', 'ˆ', '˙', '˝', '˛', '˚', '˜'}
	pdfDocHigh = [33]rune{'•', '†', '‡', '…', '—', '–', 'ƒ', '⁄', '‹', '›', '−', '‰', '„', '“', '”', '‘',
		'’', '‚', '™', 'ﬁ', 'ﬂ', 'Ł', 'Œ', 'Š', 'Ÿ', 'Ž', 'ı', 'ł', 'œ', 'š', 'ž', '\uFFFD', '€'}
)

// replaceActualText puts text in place of the glyphs shown since from,
// spread evenly from the first glyph's origin to the end of the last one,
// as pdftotext places it. A span that showed no glyph adds nothing.
func (in *pdfInterp) replaceActualText(from int, text string) {
	if from < 0 || from >= len(in.glyphs) {
		return
	}
	shown := in.glyphs[from:]
	first, last := shown[0], shown[len(shown)-1]
	for _, g := range shown {
		if !g.space {
			in.stats.glyphs--
		}
	}
	// The end of the last glyph along its own baseline direction.
	a := float64(last.rot) * math.Pi / 180
	x1, y1 := last.x+last.w*math.Cos(a), last.y+last.w*math.Sin(a)
	runes := []rune(text)
	in.glyphs = in.glyphs[:from]
	if len(runes) == 0 {
		return
	}
	n := float64(len(runes))
	dx, dy := (x1-first.x)/n, (y1-first.y)/n
	w := math.Hypot(dx, dy)
	var buf [utf8.UTFMax]byte
	for i, r := range runes {
		s := string(buf[:utf8.EncodeRune(buf[:], r)])
		g := pdfGlyph{x: first.x + float64(i)*dx, y: first.y + float64(i)*dy, w: w, size: first.size,
			s: s, bold: first.bold, rot: first.rot, space: pdfBlank(s)}
		if !g.space {
			in.stats.glyphs++
		}
		in.glyphs = append(in.glyphs, g)
	}
}
