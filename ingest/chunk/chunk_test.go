package chunk

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// blk describes a block for makeDoc: level 0 is a paragraph.
type blk struct {
	level int
	text  string
}

func h(level int, text string) blk { return blk{level, text} }
func p(text string) blk            { return blk{0, text} }

// makeDoc builds a document the way extractors do: block texts joined by
// blank lines, rune offsets.
func makeDoc(pages ...[]blk) *extract.Document {
	doc := &extract.Document{MediaType: "text/plain"}
	for i, blocks := range pages {
		page := extract.Page{Number: i + 1}
		var texts []string
		off := 0
		for _, b := range blocks {
			n := len([]rune(b.text))
			eb := extract.Block{Kind: extract.Paragraph, Start: off, End: off + n}
			if b.level > 0 {
				eb.Kind, eb.Level = extract.Heading, b.level
			}
			page.Blocks = append(page.Blocks, eb)
			texts = append(texts, b.text)
			off += n + 2
		}
		page.Text = strings.Join(texts, "\n\n")
		doc.Pages = append(doc.Pages, page)
	}
	return doc
}

// words returns n distinct words, w0 w1 ..., as sentences of ten words.
func words(prefix string, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		w := fmt.Sprintf("%s%d", prefix, i)
		if i%10 == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
		if i%10 == 9 || i == n-1 {
			b.WriteByte('.')
		}
	}
	return b.String()
}

// view is the comparable part of a chunk.
type view struct {
	Pages   string
	Section string
	Text    string
}

func views(cs []bronwijzer.Chunk) []view {
	out := make([]view, len(cs))
	for i, c := range cs {
		out[i] = view{fmt.Sprintf("%d-%d", c.PageStart, c.PageEnd), c.Section, c.Text}
	}
	return out
}

func TestChunk(t *testing.T) {
	tests := []struct {
		name string
		doc  *extract.Document
		opts Options
		want []view
	}{
		{
			name: "heading starts chunk and names section",
			doc:  makeDoc([]blk{h(1, "Kompas"), p("Inleiding."), h(2, "Privacy"), p("De AVG geldt."), h(2, "Risico's"), p("Fouten.")}),
			want: []view{
				{"1-1", "Kompas", "Kompas\n\nInleiding."},
				{"1-1", "Kompas › Privacy", "Privacy\n\nDe AVG geldt."},
				{"1-1", "Kompas › Risico's", "Risico's\n\nFouten."},
			},
		},
		{
			name: "consecutive headings prefix the first body",
			doc:  makeDoc([]blk{h(1, "Kompas"), h(2, "Privacy"), p("De AVG geldt.")}),
			want: []view{{"1-1", "Kompas › Privacy", "Kompas\n\nPrivacy\n\nDe AVG geldt."}},
		},
		{
			name: "empty section heading prefixes the next chunk; a last heading stands alone",
			doc:  makeDoc([]blk{h(2, "Leeg"), h(2, "Vol"), p("Tekst."), h(1, "Slot")}),
			want: []view{
				{"1-1", "Vol", "Leeg\n\nVol\n\nTekst."},
				{"1-1", "Slot", "Slot"},
			},
		},
		{
			name: "run of headings longer than max is its own chunk",
			doc:  makeDoc([]blk{h(1, words("h", 15)), h(2, words("i", 15)), p("Tekst.")}),
			opts: Options{TargetWords: 20, MaxWords: 25, OverlapWords: -1},
			want: []view{
				{"1-1", words("h", 15), words("h", 15)},
				{"1-1", words("h", 15) + " › " + words("i", 15), words("i", 15) + "\n\nTekst."},
			},
		},
		{
			name: "section path pops to level",
			doc:  makeDoc([]blk{h(1, "A"), h(2, "B"), h(3, "C"), p("c."), h(2, "D"), p("d.")}),
			want: []view{
				{"1-1", "A › B › C", "A\n\nB\n\nC\n\nc."},
				{"1-1", "A › D", "D\n\nd."},
			},
		},
		{
			name: "sections continue across pages",
			doc:  makeDoc([]blk{h(1, "Een"), p("Eerste alinea.")}, []blk{p("Vervolg op pagina twee.")}),
			want: []view{{"1-2", "Een", "Een\n\nEerste alinea.\n\nVervolg op pagina twee."}},
		},
		{
			// a sentence broken off at the foot of a page goes on at the
			// top of the next: one sentence, joined by a space
			name: "sentence across a page break",
			doc:  makeDoc([]blk{h(1, "Een"), p("Geef bij een allergie prelamycine gedurende 5")}, []blk{p("dagen. Geef mirtacetol tegen pijn.")}),
			want: []view{{"1-2", "Een", "Een\n\nGeef bij een allergie prelamycine gedurende 5 dagen. Geef mirtacetol tegen pijn."}},
		},
		{
			name: "sentence across a page break before a number",
			doc:  makeDoc([]blk{h(1, "Een"), p("Geef prelamycine gedurende")}, []blk{p("5 dagen. Geef mirtacetol tegen pijn.")}),
			want: []view{{"1-2", "Een", "Een\n\nGeef prelamycine gedurende 5 dagen. Geef mirtacetol tegen pijn."}},
		},
		{
			// a numbered heading at the top of a page under a heading at
			// the foot of the page before stays a heading of its own
			name: "numbered heading after a page break",
			doc:  makeDoc([]blk{p("Tekst."), h(1, "3 Richtlijnen diagnostiek")}, []blk{h(2, "3.1 Anamnese"), p("Vraag naar klachten.")}),
			want: []view{
				{"1-1", "", "Tekst."},
				{"1-2", "3 Richtlijnen diagnostiek › 3.1 Anamnese", "3 Richtlijnen diagnostiek\n\n3.1 Anamnese\n\nVraag naar klachten."},
			},
		},
		{
			name: "multi-line heading flattened in section",
			doc:  makeDoc([]blk{h(1, "AI in de\nzorg"), p("Tekst.")}),
			want: []view{{"1-1", "AI in de zorg", "AI in de\nzorg\n\nTekst."}},
		},
		{
			name: "text before any heading has no section",
			doc:  makeDoc([]blk{p("Voorwoord."), h(1, "H"), p("x.")}),
			want: []view{{"1-1", "", "Voorwoord."}, {"1-1", "H", "H\n\nx."}},
		},
		{
			name: "paragraphs packed to target with sentence overlap",
			doc:  makeDoc([]blk{p(words("a", 15)), p(words("b", 15)), p(words("c", 15))}),
			opts: Options{TargetWords: 30, OverlapWords: 5},
			want: []view{
				{"1-1", "", words("a", 15) + "\n\n" + words("b", 15)},
				// last sentence of the previous chunk ("B10 … b14.") is repeated
				{"1-1", "", "B10 b11 b12 b13 b14.\n\n" + words("c", 15)},
			},
		},
		{
			name: "no overlap when the last sentence is too long",
			doc:  makeDoc([]blk{p(words("a", 25)), p(words("b", 25))}),
			opts: Options{TargetWords: 30, OverlapWords: 4}, // last sentence has 5 words
			want: []view{{"1-1", "", words("a", 25)}, {"1-1", "", words("b", 25)}},
		},
		{
			name: "no overlap across sections",
			doc:  makeDoc([]blk{h(1, "A"), p(words("a", 15)), h(1, "B"), p(words("b", 15))}),
			opts: Options{TargetWords: 20, OverlapWords: 5},
			want: []view{{"1-1", "A", "A\n\n" + words("a", 15)}, {"1-1", "B", "B\n\n" + words("b", 15)}},
		},
		{
			name: "long paragraph split at sentences",
			doc:  makeDoc([]blk{p(words("w", 50))}),
			opts: Options{TargetWords: 20, OverlapWords: -1},
			want: []view{
				{"1-1", "", strings.SplitAfter(words("w", 50), "w19.")[0]},
				{"1-1", "", strings.TrimSpace(strings.SplitAfter(strings.SplitAfter(words("w", 50), "w19.")[1], "w39.")[0])},
				{"1-1", "", "W40 w41 w42 w43 w44 w45 w46 w47 w48 w49."},
			},
		},
		{
			name: "abbreviations do not end sentences",
			doc:  makeDoc([]blk{p("Dit geldt o.a. voor dr. Jansen en bijv. Pietersen. Tweede zin hier. Derde zin.")}),
			opts: Options{TargetWords: 20, OverlapWords: 3},
			want: []view{{"1-1", "", "Dit geldt o.a. voor dr. Jansen en bijv. Pietersen. Tweede zin hier. Derde zin."}},
		},
		{
			name: "empty document",
			doc:  &extract.Document{},
			want: []view{},
		},
		{
			name: "page without blocks read by blank lines",
			doc:  &extract.Document{Pages: []extract.Page{{Number: 3, Text: "Een.\n\nTwee."}}},
			want: []view{{"3-3", "", "Een.\n\nTwee."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Chunk(tt.doc, tt.opts)
			checkChunks(t, tt.doc, tt.opts, got)
			if diff := cmp.Diff(tt.want, views(got)); diff != "" {
				t.Errorf("chunks mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestChunkUnsplittableSentence(t *testing.T) {
	long := strings.TrimSuffix(strings.ReplaceAll(words("x", 70), ".", ""), "") + "."
	doc := makeDoc([]blk{p(long)})
	got := Chunk(doc, Options{TargetWords: 20, MaxWords: 30})
	checkChunks(t, doc, Options{TargetWords: 20, MaxWords: 30}, got)
	if len(got) != 4 {
		t.Errorf("70-word sentence with target 20: %d chunks, want 4", len(got))
	}
}

func TestOptionsSetDefaults(t *testing.T) {
	tests := []struct {
		name string
		in   Options
		want Options
	}{
		{"zero", Options{}, Options{200, 300, 30}},
		{"absurdly large", Options{1e9, 1e9, 1e9}, Options{2000, 6000, 500}},
		{"tiny", Options{1, 1, 1}, Options{20, 21, 1}},
		{"max below target", Options{100, 50, 10}, Options{100, 110, 10}},
		{"negative overlap", Options{200, 0, -1}, Options{200, 300, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.in
			got.SetDefaults()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SetDefaults mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// checkChunks verifies the chunker's invariants: ordinals, offsets in
// bounds, text equal to the page slices it claims, at most MaxWords words,
// and every non-space rune of every block covered by some chunk.
func checkChunks(t *testing.T, doc *extract.Document, opts Options, chunks []bronwijzer.Chunk) {
	t.Helper()
	opts.SetDefaults()
	index := make(map[int]int) // page number -> index
	pages := make([][]rune, len(doc.Pages))
	covered := make([][]bool, len(doc.Pages))
	for i, p := range doc.Pages {
		index[p.Number] = i
		pages[i] = []rune(p.Text)
		covered[i] = make([]bool, len(pages[i]))
	}
	for i, c := range chunks {
		if c.Ordinal != i || c.DocumentID != "" || c.Terms != nil || c.Embedding != nil {
			t.Fatalf("chunk %d: ordinal %d or fields set by the pipeline not empty", i, c.Ordinal)
		}
		a, okA := index[c.PageStart]
		z, okZ := index[c.PageEnd]
		if !okA || !okZ || a > z || c.CharStart < 0 || c.CharStart > len(pages[a]) || c.CharEnd < 0 || c.CharEnd > len(pages[z]) || a == z && c.CharStart >= c.CharEnd {
			t.Fatalf("chunk %d: range p%d:%d–p%d:%d out of bounds", i, c.PageStart, c.CharStart, c.PageEnd, c.CharEnd)
		}
		var want string
		if a == z {
			want = string(pages[a][c.CharStart:c.CharEnd])
			markCovered(covered[a], c.CharStart, c.CharEnd)
		} else {
			parts := []string{string(pages[a][c.CharStart:])}
			markCovered(covered[a], c.CharStart, len(pages[a]))
			for p := a + 1; p < z; p++ {
				if len(pages[p]) > 0 {
					parts = append(parts, string(pages[p]))
				}
				markCovered(covered[p], 0, len(pages[p]))
			}
			parts = append(parts, string(pages[z][:c.CharEnd]))
			markCovered(covered[z], 0, c.CharEnd)
			want = joinPieces(parts)
		}
		switch c.Kind {
		case bronwijzer.KindTable:
			// the table model's rendering, not a slice
		case bronwijzer.KindTableRow:
			if !strings.HasSuffix(c.Text, want) {
				t.Fatalf("chunk %d row text does not end with its page slice\ntext:  %q\nslice: %q", i, c.Text, want)
			}
		case bronwijzer.KindNote:
			if c.Text != want {
				t.Fatalf("note %d text differs from its page slice\ntext:  %q\nslice: %q", i, c.Text, want)
			}
		default:
			// Content chunks hold the content of their range: notes and
			// text in no block are cut out; a continued list repeats its
			// lead-in in front.
			w := squeeze(contentOf(doc, index, c))
			if g := squeeze(c.Text); g != w && !(c.Kind == bronwijzer.KindList && strings.HasSuffix(g, w)) {
				t.Fatalf("chunk %d text differs from the content of its range\ntext:    %q\ncontent: %q", i, c.Text, w)
			}
			if !hasSkips(doc) && c.Kind == bronwijzer.KindText && c.Text != want {
				t.Fatalf("chunk %d text differs from its page slices\ntext:  %q\nslice: %q", i, c.Text, want)
			}
		}
		if c.Kind == bronwijzer.KindTable || c.Kind == bronwijzer.KindTableRow {
			continue
		}
		if n := len(strings.Fields(c.Text)); n > opts.MaxWords {
			t.Errorf("chunk %d has %d words, max %d", i, n, opts.MaxWords)
		}
		if strings.TrimSpace(c.Text) == "" {
			t.Errorf("chunk %d is blank", i)
		}
	}
	for i, p := range doc.Pages {
		for _, b := range p.Blocks {
			for o := max(b.Start, 0); o < min(b.End, len(pages[i])); o++ {
				if !covered[i][o] && !unicode.IsSpace(pages[i][o]) {
					t.Fatalf("page %d rune %d (%q) of a block is in no chunk", p.Number, o, pages[i][o])
				}
			}
		}
	}
}

// contentOf returns the runes of c's range that lie in a block other than
// a note, page by page.
func contentOf(doc *extract.Document, index map[int]int, c bronwijzer.Chunk) string {
	var b strings.Builder
	for pi := index[c.PageStart]; pi <= index[c.PageEnd]; pi++ {
		p := doc.Pages[pi]
		r := []rune(p.Text)
		in := make([]bool, len(r))
		for _, blk := range p.Blocks {
			if blk.Kind != extract.Note {
				markCovered(in, max(blk.Start, 0), min(blk.End, len(r)))
			}
		}
		if len(p.Blocks) == 0 {
			markCovered(in, 0, len(r))
		}
		from, to := 0, len(r)
		if pi == index[c.PageStart] {
			from = c.CharStart
		}
		if pi == index[c.PageEnd] {
			to = c.CharEnd
		}
		for o := from; o < to; o++ {
			if in[o] {
				b.WriteRune(r[o])
			}
		}
	}
	return b.String()
}

// hasSkips reports whether doc has notes or text outside its blocks.
func hasSkips(doc *extract.Document) bool {
	for _, p := range doc.Pages {
		n := 0
		for _, blk := range p.Blocks {
			if blk.Kind == extract.Note {
				return true
			}
			n += blk.End - blk.Start
		}
		if len(p.Blocks) > 0 && len([]rune(strings.Join(strings.Fields(p.Text), ""))) > n {
			return true
		}
	}
	return false
}

// squeeze drops all white space, so texts compare by their words alone.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func markCovered(c []bool, from, to int) {
	for i := from; i < to; i++ {
		c[i] = true
	}
}

// FuzzChunk builds documents from arbitrary text (pages split on \f, blocks
// on blank lines, "#" prefixes make headings) and checks the invariants.
func FuzzChunk(f *testing.F) {
	f.Add("# Kop\n\nTekst. Meer tekst!\n\n## Sub\n\nA b c.\fVervolg.", 20, 5)
	f.Add(words("w", 120)+"\n\n"+words("v", 3), 20, 10)
	f.Add("#\n\n\n\n# \f\f", 0, 0)
	f.Add("# Kop\n\nLet op:\n\n- een\n\n- twee\n\n^1 Noot.\fVervolg.\n\n- drie", 20, 5)
	f.Add("Dr. J. Jansen o.a. bijv. \u2026 “Zin.” Nog een?  Ja!\nRegel.", 25, -3)
	f.Fuzz(func(t *testing.T, in string, target, overlap int) {
		var pages [][]blk
		for _, pt := range strings.Split(in, "\f") {
			var blocks []blk
			for _, bt := range strings.Split(pt, "\n\n") {
				level := len(bt) - len(strings.TrimLeft(bt, "#"))
				blocks = append(blocks, blk{min(level, 6), bt})
			}
			pages = append(pages, blocks)
		}
		doc := makeDoc(pages...)
		// "- " makes a block a list item, "^" a note.
		for i := range doc.Pages {
			r := []rune(doc.Pages[i].Text)
			for j, b := range doc.Pages[i].Blocks {
				t := string(r[b.Start:b.End])
				switch {
				case b.Kind == extract.Paragraph && strings.HasPrefix(t, "- "):
					doc.Pages[i].Blocks[j].Kind, doc.Pages[i].Blocks[j].Level = extract.ListItem, 1
				case b.Kind == extract.Paragraph && strings.HasPrefix(t, "^"):
					doc.Pages[i].Blocks[j].Kind, doc.Pages[i].Blocks[j].Label = extract.Note, "1"
				}
			}
		}
		opts := Options{TargetWords: target % 500, OverlapWords: overlap % 100}
		checkChunks(t, doc, opts, Chunk(doc, opts))
	})
}

// kompasLike returns a seeded 53-page document of about 20,000 words with
// headings every few paragraphs.
func kompasLike() *extract.Document {
	r := rand.New(rand.NewPCG(53, 53))
	vocab := strings.Fields("de huisarts gebruikt kunstmatige intelligentie voor verslaglegging en triage in de eerstelijnszorg met aandacht voor privacy")
	var pages [][]blk
	for range 53 {
		var blocks []blk
		for j := range 8 {
			if j%4 == 0 {
				blocks = append(blocks, h(1+r.IntN(3), "Kop over "+vocab[r.IntN(len(vocab))]))
			}
			var sb strings.Builder
			for k := range 20 + r.IntN(60) {
				w := vocab[r.IntN(len(vocab))]
				if k%12 == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				sb.WriteString(w)
				if k%12 == 11 {
					sb.WriteByte('.')
				}
				sb.WriteByte(' ')
			}
			blocks = append(blocks, p(strings.TrimSpace(sb.String())+"."))
		}
		pages = append(pages, blocks)
	}
	return makeDoc(pages...)
}

func BenchmarkChunk(b *testing.B) {
	doc := kompasLike()
	var n int
	for b.Loop() {
		n = len(Chunk(doc, Options{}))
	}
	b.ReportMetric(float64(n), "chunks")
}

// TestJoinPiecesAcrossPages joins a passage's pieces on two pages: a
// sentence broken off at a page's foot goes on with a space, and a piece
// that ends in a hyphen is joined as the extractor joins such a line
// (extract.HyphenJoin), keeping the hyphen, which the page holds: a word
// hyphenated there ("Dervomycine is gecontra-" over "indiceerd tijdens de
// gehele zwangerschap", a Chromium print of FT-16) is one word again.
// Read as two paragraphs, "dervomycine" and
// "zwangerschap" stood in different ones, and "Is dervomycine
// gecontra-indiceerd tijdens de zwangerschap?" was refused.
func TestJoinPiecesAcrossPages(t *testing.T) {
	for _, tt := range []struct {
		parts []string
		want  string
	}{
		{[]string{"Dervomycine is gecontra-", "indiceerd tijdens de gehele zwangerschap."}, "Dervomycine is gecontra-indiceerd tijdens de gehele zwangerschap."},
		{[]string{"Start de behan- ", "\ndeling na 3 dagen."}, "Start de behan-deling na 3 dagen."},
		{[]string{"… prelamycine gedurende 5", "dagen. Geef …"}, "… prelamycine gedurende 5 dagen. Geef …"},
		// a suspended compound, and a hyphen before a capital
		{[]string{"Toetsing aan wet-", "en regelgeving."}, "Toetsing aan wet- en regelgeving."},
		{[]string{"Regio Noord-", "Holland."}, "Regio Noord-Holland."},
		{[]string{"Einde.", "3.1 Anamnese"}, "Einde.\n\n3.1 Anamnese"},
	} {
		if got := joinPieces(tt.parts); got != tt.want {
			t.Errorf("joinPieces(%q) = %q, want %q", tt.parts, got, tt.want)
		}
	}
}
