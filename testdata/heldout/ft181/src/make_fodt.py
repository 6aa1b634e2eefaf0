#!/usr/bin/env python3
"""Write the fictional guideline Krooshoutkoorts (FT-181) as a flat ODT (.fodt)."""
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "krooshoutkoorts.fodt"

body = []
_note = [0]


def t(s):
    """Escape text; [[fn:...]] markers become real footnotes."""
    out = []
    while "[[fn:" in s:
        pre, rest = s.split("[[fn:", 1)
        note, s = rest.split("]]", 1)
        out.append(escape(pre))
        _note[0] += 1
        n = _note[0]
        out.append(
            '<text:note text:id="ftn%d" text:note-class="footnote">'
            '<text:note-citation>%d</text:note-citation><text:note-body>'
            '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
            % (n, n, escape(note)))
    out.append(escape(s))
    return "".join(out)


def h(level, s):
    body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                % (level, level, t(s)))


def p(s, style="Text_20_body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, t(s)))


def ul(items):
    body.append('<text:list text:style-name="LBullet">')
    for it in items:
        body.append('<text:list-item><text:p text:style-name="List_20_Contents">%s</text:p></text:list-item>' % t(it))
    body.append('</text:list>')


def ol(items):
    body.append('<text:list text:style-name="LNum">')
    for it in items:
        body.append('<text:list-item><text:p text:style-name="List_20_Contents">%s</text:p></text:list-item>' % t(it))
    body.append('</text:list>')


_tab = [0]


def table(caption, widths, header, rows):
    """rows: list of lists; a cell may be a tuple (text, rowspan); None = covered cell."""
    _tab[0] += 1
    name = "Tabel%d" % _tab[0]
    p(caption, "Table_20_Caption")
    body.append('<table:table table:name="%s" table:style-name="Tbl">' % name)
    for i, w in enumerate(widths):
        body.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
        cols_auto.append('<style:style style:name="%s.C%d" style:family="table-column">'
                         '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (name, i, w))
    body.append('<table:table-header-rows><table:table-row>')
    for c in header:
        body.append('<table:table-cell table:style-name="CellHead" office:value-type="string">'
                    '<text:p text:style-name="Table_20_Heading">%s</text:p></table:table-cell>' % t(c))
    body.append('</table:table-row></table:table-header-rows>')
    for r in rows:
        body.append('<table:table-row>')
        for c in r:
            if c is None:
                body.append('<table:covered-table-cell/>')
                continue
            span = ""
            if isinstance(c, tuple):
                c, n = c
                span = ' table:number-rows-spanned="%d"' % n
            paras = "".join('<text:p text:style-name="Table_20_Contents">%s</text:p>' % t(x) for x in c.split("\n"))
            body.append('<table:table-cell table:style-name="Cell"%s office:value-type="string">%s</table:table-cell>'
                        % (span, paras))
        body.append('</table:table-row>')
    body.append('</table:table>')


cols_auto = []

# ---------------------------------------------------------------- content
p("Fictieve NHG-Standaard Krooshoutkoorts (FT-181)", "Title")
p("FICTIEF — geen medisch advies", "Disclaimer")
p("Versie 1.2, vastgesteld 3 februari 2026; herziening gepland in 2029. Fictieve werkgroep Krooshoutkoorts.", "Subtitle")

h(1, "Kernboodschappen")
ul([
    "Denk aan krooshoutkoorts bij koorts en kuitpijn binnen 14 dagen na contact met stilstaand zoet water waarop eendenkroos drijft.",
    "Bepaal bij iedere patiënt met verdenking de KROOS-SCORE; bij 3–4 punten volgt de Lemnatest, bij 5 punten of meer start u direct met behandeling.",
    "Brasoxine is het middel van eerste keus, ook tijdens de zwangerschap; kelmidol is het alternatief bij een eGFR < 30 ml/min/1,73 m².",
    "Verwijs direct bij een alarmsymptoom; bel de patiënt na 48 uur en zie hem terug op dag 7.",
])

h(1, "Achtergronden")
h(2, "Begrippen")
p("Krooshoutkoorts: een acute, koortsende infectie door de (fictieve) bacterie Lemnabacter crassus, die wordt opgelopen via huidwondjes of slijmvliezen bij contact met stilstaand zoet water met eendenkroos of rottend drijfhout.")
p("Gecompliceerde krooshoutkoorts: krooshoutkoorts met een of meer alarmsymptomen, of met een eGFR-daling van meer dan 25% ten opzichte van de uitgangswaarde.")
p("Recidief: opnieuw koorts en kuitpijn binnen 3 maanden na een afgeronde behandeling.")
h(2, "Epidemiologie")
p("De incidentie in de huisartsenpraktijk is 1,7 per 1000 patiënten per jaar; een normpraktijk van 2350 patiënten ziet dus ongeveer 4 patiënten per jaar. De ziekte komt vooral voor van juli tot en met september, met een piek in augustus. Mannen worden vaker getroffen dan vrouwen (verhouding 3:2), vooral tussen 20 en 50 jaar. Ongeveer 4% van de patiënten wordt opgenomen in het ziekenhuis.[[fn:Gegevens uit een fictieve registratie van 38 huisartsenpraktijken in de periode 2019–2024 (n = 412 patiënten). Van de opgenomen patiënten was 61% ouder dan 65 jaar.]]")
h(2, "Etiologie")
p("Lemnabacter crassus leeft in de biofilm op eendenkroos en drijfhout. Besmetting ontstaat bij zwemmen, vissen, kanoën of werken in sloten en vijvers. De incubatietijd bedraagt 5 tot 12 dagen (mediaan 8 dagen). Overdracht van mens op mens is niet beschreven. Risicogroepen zijn sportvissers, slootwerkers, kanovaarders en kinderen die in vijvers spelen.")

h(1, "Richtlijnen diagnostiek")
h(2, "Anamnese")
p("Vraag naar:")
ul([
    "begin en beloop van de koorts en de hoogste gemeten temperatuur;",
    "contact met stilstaand zoet water of eendenkroos in de afgelopen 14 dagen;",
    "spierpijn, vooral in de kuiten, en zwelling van de oogleden;",
    "huiduitslag op de onderbenen;",
    "verminderde urineproductie, verwardheid of kortademigheid;",
    "zwangerschap, nierfunctiestoornissen en gebruik van anticoagulantia of claritromycine.",
])
h(2, "Lichamelijk onderzoek")
p("Meet temperatuur, pols, bloeddruk en ademfrequentie. Inspecteer de huid van de onderbenen op vlekkerige, niet-jeukende uitslag (het zogenoemde kroosexantheem) en de oogleden op oedeem. Palpeer de kuiten: drukpijn aan beide kuiten is kenmerkend. Let op nekstijfheid en petechiën.")
h(2, "Aanvullend onderzoek")
p("De Lemnatest is een antigeen-sneltest op capillair bloed uit een vingerprik; de uitslag is na 15 minuten af te lezen. De test is betrouwbaar vanaf dag 3 na het begin van de klachten.[[fn:Sensitiviteit van de Lemnatest 88% en specificiteit 95% vanaf dag 3; in de eerste 2 dagen is de sensitiviteit slechts 61%. Herhaal een negatieve test daarom na 48 uur als de verdenking blijft.]] Bepaal bij patiënten ouder dan 70 jaar en bij een bekende nierfunctiestoornis voor de start van de behandeling de eGFR. Een CRP is niet zinvol om krooshoutkoorts aan te tonen of uit te sluiten.")
h(2, "KROOS-SCORE")
p("Tel de punten van de aanwezige criteria op (maximaal 8 punten).[[fn:De KROOS-SCORE werd in een fictief cohort van 1240 patiënten gevalideerd; de oppervlakte onder de ROC-curve was 0,84.]]")
table("Tabel 1. KROOS-SCORE", [11.0, 4.0], ["Criterium", "Punten"], [
    ["Koorts ≥ 38,5 °C", "2"],
    ["Contact met stilstaand zoet water ≤ 14 dagen geleden", "2"],
    ["Drukpijn in beide kuiten", "1"],
    ["Ooglidoedeem", "1"],
    ["Vlekkerige uitslag op de onderbenen", "1"],
    ["Leeftijd ≥ 65 jaar", "1"],
])
table("Tabel 2. Interpretatie van de KROOS-SCORE", [3.0, 4.5, 9.0], ["Score", "Kans op krooshoutkoorts", "Beleid"], [
    ["0–2 punten", "laag (< 5%)", "Geen Lemnatest; zo nodig controle na 3 dagen."],
    ["3–4 punten", "intermediair (ca. 30%)", "Lemnatest; behandel bij een positieve uitslag."],
    ["5–8 punten", "hoog (> 65%)", "Start direct met brasoxine; Lemnatest ter bevestiging."],
])

h(1, "Alarmsymptomen")
p("Bij de volgende symptomen is sprake van gecompliceerde krooshoutkoorts:")
ul([
    "sufheid of verwardheid;",
    "nekstijfheid;",
    "ademfrequentie > 24 per minuut;",
    "systolische bloeddruk < 100 mmHg;",
    "geelzucht;",
    "urineproductie < 500 ml per 24 uur;",
    "petechiën of andere bloedingen.",
])

h(1, "Beleid")
h(2, "Voorlichting")
p("Leg uit dat krooshoutkoorts niet besmettelijk is voor huisgenoten en dat de koorts meestal binnen 3 dagen na de start van de behandeling daalt. De vermoeidheid kan tot 6 weken aanhouden. Adviseer om wondjes af te dekken en na contact met slootwater de huid te spoelen met kraanwater. Raad aan de kuur af te maken, ook als de klachten eerder verdwijnen.")
h(2, "Niet-medicamenteuze behandeling")
ul([
    "Voldoende drinken: volwassenen ten minste 2 liter per dag.",
    "Rust; hervat sport pas als de patiënt 48 uur koortsvrij is.",
    "Geen zwemmen in open water tot 2 weken na herstel.",
])
h(2, "Medicamenteuze behandeling")
ol([
    "Eerste keus: brasoxine gedurende 7 dagen.[[fn:In een fictieve gerandomiseerde studie (n = 318) was 91% van de patiënten met brasoxine genezen na 14 dagen, tegen 87% met kelmidol.]]",
    "Bij een eGFR < 30 ml/min/1,73 m², bij overgevoeligheid voor brasoxine of bij myasthenia gravis: kelmidol gedurende 5 dagen.",
    "Bij koorts en spierpijn zo nodig fenaraxine als symptomatische behandeling, naast brasoxine of kelmidol.",
    "Als orale behandeling niet mogelijk is (braken): eenmalig drovaline intramusculair, gevolgd door orale behandeling zodra de patiënt weer kan slikken.",
])
p("Zie Tabel 3 voor de doseringen per patiëntgroep.[[fn:Bij kinderen lichter dan 10 kg zijn geen gegevens beschikbaar; overleg in dat geval altijd met de kinderarts.]]")

R = lambda *c: list(c)
table("Tabel 3. Doseringen bij krooshoutkoorts", [3.0, 3.0, 3.2, 1.9, 2.2, 4.2],
      ["Middel", "Patiëntgroep", "Dosering", "Duur", "Maximum per dag", "Opmerkingen"], [
    R(("Brasoxine\ntablet 250 mg, 500 mg; drank 50 mg/ml", 7), "volwassenen", "500 mg 2 dd", "7 dagen", "1000 mg", "eerste keus; innemen met voedsel"),
    R(None, "ouderen > 70 jaar", "250 mg 2 dd", "7 dagen", "500 mg", "eGFR bepalen vóór start"),
    R(None, "kinderen 10–20 kg", "125 mg 2 dd (drank)", "7 dagen", "250 mg", "2,5 ml drank per gift"),
    R(None, "kinderen 20–40 kg", "250 mg 2 dd", "7 dagen", "500 mg", "tablet of drank"),
    R(None, "zwangeren", "500 mg 2 dd", "7 dagen", "1000 mg", "eerste keus in alle trimesters"),
    R(None, "eGFR 30–60", "250 mg 3 dd", "7 dagen", "750 mg", "nierfunctie controleren op dag 5"),
    R(None, "eGFR < 30", "niet gebruiken", "–", "–", "kies kelmidol"),
    R(("Kelmidol\ncapsule 100 mg", 6), "volwassenen", "200 mg 1 dd", "5 dagen", "200 mg", "op de lege maag innemen"),
    R(None, "ouderen > 70 jaar", "100 mg 1 dd", "5 dagen", "100 mg", "ECG bij hartziekte"),
    R(None, "kinderen 10–20 kg", "niet gebruiken", "–", "–", "niet onderzocht"),
    R(None, "kinderen 20–40 kg", "100 mg 1 dd", "5 dagen", "100 mg", "capsule mag niet worden geopend"),
    R(None, "zwangeren", "gecontra-indiceerd", "–", "–", "kies brasoxine"),
    R(None, "eGFR < 30", "100 mg 1 dd", "5 dagen", "100 mg", "geen aanpassing bij eGFR 30–60"),
    R(("Fenaraxine\ntablet 80 mg; zetpil 40 mg", 6), "volwassenen", "80 mg 3 dd", "zo nodig, max. 5 dagen", "240 mg", "bij koorts en spierpijn"),
    R(None, "ouderen > 70 jaar", "40 mg 3 dd", "zo nodig, max. 3 dagen", "120 mg", "maagbescherming overwegen"),
    R(None, "kinderen 10–20 kg", "40 mg 2 dd (zetpil)", "zo nodig, max. 3 dagen", "80 mg", "niet bij uitdroging"),
    R(None, "kinderen 20–40 kg", "40 mg 3 dd", "zo nodig, max. 3 dagen", "120 mg", "tablet halveren mag"),
    R(None, "zwangeren", "80 mg 2 dd", "zo nodig, max. 3 dagen", "160 mg", "niet vanaf 28 weken"),
    R(None, "eGFR < 30", "40 mg 2 dd", "zo nodig, max. 3 dagen", "80 mg", "vermijden bij uitdroging"),
    R(("Drovaline\ninjectievloeistof 1 g i.m.", 3), "volwassenen", "1 g i.m. eenmalig", "eenmalig", "1 g", "bij braken; daarna oraal"),
    R(None, "kinderen 20–40 kg", "500 mg i.m. eenmalig", "eenmalig", "500 mg", "in dijbeen toedienen"),
    R(None, "zwangeren", "1 g i.m. eenmalig", "eenmalig", "1 g", "alleen na overleg met gynaecoloog"),
])

h(2, "Zwangerschap en borstvoeding")
p("Brasoxine is in alle trimesters het middel van eerste keus. Kelmidol is gecontra-indiceerd tijdens de zwangerschap. Fenaraxine mag tot een zwangerschapsduur van 28 weken worden gebruikt; daarna niet meer, vanwege het risico op vroegtijdige sluiting van de ductus arteriosus. Drovaline alleen na overleg met de gynaecoloog.")
p("Tijdens de borstvoeding mag brasoxine worden gebruikt. Bij kelmidol moet de borstvoeding worden onderbroken tijdens de kuur en tot 2 dagen na de laatste dosis; kolf in die periode af en gooi de melk weg. Fenaraxine mag kortdurend (maximaal 3 dagen) worden gebruikt tijdens de borstvoeding.")
h(2, "Contra-indicaties")
ul([
    "Brasoxine: overgevoeligheid voor brasoxine, eGFR < 30 ml/min/1,73 m², myasthenia gravis.",
    "Kelmidol: zwangerschap, verlengd QT-interval, ernstige leverfunctiestoornis, kinderen < 20 kg.",
    "Fenaraxine: actief maagulcus, hartfalen NYHA III–IV, zwangerschap vanaf 28 weken.",
    "Drovaline: stollingsstoornis of gebruik van een DOAC (intramusculaire injectie), eerdere anafylaxie voor drovaline.",
])
h(2, "Interacties")
ul([
    "Brasoxine versterkt de werking van acenocoumarol en fenprocoumon: controleer de INR 3 dagen na de start.",
    "Brasoxine en ijzerpreparaten: neem ze met ten minste 2 uur ertussen in.",
    "Kelmidol en claritromycine: combinatie vermijden vanwege QT-verlenging.",
    "Kelmidol en simvastatine: staak simvastatine tijdens de kuur en tot 3 dagen erna.",
    "Fenaraxine verhoogt de lithiumspiegel: controleer de spiegel na 5 dagen of vermijd de combinatie.",
])
h(2, "Controles")
ul([
    "Bel de patiënt na 48 uur: is de koorts gedaald?",
    "Zie de patiënt terug op dag 7 (einde van de brasoxinekuur).",
    "Controleer bij ouderen > 70 jaar en bij een eGFR 30–60 de nierfunctie op dag 5.",
    "Bij aanhoudende vermoeidheid: controle na 6 weken.[[fn:Bij 7% van de patiënten treedt binnen een jaar een recidief op; bij een recidief is een tweede kuur met hetzelfde middel gedurende 10 dagen geïndiceerd.]]",
])
h(2, "Consultatie en verwijzing")
p("Verwijs direct naar de internist (SEH) bij een of meer alarmsymptomen. Overleg met de internist bij:")
ul([
    "koorts > 39,5 °C die na 3 dagen behandeling niet is gedaald;",
    "geen verbetering na 5 dagen brasoxine of kelmidol;",
    "een eGFR-daling van meer dan 25% tijdens de behandeling.",
])
p("Overleg altijd met de kinderarts bij kinderen jonger dan 2 jaar of lichter dan 10 kg. Overleg met de gynaecoloog bij zwangeren vanaf 28 weken zwangerschap en bij zwangeren met koorts ≥ 39,0 °C. Meld clusters van 3 of meer patiënten uit hetzelfde water binnen 2 weken bij de GGD.")

h(1, "Noten")
p("De noten bij deze standaard staan als voetnoten onderaan de pagina's waarnaar in de tekst wordt verwezen (noot 1 tot en met 6). Alle gegevens zijn verzonnen en uitsluitend bedoeld voor het testen van software.")

# ---------------------------------------------------------------- document
HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Fictieve Standaard Krooshoutkoorts (FT-181)</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="nl" fo:country="NL"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="115%" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
  <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
  <style:text-properties fo:font-size="16pt" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
  <style:text-properties fo:font-size="13pt"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="22pt"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Disclaimer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-weight="bold" fo:color="#c00000" style:font-name="Liberation Sans"/>
 </style:style>
 <style:style style:name="List_20_Contents" style:display-name="List Contents" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">
  <style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9.5pt" style:font-name="Liberation Sans"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Table_20_Caption" style:display-name="Table Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic" fo:font-weight="bold" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="9pt" fo:color="#555555" style:font-name="Liberation Sans"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt" style:font-name="Liberation Sans"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="17cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="CellHead" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#d9e2f3" fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/>
 </style:style>
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/>
 </style:style>
%COLS%
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="LNum">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Fictieve NHG-Standaard Krooshoutkoorts — FICTIEF, geen medisch advies</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
'''

doc = HEAD.replace("%COLS%", "\n".join(cols_auto)) + "\n".join(body) + "\n</office:text></office:body></office:document>\n"
with open(OUT, "w", encoding="utf-8") as f:
    f.write(doc)
