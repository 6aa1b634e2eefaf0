package extract

import (
	"cmp"
	"maps"
	"math"
	"slices"

	"github.com/ledongthuc/pdf"
)

// Rotation: landscape tables are set on portrait pages (text running up the
// page, often with /Rotate 90 so viewers turn it), and single blocks are
// rotated (side labels, table headers set vertically). The interpreter keeps
// every glyph with the direction of its baseline; upright then turns the
// page into the frame of its main text direction, so rows, words and tables
// are found in that frame exactly as on an upright page. Glyphs in another
// direction are turned into their own frame and read after the main text.

// pdfAngle returns the direction of a glyph baseline (dx, dy) in whole
// degrees, 0 ≤ a < 360: exact multiples of 90 within 8° of one (slightly
// skewed scans stay upright), else rounded to 5° so one rotated block keeps
// one frame.
func pdfAngle(dx, dy float64) int16 {
	a := math.Atan2(dy, dx) * 180 / math.Pi
	if a < 0 {
		a += 360
	}
	q := math.Round(a/90) * 90
	if math.Abs(a-q) <= 8 {
		return int16(int(q) % 360)
	}
	return int16(int(math.Round(a/5)*5) % 360)
}

// pdfPageRotate is the page's /Rotate, inherited from the page tree, as
// 0, 90, 180 or 270 (clockwise when displayed).
func pdfPageRotate(page pdf.Value) int {
	v := page
	for range 64 {
		if r := v.Key("Rotate"); r.Kind() == pdf.Integer || r.Kind() == pdf.Real {
			return ((int(math.Round(r.Float64()/90))*90)%360 + 360) % 360
		}
		v = v.Key("Parent")
		if v.Kind() != pdf.Dict {
			break
		}
	}
	return 0
}

// pdfRotation turns a point by -angle degrees: a glyph at angle reads
// left to right afterwards.
type pdfRotation struct{ cos, sin float64 }

func pdfRotationFor(angle int16) pdfRotation {
	switch angle {
	case 0:
		return pdfRotation{1, 0}
	case 90:
		return pdfRotation{0, 1}
	case 180:
		return pdfRotation{-1, 0}
	case 270:
		return pdfRotation{0, -1}
	}
	rad := float64(angle) * math.Pi / 180
	return pdfRotation{math.Cos(rad), math.Sin(rad)}
}

func (r pdfRotation) apply(x, y float64) (float64, float64) {
	return x*r.cos + y*r.sin, -x*r.sin + y*r.cos
}

// upright turns the glyphs, rules and shapes of the page just interpreted
// into the frame of its main text direction and returns the page box in
// that frame. Pages whose text is all upright are left as they are.
func (in *pdfInterp) upright(p pdfPageRef) [4]float64 {
	upright := true
	for i := range in.glyphs {
		upright = upright && in.glyphs[i].rot == 0
	}
	if upright {
		// /Rotate only decides between directions; reading it walks the
		// page tree, so pages of upright text skip it.
		return p.box
	}
	counts := map[int16]int{}
	for i := range in.glyphs {
		counts[in.glyphs[i].rot]++
	}
	rotate := int16(pdfPageRotate(p.v)) // #nosec G115 -- pdfPageRotate returns 0, 90, 180 or 270
	// The main direction; between equals, the one upright on screen.
	frame, best := rotate, counts[rotate]
	for _, a := range slices.Sorted(maps.Keys(counts)) {
		if counts[a] > best {
			frame, best = a, counts[a]
		}
	}
	rot := pdfRotationFor(frame)
	box := pdfRotateBox(p.box, rot)
	shift := func(x, y float64) (float64, float64) {
		x, y = rot.apply(x, y)
		return x - box[0], y - box[1]
	}
	box = [4]float64{0, 0, box[2] - box[0], box[3] - box[1]}
	in.rules = pdfRotateRules(in.rules, shift, frame%90 == 0)
	for i, s := range in.shapes {
		x0, y0 := shift(s.x0, s.y0)
		x1, y1 := shift(s.x1, s.y1)
		in.shapes[i] = pdfShape{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)}
	}
	for i, b := range in.bands {
		x0, y0 := shift(b.x0, b.y0)
		x1, y1 := shift(b.x1, b.y1)
		in.bands[i].pdfShape = pdfShape{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)}
	}
	bottom := box[1]
	for i := range in.glyphs {
		if g := &in.glyphs[i]; g.rot == frame {
			g.x, g.y = shift(g.x, g.y)
			bottom = min(bottom, g.y-g.size)
		}
	}
	in.appendOtherDirections(frame, counts, box[0], bottom)
	return box
}

// appendOtherDirections turns each group of glyphs that share a direction
// other than frame into its own upright frame and places it below the main
// text (under y = bottom, from x = left), the largest group first.
func (in *pdfInterp) appendOtherDirections(frame int16, counts map[int16]int, left, bottom float64) {
	var angles []int16
	for a := range counts {
		if a != frame {
			angles = append(angles, a)
		}
	}
	slices.SortFunc(angles, func(a, b int16) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	for _, a := range angles {
		rot := pdfRotationFor(a)
		minX, maxY, size := math.Inf(1), math.Inf(-1), 0.0
		for i := range in.glyphs {
			if g := &in.glyphs[i]; g.rot == a {
				g.x, g.y = rot.apply(g.x, g.y)
				minX, maxY, size = min(minX, g.x), max(maxY, g.y), max(size, g.size)
			}
		}
		dx, dy := left-minX, bottom-2*size-maxY
		low := bottom
		for i := range in.glyphs {
			if g := &in.glyphs[i]; g.rot == a {
				g.x, g.y = g.x+dx, g.y+dy
				low = min(low, g.y-g.size)
			}
		}
		bottom = low
	}
}

func pdfRotateBox(b [4]float64, rot pdfRotation) [4]float64 {
	out := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, c := range [4][2]float64{{b[0], b[1]}, {b[2], b[1]}, {b[0], b[3]}, {b[2], b[3]}} {
		x, y := rot.apply(c[0], c[1])
		out = [4]float64{min(out[0], x), min(out[1], y), max(out[2], x), max(out[3], y)}
	}
	return out
}

// pdfRotateRules turns rules with the page; a horizontal rule becomes
// vertical under a quarter turn. Under other angles rules are dropped: they
// are no longer axis-parallel.
func pdfRotateRules(rules []pdfRule, shift func(x, y float64) (float64, float64), square bool) []pdfRule {
	if !square {
		return nil
	}
	for i, r := range rules {
		ax, ay, bx, by := r.lo, r.pos, r.hi, r.pos
		if r.vertical {
			ax, ay, bx, by = r.pos, r.lo, r.pos, r.hi
		}
		ax, ay = shift(ax, ay)
		bx, by = shift(bx, by)
		if math.Abs(ay-by) < math.Abs(ax-bx) {
			rules[i] = pdfRule{pos: (ay + by) / 2, lo: min(ax, bx), hi: max(ax, bx), width: r.width}
		} else {
			rules[i] = pdfRule{vertical: true, pos: (ax + bx) / 2, lo: min(ay, by), hi: max(ay, by), width: r.width}
		}
	}
	return rules
}
