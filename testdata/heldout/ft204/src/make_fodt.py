#!/usr/bin/env python3
"""Write the fictional guideline 'Graskliskoorts' as a flat ODT (.fodt)."""
import sys
from xml.sax.saxutils import escape

out = sys.argv[1]
body = []
notes = {"n": 0}


def esc(s):
    return escape(s)


def fn(text):
    notes["n"] += 1
    n = notes["n"]
    return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
            '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>' % (n, n, esc(text)))


def inline(s):
    # [[fn:...]] markers become footnotes
    res = []
    while "[[fn:" in s:
        a = s.index("[[fn:")
        b = s.index("]]", a)
        res.append(esc(s[:a]))
        res.append(fn(s[a + 5:b]))
        s = s[b + 2:]
    res.append(esc(s))
    return "".join(res)


def h(level, text):
    body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (level, level, esc(text)))


def p(text, style="Text_20_body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(text)))


def ul(items):
    body.append('<text:list text:style-name="LBullet">')
    for it in items:
        body.append('<text:list-item><text:p text:style-name="ListPara">%s</text:p></text:list-item>' % inline(it))
    body.append('</text:list>')


def cell(text, style="TCell", para="TablePara", extra=""):
    return '<table:table-cell table:style-name="%s" office:value-type="string"%s><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (style, extra, para, inline(text))


def table(name, widths, header, rows, caption):
    p(caption, "Caption")
    body.append('<table:table table:name="%s" table:style-name="Tbl">' % name)
    for i, w in enumerate(widths):
        body.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
    body.append('<table:table-header-rows><table:table-row>')
    body.append("".join(cell(x, "THead", "TableHeading") for x in header))
    body.append('</table:table-row></table:table-header-rows>')
    for r in rows:
        body.append('<table:table-row>')
        for c in r:
            if c is None:
                body.append('<table:covered-table-cell/>')
            elif isinstance(c, tuple):
                body.append(cell(c[0], extra=' table:number-rows-spanned="%d"' % c[1]))
            else:
                body.append(cell(c))
        body.append('</table:table-row>')
    body.append('</table:table>')


colstyles = []


def colw(name, widths):
    for i, w in enumerate(widths):
        colstyles.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (name, i, w))


# ---------------------------------------------------------------- content
p("FICTIEVE TESTRICHTLIJN — uitsluitend voor het testen van software; niet gebruiken voor patiëntenzorg", "Disclaimer")
p("Fictieve Standaard Graskliskoorts (FT-204)", "Title")
p("M.J. Oosterveld, R.T. Kappelhof, S. Bouzidi, E.W. van Dinteren, H.L. Spanjaard. Werkgroep Fictieve Standaarden, versie 1.2, maart 2026.", "Subtitle")

h(1, "Kernboodschappen")
ul([
    "Graskliskoorts is een door teken overgedragen infectie met de (fictieve) bacterie Pseudorhabdus graminis, die vooral voorkomt bij mensen die in hooilanden en bermen werken of wandelen.",
    "Denk aan graskliskoorts bij koorts met een ringvormige, jeukende huiduitslag rond een tekenbeet binnen 3 tot 21 dagen na blootstelling.",
    "Gebruik de GRASK-score om de waarschijnlijkheid te schatten; bij 4 punten of meer is graskliskoorts waarschijnlijk.",
    "Behandel met velotrexim als eerste keus; doxalomycine is tweede keus en fernacilline is het middel bij zwangerschap en bij kinderen jonger dan 8 jaar.",
    "Verwijs met spoed bij alarmsymptomen zoals nekstijfheid, verwardheid, een hartfrequentie boven 130/min of een systolische bloeddruk onder 90 mmHg.",
])

h(1, "1 Inleiding")
p("De Fictieve Standaard Graskliskoorts geeft richtlijnen voor de diagnostiek en behandeling van graskliskoorts (GKK) bij volwassenen, kinderen en zwangeren in de huisartsenpraktijk. De standaard is bestemd voor huisartsen, praktijkondersteuners en doktersassistenten. Preventie van tekenbeten in het algemeen valt buiten het bestek van deze standaard.[[fn:Deze standaard is een volledig verzonnen tekst die uitsluitend dient voor het testen van software voor het beantwoorden van vragen. Ziekte, verwekker, middelen en getallen bestaan niet.]]")
p("Graskliskoorts wordt veroorzaakt door Pseudorhabdus graminis, een gramnegatieve staafvormige bacterie die wordt overgedragen door de graskliteek (Ixodes fictus). De teek leeft in hoog gras en in bermen en is actief van mei tot en met oktober.")

h(1, "2 Achtergronden")
h(2, "Epidemiologie")
p("De jaarlijkse incidentie van graskliskoorts in de huisartsenpraktijk wordt geschat op 1,8 per 1000 patiënten; een normpraktijk van 2350 patiënten ziet dus ongeveer 4 patiënten per jaar. Van alle gevallen treedt 78% op in de maanden juni tot en met september. Mannen zijn iets vaker getroffen dan vrouwen (56% tegenover 44%).")
p("In de hoogrisicogroep van agrariërs, groenwerkers en hoveniers heeft 23% antistoffen tegen P. graminis, tegenover 4% in de algemene bevolking.[[fn:Seroprevalentieonderzoek onder 1840 buitenwerkers in drie provincies (Oosterveld 2024).]] Ongeveer 12% van de patiënten ontwikkelt zonder behandeling een gedissemineerde vorm, en bij 0,3% treedt meningitis op. Kinderen van 5 tot 14 jaar maken 18% van alle gevallen uit.")
h(2, "Beloop")
p("Zonder behandeling duurt de koorts gemiddeld 9 dagen. Met adequate behandeling is de patiënt bij 85% binnen 72 uur koortsvrij. Na doorgemaakte graskliskoorts houdt ongeveer 15% van de patiënten klachten van vermoeidheid die langer dan 3 maanden aanhouden (post-graskliskoortssyndroom).")

h(2, "Pathofysiologie")
p("Na de beet vermenigvuldigt P. graminis zich eerst lokaal in de huid, waardoor het ringvormige erytheem ontstaat. Na gemiddeld 5 dagen verspreidt de bacterie zich via de lymfebanen naar de regionale lymfeklieren. Bij een gedissemineerde vorm worden ook gewrichten, de hersenvliezen of de nervus facialis aangedaan. Een doorgemaakte infectie geeft geen blijvende immuniteit; herinfectie is mogelijk.")
h(2, "Differentiaaldiagnose")
p("Denk aan erythema migrans bij de ziekte van Lyme (meestal geen hoge koorts en een langzamer uitbreidende rand), cellulitis (geen bleek centrum, wel pijnlijke warme huid), een insectenbeetreactie (geen koorts) en een virale infectie met exantheem. Bij reizigers uit de tropen moet ook aan rickettsiosen worden gedacht.")

h(1, "3 Richtlijnen diagnostiek")
h(2, "Anamnese")
p("Vraag bij koorts met huiduitslag in het tekenseizoen naar:")
ul([
    "een tekenbeet of verblijf in hoog gras, hooiland of bermen in de afgelopen 3 weken;",
    "het beloop van de koorts (begin, hoogte, duur);",
    "de huiduitslag: plaats, vorm, jeuk en uitbreiding;",
    "hoofdpijn, spierpijn, gewrichtsklachten en misselijkheid;",
    "beroep en hobby's (agrarisch werk, groenvoorziening, wandelen);",
    "zwangerschap, borstvoeding, nierfunctie en geneesmiddelgebruik.",
])
h(2, "Lichamelijk onderzoek")
p("Meet temperatuur, pols, ademfrequentie en bloeddruk. Beoordeel de huid: de typische afwijking is een ringvormig erytheem met een doorsnede van meer dan 4 cm met een bleek centrum (het grasklisring-teken). Onderzoek de regionale lymfeklieren en let op meningeale prikkeling.")
h(2, "Aanvullend onderzoek")
p("Bepaal bij twijfel het CRP: een CRP boven 40 mg/l past bij graskliskoorts, een CRP onder 10 mg/l maakt de diagnose onwaarschijnlijk. Vraag een PCR op P. graminis aan uit een huidbiopt of EDTA-bloed bij een GRASK-score van 2 of 3 punten. Serologie (IgM) is pas 10 dagen na het begin van de klachten betrouwbaar en is daarom niet geschikt in de acute fase.[[fn:De sensitiviteit van de PCR is 91% in de eerste week; de specificiteit is 98%. IgM-serologie heeft in de eerste 10 dagen een sensitiviteit van slechts 35%.]]")
p("Bepaal de eGFR bij patiënten van 70 jaar en ouder en bij bekende nierfunctiestoornis voordat velotrexim wordt voorgeschreven.")
h(2, "GRASK-score")
p("De GRASK-score helpt om de waarschijnlijkheid van graskliskoorts in te schatten. Tel de punten op (maximaal 7 punten).")

colw("Score", [10.0, 3.0])
table("Score", [10.0, 3.0], ["Criterium", "Punten"], [
    ["G – Grasklisring (ringvormig erytheem > 4 cm met bleek centrum)", "2"],
    ["R – Recente tekenbeet of verblijf in hoog gras (< 3 weken)", "1"],
    ["A – Axillaire of inguinale lymfadenopathie", "1"],
    ["S – Snelle koortsstijging tot ≥ 38,5 °C", "1"],
    ["K – CRP > 40 mg/l", "2"],
], "Tabel 1 GRASK-score")
p("Interpretatie: bij 0 of 1 punt is graskliskoorts onwaarschijnlijk (kans < 5%): geen behandeling, zoek een andere oorzaak. Bij 2 of 3 punten is de kans intermediair (ongeveer 30%): vraag een PCR aan en behandel bij een positieve uitslag. Bij 4 punten of meer is graskliskoorts waarschijnlijk (kans > 75%): start direct met behandeling zonder de uitslag van aanvullend onderzoek af te wachten.[[fn:De GRASK-score werd gevalideerd in een cohort van 612 patiënten uit 41 huisartsenpraktijken; de oppervlakte onder de ROC-curve was 0,87 (Kappelhof 2025).]]")

h(1, "4 Richtlijnen beleid")
h(2, "Voorlichting")
p("Leg uit dat graskliskoorts niet van mens op mens overdraagbaar is. Adviseer na een verblijf in hoog gras de huid te controleren op teken en een teek binnen 24 uur te verwijderen met een tekenpincet. Vertel dat de koorts binnen 3 dagen na de start van de behandeling moet dalen en dat de huiduitslag nog tot 2 weken zichtbaar kan blijven. Wijs de patiënt op de alarmsymptomen.")
h(2, "Niet-medicamenteuze behandeling")
p("Adviseer voldoende te drinken (ten minste 2 liter per dag bij volwassenen) en lichamelijke inspanning te beperken zolang de koorts aanhoudt. Paracetamol mag worden gebruikt tegen koorts en pijn. Koel de huiduitslag niet met ijs.")
h(2, "Medicamenteuze behandeling")
p("Velotrexim is het middel van eerste keus bij volwassenen en kinderen vanaf 8 jaar. Doxalomycine is tweede keus bij overgevoeligheid voor velotrexim of als velotrexim niet verdragen wordt. Fernacilline is het middel van keus bij zwangerschap en bij kinderen jonger dan 8 jaar.[[fn:Velotrexim geeft bij kinderen jonger dan 8 jaar blijvende verkleuring van het tandglazuur; daarom is het bij hen gecontra-indiceerd.]] Zie tabel 2 voor de doseringen.")

colw("Dosis", [2.6, 3.4, 3.4, 2.2, 1.6, 3.8])
table("Dosis", [2.6, 3.4, 3.4, 2.2, 1.6, 3.8],
      ["Middel", "Patiëntgroep", "Dosering", "Max. per dag", "Duur", "Opmerking"], [
    [("Velotrexim (tablet 200 mg, suspensie 40 mg/ml)", 7), "Volwassenen", "200 mg 2 dd", "400 mg", "10 dagen", "innemen met voedsel"],
    [None, "Kinderen ≥ 8 jaar < 40 kg", "4 mg/kg 2 dd", "400 mg", "10 dagen", "suspensie 40 mg/ml"],
    [None, "Kinderen ≥ 8 jaar ≥ 40 kg", "200 mg 2 dd", "400 mg", "10 dagen", "als volwassenen"],
    [None, "Ouderen ≥ 75 jaar", "200 mg 1 dd", "200 mg", "10 dagen", "eGFR vooraf bepalen"],
    [None, "eGFR 30–59 ml/min", "100 mg 2 dd", "200 mg", "10 dagen", "eGFR controleren na 5 dagen"],
    [None, "eGFR < 30 ml/min", "niet gebruiken", "–", "–", "kies fernacilline"],
    [None, "Zwangerschap", "niet gebruiken", "–", "–", "gecontra-indiceerd in alle trimesters"],
    [("Doxalomycine (capsule 150 mg)", 6), "Volwassenen", "150 mg 3 dd", "450 mg", "14 dagen", "niet met zuivel innemen"],
    [None, "Kinderen ≥ 8 jaar", "3 mg/kg 3 dd", "450 mg", "14 dagen", "capsule mag worden geopend"],
    [None, "Ouderen ≥ 75 jaar", "150 mg 2 dd", "300 mg", "14 dagen", "let op QT-verlenging"],
    [None, "eGFR 30–59 ml/min", "150 mg 3 dd", "450 mg", "14 dagen", "geen aanpassing nodig"],
    [None, "eGFR < 30 ml/min", "150 mg 2 dd", "300 mg", "14 dagen", "overleg met internist"],
    [None, "Zwangerschap", "niet gebruiken", "–", "–", "teratogeen in eerste trimester"],
    [("Fernacilline (tablet 500 mg, drank 100 mg/ml)", 6), "Volwassenen", "1000 mg 3 dd", "3000 mg", "7 dagen", "nuchter innemen"],
    [None, "Kinderen < 8 jaar", "25 mg/kg 3 dd", "1500 mg", "7 dagen", "drank 100 mg/ml"],
    [None, "Ouderen ≥ 75 jaar", "750 mg 3 dd", "2250 mg", "7 dagen", "let op diarree"],
    [None, "eGFR 30–59 ml/min", "500 mg 3 dd", "1500 mg", "7 dagen", "geen controle nodig"],
    [None, "eGFR < 30 ml/min", "500 mg 2 dd", "1000 mg", "10 dagen", "eGFR controleren na 3 dagen"],
    [None, "Zwangerschap", "1000 mg 3 dd", "3000 mg", "7 dagen", "veilig in alle trimesters"],
], "Tabel 2 Dosering bij graskliskoorts")

h(3, "Contra-indicaties")
ul([
    "Velotrexim: kinderen jonger dan 8 jaar, zwangerschap, eGFR < 30 ml/min en bekende overgevoeligheid voor velotrexim.",
    "Doxalomycine: zwangerschap, verlengd QT-interval (QTc > 470 ms) en myasthenia gravis.",
    "Fernacilline: overgevoeligheid voor penicillinen (kruisovergevoeligheid bij ongeveer 8%).",
])
h(3, "Zwangerschap en borstvoeding")
p("Fernacilline is in alle trimesters van de zwangerschap veilig. Velotrexim en doxalomycine zijn gecontra-indiceerd tijdens de zwangerschap. Tijdens de borstvoeding heeft fernacilline de voorkeur; velotrexim mag bij borstvoeding worden gebruikt als fernacilline niet mogelijk is, maar let dan op dunne ontlasting bij de zuigeling. Over doxalomycine bij borstvoeding zijn onvoldoende gegevens; vermijd het gebruik.[[fn:Velotrexim gaat voor minder dan 2% over in de moedermelk (Spanjaard 2023).]]")
h(3, "Interacties")
p("Velotrexim verhoogt de plasmaspiegel van acenocoumarol; controleer de INR binnen 3 dagen na de start. Gebruik velotrexim niet tegelijk met ijzerpreparaten of antacida: neem deze ten minste 3 uur na velotrexim in. Doxalomycine mag niet worden gecombineerd met andere QT-verlengende middelen zoals sotalol en haloperidol. Fernacilline vermindert mogelijk de betrouwbaarheid van orale anticonceptie; adviseer een aanvullende barrièremethode tot 7 dagen na de laatste dosis.")

h(2, "Controle")
p("Laat de patiënt na 3 dagen telefonisch contact opnemen als de koorts niet gedaald is. Plan een controleconsult na 14 dagen bij patiënten met een gedissemineerde vorm of met een GRASK-score van 6 of 7 punten. Herhaal het CRP niet routinematig. Bij aanhoudende vermoeidheid langer dan 3 maanden: zie post-graskliskoortssyndroom; een herhaalkuur antibiotica is dan niet zinvol.[[fn:In een gerandomiseerd onderzoek (n = 204) gaf een tweede antibioticakuur bij post-graskliskoortssyndroom geen verbetering ten opzichte van placebo (Bouzidi 2024).]]")

h(2, "Consultatie en verwijzing")
p("Verwijs met spoed naar de internist of de SEH bij een of meer van de volgende alarmsymptomen:")
ul([
    "nekstijfheid of andere tekenen van meningeale prikkeling;",
    "verwardheid of verminderd bewustzijn;",
    "hartfrequentie > 130/min of systolische bloeddruk < 90 mmHg;",
    "ademfrequentie > 24/min;",
    "aangezichtsverlamming (perifere facialisparese);",
    "purpura of petechiën buiten de huiduitslag.",
])
p("Overleg met de internist-infectioloog bij zwangeren met een GRASK-score van 4 of meer, bij kinderen jonger dan 2 jaar en als de koorts na 72 uur behandeling niet is gedaald. Verwijs naar de kinderarts bij kinderen jonger dan 3 maanden met koorts.")

h(1, "Noten")
p("De noten bij deze standaard staan als voetnoten onderaan de betreffende pagina. Gebruikte afkortingen: GKK = graskliskoorts; GRASK = Grasklisring, Recente tekenbeet, Axillaire lymfadenopathie, Snelle koortsstijging, CRP-waarde (K); PGKS = post-graskliskoortssyndroom; SEH = spoedeisende hulp.")

h(1, "5 Literatuur")
for ref in [
    "Bouzidi S, Kappelhof RT. Tweede antibioticakuur bij post-graskliskoortssyndroom: een gerandomiseerd onderzoek. Fict Tijdschr Huisarts 2024;12:45-52.",
    "Kappelhof RT, Oosterveld MJ, Van Dinteren EW. Validatie van de GRASK-score in de huisartsenpraktijk. Fict Ned Geneesk 2025;8:101-9.",
    "Oosterveld MJ. Seroprevalentie van Pseudorhabdus graminis bij buitenwerkers. Fict Infect Rep 2024;3:12-8.",
    "Spanjaard HL. Velotrexim en borstvoeding. Fict Lactatiebull 2023;5:7-9.",
]:
    p(ref, "Reference")

# ---------------------------------------------------------------- document
doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="DejaVu Serif" fo:font-size="10pt" fo:language="nl" fo:country="NL"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Disclaimer" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="9pt" fo:font-weight="bold" fo:color="#aa0000"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="18pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Subtitle" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10.5pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="TablePara" style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="TableHeading" style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Reference" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.1cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #000000" fo:padding-top="0.1cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="8pt"/></style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet>
 </text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.0cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="THead" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#dddddd"/></style:style>
 ''' + "\n ".join(colstyles) + '''
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21.0cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:header><text:p text:style-name="Header">Fictieve Standaard Graskliskoorts (FT-204) – Werkgroep Fictieve Standaarden, versie 1.2</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">FICTIEF – niet voor patiëntenzorg – pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>5</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
''' + "\n".join(body) + '''
</office:text></office:body></office:document>
'''
with open(out, "w", encoding="utf-8") as f:
    f.write(doc)
