# -*- coding: utf-8 -*-
# Scribus 1.5.8 scripter build of the FICTIONAL guideline FT-36 "Stippelmaag".
# Run headless: scripts/gen-heldout-guideline.sh (xvfb-run -a scribus -g -ns -py ft36-stippelmaag.py, beside ft36_content.py)
import sys, traceback
import os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import scribus
from ft36_content import *

OUT = HERE + '/'
LOG = []
def log(*a):
    LOG.append(" ".join(str(x) for x in a))

W, H, M = 210.0, 297.0, 18.0
CW = W - 2 * M  # 174 mm content width

def styles():
    scribus.defineColorRGB("Band", 214, 228, 240)
    scribus.defineColorRGB("Kader", 236, 236, 236)
    scribus.defineColorRGB("Kop", 190, 210, 230)
    scribus.defineColorRGB("Middel", 232, 239, 246)
    scribus.defineColorRGB("CI", 250, 222, 222)
    scribus.defineColorRGB("Donker", 20, 60, 110)
    scribus.createCharStyle(name="cTable", font="Liberation Sans Regular", fontsize=8.0)
    scribus.createCharStyle(name="cBody", font="Liberation Sans Regular", fontsize=9.5)
    scribus.createCharStyle(name="cH1", font="Liberation Sans Bold", fontsize=13.0, fillcolor="Donker")
    scribus.createCharStyle(name="cH2", font="Liberation Sans Bold", fontsize=10.5)
    scribus.createCharStyle(name="cTitle", font="Liberation Sans Bold", fontsize=22.0, fillcolor="Donker")
    scribus.createCharStyle(name="cSub", font="Liberation Sans Regular", fontsize=11.0)
    scribus.createCharStyle(name="cSmall", font="Liberation Sans Italic", fontsize=8.0)
    scribus.createCharStyle(name="cDisc", font="Liberation Sans Bold", fontsize=9.0)
    scribus.createCharStyle(name="cCap", font="Liberation Sans Bold", fontsize=10.0)
    # table text: Scribus 1.5.8 scripter cannot style cell text directly, so the default paragraph style is redefined
    scribus.createParagraphStyle(name="Default Paragraph Style", charstyle="cTable", linespacingmode=0, linespacing=10.0)
    scribus.createParagraphStyle(name="pBody", charstyle="cBody", linespacingmode=0, linespacing=12.5, alignment=0, gapafter=4.0)
    scribus.createParagraphStyle(name="pH1", charstyle="cH1", linespacingmode=0, linespacing=16.0, gapbefore=8.0, gapafter=3.0)
    scribus.createParagraphStyle(name="pH2", charstyle="cH2", linespacingmode=0, linespacing=13.0, gapbefore=4.0, gapafter=2.0)
    scribus.createParagraphStyle(name="pBullet", charstyle="cBody", linespacingmode=0, linespacing=12.5, leftmargin=14.0, firstindent=-9.0, gapafter=1.5, bullet="\u2022")
    scribus.createParagraphStyle(name="pNum", charstyle="cBody", linespacingmode=0, linespacing=12.5, leftmargin=14.0, firstindent=-14.0, gapafter=2.5)
    scribus.createParagraphStyle(name="pTitle", charstyle="cTitle", linespacingmode=0, linespacing=26.0, gapafter=2.0)
    scribus.createParagraphStyle(name="pSub", charstyle="cSub", linespacingmode=0, linespacing=14.0, gapafter=2.0)
    scribus.createParagraphStyle(name="pSmall", charstyle="cSmall", linespacingmode=0, linespacing=10.0, gapafter=1.5)
    scribus.createParagraphStyle(name="pDisc", charstyle="cDisc", linespacingmode=0, linespacing=11.5)
    scribus.createParagraphStyle(name="pCap", charstyle="cCap", linespacingmode=0, linespacing=13.0)
    scribus.createParagraphStyle(name="pNote", charstyle="cTable", linespacingmode=0, linespacing=10.0, gapafter=2.0)

KIND2STYLE = {"H1": "pH1", "H2": "pH2", "P": "pBody", "B": "pBullet", "N": "pNum", "TITLE": "pTitle",
              "SUB": "pSub", "SMALL": "pSmall", "DISC": "pDisc", "CAP": "pCap", "NOTE": "pNote"}

def fill_story(frame, paras):
    text = "\r".join(t for k, t in paras)
    scribus.setText(text, frame)
    pos = 0
    for k, t in paras:
        scribus.selectText(pos, len(t), frame)
        scribus.setParagraphStyle(KIND2STYLE[k], frame)
        pos += len(t) + 1
    scribus.selectText(0, 0, frame)

def text_frame(x, y, w, h, paras, cols=1, name=None):
    f = scribus.createText(x, y, w, h, name) if name else scribus.createText(x, y, w, h)
    if cols > 1:
        scribus.setColumns(cols, f)
        scribus.setColumnGap(6.0, f)
    if paras:
        fill_story(f, paras)
    return f

def footer(page):
    f = scribus.createText(M, 284.0, CW, 6.0)
    scribus.setText("Fictieve Standaard Stippelmaag (FT-36) \u2013 fictief testdocument, geen medisch advies \u2013 pagina %d" % page, f)
    scribus.setParagraphStyle("pSmall", f)
    scribus.createLine(M, 283.0, M + CW, 283.0)
    scribus.setLineWidth(0.5)

def count_lines(text, width):
    # measure how many lines a cell text needs, using a scratch frame with the table text style
    f = scribus.createText(0, 0, width, 200)
    scribus.setTextDistances(0, 0, 0, 0, f)
    scribus.setText(text, f)
    scribus.setParagraphStyle("Default Paragraph Style", f)
    scribus.layoutText(f)
    n = scribus.getTextLines(f)
    scribus.deleteObject(f)
    return max(1, n)

PAD = 1.3  # mm cell padding
PT = 72.0 / 25.4  # table geometry functions of the 1.5.8 scripter take points
LINE_MM = 10.0 * 25.4 / 72.0  # 10 pt line spacing in mm
BORDER = [(0.5, scribus.LINE_SOLID, "Black")]

def build_table(x, y, widths, header, body, name):
    """body: list of rows; each row is list of (text, colspan, rowspan, fill) placed in grid positions."""
    nrows = 1 + len(body['grid'])
    ncols = len(widths)
    t = scribus.createTable(x, y, sum(widths), nrows * 8.0, nrows, ncols, name)
    for c, w in enumerate(widths):
        scribus.resizeTableColumn(c, w * PT, t)
    for r in range(nrows):
        for c in range(ncols):
            scribus.setCellLeftPadding(r, c, PAD * PT, t); scribus.setCellRightPadding(r, c, PAD * PT, t)
            scribus.setCellTopPadding(r, c, PAD * PT, t); scribus.setCellBottomPadding(r, c, PAD * PT, t)
            for fn in (scribus.setCellTopBorder, scribus.setCellBottomBorder, scribus.setCellLeftBorder, scribus.setCellRightBorder):
                fn(r, c, BORDER, t)
    heights = [1] * nrows
    for c, h in enumerate(header):
        scribus.setCellText(0, c, h, t)
        scribus.setCellFillColor(0, c, "Kop", t)
        heights[0] = max(heights[0], count_lines(h, widths[c] - 2 * PAD))
    for (r, c, text, cs, rs, fill) in body['cells']:
        scribus.setCellText(r, c, text, t)
        if fill:
            scribus.setCellFillColor(r, c, fill, t)
        if rs == 1:
            wdt = sum(widths[c:c + cs]) - 2 * PAD
            heights[r] = max(heights[r], count_lines(text, wdt))
    for (r, c, text, cs, rs, fill) in body['cells']:
        if cs > 1 or rs > 1:
            scribus.mergeTableCells(r, c, rs, cs, t)
    total = 0.0
    for r, n in enumerate(heights):
        hh = n * LINE_MM + 2 * PAD + 0.8
        scribus.resizeTableRow(r, hh * PT, t)
        total += hh
    log("table", name, "rows", nrows, "height mm", round(total, 1), "lines", heights)
    return t, total

def dose_body(groups):
    cells, grid = [], []
    r = 1
    for drug, rows in groups:
        start = r
        for row in rows:
            if isinstance(row, tuple):
                _, grp, txt = row
                cells.append((r, 1, grp, 1, 1, "CI"))
                cells.append((r, 2, txt, 4, 1, "CI"))
            else:
                for c, v in enumerate(row):
                    cells.append((r, c + 1, v, 1, 1, None))
            grid.append(row)
            r += 1
        cells.append((start, 0, drug, 1, len(rows), "Middel"))
    return {'cells': cells, 'grid': grid}

def main():
    scribus.newDocument((W, H), (M, M, M, M), scribus.PORTRAIT, 1, scribus.UNIT_MILLIMETERS, scribus.PAGE_1, 0, 1)
    scribus.setInfo("Fictieve werkgroep FT-36", "Fictieve Standaard Stippelmaag", "Fictief testdocument, geen medisch advies")
    styles()

    # ---------- page 1 ----------
    band = scribus.createRect(M, M, CW, 34.0)
    scribus.setFillColor("Band", band); scribus.setLineColor("None", band)
    tf = text_frame(M + 4, M + 3, CW - 8, 30.0, [("TITLE", TITLE), ("SUB", SUBTITLE), ("SMALL", DATE)])
    disc = text_frame(M, 55.0, CW, 13.0, [("DISC", DISCLAIMER)])
    scribus.setLineColor("Black", disc); scribus.setLineWidth(1.0, disc)
    scribus.setTextDistances(2.5, 2.5, 2.0, 1.5, disc)
    box = scribus.createRect(M, 71.0, CW, 62.0)
    scribus.setFillColor("Kader", box); scribus.setLineColor("None", box)
    kern = text_frame(M + 3, 73.0, CW - 6, 58.0, [("H1", "Kernboodschappen")] + [("B", k) for k in KERN])
    a1 = text_frame(M, 138.0, CW, 142.0, None, cols=2, name="storyA1")
    footer(1)

    # ---------- page 2, 3 (story A continues, two columns) ----------
    scribus.newPage(-1)
    a2 = text_frame(M, M, CW, 262.0, None, cols=2, name="storyA2")
    footer(2)
    scribus.linkTextFrames(a1, a2)
    fill_story(a1, STORY_A)
    scribus.layoutTextChain(a1)
    log("storyA overflows:", scribus.textOverflows(a1), "a2 lines:", scribus.getTextLines(a2))

    # ---------- page 3: Tabel 1 part 1 ----------
    widths = [27.0, 37.0, 26.0, 30.0, 22.0, 32.0]
    scribus.newPage(-1)
    scribus.gotoPage(3)
    text_frame(M, M, CW, 7.0, [("CAP", "Tabel 1 Doseringen van middelen bij stippelmaag")])
    t1, h1 = build_table(M, M + 8.0, widths, DOSE_HEADER, dose_body(DOSE_PART1), "Tabel1a")
    footer(3)

    # ---------- page 4: Tabel 1 (vervolg) + notes + Tabel 2 ----------
    scribus.newPage(-1)
    scribus.gotoPage(4)
    text_frame(M, M, CW, 7.0, [("CAP", "Tabel 1 (vervolg) Doseringen van middelen bij stippelmaag")])
    t2, h2 = build_table(M, M + 8.0, widths, DOSE_HEADER, dose_body(DOSE_PART2), "Tabel1b")
    ny = M + 8.0 + h2 + 2.0
    notes = text_frame(M, ny, CW, 22.0, [("NOTE", n) for n in DOSE_NOTES])
    scribus.layoutText(notes)
    log("notes overflow", scribus.textOverflows(notes))
    cy = ny + 26.0
    text_frame(M, cy, CW, 7.0, [("CAP", "Tabel 2 Contra-indicaties en interacties")])
    cells = []
    for i, row in enumerate(CI_ROWS):
        for c, v in enumerate(row):
            cells.append((i + 1, c, v, 1, 1, "Middel" if c == 0 else None))
    t3, h3 = build_table(M, cy + 8.0, [27.0, 45.0, 52.0, 50.0], CI_HEADER, {'cells': cells, 'grid': CI_ROWS}, "Tabel2")
    by = cy + 8.0 + h3 + 6.0
    log("page4 table bottom mm", round(by, 1))
    b1 = text_frame(M, by, CW, 280.0 - by, None, cols=2, name="storyB1")
    footer(4)

    # ---------- page 5: story B continues ----------
    scribus.newPage(-1)
    scribus.gotoPage(5)
    b2 = text_frame(M, M, CW, 262.0, None, cols=2, name="storyB2")
    scribus.linkTextFrames(b1, b2)
    fill_story(b1, STORY_B)
    scribus.layoutTextChain(b1)
    log("storyB overflows:", scribus.textOverflows(b1), "b2 lines", scribus.getTextLines(b2))
    footer(5)

    scribus.saveDocAs(OUT + "ft36-stippelmaag.sla")
    pdf = scribus.PDFfile()
    pdf.file = OUT + "ft36-stippelmaag.pdf"
    pdf.save()
    log("pages", scribus.pageCount())

try:
    main()
except Exception:
    LOG.append(traceback.format_exc())
finally:
    open(OUT + "build.log", "w").write("\n".join(LOG) + "\n")
