# Generates a page exactly as Notion's Export -> HTML writes it (one long line per block, uuid ids).
import os, sys, uuid, random
random.seed(75)
def uid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))

STYLE = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'notion-style.css')).read()
out = []
def add(s): out.append(s)
def p(t): add(f'<p id="{uid()}" class="">{t}</p>')
def h(n,t): add(f'<h{n} id="{uid()}" class="">{t}</h{n}>')
def bl(t): add(f'<ul id="{uid()}" class="bulleted-list"><li style="list-style-type:disc">{t}</li></ul>')
def nl(items, start=1):
    for i,t in enumerate(items):
        add(f'<ol type="1" id="{uid()}" class="numbered-list" start="{start+i}"><li>{t}</li></ol>')
def callout(icon, inner, color="gray_background"):
    add(f'<figure class="block-color-{color} callout" style="white-space:pre-wrap;display:flex" id="{uid()}"><div style="font-size:1.5em"><span class="icon">{icon}</span></div><div style="width:100%">{inner}</div></figure>')
def toggle(summary, inner_html):
    add(f'<ul id="{uid()}" class="toggle"><li><details open=""><summary>{summary}</summary>{inner_html}</details></li></ul>')
def inner_p(t): return f'<p id="{uid()}" class="">{t}</p>'
def inner_bl(t): return f'<ul id="{uid()}" class="bulleted-list"><li style="list-style-type:disc">{t}</li></ul>'
def simple_table(rows, header_class=True):
    s = f'<table id="{uid()}" class="simple-table"><tbody>'
    for r_i, row in enumerate(rows):
        s += f'<tr id="{uid()}">'
        for c in row:
            cls = "simple-table-header-color simple-table-header" if (header_class and r_i == 0) else ""
            s += f'<td id="{uid()[:4]}" class="{cls}">{c}</td>'
        s += '</tr>'
    s += '</tbody></table>'
    return s

TITLE = "Fictieve Standaard Polderkramp (FT-75)"
ICON_SVG_STATUS = '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="loader"><path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Z"></path></svg>'
ICON_SVG_CLOCK = '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="clock"><path d="M8 15.126C11.8623 15.126 15.0615 11.9336 15.0615 8.06445C15.0615 4.20215 11.8623 1.00977 7.99316 1.00977C4.13086 1.00977 0.938477 4.20215 0.938477 8.06445Z"></path></svg>'
ICON_SVG_LIST = '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="typesMultipleSelect"><path d="M1.91602 4.83789C2.44238 4.83789 2.87305 4.40723 2.87305 3.87402Z"></path></svg>'

add('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>' + TITLE + '</title><style>' + STYLE + '</style></head><body>')
add(f'<article id="{uid()}" class="page sans"><header><div class="page-header-icon undefined"><span class="icon">🦵</span></div><h1 class="page-title">{TITLE}</h1><p class="page-description"></p>')
add('<table class="properties"><tbody>'
    f'<tr class="property-row property-row-status"><th><span class="icon property-icon">{ICON_SVG_STATUS}</span>Status</th><td><span class="status-value select-value-color-green"><div class="status-dot status-dot-color-green"></div>Vastgesteld</span></td></tr>'
    f'<tr class="property-row property-row-last_edited_time"><th><span class="icon property-icon">{ICON_SVG_CLOCK}</span>Laatst bewerkt</th><td><time>@14 maart 2026 09:41</time></td></tr>'
    f'<tr class="property-row property-row-multi_select"><th><span class="icon property-icon">{ICON_SVG_LIST}</span>Tags</th><td><span class="selected-value select-value-color-blue">protocol</span><span class="selected-value select-value-color-purple">NHG-stijl</span><span class="selected-value select-value-color-orange">spieren</span></td></tr>'
    '</tbody></table></header>')
add('<div class="page-body">')

callout("💡", 'Praktijkprotocol van Huisartsenpraktijk De Kwelder, gebaseerd op de <strong>Fictieve Standaard Polderkramp (FT-75)</strong>. FICTIEF testdocument: geen medisch advies. Eigenaar: dr. M. Hoekstra, huisarts.')

h(1, "Kernboodschappen")
bl("Polderkramp is een recidiverende, pijnlijke kramp van kuit- en voetspieren na blootstelling aan koude en vocht; de diagnose is klinisch.")
bl("Bepaal de ernst met de PKS-score (0–9); bij een score ≥ 6 is medicamenteuze behandeling geïndiceerd.")
bl("<strong>Tesmivaloon</strong> is het middel van eerste keus; brolaxine is tweede keus en is <mark class=\"highlight-red\">gecontra-indiceerd in de zwangerschap</mark>.")
bl("Verlaag de dosis tesmivaloon bij een eGFR &lt; 45 ml/min/1,73 m².")
bl("Verwijs bij aanhoudende spierzwakte, donkere urine of een CK &gt; 5 × de bovengrens van normaal.")

h(1, "Achtergronden")
h(2, "Begrippen")
p("<strong>Polderkramp</strong>: ten minste 2 episoden van pijnlijke kramp van kuit of voet binnen 4 weken, uitgelokt door koude of vocht, waarbij elke episode 5 tot 30 minuten duurt.")
p("<strong>Therapieresistente polderkramp</strong>: PKS-score ≥ 6 na 12 weken behandeling met zowel tesmivaloon als brolaxine.")
h(2, "Epidemiologie")
p("De incidentie van polderkramp in de huisartsenpraktijk is ongeveer 6 per 1000 patiënten per jaar, met een piek tussen 40 en 65 jaar. Polderkramp komt vaker voor bij buitenwerkers (tuinders, dijkwerkers, vissers). De verhouding vrouwen:mannen is 1:1,4 [1].")
h(2, "Etiologie en pathofysiologie")
p("Bij afkoeling van het onderbeen ontstaat een voorbijgaande ontregeling van de chloridekanalen in het spiermembraan. Risicofactoren zijn gebruik van diuretica, hypomagnesiëmie en langdurig staan in natte omstandigheden.")
toggle("Natuurlijk beloop", inner_p("Bij 60% van de patiënten verdwijnen de klachten binnen 3 maanden. Bij 15% wordt polderkramp chronisch (klachten langer dan 12 maanden)."))

h(1, "Richtlijnen diagnostiek")
h(2, "Anamnese")
p("Vraag naar:")
bl("frequentie en duur van de episoden;")
bl("uitlokkende factoren (koud water, natte kleding, buitenwerk);")
bl("medicatie, met name diuretica en statines;")
bl("alcoholgebruik;")
bl("nachtelijk optreden van kramp;")
bl("kleur van de urine na een episode.")
h(2, "Lichamelijk onderzoek")
p("Palpeer de kuit op drukpijn en verharding. Voer de <strong>koudeprovocatietest</strong> uit: laat de patiënt de voet 2 minuten in water van 15 °C houden; de test is positief bij kramp binnen 90 seconden [2]. Doe een oriënterend neurologisch onderzoek (reflexen, kracht van de voetheffers).")
h(3, "PKS-score")
p("Tabel 1 PKS-score (Polderkramp-ernstscore)")
add(simple_table([
    ["Item", "0 punten", "1 punt", "2 punten", "3 punten"],
    ["Episoden per week", "&lt; 1", "1–2", "3–5", "&gt; 5"],
    ["Duur per episode", "&lt; 5 min", "5–15 min", "16–30 min", "&gt; 30 min"],
    ["Nachtelijke episoden", "nooit", "&lt; 1× per week", "1–3× per week", "&gt; 3× per week"],
], header_class=False))
p("Tel de punten op (totaal 0–9). Score 0–2: lichte polderkramp; 3–5: matige polderkramp; ≥ 6: ernstige polderkramp [1].")
h(3, "Aanvullend onderzoek")
p("Bepaal CK, magnesium, kalium en eGFR bij een PKS-score ≥ 6 of bij twijfel aan de diagnose. Een EMG is in de eerste lijn niet zinvol.")
h(2, "Alarmsymptomen")
callout("⚠️", '<mark class="highlight-red"><strong>Alarmsymptomen</strong></mark> – overleg dezelfde dag met de dienstdoende neuroloog of internist bij:' + inner_bl("spierzwakte die na de kramp langer dan 24 uur aanhoudt;") + inner_bl("donkere (colakleurige) urine;") + inner_bl("CK &gt; 5 × de bovengrens van normaal;") + inner_bl("kramp in armen of romp;") + inner_bl("koorts &gt; 38,5 °C."), color="red_background")

h(1, "Richtlijnen beleid")
h(2, "Voorlichting")
p("Leg uit dat polderkramp een goedaardige aandoening is. Benadruk het belang van warm en droog houden van de voeten. Verwijs naar de patiëntenfolder ‘Kramp in de kuit bij kou’.")
add(f'<blockquote id="{uid()}" class="">Polderkramp is vervelend, maar onschuldig. Bij de meeste mensen verdwijnen de klachten binnen drie maanden.</blockquote>')
h(2, "Niet-medicamenteuze behandeling")
nl([
    "Draag warme, droge sokken en waterdichte laarzen bij buitenwerk.",
    "Doe rekoefeningen van de kuit: 3 × daags 10 herhalingen van 30 seconden.",
    "Bij een episode: trek de voet omhoog (dorsaalflexie) en masseer de kuit; lokale warmte met een kruik van maximaal 45 °C.",
    "Evalueer na 4 weken. Start medicatie als de PKS-score ondanks deze maatregelen ≥ 6 blijft.",
])
h(2, "Medicamenteuze behandeling")
p("Eerste keus is <strong>tesmivaloon</strong>. Geef <strong>brolaxine</strong> als tweede keus bij onvoldoende effect van tesmivaloon na 6 weken of bij bijwerkingen. Zie Tabel 2 voor de dosering per patiëntengroep.")
toggle("Tabel 2 Dosering van tesmivaloon en brolaxine bij polderkramp", simple_table([
    ["Middel", "Patiëntengroep", "Dosering", "Frequentie", "Duur", "Opmerkingen"],
    ["Tesmivaloon", "Volwassenen (18–74 jaar)", "200 mg", "2 dd", "6 weken", "innemen na de maaltijd"],
    ["", "Kinderen 2–11 jaar", "20 mg/kg/dag", "verdeeld over 2 doses", "4 weken", "drank 40 mg/ml; maximaal 400 mg/dag"],
    ["", "Kinderen ≥ 12 jaar", "200 mg", "2 dd", "6 weken", "als volwassenen"],
    ["", "Ouderen ≥ 75 jaar", "100 mg", "2 dd", "6 weken", "natrium controleren na 2 weken"],
    ["", "eGFR 30–44", "100 mg", "2 dd", "6 weken", "eGFR na 4 weken herhalen"],
    ["", "eGFR &lt; 30", "100 mg", "1 dd", "6 weken", "overleg met internist bij eGFR &lt; 15"],
    ["", "Zwangerschap", "200 mg", "2 dd", "6 weken", "eerste keus; geen bezwaar in alle trimesters"],
    ["", "Borstvoeding", "200 mg", "2 dd", "6 weken", "gaat over in moedermelk; zuigeling observeren op sufheid"],
    ["Brolaxine", "Volwassenen", "150 mg", "3 dd", "4 weken", "tweede keus"],
    ["Brolaxine", "Kinderen &lt; 12 jaar", "—", "—", "—", "niet onderzocht; niet gebruiken"],
    ["Brolaxine", "Ouderen ≥ 75 jaar", "75 mg", "3 dd", "4 weken", "QT-verlenging mogelijk; ECG vooraf"],
    ["Brolaxine", "eGFR &lt; 45", "150 mg", "2 dd", "4 weken", ""],
    ["Brolaxine", "Zwangerschap", "<mark class=\"highlight-red\">gecontra-indiceerd</mark>", "", "", "teratogeen in dierstudies; geef tesmivaloon"],
    ["Brolaxine", "Borstvoeding", "150 mg", "3 dd", "4 weken", "alleen als tesmivaloon niet verdragen wordt"],
], header_class=True) + inner_p("<em>Noot bij Tabel 2: bereken bij kinderen de dagdosis op het actuele lichaamsgewicht en rond af op 0,5 ml drank [3].</em>"))
h(3, "Overige middelen")
p("<strong>Zirpamide</strong> is alleen geschikt als kortdurende aanvulling bij nachtelijke episoden: 5 mg a.n. (voor de nacht), maximaal 14 nachten. Geef zirpamide niet aan ouderen ≥ 75 jaar vanwege valrisico.")
p("<strong>Morvetal-gel 2%</strong> kan lokaal worden gebruikt: 3 dd dun aanbrengen op de kuit, maximaal 4 weken. Morvetal-gel mag tijdens zwangerschap en borstvoeding.")
p("<strong>Lentrazeen</strong> is alleen geïndiceerd na overleg met de neuroloog bij therapieresistente polderkramp: startdosis 50 mg 1 dd, na 2 weken verhogen naar 100 mg 1 dd.")
h(2, "Contra-indicaties")
bl("Tesmivaloon: ernstige leverfunctiestoornis (Child-Pugh C); bekende overgevoeligheid.")
bl("Brolaxine: zwangerschap; verlengd QT-interval (QTc &gt; 470 ms); gelijktijdig gebruik van kavorine.")
bl("Zirpamide: myasthenia gravis; leeftijd ≥ 75 jaar.")
h(2, "Interacties")
add(f'<div id="{uid()}" class="collection-content"><h4 class="collection-title">Interacties</h4><table class="collection-content"><thead><tr>'
    f'<th><span class="icon property-icon">{ICON_SVG_LIST}</span>Middel</th><th><span class="icon property-icon">{ICON_SVG_LIST}</span>Interacterend middel</th><th><span class="icon property-icon">{ICON_SVG_LIST}</span>Effect</th><th><span class="icon property-icon">{ICON_SVG_LIST}</span>Advies</th></tr></thead><tbody>'
    + "".join(f'<tr id="{uid()}"><td class="cell-title"><a href="Interacties%20{uid().replace("-","")}.html">{a}</a></td><td class="cell-Xk~q"><span class="selected-value select-value-color-gray">{b}</span></td><td class="cell-sy@V">{c}</td><td class="cell-=Pnm">{d}</td></tr>' for a,b,c,d in [
        ("Tesmivaloon", "lithium", "verhoogde lithiumspiegel", "lithiumspiegel na 1 week controleren"),
        ("Tesmivaloon", "thiazidediuretica", "hyponatriëmie", "natrium na 2 weken controleren"),
        ("Brolaxine", "kavorine", "QT-verlenging", "combinatie vermijden"),
        ("Brolaxine", "claritromycine", "verhoogde brolaxinespiegel", "dosis brolaxine halveren"),
        ("Zirpamide", "alcohol", "versterkte sedatie", "geen alcohol tijdens gebruik"),
    ]) + '</tbody></table></div>')
h(2, "Controle en follow-up")
nl([
    "Telefonische evaluatie na 2 weken: effect en bijwerkingen.",
    "Na 6 weken: PKS-score opnieuw bepalen.",
    "Stop tesmivaloon als de PKS-score ≤ 2 is; bouw af met 2 weken de halve dosis.",
    "Bij ouderen en bij gebruik van thiazidediuretica: natrium controleren na 2 weken.",
])
add(f'<hr id="{uid()}"/>')
h(1, "Consultatie en verwijzing")
bl("Overleg met de neuroloog bij therapieresistente polderkramp (PKS-score ≥ 6 na 12 weken behandeling met beide middelen).")
bl("Verwijs binnen 1 week naar de neuroloog bij spierzwakte die langer dan 24 uur aanhoudt.")
bl("Verwijs dezelfde dag naar de SEH bij donkere urine met een CK &gt; 10 × de bovengrens van normaal (verdenking rabdomyolyse).")
bl("Verwijs naar de internist-nefroloog bij een eGFR &lt; 15.")
h(1, "Noten")
nl([
    "De PKS-score is gevalideerd in één fictief cohort van 412 patiënten (sensitiviteit 81%, specificiteit 77%).",
    "De koudeprovocatietest heeft in hetzelfde cohort een specificiteit van 74%.",
    "De dosering van tesmivaloon bij kinderen is gebaseerd op farmacokinetische modellering, niet op gerandomiseerd onderzoek.",
])
h(1, "Afkortingen")
toggle("Afkortingen (klik om te openen)", "".join(inner_bl(x) for x in [
    "a.n. – ante noctem (voor de nacht)",
    "CK – creatinekinase",
    "dd – maal daags",
    "eGFR – geschatte glomerulaire filtratiesnelheid",
    "EMG – elektromyografie",
    "PKS – Polderkramp-ernstscore",
    "SEH – spoedeisende hulp",
]))
add('</div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>')
open(sys.argv[1] if len(sys.argv) > 1 else 'ft75-polderkramp.html', 'w').write("".join(out))
