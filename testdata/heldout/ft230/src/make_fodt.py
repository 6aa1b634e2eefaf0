#!/usr/bin/env python3
"""Writes the flat OpenDocument text ft230-lijsterbesuitslag.fodt (FICTIONAL test
guideline FT-230) as plain XML strings, without any ODF library.

Odd layout features on purpose:
  * a floating text frame (draw:frame + draw:text-box, anchored to the paragraph
    '1 Inleiding', wrap left) at the right side of page 1 holding the Kernboodschappen
    as a bordered box beside the body text of Inleiding/Achtergronden;
  * a large light-grey diagonal 'CONCEPT' text shape (draw:custom-shape, rotated
    45 degrees, run-through background) anchored in the page header, so it is on
    every page;
  * the dose table (populations x drugs) with a repeated heading row
    (table:table-header-rows) that breaks across a page;
  * superscript note numbers glued to the preceding word.
"""
import re, sys
from xml.sax.saxutils import escape

TITLE = "Fictieve Standaard Lijsterbesuitslag (FT-230)"
FONT = "Liberation Sans"


def inline(s):
    """**bold**, _italic_ and ^N (superscript note number glued to the previous word)."""
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="TBold">\1</text:span>', s)
    s = re.sub(r"(?<![\w/])_(.+?)_(?![\w])", r'<text:span text:style-name="TItal">\1</text:span>', s)
    s = re.sub(r"\^(\d+)", r'<text:span text:style-name="TSup">\1</text:span>', s)
    return s


def p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{inline(text)}</text:p>'


def h(level, text, extra=""):
    return (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
            f'{extra}{inline(text)}</text:h>')


def ul(items, pstyle="ListPara", lstyle="LBullet"):
    out = [f'<text:list text:style-name="{lstyle}">']
    for it in items:
        out.append(f'<text:list-item><text:p text:style-name="{pstyle}">{inline(it)}</text:p></text:list-item>')
    out.append('</text:list>')
    return "".join(out)


def ol(items):
    return ul(items, pstyle="NotePara", lstyle="LNumber")


def table(name, widths, header, rows):
    out = [f'<table:table table:name="{name}" table:style-name="Tbl">']
    for i, _ in enumerate(widths):
        out.append(f'<table:table-column table:style-name="{name}.C{i}"/>')
    out.append('<table:table-header-rows><table:table-row table:style-name="RowKeep">')
    for c in header:
        out.append('<table:table-cell table:style-name="CellHead" office:value-type="string">')
        for para in c.split("\n"):
            out.append(f'<text:p text:style-name="CellHeadPara">{inline(para)}</text:p>')
        out.append('</table:table-cell>')
    out.append('</table:table-row></table:table-header-rows>')
    for row in rows:
        out.append('<table:table-row table:style-name="RowKeep">')
        for j, cell in enumerate(row):
            style = "CellFirst" if j == 0 else "Cell"
            out.append(f'<table:table-cell table:style-name="{style}" office:value-type="string">')
            for para in cell.split("\n"):
                ps = "CellParaBold" if j == 0 else "CellPara"
                out.append(f'<text:p text:style-name="{ps}">{inline(para)}</text:p>')
            out.append('</table:table-cell>')
        out.append('</table:table-row>')
    out.append('</table:table>')
    return "".join(out)


def col_styles(name, widths):
    return "".join(
        f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>'
        for i, w in enumerate(widths))


# ---------------------------------------------------------------- Kernboodschappen frame
KERN = [
    "Lijsterbesuitslag (LBU) is een bacteriële huidinfectie door _Corvinella sorbi_, overgebracht door de beet van de lijstermijt, vooral van september tot en met november.",
    "Bepaal de BES-score; doe bij 3 of 4 punten een CSP-sneltest.",
    "Behandel bij een BES-score van 5 of 6 direct, zonder sneltest.",
    "Eerste keus is tarvomycine. Pelbrazol is het middel bij zwangerschap en bij kinderen onder 15 kg. Quindoxaan is alleen voor volwassenen.",
    "Combineer tarvomycine niet met dravastatine: onderbreek de statine tijdens de kuur.",
    "Verwijs met spoed bij nekstijfheid, sufheid of blauwzwarte papels.",
]
frame = (
    '<draw:frame draw:style-name="FrKern" draw:name="Kernboodschappen" text:anchor-type="paragraph" '
    'svg:width="6.4cm" draw:z-index="1">'
    '<draw:text-box fo:min-height="3cm">'
    '<text:p text:style-name="KernTitle">Kernboodschappen</text:p>'
    + ul(KERN, pstyle="KernPara", lstyle="LBullet") +
    '</draw:text-box></draw:frame>'
)

B = []  # body blocks
B.append(p(TITLE, "Title"))
B.append(p("FICTIEVE TESTRICHTLIJN — uitsluitend bedoeld voor het testen van software; niet gebruiken voor patiëntenzorg", "Disclaimer"))
B.append(p("Conceptversie 0.9, april 2026. Fictieve werkgroep: A. Vlierhout, R. Dekkema, S. Bouwmeester, L. Ten Kate. Alle namen, middelen, ziekteverwekkers, tests en getallen in dit document zijn verzonnen.", "Meta"))

# ---------------------------------------------------------------- 1 Inleiding
B.append(h(1, "1 Inleiding", extra=frame))
B.append(h(2, "1.1 Afbakening"))
B.append(p("Deze standaard geeft richtlijnen voor de diagnostiek en behandeling van lijsterbesuitslag (LBU) bij volwassenen en bij kinderen vanaf 3 maanden. De behandeling van LBU-meningitis en van LBU bij patiënten met een verminderde afweer valt buiten deze standaard; deze patiënten worden verwezen (zie paragraaf 4.5)."))
B.append(h(2, "1.2 Uitgangspunten"))
B.append(p("De huisarts stelt de diagnose op basis van het klinisch beeld en de BES-score. Laboratoriumonderzoek is bijna nooit nodig. De meeste patiënten herstellen ook zonder behandeling, maar antibiotica verkorten de koortsperiode en verkleinen de kans op LBU-artritis^4."))

# ---------------------------------------------------------------- 2 Achtergronden
B.append(h(1, "2 Achtergronden"))
B.append(h(2, "2.1 Begrippen"))
B.append(p("**Lijsterbesuitslag (LBU)**: een acute infectie van de huid door de bacterie _Corvinella sorbi_, gekenmerkt door koorts en trosvormige oranjerode papels, vooral op de onderarmen, de hals en de enkels."))
B.append(p("**Bessentros**: een groepje van 5 tot 12 oranjerode papels met een doorsnede van 2 tot 4 mm, dicht bij elkaar, vaak met een rood puntje in het midden (de beetplaats)."))
B.append(p("**Lijstermijt**: _Turdacarus autumnalis_, een mijt die leeft in nesten van lijsters en merels en in het najaar op afgevallen bessen en in boomgaarden voorkomt."))
B.append(p("**CSP-sneltest**: Corvinella-sorbi-papeltest, een sneltest op antigeen van _C. sorbi_ in vocht uit een aangeprikte papel."))
B.append(h(2, "2.2 Epidemiologie"))
B.append(p("De incidentie van LBU in de huisartsenpraktijk is 3,8 per 1000 patiënten per jaar^1. Van alle gevallen ontstaat 71% in de maanden september tot en met november. Fruittelers, hoveniers en boomgaardwerkers krijgen LBU vier keer zo vaak als andere volwassenen. Kinderen van 4 tot 12 jaar vormen 34% van de patiënten. Mannen en vrouwen worden even vaak getroffen."))
B.append(h(2, "2.3 Beloop"))
B.append(p("De incubatietijd na een mijtbeet is 4 tot 9 dagen. Zonder behandeling duurt de koorts 3 tot 5 dagen en verdwijnen de papels na gemiddeld 19 dagen. Met antibiotica is de koorts bij 85% van de patiënten binnen 48 uur verdwenen. LBU is niet besmettelijk van mens op mens."))
B.append(p("Complicaties zijn LBU-artritis (bij 6% van de onbehandelde patiënten, meestal van knie of enkel), LBU-conjunctivitis (2%) en LBU-meningitis (0,3%)^2. Binnen een jaar krijgt 11% opnieuw LBU, meestal na een nieuwe mijtbeet."))

# ---------------------------------------------------------------- 3 Diagnostiek
B.append(h(1, "3 Richtlijnen diagnostiek"))
B.append(h(2, "3.1 Anamnese"))
B.append(p("Vraag bij verdenking op LBU naar:"))
B.append(ul([
    "duur en beloop van de uitslag en de koorts;",
    "contact met lijsterbessen, vogelnesten, tuin of boomgaard in de afgelopen 14 dagen, en een opgemerkte mijtbeet;",
    "gewrichtspijn of gewrichtszwelling;",
    "pijnlijke of rode ogen en afname van het gezichtsvermogen;",
    "hoofdpijn, nekstijfheid en sufheid;",
    "zwangerschap en borstvoeding, gebruik van andere geneesmiddelen (vooral dravastatine, merocumarine en orale anticonceptie) en een bekende nierfunctiestoornis.",
]))
B.append(h(2, "3.2 Lichamelijk onderzoek"))
B.append(p("Meet de lichaamstemperatuur. Beschrijf de plaats en het aantal bessentrossen en zoek naar een beetplaats. Onderzoek de grote gewrichten op zwelling en warmte. Let bij koorts boven 39 °C op nekstijfheid en op het bewustzijn."))
B.append(h(2, "3.3 BES-score"))
B.append(p("Bepaal de waarschijnlijkheid van LBU met de BES-score (0 tot 6 punten):"))
B.append(ul([
    "**Bessentrossen**: 2 of meer trossen: 2 punten; 1 tros: 1 punt;",
    "**Expositie**: contact met lijsterbessen, vogelnesten of boomgaard in de afgelopen 14 dagen: 1 punt;",
    "**Systemisch**: temperatuur van 38,3 °C of hoger: 1 punt;",
    "**Gewrichtspijn**: 1 punt;",
    "**Beetplaats** zichtbaar als rood puntje midden in een tros: 1 punt.",
]))
B.append(p("Interpretatie:"))
B.append(ul([
    "**0 tot 2 punten**: LBU is onwaarschijnlijk; geen sneltest en geen antibiotica;",
    "**3 of 4 punten**: doe een CSP-sneltest;",
    "**5 of 6 punten**: LBU is zeer waarschijnlijk; start direct met behandelen.",
]))
B.append(h(2, "3.4 Aanvullend onderzoek"))
B.append(p("De CSP-sneltest heeft een sensitiviteit van 88% en een specificiteit van 94%^3. Prik een verse papel aan met een steriele naald en breng het vocht op de teststrip. De uitslag is na 15 minuten af te lezen; twee gekleurde lijnen betekenen een positieve uitslag. Herhaal de test na 48 uur bij een negatieve uitslag en een BES-score van 4. Een CRP-bepaling of bloedkweek heeft geen plaats bij de diagnostiek van LBU. Bepaal de eGFR voordat u quindoxaan voorschrijft aan een patiënt van 70 jaar of ouder."))

# ---------------------------------------------------------------- 4 Beleid
B.append(h(1, "4 Richtlijnen beleid"))
B.append(h(2, "4.1 Voorlichting"))
B.append(ul([
    "Leg uit dat LBU niet van mens op mens overdraagbaar is; isolatie en schoolverzuim zijn niet nodig.",
    "Adviseer om bij werk in boomgaard of tuin in het najaar lange mouwen en handschoenen te dragen en de kleding na het werk op 60 °C te wassen.",
    "Werk in de boomgaard kan 24 uur na de start van de antibiotica worden hervat^7.",
    "Leg uit dat de papels na de behandeling nog 7 tot 10 dagen zichtbaar blijven en bruine vlekjes kunnen achterlaten.",
]))
B.append(h(2, "4.2 Niet-medicamenteuze behandeling"))
B.append(p("Adviseer de papels niet open te krabben. Koude kompressen, 3 keer per dag 10 minuten, verminderen de jeuk. Nagels kort houden voorkomt secundaire infectie. Bij een BES-score van 0 tot 2 is alleen deze behandeling voldoende."))
B.append(h(2, "4.3 Medicamenteuze behandeling"))
B.append(p("Geef antibiotica bij een BES-score van 5 of 6, en bij een score van 3 of 4 met een positieve CSP-sneltest. Eerste keus is tarvomycine gedurende 5 dagen^4. Kies pelbrazol bij zwangerschap, bij kinderen onder 15 kg en bij overgevoeligheid voor tarvomycine. Quindoxaan is derde keus: alleen voor volwassenen bij onvoldoende effect van tarvomycine na 72 uur of bij LBU-artritis. Tabel 1 geeft de dosering per middel en per patiëntengroep."))
B.append(p("Tabel 1 Dosering van de middelen bij lijsterbesuitslag per patiëntengroep", "Caption"))

W1 = [3.4, 4.5, 4.5, 4.6]
HEAD = ["Patiëntengroep", "Tarvomycine\n(eerste keus)", "Pelbrazol\n(tweede keus)", "Quindoxaan\n(derde keus)"]
ROWS = [
    ["Volwassenen", "400 mg 2 dd, 5 dagen", "250 mg 3 dd, 7 dagen", "150 mg 1 dd, 10 dagen"],
    ["Kinderen < 15 kg (vanaf 3 maanden)", "niet geven (onvoldoende ervaring)", "12 mg/kg 3 dd, 7 dagen\ndrank 25 mg/ml", "gecontra-indiceerd onder 18 jaar"],
    ["Kinderen 15–24 kg", "100 mg 2 dd, 5 dagen\ndrank 20 mg/ml", "10 mg/kg 3 dd, 7 dagen", "gecontra-indiceerd onder 18 jaar"],
    ["Kinderen 25–39 kg", "200 mg 2 dd, 5 dagen", "150 mg 3 dd, 7 dagen", "gecontra-indiceerd onder 18 jaar"],
    ["Kinderen ≥ 40 kg", "als volwassenen", "200 mg 3 dd, 7 dagen", "gecontra-indiceerd onder 18 jaar"],
    ["Ouderen (70 jaar en ouder)", "300 mg 2 dd, 5 dagen", "geen aanpassing", "100 mg 1 dd, 10 dagen; eerst eGFR bepalen"],
    ["eGFR 30–59 ml/min/1,73 m²", "geen aanpassing", "250 mg 2 dd, 7 dagen", "100 mg 1 dd, 10 dagen"],
    ["eGFR 15–29 ml/min/1,73 m²", "200 mg 2 dd, 5 dagen", "250 mg 1 dd, 7 dagen", "niet gebruiken"],
    ["eGFR < 15 of dialyse", "200 mg 1 dd, 5 dagen; op dialysedagen na de dialyse", "overleg met de nefroloog", "niet gebruiken"],
    ["Leverfunctiestoornis", "Child-Pugh B: maximaal 400 mg per dag; Child-Pugh C: niet gebruiken", "geen aanpassing", "niet gebruiken"],
    ["Zwangerschap", "eerste trimester: gecontra-indiceerd; tweede en derde trimester: alleen na overleg met de gynaecoloog", "middel van eerste keus: 250 mg 3 dd, 7 dagen^5", "gecontra-indiceerd"],
    ["Borstvoeding", "kan worden gebruikt", "kan worden gebruikt; let op dunne ontlasting bij de zuigeling", "niet gebruiken; of borstvoeding staken tot 48 uur na de laatste dosis"],
    ["Maximale dosis", "800 mg per dag", "900 mg per dag", "150 mg per dag"],
    ["Inname", "nuchter, 1 uur voor de maaltijd", "tijdens de maaltijd", "'s avonds; niet binnen 2 uur na zuivel of ijzerpreparaten"],
    ["Toedieningsvormen", "tablet 200 mg en 400 mg; drank 20 mg/ml", "capsule 250 mg; drank 25 mg/ml", "tablet 100 mg en 150 mg"],
]
B.append(table("Tabel1", W1, HEAD, ROWS))

B.append(h(3, "Contra-indicaties"))
B.append(ul([
    "**Tarvomycine**: overgevoeligheid voor tarvomycine, een bekende verlengde QT-tijd, het eerste trimester van de zwangerschap en kinderen onder 15 kg.",
    "**Pelbrazol**: overgevoeligheid voor pelbrazol en acute porfyrie.",
    "**Quindoxaan**: leeftijd onder 18 jaar, zwangerschap, een eGFR onder 30 en epilepsie^6.",
]))
B.append(h(3, "Interacties"))
B.append(ul([
    "**Tarvomycine en dravastatine**: tarvomycine verhoogt de spiegel van dravastatine sterk; onderbreek dravastatine tijdens de kuur en tot 3 dagen na de laatste dosis.",
    "**Tarvomycine en maagzuurbinders**: neem tarvomycine ten minste 2 uur vóór een maagzuurbinder in.",
    "**Pelbrazol en orale anticonceptie**: de betrouwbaarheid van de pil neemt af; gebruik tijdens de kuur en 7 dagen erna aanvullend een condoom.",
    "**Quindoxaan en merocumarine**: de antistollende werking neemt toe; controleer de INR binnen 3 dagen na de start van quindoxaan.",
]))

B.append(h(2, "4.4 Controles"))
B.append(ul([
    "Evalueer het effect na 72 uur, telefonisch of op het spreekuur.",
    "Is de koorts na 72 uur tarvomycine niet gedaald, stap dan bij een volwassene over op quindoxaan en bij een kind of zwangere op pelbrazol.",
    "Controleer bij LBU-artritis na 2 weken; houdt de artritis langer dan 6 weken aan, verwijs dan naar de reumatoloog.",
    "Controleer bij ouderen die quindoxaan gebruiken de eGFR op dag 5 van de kuur.",
    "Doe bij een recidief binnen 6 weken altijd een CSP-sneltest en behandel bij een positieve uitslag met pelbrazol.",
]))
B.append(h(2, "4.5 Verwijzen"))
B.append(p("Verwijs met spoed (dezelfde dag) naar de internist of neuroloog bij de volgende alarmsymptomen:"))
B.append(ul([
    "nekstijfheid, ernstige hoofdpijn, sufheid of verwardheid (verdenking LBU-meningitis);",
    "papels die blauwzwart of necrotisch worden;",
    "koorts van 40 °C of hoger die na 48 uur behandeling niet daalt;",
    "kortademigheid of een ademfrequentie boven 24 per minuut.",
]))
B.append(p("Verwijs binnen 24 uur naar de oogarts bij een pijnlijk rood oog met afname van het gezichtsvermogen. Verwijs kinderen jonger dan 3 maanden met verdenking op LBU naar de kinderarts. Verwijs patiënten met een verminderde afweer (bijvoorbeeld door chemotherapie of een orgaantransplantatie) naar de internist. Overleg met de gynaecoloog bij LBU in het eerste trimester van de zwangerschap."))

# ---------------------------------------------------------------- Noten
B.append(h(1, "Noten"))
B.append(ol([
    "**Incidentie.** De cijfers komen uit de fictieve registratie Peilpraktijken Noord (2019–2023, 48 praktijken). De incidentie is het hoogst bij 60- tot 74-jarigen: 7,1 per 1000 per jaar.",
    "**Complicaties.** In een fictief cohort van 1240 patiënten kwam LBU-meningitis alleen voor bij patiënten ouder dan 60 jaar. De sterfte aan LBU-meningitis was 4%.",
    "**CSP-sneltest.** In een fictieve validatiestudie bij 412 patiënten was de positief voorspellende waarde 91%. Bij vogelhouders was de test in 7% fout-positief.",
    "**Tarvomycine versus pelbrazol.** In een fictieve gerandomiseerde studie (n = 620) was na 10 dagen 92% van de patiënten met tarvomycine genezen en 86% met pelbrazol. LBU-artritis trad op bij 1,5% van de behandelde patiënten.",
    "**Zwangerschap.** In een fictief register van 318 zwangerschappen met pelbrazol werden niet meer aangeboren afwijkingen gezien dan verwacht. Over tarvomycine in het eerste trimester zijn dierstudies ongunstig.",
    "**Quindoxaan en epilepsie.** Quindoxaan verlaagt de convulsiedrempel; convulsies traden op bij 1 op de 800 gebruikers.",
    "**Werkhervatting.** Na 24 uur antibiotica is _C. sorbi_ niet meer in papelvocht aan te tonen.",
]))

styles = f'''
<office:font-face-decls>
 <style:font-face style:name="{FONT}" svg:font-family="'{FONT}'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="{FONT}" fo:font-size="10pt" fo:language="nl" fo:country="NL" fo:hyphenate="false"/>
 </style:default-style>
 <style:default-style style:family="graphic">
  <style:graphic-properties draw:shadow="hidden"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Frame" style:family="graphic">
  <style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" style:horizontal-rel="paragraph-content"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="120%" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#2e5e2a"/>
 </style:style>
 <style:style style:name="Disclaimer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.2cm" fo:padding="0.12cm" fo:border="0.06pt solid #c00000"/>
  <style:text-properties fo:font-weight="bold" fo:color="#c00000"/>
 </style:style>
 <style:style style:name="Meta" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Body">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:color="#2e5e2a"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="10.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.08cm" fo:line-height="120%"/>
 </style:style>
 <style:style style:name="KernTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#2e5e2a"/>
 </style:style>
 <style:style style:name="KernPara" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm" fo:line-height="115%"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="NotePara" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.12cm" fo:line-height="115%"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="CellPara" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:line-height="115%"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="CellParaBold" style:family="paragraph" style:parent-style-name="CellPara">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CellHeadPara" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9.5pt" fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:padding-bottom="0.05cm" fo:border-bottom="0.06pt solid #808080">
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8.5pt" fo:color="#404040"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:padding-top="0.05cm" fo:border-top="0.06pt solid #808080">
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8.5pt" fo:color="#404040"/>
 </style:style>
 <style:style style:name="WM" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="96pt" fo:font-weight="bold" fo:color="#d9d9d9"/>
 </style:style>
 <style:style style:name="TBold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TItal" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="TSup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.35cm" fo:margin-left="0.45cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="LNumber">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="FrKern" style:family="graphic" style:parent-style-name="Frame">
  <style:graphic-properties style:wrap="left" style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false"
   fo:margin-left="0.4cm" fo:margin-right="0cm" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"
   style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph"
   draw:fill="solid" draw:fill-color="#eef5ea" fo:background-color="#eef5ea" fo:padding="0.25cm" fo:border="1.2pt solid #2e5e2a"/>
 </style:style>
 <style:style style:name="GrWM" style:family="graphic">
  <style:graphic-properties draw:stroke="none" draw:fill="none" style:run-through="background" style:wrap="run-through"
   style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"
   draw:textarea-horizontal-align="center" draw:textarea-vertical-align="middle" draw:auto-grow-height="false"
   fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0cm"/>
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="96pt" fo:font-weight="bold" fo:color="#d9d9d9"/>
 </style:style>
 <style:style style:name="PWM" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="96pt" fo:font-weight="bold" fo:color="#d9d9d9"/>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="17cm" table:align="left" fo:margin-top="0cm" fo:margin-bottom="0.3cm" style:may-break-between-rows="true"/>
 </style:style>
 <style:style style:name="RowKeep" style:family="table-row">
  <style:table-row-properties fo:keep-together="always"/>
 </style:style>
 {col_styles("Tabel1", W1)}
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #404040" style:vertical-align="top"/>
 </style:style>
 <style:style style:name="CellFirst" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #404040" fo:background-color="#eef5ea" style:vertical-align="top"/>
 </style:style>
 <style:style style:name="CellHead" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #404040" fo:background-color="#2e5e2a"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL1">
  <style:header><text:p text:style-name="Header"><draw:custom-shape draw:style-name="GrWM" draw:text-style-name="PWM" draw:name="Watermerk" text:anchor-type="paragraph" draw:z-index="0" svg:width="20cm" svg:height="4.5cm" draw:transform="rotate (0.785398163397448) translate (0.9cm 20.6cm)"><text:p text:style-name="PWM">CONCEPT</text:p><draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="rectangle" draw:enhanced-path="M 0 0 L 21600 0 21600 21600 0 21600 0 0 Z N"/></draw:custom-shape>{escape(TITLE)}<text:tab/>CONCEPT — versie 0.9 (2026)</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">{escape(TITLE)}<text:tab/>Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>6</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
'''

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(TITLE)}</dc:title><dc:language>nl-NL</dc:language></office:meta>
{styles}
<office:body><office:text>
{chr(10).join(B)}
</office:text></office:body>
</office:document>
'''

out = sys.argv[1] if len(sys.argv) > 1 else "ft230-lijsterbesuitslag.fodt"
with open(out, "w", encoding="utf-8") as f:
    f.write(doc)
