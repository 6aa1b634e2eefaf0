package extract

import "encoding/binary"

// Bare CFF programs (FontFile3 /Subtype /Type1C, Adobe Technical Note
// 5176): a simple font that names no base encoding uses the program's
// built-in encoding, as a Type 1 program's (pdf_fontprog.go), and
// pdftotext reads it so. The encoding maps a code to a glyph, the charset
// a glyph to a string ID, and an ID names the glyph: below 391 from the
// standard strings (Appendix A), above from the program's String INDEX.
// LaTeX's Computer Modern fonts name their Greek and symbols there
// ("gamma", "phi", "minus"), so they read as γ, φ, − instead of U+FFFD.
// CID-keyed programs (with ROS) name no glyphs and are left alone.
//
// Reading is bounded by the program (at most pdfMaxStreamBytes) and every
// offset is checked; what does not parse yields no encoding.

// pdfCFFEncoding returns the built-in encoding of a CFF program, code →
// glyph name, or standard when it is StandardEncoding.
func pdfCFFEncoding(b []byte) (enc map[int]string, standard bool) {
	if len(b) < 4 || b[0] != 1 {
		return nil, false
	}
	pos := int(b[2])                  // header size
	_, pos, ok := pdfCFFIndex(b, pos) // Name INDEX
	if !ok {
		return nil, false
	}
	top, pos, ok := pdfCFFIndex(b, pos)
	if !ok || len(top) == 0 {
		return nil, false
	}
	strs, _, ok := pdfCFFIndex(b, pos)
	if !ok {
		return nil, false
	}
	d := pdfCFFDict(top[0])
	if _, cid := d[12<<8|30]; cid {
		return nil, false // ROS: CID-keyed
	}
	csOff, encOff, charset := pdfCFFOp(d, 17, -1), pdfCFFOp(d, 16, 0), pdfCFFOp(d, 15, 0)
	chars, _, ok := pdfCFFIndex(b, csOff)
	if csOff <= 0 || !ok {
		return nil, false
	}
	switch encOff {
	case 0:
		return nil, true
	case 1:
		return nil, false // Expert encoding: small capitals and figures, not read
	}
	sids := pdfCFFCharset(b, charset, len(chars))
	name := func(gid int) string {
		if gid <= 0 || gid >= len(sids) {
			return ""
		}
		return pdfCFFString(sids[gid], strs)
	}
	enc = make(map[int]string)
	codes, sups := pdfCFFCodes(b, encOff)
	for gid, code := range codes {
		if n := name(gid + 1); n != "" {
			enc[code] = n
		}
	}
	for code, sid := range sups {
		if n := pdfCFFString(sid, strs); n != "" {
			enc[code] = n
		}
	}
	if len(enc) == 0 {
		return nil, false
	}
	return enc, false
}

// pdfCFFIndex reads an INDEX at pos: its items and the position after it.
func pdfCFFIndex(b []byte, pos int) ([][]byte, int, bool) {
	if pos < 0 || pos+2 > len(b) {
		return nil, 0, false
	}
	count := int(binary.BigEndian.Uint16(b[pos:]))
	if count == 0 {
		return nil, pos + 2, true
	}
	if pos+3 > len(b) {
		return nil, 0, false
	}
	size := int(b[pos+2])
	offs := pos + 3
	data := offs + (count+1)*size - 1 // offsets count from the byte before the data
	if size < 1 || size > 4 || data >= len(b) {
		return nil, 0, false
	}
	off := func(i int) int {
		v := 0
		for _, c := range b[offs+i*size : offs+(i+1)*size] {
			v = v<<8 | int(c)
		}
		return data + v
	}
	items := make([][]byte, count)
	for i := range count {
		lo, hi := off(i), off(i+1)
		if lo > hi || hi > len(b) {
			return nil, 0, false
		}
		items[i] = b[lo:hi]
	}
	return items, off(count), true
}

// pdfCFFDict reads a DICT: operator (two-byte ones as 12<<8|b) → operands.
func pdfCFFDict(b []byte) map[int][]float64 {
	d := make(map[int][]float64)
	var ops []float64
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c <= 21:
			op := int(c)
			if c == 12 && i+1 < len(b) {
				op = 12<<8 | int(b[i+1])
				i++
			}
			d[op], ops = ops, nil
			i++
		case c == 28 && i+2 < len(b):
			ops = append(ops, float64(int16(binary.BigEndian.Uint16(b[i+1:])))) // #nosec G115 -- a CFF shortint is two's complement (TN 5176 Table 3): the wrap is the decoding
			i += 3
		case c == 29 && i+4 < len(b):
			ops = append(ops, float64(int32(binary.BigEndian.Uint32(b[i+1:])))) // #nosec G115 -- a CFF longint is two's complement (TN 5176 Table 3): the wrap is the decoding
			i += 5
		case c == 30: // real: nibbles up to 0xf; its value is never an offset
			for i++; i < len(b) && b[i]&0x0f != 0x0f && b[i]>>4 != 0x0f; i++ {
			}
			ops = append(ops, 0)
			i++
		case c >= 32 && c <= 246:
			ops = append(ops, float64(int(c)-139))
			i++
		case c >= 247 && c <= 250 && i+1 < len(b):
			ops = append(ops, float64((int(c)-247)*256+int(b[i+1])+108))
			i += 2
		case c >= 251 && c <= 254 && i+1 < len(b):
			ops = append(ops, float64(-(int(c)-251)*256-int(b[i+1])-108))
			i += 2
		default:
			return d
		}
		if len(ops) > 48 {
			return d
		}
	}
	return d
}

// pdfCFFOp is the first operand of op, or def.
func pdfCFFOp(d map[int][]float64, op, def int) int {
	if v := d[op]; len(v) > 0 {
		return int(v[0])
	}
	return def
}

// pdfCFFCharset returns the string ID of each of n glyphs (glyph 0 is
// .notdef); charset 0 is ISOAdobe (glyph i is string i), the expert sets
// (1, 2) are not read.
func pdfCFFCharset(b []byte, at, n int) []int {
	sids := make([]int, n)
	switch {
	case at == 0:
		for i := range sids {
			sids[i] = i
		}
		return sids
	case at <= 2 || at >= len(b):
		return nil
	}
	format, pos := b[at], at+1
	for gid := 1; gid < n; {
		switch format {
		case 0:
			if pos+2 > len(b) {
				return sids
			}
			sids[gid] = int(binary.BigEndian.Uint16(b[pos:]))
			gid, pos = gid+1, pos+2
		case 1, 2:
			w := int(format) // bytes of nLeft
			if pos+2+w > len(b) {
				return sids
			}
			first := int(binary.BigEndian.Uint16(b[pos:]))
			left := int(b[pos+2])
			if format == 2 {
				left = int(binary.BigEndian.Uint16(b[pos+2:]))
			}
			for k := 0; k <= left && gid < n; k++ {
				sids[gid] = first + k
				gid++
			}
			pos += 2 + w
		default:
			return sids
		}
	}
	return sids
}

// pdfCFFCodes reads a custom encoding: the code of glyphs 1, 2, … in order
// (codes[i] is glyph i+1's), and the supplements, code → string ID.
func pdfCFFCodes(b []byte, at int) (codes []int, sups map[int]int) {
	if at <= 1 || at >= len(b) {
		return nil, nil
	}
	format, pos := b[at], at+1
	if pos >= len(b) {
		return nil, nil
	}
	n := int(b[pos])
	pos++
	switch format & 0x7f {
	case 0:
		for k := 0; k < n && pos < len(b); k++ {
			codes = append(codes, int(b[pos]))
			pos++
		}
	case 1:
		for k := 0; k < n && pos+1 < len(b); k++ {
			first, left := int(b[pos]), int(b[pos+1])
			for c := first; c <= first+left && c < 256; c++ {
				codes = append(codes, c)
			}
			pos += 2
		}
	default:
		return nil, nil
	}
	if format&0x80 != 0 && pos < len(b) {
		sups = make(map[int]int)
		m := int(b[pos])
		pos++
		for k := 0; k < m && pos+2 < len(b); k++ {
			sups[int(b[pos])] = int(binary.BigEndian.Uint16(b[pos+1:]))
			pos += 3
		}
	}
	return codes, sups
}

// pdfCFFString names a string ID: a standard string or the program's own.
func pdfCFFString(sid int, strs [][]byte) string {
	switch {
	case sid < 0:
		return ""
	case sid < len(pdfCFFStandard):
		return pdfCFFStandard[sid]
	case sid < 391:
		return "" // the expert set (229–378): not named here
	case sid-391 < len(strs):
		return string(strs[sid-391])
	}
	return ""
}

// pdfCFFStandard is the first 229 of CFF's 391 standard strings (string
// IDs 0–228, TN 5176 Appendix A: the ISOAdobe character set); the expert
// set and the last twelve (weights, "001.000") name no glyph here.
var pdfCFFStandard = [...]string{
	".notdef", "space", "exclam", "quotedbl", "numbersign", "dollar", "percent",
	"ampersand", "quoteright", "parenleft", "parenright", "asterisk", "plus",
	"comma", "hyphen", "period", "slash", "zero", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "colon", "semicolon", "less",
	"equal", "greater", "question", "at", "A", "B", "C", "D", "E", "F", "G",
	"H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V",
	"W", "X", "Y", "Z", "bracketleft", "backslash", "bracketright",
	"asciicircum", "underscore", "quoteleft", "a", "b", "c", "d", "e", "f", "g",
	"h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
	"w", "x", "y", "z", "braceleft", "bar", "braceright", "asciitilde",
	"exclamdown", "cent", "sterling", "fraction", "yen", "florin", "section",
	"currency", "quotesingle", "quotedblleft", "guillemotleft", "guilsinglleft",
	"guilsinglright", "fi", "fl", "endash", "dagger", "daggerdbl",
	"periodcentered", "paragraph", "bullet", "quotesinglbase", "quotedblbase",
	"quotedblright", "guillemotright", "ellipsis", "perthousand",
	"questiondown", "grave", "acute", "circumflex", "tilde", "macron", "breve",
	"dotaccent", "dieresis", "ring", "cedilla", "hungarumlaut", "ogonek",
	"caron", "emdash", "AE", "ordfeminine", "Lslash", "Oslash", "OE",
	"ordmasculine", "ae", "dotlessi", "lslash", "oslash", "oe", "germandbls",
	"onesuperior", "logicalnot", "mu", "trademark", "Eth", "onehalf",
	"plusminus", "Thorn", "onequarter", "divide", "brokenbar", "degree",
	"thorn", "threequarters", "twosuperior", "registered", "minus", "eth",
	"multiply", "threesuperior", "copyright", "Aacute", "Acircumflex",
	"Adieresis", "Agrave", "Aring", "Atilde", "Ccedilla", "Eacute",
	"Ecircumflex", "Edieresis", "Egrave", "Iacute", "Icircumflex", "Idieresis",
	"Igrave", "Ntilde", "Oacute", "Ocircumflex", "Odieresis", "Ograve",
	"Otilde", "Scaron", "Uacute", "Ucircumflex", "Udieresis", "Ugrave",
	"Yacute", "Ydieresis", "Zcaron", "aacute", "acircumflex", "adieresis",
	"agrave", "aring", "atilde", "ccedilla", "eacute", "ecircumflex",
	"edieresis", "egrave", "iacute", "icircumflex", "idieresis", "igrave",
	"ntilde", "oacute", "ocircumflex", "odieresis", "ograve", "otilde",
	"scaron", "uacute", "ucircumflex", "udieresis", "ugrave", "yacute",
	"ydieresis", "zcaron",
}
