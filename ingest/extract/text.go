package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
)

// Messages for problems with text-based files (shown to clinicians).
const (
	msgTextInvalidUTF8 = "bestand is geen geldige UTF-8-tekst (file is not valid UTF-8)"
	msgTextEmpty       = "bestand bevat geen tekst (file contains no text)"
)

// textBlock is a block of a text-based format before page assembly. table,
// row, label and notes carry over to Block unchanged.
type textBlock struct {
	kind  Kind
	level int
	text  string
	table int // Caption, TableRow: 1-based index into the document's tables
	row   int // TableRow: 0-based row
	label string
	notes []string
	page  int // the page the block starts on, from 1; 0 is page 1
}

// Text extracts a plain-text file: paragraphs are separated by blank lines;
// single line breaks inside a paragraph are kept, but for a word
// hyphenated at a line's end, which is joined (joinHyphenated). The
// structure a typed text shows is read: a line underlined with "=" or "-"
// and a numbered line standing alone ("4.3 Medicamenteuze behandeling")
// are headings, a table drawn with "+---+" rules and "|", or with
// box-drawing characters, is a table (gridTable), typed bullets are list
// items. A form feed starts a new page, as a PDF's text dump marks its
// pages (pdftotext, MuPDF): a block is on the page its first line is
// (formFeedPages), so a passage cites the page it is printed on.
func Text(data []byte) (*Document, error) {
	s, err := decodeUTF8(data)
	if err != nil {
		return nil, err
	}
	// each line normalised on its own, its spaces collapsed; raw keeps
	// them for the columns of a table typed in aligned columns
	raw := strings.Split(s, "\n")
	pageOf := formFeedPages(raw)
	lines := make([]string, len(raw))
	for i, l := range raw {
		lines[i] = NormalizeText(l)
	}
	for _, i := range runningLines(raw, lines) {
		raw[i], lines[i] = "", ""
	}
	for _, i := range pageEdgeLines(lines, pageOf) {
		raw[i], lines[i] = "", ""
	}
	r := textReader{vocab: map[string]int{}}
	for _, l := range lines {
		addVocab(r.vocab, l)
	}
	unwrapped := unwrappedText(raw)
	dense := denseText(lines)
	outdents := outdentLevels(raw)
	framed := framedLevels(lines)
	for i := 0; i < len(lines); i++ {
		r.stamp()
		r.linePage = pageOf[i]
		if len(r.para) == 0 {
			r.paraPage = pageOf[i]
		}
		l := lines[i]
		barEnd := i // the end of a table of bars without rules from i (barred)
		if boxLine(raw[i]) {
			barEnd = barred(raw, i)
		}
		if l != "" && i+1 < len(lines) && alignedRule([]rune(strings.TrimSpace(raw[i+1]))) && len(headerStarts([]rune(raw[i]))) >= 2 {
			// a header over a rule: a table typed in aligned columns, up
			// to the next blank line, its caption the paragraph's lines
			// above (alignedTable)
			j := i + 2
			for j < len(lines) && lines[j] != "" {
				j++
			}
			if t, ok := alignedTable(raw[i-len(r.para) : j]); ok {
				r.para = nil
				r.blocks, r.tables = addTable(r.blocks, r.tables, t)
				i = j - 1
				continue
			}
		}
		if n, ok := r.typedTable(raw, i); ok {
			i += n - 1
			continue
		}
		switch {
		case l == "":
			r.flush()
		case boxTop(raw[i]):
			j := i + 1
			for j < len(lines) && boxLine(raw[j]) {
				j++
			}
			r.flush()
			if t, ok := gridTable(raw[i:j], r.vocab); ok {
				r.blocks, r.tables = addTable(r.blocks, r.tables, t)
			} else {
				r.para = append(r.para, lines[i:j]...)
				r.flush()
			}
			i = j - 1
		case barEnd > i:
			// a table of bars without rules (antiword's): drawn as one
			// with its borders
			j := barEnd
			r.flush()
			if t, ok := gridTable(bordered(raw[i:j]), r.vocab); ok {
				r.blocks, r.tables = addTable(r.blocks, r.tables, t)
			} else {
				r.para = append(r.para, lines[i:j]...)
				r.flush()
			}
			i = j - 1
		case len(r.para) == 0 && i+1 < len(lines) && underlines(lines[i+1], l) && len(headerStarts([]rune(strings.TrimSpace(raw[i])))) < 3:
			// (three or more cells apart over a rule: the header of a
			// table typed in columns, not a title)
			r.heading(l, lines[i+1])
			i++
		case len(r.para) == 0 && sectionNumberRE.MatchString(l) && i+1 < len(lines) && numberedHeading(l+" "+lines[i+1]) != "" &&
			(i+2 == len(lines) || lines[i+2] == "" || underlines(lines[i+2], lines[i+1])):
			// the number on a line of its own, the title under it
			// ("4.3.1" / "Symptomatische behandeling")
			under := ""
			if i+2 < len(lines) && lines[i+2] != "" {
				under = lines[i+2]
			}
			r.heading(l+" "+lines[i+1], under)
			i++
			if under != "" {
				i++
			}
		case len(r.para) == 0 && (i+1 == len(lines) || lines[i+1] == "") && numberedHeading(l) != "",
			unwrapped && outlineNumbered(l),
			dense && r.outlineNext(l):
			r.heading(l, "")
		case framed[starFrame(l)] > 0:
			// "***** Kernboodschappen *****" (framedLevels)
			r.flush()
			r.blocks = append(r.blocks, textBlock{kind: Heading, level: framed[starFrame(l)], text: strings.Trim(l, "* ")})
		case len(r.para) == 0 && outdents[indentOf(raw[i])] > 0 && (standsAlone(lines, i) || headsIndented(raw, i)) && outdentedTitle(l):
			r.flush()
			r.blocks = append(r.blocks, textBlock{kind: Heading, level: outdents[indentOf(raw[i])], text: l})
		case len(r.para) == 0 && standsAlone(lines, i) && capitalsTitle(l):
			// "KERNBOODSCHAPPEN" alone between blank lines: a section's
			// title as a text dump writes headings, in capitals
			// (html-to-text); their levels don't show
			r.flush()
			r.blocks = append(r.blocks, textBlock{kind: Heading, level: 2, text: l})
		case ruleLine(l):
			r.flush() // a rule alone, or under a paragraph: a divider
		default:
			if _, _, item := bulletLine(l); unwrapped && !item && len(r.para) > 0 {
				if _, _, after := bulletLine(r.para[len(r.para)-1]); after {
					r.flush() // a list ends at a line that is no item
				}
			}
			r.para = append(r.para, l)
		}
	}
	r.flush()
	r.stamp()
	return assemble("text/plain", "", r.blocks, r.tables)
}

// formFeedPages returns the page of each line: 1, and one more after each
// form feed before the line's text (pdftotext starts a page's first line
// with one) or at the end of a line before it (MuPDF writes one a line).
// A text without form feeds is all page 1.
func formFeedPages(raw []string) []int {
	pages := make([]int, len(raw))
	page := 1
	for i, l := range raw {
		text := strings.IndexFunc(l, func(r rune) bool { return r != '\f' && !unicode.IsSpace(r) })
		if text < 0 {
			text = len(l)
		}
		page += strings.Count(l[:text], "\f")
		pages[i] = page
		page += strings.Count(l[text:], "\f")
	}
	return pages
}

// outdentLevels returns, for a text whose body is indented (a browser's
// text dump: lynx and ELinks indent paragraphs by three spaces, section
// titles by none, subsection titles by two), the heading level of each
// indentation less than the body's: the least is level 2, the next 3. The
// body's indentation is the one most non-blank lines have; a text whose
// body is not indented by two or more has none.
func outdentLevels(raw []string) map[int]int {
	count := map[int]int{}
	for _, l := range raw {
		if strings.TrimSpace(l) != "" {
			count[indentOf(l)]++
		}
	}
	body, most := 0, 0
	for n, c := range count {
		if c > most || c == most && n < body {
			body, most = n, c
		}
	}
	levels := map[int]int{}
	if body < 2 {
		return levels
	}
	var less []int
	for n := range count {
		if n < body {
			less = append(less, n)
		}
	}
	slices.Sort(less)
	for k, n := range less {
		levels[n] = min(k+2, 6)
	}
	return levels
}

// starFrameRE matches a title between runs of as many asterisks: "*****
// Kernboodschappen *****".
var starFrameRE = regexp.MustCompile(`^(\*{3,}) (\S.*\S|\S) (\*{3,})$`)

// starFrame returns how many asterisks frame a line on either side, or 0.
func starFrame(l string) int {
	m := starFrameRE.FindStringSubmatch(l)
	if m == nil || len(m[1]) != len(m[3]) || strings.Contains(m[2], "*") {
		return 0
	}
	return len(m[1])
}

// framedLevels returns the heading level of each frame of asterisks the
// text puts around its titles, as html2text (the C++ program) writes
// headings: the most asterisks are level 1 ("****** title ******"), the
// next 2. Two or more such lines are needed; one may be emphasis.
func framedLevels(lines []string) map[int]int {
	count := map[int]int{}
	for _, l := range lines {
		if n := starFrame(l); n > 0 {
			count[n]++
		}
	}
	levels := map[int]int{}
	total := 0
	var ns []int
	for n, c := range count {
		ns, total = append(ns, n), total+c
	}
	if total < 2 {
		return levels
	}
	slices.Sort(ns)
	slices.Reverse(ns)
	for k, n := range ns {
		levels[n] = min(k+1, 6)
	}
	return levels
}

// indentOf returns a line's leading spaces, a tab counting eight.
func indentOf(l string) int {
	n := 0
	for _, r := range l {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 8
		default:
			return n
		}
	}
	return n
}

// runningLines returns the lines of a paginated text that are its
// running headers and footers: standing alone, and recurring so at least
// minRunningLines times once digits are masked, a page apart (pageApart),
// with a digit or a gap of three spaces or more in them (a page number; a
// title and a date set apart). groff's plain text (FT-159) prints
// "FICTIEF testdocument − 3 − geen medisch advies" and the guideline's
// name and date on every page, and they had run into the passages. A title that recurs, "Toelichting"
// under several sections, has neither and stays.
func runningLines(raw, lines []string) []int {
	key := func(i int) string { return maskDigits(lines[i]) }
	count := map[string][]int{}
	for i, l := range lines {
		if l != "" && standsAlone(lines, i) && (strings.ContainsFunc(l, unicode.IsDigit) || strings.Contains(strings.TrimSpace(raw[i]), "   ")) {
			count[key(i)] = append(count[key(i)], i)
		}
	}
	var out []int
	for _, is := range count {
		if len(is) >= minRunningLines && pageApart(is) {
			out = append(out, is...)
		}
	}
	return out
}

// pageEdgeLines returns, for a text whose form feeds mark its pages, the
// lines among the first and last edgeLines lines with text of a page that
// recur so (digits masked) on at least minRunningLines pages and on half
// of them: the running headers and footers a PDF's text dump keeps on
// every page ("Fictieve Standaard …" / "WFK, versie 1.0 (april 2026)" over
// "Pagina 3 van 5", MuPDF's text, FT-197), which need not stand alone as
// runningLines asks. Once a page: the guideline's title right under the
// same line as its header on page 1 stays. A line without a letter or
// digit (a lone bullet) is none.
func pageEdgeLines(lines []string, pageOf []int) []int {
	pages := pageOf[len(pageOf)-1]
	if pages < minRunningLines {
		return nil
	}
	edges := map[string][]int{}          // masked line → line indexes
	onPages := map[string]map[int]bool{} // masked line → pages
	add := func(i int) {
		if !strings.ContainsFunc(lines[i], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return
		}
		k := maskDigits(lines[i])
		if onPages[k][pageOf[i]] {
			return // once a page: the title under the header on page 1 stays
		}
		edges[k] = append(edges[k], i)
		if onPages[k] == nil {
			onPages[k] = map[int]bool{}
		}
		onPages[k][pageOf[i]] = true
	}
	for from := 0; from < len(lines); {
		to := from
		for to < len(lines) && pageOf[to] == pageOf[from] {
			to++
		}
		var text []int
		for i := from; i < to; i++ {
			if lines[i] != "" {
				text = append(text, i)
			}
		}
		for k, i := range text {
			if k < edgeLines || k >= max(len(text)-edgeLines, edgeLines) {
				add(i)
			}
		}
		from = to
	}
	var out []int
	for k, is := range edges {
		if n := len(onPages[k]); n >= minRunningLines && 2*n >= pages {
			out = append(out, is...)
		}
	}
	return out
}

// edgeLines is how many lines with text at a page's top and at its foot
// can be its running header or footer.
const edgeLines = 3

// maskDigits writes every digit of s as 0: a running line's page number
// changes from page to page.
func maskDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, s)
}

// minPageLines is the fewest lines between a running line and its next
// recurrence: a page of text is longer.
const minPageLines = 20

// pageApart reports lines (in order) that stand at least a page apart: a
// running header recurs once a page, a table's cell ("7 dagen", one a
// paragraph in odt2txt's text, FT-179) a few lines on.
func pageApart(is []int) bool {
	for k := 1; k < len(is); k++ {
		if is[k]-is[k-1] < minPageLines {
			return false
		}
	}
	return true
}

// minRunningLines is the fewest times a line recurs to be a running
// header or footer: on three pages.
const minRunningLines = 3

// unwrappedText reports a text that writes each paragraph on one line,
// with no blank line between them, as a word processor saves a document
// as text (LibreOffice Writer's export, FT-165): minLongLines or more
// lines of prose longer than wrapWidth characters (no gap of three spaces,
// which a table typed in columns has) and fewer blank lines than such
// lines. Its headings stand between paragraphs without blank lines, and
// a list ends at the first line after its items that is no item (a
// wrapped text's item goes on over its lines).
func unwrappedText(raw []string) bool {
	long, blank := 0, 0
	for _, l := range raw {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			blank++
		case utf8.RuneCountInString(t) > wrapWidth && !strings.Contains(t, "   "):
			long++
		}
	}
	return long >= minLongLines && blank < long
}

// denseText reports a text that has no blank lines between its
// paragraphs: fewer than one blank line in denseRatio lines with text,
// and at least denseRatio of those. pdftotext -raw writes a PDF's lines
// so, its section titles between them (FT-201).
func denseText(lines []string) bool {
	blank, text := 0, 0
	for _, l := range lines {
		if l == "" {
			blank++
		} else {
			text++
		}
	}
	return text >= denseRatio && blank*denseRatio < text
}

const denseRatio = 20

// outlineNext reports a line of a dense text that is the next section
// title of its outline: a numbered title (numberedHeading) whose number
// follows the last one's ("2.2" or "3" after "2.1", "2.1.1" below it;
// "1" first). Standing among the lines of the paragraphs, a title
// shows only by its number, and the outline tells it from a numbered list
// ("1. Verwijs …" after "4.5") and a literature list. It takes the
// number as the last one.
func (r *textReader) outlineNext(l string) bool {
	n := numberedHeading(l)
	if n == "" {
		return false
	}
	var next []int
	for _, f := range strings.Split(strings.TrimSuffix(n, "."), ".") {
		k, err := strconv.Atoi(f)
		if err != nil {
			return false
		}
		next = append(next, k)
	}
	last := r.outline
	if len(last) == 0 {
		last = []int{0}
	}
	d := len(next) - 1
	ok := d <= len(last) && slices.Equal(next[:d], last[:d]) &&
		(d == len(last) && next[d] == 1 || d < len(last) && next[d] == last[d]+1)
	if ok {
		r.outline = next
	}
	return ok
}

// wrapWidth is the widest a text wrapped for reading writes its lines;
// minLongLines the fewest longer lines that show a text is not wrapped.
const (
	wrapWidth    = 160
	minLongLines = 5
)

// outlineNumbered reports a line that is a section's title under an
// outline number ("2  Achtergronden", "3.4  HEZ-score", "2.1. Begrippen"):
// not "1. …", a numbered list's item.
func outlineNumbered(l string) bool {
	n := numberedHeading(l)
	return n != "" && (strings.Contains(strings.TrimSuffix(n, "."), ".") || !strings.HasSuffix(n, "."))
}

// standsAlone reports a line with a blank line, or the text's edge, on
// either side.
func standsAlone(lines []string, i int) bool {
	return (i == 0 || lines[i-1] == "") && (i+1 == len(lines) || lines[i+1] == "")
}

// headsIndented reports an outdented line with a blank line, the text's
// edge or a title it stands under above it, and its body right under it,
// indented deeper: pod2text sets "=head1 Achtergronden" at the margin,
// "=head2 Begrippen" right under it two spaces in, and their paragraphs
// four spaces in, with no blank line between.
func headsIndented(raw []string, i int) bool {
	above := i == 0 || strings.TrimSpace(raw[i-1]) == "" || indentOf(raw[i-1]) < indentOf(raw[i]) && headsIndented(raw, i-1)
	return above && i+1 < len(raw) && strings.TrimSpace(raw[i+1]) != "" && indentOf(raw[i+1]) > indentOf(raw[i])
}

// outdentedTitle reports a line that reads as a section's title: at most
// twelve words, starting with a capital or a digit, ending in no
// punctuation of a sentence, and no list item nor a table's caption.
func outdentedTitle(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	last, _ := utf8.DecodeLastRuneInString(l)
	if _, _, item := bulletLine(l); item || captionLike(l) || len(strings.Fields(l)) > 12 || !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	return !strings.ContainsRune(".,:;!?|", last)
}

// typedTable reads a table typed in text from line i, its cells apart by
// tabs (a word processor's text, tabbedTable) or by runs of spaces with
// no rule (a text dump's, unruledTable), and adds it with its caption:
// the last line of the paragraph above (captionLine) or the paragraph
// before (addTable). It returns the lines the table took.
func (r *textReader) typedTable(raw []string, i int) (int, bool) {
	if strings.TrimSpace(raw[i]) == "" {
		return 0, false
	}
	t, n, ok := Table{}, 0, false
	if strings.Contains(raw[i], "\t") {
		t, n, ok = tabbedTable(raw[i:], r.captionAbove())
	}
	if !ok && !boxLine(raw[i]) && !boxTop(raw[i]) && len(headerStarts([]rune(raw[i]))) >= 2 {
		t, n, ok = unruledTable(raw[i:], r.captionAbove())
	}
	if !ok {
		return 0, false
	}
	t.Caption = r.captionLine()
	r.flush()
	r.blocks, r.tables = addTable(r.blocks, r.tables, t)
	return n, true
}

// captionAbove reports a table's caption right above the line the reader
// is at ("Tabel 2: …"): the last line of the paragraph it collects, or the
// block before.
func (r *textReader) captionAbove() bool {
	if len(r.para) > 0 {
		return captionLike(r.para[len(r.para)-1])
	}
	return len(r.blocks) > 0 && r.blocks[len(r.blocks)-1].kind == Paragraph && captionLike(r.blocks[len(r.blocks)-1].text)
}

// captionLine takes a caption off the end of the paragraph the reader
// collects and returns it: a word processor's text writes a paragraph a
// line with no blank line between them, and the caption above a table
// ends a run of lines ("Doseringen" / "Tabel 1 Doseringen bij …"). ""
// when the last line is none; a caption that is a block of its own is
// addTable's to take.
func (r *textReader) captionLine() string {
	if len(r.para) == 0 || !captionLike(r.para[len(r.para)-1]) {
		return ""
	}
	c := r.para[len(r.para)-1]
	r.para = r.para[:len(r.para)-1]
	return c
}

// capitalsTitle reports a line that reads as a section's title set in
// capitals: a title (outdentedTitle) of at least four letters, none of
// them lower case, and at least two in a row ("BELEID", "ZWANGERSCHAP EN
// BORSTVOEDING"), not a table's header of cells apart.
func capitalsTitle(l string) bool {
	letters, run, longest := 0, 0, 0
	for _, r := range l {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
			run++
			longest = max(longest, run)
		default:
			run = 0
		}
	}
	return letters >= 4 && longest >= 2 && outdentedTitle(l) && !strings.Contains(l, "  ")
}

// textReader collects a plain-text file's blocks.
type textReader struct {
	vocab map[string]int
	para  []string // the lines of the paragraph being read
	// adornments are the underlines of headings in the order the text
	// first uses them
	adornments []rune
	blocks     []textBlock
	tables     []Table
	// outline is the number of the last heading outlineNext took
	outline []int
	// linePage is the page of the line the reader is at, paraPage the
	// page of the first line of the paragraph it collects
	linePage, paraPage int
}

func (r *textReader) flush() {
	if len(r.para) == 0 {
		return
	}
	text := joinHyphenated(r.para, r.vocab)
	r.para = r.para[:0]
	r.blocks = append(r.blocks, splitBulletLines(textBlock{kind: Paragraph, text: text, page: r.paraPage})...)
}

// stamp gives the blocks added since the last stamp (headings, tables)
// the page of the line the reader was at when it added them.
func (r *textReader) stamp() {
	for k := len(r.blocks) - 1; k >= 0 && r.blocks[k].page == 0; k-- {
		r.blocks[k].page = max(r.linePage, 1)
	}
}

// heading emits line as a heading: its level is its number's depth plus
// one ("2.1" is 3), else its underline's rank in the order the text first
// uses each underline, as reStructuredText ranks them (Texinfo underlines
// chapters with "*" and sections with "="; Org's export sections with "═"
// and subsections with "─"), 2 without one.
func (r *textReader) heading(line, underline string) {
	r.flush()
	level := 2
	if n := numberedHeading(line); n != "" {
		level = strings.Count(strings.TrimSuffix(n, "."), ".") + 2
	} else if u, _ := utf8.DecodeRuneInString(underline); underline != "" {
		k := slices.Index(r.adornments, u)
		if k < 0 {
			k = len(r.adornments)
			r.adornments = append(r.adornments, u)
		}
		level = k + 1
	}
	r.blocks = append(r.blocks, textBlock{kind: Heading, level: min(level, 6), text: line})
}

// joinHyphenated joins a paragraph's lines with line breaks, but a word
// hyphenated at a line's end with the next line's first ("behande-" /
// "ling") and a range broken after its dash ("10–" / "29"), as HyphenJoin
// decides from the document's words.
func joinHyphenated(lines []string, vocab map[string]int) string {
	var b strings.Builder
	for k, l := range lines {
		if k > 0 {
			prev := lines[k-1]
			if cut, sep := HyphenJoin(prev, l, vocab); cut > 0 || sep == "" {
				s := b.String()
				b.Reset()
				b.WriteString(s[:len(s)-cut])
				b.WriteString(sep)
			} else {
				b.WriteString("\n")
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// ruleLine reports a line of one repeated "=", "-", "~", "*" or "_" (three
// or more): an underline or a divider.
func ruleLine(l string) bool {
	if utf8.RuneCountInString(l) < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune("=-~*_^#+'`\"═─━", r) && strings.Trim(l, string(r)) == ""
}

// underlines reports whether u underlines title: a rule of "=", "-", "~",
// reStructuredText's other adornments or a box-drawing line ("═", "─", as
// Org's plain-text export underlines) at least half as long as a title of
// at most 100 characters that is no list item; a rule of "*" or "_",
// which alone may be a divider, only as long as the title, give or take
// one (Texinfo's and Sphinx's plain text underline chapters with "*").
func underlines(u, title string) bool {
	if !ruleLine(u) {
		return false
	}
	n, m := utf8.RuneCountInString(title), utf8.RuneCountInString(u)
	if strings.ContainsAny(u[:1], "*_") && (m < n-1 || m > n+1) {
		return false
	}
	if _, _, item := bulletLine(title); item && numberedHeading(title) == "" || n > 100 || 2*m < n {
		return false
	}
	return strings.ContainsFunc(title, unicode.IsLetter)
}

// numberedHeadingRE matches a numbered section title: "4.3.1
// Medicamenteuze behandeling", "2. Achtergronden".
var numberedHeadingRE = regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,2}){0,4}\.?)\s+(\p{Lu}[^.:;!?]*)$`)

// sectionNumberRE matches a section's number alone: "4.3.1", "2.".
var sectionNumberRE = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2}){0,4}\.?$`)

// numberedHeading returns the number of a line that is a numbered section
// title of at most 12 words ending in no full stop or colon, or "".
func numberedHeading(l string) string {
	m := numberedHeadingRE.FindStringSubmatch(l)
	if m == nil || len(strings.Fields(m[2])) > 12 {
		return ""
	}
	return m[1]
}

// splitBulletLines splits a paragraph whose lines are a typed list ("• a",
// "- b", "2. c"; at least two of them) into its lead-in paragraph and one
// ListItem per item; a line that is no item continues the item before it.
// Other blocks are returned as they are.
func splitBulletLines(b textBlock) []textBlock {
	if b.kind != Paragraph || !strings.Contains(b.text, "\n") {
		return []textBlock{b}
	}
	lines := strings.Split(b.text, "\n")
	n := 0
	for _, l := range lines {
		if _, _, ok := bulletLine(l); ok {
			n++
		}
	}
	if n < 2 {
		return []textBlock{b}
	}
	var out []textBlock
	var lead []string
	for _, l := range lines {
		label, rest, ok := bulletLine(l)
		switch {
		case ok:
			out = append(out, textBlock{kind: ListItem, level: 1, label: label, text: rest, page: b.page})
		case len(out) > 0:
			out[len(out)-1].text += "\n" + l
		default:
			lead = append(lead, l)
		}
	}
	if len(lead) > 0 {
		out = append([]textBlock{{kind: Paragraph, text: strings.Join(lead, "\n"), notes: b.notes, page: b.page}}, out...)
	} else {
		out[0].notes = b.notes
	}
	return out
}

// bulletLine reports a line that starts with a bullet ("•", "-", "*", …) or
// a number ("3.", "3)") and a space, returning the number as its label and
// the item text.
func bulletLine(l string) (label, rest string, ok bool) {
	l = strings.TrimSpace(l)
	r, size := utf8.DecodeRuneInString(l)
	// ("o": the second-level bullet of a word processor, typed or pasted
	// as text)
	if strings.ContainsRune("•◦▪▫‣⁃●○■□–-*·o", r) && strings.HasPrefix(l[size:], " ") {
		return "", strings.TrimSpace(l[size:]), strings.TrimSpace(l[size:]) != ""
	}
	i := 0
	for i < len(l) && i < 3 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i == 0 || i == 3 || i+1 >= len(l) || (l[i] != '.' && l[i] != ')') || l[i+1] != ' ' {
		return "", "", false
	}
	return l[:i+1], strings.TrimSpace(l[i+1:]), true
}

// decodeUTF8 validates data as UTF-8, drops a byte-order mark and turns
// CRLF and CR line ends into LF (NormalizeText would read "\r\n" as two
// line breaks, a paragraph break).
func decodeUTF8(data []byte) (string, error) {
	if !utf8.Valid(data) {
		return "", bronwijzer.Errorf(bronwijzer.EINVALID, "%s", msgTextInvalidUTF8)
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	return strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s), nil
}

// assemble builds the pages of a text-based document: block texts
// normalised and joined by blank lines, offsets in runes. A block is on its
// page (textBlock.page, 0 and 1 the first); a page no block is on is left
// out, so a page's Number stays the one its form feeds count. Empty blocks
// are dropped; a document without any text is an EINVALID error. Tables
// must be normalised (normalizeTable) so that a TableRow block's text is
// exactly its Table.RowText and a Caption block's text its Table.Caption,
// the contract the chunker relies on; those two kinds take their text from
// the table. A table is on the page of its first block.
func assemble(mediaType, title string, blocks []textBlock, tables []Table) (*Document, error) {
	blocks = nestedItemPaths(blocks)
	var pages []Page
	var sb strings.Builder
	pos := 0
	finish := func() {
		if len(pages) > 0 {
			pages[len(pages)-1].Text = sb.String()
		}
	}
	for _, b := range blocks {
		t := blockText(b, tables)
		if t == "" {
			continue
		}
		if n := max(b.page, 1); len(pages) == 0 || n > pages[len(pages)-1].Number {
			finish()
			pages = append(pages, Page{Number: n})
			sb.Reset()
			pos = 0
		}
		page := &pages[len(pages)-1]
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
			pos += 2
		}
		n := utf8.RuneCountInString(t)
		blk := Block{Kind: b.kind, Start: pos, End: pos + n, Table: b.table, Row: b.row, Label: b.label, Notes: b.notes}
		if b.kind == Heading || b.kind == ListItem {
			blk.Level = b.level
		}
		if (b.kind == Caption || b.kind == TableRow) && b.table >= 1 && b.table <= len(tables) && tables[b.table-1].Page == 0 {
			tables[b.table-1].Page = page.Number
		}
		page.Blocks = append(page.Blocks, blk)
		sb.WriteString(t)
		pos += n
	}
	if len(pages) == 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "%s", msgTextEmpty)
	}
	finish()
	if title == "" {
		title = firstHeading(pages[0])
	}
	for i := range tables {
		tables[i].Page = max(tables[i].Page, 1)
	}
	return &Document{Title: title, MediaType: mediaType, Pages: pages, Tables: tables}, nil
}

// blockText is the page text of b: a table's caption or rendered row for
// Caption and TableRow blocks, else b's normalised text.
func blockText(b textBlock, tables []Table) string {
	if (b.kind == Caption || b.kind == TableRow) && b.table >= 1 && b.table <= len(tables) {
		if b.kind == Caption {
			return tables[b.table-1].Caption
		}
		return tables[b.table-1].RowText(b.row)
	}
	return normalizeBlock(b.text)
}

// normalizeTable normalises every cell, header and the caption to one line
// of normalised text, so rendered rows need no further normalisation (which
// could otherwise change them after the fact).
func normalizeTable(t *Table) {
	t.Caption = normalizeCell(t.Caption)
	for i := range t.Header {
		t.Header[i] = normalizeCell(t.Header[i])
	}
	for k, r := range t.Rows {
		for i := range r {
			r[i] = normalizeCell(r[i])
		}
		fillIdem(t.Rows[:k], r)
	}
}

// fillIdem gives a cell that says "idem" (or "id.", or a ditto mark) the
// text of the cell above it, as a reader takes it: kramdown's tables
// cannot merge cells, and FT-76's rows under its second drug read
// "Middel: idem", doses of no drug.
func fillIdem(above [][]string, row []string) {
	if len(above) == 0 {
		return
	}
	prev := above[len(above)-1]
	for i, c := range row {
		switch strings.ToLower(strings.TrimSpace(c)) {
		case "idem", "idem.", "id.", "〃", "″", "\"", "''":
			if i < len(prev) && strings.TrimSpace(prev[i]) != "" {
				row[i] = prev[i]
			}
		}
	}
}

func normalizeCell(s string) string {
	return strings.Join(strings.Fields(NormalizeText(s)), " ")
}

// normalizeBlock normalises a block's text and makes sure it cannot contain
// a blank line, which would break the "blocks separated by \n\n" contract.
func normalizeBlock(s string) string {
	s = NormalizeText(s)
	for strings.Contains(s, "\n\n") {
		s = strings.ReplaceAll(s, "\n\n", "\n")
	}
	return s
}

// firstHeading returns the text of the page's first top-most heading, or "".
func firstHeading(p Page) string {
	best := -1
	for i, b := range p.Blocks {
		if b.Kind == Heading && (best < 0 || b.Level < p.Blocks[best].Level) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	b := p.Blocks[best]
	return string([]rune(p.Text)[b.Start:b.End])
}

// referencesHeading reports a heading that opens a section of notes or
// references ("5 Literatuur", "Noten en referenties"): after an optional
// section number, every word names such a section.
func referencesHeading(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) > 0 && strings.Trim(words[0], "0123456789.") == "" {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		switch strings.Trim(w, ":,.") {
		case "literatuur", "literatuurlijst", "referenties", "referentielijst", "bronnen",
			"bronvermelding", "noten", "voetnoten", "eindnoten", "references", "bibliografie",
			"bibliography", "notes", "footnotes", "literature", "en", "and", "&":
		default:
			return false
		}
	}
	return true
}

// noteLabel returns a note's marker: the list label it was printed with
// ("3." → "3"), else a number that opens its text ("[3] …", "3. …").
func noteLabel(label, text string) string {
	if l := strings.Trim(label, "[]().: "); l != "" {
		return l
	}
	t := strings.TrimSpace(text)
	open := strings.HasPrefix(t, "[")
	t = strings.TrimPrefix(t, "[")
	i := 0
	for i < len(t) && i < 4 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 || i == len(t) {
		return ""
	}
	if (open && t[i] == ']') || (!open && (t[i] == '.' || t[i] == ')')) {
		return t[:i]
	}
	return ""
}

// linkCitations removes bracketed citations ("[1]", "[2, 3]", "[1–3]") from
// content blocks when every number in them labels a note of the document,
// keeping the numbers, each once, as the block's note links. Brackets that
// name no note (a reading "[sic]", an interval "[0, 1]" without such notes)
// stay text.
func linkCitations(blocks []textBlock) []textBlock {
	labels := map[string]bool{}
	for _, b := range blocks {
		if b.kind == Note && b.label != "" {
			labels[b.label] = true
		}
	}
	if len(labels) == 0 {
		return blocks
	}
	cite := regexp.MustCompile(`\s*\[(\d{1,3}(?:\s*[-–,;]\s*\d{1,3})*)\]`)
	for i, b := range blocks {
		if b.kind != Paragraph && b.kind != ListItem {
			continue
		}
		b.text = cite.ReplaceAllStringFunc(b.text, func(m string) string {
			nums := citedNumbers(cite.FindStringSubmatch(m)[1])
			for _, n := range nums {
				if !labels[n] {
					return m
				}
			}
			for _, n := range nums {
				if !slices.Contains(b.notes, n) {
					b.notes = append(b.notes, n)
				}
			}
			return ""
		})
		blocks[i] = b
	}
	return blocks
}

// citedNumbers expands "1, 3–5" to 1, 3, 4, 5 (ranges up to 50 long).
func citedNumbers(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		lo, hi, isRange := strings.Cut(strings.ReplaceAll(part, "–", "-"), "-")
		a, errA := strconv.Atoi(strings.TrimSpace(lo))
		b, errB := strconv.Atoi(strings.TrimSpace(hi))
		if !isRange || errA != nil || errB != nil || b < a || b-a > 50 {
			out = append(out, strings.TrimSpace(part))
			continue
		}
		for n := a; n <= b; n++ {
			out = append(out, strconv.Itoa(n))
		}
	}
	return out
}

// maxItemLeadWords is the most words the lead of a list item has that
// heads the items nested under it: a label ("Norvacilline", "Volwassenen",
// "18–74 jaar"), not a sentence.
const maxItemLeadWords = 5

// nestedItemPaths gives an item of a nested list the leads of the items it
// stands under, each before a "›": "Norvacilline › Volwassenen › 18–74
// jaar: 750 mg 3 dd, 10 dagen", as a table row names its drug and
// population. A page that doses its drugs in lists three levels deep (a
// drug, a population, an age band with its dose) had left every dose line
// without its drug and population, a line of its own that no answer could
// read as a dose of the drug asked (Python-Markdown's FT-228). An item's
// lead is its text up to a colon, a comma, a semicolon or an opening
// bracket, of at most maxItemLeadWords words; an item without one (a
// sentence) heads nothing. A block that is no list item ends the list.
func nestedItemPaths(blocks []textBlock) []textBlock {
	var path []string // per level from 1: the lead of the last item, "" for none
	for i := range blocks {
		b := &blocks[i]
		if b.kind != ListItem || b.level < 1 {
			path = path[:0]
			continue
		}
		marker, text := "", b.text
		if b.label != "" && strings.HasPrefix(text, b.label) {
			marker, text = b.label, text[len(b.label):]
		}
		path = path[:min(len(path), b.level-1)]
		var above []string
		for _, p := range path {
			if p != "" {
				above = append(above, p)
			}
		}
		for len(path) < b.level-1 {
			path = append(path, "")
		}
		path = append(path, itemLead(text))
		if len(above) > 0 {
			body := strings.TrimLeft(text, " ")
			indent := text[:len(text)-len(body)]
			b.text = marker + indent + strings.Join(above, " › ") + " › " + body
		}
	}
	return blocks
}

// itemLead returns the label a list item leads with: its text up to the
// first colon, comma, semicolon or opening bracket, trimmed, when that is
// one to maxItemLeadWords words with a letter; else "".
func itemLead(text string) string {
	if i := strings.IndexAny(text, ":,;("); i >= 0 {
		text = text[:i]
	}
	text = strings.TrimRight(strings.TrimSpace(text), ".")
	if n := len(strings.Fields(text)); n == 0 || n > maxItemLeadWords || !strings.ContainsFunc(text, unicode.IsLetter) {
		return ""
	}
	return text
}
