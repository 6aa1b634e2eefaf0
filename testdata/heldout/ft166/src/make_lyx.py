#!/usr/bin/env python3
"""Writes ft166-kooikerskoorts.lyx in LyX 2.3 file format (format 544).

The document is what a LyX user would type in the LyX GUI: Title/Author/Date
layouts, numbered Section/Subsection, Itemize/Enumerate/Description lists,
footnote insets, float tables for the KOOI-score and a longtable for the dose
table with a multirow cell for each drug name. This script only spares typing
126 table cells by hand; the .lyx it writes is the source that build.sh exports.
"""
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "ft166-kooikerskoorts.lyx"

HEADER = r"""#LyX 2.3 created this file. For more info see http://www.lyx.org/
\lyxformat 544
\begin_document
\begin_header
\save_transient_properties true
\origin unavailable
\textclass article
\use_default_options true
\maintain_unincluded_children false
\language dutch
\language_package default
\inputencoding auto
\fontencoding global
\font_roman "lmodern" "default"
\font_sans "lmss" "default"
\font_typewriter "lmtt" "default"
\font_math "auto" "auto"
\font_default_family default
\use_non_tex_fonts false
\font_sc false
\font_osf false
\font_sf_scale 100 100
\font_tt_scale 100 100
\use_microtype false
\use_dash_ligatures true
\graphics default
\default_output_format pdf2
\output_sync 0
\bibtex_command default
\index_command default
\paperfontsize 11
\spacing single
\use_hyperref true
\pdf_title "Fictieve Standaard Kooikerskoorts (FT-166)"
\pdf_author "Werkgroep Fictieve Standaarden"
\pdf_subject "FICTIEF testdocument, geen medisch advies"
\pdf_bookmarks true
\pdf_bookmarksnumbered false
\pdf_bookmarksopen false
\pdf_bookmarksopenlevel 1
\pdf_breaklinks false
\pdf_pdfborder true
\pdf_colorlinks false
\pdf_backref false
\pdf_pdfusetitle true
\papersize a4paper
\use_geometry true
\use_package amsmath 1
\use_package amssymb 1
\use_package cancel 1
\use_package esint 1
\use_package mathdots 1
\use_package mathtools 1
\use_package mhchem 1
\use_package stackrel 1
\use_package stmaryrd 1
\use_package undertilde 1
\cite_engine basic
\cite_engine_type default
\biblio_style plain
\use_bibtopic false
\use_indices false
\paperorientation portrait
\suppress_date false
\justification true
\use_refstyle 1
\use_minted 0
\index Index
\shortcut idx
\color #008000
\end_index
\leftmargin 2cm
\topmargin 2.5cm
\rightmargin 2cm
\bottommargin 2.5cm
\secnumdepth 3
\tocdepth 3
\paragraph_separation indent
\paragraph_indentation default
\is_math_indent 0
\math_numbering_side default
\quotes_style dutch
\dynamic_quotes 0
\papercolumns 1
\papersides 1
\paperpagestyle fancy
\tracking_changes false
\output_changes false
\html_math_output 0
\html_css_as_file 0
\html_be_strict false
\end_header

\begin_body
"""

FOOTER = r"""
\end_body
\end_document
"""


def inline(text):
    """Very small inline markup: **bold**, //emph//, [[fn:...]] footnotes,
    \\\\ newline (only inside table cells), ~ protected space."""
    out = []
    i = 0
    bold = emph = False
    while i < len(text):
        if text.startswith("**", i):
            bold = not bold
            out.append("\n\\series %s\n" % ("bold" if bold else "default"))
            i += 2
        elif text.startswith("//", i):
            emph = not emph
            out.append("\n\\emph %s\n" % ("on" if emph else "default"))
            i += 2
        elif text.startswith("[[fn:", i):
            j = text.index("]]", i)
            note = text[i + 5:j]
            out.append("\n\\begin_inset Foot\nstatus collapsed\n\n"
                       "\\begin_layout Plain Layout\n" + inline(note) +
                       "\n\\end_layout\n\n\\end_inset\n\n")
            i = j + 2
        elif text.startswith("\\\\", i):
            out.append("\n\\begin_inset Newline newline\n\\end_inset\n\n")
            i += 2
        elif text[i] == "~":
            out.append("\n\\begin_inset space ~\n\\end_inset\n\n")
            i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def layout(name, text, extra=""):
    return "\n\\begin_layout %s\n%s%s\n\\end_layout\n" % (name, extra, inline(text))


body = []
add = body.append

def P(t, noindent=False):
    add(layout("Standard", t, "\\noindent\n" if noindent else ""))

def S(t):
    add(layout("Section", t))

def SS(t):
    add(layout("Subsection", t))

def items(kind, lst):
    for t in lst:
        add(layout(kind, t))


def cell(text, *, top=True, bottom=False, left=True, right=False,
         align="left", valign="top", multirow=None, multicol=None):
    attrs = []
    if multicol:
        attrs.append('multicolumn="%s"' % multicol)
    if multirow:
        attrs.append('multirow="%s"' % multirow)
    attrs.append('alignment="%s" valignment="%s"' % (align, valign))
    if top:
        attrs.append('topline="true"')
    if bottom:
        attrs.append('bottomline="true"')
    if left:
        attrs.append('leftline="true"')
    if right:
        attrs.append('rightline="true"')
    attrs.append('usebox="none"')
    return ("<cell %s>\n\\begin_inset Text\n\n\\begin_layout Plain Layout\n%s\n"
            "\\end_layout\n\n\\end_inset\n</cell>\n" % (" ".join(attrs), inline(text)))


def simple_table(caption, label, widths, header, rows):
    """A float table (Insert > Float > Table) with a caption above it."""
    n = len(widths)
    s = ["\n\\begin_layout Standard\n\\begin_inset Float table\nplacement H\nwide false\n"
         "sideways false\nstatus open\n\n\\begin_layout Plain Layout\n"
         "\\begin_inset Caption Standard\n\n\\begin_layout Plain Layout\n" + inline(caption) +
         "\n\\begin_inset CommandInset label\nLatexCommand label\nname \"%s\"\n\n\\end_inset\n\n"
         "\n\\end_layout\n\n\\end_inset\n\n\n\\end_layout\n\n" % label]
    s.append("\\begin_layout Plain Layout\n\\align center\n\\begin_inset Tabular\n")
    s.append('<lyxtabular version="3" rows="%d" columns="%d">\n' % (len(rows) + 1, n))
    s.append('<features tabularvalignment="middle">\n')
    for w, a in widths:
        if w:
            s.append('<column alignment="%s" valignment="top" width="%s">\n' % (a, w))
        else:
            s.append('<column alignment="%s" valignment="top">\n' % a)
    allrows = [header] + rows
    for ri, r in enumerate(allrows):
        s.append("<row>\n")
        for ci, t in enumerate(r):
            txt = "**%s**" % t if ri == 0 else t
            s.append(cell(txt, top=True, bottom=(ri == len(allrows) - 1 or ri == 0),
                          right=(ci == n - 1), align=widths[ci][1]))
        s.append("</row>\n")
    s.append("</lyxtabular>\n\n\\end_inset\n\n\n\\end_layout\n\n\\end_inset\n\n\n\\end_layout\n")
    add("".join(s))


# --------------------------------------------------------------------------
add(layout("Title", "Fictieve Standaard Kooikerskoorts (FT-166)"))
add(layout("Author", "Werkgroep Fictieve Standaarden"))
add(layout("Date", "1 juni 2026"))

P("**FICTIEF testdocument, geen medisch advies.** Alle ziektebeelden, "
  "geneesmiddelen, getallen en verwijzingen in deze standaard zijn verzonnen en "
  "dienen uitsluitend om software te testen.", noindent=True)
P("Versie 1.0, vastgesteld op 1 juni 2026. Herziening gepland in 2031.", noindent=True)

S("Kernboodschappen")
items("Itemize", [
    "Kooikerskoorts is een fictieve bacteriële infectie die wordt overgedragen door "
    "contact met watervogels, veren en slootwater in en rond eendenkooien.",
    "Denk aan kooikerskoorts bij koorts > 38,5 °C met droge hoest en pijnlijke polsen "
    "na contact met eenden of ganzen in de afgelopen 3 weken.",
    "Gebruik de KOOI-score om de kans op kooikerskoorts te schatten; bij een score van "
    "6 of hoger is behandeling aangewezen.",
    "Kornuxaline is het middel van eerste keus; peltraxine is het alternatief, ook "
    "tijdens de zwangerschap.",
    "Verwijs dezelfde dag bij alarmsymptomen zoals verwardheid, dyspneu in rust of een "
    "zuurstofsaturatie < 92%.",
])

S("Achtergronden")
SS("Begrippen")
items("Description", [
    "Kooikerskoorts acute koortsende infectie met de fictieve bacterie //Anatospira "
    "decoyensis//, met koorts, droge hoest en gewrichtsklachten.",
    "Kooikerspols pijnlijke, warme zwelling van een of beide polsgewrichten bij "
    "kooikerskoorts, meestal vanaf dag 3 van de ziekte.",
    "Veerhoest droge, prikkelende hoest die langer dan 10 dagen aanhoudt na het "
    "verdwijnen van de koorts.",
    "Gecompliceerde~kooikerskoorts kooikerskoorts met pneumonie, een daling van de eGFR "
    "met meer dan 25% of een ziekteduur van meer dan 14 dagen.",
    "Recidief terugkeer van de koorts binnen 6 weken na het afronden van een volledige "
    "behandeling.",
])

SS("Epidemiologie")
P("De incidentie van kooikerskoorts in de huisartsenpraktijk is ongeveer 2 per 1000 "
  "patiënten per jaar. In een normpraktijk van 2350 patiënten ziet de huisarts dus vier "
  "à vijf patiënten per jaar. De aandoening komt vooral voor in het najaar, met een piek "
  "in oktober en november, wanneer de eendenkooien in bedrijf zijn. Beroepsgroepen met "
  "een verhoogd risico zijn kooikers, jagers, pluimveehouders en medewerkers van "
  "vogelopvangcentra. Vrouwen en mannen worden even vaak getroffen; de gemiddelde "
  "leeftijd bij diagnose is 52 jaar. Bij ongeveer 8% van de patiënten ontstaat een "
  "pneumonie.[[fn:De cijfers zijn afkomstig uit een fictief registratienetwerk van 41 "
  "huisartsenpraktijken in Friesland en Noord-Holland (2019–2024).]]")

SS("Etiologie")
P("Kooikerskoorts wordt veroorzaakt door de gramnegatieve staafbacterie //Anatospira "
  "decoyensis//, die voorkomt in de darm van wilde eenden en in verontreinigd slootwater. "
  "Besmetting vindt plaats door inademing van opgewaaid veerstof of door contact van "
  "beschadigde huid met besmet water. De incubatietijd is 4 tot 9 dagen. Overdracht van "
  "mens op mens is nooit beschreven. Na een doorgemaakte infectie bestaat gedurende "
  "ongeveer 2 jaar gedeeltelijke immuniteit.")

S("Richtlijnen diagnostiek")
SS("Anamnese")
P("Vraag bij koorts na contact met watervogels naar:", noindent=True)
items("Itemize", [
    "contact met eenden, ganzen, veren of slootwater in de afgelopen 3 weken (beroep, "
    "jacht, hobby);",
    "duur en hoogte van de koorts;",
    "hoest, kortademigheid en pijn bij het ademhalen;",
    "pijn of zwelling van de polsen;",
    "donkere urine of minder plassen;",
    "zwangerschap of borstvoeding;",
    "gebruik van andere geneesmiddelen, met name anticoagulantia en lithium.",
])

SS("Lichamelijk onderzoek")
P("Meet de temperatuur, pols, ademfrequentie en zuurstofsaturatie. Inspecteer en "
  "palpeer beide polsen op zwelling, warmte en drukpijn. Ausculteer de longen en let op "
  "crepitaties en een verlengd exspirium. Beoordeel de bewustzijnstoestand en let op "
  "tekenen van dehydratie.")

SS("Aanvullend onderzoek")
items("Itemize", [
    "Bepaal het CRP bij twijfel over de diagnose; een CRP > 80 mg/l past bij "
    "kooikerskoorts met pneumonie.",
    "Bepaal de eGFR vóór het starten van kornuxaline bij alle patiënten ouder dan 70 jaar "
    "en bij patiënten met een bekende nierfunctiestoornis.",
    "Vraag een PCR op //Anatospira// aan (keeluitstrijk) bij een KOOI-score van 4 of 5 en "
    "bij iedere zwangere patiënt met verdenking op kooikerskoorts.",
    "Een X-thorax is alleen geïndiceerd bij verdenking op pneumonie met een saturatie "
    "< 94%.",
])

SS("KOOI-score")
P("De KOOI-score schat de kans op kooikerskoorts bij een patiënt met koorts. Tel de "
  "punten van tabel 1 op; de totaalscore loopt van −2 tot 10. Tabel 2 geeft het beleid "
  "per scoreklasse.")
simple_table("KOOI-score: criteria en punten", "tab:kooi-criteria",
             [("11cm", "left"), ("", "center")],
             ["Criterium", "Punten"],
             [["Contact met eenden, ganzen of veren in de afgelopen 3 weken", "3"],
              ["Koorts > 38,5 °C", "2"],
              ["Droge hoest", "1"],
              ["Pijnlijke of gezwollen pols (kooikerspols)", "2"],
              ["Spierpijn in de kuiten", "1"],
              ["Leeftijd ≥ 65 jaar", "1"],
              ["Andere diagnose waarschijnlijker dan kooikerskoorts", "−2"]])
simple_table("KOOI-score: scoreklassen en beleid", "tab:kooi-beleid",
             [("2.5cm", "left"), ("4cm", "left"), ("8cm", "left")],
             ["Totaalscore", "Kans op kooikerskoorts", "Beleid"],
             [["0–3", "laag (< 5%)", "geen antibiotische behandeling; beoordeel opnieuw "
               "na 3 dagen bij aanhoudende koorts"],
              ["4–5", "intermediair (ongeveer 30%)", "PCR-keeluitstrijk; behandel bij een "
               "positieve uitslag"],
              ["6–10", "hoog (> 70%)", "start de behandeling zonder aanvullend onderzoek"]])
P("Start bij een zwangere patiënt met een score van 4 of 5 direct met peltraxine in "
  "afwachting van de uitslag van de PCR.", noindent=True)

S("Alarmsymptomen")
P("De volgende symptomen wijzen op een ernstig beloop:", noindent=True)
items("Itemize", [
    "verwardheid of sufheid;",
    "ademfrequentie > 30 per minuut of dyspneu in rust;",
    "zuurstofsaturatie < 92%;",
    "systolische bloeddruk < 90 mmHg;",
    "anurie of een sterk verminderde urineproductie (minder dan 500 ml per 24 uur);",
    "hemoptoë;",
    "koorts bij een kind jonger dan 6 maanden na contact met eenden of ganzen.",
])

S("Beleid")
SS("Voorlichting")
P("Leg uit dat kooikerskoorts niet besmettelijk is voor huisgenoten. De koorts "
  "verdwijnt met behandeling meestal binnen 3 tot 5 dagen; de veerhoest kan nog 4 tot 6 "
  "weken aanhouden. Adviseer kooikers en jagers om bij het plukken van eenden een "
  "FFP2-masker en handschoenen te dragen. Vraag de patiënt contact op te nemen als de "
  "koorts na 72 uur behandeling niet daalt.")

SS("Niet-medicamenteuze behandeling")
P("Adviseer volwassenen voldoende te drinken, minimaal 2 liter per dag. Rust zolang de "
  "koorts aanhoudt; werkhervatting is mogelijk vanaf 3 dagen na het verdwijnen van de "
  "koorts. Koel een gezwollen pols 3 tot 4 keer per dag gedurende 15 minuten met een "
  "coldpack. Stomen boven een kom heet water wordt afgeraden.")

SS("Medicamenteuze behandeling")
P("Behandel alle patiënten met een KOOI-score van 6 of hoger en alle patiënten met een "
  "positieve PCR. Volg deze stappen:", noindent=True)
items("Enumerate", [
    "Eerste keus is kornuxaline gedurende 10 dagen.[[fn:Kornuxaline wordt bij voorkeur op "
    "een lege maag ingenomen, minstens 1 uur voor de maaltijd; de biologische "
    "beschikbaarheid daalt met 40% bij inname met voedsel.]]",
    "Geef peltraxine gedurende 14 dagen bij zwangerschap, bij overgevoeligheid voor "
    "kornuxaline of bij gelijktijdig gebruik van lithium.",
    "Geef bij pijnlijke polsen of spierpijn zo nodig rumiprol, naast de antibiotische "
    "behandeling, gedurende maximaal 5 dagen.",
    "Geef bij veerhoest met een piepende ademhaling zo nodig sendavol per dosisaerosol.",
])
P("Tabel 3 geeft de doseringen per patiëntgroep. Bij kinderen wordt de dosering "
  "bepaald op basis van het lichaamsgewicht.")

# ---- dose table: longtable, header repeated, multirow drug cells ----------
DRUGS = [
    ("**kornuxaline**\\\\tablet 250 mg, 500 mg; drank 40 mg/ml", [
        ["volwassenen", "500 mg 3 dd", "10 dagen", "1500 mg/dag", "op een lege maag innemen"],
        ["ouderen > 70 jaar", "250 mg 3 dd", "10 dagen", "750 mg/dag", "bepaal vooraf de eGFR"],
        ["eGFR 30–60 ml/min/1,73 m²", "500 mg 2 dd", "10 dagen", "1000 mg/dag",
         "controleer de eGFR na 5 dagen"],
        ["eGFR < 30 ml/min/1,73 m²", "250 mg 1 dd", "10 dagen", "250 mg/dag",
         "overleg met de internist-nefroloog"],
        ["kinderen < 15 kg", "15 mg/kg/dag in 3 doses", "10 dagen", "225 mg/dag",
         "drank 40 mg/ml; niet bij kinderen < 6 maanden[[fn:Bereken de dosis op basis van "
         "het actuele lichaamsgewicht en rond af op 0,5 ml drank.]]"],
        ["kinderen 15–30 kg", "125 mg 3 dd", "10 dagen", "375 mg/dag",
         "drank, of tablet 250 mg gehalveerd"],
        ["kinderen > 30 kg", "250 mg 3 dd", "10 dagen", "750 mg/dag", "—"],
        ["zwangerschap", "gecontra-indiceerd", "—", "—", "kies peltraxine"],
    ]),
    ("**peltraxine**\\\\capsule 100 mg; suspensie 20 mg/ml", [
        ["volwassenen", "200 mg 2 dd", "14 dagen", "400 mg/dag",
         "ook bij overgevoeligheid voor kornuxaline"],
        ["ouderen > 70 jaar", "200 mg 1 dd", "14 dagen", "200 mg/dag",
         "controleer het natrium na 1 week"],
        ["kinderen < 15 kg", "niet gebruiken", "—", "—", "onvoldoende gegevens"],
        ["kinderen 15–30 kg", "5 mg/kg 2 dd", "14 dagen", "300 mg/dag", "suspensie 20 mg/ml"],
        ["eGFR < 30 ml/min/1,73 m²", "100 mg 2 dd", "14 dagen", "200 mg/dag", "—"],
        ["zwangerschap", "200 mg 2 dd", "14 dagen", "400 mg/dag",
         "controleer de leverfuncties na 1 week"],
    ]),
    ("**rumiprol**\\\\tablet 200 mg, 400 mg; stroop 20 mg/ml", [
        ["volwassenen", "400 mg 3 dd zo nodig", "maximaal 5 dagen", "1200 mg/dag",
         "innemen met voedsel"],
        ["ouderen > 70 jaar", "200 mg 3 dd zo nodig", "maximaal 3 dagen", "600 mg/dag",
         "combineer met een maagbeschermer"],
        ["kinderen vanaf 6 maanden", "7,5 mg/kg 3 dd zo nodig", "maximaal 3 dagen",
         "30 mg/kg/dag", "stroop 20 mg/ml"],
        ["eGFR < 30 ml/min/1,73 m²", "niet gebruiken", "—", "—", "gecontra-indiceerd"],
    ]),
    ("**sendavol**\\\\dosisaerosol 100 microgram per inhalatie", [
        ["volwassenen", "2 inhalaties 4 dd zo nodig", "maximaal 14 dagen",
         "8 inhalaties/dag", "—"],
        ["kinderen 4–12 jaar", "1 inhalatie 3 dd zo nodig", "maximaal 14 dagen",
         "6 inhalaties/dag", "altijd via een voorzetkamer"],
        ["zwangerschap", "2 inhalaties 2 dd zo nodig", "maximaal 14 dagen",
         "4 inhalaties/dag", "—"],
    ]),
]
HEAD = ["Geneesmiddel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"]
WIDTHS = ["2.6cm", "2.6cm", "2.7cm", "1.7cm", "1.9cm", "3cm"]
nrows = 2 + 1 + sum(len(r) for _, r in DRUGS)  # caption, head (first), head (repeat), body
s = ["\n\\begin_layout Standard\n\\begin_inset Tabular\n"]
s.append('<lyxtabular version="3" rows="%d" columns="6">\n' % nrows)
s.append('<features islongtable="true" longtabularalignment="center">\n')
for w in WIDTHS:
    s.append('<column alignment="left" valignment="top" width="%s">\n' % w)
# caption row (first head)
s.append('<row endfirsthead="true" caption="true">\n')
s.append('<cell multicolumn="1" alignment="left" valignment="top" usebox="none">\n'
         '\\begin_inset Text\n\n\\begin_layout Plain Layout\n'
         '\\begin_inset Caption Standard\n\n\\begin_layout Plain Layout\n'
         'Doseringen bij kooikerskoorts\n'
         '\\begin_inset CommandInset label\nLatexCommand label\nname "tab:doseringen"\n\n'
         '\\end_inset\n\n\n\\end_layout\n\n\\end_inset\n\n\n\\end_layout\n\n\\end_inset\n</cell>\n')
for _ in range(5):
    s.append('<cell multicolumn="2" alignment="left" valignment="top" usebox="none">\n'
             '\\begin_inset Text\n\n\\begin_layout Plain Layout\n\n\\end_layout\n\n'
             '\\end_inset\n</cell>\n')
s.append("</row>\n")
for attr in ('endfirsthead="true"', 'endhead="true"'):
    s.append("<row %s>\n" % attr)
    for ci, h in enumerate(HEAD):
        s.append(cell("**%s**" % h, top=True, bottom=True, right=(ci == 5)))
    s.append("</row>\n")
for drug, rows in DRUGS:
    for ri, r in enumerate(rows):
        last_of_group = ri == len(rows) - 1
        s.append("<row>\n")
        s.append(cell(drug if ri == 0 else "", top=(ri == 0), bottom=last_of_group,
                      valign="middle", multirow=("3" if ri == 0 else "4")))
        for ci, t in enumerate(r):
            s.append(cell(t, top=True, bottom=last_of_group, right=(ci == 4)))
        s.append("</row>\n")
s.append("</lyxtabular>\n\n\\end_inset\n\n\n\\end_layout\n")
add("".join(s))

P("dd = maal daags; — = niet van toepassing; eGFR in ml/min/1,73 m². Bij kinderen is de "
  "dosering per kilogram lichaamsgewicht; ga nooit boven de dosering voor volwassenen.",
  noindent=True)

S("Zwangerschap en borstvoeding")
P("Kornuxaline is gecontra-indiceerd tijdens de gehele zwangerschap vanwege (fictieve) "
  "aanwijzingen voor afwijkingen in de botaanleg van de foetus. Peltraxine is het middel "
  "van keus tijdens de zwangerschap, in alle trimesters, in dezelfde dosering als bij "
  "volwassenen. Gebruik rumiprol niet vanaf een zwangerschapsduur van 20 weken. "
  "Sendavol mag tijdens de zwangerschap worden gebruikt in een lagere dosering (zie "
  "tabel 3).")
P("Tijdens de borstvoeding kan kornuxaline worden gebruikt; de hoeveelheid in de "
  "moedermelk is verwaarloosbaar. Peltraxine gaat over in de moedermelk; de "
  "borstvoeding hoeft niet te worden gestaakt, maar let bij de zuigeling op diarree en "
  "spruw.[[fn:De gegevens over peltraxine bij borstvoeding zijn gebaseerd op een "
  "fictieve cohortstudie bij 64 moeder-kindparen.]]")

S("Contra-indicaties")
items("Description", [
    "Kornuxaline: zwangerschap, een eerdere peesruptuur tijdens gebruik van kornuxaline "
    "en myasthenia gravis.",
    "Peltraxine: ernstige leverfunctiestoornis (Child-Pugh C) en kinderen < 15 kg.",
    "Rumiprol: actief ulcus pepticum, eGFR < 30 ml/min/1,73 m², zwangerschap vanaf 20 "
    "weken en ernstig hartfalen (NYHA-klasse IV).",
    "Sendavol: overgevoeligheid voor sendavol; wees voorzichtig bij tachyaritmieën.",
])

S("Interacties")
items("Itemize", [
    "Kornuxaline verhoogt de lithiumspiegel; combineer kornuxaline niet met lithium en "
    "kies peltraxine.",
    "Kornuxaline versterkt het effect van vitamine K-antagonisten; controleer de INR "
    "binnen 3 dagen na de start van kornuxaline.",
    "IJzer-, calcium- en magnesiumpreparaten verminderen de opname van kornuxaline; "
    "neem deze minstens 4 uur na kornuxaline in.",
    "Peltraxine remt CYP3A4; onderbreek het gebruik van simvastatine tijdens de "
    "behandeling met peltraxine.",
    "Rumiprol in combinatie met anticoagulantia verhoogt het bloedingsrisico; vermijd "
    "deze combinatie.",
])

S("Controles")
items("Itemize", [
    "**Na 72 uur:** telefonische controle; daalt de koorts niet, beoordeel de patiënt "
    "dan opnieuw en overweeg over te stappen op peltraxine.",
    "**Na 5 dagen:** controleer de eGFR bij gebruik van kornuxaline en een eGFR van 30–60 "
    "ml/min/1,73 m².",
    "**Na 1 week:** controleer bij zwangeren die peltraxine gebruiken de leverfuncties.",
    "**Na 10 dagen:** controle op het spreekuur aan het einde van de kuur bij ouderen > 70 "
    "jaar en bij patiënten met een eGFR < 60 ml/min/1,73 m².",
    "**Na 6 weken:** controle bij veerhoest die na 6 weken nog aanhoudt; overweeg dan een "
    "X-thorax.",
])

S("Consultatie en verwijzing")
P("Verwijs dezelfde dag naar de internist of de spoedeisende hulp bij:", noindent=True)
items("Enumerate", [
    "een of meer alarmsymptomen;",
    "een daling van de eGFR met meer dan 25% tijdens de behandeling;",
    "een zwangere vrouw met een zuurstofsaturatie < 94%.",
])
P("Verwijs naar de kinderarts bij:", noindent=True)
items("Enumerate", [
    "kinderen jonger dan 6 maanden met verdenking op kooikerskoorts;",
    "kinderen die na 48 uur behandeling nog koorts hebben.",
])
P("Overleg met de GGD bij 2 of meer patiënten uit dezelfde eendenkooi of hetzelfde "
  "jachtgezelschap binnen 4 weken; kooikerskoorts is (fictief) meldingsplichtig in "
  "groep C. Overweeg consultatie van een longarts bij een recidief of bij veerhoest die "
  "langer dan 3 maanden aanhoudt.")

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HEADER + "".join(body) + FOOTER)
