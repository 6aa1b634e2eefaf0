#!/usr/bin/env python3
"""Writes the flat OpenDocument text ft229-hooiblaarziekte.fodt (FICTIONAL test
guideline FT-229) as plain XML strings, without any ODF library."""
import re, sys, os
from xml.sax.saxutils import escape

TITLE = "Fictieve Standaard Hooiblaarziekte (FT-229)"

def inline(s):
    """**bold**, _italic_ and ^N (superscript note number glued to the previous word)."""
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="TBold">\1</text:span>', s)
    s = re.sub(r"(?<![\w/])_(.+?)_(?![\w])", r'<text:span text:style-name="TItal">\1</text:span>', s)
    s = re.sub(r"\^(\d+)", r'<text:span text:style-name="TSup">\1</text:span>', s)
    return s

def p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{inline(text)}</text:p>'

def h(level, text):
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{inline(text)}</text:h>'

def ul(items, pstyle="ListPara", lstyle="LBullet"):
    out = [f'<text:list text:style-name="{lstyle}">']
    for it in items:
        out.append(f'<text:list-item><text:p text:style-name="{pstyle}">{inline(it)}</text:p></text:list-item>')
    out.append('</text:list>')
    return "".join(out)

def ol(items):
    return ul(items, pstyle="NotePara", lstyle="LNumber")

def table(name, widths, header, rows):
    out = [f'<table:table table:name="{name}" table:style-name="Tbl">']
    for i, w in enumerate(widths):
        out.append(f'<table:table-column table:style-name="{name}.C{i}"/>')
    out.append('<table:table-header-rows><table:table-row>')
    for c in header:
        out.append(f'<table:table-cell table:style-name="CellHead" office:value-type="string"><text:p text:style-name="CellHeadPara">{inline(c)}</text:p></table:table-cell>')
    out.append('</table:table-row></table:table-header-rows>')
    for row in rows:
        out.append('<table:table-row>')
        for j, cell in enumerate(row):
            out.append('<table:table-cell table:style-name="Cell" office:value-type="string">')
            if j == 0:
                first, *rest = cell
                out.append(f'<text:p text:style-name="CellParaBold">{inline(first)}</text:p>')
                for r in rest:
                    out.append(f'<text:p text:style-name="CellPara">{inline(r)}</text:p>')
            else:
                out.append(ul(cell, pstyle="CellListPara"))
            out.append('</table:table-cell>')
        out.append('</table:table-row>')
    out.append('</table:table>')
    return "".join(out)

def col_styles(name, widths):
    return "".join(
        f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>'
        for i, w in enumerate(widths))

B = []  # body blocks
B.append(p(TITLE, "Title"))
B.append(p("FICTIEVE TESTRICHTLIJN — uitsluitend voor het testen van software; niet gebruiken voor patiëntenzorg", "Disclaimer"))
B.append(p("Versie 1.0, vastgesteld maart 2026. Fictieve werkgroep: H. Stroband, J. van der Schuur, M. Balemans, T. Oogstra. Alle namen, middelen, ziekteverwekkers, tests en getallen in dit document zijn verzonnen.", "Meta"))

B.append(h(1, "Kernboodschappen"))
B.append(ul([
    "Hooiblaarziekte is een bacteriële huidinfectie door _Stramenella vesiculosa_, opgelopen bij contact met vochtig hooi, stro of opgeslagen graan.",
    "Stel de waarschijnlijkheid van de diagnose vast met de HOOI-score; doe bij 2 of 3 punten een SABT.",
    "Behandel bij een HOOI-score van 4 of meer direct, zonder SABT af te wachten.",
    "Eerste keus is dorvaxicilline; kies bij een penicilline-allergie keltromycine. Vostramide is derde keus, alleen bij onvoldoende effect na 72 uur.",
    "Geef geen NSAID's: zij vergroten de kans op hemorragische blaren.",
    "Verwijs met spoed naar de internist bij alarmsymptomen, zoals een ademfrequentie boven 24 per minuut.",
]))

B.append(h(1, "1 Inleiding"))
B.append(h(2, "1.1 Afbakening"))
B.append(p("Deze standaard geeft richtlijnen voor de diagnostiek en behandeling van hooiblaarziekte (HBZ) bij volwassenen en bij kinderen vanaf 6 maanden. De behandeling van hooiblaarpneumonie en van hooiblaren op de oogleden valt buiten deze standaard; daarvoor wordt verwezen (zie paragraaf 4.5)."))

B.append(h(1, "2 Achtergronden"))
B.append(h(2, "2.1 Begrippen"))
B.append(p("**Hooiblaarziekte (HBZ)**: een acute infectie van de huid door de bacterie _Stramenella vesiculosa_, gekenmerkt door koorts en hooiblaren, meestal op de handen en onderarmen."))
B.append(p("**Hooiblaren**: heldere, gespannen blaren met een doorsnede van 3 tot 10 mm en een rode hof van ten minste 2 mm breed."))
B.append(p("**Hooiblaarpneumonie**: een longontsteking door _S. vesiculosa_ die ontstaat na het inademen van stof van besmet hooi; zij gaat vaak samen met hooiblaren."))
B.append(p("**SABT**: Stramenella-antigeen-blaarvochttest, een sneltest op antigeen van _S. vesiculosa_ in blaarvocht."))
B.append(h(2, "2.2 Epidemiologie"))
B.append(p("De incidentie van hooiblaarziekte in de huisartsenpraktijk is 1,8 per 1000 patiënten per jaar^1. Een normpraktijk van 2350 patiënten ziet er dus ongeveer 4 per jaar. De ziekte komt vooral in de oogsttijd voor: 72% van de gevallen ontstaat in de maanden augustus tot en met oktober. Van de patiënten is 64% man en heeft 41% een agrarisch beroep; kinderen tot 12 jaar maken 15% van de patiënten uit, meestal na spelen in een hooiberg of schuur."))
B.append(h(2, "2.3 Etiologie en pathogenese"))
B.append(p("_Stramenella vesiculosa_ is een gramnegatieve staaf die groeit in vochtig hooi, stro en graan dat bij een temperatuur boven 25 °C is opgeslagen. De bacterie dringt de huid binnen via kleine wondjes en schaafplekken en maakt een toxine, vesiculine, dat de opperhuid loslaat van de lederhuid. De incubatietijd is 3 tot 8 dagen (mediaan 5 dagen). Hooiblaarziekte is niet overdraagbaar van mens op mens; huisgenoten hoeven niet behandeld te worden."))
B.append(h(2, "2.4 Beloop"))
B.append(p("Onbehandeld genezen de blaren in 3 tot 4 weken, met behandeling in 10 tot 14 dagen. Na de start van een antibioticum daalt de koorts meestal binnen 48 uur. Bij 3% van de patiënten ontstaat een hooiblaarpneumonie en 0,8% wordt opgenomen in het ziekenhuis. De sterfte is 1 per 20.000 gevallen^1. Na genezing blijven bij een minderheid littekens of pigmentverschillen achter^7."))

B.append(h(1, "3 Richtlijnen diagnostiek"))
B.append(h(2, "3.1 Anamnese"))
B.append(p("Vraag bij een patiënt met blaren op de handen of onderarmen en koorts naar:"))
B.append(ul([
    "contact met hooi, stro of opgeslagen graan in de 10 dagen voor de eerste klachten, en het beroep of de hobby (boer, loonwerker, paardenhouder);",
    "het moment van ontstaan, het aantal en het beloop van de blaren;",
    "koorts en de hoogte ervan, hoesten, kortademigheid en verwardheid;",
    "een penicilline-allergie, zwangerschap of borstvoeding;",
    "medicatie, in het bijzonder methotrexaat, simvastatine, lithium en thiazidediuretica.",
]))
B.append(h(2, "3.2 Lichamelijk onderzoek"))
B.append(p("Meet de temperatuur, pols, bloeddruk, ademfrequentie en zuurstofsaturatie (SpO2). Beschrijf het aantal, de grootte en de plaats van de blaren en let op een hemorragisch of necrotisch aspect. Palpeer de lymfeklieren in de oksel en in de elleboogplooi; een klier groter dan 1 cm telt mee in de HOOI-score. Ausculteer de longen bij hoesten of een verhoogde ademfrequentie."))
B.append(h(2, "3.3 Aanvullend onderzoek"))
B.append(p("De SABT wordt gedaan op blaarvocht dat met een steriele naald uit een intacte blaar wordt opgezogen en op de teststrip wordt gebracht; de uitslag is na 20 minuten af te lezen. Ten opzichte van de kweek heeft de SABT een sensitiviteit van 88% en een specificiteit van 95%. Bij blaren die korter dan 24 uur bestaan is de test minder betrouwbaar^2. Een CRP-bepaling draagt niet bij aan de diagnose en wordt niet aanbevolen."))
B.append(p("Bepaal bij patiënten van 75 jaar en ouder en vóór de start van vostramide het serumcreatinine (eGFR) en het serumnatrium."))
B.append(h(2, "3.4 Evaluatie: de HOOI-score"))
B.append(p("Tel de punten van de HOOI-score op; de score loopt van 0 tot 6 punten:"))
B.append(ul([
    "**H – Hooicontact**: contact met hooi, stro of opgeslagen graan in de 10 dagen voor de eerste klachten: 2 punten.",
    "**O – Okselklieren**: een lymfeklier in de oksel of elleboogplooi groter dan 1 cm: 1 punt.",
    "**O – Ontstoken blaren**: 3 of meer hooiblaren: 2 punten.",
    "**I – Inwendige temperatuur**: 38,0 °C of hoger: 1 punt.",
]))
B.append(p("Beleid naar de uitkomst:"))
B.append(ul([
    "**0–1 punt (laag risico)**: hooiblaarziekte onwaarschijnlijk; geen SABT en geen antibiotica, wel uitleg en het advies terug te komen bij nieuwe blaren of koorts.",
    "**2–3 punten (intermediair risico)**: doe een SABT en behandel bij een positieve uitslag.",
    "**4–6 punten (hoog risico)**: behandel direct, zonder de SABT af te wachten.",
]))

B.append(h(1, "4 Richtlijnen beleid"))
B.append(h(2, "4.1 Voorlichting en advies"))
B.append(ul([
    "Leg uit dat hooiblaarziekte niet besmettelijk is voor huisgenoten.",
    "Prik de blaren niet door en dek open blaren af met droog, steriel verband.",
    "Patiënten met een agrarisch beroep kunnen het werk hervatten als zij 48 uur koortsvrij zijn; adviseer bij werk met hooi en stro altijd handschoenen^8.",
    "Hooiblaarziekte is geen meldingsplichtige ziekte.",
]))
B.append(h(2, "4.2 Niet-medicamenteuze behandeling"))
B.append(p("Koel de blaren 3 keer per dag 10 minuten met lauw water. Geef bij pijn of koorts paracetamol. Geef geen NSAID's, omdat zij de kans op hemorragische blaren vergroten^4."))
B.append(h(2, "4.3 Medicamenteuze behandeling"))
B.append(p("Behandel met een antibioticum bij een HOOI-score van 4 of meer, of bij een score van 2 of 3 met een positieve SABT. Eerste keus is dorvaxicilline^6. Kies keltromycine bij een penicilline-allergie. Vostramide is derde keus: geef het alleen als de koorts 72 uur na de start van dorvaxicilline of keltromycine niet gedaald is, en nooit aan zwangeren. Kinderen die 40 kg of meer wegen krijgen de volwassenendosering^3. Zie tabel 1 voor de doseringen."))
B.append(p("Tabel 1 Dosering van de middelen bij hooiblaarziekte", "Caption"))
W1 = [3.4, 7.3, 6.3]
B.append(table("Tabel1", W1, ["Middel", "Dosering", "Opmerkingen"], [
    [["Dorvaxicilline", "eerste keus", "tablet 250 mg en 500 mg; drank 50 mg/ml"],
     ["Volwassenen: 500 mg 2 dd, 7 dagen",
      "Kinderen 2–11 jaar: 15 mg/kg 2 dd, 7 dagen",
      "Kinderen vanaf 12 jaar: als volwassenen",
      "Ouderen (75 jaar en ouder): geen aanpassing",
      "eGFR 30–59: geen aanpassing",
      "eGFR < 30: 250 mg 2 dd"],
     ["Niet bij kinderen jonger dan 2 jaar",
      "Maximaal 1000 mg/dag",
      "Innemen tijdens de maaltijd",
      "Drank 50 mg/ml voor kinderen"]],
    [["Keltromycine", "tweede keus, bij penicilline-allergie", "capsule 200 mg; suspensie 40 mg/ml"],
     ["Volwassenen: 400 mg 1 dd, 5 dagen",
      "Kinderen 6 maanden–11 jaar: 8 mg/kg 1 dd, 5 dagen",
      "Kinderen vanaf 12 jaar: als volwassenen",
      "Ouderen (75 jaar en ouder): dag 1 400 mg, dag 2–5 200 mg 1 dd",
      "eGFR < 30: geen aanpassing"],
     ["Maximaal 400 mg/dag",
      "Nuchter innemen, 1 uur voor het ontbijt",
      "ECG vooraf bij een hartziekte of een leeftijd van 75 jaar en ouder^5",
      "Suspensie 40 mg/ml"]],
    [["Vostramide", "derde keus", "tablet 100 mg"],
     ["Volwassenen: 100 mg 2 dd, 10 dagen",
      "Kinderen 8–11 jaar (≥ 30 kg): 2 mg/kg 2 dd, 10 dagen",
      "Kinderen vanaf 12 jaar: als volwassenen",
      "Ouderen (75 jaar en ouder): 100 mg 1 dd, 10 dagen",
      "eGFR 30–59: 100 mg 1 dd",
      "eGFR < 30: niet gebruiken"],
     ["Niet bij kinderen jonger dan 8 jaar of lichter dan 30 kg",
      "Maximaal 200 mg/dag",
      "Vermijd fel zonlicht en de zonnebank (fotosensibiliteit)",
      "Bij ouderen natrium bepalen op dag 5"]],
]))
B.append(h(3, "Contra-indicaties"))
B.append(ul([
    "**Dorvaxicilline**: penicilline-allergie; ziekte van Pfeiffer (kans op huiduitslag).",
    "**Keltromycine**: een QTc langer dan 460 ms; een ernstige leverfunctiestoornis.",
    "**Vostramide**: zwangerschap; een eGFR lager dan 30 ml/min/1,73 m²; epilepsie in de voorgeschiedenis; een serumnatrium lager dan 130 mmol/l.",
]))
B.append(h(3, "Interacties"))
B.append(ul([
    "**Dorvaxicilline en methotrexaat**: verhoogde toxiciteit van methotrexaat; vermijd de combinatie.",
    "**Keltromycine en simvastatine**: kans op spierafbraak; stop simvastatine tijdens de kuur en tot 2 dagen na de laatste dosis.",
    "**Keltromycine en QT-verlengende middelen** (zoals citalopram of haloperidol): niet combineren.",
    "**Vostramide en lithium**: de lithiumspiegel stijgt; laat de spiegel 4 dagen na de start van vostramide bepalen.",
    "**Vostramide en thiazidediuretica**: kans op hyponatriëmie; bepaal het natrium 3 dagen na de start.",
    "**Vostramide en antacida of ijzerpreparaten**: de opname van vostramide neemt af; neem ze ten minste 2 uur na elkaar in.",
]))
B.append(h(3, "Zwangerschap en borstvoeding"))
B.append(p("Tabel 2 geeft per middel het advies bij zwangerschap en borstvoeding. Overleg met de gynaecoloog bij een zwangere met een HOOI-score van 4 of meer."))
B.append(p("Tabel 2 Zwangerschap en borstvoeding", "Caption"))
W2 = [3.4, 6.8, 6.8]
B.append(table("Tabel2", W2, ["Middel", "Zwangerschap", "Borstvoeding"], [
    [["Dorvaxicilline"],
     ["Ja, in alle trimesters", "Middel van eerste keus bij zwangeren"],
     ["Ja", "Let op dunne ontlasting en spruw bij de zuigeling"]],
    [["Keltromycine"],
     ["Niet in het eerste trimester", "Vanaf week 14 alleen bij een penicilline-allergie"],
     ["Ja", "Voorkeur boven vostramide"]],
    [["Vostramide"],
     ["Nee, in geen enkel trimester", "Betrouwbare anticonceptie tot 1 week na de laatste dosis"],
     ["Nee", "Borstvoeding staken tot 72 uur na de laatste dosis"]],
]))
B.append(h(2, "4.4 Controles"))
B.append(ul([
    "Neem 72 uur na de start van de behandeling telefonisch contact op. Is de koorts niet gedaald, stap dan over op vostramide; overleg bij zwangeren met de internist.",
    "Bepaal bij patiënten van 75 jaar en ouder die vostramide gebruiken het serumnatrium op dag 5; stop vostramide bij een natrium lager dan 130 mmol/l.",
    "Een controleconsult na 2 weken is alleen nodig bij blaren in het gezicht of bij meer dan 10 blaren.",
    "Zijn de blaren 3 weken na de start van de behandeling niet genezen, verwijs dan naar de dermatoloog.",
]))
B.append(h(2, "4.5 Consultatie en verwijzing"))
B.append(p("Verwijs met spoed (dezelfde dag) naar de internist bij een van de volgende alarmsymptomen:"))
B.append(ul([
    "een ademfrequentie hoger dan 24 per minuut of een SpO2 lager dan 94% (verdenking hooiblaarpneumonie);",
    "een systolische bloeddruk lager dan 90 mmHg;",
    "verwardheid of sufheid;",
    "hemorragische of necrotische blaren;",
    "snel uitbreidende roodheid: meer dan 2 cm in 12 uur.",
]))
B.append(p("Verwijs kinderen jonger dan 6 maanden met verdenking op hooiblaarziekte dezelfde dag naar de kinderarts. Verwijs patiënten met blaren op of rond de oogleden dezelfde dag naar de oogarts. Overleg met de gynaecoloog bij een zwangere met een HOOI-score van 4 of meer. Verwijs naar de dermatoloog bij blaren die 3 weken na de start van de behandeling niet genezen zijn."))

B.append(h(1, "Noten"))
B.append(ol([
    "**Epidemiologie.** De cijfers komen uit een fictieve registratie in 14 huisartsenpraktijken (2019–2024, 31.000 ingeschreven patiënten). De sterfte van 1 per 20.000 gevallen betrof vooral patiënten van 80 jaar en ouder met een hooiblaarpneumonie.",
    "**SABT in de eerste 24 uur.** Bij blaren die korter dan 24 uur bestaan is de sensitiviteit van de SABT slechts 64%. Herhaal bij een negatieve uitslag en een blijvende verdenking de test na 24 uur.",
    "**Dosering bij kinderen.** Kinderen die 40 kg of meer wegen krijgen de volwassenendosering dorvaxicilline, 500 mg 2 dd. Met de drank van 50 mg/ml komt 15 mg/kg overeen met 0,3 ml/kg.",
    "**NSAID's.** In een fictief cohort (n = 1240) hadden gebruikers van NSAID's vaker hemorragische blaren (relatief risico 2,3).",
    "**ECG bij keltromycine.** Maak vóór de start van keltromycine een ECG bij patiënten van 75 jaar en ouder en bij patiënten met een hartziekte; start niet bij een QTc langer dan 460 ms.",
    "**Effectiviteit.** In een fictieve RCT (n = 356) was na 14 dagen 92% van de patiënten genezen na dorvaxicilline en 89% na keltromycine. Na falen van de eerste behandeling genas 85% met vostramide (cohort, n = 48).",
    "**Restverschijnselen.** Bij 9% van de patiënten blijven littekens achter; bij 22% zijn er tot 6 maanden na genezing pigmentverschillen.",
    "**Recidief.** Binnen 1 jaar krijgt 2% van de patiënten opnieuw hooiblaarziekte. Het dragen van handschoenen bij werk met hooi vermindert de kans op herinfectie met 70%.",
]))
B.append(h(1, "Literatuur"))
B.append(p("Stroband H, Oogstra T. Hooiblaarziekte in de eerste lijn: een registratieonderzoek. Fictief Tijdschr Huisartsgeneesk 2025;12:101-9.", "Ref"))
B.append(p("Balemans M, et al. Dorvaxicilline versus keltromycine bij hooiblaarziekte: een gerandomiseerde studie. Fictief J Infect 2024;8:44-52.", "Ref"))

FONT = "Liberation Sans"
styles = f'''
<office:font-face-decls>
 <style:font-face style:name="{FONT}" svg:font-family="'{FONT}'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="{FONT}" fo:font-size="10pt" fo:language="nl" fo:country="NL" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="120%"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Disclaimer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.2cm" fo:padding="0.12cm" fo:border="0.06pt solid #c00000"/>
  <style:text-properties fo:font-weight="bold" fo:color="#c00000"/>
 </style:style>
 <style:style style:name="Meta" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Body">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="10.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.08cm" fo:line-height="120%"/>
 </style:style>
 <style:style style:name="NotePara" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.12cm" fo:line-height="115%"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="CellPara" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="CellParaBold" style:family="paragraph" style:parent-style-name="CellPara">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CellListPara" style:family="paragraph" style:parent-style-name="CellPara">
  <style:paragraph-properties fo:margin-bottom="0.04cm"/>
 </style:style>
 <style:style style:name="CellHeadPara" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9.5pt" fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Ref" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:padding-bottom="0.05cm" fo:border-bottom="0.06pt solid #808080">
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8.5pt" fo:color="#404040"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:padding-top="0.05cm" fo:border-top="0.06pt solid #808080">
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8.5pt" fo:color="#404040"/>
 </style:style>
 <style:style style:name="TBold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TItal" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="TSup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.35cm" fo:margin-left="0.45cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="LNumber">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="17cm" table:align="left" fo:margin-top="0cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 {col_styles("Tabel1", W1)}
 {col_styles("Tabel2", W2)}
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #404040" style:vertical-align="top"/>
 </style:style>
 <style:style style:name="CellHead" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #404040" fo:background-color="#1f4e79"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL1">
  <style:header><text:p text:style-name="Header">{escape(TITLE)}<text:tab/>NHG-stijl, fictief — versie 1.0 (2026)</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">{escape(TITLE)}<text:tab/>Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>5</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
'''

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
<office:meta><dc:title>{escape(TITLE)}</dc:title><dc:language>nl-NL</dc:language></office:meta>
{styles}
<office:body><office:text>
{chr(10).join(B)}
</office:text></office:body>
</office:document>
'''

out = sys.argv[1] if len(sys.argv) > 1 else "ft229-hooiblaarziekte.fodt"
with open(out, "w", encoding="utf-8") as f:
    f.write(doc)
