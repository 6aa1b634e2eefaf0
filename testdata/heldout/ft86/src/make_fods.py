#!/usr/bin/env python3
"""Build ft86-ribbelhoest.fods: a flat ODF spreadsheet (LibreOffice Calc) holding the
FICTIONAL 'Fictieve Standaard Ribbelhoest (FT-86)' the way a practice manager keeps a dose
overview. Export: soffice --headless --convert-to pdf ft86-ribbelhoest.fods"""
from xml.sax.saxutils import escape

TITLE = "Fictieve Standaard Ribbelhoest (FT-86)"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')

BORDER = '0.06pt solid #000000'


def cell_style(name, bold=False, size=None, bg=None, border=True, valign="top", italic=False, align=None):
    tp = ['fo:wrap-option="wrap"', f'style:vertical-align="{valign}"']
    if bg:
        tp.append(f'fo:background-color="{bg}"')
    if border:
        tp.append(f'fo:border="{BORDER}"')
    tp.append('fo:padding="0.05cm"')
    txt = []
    if bold:
        txt.append('fo:font-weight="bold"')
    if italic:
        txt.append('fo:font-style="italic"')
    if size:
        txt.append(f'fo:font-size="{size}"')
    par = f'<style:paragraph-properties fo:text-align="{align}"/>' if align else ''
    return (f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default">'
            f'<style:table-cell-properties {" ".join(tp)}/>{par}'
            f'<style:text-properties {" ".join(txt)}/></style:style>')


def col_style(name, width):
    return (f'<style:style style:name="{name}" style:family="table-column">'
            f'<style:table-column-properties fo:break-before="auto" style:column-width="{width}"/></style:style>')


AUTO = [
    '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
    'style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>',
    '<style:style style:name="taP" style:family="table" style:master-page-name="Staand">'
    '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>',
    '<style:style style:name="taL" style:family="table" style:master-page-name="Liggend">'
    '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>',
    cell_style("ceTitle", bold=True, size="14pt", border=False, valign="middle"),
    cell_style("ceHead", bold=True, bg="#d9d9d9", valign="middle"),
    cell_style("ceBody"),
    cell_style("ceDrug", bold=True, bg="#eef3fa", valign="middle"),
    cell_style("ceWarn", bold=True, bg="#fde9e7", valign="middle", align="center"),
    cell_style("ceText", border=False),
    cell_style("ceSect", bold=True, size="12pt", border=False, bg="#e8e8e8"),
    cell_style("ceNote", italic=True, border=False, size="9pt"),
]
widths = {"Dosering": ["2.9cm", "4.6cm", "3.4cm", "2.3cm", "2.2cm", "8.6cm"],
          "Alarmsymptomen": ["5.6cm", "6.4cm", "5.6cm"],
          "Verwijzen": ["5.6cm", "3.6cm", "3.0cm", "5.6cm"],
          "Toelichting": ["17.8cm"]}
for sheet, ws in widths.items():
    for i, w in enumerate(ws):
        AUTO.append(col_style(f"co_{sheet[:3]}{i}", w))


def page_layout(name, landscape):
    w, h = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
    orient = "landscape" if landscape else "portrait"
    hf = ('<style:header-footer-properties fo:min-height="0.75cm" fo:margin-left="0cm" '
          'fo:margin-right="0cm" fo:margin-bottom="0.25cm" fo:margin-top="0.25cm"/>')
    return (f'<style:page-layout style:name="{name}"><style:page-layout-properties fo:page-width="{w}" '
            f'fo:page-height="{h}" style:print-orientation="{orient}" fo:margin-top="1.2cm" '
            f'fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" '
            f'style:print="annotations charts drawings objects zero-values" '
            f'style:print-page-order="ttb" style:first-page-number="continue"/>'
            f'<style:header-style>{hf}</style:header-style><style:footer-style>{hf}</style:footer-style>'
            f'</style:page-layout>')


AUTO.append(page_layout("pmP", False))
AUTO.append(page_layout("pmL", True))


def master(name, layout):
    header = ('<style:header><style:region-left><text:p>Blad: <text:sheet-name>???</text:sheet-name></text:p>'
              f'</style:region-left><style:region-right><text:p>{escape(TITLE)}</text:p></style:region-right></style:header>')
    footer = ('<style:footer><style:region-left><text:p>Praktijkoverzicht ribbelhoest, versie februari 2026</text:p>'
              '</style:region-left><style:region-right><text:p>Pagina <text:page-number>1</text:page-number> van '
              '<text:page-count>99</text:page-count></text:p></style:region-right></style:footer>')
    return f'<style:master-page style:name="{name}" style:page-layout-name="{layout}">{header}{footer}</style:master-page>'


NOTE_N = [0]


def para(text):
    # a cell text may hold several lines separated by '\n' -> several text:p
    return "".join(f"<text:p>{escape(t)}</text:p>" for t in text.split("\n"))


def cell(text, style="ceBody", rows=1, cols=1, note=None):
    attrs = f'table:style-name="{style}" office:value-type="string"'
    if rows > 1:
        attrs += f' table:number-rows-spanned="{rows}"'
    if cols > 1:
        attrs += f' table:number-columns-spanned="{cols}"'
    ann = ""
    if note:
        NOTE_N[0] += 1
        ann = ('<office:annotation office:display="false"><dc:creator>M. Verhoef (praktijkmanager)</dc:creator>'
               f'<dc:date>2026-02-{10 + NOTE_N[0]:02d}T09:30:00</dc:date>{para(note)}</office:annotation>')
    out = f'<table:table-cell {attrs}>{ann}{para(text)}</table:table-cell>'
    if cols > 1:
        out += '<table:covered-table-cell/>' * (cols - 1)
    return out


COVER = '<table:covered-table-cell/>'


def table(name, tstyle, rows):
    ncols = len(widths[name])
    cols = "".join(f'<table:table-column table:style-name="co_{name[:3]}{i}" table:default-cell-style-name="Default"/>'
                   for i in range(ncols))
    body = "".join(f'<table:table-row table:style-name="ro1">{r}</table:table-row>' for r in rows)
    return f'<table:table table:name="{name}" table:style-name="{tstyle}">{cols}{body}</table:table>'


# ---------------------------------------------------------------- Dosering
H = ["Middel", "Populatie", "Dosis", "Frequentie", "Duur", "Opmerkingen"]
dos = [
    cell(TITLE + " \u2013 Tabel 1. Dosering bij ribbelhoest", "ceTitle", cols=6),
    "".join(cell(h, "ceHead") for h in H),
]
torv = [
    ("Volwassenen 18-74 jaar", "200 mg", "2 dd", "7 dagen", "Innemen na de maaltijd; tabletten niet fijnmaken.", None),
    ("Ouderen \u2265 75 jaar", "100 mg", "2 dd", "7 dagen", "eGFR bepalen v\u00f3\u00f3r start.", None),
    ("eGFR 30-59 ml/min/1,73m\u00b2", "100 mg", "2 dd", "7 dagen", "Geen oplaaddosis geven.",
     "eGFR volgens CKD-EPI; bij twijfel opnieuw bepalen na 3 maanden."),
    ("eGFR < 30 ml/min/1,73m\u00b2", "SPAN:niet gebruiken; kies melquidon", None, None, None, None),
    ("Zwangerschap (alle trimesters)", "SPAN:gecontra-indiceerd (teratogeen in dierstudies); geef melquidon", None, None, None,
     "Zie Toelichting, noot 3."),
    ("Borstvoeding", "200 mg", "2 dd", "7 dagen", "Gaat in geringe mate over in moedermelk; zuigeling observeren op diarree.", None),
    ("Kinderen < 12 jaar", "SPAN:niet geregistreerd; geef melquidon", None, None, None, None),
]
melq = [
    ("Kinderen 6 maanden - 11 jaar", "15 mg/kg/dag in 3 giften", "3 dd", "5 dagen",
     "Maximaal 600 mg per dag; drank 50 mg/ml.", "Rekenvoorbeeld: kind van 20 kg krijgt 300 mg per dag = 100 mg 3 dd (2 ml drank per gift)."),
    ("Kinderen 12-17 jaar", "250 mg", "3 dd", "5 dagen", "Tablet of drank.", None),
    ("Volwassenen", "500 mg", "3 dd", "5 dagen", "Tweede keus na torvazine.", None),
    ("Zwangerschap", "500 mg", "3 dd", "5 dagen", "Middel van eerste keus in de zwangerschap; veilig in alle trimesters (noot 4).", None),
    ("Ouderen \u2265 75 jaar", "250 mg", "3 dd", "5 dagen", "Let op verwardheid.", None),
    ("eGFR < 30 ml/min/1,73m\u00b2", "250 mg", "2 dd", "5 dagen", "Niet bij dialyse.", None),
]
pale = [
    ("Volwassenen", "2 inhalaties van 100 microg", "4 dd zo nodig", "maximaal 14 dagen", "Dosisa\u00ebrosol; spoelen na gebruik.", None),
    ("Kinderen 4-11 jaar", "1 inhalatie van 100 microg", "3 dd zo nodig", "maximaal 7 dagen", "Altijd via voorzetkamer met masker.",
     "Voorzetkamer wordt vergoed; instructie door praktijkondersteuner."),
    ("Kinderen < 4 jaar", "SPAN:niet gebruiken (onvoldoende gegevens)", None, None, None, None),
]


def drug_block(name, note, rows):
    out = []
    for i, (pop, dose, freq, dur, rem, cnote) in enumerate(rows):
        first = cell(name, "ceDrug", rows=len(rows), note=note) if i == 0 else COVER
        if dose.startswith("SPAN:"):
            r = first + cell(pop, note=cnote) + cell(dose[5:], "ceWarn", cols=4)
        else:
            r = (first + cell(pop) + cell(dose, note=cnote if pop.startswith("Kinderen 6") else None)
                 + cell(freq) + cell(dur) + cell(rem, note=cnote if not pop.startswith("Kinderen 6") else None))
        out.append(r)
    return out


dos += drug_block("Torvazine (oraal)\neerste keus", "Torvazine alleen bij RIBHO-score \u2265 6 of hoest langer dan 3 weken.", torv)
dos += drug_block("Melquidon (oraal)", None, melq)
dos += drug_block("Palestrol (inhalatie)", "Symptomatisch; stap 1 van het medicamenteuze beleid.", pale)
dos.append(cell("Quendafil en lindoprazem worden alleen in de Toelichting (tabblad 4) gedoseerd. Brastenol wordt niet aanbevolen.",
                "ceNote", cols=6))

# ---------------------------------------------------------------- Alarmsymptomen
alarm = [
    cell(TITLE + " \u2013 Tabel 2. Alarmsymptomen en RIBHO-score", "ceTitle", cols=3),
    cell("Symptoom", "ceHead") + cell("Mogelijke betekenis", "ceHead") + cell("Actie", "ceHead"),
    cell("Hemopto\u00eb (bloed ophoesten)") + cell("Longcarcinoom, tuberculose, longembolie") +
    cell("Verwijs naar longarts binnen 2 weken; bij massale hemopto\u00eb spoedverwijzing."),
    cell("Dyspneu in rust of saturatie (SpO2) < 94%") + cell("Pneumonie, exacerbatie astma/COPD") +
    cell("Dezelfde dag beoordelen; bij SpO2 < 92% spoedverwijzing.", note="Saturatie meten na 5 minuten rust, zonder zuurstof."),
    cell("Koorts > 39 \u00b0C langer dan 3 dagen") + cell("Bacteri\u00eble superinfectie, pneumonie") +
    cell("CRP bepalen; bij CRP > 100 mg/l behandelen als pneumonie."),
    cell("Ongewild gewichtsverlies > 5% in 1 maand") + cell("Maligniteit, tuberculose") + cell("X-thorax aanvragen binnen 1 week."),
    cell("Inspiratoire stridor bij een kind") + cell("Pseudokroep, corpus alienum, epiglottitis") +
    cell("Direct beoordelen; niet in de keel kijken bij verdenking epiglottitis."),
    cell("Ribbelhoest bij zuigeling < 6 maanden") + cell("Kinkhoest, apneu") + cell("Verwijs dezelfde dag naar de kinderarts."),
    cell("", "ceText"),
    cell("RIBHO-score (diagnostische score; noot 1)", "ceTitle", cols=3),
    cell("Criterium", "ceHead") + cell("Punten", "ceHead") + cell("Toelichting", "ceHead"),
    cell("Hoest langer dan 10 dagen") + cell("2") + cell("Na een doorgemaakte verkoudheid"),
    cell("Nachtelijke hoestbuien") + cell("1") + cell("Minstens 3 nachten per week"),
    cell("Ribbelgevoel achter het borstbeen") + cell("2") + cell("Door pati\u00ebnt beschreven als 'ribbelend' of 'rommelend'"),
    cell("Ribbelgeluid bij auscultatie") + cell("3") + cell("Expiratoir, bilateraal basaal"),
    cell("Contact met een bekende pati\u00ebnt") + cell("1") + cell("In de afgelopen 4 weken"),
    cell("Leeftijd 5-14 jaar") + cell("1") + cell(""),
    cell("Interpretatie", "ceHead") + cell("0-3 punten: ribbelhoest onwaarschijnlijk; 4-5 punten: waarschijnlijk; "
                                           "\u2265 6 punten: zeer waarschijnlijk, overweeg torvazine.", cols=2),
]

# ---------------------------------------------------------------- Verwijzen
verw = [
    cell(TITLE + " \u2013 Tabel 3. Consultatie en verwijzing", "ceTitle", cols=4),
    cell("Situatie", "ceHead") + cell("Verwijzen naar", "ceHead") + cell("Termijn", "ceHead") + cell("Toelichting", "ceHead"),
    cell("SpO2 < 92% of ernstige dyspneu") + cell("Spoedeisende hulp / longarts") + cell("Direct (spoed)") +
    cell("Ambulance bij SpO2 < 88%."),
    cell("Hemopto\u00eb zonder massaal bloedverlies") + cell("Longarts") + cell("Binnen 2 weken") + cell("X-thorax vooraf niet nodig."),
    cell("Hoest > 8 weken ondanks behandeling") + cell("Longarts") + cell("Regulier") +
    cell("Eerst X-thorax en spirometrie in de eerste lijn.", note="Spirometrie kan in de eigen praktijk (POH)."),
    cell("Zuigeling < 6 maanden met ribbelhoest") + cell("Kinderarts") + cell("Dezelfde dag") + cell("Ook bij goede algemene toestand."),
    cell("Kind met stridor of ernstige benauwdheid") + cell("Kinderarts") + cell("Direct (spoed)") + cell("Zie tabblad Alarmsymptomen."),
    cell("Recidief ribbelhoest \u2265 3 keer per jaar") + cell("Longarts of kinderarts") + cell("Regulier") +
    cell("Overweeg onderliggende immuunstoornis."),
    cell("Zwangere met RIBHO-score \u2265 6 die melquidon niet verdraagt") + cell("Overleg met gynaecoloog") +
    cell("Binnen 1 week") + cell("Torvazine blijft gecontra-indiceerd."),
    cell("Consultatie (telefonisch) is mogelijk bij twijfel over de diagnose of bij interacties met "
         "QT-verlengende middelen; overleg dan met de apotheker of de longarts.", "ceNote", cols=4),
]

# ---------------------------------------------------------------- Toelichting
S = "S:"  # section heading
toel = [
    ("T", TITLE + " \u2013 Toelichting (lopende tekst)"),
    ("N", "FICTIEVE standaard voor testdoeleinden; geen medisch advies."),
    (S, "1. Kernboodschappen"),
    ("", "Ribbelhoest is een zelflimiterende, postvirale hoest die gemiddeld 4 weken duurt; de meeste pati\u00ebnten hebben geen medicatie nodig."),
    ("", "Stel de diagnose met de RIBHO-score; aanvullend onderzoek is meestal niet nodig."),
    ("", "Geef torvazine alleen bij een RIBHO-score \u2265 6 of bij hoest langer dan 3 weken, en nooit aan zwangeren."),
    ("", "Verwijs zuigelingen jonger dan 6 maanden met ribbelhoest dezelfde dag naar de kinderarts."),
    (S, "2. Achtergronden"),
    ("", "Ribbelhoest wordt veroorzaakt door het (fictieve) Costavirus ribellae, dat zich via druppels verspreidt. De incubatietijd is 5 tot 9 dagen. "
         "Na de acute verkoudheidsfase blijft een prikkelhoest bestaan met een kenmerkend 'ribbelend' gevoel achter het borstbeen."),
    ("", "De incidentie in de huisartsenpraktijk is 14 per 1000 pati\u00ebnten per jaar, met een piek in de herfst (september tot en met november). "
         "Ribbelhoest komt het vaakst voor bij kinderen van 5 tot 14 jaar. Bij 1 op de 20 pati\u00ebnten duurt de hoest langer dan 8 weken."),
    ("", "Complicaties zijn zeldzaam: een bacteri\u00eble superinfectie treedt op bij ongeveer 3% van de pati\u00ebnten, vaker bij rokers en bij pati\u00ebnten met COPD."),
    (S, "3. Richtlijnen diagnostiek"),
    ("", "Anamnese: vraag naar duur en beloop van de hoest, nachtelijke hoestbuien, het ribbelgevoel achter het borstbeen, koorts, benauwdheid, "
         "bloed ophoesten, roken, contact met andere pati\u00ebnten en gebruik van QT-verlengende medicatie."),
    ("", "Lichamelijk onderzoek: beoordeel de algemene toestand, ademfrequentie en saturatie. Ausculteer de longen: het ribbelgeluid is expiratoir "
         "en bilateraal basaal hoorbaar en verdwijnt niet na hoesten. Meet bij kinderen ook de temperatuur en let op intrekkingen."),
    ("", "Aanvullend onderzoek: vraag geen routine X-thorax aan. Bepaal het CRP alleen bij twijfel aan een pneumonie; een CRP > 100 mg/l wijst op een pneumonie. "
         "Een X-thorax is ge\u00efndiceerd bij hoest langer dan 8 weken of bij alarmsymptomen (zie tabblad Alarmsymptomen)."),
    ("", "Gebruik de RIBHO-score (tabblad Alarmsymptomen, Tabel 2): bij 4 of meer punten is ribbelhoest waarschijnlijk."),
    (S, "4. Richtlijnen beleid"),
    ("", "Voorlichting: leg uit dat de hoest gemiddeld 4 weken duurt en vanzelf overgaat. Besmettelijkheid is beperkt tot de eerste 7 dagen; "
         "kinderen mogen daarna weer naar school of kinderopvang. Adviseer te stoppen met roken."),
    ("", "Niet-medicamenteuze behandeling: stoombaden hebben geen aangetoond effect en worden ontraden vanwege verbrandingsrisico. "
         "Bij kinderen vanaf 1 jaar kan 1 theelepel honing voor het slapen de nachtelijke hoest verminderen; geef geen honing aan kinderen jonger dan 1 jaar."),
    ("", "Medicamenteuze behandeling, stap 1: palestrol-inhalaties zo nodig (zie tabblad Dosering). Stap 2: torvazine bij een RIBHO-score \u2265 6 of hoest langer dan 3 weken. "
         "Melquidon is het alternatief voor kinderen, zwangeren en pati\u00ebnten met een eGFR < 30 ml/min/1,73m\u00b2."),
    ("", "Quendafil (hoestdemper) kan bij volwassenen met ernstige nachtelijke hoest worden gegeven: 10 mg a.n. (voor de nacht), gedurende maximaal 14 dagen. "
         "Bij ouderen \u2265 75 jaar is de dosis 5 mg a.n. Quendafil is niet geschikt voor kinderen jonger dan 12 jaar."),
    ("", "Lindoprazem is gereserveerd voor ernstige bronchospasme bij ribbelhoest: volwassenen 40 mg 1 dd gedurende 5 dagen; "
         "kinderen 1 mg/kg/dag in 1 gift (maximaal 40 mg per dag) gedurende 3 dagen. Afbouwen is niet nodig."),
    ("", "Brastenol (slijmoplossend) wordt niet aanbevolen: er is geen effect aangetoond op duur of ernst van de hoest (noot 2)."),
    (S, "5. Contra-indicaties"),
    ("", "Torvazine: zwangerschap (alle trimesters), ernstige leverfunctiestoornis (Child-Pugh C) en een verlengd QTc-interval (> 470 ms bij vrouwen, > 450 ms bij mannen)."),
    ("", "Melquidon: overgevoeligheid voor melquidon en G6PD-defici\u00ebntie (risico op hemolyse)."),
    ("", "Palestrol: kinderen jonger dan 4 jaar en ernstig hartfalen (NYHA-klasse IV)."),
    (S, "6. Interacties"),
    ("", "Torvazine met claritromycine of erytromycine: risico op QT-verlenging; combinatie vermijden. Torvazine versterkt het effect van warfarine: "
         "controleer de INR na 3 tot 5 dagen."),
    ("", "Melquidon met methotrexaat: niet combineren (verhoogde methotrexaattoxiciteit). Quendafil met alcohol of benzodiazepinen: versterkte sedatie."),
    (S, "7. Controle en follow-up"),
    ("", "Evalueer na 3 weken als de hoest niet afneemt. Bij kinderen die melquidon gebruiken: telefonische controle na 48 uur. "
         "Bij hoest langer dan 8 weken: X-thorax en spirometrie, daarna zo nodig verwijzen."),
    ("", "Bij gebruik van torvazine met warfarine: INR-controle na 3 tot 5 dagen (zie Interacties)."),
    (S, "8. Consultatie en verwijzing"),
    ("", "Zie tabblad Verwijzen (Tabel 3). Verwijs met spoed bij SpO2 < 92%, naar de longarts binnen 2 weken bij hemopto\u00eb, en regulier bij hoest langer "
         "dan 8 weken ondanks behandeling."),
    (S, "Noten"),
    ("", "Noot 1. De RIBHO-score werd gevalideerd in een (fictief) cohort van 812 pati\u00ebnten: sensitiviteit 84%, specificiteit 77% bij een afkapwaarde van 4 punten."),
    ("", "Noot 2. Twee (fictieve) gerandomiseerde studies met brastenol (samen 356 pati\u00ebnten) vonden geen verschil in hoestduur ten opzichte van placebo."),
    ("", "Noot 3. Torvazine was teratogeen bij ratten bij 4 maal de humane dosis; gegevens bij mensen ontbreken."),
    ("", "Noot 4. Een (fictief) register van 1240 zwangerschappen met melquidon-blootstelling toonde geen verhoogd risico op aangeboren afwijkingen."),
    (S, "Afkortingen"),
    ("", "a.n. = ante noctem (voor de nacht); CRP = C-reactief prote\u00efne; dd = maal daags; eGFR = geschatte glomerulaire filtratiesnelheid; "
         "INR = international normalized ratio; POH = praktijkondersteuner huisarts; RIBHO = ribbelhoest-score; SpO2 = zuurstofsaturatie."),
]
trows = []
for kind, txt in toel:
    style = {"T": "ceTitle", "N": "ceNote", S: "ceSect"}.get(kind, "ceText")
    note = None
    if txt.startswith("Quendafil (hoestdemper)"):
        note = "Quendafil staat niet in de dosistabel; voorraad in de praktijk is beperkt."
    trows.append(cell(txt, style, note=note))

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>{escape(TITLE)}</dc:title><meta:initial-creator>M. Verhoef</meta:initial-creator></office:meta>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style></office:styles>
<office:automatic-styles>{"".join(AUTO)}</office:automatic-styles>
<office:master-styles>{master("Staand", "pmP")}{master("Liggend", "pmL")}</office:master-styles>
<office:body><office:spreadsheet>
{table("Dosering", "taL", dos)}
{table("Alarmsymptomen", "taP", alarm)}
{table("Verwijzen", "taP", verw)}
{table("Toelichting", "taP", trows)}
</office:spreadsheet></office:body></office:document>
'''
with open("ft86-ribbelhoest.fods", "w", encoding="utf-8") as f:
    f.write(doc)
print("ok")
