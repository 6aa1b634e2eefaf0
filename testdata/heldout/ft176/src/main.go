// Command ft176 renders the fictional guideline 'Kwelderkoorts' as a PDF with
// github.com/signintech/gopdf, the way a Go HIS backend would: own layout,
// own word-wrapping, hand-drawn tables.
package main

import (
	_ "embed"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/signintech/gopdf"
)

//go:embed fonts/DejaVuSans.ttf
var fontRegular []byte

//go:embed fonts/DejaVuSans-Bold.ttf
var fontBold []byte

const (
	pageW   = 595.28
	pageH   = 841.89
	marginL = 50.0
	marginR = 50.0
	topY    = 62.0
	bottomY = 780.0
	textW   = pageW - marginL - marginR
)

type doc struct {
	pdf    *gopdf.GoPdf
	y      float64
	pageNo int
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func (d *doc) font(bold bool, size float64) {
	fam := "dejavu"
	if bold {
		fam = "dejavu-bold"
	}
	must(d.pdf.SetFont(fam, "", size))
}

func (d *doc) newPage() {
	d.pdf.AddPage()
	d.y = topY
}

func (d *doc) ensure(h float64) {
	if d.y+h > bottomY {
		d.newPage()
	}
}

func (d *doc) textAt(x, y float64, s string) {
	d.pdf.SetXY(x, y)
	must(d.pdf.Cell(nil, s))
}

// token is one word, optionally followed by a superscript note number.
type token struct {
	word string
	sup  string
}

func tokenize(s string) []token {
	var toks []token
	for _, w := range strings.Fields(s) {
		t := token{word: w}
		if i := strings.Index(w, "^"); i >= 0 {
			t.word = w[:i]
			rest := w[i+1:]
			// trailing punctuation after the note number stays with the word
			j := 0
			for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				j++
			}
			t.sup = rest[:j]
			if j < len(rest) {
				t.word += rest[j:]
				// punctuation placed before the superscript, as authors often do
			}
		}
		toks = append(toks, t)
	}
	return toks
}

func (d *doc) width(s string, bold bool, size float64) float64 {
	d.font(bold, size)
	w, err := d.pdf.MeasureTextWidth(s)
	must(err)
	return w
}

// paragraph wraps text itself (word by word) so superscript note numbers can be
// drawn in a smaller font, raised above the baseline.
func (d *doc) paragraph(x, w float64, s string, size float64, bold bool) {
	lh := size * 1.45
	space := d.width(" ", bold, size)
	toks := tokenize(s)
	type placed struct {
		t  token
		ww float64
		sw float64
	}
	var lines [][]placed
	var cur []placed
	curW := 0.0
	for _, t := range toks {
		ww := d.width(t.word, bold, size)
		sw := 0.0
		if t.sup != "" {
			sw = d.width(t.sup, false, size*0.62) + 0.5
		}
		add := ww + sw
		if len(cur) > 0 {
			add += space
		}
		if len(cur) > 0 && curW+add > w {
			lines = append(lines, cur)
			cur = nil
			curW = 0
			add = ww + sw
		}
		cur = append(cur, placed{t, ww, sw})
		curW += add
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	for _, ln := range lines {
		d.ensure(lh)
		cx := x
		for i, p := range ln {
			if i > 0 {
				cx += space
			}
			d.font(bold, size)
			d.textAt(cx, d.y, p.t.word)
			cx += p.ww
			if p.t.sup != "" {
				d.font(false, size*0.62)
				d.textAt(cx+0.5, d.y-size*0.25, p.t.sup)
				cx += p.sw
			}
		}
		d.y += lh
	}
}

func (d *doc) h1(s string) {
	d.ensure(40)
	d.y += 6
	d.font(true, 15)
	d.textAt(marginL, d.y, s)
	d.y += 22
}

func (d *doc) h2(s string) {
	d.ensure(34)
	d.y += 4
	d.font(true, 11.5)
	d.textAt(marginL, d.y, s)
	d.y += 17
}

func (d *doc) p(s string) {
	d.paragraph(marginL, textW, s, 9.5, false)
	d.y += 4
}

func (d *doc) bullets(items ...string) {
	for _, it := range items {
		d.ensure(14)
		d.font(false, 9.5)
		d.textAt(marginL+12, d.y, "•")
		d.paragraph(marginL+24, textW-24, it, 9.5, false)
	}
	d.y += 4
}

// ---- tables -------------------------------------------------------------

type column struct {
	title string
	w     float64
}

const cellPad = 3.0
const tblSize = 8.0

func (d *doc) cellLines(s string, w float64, bold bool) []string {
	d.font(bold, tblSize)
	if s == "" {
		return []string{""}
	}
	var out []string
	for _, part := range strings.Split(s, "\n") {
		ls, err := d.pdf.SplitTextWithWordWrap(part, w-2*cellPad)
		must(err)
		out = append(out, ls...)
	}
	return out
}

func (d *doc) drawCellText(x, y, w float64, lines []string, bold bool) {
	d.font(bold, tblSize)
	for i, l := range lines {
		d.pdf.SetXY(x+cellPad, y+cellPad+float64(i)*tblSize*1.3)
		must(d.pdf.Cell(&gopdf.Rect{W: w - 2*cellPad, H: tblSize * 1.3}, l))
	}
}

func (d *doc) headerRow(cols []column) float64 {
	maxL := 1
	all := make([][]string, len(cols))
	for i, c := range cols {
		all[i] = d.cellLines(c.title, c.w, true)
		if len(all[i]) > maxL {
			maxL = len(all[i])
		}
	}
	h := float64(maxL)*tblSize*1.3 + 2*cellPad
	x := marginL
	d.pdf.SetFillColor(220, 226, 234)
	total := 0.0
	for _, c := range cols {
		total += c.w
	}
	must(d.pdf.Rectangle(marginL, d.y, marginL+total, d.y+h, "F", 0, 0))
	d.pdf.SetFillColor(0, 0, 0)
	for i, c := range cols {
		d.drawCellText(x, d.y, c.w, all[i], true)
		d.pdf.RectFromUpperLeft(x, d.y, c.w, h)
		x += c.w
	}
	d.y += h
	return h
}

// simpleTable draws a grid table with a bold header row.
func (d *doc) simpleTable(caption string, cols []column, rows [][]string) {
	d.font(true, 9.5)
	d.ensure(60)
	d.paragraph(marginL, textW, caption, 9.5, true)
	d.y += 2
	d.headerRow(cols)
	for _, r := range rows {
		maxL := 1
		all := make([][]string, len(cols))
		for i, c := range cols {
			all[i] = d.cellLines(r[i], c.w, false)
			if len(all[i]) > maxL {
				maxL = len(all[i])
			}
		}
		h := float64(maxL)*tblSize*1.3 + 2*cellPad
		if d.y+h > bottomY {
			d.newPage()
			d.headerRow(cols)
		}
		x := marginL
		for i, c := range cols {
			d.drawCellText(x, d.y, c.w, all[i], false)
			d.pdf.Line(x, d.y, x, d.y+h)
			x += c.w
		}
		d.pdf.Line(x, d.y, x, d.y+h)
		d.pdf.Line(marginL, d.y+h, x, d.y+h)
		d.y += h
	}
	d.y += 10
}

type doseRow struct {
	group, dose, duur, max, opm string
}

type drug struct {
	name string
	rows []doseRow
}

// doseTable draws the dose table; the drug name cell spans all rows of its
// group (drawn once over the group's height). When the table breaks over a
// page, the header row is repeated and the drug name is drawn again for the
// rest of the group.
func (d *doc) doseTable(caption string, drugs []drug) {
	cols := []column{{"Middel", 88}, {"Patiëntgroep", 92}, {"Dosering", 104}, {"Duur", 52}, {"Max. per dag", 56}, {"Opmerkingen", 103}}
	d.ensure(80)
	d.paragraph(marginL, textW, caption, 9.5, true)
	d.y += 2
	d.headerRow(cols)
	tableR := marginL
	for _, c := range cols {
		tableR += c.w
	}
	for _, dr := range drugs {
		nameLines := d.cellLines(dr.name, cols[0].w, true)
		groupTop := d.y
		for _, r := range dr.rows {
			vals := []string{r.group, r.dose, r.duur, r.max, r.opm}
			maxL := 1
			all := make([][]string, len(vals))
			for i, v := range vals {
				all[i] = d.cellLines(v, cols[i+1].w, false)
				if len(all[i]) > maxL {
					maxL = len(all[i])
				}
			}
			h := float64(maxL)*tblSize*1.3 + 2*cellPad
			if d.y+h > bottomY {
				// close the merged name cell on this page
				d.mergedName(groupTop, d.y, cols[0].w, nameLines)
				d.newPage()
				d.headerRow(cols)
				groupTop = d.y
			}
			x := marginL + cols[0].w
			for i := range vals {
				d.drawCellText(x, d.y, cols[i+1].w, all[i], false)
				d.pdf.Line(x, d.y, x, d.y+h)
				x += cols[i+1].w
			}
			d.pdf.Line(x, d.y, x, d.y+h)
			d.pdf.Line(marginL+cols[0].w, d.y+h, tableR, d.y+h)
			d.y += h
		}
		d.mergedName(groupTop, d.y, cols[0].w, nameLines)
	}
	d.y += 10
}

func (d *doc) mergedName(top, bottom, w float64, lines []string) {
	if bottom <= top {
		return
	}
	d.drawCellText(marginL, top, w, lines, true)
	d.pdf.RectFromUpperLeft(marginL, top, w, bottom-top)
}

func main() {
	out := "ft176-kwelderkoorts.pdf"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	pdf.SetInfo(gopdf.PdfInfo{Title: "Fictieve NHG-Standaard Kwelderkoorts (FT-176)", Author: "Bronwijzer probe FT-176", Creator: "ft176 (gopdf v0.38.6)"})
	must(pdf.AddTTFFontData("dejavu", fontRegular))
	must(pdf.AddTTFFontData("dejavu-bold", fontBold))
	pdf.SetLineWidth(0.6)
	d := &doc{pdf: pdf}
	pdf.AddHeader(func() {
		d.pageNo++
		d.font(false, 7.5)
		pdf.SetTextColor(90, 90, 90)
		d.textAt(marginL, 30, "Fictieve NHG-Standaard Kwelderkoorts (FT-176) — FICTIEF, geen medisch advies")
		pdf.SetTextColor(0, 0, 0)
		pdf.Line(marginL, 42, pageW-marginR, 42)
	})
	pdf.AddFooter(func() {
		d.font(false, 8)
		pdf.Line(marginL, pageH-52, pageW-marginR, pageH-52)
		s := fmt.Sprintf("Pagina %d", d.pageNo)
		w, _ := pdf.MeasureTextWidth(s)
		d.textAt(pageW-marginR-w, pageH-45, s)
	})
	d.newPage()
	content(d)
	must(pdf.WritePdf(out))
}
