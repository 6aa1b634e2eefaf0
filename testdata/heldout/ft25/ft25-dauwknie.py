#!/usr/bin/python3
"""Generator for the FICTIONAL test guideline FT-25 (Dauwknie).
Producer: python-docx (Debian python3-docx) -> .docx; LibreOffice Writer -> PDF.
Fictief testdocument - geen medisch advies."""
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Fictieve Standaard Dauwknie (FT-25)"
FONT = "Calibri"

doc = Document()
cp = doc.core_properties
cp.title = TITLE
cp.author = "Fictief Genootschap van Huisartsen (testdocument)"
cp.subject = "Fictief testdocument - geen medisch advies"
cp.language = "nl-NL"

# ---------- styles ----------
def set_font(style, size=None, bold=None, color=None):
    style.font.name = FONT
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), FONT)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]
    if size: style.font.size = Pt(size)
    if bold is not None: style.font.bold = bold
    if color: style.font.color.rgb = RGBColor.from_string(color)

normal = doc.styles["Normal"]
set_font(normal, 11)
normal.paragraph_format.space_after = Pt(6)
lang = OxmlElement("w:lang"); lang.set(qn("w:val"), "nl-NL")
normal.element.get_or_add_rPr().append(lang)
set_font(doc.styles["Title"], 22, True, "1F3864")
set_font(doc.styles["Heading 1"], 15, True, "1F3864")
set_font(doc.styles["Heading 2"], 12.5, True, "2E74B5")
for s in ("List Bullet", "List Number"):
    set_font(doc.styles[s], 11)

# ---------- page setup, header, footer ----------
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)

def add_field(paragraph, instr):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r = paragraph.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "; r._r.append(t)
    r = paragraph.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._r.append(s)
    paragraph.add_run("1")
    r = paragraph.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)

hp = sec.header.paragraphs[0]
hr = hp.add_run(TITLE + "\t\tFictief testdocument - geen medisch advies")
hr.font.size = Pt(8.5); hr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for part in ("Pagina ",):
    rr = fp.add_run(part); rr.font.size = Pt(9)
add_field(fp, "PAGE")
rr = fp.add_run(" van "); rr.font.size = Pt(9)
add_field(fp, "NUMPAGES")
for r in fp.runs: r.font.size = Pt(9)

# ---------- helpers ----------
def P(*parts, style=None):
    """parts: str or (str, 'sup'|'b'|'i')"""
    p = doc.add_paragraph(style=style)
    for part in parts:
        if isinstance(part, tuple):
            txt, fmt = part
            r = p.add_run(txt)
            if fmt == "sup": r.font.superscript = True
            if fmt == "b": r.bold = True
            if fmt == "i": r.italic = True
        else:
            p.add_run(part)
    return p

def H1(t): doc.add_heading(t, level=1)
def H2(t): doc.add_heading(t, level=2)
def bullets(items):
    for it in items:
        if isinstance(it, (list, tuple)) and not isinstance(it, str):
            P(*it, style="List Bullet")
        else:
            P(it, style="List Bullet")
def numbered(items):
    for it in items: P(it, style="List Number")

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)

def set_cell(cell, text, bold=False, size=10):
    """text may contain '\n' -> line break inside the cell (w:br)"""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold; r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()

# ---------- title ----------
doc.add_paragraph(TITLE, style="Title")
P(("Fictief testdocument - geen medisch advies", "b"))
P("Versie 1.0, vastgesteld 20 mei 2026. Eerstvolgende herziening gepland in 2031.")
P(("Deze standaard is volledig verzonnen en dient uitsluitend om software te testen. "
   "De aandoening dauwknie en de middelen lorvastide, pemocyline, tazurofen en brivomal bestaan niet.", "i"))

# ---------- 1 ----------
H1("1 Kernboodschappen")
bullets([
    "Dauwknie is een goedaardige, meestal zelfbeperkende ontsteking van de prepatellaire slijmbeurs die vooral optreedt bij mensen die veel knielend werken in een koude, vochtige omgeving.",
    "Stel de diagnose op basis van anamnese en lichamelijk onderzoek; bepaal de ernst met de DKS. Aanvullend onderzoek is meestal niet nodig.",
    "Sluit een septische bursitis uit: bij koorts en een SDE boven 50 mg/l is spoedverwijzing nodig.",
    "Start bij een lichte dauwknie (DKS 0-6) met niet-medicamenteuze maatregelen; lorvastide is het middel van eerste keus bij een matige dauwknie.",
    "Brivomal is een reservemiddel voor volwassenen met een ernstige dauwknie en wordt maximaal twee keer per jaar voorgeschreven.",
])

# ---------- 2 ----------
H1("2 Inleiding")
P("Deze fictieve standaard geeft richtlijnen voor de diagnostiek en behandeling van dauwknie in de huisartsenpraktijk. "
  "De standaard is opgesteld in samenwerking met de Nederlandse Vereniging voor Knie- en Gewrichtszorg (NVKG). "
  "De aanbevelingen over verwijzing zijn afgestemd met de NVKG en met de fictieve beroepsvereniging van fysiotherapeuten.")
H2("2.1 Begrippen")
P(("Dauwknie: ", "b"),
  "een niet-traumatische ontsteking van de prepatellaire bursa met ochtendstijfheid, zwelling en een karakteristieke "
  "glanzende, vochtige huid boven de knieschijf (het 'dauwteken').")
P(("DKS (Dauwknie-Klachtenscore): ", "b"),
  "een gevalideerde score van 0 tot 20 punten die pijn, zwelling, stijfheid en beperking in het dagelijks leven meet", ("2", "sup"),
  ". Een DKS van 0-6 punten geldt als een lichte dauwknie, 7-13 punten als een matige dauwknie en 14-20 punten als een ernstige dauwknie.")
P(("SDE (serum-dauwine-eiwit): ", "b"),
  "een ontstekingsmarker in het bloed, uitgedrukt in mg/l. Een SDE onder 15 mg/l is normaal. "
  "Een SDE van 15-50 mg/l past bij een dauwknie. Een SDE boven 50 mg/l wijst op een septische bursitis of een andere bacteriële infectie.")
P(("Recidief: ", "b"),
  "een nieuwe episode van dauwknie na een klachtenvrije periode van ten minste 4 weken.")
P(("Persisterende dauwknie: ", "b"),
  "klachten die ondanks behandeling langer dan 3 maanden aanhouden.")

# ---------- 3 ----------
H1("3 Achtergronden")
H2("3.1 Epidemiologie")
P("De incidentie van dauwknie in de huisartsenpraktijk bedraagt 4,2 per 1000 patiënten per jaar", ("1", "sup"),
  ". Een normpraktijk van 2350 patiënten ziet dus ongeveer 10 nieuwe patiënten per jaar. "
  "De aandoening komt het meest voor tussen 40 en 60 jaar. Vrouwen worden twee keer zo vaak getroffen als mannen. "
  "Bij tegelzetters, vloerleggers en tuinders ligt de prevalentie rond 12%. Bij kinderen is dauwknie zeldzaam: "
  "minder dan 5% van de patiënten is jonger dan 18 jaar.")
P("Ongeveer 70% van de patiënten is binnen 6 weken klachtenvrij. Binnen 6 maanden krijgt 25% van de patiënten een recidief.")
H2("3.2 Etiologie en pathofysiologie")
P("Dauwknie ontstaat door herhaalde druk op de knie in combinatie met kou en vocht. Hierdoor raakt de bursa geprikkeld en "
  "produceert zij overmatig vocht, dat door de huid naar buiten lijkt te treden. Risicofactoren zijn knielend werk van meer dan "
  "2 uur per dag, overgewicht (BMI boven 30), diabetes mellitus en eerder doorgemaakte dauwknie. Bij ongeveer 30% van de "
  "patiënten wordt geen uitlokkende factor gevonden (idiopathische dauwknie). Dauwknie is niet besmettelijk.")

# ---------- 4 ----------
H1("4 Richtlijnen diagnostiek")
H2("4.1 Anamnese")
P("Vraag naar:")
bullets([
    "duur en beloop van de zwelling en de pijn;",
    "ochtendstijfheid: een ochtendstijfheid van meer dan 30 minuten is kenmerkend voor dauwknie;",
    "knielend werk, hobby's en blootstelling aan kou en vocht;",
    "koorts, koude rillingen en algemeen ziek zijn;",
    "eerdere episodes, diabetes mellitus en gebruik van immunosuppressiva;",
    "gebruikte medicatie, in het bijzonder anticoagulantia en lithium.",
])
H2("4.2 Lichamelijk onderzoek")
P("Inspecteer beide knieën op zwelling, roodheid en het dauwteken. Palpeer de prepatellaire bursa op fluctuatie en warmte. "
  "Bepaal de actieve flexie: een flexie van minder dan 90 graden wijst op een ernstige dauwknie. Meet de lichaamstemperatuur. "
  "Bereken de DKS. Onderzoek bij bilaterale klachten ook de overige gewrichten.")
H2("4.3 Aanvullend onderzoek")
P("Aanvullend onderzoek is bij een typisch beeld niet nodig. Bepaal het SDE alleen bij twijfel aan de diagnose, bij koorts of bij "
  "een immuungecompromitteerde patiënt. Vraag een echografie van de knie aan als de klachten langer dan 6 weken bestaan. "
  "Een röntgenfoto heeft geen toegevoegde waarde en wordt niet aanbevolen. Punctie van de bursa is voorbehouden aan de tweede lijn.")
H2("4.4 Alarmsymptomen")
P("Alarmsymptomen die wijzen op een septische bursitis of een andere ernstige aandoening zijn:")
bullets([
    "koorts van 38,5 °C of hoger;",
    "roodheid die zich uitbreidt tot buiten de knie;",
    "het onvermogen om het been te belasten;",
    "snel toenemende zwelling binnen 24 uur;",
    "een SDE boven 50 mg/l;",
    "een verminderde afweer, zoals bij chemotherapie of gebruik van hoge doses prednison.",
])
H2("4.5 Evaluatie")
P("Stel de diagnose dauwknie bij een patiënt met een zwelling van de prepatellaire bursa, een positief dauwteken en een DKS van "
  "7 punten of meer, zonder alarmsymptomen. Bij een DKS onder 7 met een positief dauwteken is sprake van een lichte dauwknie. "
  "Denk bij een negatief dauwteken aan artrose, jicht of een meniscusletsel.")

# ---------- 5 ----------
H1("5 Richtlijnen beleid")
H2("5.1 Voorlichting")
P("Leg uit dat dauwknie een goedaardige aandoening is die meestal binnen 6 weken herstelt. Adviseer knielend werk te beperken en "
  "een kniebeschermer te dragen. Wijs op de alarmsymptomen en vraag de patiënt contact op te nemen bij koorts. "
  "Verwijs naar de fictieve patiëntenwebsite voor schriftelijke informatie.")
H2("5.2 Niet-medicamenteuze behandeling")
bullets([
    "Relatieve rust: vermijd knielen en langdurig hurken gedurende ten minste 2 weken.",
    "Koelen: 3 tot 4 keer per dag gedurende 15 minuten, met een doek tussen ijs en huid.",
    "Houd de knie droog en warm bij werken in een vochtige omgeving.",
    "Oefentherapie is zinvol bij een DKS van 7 of hoger die na 6 weken niet is gedaald.",
])
H2("5.3 Stappenplan")
numbered([
    "Lichte dauwknie (DKS 0-6): niet-medicamenteuze maatregelen gedurende 2 weken.",
    "Matige dauwknie (DKS 7-13), of onvoldoende effect van stap 1: start lorvastide.",
    "Onvoldoende effect na een volledige kuur lorvastide, of een contra-indicatie voor lorvastide: vervang lorvastide door pemocyline. Voeg zo nodig tazurofen toe tegen de pijn.",
    "Ernstige dauwknie (DKS 14-20) bij een volwassene, ondanks stap 3: overweeg een kuur brivomal.",
    "Geen verbetering na 4 weken medicamenteuze behandeling: verwijs (zie hoofdstuk 7).",
])
H2("5.4 Medicamenteuze behandeling")
P("Lorvastide is het middel van eerste keus. Pemocyline is het middel van tweede keus. Tazurofen is uitsluitend bedoeld als "
  "pijnstiller naast lorvastide of pemocyline en niet als monotherapie. Tabel 1 geeft de doseringen per populatie. "
  "Lorvastide is verkrijgbaar als tablet van 250 mg en als drank van 25 mg/ml; pemocyline als tablet van 400 mg en als drank van 50 mg/ml.")

# dose table
cap = P(("Tabel 1 Dosering van lorvastide, pemocyline en tazurofen bij dauwknie", "b"))
rows = [
    ("Lorvastide", [
        ("Volwassenen", "2 dd 250 mg", "750 mg per dag", "7 dagen"),
        ("Kinderen 15-40 kg", "2 dd 10 mg/kg\n(drank 25 mg/ml)", "500 mg per dag", "7 dagen"),
        ("Ouderen ≥ 70 jaar", "2 dd 125 mg", "500 mg per dag", "7 dagen"),
        ("eGFR 30-59 ml/min", "1 dd 250 mg", "250 mg per dag", "10 dagen"),
        ("eGFR < 30 ml/min", "Gecontra-indiceerd", "-", "-"),
    ]),
    ("Pemocyline", [
        ("Volwassenen", "3 dd 400 mg", "1200 mg per dag", "10 dagen"),
        ("Kinderen ≥ 20 kg", "3 dd 15 mg/kg", "900 mg per dag", "10 dagen"),
        ("Kinderen < 20 kg", "3 dd 10 mg/kg\n(drank 50 mg/ml)", "600 mg per dag", "10 dagen"),
        ("Ouderen ≥ 75 jaar", "2 dd 400 mg", "800 mg per dag", "10 dagen"),
        ("eGFR 30-59 ml/min", "2 dd 200 mg", "400 mg per dag", "10 dagen"),
        ("eGFR < 30 ml/min", "1 dd 200 mg", "200 mg per dag", "14 dagen"),
    ]),
    ("Tazurofen", [
        ("Volwassenen", "3 dd 20 mg", "60 mg per dag", "maximaal 14 dagen"),
        ("Kinderen 12-17 jaar", "2 dd 10 mg", "30 mg per dag", "maximaal 7 dagen"),
        ("Ouderen ≥ 70 jaar", "2 dd 10 mg\nmet maagbescherming", "20 mg per dag", "maximaal 5 dagen"),
        ("eGFR 30-59 ml/min", "1 dd 20 mg", "20 mg per dag", "maximaal 5 dagen"),
        ("eGFR < 30 ml/min", "Niet gebruiken", "-", "-"),
    ]),
]
n = 1 + sum(len(r[1]) for r in rows)
t = doc.add_table(rows=n, cols=5)
t.style = doc.styles["Table Grid"]
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ("Middel", "Populatie", "Dosering", "Maximale dosis", "Duur")
for i, h in enumerate(hdr):
    set_cell(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "BDD7EE")
repeat_header(t.rows[0])
r = 1
for drug, pops in rows:
    start = r
    for pop in pops:
        for j, v in enumerate(pop):
            set_cell(t.cell(r, j + 1), v)
        r += 1
    merged = t.cell(start, 0).merge(t.cell(r - 1, 0))
    set_cell(merged, drug, bold=True)
widths = (Mm(27), Mm(36), Mm(40), Mm(30), Mm(27))
for row in t.rows:
    for j, w in enumerate(widths):
        row.cells[j].width = w
P("")
P("Bij kinderen jonger dan 12 jaar wordt tazurofen niet aanbevolen. Lorvastide is niet onderzocht bij kinderen onder 15 kg. "
  "Geef lorvastide en pemocyline bij voorkeur tijdens de maaltijd; tazurofen altijd met voedsel innemen.")
P(("Brivomal. ", "b"),
  "Brivomal is uitsluitend bestemd voor volwassenen met een ernstige dauwknie (DKS 14-20) die onvoldoende reageren op stap 3 "
  "van het stappenplan", ("3", "sup"), ". De dosering van brivomal is 1 dd 5 mg gedurende 3 dagen, gevolgd door 1 dd 2,5 mg gedurende 4 dagen. "
  "Schrijf maximaal 2 kuren brivomal per jaar voor. Bij een eGFR onder 30 ml/min is de dosering 1 dd 2,5 mg gedurende 5 dagen. "
  "Brivomal wordt niet voorgeschreven aan personen jonger dan 18 jaar. Neem brivomal 's ochtends in, omdat het slapeloosheid kan veroorzaken.")

H2("5.5 Zwangerschap en borstvoeding")
bullets([
    [("Lorvastide: ", "b"), "mag tijdens de gehele zwangerschap worden gebruikt. Lorvastide mag ook tijdens de borstvoeding worden gebruikt."],
    [("Pemocyline: ", "b"), "niet gebruiken in het eerste trimester van de zwangerschap; in het tweede en derde trimester mag pemocyline worden gebruikt. Pemocyline wordt ontraden tijdens de borstvoeding, omdat het in de moedermelk overgaat."],
    [("Tazurofen: ", "b"), "gecontra-indiceerd vanaf een zwangerschapsduur van 20 weken; vóór 20 weken alleen kortdurend (maximaal 3 dagen) gebruiken. Tijdens de borstvoeding mag tazurofen maximaal 3 dagen worden gebruikt."],
    [("Brivomal: ", "b"), "gecontra-indiceerd tijdens de zwangerschap en tijdens de borstvoeding."],
])

H2("5.6 Contra-indicaties en interacties")
cap2 = P(("Tabel 2 Contra-indicaties en interacties", "b"))
ci = [
    ("Lorvastide", "Overgevoeligheid voor sulfonamiden\neGFR < 30 ml/min",
     "Lithium: controleer de lithiumspiegel na 5 dagen.\nWarfarine: controleer de INR na 3 dagen."),
    ("Pemocyline", "Myasthenia gravis\nVerlengd QT-interval",
     "Niet combineren met claritromycine (QT-verlenging).\nIJzerpreparaten: neem deze minimaal 2 uur na pemocyline in."),
    ("Tazurofen", "Actief maagulcus\nHartfalen NYHA-klasse III-IV\neGFR < 30 ml/min",
     "DOAC's en SSRI's: verhoogd bloedingsrisico.\nACE-remmers: controleer de nierfunctie na 1 week."),
    ("Brivomal", "Actieve infectie\nOngecontroleerde diabetes mellitus",
     "Orale anticonceptie: gebruik aanvullende anticonceptie tijdens de kuur en tot 7 dagen daarna."),
]
t2 = doc.add_table(rows=len(ci) + 1, cols=3)
try:
    t2.style = doc.styles["Light List Accent 1"]
except KeyError:
    t2.style = doc.styles["Light Shading Accent 1"]
for i, h in enumerate(("Middel", "Contra-indicaties", "Belangrijke interacties")):
    set_cell(t2.rows[0].cells[i], h, bold=True)
repeat_header(t2.rows[0])
for i, (a, b, c) in enumerate(ci, start=1):
    set_cell(t2.cell(i, 0), a, bold=True)
    set_cell(t2.cell(i, 1), b)
    set_cell(t2.cell(i, 2), c)
for row in t2.rows:
    for j, w in enumerate((Mm(28), Mm(55), Mm(77))):
        row.cells[j].width = w
P("")
H2("5.7 Bijwerkingen")
bullets([
    [("Lorvastide: ", "b"), "misselijkheid (bij ongeveer 10% van de gebruikers) en een metaalsmaak. Staak lorvastide bij huiduitslag."],
    [("Pemocyline: ", "b"), "duizeligheid en overgevoeligheid voor zonlicht; adviseer zonbescherming tijdens de kuur."],
    [("Tazurofen: ", "b"), "maagklachten, enkeloedeem en een stijging van de bloeddruk."],
    [("Brivomal: ", "b"), "slapeloosheid, stemmingswisselingen en een tijdelijke stijging van de bloedglucose. Controleer bij patiënten met diabetes mellitus de glucose dagelijks tijdens de kuur."],
])

# ---------- 6 ----------
H1("6 Controle en follow-up")
P("Laat de patiënt na 2 weken terugkomen bij de huisarts of de praktijkondersteuner en bereken opnieuw de DKS. "
  "Een daling van de DKS met 4 punten of meer geldt als een goed effect van de behandeling. "
  "Herhaal de SDE-bepaling na 4 weken alleen als de eerste waarde boven 15 mg/l lag. "
  "Controleer bij gebruik van tazurofen door ouderen de bloeddruk na 1 week. "
  "Bespreek bij een recidief de werkomstandigheden en verwijs zo nodig naar de bedrijfsarts.")

# ---------- 7 ----------
H1("7 Consultatie en verwijzing")
bullets([
    "Verwijs met spoed (dezelfde dag) naar de orthopeed of de SEH bij verdenking op een septische bursitis: koorts in combinatie met een SDE boven 50 mg/l.",
    "Verwijs binnen 2 weken naar de orthopeed bij een persisterende dauwknie (langer dan 3 maanden) of bij 3 of meer recidieven per jaar.",
    "Verwijs naar de fysiotherapeut bij een DKS van 7 of hoger die na 6 weken niet is gedaald.",
    "Verwijs naar de reumatoloog bij een bilaterale dauwknie in combinatie met klachten van andere gewrichten.",
    "Overleg met een kaderhuisarts bewegingsapparaat van de NVKG bij twijfel over het starten van brivomal.",
])

# ---------- Noten ----------
H1("Noten")
P(("1 ", "sup"), "Gebaseerd op de fictieve Registratie Kniezorg Huisartsen over de jaren 2019-2023 (n = 48.000 patiënten).")
P(("2 ", "sup"), "De DKS is gevalideerd in een fictief cohort van 612 patiënten; de test-hertestbetrouwbaarheid bedroeg 0,88.")
P(("3 ", "sup"), "Het bewijs voor brivomal berust op één fictief gerandomiseerd onderzoek bij 140 volwassenen; het effect op de DKS was na 7 dagen 3,1 punten groter dan bij placebo.")

doc.save("ft25-dauwknie.docx")
print("written ft25-dauwknie.docx")
