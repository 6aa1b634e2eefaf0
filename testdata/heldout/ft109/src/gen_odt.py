#!/usr/bin/env python3
"""Generate the FICTIONAL guideline FT-109 (Kroosziekte) as an OpenDocument text
(.odt) for Calligra Words 3.2. Not medical advice; test document only.

Inline markup in text strings:
  **bold**        -> bold span
  //italic//      -> italic span
  [[fn:text]]     -> footnote (numbered automatically by Calligra)
Usage: python3 gen_odt.py OUT.odt
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

TITLE = "Fictieve Standaard Kroosziekte (FT-109)"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'office:version="1.2"')

_fn = [0]


def inline(s):
    """Convert inline markup to ODF XML."""
    out = []
    pos = 0
    for m in re.finditer(r"\[\[fn:(.*?)\]\]", s):
        out.append(_spans(s[pos:m.start()]))
        _fn[0] += 1
        n = _fn[0]
        out.append(
            f'<text:note text:id="ftn{n}" text:note-class="footnote">'
            f'<text:note-citation>{n}</text:note-citation><text:note-body>'
            f'<text:p text:style-name="Footnote">{_spans(m.group(1))}</text:p>'
            f'</text:note-body></text:note>')
        pos = m.end()
    out.append(_spans(s[pos:]))
    return "".join(out)


def _spans(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="T_b">\1</text:span>', s)
    s = re.sub(r"//(.+?)//", r'<text:span text:style-name="T_i">\1</text:span>', s)
    return s


body = []


def H1(t):
    body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{inline(t)}</text:h>')


def H2(t):
    body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{inline(t)}</text:h>')


def H3(t):
    body.append(f'<text:h text:style-name="Heading_20_3" text:outline-level="3">{inline(t)}</text:h>')


def P(t, style="Text_20_body"):
    body.append(f'<text:p text:style-name="{style}">{inline(t)}</text:p>')


def _list(items, lstyle, pstyle):
    x = [f'<text:list text:style-name="{lstyle}">']
    for it in items:
        x.append(f'<text:list-item><text:p text:style-name="{pstyle}">{inline(it)}</text:p></text:list-item>')
    x.append('</text:list>')
    return "".join(x)


def OL(items):
    body.append(_list(items, "L_num", "P_num"))


def UL(items):
    body.append(_list(items, "L_bul", "P_bul"))


def BOX(title, intro, items):
    inner = (f'<text:p text:style-name="P_boxtitle">{inline(title)}</text:p>'
             f'<text:p text:style-name="P_box">{inline(intro)}</text:p>'
             + _list(items, "L_bul", "P_boxbul"))
    body.append(
        '<text:p text:style-name="Text_20_body">'
        '<draw:frame draw:style-name="fr_alarm" draw:name="Kader alarmsymptomen" '
        'text:anchor-type="paragraph" svg:width="17cm" draw:z-index="0">'
        f'<draw:text-box fo:min-height="0.5cm">{inner}</draw:text-box></draw:frame></text:p>')


def CAPTION(t):
    body.append(f'<text:p text:style-name="Caption">{inline(t)}</text:p>')


def cell(t, style="C_body", pstyle="P_cell", rows=1, cols=1):
    a = ""
    if rows > 1:
        a += f' table:number-rows-spanned="{rows}"'
    if cols > 1:
        a += f' table:number-columns-spanned="{cols}"'
    return (f'<table:table-cell table:style-name="{style}"{a} office:value-type="string">'
            + "".join(f'<text:p text:style-name="{pstyle}">{inline(x)}</text:p>' for x in t.split("\n"))
            + '</table:table-cell>')


COVERED = '<table:covered-table-cell/>'


def TABLE(name, widths, header, rows):
    """rows: list of lists of raw cell XML (already containing covered cells)."""
    x = [f'<table:table table:name="{name}" table:style-name="Tab_{name}">']
    for i, w in enumerate(widths):
        x.append(f'<table:table-column table:style-name="Tab_{name}.{chr(65 + i)}"/>')
    x.append('<table:table-header-rows><table:table-row>')
    x.extend(cell(h, "C_head", "P_cellhead") for h in header)
    x.append('</table:table-row></table:table-header-rows>')
    for r in rows:
        x.append('<table:table-row>' + "".join(r) + '</table:table-row>')
    x.append('</table:table>')
    body.append("".join(x))
    tab_styles.append(
        f'<style:style style:name="Tab_{name}" style:family="table">'
        f'<style:table-properties style:width="{sum(widths):.2f}cm" table:align="left" '
        f'fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>')
    for i, w in enumerate(widths):
        tab_styles.append(
            f'<style:style style:name="Tab_{name}.{chr(65 + i)}" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')


tab_styles = []

# ---------------------------------------------------------------- content
P("Fictieve Standaard Kroosziekte", "Title")
P("FT-109 · Fictieve richtlijn voor testdoeleinden, geen medisch advies · versie maart 2026", "Subtitle")

H1("Kernboodschappen")
OL([
    "Kroosziekte is een bacteriële infectie door //Lemnobacter fossae// na contact met kroosrijk slootwater; de incubatietijd is 3 tot 10 dagen.",
    "Kroosziekte is niet van mens op mens overdraagbaar; isolatie van de patiënt is niet nodig.",
    "Schat de waarschijnlijkheid van kroosziekte in met de KROOS-score. Doe bij 3 of 4 punten een kroos-sneltest; start bij 5 punten of meer direct met behandelen.",
    "Eerste keus is valtrozine gedurende 7 dagen. Merocapsil is het alternatief in het eerste trimester van de zwangerschap en bij een eGFR < 30 ml/min/1,73 m².",
    "Geef kinderen die minder dan 20 kg wegen sudoxamine-suspensie.",
    "Cortavimod wordt bij kroosziekte niet aanbevolen.",
    "Controleer bij iedere patiënt 4 weken na de diagnose de urine op eiwit, vanwege het risico op kroosnefritis.",
    "Verwijs met spoed bij nekstijfheid, verminderd bewustzijn, tekenen van sepsis of macroscopische hematurie.",
])

H1("Achtergronden")
H2("Begrippen")
UL([
    "**Kroosziekte:** een acute infectie met //Lemnobacter fossae//, gekenmerkt door koorts, kroosvlekken en pijnlijke regionale lymfeklieren. In de volksmond heet de aandoening ook wel ‘eendenkrooskoorts’.",
    "**Kroosvlekken:** ringvormige, licht verheven rode vlekken met een bleek centrum, meestal op de onderbenen of onderarmen, met een diameter van 2 tot 6 cm.",
    "**Kroosknobbels:** opgezette, drukpijnlijke lymfeklieren in de lies of de oksel, aan dezelfde kant als de plek van het watercontact.",
    "**Kroosnefritis (KNF):** een glomerulonefritis die 2 tot 6 weken na de infectie kan ontstaan en zich uit met proteïnurie, hematurie en soms oedeem.",
    "**Kroos-sneltest (LFA):** een lateral-flow-assay op capillair bloed uit een vingerprik, die antistoffen tegen //L. fossae// aantoont; de uitslag is na 15 minuten af te lezen.",
])

H2("Epidemiologie")
P("De incidentie van kroosziekte in de huisartsenpraktijk wordt geschat op 1,8 per 1000 patiënten per jaar[[fn:Gegevens uit een fictieve registratie van 42 huisartsenpraktijken in Noord-Holland en Friesland over de periode 2019 tot en met 2024.]]. Een normpraktijk van 2350 patiënten ziet daarmee ongeveer 4 patiënten met kroosziekte per jaar. Ruim 80% van de gevallen doet zich voor in de maanden juli, augustus en september, wanneer de watertemperatuur boven de 18 °C komt en kroos zich sterk vermeerdert.")
P("Risicogroepen zijn mensen die beroepsmatig met slootwater in aanraking komen (slootgravers, veehouders, medewerkers van waterschappen), sportvissers en kinderen die in of bij sloten spelen. Mannen worden ongeveer tweemaal zo vaak getroffen als vrouwen, wat waarschijnlijk samenhangt met beroepsblootstelling. Kroosnefritis treedt op bij ongeveer 4% van de onbehandelde patiënten en bij 0,5% van de patiënten die tijdig een antibioticum krijgen.")

H2("Etiologie en pathofysiologie")
P("//Lemnobacter fossae// is een gramnegatieve staaf die leeft in de biofilm aan de onderkant van kroosplantjes (//Lemna minor//). De bacterie dringt het lichaam binnen via kleine huidwondjes of via het slijmvlies van ogen en mond. Vanuit de porte d’entrée verspreidt de bacterie zich via de lymfebanen naar de regionale lymfeklieren, waar de kenmerkende kroosknobbels ontstaan. Bij een deel van de patiënten volgt een bacteriëmie, met uitzaaiing naar gewrichten (kroosartritis), nieren en zelden de hersenvliezen (kroosmeningitis, minder dan 1 per 1000 patiënten).")
P("Kroosnefritis ontstaat niet door directe invasie van de bacterie, maar door neerslag van immuuncomplexen in de glomeruli. Daarom kan kroosnefritis ook optreden nadat de koorts al is verdwenen.")

H2("Beloop")
P("Zonder behandeling duurt de koorts 10 tot 14 dagen en kunnen gewrichtsklachten tot 6 weken aanhouden. Met een passend antibioticum is 85% van de patiënten binnen 72 uur koortsvrij. Kroosvlekken verbleken binnen 1 tot 2 weken en laten soms een lichtbruine verkleuring achter, die binnen enkele maanden verdwijnt. Na een doorgemaakte infectie is er geen blijvende immuniteit; herinfecties komen voor.")

H1("Richtlijnen diagnostiek")
H2("Anamnese")
P("Vraag bij een patiënt met koorts en huidafwijkingen of pijnlijke lymfeklieren naar:")
UL([
    "contact met slootwater of kroos in de afgelopen 14 dagen (werk, hobby, een val in de sloot) en eventuele wondjes op dat moment;",
    "begin en beloop van de koorts en de hoogte van de temperatuur;",
    "huidafwijkingen: plaats, aantal en verloop in de tijd;",
    "pijnlijke zwellingen in de lies of de oksel;",
    "oogklachten: rode ogen, gezwollen oogleden, pijn of wazig zien;",
    "gewrichtsklachten, vooral in knieën en enkels;",
    "veranderingen in de urine: donkere of schuimende urine, minder plassen;",
    "hoofdpijn, nekstijfheid, sufheid of verwardheid;",
    "zwangerschap (en de zwangerschapsduur) en het geven van borstvoeding;",
    "comorbiditeit, vooral nierfunctiestoornissen en verminderde afweer, en het gebruik van geneesmiddelen, zoals kaliumsparende diuretica.",
])

H2("Lichamelijk onderzoek")
UL([
    "Meet temperatuur, pols, bloeddruk en ademfrequentie.",
    "Inspecteer de huid van armen en benen; noteer het aantal kroosvlekken en de grootste diameter.",
    "Palpeer de lymfeklieren in de liezen en de oksels.",
    "Beoordeel de ogen op conjunctivitis en ooglidoedeem.",
    "Onderzoek bij gewrichtsklachten de knieën en de enkels op zwelling, warmte en bewegingsbeperking.",
    "Onderzoek bij hoofdpijn of sufheid op meningeale prikkeling.",
])

H2("KROOS-score")
P("De KROOS-score helpt bij het inschatten van de kans op kroosziekte bij patiënten met koorts na contact met slootwater[[fn:De KROOS-score is niet gevalideerd bij kinderen jonger dan 2 jaar; beoordeel hen op klinische gronden en overleg zo nodig met de kinderarts.]]. Tel de punten van de aanwezige criteria op (zie tabel 1); de maximale score is 8 punten.")
CAPTION("Tabel 1 KROOS-score")
TABLE("Tabel1", [2.0, 12.0, 3.0], ["Letter", "Criterium", "Punten"], [
    [cell("K"), cell("Kontact met kroosrijk slootwater in de afgelopen 14 dagen"), cell("2 punten")],
    [cell("R"), cell("Ringvormige kroosvlekken (ten minste 2 vlekken, diameter ≥ 2 cm)"), cell("2 punten")],
    [cell("O"), cell("Opgezette, pijnlijke lymfeklieren in lies of oksel"), cell("2 punten")],
    [cell("O"), cell("Oogklachten: conjunctivitis of ooglidoedeem"), cell("1 punt")],
    [cell("S"), cell("Stijgende of aanhoudende koorts ≥ 38,0 °C, langer dan 2 dagen"), cell("1 punt")],
    [cell("Totaal", "C_body", "P_cellbold", cols=2), COVERED, cell("maximaal 8 punten", "C_body", "P_cellbold")],
])
P("Interpretatie van de KROOS-score:")
UL([
    "**0 tot en met 2 punten:** kroosziekte is onwaarschijnlijk. Zoek naar een andere oorzaak van de koorts; een sneltest is niet zinvol.",
    "**3 of 4 punten:** kroosziekte is mogelijk. Doe een kroos-sneltest. Behandel bij een positieve uitslag. Volg bij een negatieve uitslag een afwachtend beleid en beoordeel de patiënt na 3 dagen opnieuw.",
    "**5 tot en met 8 punten:** kroosziekte is waarschijnlijk. Start met behandelen zonder de uitslag van een sneltest af te wachten.",
])

H2("Aanvullend onderzoek")
UL([
    "**Kroos-sneltest (LFA):** alleen bij een KROOS-score van 3 of 4 punten. De sensitiviteit is 88% en de specificiteit 94%[[fn:De sneltest kan in de eerste 2 dagen na het begin van de koorts fout-negatief zijn, omdat er dan nog onvoldoende antistoffen zijn; herhaal de test in dat geval na 48 uur.]].",
    "**CRP:** bepaal het CRP niet om kroosziekte aan te tonen of uit te sluiten; het CRP onderscheidt kroosziekte niet van andere bacteriële infecties.",
    "**Nierfunctie:** bepaal voor de start van de behandeling de eGFR bij patiënten van 70 jaar en ouder en bij patiënten met een bekende nierfunctiestoornis.",
    "**Urineonderzoek:** onderzoek de urine met een teststrook op eiwit en bloed bij klachten die passen bij kroosnefritis en bij iedere patiënt 4 weken na de diagnose.",
    "**PCR:** vraag een //Lemnobacter//-PCR op bloed alleen aan bij een KROOS-score van 3 of 4 met een negatieve sneltest en koorts die na 5 dagen aanhoudt, of op advies van de internist.",
])

H2("Alarmsymptomen")
BOX("Alarmsymptomen bij kroosziekte",
    "Wees alert op de volgende symptomen; zij wijzen op een ernstig beloop en vragen om spoedverwijzing (zie Verwijzen):",
    [
        "nekstijfheid, ernstige hoofdpijn of verminderd bewustzijn (kroosmeningitis);",
        "macroscopische hematurie of een urineproductie van minder dan 500 ml per 24 uur;",
        "tekenen van sepsis: ademfrequentie ≥ 22 per minuut, systolische bloeddruk ≤ 100 mmHg of nieuw ontstane verwardheid;",
        "visusdaling of hevige oogpijn;",
        "koorts ≥ 39,0 °C bij een zwangere vrouw;",
        "koorts bij een zuigeling jonger dan 6 maanden na contact met slootwater.",
    ])

H2("Evaluatie")
P("Stel de diagnose kroosziekte bij een KROOS-score van 5 punten of meer, of bij een KROOS-score van 3 of 4 punten met een positieve kroos-sneltest. Denk in de differentiaaldiagnose aan erysipelas, de ziekte van Lyme (erythema migrans), leptospirose en een virale infectie met exantheem.")

H1("Richtlijnen beleid")
H2("Voorlichting")
UL([
    "Leg uit dat kroosziekte wordt veroorzaakt door een bacterie uit slootwater en niet besmettelijk is voor huisgenoten.",
    "Benadruk het belang van het afmaken van de volledige antibioticakuur, ook als de koorts al eerder is verdwenen.",
    "Adviseer contact met slootwater te vermijden tot alle wondjes genezen zijn, en bij beroepsmatig contact waterdichte handschoenen en laarzen te dragen.",
    "Vraag de patiënt contact op te nemen als de koorts 72 uur na de start van de behandeling niet is gedaald, of bij een van de alarmsymptomen.",
    "Leg uit waarom de urine na 4 weken wordt gecontroleerd.",
])

H2("Niet-medicamenteuze behandeling")
P("Adviseer rust zolang de koorts aanhoudt en voldoende te drinken. Pijnlijke gewrichten kunnen worden gekoeld en hooggelegd. Reinig wondjes met leidingwater en zeep. Sporten kan worden hervat als de patiënt 48 uur koortsvrij is. Werknemers die beroepsmatig met slootwater werken, kunnen het werk hervatten als zij koortsvrij zijn en alle wondjes zijn afgedekt of genezen.")

H2("Medicamenteuze behandeling")
P("Start met een antibioticum bij een KROOS-score van 5 punten of meer, of bij 3 of 4 punten met een positieve sneltest. Behandel niet profylactisch na contact met slootwater zonder klachten. Zie tabel 2 voor de doseringen per patiëntengroep.")
OL([
    "**Eerste keus: valtrozine** gedurende 7 dagen. Valtrozine remt de renale kaliumuitscheiding[[fn:Combineer valtrozine niet met kaliumsparende diuretica (zoals spironolacton) zonder het kalium te controleren; bij een kalium boven 5,5 mmol/l staakt u valtrozine en schakelt u over op merocapsil.]]; controleer bij ouderen het kalium.",
    "**Alternatief: merocapsil** gedurende 10 dagen, bij zwangerschap in het eerste trimester[[fn:Valtrozine is in dieronderzoek in het eerste trimester in verband gebracht met skeletafwijkingen; gegevens bij mensen ontbreken.]], bij een eGFR < 30 ml/min/1,73 m² en bij overgevoeligheid voor valtrozine. Neem merocapsil 2 uur gescheiden in van calcium- of ijzerpreparaten.",
    "**Kinderen < 20 kg: sudoxamine-suspensie** gedurende 5 dagen. De suspensie smaakt bitter en mag worden gemengd met yoghurt of vla.",
    "**Kroosartritis: plenorifen** naast het antibioticum, gedurende maximaal 14 dagen[[fn:Plenorifen is een NSAID; de gebruikelijke contra-indicaties voor NSAID’s, zoals een maagulcus in de voorgeschiedenis en hartfalen, gelden ook hier.]]. Paracetamol is het alternatief als plenorifen gecontra-indiceerd is.",
])
P("**Conjunctivitis:** schrijf bij conjunctivitis door kroosziekte hydralexine-oogzalf 0,5% voor: 3 dd een streng van 1 cm in beide ogen gedurende 5 dagen, naast het orale antibioticum. Contactlenzen mogen pas weer worden gedragen 24 uur na de laatste toediening.")
P("**Niet aanbevolen: cortavimod.** Het orale corticosteroïd cortavimod wordt bij kroosziekte niet aanbevolen, ook niet bij hevige gewrichtsklachten, omdat het de bacteriële uitscheiding verlengt en het risico op kroosnefritis verhoogt[[fn:In een fictief gerandomiseerd onderzoek (n = 312) verdubbelde cortavimod het risico op kroosnefritis (6,1% versus 2,9%) zonder de duur van de koorts te bekorten.]].")
P("Als de koorts 72 uur na de start van valtrozine niet is gedaald, stap dan over op merocapsil voor 10 dagen (tweede kuur). Overleg bij falen van twee kuren met de internist-infectioloog.")

H3("Bijzondere groepen")
P("**Kinderen.** Bereken de dosering op basis van het actuele lichaamsgewicht. Kinderen die 40 kg of meer wegen, krijgen de dosering voor volwassenen. Bij kinderen jonger dan 6 maanden is er geen ervaring met de genoemde middelen; verwijs hen naar de kinderarts.")
P("**Zwangerschap en borstvoeding.** Valtrozine is in het eerste trimester gecontra-indiceerd; geef dan merocapsil. Vanaf het tweede trimester kan valtrozine in een halve dosering worden gegeven. Merocapsil gaat over in de moedermelk en wordt tijdens de borstvoeding ontraden; valtrozine kan wel worden gebruikt. Gebruik plenorifen niet in het derde trimester.")
P("**Ouderen en nierfunctiestoornis.** Ouderen hebben een verhoogd risico op hyperkaliëmie bij gebruik van valtrozine en op maagbloedingen bij gebruik van plenorifen. Pas bij een eGFR van 30 tot 59 de dosering van valtrozine aan (zie tabel 2). Bij een eGFR onder 30 is valtrozine gecontra-indiceerd en wordt merocapsil in een aangepaste dosering gegeven.")
CAPTION("Tabel 2 Doseringen bij kroosziekte")
W = [2.6, 3.3, 2.7, 1.8, 2.6, 4.0]


def drow(pop, dos, duur, maxi, opm):
    return [cell(pop), cell(dos), cell(duur), cell(maxi), cell(opm)]


def nrow(pop, txt):
    return [cell(pop), cell(txt, "C_body", "P_cellnot", cols=4), COVERED, COVERED, COVERED]


def drug(name, rows):
    out = []
    for i, r in enumerate(rows):
        first = cell(name, "C_drug", "P_celldrug", rows=len(rows)) if i == 0 else COVERED
        out.append([first] + r)
    return out


rows = []
rows += drug("**valtrozine**\ntablet 250 mg, 500 mg; drank 50 mg/ml", [
    drow("Volwassenen", "2 dd 500 mg", "7 dagen", "1000 mg per dag", "innemen met voedsel"),
    drow("Ouderen ≥ 70 jaar", "2 dd 250 mg", "7 dagen", "500 mg per dag", "kalium controleren op dag 4"),
    drow("Kinderen 20–40 kg", "2 dd 7,5 mg/kg (drank)", "7 dagen", "250 mg per keer", "drank 50 mg/ml"),
    nrow("Kinderen < 20 kg", "niet gebruiken; kies sudoxamine"),
    drow("eGFR 30–59 ml/min", "1 dd 500 mg", "7 dagen", "500 mg per dag", "eGFR controleren op dag 4"),
    nrow("eGFR < 30 ml/min", "niet gebruiken; kies merocapsil"),
    nrow("Zwangerschap 1e trimester", "niet gebruiken; kies merocapsil"),
    drow("Zwangerschap 2e en 3e trimester", "2 dd 250 mg", "7 dagen", "500 mg per dag", "geen"),
    drow("Borstvoeding", "2 dd 500 mg", "7 dagen", "1000 mg per dag", "let op diarree bij de zuigeling"),
])
rows += drug("**merocapsil**\ncapsule 400 mg", [
    drow("Volwassenen", "3 dd 400 mg", "10 dagen", "1200 mg per dag", "2 uur gescheiden van calcium of ijzer"),
    drow("Ouderen ≥ 70 jaar", "2 dd 400 mg", "10 dagen", "800 mg per dag", "bij slikproblemen capsule openen"),
    drow("eGFR < 30 ml/min", "1 dd 400 mg", "10 dagen", "400 mg per dag", "overleg met de internist bij eGFR < 15"),
    drow("Zwangerschap (alle trimesters)", "3 dd 400 mg", "10 dagen", "1200 mg per dag", "informeer de verloskundige"),
    nrow("Borstvoeding", "niet gebruiken; kies valtrozine"),
    nrow("Kinderen < 18 jaar", "niet gebruiken; kies valtrozine of sudoxamine (naar gewicht)"),
])
rows += drug("**sudoxamine**\nsuspensie 40 mg/ml", [
    nrow("Zuigelingen < 6 maanden", "niet gebruiken; verwijs naar de kinderarts"),
    drow("Kinderen ≥ 6 maanden en < 20 kg", "2 dd 15 mg/kg", "5 dagen", "300 mg per dag", "mengen met yoghurt of vla mag"),
    drow("Kinderen 20–40 kg", "2 dd 12 mg/kg", "5 dagen", "600 mg per dag", "alleen bij overgevoeligheid voor valtrozine"),
    drow("Volwassenen", "2 dd 600 mg", "5 dagen", "1200 mg per dag", "alleen bij allergie voor valtrozine én merocapsil"),
    nrow("Zwangerschap", "niet gebruiken; kies merocapsil"),
])
rows += drug("**plenorifen**\ntablet 200 mg (bij kroosartritis)", [
    drow("Volwassenen", "3 dd 200 mg", "max. 14 dagen", "600 mg per dag", "innemen na de maaltijd"),
    drow("Ouderen ≥ 70 jaar", "2 dd 200 mg", "max. 7 dagen", "400 mg per dag", "altijd met maagbescherming"),
    nrow("eGFR < 30 ml/min", "niet gebruiken; kies paracetamol"),
    nrow("Zwangerschap 3e trimester", "niet gebruiken; kies paracetamol"),
    nrow("Kinderen < 12 jaar", "niet gebruiken; kies paracetamol"),
])
TABLE("Tabel2", W, ["Middel", "Populatie", "Dosering", "Duur", "Maximum", "Opmerkingen"], rows)
P("dd = de die (maal per dag); eGFR in ml/min/1,73 m².", "P_tablenote")

H2("Controles")
UL([
    "Evalueer telefonisch 72 uur na de start van de behandeling. Herhaal bij aanhoudende koorts het lichamelijk onderzoek en stap over op de tweede kuur.",
    "Controleer bij patiënten van 70 jaar en ouder die valtrozine gebruiken op dag 4 het kalium en de eGFR.",
    "Onderzoek bij iedere patiënt 4 weken na de diagnose de urine met een teststrook op eiwit. Herhaal de test na 2 weken bij proteïnurie van 1+ of meer.",
    "Beoordeel gewrichtsklachten die langer dan 6 weken aanhouden opnieuw.",
    "Informeer bij een zwangere patiënt de verloskundige of gynaecoloog over de diagnose en de behandeling.",
])

H2("Verwijzen")
P("Verwijs of overleg in de volgende situaties:")
UL([
    "**Met spoed (dezelfde dag) naar de internist** bij verdenking op kroosmeningitis, tekenen van sepsis, macroscopische hematurie of een urineproductie van minder dan 500 ml per 24 uur.",
    "**Dezelfde dag naar de kinderarts** bij een zuigeling jonger dan 6 maanden met koorts na contact met slootwater, en bij een kind met een KROOS-score van 5 of meer dat niet voldoende drinkt.",
    "**Binnen 24 uur naar de oogarts** bij visusdaling of hevige oogpijn.",
    "**Dezelfde dag overleggen met de gynaecoloog** bij een zwangere met koorts ≥ 39,0 °C.",
    "**Binnen 2 weken naar de internist-nefroloog** bij proteïnurie van 1+ of meer die bij herhaling na 2 weken aanhoudt, of bij een daling van de eGFR van meer dan 25%.",
    "**Binnen 1 week overleggen met de internist-infectioloog** bij falen van twee antibioticakuren.",
    "**Niet spoedeisend naar de reumatoloog** bij gewrichtsklachten die langer dan 3 maanden aanhouden.",
])

H1("Totstandkoming")
P("Deze fictieve standaard is uitsluitend geschreven om software voor het beantwoorden van vragen over richtlijnen te testen. De ziekte, de verwekker, de score en alle geneesmiddelen zijn verzonnen. De tekst is geen medisch advies en mag niet worden gebruikt voor de zorg voor patiënten.")

# ---------------------------------------------------------------- styles
STYLES = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:font-face-decls>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
<style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="DejaVu Serif" fo:font-size="10.5pt" fo:language="nl" fo:country="NL"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="115%"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="20pt" fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:font-style="italic" fo:color="#555555"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties style:font-name="DejaVu Sans" fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="15pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12.5pt"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text"><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:border-bottom="0.5pt solid #1f4e79" fo:padding-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="DejaVu Sans" fo:font-size="8.5pt" fo:color="#1f4e79"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="8.5pt"/></style:style>
<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">{TITLE}<text:tab/>Richtlijn voor de huisarts</text:p></style:header>
<style:footer><text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles></office:document-styles>'''

AUTO = '''
<style:style style:name="T_b" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T_i" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="P_num" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="L_num"><style:paragraph-properties fo:margin-bottom="0.08cm"/></style:style>
<style:style style:name="P_bul" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="L_bul"><style:paragraph-properties fo:margin-bottom="0.08cm"/></style:style>
<style:style style:name="P_boxtitle" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties style:font-name="DejaVu Sans" fo:font-weight="bold" fo:color="#a00000"/></style:style>
<style:style style:name="P_box" style:family="paragraph" style:parent-style-name="Text_20_body"/>
<style:style style:name="P_boxbul" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="L_bul"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>
<style:style style:name="P_cell" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="P_cellbold" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="P_cellnot" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
<style:style style:name="P_celldrug" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="P_cellhead" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="P_tablenote" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
<style:style style:name="C_body" style:family="table-cell"><style:table-cell-properties style:vertical-align="top" fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f"/></style:style>
<style:style style:name="C_drug" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.08cm" fo:background-color="#e8eef6" fo:border="0.5pt solid #7f7f7f"/></style:style>
<style:style style:name="C_head" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.08cm" fo:background-color="#1f4e79" fo:border="0.5pt solid #7f7f7f"/></style:style>
<style:style style:name="fr_alarm" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:border="1.5pt solid #a00000" fo:padding="0.25cm" fo:background-color="#fbeaea" style:run-through="foreground"/></style:style>
<text:list-style style:name="L_num"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.6cm"/></text:list-level-style-number></text:list-style>
<text:list-style style:name="L_bul"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.6cm"/></text:list-level-style-bullet></text:list-style>
'''

MANIFEST = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''

META = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS}><office:meta><dc:title>{TITLE}</dc:title><dc:language>nl-NL</dc:language><meta:generator>gen_odt.py (FT-109 probe)</meta:generator></office:meta></office:document-meta>'''


def main(out):
    # a drug cell contains "\n": split into two paragraphs
    b = "\n".join(body)
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
               f'<office:automatic-styles>{"".join(tab_styles)}{AUTO}</office:automatic-styles>'
               f'<office:body><office:text>{b}</office:text></office:body></office:document-content>')
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in (("META-INF/manifest.xml", MANIFEST), ("content.xml", content),
                           ("styles.xml", STYLES), ("meta.xml", META)):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "ft109-kroosziekte.odt")
