#!/usr/bin/env python3
"""Generate the FICTIONAL guideline FT-102 (Schilferkoorts) as a flat ODF text
document (.fodt) for LibreOffice Writer.  Convert with
  soffice -env:UserInstallation=file://$TMPDIR/ft102-profile --headless --convert-to html ft102-schilferkoorts.fodt
"""
import re
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "ft102-schilferkoorts.fodt"

TITLE = "Fictieve Standaard Schilferkoorts (FT-102)"

# ---------------------------------------------------------------- content
# Inline markup: **bold**, *italic*, [[fn:footnote text]]
B = []  # blocks


def h(level, text):
    B.append(("h", level, text))


def p(text, style="Text_20_body"):
    B.append(("p", style, text))


def ul(items):
    B.append(("list", "L1", items))


def ol(items):
    B.append(("list", "L2", items))


B.append(("p", "Title", TITLE))
p("*Fictieve standaard in NHG-stijl, versie 1.0, februari 2026. Dit document is volledig "
  "verzonnen en uitsluitend bedoeld om software te testen; het is geen medisch advies.*",
  "Subtitle")

h(1, "Kernboodschappen")
ol([
    "Schilferkoorts is een acute, meestal zelflimiterende virale aandoening met koorts, gevolgd door schilfering van handpalmen en voetzolen.",
    "Stel de diagnose klinisch met de LAMEX-score; doe alleen bij een score van 2 of 3 een lamel-sneltest.",
    "Behandel antiviraal alleen bij een LAMEX-score van 4 of hoger, of bij een positieve lamel-sneltest.",
    "Korvestine is het middel van eerste keus bij volwassenen; pelvidon is eerste keus bij kinderen en zwangeren.",
    "Geef geen quarnidil: het is niet effectiever dan placebo en veroorzaakt vaak leverfunctiestoornissen.",
    "Verwijs met spoed bij alarmsymptomen (zie het kader Alarmsymptomen).",
])

h(1, "Achtergronden")
h(2, "Begrippen")
p("**Schilferkoorts**: een acute aandoening met koorts (≥ 38,0 °C) gedurende ten minste 2 dagen, "
  "binnen 7 dagen gevolgd door lamellaire schilfering van handpalmen en/of voetzolen.")
p("**Recidief**: een nieuwe episode schilferkoorts meer dan 3 maanden na volledig herstel van de vorige episode.")
p("**Persisterende schilfering**: schilfering die langer dan 4 weken na het begin van de koorts aanhoudt.")

h(2, "Epidemiologie")
p("De incidentie van schilferkoorts in de huisartsenpraktijk bedraagt ongeveer 4 per 1000 patiënten per jaar."
  "[[fn:Gegevens uit een fictieve registratie van 38 huisartsenpraktijken over de jaren 2019-2024.]] "
  "Een normpraktijk van 2350 patiënten ziet dus jaarlijks ongeveer 9 nieuwe patiënten. "
  "De aandoening komt het meest voor bij kinderen van 4 tot 12 jaar; bij hen is de incidentie ongeveer "
  "11 per 1000 per jaar. Er is een duidelijke piek in de maanden maart tot en met mei. "
  "Ongeveer 1 op de 20 patiënten ontwikkelt een complicatie, meestal een secundaire bacteriële huidinfectie. "
  "Een recidief komt bij ongeveer 8% van de patiënten voor.")

h(2, "Etiologie en pathofysiologie")
p("Schilferkoorts wordt veroorzaakt door het lamelvirus, een fictief RNA-virus dat zich vermenigvuldigt in de "
  "basale laag van de opperhuid. Overdracht vindt plaats via druppels en via direct huidcontact met schilferende huid. "
  "De incubatietijd is 5 tot 9 dagen. Patiënten zijn besmettelijk vanaf 1 dag vóór het begin van de koorts tot "
  "2 dagen nadat de koorts is verdwenen; de schilfers zelf zijn na het koortsvrij worden niet meer besmettelijk.")
p("Risicofactoren voor een gecompliceerd beloop zijn een leeftijd onder 1 jaar, een leeftijd van 70 jaar of ouder, "
  "zwangerschap, diabetes mellitus, constitutioneel eczeem en het gebruik van immunosuppressiva.")

h(2, "Beloop")
p("Bij de meeste patiënten duurt de koorts 3 tot 5 dagen. De schilfering begint gemiddeld op dag 6 en verdwijnt "
  "binnen 3 weken zonder littekens. Na een doorgemaakte infectie is de patiënt langdurig, maar niet levenslang, beschermd.")

h(2, "Complicaties")
p("De belangrijkste complicatie is een secundaire bacteriële huidinfectie, meestal door Staphylococcus aureus. "
  "Zeldzame complicaties zijn een lamelvirus-encefalitis (ongeveer 1 per 50.000 patiënten) en, bij zwangeren in het "
  "eerste trimester, een licht verhoogd risico op een miskraam. Bij kinderen jonger dan 1 jaar kan door koorts en "
  "slecht drinken snel uitdroging ontstaan.")

h(1, "Richtlijnen diagnostiek")
h(2, "Anamnese")
p("Vraag naar:")
ul([
    "duur en hoogte van de koorts;",
    "begin en lokalisatie van de schilfering (handpalmen, voetzolen, elders);",
    "jeuk of pijn van de huid;",
    "contact met een patiënt met schilferkoorts in de afgelopen 14 dagen;",
    "keelpijn en gewrichtsklachten;",
    "risicofactoren voor een gecompliceerd beloop (zie Etiologie en pathofysiologie);",
    "bij vrouwen in de vruchtbare leeftijd: zwangerschap of borstvoeding;",
    "gebruikte medicatie, in het bijzonder simvastatine, vitamine K-antagonisten en sint-janskruid.",
])

h(2, "Lichamelijk onderzoek")
p("Meet de temperatuur (rectaal bij kinderen jonger dan 4 jaar, anders tympanaal of oraal). Inspecteer de handpalmen, "
  "de voetzolen en het mondslijmvlies. Let op de kenmerkende lamellaire schilfering: dunne, papierachtige vellen die "
  "van de rand naar het midden loslaten. Beoordeel tekenen van secundaire infectie (roodheid, warmte, pus) en bij "
  "kinderen de hydratietoestand. Meet bij ouderen de bloeddruk.")

h(3, "LAMEX-score")
p("Bepaal bij elke patiënt met koorts en schilfering de LAMEX-score (zie Tabel 1)."
  "[[fn:De LAMEX-score is afgeleid in een fictief cohort van 1240 patiënten; de positief voorspellende waarde van een score van 4 of hoger was 0,86.]]")
B.append(("caption", 1, "LAMEX-score bij vermoeden van schilferkoorts"))
B.append(("table", "score"))

h(2, "Aanvullend onderzoek")
p("Doe alleen een lamel-sneltest (antigeentest op een keeluitstrijk) bij een LAMEX-score van 2 of 3. "
  "De sneltest heeft een sensitiviteit van 82% en een specificiteit van 95%. Een negatieve sneltest sluit "
  "schilferkoorts niet volledig uit; herhaal de test niet, maar beoordeel de patiënt opnieuw na 3 dagen.")
p("Laat bij zwangeren altijd een lamel-PCR op een keeluitstrijk bepalen, ongeacht de LAMEX-score. "
  "Een CRP-bepaling heeft geen toegevoegde waarde bij de diagnose. Bepaal vóór de start van korvestine bij "
  "patiënten van 70 jaar en ouder de eGFR."
  "[[fn:Bereken de eGFR met de CKD-EPI-formule. Een eGFR-uitslag die niet ouder is dan 3 maanden mag worden gebruikt.]]")

h(2, "Alarmsymptomen")
p("Bij een alarmsymptoom is een spoedbeoordeling op dezelfde dag nodig. De alarmsymptomen staan in het kader.")
B.append(("frame", "Alarmsymptomen bij schilferkoorts", [
    "koorts ≥ 40,0 °C of koorts die langer dan 7 dagen aanhoudt;",
    "sufheid, verwardheid of nekstijfheid;",
    "schilfering met blaarvorming over meer dan 10% van het lichaamsoppervlak;",
    "tekenen van uitdroging bij een kind jonger dan 1 jaar (minder dan 4 natte luiers per dag);",
    "zwangere met koorts ≥ 39,0 °C;",
    "snel uitbreidende roodheid rond de schilferende huid.",
]))

h(2, "Evaluatie")
p("Stel de diagnose schilferkoorts bij een LAMEX-score van 4 of hoger, of bij een score van 2 of 3 met een "
  "positieve lamel-sneltest. Denk bij schilfering zonder voorafgaande koorts aan een andere oorzaak, zoals "
  "eczeem, psoriasis of een schimmelinfectie.")

h(3, "Differentiaaldiagnose")
p("Overweeg bij koorts met huidafwijkingen ook:")
ul([
    "hand-voet-mondziekte: blaasjes in de mond en op handen en voeten, geen lamellaire schilfering;",
    "roodvonk: frambozentong en een schuurpapierachtig exantheem; de schilfering begint pas na ongeveer 2 weken;",
    "ziekte van Kawasaki bij jonge kinderen: koorts van 5 dagen of langer, conjunctivitis, rode lippen en gezwollen handen en voeten;",
    "geneesmiddelenexantheem: recent gestarte medicatie, vaak zonder hoge koorts.",
])

h(1, "Richtlijnen beleid")
h(2, "Voorlichting")
p("Leg uit dat schilferkoorts meestal vanzelf overgaat en dat de schilfering binnen 3 weken verdwijnt zonder littekens. Adviseer:")
ul([
    "de schilfers niet los te trekken;",
    "de handen te wassen na contact met de schilferende huid;",
    "kinderen thuis te houden van school of kinderopvang tot 2 dagen na het verdwijnen van de koorts;",
    "contact met zwangeren te vermijden tot 2 dagen na het verdwijnen van de koorts;",
    "contact op te nemen bij alarmsymptomen of als de koorts na 3 dagen behandeling niet is gedaald.",
])

h(2, "Niet-medicamenteuze behandeling")
p("Adviseer de schilferende huid 2 keer per dag in te vetten met een indifferente crème, bijvoorbeeld "
  "vaselinecetomacrogolcrème. Laat handen en voeten na het wassen goed drogen. Adviseer ruim te drinken: "
  "kinderen ten minste 1 liter per dag, volwassenen ten minste 2 liter per dag. Lauw afsponsen om de koorts "
  "te verlagen wordt niet aanbevolen.")

h(3, "Preventie")
p("Er is geen vaccin tegen het lamelvirus beschikbaar. Profylactische behandeling van huisgenoten met korvestine "
  "of pelvidon wordt niet aanbevolen. Adviseer huisgenoten wel de handen regelmatig te wassen en geen handdoeken te delen.")

h(2, "Medicamenteuze behandeling")
p("Overweeg antivirale behandeling alleen bij een LAMEX-score van 4 of hoger of een positieve lamel-sneltest. "
  "Start binnen 72 uur na het begin van de koorts; daarna is een effect niet aangetoond. Bij patiënten met een "
  "risicofactor voor een gecompliceerd beloop kan tot uiterlijk 5 dagen na het begin van de koorts worden gestart.")
h(3, "Antivirale middelen")
ul([
    "Volwassenen: korvestine is het middel van eerste keus. Pelvidon is tweede keus, bijvoorbeeld bij een contra-indicatie voor korvestine.",
    "Kinderen: pelvidon is het middel van eerste keus. Korvestine is bij kinderen jonger dan 12 jaar niet geregistreerd.",
    "Zwangeren: geef pelvidon; korvestine is gecontra-indiceerd.",
])
p("Quarnidil wordt niet aanbevolen. In een fictieve gerandomiseerde studie was quarnidil niet effectiever dan "
  "placebo, terwijl 1 op de 7 gebruikers een leverfunctiestoornis ontwikkelde."
  "[[fn:Fictieve studie bij 312 volwassenen; het verschil in koortsduur met placebo was 0,2 dag (niet significant).]]")
h(3, "Lokale behandeling")
p("Tepraxolon crème 1% kan worden toegevoegd bij jeuk of pijnlijke kloven in de schilferende huid. "
  "Breng de crème dun aan en was daarna de handen.")
h(3, "Koorts en pijn")
p("Geef bij koorts met malaise of bij pijn zo nodig zelbufen. Zelbufen verkort de ziekteduur niet.")
h(3, "Zwangerschap en borstvoeding")
p("Behandel een zwangere met een positieve lamel-PCR altijd met pelvidon, ongeacht de LAMEX-score. Korvestine is "
  "in alle trimesters gecontra-indiceerd. Tijdens de borstvoeding kan korvestine in de gewone dosering worden gebruikt. "
  "Zelbufen mag in de zwangerschap en tijdens de borstvoeding worden gebruikt.")
h(3, "Recidief")
p("Behandel een recidief op dezelfde wijze als een eerste episode. Bepaal bij een tweede recidief binnen 1 jaar "
  "het nuchtere glucose en een volledig bloedbeeld.")
h(3, "Doseringen")
p("Zie Tabel 2 voor de doseringen."
  "[[fn:Rekenvoorbeeld pelvidon: een kind van 15 kg krijgt 20 mg/kg/dag = 300 mg per dag, verdeeld over 3 giften van 100 mg; dat is 2 ml drank (50 mg/ml) per gift.]]")
B.append(("caption", 2, "Doseringen bij schilferkoorts"))
B.append(("table", "dose"))

h(2, "Contra-indicaties")
ul([
    "Korvestine: zwangerschap, eGFR < 30 ml/min/1,73m², ernstige leverfunctiestoornis (Child-Pugh C) en een bekend verlengd QT-interval.",
    "Pelvidon: overgevoeligheid voor pelvidon. Wees voorzichtig bij epilepsie, omdat pelvidon de drempel voor insulten kan verlagen.",
    "Tepraxolon: niet gebruiken op het gelaat, op de slijmvliezen en op open wonden.",
    "Zelbufen: ernstige leverfunctiestoornis.",
])

h(2, "Interacties")
p("Korvestine remt de afbraak van simvastatine: onderbreek simvastatine tijdens de kuur met korvestine en hervat "
  "2 dagen na de laatste dosis. Combineer korvestine niet met sint-janskruid; dit verlaagt de spiegel van "
  "korvestine met ongeveer de helft. Pelvidon versterkt het effect van vitamine K-antagonisten: controleer de INR "
  "binnen 3 dagen na de start van pelvidon. Tepraxolon en zelbufen hebben geen klinisch relevante interacties met "
  "de andere middelen in deze standaard.")

h(2, "Controles")
p("Vraag de patiënt contact op te nemen als de koorts na 3 dagen behandeling niet is gedaald. Controleer bij "
  "ouderen die korvestine gebruiken de bloeddruk na 3 dagen; staak korvestine bij een systolische bloeddruk "
  "onder 100 mmHg. Beoordeel kinderen jonger dan 4 jaar met koorts na 2 dagen opnieuw. Een routinecontrole van de "
  "schilfering is niet nodig; zie de patiënt na 4 weken terug als de schilfering dan nog aanwezig is.")

h(2, "Consultatie en verwijzing")
ul([
    "Verwijs met spoed (dezelfde dag) naar de kinderarts bij een kind jonger dan 1 jaar met schilferkoorts en koorts ≥ 38,5 °C.",
    "Verwijs met spoed naar de internist bij alarmsymptomen bij volwassenen.",
    "Overleg met de gynaecoloog bij een zwangere met een positieve lamel-PCR; verwijs met spoed bij koorts ≥ 39,0 °C.",
    "Verwijs naar de dermatoloog bij persisterende schilfering (langer dan 4 weken) of bij twijfel aan de diagnose.",
    "Overweeg verwijzing naar de internist-infectioloog bij 3 of meer recidieven binnen 1 jaar.",
])

h(1, "Afkortingen")
ul([
    "dd: maal daags",
    "eGFR: geschatte glomerulaire filtratiesnelheid",
    "INR: international normalized ratio",
    "LAMEX-score: Lamelvirus Klinische Expositiescore",
    "PCR: polymerasekettingreactie",
])

h(1, "Totstandkoming")
p("Deze fictieve standaard is geschreven om een vraag-antwoordsysteem te testen. De inhoud is verzonnen: de "
  "aandoening, het virus, de score en de geneesmiddelen bestaan niet. Gebruik dit document nooit voor de zorg "
  "voor patiënten.")

# ---------------------------------------------------------------- tables
SCORE = [
    ("Koorts ≥ 38,5 °C", "2"),
    ("Schilfering van de handpalmen", "2"),
    ("Schilfering van de voetzolen", "1"),
    ("Contact met een patiënt met schilferkoorts in de afgelopen 14 dagen", "1"),
    ("Keelpijn", "1"),
]
SCORE_INTERP = ("0-1 punt: schilferkoorts onwaarschijnlijk; 2-3 punten: lamel-sneltest; "
                "4-7 punten: schilferkoorts waarschijnlijk, behandel.")

# (drug, [rows]); a row is (population, dose, duration, remark) or (population, merged_text)
DOSE = [
    ("Korvestine (oraal, tablet 200 mg)", [
        ("Volwassenen 18-69 jaar", "400 mg 2 dd", "5 dagen", "Innemen op een lege maag met een glas water."),
        ("Ouderen ≥ 70 jaar", "200 mg 2 dd", "5 dagen", "eGFR bepalen vóór start; bloeddruk controleren na 3 dagen."),
        ("eGFR 30-59 ml/min/1,73m²", "200 mg 1 dd", "5 dagen", "Geen oplaaddosis geven."),
        ("eGFR < 30 ml/min/1,73m²", "niet gebruiken; kies pelvidon"),
        ("Kinderen < 12 jaar", "niet geregistreerd; geef pelvidon"),
        ("Kinderen 12-17 jaar", "400 mg 2 dd", "5 dagen", "Alleen bij een lichaamsgewicht ≥ 40 kg."),
        ("Zwangerschap", "gecontra-indiceerd (alle trimesters); geef pelvidon"),
        ("Borstvoeding", "400 mg 2 dd", "5 dagen", "Gaat in geringe mate over in moedermelk; zuigeling observeren op sufheid."),
    ]),
    ("Pelvidon (oraal, tablet 250 mg; drank 50 mg/ml)", [
        ("Volwassenen ≥ 18 jaar", "750 mg 3 dd", "7 dagen", "Tweede keus; ook bij ouderen zonder dosisaanpassing."),
        ("Kinderen 1-5 jaar", "20 mg/kg/dag in 3 giften", "7 dagen", "Gebruik de drank 50 mg/ml."),
        ("Kinderen 6-11 jaar", "250 mg 3 dd", "7 dagen", "Tablet mag worden fijngemaakt."),
        ("Kinderen < 1 jaar", "niet gebruiken (onvoldoende gegevens); verwijs naar kinderarts"),
        ("Zwangerschap", "750 mg 3 dd", "7 dagen", "Eerste keus in de zwangerschap."),
        ("eGFR < 30 ml/min/1,73m²", "500 mg 2 dd", "7 dagen", "Bij eGFR ≥ 30 geen aanpassing."),
    ]),
    ("Tepraxolon (crème 1%)", [
        ("Volwassenen en kinderen ≥ 2 jaar", "2 dd dun aanbrengen", "maximaal 14 dagen", "Niet op het gelaat of op open wondjes."),
        ("Kinderen < 2 jaar", "1 dd dun aanbrengen", "maximaal 7 dagen", "Niet onder de luier aanbrengen."),
    ]),
    ("Zelbufen (oraal; zetpil voor kinderen)", [
        ("Volwassenen", "500-1000 mg 3-4 dd, max. 3 g per dag", "zo nodig, maximaal 5 dagen", "Mag in de zwangerschap en bij borstvoeding."),
        ("Ouderen ≥ 70 jaar", "500 mg 3 dd, max. 1,5 g per dag", "zo nodig, maximaal 5 dagen", "Let op sufheid."),
        ("Kinderen ≥ 3 maanden", "15 mg/kg per gift, max. 4 giften per dag", "zo nodig, maximaal 3 dagen", "Zetpil bij braken."),
    ]),
]
DOSE_NOTE = ("dd = maal daags. De doseringen gelden voor patiënten zonder leverfunctiestoornis; "
             "zie Contra-indicaties.")

# ---------------------------------------------------------------- XML helpers
FN = [0]


def inline(text):
    out = []
    pos = 0
    for m in re.finditer(r"\[\[fn:(.*?)\]\]|\*\*(.+?)\*\*|\*(.+?)\*", text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1) is not None:
            FN[0] += 1
            n = FN[0]
            out.append(
                f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                f'<text:note-citation>{n}</text:note-citation><text:note-body>'
                f'<text:p text:style-name="Footnote">{escape(m.group(1))}</text:p>'
                f'</text:note-body></text:note>')
        elif m.group(2) is not None:
            out.append(f'<text:span text:style-name="T_bold">{escape(m.group(2))}</text:span>')
        else:
            out.append(f'<text:span text:style-name="T_italic">{escape(m.group(3))}</text:span>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def cell(text, style="Table_20_Contents", cstyle="TC", extra=""):
    return (f'<table:table-cell table:style-name="{cstyle}" office:value-type="string"{extra}>'
            f'<text:p text:style-name="{style}">{inline(text)}</text:p></table:table-cell>')


COVERED = '<table:covered-table-cell/>'


def table_score():
    x = ['<table:table table:name="Tabel1" table:style-name="Tabel1">',
         '<table:table-column table:style-name="Tabel1.A"/>',
         '<table:table-column table:style-name="Tabel1.B"/>',
         '<table:table-header-rows><table:table-row>',
         cell("Criterium", "Table_20_Heading", "TCH"), cell("Punten", "Table_20_Heading", "TCH"),
         '</table:table-row></table:table-header-rows>']
    for c, pt in SCORE:
        x.append('<table:table-row>' + cell(c) + cell(pt) + '</table:table-row>')
    x.append('<table:table-row>' + cell("Interpretatie: " + SCORE_INTERP, extra=' table:number-columns-spanned="2"')
             + COVERED + '</table:table-row>')
    x.append('</table:table>')
    return "".join(x)


def table_dose():
    x = ['<table:table table:name="Tabel2" table:style-name="Tabel2">']
    for col in "ABCDE":
        x.append(f'<table:table-column table:style-name="Tabel2.{col}"/>')
    x.append('<table:table-header-rows><table:table-row>')
    for hd in ("Middel", "Populatie", "Dosering", "Duur", "Opmerkingen"):
        x.append(cell(hd, "Table_20_Heading", "TCH"))
    x.append('</table:table-row></table:table-header-rows>')
    for drug, rows in DOSE:
        for i, r in enumerate(rows):
            x.append('<table:table-row>')
            if i == 0:
                x.append(cell(drug, "Table_20_Contents_Drug", "TCDrug",
                              extra=f' table:number-rows-spanned="{len(rows)}"'))
            else:
                x.append(COVERED)
            x.append(cell(r[0]))
            if len(r) == 2:
                x.append(cell(r[1], "Table_20_Contents_Merged", extra=' table:number-columns-spanned="3"')
                         + COVERED + COVERED)
            else:
                x.append(cell(r[1]) + cell(r[2]) + cell(r[3]))
            x.append('</table:table-row>')
    x.append('<table:table-row>' +
             cell(DOSE_NOTE, "Table_20_Note", extra=' table:number-columns-spanned="5"') + COVERED * 4 +
             '</table:table-row>')
    x.append('</table:table>')
    return "".join(x)


def lst(style, items, pstyle):
    x = [f'<text:list text:style-name="{style}">']
    for it in items:
        x.append(f'<text:list-item><text:p text:style-name="{pstyle}">{inline(it)}</text:p></text:list-item>')
    x.append('</text:list>')
    return "".join(x)


def body():
    x = ['<text:sequence-decls>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
         '</text:sequence-decls>']
    for b in B:
        kind = b[0]
        if kind == "h":
            x.append(f'<text:h text:style-name="Heading_20_{b[1]}" text:outline-level="{b[1]}">{inline(b[2])}</text:h>')
        elif kind == "p":
            x.append(f'<text:p text:style-name="{b[1]}">{inline(b[2])}</text:p>')
        elif kind == "list":
            x.append(lst(b[1], b[2], "List_20_Bullet" if b[1] == "L1" else "List_20_Number"))
        elif kind == "caption":
            n = b[1]
            x.append(f'<text:p text:style-name="Table">Tabel <text:sequence text:ref-name="refTable{n - 1}" '
                     f'text:name="Table" text:formula="ooow:Table+1" style:num-format="1">{n}</text:sequence> '
                     f'{escape(b[2])}</text:p>')
        elif kind == "table":
            x.append(table_score() if b[1] == "score" else table_dose())
        elif kind == "frame":
            x.append('<text:p text:style-name="Text_20_body">'
                     '<draw:frame draw:style-name="fr1" draw:name="KaderAlarm" text:anchor-type="paragraph" '
                     'svg:width="16cm" draw:z-index="0">'
                     '<draw:text-box fo:min-height="3cm">'
                     f'<text:p text:style-name="Frame_20_Title">{escape(b[1])}</text:p>'
                     + lst("L1", b[2], "Frame_20_List") +
                     '</draw:text-box></draw:frame></text:p>')
    return "".join(x)


HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
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
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>''' + escape(TITLE) + '''</dc:title><dc:language>nl-NL</dc:language>
<meta:initial-creator>FT-102 generator</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="nl" fo:country="NL"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
  <style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" fo:line-height="115%"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Subtitle" style:class="chapter">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="22pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
  <style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#2e75b6"/>
 </style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text">
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
 <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="List" style:class="list">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph" style:parent-style-name="List" style:class="list">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Table_20_Contents_Drug" style:display-name="Table Contents Drug" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Table_20_Contents_Merged" style:display-name="Table Contents Merged" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties fo:font-style="italic" fo:color="#c00000"/>
 </style:style>
 <style:style style:name="Table_20_Note" style:display-name="Table Note" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties fo:font-size="8pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:paragraph-properties fo:text-align="start"/>
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.212cm"/>
  <style:text-properties fo:font-size="10pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Table" style:family="paragraph" style:parent-style-name="Caption" style:class="extra">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9pt" fo:color="#595959"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt" fo:color="#595959"/>
 </style:style>
 <style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
 <style:style style:name="Frame_20_Title" style:display-name="Frame Title" style:family="paragraph" style:parent-style-name="Frame_20_contents" style:class="extra">
  <style:text-properties fo:font-weight="bold" fo:color="#c00000" fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Frame_20_List" style:display-name="Frame List" style:family="paragraph" style:parent-style-name="Frame_20_contents" style:class="extra"/>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <style:style style:name="Frame" style:family="graphic">
  <style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" fo:padding="0.25cm" fo:border="0.06pt solid #c00000" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" style:horizontal-rel="paragraph-content"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="T_bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="T_italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame">
  <style:graphic-properties fo:background-color="#fdeaea" style:wrap="none" fo:padding="0.3cm" fo:border="1.5pt solid #c00000"/>
 </style:style>
 <style:style style:name="Tabel1" style:family="table">
  <style:table-properties style:width="12cm" table:align="left"/>
 </style:style>
 <style:style style:name="Tabel1.A" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
 <style:style style:name="Tabel1.B" style:family="table-column"><style:table-column-properties style:column-width="2cm"/></style:style>
 <style:style style:name="Tabel2" style:family="table">
  <style:table-properties style:width="17cm" table:align="margins"/>
 </style:style>
 <style:style style:name="Tabel2.A" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="Tabel2.B" style:family="table-column"><style:table-column-properties style:column-width="3.3cm"/></style:style>
 <style:style style:name="Tabel2.C" style:family="table-column"><style:table-column-properties style:column-width="3.3cm"/></style:style>
 <style:style style:name="Tabel2.D" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="Tabel2.E" style:family="table-column"><style:table-column-properties style:column-width="4.8cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f"/>
 </style:style>
 <style:style style:name="TCH" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#1f4e79" fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f"/>
 </style:style>
 <style:style style:name="TCDrug" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="middle" fo:background-color="#deebf7" fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f"/>
 </style:style>
 <text:list-style style:name="L1">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="L2">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.5pt solid #7f7f7f"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">''' + escape(TITLE) + ''' – fictief, geen medisch advies</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Versie februari 2026 · Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>'''

TAIL = '</office:text></office:body></office:document>\n'

if __name__ == "__main__":
    content = body()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEAD + content + TAIL)
    print("wrote", OUT, "footnotes:", FN[0])
