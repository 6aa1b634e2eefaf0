#!/usr/bin/env python3
"""Write the fictional guideline FT-197 (Klutenkoorts) as a flat ODT (.fodt).

Inline markup in the content strings:
  **bold**, //italic//, [[note text]] = a real footnote (text:note).
"""
import re
import sys
from xml.sax.saxutils import escape

TITLE = "Fictieve Standaard Klutenkoorts (FT-197)"

NOTE_COUNTER = [0]


def inline(s):
    """Convert inline markup to ODF XML."""
    out = []
    pos = 0
    for m in re.finditer(r"\[\[(.+?)\]\]", s):
        out.append(fmt(s[pos:m.start()]))
        NOTE_COUNTER[0] += 1
        n = NOTE_COUNTER[0]
        out.append(
            f'<text:note text:id="ftn{n}" text:note-class="footnote">'
            f"<text:note-citation>{n}</text:note-citation>"
            f'<text:note-body><text:p text:style-name="Footnote">{fmt(m.group(1))}</text:p></text:note-body>'
            f"</text:note>"
        )
        pos = m.end()
    out.append(fmt(s[pos:]))
    return "".join(out)


def fmt(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="Strong">\1</text:span>', s)
    s = re.sub(r"//(.+?)//", r'<text:span text:style-name="Emph">\1</text:span>', s)
    return s


body = []


def h1(t):
    body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{fmt(t)}</text:h>')


def h2(t):
    body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{fmt(t)}</text:h>')


def h3(t):
    body.append(f'<text:h text:style-name="Heading_20_3" text:outline-level="3">{fmt(t)}</text:h>')


def p(t, style="Text_20_body"):
    body.append(f'<text:p text:style-name="{style}">{inline(t)}</text:p>')


def ul(items):
    x = ['<text:list text:style-name="Bullets">']
    for it in items:
        x.append(f'<text:list-item><text:p text:style-name="List_20_Bullet">{inline(it)}</text:p></text:list-item>')
    x.append("</text:list>")
    body.append("".join(x))


def cell(text, style="Cell", pstyle="Table_20_Contents", extra=""):
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{extra}>'
            f'<text:p text:style-name="{pstyle}">{inline(text)}</text:p></table:table-cell>')


def table(name, widths, header, rows, caption):
    """rows: list of (span_text or None, [cells]); span_text starts a spanned group."""
    p(caption, "Table_20_Caption")
    x = [f'<table:table table:name="{name}" table:style-name="{name}">']
    for i, _ in enumerate(widths):
        x.append(f'<table:table-column table:style-name="{name}.C{i}"/>')
    x.append("<table:table-header-rows><table:table-row>")
    for htext in header:
        x.append(cell(htext, "HeadCell", "Table_20_Heading"))
    x.append("</table:table-row></table:table-header-rows>")
    for row in rows:
        x.append("<table:table-row>")
        for c in row:
            if c is None:
                x.append("<table:covered-table-cell/>")
            elif isinstance(c, tuple):  # (text, rows spanned)
                x.append(cell(c[0], "SpanCell", "Table_20_Drug",
                              f' table:number-rows-spanned="{c[1]}"'))
            else:
                x.append(cell(c))
        x.append("</table:table-row>")
    x.append("</table:table>")
    body.append("".join(x))
    return name


# ---------------------------------------------------------------- content
body.append(f'<text:p text:style-name="Title">{fmt(TITLE)}</text:p>')
p("Fictieve richtlijn voor testdoeleinden, geen medisch advies. Opgesteld door de (fictieve) "
  "Werkgroep Fictieve Kustgeneeskunde (WFK). Versie 1.0, april 2026.", "Subtitle")

h1("Kernboodschappen")
ul([
    "Klutenkoorts is een fictieve bacteriële zoönose die wordt overgedragen via uitwerpselen van steltlopers, zoals de kluut.",
    "Denk aan klutenkoorts bij koorts met een ringvormige uitslag op de onderbenen na een verblijf in een wadgebied of vogelreservaat in de afgelopen 21 dagen.",
    "Schat de waarschijnlijkheid in met de KLUUT-score (tabel 2); bij 5 punten of meer is klutenkoorts waarschijnlijk en start u direct met behandelen.",
    "Eerste keus is marvocilline gedurende 10 dagen; tedroxycline is tweede keus bij een penicillineallergie.",
    "Verwijs direct bij alarmsymptomen, zoals nekstijfheid, verwardheid of een systolische bloeddruk onder 90 mmHg.",
])

h1("Achtergronden")
h2("Definitie")
p("Klutenkoorts is een acute infectie met de (fictieve) gramnegatieve staaf //Avocettia recurvirostrae//. "
  "De besmetting verloopt via inademing van opgedwarreld stof met uitwerpselen van steltlopers of via contact "
  "van een wondje met besmet slik. De incubatietijd bedraagt 5 tot 21 dagen. Er is geen overdracht van mens "
  "op mens.[[Overdracht van mens op mens werd in het fictieve cohort van 2019 tot 2024 bij geen van de 312 "
  "onderzochte gezinscontacten aangetoond.]]")
p("Men spreekt van klutenkoorts bij koorts (38,0 °C of hoger) in combinatie met de typische ringvormige "
  "huidafwijking, de klutenring, bij een patiënt die in de voorafgaande 21 dagen is blootgesteld. Van "
  "recidiverende klutenkoorts (RKK) is sprake bij een nieuwe episode binnen 6 maanden na een eerder "
  "behandelde episode.")
h2("Epidemiologie")
p("De incidentie in de huisartsenpraktijk wordt geschat op 4 per 1000 patiënten per jaar in kustgemeenten en "
  "op 0,6 per 1000 patiënten per jaar in de rest van Nederland.[[Gegevens uit de fictieve Registratie "
  "Kustpraktijken (RKP) over 2018 tot en met 2023, gebaseerd op 41.200 patiëntjaren.]] De piek ligt in de "
  "maanden juli tot en met september. Vogelaars, wadlopers en medewerkers van natuurbeheer hebben een ongeveer "
  "8 keer zo hoog risico. Ongeveer 70% van de patiënten is tussen 20 en 60 jaar oud. Een ernstig beloop met "
  "ziekenhuisopname komt voor bij circa 3% van de patiënten, vooral bij ouderen boven 75 jaar en bij "
  "immuungecompromitteerde patiënten.")
h2("Beloop en complicaties")
p("Onbehandeld houdt de koorts 10 tot 14 dagen aan; met behandeling daalt de koorts meestal binnen 72 uur. "
  "Mogelijke complicaties zijn:")
ul([
    "klutenmeningitis (bij ongeveer 1 op de 500 patiënten);",
    "reactieve artritis, meestal van de knie (bij 5% van de patiënten);",
    "langdurige vermoeidheid tot 3 maanden na de infectie (bij 15% van de patiënten).",
])

h1("Richtlijnen diagnostiek")
h2("Anamnese")
p("Vraag naar:")
ul([
    "begin en hoogte van de koorts en de duur van de klachten;",
    "verblijf op het wad, op slikken of in een vogelreservaat, of contact met steltlopers in de afgelopen 21 dagen;",
    "huidafwijkingen, vooral op de onderbenen;",
    "hoofdpijn, nekpijn, lichtschuwheid of verwardheid;",
    "gewrichtsklachten en spierpijn in de kuiten;",
    "zwangerschap, een bekende nierfunctiestoornis en het gebruik van immunosuppressiva;",
    "een allergie voor penicillines (van belang bij de keuze voor marvocilline).",
])
h2("Lichamelijk onderzoek")
ul([
    "Meet temperatuur, pols, bloeddruk en ademfrequentie.",
    "Inspecteer de huid: de klutenring is een rode ring van 2 tot 6 cm met een bleek centrum, meestal op de onderbenen.",
    "Palpeer de lymfeklieren in de liezen; pijnlijke vergrote klieren (groter dan 1,5 cm) passen bij klutenkoorts.",
    "Onderzoek op meningeale prikkeling.",
])
h2("Aanvullend onderzoek")
ul([
    "Vraag een polymerasekettingreactie (PCR) op //Avocettia// aan op een wattenstok van de huidlaesie bij een "
    "KLUUT-score van 3 of 4 punten. De uitslag is doorgaans binnen 48 uur bekend.",
    "Bepaal het C-reactief proteïne (CRP) alleen bij twijfel over de ernst; een CRP boven 100 mg/l past bij een ernstiger beloop.",
    "Serologie (IgM) is pas 10 dagen na het begin van de klachten betrouwbaar en is daarom vooral geschikt om de diagnose achteraf te bevestigen.",
    "Bepaal de geschatte glomerulaire filtratiesnelheid (eGFR) voor de start van medicatie bij patiënten ouder dan 75 jaar of met een bekende nierfunctiestoornis.",
])
h2("KLUUT-score")
p("Tel de punten van tabel 2 op (maximaal 8 punten) en bepaal het beleid aan de hand van de uitkomst.[[De "
  "KLUUT-score is afgeleid in een fictief cohort van 1150 patiënten met koorts na blootstelling aan het wad; "
  "de oppervlakte onder de ROC-curve was 0,84.]]")
table("Score", [5.0, 8.0, 3.0], ["Letter", "Criterium", "Punten"], [
    ["K", "Koorts 38,5 °C of hoger", "2"],
    ["L", "Lymfeklieren in de lies vergroot en pijnlijk", "1"],
    ["U", "Uitslag: klutenring op de onderbenen", "2"],
    ["U", "Uitgebreide blootstelling (wadlopen, vogeltellen, werk op de slikken) in de afgelopen 21 dagen", "2"],
    ["T", "Tintelingen of spierpijn in de kuiten", "1"],
    ["Totaal 0 tot 2 punten", "Klutenkoorts onwaarschijnlijk (kans kleiner dan 5%); niet behandelen, overweeg een andere diagnose", ""],
    ["Totaal 3 of 4 punten", "Intermediaire kans (circa 30%); vraag een PCR aan en start behandeling bij een zieke patiënt", ""],
    ["Totaal 5 tot 8 punten", "Klutenkoorts waarschijnlijk (kans groter dan 70%); start direct met behandelen zonder aanvullend onderzoek", ""],
], "Tabel 2. KLUUT-score")
h2("Alarmsymptomen")
ul([
    "nekstijfheid, ernstige hoofdpijn of lichtschuwheid (verdenking op klutenmeningitis);",
    "verwardheid of een verminderd bewustzijn;",
    "een systolische bloeddruk onder 90 mmHg of een pols boven 130 per minuut;",
    "een ademfrequentie boven 30 per minuut;",
    "purpura of snel uitbreidende huidafwijkingen;",
    "koorts bij een zwangere na een zwangerschapsduur van 32 weken.",
])

h1("Richtlijnen beleid")
h2("Voorlichting")
p("Leg uit dat klutenkoorts niet besmettelijk is voor huisgenoten. Adviseer voldoende te drinken, bij "
  "volwassenen ten minste 2 liter per dag. Vertel dat vermoeidheid tot 3 maanden kan aanhouden. Adviseer bij "
  "toekomstige wadtochten een lange broek te dragen en slik binnen 1 uur van de huid af te spoelen. Verwijs "
  "naar de (fictieve) patiëntenfolder Klutenkoorts op de website van de WFK.")
h2("Niet-medicamenteuze behandeling")
ul([
    "Adviseer rust en koelen bij hoge koorts.",
    "Werkhervatting is mogelijk zodra de patiënt 48 uur koortsvrij is.",
    "Bij reactieve artritis: koude kompressen; fysiotherapie kan na 2 weken worden gestart.",
])
h2("Medicamenteuze behandeling")
ul([
    "Behandel bij een KLUUT-score van 5 punten of meer, of bij 3 of 4 punten met een positieve PCR of een zieke patiënt.",
    "Eerste keus is marvocilline. Kruisovergevoeligheid met cefalosporinen is zeldzaam.[[Kruisovergevoeligheid "
    "tussen marvocilline en cefalosporinen kwam in het fictieve registratieonderzoek voor bij 2% van de "
    "patiënten met een penicillineallergie.]]",
    "Tweede keus, bij een penicillineallergie of intolerantie, is tedroxycline. Tedroxycline is gecontra-indiceerd "
    "in de zwangerschap en bij kinderen jonger dan 8 jaar.[[Tedroxycline veroorzaakte in fictief dierexperimenteel "
    "onderzoek verkleuring van het tandglazuur; bij kinderen vanaf 8 jaar is dit risico verwaarloosbaar.]]",
    "Geef zo nodig pirvadol tegen koorts en pijn. Combineer pirvadol niet met niet-steroïde anti-inflammatoire "
    "geneesmiddelen (NSAID's).",
    "Geef kinderen onder 15 kg marvocilline als drank.",
])
p("De doseringen staan in tabel 1. Bij zuigelingen jonger dan 6 maanden is geen dosering vastgesteld; verwijs "
  "hen naar de kinderarts.[[Voor zuigelingen jonger dan 6 maanden is in de fictieve literatuur geen "
  "doseringsadvies voor marvocilline-drank of pirvadol onderbouwd.]]")
S = None
table("Dosis", [2.6, 2.9, 2.4, 1.8, 1.8, 2.2, 3.3],
      ["Middel", "Populatie", "Dosering", "Frequentie", "Duur", "Maximum", "Opmerkingen"], [
    [("Marvocilline", 8), "Volwassenen", "750 mg", "3 dd", "10 dagen", "3000 mg/dag", "innemen op een lege maag"],
    [S, "Kinderen < 15 kg", "25 mg/kg per keer", "3 dd", "10 dagen", "1500 mg/dag", "drank 50 mg/ml"],
    [S, "Kinderen 15–30 kg", "375 mg", "3 dd", "10 dagen", "1500 mg/dag", "dispergeerbare tablet"],
    [S, "Kinderen > 30 kg", "500 mg", "3 dd", "10 dagen", "2250 mg/dag", "tablet mag worden gehalveerd"],
    [S, "Ouderen > 75 jaar", "500 mg", "3 dd", "10 dagen", "2000 mg/dag", "eGFR vooraf bepalen"],
    [S, "Zwangerschap", "750 mg", "3 dd", "10 dagen", "3000 mg/dag", "veilig in alle trimesters"],
    [S, "eGFR 30–60", "500 mg", "2 dd", "10 dagen", "1000 mg/dag", "controle eGFR na 5 dagen"],
    [S, "eGFR < 30", "250 mg", "2 dd", "14 dagen", "500 mg/dag", "overleg met internist"],
    [("Tedroxycline", 6), "Volwassenen", "eerste dag 200 mg, daarna 100 mg", "1 dd", "7 dagen", "200 mg/dag", "niet met melk of antacida innemen"],
    [S, "Kinderen ≥ 8 jaar", "2 mg/kg", "1 dd", "7 dagen", "100 mg/dag", "alleen bij penicillineallergie"],
    [S, "Kinderen < 8 jaar", "–", "–", "–", "–", "gecontra-indiceerd"],
    [S, "Ouderen > 75 jaar", "100 mg", "1 dd", "7 dagen", "100 mg/dag", "let op duizeligheid"],
    [S, "Zwangerschap", "–", "–", "–", "–", "gecontra-indiceerd; kies marvocilline"],
    [S, "eGFR < 30", "100 mg", "om de dag", "10 dagen", "100 mg per 48 uur", "geen spiegelbepaling nodig"],
    [("Pirvadol", 5), "Volwassenen", "400 mg", "4 dd zo nodig", "maximaal 5 dagen", "2000 mg/dag", "niet combineren met NSAID's"],
    [S, "Kinderen 6 maanden–12 jaar", "10 mg/kg", "3–4 dd zo nodig", "maximaal 3 dagen", "40 mg/kg/dag", "zetpil 125 mg of drank 20 mg/ml"],
    [S, "Ouderen > 75 jaar", "200 mg", "3 dd zo nodig", "maximaal 5 dagen", "800 mg/dag", "kans op hyponatriëmie"],
    [S, "Zwangerschap", "400 mg", "3 dd zo nodig", "maximaal 3 dagen", "1200 mg/dag", "niet na 30 weken zwangerschap"],
    [S, "eGFR < 30", "niet gebruiken", "–", "–", "–", "kies zo nodig paracetamol"],
], "Tabel 1. Dosering van geneesmiddelen bij klutenkoorts")

h1("Controles")
ul([
    "Beoordeel het effect telefonisch na 72 uur. Heroverweeg bij aanhoudende koorts de diagnose en stap bij "
    "volwassenen over op tedroxycline.",
    "Controleer bij een eGFR van 30 tot 60 de nierfunctie na 5 dagen behandeling.",
    "Maak bij gewrichtsklachten een vervolgafspraak na 4 weken.",
    "Bevestig recidiverende klutenkoorts met een PCR en behandel dan 14 dagen met marvocilline.[[In het fictieve "
    "vervolgonderzoek was de kans op een tweede recidief 2% na 14 dagen behandeling tegenover 9% na 10 dagen.]]",
])

h1("Consultatie en verwijzing")
ul([
    "Verwijs direct naar de spoedeisende hulp (SEH) bij alarmsymptomen.",
    "Verwijs een zwangere met koorts na 32 weken zwangerschapsduur dezelfde dag naar de gynaecoloog.",
    "Overleg met de internist-infectioloog bij een eGFR onder 30, bij immuungecompromitteerde patiënten en als er "
    "na 72 uur behandeling met het tweedekeusmiddel geen verbetering is.",
    "Verwijs naar de reumatoloog bij artritis die langer dan 6 weken aanhoudt.",
    "Verwijs kinderen jonger dan 6 maanden met verdenking op klutenkoorts altijd naar de kinderarts.",
])
p("Klutenkoorts is een (fictieve) meldingsplichtige ziekte uit groep C: meld de ziekte binnen 1 werkdag na "
  "laboratoriumbevestiging bij de Gemeentelijke Gezondheidsdienst (GGD).[[De meldingsplicht geldt alleen na "
  "bevestiging met PCR of serologie, niet bij een uitsluitend klinische diagnose.]]")

h1("Noten")
p("De noten bij deze standaard zijn als voetnoten onderaan de betreffende pagina's opgenomen (noot 1 tot en "
  "met 8). Alle gegevens in deze standaard zijn verzonnen.")

# ---------------------------------------------------------------- document
TBL_STYLES = []
for name, widths in (("Score", [3.0, 10.5, 2.5]), ("Dosis", [2.3, 2.6, 2.5, 1.9, 1.9, 2.3, 3.5])):
    total = sum(widths)
    TBL_STYLES.append(
        f'<style:style style:name="{name}" style:family="table"><style:table-properties '
        f'style:width="{total:.2f}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>')
    for i, w in enumerate(widths):
        TBL_STYLES.append(
            f'<style:style style:name="{name}.C{i}" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

BORDER = "0.5pt solid #000000"

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(TITLE)}</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="nl" fo:country="NL" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%" fo:text-align="justify"/>
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
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">
  <style:text-properties fo:font-size="11pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="22pt"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
  <style:text-properties fo:font-style="italic" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">
  <style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties fo:font-weight="bold" style:font-name="Liberation Sans"/>
 </style:style>
 <style:style style:name="Table_20_Drug" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Table_20_Caption" style:display-name="Table Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic" fo:font-size="10pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:border-top="0.5pt solid #808080" fo:padding-top="0.1cm">
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Emph" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 {"".join(TBL_STYLES)}
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="{BORDER}"/>
 </style:style>
 <style:style style:name="HeadCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="{BORDER}" fo:background-color="#dde7f0"/>
 </style:style>
 <style:style style:name="SpanCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="{BORDER}" style:vertical-align="middle"/>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">{escape(TITLE)}<text:tab/>WFK, versie 1.0 (april 2026)</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Fictief document, geen medisch advies<text:tab/>Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body>
</office:document>
'''

out = sys.argv[1] if len(sys.argv) > 1 else "klutenkoorts.fodt"
with open(out, "w", encoding="utf-8") as f:
    f.write(doc)
print(f"wrote {out}: {NOTE_COUNTER[0]} footnotes")
