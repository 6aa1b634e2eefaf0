#!/usr/bin/python3
# Builds ft122-pijlkruidkoorts.odt (OpenDocument text, Word-style features)
# with odfpy; the .odt is then opened by AbiWord and exported as HTML.
import re
import sys

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableProperties,
                       TableColumnProperties, TableCellProperties, PageLayout,
                       PageLayoutProperties, MasterPage, Header, Footer,
                       ListLevelProperties)
from odf.text import (H, P, List, ListItem, ListStyle, ListLevelStyleNumber,
                      ListLevelStyleBullet, Note, NoteCitation, NoteBody, Span,
                      PageNumber)
from odf.table import (Table, TableColumn, TableRow, TableCell, CoveredTableCell,
                       TableHeaderRows)

doc = OpenDocumentText()

# ---------------------------------------------------------------- styles
st = doc.styles
auto = doc.automaticstyles

std = Style(name="Standard", family="paragraph")
std.addElement(TextProperties(fontfamily="Liberation Serif", fontsize="11pt"))
std.addElement(ParagraphProperties(marginbottom="0.2cm"))
st.addElement(std)

body = Style(name="Text_20_body", displayname="Text body", family="paragraph",
             parentstylename="Standard")
body.addElement(ParagraphProperties(marginbottom="0.25cm"))
st.addElement(body)

title = Style(name="Title", family="paragraph", parentstylename="Standard")
title.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
title.addElement(ParagraphProperties(textalign="center", marginbottom="0.3cm"))
st.addElement(title)

subtitle = Style(name="Subtitle", family="paragraph", parentstylename="Standard")
subtitle.addElement(TextProperties(fontsize="12pt", fontstyle="italic"))
subtitle.addElement(ParagraphProperties(textalign="center", marginbottom="0.5cm"))
st.addElement(subtitle)

heading = Style(name="Heading", family="paragraph", parentstylename="Standard")
heading.addElement(TextProperties(fontfamily="Liberation Sans", fontweight="bold"))
heading.addElement(ParagraphProperties(margintop="0.42cm", marginbottom="0.21cm",
                                       keepwithnext="always"))
st.addElement(heading)
hstyles = {}
for lvl, size in ((1, "16pt"), (2, "13pt"), (3, "11.5pt")):
    h = Style(name="Heading_20_%d" % lvl, displayname="Heading %d" % lvl,
              family="paragraph", parentstylename="Heading",
              defaultoutlinelevel=str(lvl))
    h.addElement(TextProperties(fontsize=size, fontweight="bold"))
    st.addElement(h)
    hstyles[lvl] = h

tcont = Style(name="Table_20_Contents", displayname="Table Contents",
              family="paragraph", parentstylename="Standard")
tcont.addElement(ParagraphProperties(marginbottom="0cm"))
tcont.addElement(TextProperties(fontsize="10pt"))
st.addElement(tcont)
thead = Style(name="Table_20_Heading", displayname="Table Heading",
              family="paragraph", parentstylename="Table_20_Contents")
thead.addElement(TextProperties(fontweight="bold"))
st.addElement(thead)

caption = Style(name="Caption", family="paragraph", parentstylename="Standard")
caption.addElement(TextProperties(fontstyle="italic", fontsize="10pt"))
caption.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.2cm"))
st.addElement(caption)

fn = Style(name="Footnote", family="paragraph", parentstylename="Standard")
fn.addElement(TextProperties(fontsize="9pt"))
st.addElement(fn)

hdr = Style(name="Header", family="paragraph", parentstylename="Standard")
hdr.addElement(TextProperties(fontsize="9pt", color="#555555"))
st.addElement(hdr)
ftr = Style(name="Footer", family="paragraph", parentstylename="Standard")
ftr.addElement(TextProperties(fontsize="9pt", color="#555555"))
ftr.addElement(ParagraphProperties(textalign="center"))
st.addElement(ftr)

strong = Style(name="Strong_20_Emphasis", displayname="Strong Emphasis", family="text")
strong.addElement(TextProperties(fontweight="bold"))
st.addElement(strong)
emph = Style(name="Emphasis", family="text")
emph.addElement(TextProperties(fontstyle="italic"))
st.addElement(emph)

# list styles
numlist = ListStyle(name="Numbering_20_1", displayname="Numbering 1")
for lvl in range(1, 4):
    ls = ListLevelStyleNumber(level=str(lvl), numformat="1", numsuffix=".")
    ls.addElement(ListLevelProperties(spacebefore="%.2fcm" % (0.63 * (lvl - 1)),
                                      minlabelwidth="0.63cm"))
    numlist.addElement(ls)
st.addElement(numlist)
bullist = ListStyle(name="List_20_1", displayname="List 1")
for lvl in range(1, 4):
    ls = ListLevelStyleBullet(level=str(lvl), bulletchar="•")
    ls.addElement(ListLevelProperties(spacebefore="%.2fcm" % (0.63 * (lvl - 1)),
                                      minlabelwidth="0.63cm"))
    bullist.addElement(ls)
st.addElement(bullist)

# page layout with header and footer
pl = PageLayout(name="pm1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                   margintop="2cm", marginbottom="2cm",
                                   marginleft="2.2cm", marginright="2.2cm"))
auto.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header()
h.addElement(P(stylename=hdr,
               text="Fictieve Standaard Pijlkruidkoorts (FT-122) \u2013 versie maart 2026"))
mp.addElement(h)
f = Footer()
fp = P(stylename=ftr, text="FICTIEF testdocument, geen medisch advies \u2013 pagina ")
fp.addElement(PageNumber(selectpage="current", text="1"))
f.addElement(fp)
mp.addElement(f)
doc.masterstyles.addElement(mp)

# table styles (automatic)
def tstyle(name, width):
    s = Style(name=name, family="table")
    s.addElement(TableProperties(width=width, align="left"))
    auto.addElement(s)
    return s

def colstyle(name, width):
    s = Style(name=name, family="table-column")
    s.addElement(TableColumnProperties(columnwidth=width))
    auto.addElement(s)
    return s

cell_b = Style(name="CellBorder", family="table-cell")
cell_b.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
auto.addElement(cell_b)
cell_h = Style(name="CellHead", family="table-cell")
cell_h.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                      backgroundcolor="#d9d9d9"))
auto.addElement(cell_h)
cell_alarm = Style(name="CellAlarm", family="table-cell")
cell_alarm.addElement(TableCellProperties(border="1.5pt solid #c00000", padding="0.25cm",
                                          backgroundcolor="#fde9d9"))
auto.addElement(cell_alarm)

# ---------------------------------------------------------------- content helpers
notes = [0]
NOTES = {}

TOKEN = re.compile(r"(\*\*.+?\*\*|_.+?_|\[\^[a-z0-9]+\])")


def fill(par, text):
    """Add text with **bold**, _italic_ and [^key] footnotes to par."""
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("**"):
            par.addElement(Span(stylename=strong, text=part[2:-2]))
        elif part.startswith("[^"):
            key = part[2:-1]
            notes[0] += 1
            n = Note(id="ftn%d" % notes[0], noteclass="footnote")
            n.addElement(NoteCitation(text=str(notes[0])))
            nb = NoteBody()
            nb.addElement(P(stylename=fn, text=NOTES[key]))
            n.addElement(nb)
            par.addElement(n)
        elif part.startswith("_") and part.endswith("_") and len(part) > 2:
            par.addElement(Span(stylename=emph, text=part[1:-1]))
        else:
            par.addText(part)
    return par


def para(text, style=body):
    p = P(stylename=style)
    fill(p, text)
    doc.text.addElement(p)


def heading_(lvl, text):
    doc.text.addElement(H(outlinelevel=lvl, stylename=hstyles[lvl], text=text))


def lst(items, numbered=False, parent=None):
    l = List(stylename=numlist if numbered else bullist)
    for it in items:
        li = ListItem()
        p = P(stylename=body)
        fill(p, it)
        li.addElement(p)
        l.addElement(li)
    (parent or doc.text).addElement(l)


tcount = [0]


def table(widths, rows, header=1, cap=None):
    """rows: list of lists; a cell is a str, or a dict {t, cs, rs},
    or None for a covered cell."""
    tcount[0] += 1
    total = sum(widths)
    t = Table(name="Tabel%d" % tcount[0],
              stylename=tstyle("Tabel%d" % tcount[0], "%.2fcm" % total))
    for i, w in enumerate(widths):
        t.addElement(TableColumn(stylename=colstyle("Tabel%d.%s" % (tcount[0], chr(65 + i)),
                                                    "%.2fcm" % w)))
    hr = TableHeaderRows()
    t.addElement(hr)
    for ri, row in enumerate(rows):
        tr = TableRow()
        for c in row:
            if c is None:
                tr.addElement(CoveredTableCell())
                continue
            if isinstance(c, str):
                c = {"t": c}
            kw = {"stylename": cell_h if ri < header else cell_b, "valuetype": "string"}
            if c.get("cs"):
                kw["numbercolumnsspanned"] = str(c["cs"])
            if c.get("rs"):
                kw["numberrowsspanned"] = str(c["rs"])
            tc = TableCell(**kw)
            for line in c["t"].split("\n"):
                p = P(stylename=thead if ri < header else tcont)
                fill(p, line)
                tc.addElement(p)
            tr.addElement(tc)
        (hr if ri < header else t).addElement(tr)
    doc.text.addElement(t)
    if cap:
        para(cap, caption)


def alarmbox(title_, intro, items, outro):
    tcount[0] += 1
    t = Table(name="Kader%d" % tcount[0], stylename=tstyle("Kader%d" % tcount[0], "16.6cm"))
    t.addElement(TableColumn(stylename=colstyle("Kader%d.A" % tcount[0], "16.6cm")))
    tr = TableRow()
    tc = TableCell(stylename=cell_alarm, valuetype="string")
    p = P(stylename=tcont)
    p.addElement(Span(stylename=strong, text=title_))
    tc.addElement(p)
    p = P(stylename=tcont)
    fill(p, intro)
    tc.addElement(p)
    lst(items, parent=tc)
    p = P(stylename=tcont)
    fill(p, outro)
    tc.addElement(p)
    tr.addElement(tc)
    t.addElement(tr)
    doc.text.addElement(t)


# ---------------------------------------------------------------- notes
NOTES.update({
    "inc": "Gegevens uit het fictieve Registratienet Waterland over 2019 tot en met 2024; "
           "de cijfers zijn bedacht voor dit testdocument.",
    "pei": "De PEI is gevalideerd in een fictief cohort van 412 patiënten uit 38 huisartsenpraktijken; "
           "de oppervlakte onder de ROC-curve was 0,81.",
    "past": "Een negatieve PAST sluit pijlkruidkoorts niet uit; bij een negatieve test en een typisch "
            "pijlteken blijft de klinische diagnose leidend.",
    "tres": "De ervaring met tresolan in de zwangerschap is beperkt tot 160 fictieve zwangerschappen, "
            "zonder aanwijzingen voor aangeboren afwijkingen.",
    "drank": "Fluvarimine drank 50 mg/ml is na openen 14 dagen houdbaar in de koelkast.",
    "sald": "In twee fictieve gerandomiseerde onderzoeken (samen 530 patiënten) verkortte saldoxine "
            "de ziekteduur niet; bij 4% van de gebruikers stegen de leverenzymen.",
})

# ---------------------------------------------------------------- document
para("Fictieve Standaard Pijlkruidkoorts (FT-122)", title)
para("FICTIEF testdocument, geen medisch advies. Opgesteld maart 2026 door de fictieve "
     "werkgroep Waterziekten.", subtitle)

heading_(1, "Kernboodschappen")
lst([
    "Pijlkruidkoorts is een zelflimiterende infectie na contact met slootwater waarin pijlkruid "
    "groeit; bij de meeste patiënten verdwijnen de klachten binnen 14 dagen.",
    "Stel de diagnose klinisch met de Pijlkruid-Ernstindex (PEI). Aanvullend onderzoek is alleen "
    "nodig bij twijfel over de diagnose of bij een PEI-score van 5 of hoger.",
    "Bij een PEI-score van 0 tot 2 volstaan voorlichting en afwachten; behandel bij een PEI-score "
    "van 3 of hoger met fluvarimine.",
    "Tresolan is het middel van eerste keus in het eerste trimester van de zwangerschap, bij een "
    "eGFR lager dan 30 ml/min/1,73 m² en bij gebruik van lithium.",
    "Saldoxine wordt afgeraden.",
    "Verwijs dezelfde dag bij een of meer alarmsymptomen (zie het kader Alarmsymptomen).",
], numbered=True)

heading_(1, "Achtergronden")
heading_(2, "Begrippen")
para("**Pijlkruidkoorts** is een acute koortsende ziekte met een kenmerkende pijlvormige "
     "huiduitslag op de onderarmen, die ontstaat na huidcontact met stilstaand zoet water waarin "
     "pijlkruid (_Sagittaria_) groeit. De uitslag bestaat uit rode maculae in de vorm van een "
     "pijlpunt die naar de pols wijst; dit wordt het **pijlteken** genoemd.")
para("**Post-pijlkruidmoeheid** is moeheid die langer dan 6 weken na het begin van de koorts "
     "aanhoudt, zonder andere verklaring.")

heading_(2, "Verwekker en besmetting")
para("De verwekker is de fictieve gramnegatieve staafbacterie _Pseudomonas sagittae_, die leeft "
     "op de wortels van pijlkruid. Besmetting vindt plaats via kleine huidwondjes bij contact met "
     "slootwater, vooral bij watertemperaturen boven 18 °C. De incubatietijd is 3 tot 6 dagen. "
     "Overdracht van mens op mens is niet beschreven; huisgenoten hoeven geen maatregelen te nemen.")

heading_(2, "Beloop")
para("De koorts duurt meestal 3 tot 5 dagen; de uitslag verdwijnt na 7 tot 10 dagen zonder "
     "littekens. Bij 85% van de patiënten zijn alle klachten binnen 14 dagen verdwenen. Ongeveer "
     "10% houdt post-pijlkruidmoeheid, die bijna altijd binnen 3 maanden herstelt.")
para("Complicaties zijn zeldzaam: cellulitis rond de uitslag bij 2% en pijlkruidpneumonie bij "
     "0,5% van de patiënten. Het risico op pijlkruidpneumonie is verhoogd bij mensen van 75 jaar "
     "of ouder en bij mensen met een verminderde afweer. Een doorgemaakte infectie geeft geen "
     "blijvende immuniteit; herinfectie in een volgend seizoen komt bij ongeveer 5% voor.")

heading_(2, "Epidemiologie")
para("De incidentie van pijlkruidkoorts in de huisartsenpraktijk is 1,8 per 1000 patiënten per "
     "jaar, met een piek van juli tot en met september.[^inc] De aandoening komt vaker voor bij "
     "hengelaars, slootwerkers en kinderen van 6 tot 12 jaar. Mannen worden vaker getroffen dan "
     "vrouwen (verhouding 3:2). In de provincies met veel veenweidegebied is de incidentie "
     "ongeveer tweemaal zo hoog als landelijk.")

heading_(1, "Richtlijnen diagnostiek")
heading_(2, "Anamnese")
para("Vraag bij koorts met huiduitslag op de onderarmen naar:")
lst([
    "contact met slootwater of vijverwater in de afgelopen 10 dagen (vissen, zwemmen, werken aan "
    "oevers);",
    "begin, duur en hoogte van de koorts;",
    "lokalisatie van de uitslag, jeuk en pijn;",
    "spierpijn in de kuiten en hoofdpijn;",
    "kortademigheid of pijn bij het ademen;",
    "zwangerschap (duur) en het geven van borstvoeding;",
    "bekende nierfunctiestoornis en de laatst bekende eGFR;",
    "medicatiegebruik, in het bijzonder lithium en middelen die het QT-interval verlengen.",
])

heading_(2, "Lichamelijk onderzoek")
lst([
    "Meet de temperatuur, de pols, de ademfrequentie en de zuurstofsaturatie.",
    "Beoordeel de huid van beide onderarmen op het pijlteken en op roodheid die zich buiten de "
    "uitslag uitbreidt.",
    "Palpeer de okselklieren.",
    "Beoordeel bij kinderen de hydratietoestand (slijmvliezen, capillaire refill, gewicht).",
    "Ausculteer de longen bij kortademigheid of een ademfrequentie boven 20 per minuut.",
])

heading_(2, "Pijlkruid-Ernstindex")
para("Bepaal de ernst met de PEI.[^pei] Tel de punten van de criteria die aanwezig zijn op; de "
     "maximale score is 8.")
table([10.6, 3.0], [
    ["Criterium", "Punten"],
    ["Temperatuur 38,5 °C of hoger", "1"],
    ["Pijlteken op beide onderarmen", "2"],
    ["Klachten langer dan 5 dagen", "1"],
    ["Pijnlijke okselklieren", "1"],
    ["Ademfrequentie boven 20/min of saturatie onder 95%", "2"],
    ["Leeftijd 75 jaar of ouder", "1"],
], cap="Tabel 1 Criteria van de Pijlkruid-Ernstindex (PEI)")

table([2.6, 2.6, 11.4], [
    ["PEI-score", "Ernst", "Beleid"],
    ["0 tot 2", "licht", "Voorlichting; geen medicatie; de patiënt neemt contact op bij verergering."],
    ["3 of 4", "matig", "Fluvarimine volgens de doseringstabel; controle na 3 dagen (telefonisch mag)."],
    ["5 tot 8", "ernstig", "PAST en CRP bepalen; fluvarimine starten; overleg binnen 24 uur met de "
                           "internist; controle de volgende dag."],
    [{"t": "Bij één of meer alarmsymptomen geldt altijd: verwijzen, ongeacht de PEI-score.", "cs": 3},
     None, None],
], cap="Tabel 2 Ernstklassen van de PEI en het bijbehorende beleid")

heading_(2, "Aanvullend onderzoek")
para("Aanvullend onderzoek is niet nodig bij een typisch beeld en een PEI-score van 0 tot 4. Doe "
     "de pijlkruid-antigeen sneltest (PAST) op wondvocht van de uitslag bij twijfel over de "
     "diagnose en bij een PEI-score van 5 of hoger. De sensitiviteit van de PAST is 88% en de "
     "specificiteit 94%.[^past] De PAST is vanaf dag 2 van de uitslag betrouwbaar; een PAST "
     "afgenomen op de eerste dag van de uitslag moet bij een negatieve uitslag na 48 uur worden "
     "herhaald.")
para("Bepaal het CRP bij een PEI-score van 5 of hoger. Bij een CRP boven 100 mg/l is "
     "pijlkruidpneumonie waarschijnlijker; vraag dan een thoraxfoto aan. Serologisch onderzoek "
     "wordt niet aanbevolen, omdat de antistoffen pas na 3 weken aantoonbaar zijn.")

heading_(2, "Alarmsymptomen")
alarmbox(
    "Alarmsymptomen",
    "Let bij elke patiënt met pijlkruidkoorts op de volgende alarmsymptomen:",
    [
        "zuurstofsaturatie lager dan 92%;",
        "verwardheid of toenemende sufheid;",
        "systolische bloeddruk lager dan 90 mmHg;",
        "snel uitbreidende roodheid rond de uitslag (verdenking cellulitis);",
        "bij kinderen: drinkt minder dan de helft van normaal of minder dan 3 natte luiers per 24 uur;",
        "bij zwangeren vanaf 30 weken: temperatuur boven 39 °C.",
    ],
    "Verwijs bij een of meer alarmsymptomen dezelfde dag naar de internist (volwassenen), de "
    "kinderarts (kinderen) of de gynaecoloog (zwangeren vanaf 30 weken).",
)

heading_(1, "Richtlijnen beleid")
heading_(2, "Voorlichting")
para("Leg uit dat pijlkruidkoorts niet van mens op mens overgaat en dat de koorts meestal na 3 "
     "tot 5 dagen verdwijnt. Adviseer:")
lst([
    "wondjes aan handen en onderarmen af te dekken zolang ze niet genezen zijn;",
    "slootwater te mijden tot de uitslag volledig verdwenen is;",
    "contact op te nemen bij kortademigheid, sufheid of roodheid die zich uitbreidt;",
    "slootwerkers mogen het werk hervatten zodra zij 24 uur koortsvrij zijn.",
])
para("Wijs hengelaars en slootwerkers erop dat handschoenen en lange mouwen een nieuwe "
     "besmetting voorkomen.")

heading_(2, "Niet-medicamenteuze behandeling")
para("Adviseer volwassenen ten minste 2 liter per dag te drinken. Verkoel de uitslag met lauw "
     "water; vette zalven worden afgeraden, omdat ze de genezing van de huid vertragen. Bedrust "
     "is niet nodig.")

heading_(2, "Medicamenteuze behandeling")
para("Volg bij de keuze van het middel de volgende stappen:")
lst([
    "PEI-score 0 tot 2: geen medicatie.",
    "PEI-score 3 of hoger: fluvarimine is het middel van eerste keus.",
    "Bij een contra-indicatie voor fluvarimine (eerste trimester van de zwangerschap, eGFR lager "
    "dan 30 ml/min/1,73 m², gebruik van lithium): kies tresolan.",
    "Kinderen lichter dan 10 kg en kinderen die fluvarimine drank niet verdragen: kies kordapix.",
], numbered=True)
para("Fluvarimine verhoogt de lithiumspiegel; combineer fluvarimine niet met lithium maar kies "
     "tresolan. De doseringen staan in tabel 3.")

NG = lambda drug: {"t": "niet gebruiken; kies " + drug, "cs": 3}
table([2.4, 3.4, 2.9, 1.6, 2.4, 3.9], [
    ["Middel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"],
    [{"t": "fluvarimine\n(eerste keus)", "rs": 10}, "Volwassenen en kinderen vanaf 40 kg",
     "250 mg 3 dd", "7 dagen", "750 mg/dag", "innemen tijdens de maaltijd; niet combineren met lithium"],
    [None, "Kinderen 10 tot 25 kg", "12,5 mg/kg 2 dd", "7 dagen", "500 mg/dag",
     "als drank 50 mg/ml[^drank]"],
    [None, "Kinderen 25 tot 40 kg", "150 mg 3 dd", "7 dagen", "450 mg/dag", "tablet of drank"],
    [None, "Kinderen lichter dan 10 kg", NG("kordapix"), None, None, "onvoldoende gegevens"],
    [None, "Ouderen vanaf 75 jaar", "250 mg 2 dd", "10 dagen", "500 mg/dag",
     "ECG bij gebruik van QT-verlengende middelen"],
    [None, "Zwangerschap, eerste trimester", NG("tresolan"), None, None,
     "mogelijk teratogeen in dierproeven"],
    [None, "Zwangerschap, tweede en derde trimester", "250 mg 2 dd", "7 dagen", "500 mg/dag",
     "na 36 weken overleggen met de verloskundige"],
    [None, "Borstvoeding", "250 mg 3 dd", "7 dagen", "750 mg/dag", "zuigeling observeren op diarree"],
    [None, "eGFR 30 tot 60 ml/min/1,73 m²", "250 mg 2 dd", "7 dagen", "500 mg/dag",
     "eGFR na afloop van de kuur controleren"],
    [None, "eGFR lager dan 30 ml/min/1,73 m²", NG("tresolan"), None, None, "stapeling van metabolieten"],
    [{"t": "tresolan\n(tweede keus)", "rs": 8}, "Volwassenen", "400 mg 1 dd", "5 dagen", "400 mg/dag",
     "op de nuchtere maag, 1 uur voor het ontbijt"],
    [None, "Kinderen jonger dan 12 jaar", NG("kordapix"), None, None, "niet onderzocht"],
    [None, "Kinderen vanaf 12 jaar", "200 mg 1 dd", "5 dagen", "200 mg/dag", "tablet mag worden gehalveerd"],
    [None, "Ouderen vanaf 75 jaar", "400 mg 1 dd", "5 dagen", "400 mg/dag",
     "natrium controleren op dag 3 (hyponatriëmie)"],
    [None, "Zwangerschap, alle trimesters", "200 mg 2 dd", "5 dagen", "400 mg/dag",
     "eerste keus in het eerste trimester[^tres]"],
    [None, "Borstvoeding", NG("fluvarimine"), None, None, "gaat over in de moedermelk"],
    [None, "eGFR 15 tot 30 ml/min/1,73 m²", "400 mg eenmaal per 48 uur", "3 doses", "400 mg per 48 uur",
     "bij eGFR vanaf 30 geen aanpassing"],
    [None, "eGFR lager dan 15 ml/min/1,73 m²", {"t": "niet gebruiken; overleg met de internist", "cs": 3},
     None, None, "ook fluvarimine niet gebruiken"],
    [{"t": "kordapix\n(kinderen)", "rs": 5}, "Kinderen 3 maanden tot 2 jaar", "5 mg/kg 2 dd", "5 dagen",
     "60 mg/dag", "drank 20 mg/ml"],
    [None, "Kinderen 2 tot 6 jaar", "60 mg 2 dd", "5 dagen", "120 mg/dag", "drank 20 mg/ml"],
    [None, "Kinderen 6 tot 12 jaar", "120 mg 2 dd", "5 dagen", "240 mg/dag", "tablet mag worden fijngemaakt"],
    [None, "Kinderen jonger dan 3 maanden", {"t": "niet gebruiken; verwijs naar de kinderarts", "cs": 3},
     None, None, "niet onderzocht"],
    [None, "Volwassenen, zwangerschap en borstvoeding", NG("fluvarimine of tresolan"), None, None,
     "geen gegevens bij volwassenen"],
], cap="Tabel 3 Dosering van de middelen bij pijlkruidkoorts per patiëntgroep")

heading_(3, "Jeuk")
para("Bij hinderlijke jeuk van de uitslag kan mevrostat worden toegevoegd: volwassenen en "
     "kinderen vanaf 12 jaar 10 mg 1 dd voor de nacht, gedurende maximaal 7 dagen. Gebruik "
     "mevrostat niet bij kinderen jonger dan 12 jaar en niet tijdens de zwangerschap. Mevrostat "
     "kan sufheid geven; waarschuw voor deelname aan het verkeer.")

heading_(3, "Niet aanbevolen middelen")
para("Saldoxine wordt afgeraden bij pijlkruidkoorts: het verkort de ziekteduur niet en kan de "
     "lever beschadigen.[^sald] Ook lokale antibiotische zalven hebben geen plaats in de "
     "behandeling.")

heading_(2, "Controle")
lst([
    "PEI-score 3 of 4: controle na 3 dagen; telefonisch contact is voldoende als de patiënt "
    "koortsvrij is.",
    "PEI-score 5 of hoger: controle de volgende dag, bij voorkeur op het spreekuur.",
    "Geen verbetering na 3 dagen fluvarimine: herhaal de PEI-score, doe een PAST als die nog niet "
    "gedaan is en bepaal het CRP; stap bij een bevestigde diagnose over op tresolan.",
    "Na herstel is geen controle nodig. Bij moeheid die langer dan 6 weken aanhoudt: bepaal Hb, "
    "glucose en TSH om andere oorzaken uit te sluiten.",
])

heading_(2, "Consultatie en verwijzing")
lst([
    "Verwijs dezelfde dag bij een of meer alarmsymptomen (zie het kader Alarmsymptomen).",
    "Overleg binnen 24 uur met de internist bij een PEI-score van 5 of hoger.",
    "Overleg met de internist bij een eGFR lager dan 15 ml/min/1,73 m², omdat dan fluvarimine en "
    "tresolan beide niet gebruikt kunnen worden.",
    "Overleg met de gynaecoloog bij een zwangere met een PEI-score van 5 of hoger.",
    "Verwijs kinderen jonger dan 3 maanden met verdenking op pijlkruidkoorts altijd naar de "
    "kinderarts.",
    "Verwijs naar de dermatoloog bij uitslag die na 4 weken niet verdwenen is.",
])

out = sys.argv[1] if len(sys.argv) > 1 else "ft122-pijlkruidkoorts.odt"
doc.save(out)
print("wrote", out, "notes:", notes[0], "tables:", tcount[0])
