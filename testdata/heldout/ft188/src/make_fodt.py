#!/usr/bin/env python3
"""Writes turfschurft.fodt: a flat ODT as a practice would make it in a word
processor (heading styles, bulleted and numbered lists, real footnotes, two
tables, one with a vertically merged drug cell, running header and footer).
Standard library only."""
import re
import sys
from xml.sax.saxutils import escape

NOTES = {}
NOTE_ORDER = []


def inline(s):
    """Escape text and turn {n:key} into footnotes, **x** into bold, *x* into italic."""
    out = []
    pos = 0
    for m in re.finditer(r"\{n:([a-z0-9]+)\}|\*\*(.+?)\*\*|\*(.+?)\*", s):
        out.append(escape(s[pos:m.start()]))
        if m.group(1):
            key = m.group(1)
            NOTE_ORDER.append(key)
            n = len(NOTE_ORDER)
            body = "".join('<text:p text:style-name="Footnote">%s</text:p>' % escape(p) for p in NOTES[key])
            out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                       '<text:note-citation>%d</text:note-citation><text:note-body>%s</text:note-body></text:note>'
                       % (n, n, body))
        elif m.group(2):
            out.append('<text:span text:style-name="Tbold">%s</text:span>' % escape(m.group(2)))
        else:
            out.append('<text:span text:style-name="Titalic">%s</text:span>' % escape(m.group(3)))
        pos = m.end()
    out.append(escape(s[pos:]))
    return "".join(out)


def H(level, text):
    return '<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>\n' % (level, level, inline(text))


def P(text, style="Text_20_body"):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, inline(text))


def UL(items):
    s = '<text:list text:style-name="LBullet">\n'
    for it in items:
        s += '<text:list-item><text:p text:style-name="List_20_Bullet">%s</text:p></text:list-item>\n' % inline(it)
    return s + '</text:list>\n'


def OL(items):
    s = '<text:list text:style-name="LNumber">\n'
    for it in items:
        s += '<text:list-item><text:p text:style-name="List_20_Number">%s</text:p></text:list-item>\n' % inline(it)
    return s + '</text:list>\n'


def cell(text, head=False, span=1, colspan=1):
    attrs = ''
    if span > 1:
        attrs += ' table:number-rows-spanned="%d"' % span
    if colspan > 1:
        attrs += ' table:number-columns-spanned="%d"' % colspan
    style = "Table_20_Heading" if head else "Table_20_Contents"
    paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (style, inline(t)) for t in text.split("\n"))
    return '<table:table-cell table:style-name="Cell" office:value-type="string"%s>%s</table:table-cell>' % (attrs, paras)


COVERED = '<table:covered-table-cell/>'


def TABLE(name, widths, header, rows):
    """rows: list of lists; a cell may be ('text', rowspan) or ('text', 1, colspan); None = covered."""
    s = '<table:table table:name="%s" table:style-name="%s">\n' % (name, name)
    for i, w in enumerate(widths):
        s += '<table:table-column table:style-name="%s.C%d"/>\n' % (name, i)
    s += '<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>\n' % "".join(cell(h, True) for h in header)
    for r in rows:
        s += '<table:table-row>'
        for c in r:
            if c is None:
                s += COVERED
            elif isinstance(c, tuple):
                s += cell(c[0], span=c[1], colspan=(c[2] if len(c) > 2 else 1))
                if len(c) > 2:
                    s += COVERED * (c[2] - 1)
            else:
                s += cell(c)
        s += '</table:table-row>\n'
    return s + '</table:table>\n'


def table_styles(name, widths_cm):
    total = sum(widths_cm)
    s = '<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>\n' % (name, total)
    for i, w in enumerate(widths_cm):
        s += '<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>\n' % (name, i, w)
    return s


# ---------------------------------------------------------------- notes
NOTES.update({
    "inc": ["Incidentie in het fictieve Peilstationsnetwerk Noord (PSN) over 2019-2023: gemiddeld 4 per 1000 patiënten per jaar; "
            "in de veenkoloniën van Drenthe en Groningen 11 per 1000 patiënten per jaar. Deze cijfers zijn verzonnen voor testdoeleinden."],
    "tsg": ["Turfschurft-glomerulitis (TSG) is een immuuncomplexreactie die 2 tot 4 weken na de huiduitslag optreedt. "
            "In een fictief cohort van 640 patiënten ontwikkelde 2% TSG; bij 1 op de 5 van hen bleef de eGFR blijvend verlaagd."],
    "score": ["De TURF-score werd gevalideerd in een fictief onderzoek bij 412 patiënten met jeukende handen. "
              "Bij een score van 4 of meer punten was de positief voorspellende waarde 86%; bij 0 of 1 punt was de negatief voorspellende waarde 94%."],
    "hsm": ["Het huidschraapsel wordt afgenomen met een scalpel nr. 15 aan het uiteinde van een turfstreep en in een droog potje naar het laboratorium gestuurd. "
            "De uitslag is na 3 werkdagen bekend. Een negatieve uitslag sluit turfschurft niet uit (sensitiviteit 70%)."],
    "merro": ["Merrovadine wordt beter opgenomen met een vette maaltijd (biologische beschikbaarheid 2,5 keer hoger). "
              "In het eerste trimester van de zwangerschap is merrovadine gecontra-indiceerd vanwege fictieve dierexperimentele aanwijzingen voor neuralebuisdefecten."],
    "zilb": ["Zilbenamide-crème 5% werd vroeger veel gebruikt. In twee fictieve trials was zilbenamide niet effectiever dan placebo "
             "(genezing na 14 dagen 41% versus 39%) en gaf het bij 12% van de gebruikers contactallergie. Daarom raadt de werkgroep zilbenamide af."],
    "kalv": ["Kalvotrexol remt CYP3A4. Combinatie met simvastatine verhoogt het risico op myopathie; stop simvastatine tijdens de kuur en tot 3 dagen erna."],
    "recid": ["Na een tweede kuur is de kans op genezing nog 80%; na twee mislukte kuren is de kans op een andere diagnose (vooral dyshidrotisch eczeem) groot."],
})

# ---------------------------------------------------------------- body
B = []
B.append(P("Fictieve Standaard Turfschurft (FT-188)", "Title"))
B.append(P("Fictieve werkgroep huisartsen Noord. Vastgesteld oktober 2026. Dit is een verzonnen testdocument en geen medisch advies.", "Subtitle"))

B.append(H(1, "Kernboodschappen"))
B.append(UL([
    "Turfschurft is een fictieve, jeukende huidinfectie van handen en onderarmen door de mijt *Turfacarus palustris*, opgelopen bij contact met natte veengrond of turf.",
    "Stel de diagnose met de TURF-score; bij 4 punten of meer is turfschurft waarschijnlijk en kan zonder aanvullend onderzoek worden behandeld.",
    "Behandel in eerste instantie met merrovadine gedurende 5 dagen; kalvotrexol is tweede keus.",
    "Geef strandocilline alleen bij een secundaire bacteriële infectie van de huid.",
    "Controleer de urine bij donkere of schuimende urine of oedeem: dit kan wijzen op turfschurft-glomerulitis.",
]))

B.append(H(1, "Achtergronden"))
B.append(H(2, "Begrippen"))
B.append(P("**Turfschurft**: jeukende papulovesiculaire huiduitslag aan handen, vingers en onderarmen, ontstaan binnen 14 dagen na contact met veen, turf of turfhoudende potgrond, met zichtbare turfstrepen of een positief huidschraapsel."))
B.append(P("**Turfstrepen**: bruinige, licht verheven lineaire gangetjes van 2 tot 5 mm lengte, vooral in de vingerzwemvliezen en aan de polsen."))
B.append(P("**Chronische turfschurft (CTS)**: klachten die langer dan 8 weken bestaan ondanks behandeling of zonder behandeling."))
B.append(P("**Recidief**: opnieuw klachten na een klachtenvrije periode van minimaal 4 weken."))
B.append(H(2, "Epidemiologie"))
B.append(P("De incidentie van turfschurft in de huisartsenpraktijk is ongeveer 4 per 1000 patiënten per jaar.{n:inc} In veengebieden ligt de incidentie hoger. "
           "Turfschurft komt vaker voor bij mannen dan bij vrouwen (verhouding 3:2). De piekincidentie ligt tussen 40 en 60 jaar; een tweede, kleinere piek ligt bij kinderen van 5 tot 12 jaar. "
           "Ongeveer 15% van de patiënten krijgt binnen een jaar een recidief. Het aantal meldingen stijgt in de maanden april tot en met juni, wanneer in tuinen en op volkstuincomplexen veel met potgrond wordt gewerkt."))
B.append(H(2, "Etiologie en pathofysiologie"))
B.append(P("De mijt *Turfacarus palustris* leeft in zuurstofarme, natte veengrond. Na huidcontact graaft het vrouwtje gangetjes in de hoornlaag, die als turfstrepen zichtbaar worden. "
           "De incubatietijd is 3 tot 10 dagen. Turfschurft is overdraagbaar via direct huidcontact, tot 48 uur na het begin van een effectieve behandeling. "
           "Bij ongeveer 2% van de patiënten ontstaat enkele weken na de huiduitslag een turfschurft-glomerulitis (TSG).{n:tsg}"))
B.append(H(2, "Beloop"))
B.append(P("Zonder behandeling geneest ongeveer 60% van de patiënten spontaan binnen 6 weken. Met behandeling is 90% binnen 14 dagen klachtenvrij. "
           "De jeuk kan na genezing van de huid nog 1 tot 2 weken aanhouden; dit is geen teken van therapiefalen."))

B.append(H(1, "Richtlijnen diagnostiek"))
B.append(H(2, "Anamnese"))
B.append(P("Vraag naar:"))
B.append(UL([
    "contact met veen, turf of potgrond in de afgelopen 14 dagen (tuinieren, turfsteken, werk in een kwekerij);",
    "duur en beloop van de klachten, en of de jeuk 's nachts erger is;",
    "vergelijkbare klachten bij gezinsleden of collega's;",
    "koorts, toenemende roodheid of pijn;",
    "donkere of schuimende urine en gezwollen enkels of oogleden;",
    "gebruik van immunosuppressiva, zwangerschap en nierfunctiestoornissen;",
    "eerdere behandeling, inclusief zelfzorgmiddelen.",
]))
B.append(H(2, "Lichamelijk onderzoek"))
B.append(P("Inspecteer handen, vingerzwemvliezen, polsen en onderarmen. Let op turfstrepen, papels, blaasjes, krabeffecten en tekenen van secundaire infectie (honinggele korsten, pus, cellulitis). "
           "Meet de temperatuur bij een zieke indruk. Palpeer de okselklieren. Kijk bij verdenking op TSG naar oedeem van enkels en oogleden en meet de bloeddruk."))
B.append(H(2, "TURF-score"))
B.append(P("Bepaal bij iedere patiënt met jeukende huidafwijkingen aan handen of onderarmen de Turfschurft Uitslag Risico Formulier-score (TURF-score).{n:score}"))
B.append(P("Tabel 1 TURF-score", "Caption"))
B.append(TABLE("Tabel1", [10, 3],
               ["Criterium", "Punten"],
               [
                   ["Contact met veen, turf of potgrond in de afgelopen 14 dagen", "2"],
                   ["Nachtelijke jeuk", "1"],
                   ["Turfstrepen zichtbaar", "3"],
                   ["Gezinslid of collega met vergelijkbare klachten", "1"],
                   ["Afwijkingen uitsluitend aan handen en onderarmen", "1"],
                   ["Andere diagnose waarschijnlijker (bijvoorbeeld eczeem)", "-2"],
                   [("Interpretatie", 1, 2)],
                   ["0-1 punt: turfschurft onwaarschijnlijk; overweeg een andere diagnose", "laag"],
                   ["2-3 punten: turfschurft mogelijk; neem een huidschraapsel af", "middel"],
                   ["4 punten of meer: turfschurft waarschijnlijk; behandel zonder aanvullend onderzoek", "hoog"],
               ]))
B.append(H(2, "Aanvullend onderzoek"))
B.append(UL([
    "Huidschraapsel met microscopie (HSM) bij een TURF-score van 2 of 3 punten en bij twijfel over de diagnose.{n:hsm}",
    "Urineonderzoek (dipstick op eiwit en erytrocyten) bij donkere of schuimende urine, oedeem of een verhoogde bloeddruk.",
    "Bepaal de eGFR (geschatte glomerulaire filtratiesnelheid) en de albumine-creatinineratio (ACR) als de dipstick positief is voor eiwit.",
    "Bepaal het CRP alleen bij koorts of verdenking op cellulitis.",
]))
B.append(H(2, "Alarmsymptomen"))
B.append(P("Alarmsymptomen bij turfschurft zijn:"))
B.append(UL([
    "koorts boven 38,5 °C met snel uitbreidende roodheid (verdenking cellulitis);",
    "donkere of schuimende urine, oedeem of een daling van de eGFR (verdenking TSG);",
    "uitbreiding van de huiduitslag naar het gelaat of rond de ogen;",
    "turfschurft bij een patiënt die immunosuppressiva gebruikt;",
    "turfschurft bij een zuigeling jonger dan 3 maanden.",
]))

B.append(H(1, "Richtlijnen beleid"))
B.append(H(2, "Voorlichting"))
B.append(P("Leg uit dat turfschurft wordt veroorzaakt door een mijt uit veengrond en niet door slechte hygiëne. "
           "De patiënt is niet meer besmettelijk vanaf 48 uur na het begin van de behandeling. "
           "Adviseer bij tuinieren en werken met potgrond nitril handschoenen te dragen. Was beddengoed, handdoeken en werkhandschoenen op minimaal 60 °C. "
           "Gezinsleden hoeven alleen behandeld te worden als zij zelf klachten hebben. Kinderen mogen naar school of kinderopvang zodra zij 48 uur behandeld zijn."))
B.append(H(2, "Niet-medicamenteuze behandeling"))
B.append(UL([
    "Koele, vochtige kompressen 3 keer per dag 10 minuten verminderen de jeuk.",
    "Houd de nagels kort om krabeffecten en secundaire infectie te voorkomen.",
    "Vermijd contact met veen en potgrond tot de huid volledig genezen is.",
]))
B.append(H(2, "Medicamenteuze behandeling"))
B.append(P("Volg bij medicamenteuze behandeling de volgende stappen:"))
B.append(OL([
    "Stap 1: merrovadine oraal gedurende 5 dagen.{n:merro}",
    "Stap 2: kalvotrexol oraal gedurende 7 dagen bij onvoldoende effect van merrovadine na 7 dagen, of bij een contra-indicatie voor merrovadine (eGFR < 30 ml/min/1,73 m²).{n:kalv} In het eerste trimester van de zwangerschap zijn merrovadine en kalvotrexol beide gecontra-indiceerd.",
    "Bij een secundaire bacteriële infectie (honinggele korsten, pus): voeg strandocilline toe aan stap 1 of 2.",
    "Bij hinderlijke jeuk: duinoprofen 200 mg 3 keer per dag gedurende maximaal 5 dagen (niet bij kinderen jonger dan 12 jaar).",
]))
B.append(P("Zilbenamide-crème wordt afgeraden.{n:zilb} Lokale corticosteroïden hebben geen plaats in de behandeling van turfschurft, omdat zij de mijt niet doden."))
B.append(P("Tabel 2 Doseringen bij turfschurft", "Caption"))
B.append(TABLE("Tabel2", [2.6, 3.0, 2.2, 1.4, 1.5, 2.0, 3.5],
               ["Geneesmiddel", "Patiëntgroep", "Dosering", "Frequentie", "Duur", "Maximum", "Opmerkingen"],
               [
                   [("Merrovadine\ntablet 100 mg\ndrank 20 mg/ml", 8), "Volwassenen", "200 mg", "2 dd", "5 dagen", "400 mg/dag", "Innemen met een vette maaltijd"],
                   [None, "Kinderen < 10 kg of < 1 jaar", "Niet aanbevolen", "-", "-", "-", "Overleg met kinderarts"],
                   [None, "Kinderen 10-25 kg", "8 mg/kg per gift", "2 dd", "5 dagen", "200 mg/dag", "Drank 20 mg/ml"],
                   [None, "Kinderen 25-40 kg", "100 mg", "2 dd", "5 dagen", "300 mg/dag", "Tablet mag fijngemaakt worden"],
                   [None, "Ouderen ≥ 75 jaar", "100 mg", "2 dd", "5 dagen", "200 mg/dag", "Let op duizeligheid en valrisico"],
                   [None, "Zwangerschap 2e en 3e trimester", "100 mg", "2 dd", "5 dagen", "200 mg/dag", "Gecontra-indiceerd in het eerste trimester"],
                   [None, "eGFR 30-60 ml/min/1,73 m²", "200 mg", "1 dd", "5 dagen", "200 mg/dag", "Geen controle nodig"],
                   [None, "eGFR < 30 ml/min/1,73 m²", "Gecontra-indiceerd", "-", "-", "-", "Kies in plaats daarvan kalvotrexol"],
                   [("Kalvotrexol\ncapsule 250 mg", 7), "Volwassenen", "250 mg", "3 dd", "7 dagen", "750 mg/dag", "Niet combineren met simvastatine"],
                   [None, "Kinderen < 6 jaar", "Niet geregistreerd", "-", "-", "-", "Overleg met kinderarts"],
                   [None, "Kinderen ≥ 6 jaar en ≥ 20 kg", "10 mg/kg per gift", "3 dd", "7 dagen", "750 mg/dag", "Capsule openen en inhoud over yoghurt strooien"],
                   [None, "Ouderen ≥ 75 jaar", "250 mg", "2 dd", "7 dagen", "500 mg/dag", "Controleer natrium na 5 dagen"],
                   [None, "Zwangerschap en borstvoeding", "Gecontra-indiceerd", "-", "-", "-", "Teratogeen; kies merrovadine (2e en 3e trimester)"],
                   [None, "eGFR 15-30 ml/min/1,73 m²", "250 mg", "1 dd", "7 dagen", "250 mg/dag", "Controleer kalium na 3 dagen"],
                   [None, "eGFR < 15 ml/min/1,73 m²", "Niet gebruiken", "-", "-", "-", "Overleg met nefroloog"],
                   [("Strandocilline\ncapsule 500 mg\nsuspensie 50 mg/ml", 5), "Volwassenen", "500 mg", "3 dd", "7 dagen", "1500 mg/dag", "Gecontra-indiceerd bij penicillineallergie"],
                   [None, "Kinderen", "12,5 mg/kg per gift", "3 dd", "7 dagen", "1500 mg/dag", "Suspensie 50 mg/ml"],
                   [None, "Ouderen", "500 mg", "3 dd", "7 dagen", "1500 mg/dag", "Geen aanpassing nodig"],
                   [None, "Zwangerschap", "500 mg", "3 dd", "7 dagen", "1500 mg/dag", "Veilig in alle trimesters"],
                   [None, "eGFR < 30 ml/min/1,73 m²", "500 mg", "2 dd", "7 dagen", "1000 mg/dag", "Let op diarree"],
               ]))
B.append(P("Rekenvoorbeeld: een kind van 15 kg krijgt merrovadine 8 mg/kg per gift, dat is 120 mg (6 ml drank 20 mg/ml) 2 keer per dag gedurende 5 dagen."))

B.append(H(2, "Controles"))
B.append(UL([
    "Evalueer het effect telefonisch 7 dagen na het begin van de behandeling.",
    "Beoordeel de huid opnieuw op het spreekuur als de klachten na 14 dagen niet duidelijk verminderd zijn.",
    "Herhaal bij patiënten met TSG het urineonderzoek en de eGFR na 4 weken en daarna na 3 maanden.",
    "Bij een recidief binnen 3 maanden: herhaal de kuur met het middel dat eerder effectief was.{n:recid}",
]))
B.append(H(2, "Consultatie en verwijzing"))
B.append(UL([
    "Verwijs met spoed naar de SEH bij koorts boven 38,5 °C met snel uitbreidende cellulitis of een zieke indruk.",
    "Verwijs naar de dermatoloog bij twijfel over de diagnose, bij chronische turfschurft (CTS) of als twee kuren niet effectief zijn.",
    "Verwijs naar de internist-nefroloog bij TSG met een eGFR-daling van meer dan 10 ml/min/1,73 m² of een ACR boven 30 mg/mmol.",
    "Overleg met de kinderarts bij turfschurft bij een kind jonger dan 1 jaar of lichter dan 10 kg.",
    "Overleg met de oogarts bij uitbreiding rond de ogen.",
    "Overleg met de gynaecoloog bij turfschurft in het eerste trimester van de zwangerschap.",
]))
B.append(H(1, "Noten"))
B.append(P("De noten bij deze standaard staan als voetnoten onderaan de pagina. Alle gegevens in dit document, inclusief de geneesmiddelen merrovadine, kalvotrexol, strandocilline, duinoprofen en zilbenamide, zijn verzonnen."))

BODY = "".join(B)

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Fictieve Standaard Turfschurft (FT-188)</dc:title><dc:language>nl-NL</dc:language><meta:initial-creator>Fictieve werkgroep huisartsen Noord</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="nl" fo:country="NL"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="115%"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Subtitle"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.6cm"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="16pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text"><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="LBullet"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="LNumber"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt" fo:color="#555555"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="LNumber">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-number>
 </text:list-style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>
 <style:style style:name="Tbold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Titalic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
'''


def main():
    xml = HEAD
    xml += table_styles("Tabel1", [10, 3])
    xml += table_styles("Tabel2", [2.6, 3.0, 2.2, 1.4, 1.5, 2.0, 3.5])
    xml += ''' <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Fictieve Standaard Turfschurft (FT-188) - Fictieve werkgroep huisartsen Noord</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
'''
    xml += BODY
    xml += '</office:text></office:body></office:document>\n'
    with open(sys.argv[1] if len(sys.argv) > 1 else "turfschurft.fodt", "w", encoding="utf-8") as f:
        f.write(xml)
    words = len(re.sub(r"<[^>]+>", " ", BODY).split())
    print("wrote turfschurft.fodt, about %d words, %d footnotes" % (words, len(NOTE_ORDER)))


if __name__ == "__main__":
    main()
