package bronwijzer

import "testing"

// TestSearchable: text, lists and table rows are searched; a whole table
// never; a note only when the text refers to it by a marker and it is
// prose, not a web address, a literature reference or a line of a list
// of links.
func TestSearchable(t *testing.T) {
	tests := []struct {
		c    Chunk
		want bool
	}{
		{Chunk{Kind: KindText, Text: "Verwijs bij koorts."}, true},
		{Chunk{Kind: KindTableRow, Text: "Middel: x · Dosering: 1 dd"}, true},
		{Chunk{Kind: KindTable, Text: "Middel | Dosering"}, false},
		{Chunk{Kind: KindNote, Notes: []string{"3"}, Text: "De RIET-SCORE werd afgeleid in een cohort van 412 patiënten."}, true},
		{Chunk{Kind: KindNote, Text: "De RIET-SCORE werd afgeleid in een cohort van 412 patiënten."}, false},
		{Chunk{Kind: KindNote, Notes: []string{"4"}, Text: "Zie https://example.org/bron voor de validatiestudie van de score."}, false},
		{Chunk{Kind: KindNote, Notes: []string{"5"}, Text: "Jansen A, de Vries B. Riet en koorts. Huisarts Wet 2021;64:12-5."}, false},
		{Chunk{Kind: KindNote, Notes: []string{"6"}, Text: "Pieters C, et al. Een cohort met rietkraagkoorts in Waterland."}, false},
		{Chunk{Kind: KindNote, Notes: []string{"7"}, Text: "Subjectief, Objectief, Evaluatie en Plan"}, false},
	}
	for _, tt := range tests {
		if got := tt.c.Searchable(); got != tt.want {
			t.Errorf("%s %q (notes %v): searchable %v, want %v", tt.c.Kind, tt.c.Text, tt.c.Notes, got, tt.want)
		}
	}
}
