#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes the fictional guideline FT-226 (Sluierkoorts) as a .docx with python-docx.
python-docx has no footnote API, so the notes are endnotes in a 'Noten' section,
referenced by superscript numbers in the text."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "ft226-sluierkoorts.docx"

doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin = sec.bottom_margin = Cm(1.8)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.paragraph_format.space_after = Pt(4)
for name, size in (("Title", 18), ("Heading 1", 13), ("Heading 2", 11), ("Heading 3", 10)):
    s = doc.styles[name]; s.font.name = "Liberation Sans"; s.font.size = Pt(size)
    s.font.color.rgb = RGBColor(0x11, 0x11, 0x11)
    rpr = s.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), "Liberation Sans")
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]


def para(text, style=None, bold_lead=None):
    """Text with [n] markers turned into superscript note numbers; **x** bold."""
    p = doc.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead); r.bold = True
    add_runs(p, text)
    return p


def add_runs(p, text):
    import re
    for tok in re.split(r"(\[\d+\]|\*\*[^*]+\*\*|_[^_]+_)", text):
        if not tok:
            continue
        if re.fullmatch(r"\[\d+\]", tok):
            r = p.add_run(tok[1:-1]); r.font.superscript = True
        elif tok.startswith("**"):
            r = p.add_run(tok[2:-2]); r.bold = True
        elif tok.startswith("_") and tok.endswith("_") and len(tok) > 2:
            r = p.add_run(tok[1:-1]); r.italic = True
        else:
            p.add_run(tok)


def bullets(items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        if isinstance(it, tuple):
            r = p.add_run(it[0]); r.bold = True
            add_runs(p, it[1])
        else:
            add_runs(p, it)


def h(text, level):
    doc.add_heading(text, level=level)


def caption(text):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_before = Pt(6)


def shade(cell, fill="E6E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        if bold:
            r = p.add_run(line); r.bold = True
        else:
            add_runs(p, line)
        for r in p.runs:
            r.font.size = Pt(size)


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)

# ---------------------------------------------------------------- title
doc.add_heading("Fictieve Standaard Sluierkoorts (FT-226)", level=0)
para("Versie 1.0, vastgesteld april 2026. Fictieve testrichtlijn in de opbouw van een NHG-Standaard.")
p = para("FICTIEVE TESTRICHTLIJN — uitsluitend voor het testen van software; niet gebruiken voor patiëntenzorg. "
         "Sluierkoorts, _Velumella nebulosa_ en de genoemde middelen bestaan niet.")
for r in p.runs:
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

# ---------------------------------------------------------------- kern
h("Kernboodschappen", 1)
bullets([
    "Denk aan sluierkoorts bij koorts met nachtelijke koortspieken en een fijn, sluiervormig exantheem op de romp, zeker na contact met een patiënt met sluierkoorts in de afgelopen 10 dagen.",
    "Bepaal de NEVEL-score; bij 2 of 3 punten is een sluier-sneltest (SST) op een keelwat zinvol, bij 4 punten of meer behandelt de huisarts zonder test.",
    "Drovanicine is het middel van eerste keus voor de behandeling; teloxamycine eenmalig is het middel van eerste keus voor profylaxe na contact.",
    "Bied profylaxe aan huisgenoten en andere nauwe contacten binnen 72 uur na het laatste contact.",
    "Verwijs met spoed bij alarmsymptomen, zoals een zuurstofsaturatie onder 94% of niet-wegdrukbare petechiën.",
])

# ---------------------------------------------------------------- achtergronden
h("Achtergronden", 1)
h("Begripsbepaling", 2)
para("Sluierkoorts is een acute bacteriële infectie door _Velumella nebulosa_, een gramnegatieve staaf die zich via druppels verspreidt. "
     "De incubatietijd is 3 tot 8 dagen (mediaan 5 dagen). Een patiënt is besmettelijk vanaf 2 dagen vóór het begin van het exantheem "
     "tot 24 uur na de start van een werkzaam antibioticum; zonder behandeling tot 7 dagen na het begin van het exantheem.")
para("Onder een nauw contact verstaat deze standaard: een huisgenoot, een seksuele partner, of iemand die in de 10 dagen vóór de diagnose "
     "in totaal meer dan 4 uur binnen 1,5 meter van de patiënt heeft doorgebracht (bijvoorbeeld in dezelfde klas van het kinderdagverblijf). "
     "De NEVEL-score is een klinische beslisregel van vijf criteria. SST staat voor sluier-sneltest, een antigeentest op een keelwat.")
h("Epidemiologie", 2)
para("De incidentie van sluierkoorts in de huisartsenpraktijk is 1,8 per 1000 patiënten per jaar[1]. Een normpraktijk van 2350 patiënten "
     "ziet dus ongeveer 4 patiënten per jaar. Van alle gevallen valt 62% in de maanden december tot en met maart. Kinderen van 1 tot 6 jaar "
     "en volwassenen van 65 jaar en ouder worden het vaakst getroffen. Zonder profylaxe krijgt 35% van de huisgenoten binnen 10 dagen zelf sluierkoorts[4].")
h("Beloop en complicaties", 2)
para("Onbehandeld duurt de koorts 6 tot 9 dagen. Met behandeling daalt de temperatuur bij 80% van de patiënten binnen 72 uur. "
     "De belangrijkste complicatie is sluierpneumonie, die bij 3% van de patiënten optreedt, vooral bij 65-plussers. "
     "Bij zuigelingen jonger dan 2 maanden kan sluierkoorts verlopen als sepsis. De sterfte is lager dan 0,1%.")

# ---------------------------------------------------------------- diagnostiek
h("Richtlijnen diagnostiek", 1)
h("Anamnese", 2)
para("Vraag naar:")
bullets([
    "duur en hoogte van de koorts en of de koortspieken vooral 's nachts optreden;",
    "het beloop van het exantheem (begin op de romp, uitbreiding naar armen en hals);",
    "contact met een patiënt met sluierkoorts in de afgelopen 10 dagen;",
    "hoesten, benauwdheid, sufheid en bij kinderen de vochtinname;",
    "zwangerschap, nierfunctiestoornissen en gebruik van andere geneesmiddelen.",
])
h("Lichamelijk onderzoek", 2)
para("Meet de temperatuur, ademfrequentie, polsfrequentie en zuurstofsaturatie. Beoordeel het exantheem: typisch zijn fijne, bleekroze "
     "vlekjes die samen een ‘sluier’ vormen en bij druk volledig verbleken. Palpeer de cervicale lymfeklieren en ausculteer de longen.")
h("NEVEL-score", 2)
para("Tel de punten van de NEVEL-score op (tabel 1)[3]. De maximale score is 6 punten.")
caption("Tabel 1 NEVEL-score")
t1 = doc.add_table(rows=1, cols=3); t1.style = "Table Grid"
for c, txt in zip(t1.rows[0].cells, ("Letter", "Criterium", "Punten")):
    set_cell(c, txt, bold=True); shade(c)
for row in (("N", "Nachtelijke koortspieken", "1"),
            ("E", "Exantheem sluiervormig op de romp", "1"),
            ("V", "Verhoogde temperatuur ≥ 38,5 °C", "1"),
            ("E", "Expositie: contact met een patiënt met sluierkoorts in de afgelopen 10 dagen", "2"),
            ("L", "Lymfadenopathie cervicaal (klier ≥ 1 cm)", "1")):
    cells = t1.add_row().cells
    for c, txt in zip(cells, row):
        set_cell(c, txt)
widths(t1, (2.0, 12.0, 3.0))
para("")
bullets([
    ("0 of 1 punt: ", "sluierkoorts onwaarschijnlijk; geen test, geen behandeling."),
    ("2 of 3 punten: ", "doe een SST op een keelwat; behandel bij een positieve test."),
    ("4 punten of meer: ", "sluierkoorts waarschijnlijk; behandel zonder SST."),
])
h("Aanvullend onderzoek", 2)
para("De SST heeft een sensitiviteit van 86% en een specificiteit van 94%[2]; de uitslag is na 15 minuten af te lezen. "
     "Bepaal een C-reactief proteïne (CRP) bij hoesten of een afwijkende longauscultatie: een CRP boven 50 mg/l maakt een sluierpneumonie waarschijnlijk. "
     "Bepaal de nierfunctie (eGFR, in ml/min/1,73 m²) voordat u ambrizolon voorschrijft en bij patiënten van 75 jaar en ouder die drovanicine krijgen.")

# ---------------------------------------------------------------- beleid
h("Richtlijnen beleid", 1)
h("Voorlichting en advies", 2)
para("Leg uit dat sluierkoorts via druppels wordt overgedragen en dat de patiënt 24 uur na de start van het antibioticum niet meer besmettelijk is. "
     "Kinderen gaan tot 24 uur na de start van de behandeling niet naar het kinderdagverblijf of school. Adviseer hoesten in de elleboog en handen wassen. "
     "Sluierkoorts is meldingsplichtig (groep C): de huisarts meldt een bevestigde patiënt binnen 1 werkdag bij de GGD.")
h("Niet-medicamenteuze behandeling", 2)
para("Adviseer rust en voldoende drinken (volwassenen ten minste 2 liter per dag). Paracetamol mag bij koorts en malaise. "
     "Het exantheem jeukt zelden en heeft geen lokale behandeling nodig.")
h("Medicamenteuze behandeling", 2)
para("Behandel een patiënt met een NEVEL-score van 4 of meer, of van 2 of 3 met een positieve SST. Volg deze stappen:")
para(" Geef drovanicine gedurende 7 dagen (doseringen in tabel 2). Drovanicine is eerste keus voor volwassenen, kinderen vanaf 2 maanden en zwangeren.",
     bold_lead="Stap 1.")
para(" Is de temperatuur na 72 uur behandeling nog 38,5 °C of hoger, of verdraagt de patiënt drovanicine niet, stap dan over op teloxamycine gedurende 10 dagen[7]. "
     "Bij kinderen jonger dan 6 maanden: overleg met de kinderarts in plaats van over te stappen.", bold_lead="Stap 2.")
para(" Geef ambrizolon gedurende 5 dagen als teloxamycine gecontra-indiceerd is (QTc-verlenging) of als er na 5 dagen teloxamycine geen verbetering is. "
     "Ambrizolon is alleen bestemd voor volwassenen en kinderen vanaf 12 jaar met een gewicht van ten minste 40 kg; overleg bij twijfel met een arts-microbioloog.",
     bold_lead="Stap 3.")
h("Profylaxe na contact", 2)
para("Bied profylaxe aan alle nauwe contacten binnen 72 uur na het laatste contact; na meer dan 72 uur heeft profylaxe geen zin meer en "
     "volstaat het advies om bij koorts contact op te nemen. Profylaxe verlaagt de kans op sluierkoorts bij huisgenoten van 35% naar 6%[4].")
para(" Geef teloxamycine eenmalig (tabel 2)[5]; dit is eerste keus voor volwassenen en kinderen vanaf 6 maanden.", bold_lead="Profylaxe stap 1.")
para(" Geef drovanicine gedurende 5 dagen bij kinderen jonger dan 6 maanden, bij zwangeren in het eerste trimester en als teloxamycine gecontra-indiceerd is.",
     bold_lead="Profylaxe stap 2.")
para(" Geef ambrizolon gedurende 3 dagen alleen aan volwassenen bij wie teloxamycine en drovanicine allebei gecontra-indiceerd zijn. Ambrizolon wordt bij kinderen niet als profylaxe gebruikt.",
     bold_lead="Profylaxe stap 3.")

h("Doseringen", 3)
para("Tabel 2 geeft per middel de dosering voor behandeling en voor profylaxe na contact, voor volwassenen en voor kinderen. "
     "Ouderen (75 jaar en ouder) krijgen dezelfde dosering als volwassenen, tenzij de eGFR lager is dan 60 ml/min/1,73 m² (zie tabel 3). "
     "Bij kinderen is de dosering per kg lichaamsgewicht; de dosering voor een kind is nooit hoger dan de dosering voor een volwassene.")
caption("Tabel 2 Doseringen bij sluierkoorts: behandeling en profylaxe na contact")
t2 = doc.add_table(rows=2, cols=5); t2.style = "Table Grid"
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
h0, h1 = t2.rows[0].cells, t2.rows[1].cells
a = h0[0].merge(h1[0]); set_cell(a, "Middel", bold=True)
b = h0[1].merge(h0[2]); set_cell(b, "Behandeling", bold=True)
c = h0[3].merge(h0[4]); set_cell(c, "Profylaxe na contact", bold=True)
for i, txt in ((1, "Volwassenen"), (2, "Kinderen"), (3, "Volwassenen"), (4, "Kinderen")):
    set_cell(t2.rows[1].cells[i], txt, bold=True)
for r in t2.rows[:2]:
    repeat_header(r)
    for cell in r.cells:
        shade(cell)
rows2 = [
    ("Drovanicine",
     "400 mg 2 dd, 7 dagen",
     "≥ 2 maanden: 10 mg/kg 2 dd, 7 dagen; max. 800 mg/dag\ndrank 40 mg/ml",
     "400 mg 1 dd, 5 dagen",
     "≥ 2 maanden: 10 mg/kg 1 dd, 5 dagen; max. 400 mg/dag"),
    ("Teloxamycine",
     "250 mg 3 dd, 10 dagen",
     "≥ 6 maanden: 7,5 mg/kg 3 dd, 10 dagen; max. 750 mg/dag\ndrank 25 mg/ml",
     "500 mg eenmalig",
     "≥ 6 maanden: 15 mg/kg eenmalig; max. 500 mg"),
    ("Ambrizolon",
     "dag 1: 2 g 1 dd (oplaaddosis), dag 2–5: 1 g 1 dd[6]",
     "≥ 12 jaar en ≥ 40 kg: als volwassenen\n< 12 jaar: niet geven",
     "1 g 1 dd, 3 dagen",
     "niet aanbevolen"),
]
for row in rows2:
    cells = t2.add_row().cells
    for i, (cell, txt) in enumerate(zip(cells, row)):
        set_cell(cell, txt, bold=(i == 0))
for r in t2.rows:
    no_split(r)
widths(t2, (2.6, 3.2, 4.2, 3.0, 4.0))
para("dd = dosering per dag (aantal keren per dag); max. = maximale dosering.").runs[0].font.size = Pt(8)

caption("Tabel 3 Nierfunctie, zwangerschap en borstvoeding")
t3 = doc.add_table(rows=1, cols=4); t3.style = "Table Grid"
for cell, txt in zip(t3.rows[0].cells, ("Middel", "Situatie", "Behandeling", "Profylaxe na contact")):
    set_cell(cell, txt, bold=True); shade(cell)
repeat_header(t3.rows[0])
rows3 = {
    "Drovanicine": [
        ("eGFR 30–60", "geen aanpassing", "geen aanpassing"),
        ("eGFR < 30", "400 mg 1 dd, 7 dagen", "400 mg om de dag, 3 doses"),
        ("Zwangerschap", "kan in alle trimesters", None),
        ("Borstvoeding", "kan", None),
    ],
    "Teloxamycine": [
        ("eGFR 30–60", "geen aanpassing", "geen aanpassing"),
        ("eGFR < 30", "250 mg 2 dd, 10 dagen", "500 mg eenmalig (ongewijzigd)"),
        ("Zwangerschap", "niet in het eerste trimester; tweede en derde trimester: kan", None),
        ("Borstvoeding", "kan; let op dunne ontlasting bij de zuigeling", None),
    ],
    "Ambrizolon": [
        ("eGFR 30–60", "dag 1: 1 g, daarna 500 mg 1 dd", "500 mg 1 dd, 3 dagen"),
        ("eGFR < 30", "niet gebruiken", "niet gebruiken"),
        ("Zwangerschap", "gecontra-indiceerd[6]", None),
        ("Borstvoeding", "niet geven; of kolven en de melk weggooien tot 48 uur na de laatste dosis", None),
    ],
}
for drug, sub in rows3.items():
    first = len(t3.rows)
    for sit, beh, pro in sub:
        cells = t3.add_row().cells
        set_cell(cells[1], sit)
        if pro is None:
            m = cells[2].merge(cells[3]); set_cell(m, beh)
        else:
            set_cell(cells[2], beh); set_cell(cells[3], pro)
    last = len(t3.rows) - 1
    m = t3.cell(first, 0).merge(t3.cell(last, 0))
    set_cell(m, drug, bold=True)
widths(t3, (2.8, 3.0, 5.6, 5.6))
para("")

h("Contra-indicaties", 3)
bullets([
    ("Drovanicine: ", "overgevoeligheid voor drovanicine; ernstige leverfunctiestoornis (Child-Pugh C)."),
    ("Teloxamycine: ", "verlengd QTc-interval (QTc > 470 ms) of gelijktijdig gebruik van andere QT-verlengende middelen; zwangerschap in het eerste trimester[8]."),
    ("Ambrizolon: ", "kinderen jonger dan 12 jaar; zwangerschap; epilepsie in de voorgeschiedenis; eGFR < 30 ml/min/1,73 m²."),
])
h("Interacties", 3)
bullets([
    ("Drovanicine ", "versterkt het effect van cumarinederivaten: controleer de INR binnen 3 dagen na de start."),
    ("Teloxamycine ", "is een sterke CYP3A4-remmer: staak simvastatine tijdens de kuur en tot 3 dagen erna. Bij eenmalige profylaxe hoeft simvastatine niet gestaakt te worden."),
    ("Ambrizolon ", "vormt complexen met calcium, ijzer en antacida: neem ambrizolon 2 uur vóór of 6 uur na deze middelen in."),
])

# ---------------------------------------------------------------- controles
h("Controles", 1)
para("Neem 72 uur na de start van de behandeling telefonisch contact op om te beoordelen of de temperatuur is gedaald (zie stap 2). "
     "Zie patiënten van 75 jaar en ouder en zwangeren na 10 dagen terug op het spreekuur. Controleer bij ouderen die drovanicine gebruiken de eGFR op dag 4 van de kuur. "
     "Na profylaxe is geen controle nodig; adviseer contacten tot 10 dagen na het laatste contact bij koorts contact op te nemen.")

# ---------------------------------------------------------------- verwijzing
h("Consultatie en verwijzing", 1)
para("Verwijs met spoed naar de SEH of de dienstdoende specialist bij een van de volgende alarmsymptomen:")
bullets([
    "zuurstofsaturatie lager dan 94%;",
    "ademfrequentie hoger dan 30/min bij volwassenen of hoger dan 40/min bij kinderen van 1 tot 5 jaar;",
    "verwardheid of sufheid;",
    "niet-wegdrukbare petechiën;",
    "een kind dat minder dan de helft van de normale hoeveelheid drinkt.",
])
para("Verwijs elke zuigeling jonger dan 2 maanden met verdenking op sluierkoorts dezelfde dag naar de kinderarts. "
     "Overleg met de gynaecoloog bij een zwangere met sluierkoorts en een temperatuur boven 39 °C in het derde trimester. "
     "Overleg met een arts-microbioloog voordat u bij stap 3 ambrizolon voorschrijft aan een kind van 12 jaar of ouder. "
     "Neem contact op met de GGD bij 3 of meer patiënten met sluierkoorts binnen 2 weken in dezelfde school of hetzelfde kinderdagverblijf.")

# ---------------------------------------------------------------- noten
h("Noten", 1)
notes = [
    "Incidentie. De incidentie is afkomstig uit het fictieve Registratienet Noord (2019–2023, 412 patiënten met sluierkoorts). Bij kinderen van 1 tot 6 jaar was de incidentie 5,4 per 1000 per jaar.",
    "Sluier-sneltest. In een fictief diagnostisch onderzoek bij 318 patiënten met een NEVEL-score van 2 of 3 was de sensitiviteit van de SST 86% en de specificiteit 94%. Bij een NEVEL-score van 4 of meer was de voorafkans 78%; een negatieve SST sluit sluierkoorts dan onvoldoende uit.",
    "NEVEL-score. De score is gevalideerd bij 1240 patiënten in 36 huisartsenpraktijken; de oppervlakte onder de ROC-curve was 0,81. Het criterium Expositie telt dubbel omdat het de sterkste voorspeller was (oddsratio 6,2).",
    "Effect van profylaxe. In een fictieve cluster-gerandomiseerde studie bij 204 huishoudens daalde het aandeel huisgenoten met sluierkoorts van 35% zonder naar 6% met profylaxe (number needed to treat 3,4).",
    "Keuze profylaxe. Teloxamycine eenmalig was even effectief als drovanicine gedurende 5 dagen (preventie bij 94% tegenover 92%), met betere therapietrouw (99% tegenover 81%). Daarom is teloxamycine eerste keus voor profylaxe, terwijl drovanicine eerste keus blijft voor behandeling.",
    "Ambrizolon. De oplaaddosis van 2 g op dag 1 is nodig om binnen 24 uur een werkzame spiegel te bereiken. In dieronderzoek gaf ambrizolon skeletafwijkingen bij de foetus; gegevens bij zwangere vrouwen ontbreken.",
    "Overstappen na 72 uur. Bij 80% van de patiënten daalt de temperatuur binnen 72 uur; persisterende koorts na 72 uur wijst op resistentie van V. nebulosa tegen drovanicine, die in Nederland bij ongeveer 7% van de isolaten voorkomt.",
    "Teloxamycine en zwangerschap. In het eerste trimester is een verhoogd risico op schisis gemeld (relatief risico 1,9); daarom is drovanicine in het eerste trimester ook voor profylaxe eerste keus.",
]
for i, n in enumerate(notes, 1):
    p = doc.add_paragraph()
    r = p.add_run(str(i)); r.font.superscript = True
    p.add_run(" ")
    add_runs(p, n)
    for r in p.runs:
        r.font.size = Pt(9)

h("Literatuur", 1)
for ref in ("Fictieve Werkgroep Sluierkoorts. Sluierkoorts in de huisartsenpraktijk. Ned Tijdschr Fict Geneeskd 2025;12:101-9.",
            "Registratienet Noord. Jaarrapport infectieziekten 2023. Groningen: fictief, 2024."):
    p = doc.add_paragraph(ref, style="List Number")
    for r in p.runs:
        r.font.size = Pt(9)

doc.core_properties.title = "Fictieve Standaard Sluierkoorts (FT-226)"
doc.core_properties.author = "Fictieve Werkgroep"
doc.save(OUT)
