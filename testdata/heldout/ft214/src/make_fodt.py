#!/usr/bin/env python3
"""Write the fictional guideline Venkelroos (FT-214) as a flat ODT (venkelroos.fodt).

FICTIEF: this document is a test fixture, not medical advice.
Markup in paragraph strings: {{note text}} becomes a real footnote (text:note),
**bold** becomes bold text.
"""
import re
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "venkelroos.fodt"
TITLE = "Fictieve Standaard Venkelroos (FT-214)"
note_no = [0]


def inline(s):
    out = []
    pos = 0
    for m in re.finditer(r"\{\{(.+?)\}\}", s):
        out.append(bold(s[pos:m.start()]))
        note_no[0] += 1
        n = note_no[0]
        out.append(
            '<text:note text:id="ftn%d" text:note-class="footnote">'
            "<text:note-citation>%d</text:note-citation><text:note-body>"
            '<text:p text:style-name="Footnote">%s</text:p>'
            "</text:note-body></text:note>" % (n, n, bold(m.group(1))))
        pos = m.end()
    out.append(bold(s[pos:]))
    return "".join(out)


def bold(s):
    parts = s.split("**")
    res = []
    for i, p in enumerate(parts):
        p = escape(p)
        res.append('<text:span text:style-name="B">%s</text:span>' % p if i % 2 else p)
    return "".join(res)


body = []


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


def cell(text, style="TCell", pstyle="Table_20_Contents", span=1, rows=1):
    attrs = ' table:style-name="%s"' % style
    if span > 1:
        attrs += ' table:number-columns-spanned="%d"' % span
    if rows > 1:
        attrs += ' table:number-rows-spanned="%d"' % rows
    paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (pstyle, inline(t))
                    for t in text.split("\n"))
    return "<table:table-cell%s>%s</table:table-cell>" % (attrs, paras)


COVERED = "<table:covered-table-cell/>"

# ---------------------------------------------------------------- content
p(TITLE, "Title")
p("Versie 1.2 — vastgesteld 9 maart 2026 — Werkgroep Fictieve Standaarden (WFS)", "Subtitle")
p("**FICTIEF — geen medisch advies.** Deze standaard beschrijft een verzonnen ziekte met verzonnen "
  "geneesmiddelen. Hij is uitsluitend gemaakt om software te testen en mag nooit worden gebruikt "
  "voor de zorg voor patiënten.", "Disclaimer")

h(1, "Kernboodschappen")
ul([
    "Venkelroos is een acute bacteriële infectie van huid en lymfevaten die ontstaat na contact "
    "van een kleine huidwond met het sap van wilde venkel.",
    "Stel de diagnose klinisch en bepaal de ernst met de VENKEL-score (tabel 1).",
    "Behandel bij een VENKEL-score van 3 of hoger met dalvomycine gedurende 7 dagen; "
    "brimoxaan is het alternatief bij overgevoeligheid voor dalvomycine.",
    "Markeer de rand van de roodheid met een pen en beoordeel na 48 tot 72 uur opnieuw.",
    "Verwijs direct bij alarmsymptomen, zoals een temperatuur van 39,5 °C of hoger met een "
    "systolische bloeddruk onder 90 mmHg.",
])

h(1, "Inleiding")
p("De Fictieve Standaard Venkelroos geeft richtlijnen voor de diagnostiek en behandeling van "
  "venkelroos bij kinderen vanaf 1 jaar en volwassenen in de huisartsenpraktijk. De standaard gaat "
  "niet over de behandeling in het ziekenhuis en niet over venkelroos bij zuigelingen jonger dan "
  "1 jaar; zij worden altijd verwezen.")

h(1, "Achtergronden")
h(2, "Begrippen")
p("**Venkelroos (VR):** acute infectie van de dermis en de oppervlakkige lymfevaten door de "
  "fictieve bacterie Streptoforma foeniculi, die in het sap van wilde venkel voorkomt. De "
  "incubatietijd is 2 tot 5 dagen.{{De incubatietijd is afgeleid uit een fictief cohort van 412 "
  "patiënten; bij 9 van de 10 patiënten begonnen de klachten op dag 2, 3 of 4 na het contact.}}")
p("**Venkelstreep:** een rode, warme en drukpijnlijke streep van ten minste 5 cm die vanaf de "
  "porte d'entrée langs een lymfevat omhoog loopt, meestal aan de binnenzijde van het onderbeen.")
p("**Recidiverende venkelroos (RVR):** drie of meer episodes van venkelroos binnen 12 maanden.")
p("**Gecompliceerde venkelroos (GVR):** venkelroos met blaarvorming, necrose, een abces of "
  "tekenen van sepsis.")
h(2, "Epidemiologie")
p("De incidentie van venkelroos in de huisartsenpraktijk bedraagt naar schatting 1,8 per 1000 "
  "patiënten per jaar, met een piek in juli en augustus. Tuinders, wandelaars en kinderen die in "
  "bermen spelen lopen het meeste risico. Bij ongeveer 15% van de patiënten keert de aandoening "
  "binnen een jaar terug.")
h(2, "Risicofactoren")
ul([
    "chronisch lymfoedeem of een eerdere venkelroos aan hetzelfde been;",
    "diabetes mellitus;",
    "intertrigo of kloven tussen de tenen;",
    "gebruik van immunosuppressiva of prednison ≥ 15 mg per dag.",
])

h(1, "Richtlijnen diagnostiek")
h(2, "Anamnese")
p("Vraag naar het begin en het beloop van de roodheid, contact met wilde venkel of bermplanten in "
  "de afgelopen 7 dagen, een wondje of insectenbeet, koorts, koude rillingen en eerdere episodes. "
  "Vraag naar diabetes mellitus, immunosuppressie, geneesmiddelgebruik en bij vrouwen naar "
  "zwangerschap en borstvoeding.")
h(2, "Alarmsymptomen")
p("Vraag en kijk gericht naar de volgende alarmsymptomen:")
ul([
    "temperatuur van 39,5 °C of hoger;",
    "snelle uitbreiding van de roodheid, meer dan 2 cm per uur;",
    "blaren, paarse verkleuring of necrose van de huid;",
    "pijn die niet in verhouding staat tot de zichtbare afwijkingen;",
    "verwardheid of sufheid;",
    "systolische bloeddruk onder 90 mmHg of hartfrequentie boven 120 per minuut.",
])
h(2, "Lichamelijk onderzoek")
p("Meet temperatuur, bloeddruk en pols. Inspecteer het aangedane lichaamsdeel en zoek de porte "
  "d'entrée, bijvoorbeeld tussen de tenen. Meet de lengte van de venkelstreep en de doorsnede van "
  "de roodheid in centimeters, en markeer de rand met een watervaste pen. Palpeer de regionale "
  "lymfeklieren in de lies of oksel.")
h(2, "VENKEL-score")
p("Bepaal de ernst met de VENKEL-score. Tel de punten van de aanwezige criteria op; de maximale "
  "score is 9 punten.{{De afkappunten van de VENKEL-score zijn in het fictieve cohort gekozen; "
  "een score van 6 of hoger had een positief voorspellende waarde van 71% voor ziekenhuisopname.}}")
body.append("@@SCORETABLE@@")
h(2, "Aanvullend onderzoek")
p("Aanvullend onderzoek is meestal niet nodig. Bepaal het CRP alleen bij twijfel over de "
  "diagnose: een CRP boven 50 mg/l past bij venkelroos, een CRP onder 10 mg/l maakt de diagnose "
  "onwaarschijnlijk. Neem een wondkweek af bij recidiverende venkelroos of als er na 3 dagen "
  "behandeling geen verbetering is. Laat een echografie verrichten bij verdenking op een abces.")
h(2, "Differentiële diagnose")
p("Denk aan erysipelas, diepe veneuze trombose (DVT), contacteczeem door venkelsap zonder "
  "infectie (geen koorts, wel jeuk) en een insectenbeetreactie.")

h(1, "Richtlijnen beleid")
h(2, "Voorlichting")
p("Leg uit dat de roodheid in de eerste 24 uur van de behandeling nog iets kan uitbreiden. Vraag "
  "de patiënt terug te komen als de roodheid na 48 uur verder buiten de pennenstreep is gegroeid. "
  "Adviseer tuinhandschoenen en lange broeken bij werk tussen bermplanten en de huid binnen "
  "30 minuten na contact met venkelsap te wassen met water en zeep.")
h(2, "Niet-medicamenteuze behandeling")
ul([
    "Leg het aangedane been zo veel mogelijk hoog.",
    "Koel de huid 3 keer per dag 15 minuten met lauw water; gebruik geen ijs.",
    "Behandel kloven en intertrigo tussen de tenen.",
    "Draag na genezing bij RVR gedurende 6 weken een therapeutische elastische kous.",
])
h(2, "Medicamenteuze behandeling")
p("Behandel bij een VENKEL-score van 0 tot en met 2 niet met antibiotica, maar geef "
  "leefstijladviezen en pijnstilling. Behandel bij een score van 3 of hoger met antibiotica:")
ul([
    "Eerste keus: dalvomycine oraal gedurende 7 dagen.",
    "Bij overgevoeligheid voor dalvomycine: brimoxaan oraal gedurende 5 dagen.",
    "Bij RVR: overweeg na overleg met de dermatoloog profylaxe met sorlaveen.",
    "Pijnstilling: paracetamol, zo nodig aangevuld met ostrafenac gedurende maximaal 5 dagen.",
])
p("Doseringen staan in tabel 2. Bij kinderen wordt de dosis per kilogram lichaamsgewicht "
  "berekend en mag de dosis voor volwassenen niet worden overschreden.")
body.append("@@DOSETABLE@@")
h(3, "Interacties")
ul([
    "Dalvomycine verhoogt de toxiciteit van methotrexaat; vermijd deze combinatie en kies brimoxaan.",
    "Brimoxaan remt CYP3A4: onderbreek simvastatine tijdens de kuur.{{Na de laatste dosis brimoxaan "
    "kan simvastatine na 2 dagen weer worden hervat.}}",
    "Brimoxaan versterkt het effect van acenocoumarol; laat de INR na 3 dagen controleren.",
    "Sorlaveen niet gelijktijdig innemen met ijzerpreparaten of antacida; houd 2 uur tussen "
    "de innames aan.",
    "Ostrafenac verhoogt de lithiumspiegel; combineer niet met lithium.",
])
h(3, "Contra-indicaties")
ul([
    "Dalvomycine: eerdere overgevoeligheidsreactie op dalvomycine en myasthenia gravis.",
    "Brimoxaan: verlengd QT-interval (QTc boven 470 ms), het eerste trimester van de "
    "zwangerschap en kinderen jonger dan 2 jaar.",
    "Sorlaveen: ernstige leverfunctiestoornis, zwangerschap en borstvoeding.",
    "Ostrafenac: eGFR onder 30 ml/min/1,73 m², een actief ulcus pepticum, hartfalen en "
    "zwangerschap vanaf 20 weken.",
])
p("Sorlaveen maakt de huid gevoelig voor zonlicht; adviseer zonnebrandcrème met ten minste "
  "factor 30.{{Bij 1 op de 25 gebruikers van sorlaveen trad in het fictieve cohort een "
  "fototoxische reactie op, vooral in de eerste 4 weken.}}")

h(2, "Controles")
p("Beoordeel de patiënt na 48 tot 72 uur opnieuw, telefonisch of op het spreekuur. Bij een "
  "VENKEL-score van 6 of hoger die na overleg thuis wordt behandeld: controleer na 24 uur. "
  "Controleer ouderen vanaf 75 jaar en patiënten met diabetes mellitus 2 weken na het einde van "
  "de kuur. Verleng de behandeling met dalvomycine met 3 dagen (tot 10 dagen) als de roodheid op "
  "dag 7 nog niet volledig is verdwenen maar wel duidelijk afneemt.")

h(2, "Consultatie en verwijzing")
p("Verwijs direct naar de internist of de spoedeisende hulp bij:")
ul([
    "een of meer alarmsymptomen;",
    "gecompliceerde venkelroos (GVR);",
    "venkelroos bij een kind jonger dan 1 jaar;",
    "venkelroos in het gelaat rond het oog.",
])
p("Overleg met de internist of dermatoloog bij:")
ul([
    "een VENKEL-score van 6 of hoger;",
    "geen verbetering na 3 dagen antibiotische behandeling;",
    "RVR, voor het bespreken van profylaxe met sorlaveen;",
    "een eGFR onder 15 ml/min/1,73 m².",
])

h(1, "Noten")
p("De noten bij deze standaard staan als voetnoten onderaan de pagina waarnaar in de tekst wordt "
  "verwezen.{{Dalvomycine gaat in geringe mate over in de moedermelk; de zuigeling kan dunne "
  "ontlasting krijgen, maar borstvoeding kan worden voortgezet.}} De bereide dalvomycine-drank "
  "is beperkt houdbaar.{{De bereide drank dalvomycine 50 mg/ml is 10 dagen houdbaar in de "
  "koelkast.}}")

h(1, "Literatuur")
for ref in [
    "Akkerman J, De Wilde P. Venkelroos in de huisartsenpraktijk: een fictief cohort. Fict Tijdschr Huisartsg 2025;12:44-51.",
    "Brouwer M, et al. Dalvomycine versus brimoxaan bij venkelroos. Fict Klin Onderz 2024;3:101-9.",
    "Werkgroep Fictieve Standaarden. Methodiek voor verzonnen richtlijnen. Utrecht: WFS, 2026.",
]:
    p(ref, "Reference")

# ---------------------------------------------------------------- tables
score_rows = [
    ("V", "Verspreiding van de roodheid over meer dan 10 cm", "2"),
    ("E", "Eerdere episode van venkelroos in de afgelopen 12 maanden", "1"),
    ("N", "Nachtelijke koude rillingen", "1"),
    ("K", "Koorts van 38,5 °C of hoger", "2"),
    ("E", "Enkel- of kuitzwelling met venkelstreep", "2"),
    ("L", "Leeftijd van 65 jaar of ouder", "1"),
]
st = ['<table:table table:name="VENKELscore" table:style-name="TScore">',
      '<table:table-column table:style-name="TScoreA"/>',
      '<table:table-column table:style-name="TScoreB"/>',
      '<table:table-column table:style-name="TScoreC"/>',
      "<table:table-header-rows><table:table-row>",
      cell("Letter", "THead", "Table_20_Heading"),
      cell("Criterium", "THead", "Table_20_Heading"),
      cell("Punten", "THead", "Table_20_Heading"),
      "</table:table-row></table:table-header-rows>"]
for a, b, c in score_rows:
    st.append("<table:table-row>%s%s%s</table:table-row>" % (cell(a), cell(b), cell(c)))
for band, meaning in [
    ("Score 0–2: laag risico", "geen antibiotica; leefstijladviezen en pijnstilling"),
    ("Score 3–5: matig risico", "orale antibiotica (dalvomycine) en controle na 48–72 uur"),
    ("Score 6–9: hoog risico", "overleg met de internist binnen 24 uur"),
]:
    st.append("<table:table-row>%s%s%s</table:table-row>"
              % (cell(band, "TBand", span=2), COVERED, cell(meaning, "TBand")))
st.append("</table:table>")
score_table = ("".join(st)
               + '<text:p text:style-name="Caption">Tabel 1 VENKEL-score: punten per criterium en '
                 'interpretatie</text:p>')

pops = ["Volwassenen", "Kinderen 1–12 jaar (per kg)", "Ouderen ≥ 75 jaar / eGFR < 30",
        "Zwangerschap en borstvoeding"]
drugs = [
    ("Dalvomycine\n(eerste keus)",
     "500 mg 3 dd, 7 dagen\nmax. 1500 mg/dag",
     "15 mg/kg 3 dd, 7 dagen\nmax. 1500 mg/dag\ndrank 50 mg/ml",
     "250 mg 3 dd, 7 dagen\nmax. 750 mg/dag",
     "500 mg 3 dd, 7 dagen\nveilig in alle trimesters\nborstvoeding toegestaan"),
    ("Brimoxaan\n(bij overgevoeligheid voor dalvomycine)",
     "300 mg 2 dd, 5 dagen\nmax. 600 mg/dag",
     "8 mg/kg 2 dd, 5 dagen\nmax. 600 mg/dag\nniet onder 2 jaar",
     "150 mg 2 dd, 5 dagen\nECG vooraf (QTc)",
     "1e trimester: niet gebruiken\n2e en 3e trimester: 300 mg 2 dd, 5 dagen\nborstvoeding: niet gebruiken"),
    ("Sorlaveen\n(profylaxe bij RVR)",
     "100 mg 1 dd, 6 maanden",
     "2 mg/kg 1 dd, 3 maanden\nmax. 100 mg/dag",
     "50 mg 1 dd, 6 maanden\nleverenzymen na 4 weken",
     "niet gebruiken"),
    ("Ostrafenac\n(pijnstilling)",
     "200 mg 3 dd, max. 5 dagen\nmax. 600 mg/dag",
     "5 mg/kg 3 dd, max. 5 dagen\nmax. 600 mg/dag\ndrank 20 mg/ml",
     "ouderen: 100 mg 3 dd met maagbescherming\neGFR < 30: niet gebruiken",
     "tot 20 weken: 200 mg 3 dd\nvanaf 20 weken: niet gebruiken\nborstvoeding toegestaan"),
]
dt = ['<table:table table:name="Dosering" table:style-name="TDose">',
      '<table:table-column table:style-name="TDoseA"/>',
      '<table:table-column table:style-name="TDoseB" table:number-columns-repeated="4"/>',
      "<table:table-header-rows>",
      "<table:table-row>", cell("Middel", "THead", "Table_20_Heading", rows=2),
      cell("Dosering", "THead", "Table_20_Heading", span=4), COVERED * 3, "</table:table-row>",
      "<table:table-row>", COVERED]
for pop in pops:
    dt.append(cell(pop, "THead", "Table_20_Heading"))
dt.append("</table:table-row></table:table-header-rows>")
for row in drugs:
    dt.append("<table:table-row>" + cell(row[0], pstyle="Table_20_Drug")
              + "".join(cell(c) for c in row[1:]) + "</table:table-row>")
dt.append("</table:table>")
dose_table = ("".join(dt)
              + '<text:p text:style-name="Caption">Tabel 2 Dosering van de middelen bij venkelroos '
                'per patiëntgroep</text:p>')

content = "\n".join(body).replace("@@SCORETABLE@@", score_table).replace("@@DOSETABLE@@", dose_table)

# ---------------------------------------------------------------- document
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
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="DejaVu Serif" fo:font-size="10pt" fo:language="nl" fo:country="NL"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:text-align="justify" fo:line-height="120%%"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="18pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Disclaimer" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:padding="0.15cm" fo:border="0.06pt solid #c00000" fo:background-color="#fbe9e9" fo:margin-bottom="0.4cm"/>
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
  <style:paragraph-properties fo:text-align="end" fo:border-bottom="0.06pt solid #808080" fo:padding-bottom="0.1cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
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
 <style:style style:name="TScore" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="TScoreA" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="TScoreB" style:family="table-column"><style:table-column-properties style:column-width="9.4cm"/></style:style>
 <style:style style:name="TScoreC" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
 <style:style style:name="TDose" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="TDoseA" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
 <style:style style:name="TDoseB" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
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
  <style:header><text:p text:style-name="Header">%(title)s — versie 1.2 (maart 2026)</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">FICTIEF — geen medisch advies · Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>5</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
%(content)s
</office:text></office:body></office:document>
""" % {"title": escape(TITLE), "content": content}

with open(OUT, "w", encoding="utf-8") as f:
    f.write(doc)
