#!/usr/bin/env python3
"""Generate ft77-polderhoest.fodt (LibreOffice Writer flat ODT) for FT-77."""
from xml.sax.saxutils import escape as e
fn_counter = [0]
def fn(text):
    fn_counter[0] += 1
    n = fn_counter[0]
    return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
            f'<text:note-body><text:p text:style-name="Footnote">{e(text)}</text:p></text:note-body></text:note>')
def P(t, style="Body"): return f'<text:p text:style-name="{style}">{t}</text:p>\n'
def H(t, lvl): return f'<text:h text:style-name="H{lvl}" text:outline-level="{lvl}">{e(t)}</text:h>\n'
def UL(items):
    s = '<text:list text:style-name="LBullet">'
    for it in items: s += f'<text:list-item><text:p text:style-name="ListP">{it}</text:p></text:list-item>'
    return s + '</text:list>\n'
def b(t): return f'<text:span text:style-name="Bold">{e(t)}</text:span>'

body = ""
body += P(e("Fictieve Standaard Polderhoest (FT-77)"), "Title")
body += P(e("Fictief testdocument, geen medisch advies. Versie maart 2026."), "Sub")
body += H("Kernboodschappen", 1)
body += UL([e(x) for x in [
 "Polderhoest is een prikkelhoest door inademing van veenstof; de klachten verdwijnen meestal binnen 3 weken.",
 "Bepaal bij elke patiënt de PHS-score (0–6); bij een score ≥ 4 is medicamenteuze behandeling aangewezen.",
 "Eerste keus is zerantoline; mofluvane is tweede keus en is gecontra-indiceerd tijdens de zwangerschap.",
 "Verwijs met spoed bij hemoptoë, stridor of een saturatie onder 92%.",
]])
body += H("Achtergronden", 1)
body += H("Begrippen", 2)
body += P(e("Polderhoest is een niet-infectieuze prikkelhoest die ontstaat na blootstelling aan fijn veenstof, vooral tijdens het omploegen van veengrond in het voorjaar. Men spreekt van chronische polderhoest als de hoest langer dan 8 weken aanhoudt.") + fn("De term polderhoest is in deze fictieve standaard bedacht; er bestaat geen echte aandoening met deze naam."))
body += H("Epidemiologie", 2)
body += P(e("De incidentie in de huisartsenpraktijk bedraagt naar schatting 6 per 1000 patiënten per jaar, met een piek in april en mei. Agrarische werkers en kinderen die op een boerderij wonen lopen het hoogste risico. Bij ongeveer 15% van de patiënten keert de hoest het volgende voorjaar terug."))
body += H("Pathofysiologie", 2)
body += P(e("Veenstofdeeltjes kleiner dan 10 micrometer prikkelen de hoestreceptoren in de trachea. Bij herhaalde blootstelling ontstaat een verhoogde hoestgevoeligheid die tot 6 weken na de laatste blootstelling kan aanhouden."))
body += H("Richtlijnen diagnostiek", 1)
body += H("Anamnese", 2)
body += P(e("Vraag naar:"))
body += UL([e(x) for x in [
 "duur en beloop van de hoest, en of de hoest ’s nachts optreedt;",
 "blootstelling aan veenstof (beroep, hobby, woonomgeving) in de 4 weken voorafgaand aan de klachten;",
 "sputum, koorts, dyspneu en piepende ademhaling;",
 "roken en gebruik van ACE-remmers (alternatieve verklaring voor hoest);",
 "eerdere episodes van polderhoest.",
]])
body += H("Lichamelijk onderzoek", 2)
body += P(e("Beoordeel de algemene toestand, tel de ademfrequentie en meet de zuurstofsaturatie. Ausculteer de longen; bij polderhoest is het ademgeruis vesiculair zonder bijgeluiden. Meet bij kinderen jonger dan 12 jaar ook de temperatuur."))
body += H("PHS-score", 2)
body += P(e("De PHS-score (Polderhoest-ernstscore) bestaat uit drie items, elk 0–2 punten: hoestfrequentie overdag, nachtelijke hoest en beperking in dagelijkse activiteiten. Een score van 0–3 geldt als licht, een score van 4–6 als matig tot ernstig.") + fn("De PHS-score is niet gevalideerd bij kinderen jonger dan 4 jaar; gebruik bij hen het klinisch oordeel."))
body += H("Alarmsymptomen", 2)
body += P(e("Alarmsymptomen bij een patiënt met hoest na veenstofblootstelling zijn:"))
body += UL([e(x) for x in [
 "hemoptoë;",
 "stridor of ernstige dyspneu in rust;",
 "zuurstofsaturatie < 92%;",
 "onbedoeld gewichtsverlies van meer dan 5% in 3 maanden;",
 "koorts > 38,5 °C langer dan 3 dagen.",
]])
body += H("Aanvullend onderzoek", 2)
body += P(e("Aanvullend onderzoek is meestal niet nodig. Vraag een X-thorax aan bij rokers ouder dan 40 jaar als de hoest langer dan 6 weken aanhoudt. Een spirometrie is zinvol bij een vermoeden van astma."))
body += H("Richtlijnen beleid", 1)
body += H("Voorlichting", 2)
body += P(e("Leg uit dat polderhoest onschuldig is en meestal binnen 3 weken vanzelf verdwijnt. Adviseer blootstelling aan veenstof te vermijden en bij onvermijdbaar werk een FFP2-stofmasker te dragen."))
body += H("Niet-medicamenteuze behandeling", 2)
body += UL([e(x) for x in [
 "Stoominhalatie wordt niet aanbevolen vanwege het risico op brandwonden, vooral bij kinderen.",
 "Honing (1 theelepel voor het slapengaan) mag bij kinderen vanaf 1 jaar.",
 "Neusspoelen met fysiologisch zout heeft geen bewezen effect op polderhoest.",
]])
body += H("Medicamenteuze behandeling", 2)
body += P(e("Bij een PHS-score ≥ 4 is zerantoline eerste keus. Geef mofluvane als zerantoline onvoldoende effect heeft na 7 dagen of niet wordt verdragen. De doseringen staan in tabel 1."))
TABLE_MARK = "@@TABLE@@"
body += TABLE_MARK
body += P(e("Bij nachtelijke hoest kan kortdurend lovibrutam worden gegeven: volwassenen 10 mg a.n., maximaal 5 nachten achter elkaar. Lovibrutam is niet geschikt voor kinderen jonger dan 12 jaar.") + fn("Lovibrutam geeft sufheid tot de volgende ochtend; ontraad autorijden de ochtend na inname."))
body += P(e("Bij een droge keel kan men feroxan-zuigtabletten adviseren: 1 zuigtablet 4 dd, maximaal 6 zuigtabletten per dag, vanaf 6 jaar."))
body += P(e("Kestradipon-neusspray (50 microgram per verstuiving) is een alternatief bij bijkomende neusklachten: 2 verstuivingen per neusgat 1 dd gedurende maximaal 4 weken."))
body += H("Contra-indicaties", 2)
body += UL([e(x) for x in [
 "Mofluvane is gecontra-indiceerd tijdens de gehele zwangerschap en bij een eGFR < 30 ml/min/1,73 m².",
 "Zerantoline niet gebruiken bij ernstige leverfunctiestoornissen (Child-Pugh C).",
 "Lovibrutam niet gebruiken bij slaapapneu.",
]])
body += H("Interacties", 2)
body += P(e("Zerantoline verhoogt de plasmaspiegel van tamplezine; halveer de dosis tamplezine zolang zerantoline wordt gebruikt en tot 3 dagen na de laatste dosis. Combineer mofluvane niet met ornivac vanwege kans op QT-verlenging. Lovibrutam versterkt het sederend effect van alcohol."))
body += H("Controle", 2)
body += P(e("Evalueer het effect na 7 dagen (telefonisch is voldoende). Bepaal de PHS-score opnieuw na 14 dagen. Controleer bij gebruik van mofluvane na 2 weken de kaliumspiegel bij patiënten ouder dan 70 jaar."))
body += H("Consultatie en verwijzing", 2)
body += UL([e(x) for x in [
 "Verwijs met spoed naar de longarts bij alarmsymptomen.",
 "Verwijs niet-spoedeisend naar de longarts als de hoest na 8 weken ondanks behandeling aanhoudt.",
 "Overleg met de bedrijfsarts bij beroepsmatige blootstelling.",
 "Verwijs kinderen jonger dan 2 jaar met hoest en dyspneu naar de kinderarts.",
]])
body += H("Lijst van afkortingen", 1)
abbr = [("a.n.","ante noctem (voor de nacht)"),("dd","maal daags"),("eGFR","geschatte glomerulaire filtratiesnelheid"),
        ("FFP2","filtering facepiece, klasse 2"),("PHS","Polderhoest-ernstscore"),("QT","QT-interval op het ECG")]
body += "".join(P(b(a) + '<text:tab/>' + e(d), "Abbr") for a, d in abbr)

# --- dose table with row-spanning drug cells ---
hdr = ["Middel","Patiëntgroep","Dosering","Frequentie","Duur","Opmerkingen"]
zer = [("Volwassenen","200 mg","2 dd","7 dagen","innemen met water"),
       ("Kinderen 2–11 jaar","10 mg/kg/dag","verdeeld over 2 giften","7 dagen","max. 200 mg per gift"),
       ("Kinderen < 2 jaar","–","–","–","niet gebruiken; verwijs bij dyspneu"),
       ("Ouderen ≥ 75 jaar","100 mg","2 dd","7 dagen","start met lage dosis"),
       ("eGFR 30–59","100 mg","2 dd","7 dagen",""),
       ("eGFR < 30","100 mg","1 dd","5 dagen","overleg met internist"),
       ("Zwangerschap","200 mg","2 dd","7 dagen","mag in alle trimesters"),
       ("Borstvoeding","200 mg","2 dd","7 dagen","voeden direct vóór inname")]
mof = [("Volwassenen","5 mg","1 dd","14 dagen","’s ochtends innemen"),
       ("Kinderen 6–11 jaar","2,5 mg","1 dd","10 dagen","smelttablet"),
       ("Ouderen ≥ 75 jaar","2,5 mg","1 dd","14 dagen","kalium controleren"),
       ("eGFR < 30","","","","gecontra-indiceerd"),
       ("Zwangerschap","","","","gecontra-indiceerd (teratogeen)"),
       ("Borstvoeding","2,5 mg","1 dd","10 dagen","kortdurend toegestaan")]
def cell(t, style="TC", extra=""):
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{extra}><text:p text:style-name="TP">{e(t)}</text:p></table:table-cell>'
def cellb(t, extra=""):
    return f'<table:table-cell table:style-name="TC" office:value-type="string"{extra}><text:p text:style-name="TPB">{e(t)}</text:p></table:table-cell>'
tbl = '<text:p text:style-name="Caption">Tabel 1. Dosering van zerantoline en mofluvane bij polderhoest</text:p>'
tbl += '<table:table table:name="Tabel1" table:style-name="Tbl">'
for w in "ABCDEF": tbl += f'<table:table-column table:style-name="Tbl.{w}"/>'
tbl += '<table:table-header-rows><table:table-row>' + "".join(
    f'<table:table-cell table:style-name="TH" office:value-type="string"><text:p text:style-name="TPB">{e(h)}</text:p></table:table-cell>' for h in hdr) + '</table:table-row></table:table-header-rows>'
for name, rows in (("Zerantoline (tablet 100 mg, drank 20 mg/ml)", zer), ("Mofluvane (tablet 5 mg)", mof)):
    for i, r in enumerate(rows):
        tbl += '<table:table-row>'
        if i == 0: tbl += cellb(name, f' table:number-rows-spanned="{len(rows)}"')
        else: tbl += '<table:covered-table-cell/>'
        if r[1] == "" and r[2] == "":
            tbl += cell(r[0]) + cell(r[4], extra=' table:number-columns-spanned="4"') + '<table:covered-table-cell/>'*3
        else:
            tbl += "".join(cell(x) for x in r)
        tbl += '</table:table-row>'
tbl += '</table:table>'
tbl += P(e("Bij kinderen: gebruik de drank (20 mg/ml); rond af op 0,5 ml.") + fn("Voorbeeld: een kind van 16 kg krijgt 160 mg/dag, dus 80 mg (4 ml drank) 2 dd."), "TNote")
body = body.replace(TABLE_MARK, tbl)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
 'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="nl" fo:country="NL" fo:hyphenate="true"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="H1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="ListP" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
 <style:style style:name="TP" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="TPB" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="TNote" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Abbr" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="2.5cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"><style:footnote-sep style:width="0.018cm" style:rel-width="25%" style:color="#000000" style:line-style="solid" style:adjustment="left" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm"/></style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.0cm" table:align="margins" fo:margin-top="0cm" fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties style:column-width="3.0cm"/></style:style>
 <style:style style:name="Tbl.C" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="Tbl.D" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="Tbl.E" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
 <style:style style:name="Tbl.F" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>
 <style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Fictieve Standaard Polderhoest (FT-77) – maart 2026</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''
open(__import__("sys").argv[1] if len(__import__("sys").argv) > 1 else "ft77-polderhoest.fodt", "w", encoding="utf-8").write(doc)
print("ok", len(doc))
