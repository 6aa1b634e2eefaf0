package chunk

import (
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

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
	out   []bronwijzer.Chunk

	sections []section
	path     string // current section path

	// The chunk being built.
	units    []unit
	start    pos // chunk start: overlap start or first unit's start
	words    int
	hasBody  bool
	overlaps bool // start lies before the first unit (repeated sentences)

	// prev is the last body unit of the previous chunk in the same section
	// (nil: none, no overlap), prevStart that chunk's start.
	prev      *unit
	prevStart pos
}

func (b *builder) add(u unit) {
	if u.heading {
		b.addHeading(u)
		return
	}
	b.addBody(u)
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

func (b *builder) enterSection(u unit) {
	for len(b.sections) > 0 && b.sections[len(b.sections)-1].level >= u.level {
		b.sections = b.sections[:len(b.sections)-1]
	}
	title := strings.Join(strings.Fields(string(b.pages[u.page][u.start:u.end])), " ")
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
	b.out = append(b.out, bronwijzer.Chunk{
		Ordinal:   len(b.out),
		PageStart: b.doc.Pages[b.start.page].Number,
		PageEnd:   b.doc.Pages[end.page].Number,
		Section:   b.path,
		Text:      b.slice(b.start, end),
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
}

// slice returns the document text from a to z: one page's runes, or for a
// range over several pages the page slices joined by blank lines.
func (b *builder) slice(a, z pos) string {
	if a.page == z.page {
		return string(b.pages[a.page][a.off:z.off])
	}
	parts := []string{string(b.pages[a.page][a.off:])}
	for p := a.page + 1; p < z.page; p++ {
		if len(b.pages[p]) > 0 {
			parts = append(parts, string(b.pages[p]))
		}
	}
	return strings.Join(append(parts, string(b.pages[z.page][:z.off])), "\n\n")
}
