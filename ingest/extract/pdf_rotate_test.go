package extract

import (
	"math"
	"testing"
)

func TestPDFAngle(t *testing.T) {
	for _, tt := range []struct {
		dx, dy float64
		want   int16
	}{
		{1, 0, 0}, {0, 1, 90}, {-1, 0, 180}, {0, -1, 270},
		{1, 0.05, 0}, {1, -0.05, 0}, // a slightly skewed scan stays upright
		{1, 1, 45}, {math.Cos(0.5), math.Sin(0.5), 30},
	} {
		if got := pdfAngle(tt.dx, tt.dy); got != tt.want {
			t.Errorf("pdfAngle(%v, %v) = %d, want %d", tt.dx, tt.dy, got, tt.want)
		}
	}
}

// TestPDFUpright turns a page of text running up (rotated 90°) with one
// upright line into the frame of the rotated text: its lines read in order
// and the upright line comes after them.
func TestPDFUpright(t *testing.T) {
	in := newPDFInterp()
	up := func(text string, x, y float64) {
		for i, r := range text {
			in.glyphs = append(in.glyphs, pdfGlyph{x: x, y: y + float64(i)*6, w: 6, size: 12, s: string(r), space: r == ' ', rot: 90})
		}
	}
	up("eerste regel", 300, 100) // text running up: the next line is to the right
	up("tweede regel", 316, 100)
	for i, r := range "voettekst" {
		in.glyphs = append(in.glyphs, pdfGlyph{x: 100 + float64(i)*6, y: 40, w: 6, size: 12, s: string(r)})
	}
	in.rules = []pdfRule{{pos: 200, lo: 50, hi: 500, width: 1}}
	box := in.upright(pdfPageRef{box: [4]float64{0, 0, 595, 842}})
	if box != [4]float64{0, 0, 842, 595} {
		t.Errorf("box %v, want landscape", box)
	}
	var texts []string
	for _, r := range pdfRows(in.glyphs) {
		texts = append(texts, r.text())
	}
	if want := []string{"eerste regel", "tweede regel", "voettekst"}; len(texts) != 3 || texts[0] != want[0] || texts[1] != want[1] || texts[2] != want[2] {
		t.Errorf("rows %q, want %q", texts, want)
	}
	if len(in.rules) != 1 || !in.rules[0].vertical {
		t.Errorf("a horizontal rule turns vertical: %+v", in.rules)
	}
}
