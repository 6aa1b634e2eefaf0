#!/usr/bin/env python3
"""Write the fictional guideline Zilkeel (FT-219) as a flat ODT.

FICTIEF: test fixture, not medical advice.
Markup in strings: {{note}} becomes a real footnote (text:note), **bold** becomes bold.
"""
import re
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "zilkeel.fodt"
TITLE = "Fictieve Standaard Zilkeel (FT-219)"
note_no = [0]
body = []


def bold(s):
    parts = s.split("**")
    return "".join('<text:span text:style-name="B">%s</text:span>' % escape(p) if i % 2 else escape(p)
                   for i, p in enumerate(parts))


def inline(s):
    out, pos = [], 0
    for m in re.finditer(r"\{\{(.+?)\}\}", s):
        out.append(bold(s[pos:m.start()]))
        note_no[0] += 1
        n = note_no[0]
        out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                   '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s</text:p>'
                   '</text:note-body></text:note>' % (n, n, bold(m.group(1))))
        pos = m.end()
    out.append(bold(s[pos:]))
    return "".join(out)


def h(level, text):
    body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                % (level, level, escape(text)))


def p(text, style="Text_20_body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(text)))


def ul(items):
    body.append('<text:list text:style-name="LBullet">')
    for it in items:
        body.append('<text:list-item><text:p text:style-name="List_20_Bullet">%s</text:p></text:list-item>'
                    % inline(it))
    body.append("</text:list>")


def cell(text, style="TCell", pstyle="Table_20_Contents", rows=1, cols=1):
    a = ' table:style-name="%s"' % style
    if rows > 1:
        a += ' table:number-rows-spanned="%d"' % rows
    if cols > 1:
        a += ' table:number-columns-spanned="%d"' % cols
    paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (pstyle, inline(t)) for t in text.split("\n"))
    return "<table:table-cell%s>%s</table:table-cell>" % (a, paras)


COV = "<table:covered-table-cell/>"

# ------------------------------------------------------------------ content
p(TITLE, "Title")
p("Versie 2.0 — vastgesteld 3 februari 2026 — Werkgroep Fictieve Standaarden (WFS)", "Subtitle")
p("**FICTIEF — geen medisch advies.** Deze standaard beschrijft een verzonnen ziekte en verzonnen "
  "geneesmiddelen. Hij is alleen gemaakt om software te testen en mag nooit worden gebruikt voor "
  "de zorg voor patiënten.", "Disclaimer")

h(1, "Kernboodschappen")
ul([
    "Zilkeel is een acute bacteriële keelontsteking die vooral voorkomt bij mensen die in zilte "
    "kustgebieden wonen of werken; de meeste episoden genezen binnen 7 dagen.",
    "Bepaal bij elke patiënt met keelpijn en koorts de ZILT-score (tabel 1); bij een score van 0 tot "
    "en met 2 is een antibioticum niet zinvol.",
    "Eerste keus bij acute behandeling is taldocilline gedurende 7 dagen; vennomycine is het "
    "alternatief bij een taldocillineallergie.",
    "Overweeg recidiefprofylaxe bij recidiverende zilkeel: 4 of meer episoden in 12 maanden.",
    "Verwijs direct bij een vermoeden van een peritonsillair abces of bij stridor.",
])

h(1, "Inleiding")
p("De Fictieve Standaard Zilkeel geeft richtlijnen voor de diagnostiek, de behandeling en de "
  "preventie van recidieven van zilkeel bij kinderen vanaf 1 jaar en bij volwassenen in de "
  "huisartsenpraktijk. Kinderen jonger dan 1 jaar met een vermoeden van zilkeel vallen buiten deze "
  "standaard; overleg bij hen met de kinderarts.")
p("Deze versie 2.0 vervangt versie 1.3 uit 2023. Nieuw zijn de aparte doseringen voor "
  "recidiefprofylaxe en de aangepaste grenzen van de ZILT-score.")

h(1, "Achtergronden")
h(2, "Begrippen")
p("**Zilkeel (ZK):** acute tonsillofaryngitis door de fictieve bacterie Streptomyxa salinae, die "
  "zich handhaaft in zout nevelwater. De incubatietijd bedraagt 1 tot 4 dagen.{{De incubatietijd "
  "komt uit een fictief cohort van 236 kustbewoners; bij 80% van hen begonnen de klachten binnen "
  "48 uur na blootstelling.}}")
p("**Recidiverende zilkeel (RZK):** 4 of meer door een positieve sneltest bevestigde episoden in "
  "12 maanden, of 6 of meer episoden in 24 maanden.")
p("**Zoutvlekjes:** kleine witte, scherp begrensde plekjes van 1 tot 2 mm op het zachte "
  "verhemelte, die bij krabben met de spatel niet loslaten. Zoutvlekjes zijn kenmerkend voor "
  "zilkeel.")
p("**Zilsneltest (ZST):** antigeensneltest op een keelwat die binnen 10 minuten een uitslag geeft. "
  "De sensitiviteit is 88% en de specificiteit 96%.{{Sensitiviteit en specificiteit zijn "
  "bepaald in een fictief validatieonderzoek bij 512 patiënten met keelpijn, met de keelkweek als "
  "referentie.}}")
h(2, "Epidemiologie")
p("De incidentie van zilkeel in de huisartsenpraktijk is naar schatting 6 per 1000 patiënten per "
  "jaar, met een piek in oktober en november. De aandoening komt het meest voor bij kinderen van 5 "
  "tot 14 jaar. Bij ongeveer 12% van de patiënten ontstaat binnen een jaar recidiverende zilkeel.")
h(2, "Complicaties")
p("Een peritonsillair abces ontstaat bij ongeveer 1 op de 150 episoden. Zeldzaam is de "
  "zilnefritis, een glomerulonefritis die 10 tot 21 dagen na de keelontsteking optreedt en zich "
  "uit met colakleurige urine en oedeem rond de ogen.{{Zilnefritis is in het fictieve cohort "
  "uitsluitend gezien bij patiënten die niet of korter dan 5 dagen met een antibioticum waren "
  "behandeld.}}")

h(1, "Richtlijnen diagnostiek")
h(2, "Anamnese")
p("Vraag naar duur en ernst van de keelpijn, koorts, slikklachten, hoesten, verblijf in een "
  "kustgebied, contact met anderen met zilkeel en het aantal episoden in de afgelopen 12 maanden. "
  "Vraag bij een eerdere behandeling naar het gebruikte middel en naar overgevoeligheid voor "
  "taldocilline.")
h(2, "Alarmsymptomen")
p("Let op de volgende alarmsymptomen:")
ul([
    "stridor of hoorbare ademhaling in rust;",
    "onvermogen om speeksel door te slikken (kwijlen);",
    "trismus: de mond kan niet verder open dan 2 vingers;",
    "eenzijdige zwelling van het verhemelte met verplaatsing van de huig;",
    "temperatuur van 40,0 °C of hoger bij een kind jonger dan 3 jaar;",
    "colakleurige urine of oedeem rond de ogen binnen 3 weken na zilkeel;",
    "sufheid of een zieke indruk.",
])
h(2, "Lichamelijk onderzoek")
p("Beoordeel de algemene indruk en meet de temperatuur. Inspecteer de keel op roodheid, beslag op "
  "de tonsillen, zoutvlekjes en asymmetrie van het verhemelte. Palpeer de halslymfeklieren. "
  "Beoordeel bij kinderen de ademfrequentie; een ademfrequentie boven 40 per minuut bij een kind "
  "van 1 tot 5 jaar past niet bij ongecompliceerde zilkeel.")
h(2, "ZILT-score")
p("Bepaal de ZILT-score met tabel 1. Tel de punten van alle aanwezige criteria op; de maximale "
  "score is 8 punten.")
SCORE = [
    ("Z", "Zoutvlekjes op het zachte verhemelte", "2"),
    ("I", "Inflammatie: beslag of exsudaat op de tonsillen", "2"),
    ("L", "Lymfeklieren in de voorste hals pijnlijk gezwollen", "1"),
    ("T", "Temperatuur van 38,5 °C of hoger (gemeten of anamnestisch)", "1"),
    ("+", "Afwezigheid van hoesten", "1"),
    ("+", "Leeftijd 5 tot en met 14 jaar", "1"),
]
t = ['<table:table table:name="ZILT" table:style-name="TScore">',
     '<table:table-column table:style-name="TScoreA"/><table:table-column table:style-name="TScoreB"/>'
     '<table:table-column table:style-name="TScoreC"/>',
     "<table:table-header-rows><table:table-row>",
     cell("Letter", "THead", "Table_20_Heading"), cell("Criterium", "THead", "Table_20_Heading"),
     cell("Punten", "THead", "Table_20_Heading"),
     "</table:table-row></table:table-header-rows>"]
for a, b, c in SCORE:
    t.append("<table:table-row>%s%s%s</table:table-row>" % (cell(a), cell(b), cell(c)))
BANDS = [
    ("0–2 punten", "Laag risico: geen zilsneltest, geen antibioticum; symptomatische behandeling."),
    ("3–4 punten", "Intermediair risico: doe een zilsneltest; behandel alleen bij een positieve uitslag."),
    ("5–8 punten", "Hoog risico: start een antibioticum zonder sneltest."),
]
t.append("<table:table-row>%s%s%s</table:table-row>" % (
    cell("Interpretatie van de totaalscore", "TBand", "Table_20_Heading", cols=3), COV, COV))
for a, b in BANDS:
    t.append("<table:table-row>%s%s%s</table:table-row>" % (cell(a), cell(b, cols=2), COV))
t.append("</table:table>")
body.append("".join(t))
p("Tabel 1. ZILT-score voor zilkeel bij patiënten vanaf 1 jaar.", "Caption")
h(2, "Aanvullend onderzoek")
p("Doe een zilsneltest (ZST) bij een ZILT-score van 3 of 4. Een keelkweek is alleen zinvol bij "
  "RZK vóór de start van recidiefprofylaxe, of bij uitblijven van verbetering na 72 uur "
  "behandeling. Bepaal het C-reactief proteïne (CRP) niet routinematig; een CRP boven 100 mg/l "
  "wijst eerder op een peritonsillair abces.{{Een CRP boven 100 mg/l had in het fictieve cohort een "
  "positief voorspellende waarde van 41% voor een peritonsillair abces.}}")
p("Onderzoek de urine met een teststrook op erytrocyten bij een vermoeden van zilnefritis.")

h(1, "Richtlijnen beleid")
h(2, "Voorlichting")
p("Leg uit dat zilkeel meestal binnen 7 dagen vanzelf overgaat en dat een antibioticum de "
  "klachtenduur met gemiddeld 1,5 dag verkort. Zilkeel is besmettelijk tot 24 uur na de start "
  "van een antibioticum; kinderen kunnen daarna weer naar school of kinderopvang. Adviseer om "
  "tandenborstels na afloop van de behandeling te vervangen.")
h(2, "Niet-medicamenteuze behandeling")
p("Adviseer voldoende te drinken (bij volwassenen ten minste 1,5 liter per dag) en zo nodig "
  "zachte, koele voeding. Gorgelen met zout water wordt afgeraden, omdat het de zoutvlekjes "
  "verergert. Paracetamol kan worden gebruikt tegen pijn en koorts.")
h(2, "Medicamenteuze behandeling")
p("Geef een antibioticum bij een ZILT-score van 5 of hoger, of bij een score van 3 of 4 met een "
  "positieve zilsneltest. Eerste keus is taldocilline. Geef vennomycine bij een overgevoeligheid "
  "voor taldocilline. Plorixaan is een reservemiddel voor patiënten vanaf 12 jaar bij wie "
  "taldocilline en vennomycine niet mogelijk zijn of onvoldoende werkten.")
p("**Recidiefprofylaxe** is geïndiceerd bij RZK als de patiënt ondanks adequate behandeling van "
  "de afzonderlijke episoden 4 of meer episoden in 12 maanden had. Start de profylaxe pas 7 dagen "
  "na het einde van de behandeling van de laatste episode. Evalueer na afloop van de "
  "profylaxe; herhaal hoogstens één keer.{{Na een tweede profylaxekuur was het fictieve "
  "recidiefpercentage niet lager dan na één kuur (18% versus 17%).}}")
p("Doseringen staan in tabel 2. Bij een verschil tussen leeftijd en gewicht is het gewicht "
  "leidend.")

HEAD = ["Middel", "Indicatie", "Leeftijd", "Gewicht", "Dosering", "Duur"]
DOSE = [
    ("Taldocilline", [
        ("Acute behandeling", [
            ("18 jaar en ouder", "≥ 50 kg", "500 mg 3 dd; max. 2000 mg/dag", "7 dagen"),
            ("1–5 jaar", "10–19 kg", "15 mg/kg 3 dd (drank 50 mg/ml)", "7 dagen"),
            ("6–11 jaar", "20–39 kg", "250 mg 3 dd", "7 dagen"),
            ("12–17 jaar", "≥ 40 kg", "500 mg 3 dd", "7 dagen"),
            ("75 jaar en ouder", "alle", "500 mg 2 dd", "7 dagen"),
            ("volwassenen, eGFR < 30", "alle", "250 mg 2 dd", "10 dagen"),
            ("zwangerschap en borstvoeding", "alle", "500 mg 3 dd; veilig", "7 dagen"),
        ]),
        ("Recidiefprofylaxe", [
            ("18 jaar en ouder", "≥ 50 kg", "250 mg 1 dd voor de nacht", "6 maanden"),
            ("1–11 jaar", "10–39 kg", "5 mg/kg 1 dd; max. 125 mg/dag", "6 maanden"),
            ("12–17 jaar", "≥ 40 kg", "250 mg 1 dd", "6 maanden"),
            ("volwassenen, eGFR < 30", "alle", "125 mg 1 dd", "6 maanden"),
            ("zwangerschap", "alle", "250 mg 1 dd", "tot de bevalling"),
        ]),
    ]),
    ("Vennomycine", [
        ("Acute behandeling", [
            ("18 jaar en ouder", "≥ 50 kg", "dag 1: 600 mg 1 dd; dag 2–5: 300 mg 1 dd", "5 dagen"),
            ("1–11 jaar", "10–39 kg", "8 mg/kg 1 dd; max. 300 mg/dag (suspensie 40 mg/ml)", "5 dagen"),
            ("12–17 jaar", "≥ 40 kg", "300 mg 1 dd", "5 dagen"),
            ("75 jaar en ouder", "alle", "300 mg 1 dd; ECG vooraf bij QT-verlengende middelen", "5 dagen"),
            ("zwangerschap", "alle", "niet in het 1e trimester; 2e en 3e trimester 300 mg 1 dd", "5 dagen"),
            ("borstvoeding", "alle", "300 mg 1 dd; let op diarree bij de zuigeling", "5 dagen"),
        ]),
        ("Recidiefprofylaxe", [
            ("18 jaar en ouder", "≥ 50 kg", "150 mg 3× per week (ma, wo, vr)", "6 maanden"),
            ("1–11 jaar", "10–39 kg", "4 mg/kg 3× per week; max. 150 mg per gift", "6 maanden"),
            ("12–17 jaar", "≥ 40 kg", "150 mg 3× per week", "6 maanden"),
        ]),
    ]),
    ("Plorixaan", [
        ("Acute behandeling", [
            ("18 jaar en ouder", "≥ 50 kg", "400 mg 2 dd; max. 800 mg/dag", "10 dagen"),
            ("12–17 jaar", "≥ 40 kg", "200 mg 2 dd", "10 dagen"),
            ("volwassenen, eGFR 30–59", "alle", "200 mg 2 dd", "10 dagen"),
            ("volwassenen, eGFR < 30", "alle", "200 mg 1 dd", "10 dagen"),
            ("jonger dan 12 jaar", "< 40 kg", "gecontra-indiceerd", "—"),
            ("zwangerschap en borstvoeding", "alle", "gecontra-indiceerd", "—"),
        ]),
        ("Recidiefprofylaxe", [
            ("18 jaar en ouder", "≥ 50 kg", "200 mg 1 dd; alleen na overleg met de KNO-arts", "3 maanden"),
            ("volwassenen, eGFR 30–59", "alle", "100 mg 1 dd", "3 maanden"),
            ("jonger dan 18 jaar", "alle", "niet onderzocht; niet geven", "—"),
        ]),
    ]),
]
t = ['<table:table table:name="Dosering" table:style-name="TDose">']
for w in ("TDoseA", "TDoseB", "TDoseC", "TDoseD", "TDoseE", "TDoseF"):
    t.append('<table:table-column table:style-name="%s"/>' % w)
t.append("<table:table-header-rows><table:table-row>")
t.extend(cell(x, "THead", "Table_20_Heading") for x in HEAD)
t.append("</table:table-row></table:table-header-rows>")
for drug, inds in DOSE:
    nrows = sum(len(r) for _, r in inds)
    first_drug = True
    for ind, rows in inds:
        first_ind = True
        for r in rows:
            cells = []
            cells.append(cell(drug, pstyle="Table_20_Drug", rows=nrows) if first_drug else COV)
            cells.append(cell(ind, rows=len(rows)) if first_ind else COV)
            cells.extend(cell(x) for x in r)
            t.append("<table:table-row>%s</table:table-row>" % "".join(cells))
            first_drug = first_ind = False
t.append("</table:table>")
body.append("".join(t))
p("Tabel 2. Doseringen van antibiotica bij zilkeel naar indicatie, leeftijd en gewicht. dd = "
  "keer per dag.", "Caption")

h(3, "Interacties")
p("Taldocilline verhoogt de spiegel van methotrexaat: vermijd de "
  "combinatie of halveer de methotrexaatdosis in overleg.{{De interactie berust op remming van de "
  "tubulaire secretie van methotrexaat; in een fictief farmacokinetisch onderzoek steeg de "
  "methotrexaatspiegel met 35%.}} Vennomycine verlengt het QT-interval; combineer het niet met "
  "sotalol of citalopram en stop simvastatine tijdens de kuur. Plorixaan vermindert de werking "
  "van orale anticonceptie: adviseer een aanvullende barrièremethode tot 7 dagen na de laatste "
  "tablet. Neem plorixaan niet gelijktijdig in met calcium of ijzer; houd 2 uur afstand.")
h(3, "Contra-indicaties")
p("Taldocilline is gecontra-indiceerd bij een eerdere anafylactische reactie op taldocilline of "
  "verwante middelen. Vennomycine is gecontra-indiceerd bij een bekend verlengd QT-interval (QTc "
  "boven 470 ms) en bij ernstige leverfunctiestoornissen. Plorixaan is gecontra-indiceerd bij "
  "kinderen jonger dan 12 jaar, tijdens zwangerschap en borstvoeding, en bij epilepsie, omdat het "
  "de drempel voor insulten verlaagt.")

h(1, "Controles")
p("Een controle is niet nodig bij ongecompliceerd beloop. Vraag de patiënt contact op te nemen "
  "als de koorts na 72 uur antibiotische behandeling niet is gedaald, of als de klachten na 7 "
  "dagen niet over zijn. Controleer tijdens recidiefprofylaxe na 3 maanden en na afloop van de "
  "profylaxe. Controleer bij plorixaan bij een eGFR van 30–59 de nierfunctie na 2 weken.")
p("Controleer 3 weken na een episode zilkeel de urine met een teststrook bij kinderen die niet of "
  "korter dan 5 dagen zijn behandeld.")

h(1, "Consultatie en verwijzing")
p("Verwijs direct naar de KNO-arts of de spoedeisende hulp bij:")
ul([
    "een vermoeden van een peritonsillair abces (eenzijdige zwelling van het verhemelte, trismus);",
    "stridor of kwijlen;",
    "een kind jonger dan 3 jaar met een temperatuur van 40,0 °C of hoger en een zieke indruk.",
])
p("Verwijs binnen 1 week naar de kinderarts bij een vermoeden van zilnefritis (erytrocyten in de "
  "urine en oedeem rond de ogen). Verwijs naar de KNO-arts voor beoordeling van tonsillectomie bij "
  "7 of meer episoden in 12 maanden, of bij recidieven ondanks een afgeronde kuur recidiefprofylaxe. "
  "Overleg met de internist bij een eGFR onder 15.{{Bij een eGFR onder 15 zijn geen fictieve "
  "farmacokinetische gegevens beschikbaar voor een van de drie middelen.}}")

h(1, "Noten en literatuur")
p("De noten bij deze standaard staan als voetnoten onderaan de pagina's.")
for ref in [
    "Werkgroep Fictieve Standaarden. Zilkeel in de kustpraktijk: een fictief cohortonderzoek. "
    "Tijdschr Fict Huisartsgeneesk 2025;12:101-9.",
    "Van der Zilt A, Brouwer K. Taldocilline versus vennomycine bij zilkeel: een gerandomiseerd "
    "fictief onderzoek. Fict Med J 2024;8:45-52.",
    "Hoekstra M, et al. Recidiefprofylaxe bij recidiverende zilkeel. Fict Kinderarts 2025;3:12-8.",
]:
    p(ref, "Reference")
p("FICTIEF — geen medisch advies. Alle namen, getallen en bronnen in dit document zijn verzonnen.",
  "Disclaimer")

content = "\n".join(body)

doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="DejaVu Serif" fo:font-size="10pt" fo:language="nl" fo:country="NL"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify" fo:line-height="120%%"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="18pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Disclaimer" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:padding="0.15cm" fo:border="0.06pt solid #c00000" fo:background-color="#fbe9e9"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
  <style:text-properties fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3">
  <style:text-properties fo:font-size="10.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-bottom="0.08cm" fo:text-align="start"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Table_20_Drug" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Reference" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=" "><style:list-level-properties/></text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix=" " text:display-levels="2"><style:list-level-properties/></text:outline-level-style>
  <text:outline-level-style text:level="3" style:num-format="1" style:num-suffix=" " text:display-levels="3"><style:list-level-properties/></text:outline-level-style>
 </text:outline-style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="TScore" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="TScoreA" style:family="table-column"><style:table-column-properties style:column-width="2cm"/></style:style>
 <style:style style:name="TScoreB" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
 <style:style style:name="TScoreC" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="TDose" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="TDoseA" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="TDoseB" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="TDoseC" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="TDoseD" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="TDoseE" style:family="table-column"><style:table-column-properties style:column-width="5.6cm"/></style:style>
 <style:style style:name="TDoseF" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="TCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="THead" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#d9e2f3"/></style:style>
 <style:style style:name="TBand" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#f2f2f2"/></style:style>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:header><text:p text:style-name="Header">%(title)s — versie 2.0 (februari 2026)</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">FICTIEF — geen medisch advies · Pagina <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
%(content)s
</office:text></office:body></office:document>
""" % {"title": escape(TITLE), "content": content}

with open(OUT, "w", encoding="utf-8") as f:
    f.write(doc)
