#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes ft161-zeggekoorts.rtf: a FICTIONAL NHG-style guideline as a word
processor would save it (RTF 1.x, cp1252 with \\'xx escapes, \\uN\\'3f for
characters outside cp1252, text runs in groups, styles for headings,
\\trowd/\\cell/\\row tables with \\clvmgf/\\clvmrg vertical merges,
\\pn bullet and numbered lists, \\footnote with \\chftn)."""
import re
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "ft161-zeggekoorts.rtf"


def esc(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\u00a0":
            out.append("\\~")
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d\\'3f" % (o if o < 32768 else o - 65536))
    return "".join(out)


FOOTNOTES = {}


def runs(text, base="\\f0\\fs22"):
    """Inline markup: **bold**, *italic*, [^n] footnote reference."""
    parts = re.split(r"(\*\*.+?\*\*|\*[^*]+?\*|\[\^\d+\])", text)
    out = []
    for p in parts:
        if not p:
            continue
        if p.startswith("**"):
            out.append("{\\b%s %s}" % (base, esc(p[2:-2])))
        elif p.startswith("[^"):
            n = int(p[2:-1])
            out.append("{\\cs15\\super%s\\chftn}{\\footnote\\pard\\plain\\s16\\sa60\\f0\\fs18"
                       "{\\cs15\\super\\f0\\fs18\\chftn}{\\f0\\fs18  %s}}" % (base, esc(FOOTNOTES[n])))
        elif p.startswith("*") and p.endswith("*") and len(p) > 2:
            out.append("{\\i%s %s}" % (base, esc(p[1:-1])))
        else:
            out.append("{%s %s}" % (base, esc(p)))
    return "".join(out)


body = []


def H1(t):
    body.append("\\pard\\plain\\s1\\keepn\\sb360\\sa120\\outlinelevel0{\\b\\f1\\fs32 %s}\\par" % esc(t))


def H2(t):
    body.append("\\pard\\plain\\s2\\keepn\\sb240\\sa80\\outlinelevel1{\\b\\f1\\fs26 %s}\\par" % esc(t))


def H3(t):
    body.append("\\pard\\plain\\s3\\keepn\\sb160\\sa60\\outlinelevel2{\\b\\f1\\fs22 %s}\\par" % esc(t))


def P(t):
    body.append("\\pard\\plain\\s0\\sa120\\sl276\\slmult1%s\\par" % runs(t))


def CAPTION(t):
    body.append("\\pard\\plain\\s17\\keepn\\sb120\\sa60{\\b\\i\\f0\\fs20 %s}\\par" % esc(t))


def BULLETS(items):
    for t in items:
        body.append("{\\pntext\\f2\\'b7\\tab}{\\*\\pn\\pnlvlblt\\pnf2\\pnindent360{\\pntxtb\\'b7}}"
                    "\\pard\\plain\\s18\\fi-360\\li720\\sa60%s\\par" % runs(t))


def NUMBERED(items):
    for i, t in enumerate(items, 1):
        body.append("{\\pntext\\f0 %d.\\tab}{\\*\\pn\\pnlvlbody\\pnf0\\pnindent360\\pnstart1\\pndec{\\pntxta.}}"
                    "\\pard\\plain\\s19\\fi-360\\li720\\sa60%s\\par" % (i, runs(t)))


BRD = "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10"


def TABLE(widths, header, rows, merge_first=False):
    """rows: list of lists; if merge_first, a first cell of None continues the
    vertical merge started above (\\clvmrg), a text first cell starts one
    (\\clvmgf) when the next row continues it."""
    xs, acc = [], 0
    for w in widths:
        acc += w
        xs.append(acc)

    def rowdef(is_header, vm):
        s = "\\trowd\\trgaph108\\trleft0\\trbrdrt\\brdrs\\brdrw10\\trbrdrl\\brdrs\\brdrw10" \
            "\\trbrdrb\\brdrs\\brdrw10\\trbrdrr\\brdrs\\brdrw10"
        if is_header:
            s += "\\trhdr"
        for i, x in enumerate(xs):
            cell = ""
            if i == 0 and vm:
                cell += vm
            cell += BRD
            if is_header:
                cell += "\\clcbpat8"
            s += cell + "\\cellx%d" % x
        return s

    def cells(vals, bold_first=False, is_header=False):
        out = "\\pard\\plain\\intbl\\sa20"
        for i, v in enumerate(vals):
            if v is None or v == "":
                out += "{\\f0\\fs18 \\cell }"
            elif is_header or (bold_first and i == 0):
                out += "{\\b\\f0\\fs18 %s}{\\f0\\fs18 \\cell }" % esc(v)
            else:
                out += runs(v, "\\f0\\fs18") + "{\\f0\\fs18 \\cell }"
        return out + "\\row"

    body.append(rowdef(True, "") + "\n" + cells(header, is_header=True))
    for k, r in enumerate(rows):
        vm = ""
        if merge_first:
            nxt = rows[k + 1] if k + 1 < len(rows) else None
            if r[0] is None:
                vm = "\\clvmrg"
            elif nxt is not None and nxt[0] is None:
                vm = "\\clvmgf"
        body.append(rowdef(False, vm) + "\n" + cells(r, bold_first=merge_first))


# ----------------------------------------------------------------------------
FOOTNOTES.update({
    1: "De incidentiecijfers zijn ontleend aan de fictieve registratie van het Veenpraktijknetwerk over 2019\u20132023 (32 praktijken, 71.400 ingeschreven pati\u00ebnten).",
    2: "De ZEKS-score is afgeleid in een fictief cohort van 612 pati\u00ebnten met koorts na verblijf in een moerasgebied; bij een score van 4 of hoger was de sensitiviteit 88% en de specificiteit 79%.",
    3: "De doseringen voor kinderen zijn gebaseerd op het fictieve advies van de Werkgroep Kinderdoseringen (2025); bij twijfel over het gewicht wordt gedoseerd op het actuele gewicht, afgerond op hele kilogrammen.",
    4: "Het teratogene effect van velmoraxine is alleen in dieronderzoek gezien; gegevens bij mensen ontbreken.",
})

H1("Fictieve Standaard Zeggekoorts (FT-161)")
P("**FICTIEF testdocument, geen medisch advies.** Deze standaard beschrijft een verzonnen ziekte met verzonnen geneesmiddelen. Hij is uitsluitend bedoeld om software te testen en mag niet worden gebruikt voor de zorg voor pati\u00ebnten.")
P("Versie 1.0, vastgesteld op 1 mei 2026. Werkgroep Fictieve Standaarden. Herziening gepland in 2031.")

H2("Kernboodschappen")
BULLETS([
    "Zeggekoorts is een door de zeggemug overgedragen infectie met de fictieve bacterie *Caricella paludosa* die vooral in de zomer voorkomt in veen- en moerasgebieden.",
    "Stel de diagnose klinisch met de ZEKS-score; bij een score van 4 of hoger is aanvullend onderzoek niet nodig voordat de behandeling start.",
    "Eerste keus is velmoraxine gedurende 10 dagen; bij overgevoeligheid voor velmoraxine of in het eerste trimester van de zwangerschap is pastrevine het alternatief.",
    "Tornidol is uitsluitend bedoeld voor koorts en gewrichtspijn en heeft geen effect op de infectie zelf.",
    "Voeg drosbenine alleen toe bij zeggeartritis en niet eerder dan na 3 dagen behandeling met velmoraxine of pastrevine.",
    "Verwijs met spoed bij alarmsymptomen zoals nekstijfheid, verwardheid of een trage pols.",
])

H2("Achtergronden")
H3("Begrippen")
P("**Zeggekoorts:** acute koortsende ziekte door infectie met *Caricella paludosa*, overgedragen door de beet van de zeggemug.")
P("**Zeggevlek:** niet-jeukende, schietschijfvormige rode vlek van 2 tot 5 cm rond de beetplaats, die 3 tot 10 dagen na de beet zichtbaar wordt.")
P("**Gecompliceerde zeggekoorts:** zeggekoorts met betrokkenheid van twee of meer grote gewrichten (zeggeartritis), de hersenvliezen (zeggemeningitis) of het hart (geleidingsstoornis).")
P("**Recidief:** opnieuw optreden van koorts met een zeggevlek binnen 6 weken na het einde van een volledige behandeling.")
P("**Late zeggeartritis:** gewrichtsontsteking die later dan 3 maanden na de beet ontstaat, ook als de eerste episode behandeld is.")

H3("Epidemiologie")
P("De incidentie van zeggekoorts in de huisartsenpraktijk wordt geschat op 3,8 per 1000 pati\u00ebnten per jaar; in veengebieden in Friesland, Overijssel en West-Utrecht loopt dit op tot 11 per 1000 pati\u00ebnten per jaar.[^1] Een normpraktijk van 2350 pati\u00ebnten ziet jaarlijks ongeveer 9 nieuwe pati\u00ebnten met zeggekoorts.")
P("Van alle gevallen ontstaat 85% in de maanden juni tot en met september. De ziekte komt het meest voor bij volwassenen van 20 tot 50 jaar en bij kinderen van 5 tot 12 jaar. Zonder behandeling ontwikkelt ongeveer 6% van de pati\u00ebnten een gecompliceerd beloop; na behandeling is dat minder dan 1%.")

H3("Etiologie")
P("Zeggekoorts wordt veroorzaakt door *Caricella paludosa*, een gramnegatieve staaf waarvan watervogels en woelratten het reservoir vormen. De bacterie wordt overgedragen door de zeggemug (*Culicoides zeggae*), die actief is tussen zonsondergang en middernacht. De incubatietijd bedraagt 4 tot 14 dagen, gemiddeld 7 dagen. Overdracht van mens op mens komt niet voor.")
P("Risicofactoren zijn buitenwerk in natte gebieden (rietsnijders, veehouders, waterschapmedewerkers), kanovaren en sportvissen, en een verminderde afweer. Een doorgemaakte infectie geeft ongeveer 5 jaar bescherming tegen herinfectie.")

H2("Richtlijnen diagnostiek")
H3("Anamnese")
P("Vraag naar:")
BULLETS([
    "verblijf in een veen- of moerasgebied in de afgelopen 3 weken en muggenbeten;",
    "begin, duur en hoogte van de koorts;",
    "gewrichtsklachten, hoofdpijn, nekstijfheid, hartkloppingen of flauwvallen;",
    "huiduitslag rond een beetplaats;",
    "zwangerschap of borstvoeding, nierfunctie en gebruik van andere geneesmiddelen (zie Interacties).",
])
H3("Lichamelijk onderzoek")
P("Meet de temperatuur, de pols en de bloeddruk. Zoek naar een zeggevlek en meet de diameter ervan. Palpeer de regionale lymfeklieren. Onderzoek de grote gewrichten op zwelling, warmte en bewegingsbeperking. Let op meningeale prikkeling en beoordeel het hartritme.")
H3("Aanvullend onderzoek")
P("Aanvullend onderzoek is alleen nodig bij een ZEKS-score van 2 of 3. Bepaal dan het CRP en laat een zeggekoorts-PCR in bloed verrichten; de uitslag van de PCR is binnen 48 uur bekend. Een CRP boven 100 mg/l wijst op een gecompliceerd beloop.")
P("Serologie (IgM tegen *C. paludosa*) is pas zinvol vanaf 14 dagen na de beet en is niet geschikt om de behandeling op te baseren. Maak een ECG bij hartkloppingen, duizeligheid of een pols onder 50/min om een AV-blok op te sporen.")
H3("ZEKS-score")
P("De ZEKS-score (Zeggekoorts-score) schat de kans op zeggekoorts bij pati\u00ebnten met koorts.[^2] Tel de punten van tabel 1 op en lees het beleid af in tabel 2.")
CAPTION("Tabel 1 ZEKS-score")
TABLE([6200, 1600], ["Criterium", "Punten"], [
    ["Verblijf in veen- of moerasgebied in de afgelopen 3 weken", "1"],
    ["Temperatuur \u2265 38,5 \u00b0C", "1"],
    ["Zeggevlek met een diameter van 2 cm of meer", "2"],
    ["Pijn in twee of meer grote gewrichten", "1"],
    ["Regionale lymfadenopathie", "1"],
    ["Andere verklaring voor de koorts waarschijnlijker", "\u22122"],
])
CAPTION("Tabel 2 Uitslag ZEKS-score en beleid")
TABLE([1400, 2200, 4800], ["Score", "Kans op zeggekoorts", "Beleid"], [
    ["0\u20131", "minder dan 5%", "Geen behandeling; heroverweeg de diagnose bij nieuwe klachten."],
    ["2\u20133", "20\u201340%", "CRP en zeggekoorts-PCR; behandel bij een positieve PCR."],
    ["4\u20136", "meer dan 80%", "Start behandeling zonder aanvullend onderzoek."],
])

H2("Alarmsymptomen")
P("Wees alert op de volgende alarmsymptomen, die wijzen op een gecompliceerd beloop:")
BULLETS([
    "nekstijfheid, hevige hoofdpijn of verwardheid (zeggemeningitis);",
    "hartkloppingen, flauwvallen of een pols onder 50/min (geleidingsstoornis);",
    "perifere aangezichtsverlamming;",
    "koorts bij een zuigeling jonger dan 3 maanden;",
    "tekenen van sepsis: systolische bloeddruk onder 90 mmHg, ademfrequentie boven 24/min of sufheid.",
])

body.append("\\pard\\plain\\s0{\\f0\\fs22 \\page}\\par")
H2("Beleid")
H3("Voorlichting")
BULLETS([
    "Zeggekoorts is niet besmettelijk voor huisgenoten.",
    "De koorts daalt meestal binnen 72 uur na het begin van de behandeling; neem contact op als de koorts na 3 dagen niet is gedaald.",
    "Maak de kuur altijd af, ook als de klachten eerder verdwijnen.",
    "Gewrichtsklachten kunnen tot 4 weken na de behandeling aanhouden.",
    "Voorkom nieuwe beten: draag lange mouwen en gebruik een middel met 30% DEET bij verblijf in moerasgebieden tussen zonsondergang en middernacht.",
])
H3("Niet-medicamenteuze behandeling")
P("Adviseer rust en voldoende drinken, voor volwassenen minstens 2 liter per dag. Een koud kompres op de zeggevlek, 3 keer per dag 10 minuten, vermindert de branderigheid. Ontzie pijnlijke gewrichten tijdens de koortsfase. Werk in een moerasgebied wordt afgeraden tot 1 week na het einde van de kuur.")
H3("Medicamenteuze behandeling")
P("Behandel iedere pati\u00ebnt met een ZEKS-score van 4 of hoger, of een score van 2 of 3 met een positieve PCR. Volg deze stappen:")
NUMBERED([
    "**Eerste keus:** velmoraxine oraal gedurende 10 dagen.",
    "**Tweede keus:** pastrevine oraal gedurende 14 dagen bij overgevoeligheid voor velmoraxine, bij een QTc boven 470 ms of in het eerste trimester van de zwangerschap.",
    "**Zeggeartritis:** voeg drosbenine toe vanaf dag 4 van de behandeling, gedurende 4 weken.",
    "**Koorts en pijn:** tornidol zo nodig, naast de oorzakelijke behandeling.",
])
P("De doseringen staan in tabel 3.[^3] Geef bij braken binnen 30 minuten na inname de dosis opnieuw.")
CAPTION("Tabel 3 Doseringen bij zeggekoorts")
N = None
TABLE([1700, 1800, 1900, 1100, 1400, 2200],
      ["Geneesmiddel", "Pati\u00ebntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"], [
    ["Velmoraxine (tablet 250 mg, 500 mg; drank 50 mg/ml)", "Volwassenen", "500 mg 3 dd", "10 dagen", "1500 mg/dag", "Innemen op een lege maag"],
    [N, "Ouderen > 70 jaar", "250 mg 3 dd", "10 dagen", "750 mg/dag", "Bepaal vooraf de eGFR"],
    [N, "Kinderen < 15 kg", "15 mg/kg 3 dd", "10 dagen", "750 mg/dag", "Als drank 50 mg/ml"],
    [N, "Kinderen 15\u201330 kg", "250 mg 3 dd", "10 dagen", "750 mg/dag", "Drank of tablet 250 mg"],
    [N, "Kinderen 30\u201345 kg", "375 mg 3 dd", "10 dagen", "1125 mg/dag", "1\u00bd tablet van 250 mg"],
    [N, "eGFR 30\u201360 ml/min/1,73 m\u00b2", "500 mg 2 dd", "10 dagen", "1000 mg/dag", "\u2014"],
    [N, "eGFR < 30 ml/min/1,73 m\u00b2", "250 mg 2 dd", "14 dagen", "500 mg/dag", "Overleg met de internist bij dialyse"],
    [N, "Zwangerschap (tweede en derde trimester)", "500 mg 3 dd", "10 dagen", "1500 mg/dag", "Niet in het eerste trimester[^4]"],
    ["Pastrevine (capsule 100 mg; suspensie 25 mg/ml)", "Volwassenen", "200 mg 2 dd", "14 dagen", "400 mg/dag", "Eerste dag eenmalig 400 mg als oplaaddosis"],
    [N, "Ouderen > 70 jaar", "100 mg 2 dd", "14 dagen", "200 mg/dag", "Kans op duizeligheid"],
    [N, "Kinderen \u2265 8 jaar", "4 mg/kg 2 dd", "14 dagen", "400 mg/dag", "Suspensie 25 mg/ml"],
    [N, "Kinderen < 8 jaar", "Niet gebruiken", "\u2014", "\u2014", "Verkleuring van het tandglazuur"],
    [N, "Zwangerschap (eerste trimester)", "200 mg 2 dd", "14 dagen", "400 mg/dag", "Geen oplaaddosis"],
    [N, "eGFR < 30 ml/min/1,73 m\u00b2", "100 mg 1 dd", "14 dagen", "100 mg/dag", "Controleer de eGFR na 1 week"],
    ["Tornidol (tablet 500 mg; zetpil 120 mg, 250 mg)", "Volwassenen", "1000 mg 3 dd zo nodig", "max. 5 dagen", "3000 mg/dag", "Niet bij leverziekte"],
    [N, "Ouderen > 70 jaar", "500 mg 4 dd zo nodig", "max. 5 dagen", "2000 mg/dag", "\u2014"],
    [N, "Kinderen < 15 kg", "10 mg/kg 4 dd zo nodig", "max. 3 dagen", "40 mg/kg/dag", "Zetpil 120 mg"],
    [N, "Kinderen 15\u201330 kg", "250 mg 4 dd zo nodig", "max. 3 dagen", "1000 mg/dag", "Zetpil 250 mg of \u00bd tablet"],
    [N, "Zwangerschap", "500 mg 3 dd zo nodig", "max. 3 dagen", "1500 mg/dag", "Niet in het derde trimester"],
    ["Drosbenine (tablet 20 mg)", "Volwassenen met zeggeartritis", "20 mg 1 dd", "4 weken", "20 mg/dag", "Start op dag 4 van de behandeling"],
    [N, "eGFR 15\u201330 ml/min/1,73 m\u00b2", "10 mg om de dag", "4 weken", "10 mg per 2 dagen", "Gecontra-indiceerd bij eGFR < 15"],
    [N, "Kinderen < 16 jaar en zwangerschap", "Gecontra-indiceerd", "\u2014", "\u2014", "Verwijs kinderen naar de kinderarts"],
], merge_first=True)
P("*\u2014 = niet van toepassing. dd = keer per dag. De maximale dosering geldt per 24 uur.*")

H2("Zwangerschap en borstvoeding")
P("In het **eerste trimester** is velmoraxine gecontra-indiceerd; pastrevine 200 mg 2 dd gedurende 14 dagen is dan de eerste keus. In het **tweede en derde trimester** is velmoraxine in de gewone volwassenendosering de eerste keus. Tornidol mag tot de 28e week worden gebruikt, maar niet in het derde trimester vanwege het risico op voortijdige sluiting van de ductus arteriosus. Drosbenine is tijdens de gehele zwangerschap gecontra-indiceerd.")
P("Tijdens de **borstvoeding** mag velmoraxine worden gebruikt; het gaat slechts in geringe mate over in de moedermelk. Bij gebruik van pastrevine wordt de borstvoeding gestaakt tijdens de kuur en tot 2 dagen na de laatste dosis. Tornidol mag tijdens de borstvoeding. Drosbenine is gecontra-indiceerd bij borstvoeding.")

H2("Contra-indicaties")
BULLETS([
    "**Velmoraxine:** overgevoeligheid voor velmoraxine, myasthenia gravis, een verlengd QT-interval (QTc boven 470 ms) en het eerste trimester van de zwangerschap.",
    "**Pastrevine:** kinderen jonger dan 8 jaar en een ernstige leverfunctiestoornis (Child-Pugh C).",
    "**Tornidol:** leverziekte, actief maagulcus en het derde trimester van de zwangerschap.",
    "**Drosbenine:** zwangerschap, borstvoeding, kinderen jonger dan 16 jaar en een eGFR onder 15 ml/min/1,73 m\u00b2.",
])

H2("Interacties")
P("Velmoraxine versterkt het effect van acenocoumarol en fenprocoumon; controleer de INR 3 dagen na de start van de kuur. Staak simvastatine tijdens de kuur met velmoraxine en tot 3 dagen daarna, vanwege het risico op myopathie.")
P("Pastrevine wordt minder goed opgenomen in combinatie met ijzer, calcium en antacida; neem deze middelen minstens 2 uur voor of 4 uur na pastrevine in. Combineer drosbenine niet met methotrexaat. Tornidol en velmoraxine kunnen zonder bezwaar samen worden gebruikt.")

H2("Controles")
BULLETS([
    "**Na 3 dagen** (telefonisch): is de koorts gedaald? Zo niet, heroverweeg de diagnose en bepaal het CRP.",
    "**Na 2 weken:** beoordeel aan het einde van de kuur de zeggevlek en de gewrichten.",
    "**Na 2 en 6 weken:** bij gebruik van drosbenine controle van eGFR en ALAT.",
    "**Na 3 maanden:** alleen na gecompliceerde zeggekoorts een controle op late zeggeartritis.",
])

H2("Consultatie en verwijzing")
P("**Verwijs met spoed** (dezelfde dag):")
NUMBERED([
    "naar de neuroloog bij verdenking op zeggemeningitis (nekstijfheid, verwardheid);",
    "naar de cardioloog bij een tweede- of derdegraads AV-blok of een pols onder 40/min;",
    "naar de internist bij tekenen van sepsis;",
    "naar de kinderarts bij koorts en verdenking op zeggekoorts bij een zuigeling jonger dan 3 maanden.",
])
P("**Verwijs niet met spoed** (binnen 2 weken) naar de reumatoloog bij:")
NUMBERED([
    "artritis die na 4 weken drosbenine aanhoudt;",
    "late zeggeartritis;",
    "een tweede recidief na twee volledige kuren.",
])
P("Overleg met de gynaecoloog bij zeggekoorts na 36 weken zwangerschap, vanwege het risico op een neonatale infectie. Overleg met de internist bij pati\u00ebnten die dialyse ondergaan.")

# ----------------------------------------------------------------------------
HEAD = r"""{\rtf1\ansi\ansicpg1252\uc1\deff0\deflang1043
{\fonttbl{\f0\froman\fcharset0\fprq2 Times New Roman;}{\f1\fswiss\fcharset0\fprq2 Arial;}{\f2\fnil\fcharset2\fprq2 Symbol;}}
{\colortbl;\red0\green0\blue0;\red255\green255\blue255;\red31\green73\blue125;\red192\green0\blue0;\red128\green128\blue128;\red242\green242\blue242;\red0\green0\blue128;\red217\green217\blue217;}
{\stylesheet{\s0\sa120\f0\fs22\lang1043 Normal;}{\s1\keepn\sb360\sa120\outlinelevel0\b\f1\fs32 heading 1;}{\s2\keepn\sb240\sa80\outlinelevel1\b\f1\fs26 heading 2;}{\s3\keepn\sb160\sa60\outlinelevel2\b\f1\fs22 heading 3;}{\*\cs15\super footnote reference;}{\s16\sa60\f0\fs18 footnote text;}{\s17\keepn\b\i\f0\fs20 caption;}{\s18\fi-360\li720\f0\fs22 List Bullet;}{\s19\fi-360\li720\f0\fs22 List Number;}}
{\info{\title Fictieve Standaard Zeggekoorts (FT-161)}{\subject FICTIEF testdocument, geen medisch advies}{\author Werkgroep Fictieve Standaarden}{\creatim\yr2026\mo5\dy1\hr9\min30}{\revtim\yr2026\mo5\dy1\hr9\min30}}
\paperw11906\paperh16838\margl1417\margr1417\margt1417\margb1417\ftnbj\ftnrstcont\aftnnar
\sectd\pgnstarts1
{\header\pard\plain\qr{\f1\fs16 Fictieve Standaard Zeggekoorts (FT-161) \endash  FICTIEF testdocument}\par}
{\footer\pard\plain\qc{\f1\fs16 Pagina }{\field{\*\fldinst{\f1\fs16  PAGE }}{\fldrslt{\f1\fs16 1}}}\par}
"""

with open(OUT, "w", encoding="ascii", newline="\r\n") as f:
    f.write(HEAD)
    f.write("\n".join(body))
    f.write("\n}\n")
