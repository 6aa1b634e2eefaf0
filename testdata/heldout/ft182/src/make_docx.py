#!/usr/bin/python3
# Builds ft182-krooskoorts.docx with python-docx (Debian python3-docx 0.8.11)
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

out = sys.argv[1]
d = Document()
d.core_properties.title = "Fictieve NHG-Standaard Krooskoorts"
d.core_properties.author = "Werkgroep Krooskoorts (fictief)"
d.core_properties.language = "nl-NL"
# Dutch author: default proofing language nl-NL in docDefaults
rpr = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
lang = OxmlElement("w:lang"); lang.set(qn("w:val"), "nl-NL"); lang.set(qn("w:eastAsia"), "nl-NL"); rpr.append(lang)

def H(t, l): d.add_heading(t, level=l)
def P(t, bold=False, italic=False):
    p = d.add_paragraph()
    r = p.add_run(t); r.bold = bold; r.italic = italic
    return p
def PN(parts):
    """paragraph with note references: parts = list of str or int (note number -> superscript)"""
    p = d.add_paragraph()
    for x in parts:
        if isinstance(x, int):
            r = p.add_run(str(x)); r.font.superscript = True
        else:
            p.add_run(x)
    return p
def B(t): d.add_paragraph(t, style="List Bullet")
def N(t, num_id=None):
    p = d.add_paragraph(t, style="List Number")
    if num_id is not None:
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id))
        numPr.append(il); numPr.append(ni); pPr.append(numPr)
    return p
def restart_numbering():
    """Word's 'Restart at 1': new w:num on the List Number abstractNum with startOverride 1"""
    numbering = d.part.numbering_part.element
    style = d.styles["List Number"]
    base_num = style.element.pPr.numPr.numId.val
    abs_id = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(base_num)][0].find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), abs_id); num.append(a)
    lo = OxmlElement("w:lvlOverride"); lo.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); lo.append(so); num.append(lo)
    numbering.append(num)
    return new_id
def T(header, rows, merge_first=None):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if merge_first:
        for start, end in merge_first:   # row indices incl. header offset
            top = t.cell(start, 0); txt = top.text
            for r in range(start + 1, end + 1):
                t.cell(r, 0).text = ""
            m = top.merge(t.cell(end, 0))
            # merge concatenates empty paragraphs; keep only the first
            for p in m.paragraphs[1:]:
                p._element.getparent().remove(p._element)
    return t

d.add_heading("Fictieve NHG-Standaard Krooskoorts (M182)", 0)
P("FICTIEF — geen medisch advies. Deze standaard is verzonnen en uitsluitend bedoeld als testdocument.", bold=True)
P("Versie 1.2 — vastgesteld 14 maart 2026, laatste herziening 2 april 2026. Werkgroep Krooskoorts.", italic=True)

H("Kernboodschappen", 1)
B("Denk aan krooskoorts bij koorts en kuitpijn binnen 14 dagen na contact met kroosrijk stilstaand water.")
B("Bepaal de KROOS-SCORE; bij een score van 3–5 punten is de LemnaQuick-sneltest aangewezen.")
B("Velmoxine is het middel van eerste keus; trandazol is het alternatief en het middel van keus bij zwangeren vanaf week 13.")
B("Kroslaxine is uitsluitend symptomatisch en wordt bij zwangeren niet gebruikt.")
B("Verwijs direct bij alarmsymptomen en bij zuigelingen jonger dan 3 maanden met koorts.")

H("Achtergronden", 1)
H("Begrippen", 2)
PN(["Krooskoorts: een acute bacteriële infectie met Lemnabacter palustris, gekenmerkt door koorts, kuitpijn en een groenige maculeuze uitslag op de onderbenen", 1, "."])
P("Gecompliceerde krooskoorts: krooskoorts met nierfunctiestoornis (eGFR-daling van meer dan 25%), pneumonie of meningitis.")
P("Recidief: opnieuw optreden van klachten binnen 30 dagen na het einde van de behandeling.")
H("Epidemiologie", 2)
PN(["De incidentie in de huisartsenpraktijk is 3,2 per 1000 patiënten per jaar", 2, ". De ziekte komt vooral voor in de maanden juli tot en met september. Mannen worden vaker getroffen dan vrouwen (verhouding 1,4 : 1). Ongeveer 70% van de patiënten woont in een landelijk gebied. Een normale huisartsenpraktijk van 2350 patiënten ziet jaarlijks ongeveer 7 nieuwe patiënten."])
H("Etiologie", 2)
PN(["De verwekker, Lemnabacter palustris, leeft in kroos (eendenkroos) op sloten en vijvers. Besmetting vindt plaats via kleine huidwondjes bij contact met het water. De incubatietijd bedraagt 4–10 dagen. Overdracht van mens op mens is niet beschreven", 3, ". Risicogroepen zijn slootwerkers, hengelaars, boeren en kinderen die in sloten spelen."])

H("Richtlijnen diagnostiek", 1)
H("Anamnese", 2)
P("Vraag naar:")
B("duur en hoogte van de koorts;")
B("contact met oppervlaktewater in de afgelopen 14 dagen (sloot, vijver, kanaal);")
B("spierpijn, vooral in de kuiten;")
B("huiduitslag en wondjes aan de benen;")
B("mictie en urineproductie;")
B("zwangerschap, nierfunctie en gebruik van anticoagulantia, statines of lithium.")
H("Lichamelijk onderzoek", 2)
P("Meet temperatuur, pols, ademfrequentie en bloeddruk. Inspecteer de onderbenen op de kenmerkende groenige maculae met een doorsnede van 2–5 mm. Palpeer de kuiten; drukpijn in beide kuiten past bij krooskoorts. Let op nekstijfheid en petechiën.")
H("Aanvullend onderzoek", 2)
PN(["De LemnaQuick-sneltest is een vingerpriktest op antigeen van Lemnabacter; de uitslag is na 15 minuten af te lezen. De sensitiviteit is 88% en de specificiteit 94%", 4, ". De test is pas betrouwbaar vanaf de derde ziektedag. Bepaal het CRP; een CRP > 50 mg/l telt mee in de KROOS-SCORE. Bepaal bij ouderen en bij patiënten met een verminderde nierfunctie de eGFR voor de start van de behandeling."])
H("KROOS-SCORE", 3)
P("Tel de punten van de aanwezige criteria op.")
T(["Criterium", "Punten"], [
    ["Koorts ≥ 38,5 °C", "2"],
    ["Contact met kroosrijk oppervlaktewater in de afgelopen 14 dagen", "2"],
    ["Groenige maculeuze uitslag op de onderbenen", "1"],
    ["Drukpijn in beide kuiten", "1"],
    ["Leeftijd ≥ 65 jaar", "1"],
    ["CRP > 50 mg/l", "2"],
])
P("")
P("Interpretatie van de KROOS-SCORE:")
T(["Score", "Kans op krooskoorts", "Beleid"], [
    ["0–2 punten", "laag (< 5%)", "krooskoorts onwaarschijnlijk; geen sneltest, expectatief beleid"],
    ["3–5 punten", "intermediair (20–40%)", "LemnaQuick-sneltest; behandelen bij positieve uitslag"],
    ["≥ 6 punten", "hoog (> 70%)", "direct behandelen zonder sneltest"],
])

H("Alarmsymptomen", 1)
P("Bij de volgende verschijnselen is sprake van een mogelijk gecompliceerd beloop:")
B("verwardheid of sufheid;")
B("ademfrequentie > 24 per minuut;")
B("systolische bloeddruk < 100 mmHg;")
B("oligurie (urineproductie < 500 ml per 24 uur);")
B("petechiën of nekstijfheid;")
B("hemoptoë.")

H("Beleid", 1)
H("Voorlichting", 2)
P("Leg uit dat krooskoorts niet van mens op mens overdraagbaar is. Het herstel duurt meestal 2–3 weken; vermoeidheid kan tot 6 weken aanhouden. Adviseer wondjes aan de benen af te dekken bij werk in of bij sloten. Verwijs naar de (fictieve) patiëntenfolder Krooskoorts op Thuisarts.")
H("Niet-medicamenteuze behandeling", 2)
B("Rust en voldoende drinken: minimaal 2 liter per dag.")
B("Was de huid na contact met slootwater met water en zeep.")
B("Vermijd zwemmen in kroosrijk water tot 4 weken na herstel.")
H("Medicamenteuze behandeling", 2)
PN(["Behandel bij een KROOS-SCORE van ≥ 6 punten of bij een positieve sneltest. Stappenplan", 5, ":"])
N("Eerste keus: velmoxine gedurende 7 dagen (kinderen 5 dagen).")
N("Tweede keus (bij overgevoeligheid voor velmoxine of eGFR < 30 ml/min/1,73 m²): trandazol gedurende 10 dagen.")
N("Symptomatisch bij koorts en kuitpijn: kroslaxine, maximaal 5 dagen (kinderen maximaal 3 dagen).")
N("Bij aanhoudende hoest na de kuur: pirenadol gedurende 14 dagen.")
P("De doseringen staan in de tabel hieronder.")
H("Doseringstabel", 3)
rows = [
    ["Velmoxine (tablet 250 mg, 500 mg; drank 50 mg/ml)", "volwassenen", "500 mg 2 dd", "7 dagen", "1000 mg", "innemen tijdens de maaltijd"],
    ["", "ouderen > 70 jaar", "250 mg 2 dd", "7 dagen", "500 mg", "nierfunctie controleren na 5 dagen"],
    ["", "kinderen 10–20 kg", "125 mg 2 dd (drank)", "5 dagen", "250 mg", "drank 50 mg/ml: 2,5 ml per keer"],
    ["", "kinderen 20–40 kg", "250 mg 2 dd", "5 dagen", "500 mg", "tablet mag worden fijngemaakt"],
    ["", "kinderen > 40 kg", "500 mg 2 dd", "5 dagen", "1000 mg", "als volwassenen, kortere duur"],
    ["", "eGFR 30–60 ml/min/1,73 m²", "250 mg 2 dd", "7 dagen", "500 mg", "—"],
    ["", "eGFR < 30 ml/min/1,73 m²", "niet gebruiken", "—", "—", "kies trandazol"],
    ["Trandazol (tablet 100 mg)", "volwassenen", "100 mg 3 dd", "10 dagen", "300 mg", "niet combineren met simvastatine"],
    ["", "ouderen > 70 jaar", "100 mg 2 dd", "10 dagen", "200 mg", "ECG bij QT-verlengende comedicatie"],
    ["", "zwangeren vanaf week 13", "100 mg 2 dd", "10 dagen", "200 mg", "niet in het eerste trimester"],
    ["", "eGFR < 30 ml/min/1,73 m²", "100 mg 1 dd", "10 dagen", "100 mg", "overleg met internist"],
    ["", "kinderen", "niet geregistreerd", "—", "—", "overleg met kinderarts"],
    ["Kroslaxine (tablet 200 mg; drank 20 mg/ml; zetpil 200 mg)", "volwassenen", "400 mg 3 dd", "max. 5 dagen", "1200 mg", "innemen met voedsel"],
    ["", "ouderen > 70 jaar", "200 mg 3 dd", "max. 5 dagen", "600 mg", "maagbescherming overwegen"],
    ["", "kinderen 10–20 kg", "100 mg 3 dd (drank)", "max. 3 dagen", "300 mg", "drank 20 mg/ml: 5 ml per keer"],
    ["", "kinderen 20–40 kg", "200 mg 3 dd", "max. 3 dagen", "600 mg", "zetpil mogelijk bij braken"],
    ["", "zwangeren", "niet gebruiken", "—", "—", "gebruik paracetamol"],
    ["Pirenadol (tablet 5 mg)", "volwassenen", "5 mg 1 dd", "14 dagen", "5 mg", "'s avonds innemen"],
    ["", "ouderen > 70 jaar", "2,5 mg 1 dd", "14 dagen", "2,5 mg", "valrisico: sufheid mogelijk"],
    ["", "eGFR 30–60 ml/min/1,73 m²", "2,5 mg 1 dd", "14 dagen", "2,5 mg", "bij eGFR < 30 niet gebruiken"],
    ["", "kinderen < 12 jaar", "gecontra-indiceerd", "—", "—", "—"],
]
T(["Middel", "Patiëntgroep", "Dosering", "Duur", "Maximum per dag", "Opmerkingen"], rows,
  merge_first=[(1, 7), (8, 12), (13, 17), (18, 21)])
P("")

H("Zwangerschap en borstvoeding", 2)
PN(["Trandazol is het middel van keus vanaf week 13 van de zwangerschap. Overleg in het eerste trimester met de gynaecoloog; velmoxine is dan alleen op diens advies te gebruiken", 6, ". Kroslaxine en pirenadol zijn gecontra-indiceerd tijdens de hele zwangerschap; gebruik bij koorts paracetamol. Velmoxine mag tijdens de borstvoeding worden gebruikt. Trandazol gaat in geringe mate over in de moedermelk en is bij borstvoeding toegestaan. Pirenadol is bij borstvoeding ontraden."])
H("Contra-indicaties", 2)
B("Velmoxine: overgevoeligheid voor velmoxine, eGFR < 30 ml/min/1,73 m², myasthenia gravis.")
B("Trandazol: eerste trimester van de zwangerschap, bekende QT-verlenging, kinderen.")
B("Kroslaxine: actief maagulcus, zwangerschap, kinderen < 10 kg.")
B("Pirenadol: kinderen < 12 jaar, zwangerschap, ernstige leverfunctiestoornis, eGFR < 30 ml/min/1,73 m².")
H("Interacties", 2)
B("Velmoxine en warfarine of acenocoumarol: controleer de INR na 3 dagen.")
B("Trandazol en simvastatine: staak simvastatine tijdens de kuur en tot 2 dagen erna.")
B("Kroslaxine en lithium: controleer de lithiumspiegel na 5 dagen.")
B("Pirenadol en MAO-remmers: combinatie gecontra-indiceerd.")

H("Controles", 1)
B("Telefonische controle na 3 dagen: is de koorts gedaald?")
B("Kinderen < 5 jaar: controle op het spreekuur na 48 uur.")
B("Consult na 7 dagen, aan het einde van de kuur velmoxine.")
B("Ouderen > 70 jaar met velmoxine: eGFR controleren na 5 dagen.")
B("Bij pirenadol: CRP herhalen na 14 dagen.")

H("Consultatie en verwijzing", 1)
P("Verwijs direct (dezelfde dag) naar de internist of kinderarts bij:")
B("een of meer alarmsymptomen;")
B("zuigelingen < 3 maanden met koorts ≥ 38,0 °C;")
B("koorts > 40,0 °C die langer dan 24 uur aanhoudt;")
B("zwangeren met koorts ≥ 39,0 °C (verwijzing naar de gynaecoloog).")
P("Overleg met of verwijs naar de internist bij:")
B("geen verbetering na 72 uur adequate behandeling;")
B("immuungecompromitteerde patiënten;")
B("eGFR < 30 ml/min/1,73 m² bij start van de behandeling;")
B("een recidief binnen 30 dagen.")

H("Noten", 1)
nid = restart_numbering()
N("De groenige kleur van de uitslag wordt toegeschreven aan een pigment van Lemnabacter palustris. Bij 15% van de patiënten ontbreekt de uitslag.", nid)
N("Incidentiecijfers zijn afkomstig uit een fictieve registratie in 48 huisartsenpraktijken over de jaren 2019–2024.", nid)
N("In een fictief cohort van 312 patiënten werd geen enkele secundaire besmetting gezien.", nid)
N("De testeigenschappen zijn bepaald in een fictieve validatiestudie bij 540 patiënten met koorts en watercontact.", nid)
N("Velmoxine verkortte in een fictieve trial de koortsduur met gemiddeld 2,1 dag ten opzichte van placebo.", nid)
N("Over het gebruik van velmoxine in het eerste trimester zijn onvoldoende gegevens; bij dieren werden in hoge doses skeletafwijkingen gezien.", nid)

sec = d.sections[0]
sec.header.paragraphs[0].text = "Fictieve NHG-Standaard Krooskoorts — FICTIEF, geen medisch advies"
sec.footer.paragraphs[0].text = "Versie 1.2, april 2026 — intranet praktijk"
d.save(out)
