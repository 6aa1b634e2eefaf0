package extract

import (
	"math"

	"github.com/ledongthuc/pdf"
)

// Annotations: free-text notes, stamps, push-button captions and form
// fields are drawn by the appearance streams of a page's annotations, not
// by its content stream. A viewer and a printout show them, and so does
// pdftotext (poppler draws every visible annotation's normal appearance).
// The interpreter runs the normal appearance of each visible annotation
// after the page content, placed on the annotation's rectangle as PDF
// 32000-1 12.5.5 prescribes, except the widgets of form fields that hold a
// value (text, choice, check box, radio button, signature): what a user
// filled in is not guideline text and may be personal data, so it stays
// out, as the warning msgPDFForms says. A push button has no value; its
// caption is read.

const (
	pdfAnnotHidden = 1 << 1 // annotation flag 2: never shown nor printed
	pdfAnnotNoView = 1 << 5 // annotation flag 6: printed only, not shown
	// pdfMaxAnnots bounds the annotations drawn per page.
	pdfMaxAnnots = 10_000
)

// annotations draws the normal appearance streams of a page's visible
// annotations; res is the page's resources, used by an appearance that has
// none of its own.
func (in *pdfInterp) annotations(annots, res pdf.Value) {
	if annots.Kind() != pdf.Array {
		return
	}
	for i := range min(annots.Len(), pdfMaxAnnots) {
		if in.tooLarge || len(in.glyphs) >= in.maxGlyphs {
			return
		}
		a := annots.Index(i)
		if a.Kind() != pdf.Dict || a.Key("F").Int64()&(pdfAnnotHidden|pdfAnnotNoView) != 0 {
			continue
		}
		if sub := a.Key("Subtype").Name(); sub == "Popup" || sub == "Widget" && pdfFieldHoldsValue(a) {
			continue
		}
		ap := pdfAppearance(a)
		if ap.Kind() != pdf.Stream {
			continue
		}
		m, ok := pdfAppearanceMatrix(a.Key("Rect"), ap)
		if !ok {
			continue
		}
		ares := ap.Key("Resources")
		if ares.IsNull() {
			ares = res
		}
		in.run(ap, ares, m, 1)
	}
}

// pdfAppearance returns an annotation's normal appearance stream: /AP /N,
// or, when that is a dictionary of states (check boxes, radio buttons), the
// state /AS names.
func pdfAppearance(a pdf.Value) pdf.Value {
	n := a.Key("AP").Key("N")
	if n.Kind() == pdf.Dict {
		state := a.Key("AS").Name()
		if state == "" {
			return pdf.Value{}
		}
		return n.Key(state)
	}
	return n
}

// pdfAppearanceMatrix reads the annotation rectangle and the appearance's
// /BBox and /Matrix for pdfFitAppearance.
func pdfAppearanceMatrix(rect, ap pdf.Value) (pdfMatrix, bool) {
	bbox := ap.Key("BBox")
	if rect.Len() != 4 || bbox.Len() != 4 {
		return pdfMatrix{}, false
	}
	var r, b [4]float64
	for i := range 4 {
		r[i], b[i] = rect.Index(i).Float64(), bbox.Index(i).Float64()
	}
	m := pdfIdentity
	if mv := ap.Key("Matrix"); mv.Len() == 6 {
		for i := range 6 {
			m[i] = mv.Index(i).Float64()
		}
	}
	return pdfFitAppearance(r, b, m)
}

// pdfFitAppearance maps an appearance stream's form space onto the
// annotation rectangle: the bounding box of bbox transformed by m is
// scaled and moved to fit rect (PDF 32000-1 12.5.5, algorithm 8.1).
func pdfFitAppearance(rect, bbox [4]float64, m pdfMatrix) (pdfMatrix, bool) {
	rx0, rx1 := min(rect[0], rect[2]), max(rect[0], rect[2])
	ry0, ry1 := min(rect[1], rect[3]), max(rect[1], rect[3])
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, c := range [4][2]int{{0, 1}, {2, 1}, {2, 3}, {0, 3}} {
		bx, by := bbox[c[0]], bbox[c[1]]
		x, y := bx*m[0]+by*m[2]+m[4], bx*m[1]+by*m[3]+m[5]
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
	}
	w, h := x1-x0, y1-y0
	if !(w > 0 && h > 0) || math.IsInf(w, 0) || math.IsInf(h, 0) {
		return pdfMatrix{}, false
	}
	sx, sy := (rx1-rx0)/w, (ry1-ry0)/h
	fit := pdfMatrix{sx, 0, 0, sy, rx0 - x0*sx, ry0 - y0*sy}
	return m.mul(fit), true
}

// pdfPushButton is field flag 17 of a button field (PDF 32000-1 12.7.4.2).
const pdfPushButton = 1 << 16

// pdfFieldHoldsValue tells whether a widget belongs to a form field with a
// value: any field type but a push button. The type and flags are
// inheritable, so the /Parent chain is searched (to a bounded depth); a
// widget of no known field counts as holding one.
func pdfFieldHoldsValue(w pdf.Value) bool {
	ft, flags := "", int64(-1)
	for v, depth := w, 0; v.Kind() == pdf.Dict && depth < 32; v, depth = v.Key("Parent"), depth+1 {
		if ft == "" {
			ft = v.Key("FT").Name()
		}
		if f := v.Key("Ff"); flags < 0 && f.Kind() == pdf.Integer {
			flags = f.Int64()
		}
	}
	return ft != "Btn" || flags < 0 || flags&pdfPushButton == 0
}
