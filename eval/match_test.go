package eval

import (
	"testing"

	"github.com/bronwijzer/bronwijzer"
)

func passage(id, doc, file, text string) bronwijzer.Passage {
	return bronwijzer.Passage{ID: id, DocumentID: doc, SourceFile: file, Text: text, PageStart: 1, PageEnd: 1}
}

func TestQuoteIn(t *testing.T) {
	tests := []struct {
		name, quote, text string
		want              bool
	}{
		{"exact", "tot 73% kortere wachttijden", "Evaluaties rapporteren tot 73% kortere wachttijden en meer.", true},
		{"after normalisation", "AI-gestuurde netvliesscans", "liet zien dat AI-\ngestuurde   NETVLIESSCANS effectief", true},
		{"extractor joined hyphen", "AI-toepassingen zijn", "de AItoepassingen zijn", true},
		{"line-break hyphen in word", "voorspellende analyses", "de voorspel-\nlende analyses", true},
		// 4 of 5 tokens in order = 0.8: the quote straddles the passage end.
		{"straddles boundary 80%", "meer dan een dag per", "besteedt meer dan een dag", true},
		// 3 of 5 tokens = 0.6.
		{"below 80%", "meer dan een dag per", "besteedt meer dan een", false},
		{"out of order", "kortere wachttijden tot 73", "tot 73 procent kortere wachttijden", false},
		// all tokens present in order but spread over more than 2n tokens.
		{"scattered", "de zorg van de patiënt",
			"de a b c d e f g h i j k zorg l m n o p q r s t u v van w x y z aa bb cc de dd ee ff gg hh ii patiënt", false},
		{"empty quote", "  ", "iets", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := QuoteIn(tt.quote, tt.text); got != tt.want {
				t.Errorf("QuoteIn(%q, %q) = %v, want %v", tt.quote, tt.text, got, tt.want)
			}
		})
	}
}

func TestOrderedOverlap(t *testing.T) {
	q := []string{"a", "b", "c", "d", "e"}
	tests := []struct {
		name string
		text []string
		want float64
	}{
		{"all", []string{"x", "a", "b", "c", "d", "e"}, 1},
		{"one missing", []string{"a", "b", "x", "d", "e"}, 0.8},
		{"gap within window", []string{"a", "x", "b", "x", "c", "x", "d", "x", "e"}, 1},
		{"none", []string{"x", "y"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := OrderedOverlap(q, tt.text); got != tt.want {
				t.Errorf("OrderedOverlap = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMatchesDocument(t *testing.T) {
	p := passage("kompas:1:3", "ai-kompas", "docs/AI-Kompas.pdf", "Eén op de vijf praktijken")
	tests := []struct {
		name, doc string
		want      bool
	}{
		{"document id", "ai-kompas", true},
		{"file name", "AI-Kompas.pdf", true},
		{"file name without extension", "ai-kompas", true},
		{"path", "corpus/ai-kompas.pdf", true},
		{"other document", "nivel.pdf", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Matches(p, Evidence{Document: tt.doc, Quote: "een op de vijf"}); got && !tt.want {
				t.Errorf("Matches(%q) = true, want false", tt.doc)
			}
			if got := Matches(p, Evidence{Document: tt.doc, Quote: "Eén op de vijf"}); got != tt.want {
				t.Errorf("Matches(%q) = %v, want %v", tt.doc, got, tt.want)
			}
		})
	}
}
