package retrieval_test

import (
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/google/go-cmp/cmp"
)

func TestIndexFieldsText(t *testing.T) {
	c := bronwijzer.Chunk{Kind: bronwijzer.KindText, Section: "Beleid › Consultatie en verwijzing", Text: "Verwijs bij twijfel."}
	body, field := retrieval.IndexFields(c)
	if body != c.Text || field != c.Section {
		t.Errorf("IndexFields = %q, %q; want the text and the section", body, field)
	}
	body, field = retrieval.IndexFields(bronwijzer.Chunk{Text: "Alleen tekst."})
	if body != "Alleen tekst." || field != "" {
		t.Errorf("without section: %q, %q", body, field)
	}
}

// TestIndexFieldsTableRow splits a row as the extractor renders it and the
// chunker prefixes it: caption and headers go to the field, cells stay body,
// and the first cell, the row's subject, counts in the field as well.
func TestIndexFieldsTableRow(t *testing.T) {
	tbl := extract.Table{
		Caption: "Tabel 2 Dosering van nordaxilline",
		Header:  []string{"Middel", "Volwassenen", "Bij nierfunctiestoornis"},
		Rows:    [][]string{{"nordaxilline 1 mg", "1 dd 1 mg", "eGFR < 30: gecontra-indiceerd"}},
	}
	c := bronwijzer.Chunk{
		Kind: bronwijzer.KindTableRow, Section: "Behandeling › Medicatie", Caption: tbl.Caption,
		Text: tbl.Caption + " — " + tbl.RowText(0),
	}
	body, field := retrieval.IndexFields(c)
	if want := "nordaxilline 1 mg · 1 dd 1 mg · eGFR < 30: gecontra-indiceerd"; body != want {
		t.Errorf("body = %q, want %q", body, want)
	}
	want := "Behandeling › Medicatie\nTabel 2 Dosering van nordaxilline\nMiddel\nVolwassenen\nBij nierfunctiestoornis\nnordaxilline 1 mg"
	if diff := cmp.Diff(want, field); diff != "" {
		t.Errorf("field (-want +got):\n%s", diff)
	}
	if got := retrieval.RowSubject(c.Kind, c.Caption, c.Text); got != "nordaxilline 1 mg" {
		t.Errorf("RowSubject = %q, want the first cell", got)
	}
	if got := retrieval.RowSubject(bronwijzer.KindText, "", c.Text); got != "" {
		t.Errorf("RowSubject of a text passage = %q, want none", got)
	}
}
