#!/usr/bin/env python3
"""Write the samenvattingskaart 'Fictieve Standaard Korsveldkoorts (FT-134)'
as one multi-page Inkscape 1.2 SVG (4 A4 pages, inkscape:page elements).

All text stays SVG text: headings and paragraphs are <text>/<tspan> lines placed
by x/y (wrapped here with DejaVu font metrics), two sections use SVG2 flowed
text (shape-inside), the dose table is drawn with rectangles and one <text>
per cell (drug cells span several rows).
Usage: make_svg.py OUT.svg LINES.txt
"""
import re
import sys
from xml.sax.saxutils import escape

from PIL import ImageFont

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    ("n", False): "DejaVuSans.ttf",
    ("b", False): "DejaVuSans-Bold.ttf",
    ("i", False): "DejaVuSans-Oblique.ttf",
    ("n", True): "DejaVuSansCondensed.ttf",
    ("b", True): "DejaVuSansCondensed-Bold.ttf",
    ("i", True): "DejaVuSansCondensed-Oblique.ttf",
}
_cache = {}


def textwidth(s, size, style="n", cond=False):
    key = (style, cond)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(FONTDIR + FONTS[key], 1000)
    return _cache[key].getlength(s) / 1000.0 * size


PAGE_W, PAGE_H, GAP = 210.0, 297.0, 20.0
MARGIN = 14.0
COLGAP = 7.0
COLW = (PAGE_W - 2 * MARGIN - COLGAP) / 2
TOP = 24.0
BOTTOM = PAGE_H - 18.0

GREEN = "#1f6f5c"
LIGHT = "#e3f1ec"
RED = "#b3261e"
REDLIGHT = "#fbeaea"
GREY = "#f2f2f2"

BODY = 3.05   # mm (about 8.6 pt)
LH = 1.32     # line height factor

out = []          # svg elements
lines_log = []    # rendered lines, for choosing evidence quotes
page = 0
warnings = []
_id = [0]


def nid(prefix):
    _id[0] += 1
    return "%s%d" % (prefix, _id[0])


def ox():
    return page * (PAGE_W + GAP)


def fontstyle(size, style="n", cond=False, fill="#1a1a1a"):
    fam = "DejaVu Sans Condensed" if cond else "DejaVu Sans"
    s = "font-family:'%s';font-size:%.2fpx;fill:%s" % (fam, size, fill)
    if style == "b":
        s += ";font-weight:bold"
    if style == "i":
        s += ";font-style:italic"
    if cond:
        s += ";font-stretch:condensed"
    return s


# ---------- rich text: **bold**, //italic//, [^1] superscript ----------
TOK = re.compile(r"(\*\*.+?\*\*|//.+?//|\[\^[^\]]+\])")


def runs(markup, base="n"):
    res = []
    for part in TOK.split(markup):
        if not part:
            continue
        if part.startswith("**"):
            res.append(("b", part[2:-2]))
        elif part.startswith("//"):
            res.append(("i", part[2:-2]))
        elif part.startswith("[^"):
            res.append(("sup", part[2:-1]))
        else:
            res.append((base, part))
    return res


def words(markup, base="n"):
    """list of words; each word is list of (style, text) pieces; spaces split words"""
    ws = [[]]
    for st, txt in runs(markup, base):
        if st == "sup":
            ws[-1].append((st, txt))
            continue
        parts = re.split(r"( )", txt)
        for p in parts:
            if p == " ":
                ws.append([])
            elif p:
                ws[-1].append((st, p))
    return [w for w in ws if w]


def wwidth(w, size, cond):
    t = 0.0
    for st, txt in w:
        if st == "sup":
            t += textwidth(txt, size * 0.65, "n", cond)
        else:
            t += textwidth(txt, size, st, cond)
    return t


def wrap(markup, width, size, base="n", cond=False):
    ws = words(markup, base)
    space = textwidth(" ", size, base, cond)
    lines, cur, curw = [], [], 0.0
    for w in ws:
        ww = wwidth(w, size, cond)
        if cur and curw + space + ww > width:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + (space if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def line_tspans(line, size, cond):
    """inner tspans of one line; returns (svg, plain)"""
    segs = []  # merge consecutive same style
    for i, w in enumerate(line):
        for j, (st, txt) in enumerate(w):
            if j == 0 and i > 0:
                # the space belongs to the style of the previous piece
                if segs and segs[-1][0] != "sup":
                    segs[-1][1] += " "
                else:
                    segs.append(["n", " "])
            if segs and segs[-1][0] == st:
                segs[-1][1] += txt
            else:
                segs.append([st, txt])
    svg, plain = [], []
    for st, txt in segs:
        plain.append(txt)
        if st == "n":
            svg.append(escape(txt))
        elif st == "b":
            svg.append('<tspan style="font-weight:bold">%s</tspan>' % escape(txt))
        elif st == "i":
            svg.append('<tspan style="font-style:italic">%s</tspan>' % escape(txt))
        elif st == "sup":
            svg.append('<tspan style="font-size:65%%;baseline-shift:super">%s</tspan>' % escape(txt))
    return "".join(svg), "".join(plain)


def textblock(x, y, markup, width, size=BODY, base="n", cond=False, fill="#1a1a1a",
              lh=LH, anchor=None, log=True):
    """paragraph as one <text> with a tspan per line placed by x/y; y = first baseline.
    returns y of the baseline after the last line + one line."""
    lines = wrap(markup, width, size, base, cond)
    tid = nid("text")
    st = fontstyle(size, base, cond, fill)
    if anchor:
        st += ";text-anchor:%s" % anchor
    parts = ['<text id="%s" xml:space="preserve" x="%.2f" y="%.2f" style="%s">' % (tid, ox() + x, y, st)]
    yy = y
    for ln in lines:
        inner, plain = line_tspans(ln, size, cond)
        parts.append('<tspan x="%.2f" y="%.2f">%s</tspan>' % (ox() + x, yy, inner))
        if log:
            lines_log.append("p%d| %s" % (page + 1, plain))
        yy += size * lh
    parts.append("</text>")
    out.append("".join(parts))
    return yy, len(lines)


def flowtext(x, y, markup, width, size=BODY, fill="#1a1a1a"):
    """SVG2 flowed text: shape-inside a rect (in defs), Inkscape does the wrapping."""
    lines = wrap(markup, width - 0.8, size)
    n = len(lines) + 1  # slack: Inkscape's break points may differ
    h = n * size * LH + 1.0
    rid = nid("flowframe")
    defs.append('<rect id="%s" x="%.2f" y="%.2f" width="%.2f" height="%.2f" />' % (
        rid, ox() + x, y - size, width, h))
    plain = "".join(t for w in words(markup) for st, t in w)
    inner = []
    for st, txt in runs(markup):
        if st == "n":
            inner.append(escape(txt))
        elif st == "b":
            inner.append('<tspan style="font-weight:bold">%s</tspan>' % escape(txt))
        elif st == "i":
            inner.append('<tspan style="font-style:italic">%s</tspan>' % escape(txt))
        else:
            inner.append('<tspan style="font-size:65%%;baseline-shift:super">%s</tspan>' % escape(txt))
    out.append('<text id="%s" xml:space="preserve" style="%s;line-height:%.2f;shape-inside:url(#%s);white-space:pre">%s</text>' % (
        nid("flow"), fontstyle(size, "n", False, fill), LH, rid, "".join(inner)))
    for ln in lines:
        lines_log.append("p%d|~ %s" % (page + 1, line_tspans(ln, size, False)[1]))
    return y + len(lines) * size * LH + 1.2


def rect(x, y, w, h, fill="none", stroke="none", sw=0.25, rx=0):
    out.append('<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" rx="%.2f" style="fill:%s;stroke:%s;stroke-width:%.2f" />' % (
        ox() + x, y, w, h, rx, fill, stroke, sw))


def hline(x1, x2, y, stroke=GREEN, sw=0.35):
    out.append('<path d="M %.2f,%.2f H %.2f" style="fill:none;stroke:%s;stroke-width:%.2f" />' % (
        ox() + x1, y, ox() + x2, stroke, sw))


def circle(cx, cy, r, fill):
    out.append('<circle cx="%.2f" cy="%.2f" r="%.2f" style="fill:%s" />' % (ox() + cx, cy, r, fill))


def heading(x, y, text, width, level=1):
    if level == 1:
        size = 4.6
        y += 2.0
        textblock(x, y, text, width, size, "b", fill=GREEN)
        hline(x, x + width, y + 1.6)
        return y + 7.0
    size = 3.6
    y += 1.2
    textblock(x, y, text, width, size, "b", fill=GREEN)
    return y + 5.0


def para(x, y, markup, width, size=BODY):
    y2, n = textblock(x, y, markup, width, size)
    return y2 + 1.4


def bullets(x, y, items, width, size=BODY, marker="•", color=GREEN, drawn=False):
    for it in items:
        if drawn:
            circle(x + 1.0, y - size * 0.33, 0.75, color)
        else:
            textblock(x, y, marker, 4, size, "b", fill=color)
        y2, n = textblock(x + 4.0, y, it, width - 4.0, size)
        y = y2 + 0.9
    return y + 0.6


def check(y, what):
    if y > BOTTOM:
        warnings.append("page %d: %s overflows (y=%.1f > %.1f)" % (page + 1, what, y, BOTTOM))


def header_footer(n, total):
    # header band
    rect(0, 0, PAGE_W, 13.0, fill=GREEN)
    textblock(MARGIN, 8.4, "Fictieve Standaard Korsveldkoorts", 120, 3.6, "b", fill="#ffffff", log=False)
    textblock(PAGE_W - MARGIN, 8.4, "Samenvattingskaart FT-134", 80, 3.0, "n", fill="#ffffff", anchor="end", log=False)
    # footer
    hline(MARGIN, PAGE_W - MARGIN, PAGE_H - 12.5, stroke="#999999", sw=0.2)
    textblock(MARGIN, PAGE_H - 8.5, "Fictief testdocument, geen medisch advies · versie 1.0 · 1 mei 2026", 140, 2.5,
              fill="#555555", log=False)
    textblock(PAGE_W - MARGIN, PAGE_H - 8.5, "pagina %d van %d" % (n, total), 40, 2.5, fill="#555555",
              anchor="end", log=False)


defs = []
TOTAL = 4

# =====================================================================
# PAGE 1
# =====================================================================
page = 0
lines_log.append("==== page 1")
header_footer(1, TOTAL)
L, R = MARGIN, MARGIN + COLW + COLGAP

# title block
y = 24.0
textblock(L, y + 6, "Korsveldkoorts", 150, 10.0, "b", fill=GREEN)
textblock(L, y + 13, "Fictieve Standaard Korsveldkoorts (FT-134) · samenvattingskaart voor huisarts en POH", 182, 3.6, "n", fill="#333333")
textblock(L, y + 18, "Vastgesteld 1 mei 2026 · versie 1.0 · fictieve werkgroep Huisartsgeneeskunde", 182, 2.9, "i", fill="#555555")
y = y + 22
rect(L, y, PAGE_W - 2 * MARGIN, 9.5, fill="#fff4d6", stroke="#c99a00", sw=0.3, rx=1.2)
textblock(L + 3, y + 4.0, "**FICTIEF DOCUMENT.** Deze kaart is geschreven om software te testen. De ziekte en de geneesmiddelen bestaan niet; gebruik de inhoud nooit voor patiëntenzorg.", PAGE_W - 2 * MARGIN - 6, 2.9)
y_cols = y + 15

# ---- left column: Kernboodschappen (box) + Achtergronden
y = y_cols
kern = [
    "Korsveldkoorts is een door grasmijten overgedragen bacteriële infectie met koorts, spierpijn en een ringvormig erytheem (korsveldring).",
    "Bereken bij elke verdenking de Korsveld-score (0–7 punten); bij 4 punten of meer start u direct met behandeling.",
    "Eerste keus is dorvamycine gedurende 10 dagen; plenoxaline is het alternatief bij allergie en bij borstvoeding.",
    "Dorvamycine is gecontra-indiceerd in het eerste trimester van de zwangerschap.",
    "Verwijs met spoed bij tekenen van korsveldmeningitis of myocarditis.",
    "Bel de patiënt na 72 uur: aanhoudende koorts vraagt om herbeoordeling.",
]
# measure box height first
hh = 9.0
for it in kern:
    hh += len(wrap(it, COLW - 10, BODY)) * BODY * LH + 0.9
hh += 1.5
rect(L, y, COLW, hh, fill=LIGHT, stroke="none", rx=2)
textblock(L + 3, y + 6, "Kernboodschappen", COLW - 6, 4.2, "b", fill=GREEN)
yy = bullets(L + 3, y + 12, kern, COLW - 6, drawn=True)
y = y + hh + 5

y = heading(L, y, "1  Achtergronden", COLW)
y = heading(L, y, "1.1  Epidemiologie", COLW, 2)
y = flowtext(L, y, "De incidentie van korsveldkoorts in de huisartsenpraktijk is ongeveer 3 per 1000 patiënten per jaar. Een normpraktijk van 2350 patiënten ziet dus circa 7 patiënten per jaar. De ziekte komt vooral voor in augustus en september, met de hoogste incidentie in Zeeland, Friesland en op de Waddeneilanden. Kinderen van 5 tot 12 jaar en volwassenen van 20 tot 40 jaar worden het vaakst getroffen; mannen iets vaker dan vrouwen (1,3 : 1).", COLW)
y = heading(L, y, "1.2  Etiologie en beloop", COLW, 2)
y = flowtext(L, y, "Korsveldkoorts wordt veroorzaakt door de bacterie //Korsveldia vaganta//, die wordt overgedragen door de larven van de grasmijt. De incubatietijd bedraagt 5 tot 12 dagen. De ziekte is niet van mens op mens overdraagbaar. Zonder behandeling herstelt ongeveer 60% van de patiënten binnen 3 weken spontaan. Complicaties zijn korsveldmeningitis (bij ongeveer 1%), myocarditis met geleidingsstoornissen (zeldzaam, minder dan 0,2%) en chronische gewrichtsklachten (bij 5%).", COLW)
check(y, "left column")

# ---- right column: Definities + Diagnostiek
y = y_cols
defs_items = [
    "**Korsveldring:** ringvormig, licht jeukend erytheem met een bleek centrum en een diameter van ten minste 5 cm, meestal op de benen of in de liezen.",
    "**Gecompliceerde korsveldkoorts:** koorts langer dan 7 dagen ondanks behandeling, of betrokkenheid van zenuwstelsel of hart.",
]
hh = 8.5
for it in defs_items:
    hh += len(wrap(it, COLW - 6, BODY)) * BODY * LH + 1.4
rect(R, y, COLW, hh, fill="#ffffff", stroke=GREEN, sw=0.35, rx=1.5)
textblock(R + 3, y + 5.5, "Definities", COLW - 6, 3.6, "b", fill=GREEN)
yy = y + 10.5
for it in defs_items:
    yy = para(R + 3, yy, it, COLW - 6)
y = y + hh + 4

y = heading(R, y, "2  Richtlijnen diagnostiek", COLW)
y = heading(R, y, "2.1  Anamnese", COLW, 2)
y = para(R, y, "Vraag naar:", COLW)
y = bullets(R, y, [
    "begin en hoogte van de koorts;",
    "verblijf in grasland, duinen of heide in de afgelopen 3 weken;",
    "jeukende bultjes (mijtenbeten) en huiduitslag;",
    "spierpijn, vooral in de kuiten, en gewrichtsklachten;",
    "hoofdpijn, nekstijfheid, hartkloppingen of flauwvallen;",
    "zwangerschap of borstvoeding, nierfunctie en huidig medicatiegebruik.",
], COLW)
y = heading(R, y, "2.2  Lichamelijk onderzoek", COLW, 2)
y = bullets(R, y, [
    "Meet temperatuur, pols en bloeddruk.",
    "Inspecteer de huid en meet de diameter van een eventuele korsveldring.",
    "Palpeer de lymfeklieren in lies en oksel.",
    "Onderzoek op meningeale prikkeling en ausculteer het hart (ritme, souffle).",
], COLW)
y = heading(R, y, "2.3  Aanvullend onderzoek", COLW, 2)
y = para(R, y, "Vraag bij een intermediaire score (2–3 punten) een Korsveld-PCR op EDTA-bloed aan.[^1] De PCR is in de eerste ziekteweek het meest betrouwbaar (sensitiviteit 85%). Serologie (IgM) wordt pas 10 dagen na het begin van de klachten positief en is daarom alleen zinvol bij klachten die langer dan 2 weken bestaan. Bepaal het CRP niet routinematig: het onderscheidt korsveldkoorts onvoldoende van andere infecties. Maak een ECG bij hartkloppingen, syncope of een pols onder 50/min.", COLW)
check(y, "right column")

# =====================================================================
# PAGE 2
# =====================================================================
page = 1
lines_log.append("==== page 2")
header_footer(2, TOTAL)
FULL = PAGE_W - 2 * MARGIN
y = TOP
y = heading(L, y, "2.4  Korsveld-score", FULL, 2)
y = para(L, y, "Tel de punten van de aanwezige criteria op (maximaal 7 punten) en kies het beleid volgens tabel 2.[^2]", FULL)


def simple_table(x, y, colw, header, rows, caption, size=2.95, align_last_center=False):
    textblock(x, y, caption, sum(colw), 3.0, "b", fill="#333333")
    y += 2.2
    # header
    pad = 1.5
    hlines = [wrap(h, w - 2 * pad, size, "b", True) for h, w in zip(header, colw)]
    hh = max(len(l) for l in hlines) * size * LH + 2 * pad
    rect(x, y, sum(colw), hh, fill=GREEN)
    cx = x
    for h, w in zip(header, colw):
        textblock(cx + pad, y + pad + size * 0.9, h, w - 2 * pad, size, "b", True, fill="#ffffff")
        cx += w
    y += hh
    for ri, row in enumerate(rows):
        ls = [wrap(c, w - 2 * pad, size, "n", True) for c, w in zip(row, colw)]
        rh = max(len(l) for l in ls) * size * LH + 2 * pad
        rect(x, y, sum(colw), rh, fill=(GREY if ri % 2 else "#ffffff"), stroke="#bbbbbb", sw=0.15)
        cx = x
        for ci, (c, w) in enumerate(zip(row, colw)):
            if ci:
                out.append('<path d="M %.2f,%.2f V %.2f" style="stroke:#bbbbbb;stroke-width:0.15" />' % (ox() + cx, y, y + rh))
            if align_last_center and ci == len(row) - 1:
                textblock(cx + w / 2, y + pad + size * 0.9, c, w - 2 * pad, size, "n", True, anchor="middle")
            else:
                textblock(cx + pad, y + pad + size * 0.9, c, w - 2 * pad, size, "n", True)
            cx += w
        y += rh
    return y


tw1 = [62, 16]
ya = simple_table(L, y + 3, tw1, ["Criterium", "Punten"], [
    ["Verblijf in grasland, duinen of heide in de afgelopen 3 weken", "1"],
    ["Bekende beet van een grasmijt", "1"],
    ["Koorts ≥ 38,5 °C", "1"],
    ["Korsveldring met een diameter ≥ 5 cm", "2"],
    ["Spierpijn in de kuiten", "1"],
    ["Gezwollen lymfeklier in lies of oksel", "1"],
    ["Maximale score", "7"],
], "Tabel 1  Korsveld-score: criteria en punten", align_last_center=True)
tw2 = [20, 30, FULL - sum(tw1) - 6 - 50]
yb = simple_table(L + sum(tw1) + 6, y + 3, tw2, ["Score", "Kans op korsveldkoorts", "Beleid"], [
    ["0–1 punt", "laag (minder dan 5%)", "korsveldkoorts onwaarschijnlijk; zoek een andere oorzaak, geen antibiotica"],
    ["2–3 punten", "intermediair (ongeveer 35%)", "Korsveld-PCR aanvragen; herbeoordeling na 48 uur"],
    ["4–7 punten", "hoog (meer dan 80%)", "start behandeling zonder aanvullend onderzoek"],
], "Tabel 2  Interpretatie van de Korsveld-score")
y = max(ya, yb) + 7

# alarm box, full width
alarm = [
    "nekstijfheid, hevige hoofdpijn of verminderd bewustzijn (verdenking korsveldmeningitis)",
    "hartkloppingen, syncope of een pols < 50/min (verdenking myocarditis of AV-blok)",
    "koorts > 40 °C bij een kind jonger dan 2 jaar",
    "petechiën of purpura",
    "kortademigheid of een zuurstofsaturatie < 94%",
    "zwangere met koorts > 39 °C",
]
half = 3
hh = 11.0 + 3 * (BODY * LH * 2 + 0.9)
rect(L, y, FULL, hh, fill=REDLIGHT, stroke=RED, sw=0.6, rx=1.5)
rect(L, y, 4.0, hh, fill=RED)
textblock(L + 8, y + 6.2, "Alarmsymptomen: verwijs met spoed", FULL - 12, 4.2, "b", fill=RED)
bullets(L + 8, y + 12.5, alarm[:half], (FULL - 14) / 2, marker="!", color=RED)
bullets(L + 8 + (FULL - 14) / 2 + 3, y + 12.5, alarm[half:], (FULL - 14) / 2 - 3, marker="!", color=RED)
y = y + hh + 6

y = heading(L, y, "3  Beleid", FULL)
y0 = y
y = heading(L, y, "3.1  Voorlichting", COLW, 2)
y = bullets(L, y, [
    "Korsveldkoorts is niet besmettelijk; isolatie is niet nodig.",
    "Met behandeling daalt de koorts meestal binnen 48 tot 72 uur.",
    "Neem contact op als de koorts na 72 uur behandeling niet is gedaald.",
    "De korsveldring kan nog 2 tot 4 weken zichtbaar blijven; dit is geen teken van falende behandeling.",
    "Preventie: draag een lange broek in hoog gras, gebruik een middel met 30% DEET en douche binnen 2 uur na verblijf in grasland.",
], COLW)
check(y, "voorlichting")
y = y0
y = heading(R, y, "3.2  Niet-medicamenteuze behandeling", COLW, 2)
y = para(R, y, "Adviseer rust en voldoende drinken: ten minste 2 liter per dag voor volwassenen. Een koel kompres verlicht de jeuk van de korsveldring.", COLW)
y = para(R, y, "Ontraad intensieve sport tot 1 week na het koortsvrij worden, vanwege het risico op myocarditis.", COLW)
y = para(R, y, "Krabben aan de mijtenbeten vergroot de kans op impetigo; knip bij kinderen de nagels kort.", COLW)
check(y, "niet-medicamenteus")

# =====================================================================
# PAGE 3 : medicamenteuze behandeling + dose table
# =====================================================================
page = 2
lines_log.append("==== page 3")
header_footer(3, TOTAL)
y = TOP
y = heading(L, y, "3.3  Medicamenteuze behandeling", FULL, 2)
y = para(L, y, "Behandel bij een score van 4 punten of meer, en bij een intermediaire score met een positieve PCR. Eerste keus is dorvamycine; kies plenoxaline bij allergie voor dorvamycine, bij borstvoeding en in het eerste trimester van de zwangerschap.[^3] Tirbasol is bedoeld voor de symptomatische behandeling van koorts en spierpijn; qualenidinecrème 1% voor de jeuk van de korsveldring. Doseringen staan in tabel 3.", FULL)
y += 2.5

TCOL = [27, 33, 35, 21, 25, FULL - 141]
THEAD = ["Middel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"]
DOSE = [
    ("Dorvamycine (eerste keus)", [
        ["Volwassenen", "500 mg 2 dd", "10 dagen", "1000 mg/dag", "innemen tijdens de maaltijd"],
        ["Kinderen 10–25 kg[^a]", "7,5 mg/kg 2 dd", "10 dagen", "500 mg/dag", "suspensie 50 mg/ml"],
        ["Kinderen 25–40 kg", "250 mg 2 dd", "10 dagen", "500 mg/dag", "tablet of suspensie"],
        ["Ouderen ≥ 75 jaar[^b]", "250 mg 3 dd", "10 dagen", "750 mg/dag", "nierfunctie vooraf bepalen"],
        ["eGFR 30–60[^b]", "500 mg 1 dd", "10 dagen", "500 mg/dag", "eGFR na 5 dagen controleren"],
        ["eGFR < 30", "250 mg 1 dd", "14 dagen", "250 mg/dag", "alleen na overleg met internist"],
        ["Zwangerschap 2e en 3e trimester", "500 mg 2 dd", "10 dagen", "1000 mg/dag", "niet in het 1e trimester"],
    ]),
    ("Plenoxaline (alternatief)", [
        ["Volwassenen", "eerste dag 400 mg, daarna 200 mg 1 dd", "7 dagen", "400 mg/dag", "bij allergie voor dorvamycine"],
        ["Kinderen 6 maanden – 5 jaar[^a]", "5 mg/kg 1 dd", "7 dagen", "100 mg/dag", "drank 20 mg/ml"],
        ["Kinderen 6–12 jaar", "100 mg 1 dd", "7 dagen", "200 mg/dag", "2 uur vóór ijzer of antacidum innemen"],
        ["eGFR < 30[^b]", "100 mg om de dag", "7 dagen (4 giften)", "100 mg per 2 dagen", "geen oplaaddosis"],
        ["Zwangerschap 1e trimester", "200 mg 1 dd", "7 dagen", "200 mg/dag", "na overleg met gynaecoloog"],
        ["Borstvoeding", "200 mg 1 dd", "7 dagen", "200 mg/dag", "zuigeling observeren op diarree"],
    ]),
    ("Tirbasol (symptomatisch)", [
        ["Volwassenen", "400 mg 3 dd zo nodig[^c]", "max. 5 dagen", "1200 mg/dag", "niet bij actief maagulcus"],
        ["Kinderen ≥ 3 maanden[^a]", "10 mg/kg 3 dd zo nodig", "max. 3 dagen", "30 mg/kg/dag", "drank 40 mg/ml"],
        ["Ouderen ≥ 70 jaar", "200 mg 3 dd zo nodig", "max. 3 dagen", "600 mg/dag", "overweeg maagbescherming"],
    ]),
    ("Qualenidine crème 1% (jeuk)", [
        ["Volwassenen en kinderen ≥ 12 jaar", "2 dd dun aanbrengen", "max. 14 dagen", "30 g per week", "niet op open huid"],
        ["Kinderen 2–12 jaar", "1 dd dun aanbrengen", "max. 7 dagen", "15 g per week", "niet in het gezicht"],
    ]),
]
TS = 2.85
pad = 1.4
textblock(L, y, "Tabel 3  Doseringen bij korsveldkoorts", FULL, 3.2, "b", fill="#333333")
y += 2.3
hh = TS * LH + 2 * pad + 0.6
rect(L, y, FULL, hh, fill=GREEN)
cx = L
for h, w in zip(THEAD, TCOL):
    textblock(cx + pad, y + pad + TS * 0.95, h, w - 2 * pad, TS, "b", True, fill="#ffffff")
    cx += w
y += hh
ri = 0
for drug, rows in DOSE:
    ystart = y
    for row in rows:
        ls = [wrap(c, w - 2 * pad, TS, "n", True) for c, w in zip(row, TCOL[1:])]
        rh = max(len(l) for l in ls) * TS * LH + 2 * pad
        rect(L + TCOL[0], y, FULL - TCOL[0], rh, fill=(GREY if ri % 2 else "#ffffff"), stroke="#bbbbbb", sw=0.15)
        cx = L + TCOL[0]
        for ci, (c, w) in enumerate(zip(row, TCOL[1:])):
            if ci:
                out.append('<path d="M %.2f,%.2f V %.2f" style="stroke:#bbbbbb;stroke-width:0.15" />' % (ox() + cx, y, y + rh))
            textblock(cx + pad, y + pad + TS * 0.95, c, w - 2 * pad, TS, "n", True)
            cx += w
        y += rh
        ri += 1
    # spanning drug cell: one rect over all its rows, text vertically centred
    rect(L, ystart, TCOL[0], y - ystart, fill=LIGHT, stroke="#888888", sw=0.25)
    nl = len(wrap(drug, TCOL[0] - 2 * pad, TS + 0.1, "b", True))
    ty = ystart + (y - ystart) / 2 - (nl * (TS + 0.1) * LH) / 2 + (TS + 0.1) * 0.95
    textblock(L + pad, ty, drug, TCOL[0] - 2 * pad, TS + 0.1, "b", True, fill=GREEN)
    hline(L, L + FULL, y, stroke="#555555", sw=0.35)
y += 3.8
for note in [
    "a  Kinderen: rond het gewicht af op hele kilogrammen; komt de berekende dosis boven het maximum, houd dan het maximum aan.",
    "b  eGFR in ml/min/1,73 m²; bepaal bij ouderen ≥ 75 jaar de nierfunctie vóór de start van dorvamycine.",
    "c  Zo nodig: alleen bij koorts boven 38,5 °C of hinderlijke spierpijn.",
]:
    y2, n = textblock(L, y, note, FULL, 2.7, "n", True, fill="#333333")
    y = y2 + 0.4
y += 3
y = heading(L, y, "3.4  Contra-indicaties", FULL, 2)
y = para(L, y, "**Dorvamycine:** overgevoeligheid voor dorvamycine, een verlengd QT-interval (QTc > 470 ms), ernstige leverfunctiestoornissen en het eerste trimester van de zwangerschap. **Plenoxaline:** epilepsie in de voorgeschiedenis, myasthenia gravis en kinderen jonger dan 6 maanden. **Tirbasol:** actief maagulcus, ernstig hartfalen (NYHA III–IV) en zwangerschap vanaf 20 weken. **Qualenidinecrème:** niet op open wonden aanbrengen en niet onder occlusie gebruiken.", FULL)
check(y, "page 3")

# =====================================================================
# PAGE 4
# =====================================================================
page = 3
lines_log.append("==== page 4")
header_footer(4, TOTAL)
y = TOP
yl = heading(L, y, "3.5  Interacties", COLW, 2)
yl = para(L, yl, "Dorvamycine remt de afbraak van simvastatine en atorvastatine; staak de statine tijdens de kuur en tot 3 dagen erna (risico op myopathie).", COLW)
yl = para(L, yl, "Bij gebruik van acenocoumarol of fenprocoumon stijgt de INR; laat de trombosedienst de INR 3 tot 5 dagen na de start controleren.", COLW)
yl = para(L, yl, "Plenoxaline wordt minder goed opgenomen samen met ijzerpreparaten, calcium of antacida; neem plenoxaline 2 uur vóór of 4 uur na deze middelen in. Plenoxaline verhoogt de theofyllinespiegel; vermijd deze combinatie.", COLW)
yl = para(L, yl, "Tirbasol kan bij ouderen die ACE-remmers of diuretica gebruiken de nierfunctie verslechteren; controleer dan na 3 dagen het serumcreatinine.", COLW)
yl = heading(L, yl, "3.6  Zwangerschap en borstvoeding", COLW, 2)
yl = para(L, yl, "Dorvamycine is in het eerste trimester gecontra-indiceerd vanwege teratogene effecten in dierstudies. Bespreek een zwangere in het eerste trimester met een score van 4 of meer met de gynaecoloog; plenoxaline 200 mg 1 dd gedurende 7 dagen is dan het middel van keuze. In het tweede en derde trimester is dorvamycine eerste keus in de gewone dosering.", COLW)
yl = para(L, yl, "Tirbasol is gecontra-indiceerd vanaf 20 weken zwangerschap; gebruik dan paracetamol.", COLW)
yl = para(L, yl, "Bij borstvoeding heeft plenoxaline de voorkeur: minder dan 1% gaat over in de moedermelk. Dorvamycine gaat voor 12% over in de moedermelk en wordt tijdens de borstvoeding ontraden. Qualenidinecrème mag bij borstvoeding worden gebruikt, maar niet op de tepel.", COLW)
check(yl, "page 4 left")

yr = heading(R, y, "4  Controles", COLW)
yr = bullets(R, yr, [
    "Bel de patiënt 72 uur na de start van de behandeling.",
    "Herbeoordeel een patiënt met een intermediaire score na 48 uur, ook als de PCR nog niet bekend is.",
    "Bepaal bij ouderen ≥ 75 jaar de nierfunctie vóór de start van dorvamycine; bij een eGFR van 30–60 opnieuw na 5 dagen.",
    "Zie de patiënt 4 weken na het einde van de kuur terug bij gewrichtsklachten.",
    "Herhaal de PCR niet na de behandeling: deze kan tot 6 weken positief blijven.",
], COLW)
yr = heading(R, yr + 1, "5  Consultatie en verwijzing", COLW)
yr = para(R, yr, "Verwijs of overleg bij:", COLW)
yr = bullets(R, yr, [
    "alarmsymptomen: verwijs met spoed naar de SEH (internist of kinderarts);",
    "een kind jonger dan 6 maanden met verdenking op korsveldkoorts: verwijs naar de kinderarts;",
    "een eGFR < 30 ml/min: overleg vóór de start met de internist-infectioloog;",
    "een zwangere in het eerste trimester met een score van 4 of meer: overleg met de gynaecoloog;",
    "aanhoudende koorts na 2 volledige kuren: verwijs naar de internist-infectioloog;",
    "gewrichtsklachten die langer dan 3 maanden na de behandeling bestaan: verwijs naar de reumatoloog.",
], COLW, marker="→")
check(yr, "page 4 right")

y = max(yl, yr) + 3
hline(L, L + 50, y, stroke="#777777", sw=0.25)
y += 5
textblock(L, y, "Noten", FULL, 3.3, "b", fill=GREEN)
y += 5
for num, note in [
    ("1", "De Korsveld-PCR wordt aangevraagd via het regionale laboratorium; de uitslag is meestal binnen 2 werkdagen bekend."),
    ("2", "In een fictief cohort van 412 patiënten had een score van 4 of meer een positief voorspellende waarde van 83%."),
    ("3", "De kinderdosering van dorvamycine is gebaseerd op farmacokinetisch onderzoek bij 96 kinderen (fictief)."),
]:
    textblock(L, y, num, 4, 2.8, "b", fill=GREEN)
    y2, n = textblock(L + 4, y, note, FULL - 4, 2.8, fill="#333333")
    y = y2 + 0.6
y += 3
rect(L, y, FULL, 13, fill="#fff4d6", stroke="#c99a00", sw=0.3, rx=1.2)
textblock(L + 3, y + 4.8, "**Verantwoording.** Dit is een fictieve standaard, geschreven om software te testen (FT-134). Korsveldkoorts, //Korsveldia vaganta//, dorvamycine, plenoxaline, tirbasol en qualenidine bestaan niet. Gebruik deze tekst nooit voor patiëntenzorg.", FULL - 6, 2.9)
check(y + 13, "page 4 bottom")

# =====================================================================
W = TOTAL * PAGE_W + (TOTAL - 1) * GAP
svg = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
       '<svg xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg" '
       'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
       'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
       'width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg1">',
       '<title>Fictieve Standaard Korsveldkoorts (FT-134)</title>',
       '<sodipodi:namedview id="namedview1" inkscape:document-units="mm">']
for i in range(TOTAL):
    svg.append('<inkscape:page x="%.2f" y="0" width="%.2f" height="%.2f" id="page%d" />' % (
        i * (PAGE_W + GAP), PAGE_W, PAGE_H, i + 1))
svg.append('</sodipodi:namedview>')
svg.append('<defs id="defs1">%s</defs>' % "".join(defs))
svg.append('<g inkscape:label="Laag 1" inkscape:groupmode="layer" id="layer1">')
svg.extend(out)
svg.append('</g></svg>')
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("\n".join(svg) + "\n")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("\n".join(lines_log) + "\n")
for w in warnings:
    print("WARNING:", w, file=sys.stderr)
