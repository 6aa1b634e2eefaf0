#!/usr/bin/env python3
"""Generate the fictional guideline FT-179 (Mosselbankkoorts) as flat ODF text (.fodt)."""
import re, sys
from xml.sax.saxutils import escape

out = sys.argv[1] if len(sys.argv) > 1 else "ft179-mosselbankkoorts.fodt"
body = []
fn_counter = [0]

def inline(s):
    """Escape text; [[fn:...]] becomes a footnote; **x** bold."""
    parts = re.split(r"(\[\[fn:.*?\]\])", s)
    res = []
    for p in parts:
        m = re.match(r"\[\[fn:(.*?)\]\]$", p, re.S)
        if m:
            fn_counter[0] += 1
            n = fn_counter[0]
            res.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                       '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                       % (n, n, escape(m.group(1))))
        else:
            e = escape(p)
            e = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="Strong">\1</text:span>', e)
            res.append(e)
    return "".join(res)

def h(level, text):
    body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (level, level, inline(text)))

def p(text, style="Text_20_body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(text)))

def ul(items):
    body.append('<text:list text:style-name="LBullet">' + "".join(
        '<text:list-item><text:p text:style-name="List_20_Bullet">%s</text:p></text:list-item>' % inline(i) for i in items) + '</text:list>')

def ol(items):
    body.append('<text:list text:style-name="LNumber">' + "".join(
        '<text:list-item><text:p text:style-name="List_20_Number">%s</text:p></text:list-item>' % inline(i) for i in items) + '</text:list>')

tcount = [0]
def table(header, rows, widths, caption=None):
    """rows: list of lists; a cell may be ('span', n, text) for vertical merge, or None for covered."""
    tcount[0] += 1
    name = "Tabel%d" % tcount[0]
    if caption:
        p(caption, "Table_20_Caption")
    x = ['<table:table table:name="%s" table:style-name="Tbl">' % name]
    for i, w in enumerate(widths):
        x.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
    x.append('<table:table-header-rows><table:table-row>')
    for c in header:
        x.append('<table:table-cell table:style-name="CellHead" office:value-type="string"><text:p text:style-name="Table_20_Heading">%s</text:p></table:table-cell>' % inline(c))
    x.append('</table:table-row></table:table-header-rows>')
    for r in rows:
        x.append('<table:table-row>')
        for c in r:
            if c is None:
                x.append('<table:covered-table-cell/>')
            elif isinstance(c, tuple):
                x.append('<table:table-cell table:style-name="Cell" table:number-rows-spanned="%d" office:value-type="string">%s</table:table-cell>'
                         % (c[1], "".join('<text:p text:style-name="Table_20_Contents">%s</text:p>' % inline(t) for t in c[2].split("\n"))))
            else:
                x.append('<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="Table_20_Contents">%s</text:p></table:table-cell>' % inline(c))
        x.append('</table:table-row>')
    x.append('</table:table>')
    body.append("".join(x))
    colstyles.append((name, widths))

colstyles = []

# ---------------------------------------------------------------- content
p("Fictieve NHG-Standaard Mosselbankkoorts (M179)", "Title")
p("FICTIEF — geen medisch advies. Dit document is verzonnen en uitsluitend bedoeld voor het testen van software.", "Subtitle")
p("Versie 1.2, vastgesteld 14 maart 2026; herziening gepland in 2029. Werkgroep: fictieve werkgroep Mosselbankkoorts.")

h(1, "Kernboodschappen")
ul([
    "Denk aan mosselbankkoorts bij koorts en een pijnlijke lieszwelling binnen 10 dagen na contact met mosselbanken, slik of rauwe schelpdieren.",
    "Bepaal bij iedere verdenking de SLIK-SCORE; doe bij een score van 3 of 4 de MytiSnel-sneltest.",
    "Kwelmycine is het middel van eerste keus, ook bij zwangeren.",
    "Brakoxacine is het middel van tweede keus bij overgevoeligheid voor kwelmycine, maar is gecontra-indiceerd bij kinderen jonger dan 18 jaar en bij zwangeren.",
    "Verwijs direct bij alarmsymptomen en bij zuigelingen jonger dan 3 maanden.",
])

h(1, "Achtergronden")
h(2, "Begrippen")
p("**Mosselbankkoorts**: een acute bacteriële infectie door Halomonas slikensis, gekenmerkt door koorts, een pijnlijke inguinale lymfeklierzwelling en soms blaasjes op handen of voeten.")
p("**Recidief**: opnieuw optreden van mosselbankkoorts binnen 6 maanden na een adequaat behandelde episode.")
p("**Gecompliceerde mosselbankkoorts**: mosselbankkoorts met abcesvorming van de lieskliertjes, sepsis of nierfunctiestoornis.")

h(2, "Epidemiologie")
p("De incidentie in de huisartsenpraktijk bedraagt naar schatting 3,2 per 1000 patiënten per jaar.[[fn:Gegevens uit het fictieve registratienetwerk Kustpraktijken 2019–2024; in totaal 412 episoden bij 128.000 ingeschreven patiënten.]] In de provincie Zeeland is de incidentie ongeveer 4 keer zo hoog als landelijk. De ziekte komt het meest voor in augustus en september. Mannen worden vaker getroffen dan vrouwen (verhouding 1,4 : 1). De meeste patiënten zijn tussen 20 en 45 jaar oud; mosselvissers en wadlopers vormen een risicogroep.")

h(2, "Etiologie en pathogenese")
p("De verwekker Halomonas slikensis leeft in zuurstofarm slik rond mosselbanken. Besmetting vindt plaats via kleine snijwondjes aan handen of voeten en zelden via het eten van rauwe mosselen. De incubatietijd is 2 tot 6 dagen. Overdracht van mens op mens is niet beschreven.[[fn:In de fictieve uitbraakanalyse Oosterschelde 2022 (n = 57) werd geen enkel geval van secundaire overdracht binnen huishoudens gevonden.]]")
p("Zonder behandeling herstelt ongeveer 60% van de patiënten binnen 3 weken; bij 8% ontstaat een abces van de lieskliertjes.")

h(1, "Richtlijnen diagnostiek")
h(2, "Anamnese")
p("Vraag bij een patiënt met koorts en een pijnlijke zwelling in de lies naar:")
ul([
    "contact met mosselbanken, slik of schelpdieren in de afgelopen 10 dagen;",
    "wondjes aan handen of voeten;",
    "duur en hoogte van de koorts;",
    "diarree en het aantal ontlastingen per dag;",
    "gebruik van vitamine K-antagonisten, QT-verlengende middelen en lithium;",
    "zwangerschap en borstvoeding.",
])
h(2, "Lichamelijk onderzoek")
p("Meet temperatuur, pols en bloeddruk. Palpeer de liezen: de typische klier is 2 tot 4 cm groot, drukpijnlijk en niet fluctuerend. Inspecteer handen en voeten op blaasjes en wondjes. Een fluctuerende klier groter dan 5 cm wijst op een abces.")

h(2, "Aanvullend onderzoek")
h(3, "MytiSnel-sneltest")
p("De MytiSnel-sneltest is een antigeentest op capillair bloed uit een vingerprik; de uitslag is na 15 minuten af te lezen. De sensitiviteit is 88% en de specificiteit 94%.[[fn:Sensitiviteit en specificiteit ten opzichte van PCR op klierpunctaat in een fictieve validatiestudie onder 640 patiënten in 21 huisartsenpraktijken.]] Een negatieve test sluit mosselbankkoorts niet uit als de klachten korter dan 48 uur bestaan; herhaal de test dan na 2 dagen.")
h(3, "Laboratoriumonderzoek")
p("Bepaal het CRP alleen bij twijfel over de diagnose. Een CRP boven 100 mg/l past bij een gecompliceerd beloop. Bepaal de eGFR bij patiënten ouder dan 70 jaar en bij bekende nierfunctiestoornis voordat kwelmycine wordt voorgeschreven.")

h(2, "SLIK-SCORE")
p("De SLIK-SCORE schat de kans op mosselbankkoorts. Tel de punten van de aanwezige criteria op (maximaal 8 punten).")
table(["Criterium", "Punten"], [
    ["Contact met mosselbank, slik of rauwe schelpdieren in de afgelopen 10 dagen", "2"],
    ["Pijnlijke inguinale lymfeklierzwelling", "2"],
    ["Temperatuur ≥ 38,5 °C", "1"],
    ["Blaasjes op handen of voeten", "1"],
    ["Diarree ≥ 3 keer per dag", "1"],
    ["Leeftijd ≥ 65 jaar", "1"],
], [12, 3], "Tabel 1 SLIK-SCORE: criteria en punten")
p("")
table(["Score", "Kans", "Beleid"], [
    ["0–2 punten", "Laag (< 5%)", "Geen sneltest; andere oorzaak zoeken; controle bij aanhouden klachten na 3 dagen"],
    ["3–4 punten", "Intermediair (15–40%)", "MytiSnel-sneltest; behandelen bij positieve uitslag"],
    ["5–8 punten", "Hoog (> 60%)", "Direct behandelen met kwelmycine zonder sneltest"],
], [3, 4, 9], "Tabel 2 SLIK-SCORE: scoreklassen en beleid")

h(1, "Alarmsymptomen")
p("Verwijs direct (dezelfde dag) bij een van de volgende alarmsymptomen:")
ul([
    "temperatuur boven 40,0 °C;",
    "verwardheid of verlaagd bewustzijn;",
    "snel uitbreidende roodheid van de lies (meer dan 2 cm in 4 uur);",
    "systolische bloeddruk lager dan 90 mmHg of pols hoger dan 120/min;",
    "minder dan 500 ml urine per 24 uur;",
    "nekstijfheid.",
])

h(1, "Beleid")
h(2, "Voorlichting")
p("Leg uit dat mosselbankkoorts niet besmettelijk is voor huisgenoten. Adviseer bij werk op mosselbanken waterdichte handschoenen en laarzen te dragen en wondjes direct te spoelen met schoon water. De koorts daalt meestal binnen 48 uur na de start van de behandeling; de klierzwelling kan 2 tot 3 weken blijven bestaan.")
h(2, "Niet-medicamenteuze behandeling")
ul([
    "Voldoende drinken: ten minste 2 liter per dag bij koorts.",
    "Koelen van de lies met een koud kompres, 3 keer per dag 15 minuten.",
    "Geen werkzaamheden op mosselbanken tot 7 dagen na het verdwijnen van de koorts.",
])
h(2, "Medicamenteuze behandeling")
p("Volg het onderstaande stappenplan:")
ol([
    "Start bij een SLIK-SCORE van 5 of hoger, of bij een positieve MytiSnel-sneltest, met kwelmycine gedurende 7 dagen.",
    "Kies bij overgevoeligheid voor kwelmycine bij volwassenen brakoxacine gedurende 5 dagen.",
    "Geef bij koorts of pijn zo nodig zilterol als ondersteunende behandeling, maximaal 5 dagen.",
    "Geef wierdaxine gedurende 10 dagen bij een recidief of als de koorts na 72 uur kwelmycine niet is gedaald.[[fn:Bij falen van kwelmycine na 72 uur bleek wierdaxine in een fictieve gerandomiseerde studie (n = 214) bij 81% van de patiënten tot genezing te leiden, tegenover 63% bij voortzetten van kwelmycine.]]",
])
p("Zie tabel 3 voor de doseringen per patiëntgroep.[[fn:Doseringen voor kinderen zijn gebaseerd op het lichaamsgewicht; bij een gewicht op de grens van twee gewichtsklassen geldt de laagste klasse.]]")

table(["Middel (toedieningsvorm)", "Patiëntgroep", "Dosering", "Duur", "Maximum per dag", "Opmerkingen"], [
    [("span", 8, "Kwelmycine\n(tablet 250 mg, 500 mg; suspensie 50 mg/ml)"), "Volwassenen", "500 mg 3 dd", "7 dagen", "1500 mg", "Innemen tijdens de maaltijd"],
    [None, "Ouderen > 70 jaar", "250 mg 3 dd", "7 dagen", "750 mg", "eGFR bepalen vóór start"],
    [None, "Kinderen 10–20 kg", "125 mg 3 dd (suspensie)", "7 dagen", "375 mg", "Suspensie 50 mg/ml: 2,5 ml per keer"],
    [None, "Kinderen 20–40 kg", "250 mg 3 dd", "7 dagen", "750 mg", "Tablet of suspensie"],
    [None, "Kinderen > 40 kg", "500 mg 3 dd", "7 dagen", "1500 mg", "Als volwassenen"],
    [None, "Zwangeren", "500 mg 3 dd", "7 dagen", "1500 mg", "Eerste keus in alle trimesters"],
    [None, "eGFR 30–60 ml/min/1,73 m²", "500 mg 2 dd", "7 dagen", "1000 mg", "Dosis verlagen"],
    [None, "eGFR < 30 ml/min/1,73 m²", "Niet gebruiken", "–", "–", "Overleg met internist"],
    [("span", 5, "Brakoxacine\n(tablet 200 mg)"), "Volwassenen", "400 mg 1 dd", "5 dagen", "400 mg", "Tweede keus bij overgevoeligheid voor kwelmycine"],
    [None, "Ouderen > 70 jaar", "200 mg 1 dd", "5 dagen", "200 mg", "ECG bij QT-verlengende comedicatie"],
    [None, "Kinderen < 18 jaar", "Gecontra-indiceerd", "–", "–", "Kraakbeenschade"],
    [None, "Zwangeren", "Gecontra-indiceerd", "–", "–", "Kies kwelmycine"],
    [None, "eGFR < 30 ml/min/1,73 m²", "200 mg eenmaal per 48 uur", "5 dagen (3 doses)", "200 mg", "Niet combineren met antacida"],
    [("span", 5, "Zilterol\n(tablet 100 mg; zetpil 50 mg)"), "Volwassenen", "200 mg 3 dd zo nodig", "Maximaal 5 dagen", "800 mg", "Bij koorts of pijn"],
    [None, "Ouderen > 70 jaar", "100 mg 3 dd zo nodig", "Maximaal 5 dagen", "300 mg", "Let op maagklachten"],
    [None, "Kinderen 10–20 kg", "Zetpil 50 mg 2 dd", "Maximaal 3 dagen", "100 mg", "Niet onder 10 kg"],
    [None, "Kinderen 20–40 kg", "100 mg 2 dd", "Maximaal 3 dagen", "200 mg", "Tablet"],
    [None, "Zwangeren", "100 mg 2 dd (trimester 1 en 2)", "Maximaal 3 dagen", "200 mg", "Niet in het derde trimester"],
    [("span", 4, "Wierdaxine\n(capsule 150 mg)"), "Volwassenen", "Oplaaddosis 300 mg, daarna 150 mg 1 dd", "10 dagen", "300 mg", "Bij recidief of falen van kwelmycine"],
    [None, "Ouderen > 70 jaar", "150 mg 1 dd, geen oplaaddosis", "10 dagen", "150 mg", "Leverfuncties controleren op dag 5"],
    [None, "Kinderen > 25 kg", "3 mg/kg 1 dd", "10 dagen", "150 mg", "Alleen na overleg met kinderarts"],
    [None, "eGFR 15–30 ml/min/1,73 m²", "150 mg eenmaal per 48 uur", "10 dagen", "150 mg", "Niet bij eGFR < 15"],
], [4, 4, 4, 3, 3, 5], "Tabel 3 Doseringen bij mosselbankkoorts")

h(2, "Zwangerschap en borstvoeding")
p("Kwelmycine is bij zwangeren het middel van eerste keus en kan in alle trimesters worden gebruikt. Brakoxacine is gecontra-indiceerd tijdens de zwangerschap. Zilterol mag in het eerste en tweede trimester kortdurend worden gebruikt, maar niet na 28 weken zwangerschap. Over wierdaxine bij zwangeren zijn onvoldoende gegevens; geef het alleen na overleg met de gynaecoloog.")
p("Tijdens de borstvoeding mag kwelmycine worden gebruikt. Bij gebruik van brakoxacine wordt geadviseerd de borstvoeding te onderbreken tot 48 uur na de laatste dosis. Wierdaxine wordt tijdens de borstvoeding afgeraden.")

h(2, "Contra-indicaties")
ul([
    "Kwelmycine: overgevoeligheid voor kwelmycine of andere slikamiden; myasthenia gravis; eGFR < 30 ml/min/1,73 m².",
    "Brakoxacine: leeftijd jonger dan 18 jaar; zwangerschap; verlengd QTc-interval (> 470 ms bij vrouwen, > 450 ms bij mannen).",
    "Zilterol: actief maagulcus; ernstig hartfalen (NYHA-klasse IV); derde trimester van de zwangerschap.",
    "Wierdaxine: ernstige leverfunctiestoornis (Child-Pugh C); acute porfyrie; eGFR < 15 ml/min/1,73 m².",
])

h(2, "Interacties")
ul([
    "Kwelmycine versterkt de werking van vitamine K-antagonisten: controleer de INR binnen 3 dagen na de start.",
    "Brakoxacine niet combineren met andere QT-verlengende middelen; neem antacida of ijzerpreparaten ten minste 2 uur na brakoxacine in.",
    "Zilterol verhoogt de lithiumspiegel: bepaal de lithiumspiegel na 4 dagen.",
    "Wierdaxine verhoogt de spiegel van simvastatine: maximaal 20 mg simvastatine per dag tijdens de kuur, of de statine tijdelijk staken.",
])

h(1, "Controles")
p("Spreek de volgende controlemomenten af:")
ol([
    "Telefonische controle op dag 3 na de start van de behandeling: is de koorts gedaald?",
    "Bij ouderen boven 70 jaar een extra controle op dag 2, bij voorkeur met meting van temperatuur en bloeddruk.",
    "Consult op dag 10: beoordeel de lieszwelling; een klier die nog groter is dan 3 cm vraagt om controle na 2 weken.",
    "Bij patiënten die wierdaxine gebruiken: leverfuncties (ALAT) op dag 5.",
])
p("Na een volledig herstel is verdere controle niet nodig. Een tweede MytiSnel-sneltest na de behandeling heeft geen zin, omdat de test tot 6 weken positief kan blijven.[[fn:Persisterend antigeen werd in de fictieve validatiestudie bij 71% van de patiënten na 4 weken en bij 12% na 6 weken nog aangetoond.]]")

h(1, "Consultatie en verwijzing")
p("Verwijs of overleg in de volgende situaties:")
ul([
    "Direct naar de SEH of internist bij een of meer alarmsymptomen.",
    "Direct naar de kinderarts bij zuigelingen jonger dan 3 maanden met verdenking op mosselbankkoorts.",
    "Naar de internist als de temperatuur na 72 uur behandeling nog boven 39,5 °C is.",
    "Naar de gynaecoloog bij zwangeren vanaf 32 weken met een temperatuur van 38,5 °C of hoger.",
    "Naar de chirurg bij een fluctuerende lieszwelling groter dan 5 cm (abces).",
    "Naar de internist-infectioloog bij 2 of meer recidieven binnen 12 maanden.",
    "Overleg met de internist bij een eGFR onder 30 ml/min/1,73 m².",
])

h(1, "Noten")
p("De noten bij deze standaard staan als voetnoten onder aan de pagina. Aanvullende toelichting:")
p("Noot A. De SLIK-SCORE is afgeleid in een fictief cohort van 1.180 patiënten met koorts en lieszwelling; de oppervlakte onder de ROC-curve was 0,84.")
p("Noot B. De keuze voor 7 dagen kwelmycine is gebaseerd op een fictieve non-inferioriteitsstudie waarin 7 dagen even effectief was als 14 dagen (genezing 92% versus 93%).")
p("Noot C. Het verbod op werk op mosselbanken tot 7 dagen na het verdwijnen van de koorts is gebaseerd op consensus binnen de werkgroep.")

# ---------------------------------------------------------------- document
col_xml = []
for name, widths in colstyles:
    tot = sum(widths)
    for i, w in enumerate(widths):
        col_xml.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                       % (name, i, 17.0 * w / tot))

def heading_style(n, size):
    return ('<style:style style:name="Heading_20_%d" style:display-name="Heading %d" style:family="paragraph" style:parent-style-name="Heading" '
            'style:next-style-name="Text_20_body" style:default-outline-level="%d" style:class="text">'
            '<style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm"/>'
            '<style:text-properties fo:font-size="%dpt" fo:font-weight="bold"/></style:style>' % (n, n, n, size))

outline = "".join(
    '<text:outline-level-style text:level="%d" style:num-format="1" text:display-levels="%d" style:num-suffix=" ">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>' % (l, l)
    for l in range(1, 4))

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Fictieve Standaard Mosselbankkoorts (FT-179)</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="nl" fo:country="NL"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body"><style:paragraph-properties fo:keep-with-next="always"/></style:style>
{heading_style(1, 16)}{heading_style(2, 13)}{heading_style(3, 11)}
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="12pt" fo:color="#c00000"/></style:style>
<style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body"/>
<style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph" style:parent-style-name="Text_20_body"/>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Table_20_Caption" style:display-name="Table Caption" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:outline-style style:name="Outline">{outline}</text:outline-style>
<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.4cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="LNumber"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>
{"".join(col_xml)}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''
with open(out, "w", encoding="utf-8") as f:
    f.write(doc)
