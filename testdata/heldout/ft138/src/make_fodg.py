#!/usr/bin/env python3
"""Generate a flat OpenDocument drawing (.fodg) with the fictional guideline
'Fictieve Standaard Hazelvlekziekte (FT-138)' laid out as a 3-page werkkaart.

Everything is placed as free text frames (draw:frame + draw:text-box) on A4
pages; the score tables and the dose table are native Draw tables
(table:table inside draw:frame). Page header and footer live on the master page.
"""
import re
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "ft138-hazelvlekziekte.fodg"

FONT = "Liberation Sans"

# ---------------------------------------------------------------- styles
auto_styles = []   # strings
para_styles = {}   # key -> name
text_styles = {}


def pstyle(size=8.5, bold=False, color="#000000", align="start", before=0.0,
           after=0.08, italic=False, indent=None):
    key = (size, bold, color, align, before, after, italic, indent)
    if key in para_styles:
        return para_styles[key]
    name = "P%d" % (len(para_styles) + 1)
    para_styles[key] = name
    ind = ""
    if indent is not None:
        ind = ' fo:margin-left="%.2fcm" fo:text-indent="-%.2fcm"' % (indent, indent)
    auto_styles.append(
        '<style:style style:name="%s" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="%s" fo:margin-top="%.2fcm" '
        'fo:margin-bottom="%.2fcm"%s/>'
        '<style:text-properties style:font-name="%s" fo:font-family="%s" fo:font-size="%spt" '
        'fo:font-weight="%s" fo:font-style="%s" fo:color="%s"/></style:style>'
        % (name, align, before, after, ind, FONT, FONT, size,
           "bold" if bold else "normal", "italic" if italic else "normal", color))
    return name


def tstyle(kind):
    if kind in text_styles:
        return text_styles[kind]
    name = "T%d" % (len(text_styles) + 1)
    text_styles[kind] = name
    if kind == "b":
        props = 'fo:font-weight="bold"'
    elif kind == "i":
        props = 'fo:font-style="italic"'
    elif kind == "sup":
        props = 'style:text-position="super 58%"'
    auto_styles.append('<style:style style:name="%s" style:family="text">'
                       '<style:text-properties %s/></style:style>' % (name, props))
    return name


def inline(s):
    """**bold**, //italic//, ^1^ superscript note refs."""
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|//(.+?)//|\^(.+?)\^", s):
        out.append(escape(s[pos:m.start()]))
        if m.group(1) is not None:
            out.append('<text:span text:style-name="%s">%s</text:span>' % (tstyle("b"), escape(m.group(1))))
        elif m.group(2) is not None:
            out.append('<text:span text:style-name="%s">%s</text:span>' % (tstyle("i"), escape(m.group(2))))
        else:
            out.append('<text:span text:style-name="%s">%s</text:span>' % (tstyle("sup"), escape(m.group(3))))
        pos = m.end()
    out.append(escape(s[pos:]))
    return "".join(out)


graphic_styles = {}


def gstyle(fill=None, stroke=None, stroke_w="0.05cm", pad=0.15, columns=1, gap=0.5,
           valign="top", autogrow=True):
    key = (fill, stroke, stroke_w, pad, columns, gap, valign, autogrow)
    if key in graphic_styles:
        return graphic_styles[key]
    name = "gr%d" % (len(graphic_styles) + 1)
    graphic_styles[key] = name
    f = 'draw:fill="solid" draw:fill-color="%s"' % fill if fill else 'draw:fill="none"'
    st = ('draw:stroke="solid" svg:stroke-color="%s" svg:stroke-width="%s"' % (stroke, stroke_w)
          if stroke else 'draw:stroke="none"')
    cols = ""
    if columns > 1:
        cols = '<style:columns fo:column-count="%d" fo:column-gap="%.2fcm"/>' % (columns, gap)
    auto_styles.append(
        '<style:style style:name="%s" style:family="graphic" style:parent-style-name="standard">'
        '<style:graphic-properties %s %s draw:auto-grow-height="%s" draw:auto-grow-width="false" '
        'draw:textarea-vertical-align="%s" draw:textarea-horizontal-align="justify" '
        'fo:padding-top="%.2fcm" fo:padding-bottom="%.2fcm" fo:padding-left="%.2fcm" '
        'fo:padding-right="%.2fcm" fo:wrap-option="wrap">%s</style:graphic-properties></style:style>'
        % (name, f, st, "true" if autogrow else "false", valign, pad, pad, pad, pad, cols))
    return name


LIST_STYLES = """
<text:list-style style:name="LB">
 <text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">
  <style:list-level-properties text:space-before="0.05cm" text:min-label-width="0.35cm"/>
  <style:text-properties fo:font-family="Liberation Sans" style:font-size-rel="100%"/>
 </text:list-level-style-bullet>
</text:list-style>
<text:list-style style:name="LN">
 <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
  <style:list-level-properties text:space-before="0.05cm" text:min-label-width="0.45cm"/>
  <style:text-properties fo:font-family="Liberation Sans"/>
 </text:list-level-style-number>
</text:list-style>
"""

# ---------------------------------------------------------------- content helpers
BODY = 8.5
H_COLOR = "#1f4e79"


def blocks_xml(blocks, size=BODY, color="#000000"):
    x = []
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            x.append('<text:p text:style-name="%s">%s</text:p>' % (
                pstyle(12, True, H_COLOR, after=0.12), inline(b[1])))
        elif kind == "h2":
            x.append('<text:p text:style-name="%s">%s</text:p>' % (
                pstyle(9.5, True, H_COLOR, before=0.1, after=0.06), inline(b[1])))
        elif kind == "h2c":  # heading in a coloured box: custom colour
            x.append('<text:p text:style-name="%s">%s</text:p>' % (
                pstyle(11, True, b[2], after=0.1), inline(b[1])))
        elif kind == "p":
            x.append('<text:p text:style-name="%s">%s</text:p>' % (
                pstyle(size, color=color), inline(b[1])))
        elif kind == "pi":
            x.append('<text:p text:style-name="%s">%s</text:p>' % (
                pstyle(size - 0.5, italic=True, color=color), inline(b[1])))
        elif kind in ("ul", "ol"):
            ls = "LB" if kind == "ul" else "LN"
            items = "".join('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                            % (pstyle(size, color=color, after=0.05), inline(it)) for it in b[1])
            x.append('<text:list text:style-name="%s">%s</text:list>' % (ls, items))
        elif kind == "raw":
            x.append(b[1])
    return "".join(x)


def frame(x, y, w, h, blocks, name=None, **g):
    size = g.pop("size", BODY)
    color = g.pop("color", "#000000")
    return ('<draw:frame draw:style-name="%s" draw:layer="layout" svg:width="%.2fcm" svg:height="%.2fcm" '
            'svg:x="%.2fcm" svg:y="%.2fcm"%s><draw:text-box>%s</draw:text-box></draw:frame>'
            % (gstyle(**g), w, h, x, y, (' draw:name="%s"' % name) if name else "",
               blocks_xml(blocks, size, color)))


# ---- tables ----
col_styles = {}
cell_styles = {}
row_styles = {}


def colstyle(w):
    if w not in col_styles:
        n = "co%d" % (len(col_styles) + 1)
        col_styles[w] = n
        auto_styles.append('<style:style style:name="%s" style:family="table-column">'
                           '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (n, w))
    return col_styles[w]


def rowstyle(h):
    if h not in row_styles:
        n = "ro%d" % (len(row_styles) + 1)
        row_styles[h] = n
        auto_styles.append('<style:style style:name="%s" style:family="table-row">'
                           '<style:table-row-properties style:row-height="%.2fcm"/></style:style>' % (n, h))
    return row_styles[h]


def cellstyle(fill):
    if fill not in cell_styles:
        n = "ce%d" % (len(cell_styles) + 1)
        cell_styles[fill] = n
        auto_styles.append(
            '<style:style style:name="%s" style:family="table-cell">'
            '<style:graphic-properties draw:fill="solid" draw:fill-color="%s" '
            'draw:textarea-vertical-align="top" fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" '
            'fo:padding-left="0.1cm" fo:padding-right="0.1cm"/>'
            '<style:paragraph-properties fo:border="0.5pt solid #7f7f7f"/>'
            '</style:style>' % (n, fill))
    return cell_styles[fill]


def table(x, y, widths, rows, header_fill="#1f4e79", fills=("#ffffff", "#eef3f8"), size=7.5,
          row_h=0.45, name=None):
    """rows: list of lists; a cell is str, None (covered) or (str, rowspan)."""
    parts = ['<table:table table:template-name="default" table:use-first-row-styles="true">']
    for w in widths:
        parts.append('<table:table-column table:style-name="%s"/>' % colstyle(w))
    band = 0
    for ri, row in enumerate(rows):
        parts.append('<table:table-row table:style-name="%s">' % rowstyle(row_h))
        if ri > 0 and row and row[0] is not None:
            band ^= 1 if isinstance(row[0], tuple) else 0
        for ci, c in enumerate(row):
            if c is None:
                parts.append('<table:covered-table-cell/>')
                continue
            span = 1
            if isinstance(c, tuple):
                c, span = c
            if ri == 0:
                fill = header_fill
                ps = pstyle(size, True, "#ffffff", after=0)
            else:
                fill = fills[band]
                ps = pstyle(size, ci == 0, after=0)
            paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (ps, inline(t)) for t in c.split("\n"))
            attr = ' table:number-rows-spanned="%d"' % span if span > 1 else ""
            parts.append('<table:table-cell table:style-name="%s"%s>%s</table:table-cell>'
                         % (cellstyle(fill), attr, paras))
        parts.append('</table:table-row>')
    parts.append('</table:table>')
    w = sum(widths)
    h = row_h * len(rows)
    return ('<draw:frame draw:style-name="standard" draw:layer="layout" svg:width="%.2fcm" svg:height="%.2fcm" '
            'svg:x="%.2fcm" svg:y="%.2fcm"%s>%s</draw:frame>'
            % (w, h, x, y, (' draw:name="%s"' % name) if name else "", "".join(parts)))


# ---------------------------------------------------------------- pages
L = 1.2            # left margin
W = 18.6           # usable width
pages = []

# ======================= PAGE 1 =======================
p = []
p.append(frame(L, 1.25, W, 2.0, [
    ("raw", '<text:p text:style-name="%s">Fictieve Standaard Hazelvlekziekte (FT-138)</text:p>'
     % pstyle(20, True, "#ffffff", after=0.1)),
    ("raw", '<text:p text:style-name="%s">Werkkaart voor huisarts en praktijkondersteuner · '
     'vastgesteld 1 mei 2026 · versie 1.0</text:p>' % pstyle(10, False, "#ffffff", after=0)),
], fill="#1f4e79", pad=0.3, valign="middle", autogrow=False))

p.append(frame(L, 3.4, W, 1.0, [
    ("p", "**Let op: dit is een FICTIEF testdocument.** Hazelvlekziekte, //Corylobacter maculans// en de "
          "middelen ravoximeen, kelbutrine, dostamide en pelivanol bestaan niet. Deze werkkaart is uitsluitend "
          "gemaakt om software te testen en is geen medisch advies."),
], fill="#fff2cc", stroke="#bf9000", stroke_w="0.03cm", size=8, autogrow=False))

p.append(frame(L, 4.6, W, 0.7, [("h1", "Kernboodschappen")]))
kern = [
    ["Hazelvlekziekte is een door de hazelmijt overgedragen infectie met koorts en "
     "**ringvormige rode vlekken**; de diagnose is meestal klinisch.",
     "Gebruik de **HAZEL-score** (0 tot 7 punten) om de waarschijnlijkheid te schatten."],
    ["Bij een HAZEL-score van 5 of hoger: start direct met **ravoximeen**, zonder op serologie te wachten.",
     "Bij een score van 3 of 4: bepaal CRP en CMA-IgM-serologie en beoordeel opnieuw na 2 tot 3 dagen."],
    ["Kelbutrine is het middel van keuze bij **zwangerschap, borstvoeding** en een eGFR onder 30.",
     "Verwijs direct bij alarmsymptomen, zoals nekstijfheid, purpura of oligurie."],
]
cw = (W - 2 * 0.4) / 3
for i, items in enumerate(kern):
    p.append(frame(L + i * (cw + 0.4), 5.3, cw, 2.7, [("ul", items)],
                   fill="#eef3f8", pad=0.2, autogrow=False))

p.append(frame(L, 8.25, W, 0.7, [("h1", "Achtergronden")]))
hw = (W - 0.5) / 2
p.append(frame(L, 8.9, hw, 3.6, [
    ("h2", "Epidemiologie"),
    ("p", "De incidentie van hazelvlekziekte in de huisartsenpraktijk is ongeveer **4 per 1000 patiënten per "
          "jaar**. Een normpraktijk van 2350 patiënten ziet dus circa 9 nieuwe patiënten per jaar."),
    ("p", "De ziekte komt vooral voor van **september tot en met november**, in het seizoen waarin de "
          "hazelmijt actief is. Kinderen van 5 tot 14 jaar, boswerkers en hoveniers worden het vaakst getroffen."),
    ("p", "Ongeveer 2% van de patiënten krijgt complicaties, vooral reactieve artritis.^1^"),
]))
p.append(frame(L + hw + 0.5, 8.9, hw, 3.6, [
    ("h2", "Etiologie en beloop"),
    ("p", "De verwekker is de bacterie //Corylobacter maculans//. Deze wordt overgedragen door de beet van de "
          "hazelmijt (//Phytonyssus coryli//), die op hazelaars en in strooisel leeft."),
    ("p", "De incubatietijd is **7 tot 21 dagen**. Er is geen overdracht van mens op mens; isolatie is niet nodig."),
    ("p", "Zonder behandeling verdwijnen de vlekken meestal binnen 4 tot 6 weken, maar de koorts duurt langer "
          "en het risico op artritis is dan groter."),
]))

p.append(frame(L, 12.7, W, 0.7, [("h1", "Richtlijnen diagnostiek")]))
tw = (W - 2 * 0.4) / 3
p.append(frame(L, 13.35, tw, 5.0, [
    ("h2", "Anamnese"),
    ("p", "Vraag naar:"),
    ("ul", ["bezoek aan bos, park of hazelaarhaag in de afgelopen 21 dagen",
            "begin en beloop van de koorts",
            "vorm, plaats en uitbreiding van de vlekken; jeuk",
            "gewrichtsklachten, vooral van enkels en knieën",
            "eerdere episoden, medicatie en allergieën",
            "zwangerschap of borstvoeding"]),
]))
p.append(frame(L + tw + 0.4, 13.35, tw, 5.0, [
    ("h2", "Lichamelijk onderzoek"),
    ("ul", ["meet de temperatuur, pols en bloeddruk",
            "beschrijf de vlekken: typisch ringvormig (annulair), 2 tot 8 cm, met een bleek centrum",
            "zoek naar een beetplaatsje: een klein korstje in het centrum van de eerste vlek",
            "palpeer de regionale lymfeklieren",
            "onderzoek enkels en knieën op zwelling en bewegingsbeperking",
            "let op purpura en nekstijfheid (alarmsymptomen)"]),
]))
p.append(frame(L + 2 * (tw + 0.4), 13.35, tw, 5.0, [
    ("h2", "Aanvullend onderzoek"),
    ("p", "Alleen bij een HAZEL-score van 3 of 4, of bij twijfel:"),
    ("ul", ["**CRP**: een waarde boven 50 mg/l past bij hazelvlekziekte",
            "**CMA-IgM-serologie** (antistoffen tegen //C. maculans//): pas betrouwbaar vanaf dag 10 na "
            "het begin van de klachten",
            "bij ouderen en bij eGFR-twijfel: kreatinine en kalium vóór start van ravoximeen"]),
    ("p", "PCR van een huidbiopt gebeurt alleen in de tweede lijn."),
]))

p.append(frame(L, 18.55, W, 0.7, [("h1", "HAZEL-score")]))
p.append(frame(L, 19.2, W, 0.9, [
    ("p", "Tel de punten van de vijf criteria op (totaal 0 tot 7). De score schat de kans op hazelvlekziekte bij "
          "een patiënt met koorts en huidafwijkingen en bepaalt het beleid."),
]))
p.append(table(L, 20.2, [1.0, 6.2, 1.5], [
    ["Letter", "Criterium", "Punten"],
    ["H", "Hazelaar- of bosblootstelling in de afgelopen 21 dagen", "2"],
    ["A", "Annulaire (ringvormige) vlekken van 2 cm of groter", "2"],
    ["Z", "Zwelling van de regionale lymfeklieren", "1"],
    ["E", "Enkel- of kniegewrichtsklachten", "1"],
    ["L", "Lichaamstemperatuur 38,0 °C of hoger", "1"],
], size=8, row_h=0.5, name="HAZEL-criteria"))
p.append(table(L + 9.3, 20.2, [1.6, 2.4, 5.3], [
    ["Score", "Kans", "Beleid"],
    ["0–2", "laag (< 10%)", "Hazelvlekziekte onwaarschijnlijk; overweeg een andere diagnose."],
    ["3–4", "intermediair (± 40%)", "CRP en CMA-IgM-serologie; herbeoordeling na 2–3 dagen."],
    ["5–7", "hoog (> 80%)", "Start direct behandeling met ravoximeen (of kelbutrine)."],
], size=8, row_h=0.5, name="HAZEL-scorebanden"))
p.append(frame(L, 23.6, W, 1.2, [
    ("pi", "Tabel A (links): criteria van de HAZEL-score. Tabel B (rechts): scorebanden en beleid. "
           "Bij kinderen jonger dan 2 jaar is de HAZEL-score niet gevalideerd.^2^"),
]))
pages.append(p)

# ======================= PAGE 2 =======================
p = []
p.append(frame(L, 1.25, W, 3.1, [
    ("h2c", "⚠ ALARMSYMPTOMEN – verwijs dezelfde dag", "#c00000"),
    ("ul", ["temperatuur van 39,5 °C of hoger die langer dan 3 dagen aanhoudt ondanks behandeling",
            "nekstijfheid, hevige hoofdpijn of verlaagd bewustzijn",
            "vlekken die binnen 24 uur samenvloeien of bloederig worden (purpura)",
            "kortademigheid of pijn op de borst",
            "oligurie: minder dan 500 ml urine per 24 uur",
            "zuigeling jonger dan 3 maanden met koorts en vlekken"]),
], fill="#fde9e7", stroke="#c00000", stroke_w="0.08cm", pad=0.3, columns=2, gap=0.6, autogrow=False))

p.append(frame(L, 5.8, W, 0.7, [("h1", "Beleid")]))
p.append(frame(L, 6.45, hw, 4.6, [
    ("h2", "Voorlichting"),
    ("ul", ["Leg uit dat hazelvlekziekte niet besmettelijk is van mens op mens; kinderen mogen naar school "
            "zodra zij koortsvrij zijn.",
            "De vlekken kunnen tot 4 weken na de kuur zichtbaar blijven; dat betekent niet dat de behandeling "
            "heeft gefaald.",
            "Preventie: draag lange kleding in het bos, inspecteer de huid na een bosbezoek en was kleding op "
            "60 °C.",
            "Neem contact op bij een alarmsymptoom of als de koorts na 72 uur behandeling niet daalt."]),
]))
p.append(frame(L + hw + 0.5, 6.45, hw, 4.6, [
    ("h2", "Niet-medicamenteuze behandeling"),
    ("ul", ["Koele kompressen of een lauwe douche (2 tot 3 keer per dag) verminderen de jeuk.",
            "Houd de nagels kort om krabeffecten en secundaire infectie te voorkomen.",
            "Rust bij gewrichtsklachten; vermijd zware belasting van de enkels tot de zwelling is verdwenen.",
            "Voldoende drinken bij koorts: volwassenen ten minste 2 liter per dag."]),
]))

p.append(frame(L, 11.2, W, 0.7, [("h1", "Medicamenteuze behandeling")]))
p.append(frame(L, 11.85, W, 1.5, [
    ("p", "**Eerste keus** bij een HAZEL-score van 5 of hoger (of bij 3–4 met positieve serologie) is "
          "**ravoximeen** oraal. Geef **kelbutrine** bij zwangerschap, borstvoeding, een eGFR onder 30 of "
          "overgevoeligheid voor ravoximeen. **Dostamide-crème 2%** is een aanvulling tegen de jeuk. "
          "**Pelivanol** is alleen bedoeld voor koorts en gewrichtspijn, niet ter behandeling van de infectie.^3^"),
]))
p.append(frame(L, 13.4, W, 0.55, [
    ("raw", '<text:p text:style-name="%s">Tabel 1. Doseringen bij hazelvlekziekte</text:p>'
     % pstyle(9, True, H_COLOR, after=0)),
]))

DOSE = [
    ["Middel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"],
    [("Ravoximeen\ntablet 250 mg;\nsuspensie\n50 mg/ml", 7), "Volwassenen", "500 mg 2 dd", "7 dagen",
     "1000 mg/dag", "Innemen met voedsel."],
    [None, "Kinderen < 10 kg", "niet geregistreerd", "–", "–", "Overleg met de kinderarts."],
    [None, "Kinderen 10–20 kg", "12,5 mg/kg 2 dd", "7 dagen", "500 mg/dag", "Suspensie 50 mg/ml."],
    [None, "Kinderen 20–40 kg", "250 mg 2 dd", "7 dagen", "500 mg/dag", "Tablet of suspensie."],
    [None, "Ouderen ≥ 75 jaar", "250 mg 2 dd", "10 dagen", "500 mg/dag", "Kalium controleren op dag 3."],
    [None, "eGFR 30–60 ml/min", "250 mg 2 dd", "7 dagen", "500 mg/dag", "Kreatinine vóór start."],
    [None, "eGFR < 30 ml/min", "gecontra-indiceerd", "–", "–", "Kies kelbutrine."],
    [("Kelbutrine\ncapsule 150 mg;\ndrank 25 mg/ml", 5), "Volwassenen", "300 mg 1 dd", "5 dagen",
     "300 mg/dag", "Nuchter innemen, 1 uur vóór het ontbijt."],
    [None, "Kinderen ≥ 6 jaar", "5 mg/kg 1 dd", "5 dagen", "300 mg/dag", "Drank 25 mg/ml; jonger dan 6 jaar: overleg."],
    [None, "Zwangerschap", "300 mg 1 dd", "5 dagen", "300 mg/dag", "Middel van keuze; ook in het 1e trimester."],
    [None, "Borstvoeding", "300 mg 1 dd", "5 dagen", "300 mg/dag", "Let op dunne ontlasting bij de zuigeling."],
    [None, "eGFR < 30 ml/min", "150 mg 1 dd", "5 dagen", "150 mg/dag", "Geen aanpassing bij eGFR ≥ 30."],
    [("Dostamide\ncrème 2%", 3), "Volwassenen en kinderen ≥ 2 jaar", "2 dd dun aanbrengen", "max. 14 dagen",
     "30 g per week", "Niet op het gezicht of op open huid."],
    [None, "Kinderen < 2 jaar", "1 dd dun aanbrengen", "max. 7 dagen", "10 g per week", "Alleen kleine oppervlakken."],
    [None, "Zwangerschap en borstvoeding", "2 dd dun aanbrengen", "max. 14 dagen", "30 g per week",
     "Maximaal 10% van het lichaamsoppervlak; niet op de tepel."],
    [("Pelivanol\ntablet 200 mg", 3), "Volwassenen", "200 mg 3 dd", "max. 5 dagen", "600 mg/dag",
     "Alleen bij koorts of gewrichtspijn."],
    [None, "Ouderen ≥ 70 jaar", "200 mg 2 dd", "max. 3 dagen", "400 mg/dag", "Altijd met maagbescherming."],
    [None, "Zwangerschap", "gecontra-indiceerd", "–", "–", "Vooral in het 3e trimester vermijden."],
]
p.append(table(L, 14.0, [2.6, 3.3, 2.9, 2.0, 2.2, 5.6], DOSE, size=7.5, row_h=0.62,
               name="Tabel 1 Doseringen"))
p.append(frame(L, 26.3, W, 1.4, [
    ("pi", "dd = maal per dag. Doseringen per kg lichaamsgewicht gelden tot het aangegeven maximum per dag. "
           "Bij kinderen van 10 tot 20 kg wordt ravoximeen altijd als suspensie gegeven. "
           "Voor kinderen is pelivanol niet onderzocht.^4^"),
], size=7.5))
pages.append(p)

# ======================= PAGE 3 =======================
p = []
p.append(frame(L, 1.25, W, 0.7, [("h1", "Contra-indicaties en interacties")]))
p.append(frame(L, 1.9, hw, 6.4, [
    ("h2", "Contra-indicaties"),
    ("p", "**Ravoximeen** is gecontra-indiceerd bij een eGFR onder 30 ml/min, bij een bekende verlenging van "
          "het QT-interval en tijdens de zwangerschap. Geef het ook niet tijdens de borstvoeding, omdat het "
          "in de moedermelk overgaat."),
    ("p", "**Kelbutrine** is gecontra-indiceerd bij ernstige leverfunctiestoornissen (Child-Pugh C) en bij "
          "myasthenia gravis."),
    ("p", "**Pelivanol** is gecontra-indiceerd bij een actief maagulcus, bij ernstig hartfalen en in het derde "
          "trimester van de zwangerschap."),
    ("p", "**Dostamide** mag niet worden gebruikt op open wonden of op het slijmvlies."),
]))
p.append(frame(L + hw + 0.5, 1.9, hw, 6.4, [
    ("h2", "Interacties"),
    ("p", "Ravoximeen met **spironolacton** of andere kaliumsparende diuretica geeft een risico op "
          "hyperkaliëmie: controleer het kalium na 3 dagen."),
    ("p", "Ravoximeen verhoogt de toxiciteit van **methotrexaat**; vermijd deze combinatie en kies kelbutrine."),
    ("p", "Kelbutrine met **simvastatine** geeft een verhoogd risico op myopathie: staak de simvastatine "
          "tijdens de kuur en herstart 2 dagen na de laatste dosis."),
    ("p", "Pelivanol met **orale anticoagulantia** (DOAC of cumarinederivaat) verhoogt het bloedingsrisico; "
          "gebruik bij voorkeur paracetamol."),
    ("p", "Dostamide-crème heeft geen klinisch relevante interacties."),
]))

p.append(frame(L, 8.5, W, 0.7, [("h1", "Zwangerschap en borstvoeding")]))
p.append(frame(L, 9.15, W, 2.6, [
    ("p", "Bij zwangere vrouwen met hazelvlekziekte is **kelbutrine 300 mg 1 dd gedurende 5 dagen** het middel "
          "van keuze, in elk trimester. Ravoximeen is gecontra-indiceerd omdat het in dierstudies teratogeen was. "
          "Pelivanol is gecontra-indiceerd; gebruik paracetamol tegen koorts. Dostamide-crème mag op kleine "
          "oppervlakken."),
    ("p", "Tijdens de borstvoeding is kelbutrine eveneens eerste keus. Ravoximeen gaat over in de moedermelk en "
          "wordt afgeraden. Overleg met de gynaecoloog bij een zwangere met een HAZEL-score van 5 of hoger en "
          "koorts boven 39 °C."),
], columns=2, gap=0.5))

p.append(frame(L, 11.95, W, 0.7, [("h1", "Controles")]))
p.append(frame(L, 12.6, W, 3.0, [
    ("ul", ["Telefonische controle na **72 uur**: is de koorts gedaald? Zo niet, heroverweeg de diagnose en "
            "controleer de therapietrouw.",
            "Bij ouderen van 75 jaar en ouder en bij een eGFR van 30–60: controleer kalium en kreatinine op "
            "**dag 3** van de ravoximeenkuur.",
            "Controleconsult **4 weken** na het einde van de kuur bij patiënten die gewrichtsklachten hadden.",
            "Serologie herhalen na genezing is niet zinvol: CMA-IgM kan tot 6 maanden positief blijven."]),
]))

p.append(frame(L, 15.8, W, 0.7, [("h1", "Consultatie en verwijzing")]))
p.append(frame(L, 16.45, W, 3.7, [
    ("p", "Verwijs of overleg in de volgende situaties:"),
    ("ol", ["alarmsymptomen: dezelfde dag naar de internist of de SEH",
            "kinderen met een gewicht onder 10 kg: overleg met de kinderarts",
            "zwangere met HAZEL-score 5 of hoger en koorts boven 39 °C: overleg met de gynaecoloog",
            "artritis die langer dan 6 weken aanhoudt: verwijs naar de reumatoloog",
            "recidief binnen 3 maanden na een adequaat behandelde episode: overleg met de internist-infectioloog",
            "geen verbetering na 2 kuren (ravoximeen en daarna kelbutrine): verwijs naar de internist"]),
], columns=2, gap=0.6))

p.append(frame(L, 20.4, W, 0.6, [("h2", "Noten")]))
p.append(frame(L, 20.95, W, 3.6, [
    ("p", "^1^ Reactieve artritis ontstaat gemiddeld 2 tot 3 weken na het begin van de vlekken en treft vooral "
          "de enkels."),
    ("p", "^2^ Bij kinderen jonger dan 2 jaar berust de diagnose op het klinisch beeld en de CMA-IgM-serologie."),
    ("p", "^3^ Pelivanol verkort de koortsduur met gemiddeld 1 dag, maar beïnvloedt het beloop van de "
          "infectie niet."),
    ("p", "^4^ De werkgroep adviseert bij kinderen paracetamol tegen koorts en pijn."),
], size=7.5, columns=2, gap=0.6))

p.append(frame(L, 24.8, W, 2.6, [
    ("p", "**Colofon.** Fictieve Standaard Hazelvlekziekte (FT-138), vastgesteld 1 mei 2026. Opgesteld door een "
          "fictieve werkgroep uitsluitend als testmateriaal voor software. Dit document is **fictief** en bevat "
          "geen medisch advies; alle ziektebeelden, verwekkers, middelen en doseringen zijn verzonnen."),
], fill="#f2f2f2", pad=0.3, size=8, autogrow=False))
pages.append(p)

# ---------------------------------------------------------------- master page
master = (
    '<draw:frame draw:style-name="%s" draw:layer="layout" svg:width="18.6cm" svg:height="0.6cm" '
    'svg:x="1.2cm" svg:y="0.45cm"><draw:text-box><text:p text:style-name="%s">'
    'NHG-stijl werkkaart · Fictieve Standaard Hazelvlekziekte (FT-138)</text:p></draw:text-box></draw:frame>'
    % (gstyle(pad=0.05), pstyle(7.5, False, "#595959", align="end", after=0))
    + '<draw:frame draw:style-name="%s" draw:layer="layout" svg:width="18.6cm" svg:height="0.6cm" '
    'svg:x="1.2cm" svg:y="28.55cm"><draw:text-box><text:p text:style-name="%s">'
    'Fictief testdocument – geen medisch advies · pagina <text:page-number>1</text:page-number> van 3'
    '</text:p></draw:text-box></draw:frame>'
    % (gstyle(pad=0.05), pstyle(7.5, False, "#595959", align="center", after=0))
)

# ---------------------------------------------------------------- assemble
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

page_xml = "".join(
    '<draw:page draw:name="Pagina %d" draw:style-name="dp1" draw:master-page-name="Werkkaart">%s</draw:page>'
    % (i + 1, "".join(p)) for i, p in enumerate(pages))

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.graphics">
<office:meta>
 <dc:title>Fictieve Standaard Hazelvlekziekte (FT-138)</dc:title>
 <dc:subject>Fictieve werkkaart, testdocument, geen medisch advies</dc:subject>
 <meta:initial-creator>Fictieve werkgroep FT-138</meta:initial-creator>
 <dc:language>nl-NL</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="{FONT}" svg:font-family="'{FONT}'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="graphic">
  <style:paragraph-properties fo:language="nl" fo:country="NL"/>
  <style:text-properties style:font-name="{FONT}" fo:font-size="8.5pt" fo:language="nl" fo:country="NL"/>
 </style:default-style>
 <style:style style:name="standard" style:family="graphic">
  <style:graphic-properties draw:stroke="none" draw:fill="none"/>
  <style:text-properties style:font-name="{FONT}" fo:font-size="8.5pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PM1">
  <style:page-layout-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:margin-left="0.3cm" fo:margin-right="0.3cm" fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"/>
 </style:page-layout>
 <style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:background-size="border" draw:fill="none"/></style:style>
 {LIST_STYLES}
 {"".join(auto_styles)}
</office:automatic-styles>
<office:master-styles>
 <draw:layer-set><draw:layer draw:name="layout"/><draw:layer draw:name="background"/><draw:layer draw:name="backgroundobjects"/><draw:layer draw:name="controls"/><draw:layer draw:name="measurelines"/></draw:layer-set>
 <style:master-page style:name="Werkkaart" style:page-layout-name="PM1" draw:style-name="dp1">{master}</style:master-page>
</office:master-styles>
<office:body><office:drawing>{page_xml}</office:drawing></office:body>
</office:document>
'''
with open(OUT, "w", encoding="utf-8") as f:
    f.write(doc)
print("wrote", OUT)
