package extract

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	pdffont "github.com/pdfcpu/pdfcpu/pkg/font"
)

// Fonts: how a shown code becomes Unicode text. The chain is pdftotext's:
//
//  1. the font's ToUnicode CMap, where it maps the code to usable text (an
//     empty, partial or out-of-range map falls through, and so does a
//     private-use value in Symbol and ZapfDingbats, whose encodings know
//     the glyph);
//  2. for simple fonts, the /Differences glyph name of the code, through the
//     Adobe Glyph List, uniXXXX and uXXXX[XX] names, ligature names (f_f_i)
//     and suffixed names (one.oldstyle);
//  3. the base encoding: /BaseEncoding or the /Encoding name, else the
//     font's own standard encoding (Symbol, ZapfDingbats, StandardEncoding
//     for other Type 1 fonts, WinAnsiEncoding for TrueType);
//  4. the embedded font program (pdf_fontprog.go): for a Type 1 program
//     without /BaseEncoding, its built-in encoding in place of step 3's;
//     for a TrueType program without /Encoding, the glyph its (3,0) or
//     (1,0) cmap gives the code, named by its post table or Unicode cmap;
//     for a Type0 font over a TrueType program, the glyph /CIDToGIDMap
//     gives the CID, likewise;
//  5. for Type0 fonts with a Uni…-UCS2 or Uni…-UTF16 CMap, the code itself
//     (before step 4).
//
// A code nothing maps becomes U+FFFD, which the page quality check counts,
// except codes of simple fonts from 0x80, read as Latin-1 as the library did,
// and codes of Type0 fonts that ToUnicode maps to nothing (glyphs of a shaped
// cluster whose text another glyph carries), which show no text.
// The library's own decoder (pdf.Font.Encoder) ignores ToUnicode when an
// /Encoding is named, never falls back from a partial map and reads Symbol
// as Latin ("≥" became "³").
//
// Named CJK CMaps (GBK-EUC-H, 90ms-RKSJ-H …) are decoded in pdf_font_cjk.go,
// vertical writing (Identity-V, the -V CMaps) in pdf_font_vertical.go.
// Not done: bare CFF programs (FontFile3), see pdf_fontprog.go.

// pdfFont is a parsed font: how to split a string into codes, each code's
// width and Unicode text. Decoded codes are cached per font.
type pdfFont struct {
	twoByte bool
	first   int
	widths  []float64       // simple fonts, from FirstChar
	cidW    map[int]float64 // CID fonts, from /W
	dw      float64         // CID default width
	missing float64         // width of codes without one
	scale   float64         // glyph space to text space (0.001, or FontMatrix for Type3)
	bold    bool

	toUnicode map[int]string // ToUnicode entries
	diffs     map[int]string // simple fonts: /Differences glyph names
	base      *[256]rune     // simple fonts: base encoding
	zapf      bool           // glyph names aNN are ZapfDingbats names
	symbol    bool           // Symbol or ZapfDingbats: private-use ToUnicode values fall through
	ucs2      bool           // Type0 with a UCS-2/UTF-16 CMap: the code is the character
	cjk       *pdfCJKCodec   // Type0 with a named CJK CMap (pdf_font_cjk.go)
	spaces    []pdfCodeSpace // Type0 with an embedded CMap: its code lengths
	cids      map[int]int    // Type0 with an embedded CMap: code → CID, nil for identity
	text      map[int]string

	// The embedded program (pdf_fontprog.go), read at the first code that
	// needs it.
	progStream pdf.Value
	progKind   byte  // 't' TrueType, '1' Type 1, 'c' CFF (Type1C), 0 none
	progBase   bool  // simple fonts: the program's encoding replaces the base encoding
	cidToGID   []int // Type0 over TrueType: /CIDToGIDMap stream, nil for identity
	prog       *pdfFontProgram
	progRead   bool

	vertical bool            // Type0 with WMode 1: glyphs advance downward
	dw2      float64         // vertical advance of CIDs not in w2 (glyph space, negative: down)
	w2       map[int]float64 // vertical advances from /W2
}

func newPDFFont(v pdf.Value) *pdfFont {
	f := &pdfFont{scale: 0.001, text: make(map[int]string), dw: 1000}
	sub := v.Key("Subtype").Name()
	base := pdfStripSubset(v.Key("BaseFont").Name())
	desc := v.Key("FontDescriptor")
	f.toUnicode = pdfReadToUnicode(v.Key("ToUnicode"))
	if sub == "Type0" {
		f.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = parseCIDWidths(d.Key("W"))
		desc = d.Key("FontDescriptor")
		if e := v.Key("Encoding"); e.Kind() == pdf.Stream {
			f.embeddedCMap(e)
		}
		enc := v.Key("Encoding").Name()
		f.ucs2 = strings.HasPrefix(enc, "Uni") && (strings.Contains(enc, "UCS2") || strings.Contains(enc, "UTF16"))
		if f.cjk = pdfCJKFor(enc); f.cjk != nil {
			f.cidW = nil // keyed by CID, which these codes are not
		}
		f.verticalMetrics(v, d)
		if d.Key("Subtype").Name() == "CIDFontType2" && f.cjk == nil {
			f.progStream, f.progKind = desc.Key("FontFile2"), 't'
			f.cidToGID = pdfCIDToGID(d.Key("CIDToGIDMap"))
		}
	} else {
		f.first = int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		n := min(ws.Len(), 65536)
		f.widths = make([]float64, n)
		for i := range n {
			f.widths[i] = ws.Index(i).Float64()
		}
		if n == 0 {
			f.first, f.widths = 0, pdfCoreWidths(base)
		}
		if sub == "Type3" {
			if fm := v.Key("FontMatrix"); fm.Len() == 6 {
				f.scale = fm.Index(0).Float64()
			}
		}
		f.simpleEncoding(v, sub, base)
	}
	f.bold = isBoldFont(base, desc)
	f.missing = desc.Key("MissingWidth").Float64()
	if f.missing == 0 {
		f.missing = 500 // an average glyph: keeps glyphs apart when widths are unknown
	}
	return f
}

// embeddedCMap reads a Type0 font's own CMap stream: code lengths from its
// codespace ranges (a "OneByteIdentityH" CMap has one-byte codes) and CIDs
// for widths.
func (f *pdfFont) embeddedCMap(e pdf.Value) {
	rd := e.Reader()
	data, _ := io.ReadAll(io.LimitReader(rd, pdfMaxStreamBytes))
	_ = rd.Close()
	p := pdfCMapParser{m: make(map[int]string)}
	p.parse(data)
	f.spaces, f.cids = p.spaces, p.cids
}

// pdfStripSubset removes a subset tag ("ABCDEF+Arial" → "Arial").
func pdfStripSubset(name string) string {
	if len(name) > 7 && name[6] == '+' {
		return name[7:]
	}
	return name
}

// simpleEncoding sets the base encoding and /Differences of a simple font.
func (f *pdfFont) simpleEncoding(v pdf.Value, subtype, base string) {
	enc := v.Key("Encoding")
	builtin := &pdfStandardEncoding
	if subtype == "TrueType" {
		builtin = &pdfWinAnsiEncoding
	}
	lower := strings.ToLower(base)
	symbolic := false
	switch {
	case strings.HasPrefix(lower, "symbol"):
		builtin, symbolic = &pdfSymbolEncoding, true
	case strings.Contains(lower, "dingbats"):
		builtin, symbolic, f.zapf = &pdfZapfDingbatsEncoding, true, true
	}
	if desc := v.Key("FontDescriptor"); !symbolic && subtype == "Type1" && enc.IsNull() &&
		!(desc.Key("FontFile").IsNull() && desc.Key("FontFile3").IsNull()) {
		// An embedded font without /Encoding uses the encoding built into
		// its program; Latin-1 is the usual one beyond ASCII.
		builtin = &pdfWinAnsiEncoding
	}
	f.base = builtin
	name := enc.Name()
	if enc.Kind() == pdf.Dict {
		name = enc.Key("BaseEncoding").Name()
		f.diffs = pdfDifferences(enc.Key("Differences"))
	}
	if f.symbol = symbolic; symbolic {
		return // the glyphs sit at the font's own codes, whatever encoding is named
	}
	f.programEncoding(v, subtype, enc, name)
	switch name {
	case "WinAnsiEncoding", "PDFDocEncoding", "MacExpertEncoding":
		f.base = &pdfWinAnsiEncoding
	case "MacRomanEncoding":
		f.base = &pdfMacRomanEncoding
	case "StandardEncoding":
		f.base = &pdfStandardEncoding
	}
}

// pdfDifferences reads an /Differences array: a code, then glyph names for
// it and the codes that follow.
func pdfDifferences(a pdf.Value) map[int]string {
	n := min(a.Len(), 1024)
	if n == 0 {
		return nil
	}
	m := make(map[int]string, n)
	code := 0
	for i := range n {
		x := a.Index(i)
		switch x.Kind() {
		case pdf.Integer:
			code = int(x.Int64())
		case pdf.Name:
			if code >= 0 && code < 256 {
				m[code] = x.Name()
			}
			code++
		}
	}
	return m
}

// pdfCoreWidths returns the widths of codes 0–255 of one of the 14 standard
// fonts (or a common alias such as Arial), nil for other fonts. Producers
// may omit /Widths for these fonts; without real widths word gaps cannot be
// measured.
func pdfCoreWidths(base string) []float64 {
	name := pdfCoreFontName(base)
	if !pdffont.IsCoreFont(name) {
		return nil
	}
	w := make([]float64, 256)
	for c := 32; c < 256; c++ {
		code := c
		if name != "Symbol" && name != "ZapfDingbats" {
			// the codes WinAnsiEncoding leaves unused show the bullet, and
			// 0xA0 and 0xAD the space and the hyphen (Annex D.2): the widths
			// of those glyphs, where pdfcpu has none (it gives 1000, so a
			// bullet drawn a few points before its text was read glued to
			// it: ReportLab's "•Tolzarine:")
			switch pdfWinAnsiEncoding[c] {
			case '•':
				code = 0x95
			case 0x00a0:
				code = ' '
			case '-':
				code = '-'
			}
		}
		if n, err := pdffont.CharWidth(name, rune(code)); err == nil {
			w[c] = float64(n)
		}
	}
	return w
}

// pdfCoreFontName maps a base font name to the standard font that replaces
// it: "Arial,Bold" → "Helvetica-Bold", "TimesNewRomanPSMT" → "Times-Roman".
func pdfCoreFontName(base string) string {
	family, style, _ := strings.Cut(strings.ReplaceAll(base, ",", "-"), "-")
	style = strings.ToLower(style)
	bold := strings.Contains(style, "bold")
	italic := strings.Contains(style, "italic") || strings.Contains(style, "oblique")
	switch strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(family, "MT"), "PS")) {
	case "helvetica", "arial":
		return pdfCoreStyle("Helvetica", bold, italic, "Oblique", "")
	case "times", "timesnewroman", "times new roman":
		return pdfCoreStyle("Times", bold, italic, "Italic", "Roman")
	case "courier", "couriernew":
		return pdfCoreStyle("Courier", bold, italic, "Oblique", "")
	case "symbol":
		return "Symbol"
	case "zapfdingbats":
		return "ZapfDingbats"
	}
	return base
}

func pdfCoreStyle(family string, bold, italic bool, slant, plain string) string {
	switch {
	case bold && italic:
		return family + "-Bold" + slant
	case bold:
		return family + "-Bold"
	case italic:
		return family + "-" + slant
	case plain != "":
		return family + "-" + plain
	}
	return family
}

// decode returns the text of one code (see the chain above).
func (f *pdfFont) decode(code int) string {
	if s, ok := f.text[code]; ok {
		return s
	}
	s := f.decodeChain(code)
	f.text[code] = s
	return s
}

func (f *pdfFont) decodeChain(code int) string {
	mapped, listed := f.toUnicode[code]
	pua := ""
	if listed && mapped == "" && f.twoByte {
		// A glyph of a shaped cluster (Arabic, Indic) whose text another
		// glyph of the cluster carries: no text, not unreadable text.
		return ""
	}
	if pdfUsableText(mapped) {
		if !f.symbol || !pdfIsPrivateUse(mapped) {
			return mapped // private use too: Wingdings bullets stay marks the list reader knows
		}
		pua = mapped
	}
	if f.twoByte {
		return f.decodeCID(code, pua)
	}
	if name, ok := f.diffs[code]; ok {
		if s := pdfGlyphText(name, f.zapf); s != "" {
			return s
		}
		// A name that says nothing ("a225" in pdfTeX's Type 3 fonts, "g12"):
		// the glyph was re-encoded, so the base encoding is no guide. The
		// code as Latin-1, as the library and pdftotext read it ("a225" is
		// á in TeX's T1 encoding).
		return string(rune(code)) // #nosec G115 -- a one-byte code: at most 0xFF
	}
	if s := f.programText(code); s != "" {
		return s
	}
	if code >= 0 && code < 256 && f.base[code] != 0 {
		return string(f.base[code])
	}
	switch {
	case pua != "":
		return pua
	case code == 0x09 || code == 0x0a || code == 0x0d:
		return " " // white space that some producers show
	case code >= 0x80 && code < 0x100:
		// The code as Latin-1, as the library read every unmapped code:
		// right for embedded fonts whose built-in encoding is Latin-based.
		return string(rune(code))
	}
	return "\uFFFD"
}

// decodeCID is the chain of a Type0 font after its ToUnicode map.
func (f *pdfFont) decodeCID(code int, pua string) string {
	if f.ucs2 && !utf16.IsSurrogate(rune(code)) && code != 0 { // #nosec G115 -- a two-byte code: at most 0xFFFF
		return string(rune(code)) // #nosec G115 -- a two-byte code: at most 0xFFFF
	}
	if f.cjk != nil {
		return f.cjkText(code, pdfCodeBytes(code))
	}
	if p := f.program(); p != nil && pua == "" {
		cid := code
		if c, ok := f.cids[code]; ok {
			cid = c
		}
		gid := cid
		if f.cidToGID != nil {
			gid = 0
			if cid >= 0 && cid < len(f.cidToGID) {
				gid = f.cidToGID[cid]
			}
		}
		if s := p.gidText[gid]; s != "" {
			return s
		}
	}
	return cmp0(pua, "\uFFFD")
}

func cmp0(s, alt string) string {
	if s != "" {
		return s
	}
	return alt
}

// pdfUsableText tells whether a ToUnicode value can stand for a glyph: not
// empty, valid, and free of NUL, replacement and other control characters.
func pdfUsableText(s string) bool {
	if s == "" || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f || r == utf8.RuneError || r == 0xfffe || r == 0xffff {
			return false
		}
	}
	return true
}

func pdfIsPrivateUse(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0xe000 && r <= 0xf8ff
}

// pdfGlyphText resolves a glyph name: the Adobe Glyph List, then uniXXXX…,
// uXXXX[XX], ligatures joined by underscores and suffixes after a period.
// zapf names the ZapfDingbats glyphs a1 … a191.
func pdfGlyphText(name string, zapf bool) string {
	if base, _, ok := strings.Cut(name, "."); ok && base != "" {
		name = base
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for part := range strings.SplitSeq(name, "_") {
			s := pdfGlyphText(part, zapf)
			if s == "" {
				return ""
			}
			b.WriteString(s)
		}
		return b.String()
	}
	if zapf {
		if c, ok := pdfZapfCode(name); ok {
			if r := pdfZapfDingbatsEncoding[c]; r != 0 {
				return string(r)
			}
		}
	}
	if r, ok := pdfGlyphRune(name); ok {
		return string(r)
	}
	return pdfUniName(name)
}

func pdfGlyphRune(name string) (rune, bool) {
	lo, hi := 0, len(pdfGlyphNames)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if pdfGlyphNames[m] < name {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(pdfGlyphNames) && pdfGlyphNames[lo] == name {
		return pdfGlyphRunes[lo], true
	}
	return 0, false
}

func pdfZapfCode(name string) (int, bool) {
	for _, e := range pdfZapfNames {
		if e.name == name {
			return int(e.code), true
		}
	}
	return 0, false
}

// pdfUniName reads "uni20AC", "uni00660069" (several characters) and
// "u1F600".
func pdfUniName(name string) string {
	valid := func(v uint64) bool {
		return v > 0x1f && v <= utf8.MaxRune && !utf16.IsSurrogate(rune(v))
	}
	switch {
	case strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0:
		var b strings.Builder
		for i := 3; i < len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 32)
			if err != nil || !valid(v) {
				return ""
			}
			b.WriteRune(rune(v)) // #nosec G115 -- parsed with 32 bits and checked by valid
		}
		return b.String()
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && valid(v) {
			return string(rune(v)) // #nosec G115 -- parsed with 32 bits and checked by valid
		}
	}
	return ""
}

// pdfMaxCMapEntries bounds the codes one ToUnicode CMap may define, so a
// range like <0000> <FFFF> repeated cannot take unbounded memory.
const pdfMaxCMapEntries = 1 << 18

// pdfReadToUnicode parses a ToUnicode CMap into code → text. It reads the
// stream with its own small tokenizer: the library's PostScript interpreter
// panics on CMaps that do not set up their dictionaries as it expects, and
// a damaged CMap must cost only its own entries.
func pdfReadToUnicode(v pdf.Value) map[int]string {
	if v.Kind() != pdf.Stream {
		return nil
	}
	rd := v.Reader()
	data, err := io.ReadAll(io.LimitReader(rd, pdfMaxStreamBytes))
	_ = rd.Close()
	if err != nil && len(data) == 0 {
		return nil
	}
	p := pdfCMapParser{m: make(map[int]string)}
	p.parse(data)
	return p.m
}

type pdfCMapToken struct {
	kind byte // 's' string, 'n' number, '[' array
	s    string
	n    int
	arr  []string
}

type pdfCMapParser struct {
	m      map[int]string
	spaces []pdfCodeSpace // codespace ranges (embedded CMaps of Type0 fonts)
	cids   map[int]int    // code → CID from cidrange/cidchar, when not identity
	ops    []pdfCMapToken
	arr    []string
	inAr   bool
}

// pdfCodeSpace is one codespace range: codes of len(lo) bytes whose every
// byte lies between the bytes of lo and hi.
type pdfCodeSpace struct{ lo, hi string }

func (c pdfCodeSpace) match(raw string, i int) bool {
	n := len(c.lo)
	if i+n > len(raw) {
		return false
	}
	for k := range n {
		if b := raw[i+k]; b < c.lo[k] || b > c.hi[k] {
			return false
		}
	}
	return true
}

func (p *pdfCMapParser) parse(data []byte) {
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case c == '<' && i+1 < len(data) && data[i+1] == '<':
			i += 2 // dictionaries carry nothing the map needs
		case c == '>':
			i++
		case c == '<':
			j := i + 1
			for j < len(data) && data[j] != '>' {
				j++
			}
			p.push(pdfCMapToken{kind: 's', s: pdfHexBytes(data[i+1 : j])})
			i = j + 1
		case c == '(':
			s, j := pdfLiteralString(data, i)
			p.push(pdfCMapToken{kind: 's', s: s})
			i = j
		case c == '[':
			p.inAr, p.arr = true, nil
			i++
		case c == ']':
			p.inAr = false
			p.ops = append(p.ops, pdfCMapToken{kind: '[', arr: p.arr})
			i++
		case c <= ' ':
			i++
		default:
			j := i
			for j < len(data) && data[j] > ' ' && !strings.ContainsRune("<>[]()/%", rune(data[j])) {
				j++
			}
			if j == i { // a name's slash
				j++
			}
			p.word(string(data[i:j]))
			i = j
		}
	}
}

func (p *pdfCMapParser) push(t pdfCMapToken) {
	if p.inAr {
		p.arr = append(p.arr, t.s)
		return
	}
	p.ops = append(p.ops, t)
}

func (p *pdfCMapParser) word(w string) {
	if n, err := strconv.Atoi(w); err == nil {
		p.ops = append(p.ops, pdfCMapToken{kind: 'n', n: n})
		return
	}
	switch w {
	case "endbfchar":
		for i := 0; i+1 < len(p.ops); i += 2 {
			if a, b := p.ops[i], p.ops[i+1]; a.kind == 's' && b.kind == 's' {
				p.set(pdfCode(a.s), pdfUTF16(b.s))
			}
		}
	case "endbfrange":
		for i := 0; i+2 < len(p.ops); i += 3 {
			p.bfrange(p.ops[i], p.ops[i+1], p.ops[i+2])
		}
	case "endcodespacerange":
		for i := 0; i+1 < len(p.ops); i += 2 {
			if a, b := p.ops[i], p.ops[i+1]; a.kind == 's' && b.kind == 's' && len(a.s) == len(b.s) && len(a.s) > 0 && len(a.s) <= 4 {
				p.spaces = append(p.spaces, pdfCodeSpace{a.s, b.s})
			}
		}
	case "endcidrange":
		for i := 0; i+2 < len(p.ops); i += 3 {
			if a, b, c := p.ops[i], p.ops[i+1], p.ops[i+2]; a.kind == 's' && b.kind == 's' && c.kind == 'n' {
				lo, hi := pdfCode(a.s), pdfCode(b.s)
				for code := lo; code >= 0 && code <= hi && code-lo < 1<<16 && len(p.cids) < pdfMaxCMapEntries; code++ {
					p.setCID(code, c.n+code-lo)
				}
			}
		}
	case "endcidchar":
		for i := 0; i+1 < len(p.ops); i += 2 {
			if a, c := p.ops[i], p.ops[i+1]; a.kind == 's' && c.kind == 'n' && len(p.cids) < pdfMaxCMapEntries {
				p.setCID(pdfCode(a.s), c.n)
			}
		}
	}
	if !strings.HasPrefix(w, "/") {
		p.ops = p.ops[:0]
	}
}

func (p *pdfCMapParser) setCID(code, cid int) {
	if p.cids == nil {
		p.cids = make(map[int]int)
	}
	if code >= 0 {
		p.cids[code] = cid
	}
}

func (p *pdfCMapParser) set(code int, s string) {
	if len(p.m) < pdfMaxCMapEntries && code >= 0 {
		p.m[code] = s
	}
}

func (p *pdfCMapParser) bfrange(lo, hi, dst pdfCMapToken) {
	if lo.kind != 's' || hi.kind != 's' {
		return
	}
	a, b := pdfCode(lo.s), pdfCode(hi.s)
	if a < 0 || b < a || b-a >= 1<<16 {
		return
	}
	switch dst.kind {
	case 's':
		rs := []rune(pdfUTF16(dst.s))
		if len(rs) == 0 {
			return
		}
		last := rs[len(rs)-1]
		for c := a; c <= b && len(p.m) < pdfMaxCMapEntries; c++ {
			rs[len(rs)-1] = last + rune(c-a) // #nosec G115 -- c-a is below pdfMaxCMapEntries
			p.set(c, string(rs))
		}
	case '[':
		for k, s := range dst.arr {
			if a+k > b {
				break
			}
			p.set(a+k, pdfUTF16(s))
		}
	}
}

// pdfCode is a big-endian code from a CMap string (at most 4 bytes).
func pdfCode(s string) int {
	if len(s) == 0 || len(s) > 4 {
		return -1
	}
	c := 0
	for i := range len(s) {
		c = c<<8 | int(s[i])
	}
	return c
}

// pdfUTF16 decodes a ToUnicode destination: UTF-16BE, or single bytes when
// the length is odd.
func pdfUTF16(s string) string {
	if len(s)%2 == 1 {
		rs := make([]rune, len(s))
		for i := range len(s) {
			rs[i] = rune(s[i])
		}
		return string(rs)
	}
	u := make([]uint16, len(s)/2)
	for i := range u {
		u[i] = uint16(s[2*i])<<8 | uint16(s[2*i+1])
	}
	return string(utf16.Decode(u))
}

func pdfHexBytes(h []byte) string {
	var short [64]byte
	b := short[:0] // most strings fit: the conversion below is their only allocation
	var cur byte
	half := false
	for _, c := range h {
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			continue
		}
		if half {
			b = append(b, cur<<4|v)
		} else {
			cur = v
		}
		half = !half
	}
	if half {
		b = append(b, cur<<4)
	}
	return string(b)
}

// pdfLiteralString reads "(…)" at data[i] with nesting and the common
// escapes; it returns the bytes and the index after the string.
func pdfLiteralString(data []byte, i int) (string, int) {
	var b []byte
	depth := 0
	for i++; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '\\' && i+1 < len(data):
			i++
			switch e := data[i]; e {
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case '\r':
				if i+1 < len(data) && data[i+1] == '\n' {
					i++
				}
			case '\n': // a line continuation
			default:
				if e >= '0' && e <= '7' {
					v := 0
					for k := 0; k < 3 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
						v = v*8 + int(data[i]-'0')
						i++
					}
					i--
					b = append(b, byte(v))
				} else {
					b = append(b, e)
				}
			}
		case c == '(':
			depth++
			b = append(b, c)
		case c == ')':
			if depth == 0 {
				return string(b), i + 1
			}
			depth--
			b = append(b, c)
		default:
			b = append(b, c)
		}
	}
	return string(b), i
}

// parseCIDWidths reads a CID font /W array: "c [w1 w2 …]" or "cfirst clast w".
func parseCIDWidths(w pdf.Value) map[int]float64 {
	m := make(map[int]float64)
	n := w.Len()
	for i := 0; i < n; {
		c := int(w.Index(i).Int64())
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := range min(next.Len(), 65536) {
				m[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		last := int(next.Int64())
		wd := w.Index(i + 2).Float64()
		for c2 := c; c2 <= last && c2-c < 65536; c2++ {
			m[c2] = wd
		}
		i += 3
	}
	return m
}

// isBoldFont tells from the font name or descriptor whether a font is bold;
// headings are often set in the body size but bold.
func isBoldFont(base string, desc pdf.Value) bool {
	name := strings.ToLower(base)
	// "cmbx", "ecbx", "cmssbx", and "sfbx"/"sfsx" in cm-super: TeX's bold
	// extended series (pdflatex's default fonts), named without "bold".
	for _, k := range []string{"bold", "black", "heavy", "semibold", "demi", "-bd", ",bd", "cmbx", "ecbx", "ssbx", "sfbx", "sfsx"} {
		if strings.Contains(name, k) {
			return true
		}
	}
	if desc.Key("FontWeight").Float64() >= 600 {
		return true
	}
	const forceBold = 1 << 18
	return desc.Key("Flags").Int64()&forceBold != 0
}

// pdfCodeBytes is the byte length of a code of a named CJK CMap: the
// length of its value, ASCII codes below 0x100 being one byte.
func pdfCodeBytes(code int) int {
	n := 1
	for code > 0xff {
		code >>= 8
		n++
	}
	return n
}

func (f *pdfFont) width(code int) float64 {
	if f.cjk != nil && code < 0x100 {
		return f.dw / 2
	}
	if f.twoByte {
		cid := code
		if c, ok := f.cids[code]; ok {
			cid = c
		}
		if w, ok := f.cidW[cid]; ok {
			return w
		}
		return f.dw
	}
	i := code - f.first
	if i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
		return f.widths[i]
	}
	if code == ' ' {
		return 250
	}
	return f.missing
}
