#!/usr/bin/python3
# Builds the fictional guideline ft175 (Slikwierkoorts) as a Word .docx with python-docx.
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = sys.argv[1]
d = Document()
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)

def P(text, bold_lead=None, style=None):
    p = d.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead); r.bold = True
    p.add_run(text)
    return p

def B(items):
    for t in items: d.add_paragraph(t, style='List Bullet')

def N(items):
    for t in items: d.add_paragraph(t, style='List Number')

def table(header, rows, widths=None):
    t = d.add_table(rows=1, cols=len(header))
    t.style = 'Table Grid'
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ''
        r = c.paragraphs[0].add_run(h); r.bold = True
    # mark header row as repeating table header
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement('w:tblHeader'); th.set(qn('w:val'), 'true'); trPr.append(th)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row): cells[i].text = v
    return t

d.add_heading('Fictieve NHG-Standaard Slikwierkoorts', 0)
p = P('FICTIEF — geen medisch advies. Dit document is verzonnen en dient uitsluitend als testmateriaal.'); p.runs[0].bold = True
P('Versie 1.2 — vastgesteld 14 maart 2026 — herziening gepland in 2029 — NHG-werkgroep Slikwierkoorts (fictief)')

d.add_heading('Kernboodschappen', 1)
B([
 'Denk aan slikwierkoorts bij koorts en kuitpijn binnen 14 dagen na contact met brak water of slikgronden (wadlopen, kwelders, polderwerk).',
 'Bepaal bij verdenking de SLIK-SCORE; bij een score van 3 of 4 punten wordt de SWA-sneltest gedaan.',
 'Dravoxine is het middel van eerste keus; peltamol is het alternatief bij zwangerschap, een eGFR < 30 ml/min/1,73 m² of overgevoeligheid voor dravoxine.',
 'Tormuline is de eerste keus voor koorts en pijn; kesiraxine alleen bij hevige gewrichtsklachten bij volwassenen.',
 'Verwijs met spoed bij alarmsymptomen, zoals icterus, oligurie of verwardheid.',
])

d.add_heading('Achtergronden', 1)
d.add_heading('Begrippen', 2)
P('Slikwierkoorts is een acute infectieziekte veroorzaakt door de (fictieve) bacterie Halomyxa slikensis, die voorkomt in brak water, slik en rottend zeewier. ', 'Slikwierkoorts. ')
P('Kleine, niet-jeukende, paarsrode vlekjes op de onderbenen, typisch 2 tot 4 dagen na het begin van de koorts. ', 'Slikvlekken. ')
P('Verloop waarbij de koorts na een verbetering van minstens 48 uur opnieuw opkomt; dit treedt op bij ongeveer 8% van de patiënten [noot 1]. ', 'Tweede-golfkoorts. ')
d.add_heading('Epidemiologie', 2)
P('De incidentie van slikwierkoorts in de huisartsenpraktijk wordt geschat op 1,8 per 1000 patiënten per jaar, met een piek in augustus en september. In de kustprovincies (Zeeland, Friesland, Groningen) is de incidentie ongeveer drie keer zo hoog: 5,4 per 1000 per jaar. Een normpraktijk van 2350 patiënten ziet zo gemiddeld 4 patiënten per jaar [noot 2].')
P('Mannen worden vaker getroffen dan vrouwen (verhouding 1,6 : 1). De ziekte komt het meest voor tussen 20 en 45 jaar. Bij ouderen boven 70 jaar verloopt de ziekte vaker ernstig; het opnamepercentage is in deze groep 12%, tegenover 2% bij volwassenen jonger dan 70 jaar.')
d.add_heading('Etiologie en pathofysiologie', 2)
P('Besmetting vindt plaats via kleine huidwondjes of slijmvliezen bij contact met besmet brak water. De incubatietijd bedraagt 3 tot 14 dagen, gemiddeld 6 dagen. Overdracht van mens op mens is niet beschreven. De bacterie vormt een toxine dat de kleine bloedvaten in de spieren aantast, wat de kenmerkende kuitpijn en de slikvlekken verklaart. Bij een klein deel van de patiënten ontstaat een toxische nefropathie [noot 3].')
P('Risicofactoren zijn beroepsmatig contact met brak water (vissers, dijkwerkers, kwekers van zeegroenten), wadlopen, diabetes mellitus en het gebruik van protonpompremmers.')

d.add_heading('Richtlijnen diagnostiek', 1)
d.add_heading('Anamnese', 2)
P('Vraag bij koorts na mogelijke blootstelling naar:')
B([
 'contact met brak water, slik of zeewier in de afgelopen 14 dagen, en de aard van het contact;',
 'begin en hoogte van de koorts, koude rillingen;',
 'spierpijn, vooral in de kuiten;',
 'huidafwijkingen op de onderbenen;',
 'mictie: minder plassen of donkere urine;',
 'comorbiditeit (diabetes, nierfunctiestoornis), zwangerschap en medicatiegebruik.',
])
d.add_heading('Lichamelijk onderzoek', 2)
P('Meet temperatuur, pols, bloeddruk en ademfrequentie. Inspecteer de huid van de onderbenen op slikvlekken. Palpeer de kuiten: drukpijn van beide kuiten is kenmerkend. Let op icterus van de sclerae en op tekenen van dehydratie.')
d.add_heading('Aanvullend onderzoek', 2)
P('De SWA-sneltest (Slikwier-antigeentest) is een vingerpriktest die binnen 15 minuten een uitslag geeft. De test is pas betrouwbaar vanaf dag 3 van de ziekte; eerder is een negatieve uitslag niet bruikbaar. De sensitiviteit bedraagt 88% en de specificiteit 94% [noot 4]. Bepaal het CRP bij twijfel; bepaal bij patiënten ouder dan 70 jaar, bij diabetes en bij verminderde urineproductie ook de eGFR en het kreatinine.')
d.add_heading('De SLIK-SCORE', 3)
P('De SLIK-SCORE schat de kans op slikwierkoorts. Tel de punten van de aanwezige criteria op.')
table(['Criterium', 'Punten'], [
 ['Temperatuur ≥ 38,5 °C', '2'],
 ['Contact met brak water of slik in de afgelopen 14 dagen', '2'],
 ['Slikvlekken op de onderbenen', '2'],
 ['Drukpijn van beide kuiten', '1'],
 ['Leeftijd ≥ 65 jaar', '1'],
 ['CRP > 50 mg/l', '1'],
])
P('')
table(['Totaalscore', 'Kans op slikwierkoorts', 'Beleid'], [
 ['0–2 punten', 'laag (< 5%)', 'Geen verdere diagnostiek; andere oorzaak zoeken'],
 ['3–4 punten', 'intermediair (20–40%)', 'SWA-sneltest (vanaf dag 3 van de ziekte)'],
 ['5–9 punten', 'hoog (> 70%)', 'Direct behandelen, sneltest niet nodig'],
])
d.add_heading('Evaluatie', 2)
P('Stel de diagnose slikwierkoorts bij een SLIK-SCORE van 5 of hoger, of bij een score van 3 of 4 met een positieve SWA-sneltest. Bij een score van 3 of 4 en een negatieve sneltest is slikwierkoorts onwaarschijnlijk; herhaal de sneltest na 48 uur als de klachten aanhouden.')

d.add_heading('Alarmsymptomen', 1)
P('Verwijs met spoed naar de internist bij een of meer van de volgende alarmsymptomen:')
B([
 'icterus (geel zien van huid of sclerae);',
 'oligurie: urineproductie < 500 ml per 24 uur;',
 'verwardheid of verminderd bewustzijn;',
 'ademfrequentie > 24 per minuut of zuurstofsaturatie < 94%;',
 'systolische bloeddruk < 100 mmHg;',
 'bloedingen (neusbloedingen, bloed in de urine of petechiën buiten de onderbenen).',
])

d.add_heading('Richtlijnen beleid', 1)
d.add_heading('Voorlichting', 2)
P('Leg uit dat slikwierkoorts niet besmettelijk is voor huisgenoten. De koorts daalt meestal binnen 72 uur na de start van de behandeling; de spierpijn kan tot 3 weken aanhouden. Adviseer voldoende te drinken (minstens 2 liter per dag) en zich opnieuw te melden als de koorts na 72 uur behandeling niet daalt of als alarmsymptomen optreden. Verwijs naar de (fictieve) patiëntenfolder op Thuisarts.')
d.add_heading('Niet-medicamenteuze behandeling', 2)
B([
 'rust zolang er koorts is; hervat werk geleidelijk na 2 koortsvrije dagen;',
 'ruim drinken, bij ouderen met een vochtlijst;',
 'afdekken van huidwondjes en het dragen van laarzen bij wadlopen ter preventie.',
])
d.add_heading('Medicamenteuze behandeling', 2)
P('Behandel iedere patiënt met een vastgestelde slikwierkoorts met een antibioticum:')
N([
 'Eerste keus: dravoxine gedurende 7 dagen.',
 'Tweede keus (zwangerschap, eGFR < 30, overgevoeligheid voor dravoxine): peltamol gedurende 10 dagen.',
 'Bij koorts en spierpijn: tormuline zo nodig, naast het antibioticum.',
 'Bij hevige gewrichtsklachten bij volwassenen, als tormuline onvoldoende helpt: kesiraxine gedurende maximaal 5 dagen.',
])
P('Start bij een SLIK-SCORE van 5 of hoger direct, ook zonder sneltest. Een kuur dravoxine korter dan 5 dagen geeft een verhoogde kans op tweede-golfkoorts [noot 5].')

d.add_heading('Doseringen', 3)
P('Tabel 1 Doseringen bij slikwierkoorts')
rows = [
 ('Dravoxine (tablet 250 mg, 500 mg; drank 50 mg/ml)', [
   ['volwassenen', '500 mg 2 dd', '7 dagen', '1000 mg', 'innemen met voedsel'],
   ['ouderen > 70 jaar', '250 mg 2 dd', '7 dagen', '500 mg', 'controle eGFR op dag 3'],
   ['kinderen 10–20 kg', '125 mg 2 dd (drank)', '7 dagen', '250 mg', 'drank 50 mg/ml: 2,5 ml 2 dd'],
   ['kinderen 20–40 kg', '250 mg 2 dd', '7 dagen', '500 mg', '—'],
   ['eGFR 30–60 ml/min', '250 mg 2 dd', '7 dagen', '500 mg', '—'],
   ['eGFR < 30 ml/min', 'niet gebruiken', '—', '—', 'kies peltamol'],
   ['zwangeren', 'niet gebruiken', '—', '—', 'teratogeen in dierstudies; kies peltamol'],
 ]),
 ('Peltamol (capsule 200 mg; suspensie 40 mg/ml)', [
   ['volwassenen', '400 mg 3 dd', '10 dagen', '1200 mg', '—'],
   ['kinderen 10–20 kg', '100 mg 3 dd (suspensie)', '10 dagen', '300 mg', 'suspensie 40 mg/ml: 2,5 ml 3 dd'],
   ['kinderen 20–40 kg', '200 mg 3 dd', '10 dagen', '600 mg', '—'],
   ['zwangeren', '400 mg 2 dd', '10 dagen', '800 mg', 'veilig in alle trimesters'],
   ['eGFR < 30 ml/min', '200 mg 2 dd', '10 dagen', '400 mg', 'overleg bij eGFR < 15'],
 ]),
 ('Kesiraxine (tablet 10 mg)', [
   ['volwassenen', '10 mg 1 dd', 'max. 5 dagen', '10 mg', 'met maagbescherming bij > 60 jaar'],
   ['ouderen > 70 jaar', '5 mg 1 dd', 'max. 5 dagen', '5 mg', 'halve tablet'],
   ['kinderen < 12 jaar', 'niet gebruiken', '—', '—', 'niet onderzocht'],
   ['eGFR < 45 ml/min', 'niet gebruiken', '—', '—', 'nefrotoxisch'],
 ]),
 ('Tormuline (tablet 500 mg; zetpil 250 mg)', [
   ['volwassenen', '1000 mg 3 dd zo nodig', 'zolang koorts', '3000 mg', '—'],
   ['ouderen > 70 jaar', '500 mg 3 dd zo nodig', 'zolang koorts', '2000 mg', '—'],
   ['kinderen 10–20 kg', '250 mg 3 dd (zetpil)', 'zolang koorts', '750 mg', '—'],
   ['kinderen 20–40 kg', '500 mg 3 dd', 'zolang koorts', '1500 mg', '—'],
   ['zwangeren', '1000 mg 3 dd zo nodig', 'max. 3 dagen', '3000 mg', 'zo kort mogelijk'],
 ]),
]
hdr = ['Middel', 'Patiëntgroep', 'Dosering', 'Duur', 'Maximum per dag', 'Opmerkingen']
flat = []
for drug, rs in rows:
    for r in rs: flat.append([''] + r)
t = table(hdr, flat)
ri = 1
for drug, rs in rows:
    top = t.cell(ri, 0); bot = t.cell(ri + len(rs) - 1, 0)
    m = top.merge(bot)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = drug
    ri += len(rs)
P('')
P('dd = maal per dag. Voor kinderen lichter dan 10 kg of zwaarder dan 40 kg: zie de tekst bij Consultatie en verwijzing en noot 6.')

d.add_heading('Zwangerschap en borstvoeding', 2)
P('Dravoxine is gecontra-indiceerd tijdens de gehele zwangerschap. Behandel zwangeren met peltamol 400 mg 2 dd gedurende 10 dagen. Tormuline mag in de zwangerschap kortdurend worden gebruikt (maximaal 3 dagen). Kesiraxine is gecontra-indiceerd vanaf 20 weken zwangerschap vanwege het risico op vroegtijdige sluiting van de ductus arteriosus; vermijd het liever in de hele zwangerschap.')
P('Bij borstvoeding hebben peltamol en tormuline de voorkeur. Dravoxine gaat in kleine hoeveelheden over in de moedermelk; het mag worden gebruikt, maar let bij de zuigeling op diarree. Over kesiraxine tijdens borstvoeding zijn onvoldoende gegevens.')

d.add_heading('Contra-indicaties', 2)
B([
 'Dravoxine: zwangerschap, eGFR < 30 ml/min, verlengd QT-interval (QTc > 470 ms), eerdere overgevoeligheid.',
 'Peltamol: ernstige leverfunctiestoornis (Child-Pugh C), myasthenia gravis.',
 'Kesiraxine: eGFR < 45 ml/min, actief ulcus pepticum, zwangerschap vanaf 20 weken, kinderen < 12 jaar.',
 'Tormuline: ernstige leverfunctiestoornis, chronisch alcoholgebruik van meer dan 4 eenheden per dag.',
])

d.add_heading('Interacties', 2)
B([
 'Dravoxine verhoogt de spiegel van simvastatine; staak simvastatine tijdens de kuur en tot 3 dagen daarna.',
 'Dravoxine en macroliden (claritromycine, erytromycine) samen verlengen het QT-interval: niet combineren.',
 'Peltamol vermindert de werkzaamheid van orale anticonceptie; adviseer aanvullend een condoom tot 7 dagen na de kuur.',
 'Peltamol verhoogt de INR bij gebruik van acenocoumarol of fenprocoumon; controleer de INR binnen 3 tot 5 dagen na de start.',
 'Kesiraxine met ACE-remmers of diuretica verhoogt het risico op nierfunctieverlies; controleer de eGFR na 1 week.',
 'Tormuline heeft geen relevante interacties met de genoemde antibiotica.',
])

d.add_heading('Controles', 2)
P('Plan de volgende controlemomenten:')
N([
 'Telefonische controle na 72 uur: is de koorts gedaald?',
 'Bij ouderen > 70 jaar en bij een eGFR 30–60: controle van eGFR en kreatinine op dag 3 van de kuur.',
 'Consult na afloop van de kuur (dag 7 bij dravoxine, dag 10 bij peltamol) bij aanhoudende klachten.',
 'Bij tweede-golfkoorts: opnieuw beoordelen binnen 24 uur en een tweede kuur met het andere antibioticum overwegen.',
 'Na 6 weken geen routinecontrole nodig, tenzij de spierpijn aanhoudt.',
])

d.add_heading('Consultatie en verwijzing', 2)
P('Verwijs met spoed (dezelfde dag) naar de internist bij:')
B([
 'een of meer alarmsymptomen;',
 'een temperatuur ≥ 40,0 °C die niet daalt na tormuline;',
 'geen daling van de koorts na 72 uur adequate behandeling;',
 'kinderen jonger dan 2 jaar of lichter dan 10 kg met verdenking op slikwierkoorts;',
 'zwangeren met een temperatuur ≥ 39,0 °C.',
])
P('Overleg met de internist (niet met spoed) bij:')
B([
 'een eGFR < 15 ml/min;',
 'een tweede episode van tweede-golfkoorts;',
 'spierpijn die langer dan 6 weken aanhoudt;',
 'kinderen zwaarder dan 40 kg: doseer als volwassenen, maar overleg bij twijfel met de kinderarts.',
])
P('Meld clusters van 3 of meer patiënten met slikwierkoorts uit hetzelfde gebied binnen 2 weken aan de GGD.')

d.add_heading('Noten', 1)
N([
 'Tweede-golfkoorts. In een (fictief) Zeeuws cohort van 412 patiënten trad bij 33 patiënten (8%) een tweede koortsgolf op, gemiddeld 9 dagen na het begin van de ziekte.',
 'Incidentie. De cijfers komen uit de (fictieve) registratie Kustnet 2019–2024; de incidentie is sinds 2019 met ongeveer 15% gestegen.',
 'Nefropathie. Een toxische nefropathie trad op bij 3% van de patiënten, vooral bij ouderen en bij diabetes; bij 1 op de 5 van hen was tijdelijke dialyse nodig.',
 'SWA-sneltest. Validatiestudie bij 260 patiënten in 14 huisartsenpraktijken; op dag 1 en 2 van de ziekte was de sensitiviteit slechts 52%.',
 'Kuurduur. In een (fictieve) gerandomiseerde studie gaf een kuur van 3 dagen dravoxine 14% tweede-golfkoorts, tegenover 4% na 7 dagen.',
 'Kinderen. Voor kinderen lichter dan 10 kg ontbreken gegevens; daarom geldt verwijzing. Voor kinderen zwaarder dan 40 kg geldt de volwassenendosering.',
])
d.save(out)
