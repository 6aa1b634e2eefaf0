package extract

import (
	"bytes"
	"encoding/binary"
	"io"
	"strconv"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// Embedded font programs: the fourth step of the font chain (pdf_font.go).
// A font without a usable ToUnicode map still names its glyphs inside the
// program the PDF embeds, and pdftotext reads them there:
//
//   - a TrueType program (FontFile2) maps Unicode to glyphs in its cmap
//     table, which inverted gives each glyph its character, and may name
//     its glyphs in its post table. Type0 fonts reach the glyph through
//     /CIDToGIDMap; simple symbolic fonts through the (3,0) or (1,0) cmap,
//     which is keyed by the byte code.
//   - a Type 1 program (FontFile) carries its built-in /Encoding, code →
//     glyph name, in the clear-text part before eexec.
//
// golang.org/x/image/font/sfnt parses TrueType, but it refuses a program
// without a Unicode cmap, hhea or a well-formed post table, which embedded
// subsets often are: of the 58 embedded TrueType programs without
// ToUnicode in the public test suites of docs/extraction.md it rejected 29.
// The reader below takes only the two tables it needs and skips what is
// damaged. Bare CFF programs (FontFile3 /Type1C) give their built-in
// encoding like Type 1 programs (pdf_cff.go).
//
// A program is read once per font object, when the first code is not
// resolved by ToUnicode; reading is bounded (pdfMaxStreamBytes, cmap
// entries) and a panic while reading costs only the program.

// pdfFontProgram is what an embedded program tells about its glyphs.
type pdfFontProgram struct {
	gidText  map[int]string // TrueType: glyph → text
	codeGID  map[int]int    // simple TrueType: byte code → glyph, by the (3,0) or (1,0) cmap
	encoding map[int]string // Type 1: built-in encoding, code → glyph name
	standard bool           // Type 1: the built-in encoding is StandardEncoding
}

// pdfMaxCmapPairs bounds the code → glyph pairs read from one cmap
// subtable: all of Unicode, so a format 12 group spanning 2³² codes cannot
// loop. Glyph numbers are 16-bit, so the maps built hold at most 65,536.
const pdfMaxCmapPairs = 0x110000

// pdfLoadFontProgram reads the program of a font descriptor; kind is 't'
// for FontFile2, '1' for FontFile and 'c' for a Type1C FontFile3
// (pdf_cff.go). It returns nil when there is none or
// it cannot be read.
func pdfLoadFontProgram(stream pdf.Value, kind byte) (p *pdfFontProgram) {
	defer func() {
		if recover() != nil {
			p = nil
		}
	}()
	if stream.Kind() != pdf.Stream {
		return nil
	}
	rd := stream.Reader()
	data, _ := io.ReadAll(io.LimitReader(rd, pdfMaxStreamBytes))
	_ = rd.Close()
	if len(data) == 0 {
		return nil
	}
	switch kind {
	case 't':
		return pdfReadTrueType(data)
	case '1':
		enc, standard := pdfType1Encoding(data, int(stream.Key("Length1").Int64()))
		if enc != nil || standard {
			return &pdfFontProgram{encoding: enc, standard: standard}
		}
	case 'c':
		if enc, standard := pdfCFFEncoding(data); enc != nil || standard {
			return &pdfFontProgram{encoding: enc, standard: standard}
		}
	}
	return nil
}

// pdfSFNTTables returns the tables of a TrueType or OpenType program (the
// first font of a collection) by tag, each cut to the data present.
func pdfSFNTTables(b []byte) map[string][]byte {
	if len(b) >= 16 && string(b[:4]) == "ttcf" {
		// Table offsets of a collection count from the file's start.
		return pdfSFNTDir(b, int(binary.BigEndian.Uint32(b[12:])))
	}
	return pdfSFNTDir(b, 0)
}

func pdfSFNTDir(b []byte, at int) map[string][]byte {
	if at < 0 || at+12 > len(b) {
		return nil
	}
	n := int(binary.BigEndian.Uint16(b[at+4:]))
	tables := make(map[string][]byte)
	for i := range min(n, 64) {
		r := at + 12 + 16*i
		if r+16 > len(b) {
			break
		}
		off, size := int(binary.BigEndian.Uint32(b[r+8:])), int(binary.BigEndian.Uint32(b[r+12:]))
		if off < 0 || off >= len(b) || size < 0 {
			continue
		}
		tables[string(b[r:r+4])] = b[off:min(len(b), off+size)]
	}
	return tables
}

// pdfReadTrueType reads the cmap and post tables of a TrueType program.
func pdfReadTrueType(b []byte) *pdfFontProgram {
	t := pdfSFNTTables(b)
	if t == nil {
		return nil
	}
	p := &pdfFontProgram{gidText: make(map[int]string)}
	names := pdfPostNames(t["post"])
	for gid, name := range names {
		if s := pdfGlyphText(name, false); s != "" {
			p.gidText[gid] = s
		}
	}
	cmap := t["cmap"]
	for _, sub := range pdfCmapSubtables(cmap) {
		switch {
		case sub.pid == 0 || sub.pid == 3 && (sub.eid == 1 || sub.eid == 10):
			// A Unicode cmap inverted: where several characters share a
			// glyph the first wins, and a character outside the private use
			// area over a name-derived one.
			seen := make(map[int]bool)
			pdfCmapPairs(sub.data, func(code, gid int) {
				r := rune(code) // #nosec G115 -- bounded by pdfCmapPairs below 0x110000
				if gid <= 0 || gid > 0xffff || seen[gid] || r < 0x20 || utf16.IsSurrogate(r) || r >= 0xe000 && r <= 0xf8ff {
					return
				}
				seen[gid] = true
				p.gidText[gid] = string(r)
			})
		case sub.pid == 3 && sub.eid == 0, sub.pid == 1 && sub.eid == 0:
			if p.codeGID == nil {
				p.codeGID = make(map[int]int)
				pdfCmapPairs(sub.data, func(code, gid int) {
					if gid > 0 && gid <= 0xffff && code <= 0xffff {
						p.codeGID[code] = gid
					}
				})
			}
		}
	}
	return p
}

type pdfCmapSubtable struct {
	pid, eid int
	data     []byte
}

func pdfCmapSubtables(cmap []byte) []pdfCmapSubtable {
	if len(cmap) < 4 {
		return nil
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	var subs []pdfCmapSubtable
	for i := range min(n, 64) {
		r := 4 + 8*i
		if r+8 > len(cmap) {
			break
		}
		off := int(binary.BigEndian.Uint32(cmap[r+4:]))
		if off < 0 || off >= len(cmap) {
			continue
		}
		subs = append(subs, pdfCmapSubtable{
			pid: int(binary.BigEndian.Uint16(cmap[r:])), eid: int(binary.BigEndian.Uint16(cmap[r+2:])),
			data: cmap[off:],
		})
	}
	return subs
}

// pdfCmapPairs calls fn with the code → glyph pairs of a cmap subtable of
// format 0, 4, 6 or 12, at most pdfMaxCmapPairs of them.
func pdfCmapPairs(s []byte, fn func(code, gid int)) {
	u16 := func(i int) int {
		if i < 0 || i+2 > len(s) {
			return 0
		}
		return int(binary.BigEndian.Uint16(s[i:]))
	}
	u32 := func(i int) int {
		if i < 0 || i+4 > len(s) {
			return 0
		}
		return int(binary.BigEndian.Uint32(s[i:]))
	}
	budget := pdfMaxCmapPairs
	emit := func(code, gid int) bool {
		budget--
		if code >= 0 && code < 0x110000 {
			fn(code, gid)
		}
		return budget > 0
	}
	switch u16(0) {
	case 0:
		for c := 0; c < 256 && 6+c < len(s); c++ {
			emit(c, int(s[6+c]))
		}
	case 4:
		segs := u16(6) / 2
		ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
		for i := range segs {
			lo, hi := u16(starts+2*i), u16(ends+2*i)
			delta, ro := u16(deltas+2*i), u16(ranges+2*i)
			for c := lo; c <= hi && c != 0xffff; c++ {
				gid := (c + delta) & 0xffff
				if ro != 0 {
					at := ranges + 2*i + ro + 2*(c-lo)
					if at+2 > len(s) {
						break
					}
					if gid = u16(at); gid != 0 {
						gid = (gid + delta) & 0xffff
					}
				}
				if !emit(c, gid) {
					return
				}
			}
		}
	case 6:
		first, n := u16(6), u16(8)
		for i := 0; i < n && 10+2*i+2 <= len(s); i++ {
			if !emit(first+i, u16(10+2*i)) {
				return
			}
		}
	case 12:
		n := u32(12)
		for i := 0; i < n && 16+12*i+12 <= len(s); i++ {
			g := 16 + 12*i
			lo, hi, gid := u32(g), u32(g+4), u32(g+8)
			for c := lo; c <= hi; c++ {
				if !emit(c, gid+c-lo) {
					return
				}
			}
		}
	}
}

// pdfPostNames returns the glyph names of a post table of format 1 or 2.
func pdfPostNames(post []byte) map[int]string {
	if len(post) < 34 {
		return nil
	}
	names := make(map[int]string)
	switch binary.BigEndian.Uint32(post) {
	case 0x00010000:
		for i, n := range pdfMacGlyphNames {
			names[i] = n
		}
	case 0x00020000:
		n := int(binary.BigEndian.Uint16(post[32:]))
		idx := 34
		strs := idx + 2*n
		if strs > len(post) {
			return nil
		}
		var extra []string
		for i := strs; i < len(post); {
			l := int(post[i])
			if i+1+l > len(post) {
				break
			}
			extra = append(extra, string(post[i+1:i+1+l]))
			i += 1 + l
		}
		for g := range n {
			k := int(binary.BigEndian.Uint16(post[idx+2*g:]))
			switch {
			case k < 258:
				names[g] = pdfMacGlyphNames[k]
			case k-258 < len(extra):
				names[g] = extra[k-258]
			}
		}
	}
	return names
}

// textForCode resolves a byte code of a simple TrueType font through the
// (3,0) cmap (at the code, or at 0xF000 + code as symbolic fonts place
// their glyphs) or the (1,0) cmap, then the glyph's name or character.
func (p *pdfFontProgram) textForCode(code int) string {
	for _, c := range [...]int{code, 0xf000 | code, 0xf100 | code, 0xf200 | code} {
		if gid, ok := p.codeGID[c]; ok {
			return p.gidText[gid]
		}
	}
	return ""
}

// pdfType1Encoding reads the built-in encoding of a Type 1 program from
// its clear-text part (the first length1 bytes, or up to eexec): code →
// glyph name from the "dup code /name put" entries, or standard when it is
// StandardEncoding.
func pdfType1Encoding(data []byte, length1 int) (enc map[int]string, standard bool) {
	if len(data) > 6 && data[0] == 0x80 && data[1] == 0x01 { // PFB segment header
		data = data[6:]
	}
	if length1 > 0 && length1 < len(data) {
		data = data[:length1]
	}
	if i := bytes.Index(data, []byte("eexec")); i >= 0 {
		data = data[:i]
	}
	i := bytes.Index(data, []byte("/Encoding"))
	if i < 0 {
		return nil, false
	}
	data = data[i+len("/Encoding"):]
	if end := bytes.Index(data, []byte("readonly def")); end >= 0 {
		data = data[:end]
	} else if end := bytes.Index(data, []byte(" def")); end >= 0 {
		data = data[:end]
	}
	fields := bytes.Fields(data)
	if len(fields) > 0 && string(fields[0]) == "StandardEncoding" {
		return nil, true
	}
	enc = make(map[int]string)
	for k := 0; k+3 < len(fields); k++ {
		if string(fields[k]) != "dup" || string(fields[k+3]) != "put" || len(fields[k+2]) < 2 || fields[k+2][0] != '/' {
			continue
		}
		code, err := strconv.Atoi(string(fields[k+1]))
		if err == nil && code >= 0 && code < 256 {
			enc[code] = string(fields[k+2][1:])
		}
	}
	if len(enc) == 0 {
		return nil, false
	}
	return enc, false
}

// programEncoding notes the embedded program of a simple font where it
// decides the encoding: a Type 1 program when the font names no base
// encoding (its built-in one then applies, as in pdftotext), a TrueType
// program when the font has no /Encoding at all.
func (f *pdfFont) programEncoding(v pdf.Value, subtype string, enc pdf.Value, baseName string) {
	desc := v.Key("FontDescriptor")
	switch subtype {
	case "Type1", "MMType1":
		if ff := desc.Key("FontFile"); ff.Kind() == pdf.Stream && baseName == "" {
			f.progStream, f.progKind, f.progBase = ff, '1', true
		} else if ff := desc.Key("FontFile3"); ff.Kind() == pdf.Stream && ff.Key("Subtype").Name() == "Type1C" && baseName == "" {
			f.progStream, f.progKind, f.progBase = ff, 'c', true
		}
	case "TrueType":
		if ff := desc.Key("FontFile2"); ff.Kind() == pdf.Stream && enc.IsNull() {
			f.progStream, f.progKind = ff, 't'
		}
	}
}

// program returns the embedded program, reading it at the first call.
func (f *pdfFont) program() *pdfFontProgram {
	if !f.progRead {
		f.progRead = true
		if f.progKind != 0 {
			f.prog = pdfLoadFontProgram(f.progStream, f.progKind)
		}
	}
	return f.prog
}

// programText is the text of a simple font's code by its embedded program,
// "" when the program does not tell.
func (f *pdfFont) programText(code int) string {
	if f.progKind == 0 || code < 0 || code > 255 {
		return ""
	}
	p := f.program()
	switch {
	case p == nil:
		return ""
	case f.progKind == 't':
		return p.textForCode(code)
	}
	if name, ok := p.encoding[code]; ok {
		return pdfGlyphText(name, false)
	}
	if p.standard && pdfStandardEncoding[code] != 0 {
		return string(pdfStandardEncoding[code])
	}
	return ""
}

// pdfCIDToGID reads a /CIDToGIDMap stream (two bytes per CID); nil for
// Identity or none.
func pdfCIDToGID(v pdf.Value) []int {
	if v.Kind() != pdf.Stream {
		return nil
	}
	rd := v.Reader()
	data, _ := io.ReadAll(io.LimitReader(rd, 2<<16))
	_ = rd.Close()
	if len(data) < 2 {
		return nil
	}
	m := make([]int, len(data)/2)
	for i := range m {
		m[i] = int(binary.BigEndian.Uint16(data[2*i:]))
	}
	return m
}
