#!/usr/bin/python3
# Writes ft170.docx (FICTIEF testdocument) with python-docx (Debian python3-docx),
# using Word's built-in styles: Heading 1/2/3, List Bullet, List Number, Table Grid.
# Usage: /usr/bin/python3 make_docx.py OUT.docx
import sys
import datetime
from docx import Document
from docx.shared import Pt

out = sys.argv[1] if len(sys.argv) > 1 else "ft170.docx"
doc = Document()

cp = doc.core_properties
cp.title = "Fictieve Standaard Gerstelkoorts (FT-170)"
cp.author = "Werkgroep Fictieve Standaarden"
cp.created = datetime.datetime(2026, 3, 3, 9, 0, 0)
cp.modified = datetime.datetime(2026, 3, 3, 9, 0, 0)
cp.last_modified_by = "Werkgroep Fictieve Standaarden"
cp.revision = 1


def para(text="", style=None):
    """Paragraph; **bold** and ^sup^ fragments are written as formatted runs."""
    p = doc.add_paragraph(style=style)
    add_runs(p, text)
    return p


def add_runs(p, text):
    # tiny inline syntax for the generator only: **bold**, ^n^ superscript
    i = 0
    bold = False
    buf = ""
    while i < len(text):
        if text.startswith("**", i):
            if buf:
                r = p.add_run(buf)
                r.bold = bold or None
                buf = ""
            bold = not bold
            i += 2
            continue
        if text[i] == "^":
            j = text.index("^", i + 1)
            if buf:
                r = p.add_run(buf)
                r.bold = bold or None
                buf = ""
            r = p.add_run(text[i + 1:j])
            r.font.superscript = True
            i = j + 1
            continue
        buf += text[i]
        i += 1
    if buf:
        r = p.add_run(buf)
        r.bold = bold or None


def bullets(items):
    for it in items:
        para(it, "List Bullet")


def numbers(items):
    for it in items:
        para(it, "List Number")


def h(text, level):
    doc.add_heading(text, level)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    add_runs(p, ("**" + text + "**") if bold and text else text)


# ---------------------------------------------------------------- title
h("Fictieve Standaard Gerstelkoorts (FT-170)", 1)
para("**FICTIEF testdocument, geen medisch advies.** Deze standaard beschrijft een "
     "verzonnen ziekte met verzonnen geneesmiddelen en is uitsluitend bedoeld om "
     "software te testen.")
para("Versie 1.0, vastgesteld 3 maart 2026 door de Werkgroep Fictieve Standaarden. "
     "Herziening gepland in 2029.")

# ---------------------------------------------------------------- kern
h("Kernboodschappen", 2)
bullets([
    "Gerstelkoorts is een door graanstof overgedragen infectie met koorts, droge hoest "
    "en gewrichtspijn; zij komt vooral voor bij agrariërs en medewerkers van graanverwerkende bedrijven.",
    "Stel de diagnose klinisch met de GERS-score; doe bij een score van 4–6 aanvullend de GRX-sneltest.",
    "Behandel bij een GERS-score ≥ 7 of een positieve sneltest met dranvoxine; pelmidaxine "
    "is het middel van eerste keus bij zwangerschap en bij kinderen < 15 kg.",
    "Gerstelkoorts wordt niet van mens op mens overgedragen; isolatie is niet nodig.",
    "Verwijs binnen 24 uur bij alarmsymptomen, zoals een zuurstofsaturatie < 94% of verwardheid.",
])

# ---------------------------------------------------------------- achtergronden
h("Achtergronden", 2)
h("Begrippen", 3)
para("**Gerstelkoorts:** koorts ≥ 38,5 °C gedurende ten minste 2 dagen in combinatie met "
     "droge hoest of gewrichtspijn, na blootstelling aan graanstof in de voorafgaande 21 dagen.")
para("**Gerstelvlekjes:** niet-jeukende, rode maculae van 2–5 mm op de onderarmen en de handrug, "
     "die 3 tot 5 dagen na het begin van de koorts verschijnen.")
para("**Blootstelling:** verblijf van ten minste 1 uur in een ruimte met opgeslagen graan, "
     "stro of veevoer op graanbasis.")
para("**Recidief:** opnieuw optreden van koorts binnen 6 weken na het einde van een behandeling.")
para("**Langdurige gerstelkoorts:** klachten die langer dan 4 weken aanhouden ondanks een "
     "volledige behandeling.")

h("Epidemiologie", 3)
para("De incidentie van gerstelkoorts in de huisartsenpraktijk wordt geschat op 2,4 per 1000 "
     "patiënten per jaar. In agrarische regio’s, zoals Oost-Groningen en Zeeuws-Vlaanderen, "
     "loopt dit op tot 6 per 1000 patiënten per jaar. De meeste gevallen treden op in de "
     "maanden augustus tot en met oktober (oogstseizoen).^1^")
para("Mannen worden ongeveer tweemaal zo vaak getroffen als vrouwen; de gemiddelde leeftijd "
     "bij diagnose is 46 jaar. Ongeveer 8% van de patiënten ontwikkelt een pneumonie. De "
     "sterfte is minder dan 0,1% en betreft vrijwel uitsluitend ouderen met COPD.")

h("Etiologie", 3)
para("Gerstelkoorts wordt veroorzaakt door de bacterie Granulobacter gerstelii, die leeft in "
     "meelmijten in opgeslagen graan. Besmetting vindt plaats door inademing van graanstof. "
     "De incubatietijd is 5 tot 14 dagen (gemiddeld 9 dagen).")
para("Risicofactoren voor een ernstig beloop zijn roken, COPD, diabetes mellitus en het "
     "gebruik van immunosuppressiva. Werken in graansilo’s zonder stofmasker verhoogt de kans "
     "op besmetting ongeveer viervoudig.")

# ---------------------------------------------------------------- diagnostiek
h("Richtlijnen diagnostiek", 2)
h("Anamnese", 3)
para("Vraag naar:")
bullets([
    "duur en hoogte van de koorts;",
    "droge hoest, kortademigheid en pijn bij het ademen;",
    "gewrichtspijn, vooral in de knieën en enkels;",
    "huiduitslag op de onderarmen;",
    "blootstelling aan graanstof in de afgelopen 21 dagen en beroep;",
    "zwangerschap, borstvoeding, bekende nierfunctiestoornis en medicatiegebruik "
    "(vooral statines en cumarinederivaten).",
])
h("Lichamelijk onderzoek", 3)
para("Meet temperatuur, ademfrequentie, pols, bloeddruk en zuurstofsaturatie. Ausculteer de "
     "longen (crepitaties wijzen op pneumonie). Beoordeel de knieën en enkels op zwelling en "
     "inspecteer de onderarmen en handrug op gerstelvlekjes.")
h("Aanvullend onderzoek", 3)
bullets([
    "GRX-sneltest (antigeentest in een keeluitstrijk): alleen bij een GERS-score van 4–6. "
    "De sensitiviteit is 88% en de specificiteit 94%.",
    "CRP: bij twijfel aan een pneumonie. Een CRP > 100 mg/l wijst op een pneumonie; vraag dan "
    "een thoraxfoto aan.",
    "eGFR: bepaal de nierfunctie vóór de start van dranvoxine bij ouderen > 70 jaar en bij "
    "bekende nierfunctiestoornis.",
    "Serologie (IgM anti-gerstelii): alleen bij langdurige gerstelkoorts, niet eerder dan 3 "
    "weken na het begin van de klachten.",
])

h("GERS-score", 3)
para("Tabel 1. GERS-score (Gerstelkoorts-Evaluatie Risico Score)^2^")
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "Criterium", True)
set_cell(t.rows[0].cells[1], "Punten", True)
for crit, pts in [
    ("Koorts ≥ 38,5 °C", "2"),
    ("Blootstelling aan graanstof in de afgelopen 21 dagen", "3"),
    ("Droge hoest", "1"),
    ("Gewrichtspijn in knieën of enkels", "1"),
    ("Gerstelvlekjes op de onderarmen", "2"),
    ("Leeftijd > 60 jaar", "1"),
    ("Zuurstofsaturatie < 95%", "2"),
    ("Maximale score", "12"),
]:
    row = t.add_row().cells
    set_cell(row[0], crit)
    set_cell(row[1], pts)

para("")
para("Tabel 2. Interpretatie van de GERS-score")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, txt in enumerate(["Score", "Kans op gerstelkoorts", "Beleid"]):
    set_cell(t.rows[0].cells[i], txt, True)
for a, b, c in [
    ("0–3 punten", "< 10%", "Geen behandeling; uitleg en controle als de koorts langer dan 7 dagen aanhoudt"),
    ("4–6 punten", "10–50%", "GRX-sneltest; behandel bij een positieve test"),
    ("7–9 punten", "50–85%", "Behandel met dranvoxine zonder sneltest"),
    ("10–12 punten", "> 85%", "Behandel; bepaal CRP en beoordeel de longen op pneumonie"),
]:
    row = t.add_row().cells
    set_cell(row[0], a)
    set_cell(row[1], b)
    set_cell(row[2], c)

# ---------------------------------------------------------------- alarm
h("Alarmsymptomen", 2)
para("Let bij elke patiënt met (verdenking op) gerstelkoorts op de volgende alarmsymptomen:")
bullets([
    "zuurstofsaturatie < 94%;",
    "ademfrequentie > 24 per minuut;",
    "verwardheid of toenemende sufheid;",
    "systolische bloeddruk < 100 mmHg;",
    "hemoptoë (bloed ophoesten);",
    "koorts bij een zuigeling jonger dan 3 maanden;",
    "een rood, gezwollen gewricht dat niet belast kan worden (denk aan septische artritis).",
])

# ---------------------------------------------------------------- beleid
h("Beleid", 2)
h("Voorlichting", 3)
bullets([
    "Leg uit dat gerstelkoorts niet besmettelijk is voor huisgenoten of collega’s.",
    "Met behandeling verdwijnt de koorts meestal binnen 5 dagen; moeheid kan tot 6 weken aanhouden.",
    "Het werk kan worden hervat als de patiënt 48 uur koortsvrij is.",
    "Adviseer bij werkzaamheden met opgeslagen graan een stofmasker (FFP2) te dragen en de ruimte goed te ventileren.",
    "Neem contact op bij benauwdheid, verwardheid of als de koorts na 3 dagen behandeling niet daalt.",
])
h("Niet-medicamenteuze behandeling", 3)
para("Adviseer rust en voldoende drinken (volwassenen ten minste 2 liter per dag). Paracetamol "
     "kan worden gebruikt tegen koorts en pijn. Adviseer te stoppen met roken en graanstof te "
     "vermijden tot 2 weken na herstel.")
h("Medicamenteuze behandeling", 3)
para("Behandel met een antibioticum bij een GERS-score ≥ 7 of bij een GERS-score van 4–6 met "
     "een positieve GRX-sneltest.")
numbers([
    "**Eerste keus:** dranvoxine oraal gedurende 7 dagen.",
    "**Bij zwangerschap en bij kinderen < 15 kg:** pelmidaxine gedurende 10 dagen.",
    "**Tweede keus bij overgevoeligheid voor dranvoxine:** korvenol gedurende 5 dagen, "
    "met op dag 1 een oplaaddosis.^3^",
    "**Aanvullend bij ernstige gewrichtspijn:** sulbramine, zo kort mogelijk en maximaal 7 dagen.",
])
para("Zie tabel 3 voor de doseringen per patiëntgroep.")

# ---------------------------------------------------------------- dose table
para("Tabel 3. Doseringen bij gerstelkoorts")
hdr = ["Geneesmiddel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"]
groups = [
    ("Dranvoxine (tablet 250 mg, 500 mg)", [
        ("Volwassenen", "500 mg 2 dd", "7 dagen", "1000 mg/dag", "Innemen met voedsel"),
        ("Ouderen > 70 jaar", "250 mg 2 dd", "7 dagen", "500 mg/dag", "Bepaal vooraf de eGFR"),
        ("Kinderen < 15 kg", "Niet gebruiken", "—", "—", "Kies pelmidaxine"),
        ("Kinderen 15–30 kg", "10 mg/kg/dag in 2 doses", "7 dagen", "300 mg/dag", "Tablet van 250 mg mag worden gehalveerd"),
        ("Kinderen 30–45 kg", "125 mg 3 dd", "7 dagen", "375 mg/dag", "—"),
        ("eGFR 30–60 ml/min/1,73 m²", "500 mg 1 dd", "7 dagen", "500 mg/dag", "—"),
        ("eGFR < 30 ml/min/1,73 m²", "250 mg 1 dd", "10 dagen", "250 mg/dag", "Controleer de nierfunctie na 1 week"),
        ("Zwangerschap", "Gecontra-indiceerd", "—", "—", "Teratogeen in dieronderzoek; kies pelmidaxine^4^"),
    ]),
    ("Pelmidaxine (capsule 200 mg; drank 40 mg/ml)", [
        ("Volwassenen", "200 mg 3 dd", "10 dagen", "600 mg/dag", "—"),
        ("Ouderen > 70 jaar", "100 mg 3 dd", "10 dagen", "300 mg/dag", "Let op QT-verlenging"),
        ("Kinderen < 15 kg", "15 mg/kg/dag in 3 doses", "10 dagen", "200 mg/dag", "Als drank 40 mg/ml"),
        ("Kinderen 15–30 kg", "80 mg 3 dd", "10 dagen", "240 mg/dag", "Drank; vanaf 6 jaar capsule mogelijk"),
        ("Zwangerschap", "200 mg 2 dd", "10 dagen", "400 mg/dag", "Middel van eerste keus in alle trimesters"),
        ("Borstvoeding", "200 mg 3 dd", "10 dagen", "600 mg/dag", "Gaat in geringe mate over in moedermelk"),
    ]),
    ("Korvenol (tablet 100 mg)", [
        ("Volwassenen", "Dag 1: 200 mg 1 dd, daarna 100 mg 1 dd", "5 dagen", "200 mg/dag", "Tweede keus bij overgevoeligheid voor dranvoxine"),
        ("Ouderen > 70 jaar", "100 mg 1 dd", "5 dagen", "100 mg/dag", "Geen oplaaddosis"),
        ("Kinderen < 12 jaar", "Niet gebruiken", "—", "—", "Onvoldoende gegevens"),
        ("eGFR < 30 ml/min/1,73 m²", "100 mg om de dag", "10 dagen", "100 mg per 2 dagen", "—"),
    ]),
    ("Sulbramine (tablet 25 mg; gel 2%)", [
        ("Volwassenen", "25 mg 3 dd", "Maximaal 7 dagen", "75 mg/dag", "Combineer bij > 60 jaar met een maagbeschermer"),
        ("Ouderen > 70 jaar", "25 mg 1 dd of gel 2% 3 dd", "Maximaal 5 dagen", "25 mg/dag oraal", "Bij voorkeur de gel op het gewricht"),
        ("Kinderen 6–12 jaar", "0,5 mg/kg 3 dd", "Maximaal 5 dagen", "50 mg/dag", "Niet bij kinderen < 6 jaar"),
        ("Zwangerschap", "Tot 20 weken: 25 mg 2 dd", "Maximaal 3 dagen", "50 mg/dag", "Gecontra-indiceerd vanaf 20 weken"),
    ]),
]
nrows = 1 + sum(len(g[1]) for g in groups)
t = doc.add_table(rows=nrows, cols=6)
t.style = "Table Grid"
for i, txt in enumerate(hdr):
    set_cell(t.rows[0].cells[i], txt, True)
r = 1
for name, rows in groups:
    first = r
    for row in rows:
        for j, txt in enumerate(row):
            set_cell(t.rows[r].cells[j + 1], txt)
        r += 1
    top = t.cell(first, 0)
    set_cell(top, name, True)
    merged = top.merge(t.cell(r - 1, 0))
para("Doseringen gelden voor orale toediening, tenzij anders vermeld. dd = maal per dag; "
     "— = niet van toepassing.")

# ---------------------------------------------------------------- zwangerschap
h("Zwangerschap en borstvoeding", 2)
para("Dranvoxine is gecontra-indiceerd gedurende de gehele zwangerschap. Pelmidaxine is het "
     "middel van eerste keus bij zwangere vrouwen, in alle trimesters. Over korvenol zijn "
     "onvoldoende gegevens bekend; gebruik het niet tijdens de zwangerschap. Sulbramine mag tot "
     "een zwangerschapsduur van 20 weken kortdurend worden gebruikt en is daarna gecontra-indiceerd.")
para("Tijdens de borstvoeding kan pelmidaxine in de normale dosering worden gebruikt. Dranvoxine "
     "mag eveneens tijdens de borstvoeding worden gebruikt; let bij de zuigeling op diarree en "
     "spruw. Korvenol wordt niet geadviseerd tijdens de borstvoeding.")

# ---------------------------------------------------------------- contra
h("Contra-indicaties", 2)
bullets([
    "**Dranvoxine:** zwangerschap, myasthenia gravis, kinderen < 15 kg en eerdere "
    "overgevoeligheidsreactie op dranvoxine.",
    "**Pelmidaxine:** verlengd QT-interval (QTc > 470 ms) en eerdere torsade de pointes.",
    "**Korvenol:** ernstige leverfunctiestoornis, kinderen < 12 jaar en borstvoeding.",
    "**Sulbramine:** actief maagulcus, hartfalen NYHA-klasse III–IV, eGFR < 30 ml/min/1,73 m² "
    "en zwangerschap vanaf 20 weken.",
])

# ---------------------------------------------------------------- interacties
h("Interacties", 2)
bullets([
    "**Dranvoxine en simvastatine:** verhoogd risico op spierschade; onderbreek simvastatine "
    "tijdens de kuur en tot 3 dagen daarna.",
    "**Dranvoxine en acenocoumarol:** versterkt de antistolling; laat de INR na 3 dagen controleren.",
    "**Pelmidaxine en QT-verlengende middelen** (zoals sotalol en citalopram): vermijd de "
    "combinatie; maak zo nodig vooraf een ECG.",
    "**Korvenol en ijzerpreparaten of antacida:** verminderde opname; neem korvenol 2 uur "
    "vóór of 4 uur na deze middelen in.",
    "**Sulbramine en ACE-remmers of diuretica:** risico op nierfunctieverlies; controleer de "
    "nierfunctie na 1 week.",
])

# ---------------------------------------------------------------- controles
h("Controles", 2)
bullets([
    "**Na 3 dagen:** telefonische controle; bij onvoldoende daling van de koorts herbeoordeling op het spreekuur.",
    "**Na 1 week:** nierfunctie bij eGFR < 30 ml/min/1,73 m² en bij gebruik van sulbramine met een ACE-remmer of diureticum.",
    "**Na 2 weken:** afsluitend consult bij ouderen > 70 jaar en bij patiënten met COPD.",
    "**Na 6 weken:** bij aanhoudende hoest of moeheid een thoraxfoto en serologie.",
])

# ---------------------------------------------------------------- verwijzing
h("Consultatie en verwijzing", 2)
para("Verwijs binnen 24 uur naar de internist of longarts bij:")
numbers([
    "een of meer alarmsymptomen;",
    "een pneumonie bij ouderen > 70 jaar met een CRP > 100 mg/l;",
    "geen verbetering na 5 dagen adequate behandeling;",
    "een zwangere vrouw met een zuurstofsaturatie < 95%.",
])
para("Verwijs met spoed (direct) naar de kinderarts bij koorts bij een zuigeling jonger dan 3 maanden.")
para("Overleg met de bedrijfsarts bij:")
numbers([
    "een recidief binnen 6 weken;",
    "meer dan één geval in hetzelfde bedrijf binnen 1 maand;",
    "beroepsmatige blootstelling; meld de beroepsziekte bij het Nederlands Centrum voor Beroepsziekten.",
])

# ---------------------------------------------------------------- noten
h("Noten", 2)
para("1. De seizoenspiek is gebaseerd op registratiegegevens van 42 huisartsenpraktijken in de jaren 2018–2023.")
para("2. De GERS-score is afgeleid uit een cohort van 1240 patiënten in Oost-Groningen "
     "(2019–2022); de oppervlakte onder de ROC-curve was 0,84.")
para("3. Korvenol heeft een halfwaardetijd van ongeveer 30 uur; zonder oplaaddosis wordt "
     "een stabiele spiegel pas na 5 dagen bereikt.")
para("4. In dieronderzoek bij ratten gaf dranvoxine in viermaal de humane dosis skeletafwijkingen.")

doc.save(out)
