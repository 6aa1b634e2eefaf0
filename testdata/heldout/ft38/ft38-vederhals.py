#!/usr/bin/python3
# Build the FICTIONAL guideline FT-38 "Vederhals" as a Word document with python-docx
# (Debian python3-docx 0.8.11). The .docx is then converted to PDF by LibreOffice (scripts/gen-heldout-guideline.sh).
# Also writes ft38-vederhals.txt: the plain text of every paragraph / table cell paragraph,
# used to check that evidence quotes are exact substrings of the source.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = "ft38-vederhals"
doc = Document()
TXT = []  # plain text lines of the source

sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = sec.bottom_margin = Cm(2.0)

st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)

# running footer
fp = sec.footer.paragraphs[0]
fp.text = "Fictieve NHG-Standaard Vederhals (FT-38) - fictief testdocument, geen medisch advies"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)


# ---------------------------------------------------------------- helpers
def add_runs(p, text):
    """text may contain ^n^ markers for superscript note numbers."""
    parts = text.split("^")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        if i % 2 == 1:
            r.font.superscript = True
    return p


def plain(text):
    return text.replace("^", "")


def para(text, style=None, bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph(style=style)
    add_runs(p, text)
    for r in p.runs:
        if bold:
            r.bold = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    TXT.append(plain(text))
    return p


def h(text, level):
    doc.add_heading(text, level=level)
    TXT.append(text)


def bullets(items):
    for it in items:
        para(it, style="List Bullet")


def numbered(items):
    for it in items:
        para(it, style="List Number")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=9, italic=False):
    """Set the first paragraph of a cell; '\n' makes extra paragraphs (multi-line cell)."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        add_runs(p, line)
        p.paragraph_format.space_after = Pt(1)
        for r in p.runs:
            r.font.size = Pt(size)
            r.bold = bold
            r.italic = italic
        TXT.append(plain(line))


def set_widths(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def caption(text):
    p = para(text, bold=True, size=10)
    p.paragraph_format.keep_with_next = True
    return p


# ---------------------------------------------------------------- title block
para("Fictieve NHG-Standaard Vederhals (FT-38)", bold=True, size=18)
para("Fictief testdocument - geen medisch advies", bold=True, size=12)
para("Let op: de aandoening vederhals en de geneesmiddelen sorbatrol, pimarel, tosquinol en "
     "quendalax zijn verzonnen. Dit document is uitsluitend geschreven om software te testen en "
     "mag niet worden gebruikt voor de zorg van patiënten.", italic=True)
para("Vastgesteld: 12 maart 2026. Werkgroep Fictieve Standaarden. Geplande herziening: 2031.")

h("Kernboodschappen", 1)
bullets([
    "Vederhals is een meestal self-limiting ontsteking van het keelslijmvlies met een kenmerkend "
    "kriebelend 'veergevoel' en witte strepen op de achterste farynxwand (veerlijnen).",
    "Bepaal bij iedere patiënt de VEST-score; deze bepaalt of medicamenteuze behandeling nodig is.",
    "Begin bij lichte klachten met voorlichting, gorgelen en zo nodig tosquinol-zuigtabletten.",
    "Sorbatrol is eerste keus bij volwassenen; pimarel-drank is eerste keus bij kinderen van 1 tot 12 jaar.",
    "Quendalax is tweede keus; het is gecontra-indiceerd bij borstvoeding en verhoogt de digoxinespiegel.",
    "Verwijs dezelfde dag naar de KNO-arts bij alarmsymptomen zoals stridor, kwijlen of trismus.",
])

# ---------------------------------------------------------------- Inleiding
h("Inleiding", 1)
para("De Fictieve NHG-Standaard Vederhals geeft richtlijnen voor de diagnostiek en behandeling van "
     "vederhals in de huisartsenpraktijk. De standaard is bedoeld voor huisartsen, "
     "praktijkondersteuners en doktersassistenten.")
h("Epidemiologie", 2)
para("De incidentie van vederhals in de huisartsenpraktijk bedraagt 14 per 1000 patiënten per jaar. "
     "In een normpraktijk van 2350 patiënten ziet de huisarts dus ongeveer 33 nieuwe patiënten per jaar. "
     "De incidentie is het hoogst bij kinderen van 5 tot 12 jaar (31 per 1000 per jaar) en het laagst bij "
     "volwassenen van 40 tot 64 jaar (6 per 1000 per jaar). Vrouwen krijgen vederhals iets vaker dan "
     "mannen (verhouding 1,3 : 1). De aandoening komt vooral voor in de maanden november tot en met "
     "maart. Bij ongeveer 8% van de patiënten duren de klachten langer dan 6 weken (chronische vederhals).")

# ---------------------------------------------------------------- Achtergronden
h("Achtergronden", 1)
h("Definitie", 2)
para("Vederhals is een acute of subacute ontsteking van het slijmvlies van de farynx, gekenmerkt door "
     "een kriebelend gevoel 'alsof er een veer in de keel zit', heesheid en witte, streepvormige "
     "beslaglijnen op de achterste farynxwand, de zogenoemde veerlijnen. Van chronische vederhals is "
     "sprake als de klachten langer dan 6 weken bestaan. Van recidiverende vederhals is sprake bij vier "
     "of meer episoden per jaar.")
h("Etiologie en pathogenese", 2)
para("Vederhals wordt in deze fictieve standaard toegeschreven aan de (verzonnen) bacterie Plumella "
     "faucium. Besmetting vindt plaats via druppels. De incubatietijd bedraagt 3 tot 5 dagen. Patiënten "
     "zijn besmettelijk tot 24 uur na het begin van de medicamenteuze behandeling. Roken, droge lucht "
     "en intensief stemgebruik (bijvoorbeeld bij leerkrachten en zangers) zijn risicofactoren.")
h("Beloop en complicaties", 2)
para("Bij ongeveer 70% van de patiënten verdwijnen de klachten zonder behandeling binnen 10 dagen. "
     "De belangrijkste complicatie is het vederabces, een abces achter de farynxwand, dat bij ongeveer 1% "
     "van de patiënten optreedt, vooral bij kinderen jonger dan 4 jaar en bij patiënten met diabetes "
     "mellitus. Een zeldzame complicatie is een voorbijgaande stembandparese.")

# ---------------------------------------------------------------- Diagnostiek
h("Richtlijnen diagnostiek", 1)
h("Anamnese", 2)
para("Vraag naar:")
bullets([
    "duur en beloop van de keelklachten, het veergevoel en de heesheid;",
    "pijn bij slikken, kwijlen of moeite met het doorslikken van speeksel;",
    "koorts (hoogte en duur) en algemeen ziek zijn;",
    "eerdere episoden van vederhals in het afgelopen jaar;",
    "roken, stemgebruik en beroep;",
    "comorbiditeit (diabetes mellitus, nierfunctiestoornis) en medicatiegebruik, in het bijzonder digoxine;",
    "zwangerschap of het geven van borstvoeding.",
])
h("Lichamelijk onderzoek", 2)
para("Meet de temperatuur. Inspecteer de mond en keel met een spatel en lamp en let op veerlijnen, "
     "zwelling en uitwijking van de huig. Palpeer de halslymfeklieren. Let op stridor, de mate waarin de "
     "patiënt de mond kan openen (trismus) en de ademhaling.")
h("Aanvullend onderzoek: de VEST-score", 2)
para("Bepaal bij iedere patiënt met vederhals de VEST-score (Vederhals Ernst- en Symptoomtotaal). "
     "De score telt vijf items op, elk 0 of 1 punt, zodat de totale score 0 tot 5 punten bedraagt "
     "(zie tabel 2). Een score van 0-1 duidt op lichte vederhals, 2-3 op matig ernstige en 4-5 op "
     "ernstige vederhals.")

caption("Tabel 2 VEST-score (Vederhals Ernst- en Symptoomtotaal)")
t2 = doc.add_table(rows=1, cols=3)
t2.style = "Table Grid"
hdr = ["Letter", "Item", "Punten"]
for i, x in enumerate(hdr):
    cell_text(t2.rows[0].cells[i], x, bold=True)
    shade(t2.rows[0].cells[i], "BDD7EE")
for row in [
    ("V", "Veerlijnen zichtbaar op de achterste farynxwand", "1"),
    ("E", "Eten en drinken pijnlijk (slikpijn)", "1"),
    ("S", "Stemverlies of uitgesproken heesheid", "1"),
    ("T", "Temperatuur ≥ 38,5 °C", "1"),
    ("+", "Klachtenduur langer dan 7 dagen", "1"),
]:
    cells = t2.add_row().cells
    for i, x in enumerate(row):
        cell_text(cells[i], x)
set_widths(t2, [Cm(1.5), Cm(11.5), Cm(2.0)])
para("Maximale score: 5 punten. Interpretatie: 0-1 licht, 2-3 matig ernstig, 4-5 ernstig.", italic=True, size=9)

h("Laboratoriumonderzoek", 2)
para("Aanvullend laboratoriumonderzoek is meestal niet nodig. Bepaal het CRP bij een VEST-score van 4 "
     "of 5 of bij verdenking op een vederabces. Een CRP-waarde boven 75 mg/l past bij een vederabces^1^. "
     "Bepaal bij patiënten van 75 jaar en ouder de eGFR voordat sorbatrol of quendalax wordt voorgeschreven, "
     "als er geen eGFR-waarde van de afgelopen 12 maanden bekend is^2^. Een keelkweek heeft geen plaats "
     "in de diagnostiek van vederhals.")

# ---------------------------------------------------------------- Beleid
h("Richtlijnen beleid", 1)
h("Voorlichting", 2)
para("Leg uit dat vederhals meestal binnen 10 dagen vanzelf overgaat en dat de patiënt tot 24 uur na "
     "de start van de medicatie besmettelijk is. Bespreek:")
bullets([
    "het belang van stemrust en voldoende drinken (ten minste 1,5 liter per dag voor volwassenen);",
    "niet roken en het vermijden van droge lucht;",
    "wanneer de patiënt opnieuw contact moet opnemen (zie alarmsymptomen);",
    "de Thuisarts-achtige informatiefolder 'Vederhals' (fictief).",
])
h("Niet-medicamenteuze behandeling", 2)
para("Adviseer volwassenen en kinderen vanaf 6 jaar 3 keer per dag te gorgelen met lauw zoutwater "
     "(een halve theelepel zout op een glas water). Een luchtbevochtiger in de slaapkamer kan de "
     "klachten verminderen. Zangers en leerkrachten wordt geadviseerd de stem ten minste 3 dagen te "
     "sparen.")
h("Medicamenteuze behandeling", 2)
para("Volg bij de medicamenteuze behandeling het onderstaande stappenplan:")
numbered([
    "Lichte vederhals (VEST-score 0-1): geen middel of tosquinol-zuigtabletten voor de symptomen.",
    "Matig ernstige of ernstige vederhals (VEST-score 2 of hoger), of geen verbetering na 5 dagen: "
    "sorbatrol voor volwassenen en jongeren vanaf 12 jaar met een lichaamsgewicht van 40 kg of meer; "
    "pimarel-drank voor kinderen van 1 tot 12 jaar.",
    "Geen verbetering na 7 dagen sorbatrol, of intolerantie voor sorbatrol: quendalax (tweede keus, "
    "alleen voor volwassenen).",
    "Geen verbetering na de behandeling met quendalax: overleg met of verwijs naar de KNO-arts.",
])
h("Tosquinol", 3)
para("Tosquinol-zuigtabletten (5 mg) verlichten het veergevoel maar verkorten de ziekteduur niet. "
     "Dosering voor volwassenen en kinderen vanaf 12 jaar: 1 zuigtablet van 5 mg elke 3 uur, met een "
     "maximum van 8 zuigtabletten per dag. Kinderen van 6 tot 12 jaar: 1 zuigtablet elke 4 uur, met een "
     "maximum van 4 zuigtabletten per dag. Gebruik tosquinol niet langer dan 7 dagen achter elkaar. "
     "Geef tosquinol niet aan kinderen jonger dan 6 jaar vanwege verslikkingsgevaar. Tosquinol mag "
     "tijdens de zwangerschap en de borstvoeding worden gebruikt. De zuigtabletten bevatten sorbitol "
     "en zijn daarom ongeschikt bij erfelijke fructose-intolerantie.")
h("Sorbatrol, pimarel en quendalax", 3)
para("De dosering van sorbatrol, pimarel en quendalax staat in tabel 1. Sorbatrol wordt ingenomen "
     "tijdens de maaltijd. Pimarel-drank moet voor gebruik goed worden geschud; gebruik de bijgeleverde "
     "doseerspuit. Quendalax wordt op een lege maag ingenomen, ten minste 1 uur voor het ontbijt.")

# ---------------------------------------------------------------- Tabel 1 (nested, merged, repeated header)
caption("Tabel 1 Dosering van sorbatrol, pimarel en quendalax bij vederhals")

INNER_HDR = ["Populatie", "Dosis per keer", "Frequentie", "Max. per dag", "Duur"]
# (drug label, [ (group label, [inner rows], note-under-inner-table or None) ])
# an inner row with one element = contra-indication text merged across the dose columns
T1 = [
    ("Sorbatrol\ntablet 200 mg\n(eerste keus volwassenen)", [
        ("Volwassenen en jongeren", [
            ("Volwassenen 18-74 jaar", "400 mg (2 tabletten)", "2 keer per dag", "800 mg", "7 dagen"),
            ("Jongeren 12-17 jaar, ≥ 40 kg", "200 mg", "3 keer per dag", "600 mg", "7 dagen"),
            ("Ouderen 75 jaar en ouder^3^", "200 mg", "2 keer per dag", "400 mg", "7 dagen"),
        ], None),
        ("Verminderde nierfunctie (eGFR in ml/min/1,73 m²)", [
            ("eGFR 45-59", "200 mg", "3 keer per dag", "600 mg", "7 dagen"),
            ("eGFR 30-44", "200 mg", "2 keer per dag", "400 mg", "7 dagen"),
            ("eGFR 15-29", "200 mg", "1 keer per dag", "200 mg", "5 dagen"),
            ("eGFR < 15 of dialyse", "Gecontra-indiceerd: sorbatrol niet voorschrijven."),
        ], "Bij eGFR ≥ 60 geldt de gewone dosering voor de leeftijdsgroep."),
        ("Zwangerschap en borstvoeding", [
            ("Zwangerschap (tweede en derde trimester)", "200 mg", "2 keer per dag", "400 mg", "5 dagen"),
            ("Zwangerschap eerste trimester", "Niet gebruiken; kies tosquinol."),
            ("Borstvoeding^4^", "400 mg (2 tabletten)", "2 keer per dag", "800 mg", "7 dagen"),
        ], None),
    ]),
    ("Pimarel\ndrank 20 mg/ml\n(eerste keus kinderen 1-12 jaar)", [
        ("Kinderen naar lichaamsgewicht", [
            ("10-14 kg", "2,5 ml (50 mg)", "2 keer per dag", "100 mg", "5 dagen"),
            ("15-24 kg", "4 ml (80 mg)", "2 keer per dag", "160 mg", "5 dagen"),
            ("25-39 kg", "6 ml (120 mg)", "2 keer per dag", "240 mg", "5 dagen"),
            ("≥ 40 kg", "Gebruik sorbatrol-tabletten (zie jongeren)."),
        ], "Kinderen jonger dan 1 jaar of lichter dan 10 kg: pimarel niet gebruiken; overleg met de kinderarts."),
        ("Kinderen met verminderde nierfunctie", [
            ("eGFR 30-59", "Dosis per keer halveren", "2 keer per dag", "helft van gewichtsdosis", "5 dagen"),
            ("eGFR < 30", "1 keer per dag de gewone dosis per keer", "1 keer per dag", "dosis per keer", "5 dagen"),
        ], None),
    ]),
    ("Quendalax\ntablet 50 mg\n(tweede keus, alleen volwassenen)", [
        ("Volwassenen", [
            ("Volwassenen 18-74 jaar", "dag 1: 100 mg, daarna 50 mg", "1 keer per dag", "100 mg (dag 1), daarna 50 mg", "10 dagen"),
            ("Ouderen 75 jaar en ouder", "25 mg", "1 keer per dag", "25 mg", "10 dagen"),
            ("Kinderen en jongeren < 18 jaar", "Niet gebruiken (geen gegevens)."),
        ], None),
        ("Verminderde nierfunctie", [
            ("eGFR 30-59", "25 mg", "1 keer per dag", "25 mg", "10 dagen"),
            ("eGFR < 30", "25 mg", "om de dag", "25 mg per 2 dagen", "10 dagen"),
        ], None),
        ("Zwangerschap en borstvoeding", [
            ("Zwangerschap", "Alleen na overleg met de gynaecoloog^5^."),
            ("Borstvoeding", "Gecontra-indiceerd: quendalax niet gebruiken."),
        ], None),
    ]),
]

n_outer = 1 + sum(len(groups) for _, groups in T1)
t1 = doc.add_table(rows=n_outer, cols=3)
t1.style = "Table Grid"
set_widths(t1, [Cm(3.1), Cm(2.6), Cm(10.9)])
t1.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, x in enumerate(["Geneesmiddel", "Groep", "Dosering"]):
    cell_text(t1.rows[0].cells[i], x, bold=True, size=9.5)
    shade(t1.rows[0].cells[i], "BDD7EE")
repeat_header(t1.rows[0])

r = 1
for drug, groups in T1:
    top = r
    for gi, (glabel, inner_rows, note) in enumerate(groups):
        row = t1.rows[r]
        cant_split(row)
        if gi == 0:
            cell_text(row.cells[0], drug, bold=True)
        cell_text(row.cells[1], glabel, italic=True)
        shade(row.cells[1], "F2F2F2")
        dcell = row.cells[2]
        # nested table inside the "Dosering" cell
        TXT.append("")
        inner = dcell.add_table(rows=1 + len(inner_rows), cols=5)
        inner.style = "Table Grid"
        for j, x in enumerate(INNER_HDR):
            cell_text(inner.rows[0].cells[j], x, bold=True, size=8)
            shade(inner.rows[0].cells[j], "DEEAF6")
        for k, ir in enumerate(inner_rows):
            cells = inner.rows[k + 1].cells
            cell_text(cells[0], ir[0], size=8)
            if len(ir) == 2:  # contra-indication text merged across the dose columns
                m = cells[1].merge(cells[4])
                cell_text(m, ir[1], size=8, bold=True)
                shade(m, "FCE4D6")
            else:
                for j in range(1, 5):
                    cell_text(cells[j], ir[j], size=8)
        set_widths(inner, [Cm(2.9), Cm(2.3), Cm(2.1), Cm(2.1), Cm(1.4)])
        # the paragraph python-docx leaves in the cell (before the nested table) is removed,
        # and an (obligatory) paragraph after the nested table carries the note if any
        first_p = dcell.paragraphs[0]
        if not first_p.text:
            first_p._p.getparent().remove(first_p._p)
        last = dcell.paragraphs[-1]  # python-docx's cell.add_table() appends this paragraph
        if note:
            add_runs(last, note)
            for rr in last.runs:
                rr.font.size = Pt(8)
                rr.italic = True
            TXT.append(note)
        r += 1
    if r - 1 > top:
        t1.cell(top, 0).merge(t1.cell(r - 1, 0))
    shade(t1.cell(top, 0), "E2EFDA")
set_widths(t1, [Cm(3.1), Cm(2.6), Cm(10.9)])

para("Noot onder tabel 1: de doseringen gelden voor ongecompliceerde vederhals. Bij een vederabces wordt "
     "niet in de huisartsenpraktijk behandeld maar verwezen. De superscriptnummers verwijzen naar de noten "
     "aan het eind van deze standaard.", italic=True, size=9)

# ---------------------------------------------------------------- Tabel 3 contra-indicaties/interacties
caption("Tabel 3 Contra-indicaties en interacties")
t3 = doc.add_table(rows=1, cols=4)
t3.style = "Table Grid"
for i, x in enumerate(["Middel", "Contra-indicaties", "Interacties", "Maatregel"]):
    cell_text(t3.rows[0].cells[i], x, bold=True)
    shade(t3.rows[0].cells[i], "BDD7EE")
repeat_header(t3.rows[0])
T3 = [
    ("Sorbatrol", "eGFR < 15 of dialyse\neerste trimester zwangerschap\nbekende overgevoeligheid",
     "methotrexaat: verminderde uitscheiding van methotrexaat",
     "Combinatie met methotrexaat vermijden; kies quendalax."),
    ("Pimarel", "kinderen jonger dan 1 jaar of lichter dan 10 kg",
     "carbamazepine: verlaagt de pimarelspiegel",
     "Dosis niet verhogen; overleg met de kinderarts."),
    ("Tosquinol", "kinderen jonger dan 6 jaar\nerfelijke fructose-intolerantie",
     "geen klinisch relevante interacties bekend", "-"),
    ("Quendalax", "borstvoeding\nkinderen en jongeren < 18 jaar\nlange QT-tijd",
     "digoxine: quendalax verhoogt de digoxinespiegel met ongeveer 40%",
     "Halveer de digoxinedosis tijdens de kuur en bepaal de digoxinespiegel op dag 5."),
]
for row in T3:
    cells = t3.add_row().cells
    for i, x in enumerate(row):
        cell_text(cells[i], x, bold=(i == 0))
set_widths(t3, [Cm(2.4), Cm(4.6), Cm(5.0), Cm(5.0)])

# ---------------------------------------------------------------- Controles
h("Controles", 1)
para("Laat de praktijkondersteuner de patiënt na 5 dagen telefonisch vragen naar het beloop als "
     "medicatie is gestart. Spreek bij patiënten die quendalax gebruiken een controle af na afloop van "
     "de kuur van 10 dagen. Bepaal bij gebruik van digoxine en quendalax de digoxinespiegel op dag 5 van "
     "de kuur. Controleer bij kinderen jonger dan 4 jaar na 3 dagen of er tekenen zijn van een vederabces. "
     "Bij chronische vederhals wordt na 6 weken opnieuw de VEST-score bepaald.")

# ---------------------------------------------------------------- Verwijzing + sidebar (single-cell table)
h("Consultatie en verwijzing", 1)
para("Verwijs de patiënt dezelfde dag naar de KNO-arts bij een of meer van de alarmsymptomen in het "
     "kader hieronder.")

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
box.alignment = WD_TABLE_ALIGNMENT.RIGHT
bc = box.rows[0].cells[0]
shade(bc, "FFF2CC")
cell_text(bc, "Kader: Alarmsymptomen bij vederhals", bold=True, size=10)
for it in [
    "stridor of hoorbare, piepende inademing",
    "kwijlen of niet meer kunnen doorslikken van speeksel",
    "trismus (de mond niet meer goed kunnen openen)",
    "eenzijdige zwelling in de keel met uitwijking van de huig",
    "koorts boven 39,5 °C die langer dan 3 dagen aanhoudt ondanks behandeling",
    "bloed ophoesten",
]:
    p = bc.add_paragraph(style="List Bullet")
    add_runs(p, it)
    for rr in p.runs:
        rr.font.size = Pt(9)
    TXT.append(it)
set_widths(box, [Cm(9.5)])

para("")
para("Verwijs daarnaast:")
numbered([
    "binnen 2 weken naar de KNO-arts: rokers ouder dan 50 jaar met heesheid die langer dan 3 weken bestaat;",
    "naar de KNO-arts: patiënten met recidiverende vederhals (vier of meer episoden per jaar);",
    "naar de kinderarts: kinderen jonger dan 1 jaar met vederhals;",
    "overleg met de internist of cardioloog: patiënten die digoxine gebruiken en bij wie de "
    "digoxinespiegel op dag 5 boven 2,0 µg/l ligt.",
])

# ---------------------------------------------------------------- Noten
h("Noten", 1)
for i, n in enumerate([
    "De afkapwaarde van 75 mg/l voor het CRP is afgeleid uit een fictief cohort van 412 patiënten met "
    "vederhals, van wie 9 een vederabces hadden.",
    "Gebruik voor de schatting van de nierfunctie de CKD-EPI-formule. Een eGFR-waarde ouder dan 12 maanden "
    "moet bij ouderen worden herhaald.",
    "Bij ouderen met een eGFR < 60 geldt de dosering voor verminderde nierfunctie als die lager is.",
    "Sorbatrol gaat voor minder dan 1% over in de moedermelk; de zuigeling hoeft niet extra te worden "
    "gecontroleerd.",
    "Over quendalax bij zwangerschap zijn onvoldoende gegevens; het middel is in dierstudies niet "
    "teratogeen gebleken.",
], start=1):
    para(f"{i}. {n}", size=9)

doc.save(OUT + ".docx")
open(OUT + ".txt", "w", encoding="utf-8").write("\n".join(TXT) + "\n")
print("wrote", OUT + ".docx")
