#!/usr/bin/env python3
"""Generate the OpenDocument text ft129-taleritis.odt (fictional guideline).

Written by hand as an author would use Calligra Words features: outline-numbered
headings, bullet and numbered lists, tables with header rows and row-spanned
drug cells, footnotes, a caption with a sequence field, and a page header and
footer with page-number / page-count fields.
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "ft129-taleritis.odt"

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'office:version="1.2"'
)

_fn = [0]


def inline(s):
    """Escape text and turn **bold**, *italic* and [[fn:...]] into ODF."""
    out = []
    pos = 0
    for m in re.finditer(r"\[\[fn:(.*?)\]\]", s):
        out.append(_inline_plain(s[pos:m.start()]))
        _fn[0] += 1
        n = _fn[0]
        out.append(
            f'<text:note text:id="ftn{n}" text:note-class="footnote">'
            f'<text:note-citation>{n}</text:note-citation><text:note-body>'
            f'<text:p text:style-name="Footnote">{_inline_plain(m.group(1))}</text:p>'
            f'</text:note-body></text:note>'
        )
        pos = m.end()
    out.append(_inline_plain(s[pos:]))
    return "".join(out)


def _inline_plain(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="Bold">\1</text:span>', s)
    s = re.sub(r"\*(.+?)\*", r'<text:span text:style-name="Italic">\1</text:span>', s)
    return s


body = []


def H(level, text):
    body.append(
        f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{inline(text)}</text:h>'
    )


def P(text, style="Text_20_body"):
    body.append(f'<text:p text:style-name="{style}">{inline(text)}</text:p>')


def UL(items, style="LBullet"):
    xs = "".join(
        f'<text:list-item><text:p text:style-name="ListPara">{inline(i)}</text:p></text:list-item>'
        for i in items
    )
    body.append(f'<text:list text:style-name="{style}">{xs}</text:list>')


def OL(items):
    UL(items, style="LNumber")


_tab = [0]


def CAPTION(text):
    # Calligra Words 3.2.1 renders text:sequence fields empty ("Tabel . ..."),
    # so the table number is typed by hand as a Calligra author would do.
    _tab[0] += 1
    body.append(f'<text:p text:style-name="Caption">Tabel {_tab[0]}. {inline(text)}</text:p>')


def TABLE(name, widths, header, rows):
    """rows: list of lists; a cell is a str, or ('span', n, str) for a
    cell spanning n rows, or None for a covered cell."""
    cols = "".join(
        f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths))
    )
    def cell(c, head=False):
        ps = "TableHeading" if head else "TableContents"
        if c is None:
            return "<table:covered-table-cell/>"
        span = ""
        if isinstance(c, tuple):
            _, n, c = c
            span = f' table:number-rows-spanned="{n}"'
        return (
            f'<table:table-cell table:style-name="TCell" office:value-type="string"{span}>'
            f'<text:p text:style-name="{ps}">{inline(c)}</text:p></table:table-cell>'
        )
    hdr = "<table:table-header-rows><table:table-row>" + "".join(cell(h, True) for h in header) + "</table:table-row></table:table-header-rows>"
    rs = "".join("<table:table-row>" + "".join(cell(c) for c in r) + "</table:table-row>" for r in rows)
    body.append(f'<table:table table:name="{name}" table:style-name="{name}">{cols}{hdr}{rs}</table:table>')
    return name, widths


tables = []

# ---------------------------------------------------------------- content
P("Fictieve Standaard Taleritis (FT-129)", "Title")
P("Fictieve NHG-achtige standaard voor de huisartsenpraktijk", "Subtitle")
P("Vastgesteld: 1 mei 2026. Versie 1.0.", "Meta")
P("**Disclaimer:** dit document is volledig fictief en uitsluitend gemaakt om software te testen. "
  "Taleritis, de verwekker Talerella mobilis en de middelen tarvocilline, brenvalizol, dorastemide en "
  "quelaxon bestaan niet. Dit is geen medisch advies.", "Disclaimer")

H(1, "Kernboodschappen")
UL([
    "Taleritis is een meestal zelflimiterende infectie; bij de meeste patiënten verdwijnen de klachten binnen 10 tot 14 dagen.",
    "Stel de diagnose met de TALER-score; bij 4 of meer punten is taleritis waarschijnlijk.",
    "Behandel alleen met een antibioticum bij een TALER-score van 6 of meer, bij zwangeren en bij patiënten met een verminderde afweer.",
    "Tarvocilline is het antibioticum van eerste keus; brenvalizol is tweede keus bij overgevoeligheid voor tarvocilline.",
    "Verwijs met spoed bij alarmsymptomen, zoals nekstijfheid, stridor of purpura.",
])

H(1, "Achtergronden")
H(2, "Definitie")
P("Taleritis is een acute infectie van de bovenste luchtwegen en de halslymfeklieren door de bacterie "
  "*Talerella mobilis*, die gepaard gaat met een kenmerkend ringvormig exantheem met een bleek centrum "
  "(de zogenoemde talerische ringen). Van recidiverende taleritis spreekt men bij 3 of meer episoden per jaar.")
H(2, "Epidemiologie")
P("De incidentie van taleritis in de huisartsenpraktijk bedraagt 4,2 per 1000 patiënten per jaar.[[fn:Cijfers afkomstig uit een fictieve registratie van 48 huisartsenpraktijken over de jaren 2021 tot en met 2024.]] "
  "De incidentie is het hoogst bij kinderen van 5 tot 12 jaar (11 per 1000 per jaar). "
  "Taleritis komt vooral voor in maart en april. Een huisarts met een normpraktijk van 2350 patiënten ziet jaarlijks ongeveer tien patiënten met taleritis.")
H(2, "Etiologie en beloop")
P("Talerella mobilis is een gramnegatieve staaf die wordt overgedragen via druppelinfectie en via gedeeld bestek en drinkbekers. "
  "De incubatietijd is 5 tot 9 dagen. Een patiënt is besmettelijk tot 48 uur na de start van een antibioticum, "
  "of zonder behandeling tot 7 dagen na het begin van het exantheem.")
P("Risicofactoren voor een ernstig beloop zijn diabetes mellitus, het gebruik van immunosuppressiva en een leeftijd onder 2 jaar. "
  "Risicofactoren voor besmetting zijn crèchebezoek en een huishouden met schoolgaande kinderen.")
P("Complicaties zijn zeldzaam: talerische meningitis (ongeveer 1 op de 2000 patiënten), een peritonsillair abces en "
  "een reactieve artritis van de enkels, die bij 3% van de volwassen patiënten optreedt.")

H(1, "Richtlijnen diagnostiek")
H(2, "Anamnese")
P("Vraag naar:")
UL([
    "begin en duur van de koorts en de keelpijn;",
    "zwelling of pijn in de hals;",
    "huiduitslag: begin, lokalisatie en jeuk;",
    "contact met iemand met taleritis in de afgelopen 14 dagen;",
    "rillingen of nachtzweten;",
    "gewrichtsklachten, vooral van de enkels;",
    "gebruik van immunosuppressiva, diabetes mellitus, zwangerschap of borstvoeding.",
])
H(2, "Lichamelijk onderzoek")
P("Meet de temperatuur, inspecteer de keel en palpeer de halslymfeklieren (grootte en pijnlijkheid). "
  "Inspecteer de huid van romp en armen op ringvormige plekken met een bleek centrum. "
  "Onderzoek bij koorts en hoofdpijn op meningeale prikkeling en beoordeel de enkels op zwelling.")
H(2, "Aanvullend onderzoek")
P("Doe een Talerella-sneltest (keeluitstrijk) alleen bij een TALER-score van 2 of 3 punten, en bij zwangeren altijd. "
  "De sneltest heeft een sensitiviteit van 88% en een specificiteit van 95%. "
  "Bepaal het CRP niet routinematig; het CRP helpt niet bij het onderscheid met andere luchtweginfecties.")
H(2, "TALER-score")
P("De TALER-score ondersteunt de waarschijnlijkheidsdiagnose.[[fn:De TALER-score is ontwikkeld in een fictief cohort van 1240 patiënten uit de eerste lijn (2019).]] "
  "Tel de punten van de aanwezige criteria op; de maximale score is 9 punten.")
CAPTION("TALER-score: criteria en punten")
tables.append(TABLE("TalerScore", [2.2, 9.0, 2.4], ["Letter", "Criterium", "Punten"], [
    ["T", "Temperatuur 38,5 °C of hoger", "2 punten"],
    ["A", "Adenopathie: pijnlijke halslymfeklieren groter dan 1 cm", "2 punten"],
    ["L", "Laesies: ringvormig exantheem met bleek centrum", "3 punten"],
    ["E", "Expositie: contact met taleritis in de afgelopen 14 dagen", "1 punt"],
    ["R", "Rillingen of nachtzweten", "1 punt"],
]))
CAPTION("Interpretatie van de TALER-score")
tables.append(TABLE("TalerBands", [3.0, 5.0, 6.6], ["Score", "Interpretatie", "Beleid"], [
    ["0 tot 1 punt", "Taleritis onwaarschijnlijk", "Geen sneltest en geen behandeling; overweeg een andere diagnose"],
    ["2 tot 3 punten", "Twijfel", "Doe een Talerella-sneltest"],
    ["4 tot 5 punten", "Taleritis waarschijnlijk", "Symptomatische behandeling; antibioticum alleen bij risicogroepen"],
    ["6 tot 9 punten", "Ernstige taleritis", "Start een antibioticum"],
]))

H(1, "Alarmsymptomen")
P("Let bij elke patiënt met (verdenking op) taleritis op de volgende alarmsymptomen:")
UL([
    "nekstijfheid of verminderd bewustzijn (verdenking op talerische meningitis);",
    "stridor of kwijlen (verdenking op luchtwegobstructie);",
    "petechiën of purpura binnen de ringvormige plekken;",
    "eenzijdige zwelling in de keel met trismus (verdenking op een peritonsillair abces);",
    "koorts die langer dan 7 dagen aanhoudt ondanks een antibioticum;",
    "tekenen van dehydratie bij kinderen jonger dan 2 jaar.",
])

H(1, "Beleid")
H(2, "Voorlichting")
P("Leg uit dat taleritis meestal vanzelf overgaat en dat de huiduitslag zonder littekens verdwijnt. Bedrust is niet nodig. "
  "Kinderen mogen weer naar school of de kinderopvang 48 uur na de start van een antibioticum, of zonder behandeling zodra het exantheem 7 dagen bestaat.[[fn:Afspraak met de fictieve landelijke werkgroep Talerella van de GGD.]] "
  "Adviseer om bestek, bekers en handdoeken niet te delen en de handen regelmatig te wassen. "
  "Geef de patiëntenfolder ‘Taleritis, wat nu?’ mee.")
H(2, "Niet-medicamenteuze behandeling")
UL([
    "Leg koele kompressen op de hals, 3 keer per dag 10 minuten.",
    "Gorgel met zout water: een halve theelepel zout in een glas lauw water.",
    "Drink ruim: volwassenen minimaal 1,5 liter per dag.",
    "Vermijd warmte op de hals, zoals een warme sjaal of kruik.",
])
H(2, "Medicamenteuze behandeling")
P("Start een antibioticum bij een TALER-score van 6 of meer, bij zwangeren met een positieve sneltest en bij patiënten "
  "met een verminderde afweer (diabetes mellitus, immunosuppressiva). Eerste keus is tarvocilline; tweede keus, bij "
  "overgevoeligheid voor tarvocilline, is brenvalizol. Voor de symptomatische behandeling van pijn en koorts is "
  "dorastemide geschikt. Bij hinderlijke jeuk van het exantheem kan quelaxon worden gegeven.")
P("Zie tabel 3 voor de doseringen per patiëntgroep.")
CAPTION("Doseringen bij taleritis per middel en patiëntgroep")
tables.append(TABLE("Dosering", [2.6, 3.0, 3.2, 2.2, 2.2, 3.4],
    ["Middel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"], [
    [("span", 7, "tarvocilline (antibioticum, eerste keus)"), "Volwassenen", "500 mg 3 dd", "7 dagen", "1500 mg per dag", "Innemen met voedsel"],
    [None, "Kinderen 10 tot 20 kg", "15 mg/kg 3 dd", "7 dagen", "900 mg per dag", "Drank 50 mg/ml"],
    [None, "Kinderen 20 tot 40 kg", "12,5 mg/kg 3 dd", "7 dagen", "1500 mg per dag", "Drank of dispergeerbare tablet"],
    [None, "Ouderen (75 jaar en ouder)", "250 mg 3 dd", "7 dagen", "1000 mg per dag", "Controleer vooraf de nierfunctie"],
    [None, "eGFR 30 tot 60 ml/min", "500 mg 2 dd", "7 dagen", "1000 mg per dag", "Geen aanpassing van de duur"],
    [None, "eGFR onder 30 ml/min", "250 mg 1 dd", "10 dagen", "250 mg per dag", "Overleg met de internist"],
    [None, "Zwangerschap en borstvoeding", "500 mg 3 dd", "7 dagen", "1500 mg per dag", "Veilig in alle trimesters[[fn:Gebaseerd op fictieve gegevens van 3400 blootgestelde zwangerschappen.]]"],
    [("span", 4, "brenvalizol (antibioticum, tweede keus)"), "Volwassenen", "eerste dag 400 mg, daarna 200 mg 1 dd", "5 dagen", "400 mg per dag", "Bij overgevoeligheid voor tarvocilline"],
    [None, "Kinderen 8 jaar en ouder", "4 mg/kg 1 dd", "5 dagen", "200 mg per dag", "Niet bij kinderen jonger dan 8 jaar"],
    [None, "eGFR onder 30 ml/min", "100 mg 1 dd", "5 dagen", "100 mg per dag", "Controleer het ECG vooraf"],
    [None, "Zwangerschap en borstvoeding", "Gecontra-indiceerd", "–", "–", "Gebruik tarvocilline"],
    [("span", 4, "dorastemide (pijn en koorts)"), "Volwassenen", "400 mg 3 dd zo nodig", "maximaal 5 dagen", "1200 mg per dag", "Innemen na de maaltijd"],
    [None, "Kinderen 6 maanden tot 12 jaar", "7,5 mg/kg 3 dd zo nodig", "maximaal 3 dagen", "30 mg/kg per dag", "Niet bij kinderen jonger dan 6 maanden"],
    [None, "Ouderen (70 jaar en ouder)", "200 mg 2 dd zo nodig", "maximaal 3 dagen", "400 mg per dag", "Combineer met een maagbeschermer"],
    [None, "Zwangerschap", "400 mg 2 dd zo nodig, alleen in het eerste en tweede trimester", "maximaal 3 dagen", "800 mg per dag", "Niet in het derde trimester"],
    [("span", 3, "quelaxon (jeuk)"), "Volwassenen", "10 mg 1 dd voor de nacht", "maximaal 14 dagen", "20 mg per dag", "Kan sufheid geven"],
    [None, "Kinderen 2 tot 12 jaar", "0,25 mg/kg 1 dd voor de nacht", "maximaal 7 dagen", "5 mg per dag", "Niet bij kinderen jonger dan 2 jaar"],
    [None, "Borstvoeding", "5 mg 1 dd", "maximaal 7 dagen", "5 mg per dag", "Kortdurend gebruik is mogelijk"],
]))

H(2, "Contra-indicaties en interacties")
P("**Tarvocilline** is gecontra-indiceerd bij een eerdere ernstige overgevoeligheidsreactie op tarvocilline of andere penicillines. "
  "Tarvocilline verhoogt de plasmaspiegel van methotrexaat; vermijd deze combinatie of controleer de nierfunctie en het bloedbeeld. "
  "Bij gelijktijdig gebruik van allopurinol treedt vaker huiduitslag op.")
P("**Brenvalizol** is gecontra-indiceerd bij een verlengd QT-interval, tijdens zwangerschap en borstvoeding en bij kinderen jonger dan 8 jaar. "
  "Brenvalizol versterkt het effect van acenocoumarol en fenprocoumon: controleer de INR binnen 3 dagen na de start. "
  "Combineer brenvalizol niet met simvastatine vanwege het risico op myopathie; staak simvastatine tijdens de kuur.")
P("**Dorastemide** is gecontra-indiceerd bij een actief maagulcus, ernstig hartfalen en een eGFR onder 30 ml/min. "
  "Gelijktijdig gebruik met een ACE-remmer en een diureticum verhoogt het risico op acute nierschade. "
  "In combinatie met een SSRI neemt het risico op maagbloedingen toe.")
P("**Quelaxon** is gecontra-indiceerd bij nauwekamerhoekglaucoom en bij prostaathypertrofie met urineretentie. "
  "Alcohol en benzodiazepinen versterken de sederende werking van quelaxon.")

H(1, "Zwangerschap en borstvoeding")
P("Taleritis in het eerste trimester gaat gepaard met een licht verhoogd risico op een miskraam. "
  "Behandel zwangeren met een positieve sneltest altijd met tarvocilline, ongeacht de TALER-score. "
  "Tarvocilline is veilig tijdens de hele zwangerschap en bij borstvoeding. Brenvalizol is gecontra-indiceerd. "
  "Dorastemide mag in het eerste en tweede trimester kortdurend worden gebruikt, maar niet in het derde trimester "
  "vanwege het risico op voortijdige sluiting van de ductus arteriosus. Over quelaxon tijdens de zwangerschap zijn onvoldoende "
  "gegevens; vermijd het gebruik. Bij borstvoeding is quelaxon 5 mg 1 dd kortdurend mogelijk.")

H(1, "Controles")
UL([
    "Evalueer bij antibiotische behandeling na 3 dagen telefonisch het beloop.",
    "Heroverweeg de diagnose en doe alsnog een sneltest als er na 72 uur antibioticum geen verbetering is.",
    "Zie kinderen jonger dan 2 jaar na 24 uur terug.",
    "Controleer de nierfunctie na 1 week bij patiënten met een eGFR onder 60 ml/min die dorastemide gebruiken.",
    "Beoordeel patiënten met een reactieve artritis na 6 weken opnieuw.",
])

H(1, "Consultatie en verwijzing")
OL([
    "Verwijs met spoed bij een of meer alarmsymptomen.",
    "Verwijs kinderen jonger dan 6 maanden met verdenking op taleritis naar de kinderarts.",
    "Consulteer de internist bij een eGFR onder 30 ml/min.",
    "Consulteer de gynaecoloog bij taleritis in het eerste trimester van de zwangerschap.",
    "Verwijs naar de KNO-arts bij recidiverende taleritis (3 of meer episoden per jaar).",
    "Verwijs naar de reumatoloog bij een artritis die langer dan 6 weken aanhoudt.",
])
P("Dit document is fictief en bedoeld voor het testen van software. Aan de inhoud kunnen geen rechten worden ontleend.", "Disclaimer")

# ---------------------------------------------------------------- styles
def table_auto_styles():
    s = []
    for name, widths in tables:
        total = sum(widths)
        s.append(f'<style:style style:name="{name}" style:family="table">'
                 f'<style:table-properties style:width="{total}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>')
        for i, w in enumerate(widths):
            s.append(f'<style:style style:name="{name}.C{i}" style:family="table-column">'
                     f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
    s.append('<style:style style:name="TCell" style:family="table-cell">'
             '<style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>')
    return "".join(s)


list_styles = (
    '<text:list-style style:name="LBullet">'
    + "".join(
        f'<text:list-level-style-bullet text:level="{l}" text:bullet-char="•">'
        f'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        f'<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="{0.6*l+0.1:.2f}cm" '
        f'fo:text-indent="-0.5cm" fo:margin-left="{0.6*l+0.1:.2f}cm"/></style:list-level-properties></text:list-level-style-bullet>'
        for l in range(1, 4))
    + '</text:list-style>'
    '<text:list-style style:name="LNumber">'
    + "".join(
        f'<text:list-level-style-number text:level="{l}" style:num-suffix="." style:num-format="1">'
        f'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        f'<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="{0.6*l+0.1:.2f}cm" '
        f'fo:text-indent="-0.5cm" fo:margin-left="{0.6*l+0.1:.2f}cm"/></style:list-level-properties></text:list-level-style-number>'
        for l in range(1, 4))
    + '</text:list-style>'
)

content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}>
<office:automatic-styles>{table_auto_styles()}</office:automatic-styles>
<office:body><office:text>
{"".join(body)}
</office:text></office:body></office:document-content>
'''

def pstyle(name, display, size=None, bold=False, italic=False, mt="0cm", mb="0.2cm", parent="Standard", extra_p="", extra_t="", outline=None, klass="text"):
    t = []
    if size: t.append(f'fo:font-size="{size}"')
    if bold: t.append('fo:font-weight="bold"')
    if italic: t.append('fo:font-style="italic"')
    ol = f' style:default-outline-level="{outline}"' if outline else ""
    return (f'<style:style style:name="{name}" style:display-name="{display}" style:family="paragraph" '
            f'style:parent-style-name="{parent}" style:class="{klass}"{ol}>'
            f'<style:paragraph-properties fo:margin-top="{mt}" fo:margin-bottom="{mb}" {extra_p}/>'
            f'<style:text-properties {" ".join(t)} {extra_t}/></style:style>')

styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:font-face-decls/>
<office:styles>
<style:default-style style:family="paragraph">
 <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
 <style:text-properties style:font-name="DejaVu Sans" fo:font-family="'DejaVu Sans'" fo:font-size="10pt" fo:language="nl" fo:country="NL"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text">
 <style:text-properties fo:font-family="'DejaVu Sans'" fo:font-size="10pt"/>
</style:style>
{pstyle("Text_20_body", "Text body", mb="0.21cm", extra_p='fo:line-height="120%"')}
{pstyle("ListPara", "List paragraph", mb="0.08cm")}
{pstyle("Title", "Title", size="20pt", bold=True, mb="0.2cm", extra_p='fo:text-align="center"', klass="chapter")}
{pstyle("Subtitle", "Subtitle", size="13pt", italic=True, mb="0.3cm", extra_p='fo:text-align="center"', klass="chapter")}
{pstyle("Meta", "Document date", size="10pt", mb="0.3cm", extra_p='fo:text-align="center"')}
{pstyle("Disclaimer", "Disclaimer", size="9pt", italic=True, mt="0.2cm", mb="0.4cm", extra_p='fo:border="0.5pt solid #808080" fo:padding="0.15cm"')}
{pstyle("Heading", "Heading", size="14pt", bold=True, mt="0.42cm", mb="0.21cm", extra_p='fo:keep-with-next="always"')}
{pstyle("Heading_20_1", "Heading 1", size="15pt", bold=True, mt="0.6cm", mb="0.25cm", parent="Heading", outline=1, extra_p='fo:keep-with-next="always"')}
{pstyle("Heading_20_2", "Heading 2", size="12pt", bold=True, mt="0.4cm", mb="0.15cm", parent="Heading", outline=2, extra_p='fo:keep-with-next="always"')}
{pstyle("TableContents", "Table Contents", size="8.5pt", mb="0cm")}
{pstyle("TableHeading", "Table Heading", size="8.5pt", bold=True, mb="0cm")}
{pstyle("Caption", "Caption", size="9pt", italic=True, mt="0.2cm", mb="0.1cm", extra_p='fo:keep-with-next="always"')}
{pstyle("Footnote", "Footnote", size="8pt", mb="0cm")}
{pstyle("Header", "Header", size="8pt", mb="0cm", extra_p='fo:text-align="end"')}
{pstyle("Footer", "Footer", size="8pt", mb="0cm", extra_p='fo:text-align="center"')}
<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<text:outline-style style:name="Outline">
 <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="  ">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>
 <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="  " text:display-levels="2">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>
</text:outline-style>
{list_styles}
<text:notes-configuration text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1">
 <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm">
  <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
 </style:page-layout-properties>
 <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p text:style-name="Header">Fictieve Standaard Taleritis (FT-129) – fictief testdocument</text:p></style:header>
 <style:footer><text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count> – geen medisch advies</text:p></style:footer>
</style:master-page>
</office:master-styles>
</office:document-styles>
'''

meta = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS}><office:meta>
<meta:generator>hand-written make_odt.py (for Calligra Words)</meta:generator>
<dc:title>Fictieve Standaard Taleritis (FT-129)</dc:title>
<dc:language>nl-NL</dc:language>
<meta:creation-date>2026-05-01T00:00:00</meta:creation-date>
</office:meta></office:document-meta>
'''

manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
'''

with zipfile.ZipFile(OUT, "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
    for n, d in [("content.xml", content), ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)]:
        z.writestr(n, d, compress_type=zipfile.ZIP_DEFLATED)
print("wrote", OUT)
