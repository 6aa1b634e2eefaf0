#!/usr/bin/env python3
"""Write ft160.docx, the fictional guideline Gruttokoorts (FT-160), with python-docx.

FICTIEF testdocument, geen medisch advies. Uses Word's built-in styles of the
python-docx default template: Title, Heading 1/2/3, List Bullet, List Number,
Caption, Table Grid. Inline markup in the strings below: **bold**, ^n^ = superscript
note number (manual notes; python-docx has no footnote API).
"""
import datetime
import re
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = sys.argv[1] if len(sys.argv) > 1 else "ft160.docx"
doc = Document()

cp = doc.core_properties
cp.title = "Fictieve Standaard Gruttokoorts (FT-160)"
cp.author = "Werkgroep Fictieve Standaarden"
cp.created = datetime.datetime(2026, 6, 1, 9, 0, 0)
cp.modified = datetime.datetime(2026, 6, 1, 9, 0, 0)
cp.last_modified_by = "Werkgroep Fictieve Standaarden"
cp.revision = 1

TOKEN = re.compile(r"(\*\*.+?\*\*|\^[0-9]+\^)")


def add_runs(p, text):
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("**"):
            p.add_run(part[2:-2]).bold = True
        elif part.startswith("^"):
            p.add_run(part[1:-1]).font.superscript = True
        else:
            p.add_run(part)
    return p


def para(text, style=None):
    return add_runs(doc.add_paragraph(style=style), text)


def h(text, level):
    return doc.add_heading(text, level)


def bullets(items):
    for it in items:
        para(it, "List Bullet")


def numbered(items):
    for it in items:
        para(it, "List Number")


def set_cell(cell, text, bold=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if bold:
            p.add_run(line).bold = True
        else:
            add_runs(p, line)


def mark_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def simple_table(header, rows):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, x in enumerate(header):
        set_cell(t.cell(0, j), x, bold=True)
    mark_header(t.rows[0])
    for i, r in enumerate(rows, start=1):
        for j, x in enumerate(r):
            set_cell(t.cell(i, j), x)
    return t


# ---------------------------------------------------------------- title
doc.add_heading("Fictieve Standaard Gruttokoorts (FT-160)", 0)
para("**FICTIEF testdocument, geen medisch advies.** Deze standaard beschrijft een verzonnen "
     "ziekte met verzonnen geneesmiddelen. Gebruik de inhoud nooit voor de zorg aan echte patiënten.")
para("Werkgroep Fictieve Standaarden. Versie 1.0, vastgesteld op 1 juni 2026. "
     "Volgende herziening uiterlijk in 2031.")

# ---------------------------------------------------------------- kern
h("Kernboodschappen", 1)
bullets([
    "Denk aan gruttokoorts bij koorts en kuitpijn na contact met weidevogels of hun uitwerpselen in de afgelopen 14 dagen.",
    "Gebruik de GRUT-score om de kans op gruttokoorts in te schatten; bij een score van 7 of hoger start u direct met behandeling.",
    "Ferolaxine is het middel van eerste keus; bremudine is het alternatief bij allergie en het middel van keuze in de zwangerschap.",
    "Bepaal bij ouderen > 70 jaar vóór de start van ferolaxine de eGFR.",
    "Verwijs direct bij alarmsymptomen zoals nekstijfheid, verwardheid of oligurie.",
    "Gruttokoorts is een meldingsplichtige ziekte (groep C): meld binnen 1 werkdag aan de GGD.",
])

# ---------------------------------------------------------------- achtergronden
h("Achtergronden", 1)
h("Begrippen", 2)
para("**Gruttokoorts:** acute koortsende infectie met de (fictieve) bacterie Limosia pratensis, "
     "gekenmerkt door koorts, kuitpijn en vaak een rode enkelring.")
para("**Rode enkelring:** een scherp begrensde, niet-jeukende rode band van 1 tot 3 cm breed rond "
     "één of beide enkels.^1^")
para("**Ernstige gruttokoorts:** gruttokoorts met een GRUT-score van 7 of hoger, of met een CRP > 100 mg/l.")
para("**Recidief:** een nieuwe episode van koorts met een positieve Limosia-PCR binnen 8 weken na "
     "het einde van een volledige behandeling.")
para("**Hoogrisicoberoep:** beroep met dagelijks contact met weidevogels of hun nesten, zoals "
     "weidevogelbeschermer, melkveehouder of slootwerker.")

h("Epidemiologie", 2)
para("De incidentie van gruttokoorts in de huisartsenpraktijk wordt geschat op 3,2 per 1000 patiënten "
     "per jaar. Een normpraktijk van 2350 patiënten ziet daarmee ongeveer 7 patiënten per jaar. "
     "De ziekte komt vooral voor in de maanden april tot en met juni, in het broedseizoen van weidevogels.")
para("Mannen worden vaker getroffen dan vrouwen (verhouding 1,4 : 1). Ongeveer 60% van de patiënten "
     "is jonger dan 40 jaar. Bij ongeveer 4% van de patiënten treden complicaties op, vooral "
     "nierfunctiestoornissen bij ouderen. Na een volledige behandeling krijgt 18% van de patiënten een recidief.")

h("Etiologie", 2)
para("Gruttokoorts wordt veroorzaakt door Limosia pratensis, een gramnegatieve staafvormige bacterie die "
     "voorkomt in de darm van weidevogels. Besmetting vindt plaats via contact van de handen met "
     "uitwerpselen van weidevogels en vervolgens met de mond. Overdracht van mens op mens is niet beschreven.")
para("De incubatietijd bedraagt 5 tot 12 dagen. Risicofactoren zijn een hoogrisicoberoep, "
     "verblijf in weidegebieden in het broedseizoen en een verminderde afweer, bijvoorbeeld door "
     "gebruik van prednison in een dosis van 20 mg/dag of meer.")

# ---------------------------------------------------------------- diagnostiek
h("Richtlijnen diagnostiek", 1)
h("Anamnese", 2)
para("Vraag naar:")
bullets([
    "duur en hoogte van de koorts;",
    "contact met weidevogels, nesten of uitwerpselen in de afgelopen 14 dagen en het beroep;",
    "pijn in de kuiten, vooral bij lopen en traplopen;",
    "een rode band rond de enkels;",
    "hoofdpijn, nekpijn, verwardheid of sufheid;",
    "afgenomen urineproductie;",
    "zwangerschap, nierfunctiestoornissen en gebruik van anticoagulantia of QT-verlengende middelen.",
])
h("Lichamelijk onderzoek", 2)
para("Meet de temperatuur, de pols, de bloeddruk en de ademfrequentie. Inspecteer beide enkels op een "
     "rode enkelring. Onderzoek de kuiten op drukpijn en palpeer de liezen op vergrote lymfeklieren. "
     "Onderzoek bij hoofdpijn op nekstijfheid.")
h("Aanvullend onderzoek", 2)
bullets([
    "Bepaal het CRP bij een GRUT-score van 4 of hoger. Een CRP > 100 mg/l wijst op een ernstig beloop.",
    "Vraag een Limosia-PCR op een keeluitstrijk aan bij een GRUT-score van 4 tot en met 6. "
    "De uitslag is meestal binnen 48 uur bekend.^2^",
    "Bepaal de eGFR bij ouderen > 70 jaar en bij bekende nierfunctiestoornissen vóór de start van ferolaxine.",
    "Een X-thorax en bloedkweken zijn in de huisartsenpraktijk niet zinvol.",
])

h("GRUT-score", 2)
para("De GRUT-score schat de kans op gruttokoorts bij een patiënt met koorts. Tel de punten op; "
     "de maximale score is 11 punten.^3^")
para("Tabel 2. Criteria van de GRUT-score", "Caption")
simple_table(["Criterium", "Punten"], [
    ["Koorts ≥ 38,5 °C langer dan 3 dagen", "2"],
    ["Contact met weidevogels of hun uitwerpselen in de afgelopen 14 dagen", "2"],
    ["Rode enkelring", "3"],
    ["Drukpijn van de kuiten", "1"],
    ["Leeftijd > 70 jaar", "1"],
    ["CRP > 100 mg/l", "2"],
])
para("Tabel 3. Scorebanden van de GRUT-score", "Caption")
simple_table(["Score", "Kans op gruttokoorts", "Beleid"], [
    ["0–3 punten", "laag (< 5%)", "Geen behandeling; zelfzorgadvies en controle bij aanhoudende koorts na 3 dagen"],
    ["4–6 punten", "intermediair (20–40%)", "CRP en Limosia-PCR; start behandeling bij positieve PCR"],
    ["7–11 punten", "hoog (> 75%)", "Start direct met behandeling, zonder de PCR af te wachten"],
])

# ---------------------------------------------------------------- alarm
h("Alarmsymptomen", 1)
para("Let bij elke patiënt met (vermoedelijke) gruttokoorts op de volgende alarmsymptomen:")
bullets([
    "nekstijfheid of ernstige hoofdpijn;",
    "verwardheid of sufheid;",
    "dyspneu met een ademfrequentie > 24/min;",
    "oligurie (minder dan 500 ml urine per 24 uur);",
    "petechiën of andere huidbloedingen;",
    "bij kinderen < 2 jaar: aanhoudend braken of weigeren van drinken;",
    "systolische bloeddruk < 100 mmHg.",
])

# ---------------------------------------------------------------- beleid
h("Beleid", 1)
h("Voorlichting", 2)
bullets([
    "Leg uit dat gruttokoorts niet van mens op mens wordt overgedragen; isolatie is niet nodig.",
    "De koorts daalt meestal binnen 72 uur na de start van de behandeling; de kuitpijn kan 2 tot 3 weken aanhouden.",
    "Adviseer de patiënt contact op te nemen als de koorts na 3 dagen behandeling niet gedaald is of bij alarmsymptomen.",
    "Adviseer handen wassen met zeep na werk in het weiland en het dragen van handschoenen bij het hanteren van nesten.",
    "Verwijs voor meer informatie naar de (fictieve) patiëntenfolder Gruttokoorts op de website van de werkgroep.",
])
h("Niet-medicamenteuze behandeling", 2)
para("Adviseer rust zolang de koorts aanhoudt en een vochtinname van minimaal 2 liter per dag bij "
     "volwassenen. Adviseer bij kinderen extra drinken in kleine hoeveelheden. Werkhervatting is "
     "mogelijk als de patiënt 24 uur koortsvrij is. Koude kompressen op de kuiten kunnen de pijn verlichten.")

h("Medicamenteuze behandeling", 2)
h("Eerste keus: ferolaxine", 3)
para("Behandel gruttokoorts met een GRUT-score van 7 of hoger, of met een positieve Limosia-PCR, met "
     "ferolaxine. Pas de dosis aan bij ouderen > 70 jaar en bij een verminderde nierfunctie (zie tabel 1).^4^")
h("Tweede keus: bremudine", 3)
para("Geef bremudine bij een allergie voor ferolaxine, bij zwangerschap en bij myasthenia gravis. "
     "Bremudine is niet geregistreerd voor kinderen jonger dan 8 jaar.")
h("Symptomatische behandeling: taskivol", 3)
para("Taskivol kan kortdurend worden gebruikt tegen koorts en spierpijn, naast de behandeling met "
     "ferolaxine of bremudine. Geef taskivol niet langer dan 5 dagen.")
h("Recidief en profylaxe: norvanetine", 3)
para("Behandel een recidief met norvanetine. Overweeg profylaxe met norvanetine alleen bij patiënten "
     "met een hoogrisicoberoep die eerder een recidief hadden.^5^")

para("Tabel 1. Doseringen bij gruttokoorts", "Caption")

DOSE_HEADER = ["Geneesmiddel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"]
DRUGS = [
    ("Ferolaxine\ntablet 250 mg, 500 mg; drank 50 mg/ml", [
        ["Volwassenen", "500 mg 3 dd", "10 dagen", "1500 mg/dag", "Innemen op een lege maag, 1 uur voor de maaltijd"],
        ["Ouderen > 70 jaar", "250 mg 3 dd", "10 dagen", "750 mg/dag", "Bepaal vooraf de eGFR"],
        ["Kinderen < 15 kg", "15 mg/kg/dag in 3 doses", "7 dagen", "225 mg/dag", "Als drank 50 mg/ml"],
        ["Kinderen 15–30 kg", "125 mg 3 dd", "7 dagen", "375 mg/dag", "Drank 50 mg/ml of halve tablet van 250 mg"],
        ["Kinderen > 30 kg", "250 mg 3 dd", "10 dagen", "750 mg/dag", "Tablet 250 mg"],
        ["eGFR 30–60 ml/min/1,73 m²", "500 mg 2 dd", "10 dagen", "1000 mg/dag", "—"],
        ["eGFR < 30 ml/min/1,73 m²", "250 mg 2 dd", "10 dagen", "500 mg/dag", "Controleer de eGFR na 5 dagen"],
        ["Zwangerschap", "Niet gebruiken", "—", "—", "Teratogeen in dieronderzoek; kies bremudine"],
    ]),
    ("Bremudine\ncapsule 100 mg", [
        ["Volwassenen", "eerste dag 400 mg, daarna 200 mg 1 dd", "7 dagen", "400 mg/dag", "Bij allergie voor ferolaxine"],
        ["Ouderen > 70 jaar", "eerste dag 200 mg, daarna 100 mg 1 dd", "7 dagen", "200 mg/dag", "Maak een ecg bij hartziekte (QT-verlenging)"],
        ["Kinderen ≥ 8 jaar en ≥ 30 kg", "4 mg/kg 1 dd", "7 dagen", "200 mg/dag", "Niet bij kinderen < 8 jaar"],
        ["eGFR < 30 ml/min/1,73 m²", "Geen dosisaanpassing", "7 dagen", "400 mg/dag", "—"],
        ["Zwangerschap (2e en 3e trimester)", "200 mg 1 dd", "7 dagen", "200 mg/dag", "In het 1e trimester alleen na overleg met de gynaecoloog"],
    ]),
    ("Taskivol\ntablet 400 mg; zetpil 100 mg, 200 mg", [
        ["Volwassenen", "400 mg 3–4 dd zo nodig", "maximaal 5 dagen", "1600 mg/dag", "Tegen koorts en spierpijn"],
        ["Ouderen > 70 jaar", "400 mg 2 dd zo nodig", "maximaal 3 dagen", "800 mg/dag", "Combineer met een maagbeschermer"],
        ["Kinderen < 15 kg", "10 mg/kg 3 dd (zetpil)", "maximaal 3 dagen", "30 mg/kg/dag", "Zetpil 100 mg"],
        ["Kinderen 15–30 kg", "200 mg 3 dd (zetpil)", "maximaal 3 dagen", "600 mg/dag", "Zetpil 200 mg"],
        ["Zwangerschap", "tot 20 weken: 400 mg 2 dd", "maximaal 2 dagen", "800 mg/dag", "Niet gebruiken vanaf 20 weken zwangerschap"],
    ]),
    ("Norvanetine\ntablet 50 mg", [
        ["Recidief, volwassenen", "50 mg 2 dd", "14 dagen", "100 mg/dag", "Evalueer het effect na 2 weken"],
        ["Profylaxe bij hoogrisicoberoep", "50 mg 1 dd", "tijdens het broedseizoen, maximaal 8 weken", "50 mg/dag", "Alleen na een eerder recidief"],
        ["eGFR < 30 ml/min/1,73 m²", "Gecontra-indiceerd", "—", "—", "Kies bij een recidief bremudine 7 dagen"],
    ]),
]
nrows = 1 + sum(len(r) for _, r in DRUGS)
t = doc.add_table(rows=nrows, cols=len(DOSE_HEADER))
t.style = "Table Grid"
for j, x in enumerate(DOSE_HEADER):
    set_cell(t.cell(0, j), x, bold=True)
mark_header(t.rows[0])
r = 1
for drug, rows in DRUGS:
    first = r
    for row in rows:
        for j, x in enumerate(row, start=1):
            set_cell(t.cell(r, j), x)
        r += 1
    name, form = drug.split("\n")
    top = t.cell(first, 0).merge(t.cell(r - 1, 0))
    top.text = ""
    top.paragraphs[0].add_run(name).bold = True
    top.add_paragraph(form)

para("dd = maal per dag; eGFR in ml/min/1,73 m²; — = niet van toepassing. "
     "Doseringen bij kinderen gelden voor kinderen vanaf 3 maanden.")

# ---------------------------------------------------------------- zwangerschap
h("Zwangerschap en borstvoeding", 1)
para("Ferolaxine is gecontra-indiceerd tijdens de hele zwangerschap, omdat het in dieronderzoek "
     "teratogeen was.^6^ Bremudine is in het 2e en 3e trimester het middel van keuze; overleg in het "
     "1e trimester met de gynaecoloog. Taskivol mag tot 20 weken zwangerschap kortdurend worden "
     "gebruikt, maar niet vanaf 20 weken zwangerschap. Norvanetine is tijdens de zwangerschap niet onderzocht "
     "en wordt afgeraden.")
para("Tijdens de borstvoeding mag ferolaxine worden gebruikt; het gaat in geringe mate over in de "
     "moedermelk. Norvanetine wordt tijdens de borstvoeding ontraden. Taskivol mag bij borstvoeding "
     "in de laagste dosering worden gebruikt.")

# ---------------------------------------------------------------- CI en interacties
h("Contra-indicaties en interacties", 1)
h("Contra-indicaties", 2)
bullets([
    "**Ferolaxine:** zwangerschap, ernstige leverfunctiestoornis (Child-Pugh C) en myasthenia gravis.",
    "**Bremudine:** verlengd QT-interval (QTc > 470 ms) en kinderen < 8 jaar.",
    "**Taskivol:** actief maagulcus, eGFR < 30 ml/min/1,73 m² en zwangerschap vanaf 20 weken.",
    "**Norvanetine:** eGFR < 30 ml/min/1,73 m², epilepsie en borstvoeding.",
])
h("Interacties", 2)
bullets([
    "Ferolaxine versterkt het effect van acenocoumarol en fenprocoumon: controleer de INR binnen 3 dagen na de start van ferolaxine.",
    "Ijzerpreparaten en antacida verminderen de opname van ferolaxine: neem ferolaxine 2 uur vóór of 4 uur na deze middelen in.",
    "Vermijd de combinatie van bremudine met andere QT-verlengende middelen, zoals sotalol en citalopram.",
    "Bremudine verhoogt de spiegel van simvastatine: onderbreek simvastatine tijdens de kuur met bremudine.",
    "Norvanetine verhoogt de lithiumspiegel: bepaal de lithiumspiegel na 1 week.",
    "Combineer taskivol niet met methotrexaat.",
])

# ---------------------------------------------------------------- controles
h("Controles", 1)
bullets([
    "Neem 72 uur na de start van de behandeling telefonisch contact op om te controleren of de koorts gedaald is.",
    "Controleer de eGFR na 5 dagen bij ouderen > 70 jaar en bij een eGFR < 30 ml/min/1,73 m².",
    "Plan een controleconsult na 2 weken bij aanhoudende kuitpijn of vermoeidheid.",
    "Bepaal het CRP opnieuw na 6 weken bij patiënten met een CRP > 100 mg/l bij de diagnose.",
    "Evalueer profylaxe met norvanetine elke 4 weken.",
])

# ---------------------------------------------------------------- verwijzing
h("Consultatie en verwijzing", 1)
para("Verwijs met spoed (dezelfde dag) naar de internist bij:")
numbered([
    "een of meer alarmsymptomen;",
    "een GRUT-score van 7 of hoger bij een zwangere vrouw;",
    "koorts bij een kind jonger dan 3 maanden na contact met weidevogels;",
    "gruttokoorts bij een patiënt met een verminderde afweer.",
])
para("Overleg met de internist-infectioloog bij:")
numbered([
    "geen verbetering 72 uur na de start van ferolaxine;",
    "een tweede recidief binnen 6 maanden;",
    "een eGFR < 30 ml/min/1,73 m² in combinatie met een ernstige gruttokoorts.",
])
para("Meld gruttokoorts (meldingsplicht groep C) binnen 1 werkdag aan de GGD; het laboratorium meldt "
     "een positieve PCR ook zelf.")

# ---------------------------------------------------------------- noten
h("Noten", 1)
para("^1^ Een rode enkelring komt voor bij ongeveer 65% van de patiënten en verschijnt meestal op dag 2 tot 4 van de ziekte.")
para("^2^ De Limosia-PCR heeft in een fictieve validatiestudie een sensitiviteit van 94% en een specificiteit van 97%.")
para("^3^ De GRUT-score werd afgeleid in een fictief cohort van 1240 patiënten; bij een afkappunt van 4 punten "
     "was de sensitiviteit 88% en de specificiteit 71%.")
para("^4^ De doseringen bij kinderen zijn gebaseerd op een fictief farmacokinetisch onderzoek bij 86 kinderen van 3 maanden tot 12 jaar.")
para("^5^ Profylaxe met norvanetine verminderde het recidiefrisico van 18% naar 6% in een fictief gerandomiseerd onderzoek.")
para("^6^ In dieronderzoek bij ratten traden skeletafwijkingen op bij een dosis van 10 keer de humane dosis.")

doc.save(OUT)
