package extract

import (
	"cmp"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/ledongthuc/pdf"
)

// This file interprets page content streams into positioned glyphs.
//
// It replaces pdf.Page.Content, which (1) takes glyph widths from the simple
// font /Widths array even for CID fonts, so every glyph of a Chromium word
// gets the same X and word gaps cannot be measured, (2) re-parses a font's
// ToUnicode CMap on every Tf operator, which made the 53-page Kompas take
// about 0.8 s, and (3) ignores Form XObjects (the Do operator), losing their
// text. The library's object model is reused; content streams are read by
// pdfLex below, which (unlike pdf.Interpret) skips inline images, whose
// binary data made the library panic and lose the rest of the page, and
// holds a bounded number of operands.

// pdfGlyph is one shown character in default user space (points, y up).
type pdfGlyph struct {
	x, y  float64 // baseline origin
	w     float64 // horizontal advance
	size  float64 // effective font size
	s     string  // Unicode text; may be more than one rune (ligatures)
	bold  bool
	space bool  // the glyph is white space: a word break, not text
	rot   int16 // direction of the baseline in degrees (pdfAngle); see upright
}

// pdfMatrix is an affine transform [a b c d e f] as in PDF.
type pdfMatrix [6]float64

var pdfIdentity = pdfMatrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m first, then n).
func (m pdfMatrix) mul(n pdfMatrix) pdfMatrix {
	return pdfMatrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// pdfTextState is the part of the graphics state that text showing and
// path capture need.
type pdfTextState struct {
	ctm            pdfMatrix
	font           *pdfFont
	size           float64
	tc, tw, th, tl float64
	rise           float64
	lineWidth      float64 // in user space units before the CTM
	// fill is the fill colour set last (pdfFillColour); the zero value
	// is the initial black
	fill pdfColour
	// clip is the bounding box of the clipping path (W, W*) in page
	// space, when clipped
	clip    [4]float64
	clipped bool
}

// pdfInterp collects glyphs of one page. Fonts are cached across pages by
// the font dictionary's printed form, which names its indirect references and
// so identifies the font object.
type pdfInterp struct {
	fonts     map[string]*pdfFont
	glyphs    []pdfGlyph
	rules     []pdfRule  // drawn horizontal and vertical lines of the page
	shapes    []pdfShape // small filled shapes of the page
	bands     []pdfFill  // filled backgrounds in a colour
	forms     int        // Form XObjects entered
	maxDepth  int
	maxGlyphs int
	maxStream int64 // decoded bytes of one stream; see pdfMaxStreamBytes
	tooLarge  bool  // a stream of the current page exceeded maxStream
	stats     pdfPageStats
	damaged   bool     // a stream of the current page failed to decode or is malformed
	free      [][]byte // buffers of finished content streams, for readStream
}

const (
	pdfMaxFormDepth = 8
	pdfMaxGlyphs    = 2_000_000 // per page; beyond this the page is garbage
	// pdfMaxStreamBytes bounds the decoded size of one content stream, Form
	// XObject or ToUnicode CMap. A small Flate stream can inflate to
	// gigabytes (a decompression bomb), and the library's tokenizer keeps
	// every operand until the next operator, so an unbounded stream is
	// unbounded memory. Real page content is far smaller: the largest
	// stream of the bundled corpus is well under 1 MiB.
	pdfMaxStreamBytes = 16 << 20
)

func newPDFInterp() *pdfInterp {
	return &pdfInterp{fonts: make(map[string]*pdfFont), maxDepth: pdfMaxFormDepth, maxGlyphs: pdfMaxGlyphs,
		maxStream: pdfMaxStreamBytes}
}

// streamFits reports whether strm (a stream or an array of streams)
// decodes to at most maxStream bytes. It inflates into io.Discard, so the
// check itself holds no more than the decoder's window; a stream that does
// not fit marks the page. A stream that fails to decode passes: the
// interpreter reports the damage.
func (in *pdfInterp) streamFits(strm pdf.Value) bool {
	var n int64
	count := func(v pdf.Value) {
		if v.Kind() != pdf.Stream || n > in.maxStream {
			return
		}
		r := v.Reader()
		m, _ := io.Copy(io.Discard, io.LimitReader(r, in.maxStream-n+1))
		_ = r.Close() // a NopCloser over the file's bytes
		n += m
	}
	if strm.Kind() == pdf.Array {
		for i := range strm.Len() {
			count(strm.Index(i))
		}
	} else {
		count(strm)
	}
	if n > in.maxStream {
		in.tooLarge = true
		return false
	}
	return true
}

// readStream decodes a content stream (or an array of them, joined by a
// newline) up to maxStream bytes; beyond that it marks the page tooLarge. A
// stream that fails to decode returns what decoded and damaged.
//
// The bytes are appended to buf, a buffer of an earlier stream: the
// interpreter keeps the buffers of finished streams (in.free) for the
// next, so a document's pages do not each allocate theirs anew.
func (in *pdfInterp) readStream(strm pdf.Value, buf []byte) (data []byte, damaged bool) {
	data = buf[:0]
	read := func(v pdf.Value) {
		if v.Kind() != pdf.Stream || in.tooLarge {
			return
		}
		r := v.Reader()
		var err error
		data, err = pdfReadAppend(data, io.LimitReader(r, in.maxStream-int64(len(data))+1))
		_ = r.Close() // a NopCloser over the file's bytes
		data = append(data, '\n')
		damaged = damaged || err != nil
		if int64(len(data)) > in.maxStream+1 {
			in.tooLarge = true
		}
	}
	if strm.Kind() == pdf.Array {
		for i := range strm.Len() {
			read(strm.Index(i))
		}
	} else {
		read(strm)
	}
	return data, damaged
}

// pdfReadAppend is io.ReadAll appending to dst.
func pdfReadAppend(dst []byte, r io.Reader) ([]byte, error) {
	for {
		if len(dst) == cap(dst) {
			dst = append(dst, 0)[:len(dst)] // let append choose the new capacity
		}
		n, err := r.Read(dst[len(dst):cap(dst)])
		dst = dst[:len(dst)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return dst, err
		}
	}
}

// pdfOperand is one operand of a content-stream operator: a number, a
// string ('s'), a name ('/'), an array ('['), a dictionary ('<', its
// source text in str: only marked content's property lists are read) or
// anything else ('?': booleans, null), which no operator here reads.
type pdfOperand struct {
	kind byte
	num  float64
	str  string
	arr  []pdfOperand
}

func (o pdfOperand) Float64() float64 { return o.num }

func (o pdfOperand) Name() string {
	if o.kind == '/' {
		return o.str
	}
	return ""
}

func (o pdfOperand) RawString() string {
	if o.kind == 's' {
		return o.str
	}
	return ""
}

// pdfMaxOperands bounds the operands kept for one operator (the most any
// operator takes is six); a stream of operands without operators, such as
// a decompression bomb of "0 0 0 …", costs no memory.
const pdfMaxOperands = 64

// pdfLex tokenizes a content stream and calls do for every operator with
// its operands. Inline images (BI … ID binary EI) are skipped; stray
// delimiters are skipped; nothing panics. It reports malformed input (a
// hex string with other characters than hex digits and white space, an
// unterminated string) after reading what it could.
func pdfLex(data []byte, do func(op string, args []pdfOperand)) (malformed bool) {
	var args []pdfOperand
	var arrays [][]pdfOperand // open arrays, innermost last
	push := func(o pdfOperand) {
		if n := len(arrays); n > 0 {
			if len(arrays[n-1]) < 1<<16 {
				arrays[n-1] = append(arrays[n-1], o)
			}
			return
		}
		if len(args) >= pdfMaxOperands {
			args = args[:copy(args, args[1:])]
		}
		args = append(args, o)
	}
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case pdfLexSpace(c):
			i++
		case c == '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case c == '/':
			j := i + 1
			for j < len(data) && !pdfLexSpace(data[j]) && !pdfIsDelim(data[j]) {
				j++
			}
			push(pdfOperand{kind: '/', str: pdfUnescapeName(data[i+1 : j])})
			i = j
		case c == '(':
			str, j := pdfLiteralString(data, i)
			push(pdfOperand{kind: 's', str: str})
			malformed = malformed || j >= len(data) && data[len(data)-1] != ')'
			i = j
		case c == '<' && i+1 < len(data) && data[i+1] == '<':
			j := pdfSkipDict(data, i)
			push(pdfOperand{kind: '<', str: string(data[i:j])})
			i = j
		case c == '<':
			j := i + 1
			for j < len(data) && data[j] != '>' {
				j++
			}
			hex := data[i+1 : min(j, len(data))]
			malformed = malformed || j >= len(data) || slices.ContainsFunc(hex, func(b byte) bool {
				return !pdfLexSpace(b) && !('0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F')
			})
			push(pdfOperand{kind: 's', str: pdfHexBytes(hex)})
			i = j + 1
		case c == '[':
			if len(arrays) < 32 {
				arrays = append(arrays, nil)
			}
			i++
		case c == ']':
			if n := len(arrays); n > 0 {
				a := arrays[n-1]
				arrays = arrays[:n-1]
				push(pdfOperand{kind: '[', arr: a})
			}
			i++
		case pdfIsDelim(c):
			i++ // ) > { } without an opening: skip
		default:
			j := i
			for j < len(data) && !pdfLexSpace(data[j]) && !pdfIsDelim(data[j]) {
				j++
			}
			tok := data[i:j]
			i = j
			if c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9' {
				push(pdfOperand{kind: 'n', num: pdfParseNumber(string(tok))})
				continue
			}
			switch string(tok) {
			case "true", "false", "null":
				push(pdfOperand{kind: '?'})
				continue
			case "BI":
				i = pdfSkipInlineImage(data, i)
				do("BI", nil) // painted: its place may be a rule (imageRule)
			default:
				do(pdfOperator(tok), args)
			}
			args, arrays = args[:0], arrays[:0]
		}
	}
	return malformed
}

func pdfLexSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func pdfIsDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// pdfOperator is the operator tok as a string, without allocating for the
// operators the interpreter acts on or that streams use most.
func pdfOperator(tok []byte) string {
	switch string(tok) {
	case "Tj":
		return "Tj"
	case "TJ":
		return "TJ"
	case "Td":
		return "Td"
	case "TD":
		return "TD"
	case "Tf":
		return "Tf"
	case "Tm":
		return "Tm"
	case "T*":
		return "T*"
	case "BT":
		return "BT"
	case "ET":
		return "ET"
	case "Tc":
		return "Tc"
	case "Tw":
		return "Tw"
	case "Tz":
		return "Tz"
	case "TL":
		return "TL"
	case "Ts":
		return "Ts"
	case "Tr":
		return "Tr"
	case "cm":
		return "cm"
	case "re":
		return "re"
	case "f*":
		return "f*"
	case "B*":
		return "B*"
	case "b*":
		return "b*"
	case "W*":
		return "W*"
	case "Do":
		return "Do"
	case "rg":
		return "rg"
	case "RG":
		return "RG"
	case "cs":
		return "cs"
	case "CS":
		return "CS"
	case "sc":
		return "sc"
	case "SC":
		return "SC"
	case "gs":
		return "gs"
	}
	return string(tok) // one byte: Go's strings of one byte do not allocate
}

// pdfParseNumber reads a number as PDF writes it; malformed ones ("--5",
// "1.2.3") read as far as they are valid, else 0.
func pdfParseNumber(tok string) float64 {
	if v, err := strconv.ParseFloat(tok, 64); err == nil {
		return v
	}
	for end := len(tok) - 1; end > 0; end-- {
		if v, err := strconv.ParseFloat(tok[:end], 64); err == nil {
			return v
		}
	}
	return 0
}

func pdfUnescapeName(b []byte) string {
	if !slices.Contains(b, '#') {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

// pdfSkipDict returns the index after the dictionary opened at data[i]
// ("<<"), nested dictionaries and strings included.
func pdfSkipDict(data []byte, i int) int {
	depth := 0
	for i < len(data) {
		switch {
		case data[i] == '(':
			_, i = pdfLiteralString(data, i)
			continue
		case data[i] == '<' && i+1 < len(data) && data[i+1] == '<':
			depth++
			i += 2
			continue
		case data[i] == '>' && i+1 < len(data) && data[i+1] == '>':
			depth--
			i += 2
			if depth == 0 {
				return i
			}
			continue
		}
		i++
	}
	return i
}

// pdfSkipInlineImage returns the index after an inline image whose BI
// ends at data[i]: past its dictionary, the ID keyword and the binary data.
// An unfiltered image's data length follows from its dictionary; otherwise
// the data ends at an EI between white space that is followed by content
// (printable text), not more binary data.
func pdfSkipInlineImage(data []byte, i int) int {
	dict := map[string]string{}
	key := ""
	for i < len(data) {
		for i < len(data) && pdfLexSpace(data[i]) {
			i++
		}
		j := i
		for j < len(data) && !pdfLexSpace(data[j]) && (j == i || !pdfIsDelim(data[j])) {
			j++
		}
		tok := string(data[i:j])
		i = j
		if tok == "ID" || tok == "" {
			break
		}
		if key == "" && strings.HasPrefix(tok, "/") {
			key = tok[1:]
			continue
		}
		if key != "" {
			dict[key] = strings.TrimPrefix(tok, "/")
			key = ""
		}
	}
	i++ // the single white-space byte after ID
	if n := pdfInlineImageLength(dict); n > 0 && i+n <= len(data) {
		end := i + n
		for end < len(data) && pdfLexSpace(data[end]) {
			end++
		}
		if end+2 <= len(data) && data[end] == 'E' && data[end+1] == 'I' {
			return end + 2
		}
	}
	for ; i+2 <= len(data); i++ {
		if data[i] == 'E' && data[i+1] == 'I' && pdfLexSpace(data[i-1]) && (i+2 == len(data) || pdfLexSpace(data[i+2])) && pdfLooksLikeContent(data[i+2:]) {
			return i + 2
		}
	}
	return len(data)
}

// pdfInlineImageLength is the byte length of an unfiltered inline image's
// data, or 0 when it cannot be known.
func pdfInlineImageLength(dict map[string]string) int {
	get := func(short, long string) string { return cmp.Or(dict[short], dict[long]) }
	if get("F", "Filter") != "" {
		return 0
	}
	w, _ := strconv.Atoi(get("W", "Width"))
	h, _ := strconv.Atoi(get("H", "Height"))
	bpc, _ := strconv.Atoi(get("BPC", "BitsPerComponent"))
	comps := 1
	switch get("CS", "ColorSpace") {
	case "RGB", "DeviceRGB", "CalRGB":
		comps = 3
	case "CMYK", "DeviceCMYK":
		comps = 4
	}
	if get("IM", "ImageMask") == "true" {
		bpc, comps = 1, 1
	}
	if w <= 0 || h <= 0 || bpc <= 0 || w > 1<<16 || h > 1<<16 {
		return 0
	}
	return h * ((w*comps*bpc + 7) / 8)
}

// pdfLooksLikeContent tells whether the bytes after a candidate EI read as
// content-stream text: the next 32 bytes (or fewer at the end) printable.
func pdfLooksLikeContent(b []byte) bool {
	for _, c := range b[:min(len(b), 32)] {
		if c > 0x7e || c < 0x20 && !pdfLexSpace(c) {
			return false
		}
	}
	return true
}

// page returns the glyphs of a page content stream (a stream or an array)
// and of its annotations' appearances (pdf_annots.go).
func (in *pdfInterp) page(contents, resources, annots pdf.Value) []pdfGlyph {
	in.glyphs = in.glyphs[:0] // reused across pages: rows copy what they keep
	in.rules, in.shapes, in.bands = nil, nil, nil
	in.stats, in.damaged = pdfPageStats{}, false
	in.run(contents, resources, pdfIdentity, 0)
	in.annotations(annots, resources)
	if in.damaged {
		// Everything readable was read; the page reports the damage
		// (pdfReadPage recovers and keeps the glyphs).
		panic("damaged content stream")
	}
	return in.glyphs
}

func (in *pdfInterp) run(strm, res pdf.Value, ctm pdfMatrix, depth int) {
	var buf []byte
	if n := len(in.free); n > 0 {
		buf, in.free = in.free[n-1], in.free[:n-1]
	}
	data, damaged := in.readStream(strm, buf)
	defer func() { in.free = append(in.free, data[:0]) }() // lexed strings are copies: nothing keeps data
	if in.tooLarge {
		return
	}
	g := pdfTextState{ctm: ctm, th: 1, lineWidth: 1}
	var stack []pdfTextState
	var path pdfPath
	var tm, tlm pdfMatrix
	local := make(map[string]*pdfFont)
	var marked pdfMarked
	show := func(raw string) {
		if raw == "" {
			return
		}
		in.stats.shows++
		if g.font == nil {
			in.stats.noFont += len(raw) // a font the resources do not have: its text is lost
			return
		}
		if len(in.glyphs) >= in.maxGlyphs {
			return
		}
		from := len(in.glyphs)
		tm = in.show(&g, tm, raw)
		if g.clipped {
			in.glyphs = append(in.glyphs[:from], slices.DeleteFunc(in.glyphs[from:], func(gl pdfGlyph) bool { return pdfClippedAway(gl, g.clip) })...)
		}
	}
	clipping := false // a W or W* waits for the path's painting operator
	malformed := pdfLex(data, func(op string, args []pdfOperand) {
		switch op {
		case "q":
			stack = append(stack, g)
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if m, ok := pdfArgsMatrix(args); ok {
				g.ctm = m.mul(g.ctm)
			}
		case "BT":
			tm, tlm = pdfIdentity, pdfIdentity
		case "Tc":
			g.tc = pdfArg(args, 0)
		case "Tw":
			g.tw = pdfArg(args, 0)
		case "Tz":
			g.th = pdfArg(args, 0) / 100
		case "TL":
			g.tl = pdfArg(args, 0)
		case "Ts":
			g.rise = pdfArg(args, 0)
		case "Tf":
			if len(args) == 2 {
				g.font = in.font(local, res, args[0].Name())
				g.size = args[1].Float64()
			}
		case "Td", "TD":
			if len(args) == 2 {
				if op == "TD" {
					g.tl = -args[1].Float64()
				}
				tlm = pdfMatrix{1, 0, 0, 1, args[0].Float64(), args[1].Float64()}.mul(tlm)
				tm = tlm
			}
		case "Tm":
			if m, ok := pdfArgsMatrix(args); ok {
				tm, tlm = m, m
			}
		case "T*":
			tlm = pdfMatrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'", "\"":
			if op == "\"" && len(args) == 3 {
				g.tw, g.tc = args[0].Float64(), args[1].Float64()
				args = args[2:]
			}
			tlm = pdfMatrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			for _, x := range args[0].arr {
				if x.kind == 's' {
					show(x.str)
					continue
				}
				tx := -x.Float64() / 1000 * g.size * g.th
				if g.font != nil && g.font.vertical {
					tm = pdfMatrix{1, 0, 0, 1, 0, -x.Float64() / 1000 * g.size}.mul(tm)
					continue
				}
				tm = pdfMatrix{1, 0, 0, 1, tx, 0}.mul(tm)
			}
		case "w":
			g.lineWidth = pdfArg(args, 0)
		case "g", "rg", "k", "sc", "scn", "cs":
			g.fill = pdfFillColour(op, args)
		case "m", "l", "c", "v", "y", "h", "re":
			path.add(op, args, g.ctm)
		case "W", "W*":
			clipping = true
		case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n":
			if clipping {
				g.clip, g.clipped = pdfClipBox(path, g.clip, g.clipped)
				clipping = false
			}
			in.paint(&path, op, g)
		case "Do":
			if len(args) == 1 && depth < in.maxDepth {
				in.form(res, args[0].Name(), g.ctm, depth)
			}
			if len(args) == 1 && res.Key("XObject").Key(args[0].Name()).Key("Subtype").Name() == "Image" {
				in.imageRule(g.ctm)
			}
		case "BI":
			in.imageRule(g.ctm)
		case "BMC":
			marked.begin("", false, len(in.glyphs))
		case "BDC":
			text, ok := "", false
			if len(args) == 2 {
				text, ok = pdfActualText(args[1], res)
			}
			marked.begin(text, ok, len(in.glyphs))
		case "EMC":
			if text, from, ok := marked.end(); ok {
				in.replaceActualText(from, text)
			}
		}
	})
	in.damaged = in.damaged || malformed || damaged
}

// form runs a Form XObject's content: text in forms (logos, stamps, reused
// page parts) is otherwise lost.
func (in *pdfInterp) form(res pdf.Value, name string, ctm pdfMatrix, depth int) {
	x := res.Key("XObject").Key(name)
	if x.Kind() != pdf.Stream || x.Key("Subtype").Name() != "Form" {
		return
	}
	in.forms++
	m := pdfIdentity
	if mv := x.Key("Matrix"); mv.Len() == 6 {
		for i := range 6 {
			m[i] = mv.Index(i).Float64()
		}
	}
	fres := x.Key("Resources")
	if fres.IsNull() {
		fres = res
	}
	in.run(x, fres, m.mul(ctm), depth+1)
}

func (in *pdfInterp) font(local map[string]*pdfFont, res pdf.Value, name string) *pdfFont {
	if f, ok := local[name]; ok {
		return f
	}
	v := res.Key("Font").Key(name)
	if v.Kind() != pdf.Dict {
		local[name] = nil
		return nil
	}
	key := v.String()
	f, ok := in.fonts[key]
	if !ok {
		if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream && !in.streamFits(tu) {
			local[name] = nil
			return nil
		}
		f = newPDFFont(v)
		in.fonts[key] = f
	}
	local[name] = f
	return f
}

// show appends the glyphs of one string and returns the advanced text matrix.
//
// Per glyph the rendering matrix is S·tm·CTM, with S = [size·th 0 0 size 0
// rise], and the text matrix advances as tm ← [1 0 0 1 tx 0]·tm. The
// advance changes only tm's translation, so the linear part of the
// rendering matrix, the glyph's size and direction are the same for the
// whole string and are computed once; per glyph only the origin is. The
// products left out are those with a zero factor of S or of the advance,
// which add nothing while tm's linear part is finite (checked first; a
// non-finite one takes showSlow, the full products).
func (in *pdfInterp) show(g *pdfTextState, tm pdfMatrix, raw string) pdfMatrix {
	if g.font.vertical {
		return in.showVertical(g, tm, raw)
	}
	if !pdfFinite(tm[0], tm[1], tm[2], tm[3]) {
		return in.showSlow(g, tm, raw)
	}
	f, c := g.font, &g.ctm
	a, d, r := g.size*g.th, g.size, g.rise
	p0, p1, p2, p3 := a*tm[0], a*tm[1], d*tm[2], d*tm[3]
	t0, t1 := p0*c[0]+p1*c[2], p0*c[1]+p1*c[3]
	t2, t3 := p2*c[0]+p3*c[2], p2*c[1]+p3*c[3]
	scale, rot := t0, int16(0)
	if t1 != 0 || t0 < 0 {
		scale, rot = math.Hypot(t0, t1), pdfAngle(t0, t1)
	}
	size := math.Abs(t3) // math.Hypot(0, y) is |y|
	if t2 != 0 {
		size = math.Hypot(t2, t3)
	}
	if n := len(in.glyphs); cap(in.glyphs)-n < len(raw) {
		// Double, where append grows a large slice by a quarter: a page
		// of many glyphs was copied (and cleared) five times over.
		in.glyphs = slices.Grow(in.glyphs, max(n, len(raw)))
	}
	for i, step := 0, 0; i < len(raw); i += step {
		code, n, ok := f.nextCode(raw, i)
		if !ok {
			break
		}
		step = n
		w0 := f.width(code) * f.scale
		s := f.decode(code)
		tx := w0*g.size + g.tc
		if step == 1 && code == ' ' {
			tx += g.tw
		}
		tx *= g.th
		if s != "" {
			p4, p5 := r*tm[2]+tm[4], r*tm[3]+tm[5]
			space := pdfBlank(s)
			in.glyphs = append(in.glyphs, pdfGlyph{
				x: p4*c[0] + p5*c[2] + c[4], y: p4*c[1] + p5*c[3] + c[5],
				w: w0 * scale, rot: rot, size: size, s: s, bold: f.bold, space: space,
			})
			if !space {
				in.stats.glyphs++
			}
		}
		tm[4], tm[5] = tx*tm[0]+tm[4], tx*tm[1]+tm[5]
	}
	return tm
}

// showSlow is show with the full matrix products, for a text matrix whose
// linear part is not finite.
func (in *pdfInterp) showSlow(g *pdfTextState, tm pdfMatrix, raw string) pdfMatrix {
	f := g.font
	for i, step := 0, 0; i < len(raw); i += step {
		code, n, ok := f.nextCode(raw, i)
		if !ok {
			break
		}
		step = n
		w0 := f.width(code) * f.scale
		s := f.decode(code)
		trm := pdfMatrix{g.size * g.th, 0, 0, g.size, 0, g.rise}.mul(tm).mul(g.ctm)
		tx := w0*g.size + g.tc
		if step == 1 && code == ' ' {
			tx += g.tw
		}
		tx *= g.th
		if s != "" {
			scale, rot := trm[0], int16(0)
			if trm[1] != 0 || trm[0] < 0 {
				scale, rot = math.Hypot(trm[0], trm[1]), pdfAngle(trm[0], trm[1])
			}
			in.glyphs = append(in.glyphs, pdfGlyph{
				x: trm[4], y: trm[5], w: w0 * scale, rot: rot,
				size:  math.Hypot(trm[2], trm[3]),
				s:     s,
				bold:  f.bold,
				space: pdfBlank(s),
			})
			if !in.glyphs[len(in.glyphs)-1].space {
				in.stats.glyphs++
			}
		}
		tm = pdfMatrix{1, 0, 0, 1, tx, 0}.mul(tm)
	}
	return tm
}

// pdfFinite reports whether no value is infinite or NaN.
func pdfFinite(v ...float64) bool {
	for _, x := range v {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return false
		}
	}
	return true
}

// pdfBlank reports text that is only white space (strings.TrimSpace
// leaves nothing), deciding a printable ASCII character without the call.
func pdfBlank(s string) bool {
	if len(s) == 1 && s[0] > ' ' && s[0] < 0x7f {
		return false
	}
	return strings.TrimSpace(s) == ""
}

func pdfArg(args []pdfOperand, i int) float64 {
	if i < len(args) {
		return args[i].Float64()
	}
	return 0
}

func pdfArgsMatrix(args []pdfOperand) (pdfMatrix, bool) {
	var m pdfMatrix
	if len(args) != 6 {
		return m, false
	}
	for i := range 6 {
		m[i] = args[i].Float64()
	}
	return m, true
}

// Paths: tables and lists are often drawn rather than typed. Cell borders
// are stroked lines or thin filled rectangles, and Chromium draws list
// bullets as small filled circles. The interpreter keeps what layout needs
// from every painted path: horizontal and vertical rules, and the bounding
// boxes of small filled shapes. Curves never make a rule, clipping paths
// (ended by n) are never painted, and colours are ignored.

// pdfRule is a drawn horizontal or vertical line in user space: for a
// horizontal rule pos is its y and lo..hi its x extent; for a vertical rule
// pos is its x and lo..hi its y extent.
type pdfRule struct {
	vertical bool
	pos      float64
	lo, hi   float64
	width    float64 // stroke width or rectangle thickness
	image    bool    // an image painted as a thin rectangle (imageRule)
}

// pdfShape is the bounding box of a small filled shape (a drawn bullet, a
// check box), in user space.
type pdfShape struct{ x0, y0, x1, y1 float64 }

const (
	// pdfRuleThickness is the thickest filled rectangle still taken as a
	// line: table borders are drawn from a hairline to about 1.5 pt.
	pdfRuleThickness = 2.5
	// pdfMaxShape is the largest side of a filled shape kept as a possible
	// bullet or mark; larger fills are backgrounds and boxes.
	pdfMaxShape = 20.0
	// pdfMaxPathItems bounds the rules and shapes kept per page and the
	// points of one path, so a page of drawn noise stays cheap.
	pdfMaxPathItems = 50_000
)

type pdfPoint struct{ x, y float64 }

// pdfSubpath is one subpath in user space; curved is set when it contains a
// Bézier curve (its points then include the control points).
type pdfSubpath struct {
	pts    []pdfPoint
	closed bool
	curved bool
}

// pdfPath is the path under construction, transformed as it is built: the
// CTM cannot change between path construction and painting.
type pdfPath struct {
	subs []pdfSubpath
	n    int // points in subs
}

func (p *pdfPath) add(op string, args []pdfOperand, ctm pdfMatrix) {
	if p.n >= pdfMaxPathItems {
		return
	}
	pt := func(i int) pdfPoint {
		x, y := pdfArg(args, i), pdfArg(args, i+1)
		return pdfPoint{x*ctm[0] + y*ctm[2] + ctm[4], x*ctm[1] + y*ctm[3] + ctm[5]}
	}
	cur := func() *pdfSubpath {
		if len(p.subs) == 0 {
			p.subs = append(p.subs, pdfSubpath{pts: []pdfPoint{pt(0)}})
		}
		return &p.subs[len(p.subs)-1]
	}
	switch op {
	case "m":
		p.subs = append(p.subs, pdfSubpath{pts: []pdfPoint{pt(0)}})
		p.n++
	case "l":
		s := cur()
		s.pts = append(s.pts, pt(0))
		p.n++
	case "c", "v", "y":
		s := cur()
		from := s.pts[len(s.pts)-1]
		var ctrl []pdfPoint
		for i := 0; i+1 < len(args); i += 2 {
			ctrl = append(ctrl, pt(i))
		}
		if len(ctrl) > 0 && pdfStraight(from, ctrl) {
			// a curve whose control points lie on the chord is that line:
			// react-pdf draws a cell's border as lines and such curves,
			// the corners' radius 0 (FT-40)
			s.pts = append(s.pts, ctrl[len(ctrl)-1])
			p.n++
			return
		}
		s.pts = append(s.pts, ctrl...)
		p.n += len(ctrl)
		s.curved = true
	case "h":
		if len(p.subs) > 0 {
			p.subs[len(p.subs)-1].closed = true
		}
	case "re":
		x, y, w, h := pdfArg(args, 0), pdfArg(args, 1), pdfArg(args, 2), pdfArg(args, 3)
		corner := func(x, y float64) pdfPoint {
			return pdfPoint{x*ctm[0] + y*ctm[2] + ctm[4], x*ctm[1] + y*ctm[3] + ctm[5]}
		}
		p.subs = append(p.subs, pdfSubpath{closed: true, pts: []pdfPoint{
			corner(x, y), corner(x+w, y), corner(x+w, y+h), corner(x, y+h)}})
		p.n += 4
	}
}

// pdfStraight reports whether the Bézier curve from from through the
// points pts (its control points, then its end) is a straight segment:
// every control point within a hundredth of a point of the chord and
// between its ends.
func pdfStraight(from pdfPoint, pts []pdfPoint) bool {
	to := pts[len(pts)-1]
	dx, dy := to.x-from.x, to.y-from.y
	n := math.Hypot(dx, dy)
	for _, c := range pts[:len(pts)-1] {
		if n < 1e-9 {
			if math.Hypot(c.x-from.x, c.y-from.y) > 0.01 {
				return false
			}
			continue
		}
		along := ((c.x-from.x)*dx + (c.y-from.y)*dy) / n
		if math.Abs((c.x-from.x)*dy-(c.y-from.y)*dx)/n > 0.01 || along < -0.01 || along > n+0.01 {
			return false
		}
	}
	return true
}

// paint records the rules and shapes of the current path and clears it.
func (in *pdfInterp) paint(p *pdfPath, op string, g pdfTextState) {
	defer func() { p.subs, p.n = p.subs[:0], 0 }()
	stroke := strings.ContainsAny(op, "SsBb")
	fill := strings.ContainsAny(op, "fFBb")
	closeAll := op == "s" || op == "b" || op == "b*"
	lw := max(math.Abs(g.lineWidth)*math.Sqrt(math.Abs(g.ctm[0]*g.ctm[3]-g.ctm[1]*g.ctm[2])), 0.1)
	for _, s := range p.subs {
		if len(in.rules)+len(in.shapes)+len(in.bands) >= pdfMaxPathItems {
			return
		}
		if stroke && !s.curved {
			in.strokeRules(s, s.closed || closeAll, lw)
		}
		if fill {
			in.fillShape(s, g.fill)
		}
	}
}

// strokeRules keeps the axis-parallel segments of a stroked subpath.
func (in *pdfInterp) strokeRules(s pdfSubpath, closed bool, lw float64) {
	n := len(s.pts)
	segs := n - 1
	if closed && n > 2 {
		segs = n
	}
	for i := range segs {
		a, b := s.pts[i], s.pts[(i+1)%n]
		dx, dy := math.Abs(a.x-b.x), math.Abs(a.y-b.y)
		switch {
		case dy < 0.5 && dx >= 1:
			in.rules = append(in.rules, pdfRule{pos: (a.y + b.y) / 2, lo: min(a.x, b.x), hi: max(a.x, b.x), width: lw})
		case dx < 0.5 && dy >= 1:
			in.rules = append(in.rules, pdfRule{vertical: true, pos: (a.x + b.x) / 2, lo: min(a.y, b.y), hi: max(a.y, b.y), width: lw})
		}
	}
}

// pdfClipBox returns the clipping box after path becomes a clipping path
// (W, W*): the bounding box of its points, within the box before when
// there was one. An empty path clips nothing more.
func pdfClipBox(path pdfPath, clip [4]float64, clipped bool) ([4]float64, bool) {
	box := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, s := range path.subs {
		for _, pt := range s.pts {
			box = [4]float64{min(box[0], pt.x), min(box[1], pt.y), max(box[2], pt.x), max(box[3], pt.y)}
		}
	}
	if box[0] > box[2] {
		return clip, clipped
	}
	if clipped {
		box = [4]float64{max(box[0], clip[0]), max(box[1], clip[1]), min(box[2], clip[2]), min(box[3], clip[3])}
	}
	return box, true
}

// pdfClipTolerance is how far, in points, a glyph's middle may stand
// outside the clipping box and still be shown.
const pdfClipTolerance = 1.0

// pdfClippedAway reports whether an upright glyph's middle lies outside
// the clipping box: a viewer does not show it. Calligra (Qt) draws the
// first line of a paragraph that goes on on the next page once more just
// below the page's text frame, clipped away; FT-109 had read it twice
// ("… als zij koortsvrij die beroepsmatig …"). A turned glyph is kept.
func pdfClippedAway(g pdfGlyph, clip [4]float64) bool {
	if g.rot != 0 {
		return false
	}
	x, y := g.x+max(g.w, 0)/2, g.y+0.3*g.size
	return x < clip[0]-pdfClipTolerance || x > clip[2]+pdfClipTolerance || y < clip[1]-pdfClipTolerance || y > clip[3]+pdfClipTolerance
}

// imageRule keeps an image painted as a thin rectangle as the rule it
// draws: an image fills the unit square the CTM maps onto the page, and
// Ghostscript writes the rules dvips draws (LaTeX's \hline, the sides of
// a tabular's cells) as 1×1 image masks stretched to the rule's length
// (FT-103's dose table had no rules at all). Other images are no rule,
// and image rules count only in a grid (pdfRuledRegions).
func (in *pdfInterp) imageRule(ctm pdfMatrix) {
	if len(in.rules)+len(in.shapes)+len(in.bands) >= pdfMaxPathItems {
		return
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, c := range [4][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
		x, y := c[0]*ctm[0]+c[1]*ctm[2]+ctm[4], c[0]*ctm[1]+c[1]*ctm[3]+ctm[5]
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
	}
	w, h := x1-x0, y1-y0
	switch {
	case h <= pdfRuleThickness && w >= 3*max(h, 0.5):
		in.rules = append(in.rules, pdfRule{pos: (y0 + y1) / 2, lo: x0, hi: x1, width: h, image: true})
	case w <= pdfRuleThickness && h >= 3*max(w, 0.5):
		in.rules = append(in.rules, pdfRule{vertical: true, pos: (x0 + x1) / 2, lo: y0, hi: y1, width: w, image: true})
	}
}

// fillShape keeps a filled subpath that is a thin rectangle (a rule) or a
// small shape, and the edges of a larger rectangle in a colour
// (pdfBandEdges).
func (in *pdfInterp) fillShape(s pdfSubpath, colour pdfColour) {
	if len(s.pts) < 3 {
		return
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, pt := range s.pts {
		x0, y0, x1, y1 = min(x0, pt.x), min(y0, pt.y), max(x1, pt.x), max(y1, pt.y)
	}
	w, h := x1-x0, y1-y0
	switch {
	case !s.curved && h <= pdfRuleThickness && w >= 3*max(h, 0.5):
		in.rules = append(in.rules, pdfRule{pos: (y0 + y1) / 2, lo: x0, hi: x1, width: h})
	case !s.curved && w <= pdfRuleThickness && h >= 3*max(w, 0.5):
		in.rules = append(in.rules, pdfRule{vertical: true, pos: (x0 + x1) / 2, lo: y0, hi: y1, width: w})
	case w > 0 && h > 0 && w <= pdfMaxShape && h <= pdfMaxShape:
		in.shapes = append(in.shapes, pdfShape{x0, y0, x1, y1})
	case !colour.white() && !s.curved && pdfAxisRect(s.pts) && h <= pdfMaxBand && w > pdfMaxShape:
		in.bands = append(in.bands, pdfFill{pdfShape{x0, y0, x1, y1}, colour})
	}
}

// pdfMaxBand is the tallest filled rectangle whose edges are kept: a
// table row or cell in a colour is lower; a taller fill is a page's or a
// box's background.
const pdfMaxBand = 200.0

// pdfFill is a filled rectangle in a colour, larger than a mark: a table
// row's or cell's shading, a box's background. A table that parts its rows by shading alone ("zebra" rows, a
// group's heading row in a colour; LaTeX's \rowcolors, a word
// processor's banded rows) draws no line between them, and its rows,
// whose cells wrap, would be read as one; the edges of the shading are
// where the rows meet. They part the rows of a table that drawn rules
// outline (pdfWithBands), and outline none themselves: a shaded box or
// heading is no table.
type pdfFill struct {
	pdfShape
	colour pdfColour
}

// pdfAxisRect reports whether the points are the four corners of a
// rectangle whose sides are horizontal and vertical (a closing point equal
// to the first one allowed).
func pdfAxisRect(pts []pdfPoint) bool {
	if n := len(pts); n == 5 && math.Abs(pts[4].x-pts[0].x) < 0.01 && math.Abs(pts[4].y-pts[0].y) < 0.01 {
		pts = pts[:4]
	}
	if len(pts) != 4 {
		return false
	}
	for i := range pts {
		a, b := pts[i], pts[(i+1)%4]
		if math.Abs(a.x-b.x) > 0.01 && math.Abs(a.y-b.y) > 0.01 {
			return false
		}
	}
	return true
}

// pdfColour is a fill colour as its operator set it: its components (one
// gray, three RGB or four CMYK), or a pattern. Comparable, so fills of one
// colour are found by ==; made without allocating, as a page sets colours
// for nearly every run of text.
type pdfColour struct {
	n       int8 // components; 0 for the initial black or a new colour space
	v       [4]float32
	pattern bool
}

// white reports whether the colour is white: gray 1, RGB 1 1 1 or CMYK
// 0 0 0 0, which paints nothing on paper.
func (c pdfColour) white() bool {
	const near = 0.01
	v := c.v
	switch c.n {
	case 1:
		return v[0] >= 1-near
	case 3:
		return min(v[0], v[1], v[2]) >= 1-near
	case 4:
		return max(v[0], v[1], v[2], v[3]) <= near
	}
	return false
}

// pdfFillColour returns the fill colour a colour operator sets (g, rg, k,
// sc, scn): a pattern for scn ending in a name; a new colour space (cs)
// starts at its initial colour, black or full ink.
func pdfFillColour(op string, args []pdfOperand) pdfColour {
	var c pdfColour
	if op == "cs" {
		return c
	}
	for _, a := range args {
		if a.kind != 'n' {
			return pdfColour{pattern: true}
		}
		if int(c.n) < len(c.v) {
			c.v[c.n] = float32(a.Float64())
			c.n++
		}
	}
	return c
}
