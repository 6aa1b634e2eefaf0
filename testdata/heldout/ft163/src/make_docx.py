#!/usr/bin/python3
# Generates the fictional guideline FT-163 (Veenkoorts) as a Word .docx with
# python-docx: real Word heading styles, List Bullet / List Number paragraphs
# (numbering restarted per list), a scoring table, a dose table whose drug
# cell is merged vertically over its rows with a repeating header row, real
# Word footnotes, and a page header/footer. build.sh converts it to .doc with
# LibreOffice and then to text with antiword.
import copy
import datetime
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = sys.argv[1] if len(sys.argv) > 1 else "ft163-veenkoorts.docx"

doc = Document()
cp = doc.core_properties
cp.title = "Fictieve Standaard Veenkoorts (FT-163)"
cp.author = "Werkgroep Fictieve Standaarden"
cp.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
cp.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
cp.last_modified_by = "Werkgroep Fictieve Standaarden"
cp.revision = 1

normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)

sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.header.paragraphs[0].text = "Fictieve Standaard Veenkoorts (FT-163) - FICTIEF testdocument"
fp = sec.footer.paragraphs[0]
fp.text = "Werkgroep Fictieve Standaarden, maart 2026"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------------------------------------------------------- footnotes
FOOTNOTES = []  # (id, text)


def add_footnote(paragraph, text):
    """Append a real Word footnote reference to paragraph."""
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    run = paragraph.add_run()
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    run._r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    run._r.append(ref)
    return run


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnotes_part():
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in FOOTNOTES:
        body.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/>'
            '<w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (fid, esc(text))
        )
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:footnotes xmlns:w="%s">%s</w:footnotes>' % (W, "".join(body)))
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- numbering
def _numbering():
    return doc.part.numbering_part.element


def _abstract_for_style(style_name):
    st = doc.styles[style_name]
    numpr = st.element.pPr.find(qn("w:numPr"))
    num_id = numpr.find(qn("w:numId")).get(qn("w:val"))
    numbering = _numbering()
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == num_id:
            return num.find(qn("w:abstractNumId")).get(qn("w:val"))
    raise KeyError(style_name)


_next_num = [100]


def new_num_restart(style_name):
    """Give a numbered list its own copy of the List Number abstractNum, so
    that every list starts again at 1."""
    abs_id = _abstract_for_style(style_name)
    numbering = _numbering()
    src = None
    for an in numbering.findall(qn("w:abstractNum")):
        if an.get(qn("w:abstractNumId")) == abs_id:
            src = an
    _next_num[0] += 1
    nid = str(_next_num[0])
    an = copy.deepcopy(src)
    an.set(qn("w:abstractNumId"), nid)
    for child in list(an):
        if child.tag in (qn("w:nsid"), qn("w:tmpl"), qn("w:styleLink"), qn("w:numStyleLink")):
            an.remove(child)
    for lvl in an.findall(qn("w:lvl")):
        ps = lvl.find(qn("w:pStyle"))
        if ps is not None:
            lvl.remove(ps)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), nid)
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), nid)
    num.append(a)
    numbering.append(num)
    return nid


def set_num(paragraph, nid):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), nid)
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)


# ---------------------------------------------------------------- helpers
def H(level, text):
    return doc.add_heading(text, level=level)


def P(text="", bold_lead=None, italic=False):
    p = doc.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    if text:
        r = p.add_run(text)
        r.italic = italic
    return p


def bullets(items):
    out = []
    for it in items:
        if isinstance(it, tuple):
            p = doc.add_paragraph(style="List Bullet")
            r = p.add_run(it[0])
            r.bold = True
            p.add_run(it[1])
        else:
            p = doc.add_paragraph(it, style="List Bullet")
        out.append(p)
    return out


def numbered(items):
    nid = new_num_restart("List Number")
    out = []
    for it in items:
        p = doc.add_paragraph(style="List Number")
        if isinstance(it, tuple):
            r = p.add_run(it[0])
            r.bold = True
            p.add_run(it[1])
        else:
            p.add_run(it)
        set_num(p, nid)
        out.append(p)
    return out


def header_row(row):
    trpr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for c in row.cells:
        for r in c.paragraphs[0].runs:
            r.bold = True


def fill(cell, text, bold=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold


# ================================================================= content
t = doc.add_heading("Fictieve Standaard Veenkoorts (FT-163)", level=0)
P("FICTIEF testdocument, geen medisch advies. ", bold_lead=None).runs[0].bold = True
P("Deze standaard beschrijft een verzonnen aandoening met verzonnen geneesmiddelen. "
  "Gebruik de inhoud nooit voor de zorg van echte patiënten.", italic=True)
P("Versie 1.0, vastgesteld 1 maart 2026. Werkgroep Fictieve Standaarden.")

# ---------------------------------------------------------- Kernboodschappen
H(1, "Kernboodschappen")
bullets([
    "Denk aan veenkoorts bij koorts, spierkrampen in de kuiten en een grijsgroene tong na werk in het veen of met turf in de afgelopen 3 weken.",
    "Schat de kans op veenkoorts met de VKS-score (0–10 punten); doe bij een score van 3–5 punten een VIST.",
    "Behandel bij een VKS-score ≥ 6 of een positieve VIST met drostavine; kies in de zwangerschap merfaxine.",
    "Pas de dosering van drostavine aan bij ouderen > 70 jaar en bij een eGFR < 60 ml/min/1,73 m².",
    "Verwijs met spoed bij icterus, verwardheid of een saturatie < 93%.",
])

# --------------------------------------------------------------- Achtergronden
H(1, "Achtergronden")
H(2, "Begrippen")
P(" een acute koortsende infectie met Sphagnobacter palustris na contact met nat veen of vochtige turf, met spierkrampen en algemene malaise.", bold_lead="Veenkoorts:")
P(" grijsgroene aanslag op de tong die niet met een spatel te verwijderen is; typisch voor veenkoorts.", bold_lead="Veentong:")
P(" pijnlijke, langdurige krampen in beide kuiten, vooral 's nachts.", bold_lead="Veenkramp:")
P(" jeukende, schilferende rode plekken op onderarmen of onderbenen op de plaats van huidcontact met veen.", bold_lead="Veenuitslag:")
P(" leverbetrokkenheid bij veenkoorts met een ALAT > 3 keer de bovengrens van normaal.", bold_lead="Veenhepatitis:")
P(" een nieuwe episode van veenkoorts binnen 6 weken na volledig herstel.", bold_lead="Recidief:")
p = P(" Veen-IgM-Sneltest: sneltest op vingerprikbloed die binnen 10 minuten een uitslag geeft.", bold_lead="VIST:")
add_footnote(p, "De VIST is in deze fictieve standaard een verzonnen test; er bestaat geen echte sneltest met deze naam.")

H(2, "Epidemiologie")
P("De incidentie van veenkoorts in de huisartsenpraktijk is ongeveer 2 per 1000 patiënten per jaar. "
  "In Drenthe en Oost-Groningen ligt de incidentie hoger, rond 5 per 1000 patiënten per jaar. "
  "De aandoening komt vooral voor in het voorjaar, met een piek in april en mei (het turfseizoen). "
  "Mannen worden drie keer zo vaak getroffen als vrouwen (verhouding 3:1). "
  "De meeste patiënten zijn tussen 40 en 65 jaar oud.")

H(2, "Etiologie")
P("Veenkoorts wordt veroorzaakt door de bacterie Sphagnobacter palustris, die in zuurstofarm nat veen leeft. "
  "Besmetting verloopt via kleine huidwondjes en via inademing van turfstof. "
  "De incubatietijd bedraagt 5 tot 12 dagen. Overdracht van mens op mens komt niet voor. "
  "Zonder behandeling gaat veenkoorts meestal in 3 tot 4 weken vanzelf over; bij ongeveer 4% van de patiënten ontstaat veenhepatitis.")

# -------------------------------------------------------- Richtlijnen diagnostiek
H(1, "Richtlijnen diagnostiek")
H(2, "Anamnese")
P("Vraag bij verdenking op veenkoorts naar:")
bullets([
    "beroep en hobby's: werk in het veen, turfsteken, tuinieren met potgrond op veenbasis;",
    "duur en hoogte van de koorts;",
    "spierkrampen in de kuiten (veenkramp) en huidafwijkingen (veenuitslag);",
    "donkere urine, ontkleurde ontlasting of geel zien (aanwijzingen voor veenhepatitis);",
    "gebruik van lithium, diuretica of benzodiazepinen;",
    "zwangerschap en borstvoeding.",
])
H(2, "Lichamelijk onderzoek")
P("Meet temperatuur, pols, ademfrequentie en zuurstofsaturatie. Inspecteer de tong op een veentong en de huid van "
  "onderarmen en onderbenen op veenuitslag. Palpeer de halsklieren en let op icterus van de sclerae. "
  "Beoordeel bij kinderen de hydratietoestand.")
H(2, "Aanvullend onderzoek")
p = P("Voer bij een VKS-score van 3–5 punten een VIST uit. De VIST heeft een sensitiviteit van 91% en een specificiteit van 88%.")
add_footnote(p, "Gegevens afkomstig uit een fictief cohort van 356 patiënten uit 14 huisartsenpraktijken in Drenthe (2024–2025).")
P("Een CRP boven 40 mg/l past bij veenkoorts maar is niet specifiek. Bepaal het ALAT bij icterus, donkere urine of "
  "een VKS-score ≥ 6 bij patiënten ouder dan 60 jaar. Bepaal de eGFR voor de start van drostavine bij patiënten ouder dan 70 jaar.")

H(2, "VKS-score")
P("De Veenkoorts Klinische Score (VKS-score) telt de punten van onderstaande kenmerken op (maximaal 10 punten).")
P("Tabel 1 Criteria van de VKS-score", bold_lead=None).runs[0].bold = True
crit = [
    ("Kenmerk", "Punten"),
    ("Temperatuur ≥ 38,5 °C", "2"),
    ("Contact met veen of turf in de afgelopen 3 weken", "3"),
    ("Veenkramp (krampen in beide kuiten)", "1"),
    ("Veentong (grijsgroene aanslag op de tong)", "2"),
    ("Gezwollen halsklieren", "1"),
    ("Leeftijd ≥ 60 jaar", "1"),
]
tb = doc.add_table(rows=len(crit), cols=2)
tb.style = "Table Grid"
for i, (a, b) in enumerate(crit):
    fill(tb.cell(i, 0), a, bold=(i == 0))
    fill(tb.cell(i, 1), b, bold=(i == 0))
header_row(tb.rows[0])
P("")
P("Tabel 1b Interpretatie van de VKS-score", bold_lead=None).runs[0].bold = True
bands = [
    ("Score", "Kans op veenkoorts", "Beleid"),
    ("0–2 punten", "laag (< 5%)", "Geen aanvullend onderzoek; voorlichting en afwachtend beleid."),
    ("3–5 punten", "intermediair (20–40%)", "VIST uitvoeren; behandelen bij een positieve uitslag."),
    ("≥ 6 punten", "hoog (> 70%)", "Direct behandelen met drostavine zonder VIST."),
]
tb = doc.add_table(rows=len(bands), cols=3)
tb.style = "Table Grid"
for i, row in enumerate(bands):
    for j, v in enumerate(row):
        fill(tb.cell(i, j), v, bold=(i == 0))
header_row(tb.rows[0])
P("")

# ----------------------------------------------------------------- Alarmsymptomen
H(1, "Alarmsymptomen")
P("Let bij patiënten met (verdenking op) veenkoorts op de volgende alarmsymptomen:")
bullets([
    "icterus of ontkleurde ontlasting (verdenking veenhepatitis);",
    "zuurstofsaturatie < 93% of ademfrequentie > 25 per minuut;",
    "verwardheid of verminderd bewustzijn;",
    "nekstijfheid;",
    "koorts die langer dan 7 dagen aanhoudt ondanks behandeling;",
    "zuigelingen jonger dan 6 maanden met koorts na contact met veen.",
])

# ------------------------------------------------------------------------ Beleid
H(1, "Beleid")
H(2, "Voorlichting")
bullets([
    "Leg uit dat veenkoorts niet besmettelijk is voor huisgenoten.",
    "Veenkoorts gaat zonder behandeling meestal in 3 tot 4 weken over; met behandeling voelen de meeste patiënten zich binnen 5 dagen beter.",
    "Adviseer bij werk in het veen handschoenen en een stofmasker van het type FFP2, en het direct verzorgen van huidwondjes.",
    "De patiënt kan weer aan het werk als hij 72 uur koortsvrij is.",
    "Neem contact op bij geel zien, verwardheid of koorts die na 3 dagen behandeling niet daalt.",
])
H(2, "Niet-medicamenteuze behandeling")
P("Adviseer rust en voldoende drinken: minimaal 2,5 liter per dag. Warme kompressen op de kuiten kunnen veenkramp verlichten. "
  "Paracetamol 500–1000 mg maximaal 4 dd is geschikt bij koorts of pijn; bij kinderen 15 mg/kg per keer, maximaal 4 dd.")
H(2, "Medicamenteuze behandeling")
P("Volg bij de medicamenteuze behandeling de volgende stappen:")
numbered([
    ("Eerste keus: ", "drostavine bij een VKS-score ≥ 6 of een positieve VIST."),
    ("Tweede keus: ", "merfaxine bij overgevoeligheid voor drostavine, in de zwangerschap en bij ernstige leverfunctiestoornissen."),
    ("Veenkramp: ", "kalspirol als aanvulling, alleen bij hevige krampen die de nachtrust verstoren."),
    ("Veenuitslag: ", "orbaxol crème 2% op de aangedane huid."),
])
p = P("Tabel 2 toont de doseringen per patiëntgroep. Drostavine tabletten kunnen niet worden gehalveerd; geef kinderen tot 30 kg de drank.")
add_footnote(p, "De doseringen voor kinderen zijn ontleend aan een fictief kinderformularium en gelden voor kinderen vanaf 3 maanden.")

P("Tabel 2 Doseringen bij veenkoorts", bold_lead=None).runs[0].bold = True
head = ("Geneesmiddel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen")
groups = [
    ("Drostavine (tablet 500 mg; drank 50 mg/ml)", [
        ("Volwassenen", "500 mg 3 dd", "10 dagen", "1500 mg/dag", "Innemen op een lege maag"),
        ("Ouderen > 70 jaar", "500 mg 2 dd", "10 dagen", "1000 mg/dag", "Bepaal vooraf de eGFR"),
        ("Kinderen < 15 kg", "15 mg/kg/dag in 3 doses", "10 dagen", "225 mg/dag", "Drank 50 mg/ml"),
        ("Kinderen 15–30 kg", "125 mg 3 dd", "10 dagen", "375 mg/dag", "Drank 50 mg/ml (2,5 ml per gift)"),
        ("Kinderen 30–45 kg", "250 mg 3 dd", "10 dagen", "750 mg/dag", "Drank; vanaf 45 kg dosering als volwassenen"),
        ("eGFR 30–60", "500 mg 2 dd", "10 dagen", "1000 mg/dag", "Geen aanpassing bij eGFR > 60"),
        ("eGFR < 30", "250 mg 2 dd", "10 dagen", "500 mg/dag", "Nierfunctie controleren na 5 dagen"),
        ("Zwangerschap", "Niet gebruiken", "—", "—", "Teratogeen in dieronderzoek; kies merfaxine"),
    ]),
    ("Merfaxine (capsule 200 mg; suspensie 40 mg/ml)", [
        ("Volwassenen", "dag 1: 400 mg 1 dd, daarna 200 mg 1 dd", "6 dagen", "400 mg/dag", "Tweede keus"),
        ("Ouderen > 70 jaar", "200 mg 1 dd (geen oplaaddosis)", "6 dagen", "200 mg/dag", "Natrium controleren na 3 dagen"),
        ("Kinderen < 15 kg", "8 mg/kg 1 dd", "6 dagen", "120 mg/dag", "Suspensie 40 mg/ml"),
        ("Kinderen 15–30 kg", "160 mg 1 dd", "6 dagen", "200 mg/dag", "Suspensie 40 mg/ml (4 ml)"),
        ("eGFR < 30", "200 mg om de dag", "3 doses", "200 mg per 48 uur", "Geen aanpassing bij eGFR ≥ 30"),
        ("Zwangerschap", "200 mg 1 dd", "6 dagen", "200 mg/dag", "Eerste keus in de zwangerschap"),
    ]),
    ("Kalspirol (tablet 25 mg)", [
        ("Volwassenen", "25 mg 3 dd", "maximaal 7 dagen", "75 mg/dag", "Alleen bij hevige veenkramp"),
        ("Ouderen > 70 jaar", "12,5 mg 2 dd", "maximaal 7 dagen", "25 mg/dag", "Verhoogd valrisico door sufheid"),
        ("Kinderen ≥ 8 jaar en > 25 kg", "12,5 mg 2 dd", "5 dagen", "25 mg/dag", "Niet bij kinderen < 8 jaar"),
        ("eGFR < 30", "Gecontra-indiceerd", "—", "—", "Risico op cumulatie"),
    ]),
    ("Orbaxol crème 2%", [
        ("Volwassenen en kinderen ≥ 2 jaar", "2 dd dun aanbrengen", "14 dagen", "30 g per week", "Handen wassen na gebruik"),
        ("Kinderen < 2 jaar", "1 dd dun aanbrengen", "7 dagen", "10 g per week", "Niet op het gezicht"),
    ]),
]
nrows = 1 + sum(len(g[1]) for g in groups)
tb = doc.add_table(rows=nrows, cols=6)
tb.style = "Table Grid"
tb.autofit = False
for j, w in enumerate((3.0, 3.0, 3.4, 2.0, 2.4, 2.8)):
    for c in tb.columns[j].cells:
        c.width = Cm(w)
    tb._tbl.tblGrid.findall(qn("w:gridCol"))[j].set(qn("w:w"), str(int(Cm(w).twips)))
for j, v in enumerate(head):
    fill(tb.cell(0, j), v, bold=True)
header_row(tb.rows[0])
r = 1
for drug, rows in groups:
    first = r
    for row in rows:
        for j, v in enumerate(row):
            fill(tb.cell(r, j + 1), v)
        r += 1
    merged = tb.cell(first, 0).merge(tb.cell(r - 1, 0))
    fill(merged, drug, bold=True)
P("Legenda: dd = maal daags; eGFR in ml/min/1,73 m²; — = niet van toepassing.", italic=True)

# ------------------------------------------------------ Zwangerschap en borstvoeding
H(1, "Zwangerschap en borstvoeding")
p = P("Gebruik drostavine niet tijdens de zwangerschap. Merfaxine is het middel van eerste keus in de zwangerschap, "
      "in een dosering van 200 mg 1 dd gedurende 6 dagen zonder oplaaddosis.")
add_footnote(p, "Het advies over drostavine in de zwangerschap berust op fictief dieronderzoek; er zijn geen humane gegevens.")
P("Kalspirol is gecontra-indiceerd tijdens de gehele zwangerschap. Orbaxol crème mag in de zwangerschap op kleine huidoppervlakken worden gebruikt.")
P("Bij borstvoeding: staak de borstvoeding tijdens de kuur met drostavine en tot 3 dagen erna. Merfaxine mag bij borstvoeding worden gebruikt. "
  "Breng orbaxol crème niet aan op de tepel of de borst.")

# -------------------------------------------------------------- Contra-indicaties
H(1, "Contra-indicaties")
bullets([
    ("Drostavine: ", "zwangerschap en ernstige leverfunctiestoornis (Child-Pugh C)."),
    ("Merfaxine: ", "hyponatriëmie (natrium < 130 mmol/l) en overgevoeligheid voor macroliden."),
    ("Kalspirol: ", "glaucoom met gesloten kamerhoek, eGFR < 30 ml/min/1,73 m², zwangerschap en kinderen < 8 jaar."),
    ("Orbaxol crème: ", "open wonden en toepassing op slijmvliezen."),
])

# --------------------------------------------------------------------- Interacties
H(1, "Interacties")
bullets([
    "Drostavine verhoogt de lithiumspiegel: bepaal de lithiumspiegel binnen 5 dagen na de start.",
    "Antacida verminderen de opname van drostavine: houd minimaal 3 uur tussen beide.",
    "Merfaxine met thiazidediuretica verhoogt het risico op hyponatriëmie: controleer het natrium na 3 dagen.",
    "Kalspirol met benzodiazepinen geeft versterkte sufheid: niet combineren.",
])

# ----------------------------------------------------------------------- Controles
H(1, "Controles")
numbered([
    "Neem 2 dagen na de start van de behandeling telefonisch contact op met de patiënt.",
    "Beoordeel de patiënt opnieuw na 72 uur als de koorts niet daalt.",
    "Controleer de nierfunctie na 5 dagen bij een eGFR < 60 ml/min/1,73 m².",
    "Plan een controleconsult na 10 dagen, aan het einde van de kuur drostavine.",
    "Herhaal het ALAT na 4 weken bij veenhepatitis.",
])

# ---------------------------------------------------------- Consultatie en verwijzing
H(1, "Consultatie en verwijzing")
P("Verwijs met spoed naar de internist bij:")
numbered([
    "icterus met een ALAT > 5 keer de bovengrens van normaal;",
    "zuurstofsaturatie < 93% of ademfrequentie > 25 per minuut;",
    "verwardheid, verminderd bewustzijn of nekstijfheid.",
])
P("Verwijs niet met spoed of overleg bij:")
numbered([
    "zuigelingen jonger dan 6 maanden: verwijs naar de kinderarts;",
    "een recidief binnen 6 weken: overleg met de internist-infectioloog;",
    "veenhepatitis met een ALAT dat na 4 weken niet is gedaald: verwijs naar de MDL-arts.",
])
P("Meld een cluster van 2 of meer patiënten die in hetzelfde veengebied hebben gewerkt binnen 48 uur bij de GGD.")

doc.add_paragraph()
P("Deze tekst is fictief en bedoeld als testmateriaal voor software. Er bestaan geen geneesmiddelen drostavine, merfaxine, kalspirol of orbaxol.", italic=True)

footnotes_part()
doc.save(OUT)
print("wrote", OUT, "footnotes:", len(FOOTNOTES))
