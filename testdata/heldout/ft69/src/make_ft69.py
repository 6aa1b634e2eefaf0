#!/usr/bin/python3
# FICTIONAL test guideline FT-69, drawn with cairo through PangoCairo,
# the way a GTK application prints (own page layout with Pango layouts).
import gi
gi.require_version('Pango', '1.0')
gi.require_version('PangoCairo', '1.0')
from gi.repository import Pango, PangoCairo
import cairo, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else 'ft69-moerasjeuk.pdf'
PW, PH = 595.276, 841.89           # A4 in pt
ML, MR, MT, MB = 62, 56, 72, 64
TW = PW - ML - MR
FOOT_TOP_GAP = 10
BODY = 'DejaVu Serif 9.5'
SMALL = 'DejaVu Serif 7.5'
SANS = 'DejaVu Sans'
PS = Pango.SCALE

surf = cairo.PDFSurface(OUT, PW, PH)
surf.set_metadata(cairo.PDF_METADATA_TITLE, 'Fictieve Standaard Moerasjeuk (FT-69)')
surf.set_metadata(cairo.PDF_METADATA_CREATOR, 'ft69 PangoCairo print routine')
cr = cairo.Context(surf)


def mklayout(markup, font=BODY, width=TW, justify=False, indent=0, align=Pango.Alignment.LEFT, spacing=1.5):
    lay = PangoCairo.create_layout(cr)
    lay.set_font_description(Pango.FontDescription.from_string(font))
    lay.set_width(int(width * PS))
    lay.set_wrap(Pango.WrapMode.WORD_CHAR)
    lay.set_justify(justify)
    lay.set_alignment(align)
    lay.set_spacing(int(spacing * PS))
    if indent:
        lay.set_indent(int(indent * PS))
    lay.set_markup(markup, -1)
    return lay


def lay_h(lay):
    return lay.get_extents()[1].height / PS


def lines_of(lay):
    """[(top, bottom, baseline, line)] relative to layout top."""
    out = []
    it = lay.get_iter()
    while True:
        ext = it.get_line_extents()[1]
        out.append((ext.y / PS, (ext.y + ext.height) / PS, it.get_baseline() / PS, it.get_line_readonly()))
        if not it.next_line():
            break
    return out


class Pager:
    def __init__(self):
        self.page = 0
        self.footnotes = []   # footnotes for current page: (num, markup)
        self.new_page(first=True)

    def foot_height(self, notes):
        if not notes:
            return 0
        h = FOOT_TOP_GAP + 4
        for n, t in notes:
            h += lay_h(mklayout('<sup>%s</sup> %s' % (n, t), font=SMALL, width=TW - 10)) + 2
        return h

    def limit(self, extra=()):
        return PH - MB - self.foot_height(self.footnotes + list(extra))

    def finish_page(self):
        # footnotes
        if self.footnotes:
            fh = self.foot_height(self.footnotes)
            y = PH - MB - fh + FOOT_TOP_GAP
            cr.set_line_width(0.5)
            cr.move_to(ML, y)
            cr.line_to(ML + 120, y)
            cr.stroke()
            y += 4
            for n, t in self.footnotes:
                lay = mklayout('<sup>%s</sup> %s' % (n, t), font=SMALL, width=TW - 10)
                cr.move_to(ML, y)
                PangoCairo.show_layout(cr, lay)
                y += lay_h(lay) + 2
        # page number
        lay = mklayout('Pagina %d' % self.page, font=SANS + ' 8', align=Pango.Alignment.CENTER)
        cr.move_to(ML, PH - MB + 26)
        PangoCairo.show_layout(cr, lay)
        self.footnotes = []

    def new_page(self, first=False):
        if not first:
            self.finish_page()
            cr.show_page()
        self.page += 1
        # running header
        l1 = mklayout('<i>Fictieve Standaard Moerasjeuk (FT-69)</i>', font=SANS + ' 7.5')
        cr.move_to(ML, 38)
        PangoCairo.show_layout(cr, l1)
        l2 = mklayout('FICTIEF testdocument – geen medisch advies', font=SANS + ' 7.5', align=Pango.Alignment.RIGHT)
        cr.move_to(ML, 38)
        PangoCairo.show_layout(cr, l2)
        cr.set_line_width(0.6)
        cr.move_to(ML, 52)
        cr.line_to(PW - MR, 52)
        cr.stroke()
        self.y = MT

    def space(self, h):
        self.y += h

    def flow(self, lay, x=ML, notes=(), keep=1, before=0, after=4, bullet=None):
        """Place a (possibly multi-line) layout, breaking between lines."""
        lines = lines_of(lay)
        notes = list(notes)
        # need at least `keep` lines here
        need = lines[min(keep, len(lines)) - 1][1]
        if self.y + before + need > self.limit(notes):
            self.new_page()
        self.y += before
        self.footnotes += notes
        off = 0.0     # layout-y at current page top
        base_y = self.y
        for i, (top, bot, bl, line) in enumerate(lines):
            if base_y + bot - off > self.limit():
                self.new_page()
                off = top
                base_y = self.y
            cr.move_to(x + (lay.get_indent() / PS if (i == 0 and lay.get_indent() > 0) else 0), base_y + bl - off)
            PangoCairo.show_layout_line(cr, line)
            if i == 0 and bullet:
                bl_lay = mklayout(bullet)
                cr.move_to(x - 11, base_y + top - off)
                PangoCairo.show_layout(cr, bl_lay)
        self.y = base_y + lines[-1][1] - off + after


P = Pager()


def h1(t):
    lay = mklayout('<span font_family="DejaVu Sans" weight="bold" size="12.5pt">%s</span>' % t)
    lines = lines_of(lay)
    if P.y + 60 > P.limit():
        P.new_page()
    P.flow(lay, before=8, after=5)


def h2(t):
    lay = mklayout('<span font_family="DejaVu Sans" weight="bold" size="10.5pt">%s</span>' % t)
    if P.y + 48 > P.limit():
        P.new_page()
    P.flow(lay, before=4, after=3)


def para(m, notes=()):
    P.flow(mklayout(m, justify=True), notes=notes, keep=2)


def bullets(items, notes=()):
    for k, it in enumerate(items):
        P.flow(mklayout(it, width=TW - 16, justify=True), x=ML + 16, notes=notes if k == 0 else (),
               after=2, bullet='•')
    P.space(3)


def deflist(items):
    # hanging indent via negative indent
    for term, d in items:
        lay = mklayout('<b>%s</b>  %s' % (term, d), width=TW - 22, justify=True, indent=-22)
        P.flow(lay, x=ML + 22, after=2)
    P.space(3)


# ---------------------------------------------------------------- table
COLS = [('Middel', 70), ('Populatie', 92), ('Dosering', 82), ('Frequentie', 52), ('Duur', 50), ('Opmerkingen', None)]
W = [c[1] for c in COLS]
W[-1] = TW - sum(W[:-1])
PAD = 3
TFONT = 'DejaVu Sans 7.5'


def cell_layout(m, w, bold=False):
    if bold:
        m = '<b>%s</b>' % m
    return mklayout(m, font=TFONT, width=w - 2 * PAD, spacing=0.5)


def table(caption, groups, notes=()):
    """groups: [(drug markup, [(pop, dose, freq, dur, remark), ...])]"""
    cap = mklayout('<b>%s</b>' % caption, font=SANS + ' 8.5')
    header = [cell_layout(c[0], W[i], bold=True) for i, c in enumerate(COLS)]
    hh = max(lay_h(l) for l in header) + 2 * PAD

    def draw_header():
        y = P.y
        cr.set_source_rgb(0.88, 0.88, 0.88)
        cr.rectangle(ML, y, TW, hh)
        cr.fill()
        cr.set_source_rgb(0, 0, 0)
        x = ML
        for i, l in enumerate(header):
            cr.move_to(x + PAD, y + PAD)
            PangoCairo.show_layout(cr, l)
            x += W[i]
        cr.set_line_width(0.9)
        cr.move_to(ML, y); cr.line_to(ML + TW, y); cr.stroke()
        cr.set_line_width(0.6)
        cr.move_to(ML, y + hh); cr.line_to(ML + TW, y + hh); cr.stroke()
        P.y = y + hh

    if P.y + lay_h(cap) + hh + 60 > P.limit(notes):
        P.new_page()
    P.footnotes += list(notes)
    cr.move_to(ML, P.y)
    PangoCairo.show_layout(cr, cap)
    P.y += lay_h(cap) + 4
    draw_header()
    seg_top = [P.y]

    seg_rows = []

    def close_segment(drug_lay, y0, y1, last):
        # drug cell spanning the rows of this page segment; vertical rules
        cr.move_to(ML + PAD, y0 + PAD)
        PangoCairo.show_layout(cr, drug_lay)
        cr.set_line_width(0.6)
        xs = [ML]
        for w in W:
            xs.append(xs[-1] + w)
        for x in (xs[0], xs[1], xs[-1]):
            cr.move_to(x, y0); cr.line_to(x, y1); cr.stroke()
        for (a, b, sp) in seg_rows:
            for x in ([xs[2]] if sp else xs[2:-1]):
                cr.move_to(x, a); cr.line_to(x, b); cr.stroke()
        if seg_rows and seg_rows[-1][1] < y1:
            for x in xs[2:-1]:
                cr.move_to(x, seg_rows[-1][1]); cr.line_to(x, y1); cr.stroke()
        del seg_rows[:]
        cr.set_line_width(0.9 if last else 0.6)
        cr.move_to(ML, y1); cr.line_to(ML + TW, y1); cr.stroke()

    for drug, rows in groups:
        drug_lay = cell_layout(drug, W[0])
        cont_lay = cell_layout(drug + ' <i>(vervolg)</i>', W[0])
        y0 = P.y
        cur = drug_lay
        first_row = True
        for ri, r in enumerate(rows):
            cells = []
            span = None
            if len(r) == 3:       # pop, spanning text, colspan marker
                cells = [cell_layout(r[0], W[1]), cell_layout(r[1], W[2] + W[3] + W[4] + W[5])]
                span = True
            else:
                cells = [cell_layout(c, W[i + 1]) for i, c in enumerate(r)]
            rh = max(lay_h(l) for l in cells) + 2 * PAD
            if first_row:
                rh = max(rh, lay_h(drug_lay) + 2 * PAD if len(rows) == 1 else rh)
            if P.y + rh > P.limit():
                if P.y > y0:
                    close_segment(cur, y0, P.y, False)
                P.new_page()
                cap2 = mklayout('<i>%s (vervolg)</i>' % caption, font=SANS + ' 8')
                cr.move_to(ML, P.y)
                PangoCairo.show_layout(cr, cap2)
                P.y += lay_h(cap2) + 4
                draw_header()
                y0 = P.y
                cur = cont_lay
            # row
            x = ML + W[0]
            if span:
                cr.move_to(x + PAD, P.y + PAD); PangoCairo.show_layout(cr, cells[0])
                x += W[1]
                cr.move_to(x + PAD, P.y + PAD); PangoCairo.show_layout(cr, cells[1])
            else:
                for i, l in enumerate(cells):
                    cr.move_to(x + PAD, P.y + PAD)
                    PangoCairo.show_layout(cr, l)
                    x += W[i + 1]
            seg_rows.append((P.y, P.y + rh, bool(span)))
            P.y += rh
            if ri < len(rows) - 1:
                cr.set_line_width(0.3)
                cr.move_to(ML + W[0], P.y); cr.line_to(ML + TW, P.y); cr.stroke()
            first_row = False
        # make sure drug name fits in segment
        if P.y - y0 < lay_h(cur) + 2 * PAD:
            P.y = y0 + lay_h(cur) + 2 * PAD
        close_segment(cur, y0, P.y, True)
        # the vertical rules inside a colspan row are drawn over; acceptable
    P.y += 8


exec(open(__file__.replace('make_ft69.py', 'content_ft69.py'), encoding='utf-8').read())

P.finish_page()
surf.finish()
print('pages', P.page)
