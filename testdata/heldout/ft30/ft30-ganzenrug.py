#!/usr/bin/env python3
"""Generate ft30-ganzenrug.abw (AbiWord native AWML) for the fictional guideline.
Build: scripts/gen-heldout-guideline.sh (python3 ft30-ganzenrug.py && abiword --to=pdf -o ft30-ganzenrug.pdf ft30-ganzenrug.abw)"""
import re
from xml.sax.saxutils import escape

FOOTNOTES = {
    1: "De GRIS is ontwikkeld en gevalideerd in een (fictief) cohort van 412 huisartspatiënten; "
       "de interbeoordelaarsbetrouwbaarheid (kappa) was 0,81.",
    2: "Het SGZ wordt bij voorkeur nuchter bepaald; na een eiwitrijke maaltijd kan de waarde "
       "tot 15% hoger uitvallen.",
    3: "Quenstatine moet gekoeld worden bewaard (2-8 °C) en moet vóór de injectie 30 minuten "
       "op kamertemperatuur komen.",
}

out = []
fn_done = set()


def inline(s):
    """**bold**, {fn:N} footnote reference."""
    res = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\{fn:(\d+)\}", s):
        if m.start() > pos:
            res.append(escape(s[pos:m.start()]))
        if m.group(1) is not None:
            res.append('<c props="font-weight:bold">%s</c>' % escape(m.group(1)))
        else:
            n = int(m.group(2))
            fn_done.add(n)
            res.append(
                '<field type="footnote_ref" footnote-id="%d" style="Footnote Reference" '
                'props="text-position:superscript"/>'
                '<foot footnote-id="%d"><p style="Footnote Text">'
                '<field type="footnote_anchor" footnote-id="%d" style="Footnote Reference" '
                'props="text-position:superscript"/> %s</p></foot>' % (n, n, n, escape(FOOTNOTES[n])))
        pos = m.end()
    res.append(escape(s[pos:]))
    return "".join(res)


def P(text, style="Normal", props=None):
    pr = ' props="%s"' % props if props else ""
    out.append('<p style="%s"%s>%s</p>' % (style, pr, inline(text)))


def H1(t):
    P(t, "Heading 1")


def H2(t):
    P(t, "Heading 2")


def H3(t):
    P(t, "Heading 3")


def BUL(items):
    for it in items:
        out.append('<p style="Bullet List" level="1" listid="1" parentid="0"><field type="list_label"/>'
                   '<c>\t</c>%s</p>' % inline(it))


_num_list = [10]


def NUM(items):
    _num_list[0] += 1
    lid = _num_list[0]
    LISTS.append('<l id="%d" parentid="0" type="0" start-value="1" list-delim="%%L." list-decimal="."/>' % lid)
    for it in items:
        out.append('<p style="Numbered List" level="1" listid="%d" parentid="0"><field type="list_label"/>'
                   '<c>\t</c>%s</p>' % (lid, inline(it)))


LISTS = ['<l id="1" parentid="0" type="5" start-value="0" list-delim="%L" list-decimal="NULL"/>']

HEAD_BG = "1f4e79"
DRUG_BG = "deeaf6"
CI_BG = "fbe4d5"
BORDER = "left-style:solid; right-style:solid; top-style:solid; bot-style:solid; " \
         "left-color:7f7f7f; right-color:7f7f7f; top-color:7f7f7f; bot-color:7f7f7f; " \
         "left-thickness:0.5pt; right-thickness:0.5pt; top-thickness:0.5pt; bot-thickness:0.5pt"


def TABLE(colwidths, cells):
    """cells: list of (row, col, rowspan, colspan, text_or_lines, kind)
    kind: 'h' header, 'd' drug cell, 'ci' contra-indication, '' normal"""
    out.append('<table props="table-column-props:%s; table-column-leftpos:0.0in; '
               'table-col-spacing:0.04in; table-line-thickness:0.5pt">'
               % "".join("%.2fin/" % w for w in colwidths))
    for (r, c, rs, cs, txt, kind) in cells:
        pr = "left-attach:%d; right-attach:%d; top-attach:%d; bot-attach:%d; %s" % (c, c + cs, r, r + rs, BORDER)
        if kind == "h":
            pr += "; bg-style:1; background-color:%s" % HEAD_BG
        elif kind == "d":
            pr += "; bg-style:1; background-color:%s" % DRUG_BG
        elif kind == "ci":
            pr += "; bg-style:1; background-color:%s" % CI_BG
        out.append('<cell props="%s">' % pr)
        lines = txt if isinstance(txt, list) else [txt]
        for ln in lines:
            if kind == "h":
                out.append('<p style="Table Text"><c props="font-weight:bold; color:ffffff">%s</c></p>' % escape(ln))
            elif kind == "d":
                out.append('<p style="Table Text">%s</p>' % inline(ln))
            else:
                out.append('<p style="Table Text">%s</p>' % inline(ln))
        out.append('</cell>')
    out.append('</table>')


# ---------------------------------------------------------------- content
P("Fictieve Standaard Ganzenrug (FT-30)", "Title")
P("**Fictief testdocument - geen medisch advies.** De aandoening ganzenrug en de geneesmiddelen "
  "paloxeril, dravimol, quenstatine en fermolide zijn verzonnen. Dit document is uitsluitend "
  "geschreven om software te testen en mag niet worden gebruikt voor de zorg voor patiënten.", "Warning")
P("Vastgesteld: 12 maart 2026. Versie 1.0. Geplande herziening: uiterlijk 2031.", "Meta")
P("Werkgroep: fictieve werkgroep van huisartsen, een praktijkondersteuner en een reumatoloog.", "Meta")

H1("Kernboodschappen")
BUL([
    "Denk aan ganzenrug bij ochtendstijfheid van de rug die langer dan 45 minuten duurt, in combinatie "
    "met een positief ganzenteken.",
    "Bepaal het serum-ganzinezuur (SGZ) en de ernst met de GRIS; een SGZ boven 420 µmol/l ondersteunt de diagnose.",
    "Start met voorlichting en oefentherapie; paloxeril is het middel van eerste keus.",
    "Dravimol is gecontra-indiceerd bij kinderen jonger dan 12 jaar; geef ouderen een lagere startdosis.",
    "Doseer fermolide op geleide van de eGFR en schrijf het niet voor tijdens de borstvoeding.",
    "Verwijs dezelfde dag bij alarmsymptomen zoals mictiestoornissen of zadelanesthesie.",
])

H1("Inleiding")
P("De Fictieve Standaard Ganzenrug geeft richtlijnen voor de diagnostiek en behandeling van ganzenrug "
  "bij volwassenen en kinderen in de huisartsenpraktijk. De standaard is bedoeld voor huisartsen, "
  "praktijkondersteuners (POH) en doktersassistenten.")
H2("Definitie")
P("Ganzenrug is een (verzonnen) aandoening van de thoracale wervelkolom, gekenmerkt door een geleidelijk "
  "toenemende voorwaartse kromming, ochtendstijfheid en een kenmerkende houding bij het lopen waarbij "
  "het hoofd naar voren wordt gestoken, zoals bij een gans. De klachten ontstaan meestal in enkele weken.")
H2("Epidemiologie")
P("De incidentie van ganzenrug in de huisartsenpraktijk is 3,4 per 1000 patiënten per jaar. De prevalentie "
  "bedraagt 18 per 1000 patiënten. Vrouwen worden 1,6 keer vaker getroffen dan mannen. De piekincidentie "
  "ligt in de leeftijdsgroep van 45 tot 64 jaar. Bij kinderen is ganzenrug zeldzaam: de incidentie is "
  "0,4 per 1000 kinderen per jaar, meestal tussen 8 en 14 jaar. Een huisarts met een normpraktijk van "
  "2350 patiënten ziet ongeveer 8 nieuwe patiënten met ganzenrug per jaar.")

H1("Achtergronden")
H2("Etiologie en pathofysiologie")
P("Bij ganzenrug slaan zogenoemde ganzinekristallen neer in de facetgewrichten van de thoracale "
  "wervelkolom. Dit veroorzaakt een lokale ontstekingsreactie, stijfheid en op termijn een vaste "
  "kyfose. Het serum-ganzinezuur is bij de meeste patiënten verhoogd, maar een normale waarde sluit "
  "de aandoening niet uit.")
P("Risicofactoren voor het ontstaan van ganzenrug zijn:")
BUL([
    "langdurig voorovergebogen werken (meer dan 4 uur per dag);",
    "overgewicht met een BMI boven 30 kg/m²;",
    "ganzenrug bij een eerstegraads familielid;",
    "een eerdere wervelfractuur in de thoracale wervelkolom.",
])
H2("Beloop en complicaties")
P("Het beloop is meestal gunstig: bij 60% van de patiënten verbeteren de klachten spontaan binnen "
  "12 weken. Bij 15% ontstaat een chronische ganzenrug, gedefinieerd als klachten die langer dan "
  "6 maanden aanhouden. Complicaties zijn zenuwwortelcompressie en, zelden, een ganzenrug-myelopathie "
  "met krachtsverlies in de benen. Bij kinderen geneest ganzenrug vaker volledig dan bij volwassenen.")

H1("Richtlijnen diagnostiek")
H2("Anamnese")
P("Vraag naar:")
BUL([
    "duur en beloop van de klachten en de duur van de ochtendstijfheid in minuten;",
    "lokalisatie van de pijn en uitstraling naar de borst of de benen;",
    "nachtelijke pijn en beperkingen in het dagelijks functioneren;",
    "werkhouding, beroep en sportbeoefening;",
    "alarmsymptomen (zie Consultatie en verwijzing);",
    "zwangerschap of borstvoeding, nierfunctie en gebruik van andere geneesmiddelen.",
])
H2("Lichamelijk onderzoek")
P("Inspecteer de staande houding en het looppatroon. Meet de vinger-vloerafstand bij maximaal "
  "vooroverbuigen met gestrekte knieën; een vinger-vloerafstand van meer dan 25 cm past bij ganzenrug. "
  "Beoordeel het **ganzenteken**: bij langzaam vooroverbuigen vanuit stand ontstaat een zichtbare knik "
  "ter hoogte van Th8-Th10. Verricht een oriënterend neurologisch onderzoek van de benen "
  "(kracht, sensibiliteit en reflexen).")
H2("Aanvullend onderzoek")
P("Laboratoriumonderzoek: bepaal het serum-ganzinezuur (SGZ){fn:2}. De referentiewaarde is lager dan "
  "420 µmol/l; een SGZ boven 420 µmol/l ondersteunt de diagnose. Bepaal het CRP bij twijfel aan een "
  "infectieuze oorzaak; een CRP boven 50 mg/l bij ganzenrug is ongebruikelijk en vraagt om nadere "
  "analyse. Bepaal vóór de start van fermolide altijd de eGFR en het kalium.")
P("Ernstscore: leg de ernst vast met de Ganzenrug Ernst- en Impactscore (GRIS){fn:1}. De GRIS bestaat "
  "uit vier items die elk 0 tot 3 punten scoren: ochtendstijfheid, vinger-vloerafstand, nachtelijke "
  "pijn en beperking in dagelijkse activiteiten. De totaalscore loopt van 0 tot 12 punten. Een score van "
  "0 tot 4 geldt als lichte ganzenrug, 5 tot 8 als matige ganzenrug en 9 tot 12 als ernstige ganzenrug. "
  "Herhaal de GRIS bij elke controle; een daling van ten minste 3 punten geldt als klinisch relevante verbetering.")
P("Beeldvorming: maak alleen een röntgenfoto van de thoracale wervelkolom bij verdenking op een "
  "wervelfractuur of als verwijzing naar de orthopeed wordt overwogen.")
H2("Evaluatie")
P("Stel de diagnose ganzenrug als aan alle drie de volgende criteria is voldaan:")
NUM([
    "ochtendstijfheid van de rug die langer dan 45 minuten duurt;",
    "een positief ganzenteken bij lichamelijk onderzoek;",
    "een SGZ boven 420 µmol/l of een GRIS van 5 of hoger.",
])
P("Als slechts twee criteria aanwezig zijn, spreek dan van een waarschijnlijke ganzenrug en evalueer na 4 weken opnieuw.")

H1("Richtlijnen beleid")
H2("Voorlichting")
P("Leg uit dat ganzenrug meestal een gunstig beloop heeft en dat de meeste patiënten binnen 12 weken "
  "verbeteren. Adviseer om actief te blijven; bedrust langer dan 2 dagen wordt ontraden. Bespreek de "
  "werkhouding en geef zo nodig een schriftelijke folder mee. Vertel bij welke alarmsymptomen de "
  "patiënt direct contact moet opnemen met de praktijk.")
H2("Niet-medicamenteuze behandeling")
P("Verwijs naar een fysiotherapeut of oefentherapeut voor oefentherapie gericht op extensie en "
  "mobiliteit van de thoracale wervelkolom: 2 keer per week gedurende 8 weken. Adviseer lokale warmte, "
  "20 minuten 3 keer per dag. Geef ergonomisch advies over de werkplek. Adviseer bij een BMI boven 30 "
  "kg/m² gewichtsreductie van 5 tot 10%.")
H2("Medicamenteuze behandeling")
P("Volg het onderstaande stappenplan. Beoordeel het effect van elke stap met de GRIS. De doseringen "
  "van paloxeril, dravimol en fermolide staan in tabel 1; contra-indicaties en interacties staan in tabel 2.")
NUM([
    "**Stap 1:** paloxeril volgens tabel 1, bij volwassenen gedurende maximaal 4 weken en bij kinderen maximaal 2 weken.",
    "**Stap 2:** bij onvoldoende effect na 4 weken (daling van de GRIS minder dan 3 punten): vervang "
    "paloxeril door dravimol. Dravimol niet bij kinderen jonger dan 12 jaar; ouderen starten met een lagere dosis.",
    "**Stap 3:** bij een GRIS van 9 of hoger, of bij onvoldoende effect van stap 2 na 6 weken: "
    "quenstatine-injectie in de praktijk (zie hieronder).",
    "**Stap 4:** bij chronische ganzenrug (klachten langer dan 6 maanden): onderhoudsbehandeling met "
    "fermolide, gedoseerd op basis van de eGFR (tabel 1).",
])

P("Tabel 1. Dosering van paloxeril, dravimol en fermolide bij ganzenrug", "Caption")
HDR = ["Middel", "Patiëntgroep", "Dosering per keer", "Frequentie", "Maximum per dag", "Duur"]
cells = [(0, i, 1, 1, h, "h") for i, h in enumerate(HDR)]
r = 1


def drug_rows(name_lines, rows):
    global r
    cells.append((r, 0, len(rows), 1, name_lines, "d"))
    for row in rows:
        if len(row) == 2:  # contra-indicated / merged across dose columns
            cells.append((r, 1, 1, 1, row[0], ""))
            cells.append((r, 2, 1, 4, row[1], "ci"))
        else:
            for j, v in enumerate(row):
                cells.append((r, 1 + j, 1, 1, v, ""))
        r += 1


drug_rows(["**Paloxeril**", "oraal; tablet 100 mg en 200 mg"], [
    ["Volwassenen 18-69 jaar", "200 mg", "2-3 keer per dag", "600 mg", "maximaal 4 weken"],
    ["Kinderen vanaf 2 jaar, lichaamsgewicht < 40 kg", "5 mg/kg", "3 keer per dag", "15 mg/kg (niet meer dan 400 mg)", "maximaal 2 weken"],
    ["Kinderen en jongeren < 18 jaar, lichaamsgewicht ≥ 40 kg", "100 mg", "3 keer per dag", "400 mg", "maximaal 2 weken"],
    ["Ouderen ≥ 70 jaar", "100 mg", "2 keer per dag", "300 mg", "maximaal 4 weken"],
    ["eGFR 30-59", "100 mg", "2 keer per dag", "200 mg", "maximaal 4 weken"],
    ["eGFR < 30", "Gecontra-indiceerd: paloxeril niet voorschrijven."],
    ["Zwangerschap (1e en 2e trimester) en borstvoeding", "100 mg", "2 keer per dag", "200 mg",
     ["maximaal 2 weken;", "niet in het 3e trimester"]],
])
drug_rows(["**Dravimol**", "oraal; capsule 25 mg"], [
    ["Volwassenen 18-69 jaar", "50 mg, 's avonds", "1 keer per dag", "100 mg", "6 weken"],
    ["Kinderen < 12 jaar", "Gecontra-indiceerd: dravimol niet voorschrijven aan kinderen jonger dan 12 jaar."],
    ["Jongeren 12-17 jaar", "25 mg", "1 keer per dag", "50 mg", "4 weken"],
    ["Ouderen ≥ 70 jaar", ["startdosis 25 mg;", "na 1 week zo nodig 50 mg"], "1 keer per dag", "50 mg", "6 weken"],
    ["eGFR 30-59", "geen aanpassing", "1 keer per dag", "100 mg", "6 weken"],
    ["eGFR < 30", "25 mg", "1 keer per 2 dagen", "25 mg", "6 weken"],
    ["Zwangerschap en borstvoeding", "Niet gebruiken."],
])
drug_rows(["**Fermolide**", "oraal; tablet 10 mg", "dosering op basis van eGFR"], [
    ["eGFR ≥ 60", "20 mg", "1 keer per dag", "20 mg", "6 maanden, daarna evalueren"],
    ["eGFR 30-59", "10 mg", "1 keer per dag", "10 mg", "6 maanden, daarna evalueren"],
    ["eGFR 15-29", "10 mg", "om de dag", "10 mg per 2 dagen", "3 maanden, dan eGFR herhalen"],
    ["eGFR < 15 of dialyse", "Gecontra-indiceerd: fermolide niet voorschrijven."],
    ["Zwangerschap", "Alleen na overleg met de gynaecoloog."],
    ["Borstvoeding", "Gecontra-indiceerd: niet gebruiken tijdens de borstvoeding."],
    ["Kinderen < 18 jaar", "Niet geregistreerd; niet voorschrijven."],
])
TABLE([1.00, 1.55, 1.15, 0.95, 1.05, 0.95], cells)
P("Toelichting bij tabel 1: eGFR in ml/min/1,73 m². Rond bij kinderen de berekende dosis paloxeril af "
  "op een halve tablet van 100 mg (50 mg). Bij ouderen met een eGFR onder 60 geldt de laagste van beide "
  "doseringen. Quenstatine staat niet in deze tabel; de dosering staat in de tekst bij stap 3.", "Table Note")

H3("Quenstatine (stap 3)")
P("Quenstatine wordt door de huisarts of een daartoe bevoegde praktijkondersteuner in de praktijk diep "
  "intramusculair toegediend in het bovenste buitenste kwadrant van de bil{fn:3}. De dosering voor "
  "volwassenen is 80 mg eenmalig. Bij onvoldoende effect kan na 4 weken een tweede injectie van 80 mg "
  "worden gegeven. Geef maximaal 3 injecties per 12 maanden. Bij patiënten van 75 jaar en ouder is de "
  "dosering 40 mg per injectie. Quenstatine is niet geregistreerd voor kinderen jonger dan 16 jaar. Bij "
  "een verminderde nierfunctie is geen dosisaanpassing nodig. Dien quenstatine niet toe in het eerste "
  "trimester van de zwangerschap. Observeer de patiënt na de injectie 20 minuten in de praktijk vanwege "
  "de kans op een vasovagale reactie.")

P("Tabel 2. Contra-indicaties en belangrijke interacties", "Caption")
HDR2 = ["Middel", "Contra-indicaties", "Interacterend middel", "Gevolg", "Advies"]
c2 = [(0, i, 1, 1, h, "h") for i, h in enumerate(HDR2)]
rr = 1
for name, ci, inter in [
    ("Paloxeril", ["actief maagulcus of duodenumulcus", "eGFR < 30", "3e trimester van de zwangerschap"], [
        ("vitamine K-antagonisten (acenocoumarol, fenprocoumon)", "verhoogd bloedingsrisico", "INR controleren binnen 5 dagen na start"),
        ("lithium", "verhoogde lithiumspiegel", "lithiumspiegel bepalen na 1 week"),
    ]),
    ("Dravimol", ["kinderen < 12 jaar", "zwangerschap en borstvoeding", "verlengd QT-interval (QTc > 470 ms)"], [
        ("claritromycine", "sterk verhoogde dravimolspiegel", "combinatie vermijden"),
        ("SSRI's", "risico op serotonerg syndroom", "maximaal 25 mg dravimol per dag"),
    ]),
    ("Quenstatine", ["stollingsstoornis of trombocyten < 50 x 10^9/l", "infectie op de injectieplaats", "kinderen < 16 jaar"], [
        ("DOAC's", "hematoom op de injectieplaats", "injecteren direct vóór de volgende DOAC-dosis"),
        ("prednisolon > 10 mg per dag", "verhoogd infectierisico", "injectie uitstellen tot prednisolon ≤ 10 mg per dag"),
    ]),
    ("Fermolide", ["borstvoeding", "eGFR < 15 of dialyse", "ernstige leverfunctiestoornis (Child-Pugh C)"], [
        ("spironolacton en andere kaliumsparende diuretica", "hyperkaliëmie", "kalium controleren na 2 weken"),
        ("rifampicine", "verminderde werkzaamheid van fermolide", "combinatie vermijden"),
    ]),
]:
    c2.append((rr, 0, len(inter), 1, "**%s**" % name, "d"))
    c2.append((rr, 1, len(inter), 1, ci, ""))
    for k, (a, b, c) in enumerate(inter):
        c2.append((rr + k, 2, 1, 1, a, ""))
        c2.append((rr + k, 3, 1, 1, b, ""))
        c2.append((rr + k, 4, 1, 1, c, ""))
    rr += len(inter)
TABLE([1.00, 1.60, 1.45, 1.20, 1.40], c2)
P("Toelichting bij tabel 2: de lijst met interacties is niet volledig; raadpleeg bij twijfel de apotheker.", "Table Note")

H1("Controles")
P("Spreek controles af volgens tabel 3. De praktijkondersteuner kan de telefonische controles en de "
  "laboratoriumcontroles uitvoeren; de huisarts beslist over de volgende stap in het stappenplan.")
P("Tabel 3. Controleschema bij ganzenrug", "Caption")
HDR3 = ["Behandeling", "Moment", "Door wie", "Wat"]
c3 = [(0, i, 1, 1, h, "h") for i, h in enumerate(HDR3)]
rr = 1
for name, rows in [
    ("Paloxeril of dravimol", [
        ("na 2 weken", "POH, telefonisch", "effect en bijwerkingen (maagklachten, duizeligheid)"),
        ("na 4 weken", "huisarts", "GRIS herhalen; bij een daling van minder dan 3 punten naar de volgende stap"),
    ]),
    ("Quenstatine", [
        ("direct na de injectie", "doktersassistent of POH", "20 minuten observatie in de praktijk"),
        ("na 4 weken", "huisarts", "effect beoordelen en beslissen over een tweede injectie"),
    ]),
    ("Fermolide", [
        ("vóór de start", "huisarts", "eGFR, kalium en ALAT bepalen"),
        ("na 2 weken", "POH", "eGFR en kalium"),
        ("elke 3 maanden", "POH", "eGFR en kalium; bij een daling van de eGFR van meer dan 25% fermolide stoppen en overleggen"),
    ]),
    ("Chronische ganzenrug", [
        ("jaarlijks", "huisarts", "GRIS, SGZ en vinger-vloerafstand"),
    ]),
]:
    c3.append((rr, 0, len(rows), 1, "**%s**" % name, "d"))
    for k, (a, b, c) in enumerate(rows):
        c3.append((rr + k, 1, 1, 1, a, ""))
        c3.append((rr + k, 2, 1, 1, b, ""))
        c3.append((rr + k, 3, 1, 1, c, ""))
    rr += len(rows)
TABLE([1.35, 1.15, 1.35, 2.80], c3)
P("Stop de medicamenteuze behandeling als de GRIS 2 of lager is en de patiënt klachtenvrij is.")

H1("Consultatie en verwijzing")
H2("Alarmsymptomen")
P("Verwijs met spoed (dezelfde dag) naar de neuroloog of de spoedeisende hulp bij een of meer van de "
  "volgende alarmsymptomen:")
BUL([
    "mictiestoornissen of defecatiestoornissen, of zadelanesthesie;",
    "snel progressief krachtsverlies in een of beide benen;",
    "koorts boven 38,5 °C in combinatie met heftige rugpijn;",
    "pijn na een val of trauma bij een patiënt met osteoporose.",
])
P("Verwijs binnen een week naar de internist bij onverklaard gewichtsverlies van meer dan 5 kg in "
  "3 maanden, omdat dan een maligniteit moet worden uitgesloten.")
H2("Overige verwijzingen")
BUL([
    "Reumatoloog: bij een GRIS van 9 of hoger ondanks stap 3, of bij een SGZ boven 600 µmol/l.",
    "Kinderarts: overleg bij alle kinderen jonger dan 12 jaar met ganzenrug.",
    "Orthopeed: bij een kyfose met een Cobb-hoek van meer dan 40 graden op de röntgenfoto.",
    "Gynaecoloog: overleg vóór het starten van fermolide tijdens de zwangerschap.",
])

H1("Totstandkoming")
P("Deze fictieve standaard is geschreven in mei 2026 als testdocument. Alle getallen, namen van "
  "geneesmiddelen, doseringen en scores zijn verzonnen en hebben geen relatie met bestaande "
  "geneesmiddelen of richtlijnen. Gebruik dit document nooit voor de zorg voor patiënten.")

missing = set(FOOTNOTES) - fn_done
assert not missing, missing

# ---------------------------------------------------------------- wrapper
STYLES = """<styles>
<s type="P" name="Normal" basedon="" followedby="Current Settings" props="font-family:Liberation Sans; font-size:10pt; margin-top:0pt; margin-bottom:5pt; line-height:1.2; text-align:left; color:000000; font-weight:normal; font-style:normal"/>
<s type="P" name="Title" basedon="Normal" followedby="Normal" props="font-size:22pt; font-weight:bold; color:1f4e79; margin-bottom:8pt"/>
<s type="P" name="Warning" basedon="Normal" followedby="Normal" props="color:c00000; font-size:10pt; margin-bottom:6pt"/>
<s type="P" name="Meta" basedon="Normal" followedby="Normal" props="font-style:italic; font-size:9pt; margin-bottom:2pt"/>
<s type="P" name="Heading 1" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:14pt; font-weight:bold; margin-bottom:5pt; font-size:15pt; color:1f4e79"/>
<s type="P" name="Heading 2" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:9pt; font-weight:bold; margin-bottom:3pt; font-size:12pt; color:2e74b5"/>
<s type="P" name="Heading 3" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:9pt; font-weight:bold; font-style:italic; margin-bottom:3pt; font-size:11pt; color:2e74b5"/>
<s type="P" name="Caption" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:10pt; font-weight:bold; margin-bottom:4pt; font-size:10pt"/>
<s type="P" name="Table Text" basedon="Normal" followedby="Current Settings" props="font-size:9pt; margin-bottom:1pt; margin-top:1pt; line-height:1.0"/>
<s type="P" name="Table Note" basedon="Normal" followedby="Normal" props="font-size:8.5pt; font-style:italic; margin-top:4pt; margin-bottom:8pt"/>
<s type="P" name="Bullet List" basedon="Normal" followedby="Current Settings" props="start-value:0; margin-left:0.35in; text-indent:-0.2in; field-font:Symbol; list-style:Bullet List; list-delim:%L; list-decimal:NULL; margin-bottom:2pt"/>
<s type="P" name="Numbered List" basedon="Normal" followedby="Current Settings" props="start-value:1; margin-left:0.35in; text-indent:-0.2in; field-font:NULL; list-style:Numbered List; list-delim:%L.; list-decimal:.; margin-bottom:2pt"/>
<s type="P" name="Footnote Text" basedon="Normal" followedby="Current Settings" props="font-size:8pt; margin-bottom:0pt"/>
<s type="C" name="Footnote Reference" basedon="None" followedby="Current Settings" props="text-position:superscript"/>
</styles>"""

doc = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN" "http://www.abisource.com/awml.dtd">
<abiword template="false" xmlns="http://www.abisource.com/awml.dtd" xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:svg="http://www.w3.org/2000/svg" xmlns:awml="http://www.abisource.com/awml.dtd" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" fileformat="1.1" version="3.0.5" xml:space="preserve" props="dom-dir:ltr; document-footnote-restart-section:0; document-footnote-type:numeric; document-footnote-initial:1; document-footnote-restart-page:0; lang:nl-NL">
<metadata>
<m key="dc.title">Fictieve Standaard Ganzenrug (FT-30)</m>
<m key="dc.creator">Fictieve werkgroep</m>
<m key="dc.language">nl-NL</m>
<m key="dc.format">application/x-abiword</m>
</metadata>
%s
<lists>
%s
</lists>
<pagesize pagetype="A4" orientation="portrait" width="210.000000" height="297.000000" units="mm" page-scale="1.000000"/>
<section props="page-margin-left:0.9in; page-margin-right:0.9in; page-margin-top:0.9in; page-margin-bottom:0.9in; page-margin-header:0.4in; page-margin-footer:0.4in" header="hdr1" footer="ftr1">
%s
</section>
<section id="hdr1" type="header">
<p style="Normal" props="font-size:8pt; color:7f7f7f; text-align:right">Fictieve Standaard Ganzenrug (FT-30) - fictief testdocument, geen medisch advies</p>
</section>
<section id="ftr1" type="footer">
<p style="Normal" props="font-size:8pt; color:7f7f7f; text-align:center">Pagina <field type="page_number"/> van <field type="page_count"/></p>
</section>
</abiword>
""" % (STYLES, "\n".join(LISTS), "\n".join(out))

open("ft30-ganzenrug.abw", "w", encoding="utf-8").write(doc)
print("wrote ft30-ganzenrug.abw")
