package extract

import (
	"bytes"
	"io"
	"regexp"
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/filter"
)

// The parser decodes only FlateDecode (with the PNG Up predictor) and
// ASCII85Decode; a stream with any other filter panics when read, which
// loses its page. LZW, ASCIIHex and RunLength streams occur in files from
// older producers; they are decoded here, with pdfcpu's filters, while the
// file is rebuilt (pdf_repair.go), and written back without a filter. Image
// streams are left alone: the text extractor never reads them.

// pdfFilterNames maps filter names, abbreviations included, to pdfcpu's.
var pdfFilterNames = map[string]string{
	"ASCIIHexDecode": filter.ASCIIHex, "AHx": filter.ASCIIHex,
	"ASCII85Decode": filter.ASCII85, "A85": filter.ASCII85,
	"LZWDecode": filter.LZW, "LZW": filter.LZW,
	"RunLengthDecode": filter.RunLength, "RL": filter.RunLength,
	"FlateDecode": filter.Flate, "Fl": filter.Flate,
}

// pdfLackingFilters are the filters the parser does not have.
var pdfLackingFilters = map[string]bool{filter.ASCIIHex: true, filter.LZW: true, filter.RunLength: true}

var pdfLackingFilterRE = regexp.MustCompile(`/(LZWDecode|ASCIIHexDecode|RunLengthDecode|LZW|AHx|RL)\b`)

// pdfNeedsFilters reports whether any stream may use a filter the parser
// lacks (a cheap byte scan; a false positive costs a rebuild).
func pdfNeedsFilters(data []byte) bool {
	for _, m := range pdfLackingFilterRE.FindAllIndex(data, -1) {
		// "/Filter /LZWDecode" or "/Filter [/AHx /LZW]": the name follows
		// /Filter within a few bytes (inline images use the same names
		// without /Filter, after "BI").
		if bytes.Contains(data[max(0, m[0]-64):m[0]], []byte("/Filter")) {
			return true
		}
	}
	return false
}

var (
	pdfFilterRE      = regexp.MustCompile(`/Filter\s*(/[A-Za-z0-9]+|\[[^\]]*\])`)
	pdfNameRE        = regexp.MustCompile(`/([A-Za-z0-9]+)`)
	pdfImageRE       = regexp.MustCompile(`/Subtype\s*/Image\b`)
	pdfDecodeParmsRE = regexp.MustCompile(`/(Predictor|Columns|Colors|BitsPerComponent|EarlyChange)\s+(\d+)`)
)

// pdfStreamFilters returns the pdfcpu names of a stream's filters in order;
// ok is false when one is unknown (an image codec, say).
func pdfStreamFilters(dict []byte) (names []string, ok bool) {
	m := pdfFilterRE.FindSubmatch(dict)
	if m == nil {
		return nil, true
	}
	for _, n := range pdfNameRE.FindAllSubmatch(m[1], -1) {
		name, known := pdfFilterNames[string(n[1])]
		if !known {
			return nil, false
		}
		names = append(names, name)
	}
	return names, true
}

// pdfDecodeStream decodes a stream whose filters include one the parser
// lacks and returns its dictionary without /Filter and /DecodeParms and with
// the new /Length. Anything else, or a stream that fails to decode, comes
// back unchanged (the page then fails to read and is reported).
func pdfDecodeStream(dict, raw []byte) ([]byte, []byte) {
	names, ok := pdfStreamFilters(dict)
	if !ok || pdfImageRE.Match(dict) || !pdfAnyLacking(names) {
		return dict, raw
	}
	decoded, err := pdfDecodeFilters(names, pdfDecodeParms(dict), raw)
	if err != nil {
		return dict, raw
	}
	return pdfDictRemove(dict, "Filter", "DecodeParms"), decoded
}

// pdfWithLength returns a stream dictionary with /Length n, direct.
func pdfWithLength(dict []byte, n int) []byte {
	out := bytes.TrimSpace(pdfDictRemove(dict, "Length"))
	out = bytes.TrimSuffix(out, []byte(">>"))
	return append(out, []byte(" /Length "+strconv.Itoa(n)+" >>")...)
}

func pdfAnyLacking(names []string) bool {
	for _, n := range names {
		if pdfLackingFilters[n] {
			return true
		}
	}
	return false
}

// pdfDecodeParms reads the numeric decode parameters; one set serves every
// filter of the chain (a chain with parameters on two filters is rare).
func pdfDecodeParms(dict []byte) map[string]int {
	i := bytes.Index(dict, []byte("/DecodeParms"))
	if i < 0 {
		return nil
	}
	parms := map[string]int{}
	for _, m := range pdfDecodeParmsRE.FindAllSubmatch(dict[i:], -1) {
		if v, err := strconv.Atoi(string(m[2])); err == nil {
			parms[string(m[1])] = v
		}
	}
	return parms
}

// pdfDecodeFilters applies the chain, each output bounded by
// pdfMaxStreamBytes (a larger stream is refused elsewhere as a bomb).
func pdfDecodeFilters(names []string, parms map[string]int, data []byte) ([]byte, error) {
	for _, name := range names {
		var p map[string]int
		if filter.SupportsDecodeParms(name) {
			p = parms
		}
		f, err := filter.NewFilter(name, p, pdfMaxStreamBytes)
		if err != nil {
			return nil, err
		}
		r, err := f.Decode(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		if data, err = io.ReadAll(io.LimitReader(r, pdfMaxStreamBytes+1)); err != nil {
			return nil, err
		}
	}
	return data, nil
}

// pdfDictRemove returns dict (a "<< … >>" text) without the top-level
// entries named keys.
func pdfDictRemove(dict []byte, keys ...string) []byte {
	var out []byte
	depth, i := 0, 0
	for i < len(dict) {
		c := dict[i]
		switch {
		case c == '<' && i+1 < len(dict) && dict[i+1] == '<':
			depth++
			out = append(out, "<<"...)
			i += 2
			continue
		case c == '>' && i+1 < len(dict) && dict[i+1] == '>':
			depth--
			out = append(out, ">>"...)
			i += 2
			continue
		case c == '/' && depth == 1:
			name := pdfNameAt(dict, i)
			if pdfContains(keys, name) {
				i = pdfSkipValue(dict, pdfSkipSpace(dict, i+1+len(name)))
				continue
			}
		case c == '(' || c == '[' || (c == '<' && depth >= 1):
			j := pdfSkipValue(dict, i)
			out = append(out, dict[i:j]...)
			i = j
			continue
		}
		out = append(out, c)
		i++
	}
	return out
}

func pdfContains(keys []string, name string) bool {
	for _, k := range keys {
		if k == name {
			return true
		}
	}
	return false
}

func pdfNameAt(b []byte, i int) string {
	j := i + 1
	for j < len(b) && !pdfDelimiter(b[j]) {
		j++
	}
	return string(b[i+1 : j])
}

func pdfDelimiter(c byte) bool {
	return bytes.IndexByte([]byte(" \t\r\n\f\x00()<>[]{}/%"), c) >= 0
}

func pdfSkipSpace(b []byte, i int) int {
	for i < len(b) && bytes.IndexByte([]byte(" \t\r\n\f\x00"), b[i]) >= 0 {
		i++
	}
	return i
}

// pdfSkipValue returns the index after the value starting at i: a name, a
// number or reference ("12 0 R"), a string, a hex string, an array or a
// dictionary.
func pdfSkipValue(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch c := b[i]; {
	case c == '/':
		return i + 1 + len(pdfNameAt(b, i))
	case c == '(':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '\\':
				j++
			case '(':
				depth++
			case ')':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return len(b)
	case c == '<' && i+1 < len(b) && b[i+1] == '<', c == '[':
		open, close := "<<", ">>"
		if c == '[' {
			open, close = "[", "]"
		}
		depth := 0
		for j := i; j < len(b); {
			switch {
			case bytes.HasPrefix(b[j:], []byte(open)):
				depth++
				j += len(open)
			case bytes.HasPrefix(b[j:], []byte(close)):
				j += len(close)
				if depth--; depth == 0 {
					return j
				}
			case b[j] == '(' || (b[j] == '<' && c == '[') || (b[j] == '[' && c == '<'):
				j = pdfSkipValue(b, j)
			default:
				j++
			}
		}
		return len(b)
	case c == '<':
		if j := bytes.IndexByte(b[i:], '>'); j >= 0 {
			return i + j + 1
		}
		return len(b)
	}
	// A number, keyword, or reference "N G R".
	j := i
	for j < len(b) && !pdfDelimiter(b[j]) {
		j++
	}
	if m := pdfRefRE.FindIndex(b[i:]); m != nil {
		return i + m[1]
	}
	return j
}

var pdfRefRE = regexp.MustCompile(`^\d+\s+\d+\s+R\b`)

var (
	pdfNRE     = regexp.MustCompile(`/N\s+(\d+)`)
	pdfFirstRE = regexp.MustCompile(`/First\s+(\d+)`)
)

// pdfUnpackObjectStreams adds the objects kept in object streams (PDF 1.5)
// to objs, so the rebuilt file can list them in a plain xref table. Of two
// definitions of a number the later in the file wins (an incremental update
// appends), an object stream's members being where the stream is.
func pdfUnpackObjectStreams(objs map[int64]pdfObject) {
	var streams []pdfObject
	for _, o := range objs {
		streams = append(streams, o)
	}
	for _, o := range streams {
		if m := pdfTypeRE.FindSubmatch(o.dict); m == nil || string(m[1]) != "ObjStm" || o.stream == nil {
			continue
		}
		names, ok := pdfStreamFilters(o.dict)
		if !ok {
			continue
		}
		data, err := pdfDecodeFilters(names, pdfDecodeParms(o.dict), o.stream)
		if err != nil {
			continue
		}
		for num, body := range pdfObjectStreamEntries(o.dict, data) {
			if prev, defined := objs[num]; !defined || prev.pos < o.pos {
				objs[num] = pdfObject{num: num, dict: body, pos: o.pos}
			}
		}
	}
}

// pdfObjectStreamEntries splits a decoded object stream into its objects.
func pdfObjectStreamEntries(dict, data []byte) map[int64][]byte {
	n, first := pdfSubInt(pdfNRE, dict), pdfSubInt(pdfFirstRE, dict)
	if n <= 0 || first <= 0 || first > len(data) || n > len(data)/2 {
		return nil
	}
	nums := pdfNumRE.FindAll(data[:first], 2*n)
	out := map[int64][]byte{}
	for i := 0; i+1 < len(nums); i += 2 {
		num, err1 := strconv.ParseInt(string(nums[i]), 10, 64)
		off, err2 := strconv.Atoi(string(nums[i+1]))
		end := len(data) - first
		if i+3 < len(nums) {
			if next, err := strconv.Atoi(string(nums[i+3])); err == nil {
				end = next
			}
		}
		if err1 != nil || err2 != nil || num <= 0 || num > pdfMaxObjects || off < 0 || off > end || first+end > len(data) {
			continue
		}
		out[num] = bytes.TrimSpace(data[first+off : first+end])
	}
	return out
}

func pdfSubInt(re *regexp.Regexp, b []byte) int {
	m := re.FindSubmatch(b)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}
