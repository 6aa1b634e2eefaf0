package chunk

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// extractFile runs the extractor that ingest would use for path.
func extractFile(tb testing.TB, path string) *extract.Document {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var doc *extract.Document
	switch filepath.Ext(path) {
	case ".pdf":
		doc, err = extract.PDF(context.Background(), data, extract.PDFOptions{})
	case ".html":
		doc, err = extract.HTML(data)
	case ".md":
		doc, err = extract.Markdown(data)
	default:
		tb.Fatalf("no extractor for %s", path)
	}
	if err != nil {
		tb.Fatalf("extract %s: %v", path, err)
	}
	return doc
}

// golden renders chunks for review: one block per chunk with its kind,
// pages, section path, caption and notes, then its text.
func golden(cs []bronwijzer.Chunk) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "=== %d %s p.%d-%d\nsection: %s\n", c.Ordinal, c.Kind, c.PageStart, c.PageEnd, c.Section)
		if c.Caption != "" {
			fmt.Fprintf(&b, "caption: %s\n", c.Caption)
		}
		if len(c.Notes) > 0 {
			fmt.Fprintf(&b, "notes: %s\n", strings.Join(c.Notes, ", "))
		}
		b.WriteString(c.Text)
		b.WriteString("\n\n")
	}
	return b.String()
}

var (
	urlPattern  = regexp.MustCompile(`https?://|www\.`)
	refPattern  = regexp.MustCompile(`\b(19|20)\d\d;\s?\d+`)        // a Vancouver-style reference: "2023;18:211-8"
	notePattern = regexp.MustCompile(`\p{L}[.,;:]?\d{1,2}(?:\s|$)`) // a note marker glued to a word: "hoger.1"
)

// TestGuidelineStructure chunks each fictional dev guideline and checks what
// the structure model promises, then compares with a reviewed golden file
// (refresh with -update and read the diff).
func TestGuidelineStructure(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/guidelines/ft0*")
	if len(paths) != 4 {
		t.Fatalf("found %d dev guidelines in testdata/guidelines, want 4", len(paths))
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		t.Run(name, func(t *testing.T) {
			doc := extractFile(t, path)
			cs := Chunk(doc, Options{})
			checkChunks(t, doc, Options{}, cs)
			checkGuideline(t, doc, cs)
			got := golden(cs)
			file := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("chunks differ from %s; rerun with -update and review the diff", file)
			}
		})
	}
}

// checkGuideline asserts the outline every NHG-like guideline shares.
func checkGuideline(t *testing.T, doc *extract.Document, cs []bronwijzer.Chunk) {
	t.Helper()
	var rows, lists int
	sections := map[string]bool{}
	for _, c := range cs {
		sections[c.Section] = true
		switch c.Kind {
		case bronwijzer.KindTableRow:
			rows++
			if !strings.Contains(c.Text, extract.HeaderSeparator) {
				t.Errorf("table row %d pairs no cell with a header: %q", c.Ordinal, c.Text)
			}
		case bronwijzer.KindList:
			lists++
		}
		if !c.Searchable() {
			continue
		}
		if urlPattern.MatchString(c.Text) {
			t.Errorf("content passage %d holds a URL (reference text): %q", c.Ordinal, c.Text)
		}
		if refPattern.MatchString(c.Text) {
			t.Errorf("content passage %d holds a literature reference: %q", c.Ordinal, c.Text)
		}
		if m := notePattern.FindString(c.Text); m != "" && c.Kind == bronwijzer.KindText {
			t.Logf("passage %d may hold a note marker %q", c.Ordinal, m)
		}
	}
	want := 0
	for _, tb := range doc.Tables {
		want += len(tb.Rows)
	}
	if want == 0 || rows != want {
		t.Errorf("table rows: %d passages for %d rows in %d tables", rows, want, len(doc.Tables))
	}
	if lists == 0 {
		t.Error("no list passage (every dev guideline lists its alarm symptoms)")
	}
	// Numbered sections nest by their numbering.
	found := false
	for s := range sections {
		if strings.Contains(s, "4 Richtlijnen beleid"+bronwijzer.SectionSeparator+"4.3 Medicamenteuze behandeling") {
			found = true
		}
	}
	if !found {
		t.Errorf("no section path with 4 Richtlijnen beleid › 4.3 Medicamenteuze behandeling; paths: %q", keys(sections))
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A table that typesetting floated to the top of the next page, into a
// section that never refers to it, belongs to the section that referred to
// it (referredTables): FT-10's dose table, referred to under "4.2
// Medicamenteuze behandeling" ("zie tabel 1"), opens page 2 under "4.3
// Zwangerschap en borstvoeding", begun on page 1. Before, its rows (the
// adults' doses among them) stood under the pregnancy's section path. A
// table set under its own heading keeps its place: FT-04's under "4.3.2
// Dosering", referred to under "4.3.1 Stappenplan" (the golden file).
func TestFloatedTableGoesToTheSectionReferringToIt(t *testing.T) {
	cs := Chunk(extractFile(t, "../../testdata/heldout/ft10/ft10-fluitkeel.pdf"), Options{})
	rows := 0
	for _, c := range cs {
		if c.Kind != bronwijzer.KindTableRow && c.Kind != bronwijzer.KindTable {
			continue
		}
		rows++
		if !strings.HasSuffix(c.Section, bronwijzer.SectionSeparator+"4.2 Medicamenteuze behandeling") {
			t.Errorf("%s %q in section %q, want 4.2 Medicamenteuze behandeling", c.Kind, c.Text, c.Section)
		}
	}
	if rows != 7 {
		t.Errorf("%d table chunks, want the 6 rows and the table", rows)
	}
}

// A numbered heading goes under the heading of its number's parent when
// the heading above it has another number. pdfLaTeX sets FT-10's "2.3
// Beloop" at the foot of page 1's left column, beside "4.3 Zwangerschap
// en borstvoeding", and the page is read with it after "4.2
// Medicamenteuze behandeling": its passage stood under "4 Richtlijnen
// beleid › 2.3 Beloop", and the sections after it under "2.3 Beloop"'s
// parent "4". Now "2 Achtergronden › 2.3 Beloop", and "4.3 …" under "4
// Richtlijnen beleid" again.
func TestNumberedHeadingUnderItsParent(t *testing.T) {
	cs := Chunk(extractFile(t, "../../testdata/heldout/ft10/ft10-fluitkeel.pdf"), Options{})
	want := map[string]string{
		"De heesheid verdwijnt meestal binnen 10 dagen.":  "2 Achtergronden" + bronwijzer.SectionSeparator + "2.3 Beloop",
		"Pentavir is gecontra-indiceerd tijdens de zwang": "4 Richtlijnen beleid" + bronwijzer.SectionSeparator + "4.3 Zwangerschap en borstvoeding",
	}
	for text, section := range want {
		found := false
		for _, c := range cs {
			if !strings.Contains(c.Text, text) {
				continue
			}
			found = true
			if !strings.HasSuffix(c.Section, section) {
				t.Errorf("%q in section %q, want … %s", text, c.Section, section)
			}
		}
		if !found {
			t.Errorf("no chunk holds %q", text)
		}
	}
	for _, tt := range []struct{ title, num string }{
		{"2.3 Beloop", "2.3"}, {"4 Richtlijnen beleid", "4"}, {"4.3.1. Stappenplan", "4.3.1"},
		{"Beloop", ""}, {"2026 Herziening", ""}, {"Tabel 2 Dosering", ""}, {"3a Anamnese", ""},
	} {
		if got := headingNumber(tt.title); got != tt.num {
			t.Errorf("headingNumber(%q) = %q, want %q", tt.title, got, tt.num)
		}
	}
}
