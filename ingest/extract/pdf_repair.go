package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"

	"github.com/bronwijzer/bronwijzer"
)

// What the parser (ledongthuc/pdf) would refuse or mishandle is fixed here
// before it sees the file, as poppler and pdfcpu do when they open damaged
// files:
//
//   - the header is looked for in the first 1024 bytes (a banner may come
//     first) and may carry blanks or a 2.x version;
//   - the cross-reference data is checked against the file before the parser
//     sizes its tables by it: one xref subsection starting at object 2^32
//     made the parser allocate 128 GiB (issue 14);
//   - a file whose xref is wrong or missing, whose streams use a filter
//     the parser lacks (LZW, ASCIIHex, RunLength), or whose object streams
//     are too large for the parser's way of reading them, is rebuilt: its
//     objects are found by scanning for "N G obj", object streams unpacked,
//     streams decoded (pdf_filters.go), and a fresh xref table written.

// Limits of the cross-reference check.
const (
	// pdfMaxObjects is the PDF specification's implementation limit on
	// indirect objects (ISO 32000-1, Annex C): higher numbers are damage.
	pdfMaxObjects = 8_388_607
	// pdfHeaderWindow is how far into the file the header is looked for.
	pdfHeaderWindow = 1024
	// pdfMaxXrefSections bounds a /Prev chain (a loop is damage too).
	pdfMaxXrefSections = 256
)

const (
	msgPDFRepaired = "de interne inhoudsopgave van de PDF (xref) was beschadigd en is hersteld door het bestand te doorzoeken; " +
		"controleer of de tekst volledig is (repaired cross-reference table)"
	msgPDFTruncatedRepaired = "PDF is onvolledig: het einde van het bestand ontbreekt (afgebroken tijdens downloaden of kopiëren?), " +
		"maar alle objecten waren aanwezig en de inhoudsopgave is hersteld; controleer of de tekst volledig is (truncated PDF, repaired)"
	msgPDFXrefBroken = "PDF kon niet worden gelezen: de interne inhoudsopgave (xref) is beschadigd en het bestand kon niet worden hersteld (broken cross-reference table)"
)

var pdfHeaderRE = regexp.MustCompile(`%PDF-(\d)\.(\d)`)

// pdfFindHeader returns the offset of "%PDF-x.y" within the first 1024
// bytes, or -1.
func pdfFindHeader(data []byte) int {
	loc := pdfHeaderRE.FindIndex(data[:min(len(data), pdfHeaderWindow)])
	if loc == nil {
		return -1
	}
	return loc[0]
}

// pdfFixHeader returns data with a header the parser accepts at offset 0
// ("%PDF-1.[0-7]" and an end of line), keeping every byte offset: the
// version is rewritten in place, a blank after it becomes a newline, and a
// banner before the header is overwritten by a header and a comment. ok is
// false when that cannot be done in place (a banner shorter than a header
// line); the file is then rebuilt.
func pdfFixHeader(data []byte, at int) (fixed []byte, ok bool) {
	const header = "%PDF-1.7\n"
	if at == 0 && pdfHeaderOK(data) {
		return data, true
	}
	out := bytes.Clone(data)
	switch {
	case at == 0:
		copy(out, "%PDF-1.7")
		if len(out) > 8 && (out[8] == ' ' || out[8] == '\t' || out[8] == '\f' || out[8] == 0) {
			out[8] = '\n'
		}
		return out, pdfHeaderOK(out)
	case at >= len(header)+2:
		// "%PDF-1.7\n%" then the banner's bytes become one comment line;
		// the old header line is a comment in its own right.
		copy(out, header+"%")
		for i := len(header) + 1; i < at; i++ {
			if out[i] == '\r' || out[i] == '\n' {
				out[i] = ' '
			}
		}
		out[at-1] = '\n'
		return out, true
	}
	return nil, false
}

// pdfHeaderOK mirrors the parser's header check.
func pdfHeaderOK(data []byte) bool {
	return len(data) > 9 && bytes.HasPrefix(data, []byte("%PDF-1.")) &&
		data[7] >= '0' && data[7] <= '7' && (data[8] == '\r' || data[8] == '\n')
}

// pdfXrefProblem checks the cross-reference sections reachable from the
// last startxref against the file: every subsection and xref stream /Index
// range within pdfMaxObjects and within what the file could hold, every
// in-use offset inside the file, /Size sane, /Prev chains finite. It returns
// "" for a file the parser may open, else what is wrong (for logs). It
// reads; it never allocates in proportion to what the file claims.
func pdfXrefProblem(data []byte) string {
	start, ok := pdfStartxref(data)
	if !ok {
		return "" // the parser reports a missing startxref or %%EOF itself
	}
	// A table of a million entries costs the parser about 40 MB; beyond
	// that the file must be big enough to hold the objects it numbers.
	maxObj := min(pdfMaxObjects, max(int64(len(data)), 1_000_000))
	seen := map[int64]bool{}
	for off := start; off >= 0; {
		if seen[off] || len(seen) >= pdfMaxXrefSections {
			return "xref /Prev chain loops"
		}
		seen[off] = true
		if off >= int64(len(data)) {
			return fmt.Sprintf("xref offset %d beyond the end of the file (%d bytes)", off, len(data))
		}
		var problem string
		off, problem = pdfCheckXrefSection(data, off, maxObj)
		if problem != "" {
			return problem
		}
	}
	return ""
}

var (
	pdfStartxrefRE = regexp.MustCompile(`startxref\s+(\d+)`)
	pdfIntRE       = regexp.MustCompile(`^\s*(\d+)\s+(\d+)\s*[\r\n]`)
	pdfEntryRE     = regexp.MustCompile(`^\s*(\d+)\s+(\d+)\s+([fn])`)
)

// pdfStartxref returns the offset after the last "startxref".
func pdfStartxref(data []byte) (int64, bool) {
	tail := data[max(0, len(data)-1024):]
	all := pdfStartxrefRE.FindAllSubmatch(tail, -1)
	if len(all) == 0 {
		return 0, false
	}
	n, err := strconv.ParseInt(string(all[len(all)-1][1]), 10, 64)
	return n, err == nil
}

// pdfCheckXrefSection checks the section at off and returns its /Prev
// offset (-1 for none).
func pdfCheckXrefSection(data []byte, off, maxObj int64) (prev int64, problem string) {
	b := data[off:]
	trimmed := bytes.TrimLeft(b, " \t\r\n\f\x00")
	if !bytes.HasPrefix(trimmed, []byte("xref")) {
		return pdfCheckXrefStream(data, off, maxObj)
	}
	b = trimmed[4:]
	numbered := int64(0) // one more than the highest object number the table holds
	for {
		m := pdfIntRE.FindSubmatchIndex(b)
		if m == nil {
			break // "trailer" or damage the parser reports
		}
		first, err1 := strconv.ParseInt(string(b[m[2]:m[3]]), 10, 64)
		count, err2 := strconv.ParseInt(string(b[m[4]:m[5]]), 10, 64)
		if err1 != nil || err2 != nil || first > maxObj || count > maxObj || first+count > maxObj+1 {
			return -1, fmt.Sprintf("xref subsection %s %s out of range", b[m[2]:m[3]], b[m[4]:m[5]])
		}
		if count*18 > int64(len(b)) {
			return -1, fmt.Sprintf("xref subsection of %d entries longer than the file", count)
		}
		numbered = max(numbered, first+count)
		b = b[m[1]:]
		for i := range count {
			e := pdfEntryRE.FindSubmatchIndex(b)
			if e == nil {
				return -1, "malformed xref entry"
			}
			entryOff, err := strconv.ParseInt(string(b[e[2]:e[3]]), 10, 64)
			if b[e[6]] == 'n' && (err != nil || entryOff >= int64(len(data))) {
				return -1, fmt.Sprintf("xref entry offset %s beyond the end of the file", b[e[2]:e[3]])
			}
			if b[e[6]] == 'n' && first+i > 0 && !pdfObjectAt(data, entryOff, first+i) {
				return -1, fmt.Sprintf("xref entry of object %d points elsewhere (offset %d)", first+i, entryOff)
			}
			b = b[e[1]:]
		}
	}
	i := bytes.Index(b, []byte("trailer"))
	if i < 0 {
		return -1, "xref table without trailer"
	}
	dict := b[i+len("trailer"):]
	at := pdfSkipSpace(dict, 0)
	dict = dict[at:pdfSkipValue(dict, at)] // the dictionary only: an outline's /Prev may follow
	if size, ok := pdfDictInt(dict, "Size"); ok && size > maxObj+1 {
		return -1, fmt.Sprintf("trailer /Size %d out of range", size)
	} else if ok && size < numbered {
		// (the parser reads no object from /Size on: pdfunite writes
		// /Size 38 over a table of 58, and its merged pages lost their
		// root and every page, FT-77)
		return -1, fmt.Sprintf("trailer /Size %d below the %d objects its xref table numbers", size, numbered)
	}
	if p, ok := pdfDictInt(dict, "Prev"); ok {
		return p, ""
	}
	return -1, ""
}

// pdfCheckXrefStream checks a cross-reference stream's dictionary.
func pdfCheckXrefStream(data []byte, off, maxObj int64) (prev int64, problem string) {
	b := data[off:min(int64(len(data)), off+4096)]
	end := bytes.Index(b, []byte("stream"))
	if end < 0 || !bytes.Contains(b[:end], []byte("/XRef")) {
		return -1, "" // not an xref stream: the parser says so itself
	}
	dict := b[:end]
	if size, ok := pdfDictInt(dict, "Size"); ok && size > maxObj+1 {
		return -1, fmt.Sprintf("xref stream /Size %d out of range", size)
	}
	if idx := pdfIndexRE.FindSubmatch(dict); idx != nil {
		nums := pdfNumRE.FindAll(idx[1], -1)
		for i := 0; i+1 < len(nums); i += 2 {
			first, err1 := strconv.ParseInt(string(nums[i]), 10, 64)
			count, err2 := strconv.ParseInt(string(nums[i+1]), 10, 64)
			if err1 != nil || err2 != nil || first+count > maxObj+1 {
				return -1, fmt.Sprintf("xref stream /Index %s %s out of range", nums[i], nums[i+1])
			}
		}
	}
	if w := pdfWRE.FindSubmatch(dict); w != nil {
		for _, n := range pdfNumRE.FindAll(w[1], -1) {
			if v, err := strconv.Atoi(string(n)); err != nil || v > 8 {
				return -1, "xref stream /W field wider than 8 bytes"
			}
		}
	}
	if p, ok := pdfDictInt(dict, "Prev"); ok {
		return p, ""
	}
	return -1, ""
}

var (
	pdfIndexRE = regexp.MustCompile(`/Index\s*\[([^\]]*)\]`)
	pdfWRE     = regexp.MustCompile(`/W\s*\[([^\]]*)\]`)
	pdfNumRE   = regexp.MustCompile(`\d+`)
)

// pdfObjectAt reports whether "num G obj" starts at off (after blanks).
func pdfObjectAt(data []byte, off, num int64) bool {
	b := bytes.TrimLeft(data[off:min(int64(len(data)), off+64)], " \t\r\n\f\x00")
	want := strconv.AppendInt(nil, num, 10)
	if !bytes.HasPrefix(b, want) || len(b) == len(want) || !pdfIsSpace(b[len(want)]) {
		return false
	}
	m := pdfGenObjRE.FindIndex(b[len(want):])
	return m != nil
}

var pdfGenObjRE = regexp.MustCompile(`^\s+\d+\s+obj\b`)

func pdfIsSpace(c byte) bool { return bytes.IndexByte([]byte(" \t\r\n\f\x00"), c) >= 0 }

var pdfKeyIntRE = map[string]*regexp.Regexp{
	"Size": regexp.MustCompile(`/Size\s+(\d+)(\s+\d+\s+R)?`),
	"Prev": regexp.MustCompile(`/Prev\s+(\d+)(\s+\d+\s+R)?`),
}

// pdfDictInt finds "/Size 123" or "/Prev 123" (a direct integer) in b.
func pdfDictInt(b []byte, key string) (int64, bool) {
	m := pdfKeyIntRE[key].FindSubmatch(b)
	if m == nil || len(m[2]) > 0 {
		return 0, false
	}
	n, err := strconv.ParseInt(string(m[1]), 10, 64)
	return n, err == nil
}

// pdfRepair prepares data for the parser: header, xref check, rebuild.
// warnings say what was repaired. check false skips the xref check (tests
// of the worker's containment hand the parser the unchecked file).
func pdfRepair(data []byte, check bool) ([]byte, []string, error) {
	at := pdfFindHeader(data)
	if at < 0 {
		return nil, nil, bronwijzer.Errorf(bronwijzer.EUNSUPPORTED, "%s", msgPDFNotPDF)
	}
	fixed, ok := pdfFixHeader(data, at)
	rebuild := !ok || pdfNeedsFilters(data) || pdfLargeObjectStream(data)
	var problem string
	if ok && check {
		problem = pdfXrefProblem(fixed)
		rebuild = rebuild || problem != ""
	}
	if !rebuild {
		return fixed, nil, nil
	}
	out, err := pdfRebuild(data[at:])
	if err != nil {
		return nil, nil, bronwijzer.WrapError(bronwijzer.EINVALID, fmt.Errorf("%s; rebuild: %w", problem, err), "%s", msgPDFXrefBroken)
	}
	if problem != "" {
		return out, []string{msgPDFRepaired}, nil
	}
	return out, nil, nil
}

// pdfLastObjectComplete reports whether the file's last "N G obj" has its
// "endobj": a file cut after its last object lost only its xref table.
func pdfLastObjectComplete(data []byte) bool {
	locs := pdfObjRE.FindAllIndex(data[max(0, len(data)-(4<<20)):], -1)
	if len(locs) == 0 {
		return false
	}
	last := locs[len(locs)-1][1] + max(0, len(data)-(4<<20))
	return bytes.Contains(data[last:], []byte("endobj"))
}

// pdfMaxStreamObjects is the most objects one object stream may hold
// before the file is rebuilt with them unpacked. The parser inflates an
// object stream from its start for every object it resolves from it, so n
// objects cost n²/2 objects' worth of inflating: 3000 took 4.8 s and
// 32,000 (bug1978317.pdf of pdf.js's suite) more than a minute; rebuilt,
// 46 ms and 1.3 s. Object streams of ordinary files hold at most a few
// hundred objects.
const pdfMaxStreamObjects = 1000

var pdfObjStmRE = regexp.MustCompile(`/Type\s*/ObjStm\b`)

// pdfLargeObjectStream reports whether an object stream's dictionary claims
// more than pdfMaxStreamObjects objects (/N near its /Type; a neighbour's
// /N mistaken for it only costs a rebuild).
func pdfLargeObjectStream(data []byte) bool {
	for _, m := range pdfObjStmRE.FindAllIndex(data, -1) {
		dict := data[max(0, m[0]-256):min(len(data), m[1]+256)]
		for _, n := range pdfNRE.FindAllSubmatch(dict, -1) {
			if v, err := strconv.Atoi(string(n[1])); err == nil && v > pdfMaxStreamObjects {
				return true
			}
		}
	}
	return false
}

// pdfObject is one "N G obj … endobj" found by scanning.
type pdfObject struct {
	num, gen int64
	pos      int    // where it is defined (an object stream's own offset for its members): later wins
	dict     []byte // the object without its stream data (whole body for non-streams)
	stream   []byte // raw stream data; nil for non-streams
}

var pdfObjRE = regexp.MustCompile(`(?:^|[\r\n\s])(\d{1,7})\s+(\d{1,5})\s+obj\b`)

// pdfScanObjects finds every indirect object by its "N G obj" line; a later
// definition of a number replaces an earlier one (incremental updates
// append).
func pdfScanObjects(data []byte) map[int64]pdfObject {
	objs := map[int64]pdfObject{}
	locs := pdfObjRE.FindAllSubmatchIndex(data, -1)
	for i, m := range locs {
		num, _ := strconv.ParseInt(string(data[m[2]:m[3]]), 10, 64)
		gen, _ := strconv.ParseInt(string(data[m[4]:m[5]]), 10, 64)
		if num <= 0 || num > pdfMaxObjects {
			continue
		}
		limit := len(data)
		if i+1 < len(locs) {
			limit = locs[i+1][0]
		}
		o, ok := pdfParseObject(data, m[1], limit)
		if !ok {
			continue
		}
		o.num, o.gen, o.pos = num, gen, m[0]
		objs[num] = o
	}
	return objs
}

var (
	pdfStreamRE = regexp.MustCompile(`\bstream(\r\n|\n|\r)`)
	pdfLengthRE = regexp.MustCompile(`/Length\s+(\d+)(\s+\d+\s+R)?`)
)

// pdfParseObject reads the body of an object that starts at from (after
// "obj") and must end before limit, the next object's header.
func pdfParseObject(data []byte, from, limit int) (pdfObject, bool) {
	body := data[from:limit]
	s := pdfStreamRE.FindIndex(body)
	endobj := bytes.Index(body, []byte("endobj"))
	if s == nil || (endobj >= 0 && endobj < s[0]) {
		if endobj < 0 {
			endobj = len(body) // a last object cut short: keep what is there
		}
		return pdfObject{dict: bytes.TrimSpace(body[:endobj])}, true
	}
	dict := bytes.TrimSpace(body[:s[0]])
	rest := data[from+s[1]:]
	// The data length: a direct /Length when "endstream" follows it, else
	// up to the first "endstream" (which binary data may contain, rarely).
	if m := pdfLengthRE.FindSubmatch(dict); m != nil && len(m[2]) == 0 {
		if n, err := strconv.Atoi(string(m[1])); err == nil && n <= len(rest) &&
			bytes.HasPrefix(bytes.TrimLeft(rest[n:], "\r\n \t"), []byte("endstream")) {
			return pdfObject{dict: dict, stream: rest[:n]}, true
		}
	}
	e := bytes.Index(rest, []byte("endstream"))
	if e < 0 {
		return pdfObject{}, false
	}
	raw := rest[:e]
	raw = bytes.TrimSuffix(raw, []byte("\n"))
	raw = bytes.TrimSuffix(raw, []byte("\r"))
	return pdfObject{dict: dict, stream: raw}, true
}

var (
	pdfRootRE    = regexp.MustCompile(`/Root\s+(\d+\s+\d+\s+R)`)
	pdfInfoRE    = regexp.MustCompile(`/Info\s+(\d+\s+\d+\s+R)`)
	pdfEncryptRE = regexp.MustCompile(`/Encrypt\s+(\d+\s+\d+\s+R)`)
	pdfIDRE      = regexp.MustCompile(`/ID\s*\[\s*<[0-9A-Fa-f\s]*>\s*<[0-9A-Fa-f\s]*>\s*\]`)
	pdfCatalogRE = regexp.MustCompile(`/Type\s*/Catalog\b`)
	pdfTypeRE    = regexp.MustCompile(`/Type\s*/(XRef|ObjStm)\b`)
)

// pdfRebuild writes a new file from the objects found by scanning, with
// object streams unpacked, streams with filters the parser lacks decoded,
// and a fresh xref table and trailer.
func pdfRebuild(data []byte) ([]byte, error) {
	objs := pdfScanObjects(data)
	if len(objs) == 0 {
		return nil, fmt.Errorf("no objects found")
	}
	trailer := pdfLastTrailer(data)
	encrypted := pdfEncryptRE.Match(trailer)
	if !encrypted {
		pdfUnpackObjectStreams(objs)
	}
	root := pdfFindRoot(data, objs)
	if root == "" {
		return nil, fmt.Errorf("no document catalog found")
	}
	nums := make([]int64, 0, len(objs))
	for n, o := range objs {
		if m := pdfTypeRE.FindSubmatch(o.dict); m != nil && o.stream != nil {
			continue // xref and object streams mean nothing in the new file
		}
		nums = append(nums, n)
	}
	slices.Sort(nums)
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := map[int64]int{}
	for _, n := range nums {
		o := objs[n]
		offsets[n] = b.Len()
		fmt.Fprintf(&b, "%d %d obj\n", n, o.gen)
		switch {
		case o.stream == nil:
			b.Write(o.dict)
		default:
			dict, stream := o.dict, o.stream
			if !encrypted { // encrypted data cannot be decoded here
				dict, stream = pdfDecodeStream(dict, stream)
			}
			b.Write(pdfWithLength(dict, len(stream)))
			b.WriteString("\nstream\n")
			b.Write(stream)
			b.WriteString("\nendstream")
		}
		b.WriteString("\nendobj\n")
	}
	size := nums[len(nums)-1] + 1
	xref := b.Len()
	// One subsection per run of consecutive numbers: no table entry for a
	// gap, however large.
	b.WriteString("xref\n0 1\n0000000000 65535 f \n")
	for i := 0; i < len(nums); {
		j := i + 1
		for j < len(nums) && nums[j] == nums[j-1]+1 {
			j++
		}
		fmt.Fprintf(&b, "%d %d\n", nums[i], j-i)
		for _, n := range nums[i:j] {
			fmt.Fprintf(&b, "%010d %05d n \n", offsets[n], objs[n].gen)
		}
		i = j
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s", size, root)
	for _, re := range []*regexp.Regexp{pdfInfoRE, pdfEncryptRE, pdfIDRE} {
		if m := re.Find(trailer); m != nil {
			b.WriteString(" ")
			b.Write(m)
		}
	}
	fmt.Fprintf(&b, " >>\nstartxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes(), nil
}

// pdfLastTrailer returns the text of the last trailer dictionary or xref
// stream dictionary, where /Root and /Info are named.
func pdfLastTrailer(data []byte) []byte {
	if i := bytes.LastIndex(data, []byte("trailer")); i >= 0 {
		return data[i:min(len(data), i+2048)]
	}
	if i := bytes.LastIndex(data, []byte("/XRef")); i >= 0 {
		return data[max(0, i-1024):min(len(data), i+1024)]
	}
	return nil
}

// pdfFindRoot returns the catalog reference ("1 0 R"): the trailer's /Root
// when that object exists, else the last object typed /Catalog.
func pdfFindRoot(data []byte, objs map[int64]pdfObject) string {
	if m := pdfRootRE.FindSubmatch(pdfLastTrailer(data)); m != nil {
		var n, g int64
		if _, err := fmt.Sscanf(string(m[1]), "%d %d", &n, &g); err == nil {
			if _, ok := objs[n]; ok {
				return string(m[1])
			}
		}
	}
	var best int64 = -1
	for n, o := range objs {
		if pdfCatalogRE.Match(o.dict) && n > best {
			best = n
		}
	}
	if best < 0 {
		return ""
	}
	return fmt.Sprintf("%d %d R", best, objs[best].gen)
}
