#!/usr/bin/env python3
# Writes the FICTIONAL guideline workbook FT-126 (Slootkantkoorts) as .xlsx
# the way a guideline group / practice nurse would keep it in a spreadsheet.
import sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

out = sys.argv[1] if len(sys.argv) > 1 else "slootkantkoorts.xlsx"

TITLE = "Fictieve Standaard Slootkantkoorts (FT-126)"
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAPC = Alignment(wrap_text=True, vertical="center")
YELLOW = PatternFill("solid", fgColor="FFF2CC")
RED = PatternFill("solid", fgColor="F8CBAD")
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")


def page_setup(ws, landscape=False, title_rows=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.9
    ws.page_margins.header = ws.page_margins.footer = 0.4
    ws.oddHeader.left.text = "&A"
    ws.oddHeader.center.text = TITLE
    ws.oddHeader.right.text = "Pagina &P van &N"
    ws.oddFooter.left.text = "FICTIEF - geen medisch advies"
    ws.oddFooter.right.text = "Versie 1.0, maart 2026"
    if title_rows:
        ws.print_title_rows = title_rows


def est_height(text, width_chars, pt=17.0):
    # the spreadsheet does not auto-fit on import: set a row height that
    # leaves room for the wrapped lines (as one does by hand in the sheet)
    import textwrap
    lines = len(textwrap.wrap(text, int(width_chars * 0.84))) or 1
    return lines * pt + 3


wb = Workbook()

# ---------------------------------------------------------------- sheet 1
ws = wb.active
ws.title = "Richtlijn"
ws.column_dimensions["A"].width = 7
ws.column_dimensions["B"].width = 92
page_setup(ws)
TW = 92
r = 1


def row(label, text, kind="p", fill=None):
    global r
    a = ws.cell(row=r, column=1, value=label)
    b = ws.cell(row=r, column=2, value=text)
    a.alignment = Alignment(vertical="top")
    b.alignment = WRAP
    if kind == "h1":
        a.font = b.font = Font(bold=True, size=13)
        ws.row_dimensions[r].height = 22
    elif kind == "h2":
        a.font = b.font = Font(bold=True, size=11)
        ws.row_dimensions[r].height = 18
    else:
        ws.row_dimensions[r].height = est_height(text, TW)
    if fill:
        a.fill = b.fill = fill
        a.border = Border(left=thin)
        b.border = Border(right=thin)
    r += 1


def blank():
    global r
    r += 1


c = ws.cell(row=r, column=1, value=TITLE)
c.font = Font(bold=True, size=16)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
ws.row_dimensions[r].height = 26
r += 1
c = ws.cell(row=r, column=1, value="Versie 1.0, maart 2026. Werkgroep Slootkantkoorts (fictief).")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
c.font = Font(italic=True)
r += 1
c = ws.cell(row=r, column=1, value=(
    "FICTIEF TESTDOCUMENT - geen medisch advies. Alle namen van ziekten, verwekkers, "
    "geneesmiddelen en scores in dit werkboek zijn verzonnen. Tabblad KROOS-score bevat "
    "tabel 1 en 2, tabblad Doseringen bevat tabel 3."))
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
c.alignment = WRAPC
c.fill = GREY
c.border = box
ws.row_dimensions[r].height = 50
r += 2

row("", "Kernboodschappen", "h1", YELLOW)
for t in [
    "Slootkantkoorts is een infectie met de bacterie Fossavibrio paludis, die wordt opgelopen "
    "via contact met slootwater, kroos of slootmodder en vooral voorkomt van juni tot en met september.",
    "Denk aan slootkantkoorts bij koorts met kuitpijn binnen 21 dagen na contact met oppervlaktewater.",
    "Schat de kans op slootkantkoorts met de KROOS-score. Bij 5 punten of meer start de huisarts "
    "direct met behandeling, zonder aanvullend onderzoek.",
    "Doe bij een KROOS-score van 3 of 4 punten een slootkantkoorts-antigeensneltest (SKAT).",
    "Eerste keus is dravoxine, tweede keus is melcitrol; sarpanide is het voorkeursmiddel in het derde trimester van de zwangerschap.",
    "Orbenazol wordt afgeraden vanwege het risico op ernstige leverschade.",
    "Verwijs direct bij alarmsymptomen, zoals geelzucht, oligurie of nekstijfheid.",
]:
    row("•", t, fill=YELLOW)
blank()

row("1", "Inleiding", "h1")
row("", "Deze fictieve standaard geeft richtlijnen voor de diagnostiek en het beleid bij slootkantkoorts "
        "bij kinderen en volwassenen in de huisartsenpraktijk. De standaard is bedoeld voor huisartsen, "
        "praktijkondersteuners en doktersassistenten. De standaard gaat niet over de behandeling van "
        "gecompliceerde slootkantkoorts in het ziekenhuis.")
blank()

row("2", "Achtergronden", "h1")
row("2.1", "Begrip", "h2")
row("", "Slootkantkoorts is een acute koortsende ziekte na contact met zoet oppervlaktewater. De ziekte "
        "wordt gekenmerkt door koorts, hevige pijn in beide kuiten, rode ogen zonder afscheiding en "
        "ringvormige vlekken op de onderarmen (slootkantvlekken).")
row("2.2", "Verwekker", "h2")
row("", "De verwekker is Fossavibrio paludis, een kommavormige gramnegatieve bacterie die leeft in kroos "
        "en slootmodder. Waterratten en meerkoeten vormen het belangrijkste reservoir. Besmetting vindt "
        "plaats via kleine huidwondjes of via de slijmvliezen van oog en mond. Overdracht van mens op mens "
        "is nooit beschreven.")
row("", "De incubatietijd is 4 tot 21 dagen, gemiddeld 9 dagen. De bacterie overleeft niet in zout water "
        "en niet in gechloreerd zwemwater.")
row("2.3", "Epidemiologie", "h2")
row("", "In Nederland worden jaarlijks naar schatting 1800 patiënten met slootkantkoorts gezien in de "
        "huisartsenpraktijk, ongeveer 1 patiënt per normpraktijk per jaar [1]. De incidentie is het hoogst "
        "in juli en augustus. Risicogroepen zijn slootwerkers, sportvissers, kanovaarders, veehouders en "
        "kinderen die in sloten spelen. Bij mannen komt de aandoening ruim twee keer zo vaak voor als bij vrouwen.")
row("2.4", "Beloop", "h2")
row("", "Bij de meeste patiënten verdwijnt de koorts binnen 7 tot 10 dagen, ook zonder behandeling. De "
        "kuitpijn kan tot 6 weken aanhouden. Bij ongeveer 3% van de patiënten ontstaat een gecompliceerd "
        "beloop met hepatitis, acute nierschade of meningitis. Complicaties treden vooral op bij patiënten "
        "van 65 jaar en ouder en bij zwangeren. Na een doorgemaakte infectie bestaat ongeveer 5 jaar immuniteit.")
blank()

row("3", "Richtlijnen diagnostiek", "h1")
row("3.1", "Anamnese", "h2")
row("", "Vraag bij koorts of kuitpijn na mogelijk contact met oppervlaktewater naar:")
for t in [
    "contact met slootwater, kroos of modder in de afgelopen 21 dagen (werk, hobby, val in een sloot);",
    "begin en hoogte van de koorts;",
    "pijn in de kuiten, vooral bij lopen of traplopen;",
    "rode of branderige ogen;",
    "huiduitslag op armen of benen;",
    "donkere urine, minder plassen of geel zien;",
    "hoofdpijn, nekstijfheid of sufheid;",
    "zwangerschap of borstvoeding;",
    "bekende nierfunctiestoornis en gebruik van geneesmiddelen.",
]:
    row("-", t)
row("3.2", "Lichamelijk onderzoek", "h2")
row("", "Meet temperatuur, pols, bloeddruk en ademfrequentie. Beoordeel de conjunctivae op roodheid "
        "zonder afscheiding. Palpeer beide kuiten: drukpijn van beide kuiten is kenmerkend; eenzijdige "
        "kuitpijn met zwelling past eerder bij een diepveneuze trombose.")
row("", "Inspecteer de onderarmen op slootkantvlekken: ringvormige, licht schilferende vlekken van 1 tot 3 cm "
        "met een bleek centrum. Let op icterus, petechiën en meningeale prikkeling.")
row("3.3", "KROOS-score", "h2")
row("", "Bepaal bij vermoeden van slootkantkoorts de KROOS-score (tabblad KROOS-score, tabel 1). "
        "De score telt vijf criteria en een leeftijdspunt op en loopt van 0 tot 8 punten. Het beleid per "
        "scoreklasse staat in tabel 2 op hetzelfde tabblad.")
row("", "De KROOS-score is niet gevalideerd bij kinderen jonger dan 4 jaar; beoordeel hen op het klinische beeld.")
row("3.4", "Aanvullend onderzoek", "h2")
row("", "De SKAT is een vingerpriktest die binnen 15 minuten een uitslag geeft. De sensitiviteit is 88% en "
        "de specificiteit 94% vanaf dag 3 na het begin van de koorts [2]. In de eerste 2 dagen van de koorts "
        "is de SKAT vaak vals-negatief; herhaal de test dan na 48 uur.")
row("", "Bepaal het serumcreatinine (eGFR) vóór het starten van medicatie bij patiënten van 70 jaar en ouder, "
        "bij een bekende nierfunctiestoornis en bij verminderde urineproductie.")
row("", "Een CRP-bepaling heeft geen toegevoegde waarde bij de diagnose slootkantkoorts. Een PCR op urine "
        "is alleen in de tweede lijn beschikbaar.")
row("3.5", "Alarmsymptomen", "h2")
row("", "Kader 1. Alarmsymptomen bij slootkantkoorts", fill=RED)
for t in [
    "geelzucht (icterus);",
    "oligurie (minder dan 500 ml urine per 24 uur) of anurie;",
    "nekstijfheid, sufheid of verwardheid;",
    "slijmvliesbloedingen of petechiën;",
    "kortademigheid of bloederig opgeven van sputum;",
    "systolische bloeddruk lager dan 90 mmHg.",
]:
    row("!", t, fill=RED)
row("3.6", "Differentiële diagnose", "h2")
row("", "Denk aan influenza, een tekenbeetkoorts, een diepveneuze trombose (eenzijdige kuitpijn) en "
        "hitte-uitputting na werken in de zon. Bij een reis naar de tropen in de afgelopen 3 weken moet "
        "ook aan malaria worden gedacht.")
blank()

row("4", "Richtlijnen beleid", "h1")
row("4.1", "Voorlichting", "h2")
row("", "Leg uit dat slootkantkoorts niet besmettelijk is voor huisgenoten en dat de koorts meestal binnen "
        "10 dagen verdwijnt. Adviseer ruim te drinken, voor volwassenen ten minste 2 liter per dag.")
row("", "Werkhervatting is mogelijk als de patiënt 48 uur koortsvrij is. Adviseer ter voorkoming van "
        "herhaling waterdichte laarzen en handschoenen bij slootwerk en het afdekken van wondjes.")
row("4.2", "Niet-medicamenteuze behandeling", "h2")
row("", "Adviseer koelen van de kuiten met een natte doek (niet met ijs) gedurende 15 minuten, maximaal "
        "4 keer per dag. Rust is aangewezen zolang de temperatuur boven 38,5 °C is.")
row("", "Compressiekousen hebben geen effect op de kuitpijn en worden niet aanbevolen.")
row("4.3", "Medicamenteuze behandeling", "h2")
row("", "Behandel patiënten met een KROOS-score van 5 of meer, en patiënten met een score van 3 of 4 en "
        "een positieve SKAT. Begin zo snel mogelijk, bij voorkeur binnen 5 dagen na het begin van de koorts.")
row("", "Eerste keus is dravoxine. Tweede keus is melcitrol, bij overgevoeligheid voor dravoxine of in het "
        "eerste trimester van de zwangerschap. Sarpanide is het voorkeursmiddel in het derde trimester en "
        "een reservemiddel bij overgevoeligheid voor zowel dravoxine als melcitrol. De doseringen per "
        "populatie staan in tabel 3 op het tabblad Doseringen.")
row("", "Bij hevige kuitpijn kan talvupirine worden gegeven: volwassenen 400 mg 3 dd gedurende maximaal "
        "5 dagen, maximaal 1200 mg per dag; kinderen vanaf 6 jaar 7 mg/kg 3 dd. Geef talvupirine niet bij "
        "een eGFR lager dan 30 en niet in het derde trimester van de zwangerschap [3].")
row("", "Orbenazol wordt niet aanbevolen. Het is niet effectiever dan dravoxine en veroorzaakt bij 1 op de "
        "400 gebruikers ernstige leverschade [4].")
row("4.4", "Controle", "h2")
row("", "Laat patiënten met een KROOS-score van 3 of 4 en een negatieve SKAT na 2 dagen terugkomen voor "
        "herhaling van de SKAT. Controleer behandelde patiënten na 3 dagen; dit mag telefonisch.")
row("", "Bepaal bij patiënten van 70 jaar en ouder en bij een eGFR lager dan 60 de nierfunctie opnieuw na "
        "5 dagen behandeling. Na afloop van de kuur is bij klachtenvrije patiënten geen controle nodig.")
row("4.5", "Consultatie en verwijzing", "h2")
row("", "Verwijs met spoed naar de internist bij een of meer alarmsymptomen (kader 1).")
row("", "Overleg met de internist als de koorts na 72 uur behandeling niet is gedaald. Verwijs kinderen "
        "jonger dan 1 jaar met vermoeden van slootkantkoorts naar de kinderarts.")
row("", "Verwijs zwangeren met slootkantkoorts in het derde trimester naar de gynaecoloog voor "
        "medebeoordeling van de foetale conditie.")
row("", "Slootkantkoorts is in deze fictieve standaard een meldingsplichtige ziekte (groep C): meld een "
        "bevestigde infectie binnen 1 werkdag bij de GGD.")
blank()

row("", "Noten", "h1")
row("[1]", "Schatting op basis van fictieve registratiegegevens van 2019 tot 2024 uit 40 huisartsenpraktijken.")
row("[2]", "Fictief validatieonderzoek bij 612 patiënten met koorts na contact met oppervlaktewater; "
           "referentietest was een kweek uit bloed.")
row("[3]", "Talvupirine is een fictieve pijnstiller zonder antibacteriële werking; het middel verkort de "
           "ziekteduur niet.")
row("[4]", "In een fictieve cohortstudie met 9600 gebruikers trad bij 24 personen leverschade op, bij "
           "3 personen was een levertransplantatie nodig.")

# ---------------------------------------------------------------- sheet 2
ws2 = wb.create_sheet("KROOS-score")
page_setup(ws2, title_rows=None)
for col, w in zip("ABCD", (10, 54, 12, 44)):
    ws2.column_dimensions[col].width = w
ws2["A1"] = "Tabel 1. KROOS-score bij vermoeden van slootkantkoorts"
ws2["A1"].font = Font(bold=True, size=13)
ws2.merge_cells("A1:D1")
hdr = ["Letter", "Criterium", "Punten", "Toelichting"]
for i, h in enumerate(hdr, 1):
    c = ws2.cell(row=3, column=i, value=h)
    c.font = Font(bold=True)
    c.fill = BLUE
    c.border = box
    c.alignment = WRAPC
crit = [
    ("K", "Kuitpijn in beide kuiten", 1, "Drukpijn bij palpatie of pijn bij lopen"),
    ("R", "Roodheid van de conjunctivae zonder afscheiding", 1, "Beide ogen"),
    ("O", "Oppervlaktewatercontact in de afgelopen 21 dagen", 2, "Sloot, kroos, modder, vijver"),
    ("O", "Oververhitting: temperatuur 38,5 °C of hoger", 1, "Gemeten, niet alleen gevoeld"),
    ("S", "Slootkantvlekken op de onderarmen", 2, "Ringvormig, 1 tot 3 cm, bleek centrum"),
    ("+", "Leeftijd 65 jaar of ouder", 1, "Leeftijdspunt"),
]
rr = 4
for l, t, p, e in crit:
    for i, v in enumerate((l, t, p, e), 1):
        c = ws2.cell(row=rr, column=i, value=v)
        c.border = box
        c.alignment = WRAPC
    ws2.row_dimensions[rr].height = 30
    rr += 1
ws2.cell(row=rr, column=1, value="Totaal").font = Font(bold=True)
ws2.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
ws2.cell(row=rr, column=3, value="=SUM(C4:C9)").font = Font(bold=True)
ws2.cell(row=rr, column=4, value="maximaal 8 punten")
for i in range(1, 5):
    ws2.cell(row=rr, column=i).border = box
rr += 3

ws2.cell(row=rr, column=1, value="Tabel 2. Scoreklassen en beleid").font = Font(bold=True, size=13)
ws2.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=4)
rr += 2
for i, h in enumerate(["Score", "Beleid", "Kans", "Controle"], 1):
    c = ws2.cell(row=rr, column=i, value=h)
    c.font = Font(bold=True)
    c.fill = BLUE
    c.border = box
rr += 1
bands = [
    ("0-2 punten", "Laag risico. Geen aanvullend onderzoek en geen behandeling; geef voorlichting.",
     "kleiner dan 5%", "Terugkomen bij verergering of bij alarmsymptomen."),
    ("3-4 punten", "Matig risico. Doe een SKAT; behandel bij een positieve SKAT.",
     "ongeveer 30%", "Bij negatieve SKAT: herhaal de SKAT na 2 dagen."),
    ("5-8 punten", "Hoog risico. Start direct met behandeling, een SKAT is niet nodig.",
     "groter dan 70%", "Controle na 3 dagen, telefonisch mag."),
]
for s, b, k, co in bands:
    for i, v in enumerate((s, b, k, co), 1):
        c = ws2.cell(row=rr, column=i, value=v)
        c.border = box
        c.alignment = WRAPC
    ws2.row_dimensions[rr].height = 45
    rr += 1
rr += 1
c = ws2.cell(row=rr, column=1, value="Let op: bij alarmsymptomen altijd verwijzen, ongeacht de score. "
                                       "De score is niet gevalideerd bij kinderen jonger dan 4 jaar.")
ws2.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=4)
c.alignment = WRAPC
c.fill = RED
ws2.row_dimensions[rr].height = 32

# ---------------------------------------------------------------- sheet 3
ws3 = wb.create_sheet("Doseringen")
page_setup(ws3, title_rows="3:3")
for col, w in zip("ABCDEF", (16, 21, 19, 10, 15, 30)):
    ws3.column_dimensions[col].width = w
ws3["A1"] = "Tabel 3. Dosering van geneesmiddelen bij slootkantkoorts"
ws3["A1"].font = Font(bold=True, size=13)
ws3.merge_cells("A1:F1")
for i, h in enumerate(["Middel", "Populatie", "Dosering", "Duur", "Maximum", "Opmerkingen"], 1):
    c = ws3.cell(row=3, column=i, value=h)
    c.font = Font(bold=True)
    c.fill = BLUE
    c.border = box
    c.alignment = WRAPC

N = None  # marker for 'niet gebruiken' rows: (pop, 'X', remark)
dose = {
    "dravoxine": [
        ("Volwassenen", "500 mg 2 dd", "7 dagen", "1000 mg/dag", "Innemen met voedsel"),
        ("Kinderen 10-20 kg (a)", "15 mg/kg 2 dd", "7 dagen", "600 mg/dag", "Drank 50 mg/ml"),
        ("Kinderen 20-40 kg (a)", "250 mg 2 dd", "7 dagen", "600 mg/dag", "Tablet 250 mg of drank"),
        ("Kinderen 40 kg en zwaarder", "375 mg 2 dd", "7 dagen", "750 mg/dag", "Tablet 375 mg"),
        ("Ouderen vanaf 70 jaar", "250 mg 3 dd", "7 dagen", "750 mg/dag", "Controleer eGFR vooraf"),
        ("Zwangerschap 1e trimester", "melcitrol", "Mogelijk schadelijk in dierproeven"),
        ("Zwangerschap 2e trimester", "400 mg 2 dd", "7 dagen", "800 mg/dag", "Kortdurend gebruik veilig geacht"),
        ("Zwangerschap 3e trimester", "sarpanide", "Risico op geelzucht bij de pasgeborene"),
        ("Borstvoeding", "250 mg 4 dd", "7 dagen", "1000 mg/dag", "Innemen direct na het voeden"),
        ("eGFR 30-60 (b)", "500 mg 1 dd", "7 dagen", "500 mg/dag", "Nierfunctie na 5 dagen herhalen"),
        ("eGFR < 30 (b)", "melcitrol", "Stapelt bij nierinsufficiëntie"),
    ],
    "melcitrol": [
        ("Volwassenen", "200 mg 1 dd; eerste dag 400 mg", "10 dagen", "400 mg/dag", "Niet innemen met zuivel"),
        ("Kinderen jonger dan 8 jaar", "dravoxine", "Verkleuring van het tandglazuur"),
        ("Kinderen 8-12 jaar (a)", "4 mg/kg 1 dd", "10 dagen", "200 mg/dag", "Eerste dag dubbele dosis"),
        ("Kinderen vanaf 12 jaar", "150 mg 1 dd", "10 dagen", "300 mg/dag", "Capsule 150 mg"),
        ("Ouderen vanaf 70 jaar", "100 mg 1 dd", "10 dagen", "200 mg/dag", "Kans op duizeligheid; valrisico"),
        ("Zwangerschap 1e trimester", "100 mg 2 dd", "7 dagen", "200 mg/dag", "Voorkeursmiddel in het 1e trimester"),
        ("Zwangerschap 2e trimester", "dravoxine", ""),
        ("Zwangerschap 3e trimester", "sarpanide", ""),
        ("Borstvoeding", "dravoxine", "Gaat over in moedermelk"),
        ("eGFR 30-60 (b)", "200 mg 1x per 2 dagen", "10 dagen", "200 mg per 2 dagen", ""),
        ("eGFR < 30 (b)", "100 mg 1x per 2 dagen", "10 dagen", "100 mg per 2 dagen", "Controleer eGFR na 5 dagen"),
    ],
    "sarpanide": [
        ("Volwassenen", "1 g 3 dd", "5 dagen", "3 g/dag", "Alleen bij overgevoeligheid voor dravoxine en melcitrol"),
        ("Kinderen jonger dan 12 jaar", "dravoxine", "Onvoldoende gegevens"),
        ("Kinderen vanaf 12 jaar (a)", "20 mg/kg 3 dd", "5 dagen", "3 g/dag", ""),
        ("Ouderen vanaf 70 jaar", "750 mg 3 dd", "5 dagen", "2250 mg/dag", "Let op hyponatriëmie"),
        ("Zwangerschap 1e trimester", "melcitrol", ""),
        ("Zwangerschap 2e trimester", "1 g 2 dd", "5 dagen", "2 g/dag", ""),
        ("Zwangerschap 3e trimester", "1,5 g 2 dd", "5 dagen", "3 g/dag", "Voorkeursmiddel in het 3e trimester"),
        ("Borstvoeding", "500 mg 3 dd", "5 dagen", "1500 mg/dag", "Zuigeling observeren op diarree"),
        ("eGFR 30-60 (b)", "500 mg 2 dd", "5 dagen", "1 g/dag", ""),
        ("eGFR < 30 (b)", "melcitrol", ""),
    ],
}
rr = 4
from openpyxl.worksheet.pagebreak import Break
for drug, rows in dose.items():
    start = rr
    if False:
        # manual page break: the sarpanide block starts on a new page
        ws3.row_breaks.append(Break(id=start - 1))
    for rw in rows:
        ws3.cell(row=rr, column=2, value=rw[0])
        if len(rw) == 3:
            ws3.cell(row=rr, column=3, value="niet gebruiken; kies " + rw[1])
            ws3.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=5)
            ws3.cell(row=rr, column=3).font = Font(italic=True)
            ws3.cell(row=rr, column=6, value=rw[2])
        else:
            for i, v in enumerate(rw[1:], 3):
                ws3.cell(row=rr, column=i, value=v)
        for i in range(1, 7):
            c = ws3.cell(row=rr, column=i)
            c.border = box
            c.alignment = WRAPC
        ws3.row_dimensions[rr].height = 32
        rr += 1
    c = ws3.cell(row=start, column=1, value=drug)
    c.font = Font(bold=True)
    ws3.merge_cells(start_row=start, start_column=1, end_row=rr - 1, end_column=1)
    c.alignment = Alignment(vertical="center", horizontal="center", wrap_text=True)
rr += 1
for note in [
    "(a) Kinderen: dosering per kg lichaamsgewicht, nooit hoger dan de dosering voor volwassenen.",
    "(b) eGFR in ml/min/1,73 m2; bepaal de eGFR vóór de start bij patiënten vanaf 70 jaar.",
    "Talvupirine staat niet in deze tabel; zie tabblad Richtlijn, paragraaf 4.3. Orbenazol wordt niet aanbevolen.",
]:
    c = ws3.cell(row=rr, column=1, value=note)
    ws3.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=6)
    c.alignment = WRAP
    c.font = Font(size=9)
    rr += 1

wb.save(out)

# openpyxl writes the print titles as 'Doseringen'!3:3; Excel itself writes
# absolute references ('Doseringen'!$3:$3), which is what Gnumeric imports.
import zipfile, shutil, os
tmp = out + ".tmp"
with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/workbook.xml":
            data = data.replace(b"'Doseringen'!3:3", b"'Doseringen'!$3:$3")
        zout.writestr(item, data)
shutil.move(tmp, out)
print("wrote", out)
