#!/usr/bin/env python3
"""Write a flat ODT (.fodt) of the FICTIONAL guideline 'Tuitelkramp' (FT-207)."""
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "tuitelkramp.fodt"

body = []
note_no = [0]


def esc(s):
    return escape(s)


def inline(s):
    """Turn [[fn:text]] into a real footnote and **x** into bold."""
    out = []
    i = 0
    while i < len(s):
        if s.startswith("[[fn:", i):
            j = s.index("]]", i)
            note_no[0] += 1
            n = note_no[0]
            out.append(
                '<text:note text:id="ftn%d" text:note-class="footnote">'
                '<text:note-citation>%d</text:note-citation><text:note-body>'
                '<text:p text:style-name="Footnote">%s</text:p>'
                '</text:note-body></text:note>' % (n, n, esc(s[i + 5:j])))
            i = j + 2
        elif s.startswith("**", i):
            j = s.index("**", i + 2)
            out.append('<text:span text:style-name="B">%s</text:span>' % esc(s[i + 2:j]))
            i = j + 2
        else:
            nxt = [k for k in (s.find("[[fn:", i), s.find("**", i)) if k != -1]
            j = min(nxt) if nxt else len(s)
            out.append(esc(s[i:j]))
            i = j
    return "".join(out)


def h(level, text):
    body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                % (level, level, esc(text)))


def p(text, style="Text_20_body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(text)))


def ul(items):
    body.append('<text:list text:style-name="L1">')
    for it in items:
        body.append('<text:list-item><text:p text:style-name="ListPara">%s</text:p></text:list-item>'
                    % inline(it))
    body.append('</text:list>')


def cell(text, style="TCell", pstyle="TablePara", span=None):
    attrs = ' table:number-rows-spanned="%d"' % span if span else ""
    paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (pstyle, inline(t))
                    for t in text.split("\n"))
    return '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (
        style, attrs, paras)


def table(name, widths, header, rows):
    """rows: list of lists; a cell may be ('SPAN', n, text) or None (covered)."""
    body.append('<table:table table:name="%s" table:style-name="%s">' % (name, name))
    for k, _ in enumerate(widths):
        body.append('<table:table-column table:style-name="%s.C%d"/>' % (name, k))
    body.append('<table:table-header-rows><table:table-row>')
    for t in header:
        body.append(cell(t, "THead", "TableHead"))
    body.append('</table:table-row></table:table-header-rows>')
    for r in rows:
        body.append('<table:table-row>')
        for c in r:
            if c is None:
                body.append('<table:covered-table-cell/>')
            elif isinstance(c, tuple):
                body.append(cell(c[2], "TCell", "TableDrug", span=c[1]))
            else:
                body.append(cell(c))
        body.append('</table:table-row>')
    body.append('</table:table>')


def table_styles(name, widths):
    total = sum(widths)
    s = ['<style:style style:name="%s" style:family="table"><style:table-properties '
         'style:width="%.2fcm" table:align="left" fo:margin-top="0.15cm" fo:margin-bottom="0.2cm"/></style:style>'
         % (name, total)]
    for k, w in enumerate(widths):
        s.append('<style:style style:name="%s.C%d" style:family="table-column">'
                 '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (name, k, w))
    return "".join(s)


# ---------------------------------------------------------------- content
p("Fictieve Standaard Tuitelkramp (FT-207)", "Title")
p("Versie 2.1 | vastgesteld 18 maart 2026 | Werkgroep Fictieve Krampziekten (WFK)", "Subtitle")
p("**FICTIEVE richtlijn, geen medisch advies.** Deze tekst is verzonnen voor het testen van software. "
  "Ziekte, verwekker, scores en geneesmiddelen bestaan niet.", "Disclaimer")

h(1, "Kernboodschappen")
ul([
    "Tuitelkramp is een acute, meestal zelflimiterende infectie die bij ongeveer 80% van de patiënten binnen 7 tot 10 dagen herstelt.",
    "Stel de diagnose klinisch met de TUIT-score; doe bij een intermediaire score (3 of 4 punten) een TKA-sneltest.",
    "Behandel met een middel bij een TUIT-score van 5 of meer, of bij een positieve TKA-sneltest.",
    "Eerste keus is fendraxol; merolatine is tweede keus en het middel van voorkeur tijdens de zwangerschap.",
    "Skovapride is uitsluitend bedoeld voor ernstige kramp, gedurende maximaal 5 dagen.",
    "Verwijs met spoed bij colakleurige urine, pijn op de borst of verwardheid.",
    "Neem 3 dagen na de start van de behandeling telefonisch contact op met de patiënt.",
])

h(1, "Achtergronden")
h(2, "Begrippen")
p("**Tuitelkramp** is een acute infectie met de (fictieve) bacterie Tuitella spasmogenes, gekenmerkt door koorts, "
  "pijnlijke kramp van de kuitspieren en een schokkerig, wankel looppatroon: de zogenoemde tuitelgang.")
p("Van **recidiverende tuitelkramp (RTK)** is sprake bij 3 of meer episoden binnen 12 maanden. "
  "**Chronische tuitelkramp** betekent dat de klachten langer dan 6 weken aanhouden ondanks behandeling.")
p("In deze standaard worden de volgende afkortingen gebruikt. De **TKA-sneltest** (tuitelkramp-antigeentest) is een "
  "sneltest op urine die binnen 15 minuten een uitslag geeft. **CK** staat voor creatinekinase, een maat voor "
  "spierafbraak. De **TUIT-score** is de klinische beslisregel uit Tabel 1 (Temperatuur, Uitstralende kramp, "
  "Instabiele gang, Trekkingen). **eGFR** is de geschatte glomerulaire filtratiesnelheid in ml/min/1,73 m².")
h(2, "Epidemiologie")
p("De incidentie in de huisartsenpraktijk wordt geschat op 4 per 1000 patiënten per jaar, met een duidelijke piek "
  "in de maanden augustus tot en met oktober.[[fn:Schatting op basis van de fictieve registratie KRAMP-NL over 2019 tot en met 2024; de cijfers zijn verzonnen.]] "
  "Tuitelkramp komt vooral voor bij kinderen van 4 tot 12 jaar en bij volwassenen ouder dan 70 jaar. "
  "Een normale praktijk van 2350 patiënten ziet dus ongeveer 9 patiënten per jaar.")
h(2, "Etiologie en beloop")
p("Besmetting vindt plaats via contact met besmet oppervlaktewater, zoals sloten, vijvers en ondiepe zwemplassen. "
  "Overdracht van mens op mens is niet aangetoond. De incubatietijd bedraagt 3 tot 6 dagen. "
  "Bij ongeveer 80% van de patiënten verdwijnen de klachten spontaan binnen 7 tot 10 dagen; de kramp kan daarna "
  "nog 2 weken licht aanwezig zijn.")
p("Ernstige complicaties zijn zeldzaam. Rabdomyolyse komt voor bij ongeveer 1 op de 2000 patiënten, vooral bij "
  "ouderen en bij gebruik van statines.[[fn:Het risico op rabdomyolyse is in de fictieve cohortstudie van Van Steenbergen (2023) 4 keer zo hoog bij statinegebruikers.]] "
  "Tuitelmyocarditis is zeldzamer (minder dan 1 op de 10.000) en uit zich door pijn op de borst of hartkloppingen.")

h(1, "Richtlijnen diagnostiek")
h(2, "Anamnese")
p("Vraag naar het begin en de duur van de klachten, de hoogte van de koorts, de plaats van de kramp (één of beide "
  "benen), contact met oppervlaktewater in de afgelopen 14 dagen, de kleur van de urine, pijn op de borst, "
  "eerdere episoden en het gebruik van statines of vitamine K-antagonisten.")
h(2, "Alarmsymptomen")
p("Let bij iedere patiënt met verdenking op tuitelkramp op de volgende alarmsymptomen:")
ul([
    "donkere, colakleurige urine (mogelijke rabdomyolyse);",
    "pijn op de borst, hartkloppingen of kortademigheid (mogelijke tuitelmyocarditis);",
    "koorts boven 40 °C die langer dan 48 uur aanhoudt;",
    "niet meer kunnen staan of lopen;",
    "verwardheid, sufheid of een verlaagd bewustzijn;",
    "elke verdenking op tuitelkramp bij een kind jonger dan 1 jaar.",
])
h(2, "Lichamelijk onderzoek")
p("Meet de temperatuur, de pols en de ademfrequentie. Palpeer beide kuiten op drukpijn en let op trekkingen "
  "(fasciculaties) in rust. Laat de patiënt enkele meters lopen en beoordeel het looppatroon. Bereken daarna de "
  "TUIT-score (Tabel 1).")
p("Tabel 1. TUIT-score bij verdenking op tuitelkramp", "Caption")
table("Score", [11.0, 3.0], ["Kenmerk", "Punten"], [
    ["Temperatuur 38,5 °C of hoger", "2"],
    ["Uitstralende kramp in beide kuiten", "2"],
    ["Instabiele gang (tuitelgang)", "1"],
    ["Trekkingen van de kuitspieren in rust", "1"],
    ["Contact met oppervlaktewater in de afgelopen 14 dagen", "2"],
    ["Leeftijd jonger dan 12 jaar of ouder dan 70 jaar", "1"],
    ["Maximale score", "9"],
])
p("Interpretatie van de TUIT-score:")
ul([
    "0 tot en met 2 punten: lage kans op tuitelkramp (minder dan 5%); geen aanvullend onderzoek en geen medicamenteuze behandeling.",
    "3 of 4 punten: intermediaire kans; verricht een TKA-sneltest en behandel alleen bij een positieve uitslag.",
    "5 punten of meer: hoge kans (meer dan 60%); start de behandeling zonder sneltest.",
])
h(2, "Aanvullend onderzoek")
p("De TKA-sneltest heeft een sensitiviteit van 88% en een specificiteit van 94%.[[fn:Validatie in de fictieve TUITEL-studie onder 612 patiënten in 41 huisartsenpraktijken.]] "
  "Een negatieve sneltest sluit tuitelkramp niet uit bij een score van 5 of meer. "
  "Bepaal het CK bij spierpijn die langer dan 5 dagen aanhoudt of bij donkere urine. Bij een CK hoger dan "
  "5 keer de bovengrens van de normaalwaarde is overleg met de internist nodig. Bepaal bij patiënten ouder "
  "dan 75 jaar vóór de start van fendraxol of dulmetroxine de eGFR.")

h(1, "Richtlijnen beleid")
h(2, "Voorlichting")
p("Leg uit dat tuitelkramp meestal vanzelf overgaat en dat de patiënt niet besmettelijk is voor huisgenoten. "
  "Adviseer om gedurende 14 dagen niet in oppervlaktewater te zwemmen. Kinderen mogen weer naar school of "
  "kinderopvang als zij 24 uur koortsvrij zijn. Adviseer volwassenen om minstens 2 liter per dag te drinken. "
  "Vertel de patiënt dat hij direct contact opneemt bij donkere urine of pijn op de borst.")
h(2, "Niet-medicamenteuze behandeling")
ul([
    "Lokale warmte op de kuiten, bijvoorbeeld een warme kruik, 3 keer per dag 15 minuten.",
    "Rustige rekoefeningen van de kuitspieren, 3 keer per dag 5 minuten.",
    "Bedrust is niet nodig; rust wel zolang de koorts aanhoudt.",
    "Vermijd intensieve sport tot 2 weken na het verdwijnen van de klachten.",
])
h(2, "Medicamenteuze behandeling")
p("Start een middel bij een TUIT-score van 5 of meer, of bij een score van 3 of 4 met een positieve TKA-sneltest. "
  "Eerste keus is **fendraxol**. Geef **merolatine** bij overgevoeligheid voor fendraxol, bij zwangerschap en "
  "als fendraxol na 3 dagen onvoldoende effect heeft. **Skovapride** is een spasmolyticum dat alleen bij ernstige, "
  "slaapverstorende kramp wordt gegeven en geen invloed heeft op het beloop van de infectie. **Dulmetroxine** is "
  "uitsluitend bestemd voor profylaxe bij recidiverende tuitelkramp (RTK) bij volwassenen.[[fn:Dulmetroxine verlaagde in het fictieve RTK-PREVENT-onderzoek het aantal episoden van gemiddeld 4,1 naar 1,3 per jaar.]] "
  "Zie Tabel 2 voor de doseringen.")
p("Tabel 2. Doseringen bij tuitelkramp", "Caption")
DOSE_HEAD = ["Middel", "Populatie", "Dosering", "Max. per dag", "Duur", "Opmerking"]
dose_rows = []


def drug(name_text, rows):
    first = True
    for r in rows:
        if first:
            dose_rows.append([("SPAN", len(rows), name_text)] + r)
            first = False
        else:
            dose_rows.append([None] + r)


drug("fendraxol\ntablet 250 mg, 500 mg; suspensie 50 mg/ml", [
    ["Volwassenen", "500 mg 2 dd", "1000 mg", "7 dagen", "innemen tijdens de maaltijd"],
    ["Kinderen < 10 kg", "niet gebruiken", "–", "–", "overleg met kinderarts"],
    ["Kinderen 10–20 kg", "15 mg/kg 2 dd", "600 mg", "7 dagen", "suspensie 50 mg/ml; afronden op 25 mg"],
    ["Kinderen 20–40 kg", "250 mg 2 dd", "750 mg", "7 dagen", "tablet mag fijngemaakt worden"],
    ["Ouderen > 75 jaar of eGFR 30–60", "250 mg 2 dd", "500 mg", "7 dagen", "eGFR controleren na 4 dagen"],
    ["eGFR < 30", "250 mg 1 dd", "250 mg", "10 dagen", "alleen na overleg met internist"],
    ["Zwangerschap", "niet gebruiken", "–", "–", "kies merolatine"],
    ["Borstvoeding", "500 mg 2 dd", "1000 mg", "7 dagen", "mag; zuigeling letten op diarree"],
])
drug("merolatine\ncapsule 100 mg; drank 20 mg/ml", [
    ["Volwassenen", "dag 1: 200 mg 1 dd; dag 2–5: 100 mg 1 dd", "200 mg", "5 dagen", "capsule heel doorslikken"],
    ["Kinderen 1–6 jaar", "4 mg/kg 1 dd", "100 mg", "5 dagen", "drank 20 mg/ml"],
    ["Kinderen 6–12 jaar", "100 mg 1 dd", "100 mg", "5 dagen", "capsule mag geopend worden"],
    ["Ouderen en eGFR 15–60", "als volwassenen", "200 mg", "5 dagen", "geen aanpassing nodig"],
    ["eGFR < 15", "niet gebruiken", "–", "–", "overleg met nefroloog"],
    ["Zwangerschap", "dag 1: 200 mg 1 dd; dag 2–5: 100 mg 1 dd", "200 mg", "5 dagen", "1e trimester alleen na overleg met gynaecoloog"],
    ["Borstvoeding", "ontraden", "–", "–", "onvoldoende gegevens; kies fendraxol"],
])
drug("skovapride\ntablet 5 mg; zetpil 10 mg", [
    ["Volwassenen", "5–10 mg 3 dd zo nodig", "30 mg", "max. 5 dagen", "niet autorijden"],
    ["Kinderen < 6 jaar", "niet gebruiken", "–", "–", "gecontra-indiceerd"],
    ["Kinderen 6–12 jaar (≥ 20 kg)", "2,5 mg 3 dd zo nodig", "7,5 mg", "max. 3 dagen", "halve tablet van 5 mg"],
    ["Ouderen > 70 jaar", "2,5 mg 2 dd", "5 mg", "max. 5 dagen", "verhoogd valrisico"],
    ["Zwangerschap", "niet gebruiken", "–", "–", "onvoldoende gegevens"],
    ["Borstvoeding", "eenmalig 5 mg", "5 mg", "1 dag", "daarna ontraden"],
])
drug("dulmetroxine\ntablet 25 mg\n(alleen profylaxe bij RTK)", [
    ["Volwassenen", "25 mg 1 dd", "25 mg", "3 maanden", "evaluatie na 3 maanden"],
    ["Kinderen", "niet gebruiken", "–", "–", "niet onderzocht"],
    ["eGFR 30–60", "25 mg om de dag", "25 mg", "3 maanden", "natrium controleren na 2 weken"],
    ["eGFR < 30", "niet gebruiken", "–", "–", "gecontra-indiceerd"],
    ["Zwangerschap", "niet gebruiken", "–", "–", "teratogeen in dierstudies"],
    ["Borstvoeding", "25 mg 1 dd", "25 mg", "3 maanden", "mag"],
])
table("Dose", [2.9, 3.1, 3.4, 1.9, 1.9, 3.7], DOSE_HEAD, dose_rows)
p("Toelichting bij Tabel 2: dd = maal daags. Bereken de dosis bij kinderen op het actuele lichaamsgewicht. "
  "Bij een kind van 10–20 kg dat de suspensie weigert, mag fendraxol-tablet 250 mg 2 dd worden gegeven vanaf 18 kg. "
  "Bij braken binnen 30 minuten na inname de dosis eenmalig herhalen.", "TableNote")
h(2, "Contra-indicaties en interacties")
p("**Fendraxol** is gecontra-indiceerd bij bekende overgevoeligheid, een verlengd QT-interval en myasthenia gravis. "
  "Fendraxol versterkt het effect van vitamine K-antagonisten: controleer de INR 3 dagen na de start. "
  "Neem fendraxol minstens 2 uur vóór of na ijzerpreparaten en antacida in.")
p("**Merolatine** is gecontra-indiceerd bij ernstige leverfunctiestoornissen (Child-Pugh C). Merolatine verhoogt "
  "de spiegel van simvastatine en atorvastatine: staak de statine tijdens de kuur en tot 3 dagen erna. "
  "Merolatine kan de betrouwbaarheid van de pil verminderen; adviseer aanvullende anticonceptie tot 7 dagen na de kuur.")
p("**Skovapride** is gecontra-indiceerd bij nauwekamerhoekglaucoom en bij prostaathypertrofie met urineretentie. "
  "Combineer skovapride niet met alcohol of benzodiazepinen vanwege versterkte sufheid.")
p("**Dulmetroxine** is gecontra-indiceerd bij een eGFR lager dan 30 en in de zwangerschap. Combinatie met lithium "
  "wordt ontraden, omdat de lithiumspiegel stijgt.[[fn:Bij gelijktijdig gebruik steeg de lithiumspiegel gemiddeld met 35% in een fictieve interactiestudie.]] "
  "Controleer het natrium 2 weken na de start.")

h(1, "Controles en follow-up")
ul([
    "Neem 3 dagen na de start van de behandeling telefonisch contact op. Stap bij onvoldoende verbetering op fendraxol over op merolatine.",
    "Zie kinderen jonger dan 4 jaar na 24 uur terug op het spreekuur.",
    "Herhaal het CK na 1 week als het bij de eerste bepaling verhoogd was.",
    "Evalueer patiënten met chronische tuitelkramp na 6 weken; bespreek dan verwijzing naar de internist.",
    "Evalueer profylaxe met dulmetroxine na 3 maanden en daarna jaarlijks bij aanhoudende RTK.",
])

h(1, "Consultatie en verwijzing")
ul([
    "Verwijs met spoed naar de SEH bij colakleurige urine, pijn op de borst of verwardheid.",
    "Overleg bij een kind jonger dan 1 jaar met verdenking op tuitelkramp dezelfde dag met de kinderarts.",
    "Overleg met de internist bij een CK hoger dan 5 keer de bovengrens of bij chronische tuitelkramp.",
    "Overleg bij een zwangere in het eerste trimester met een TUIT-score van 5 of meer met de gynaecoloog.",
    "Verwijs naar de neuroloog bij een gangstoornis die langer dan 4 weken na het herstel aanhoudt.[[fn:Een blijvende tuitelgang is beschreven bij minder dan 1% van de patiënten; oorzaak onbekend.]]",
    "Verwijs naar de infectioloog bij RTK die ondanks 3 maanden dulmetroxine niet afneemt.",
])

h(1, "Noten")
p("De voetnoten in de tekst geven de achtergrond van de aanbevelingen. Alle genoemde studies, registraties en "
  "getallen zijn verzonnen. De werkgroep herziet deze standaard uiterlijk in 2029.[[fn:De volgende herziening is gepland voor maart 2029, of eerder als een nieuw middel beschikbaar komt.]]")

h(1, "Literatuur")
for ref in [
    "Brakel-Hoefnagel M, De Wit J. Tuitelkramp in de huisartsenpraktijk: een fictieve registratiestudie. Fictief Tijdschrift voor Huisartsgeneeskunde 2024;12:101-9.",
    "Van Steenbergen R, et al. Rabdomyolyse bij tuitelkramp en statinegebruik. Fictief Medisch Journaal 2023;8:44-52.",
    "Oudeman P, Kaya S. Validatie van de TUIT-score en de TKA-sneltest (TUITEL-studie). Fictieve Annalen 2022;3:210-8.",
    "Lindqvist A, et al. Dulmetroxine for recurrent tuitel cramp (RTK-PREVENT). Fictional Lancet 2025;401:77-85.",
    "Werkgroep Fictieve Krampziekten. Fictieve Standaard Tuitelkramp, versie 1.0. Utrecht: WFK, 2020.",
]:
    p(ref, "Lit")

# ---------------------------------------------------------------- document
styles = """
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="nl" fo:country="NL" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:text-align="justify" fo:line-height="115%"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Disclaimer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.3cm" fo:padding="0.15cm" fo:border="0.5pt solid #c00000" fo:background-color="#fde9e9"/>
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-bottom="0.08cm"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TablePara" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="TableDrug" style:family="paragraph" style:parent-style-name="TablePara">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TableHead" style:family="paragraph" style:parent-style-name="TablePara">
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="TableNote" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Lit" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/>
 </style:style>
 <style:style style:name="THead" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000" fo:background-color="#1f4e79"/>
 </style:style>
 %TABLESTYLES%
 <text:list-style style:name="L1">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Fictieve Standaard Tuitelkramp (FT-207) – versie 2.1, WFK 2026</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">FICTIEVE richtlijn, geen medisch advies – Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>5</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
""".replace("%TABLESTYLES%", table_styles("Score", [11.0, 3.0]) + table_styles("Dose", [2.9, 3.1, 3.4, 1.9, 1.9, 3.7]))

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
<office:meta><dc:title>Fictieve Standaard Tuitelkramp (FT-207)</dc:title><dc:language>nl-NL</dc:language></office:meta>
%s
<office:body><office:text>
%s
</office:text></office:body></office:document>
""" % (styles, "\n".join(body))

with open(OUT, "w", encoding="utf-8") as f:
    f.write(doc)
print("wrote", OUT)
