#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generator for the FICTIONAL guideline 'Fictieve Standaard Wierookhoest (FT-24)'.

Not medical advice: condition, drugs and numbers are invented for testing.
Produced with ReportLab Platypus (BaseDocTemplate, two page templates).
Run: /usr/bin/python3 gen.py   -> writes ft24-wierookhoest.pdf next to this file.
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                ListFlowable, ListItem, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ft24-wierookhoest.pdf")
TITLE = "Fictieve Standaard Wierookhoest (FT-24)"

ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica",
                      fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY,
                      spaceAfter=4)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold",
                    fontSize=13, leading=16, spaceBefore=10, spaceAfter=5,
                    textColor=colors.HexColor("#1f3d5c"))
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold",
                    fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3,
                    textColor=colors.HexColor("#1f3d5c"))
titlest = ParagraphStyle("title", parent=ss["Title"], fontName="Helvetica-Bold",
                         fontSize=18, leading=22, spaceAfter=6)
disc = ParagraphStyle("disc", parent=body, fontName="Helvetica-Oblique",
                      fontSize=9, textColor=colors.HexColor("#8a1c1c"),
                      borderColor=colors.HexColor("#8a1c1c"), borderWidth=0.6,
                      borderPadding=5, spaceBefore=4, spaceAfter=10)
foot = ParagraphStyle("foot", parent=body, fontSize=7.5, leading=9.5,
                      textColor=colors.HexColor("#444444"), spaceAfter=1)
cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5,
                      alignment=0, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
cellh = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold",
                       textColor=colors.white)
cellh2 = ParagraphStyle("cellh2", parent=cell, fontName="Helvetica-Bold")
caption = ParagraphStyle("caption", parent=body, fontName="Helvetica-Bold",
                         fontSize=9, spaceBefore=6, spaceAfter=4)


def on_page(canv, doc):
    canv.saveState()
    w, h = A4
    canv.setFont("Helvetica-Bold", 8.5)
    canv.setFillColor(colors.HexColor("#1f3d5c"))
    canv.drawString(20 * mm, h - 13 * mm, TITLE)
    canv.setFont("Helvetica", 8)
    canv.drawRightString(w - 20 * mm, h - 13 * mm, "Fictief testdocument - geen medisch advies")
    canv.setStrokeColor(colors.HexColor("#1f3d5c"))
    canv.setLineWidth(0.5)
    canv.line(20 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
    canv.line(20 * mm, 15 * mm, w - 20 * mm, 15 * mm)
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.black)
    canv.drawCentredString(w / 2, 10 * mm, "Pagina %d" % doc.page)
    canv.restoreState()


def P(t, st=body):
    return Paragraph(t, st)


def bullets(items, numbered=False):
    fl = [ListItem(P(t), leftIndent=14) for t in items]
    if numbered:
        return ListFlowable(fl, bulletType="1", bulletFormat="%s.", leftIndent=16,
                            bulletFontName="Helvetica-Bold", bulletFontSize=9)
    return ListFlowable(fl, bulletType="bullet", start="\u2022", leftIndent=14,
                        bulletFontSize=9)


def footnotes(notes):
    out = [Spacer(1, 3)]
    for n, t in notes:
        out.append(P("<super>%s</super> %s" % (n, t), foot))
    return out


story = []
story.append(P(TITLE, titlest))
story.append(P("Dit is een FICTIEVE standaard, uitsluitend gemaakt om een zoeksysteem te testen. "
               "Wierookhoest, de genoemde geneesmiddelen en alle getallen zijn verzonnen. "
               "Dit document is geen medisch advies.", disc))

# 1 Kernboodschappen
story.append(P("1 Kernboodschappen", h1))
story.append(bullets([
    "Wierookhoest is een prikkelhoest die ontstaat na herhaalde blootstelling aan rook van wierook, geurkaarsen of smeulende kruiden.",
    "Leg de ernst vast met de WES; bij een WES van 8 of hoger is er sprake van ernstige wierookhoest.",
    "Het vermijden van blootstelling is de belangrijkste maatregel; bij matige klachten is pendrolaxin-inhalatie de eerste keus.",
    "Verwijs met spoed bij stridor, hemoptoë of een zuurstofsaturatie onder 92%.",
]))

# 2 Inleiding
story.append(P("2 Inleiding", h1))
story.append(P("Deze standaard beschrijft de diagnostiek en het beleid bij volwassenen en kinderen met "
               "wierookhoest in de huisartsenpraktijk. De standaard gaat niet over hoest bij acute "
               "luchtweginfecties en niet over rookinhalatie bij brand."))
story.append(P("2.1 Begrippen", h2))
story.append(bullets([
    "<b>Wierookhoest</b>: een niet-infectieuze, droge prikkelhoest die ten minste 3 weken aanhoudt en "
    "begint binnen 48 uur na blootstelling aan rook van verbrande hars of kruiden (wierook, geurkaarsen, "
    "kruidenbundels). In de volksmond heet de aandoening 'kapelkuch'.",
    "<b>Chronische wierookhoest</b>: wierookhoest die langer dan 12 weken aanhoudt.",
    "<b>Ernstscore</b>: de ernst wordt vastgelegd met de Wierook-Ernstscore (WES), een optelscore van "
    "0 tot 12 punten over zes items (hoesten overdag, nachtelijk hoesten, kortademigheid, heesheid, "
    "beperking in dagelijkse activiteiten en gebruik van noodmedicatie), elk 0 tot 2 punten.<super>1</super> "
    "Een WES van 0 tot en met 3 geldt als lichte wierookhoest, 4 tot en met 7 als matige wierookhoest "
    "en 8 tot en met 12 als ernstige wierookhoest.",
    "<b>Olibanum-IgE</b>: het specifieke IgE tegen wierookhars (olibanum) in serum. Een waarde onder "
    "0,35 kU/l is negatief; 0,35 tot 3,49 kU/l is licht verhoogd (sensibilisatie mogelijk); "
    "3,50 kU/l of hoger is sterk verhoogd en past bij wierookhoest type A (allergisch).",
    "<b>Expertisecentrum</b>: het Landelijk Expertisecentrum Inhalatieprikkels (LEIP) registreert clusters "
    "van wierookhoest en geeft telefonisch advies aan huisartsen. Het LEIP publiceert jaarlijks een "
    "overzicht van meldingen.",
]))
story += footnotes([
    ("1", "De WES is gevalideerd bij volwassenen en kinderen vanaf 6 jaar; bij jongere kinderen is de score niet gevalideerd."),
])

# 3/4 Epidemiologie + Etiologie in two columns
story.append(NextPageTemplate("twocol"))
story.append(PageBreak())
story.append(P("3 Epidemiologie", h1))
story.append(P("De incidentie van wierookhoest in de huisartsenpraktijk wordt geschat op 2,4 per 1000 "
               "patiënten per jaar. Vrouwen consulteren 1,6 keer zo vaak als mannen. De piek ligt in de "
               "leeftijdsgroep van 35 tot 54 jaar en in de maand december, wanneer meer geurkaarsen en "
               "wierook worden gebrand.<super>2</super>"))
story.append(P("Ongeveer 14% van de patiënten met wierookhoest heeft ook astma. Bij kinderen is wierookhoest "
               "zeldzaam: naar schatting 0,3 per 1000 kinderen per jaar, meestal in gezinnen waar dagelijks "
               "binnenshuis wierook wordt gebrand."))
story.append(P("Het LEIP registreerde in 2024 in totaal 37 clusters van drie of meer patiënten. De meeste "
               "clusters deden zich voor in yogastudio's, gebedshuizen en winkels met geurartikelen. Het "
               "aandeel beroepsgebonden wierookhoest wordt geschat op 18%."))
story.append(P("Er zijn geen betrouwbare gegevens over de prevalentie van chronische wierookhoest. In "
               "kleine cohorten uit het LEIP-register had 9% van de patiënten na 12 weken nog klachten."))
story += footnotes([
    ("2", "Schatting op basis van LEIP-registratie 2020-2024 en gegevens uit vier huisartsenregistraties."),
])
story.append(P("4 Etiologie", h1))
story.append(P("Bij het branden van wierook en geurkaarsen komen fijnstof (PM2,5), aldehyden en vluchtige "
               "harsterpenen vrij. Deze stoffen prikkelen de sensibele zenuwuiteinden in het slijmvlies "
               "van larynx en trachea. Herhaalde blootstelling verlaagt de hoestdrempel."))
story.append(P("Er worden twee typen onderscheiden. Bij wierookhoest type A is er een allergische component "
               "met een sterk verhoogd olibanum-IgE. Bij wierookhoest type N (niet-allergisch) is het "
               "olibanum-IgE negatief of licht verhoogd en berust de hoest op directe prikkeling."))
story.append(P("Risicofactoren zijn astma, roken, een beroep met dagelijkse blootstelling (koster, "
               "yogadocent, verkoper in een geurwinkel) en slecht geventileerde ruimten. Gebruik van een "
               "ACE-remmer kan de hoest verergeren."))
story.append(P("Het beloop is meestal gunstig: ongeveer 70% van de patiënten is binnen 6 weken na het "
               "stoppen van de blootstelling klachtenvrij. Bij type A duurt het herstel gemiddeld twee "
               "keer zo lang als bij type N."))
story.append(NextPageTemplate("normal"))
story.append(PageBreak())

# 5 Diagnostiek
story.append(P("5 Richtlijnen diagnostiek", h1))
story.append(P("5.1 Anamnese", h2))
story.append(P("Vraag naar:"))
story.append(bullets([
    "duur en beloop van de hoest, nachtelijk hoesten en heesheid;",
    "blootstelling: bron (wierook, geurkaarsen, kruidenbundels), frequentie, grootte en ventilatie van de ruimte;",
    "tijdsrelatie tussen blootstelling en klachten, ook op het werk;",
    "astma, roken en gebruik van een ACE-remmer;",
    "de zes items van de WES; laat de patiënt de score zelf invullen.",
]))
story.append(P("5.2 Lichamelijk onderzoek", h2))
story.append(P("Bepaal ademfrequentie en zuurstofsaturatie. Ausculteer de longen op piepen, verlengd "
               "exspirium en crepitaties. Inspecteer keel en neus. Let op stridor en heesheid."))
story.append(P("5.3 Aanvullend onderzoek", h2))
story.append(bullets([
    "Bepaal het olibanum-IgE bij een WES van 4 of hoger of bij klachten die langer dan 6 weken bestaan.",
    "Verricht spirometrie bij piepen of astma in de voorgeschiedenis.",
    "Laat een thoraxfoto maken bij hoest langer dan 8 weken bij een roker van 40 jaar of ouder, en altijd bij hemoptoë.",
]))
story.append(P("5.4 Alarmsymptomen", h2))
story.append(P("Denk aan een andere of ernstiger oorzaak bij:"))
story.append(bullets([
    "stridor;",
    "hemoptoë;",
    "zuurstofsaturatie onder 92%;",
    "ongewild gewichtsverlies van meer dan 5% in 3 maanden;",
    "koorts boven 38,5 °C die langer dan 3 dagen aanhoudt;",
    "nachtzweten.",
]))

# 6 Beleid
story.append(P("6 Richtlijnen beleid", h1))
story.append(P("6.1 Voorlichting", h2))
story.append(P("Leg uit dat wierookhoest geen infectie is en niet besmettelijk. Vertel dat de klachten bij "
               "de meeste patiënten binnen 6 weken verdwijnen als de blootstelling stopt. Bespreek dat "
               "'natuurlijke' of 'biologische' wierook evenveel fijnstof geeft als andere wierook."))
story.append(P("6.2 Niet-medicamenteuze behandeling", h2))
story.append(bullets([
    "Stop met het branden van wierook, geurkaarsen en kruidenbundels binnenshuis.",
    "Ventileer de woning dagelijks ten minste 2 keer 15 minuten met ramen tegen elkaar open.",
    "Adviseer te stoppen met roken.",
    "Een luchtreiniger heeft geen aangetoonde meerwaarde en wordt niet geadviseerd.",
    "Bij kinderen vanaf 1 jaar mag een theelepel honing voor het slapen worden gegeven.",
]))
story.append(P("6.3 Stappenplan", h2))
story.append(bullets([
    "Alle patiënten: voorlichting en vermijden van blootstelling; evalueer na 2 weken.",
    "Matige wierookhoest (WES 4-7) of onvoldoende effect van stap 1: pendrolaxin-inhalatie gedurende 4 weken.",
    "Onvoldoende effect na 4 weken pendrolaxin, of wierookhoest type A: voeg sivoprazide toe gedurende maximaal 8 weken.",
    "Nachtelijke hoest die de slaap ernstig verstoort: marocetil kortdurend, maximaal 10 dagen.",
    "Geen verbetering na 12 weken, of een WES van 8 of hoger ondanks stap 2 tot en met 4: verwijs naar de longarts.",
], numbered=True))
story.append(P("6.4 Medicamenteuze behandeling", h2))
story.append(P("Pendrolaxin is een inhalatiecorticosteroïd met een lage systemische beschikbaarheid. "
               "Sivoprazide remt de hoestreflex perifeer; het werkt na ongeveer een week. Marocetil is "
               "een centraal werkend hoestdempend middel met een sederend effect. De doseringen staan "
               "in tabel 1.<super>3</super>"))
story.append(P("Quelbutine (zuigtablet 5 mg) is een reservemiddel bij heesheid die ondanks stap 2 aanhoudt. "
               "Volwassenen gebruiken 4 dd 5 mg, maximaal 25 mg per dag, gedurende maximaal 7 dagen. "
               "Kinderen van 6 tot 12 jaar gebruiken 2 dd 5 mg. Geef quelbutine niet aan kinderen jonger "
               "dan 6 jaar vanwege verslikkingsgevaar. Ouderen van 75 jaar en ouder gebruiken 3 dd 5 mg. "
               "Gebruik quelbutine niet in het eerste trimester van de zwangerschap."))

# Dose table
hdr = [P("Middel en vorm", cellh), P("Patiëntgroep", cellh), P("Dosering", cellh), P("Opmerking", cellh)]
rows = [hdr]
spans = []


def drug(name_form, lines):
    start = len(rows)
    for i, (pop, dose, rem) in enumerate(lines):
        rows.append([P(name_form, cellb) if i == 0 else "", P(pop, cell), P(dose, cell), P(rem, cell)])
    spans.append(("SPAN", (0, start), (0, len(rows) - 1)))


drug("pendrolaxin<br/>inhalatiepoeder 100 microg/dosis; dosisaerosol 50 microg/dosis", [
    ("Kinderen jonger dan 6 jaar", "niet onderzocht", "niet voorschrijven"),
    ("Kinderen 6-11 jaar", "2 dd 50 microg (dosisaerosol met voorzetkamer)", "maximaal 200 microg per dag"),
    ("Volwassenen en kinderen vanaf 12 jaar", "2 dd 200 microg", "maximaal 600 microg per dag; behandelduur 4 weken"),
    ("Ouderen ≥ 75 jaar", "2 dd 100 microg", "mond spoelen na elke inhalatie"),
    ("eGFR < 30 ml/min/1,73 m²", "geen aanpassing nodig", "-"),
    ("Zwangerschap", "2 dd 100 microg", "alleen bij een WES van 6 of hoger"),
    ("Borstvoeding", "2 dd 200 microg", "komt niet in de moedermelk"),
])
drug("sivoprazide<br/>tablet 20 mg; drank 4 mg/ml", [
    ("Kinderen 10-19 kg", "2 dd 1,5 mg/kg (drank)", "maximaal 25 mg per gift"),
    ("Kinderen 20-39 kg", "2 dd 1 mg/kg (drank of tablet)", "maximaal 35 mg per gift"),
    ("Kinderen onder 10 kg", "niet gebruiken", "-"),
    ("Volwassenen (vanaf 40 kg)", "2 dd 40 mg", "maximaal 8 weken"),
    ("Ouderen ≥ 75 jaar", "1 dd 40 mg", "natrium controleren na 2 weken"),
    ("eGFR 30-59 ml/min/1,73 m²", "2 dd 20 mg", "-"),
    ("eGFR 15-29 ml/min/1,73 m²", "1 dd 10 mg", "halve tablet"),
    ("eGFR < 15 ml/min/1,73 m²", "niet gebruiken", "-"),
    ("Zwangerschap", "niet gebruiken", "schadelijk in dieronderzoek"),
    ("Borstvoeding", "niet onderzocht", "bij voorkeur vermijden"),
])
drug("marocetil<br/>bruistablet 250 mg; granulaat 125 mg per sachet", [
    ("Kinderen jonger dan 2 jaar", "niet gebruiken", "risico op ademdepressie"),
    ("Kinderen 2-5 jaar", "3 dd 7,5 mg/kg (granulaat)", "maximaal 375 mg per dag"),
    ("Kinderen 6-11 jaar", "3 dd 125 mg", "maximaal 10 dagen"),
    ("Volwassenen", "2 dd 500 mg", "maximaal 1500 mg per dag; maximaal 10 dagen"),
    ("Ouderen ≥ 75 jaar", "1 dd 500 mg, 's avonds", "kans op sufheid en vallen"),
    ("eGFR < 30 ml/min/1,73 m²", "1 dd 250 mg", "-"),
    ("Zwangerschap", "2e en 3e trimester: 2 dd 250 mg", "niet gebruiken in het eerste trimester"),
    ("Borstvoeding", "niet gebruiken", "sufheid bij de zuigeling"),
])

ts = TableStyle([
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3d5c")),
    ("ROWBACKGROUNDS", (1, 1), (-1, -1), [colors.white, colors.HexColor("#e8eef5")]),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a8a99")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
] + spans)
story.append(P("Tabel 1 Dosering van geneesmiddelen bij wierookhoest", caption))
dose = Table(rows, colWidths=[38 * mm, 42 * mm, 48 * mm, 42 * mm], repeatRows=1)
dose.setStyle(ts)
story.append(dose)
story += footnotes([
    ("3", "Bereken de dosering bij kinderen op het actuele lichaamsgewicht en rond af op een hele of halve tablet of op 0,5 ml drank."),
])

# 7 Contra-indicaties, interacties, bijwerkingen
story.append(P("7 Contra-indicaties, interacties en bijwerkingen", h1))
ci_rows = [[P("Middel", cellh2), P("Contra-indicaties", cellh2), P("Interacties", cellh2)]]
for name, ci, ia in [
    ("pendrolaxin", "overgevoeligheid voor pendrolaxin; onbehandelde tuberculose",
     "sterke CYP3A4-remmers (claritromycine, itraconazol): halveer de dosis pendrolaxin"),
    ("sivoprazide", "hyponatriëmie (natrium onder 130 mmol/l); ernstige leverfunctiestoornis",
     "thiazidediuretica: kans op hyponatriëmie, controleer natrium na 1 week; lithium: combinatie vermijden"),
    ("marocetil", "myasthenia gravis; obstructief slaapapneusyndroom",
     "benzodiazepinen en opioïden: versterkte sedatie, combinatie vermijden; geen alcohol tijdens gebruik"),
    ("quelbutine", "kinderen jonger dan 6 jaar",
     "MAO-remmers: niet combineren"),
]:
    ci_rows.append([P(name, cellb), P(ci, cell), P(ia, cell)])
ci = Table(ci_rows, colWidths=[30 * mm, 62 * mm, 78 * mm], repeatRows=1)
ci.setStyle(TableStyle([
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 1), (-1, -1), 3),
]))
story.append(P("Tabel 2 Contra-indicaties en interacties", caption))
story.append(ci)
story.append(P("7.1 Bijwerkingen", h2))
story.append(bullets([
    "<b>pendrolaxin</b>: heesheid en orale candidiasis; laat de patiënt na elke inhalatie de mond spoelen.",
    "<b>sivoprazide</b>: hyponatriëmie, misselijkheid en hoofdpijn.",
    "<b>marocetil</b>: slaperigheid, obstipatie en een droge mond; rijvaardigheid kan verminderd zijn.",
    "<b>quelbutine</b>: metaalsmaak en een tijdelijk gevoelloze tong.",
]))

# 8 Controles
story.append(P("8 Controles", h1))
story.append(bullets([
    "Evalueer 2 weken na de start van stap 1 of de blootstelling is gestopt en of de klachten afnemen.",
    "Bepaal 4 weken na de start van pendrolaxin opnieuw de WES. Een daling van 3 punten of meer geldt als goed effect. "
    "Stop pendrolaxin na 4 weken als de WES 3 of lager is.",
    "Controleer het natrium 2 weken na de start van sivoprazide bij ouderen en 1 week na de start bij gelijktijdig gebruik van een thiazidediureticum.",
    "Weeg kinderen bij elke controle en pas de dosering aan het actuele gewicht aan.",
    "Zie patiënten met chronische wierookhoest elke 3 maanden terug.",
]))

# 9 Consultatie en verwijzing
story.append(P("9 Consultatie en verwijzing", h1))
story.append(bullets([
    "Verwijs met spoed (dezelfde dag) naar de spoedeisende hulp bij stridor, een zuurstofsaturatie onder 92% "
    "of hemoptoë van meer dan een theelepel.",
    "Verwijs binnen 2 weken naar de longarts bij ongewild gewichtsverlies, een afwijkende thoraxfoto of een "
    "WES van 8 of hoger ondanks 4 weken behandeling.",
    "Verwijs kinderen jonger dan 6 jaar met een WES van 6 of hoger naar de kinderarts.",
    "Verwijs naar een allergoloog bij een olibanum-IgE van 3,50 kU/l of hoger en beroepsmatige blootstelling die niet te vermijden is.",
    "Overleg bij beroepsgebonden wierookhoest met de bedrijfsarts. Meld een cluster van 3 of meer patiënten "
    "uit dezelfde locatie bij het LEIP.<super>4</super>",
]))
story += footnotes([
    ("4", "Het LEIP is op werkdagen telefonisch bereikbaar voor overleg; melden kan ook via het webformulier."),
])

frame_w = A4[0] - 40 * mm
frame_h = A4[1] - 20 * mm - 22 * mm
doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=22 * mm, title=TITLE,
                      author="FT-24 test (fictief)", subject="Fictieve NHG-achtige standaard", invariant=1)
one = Frame(20 * mm, 22 * mm, frame_w, frame_h, id="one")
gap = 6 * mm
colw = (frame_w - gap) / 2
left = Frame(20 * mm, 22 * mm, colw, frame_h, id="left")
right = Frame(20 * mm + colw + gap, 22 * mm, colw, frame_h, id="right")
doc.addPageTemplates([
    PageTemplate(id="normal", frames=[one], onPage=on_page),
    PageTemplate(id="twocol", frames=[left, right], onPage=on_page),
])
doc.build(story)
print("wrote", OUT)
