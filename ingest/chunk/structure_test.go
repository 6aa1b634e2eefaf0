package chunk

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// sblk describes a typed block for structDoc.
type sblk struct {
	kind  extract.Kind
	level int
	text  string
	table int
	row   int
	label string
	notes []string
}

func heading(level int, text string) sblk {
	return sblk{kind: extract.Heading, level: level, text: text}
}
func para(text string, notes ...string) sblk {
	return sblk{kind: extract.Paragraph, text: text, notes: notes}
}
func item(text string) sblk { return sblk{kind: extract.ListItem, level: 1, text: text} }
func note(label, text string) sblk {
	return sblk{kind: extract.Note, text: text, label: label}
}

// structDoc builds a document with typed blocks, pages in order. Table rows
// are written by the table model, so their text is what extractors write.
func structDoc(tables []extract.Table, pages ...[]sblk) *extract.Document {
	doc := &extract.Document{MediaType: "application/pdf", Tables: tables}
	for i, blocks := range pages {
		page := extract.Page{Number: i + 1}
		var texts []string
		off := 0
		for _, b := range blocks {
			n := len([]rune(b.text))
			page.Blocks = append(page.Blocks, extract.Block{Kind: b.kind, Level: b.level, Start: off, End: off + n,
				Table: b.table, Row: b.row, Label: b.label, Notes: b.notes})
			texts = append(texts, b.text)
			off += n + 2
		}
		page.Text = strings.Join(texts, "\n\n")
		doc.Pages = append(doc.Pages, page)
	}
	return doc
}

func rowBlocks(t extract.Table, index int) []sblk {
	out := []sblk{{kind: extract.Caption, text: t.Caption, table: index}}
	for i := range t.Rows {
		out = append(out, sblk{kind: extract.TableRow, text: t.RowText(i), table: index, row: i})
	}
	return out
}

// kview is what the structure tests compare: kind, section, caption, notes
// and text.
type kview struct {
	Kind, Section, Caption string
	Notes                  []string
	Text                   string
}

func kviews(cs []bronwijzer.Chunk) []kview {
	out := []kview{}
	for _, c := range cs {
		out = append(out, kview{c.Kind, c.Section, c.Caption, c.Notes, c.Text})
	}
	return out
}

var doseTable = extract.Table{
	Page:    1,
	Caption: "Tabel 2 Dosering van de antibiotica",
	Header:  []string{"Middel", "Volwassenen", "Kinderen", "Bij nierfunctiestoornis"},
	Rows: [][]string{
		{"tarvomycine tablet 250 mg", "2 dd 500 mg", "≥ 6 maanden: 12 mg/kg/dag in 2 giften", "eGFR < 30: 1 dd 250 mg"},
		{"nordaxilline tablet 0,6 mg", "1 dd 1,2 mg", "", "eGFR < 30: gecontra-indiceerd"},
	},
}

func TestChunkStructure(t *testing.T) {
	tests := []struct {
		name string
		doc  *extract.Document
		want []kview
	}{
		{
			name: "each table row is a passage led by its caption; the whole table is kept apart",
			doc: structDoc([]extract.Table{doseTable}, append(append([]sblk{heading(1, "4.3 Medicamenteuze behandeling"),
				para("Behandel met een antibioticum.")}, rowBlocks(doseTable, 1)...), para("Na de tabel."))),
			want: []kview{
				{bronwijzer.KindText, "4.3 Medicamenteuze behandeling", "", nil, "4.3 Medicamenteuze behandeling\n\nBehandel met een antibioticum."},
				{bronwijzer.KindTableRow, "4.3 Medicamenteuze behandeling", "Tabel 2 Dosering van de antibiotica", nil,
					"Tabel 2 Dosering van de antibiotica — Middel: tarvomycine tablet 250 mg · Volwassenen: 2 dd 500 mg · Kinderen: ≥ 6 maanden: 12 mg/kg/dag in 2 giften · Bij nierfunctiestoornis: eGFR < 30: 1 dd 250 mg"},
				{bronwijzer.KindTableRow, "4.3 Medicamenteuze behandeling", "Tabel 2 Dosering van de antibiotica", nil,
					"Tabel 2 Dosering van de antibiotica — Middel: nordaxilline tablet 0,6 mg · Volwassenen: 1 dd 1,2 mg · Bij nierfunctiestoornis: eGFR < 30: gecontra-indiceerd"},
				{bronwijzer.KindTable, "4.3 Medicamenteuze behandeling", "Tabel 2 Dosering van de antibiotica", nil, doseTable.Text()},
				{bronwijzer.KindText, "4.3 Medicamenteuze behandeling", "", nil, "Na de tabel."},
			},
		},
		{
			name: "a list stays with the heading and its lead-in",
			doc: structDoc(nil, []sblk{heading(2, "4.5 Consultatie en verwijzing"),
				para("Verwijs met spoed bij een van de volgende alarmsymptomen:"), item("benauwdheid"), item("sufheid"), para("Verwijs verder bij twijfel.")}),
			want: []kview{
				{bronwijzer.KindList, "4.5 Consultatie en verwijzing", "", nil,
					"4.5 Consultatie en verwijzing\n\nVerwijs met spoed bij een van de volgende alarmsymptomen:\n\nbenauwdheid\n\nsufheid"},
				{bronwijzer.KindText, "4.5 Consultatie en verwijzing", "", nil, "Verwijs verder bij twijfel."},
			},
		},
		{
			name: "a lead-in sentence after other text starts the list passage; its paragraph stays whole before",
			doc: structDoc(nil, []sblk{heading(1, "Beleid"), para("Eerste alinea."),
				para("Geef uitleg. Let op de volgende punten:"), item("drinken"), item("rust")}),
			want: []kview{
				{bronwijzer.KindText, "Beleid", "", nil, "Beleid\n\nEerste alinea.\n\nGeef uitleg. Let op de volgende punten:"},
				{bronwijzer.KindList, "Beleid", "", nil, "Let op de volgende punten:\n\ndrinken\n\nrust"},
			},
		},
		{
			name: "a one-sentence lead-in moves into the list passage",
			doc: structDoc(nil, []sblk{heading(1, "Beleid"), para("Eerste alinea."),
				para("Let op de volgende punten:"), item("drinken")}),
			want: []kview{
				{bronwijzer.KindText, "Beleid", "", nil, "Beleid\n\nEerste alinea."},
				{bronwijzer.KindList, "Beleid", "", nil, "Let op de volgende punten:\n\ndrinken"},
			},
		},
		{
			name: "a footnote at the foot of a page is a note, cut out of the paragraph that runs across it",
			doc: structDoc(nil,
				[]sblk{heading(1, "Achtergrond"), para("De prevalentie is hoger", "1"), note("1", "1 Jansen 2020, fictief.")},
				[]sblk{para("bij ouderen.")}),
			want: []kview{
				{bronwijzer.KindNote, "Achtergrond", "", []string{"1"}, "1 Jansen 2020, fictief."},
				{bronwijzer.KindText, "Achtergrond", "", []string{"1"}, "Achtergrond\n\nDe prevalentie is hoger bij ouderen."},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Chunk(tt.doc, Options{})
			if diff := cmp.Diff(tt.want, kviews(got)); diff != "" {
				t.Errorf("chunks mismatch (-want +got):\n%s", diff)
			}
			checkOffsets(t, tt.doc, got)
			checkChunks(t, tt.doc, Options{}, got)
		})
	}
}

// checkOffsets proves every chunk locates its text on its pages: a row's
// offsets hold the row, a content chunk's the start and end of its text.
func checkOffsets(t *testing.T, doc *extract.Document, cs []bronwijzer.Chunk) {
	t.Helper()
	for i, c := range cs {
		first, last := []rune(doc.Pages[c.PageStart-1].Text), []rune(doc.Pages[c.PageEnd-1].Text)
		if c.CharStart < 0 || c.CharStart > len(first) || c.CharEnd < 0 || c.CharEnd > len(last) {
			t.Fatalf("chunk %d: offsets %d–%d out of bounds", i, c.CharStart, c.CharEnd)
		}
		switch c.Kind {
		case bronwijzer.KindTable:
			continue
		case bronwijzer.KindTableRow:
			if !strings.HasSuffix(c.Text, string(first[c.CharStart:c.CharEnd])) {
				t.Errorf("chunk %d: row text %q does not end with its page text %q", i, c.Text, string(first[c.CharStart:c.CharEnd]))
			}
			continue
		}
		if c.PageStart == c.PageEnd && !strings.HasPrefix(string(first[c.CharStart:]), firstLine(c.Text)) {
			t.Errorf("chunk %d: text %q does not start at its offset", i, c.Text)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func TestChunkLongListRepeatsLeadIn(t *testing.T) {
	blocks := []sblk{heading(1, "Alarmsymptomen"), para("Verwijs bij:")}
	for range 8 {
		blocks = append(blocks, item(words("x", 10)))
	}
	doc := structDoc(nil, blocks)
	opts := Options{TargetWords: 30, MaxWords: 40, OverlapWords: -1}
	got := Chunk(doc, opts)
	checkChunks(t, doc, opts, got)
	if len(got) < 2 {
		t.Fatalf("got %d chunks, want the list split", len(got))
	}
	for i, c := range got {
		if c.Kind != bronwijzer.KindList {
			t.Errorf("chunk %d kind %q, want list", i, c.Kind)
		}
		if !strings.Contains(c.Text, "Verwijs bij:") {
			t.Errorf("chunk %d lacks the lead-in: %q", i, c.Text)
		}
		if n := len(strings.Fields(c.Text)); n > 40+len(strings.Fields("Verwijs bij:")) {
			t.Errorf("chunk %d has %d words", i, n)
		}
	}
}
