package extract

import (
	"bytes"
	"io"
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
)

// Vertical writing: a Type0 font whose CMap has WMode 1 (Identity-V, the
// -V CMaps such as UniJIS-UCS2-V or GBK-EUC-V) advances each glyph downward
// by its vertical advance (/W2, else /DW2, else 1000 units), so a column of
// CJK text is one line running top to bottom. The interpreter gives such
// glyphs the direction of that advance (270° on an upright page), and the
// rotation step (pdf_rotate.go) reads them in that frame like any rotated
// text: each column as a line, columns from right to left.

// verticalMetrics sets the writing mode and vertical advances of a Type0
// font v with descendant d.
func (f *pdfFont) verticalMetrics(v, d pdf.Value) {
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case pdf.Name:
		f.vertical = strings.HasSuffix(enc.Name(), "-V")
	case pdf.Stream:
		f.vertical = enc.Key("WMode").Int64() == 1 || pdfCMapVertical(enc)
	}
	if !f.vertical {
		return
	}
	f.dw2 = -1000
	if a := d.Key("DW2"); a.Len() == 2 {
		f.dw2 = a.Index(1).Float64()
	}
	f.w2 = parseCIDVerticalWidths(d.Key("W2"))
}

// pdfCMapVertical tells whether an embedded CMap program sets /WMode 1.
func pdfCMapVertical(e pdf.Value) bool {
	rd := e.Reader()
	data, _ := io.ReadAll(io.LimitReader(rd, pdfMaxStreamBytes))
	_ = rd.Close()
	i := bytes.Index(data, []byte("/WMode"))
	if i < 0 {
		return false
	}
	f := bytes.Fields(data[i+len("/WMode"):])
	return len(f) > 0 && string(f[0]) == "1"
}

// parseCIDVerticalWidths reads a /W2 array: "c [w1y vx vy …]" or
// "cfirst clast w1y vx vy", keeping each CID's vertical advance w1y.
func parseCIDVerticalWidths(w pdf.Value) map[int]float64 {
	n := w.Len()
	if n == 0 {
		return nil
	}
	m := make(map[int]float64)
	for i := 0; i+1 < n; {
		c := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for j := 0; j+2 < min(next.Len(), 3*65536); j += 3 {
				m[c+j/3] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+4 >= n {
			break
		}
		last, w1 := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for c2 := c; c2 <= last && c2-c < 65536; c2++ {
			m[c2] = w1
		}
		i += 5
	}
	return m
}

// vAdvance is the vertical advance of a code in glyph space (negative:
// downward).
func (f *pdfFont) vAdvance(code int) float64 {
	cid := code
	if c, ok := f.cids[code]; ok {
		cid = c
	}
	if w, ok := f.w2[cid]; ok {
		return w
	}
	return f.dw2
}

// showVertical appends the glyphs of one string of a vertical font and
// returns the advanced text matrix. A glyph keeps its origin (the top
// centre of its box); its direction is that of the advance.
func (in *pdfInterp) showVertical(g *pdfTextState, tm pdfMatrix, raw string) pdfMatrix {
	f := g.font
	for i, step := 0, 0; i < len(raw); i += step {
		code, n, ok := f.nextCode(raw, i)
		if !ok {
			break
		}
		step = n
		w1 := f.vAdvance(code) * f.scale
		s := f.decode(code)
		trm := pdfMatrix{g.size * g.th, 0, 0, g.size, 0, g.rise}.mul(tm).mul(g.ctm)
		ty := w1*g.size + g.tc
		if step == 1 && code == ' ' {
			ty += g.tw
		}
		if s != "" {
			dx, dy := -trm[2], -trm[3] // the advance runs down the glyph's vertical axis
			in.glyphs = append(in.glyphs, pdfGlyph{
				x: trm[4], y: trm[5], w: math.Abs(w1) * math.Hypot(dx, dy), rot: pdfAngle(dx, dy),
				size:  math.Hypot(trm[0], trm[1]),
				s:     s,
				bold:  f.bold,
				space: strings.TrimSpace(s) == "",
			})
			if !in.glyphs[len(in.glyphs)-1].space {
				in.stats.glyphs++
			}
		}
		tm = pdfMatrix{1, 0, 0, 1, 0, ty}.mul(tm)
	}
	return tm
}
