package extract

import (
	"math"
	"path/filepath"
	"strings"
	"testing"
)

// TestPDFAnnotations reads testdata/pdfrecall/annotations.pdf (written by
// scripts/gen-pdf-recall-fixtures.go): the appearances of a free-text note,
// a push button and a stamp are read in their place on the page; filled-in
// field values, a hidden note and a print-only note are not.
func TestPDFAnnotations(t *testing.T) {
	doc := extractFixture(t, "pdfrecall/annotations.pdf")
	text := allText(doc)
	assertOrder(t, text, "Verwijzing naar de nefroloog", "Verwijs bij een eGFR onder 30 ml/min of snelle daling.",
		"Noot: overleg bij twijfel met de nefroloog.", "Bereken de eGFR", "Vastgesteld door de werkgroep")
	for _, absent := range []string{"Jansen", "Aangevinkt", "123456782", "Verborgen", "afdrukken"} {
		if strings.Contains(text, absent) {
			t.Errorf("%q read: %q", absent, text)
		}
	}
	got := renderDocument(doc)
	golden := filepath.Join("testdata", "pdfrecall", "annotations.golden")
	compareGolden(t, golden, got)
}

// TestPDFFitAppearance: the appearance's BBox, transformed by its
// Matrix, is fitted onto the annotation rectangle.
func TestPDFFitAppearance(t *testing.T) {
	for _, tt := range []struct {
		name       string
		rect, bbox [4]float64
		matrix     pdfMatrix
		in, want   [2]float64 // a point of form space and where it lands
	}{
		{"translated", [4]float64{72, 690, 372, 710}, [4]float64{100, 100, 400, 120}, pdfIdentity, [2]float64{102, 105}, [2]float64{74, 695}},
		{"scaled by Matrix", [4]float64{72, 60, 372, 80}, [4]float64{0, 0, 600, 40}, pdfMatrix{0.5, 0, 0, 0.5, 0, 0}, [2]float64{4, 12}, [2]float64{74, 66}},
		{"squeezed to Rect", [4]float64{0, 0, 100, 10}, [4]float64{0, 0, 200, 20}, pdfIdentity, [2]float64{200, 20}, [2]float64{100, 10}},
		{"rotated by Matrix", [4]float64{10, 10, 30, 110}, [4]float64{0, 0, 100, 20}, pdfMatrix{0, 1, -1, 0, 0, 0}, [2]float64{0, 0}, [2]float64{30, 10}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := pdfFitAppearance(tt.rect, tt.bbox, tt.matrix)
			if !ok {
				t.Fatal("no matrix")
			}
			x, y := tt.in[0]*m[0]+tt.in[1]*m[2]+m[4], tt.in[0]*m[1]+tt.in[1]*m[3]+m[5]
			if d := max(math.Abs(x-tt.want[0]), math.Abs(y-tt.want[1])); d > 1e-9 {
				t.Errorf("(%g, %g) → (%g, %g), want %v", tt.in[0], tt.in[1], x, y, tt.want)
			}
		})
	}
}
