#!/usr/bin/env python3
"""Generate ft62-duinschurft.fodp: a LibreOffice Impress flat-XML 'nascholing' deck
summarising the FICTIONAL 'Fictieve Standaard Duinschurft (FT-62)'.
Convert with: libreoffice --headless --convert-to pdf ft62-duinschurft.fodp"""
from xml.sax.saxutils import escape as esc

FOOTER = "Fictieve Standaard Duinschurft (FT-62)"
W, H = 28.0, 15.75

# ---------------------------------------------------------------- content
# bullets: list of (level, text) ; text may contain {sup:N} for a superscript note marker
SLIDES = []


def slide(title, bullets=None, table=None, notes=None, bullets_h=None, table_y=None):
    SLIDES.append(dict(title=title, bullets=bullets or [], table=table, notes=notes,
                       bullets_h=bullets_h, table_y=table_y))


# 1 title slide is special
TITLE_SLIDE = dict(
    title="Fictieve Standaard Duinschurft (FT-62)",
    sub=["Nascholing huisartsen – samenvatting van de volledige standaard",
         "Vastgesteld: 14 april 2026 · fictieve NHG-werkgroep Duinschurft",
         "FICTIEF testdocument – geen medisch advies"],
    notes="Welkom. Deze nascholing duurt 45 minuten. Vraag de deelnemers of zij dit jaar al een patiënt met duinschurft zagen.")

slide("Kernboodschappen", [
    (1, "Duinschurft is een jeukende huidinfestatie door de duinmijt na contact met duinzand."),
    (1, "De diagnose is klinisch: duinsporen en nachtelijke jeuk; leg de ernst vast met de DES."),
    (1, "DES 0-3: alleen Velbrazol-crème; DES ≥ 4: Parvaclox oraal."),
    (1, "Parvaclox is gecontra-indiceerd bij zwangerschap: geef dan Ostiramide."),
    (1, "Controleer bij DES ≥ 4 de urine op hematurie, 4 weken na de start (risico op duinschurftnefritis)."),
    (1, "Verwijs bij DES ≥ 8 of bij aanhoudende klachten na 2 volledige behandelingen."),
], notes="Benadruk dat huisdieren niet behandeld hoeven te worden; de duinmijt overleeft niet op honden of katten.")

slide("Achtergronden: begrippen", [
    (1, "Duinschurft: infestatie van de huid door de duinmijt (Arenacarus fictus)"),
    (1, "Duinspoor: lineair, licht verheven gangetje van 2-10 mm lang in de huid"),
    (2, "typisch op enkels, onderbenen en taille"),
    (1, "Incubatietijd: 5 tot 12 dagen na blootstelling aan duinzand"),
    (1, "Crusteuze duinschurft: uitgebreide korstvorming op meer dan 3 lokalisaties; zeer besmettelijk"),
    (1, "Duinschurftnefritis: immuuncomplex-nefritis 2-6 weken na de infestatie"),
    (2, "kenmerken: hematurie en oedeem"),
    (1, "Recidief: nieuwe duinsporen meer dan 4 weken na een afgeronde behandeling"),
])

slide("Achtergronden: afkortingen en epidemiologie", [
    (1, "Afkortingen"),
    (2, "DES: Duinschurft-Ernstscore (0-10 punten){sup:1}"),
    (2, "CDM: Centrum Duinmijtbestrijding (landelijk expertisecentrum)"),
    (2, "IgE-DM: specifiek IgE tegen duinmijtantigeen"),
    (2, "ULN: bovengrens van normaal (upper limit of normal)"),
    (1, "Epidemiologie"),
    (2, "Incidentie in de huisartsenpraktijk: 3 per 1000 patiënten per jaar"),
    (2, "Piek in juli tot en met september; vaker bij kinderen van 4-12 jaar"),
], notes="Op de Waddeneilanden is de incidentie ongeveer twee keer zo hoog als op het vasteland.")

slide("Richtlijnen diagnostiek: anamnese", [
    (1, "Vraag naar:"),
    (2, "jeuk, vooral 's nachts; begin en beloop"),
    (2, "contact met duinzand of strand in de afgelopen 3 weken"),
    (2, "klachten bij huisgenoten of gezinsleden"),
    (2, "eerdere behandelingen en het effect daarvan"),
    (2, "zwangerschap, borstvoeding, nierfunctie en comedicatie"),
    (1, "Vraag bij kinderen naar donkere urine en opgezette oogleden"),
])

slide("Alarmsymptomen", [
    (1, "Koorts > 38,5 °C met snel uitbreidende roodheid (verdenking cellulitis)"),
    (1, "Macroscopische hematurie of colakleurige urine"),
    (1, "Oedeem rond de ogen of aan de enkels"),
    (1, "Crusteuze duinschurft bij een immuungecompromitteerde patiënt"),
    (1, "Zuigeling jonger dan 3 maanden met duinsporen"),
    (1, "Bij een alarmsymptoom: dezelfde dag beoordelen (zie Consultatie en verwijzing)"),
])

DES_TABLE = dict(
    cols=[7.6, 5.4, 5.4, 5.4],
    header=["DES-onderdeel", "0 punten", "1 punt", "2 punten"],
    rows=[["Aantal lokalisaties", "1", "2-3", "> 3"],
          ["Nachtelijke jeuk", "geen", "< 3 nachten per week", "≥ 3 nachten per week"],
          ["Crustae", "geen", "lokaal", "uitgebreid"],
          ["Secundaire infectie", "geen", "verdacht", "bevestigd"],
          ["Duur van de klachten", "< 2 weken", "2-6 weken", "> 6 weken"]],
    font=13)

slide("Lichamelijk onderzoek en DES", [
    (1, "Inspecteer enkels, onderbenen, taille, handen en luierstreek; tel de lokalisaties met duinsporen"),
    (1, "Let op crustae, pustels en honinggele korsten (impetiginisatie); meet temperatuur en bloeddruk bij DES ≥ 4"),
    (1, "DES-totaal 0-10: 0-3 licht, 4-7 matig, 8-10 ernstig"),
], table=DES_TABLE, bullets_h=4.9, table_y=7.9)

slide("Aanvullend onderzoek", [
    (1, "De diagnose is klinisch; aanvullend onderzoek alleen bij twijfel"),
    (1, "Huidschraapsel: microscopie op mijten of eitjes (sensitiviteit ca. 60%)"),
    (1, "IgE-DM: positief bij ≥ 0,35 kU/l{sup:2}"),
    (2, "een negatieve uitslag sluit duinschurft niet uit"),
    (1, "Urinestick op erytrocyten bij DES ≥ 4: bij de start en na 4 weken"),
    (1, "eGFR bepalen vóór Parvaclox bij ouderen ≥ 75 jaar of een bekende nierfunctiestoornis"),
    (1, "CRP > 50 mg/l past bij een bacteriële superinfectie"),
], notes="Het laboratorium in de regio rekent voor de IgE-DM-bepaling ongeveer 3 werkdagen.")

slide("Richtlijnen beleid: voorlichting", [
    (1, "Besmettelijk via direct huidcontact tot 24 uur na de start van de behandeling"),
    (1, "Behandel huisgenoten met klachten gelijktijdig; huisgenoten zonder klachten niet"),
    (1, "Was beddengoed, handdoeken en kleding op minimaal 60 °C"),
    (1, "Schoenen en knuffels 72 uur in een afgesloten plastic zak"),
    (1, "Jeuk kan tot 3 weken na een geslaagde behandeling aanhouden"),
    (1, "Kinderopvang en school: weer toegestaan 24 uur na de start van de behandeling"),
])

slide("Niet-medicamenteuze behandeling", [
    (1, "Koel douchen; geen zeep op de aangedane huid"),
    (1, "Nagels kort knippen"),
    (2, "kinderen: 's nachts katoenen handschoentjes"),
    (1, "Indifferente crème (bijvoorbeeld cetomacrogolcrème) 2-3x per dag"),
    (1, "Vermijd duinzand gedurende 4 weken na de behandeling"),
    (1, "Niet adviseren: zoutbaden, azijn of alcohol op de huid"),
])

slide("Medicamenteuze behandeling: stappenplan", [
    (1, "Stap 1, DES 0-3: Velbrazol-crème 5%"),
    (2, "2x per dag dun aanbrengen op de laesies, gedurende 7 dagen"),
    (2, "kinderen < 6 jaar: 1x per dag; maximaal 30 g crème per week"),
    (1, "Stap 2, DES ≥ 4 of falen van stap 1: Parvaclox oraal, 3 dagen (zie doseringstabel)"),
    (2, "zwangerschap: Ostiramide 5 dagen in plaats van Parvaclox"),
    (1, "Jeuk: Quenfodine 's avonds, maximaal 14 dagen"),
    (1, "Superinfectie (honinggele korsten of CRP > 50 mg/l): Tralomycine 7 dagen"),
], notes="Velbrazol-crème zit in tubes van 30 g; schrijf bij een gezin van vier twee tubes voor.")

DOSE1 = dict(
    cols=[5.0, 6.4, 4.6, 5.0, 4.0],
    header=["Middel", "Populatie", "Dosis", "Frequentie", "Max. per dag"],
    rows=[["Parvaclox (tablet 10 mg)", "Volwassenen", "20 mg", "1x per dag, 3 dagen", "20 mg"],
          [None, "Ouderen ≥ 75 jaar", "10 mg", "1x per dag, 3 dagen", "10 mg"],
          [None, "Kinderen 2-11 jaar (≥ 12 kg)", "0,5 mg/kg", "1x per dag, 3 dagen", "10 mg"],
          [None, "Kinderen < 2 jaar", "niet gebruiken", "–", "–"],
          [None, "eGFR 30-59 ml/min", "10 mg", "1x per dag, 3 dagen", "10 mg"],
          [None, "eGFR < 30 ml/min", "gecontra-indiceerd", "–", "–"],
          [None, "Zwangerschap", "gecontra-indiceerd", "–", "–"],
          ["Ostiramide (tablet 250 mg)", "Volwassenen", "500 mg", "2x per dag, 5 dagen", "1000 mg"],
          [None, "Zwangerschap", "500 mg", "2x per dag, 5 dagen", "1000 mg"],
          [None, "Borstvoeding", "250 mg", "2x per dag, 5 dagen", "500 mg"],
          [None, "Kinderen ≥ 25 kg", "250 mg", "2x per dag, 5 dagen", "500 mg"],
          [None, "eGFR < 30 ml/min", "250 mg", "1x per dag, 5 dagen", "250 mg"]],
    merge_first=True, font=11)

slide("Doseringstabel 1: Parvaclox en Ostiramide", [], table=DOSE1, table_y=2.6,
      notes="Parvaclox-tabletten mogen worden verpulverd en door yoghurt gemengd.")

DOSE2 = dict(
    cols=[5.0, 6.4, 4.6, 5.0, 4.0],
    header=["Middel", "Populatie", "Dosis", "Frequentie", "Max. per dag"],
    rows=[["Quenfodine (tablet 5 mg; drank 1 mg/ml)", "Volwassenen", "5 mg", "1-2x per dag", "10 mg"],
          ["Quenfodine", "Ouderen ≥ 75 jaar", "2,5 mg", "1x per dag 's avonds", "5 mg"],
          ["Quenfodine", "Kinderen 6-11 jaar", "2,5 mg", "1x per dag 's avonds", "5 mg"],
          ["Quenfodine", "Kinderen 2-5 jaar", "1 mg (1 ml drank)", "1x per dag 's avonds", "2 mg"],
          ["Tralomycine (capsule 250 mg; suspensie 50 mg/ml)", "Volwassenen", "500 mg", "3x per dag, 7 dagen", "1500 mg"],
          ["Tralomycine", "Ouderen ≥ 75 jaar", "250 mg", "3x per dag, 7 dagen", "750 mg"],
          ["Tralomycine", "Kinderen 15-24 kg", "125 mg", "3x per dag, 7 dagen", "375 mg"],
          ["Tralomycine", "Kinderen 25-39 kg", "250 mg", "3x per dag, 7 dagen", "750 mg"],
          ["Tralomycine", "eGFR < 30 ml/min", "250 mg", "2x per dag, 7 dagen", "500 mg"]],
    merge_first=False, font=11)

slide("Doseringstabel 2: Quenfodine en Tralomycine", [], table=DOSE2, table_y=2.6)

CI_TABLE = dict(
    cols=[4.4, 9.6, 11.0],
    header=["Middel", "Contra-indicaties", "Interacties"],
    rows=[["Parvaclox", "zwangerschap; borstvoeding; eGFR < 30 ml/min; kinderen < 2 jaar",
           "sterke CYP3A4-remmers (claritromycine, itraconazol): niet combineren"],
          ["Ostiramide", "ernstige leverfunctiestoornis", "methotrexaat: verhoogde toxiciteit, combinatie vermijden"],
          ["Quenfodine", "glaucoom met gesloten kamerhoek", "alcohol en benzodiazepinen: versterkte sufheid"],
          ["Tralomycine", "overgevoeligheid voor macroliden", "simvastatine: staken tijdens de kuur (risico op myopathie)"],
          ["Velbrazol-crème", "open wonden of beschadigde huid", "geen relevante interacties bekend"]],
    font=12)

slide("Contra-indicaties en interacties", [], table=CI_TABLE, table_y=2.8)

slide("Zwangerschap en borstvoeding", [
    (1, "Parvaclox: gecontra-indiceerd bij zwangerschap (teratogeen in dierstudies){sup:3}"),
    (2, "vrouwen in de vruchtbare leeftijd: zwangerschap uitsluiten vóór de start"),
    (2, "betrouwbare anticonceptie tot 1 maand na de laatste dosis"),
    (1, "Ostiramide: middel van keuze bij zwangerschap, 500 mg 2x per dag, 5 dagen"),
    (1, "Borstvoeding: geen Parvaclox; geef Ostiramide 250 mg 2x per dag"),
    (1, "Velbrazol-crème: veilig bij zwangerschap en borstvoeding; niet op de tepel aanbrengen"),
    (1, "Quenfodine: vermijden in het eerste trimester"),
])

slide("Consultatie en verwijzing", [
    (1, "Verwijs naar de dermatoloog bij:"),
    (2, "DES ≥ 8 (ernstige duinschurft)"),
    (2, "aanhoudende duinsporen na 2 volledige behandelingen"),
    (2, "crusteuze duinschurft"),
    (1, "Zuigeling < 3 maanden: dezelfde dag naar de kinderarts"),
    (1, "Koorts > 38,5 °C met snel uitbreidende roodheid: dezelfde dag naar de internist"),
    (1, "Hematurie én eGFR-daling > 25% ten opzichte van de uitgangswaarde: overleg met de nefroloog"),
    (1, "Meld clusters van ≥ 3 patiënten uit één duingebied bij het CDM"),
], notes="De dermatoloog in het regionale ziekenhuis heeft een wachttijd van ongeveer 6 weken.")

slide("Controles", [
    (1, "Evalueer na 2 weken: bepaal de DES opnieuw"),
    (2, "DES gedaald met ≥ 50%: behandeling geslaagd"),
    (2, "geen verbetering: tweede kuur, niet eerder dan 14 dagen na de eerste kuur{sup:4}"),
    (1, "Urinestick 4 weken na de start bij DES ≥ 4"),
    (1, "Tweede kuur Parvaclox: ALAT bepalen; stoppen bij ALAT > 3x ULN"),
    (1, "Ouderen ≥ 75 jaar met Parvaclox: eGFR herhalen na 1 week"),
    (1, "Recidief binnen 3 maanden: huisgenoten opnieuw beoordelen"),
])

slide("Noten", [
    (1, "1. De DES is gevalideerd bij 412 patiënten in drie huisartsenpraktijken (fictief onderzoek, 2024)."),
    (1, "2. De afkapwaarde van IgE-DM (0,35 kU/l) is overgenomen van andere IgE-bepalingen."),
    (1, "3. Het teratogene effect van Parvaclox is alleen in dierstudies aangetoond."),
    (1, "4. Een tweede kuur binnen 14 dagen geeft geen betere genezing, wel meer leverschade."),
    (1, "5. Tralomycine is gekozen vanwege de goede werking tegen Staphylococcus aureus."),
], notes="Sluit af met de vragenronde.")


# ---------------------------------------------------------------- XML helpers
def rich(text, pstyle_sup="Tsup"):
    """escape text, turning {sup:N} into a superscript span"""
    out, rest = [], text
    while "{sup:" in rest:
        a = rest.index("{sup:")
        b = rest.index("}", a)
        out.append(esc(rest[:a]))
        out.append('<text:span text:style-name="%s">%s</text:span>' % (pstyle_sup, esc(rest[a + 5:b])))
        rest = rest[b + 1:]
    out.append(esc(rest))
    return "".join(out)


def bullets_xml(bullets):
    out = ['<text:list text:style-name="L1">']
    i = 0
    while i < len(bullets):
        lvl, txt = bullets[i]
        assert lvl == 1
        out.append('<text:list-item><text:p text:style-name="P1">%s</text:p>' % rich(txt))
        j = i + 1
        subs = []
        while j < len(bullets) and bullets[j][0] == 2:
            subs.append(bullets[j][1])
            j += 1
        if subs:
            out.append('<text:list>')
            for s in subs:
                out.append('<text:list-item><text:p text:style-name="P2">%s</text:p></text:list-item>' % rich(s))
            out.append('</text:list>')
        out.append('</text:list-item>')
        i = j
    out.append('</text:list>')
    return "".join(out)


def table_xml(t, y):
    cols = t["cols"]
    width = sum(cols)
    x = (W - width) / 2
    font = t["font"]
    nrows = len(t["rows"]) + 1
    rowh = 0.62 if font <= 11 else 0.9
    out = ['<draw:frame draw:style-name="grT" draw:layer="layout" svg:width="%.2fcm" svg:height="%.2fcm" '
           'svg:x="%.2fcm" svg:y="%.2fcm">' % (width, rowh * nrows, x, y)]
    out.append('<table:table table:template-name="default" table:use-first-row-styles="true" '
               'table:use-banding-rows-styles="true">')
    for c in cols:
        out.append('<table:table-column table:style-name="co%d"/>' % int(round(c * 10)))
    ps = "PT%d" % font
    psh = "PH%d" % font
    out.append('<table:table-row table:style-name="ro%d">' % font)
    for h in t["header"]:
        out.append('<table:table-cell table:style-name="ceH"><text:p text:style-name="%s">%s</text:p>'
                   '</table:table-cell>' % (psh, esc(h)))
    out.append('</table:table-row>')
    rows = t["rows"]
    for ri, r in enumerate(rows):
        out.append('<table:table-row table:style-name="ro%d">' % font)
        for ci, cell in enumerate(r):
            if ci == 0 and t.get("merge_first"):
                if cell is None:
                    out.append('<table:covered-table-cell/>')
                    continue
                span = 1
                k = ri + 1
                while k < len(rows) and rows[k][0] is None:
                    span += 1
                    k += 1
                out.append('<table:table-cell table:style-name="ceD" table:number-rows-spanned="%d">'
                           '<text:p text:style-name="%s">%s</text:p></table:table-cell>' % (span, psh, esc(cell)))
                continue
            out.append('<table:table-cell table:style-name="ceD"><text:p text:style-name="%s">%s</text:p>'
                       '</table:table-cell>' % (ps, esc(cell)))
        out.append('</table:table-row>')
    out.append('</table:table></draw:frame>')
    return "".join(out)


def notes_xml(notes, page_no):
    if not notes:
        return ""
    return ('<presentation:notes draw:style-name="dpN">'
            '<draw:page-thumbnail draw:style-name="grN" draw:layer="layout" svg:width="14cm" svg:height="7.9cm" '
            'svg:x="3.5cm" svg:y="2cm" draw:page-number="%d" presentation:class="page"/>'
            '<draw:frame presentation:style-name="prN" draw:layer="layout" svg:width="17cm" svg:height="12cm" '
            'svg:x="2cm" svg:y="11cm" presentation:class="notes" presentation:user-transformed="true">'
            '<draw:text-box><text:p text:style-name="PN">%s</text:p></draw:text-box></draw:frame>'
            '</presentation:notes>' % (page_no, esc(notes)))


def title_frame(text, y=0.6, h=1.8, style="PTitle"):
    return ('<draw:frame presentation:style-name="prT" draw:layer="layout" svg:width="25.6cm" svg:height="%.2fcm" '
            'svg:x="1.2cm" svg:y="%.2fcm" presentation:class="title" presentation:user-transformed="true">'
            '<draw:text-box><text:p text:style-name="%s">%s</text:p></draw:text-box></draw:frame>'
            % (h, y, style, esc(text)))


def page(n, inner, notes):
    return ('<draw:page draw:name="page%d" draw:style-name="dp1" draw:master-page-name="Default" '
            'presentation:presentation-page-layout-name="AL1T1" presentation:use-footer-name="ftr1">%s%s</draw:page>'
            % (n, inner, notes_xml(notes, n)))


def build():
    pages = []
    # title slide
    ts = TITLE_SLIDE
    inner = title_frame(ts["title"], y=3.6, h=2.6, style="PBigTitle")
    inner += ('<draw:frame presentation:style-name="prS" draw:layer="layout" svg:width="25.6cm" svg:height="4cm" '
              'svg:x="1.2cm" svg:y="7.2cm" presentation:class="subtitle" presentation:user-transformed="true">'
              '<draw:text-box>%s</draw:text-box></draw:frame>'
              % "".join('<text:p text:style-name="PSub">%s</text:p>' % esc(s) for s in ts["sub"]))
    pages.append(page(1, inner, ts["notes"]))
    for i, s in enumerate(SLIDES, start=2):
        inner = title_frame(s["title"])
        if s["bullets"]:
            h = s["bullets_h"] or 11.0
            inner += ('<draw:frame presentation:style-name="prO" draw:layer="layout" svg:width="25.6cm" '
                      'svg:height="%.2fcm" svg:x="1.2cm" svg:y="2.7cm" presentation:class="outline" '
                      'presentation:user-transformed="true"><draw:text-box>%s</draw:text-box></draw:frame>'
                      % (h, bullets_xml(s["bullets"])))
        if s["table"]:
            inner += table_xml(s["table"], s["table_y"] or 3.0)
        pages.append(page(i, inner, s["notes"]))

    col_styles = set()
    for s in SLIDES:
        if s["table"]:
            for c in s["table"]["cols"]:
                col_styles.add(int(round(c * 10)))
    colxml = "".join('<style:style style:name="co%d" style:family="table-column">'
                     '<style:table-column-properties style:column-width="%.1fcm"/></style:style>' % (c, c / 10)
                     for c in sorted(col_styles))
    rowxml = ""
    txtxml = ""
    for f in (11, 12, 13):
        rh = 0.62 if f <= 11 else 0.9
        rowxml += ('<style:style style:name="ro%d" style:family="table-row">'
                   '<style:table-row-properties style:row-height="%.2fcm"/></style:style>' % (f, rh))
        txtxml += ('<style:style style:name="PT%d" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
                   '<style:text-properties fo:font-size="%dpt" fo:color="#000000" style:font-name="Liberation Sans"/></style:style>'
                   '<style:style style:name="PH%d" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
                   '<style:text-properties fo:font-size="%dpt" fo:font-weight="bold" fo:color="#000000" style:font-name="Liberation Sans"/></style:style>'
                   % (f, f, f, f))

    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:meta><dc:title>{esc(FOOTER)} – nascholing</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss"/>
 <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="graphic">
  <style:paragraph-properties style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:language="nl" fo:country="NL"/>
 </style:default-style>
 <style:style style:name="standard" style:family="graphic">
  <style:graphic-properties draw:stroke="none" draw:fill="none"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:language="nl" fo:country="NL"/>
 </style:style>
 <style:style style:name="Default-title" style:family="presentation">
  <style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="middle"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="30pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Default-subtitle" style:family="presentation">
  <style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="top"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt"/>
 </style:style>
 <style:style style:name="Default-outline1" style:family="presentation">
  <style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="top"/>
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt"/>
 </style:style>
 <style:style style:name="Default-notes" style:family="presentation">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Default-background" style:family="presentation">
  <style:graphic-properties draw:stroke="none" draw:fill="none"/>
 </style:style>
 <style:style style:name="Default-backgroundobjects" style:family="presentation">
  <style:graphic-properties draw:shadow="hidden"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PM1">
  <style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"
   fo:page-width="{W}cm" fo:page-height="{H}cm" style:print-orientation="landscape"/>
 </style:page-layout>
 <style:page-layout style:name="PM2">
  <style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"
   fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"/>
 </style:page-layout>
 <style:style style:name="dpM" style:family="drawing-page">
  <style:drawing-page-properties draw:background-size="full" draw:fill="solid" draw:fill-color="#ffffff"/>
 </style:style>
 <style:style style:name="dp1" style:family="drawing-page">
  <style:drawing-page-properties presentation:background-visible="true" presentation:background-objects-visible="true"
   presentation:display-footer="true" presentation:display-page-number="true" presentation:display-date-time="false"/>
 </style:style>
 <style:style style:name="dpN" style:family="drawing-page">
  <style:drawing-page-properties presentation:display-header="true" presentation:display-footer="true"
   presentation:display-page-number="true" presentation:display-date-time="true"/>
 </style:style>
 <style:style style:name="prT" style:family="presentation" style:parent-style-name="Default-title">
  <style:graphic-properties draw:auto-grow-height="false" fo:min-height="1.8cm"/>
 </style:style>
 <style:style style:name="prS" style:family="presentation" style:parent-style-name="Default-subtitle">
  <style:graphic-properties draw:auto-grow-height="false"/>
 </style:style>
 <style:style style:name="prO" style:family="presentation" style:parent-style-name="Default-outline1">
  <style:graphic-properties draw:auto-grow-height="false" draw:fit-to-size="false"/>
 </style:style>
 <style:style style:name="prN" style:family="presentation" style:parent-style-name="Default-notes"/>
 <style:style style:name="prF" style:family="presentation" style:parent-style-name="Default-background">
  <style:graphic-properties draw:auto-grow-height="false" draw:textarea-vertical-align="bottom"/>
 </style:style>
 <style:style style:name="grT" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none"/></style:style>
 <style:style style:name="grN" style:family="graphic"/>
 <style:style style:name="grLine" style:family="graphic">
  <style:graphic-properties draw:stroke="solid" svg:stroke-color="#1f4e79" svg:stroke-width="0.05cm" draw:fill="none"/>
 </style:style>
 <style:style style:name="ceH" style:family="table-cell">
  <style:graphic-properties draw:fill="solid" draw:fill-color="#bdd7ee" draw:textarea-vertical-align="middle"/>
  <style:paragraph-properties fo:border="0.03pt solid #000000"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ceD" style:family="table-cell">
  <style:graphic-properties draw:fill="solid" draw:fill-color="#ffffff" draw:textarea-vertical-align="middle"/>
  <style:paragraph-properties fo:border="0.03pt solid #000000"/>
 </style:style>
 {colxml}
 {rowxml}
 {txtxml}
 <style:style style:name="PTitle" style:family="paragraph">
  <style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="PBigTitle" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="36pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="PSub" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="18pt"/>
 </style:style>
 <style:style style:name="P1" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="20pt"/>
 </style:style>
 <style:style style:name="P2" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="17pt"/>
 </style:style>
 <style:style style:name="PN" style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="PF" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:color="#555555"/></style:style>
 <style:style style:name="PNum" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="11pt" fo:color="#555555"/></style:style>
 <style:style style:name="Tsup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <text:list-style style:name="L1">
  <text:list-level-style-bullet text:level="1" text:bullet-char="●">
   <style:list-level-properties text:space-before="0cm" text:min-label-width="0.9cm"/>
   <style:text-properties fo:font-family="OpenSymbol" style:font-size-rel="45%" fo:color="#1f4e79"/>
  </text:list-level-style-bullet>
  <text:list-level-style-bullet text:level="2" text:bullet-char="–">
   <style:list-level-properties text:space-before="1.4cm" text:min-label-width="0.8cm"/>
   <style:text-properties fo:font-family="OpenSymbol" style:font-size-rel="75%"/>
  </text:list-level-style-bullet>
 </text:list-style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dpM">
  <draw:line draw:style-name="grLine" draw:layer="backgroundobjects" svg:x1="1.2cm" svg:y1="14.5cm" svg:x2="26.8cm" svg:y2="14.5cm"/>
  <draw:frame presentation:style-name="prF" draw:layer="backgroundobjects" svg:width="18cm" svg:height="0.9cm"
   svg:x="1.2cm" svg:y="14.6cm" presentation:class="footer">
   <draw:text-box><text:p text:style-name="PF"><presentation:footer/></text:p></draw:text-box>
  </draw:frame>
  <draw:frame presentation:style-name="prF" draw:layer="backgroundobjects" svg:width="4cm" svg:height="0.9cm"
   svg:x="22.8cm" svg:y="14.6cm" presentation:class="page-number">
   <draw:text-box><text:p text:style-name="PNum"><text:page-number>&lt;number&gt;</text:page-number></text:p></draw:text-box>
  </draw:frame>
  <presentation:notes style:page-layout-name="PM2">
   <draw:page-thumbnail presentation:class="page" svg:width="14cm" svg:height="7.9cm" svg:x="3.5cm" svg:y="2cm"/>
   <draw:frame presentation:class="notes" svg:width="17cm" svg:height="12cm" svg:x="2cm" svg:y="11cm">
    <draw:text-box/>
   </draw:frame>
  </presentation:notes>
 </style:master-page>
</office:master-styles>
<office:body>
 <office:presentation>
  <presentation:footer-decl presentation:name="ftr1">{esc(FOOTER)}</presentation:footer-decl>
  {"".join(pages)}
 </office:presentation>
</office:body>
</office:document>
'''
    return doc


if __name__ == "__main__":
    with open("ft62-duinschurft.fodp", "w", encoding="utf-8") as f:
        f.write(build())
    print("slides:", len(SLIDES) + 1)
