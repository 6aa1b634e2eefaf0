#!/usr/bin/env python3
"""Generate the flat ODF text document (samenvattingskaart) for FT-82 Reigerknie.

Layout: A4 landscape, 2 pages, one Writer section with 3 text columns,
coloured heading bars, bullet lists, a compact dose table with the drug name
cell spanning its population rows, a 'stappenplan' drawn as custom shapes
(boxes and down-arrows, anchored as characters), real footnotes in small
print, abbreviation list at the end.  Convert with
  soffice --headless --convert-to pdf ft82-reigerknie.fodt
"""
import html
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "ft82-reigerknie.fodt"

def esc(s):
    return html.escape(s, quote=False)

def rich(s):
    """Tiny markup: **bold** -> span B, ^x^ -> superscript; [[n:text]] -> footnote."""
    out = []
    i = 0
    while i < len(s):
        if s.startswith("**", i):
            j = s.index("**", i + 2)
            out.append('<text:span text:style-name="B">%s</text:span>' % rich(s[i + 2:j]))
            i = j + 2
        elif s.startswith("[[", i):
            j = s.index("]]", i)
            n, txt = s[i + 2:j].split(":", 1)
            out.append('<text:note text:id="ftn%s" text:note-class="footnote">'
                       '<text:note-citation>%s</text:note-citation><text:note-body>'
                       '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                       % (n, n, esc(txt)))
            i = j + 2
        else:
            nxt = [k for k in (s.find("**", i), s.find("[[", i)) if k != -1]
            j = min(nxt) if nxt else len(s)
            out.append(esc(s[i:j]))
            i = j
    return "".join(out)

body = []

def P(s, style="Body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, rich(s)))

def H(s, style="Bar"):
    body.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>' % (style, esc(s)))

def H2(s):
    body.append('<text:h text:style-name="Sub" text:outline-level="2">%s</text:h>' % esc(s))

def UL(items, style="Bul"):
    body.append('<text:list text:style-name="L1">')
    for it in items:
        body.append('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>' % (style, rich(it)))
    body.append('</text:list>')

shape_n = [0]
def BOX(title, lines, fill="#dbeaf4"):
    shape_n[0] += 1
    n = shape_n[0]
    inner = '<text:p text:style-name="BoxTitle">%s</text:p>' % esc(title)
    inner += "".join('<text:p text:style-name="BoxText">%s</text:p>' % rich(l) for l in lines)
    h = 0.7 + 0.4 * len(lines)
    body.append(
        '<text:p text:style-name="Flow"><draw:custom-shape text:anchor-type="as-char" '
        'draw:z-index="%d" draw:name="Stap%d" draw:style-name="gr%s" draw:text-style-name="BoxText" '
        'svg:width="8.4cm" svg:height="%.2fcm" svg:y="-%.2fcm">%s'
        '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="round-rectangle" '
        'draw:modifiers="1800" draw:enhanced-path="M ?f7 0 X 0 ?f8 L 0 ?f9 Y ?f7 21600 L ?f10 21600 X 21600 ?f9 L 21600 ?f8 Y ?f10 0 Z N">'
        '<draw:equation draw:name="f0" draw:formula="45"/>'
        '<draw:equation draw:name="f1" draw:formula="$0 -0"/>'
        '<draw:equation draw:name="f2" draw:formula="abs(?f1 )"/>'
        '<draw:equation draw:name="f3" draw:formula="abs(?f1 )"/>'
        '<draw:equation draw:name="f4" draw:formula="min(?f2 ,?f3 )"/>'
        '<draw:equation draw:name="f5" draw:formula="?f4 *0.5"/>'
        '<draw:equation draw:name="f6" draw:formula="?f4 *0.5"/>'
        '<draw:equation draw:name="f7" draw:formula="left+$0 "/>'
        '<draw:equation draw:name="f8" draw:formula="top+$0 "/>'
        '<draw:equation draw:name="f9" draw:formula="bottom-$0 "/>'
        '<draw:equation draw:name="f10" draw:formula="right-$0 "/>'
        '<draw:handle draw:handle-position="$0 top" draw:handle-range-x-minimum="0" draw:handle-range-x-maximum="10800"/>'
        '</draw:enhanced-geometry></draw:custom-shape></text:p>'
        % (n, n, fill.strip("#"), h, h - 0.1, inner))

def ARROW():
    shape_n[0] += 1
    n = shape_n[0]
    body.append(
        '<text:p text:style-name="Flow"><draw:custom-shape text:anchor-type="as-char" '
        'draw:z-index="%d" draw:name="Pijl%d" draw:style-name="grArrow" '
        'svg:width="0.7cm" svg:height="0.55cm" svg:y="-0.5cm">'
        '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="down-arrow" '
        'draw:modifiers="14400 5400" draw:enhanced-path="M ?f0 0 L ?f0 ?f1 0 ?f1 10800 21600 21600 ?f1 ?f2 ?f1 ?f2 0 Z N">'
        '<draw:equation draw:name="f0" draw:formula="$1 "/>'
        '<draw:equation draw:name="f1" draw:formula="$0 "/>'
        '<draw:equation draw:name="f2" draw:formula="21600-$1 "/>'
        '<draw:equation draw:name="f3" draw:formula="21600-?f1 "/>'
        '<draw:equation draw:name="f4" draw:formula="?f3 *?f0 /10800"/>'
        '<draw:equation draw:name="f5" draw:formula="?f1 +?f4 "/>'
        '<draw:equation draw:name="f6" draw:formula="?f1 *?f0 /10800"/>'
        '<draw:equation draw:name="f7" draw:formula="?f1 -?f6 "/>'
        '<draw:handle draw:handle-position="$1 $0" draw:handle-range-x-minimum="0" draw:handle-range-x-maximum="10800" draw:handle-range-y-minimum="0" draw:handle-range-y-maximum="21600"/>'
        '</draw:enhanced-geometry></draw:custom-shape></text:p>' % (n, n))

# ---------------------------------------------------------------- content
body.append('<text:p text:style-name="Title">Fictieve Standaard Reigerknie (FT-82)</text:p>')
body.append('<text:p text:style-name="SubTitle">Samenvattingskaart · fictief testdocument, geen medisch advies · versie maart 2026</text:p>')

H("Kernboodschappen")
UL([
    "Reigerknie is een acute, meestal zelflimiterende ontsteking van de mediale kniepees na langdurig staan op één been.",
    "De diagnose berust op anamnese, lichamelijk onderzoek en de RKS-score[[1:De RKS-score is gevalideerd bij volwassenen; bij kinderen jonger dan 12 jaar is de voorspellende waarde lager.]]; aanvullend onderzoek alleen bij twijfel of alarmsymptomen.",
    "Eerste stap: voorlichting, koelen en tilmacetol; voeg fendoraxib toe bij onvoldoende effect na 3 dagen.",
    "Fendoraxib is gecontra-indiceerd vanaf 20 weken zwangerschap en bij een eGFR < 30.",
    "Verwijs naar de orthopeed bij slotklachten die langer dan 2 weken bestaan.",
])

H("Achtergronden")
UL([
    "**Definitie:** pijnlijke zwelling aan de binnenzijde van de knie door overbelasting van de pes reigeri, ontstaan na staan op één been (bv. wadlopen, vissen, yoga).",
    "**Incidentie:** ongeveer 4 per 1000 patiënten per jaar; piek tussen 40 en 60 jaar; vrouwen : mannen = 2 : 1.",
    "**Kinderen:** vooral na ballet en turnen; zelden onder de 6 jaar.",
    "**Beloop:** bij 80% herstel binnen 3 weken; recidief bij 1 op de 5 patiënten binnen een jaar.",
])

H("Richtlijnen diagnostiek")
H2("Anamnese")
UL([
    "Begin en duur; uitlokkende houding (staan op één been > 30 minuten).",
    "Zwelling, ochtendstijfheid (typisch < 30 minuten), slotklachten.",
    "Koorts, trauma, eerdere episodes.",
    "Medicatie: anticoagulantia, lithium, ACE-remmers, diuretica.",
])
H2("Lichamelijk onderzoek")
UL([
    "Inspectie: zwelling en roodheid mediaal.",
    "Palpatie: drukpijn over de mediale gewrichtsspleet.",
    "Reigerproef: pijn bij staan op het aangedane been met de knie 20° gebogen.",
    "Meet de temperatuur.",
])
H2("RKS-score (1 punt per item)")
UL([
    "mediale zwelling",
    "positieve reigerproef",
    "ochtendstijfheid < 30 minuten",
    "uitlokkende houding in de anamnese",
    "geen trauma",
], style="BulSmall")
P("**Score ≥ 3:** reigerknie waarschijnlijk. **Score ≤ 1:** overweeg een andere diagnose (artrose, meniscusletsel, jicht).")

H("Alarmsymptomen", style="BarRed")
UL([
    "Koorts ≥ 38,5 °C met een warme, rode knie (septische artritis): verwijs dezelfde dag.",
    "Niet kunnen belasten na een trauma (fractuur).",
    "Pijn en zwelling van de kuit (trombosebeen).",
    "Snel toenemende zwelling bij gebruik van anticoagulantia (haemartros).",
    "Kind < 12 jaar dat mank loopt en koorts heeft.",
], style="BulRed")

H2("Aanvullend onderzoek")
UL([
    "CRP alleen bij twijfel over infectie; bij CRP > 50 mg/l overleg dezelfde dag met de orthopeed.",
    "Röntgenfoto alleen bij ouderen ≥ 65 jaar met klachten > 6 weken (artrose uitsluiten).",
    "Echografie bij verdenking op een bakercyste.",
])

H("Richtlijnen beleid")
H2("Voorlichting")
UL([
    "Klachten verdwijnen meestal binnen 3 weken.",
    "Vermijd staan op één been; wissel elke 15 minuten van houding.",
    "Geef de patiëntenfolder ‘Reigerknie’ mee.",
])
H2("Niet-medicamenteuze behandeling")
UL([
    "Koelen: 3–4 keer per dag 15 minuten met een coldpack (niet direct op de huid).",
    "Relatieve rust gedurende 1 week, daarna geleidelijk opbouwen.",
    "Een kniebrace is niet zinvol.",
    "Fysiotherapie bij klachten > 4 weken: maximaal 6 behandelingen, oefentherapie gericht op de quadriceps.",
])

H("Stappenplan")
BOX("Stap 1 · dag 0–3", ["Voorlichting, koelen en relatieve rust.", "Tilmacetol volgens tabel 1."])
ARROW()
BOX("Stap 2 · na 3 dagen onvoldoende effect", ["Voeg fendoraxib toe (volwassenen max. 7 dagen).",
                                              "Contra-indicatie fendoraxib: kies corvastine."], fill="#e3f1de")
ARROW()
BOX("Stap 3 · na 2 weken geen verbetering", ["Volwassenen: eenmalig brolimetide 20 mg", "intra-articulair; herhaal RKS-score."], fill="#fbeed5")
ARROW()
BOX("Stap 4 · na 6 weken geen verbetering", ["Verwijs naar de orthopeed; bij slotklachten", "> 2 weken direct verwijzen."], fill="#f6d9d9")

# ---------------------------------------------------------------- dose table
H("Medicamenteuze behandeling")
P("**Tabel 1.** Dosering bij reigerknie", style="Caption")

def cell(text, style="TblCell", span=None, pstyle="TblP"):
    attrs = ' table:style-name="%s" office:value-type="string"' % style
    if span:
        attrs += ' table:number-rows-spanned="%d"' % span
    paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (pstyle, rich(t)) for t in text.split("\n"))
    return "<table:table-cell%s>%s</table:table-cell>" % (attrs, paras)

rows = []
rows.append("<table:table-header-rows><table:table-row>" +
            cell("Middel", "TblHead", pstyle="TblHeadP") + cell("Groep", "TblHead", pstyle="TblHeadP") +
            cell("Dosering", "TblHead", pstyle="TblHeadP") + cell("Duur / opmerking", "TblHead", pstyle="TblHeadP") +
            "</table:table-row></table:table-header-rows>")

def drug(name, form, prows, shade):
    first = True
    for grp, dose, rem in prows:
        r = "<table:table-row>"
        if first:
            r += cell("**%s**\n%s" % (name, form), "TblDrug" + shade, span=len(prows), pstyle="TblDrugP")
            first = False
        else:
            r += "<table:covered-table-cell/>"
        r += cell(grp) + cell(dose) + cell(rem)
        r += "</table:table-row>"
        rows.append(r)

drug("Tilmacetol", "tablet 500 mg; drank 24 mg/ml", [
    ("Volwassenen", "1000 mg 3 dd", "max. 3 g/dag; max. 14 dagen"),
    ("Ouderen ≥ 75 jaar", "500 mg 3 dd", "max. 2 g/dag"),
    ("Kinderen 3 mnd–12 jaar", "60 mg/kg/dag in 4 giften", "max. 2 g/dag[[2:Bij een lichaamsgewicht < 50 kg nooit meer dan 60 mg/kg/dag, ook niet bij adolescenten.]]"),
    ("Zwangerschap / borstvoeding", "als volwassenen", "middel van eerste keus"),
], "A")
drug("Fendoraxib", "tablet 20 en 40 mg", [
    ("Volwassenen", "40 mg 2 dd", "max. 7 dagen; ≥ 60 jaar plus paldozuur"),
    ("Ouderen ≥ 75 jaar", "20 mg 1 dd", "max. 5 dagen[[3:Bepaal bij ouderen ≥ 75 jaar en bij diabetes de eGFR vóór de start.]]"),
    ("Kinderen 12–17 jaar (≥ 40 kg)", "20 mg 2 dd", "max. 5 dagen"),
    ("Kinderen < 12 jaar", "niet gebruiken", ""),
    ("eGFR 30–59", "20 mg 2 dd", "eGFR na 1 week"),
    ("eGFR < 30", "gecontra-indiceerd", ""),
    ("Zwangerschap", "< 20 weken: alleen na overleg[[4:Overleg met de gynaecoloog; gebruik dan de kortst mogelijke duur.]]", "≥ 20 weken: gecontra-indiceerd"),
    ("Borstvoeding", "20 mg 2 dd", "max. 5 dagen"),
], "B")
drug("Corvastine", "capsule 75 en 150 mg", [
    ("Volwassenen en ouderen", "150 mg 2 dd", "10 dagen"),
    ("eGFR 30–59", "150 mg 1 dd", "10 dagen"),
    ("eGFR 15–29", "75 mg 1 dd", "10 dagen"),
    ("eGFR < 15", "niet gebruiken", ""),
    ("Zwangerschap", "als volwassenen", "alleen 2e en 3e trimester"),
    ("Borstvoeding", "niet gebruiken", ""),
], "A")

body.append('<table:table table:name="Dosering" table:style-name="Tbl">'
            '<table:table-column table:style-name="TcA"/><table:table-column table:style-name="TcB"/>'
            '<table:table-column table:style-name="TcC"/><table:table-column table:style-name="TcD"/>'
            + "".join(rows) + '</table:table>')
P("Corvastine is tweede keus wanneer fendoraxib gecontra-indiceerd is of niet verdragen wordt; voor kinderen zijn onvoldoende gegevens.", style="Small")

H2("Overige middelen")
P("**Brolimetide** (stap 3): eenmalig 20 mg intra-articulair; bij onvoldoende effect mag de injectie na 6 weken één keer worden herhaald. Niet bij kinderen < 16 jaar[[5:Brolimetide is niet geregistreerd voor kinderen.]] en niet bij een INR > 3.")
P("**Nestrazine-gel 2%:** 3 dd dun aanbrengen, maximaal 2 weken; alternatief voor ouderen die orale middelen niet verdragen.")
P("**Paldozuur** (maagbescherming): 20 mg 1 dd zolang fendoraxib wordt gebruikt, bij patiënten ≥ 60 jaar of met een ulcus in de voorgeschiedenis.")

H("Contra-indicaties")
UL([
    "**Fendoraxib:** zwangerschap ≥ 20 weken, eGFR < 30, actief ulcus pepticum, hartfalen NYHA III–IV.",
    "**Corvastine:** borstvoeding, ernstige leverfunctiestoornis (Child-Pugh C), gelijktijdig gebruik van lithium.",
    "**Tilmacetol:** ernstige leverfunctiestoornis; bij alcoholmisbruik max. 2 g/dag.",
    "**Brolimetide:** huidinfectie over de knie, kinderen < 16 jaar, zwangerschap (geen gegevens).",
])

H("Interacties")
UL([
    "Fendoraxib + cumarine of DOAC: verhoogd bloedingsrisico; voorkeur tilmacetol, anders fendoraxib met paldozuur.",
    "Fendoraxib + ACE-remmer of diureticum: controleer de eGFR na 1 week.",
    "Corvastine + claritromycine: spiegel van corvastine stijgt; halveer de dosis.",
    "Tilmacetol + cumarine: INR controleren bij ≥ 2 g/dag langer dan 3 dagen.",
])

H("Zwangerschap en borstvoeding")
UL([
    "Tilmacetol is in de hele zwangerschap en tijdens borstvoeding eerste keus.",
    "Fendoraxib: niet vanaf 20 weken; tijdens borstvoeding 20 mg 2 dd.",
    "Corvastine: mag in het 2e en 3e trimester; niet bij borstvoeding.",
])

H("Controle")
UL([
    "Evalueer na 1 week (telefonisch mag).",
    "Bij fendoraxib met eGFR 30–59 of een ACE-remmer: eGFR na 1 week.",
    "Klachten na 2 weken: herbeoordeling en RKS-score herhalen.",
    "Na een brolimetide-injectie: controle na 4 weken.",
    "Bij ≥ 3 recidieven per jaar: verwijs naar de fysiotherapeut.",
])

H("Consultatie en verwijzing")
UL([
    "**Dezelfde dag:** verdenking septische artritis (koorts ≥ 38,5 °C en warme knie) of CRP > 50 mg/l.",
    "**Binnen 1 week:** vermoeden van haemartros bij anticoagulantia.",
    "**Orthopeed:** slotklachten > 2 weken of geen verbetering na 6 weken.",
    "**Kinderarts:** kind < 12 jaar met ≥ 2 episodes in 6 maanden.",
    "**Fysiotherapeut:** klachten > 4 weken.",
])

H("Afkortingen", style="BarGrey")
for a, b in [("CRP", "C-reactief proteïne"), ("dd", "maal daags"), ("DOAC", "direct werkend oraal anticoagulans"),
             ("eGFR", "geschatte glomerulaire filtratiesnelheid (ml/min/1,73 m²)"), ("INR", "international normalized ratio"),
             ("mnd", "maanden"), ("NYHA", "New York Heart Association"), ("RKS", "reigerknie-score")]:
    body.append('<text:p text:style-name="Abbr"><text:span text:style-name="B">%s</text:span><text:tab/>%s</text:p>' % (esc(a), esc(b)))

# ---------------------------------------------------------------- document
FONT = "Liberation Sans"
styles = f'''
<office:font-face-decls>
 <style:font-face style:name="{FONT}" svg:font-family="'{FONT}'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Sans Narrow" svg:font-family="'Liberation Sans Narrow'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="{FONT}" fo:font-size="8.2pt" fo:language="nl" fo:country="NL" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
 </style:default-style>
 <style:default-style style:family="graphic">
  <style:graphic-properties draw:shadow="hidden"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.06cm" fo:text-align="start"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.05cm"/>
  <style:text-properties fo:font-size="7pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:background-color="#1f4e6b" fo:padding="0.1cm" fo:margin-bottom="0.02cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="SubTitle" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="6.5pt" fo:font-style="italic" fo:color="#1f4e6b"/>
 </style:style>
 <style:style style:name="Bar" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:background-color="#2b7bb0" fo:padding-left="0.1cm" fo:padding-top="0.03cm" fo:padding-bottom="0.03cm" fo:margin-top="0.12cm" fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#ffffff" fo:text-transform="uppercase"/>
 </style:style>
 <style:style style:name="BarPage" style:family="paragraph" style:parent-style-name="Bar">
  <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
 </style:style>
 <style:style style:name="BarRed" style:family="paragraph" style:parent-style-name="Bar">
  <style:paragraph-properties fo:background-color="#c0392b"/>
 </style:style>
 <style:style style:name="BarGrey" style:family="paragraph" style:parent-style-name="Bar">
  <style:paragraph-properties fo:background-color="#6d6d6d"/>
 </style:style>
 <style:style style:name="Sub" style:family="paragraph" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.06cm" fo:margin-bottom="0.02cm" fo:keep-with-next="always" fo:border-bottom="0.5pt solid #2b7bb0"/>
  <style:text-properties fo:font-size="8.4pt" fo:font-weight="bold" fo:color="#1f4e6b"/>
 </style:style>
 <style:style style:name="Bul" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.02cm"/>
 </style:style>
 <style:style style:name="BulSmall" style:family="paragraph" style:parent-style-name="Bul"/>
 <style:style style:name="BulRed" style:family="paragraph" style:parent-style-name="Bul">
  <style:paragraph-properties fo:background-color="#fbe3e0"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="7.6pt"/>
 </style:style>
 <style:style style:name="TblP" style:family="paragraph">
  <style:paragraph-properties fo:margin="0cm"/>
  <style:text-properties style:font-name="Liberation Sans Narrow" fo:font-size="7.2pt"/>
 </style:style>
 <style:style style:name="TblHeadP" style:family="paragraph" style:parent-style-name="TblP">
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="TblDrugP" style:family="paragraph" style:parent-style-name="TblP"/>
 <style:style style:name="Flow" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.03cm" fo:margin-bottom="0.03cm" fo:keep-with-next="always"/>
 </style:style>
 <style:style style:name="BoxTitle" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8pt" fo:font-weight="bold" fo:color="#1f4e6b"/>
 </style:style>
 <style:style style:name="BoxText" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="7.6pt"/>
 </style:style>
 <style:style style:name="Abbr" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0cm">
   <style:tab-stops><style:tab-stop style:position="1.1cm"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="7.2pt"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.3cm" fo:text-indent="-0.3cm"/>
  <style:text-properties fo:font-size="6.2pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end" fo:border-bottom="0.5pt solid #2b7bb0"/>
  <style:text-properties fo:font-size="6pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="6pt" fo:color="#555555"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:list-style style:name="L1">
  <text:list-level-style-bullet text:level="1" text:bullet-char="▪">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.3cm" fo:text-indent="-0.25cm" fo:margin-left="0.3cm"/>
   </style:list-level-properties>
   <style:text-properties fo:color="#2b7bb0"/>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="0.8cm" fo:margin-bottom="0.7cm" fo:margin-left="1cm" fo:margin-right="1cm">
   <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
  </style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.15cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.15cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Sect1" style:family="section">
  <style:section-properties text:dont-balance-text-columns="true" style:editable="false">
   <style:columns fo:column-count="3" fo:column-gap="0.6cm">
    <style:column-sep style:width="0.02cm" style:color="#2b7bb0" style:height="100%" style:vertical-align="top"/>
   </style:columns>
  </style:section-properties>
 </style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="8.6cm" table:align="left" fo:margin-top="0.05cm" fo:margin-bottom="0.05cm"/>
 </style:style>
 <style:style style:name="TcA" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="TcB" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="TcC" style:family="table-column"><style:table-column-properties style:column-width="2.3cm"/></style:style>
 <style:style style:name="TcD" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
 <style:style style:name="TblCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.03cm" fo:border="0.5pt solid #9fb8c8"/>
 </style:style>
 <style:style style:name="TblHead" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.03cm" fo:background-color="#2b7bb0" fo:border="0.5pt solid #9fb8c8"/>
 </style:style>
 <style:style style:name="TblDrugA" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.03cm" fo:background-color="#dbeaf4" fo:border="0.5pt solid #9fb8c8" style:vertical-align="top"/>
 </style:style>
 <style:style style:name="TblDrugB" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.03cm" fo:background-color="#e3f1de" fo:border="0.5pt solid #9fb8c8" style:vertical-align="top"/>
 </style:style>
'''
for fill in ("dbeaf4", "e3f1de", "fbeed5", "f6d9d9"):
    styles += f''' <style:style style:name="gr{fill}" style:family="graphic">
  <style:graphic-properties draw:stroke="solid" svg:stroke-color="#1f4e6b" svg:stroke-width="0.03cm" draw:fill="solid" draw:fill-color="#{fill}" draw:textarea-horizontal-align="center" draw:textarea-vertical-align="middle" fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:padding-left="0.1cm" fo:padding-right="0.1cm" style:vertical-pos="top" style:vertical-rel="baseline" draw:auto-grow-height="false" fo:wrap-option="wrap"/>
 </style:style>
'''
styles += ''' <style:style style:name="grArrow" style:family="graphic">
  <style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#1f4e6b" style:vertical-pos="top" style:vertical-rel="baseline"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Samenvattingskaart Fictieve Standaard Reigerknie (FT-82) — FICTIEF, alleen voor testdoeleinden</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">FT-82 Reigerknie · pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>2</text:page-count></text:p></style:footer>
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
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Samenvattingskaart Fictieve Standaard Reigerknie (FT-82)</dc:title><dc:language>nl-NL</dc:language></office:meta>
{styles}
<office:body><office:text>
<text:section text:style-name="Sect1" text:name="Kaart">
{chr(10).join(body)}
</text:section>
</office:text></office:body></office:document>
'''
with open(OUT, "w", encoding="utf-8") as f:
    f.write(doc)
print("wrote", OUT)
