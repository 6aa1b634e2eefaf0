package extract

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pdfBuildDocument lays out every page, removes running headers and footers,
// groups lines into blocks, detects headings with document-wide levels and
// assembles the normalised page text.
func pdfBuildDocument(raw []pdfRawPage) *Document {
	body, bodyBold := pdfBodyStyle(raw)
	for i := range raw {
		raw[i].stats.kept = 0
		for _, r := range raw[i].rows {
			for _, w := range r.words {
				raw[i].stats.kept += w.n
			}
		}
	}
	pdfDropRunningRows(raw)
	vocab := make(map[string]int)
	pageBlocks := make([][]pdfBlock, len(raw))
	pageTables := make([][]pdfTable, len(raw))
	numbers := make([]int, len(raw))
	for i := range raw {
		raw[i].rows, pageTables[i] = pdfFindTables(raw[i], body)
		numbers[i] = raw[i].number
		if i > 0 && len(pageTables[i-1]) > 0 {
			// the last rows of the page before's last table, under its
			// header repeated at the top of this page, too few to be found
			// on their own
			prev := &pageTables[i-1][len(pageTables[i-1])-1]
			if t, ok := pdfRepeatedHeaderTable(raw[i].rows, prev, body); ok {
				raw[i].rows = pdfTakeTable(raw[i].rows, &t, body, len(pageTables[i])+1)
				pageTables[i] = append(pageTables[i], t)
			} else if h, n := pdfRepeatedHeaderAt(raw[i].rows, prev); h >= 0 && prev.atFoot &&
				!slices.ContainsFunc(pageTables[i], func(t pdfTable) bool { return t.atTop }) {
				// the header repeated over no row of the table (a note
				// across its columns, jsPDF-AutoTable's FT-39) is no
				// heading of the text under it
				raw[i].rows = slices.Delete(raw[i].rows, h, h+n)
			}
		}
	}
	for i := range raw {
		pdfSideLabels(raw[i].rows, body)
		raw[i].rows = pdfMarginNotes(raw[i].rows, body)
	}
	pdfCaptionsFromPageBefore(raw, pageTables)
	pdfCaptionsFromPageAfter(raw, pageTables)
	for i := range raw {
		lines := pdfLayout(raw[i].rows, body)
		pdfDrawnBullets(lines, raw[i].shapes)
		for k := range lines {
			lines[k].text = normalizeLine(lines[k].text)
			addVocab(vocab, lines[k].text)
		}
		lines = pdfDropContents(&raw[i], lines)
		pageBlocks[i] = pdfBlocks(lines, body, bodyBold)
	}
	pdfHeadingLevels(pageBlocks, body)
	pdfStructure(pageBlocks, body, pageTables)
	doc := &Document{MediaType: MediaTypePDF, Pages: make([]Page, len(raw))}
	doc.Tables = pdfFinishTables(pageTables, numbers, pageBlocks, vocab)
	for i := range raw {
		doc.Pages[i] = pdfAssemblePage(raw[i].number, pageBlocks[i], vocab)
		doc.Pages[i].Running = raw[i].running
		doc.Warnings = append(doc.Warnings, pdfPageWarnings(raw[i], doc.Pages[i])...)
	}
	doc.Title = firstTopHeading(doc.Pages)
	return doc
}

// pdfBodyStyle returns the most frequent glyph size and whether that body
// text is bold (then bold alone does not mark a heading).
func pdfBodyStyle(raw []pdfRawPage) (float64, bool) {
	weight := map[float64]int{}
	bold := map[float64]int{}
	for _, p := range raw {
		for _, r := range p.rows {
			for _, w := range r.words {
				k := math.Round(w.size*2) / 2
				weight[k] += w.n
				bold[k] += w.bold
			}
		}
	}
	body, best := 10.0, 0
	for s, n := range weight {
		if n > best || n == best && s < body {
			body, best = s, n
		}
	}
	return body, bold[body]*2 > weight[body]
}

// pdfDropRunningRows removes rows near the top or bottom edge whose text,
// with digits masked, recurs on at least half of the pages and on two at
// least (in a two-page document at the same height too): running headers,
// footers and page numbers.
func pdfDropRunningRows(raw []pdfRawPage) {
	if len(raw) < 2 {
		return
	}
	pages := map[string]int{}
	keys := make([]map[int]string, len(raw))
	parts := make([]map[int][]string, len(raw))
	rows := map[string]bool{} // every row's text, for the headings a header repeats
	seen := map[string]int{}  // how many rows have each text
	for _, p := range raw {
		for _, r := range p.rows {
			text := strings.ToLower(strings.Join(strings.Fields(r.text()), " "))
			rows[text] = true
			seen[text]++
		}
	}
	for i, p := range raw {
		keys[i] = pdfRunningCandidates(p)
		if len(raw) == 2 {
			pdfPinRunningCandidates(p, keys[i])
		} else {
			parts[i] = pdfRunningParts(p, keys[i], rows)
			pdfHeadingHeads(p, keys[i], parts[i], seen)
		}
		seen := map[string]bool{}
		for j, k := range keys[i] {
			for _, k := range append([]string{k}, parts[i][j]...) {
				if !seen[k] {
					seen[k] = true
					pages[k]++
				}
			}
		}
	}
	threshold := max(2, (len(raw)+1)/2)
	running := func(i, j int) bool {
		k, ok := keys[i][j]
		return ok && (pages[k] >= threshold || slices.ContainsFunc(parts[i][j], func(k string) bool { return pages[k] >= threshold }))
	}
	if !pdfAnyRowLeft(raw, running) {
		return // every row repeats (the same short page several times): that is the text
	}
	for i := range raw {
		var kept []pdfRow
		var dropped []string
		for j, r := range raw[i].rows {
			if !running(i, j) {
				kept = append(kept, r)
			} else {
				dropped = append(dropped, normalizeLine(r.text()))
			}
		}
		raw[i].rows, raw[i].running = kept, strings.Join(dropped, "\n")
	}
}

// pdfAnyRowLeft tells whether some row of the document is not running.
func pdfAnyRowLeft(raw []pdfRawPage, running func(i, j int) bool) bool {
	for i := range raw {
		for j := range raw[i].rows {
			if !running(i, j) {
				return true
			}
		}
	}
	return false
}

var pdfDigits = regexp.MustCompile(`[0-9]+`)

// pdfRunningCandidates returns, by row index, the masked text of the first
// and last three rows when they lie in the top or bottom 12% of the page.
func pdfRunningCandidates(p pdfRawPage) map[int]string {
	out := map[int]string{}
	h := p.box[3] - p.box[1]
	for j, r := range p.rows {
		if j >= 3 && j < len(p.rows)-3 {
			continue
		}
		// (the page's first and last rows reach further in: plain TeX's
		// footline on A4, "– 5 –", stands 12.5% of the page above its
		// foot, FT-116)
		edge := 0.12 * h
		if j == 0 || j == len(p.rows)-1 {
			edge = pdfRunningEdgeRow * h
		}
		zone := ""
		switch {
		case r.y >= p.box[3]-edge:
			zone = "top:"
		case r.y <= p.box[1]+edge:
			zone = "bottom:"
		default:
			continue
		}
		text := strings.ToLower(strings.Join(strings.Fields(r.text()), " "))
		// (a row in a table's rules is the table's, unless it is the
		// page's own number: Calibre's Chromium draws a row broken at the
		// page on into the margin, round the page number printed there)
		if pdfRowInTable(p, r) && text != strconv.Itoa(p.number) {
			continue
		}
		out[j] = zone + pdfDigits.ReplaceAllString(text, "#")
	}
	return out
}

// pdfRunningGap is the least gap, in ems of the row, between the parts of
// a running header set at both ends of the page.
const pdfRunningGap = 4

// pdfRunningParts returns, by row index of the running candidates (keys),
// the masked text of the first and the last part of a row whose words
// stand apart at a gap of pdfRunningGap ems or more: a header that prints
// the title at one end and the current section at the other ("Fictieve
// Standaard Sluiskramp (FT-87) … Anamnese", HTMLDOC's FT-87) repeats in
// its title only.
func pdfRunningParts(p pdfRawPage, keys map[int]string, rows map[string]bool) map[int][]string {
	out := map[int][]string{}
	for j, k := range keys {
		zone, _, _ := strings.Cut(k, ":")
		// or at a separator between them when the part after it is a
		// heading of the document: "Fictieve Standaard Distelwangziekte
		// (FT-118) -- 2.1 Begrippen", rst2pdf's header of the title and
		// ###Section###. Not a part after it that heads nothing else: a
		// Calc sheet's name in its page header ("… (FT-86) – Tabel 1.
		// Dosering bij ribbelhoest") is the only title of its table.
		text := strings.ToLower(strings.Join(strings.Fields(p.rows[j].text()), " "))
		for _, sep := range pdfRunningSeparators {
			if first, rest, ok := strings.Cut(text, sep); ok && len(strings.Fields(first)) >= 2 && rows[rest] {
				out[j] = append(out[j], zone+":part:"+pdfDigits.ReplaceAllString(first, "#"))
				break
			}
		}
		ws := p.rows[j].words
		for i := 1; i < len(ws); i++ {
			if ws[i].x0-ws[i-1].x1 < pdfRunningGap*p.rows[j].size {
				continue
			}
			for _, part := range [][]pdfWord{ws[:i], ws[i:]} {
				text := strings.ToLower(strings.Join(strings.Fields(pdfRow{words: part}.text()), " "))
				out[j] = append(out[j], zone+":part:"+pdfDigits.ReplaceAllString(text, "#"))
			}
		}
	}
	return out
}

// pdfHeadingHeads adds the part "heads" to a running candidate at the top
// of its page made of numbered titles that other rows of the document
// give: LaTeX's running heads print the current chapter's and section's
// titles ("2.2 Epidemiologie 3 RICHTLIJNEN DIAGNOSTIEK", LyX's FT-166),
// which differ from page to page but each repeat a heading. The row is
// split before each section number; each part must start with one and be
// another row's text (a lone part twice: itself and the heading). A
// heading at the top of a page is itself alone.
func pdfHeadingHeads(p pdfRawPage, keys map[int]string, parts map[int][]string, seen map[string]int) {
	for j, k := range keys {
		zone, _, _ := strings.Cut(k, ":")
		if zone != "top" {
			continue
		}
		var titles [][]string
		for _, w := range strings.Fields(strings.ToLower(p.rows[j].text())) {
			if sectionNumberRE.MatchString(w) || len(titles) == 0 {
				titles = append(titles, nil)
			}
			titles[len(titles)-1] = append(titles[len(titles)-1], w)
		}
		least := 1
		if len(titles) == 1 {
			least = 2
		}
		if len(titles) == 0 || slices.ContainsFunc(titles, func(t []string) bool {
			return len(t) < 2 || !sectionNumberRE.MatchString(t[0]) || seen[strings.Join(t, " ")] < least
		}) {
			continue
		}
		parts[j] = append(parts[j], zone+":heads")
	}
}

// pdfRunningEdgeRow is how far from the top or the foot of its page, as
// a share of its height, a page's first or last row may stand and be a
// running header or footer.
const pdfRunningEdgeRow = 0.16

// pdfRunningSeparators part a running header's title from the section it
// names after it.
var pdfRunningSeparators = []string{" -- ", " — ", " – ", " | ", " · "}

// pdfBlock is a paragraph or heading: consecutive lines of one column.
type pdfBlock struct {
	lines   []pdfLine
	heading bool
	large   bool    // set in a larger size than the body
	size    float64 // largest line size
	depth   int     // numbering depth of "3.2 Titel" headings
	level   int
	table   *pdfTableBlock // the block holds a table's place (pdf_table.go)
	// kind is ListItem or Note when the structure pass (pdfStructure) made
	// the block one, with its marker as label and the note markers taken
	// from its text as notes; Paragraph otherwise.
	kind  Kind
	label string
	notes []string
}

func pdfBlocks(lines []pdfLine, body float64, bodyBold bool) []pdfBlock {
	pitch := pdfMedianPitch(lines, body, bodyBold)
	// body text whose paragraphs are mostly one line apart by their
	// spacing breaks at the pitch of its wrapped lines (pdfWrappedPitch)
	bodyPitch := pitch
	if w := pdfWrappedPitch(lines, body); w > 0 && pitch > 1.5*w {
		bodyPitch = w
	}
	edges := pdfColumnEdges(lines)
	indents := pdfFirstLineIndents(lines, edges, body)
	var blocks []pdfBlock
	for i, l := range lines {
		p := pitch
		if i > 0 && pdfBodySize(lines[i-1], body) && pdfBodySize(l, body) {
			p = bodyPitch
		}
		if i == 0 || l.table != 0 || lines[i-1].table != 0 || pdfBreakBefore(lines[i-1], l, p, body, bodyBold) ||
			pdfIndentedStart(lines, i, blocks[len(blocks)-1].lines[0], edges, indents, body) {
			blocks = append(blocks, pdfBlock{})
		}
		b := &blocks[len(blocks)-1]
		b.lines = append(b.lines, l)
	}
	blocks = pdfLabelledLines(blocks, edges)
	for i := range blocks {
		pdfClassify(&blocks[i], body, bodyBold)
	}
	return blocks
}

// pdfLabelledLines parts a block whose every line a label leads, or wraps
// on from the line before, into a block per label: a definition list or a
// list of doses per population set without space between its lines
// ("Volwassenen: 500 mg 2 dd" / "Kinderen 10-20 kg: 125 mg 2 dd" / "eGFR
// 30-59 ml/min/1,73 m²: 500 mg 1 dd", Chromium's print of a <dl>), which
// had run on as one paragraph. A paragraph whose one line a label leads
// stays whole, and so does a block of two lines or a list's numbered
// items (pdfMarkLists's).
func pdfLabelledLines(blocks []pdfBlock, e pdfEdges) []pdfBlock {
	var out []pdfBlock
	for _, b := range blocks {
		starts := []int{}
		whole := len(b.lines) > 2
		for i, l := range b.lines {
			wrapped := i > 0 && e.wraps(b.lines[i-1]) && b.lines[i-1].band == l.band && b.lines[i-1].col == l.col
			switch {
			case !whole || wrapped:
			case pdfLineLabel(l.text):
				starts = append(starts, i)
			default:
				whole = false
			}
		}
		if !whole || len(starts) < 3 || starts[0] != 0 {
			out = append(out, b)
			continue
		}
		for k, lo := range starts {
			hi := len(b.lines)
			if k+1 < len(starts) {
				hi = starts[k+1]
			}
			part := b
			part.lines = slices.Clone(b.lines[lo:hi])
			out = append(out, part)
		}
	}
	return out
}

// pdfHeadingStyle tells whether a line looks like heading text.
func pdfHeadingStyle(l pdfLine, body float64, bodyBold bool) bool {
	return l.size >= body*1.15 || l.bold && !bodyBold
}

// pdfMedianPitch is the typical baseline distance of body lines on a page.
func pdfMedianPitch(lines []pdfLine, body float64, bodyBold bool) float64 {
	var d []float64
	for i := 1; i < len(lines); i++ {
		a, b := lines[i-1], lines[i]
		if a.band != b.band || a.col != b.col || pdfHeadingStyle(a, body, bodyBold) || pdfHeadingStyle(b, body, bodyBold) {
			continue
		}
		if p := a.y - b.y; p > 0 && p < 3*max(a.size, 1) {
			d = append(d, p)
		}
	}
	if len(d) == 0 {
		return 1.2 * body
	}
	slices.Sort(d)
	return d[len(d)/2]
}

// pdfWrappedPitch is the median baseline distance below the body-size
// lines of a page that wrap, when three or more do, else 0. A line wraps
// when it runs to its column's right edge without ending a sentence, so
// the line below is the same paragraph's. On a page of one-line
// paragraphs set apart by paragraph spacing (a glossary, a table that a
// converter wrote as one paragraph a cell) most distances are the
// spacing, and their median joins every paragraph into one block.
func pdfWrappedPitch(lines []pdfLine, body float64) float64 {
	edges := pdfColumnEdges(lines)
	var d []float64
	for i := 1; i < len(lines); i++ {
		a, b := lines[i-1], lines[i]
		if !pdfBodySize(a, body) || !pdfBodySize(b, body) || b.band != a.band || b.col != a.col ||
			!edges.wraps(a) || pdfEndsSentence(a.text) {
			continue
		}
		if p := a.y - b.y; p > 0 && p < 3*a.size {
			d = append(d, p)
		}
	}
	if len(d) < 3 {
		return 0
	}
	slices.Sort(d)
	return d[len(d)/2]
}

// pdfColumn is a column of a page: its band and its index in the band.
type pdfColumn struct{ band, col int }

// pdfEdges are the left and right edges of a page's columns: the least x0
// and the greatest x1 of their lines.
type pdfEdges struct{ left, right map[pdfColumn]float64 }

func pdfColumnEdges(lines []pdfLine) pdfEdges {
	e := pdfEdges{map[pdfColumn]float64{}, map[pdfColumn]float64{}}
	for _, l := range lines {
		c := pdfColumn{l.band, l.col}
		if r, ok := e.right[c]; !ok || l.x1 > r {
			e.right[c] = l.x1
		}
		if x, ok := e.left[c]; !ok || l.x0 < x {
			e.left[c] = l.x0
		}
	}
	return e
}

// wraps tells whether a line runs to its column's right edge.
func (e pdfEdges) wraps(l pdfLine) bool {
	c := pdfColumn{l.band, l.col}
	return l.x1 >= e.right[c]-0.1*(e.right[c]-e.left[c])
}

// indent is how far a line starts right of its column's left edge.
func (e pdfEdges) indent(l pdfLine) float64 { return l.x0 - e.left[pdfColumn{l.band, l.col}] }

// pdfFirstLineIndents returns the columns of a page whose paragraphs start
// with an indented first line, as groff's ms and LaTeX set them without
// space between them: more of their indented lines (one to four ems) stand
// between the end of a paragraph and a line back at the margin, running on
// to the edge, than follow a line that runs on without ending a sentence
// (a hanging indent, a reference list's).
func pdfFirstLineIndents(lines []pdfLine, e pdfEdges, body float64) map[pdfColumn]bool {
	first, hanging := map[pdfColumn]int{}, map[pdfColumn]int{}
	margin := func(l pdfLine) bool { return e.indent(l) < 0.3*body }
	for i := 1; i+1 < len(lines); i++ {
		a, b, c := lines[i-1], lines[i], lines[i+1]
		col := pdfColumn{b.band, b.col}
		if (pdfColumn{a.band, a.col}) != col || (pdfColumn{c.band, c.col}) != col ||
			!pdfBodySize(a, body) || !pdfBodySize(b, body) || !pdfBodySize(c, body) ||
			!margin(a) || !pdfIndented(b, e, body) {
			continue
		}
		ended := pdfEndsSentence(a.text) || !e.wraps(a)
		switch {
		case ended && e.wraps(b) && margin(c):
			first[col]++
		case !ended:
			hanging[col]++
		}
	}
	out := map[pdfColumn]bool{}
	for col, n := range first {
		if n > hanging[col] {
			out[col] = true
		}
	}
	return out
}

// pdfIndented tells whether a line starts one to four ems right of its
// column's margin.
func pdfIndented(l pdfLine, e pdfEdges, body float64) bool {
	in := e.indent(l)
	return in >= 0.8*body && in <= 4*body
}

// pdfIndentedStart tells whether lines[i] starts a paragraph by its indent
// in a column whose paragraphs start so (pdfFirstLineIndents): indented
// where the line above is not, which ends a sentence or stops short of the
// edge. The lines of a list item or a numbered heading (first is the
// block's first line) are left alone: theirs is a hanging indent.
func pdfIndentedStart(lines []pdfLine, i int, first pdfLine, e pdfEdges, indents map[pdfColumn]bool, body float64) bool {
	a, b := lines[i-1], lines[i]
	if a.band != b.band || a.col != b.col || !indents[pdfColumn{b.band, b.col}] ||
		!pdfBodySize(a, body) || !pdfBodySize(b, body) || !pdfIndented(b, e, body) || e.indent(a) > e.indent(b)-0.5*body {
		return false
	}
	for _, l := range []pdfLine{first, a} {
		if _, _, ok := pdfListMarker(l.text); ok || pdfNumbering.MatchString(l.text) {
			return false
		}
	}
	return pdfEndsSentence(a.text) || !e.wraps(a)
}

// pdfLineLabel tells whether a line starts with a label: one to
// maxLineLabelWords words (of a letter or digit: "<" is none) before a
// colon and a space, led by a capital, a digit or a short form with a
// capital ("eGFR < 15 ml/min/1,73 m² of dialyse: niet gebruiken"), no
// sentence's end among them, text after it; not a list's numbered item
// ("2 KLAVER-score ≥ 4: …", pdfMarkLists's). A line that a wrapped line
// runs on to ("het effect van warfarine: controleer …") is none
// (pdfLabelledLines).
func pdfLineLabel(text string) bool {
	if _, _, ok := pdfListMarker(text); ok || pdfNumberedItem.MatchString(text) {
		return false
	}
	label, rest, ok := strings.Cut(text, ": ")
	if !ok || strings.TrimSpace(rest) == "" || utf8.RuneCountInString(label) > 60 || strings.Contains(label, ". ") {
		return false
	}
	n := 0
	for _, w := range strings.Fields(label) {
		if strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			n++
		}
	}
	first, _, _ := strings.Cut(label, " ")
	r, _ := utf8.DecodeRuneInString(label)
	return n >= 1 && n <= maxLineLabelWords && (unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsFunc(first, unicode.IsUpper))
}

// pdfNumberedItem matches a line a number starts, a list's item's or a
// step's ("3 Kinderarts: …").
var pdfNumberedItem = regexp.MustCompile(`^\d+[.)]?\s`)

// maxLineLabelWords bounds the words of a line's label (pdfLineLabel).
const maxLineLabelWords = 8

// pdfBodySize tells whether a line is set in the body size.
func pdfBodySize(l pdfLine, body float64) bool { return math.Abs(l.size-body) <= 0.05*body }

var pdfBullets = "•◦▪●■○·–"

// pdfBreakBefore tells whether line b starts a new block after line a.
func pdfBreakBefore(a, b pdfLine, pitch, body float64, bodyBold bool) bool {
	ha, hb := pdfHeadingStyle(a, body, bodyBold), pdfHeadingStyle(b, body, bodyBold)
	if math.Abs(a.size-b.size) > 0.1*max(a.size, b.size) {
		return true
	}
	// A bold lead-in runs on into the plain line below it, wrapped ("3.
	// Stap 3 (onvoldoende effect na 8" / "weken stap 2, …): overleg …") or
	// ended by a colon ("2. Stap 2 (actieve plaques):" / "tolzarine crème
	// …"): a heading never continues with a lower-case word in its own
	// column.
	runOn := ha && !hb && a.band == b.band && a.col == b.col && pdfStartsLower(b.text) &&
		(!pdfEndsSentence(a.text) || strings.HasSuffix(strings.TrimSpace(a.text), ":"))
	if ha != hb && !runOn {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(b.text); strings.ContainsRune(pdfBullets, r) && r != '–' {
		return true
	}
	if pdfEndsSentence(a.text) && pdfSectionLine(b.text) {
		// a numbered section heading set like the body ("4.3.4
		// Zwangerschap en borstvoeding" in ReportLab's Times beside
		// Helvetica of the same size) after a sentence's end
		return true
	}
	if a.band != b.band || a.col != b.col {
		// A sentence running on from the foot of one column to the head of
		// the next stays one paragraph.
		return pdfEndsSentence(a.text) || !pdfStartsLower(b.text)
	}
	d := a.y - b.y
	limit := max(pitch*1.25, 1.45*max(a.size, b.size))
	if ha {
		limit = 1.6 * max(a.size, b.size)
	}
	return d <= 0 || d > limit
}

// pdfSectionLine tells whether a line is a section number of two levels
// or more and a title: "4.3.4 Zwangerschap en borstvoeding", not a
// sentence.
func pdfSectionLine(s string) bool {
	m := pdfNumbering.FindStringSubmatch(s)
	return m != nil && strings.Contains(m[1], ".") && !pdfEndsSentence(s) && utf8.RuneCountInString(s) <= 100
}

func pdfEndsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;", r)
}

func pdfStartsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

var pdfNumbering = regexp.MustCompile(`^(\d+(?:\.\d+)*)(\.?)\s+\p{Lu}`)

// pdfClassify decides whether a block is a heading: few lines, and set
// larger than the body, or bold where the body is not, or numbered like
// "3.2 Titel" on a line of its own.
func pdfClassify(b *pdfBlock, body float64, bodyBold bool) {
	var sb strings.Builder
	bold := true
	for _, l := range b.lines {
		b.size = max(b.size, l.size)
		bold = bold && l.bold
		sb.WriteString(l.text)
		sb.WriteByte(' ')
	}
	text := strings.TrimSpace(sb.String())
	n := utf8.RuneCountInString(text)
	if len(b.lines) > 3 || n > 200 || n < 2 || !strings.ContainsFunc(text, unicode.IsLetter) {
		return
	}
	b.large = b.size >= body*1.15
	if m := pdfNumbering.FindStringSubmatch(text); m != nil && len(b.lines) == 1 && n <= 100 && !pdfEndsSentence(text) {
		depth := strings.Count(m[1], ".") + 1
		if depth >= 2 || m[2] == "" || b.large || bold && !bodyBold {
			b.depth = depth
		}
	}
	b.heading = b.large || bold && !bodyBold || b.depth > 0
}

// pdfHeadingLevels numbers heading levels across the document: distinct
// larger sizes from the largest (level 1) down, then body-size headings,
// one level deeper per extra numbering level.
func pdfHeadingLevels(pages [][]pdfBlock, body float64) {
	var sizes []float64
	for _, bs := range pages {
		for _, b := range bs {
			if b.heading && b.large {
				sizes = append(sizes, math.Round(b.size*2)/2)
			}
		}
	}
	slices.Sort(sizes)
	sizes = slices.Compact(sizes)
	slices.Reverse(sizes)
	for _, bs := range pages {
		for i := range bs {
			b := &bs[i]
			if !b.heading {
				continue
			}
			if b.large {
				b.level = slices.Index(sizes, math.Round(b.size*2)/2) + 1
			} else {
				b.level = len(sizes) + max(b.depth, 1)
			}
			b.level = min(max(b.level, 1), 6)
		}
	}
}

// pdfAssemblePage joins blocks with blank lines and records rune offsets.
func pdfAssemblePage(number int, blocks []pdfBlock, vocab map[string]int) Page {
	page := Page{Number: number}
	var sb strings.Builder
	pos := 0
	for _, b := range blocks {
		if b.table != nil {
			pos = pdfAssembleTable(&page, &sb, pos, b.table)
			continue
		}
		lines := make([]string, len(b.lines))
		for i, l := range b.lines {
			lines[i] = l.text
		}
		t := strings.TrimSpace(joinLines(lines, vocab))
		if t == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
			pos += 2
		}
		n := utf8.RuneCountInString(t)
		blk := Block{Kind: Paragraph, Start: pos, End: pos + n}
		if b.heading {
			blk.Kind, blk.Level = Heading, b.level
		}
		if b.kind != Paragraph {
			blk.Kind, blk.Level, blk.Label = b.kind, 0, b.label
			if b.kind == ListItem {
				blk.Level = b.level
			}
		}
		blk.Notes = b.notes
		page.Blocks = append(page.Blocks, blk)
		sb.WriteString(t)
		pos += n
	}
	page.Text = sb.String()
	return page
}

// firstTopHeading returns the text of the first level-1 heading, the title
// when the PDF has no /Title.
func firstTopHeading(pages []Page) string {
	for _, p := range pages {
		for _, b := range p.Blocks {
			if b.Kind == Heading && b.Level == 1 {
				return string([]rune(p.Text)[b.Start:b.End])
			}
		}
	}
	return ""
}

// pdfSideLabels moves the label of a block set in a column of its own
// beside the block's lines, centred on them, to the front of the block's
// first line: an admonition's "LET OP" or "WAARSCHUWING" (asciidoctor-pdf,
// DocBook) shares a baseline with a line in the block's middle, and was
// read into its sentence ("de medicatie met LET OP de apotheker"). A
// label is at most three bold words in capitals, set off by a gap of one
// and a half times the body size from a line whose neighbours above and
// below start where its text starts and have nothing to the left of it.
func pdfSideLabels(rows []pdfRow, body float64) {
	starts := func(r pdfRow, x float64) bool { return len(r.words) > 0 && math.Abs(r.words[0].x0-x) <= 2 }
	for k := 1; k < len(rows); k++ {
		r := rows[k]
		cut := -1
		for j := 1; j < len(r.words) && j <= 3; j++ {
			if r.words[j].x0-r.words[j-1].x1 >= 1.5*body {
				cut = j
				break
			}
		}
		if cut < 0 || slices.ContainsFunc(r.words[:cut], func(w pdfWord) bool { return !pdfCapitalsWord(w.text) || w.bold < w.n }) {
			continue
		}
		x, pitch := r.words[cut].x0, 1.6*max(r.size, body)
		near := func(a, b pdfRow) bool { return math.Abs(a.y-b.y) <= pitch }
		if !near(rows[k-1], r) || !starts(rows[k-1], x) || k+1 == len(rows) || !near(r, rows[k+1]) || !starts(rows[k+1], x) {
			continue // a label beside the block's first or last line, or no block: centred on three lines or more
		}
		top := k - 1
		for top > 0 && near(rows[top-1], rows[top]) && starts(rows[top-1], x) {
			top--
		}
		label := slices.Clone(r.words[:cut])
		for i := range label {
			label[i].y = rows[top].y
		}
		rows[top].words = append(label, rows[top].words...)
		rows[k].words = slices.Delete(slices.Clone(r.words), 0, cut)
	}
}

// pdfCapitalsWord reports whether a word is written in capitals: two
// letters at least, each a capital, and nothing else ("LET", "OP",
// "WAARSCHUWING"; not "[HS97]").
func pdfCapitalsWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// pdfMarginNotes moves a note set in the left margin, beside the lines of
// the text (ConTeXt's FT-22: "Let op: ECG bij" / "QT-verlengende" /
// "middelen" beside a step of a plan), out of those lines, where it was
// read into their sentences ("voeg brelomycine toe Let op: ECG bij aan
// tirvanoxal"), to lines of its own after the last line it stands beside.
// A margin note's words, set smaller than the text's, end more than a
// body size left of where the page's text lines most often start, on two
// rows or more in a row that hold the text's words too.
func pdfMarginNotes(rows []pdfRow, body float64) []pdfRow {
	starts := map[int]int{}
	for _, r := range rows {
		starts[int(math.Round(r.words[0].x0))]++
	}
	left, most := 0.0, 0
	for x, n := range starts {
		if n > most || n == most && float64(x) < left {
			left, most = float64(x), n
		}
	}
	margin := func(r pdfRow) int { // how many words of r stand in the margin, when the text's do too
		n := 0
		for n < len(r.words) && r.words[n].x1 < left-body {
			n++
		}
		if n == len(r.words) || r.words[n].x0 < left-2 {
			return 0
		}
		for _, w := range r.words[:n] {
			if w.size > 0.95*r.words[n].size {
				return 0 // a note is set smaller than the text: not a list's numbers, a heading's
			}
		}
		return n
	}
	var out []pdfRow
	for i := 0; i < len(rows); {
		j := i
		for j < len(rows) && margin(rows[j]) > 0 {
			j++
		}
		if j-i < 2 {
			out = append(out, rows[i])
			i++
			continue
		}
		var note []pdfRow
		for _, r := range rows[i:j] {
			n := margin(r)
			note = append(note, pdfRow{y: r.y, size: r.size, words: slices.Clone(r.words[:n])})
			r.words = slices.Clone(r.words[n:])
			out = append(out, r)
		}
		// the note after the last line it stands beside, just below it
		for k := range note {
			note[k].y = rows[j-1].y - float64(k+1)*0.01
			for w := range note[k].words {
				note[k].words[w].y = note[k].y
			}
		}
		out = append(out, note...)
		i = j
	}
	return out
}

// contentsEntry matches a line of a table of contents: a title, a leader
// of dots and a page number ("3.1 Anamnese . . . . . 2", "Afkortingen
// ........ 7", roman numbers too).
var contentsEntry = regexp.MustCompile(`^\S.*?(?:\s?\.){4,}\s*(?:\d+|[ivxlc]+)$`)

// pdfDropContents removes the entries of a table of contents from a
// page's lines, keeping them as read (with the running rows): they are no
// text of the document, and as headings they had become the section of
// what followed (Texinfo's FT-72: "› 3 Richtlijnen diagnostiek. . . . 2").
func pdfDropContents(p *pdfRawPage, lines []pdfLine) []pdfLine {
	var dropped []string
	lines = slices.DeleteFunc(lines, func(l pdfLine) bool {
		if l.table == 0 && contentsEntry.MatchString(l.text) {
			dropped = append(dropped, l.text)
			return true
		}
		return false
	})
	if len(dropped) > 0 {
		p.running = strings.TrimPrefix(p.running+"\n"+strings.Join(dropped, "\n"), "\n")
	}
	return lines
}
