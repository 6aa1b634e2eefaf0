#!/usr/bin/python3
# Writes the fictional guideline FT-164 (Plevierkoorts) as a Word .docx with
# python-docx (Debian python3-docx 0.8.11), using only the built-in styles of
# python-docx's default template: Title, Heading 1/2/3, List Bullet,
# List Number, Caption, Table Grid and Normal.
# FICTIEF testdocument, geen medisch advies.
import datetime
import sys

import docx
from docx.shared import Pt

out = sys.argv[1] if len(sys.argv) > 1 else "ft164.docx"
FIXED = datetime.datetime(2026, 6, 1, 9, 0, 0)

d = docx.Document()
cp = d.core_properties
cp.title = "Fictieve Standaard Plevierkoorts (FT-164)"
cp.author = "Werkgroep Fictieve Standaarden"
cp.last_modified_by = "Werkgroep Fictieve Standaarden"
cp.created = FIXED
cp.modified = FIXED
cp.revision = 1
cp.language = "nl-NL"


def para(*parts, style=None):
    """parts: plain strings, ('b', text) bold, ('i', text) italic, ('n', '1') note mark."""
    p = d.add_paragraph(style=style)
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            kind, text = part
            r = p.add_run(text)
            if kind == "b":
                r.bold = True
            elif kind == "i":
                r.italic = True
            elif kind == "n":
                r.font.superscript = True
    return p


def bullet(*parts):
    return para(*parts, style="List Bullet")


def number(*parts):
    return para(*parts, style="List Number")


def h(text, level):
    return d.add_heading(text, level)


def table(rows, header_bold=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            run = cell.paragraphs[0].add_run(val)
            if i == 0 and header_bold:
                run.bold = True
    return t


# ---------------------------------------------------------------- title page
d.add_heading("Fictieve Standaard Plevierkoorts (FT-164)", 0)
para(("b", "FICTIEF testdocument, geen medisch advies."),
     " Alle ziektebeelden, geneesmiddelen, cijfers en aanbevelingen in deze standaard zijn verzonnen "
     "en dienen uitsluitend om software te testen.")
para("Versie 1.0, vastgesteld 1 juni 2026. Werkgroep Fictieve Standaarden.")

# ---------------------------------------------------------------- Kernboodschappen
h("Kernboodschappen", 1)
bullet("Plevierkoorts is een fictieve bacteriële infectie door Charadriella ventosa, opgelopen via stof uit "
       "broedgebieden van weidevogels; de incubatietijd is 4 tot 10 dagen.")
bullet("Denk aan plevierkoorts bij koorts met droge hoest en kuitpijn na verblijf in een weidevogelgebied "
       "in de afgelopen 14 dagen.")
bullet("Bepaal de PLEV-score; bij een score van 6 of hoger is behandeling met mirtovaxine aangewezen "
       "zonder aanvullend onderzoek af te wachten.")
bullet("Mirtovaxine is eerste keus; halbrentine is tweede keus bij allergie voor of intolerantie van mirtovaxine.")
bullet("Verwijs met spoed bij alarmsymptomen, zoals dyspneu in rust of verwardheid.")
bullet("Beoordeel het effect van de behandeling na 72 uur en controleer na 2 weken of de klachten verdwenen zijn.")

# ---------------------------------------------------------------- Achtergronden
h("Achtergronden", 1)
h("Begrippen", 2)
bullet(("b", "Plevierkoorts:"), " acute koortsende infectie door Charadriella ventosa met droge hoest, "
       "kuitpijn en soms een stippelvormige huiduitslag op de romp.")
bullet(("b", "Plevierstippen:"), " kleine, niet-jeukende rode stippen van 1 tot 3 mm op borst en rug, "
       "die bij druk niet verdwijnen en binnen 5 dagen verbleken.")
bullet(("b", "Recidief:"), " terugkeer van koorts en hoest binnen 8 weken na een volledig afgeronde "
       "behandeling, na een klachtenvrije periode van ten minste 7 dagen.")
bullet(("b", "Gecompliceerde plevierkoorts:"), " plevierkoorts met pneumonie, een zuurstofsaturatie "
       "onder 94% of tekenen van nierfunctieverlies (eGFR-daling van meer dan 25%).")
bullet(("b", "Weidevogelgebied:"), " grasland of kwelder waar in het broedseizoen (maart tot en met juli) "
       "kieviten, grutto's of plevieren broeden.")

h("Epidemiologie", 2)
para("In de fictieve huisartsenregistratie bedraagt de incidentie van plevierkoorts 3,2 per 1000 "
     "patiënten per jaar, met een piek in april en mei. Bij boeren, natuurbeheerders en vogelaars is de "
     "incidentie ongeveer vijfmaal zo hoog (16 per 1000 per jaar). Mannen en vrouwen worden even vaak getroffen. "
     "Een normale huisartsenpraktijk met 2350 patiënten ziet jaarlijks 7 tot 8 nieuwe gevallen.", ("n", "1"))
para("Ongeveer 4% van de patiënten ontwikkelt een gecompliceerd beloop; bij patiënten ouder dan 70 jaar is dat 11%. "
     "Een recidief treedt op bij 6% van de behandelde patiënten.")

h("Etiologie", 2)
para("Charadriella ventosa is een fictieve gramnegatieve staaf die zich in de darm van weidevogels handhaaft "
     "zonder de vogels ziek te maken. De bacterie overleeft tot 3 weken in opgedroogde mest en nestmateriaal. "
     "Besmetting vindt plaats door inademing van opwaaiend stof, vooral bij maaien, hooien en het plaatsen "
     "van nestbeschermers. Overdracht van mens op mens is niet beschreven.")
para("Risicofactoren voor een ernstig beloop zijn leeftijd boven 70 jaar, chronisch longlijden, diabetes "
     "mellitus en een verminderde nierfunctie (eGFR < 60 ml/min/1,73 m²).")

# ---------------------------------------------------------------- Diagnostiek
h("Richtlijnen diagnostiek", 1)
h("Anamnese", 2)
para("Vraag bij koorts met hoest naar:")
bullet("verblijf in een weidevogelgebied of werk met hooi en nestmateriaal in de afgelopen 14 dagen;")
bullet("duur en hoogte van de koorts;")
bullet("droge hoest, kortademigheid en pijn bij het zuchten;")
bullet("spierpijn, vooral in de kuiten;")
bullet("huiduitslag op de romp;")
bullet("comorbiditeit (longziekte, diabetes, nierfunctiestoornis) en medicatiegebruik;")
bullet("zwangerschap of borstvoeding.")

h("Lichamelijk onderzoek", 2)
para("Meet temperatuur, pols, ademfrequentie en zuurstofsaturatie. Let op plevierstippen op borst en rug. "
     "Ausculteer de longen; crepitaties wijzen op een pneumonie. Druk op de kuiten: drukpijn aan beide kuiten "
     "past bij plevierkoorts. Beoordeel bij ouderen het bewustzijn.")

h("Aanvullend onderzoek", 2)
para("Aanvullend onderzoek is alleen zinvol bij een PLEV-score van 3 tot en met 5. Bepaal dan het CRP en doe "
     "een plevier-sneltest (PLV-antigeentest) in urine. Een CRP boven 50 mg/l of een positieve sneltest "
     "bevestigt de diagnose. De sneltest heeft een sensitiviteit van 82% en een specificiteit van 95%.", ("n", "2"))
para("Bepaal vóór de start van mirtovaxine de eGFR bij patiënten ouder dan 70 jaar en bij bekende "
     "nierfunctiestoornis. Een X-thorax is alleen geïndiceerd bij verdenking op een pneumonie met een "
     "saturatie onder 94%.")

h("PLEV-score", 2)
para("De PLEV-score schat de kans op plevierkoorts bij een patiënt met koorts en hoest. Tel de punten op; de "
     "maximale score is 9.")
para("Tabel 1. Criteria van de PLEV-score", style="Caption")
table([
    ["Criterium", "Punten"],
    ["Koorts ≥ 38,5 °C", "2"],
    ["Verblijf in weidevogelgebied in de afgelopen 14 dagen", "2"],
    ["Plevierstippen op de romp", "2"],
    ["Droge hoest", "1"],
    ["Drukpijn aan beide kuiten", "1"],
    ["Leeftijd > 60 jaar", "1"],
])
para("Tabel 2. Scorebanden van de PLEV-score", style="Caption")
table([
    ["Score", "Kans op plevierkoorts", "Beleid"],
    ["0–2", "< 5%", "geen behandeling; andere oorzaak zoeken"],
    ["3–5", "ongeveer 30%", "CRP en sneltest; behandelen bij CRP > 50 mg/l of positieve sneltest"],
    ["6–9", "> 70%", "direct starten met mirtovaxine"],
])

# ---------------------------------------------------------------- Alarmsymptomen
h("Alarmsymptomen", 1)
para("Bij de volgende alarmsymptomen is spoedbeoordeling nodig (binnen 1 uur):")
bullet("dyspneu in rust of een ademfrequentie boven 30 per minuut;")
bullet("zuurstofsaturatie onder 92%;")
bullet("verwardheid of sufheid;")
bullet("systolische bloeddruk onder 90 mmHg;")
bullet("oligurie (minder dan 500 ml urine per 24 uur);")
bullet("bij kinderen: intrekkingen, kreunen of drinkweigering.")

# ---------------------------------------------------------------- Beleid
h("Beleid", 1)
h("Voorlichting", 2)
para("Leg uit dat plevierkoorts niet besmettelijk is voor huisgenoten. De koorts daalt meestal binnen 48 tot "
     "72 uur na de start van mirtovaxine; de hoest kan tot 3 weken aanhouden. Adviseer de patiënt terug te "
     "komen als de koorts na 72 uur niet daalt of als alarmsymptomen optreden.")
para("Preventie: draag bij maaien, hooien en werk aan nesten een FFP2-stofmasker en bevochtig droog "
     "nestmateriaal voor het verwijderen. Was na afloop handen en gezicht.")

h("Niet-medicamenteuze behandeling", 2)
para("Adviseer voldoende te drinken (ten minste 2 liter per dag voor volwassenen) en lichamelijke rust "
     "zolang de koorts aanhoudt. Stoominhalaties hebben geen aangetoonde meerwaarde. Werkhervatting is "
     "mogelijk als de patiënt 24 uur koortsvrij is.")

h("Medicamenteuze behandeling", 2)
para("Behandel bij een PLEV-score van 6 of hoger, of bij een score van 3 tot en met 5 met een CRP boven 50 mg/l "
     "of een positieve sneltest. Zie Tabel 3 voor de doseringen.")

h("Eerste keus: mirtovaxine", 3)
para("Mirtovaxine is een fictief antibioticum uit de groep van de vaxinen. Geef mirtovaxine gedurende 7 dagen; "
     "bij een eGFR < 30 ml/min/1,73 m² gedurende 10 dagen in een verlaagde dosis. In het eerste trimester van "
     "de zwangerschap is mirtovaxine gecontra-indiceerd; in het tweede en derde trimester is een kuur van "
     "5 dagen voldoende.", ("n", "3"))

h("Tweede keus: halbrentine", 3)
para("Geef halbrentine bij allergie voor of intolerantie van mirtovaxine. Halbrentine heeft een lange "
     "halfwaardetijd; een kuur van 5 dagen volstaat. Halbrentine verlengt het QT-interval.")

h("Symptomatische behandeling: sorvadol", 3)
para("Sorvadol (een fictief NSAID-achtig middel) kan worden gegeven bij koorts en spierpijn, zo nodig en zo kort "
     "mogelijk. Geef kinderen onder 15 kg geen sorvadol; gebruik dan paracetamol volgens de gebruikelijke dosering.")

h("Recidief: quintaprine", 3)
para("Behandel een recidief opnieuw met mirtovaxine en geef daarna profylaxe met quintaprine gedurende "
     "3 maanden. Quintaprine is niet onderzocht bij kinderen jonger dan 12 jaar.", ("n", "4"))

para("Tabel 3. Doseringen bij plevierkoorts", style="Caption")

MIRT = ("Mirtovaxine", "tablet 250 mg, 500 mg; drank 50 mg/ml")
HALB = ("Halbrentine", "tablet 100 mg; suspensie 20 mg/ml")
SORV = ("Sorvadol", "tablet 400 mg; zetpil 250 mg")
QUIN = ("Quintaprine", "tablet 50 mg")
DASH = "—"
dose_groups = [
    (MIRT, [
        ["Volwassenen", "500 mg 2 dd", "7 dagen", "1000 mg/dag", "innemen tijdens de maaltijd"],
        ["Ouderen > 70 jaar", "250 mg 2 dd", "7 dagen", "500 mg/dag", "bepaal vooraf de eGFR"],
        ["eGFR 30–60", "375 mg 2 dd", "7 dagen", "750 mg/dag", "eGFR na 5 dagen herhalen"],
        ["eGFR < 30", "250 mg 1 dd", "10 dagen", "250 mg/dag", "niet bij dialyse; overleg internist"],
        ["Kinderen < 15 kg", "15 mg/kg/dag in 2 doses", "7 dagen", "300 mg/dag", "drank 50 mg/ml"],
        ["Kinderen 15–30 kg", "200 mg 2 dd", "7 dagen", "400 mg/dag", "drank 50 mg/ml (4 ml 2 dd)"],
        ["Kinderen 30–45 kg", "300 mg 2 dd", "7 dagen", "600 mg/dag", "drank 50 mg/ml (6 ml 2 dd)"],
        ["Zwangerschap (2e en 3e trimester)", "500 mg 2 dd", "5 dagen", "1000 mg/dag", "gecontra-indiceerd in 1e trimester"],
    ]),
    (HALB, [
        ["Volwassenen", "dag 1: 200 mg 1 dd, daarna 100 mg 1 dd", "5 dagen", "200 mg/dag", "ECG bij QT-verlengende comedicatie"],
        ["Ouderen > 70 jaar", "100 mg 1 dd", "5 dagen", "100 mg/dag", "ook op dag 1 niet ophogen"],
        ["eGFR < 30", "100 mg om de dag", "10 dagen (5 doses)", "100 mg per 48 uur", DASH],
        ["Kinderen ≥ 6 maanden en < 20 kg", "5 mg/kg 1 dd", "5 dagen", "100 mg/dag", "suspensie 20 mg/ml"],
        ["Kinderen 20–40 kg", "150 mg 1 dd", "5 dagen", "150 mg/dag", "tablet mag worden fijngemaakt"],
        ["Zwangerschap", DASH, DASH, DASH, "gecontra-indiceerd; kies mirtovaxine (niet in 1e trimester)"],
    ]),
    (SORV, [
        ["Volwassenen", "400 mg 3 dd zo nodig", "max. 5 dagen", "1200 mg/dag", "innemen met voedsel"],
        ["Ouderen > 70 jaar", "400 mg 2 dd zo nodig", "max. 3 dagen", "800 mg/dag", "overweeg maagbescherming"],
        ["Kinderen 15–30 kg", "zetpil 250 mg 2 dd", "max. 3 dagen", "500 mg/dag", "niet onder 15 kg"],
        ["Zwangerschap tot 20 weken", "400 mg 2 dd zo nodig", "max. 3 dagen", "800 mg/dag", "gecontra-indiceerd vanaf 20 weken"],
    ]),
    (QUIN, [
        ["Volwassenen (recidiefprofylaxe)", "50 mg 1 dd", "3 maanden", "50 mg/dag", "start na afronden van de kuur"],
        ["eGFR < 30", "50 mg om de dag", "3 maanden", "50 mg per 48 uur", "kaliumcontrole na 4 weken"],
        ["Kinderen < 12 jaar", DASH, DASH, DASH, "niet onderzocht; niet gebruiken"],
    ]),
]

n_rows = 1 + sum(len(rows) for _, rows in dose_groups)
t = d.add_table(rows=n_rows, cols=6)
t.style = "Table Grid"
for j, head in enumerate(["Geneesmiddel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"]):
    t.cell(0, j).paragraphs[0].add_run(head).bold = True
r = 1
for (name, forms), rows in dose_groups:
    first = r
    for row in rows:
        for j, val in enumerate(row, start=1):
            t.cell(r, j).paragraphs[0].add_run(val)
        r += 1
    # drug name and forms in the first row of the group, then merge the drug
    # cell over all rows of the group (Word: vertically merged cell)
    p = t.cell(first, 0).paragraphs[0]
    p.add_run(name).bold = True
    p.add_run().add_break()
    p.add_run(forms)
    t.cell(first, 0).merge(t.cell(r - 1, 0))

para(("i", "Legenda:"), " dd = maal per dag; eGFR in ml/min/1,73 m²; — = niet van toepassing. Bij kinderen "
     "nooit de maximale dosis voor volwassenen overschrijden.")

# ---------------------------------------------------------------- Zwangerschap
h("Zwangerschap en borstvoeding", 1)
para("In het eerste trimester is geen van de middelen veilig gebleken; overleg bij plevierkoorts in het eerste "
     "trimester met de gynaecoloog. In het tweede en derde trimester is mirtovaxine 500 mg 2 dd gedurende 5 dagen "
     "het middel van keus. Halbrentine is gedurende de hele zwangerschap gecontra-indiceerd. Sorvadol mag tot "
     "20 weken zwangerschap kortdurend worden gebruikt.")
para("Bij borstvoeding kan mirtovaxine in de normale dosering worden gegeven; het gaat in geringe mate over in de "
     "moedermelk. Halbrentine en quintaprine worden tijdens de borstvoeding ontraden.")

# ---------------------------------------------------------------- Contra-indicaties
h("Contra-indicaties", 1)
bullet(("b", "Mirtovaxine:"), " overgevoeligheid voor vaxinen, eerste trimester van de zwangerschap, dialyse.")
bullet(("b", "Halbrentine:"), " zwangerschap, verlengd QT-interval (QTc > 470 ms), ernstige leverfunctiestoornis.")
bullet(("b", "Sorvadol:"), " actief maagulcus, ernstig hartfalen, zwangerschap vanaf 20 weken, kinderen onder 15 kg.")
bullet(("b", "Quintaprine:"), " hyperkaliëmie (kalium > 5,5 mmol/l), kinderen jonger dan 12 jaar.")

# ---------------------------------------------------------------- Interacties
h("Interacties", 1)
bullet("Mirtovaxine verhoogt de spiegel van ciclosporine; halveer de dosis ciclosporine en controleer de spiegel na 3 dagen.")
bullet("Mirtovaxine niet gelijktijdig innemen met ijzerpreparaten of antacida; houd 2 uur afstand.")
bullet("Halbrentine niet combineren met andere QT-verlengende middelen, zoals sotalol of erytromycine.")
bullet("Sorvadol versterkt het effect van orale anticoagulantia; controleer de INR binnen 5 dagen.")
bullet("Quintaprine met kaliumsparende diuretica of ACE-remmers geeft kans op hyperkaliëmie; controleer kalium na 1 week.")

# ---------------------------------------------------------------- Controles
h("Controles", 1)
bullet(("b", "Na 72 uur:"), " telefonische controle; bij aanhoudende koorts herbeoordelen en overwegen over te stappen op halbrentine.")
bullet(("b", "Na 5 dagen:"), " eGFR herhalen bij patiënten met een eGFR 30–60 die mirtovaxine gebruiken.")
bullet(("b", "Na 2 weken:"), " controleconsult; hoest mag nog aanwezig zijn, koorts niet.")
bullet(("b", "Na 6 weken:"), " bij aanhoudende hoest een X-thorax aanvragen.")
bullet(("b", "Na 4 weken quintaprine:"), " kalium en eGFR controleren.")

# ---------------------------------------------------------------- Verwijzing
h("Consultatie en verwijzing", 1)
para("Verwijs met spoed (binnen 24 uur) naar de internist of longarts bij:")
number("een of meer alarmsymptomen;")
number("gecompliceerde plevierkoorts met saturatie onder 94%;")
number("geen koortsdaling na 72 uur behandeling met halbrentine;")
number("zwangere vrouwen met plevierkoorts in het eerste trimester (naar de gynaecoloog).")
para("Overleg met de kinderarts bij:")
number("kinderen jonger dan 6 maanden met verdenking op plevierkoorts;")
number("kinderen met een PLEV-score van 6 of hoger en drinkweigering;")
number("een recidief bij een kind.")
para("Meld een cluster van 3 of meer patiënten uit hetzelfde gebied binnen 2 weken aan de GGD.")

# ---------------------------------------------------------------- Noten
h("Noten", 1)
para(("n", "1"), " De incidentiecijfers zijn ontleend aan de fictieve registratie PLEVREG 2020–2024 met 118.000 patiënten.")
para(("n", "2"), " De sneltest is in de eerste 48 uur van de ziekte minder betrouwbaar (sensitiviteit 64%).")
para(("n", "3"), " In het fictieve PLEV-1-onderzoek was een kuur van 7 dagen even effectief als een kuur van 10 dagen bij een normale nierfunctie.")
para(("n", "4"), " Quintaprine halveerde in het fictieve PLEV-3-onderzoek het aantal recidieven binnen een jaar (van 12% naar 6%).")

d.save(out)
