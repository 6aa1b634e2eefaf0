package chunk

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// CaptionSeparator joins a table's caption and a row's cells in the row's
// passage text: "Tabel 2 Dosering … — Middel: tarvomycine · …".
const CaptionSeparator = " — "

// section is one open heading.
type section struct {
	level int
	title string
}

// builder packs units into chunks.
type builder struct {
	opts  Options
	doc   *extract.Document
	pages [][]rune
	skip  [][][2]int // per page, the rune ranges of notes and of text in no block, cut out of content chunks
	out   []bronwijzer.Chunk

	sections []section
	path     string // current section path
	// numbered: the open sections when each numbered heading was entered
	// ("2 Achtergronden" → its path), by number
	numbered map[string][]section

	// The chunk being built.
	units    []unit
	start    pos // chunk start: overlap start or first unit's start
	words    int
	hasBody  bool
	overlaps bool     // start lies before the first unit (repeated sentences)
	kind     string   // KindText or KindList
	prefix   string   // text put before the chunk's slice (a list's lead-in on a continued list)
	refs     []string // note markers of the chunk's units

	// prev is the last body unit of the previous chunk in the same section
	// (nil: none, no overlap), prevStart that chunk's start.
	prev      *unit
	prevStart pos

	// last is the previous unit added, when it was a piece of a paragraph:
	// the candidate lead-in of a list that follows.
	last *unit

	// The list being built: its lead-in text, repeated when a long list
	// continues in another chunk.
	inList bool
	lead   string

	// The table being read: its 1-based index, caption and extent.
	table        int
	caption      string
	tableStart   pos
	tableEnd     pos
	tablePageEnd int
}

func (b *builder) add(u unit) {
	switch u.kind {
	case extract.Note:
		b.addNote(u) // a note interrupts nothing: a paragraph may run on after it
		return
	case extract.ListItem:
		b.endTable()
		b.addItem(u)
		return
	case extract.Caption, extract.TableRow:
		b.endList()
		b.addTablePart(u)
		return
	}
	b.endStructure()
	if u.heading {
		b.last = nil
		b.addHeading(u)
		return
	}
	b.addBody(u)
	b.last = &u
}

// endStructure closes an open list or table.
func (b *builder) endStructure() {
	b.endList()
	b.endTable()
}

func (b *builder) addHeading(u unit) {
	switch {
	case b.hasBody:
		b.flush()
	case len(b.units) > 0 && b.words+u.words > b.opts.MaxWords:
		// Consecutive headings stay together as the prefix of the next
		// chunk, even when a heading's own section is empty: a chunk of one
		// or two words would win every BM25 match on them by its length
		// alone. Only a run too long to share a chunk is emitted on its own.
		b.flush()
	}
	b.prev = nil
	b.enterSection(u)
	b.push(u)
}

// enterSection opens the section of heading u: the headings of a higher
// level stay open above it. A numbered heading goes under the heading of
// its number's parent ("2.3 Beloop" under "2 Achtergronden") when the
// heading above it has another number: the numbers say where a section
// belongs when the reading order does not (a two-column page whose last
// section of the left column was read after the right one's, FT-10's
// "2.3 Beloop" after "4.2 Medicamenteuze behandeling").
func (b *builder) enterSection(u unit) {
	for len(b.sections) > 0 && b.sections[len(b.sections)-1].level >= u.level {
		b.sections = b.sections[:len(b.sections)-1]
	}
	title := strings.Join(strings.Fields(string(b.pages[u.page][u.start:u.end])), " ")
	if num := headingNumber(title); num != "" {
		if parent, ok := numberParent(num); ok && len(b.sections) > 0 {
			above := headingNumber(b.sections[len(b.sections)-1].title)
			if open, seen := b.numbered[parent]; seen && above != "" && above != parent {
				b.sections = slices.Clone(open)
			}
		}
		if b.numbered == nil {
			b.numbered = map[string][]section{}
		}
		b.numbered[num] = append(slices.Clone(b.sections), section{level: u.level, title: title})
	}
	b.sections = append(b.sections, section{level: u.level, title: title})
	titles := make([]string, len(b.sections))
	for i, s := range b.sections {
		titles[i] = s.title
	}
	b.path = strings.Join(titles, bronwijzer.SectionSeparator)
}

func (b *builder) addBody(u unit) {
	if b.hasBody && b.words+u.words > b.opts.TargetWords {
		b.flush()
	}
	if len(b.units) == 0 {
		b.startOverlap(u)
	}
	if !b.hasBody && b.words+u.words > b.opts.MaxWords {
		if b.overlaps { // drop the repeated sentences first
			b.start, b.words, b.overlaps = pos{u.page, u.start}, 0, false
		}
		if len(b.units) > 0 && b.words+u.words > b.opts.MaxWords {
			b.flush() // headings too long to share a chunk with u
		}
	}
	b.push(u)
	b.hasBody = true
}

// addItem adds a list item. A list is one passage with the sentence that
// introduces it ("Verwijs met spoed bij een van de volgende
// alarmsymptomen:"): the lead-in is the last sentence of the paragraph
// right before the first item. A list longer than MaxWords continues in
// another list passage that repeats the lead-in.
func (b *builder) addItem(u unit) {
	if !b.inList {
		b.startList()
	}
	if b.hasBody && b.words+u.words > b.opts.MaxWords {
		b.flush()
		b.kind = bronwijzer.KindList
		if b.lead != "" {
			b.prefix = b.lead + "\n\n"
			b.words = countWords([]rune(b.lead), 0, len([]rune(b.lead)))
		}
	}
	b.push(u)
	b.hasBody = true
}

// startList begins a list passage. When the chunk being built holds only
// headings and the lead-in paragraph, the list joins it; otherwise the text
// before is emitted and the list passage starts at the lead-in sentence.
func (b *builder) startList() {
	b.inList, b.lead = true, ""
	lead := b.last
	b.last = nil
	if lead == nil || !b.hasBody || len(b.units) == 0 || b.units[len(b.units)-1].start != lead.start || b.units[len(b.units)-1].page != lead.page {
		if b.hasBody {
			b.flush()
		}
		b.prev = nil
		b.kind = bronwijzer.KindList
		return
	}
	s := lead.sents[len(lead.sents)-1]
	b.lead = strings.TrimSpace(string(b.pages[lead.page][s:lead.end]))
	bodies := 0
	for _, x := range b.units {
		if !x.heading {
			bodies++
		}
	}
	switch {
	case bodies == 1 && !b.overlaps:
		// headings and the lead-in paragraph: the list joins them
	case s == lead.start:
		// the lead-in is a whole one-sentence paragraph: move it
		b.units = b.units[:len(b.units)-1]
		b.words -= lead.words
		b.flush()
		b.push(*lead)
	default:
		// keep the paragraph whole in the text before; repeat its last sentence
		b.flush()
		b.start, b.overlaps = pos{lead.page, s}, true
		b.words = countWords(b.pages[lead.page], s, lead.end)
	}
	b.prev = nil
	b.kind = bronwijzer.KindList
	b.hasBody = true
}

func (b *builder) endList() {
	if !b.inList {
		return
	}
	b.flush()
	b.inList, b.lead, b.prev = false, "", nil
}

// addTablePart starts a table at its caption or first row and emits each
// row as a passage of its own, its cells paired with their headers and its
// text led by the caption, so a citation points at one row.
func (b *builder) addTablePart(u unit) {
	if u.table != b.table || u.kind == extract.Caption {
		b.endTable()
		b.flush()
		b.prev, b.last = nil, nil
		b.table, b.caption = u.table, ""
		if t := b.tableModel(); t != nil {
			b.caption = strings.Join(strings.Fields(t.Caption), " ")
		}
		if b.caption == "" && u.kind == extract.Caption {
			b.caption = strings.Join(strings.Fields(string(b.pages[u.page][u.start:u.end])), " ")
		}
		b.tableStart = pos{u.page, u.start}
	}
	b.tableEnd = pos{u.page, u.end}
	if u.kind == extract.Caption {
		return
	}
	text := string(b.pages[u.page][u.start:u.end])
	if b.caption != "" {
		text = b.caption + CaptionSeparator + text
	}
	b.emit(bronwijzer.Chunk{
		Kind: bronwijzer.KindTableRow, Caption: b.caption, Notes: u.notes,
		PageStart: b.doc.Pages[u.page].Number, PageEnd: b.doc.Pages[u.page].Number,
		Text: text, CharStart: u.start, CharEnd: u.end,
	})
}

func (b *builder) tableModel() *extract.Table {
	if b.table < 1 || b.table > len(b.doc.Tables) {
		return nil
	}
	return &b.doc.Tables[b.table-1]
}

// endTable emits the whole table, kept for display and never retrieved.
func (b *builder) endTable() {
	if b.table == 0 {
		return
	}
	text := b.slice(b.tableStart, b.tableEnd)
	if t := b.tableModel(); t != nil {
		text = t.Text()
	}
	b.emit(bronwijzer.Chunk{
		Kind: bronwijzer.KindTable, Caption: b.caption,
		PageStart: b.doc.Pages[b.tableStart.page].Number, PageEnd: b.doc.Pages[b.tableEnd.page].Number,
		Text: text, CharStart: b.tableStart.off, CharEnd: b.tableEnd.off,
	})
	b.table, b.caption = 0, ""
}

// addNote stores a note (footnote, reference, URL list entry) as a passage
// of its own in the current section, never retrieved.
func (b *builder) addNote(u unit) {
	var refs []string
	if u.label != "" {
		refs = []string{u.label}
	}
	b.emit(bronwijzer.Chunk{
		Kind: bronwijzer.KindNote, Notes: refs,
		PageStart: b.doc.Pages[u.page].Number, PageEnd: b.doc.Pages[u.page].Number,
		Text: string(b.pages[u.page][u.start:u.end]), CharStart: u.start, CharEnd: u.end,
	})
}

// emit appends a chunk in the current section with the next ordinal.
func (b *builder) emit(c bronwijzer.Chunk) {
	c.Ordinal, c.Section = len(b.out), b.path
	b.out = append(b.out, c)
}

// startOverlap begins a chunk that continues the previous one's section with
// that chunk's last sentences, up to OverlapWords, never its whole text.
func (b *builder) startOverlap(u unit) {
	p := b.prev
	if p == nil || b.opts.OverlapWords == 0 {
		return
	}
	r := b.pages[p.page]
	best := -1
	for i := len(p.sents) - 1; i >= 0; i-- {
		s := p.sents[i]
		if countWords(r, s, p.end) > b.opts.OverlapWords || !b.prevStart.before(pos{p.page, s}) {
			break
		}
		best = s
	}
	if best < 0 {
		return
	}
	b.start = pos{p.page, best}
	b.words = countWords(r, best, p.end)
	b.overlaps = true
}

func (b *builder) push(u unit) {
	if len(b.units) == 0 && !b.overlaps {
		b.start = pos{u.page, u.start}
	}
	b.units = append(b.units, u)
	b.words += u.words
	for _, n := range u.notes {
		if !slices.Contains(b.refs, n) {
			b.refs = append(b.refs, n)
		}
	}
}

// flush emits the chunk being built, if any, and remembers its last body
// unit for the next chunk's overlap.
func (b *builder) flush() {
	if len(b.units) == 0 {
		b.reset()
		return
	}
	last := b.units[len(b.units)-1]
	end := pos{last.page, last.end}
	kind := b.kind
	if kind == "" {
		kind = bronwijzer.KindText
	}
	b.emit(bronwijzer.Chunk{
		Kind:      kind,
		Notes:     b.refs,
		PageStart: b.doc.Pages[b.start.page].Number,
		PageEnd:   b.doc.Pages[end.page].Number,
		Text:      b.prefix + b.slice(b.start, end),
		CharStart: b.start.off,
		CharEnd:   end.off,
	})
	if !last.heading {
		b.prev, b.prevStart = &last, b.start
	}
	b.reset()
}

func (b *builder) reset() {
	b.units, b.words, b.hasBody, b.overlaps = nil, 0, false, false
	b.kind, b.prefix, b.refs = "", "", nil
}

// slice returns the document text from a to z: one page's runes, or for a
// range over several pages the page slices joined by blank lines. Notes in
// the range (a footnote at the foot of a page the text runs across) are
// left out.
func (b *builder) slice(a, z pos) string {
	var parts []string
	for p := a.page; p <= z.page; p++ {
		from, to := 0, len(b.pages[p])
		if p == a.page {
			from = a.off
		}
		if p == z.page {
			to = z.off
		}
		parts = b.appendPiece(parts, p, from, to)
	}
	return joinPieces(parts)
}

// joinPieces joins the pieces of a passage's text by blank lines, but a
// sentence broken off at the foot of a page ("… prelamycine gedurende 5")
// and going on at the top of the next ("dagen. Geef …") by a space, so it
// reads, and is quoted, as the one sentence it is; and a piece that ends
// in a hyphen by what the extractor puts between such lines
// (extract.HyphenJoin): nothing within a word ("Dervomycine is gecontra-"
// over "indiceerd tijdens …"), a space after a suspended compound ("wet-"
// over "en regelgeving"). The hyphen itself stays: a passage holds its
// pages' text, which the citations point into.
func joinPieces(parts []string) string {
	var sb strings.Builder
	for i, part := range parts {
		if i > 0 {
			prev := strings.TrimRightFunc(parts[i-1], unicode.IsSpace)
			if strings.HasSuffix(prev, "-") {
				part = strings.TrimLeftFunc(part, unicode.IsSpace)
				_, sep := extract.HyphenJoin(prev, part, nil)
				text := strings.TrimRightFunc(sb.String(), unicode.IsSpace)
				sb.Reset()
				sb.WriteString(text)
				sb.WriteString(sep)
			} else if continuesSentence(parts[i-1], part) {
				sb.WriteByte(' ')
			} else {
				sb.WriteString("\n\n")
			}
		}
		sb.WriteString(part)
	}
	return sb.String()
}

// continuesSentence reports whether next goes on with the sentence prev
// breaks off: prev ends in a letter, a digit or a comma, and next begins
// with a lower-case letter, or with a number and a lower-case word ("5
// dagen", "30 mg/kg"), not a numbered heading ("3.1 Anamnese") that a
// heading at the foot of the page before may stand over.
func continuesSentence(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(prev, unicode.IsSpace))
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != ',' {
		return false
	}
	next = strings.TrimLeftFunc(next, unicode.IsSpace)
	if first, _ := utf8.DecodeRuneInString(next); unicode.IsDigit(first) {
		next = strings.TrimLeftFunc(next, func(r rune) bool { return unicode.IsDigit(r) || r == '.' || r == ',' || unicode.IsSpace(r) })
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first)
}

// appendPiece appends page p's text in [from, to) without what is no content.
func (b *builder) appendPiece(parts []string, p, from, to int) []string {
	r := b.pages[p]
	for _, n := range b.skip[p] {
		if n[1] <= from || n[0] >= to {
			continue
		}
		if n[0] > from {
			if t := strings.TrimRightFunc(string(r[from:n[0]]), unicode.IsSpace); t != "" {
				parts = append(parts, t)
			}
		}
		for from = max(from, n[1]); from < to && unicode.IsSpace(r[from]); from++ {
		}
	}
	if from < to {
		parts = append(parts, string(r[from:to]))
	}
	return parts
}

// headingNumber returns the number a heading starts with ("2.3" of "2.3
// Beloop", "4" of "4 Richtlijnen beleid"), or "".
func headingNumber(title string) string {
	num, _, ok := strings.Cut(title, " ")
	if !ok || num == "" {
		return ""
	}
	num = strings.TrimSuffix(num, ".")
	for _, part := range strings.Split(num, ".") {
		if part == "" || len(part) > 2 || strings.TrimFunc(part, unicode.IsDigit) != "" {
			return ""
		}
	}
	return num
}

// numberParent returns the number of a heading number's parent: "2" of
// "2.3"; ok is false for a number of one part.
func numberParent(num string) (parent string, ok bool) {
	i := strings.LastIndex(num, ".")
	if i < 0 {
		return "", false
	}
	return num[:i], true
}
