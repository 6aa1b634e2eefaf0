// Package chunk cuts an extracted document into retrievable passages. Chunks
// follow the document's sections (a heading starts a new chunk and names its
// section path), keep paragraphs whole where they fit, split long paragraphs
// at sentence boundaries, and repeat the previous chunk's last sentence for
// context. Every chunk's text is a verbatim slice of the page text, so a
// quote can always be located and highlighted on its page.
package chunk

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// maxHeadingWords: a longer "heading" is a misdetected paragraph and is
// treated as one, so section paths stay short.
const maxHeadingWords = 30

// pos is a position in the document: a page index and a rune offset into
// that page's text.
type pos struct{ page, off int }

func (p pos) before(q pos) bool { return p.page < q.page || p.page == q.page && p.off < q.off }

// unit is a heading, a piece of a paragraph or list item no longer than
// TargetWords, a table caption or row, or a note.
type unit struct {
	page       int // index into the document's pages
	start, end int // rune offsets in the page text
	words      int
	heading    bool
	level      int
	sents      []int        // sentence starts within [start, end)
	kind       extract.Kind // Paragraph for the pieces of a paragraph
	table, row int          // Caption, TableRow: the block's table (1-based) and row
	label      string       // Note: its marker
	notes      []string     // markers of the notes the block refers to
	cont       bool         // a later piece of a split block
}

// Chunk cuts doc into chunks numbered 0..n-1. DocumentID, Version, Terms and
// Embedding are left for the caller.
func Chunk(doc *extract.Document, opts Options) []bronwijzer.Chunk {
	if doc == nil {
		return nil
	}
	opts.SetDefaults()
	pages := make([][]rune, len(doc.Pages))
	for i, p := range doc.Pages {
		pages[i] = []rune(p.Text)
	}
	b := &builder{opts: opts, doc: doc, pages: pages, skip: skipRanges(doc)}
	for i := range doc.Pages {
		for _, u := range pageUnits(pages[i], i, doc.Pages[i].Blocks, opts.TargetWords) {
			b.add(u)
		}
	}
	b.endStructure()
	b.flush()
	referredTables(b.out)
	return b.out
}

// tableRefRE finds a reference to a numbered table in running text ("zie
// tabel 1", "Tabel 2", "table 3"); captionLabelRE the number a caption
// gives its table.
var (
	tableRefRE     = regexp.MustCompile(`(?i)\btab(?:el|le)\s+(\d+)\b`)
	captionLabelRE = regexp.MustCompile(`(?i)^\s*tab(?:el|le)\.?\s+(\d+)\b`)
)

// referredTables puts a table that typesetting floated into a section
// that never refers to it into the section that referred to it last
// before it. LaTeX's table environment floats a table to the top of the
// next page, after the start of another section: FT-10's dose table,
// referred to under "Medicamenteuze behandeling", opened page 2 under
// "Zwangerschap en borstvoeding", begun on page 1. Its rows' section path
// then says what they are: the doses, not advice in pregnancy. A table
// its own section refers to, that no text before it refers to, or that
// does not open its page below a section begun on an earlier page keeps
// its place.
func referredTables(out []bronwijzer.Chunk) {
	refs := map[string][]int{} // table number → the chunks that refer to it
	for i, c := range out {
		if c.Kind != bronwijzer.KindText && c.Kind != bronwijzer.KindList {
			continue
		}
		for _, m := range tableRefRE.FindAllStringSubmatch(c.Text, -1) {
			if r := refs[m[1]]; len(r) == 0 || r[len(r)-1] != i {
				refs[m[1]] = append(r, i)
			}
		}
	}
	for i := 0; i < len(out); {
		c := out[i]
		m := captionLabelRE.FindStringSubmatch(c.Caption)
		if (c.Kind != bronwijzer.KindTableRow && c.Kind != bronwijzer.KindTable) || m == nil {
			i++
			continue
		}
		end := i + 1 // the table's chunks: its rows, then the whole table
		for end < len(out) && out[end].Caption == c.Caption && (out[end].Kind == bronwijzer.KindTableRow || out[end].Kind == bronwijzer.KindTable) {
			end++
		}
		own, before := false, -1
		for _, r := range refs[m[1]] {
			own = own || out[r].Section == c.Section
			if r < i {
				before = r
			}
		}
		// floated: the table opens its page, in a section begun on an
		// earlier one (a table set right under its heading, as on a web
		// page or in FT-04's "Dosering", is where its author put it)
		begun := slices.IndexFunc(out, func(o bronwijzer.Chunk) bool { return o.Section == c.Section })
		floated := i > 0 && out[i-1].PageEnd < c.PageStart && out[begun].PageStart < c.PageStart
		if !own && before >= 0 && floated {
			for j := i; j < end; j++ {
				out[j].Section = out[before].Section
			}
		}
		i = end
	}
}

// skipRanges returns, per page, the rune ranges that are no content: its
// notes, and any text that lies in no block. Content chunks that span them
// (a paragraph running across a footnote at the foot of a page) leave them
// out.
func skipRanges(doc *extract.Document) [][][2]int {
	out := make([][][2]int, len(doc.Pages))
	for i, p := range doc.Pages {
		if len(p.Blocks) == 0 {
			continue // read by blank lines: all of it is content
		}
		r := []rune(p.Text)
		var content [][2]int
		for _, blk := range p.Blocks {
			if blk.Kind == extract.Note {
				out[i] = append(out[i], [2]int{blk.Start, blk.End})
			} else {
				content = append(content, [2]int{blk.Start, blk.End})
			}
		}
		slices.SortFunc(content, func(a, b [2]int) int { return a[0] - b[0] })
		prev := 0
		for _, c := range append(content, [2]int{len(r), len(r)}) {
			if c[0] > prev && strings.IndexFunc(string(r[prev:min(c[0], len(r))]), func(x rune) bool { return !unicode.IsSpace(x) }) >= 0 {
				out[i] = append(out[i], [2]int{prev, c[0]})
			}
			prev = max(prev, c[1])
		}
		slices.SortFunc(out[i], func(a, b [2]int) int { return a[0] - b[0] })
	}
	return out
}

// pageUnits turns a page's blocks into units. A page with text but no
// blocks is read as paragraphs separated by blank lines.
func pageUnits(r []rune, page int, blocks []extract.Block, target int) []unit {
	if len(blocks) == 0 {
		blocks = paragraphBlocks(r)
	}
	blocks = slices.Clone(blocks)
	slices.SortStableFunc(blocks, func(a, b extract.Block) int { return a.Start - b.Start })
	var out []unit
	prevEnd := 0
	for _, blk := range blocks {
		start, end := trimRange(r, max(blk.Start, prevEnd), blk.End) // overlapping blocks: keep text once
		if start >= end {
			continue
		}
		prevEnd = end
		words := countWords(r, start, end)
		whole := unit{page: page, start: start, end: end, words: words, kind: blk.Kind, table: blk.Table, row: blk.Row,
			label: blk.Label, notes: blk.Notes, sents: []int{start}}
		switch {
		case blk.Kind == extract.Heading && words <= min(maxHeadingWords, target):
			whole.heading, whole.level = true, max(blk.Level, 1)
			out = append(out, whole)
		case blk.Kind == extract.Caption || blk.Kind == extract.TableRow || blk.Kind == extract.Note:
			out = append(out, whole) // a row or note is cited whole, never split
		case blk.Kind == extract.ListItem:
			pieces := splitParagraph(r, page, start, end, target)
			for i := range pieces {
				pieces[i].kind, pieces[i].level, pieces[i].label, pieces[i].notes = extract.ListItem, blk.Level, blk.Label, blk.Notes
				pieces[i].cont = i > 0
			}
			out = append(out, pieces...)
		default:
			pieces := splitParagraph(r, page, start, end, target)
			for i := range pieces {
				pieces[i].notes, pieces[i].cont = blk.Notes, i > 0
			}
			out = append(out, pieces...)
		}
	}
	return out
}

// paragraphBlocks finds blank-line separated paragraphs in r.
func paragraphBlocks(r []rune) []extract.Block {
	var out []extract.Block
	s := string(r)
	off := 0
	for _, p := range strings.Split(s, "\n\n") {
		n := len([]rune(p))
		out = append(out, extract.Block{Kind: extract.Paragraph, Start: off, End: off + n})
		off += n + 2
	}
	return out
}

// trimRange clamps [start, end) to r and trims white space at both ends.
func trimRange(r []rune, start, end int) (int, int) {
	start, end = max(start, 0), min(end, len(r))
	for start < end && unicode.IsSpace(r[start]) {
		start++
	}
	for end > start && unicode.IsSpace(r[end-1]) {
		end--
	}
	return start, end
}

// splitParagraph returns a paragraph as one unit when it has at most target
// words, else as pieces of whole sentences packed up to target words; a
// sentence longer than target is cut between words.
func splitParagraph(r []rune, page, start, end, target int) []unit {
	sents := sentenceStarts(r, start, end)
	words := countWords(r, start, end)
	if words <= target {
		return []unit{{page: page, start: start, end: end, words: words, sents: sents}}
	}
	var out []unit
	cur := unit{page: page, start: -1}
	emit := func() {
		if cur.start >= 0 {
			cur.end = trimEnd(r, cur.start, cur.end)
			out = append(out, cur)
		}
		cur = unit{page: page, start: -1}
	}
	for i, s := range sents {
		e := end
		if i+1 < len(sents) {
			e = sents[i+1]
		}
		w := countWords(r, s, e)
		if cur.start >= 0 && cur.words+w > target {
			emit()
		}
		if w > target {
			emit()
			out = append(out, splitWords(r, page, s, e, target)...)
			continue
		}
		if cur.start < 0 {
			cur.start = s
		}
		cur.end, cur.words = e, cur.words+w
		cur.sents = append(cur.sents, s)
	}
	emit()
	return out
}

// splitWords cuts an over-long sentence into pieces of at most target words,
// always between words.
func splitWords(r []rune, page, start, end, target int) []unit {
	ws := wordStarts(r, start, end)
	var out []unit
	for i := 0; i < len(ws); i += target {
		e := end
		if i+target < len(ws) {
			e = ws[i+target]
		}
		e = trimEnd(r, ws[i], e)
		out = append(out, unit{page: page, start: ws[i], end: e, words: min(target, len(ws)-i), sents: []int{ws[i]}})
	}
	return out
}

func trimEnd(r []rune, start, end int) int {
	for end > start && unicode.IsSpace(r[end-1]) {
		end--
	}
	return end
}
