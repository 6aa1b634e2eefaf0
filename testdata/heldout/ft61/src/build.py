# Generates ft61-slibkoorts.html as Docusaurus 3.5 "docusaurus build" would emit it (hand-written).
import re, html
toc = []  # (level, id, text)
def slug(t):
    s = t.lower()
    s = re.sub(r'[^\w\s-]', '', s, flags=re.U).strip()
    return re.sub(r'\s+', '-', s)
def H(level, text, id=None):
    id = id or slug(re.sub('<[^>]+>', '', text))
    plain = re.sub('<[^>]+>', '', text)
    if level in (2, 3): toc.append((level, id, text))
    return (f'<h{level} class="anchor anchorWithStickyNavbar_LWe7" id="{id}">{text}'
            f'<a href="#{id}" class="hash-link" aria-label="Directe link naar {plain}" title="Directe link naar {plain}">\u200b</a></h{level}>')
fn_count = [0]
fn_order = []
def FN(n):
    fn_order.append(n)
    return (f'<sup><a href="#user-content-fn-{n}" id="user-content-fnref-{n}" data-footnote-ref="true" '
            f'aria-describedby="footnote-label">{n}</a></sup>')
WARN_SVG = '<svg viewBox="0 0 16 16"><path fill-rule="evenodd" d="M8.893 1.5c-.183-.31-.52-.5-.887-.5s-.703.19-.886.5L.138 13.499a.98.98 0 0 0 0 1.001c.193.31.53.501.886.501h13.964c.367 0 .704-.19.877-.5a1.03 1.03 0 0 0 .01-1.002L8.893 1.5zm.133 11.497H6.987v-2.003h2.039v2.003zm0-3.004H6.987V5.987h2.039v4.006z"></path></svg>'
INFO_SVG = '<svg viewBox="0 0 14 16"><path fill-rule="evenodd" d="M7 2.3c3.14 0 5.7 2.56 5.7 5.7s-2.56 5.7-5.7 5.7A5.71 5.71 0 0 1 1.3 8c0-3.14 2.56-5.7 5.7-5.7zM7 1C3.14 1 0 4.14 0 8s3.14 7 7 7 7-3.14 7-7-3.14-7-7-7zm1 3H6v5h2V4zm0 6H6v2h2v-2z"></path></svg>'
def ADM(kind, title, body):
    svg = WARN_SVG if kind == 'warning' else INFO_SVG
    return (f'<div class="theme-admonition theme-admonition-{kind} admonition_xJq3 alert alert--{kind}">'
            f'<div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37">{svg}</span>{title}</div>'
            f'<div class="admonitionContent_BuS1">{body}</div></div>')
def TABLE(head, rows):
    h = ''.join(f'<th>{c}</th>' for c in head)
    b = ''.join('<tr>' + ''.join(f'<td>{c}</td>' for c in r) + '</tr>' for r in rows)
    return f'<table><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>'
def UL(items): return '<ul>' + ''.join(f'<li>{i}</li>' for i in items) + '</ul>'
HID = ' hidden=""'
def TABS(tabs):
    lis = ''.join(
        f'<li role="tab" tabindex="{0 if i==0 else -1}" aria-selected="{"true" if i==0 else "false"}" '
        f'class="tabs__item tabItem_LNqP{" tabs__item--active" if i==0 else ""}">{label}</li>'
        for i, (label, _) in enumerate(tabs))
    panels = ''.join(
        f'<div role="tabpanel" class="tabItem_Ymn6"{"" if i==0 else HID}>{body}</div>'
        for i, (_, body) in enumerate(tabs))
    return (f'<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs">{lis}</ul>'
            f'<div class="margin-top--md">{panels}</div></div>')
def DETAILS(summary, body):
    return (f'<details class="details_lb9f alert alert--info details_b_Ee" data-collapsed="true"><summary>{summary}</summary>'
            f'<div style="display:none;overflow:hidden;height:0px"><div class="collapsibleContent_i85q">{body}</div></div></details>')

A = []
A.append('<header><h1>Fictieve Standaard Slibkoorts (FT-61)</h1></header>')
A.append('<p>NHG-werkgroep Slibkoorts (fictief). Vastgesteld: 8 juni 2026. Deze standaard is geschreven volgens de opbouw van een NHG-Standaard.</p>')
A.append(ADM('info', 'Fictief document', '<p>Deze standaard is verzonnen voor testdoeleinden. Slibkoorts en de genoemde geneesmiddelen bestaan niet. Dit is geen medisch advies.</p>'))

A.append(H(2, 'Kernboodschappen'))
A.append(UL([
 'Slibkoorts is een infectie na contact met brak slib, met koorts, slibvlekken op de onderbenen en kuitpijn.',
 'Bepaal de ernst met de Slibkoorts-Ernstscore (SKES)' + FN(1) + '.',
 'Behandel lichte slibkoorts (SKES 0-3) zonder antimicrobiële middelen.',
 'Eerste keus bij matige of ernstige slibkoorts is ferolvacine; tandoxamide is tweede keus.',
 'Tandoxamide is gecontra-indiceerd tijdens de zwangerschap.',
 'Verwijs met spoed bij een SKES ≥ 9, een zuurstofsaturatie &lt; 92% of tekenen van slibmeningitis.',
]))

A.append(H(2, 'Achtergronden'))
A.append(H(3, 'Begrippen'))
A.append(UL([
 '<strong>Slibkoorts</strong>: acute koortsende infectie die 4 tot 10 dagen na contact met brak slib of kwelderwater ontstaat.',
 '<strong>Slibvlekken</strong>: ronde, schilferende, niet-jeukende rode plekken van 1 tot 4 cm op de onderbenen.',
 '<strong>Recidief</strong>: opnieuw optreden van koorts binnen 30 dagen na het einde van de behandeling.',
 '<strong>Therapiefalen</strong>: geen daling van de SKES met ten minste 2 punten na 72 uur behandeling' + FN(4) + '.',
]))
A.append(H(3, 'Epidemiologie'))
A.append('<p>De incidentie in de huisartsenpraktijk is 1,8 per 1000 patiënten per jaar, met een piek in augustus en september. Slibkoorts komt vooral voor bij wadlopers, baggeraars en kinderen die in kwelders spelen. Slibkoorts is niet besmettelijk van mens op mens.</p>')
A.append(H(3, 'Slibkoorts-Ernstscore (SKES)', 'slibkoorts-ernstscore-skes'))
A.append('<p>De Slibkoorts-Ernstscore (SKES) is ontwikkeld door de Nederlandse Vereniging voor Slibkoortsonderzoek (NVSK) en telt 0 tot 12 punten:</p>')
A.append(UL(['koorts ≥ 38,5 °C: 2 punten','slibvlekken op meer dan 2 plaatsen: 2 punten','kuitpijn met loopbeperking: 2 punten','ademfrequentie &gt; 24/min: 3 punten','verwardheid: 3 punten']))
A.append(TABLE(['SKES','Ernst'], [['0-3','lichte slibkoorts'],['4-8','matige slibkoorts'],['≥ 9','ernstige slibkoorts']]))
A.append(H(3, 'Afkortingen'))
A.append(UL(['<strong>SKES</strong>: Slibkoorts-Ernstscore','<strong>NVSK</strong>: Nederlandse Vereniging voor Slibkoortsonderzoek',
 '<strong>SAT</strong>: slib-antigeentest','<strong>CRP</strong>: C-reactief proteïne',
 '<strong>eGFR</strong>: geschatte glomerulaire filtratiesnelheid (ml/min/1,73 m²)','<strong>dd</strong>: maal daags']))

A.append(H(2, 'Richtlijnen diagnostiek'))
A.append(H(3, 'Anamnese'))
A.append('<p>Vraag naar:</p>')
A.append(UL(['contact met slib of brak water in de afgelopen 14 dagen','begin en hoogte van de koorts','huidafwijkingen aan de onderbenen',
 'kuitpijn en loopbeperking','hoofdpijn, nekstijfheid en sufheid','gebruik van quarbutine, lithium of acenocoumarol','zwangerschap of borstvoeding']))
A.append(H(3, 'Alarmsymptomen'))
A.append('<p>Vraag en let bij iedere patiënt met slibkoorts op alarmsymptomen.</p>')
A.append(DETAILS('Alarmsymptomen bij slibkoorts (klik om uit te klappen)', UL([
 'nekstijfheid of verlaagd bewustzijn (verdenking slibmeningitis)',
 'ademfrequentie &gt; 30/min of zuurstofsaturatie &lt; 92%',
 'systolische bloeddruk &lt; 90 mmHg',
 'zwart verkleurde (necrotische) slibvlekken',
 'koorts &gt; 40,0 °C bij een kind jonger dan 1 jaar'])))
A.append(H(3, 'Lichamelijk onderzoek'))
A.append('<p>Meet temperatuur, ademfrequentie, pols, bloeddruk en zuurstofsaturatie. Inspecteer beide onderbenen en meet de diameter van de grootste slibvlek. Weeg kinderen, omdat de dosering van ferolvacine bij kinderen op het lichaamsgewicht is gebaseerd. Bepaal de SKES.</p>')
A.append(H(3, 'Aanvullend onderzoek'))
A.append(UL([
 'Doe een slib-antigeentest (SAT) op een huidschraapsel alleen bij twijfel over de diagnose. De SAT is positief bij ≥ 15 eenheden/ml.',
 'Bepaal het CRP bij een SKES ≥ 4. Een CRP &gt; 100 mg/l wijst op een ernstig beloop.',
 'Bepaal de eGFR vóór de start van ferolvacine bij patiënten van 75 jaar en ouder of bij een bekende nierfunctiestoornis.',
 'Een bloedkweek is in de huisartsenpraktijk niet zinvol.']))
A.append(H(3, 'Evaluatie'))
A.append('<p>Stel de diagnose slibkoorts bij koorts en slibvlekken binnen 14 dagen na contact met slib, of bij een positieve SAT. Classificeer de ernst met de SKES.</p>')

A.append(H(2, 'Richtlijnen beleid'))
A.append(H(3, 'Voorlichting'))
A.append('<p>Leg uit dat de koorts meestal binnen 5 dagen verdwijnt en de slibvlekken binnen 3 weken. Adviseer gedurende 4 weken geen contact met slib en het dragen van laarzen bij werk in kwelders. Een patiënt met slibkoorts hoeft niet thuis te blijven van werk of school zodra de koorts weg is.</p>')
A.append(H(3, 'Niet-medicamenteuze behandeling'))
A.append('<p>Adviseer rust en voldoende drinken: minimaal 2 liter per dag bij volwassenen. Koel pijnlijke kuiten met een natte doek gedurende 15 minuten, 3 keer per dag.</p>')
A.append(H(3, 'Medicamenteuze behandeling'))
A.append('<p>Bij lichte slibkoorts (SKES 0-3) is geen antimicrobiële behandeling nodig. Bij uitgebreide slibvlekken kan <strong>pirelmazol-crème</strong> 2% worden gebruikt: 2 dd dun aanbrengen gedurende 14 dagen, niet in het gezicht. Gebruik pirelmazol-crème niet bij kinderen jonger dan 2 jaar.</p>')
A.append('<p>Bij matige of ernstige slibkoorts (SKES ≥ 4) is ferolvacine de eerste keus.</p>')
A.append(ADM('warning', 'Let op', '<p>Ferolvacine verlengt het QT-interval. Combineer ferolvacine niet met quarbutine; kies dan tandoxamide.</p>'))
A.append('<p><strong>Ferolvacine</strong> (tablet 250 mg):</p>')
A.append(TABS([
 ('Volwassenen', UL(['Matige slibkoorts (SKES 4-8): 500 mg 2 dd gedurende 7 dagen.',
                     'Ernstige slibkoorts (SKES ≥ 9), in afwachting van verwijzing: eerste gift 1000 mg, daarna 500 mg 3 dd.',
                     'Maximaal 1500 mg per dag.'])),
 ('Ouderen ≥ 75 jaar', UL(['250 mg 3 dd gedurende 7 dagen.','Maximaal 1000 mg per dag.','Bepaal de eGFR vóór de start.'])),
 ('Kinderen', '<p>Dosering naar lichaamsgewicht, gedurende 7 dagen:</p>' + TABLE(['Lichaamsgewicht','Dosering'], [
     ['&lt; 10 kg','niet gebruiken; verwijs naar de kinderarts'],['10-19 kg','125 mg 2 dd (halve tablet)'],
     ['20-29 kg','250 mg 2 dd'],['30-39 kg','375 mg 2 dd'],['≥ 40 kg','volwassenendosering']])),
 ('Nierfunctie', TABLE(['eGFR (ml/min/1,73 m²)','Dosering'], [
     ['≥ 60','geen aanpassing'],['30-59','250 mg 2 dd'],['15-29','250 mg 1 dd'],['&lt; 15','gecontra-indiceerd']])),
 ('Zwangerschap en borstvoeding', '<p>Zwangerschap: ferolvacine mag in alle trimesters worden gebruikt in de gewone dosering (500 mg 2 dd gedurende 7 dagen).</p>'
     '<p>Borstvoeding: ferolvacine mag worden gebruikt; het gaat in geringe mate over in de moedermelk. Let op diarree bij de zuigeling.</p>'),
]))
A.append('<p>Tandoxamide is tweede keus, bij een allergie voor ferolvacine, bij een verlengd QT-interval of bij gebruik van quarbutine.</p>')
A.append('<p><strong>Tandoxamide</strong> (capsule 100 mg), dosering per populatie:</p>')
A.append(TABLE(['Populatie','Dosering','Duur','Opmerking'], [
 ['Volwassenen','200 mg 1 dd','5 dagen','eerste dag 400 mg (oplaaddosis)'],
 ['Ouderen ≥ 75 jaar','100 mg 1 dd','5 dagen','geen oplaaddosis'],
 ['Kinderen &lt; 6 jaar','niet gebruiken','-','verwijs naar de kinderarts'],
 ['Kinderen 6-11 jaar','4 mg/kg 1 dd (max. 200 mg)','5 dagen','capsule openen en inhoud over yoghurt strooien' + FN(2)],
 ['Kinderen 12-17 jaar','200 mg 1 dd','5 dagen','eerste dag 400 mg'],
 ['eGFR 30-59','100 mg 1 dd','5 dagen','geen oplaaddosis'],
 ['eGFR &lt; 30','gecontra-indiceerd','-','-'],
 ['Zwangerschap','gecontra-indiceerd','-','teratogeen in dierstudies' + FN(3)],
 ['Borstvoeding','200 mg 1 dd','5 dagen','staak borstvoeding tijdens de kuur en tot 48 uur erna'],
]))
A.append('<p>Bij hevige kuitkrampen kan <strong>lomesprazine</strong> worden toegevoegd: 10 mg eenmaal daags voor de nacht, zo nodig te verhogen tot maximaal 20 mg per dag, gedurende maximaal 5 dagen. Geef lomesprazine niet aan kinderen jonger dan 12 jaar' + FN(5) + ' en niet bij een eGFR &lt; 30.</p>')
A.append(H(3, 'Contra-indicaties en interacties'))
A.append(H(4, 'Ferolvacine'))
A.append(UL(['Contra-indicaties: eGFR &lt; 15, allergie voor ferolvacine, verlengd QTc-interval (&gt; 470 ms bij vrouwen, &gt; 450 ms bij mannen).',
 'Quarbutine: risico op ernstige QT-verlenging; combinatie vermijden.',
 'Lithium: de lithiumspiegel stijgt; controleer de lithiumspiegel na 3 dagen.',
 'Acenocoumarol: versterkt effect; controleer de INR na 4 dagen.']))
A.append(H(4, 'Tandoxamide'))
A.append(UL(['Contra-indicaties: zwangerschap, eGFR &lt; 30, kinderen jonger dan 6 jaar, epilepsie.',
 'Orale anticonceptie: verminderde betrouwbaarheid; gebruik een aanvullende barrièremethode tot 7 dagen na de kuur.',
 'IJzerpreparaten: verminderde opname; neem tandoxamide ten minste 2 uur vóór het ijzerpreparaat in.']))
A.append(ADM('warning', 'Let op', '<p>Tandoxamide is gecontra-indiceerd tijdens de zwangerschap. Sluit bij vrouwen in de vruchtbare leeftijd een zwangerschap uit vóór de start.</p>'))

A.append(H(2, 'Consultatie en verwijzing'))
A.append(UL([
 'Verwijs met spoed naar de internist (kinderen naar de kinderarts) bij een SKES ≥ 9, een zuurstofsaturatie &lt; 92%, een systolische bloeddruk &lt; 90 mmHg of verdenking op slibmeningitis.',
 'Verwijs zuigelingen jonger dan 6 maanden met slibkoorts altijd naar de kinderarts.',
 'Overleg met een internist-infectioloog bij therapiefalen na 72 uur of bij een tweede recidief binnen 6 maanden.',
 'Verwijs naar de dermatoloog bij slibvlekken die na 6 weken niet zijn verdwenen.',
 'Overleg bij een zwangere met een SKES ≥ 4 met de gynaecoloog.']))

A.append(H(2, 'Controles'))
A.append(UL([
 'Controleer patiënten met matige slibkoorts na 72 uur (telefonisch of op het spreekuur) en bepaal de SKES opnieuw.',
 'Controleer bij ouderen van 75 jaar en ouder de eGFR na 5 dagen ferolvacine.',
 'Controleer bij lithiumgebruik de lithiumspiegel na 3 dagen ferolvacine.',
 'Een nacontrole na 4 weken is alleen nodig bij blijvende slibvlekken.',
 'Meld een cluster van 3 of meer patiënten uit hetzelfde gebied binnen 2 weken bij de GGD.']))

notes = {
 1: 'De SKES is ontwikkeld door de NVSK en gevalideerd in een cohort van 412 patiënten.',
 2: 'De inhoud van een geopende tandoxamide-capsule moet binnen 30 minuten worden ingenomen.',
 3: 'In dierstudies werden skeletafwijkingen gezien bij 3 keer de humane dosis; gegevens bij mensen ontbreken.',
 4: 'Bij 85% van de patiënten daalt de SKES binnen 72 uur met ten minste 2 punten.',
 5: 'Lomesprazine is niet geregistreerd voor kinderen.',
}
# remark-gfm numbers footnotes in order of first reference; we referenced 1,4,2,3,5 -> renumber
order = []
for n in fn_order:
    if n not in order: order.append(n)
body = ''.join(A)
mapping = {old: i+1 for i, old in enumerate(order)}
def renum(m):
    old = int(m.group(1)); new = mapping[old]
    return (f'<sup><a href="#user-content-fn-{new}" id="user-content-fnref-{new}" data-footnote-ref="true" '
            f'aria-describedby="footnote-label">{new}</a></sup>')
body = re.sub(r'<sup><a href="#user-content-fn-(\d+)" id="user-content-fnref-\d+" data-footnote-ref="true" aria-describedby="footnote-label">\d+</a></sup>', renum, body)
fl = ''.join(f'<li id="user-content-fn-{mapping[o]}"><p>{notes[o]} <a href="#user-content-fnref-{mapping[o]}" data-footnote-backref="" aria-label="Back to reference {mapping[o]}" class="data-footnote-backref">↩</a></p></li>' for o in order)
body += ('<section data-footnotes="true" class="footnotes"><h2 class="anchor anchorWithStickyNavbar_LWe7 sr-only" id="footnote-label">Footnotes'
         '<a href="#footnote-label" class="hash-link" aria-label="Directe link naar Footnotes" title="Directe link naar Footnotes">\u200b</a></h2>'
         f'<ol>{fl}</ol></section>')

# TOC (h2 + h3 nested)
def toc_html():
    out = '<ul class="table-of-contents table-of-contents__left-border">'
    i = 0
    while i < len(toc):
        lvl, id, t = toc[i]
        out += f'<li><a href="#{id}" class="table-of-contents__link toc-highlight">{t}</a>'
        j = i + 1; sub = ''
        while j < len(toc) and toc[j][0] == 3:
            sub += f'<li><a href="#{toc[j][1]}" class="table-of-contents__link toc-highlight">{toc[j][2]}</a></li>'
            j += 1
        if sub: out += f'<ul>{sub}</ul>'
        out += '</li>'; i = j
    return out + '</ul>'

guides_am = ['Acne','Astma bij volwassenen','Bekkenpijn','Borstkoorts','Dauwknie','Duinjeuk','Eczeem','Enkeldistorsie','Galsteen','Hoofdpijn','Kinkhoest','Kwelderkoorts','Lage rugpijn','Mergelziekte']
guides_nz = ['Otitis media','Rietkramp','Scheenzwelling','Slibkoorts','Slibjeuk','Slikpijn','Urineweginfecties','Veenkoorts','Voedselallergie','Wadziekte','Zandkoorts','Zoutuitslag']
def item(name, level=2, active=False):
    href = '/docs/standaarden/' + slug(name)
    cls = 'menu__link menu__link--active' if active else 'menu__link'
    aria = ' aria-current="page"' if active else ''
    return (f'<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-{level} menu__list-item">'
            f'<a class="{cls}"{aria} tabindex="0" href="{href}">{name}</a></li>')
CHEV = '<button aria-label="Zijbalkcategorie \'{0}\' in-/uitklappen" aria-expanded="{1}" type="button" class="clean-btn menu__caret"></button>'
def cat(name, items, open_):
    lis = ''.join(item(n, active=(n=='Slibkoorts')) for n in items)
    style = 'display:block;overflow:visible;height:auto' if open_ else 'display:none;overflow:visible;height:auto'
    cc = '' if open_ else ' menu__list-item--collapsed'
    return (f'<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item{cc}">'
            f'<div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist{" menu__link--active" if open_ else ""}" href="/docs/category/{slug(name)}">{name}</a>'
            + CHEV.format(name, 'true' if open_ else 'false') + f'</div><ul style="{style}" class="menu__list">{lis}</ul></li>')
sidebar = ('<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">'
 '<nav aria-label="Docs zijbalk" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">'
 '<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/docs/intro">Inleiding</a></li>'
 + cat('Standaarden A–M', guides_am, False) + cat('Standaarden N–Z', guides_nz, True) +
 '<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/docs/werkwijze">Werkwijze en totstandkoming</a></li>'
 '</ul></nav><button type="button" title="Zijbalk inklappen" aria-label="Zijbalk inklappen" class="button button--secondary button--outline collapseSidebarButton_PEFL">'
 '<svg width="20" height="20" aria-hidden="true" class="collapseSidebarButtonIcon_kv0_"><g fill="#7a7a7a"><path d="M9.992 10.023c0 .2-.062.399-.172.547l-4.996 7.492a.982.982 0 01-.828.454H1c-.55 0-1-.453-1-1 0-.2.059-.403.168-.551l4.629-6.942L.168 3.078A.939.939 0 010 2.528c0-.548.45-.997 1-.997h2.996c.352 0 .649.18.828.45L9.82 9.472c.11.148.172.347.172.55zm0 0"></path><path d="M19.98 10.023c0 .2-.058.399-.168.547l-4.996 7.492a.987.987 0 01-.828.454h-3c-.547 0-.996-.453-.996-1 0-.2.059-.403.168-.551l4.625-6.942-4.625-6.945a.939.939 0 01-.168-.55 1 1 0 01.996-.997h3c.348 0 .649.18.828.45l4.996 7.492c.11.148.168.347.168.55zm0 0"></path></g></svg></button>'
 '</div></div></aside>')

navbar = ('<nav aria-label="Hoofdnavigatie" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items">'
 '<button aria-label="Navigatiebalk aan/uit" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button>'
 '<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Fictieve Standaarden logo" class="themedComponent_mlkZ themedComponent--light_NVdE"><img src="/img/logo.svg" alt="Fictieve Standaarden logo" class="themedComponent_mlkZ themedComponent--dark_xIcU"></div><b class="navbar__title text--truncate">Fictieve Standaarden</b></a>'
 '<a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/docs/intro">Standaarden</a>'
 '<a class="navbar__item navbar__link" href="/docs/werkwijze">Werkwijze</a><a class="navbar__item navbar__link" href="/blog">Nieuws</a></div>'
 '<div class="navbar__items navbar__items--right"><a href="https://github.com/fictieve-standaarden/site" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub<svg width="13.5" height="13.5" aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 4.172v-11z"></path></svg></a>'
 '<div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP toggleButtonDisabled_aARS" type="button" disabled="" title="Schakelen tussen donkere en lichte modus (momenteel lichte modus)" aria-label="Schakelen tussen donkere en lichte modus (momenteel lichte modus)" aria-live="polite"><svg viewBox="0 0 24 24" width="24" height="24" class="lightToggleIcon_pyhR"><path fill="currentColor" d="M12,9c1.65,0,3,1.35,3,3s-1.35,3-3,3s-3-1.35-3-3S10.35,9,12,9 M12,7c-2.76,0-5,2.24-5,5s2.24,5,5,5s5-2.24,5-5 S14.76,7,12,7L12,7z"></path></svg></button></div>'
 '<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Zoeken"><span class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M14.386 14.386l4.0877 4.0877-4.0877-4.0877c-2.9418 2.9419-7.7115 2.9419-10.6533 0-2.9419-2.9418-2.9419-7.7115 0-10.6533 2.9418-2.9419 7.7115-2.9419 10.6533 0 2.9419 2.9418 2.9419 7.7115 0 10.6533z" stroke="currentColor" fill="none" fill-rule="evenodd" stroke-linecap="round" stroke-linejoin="round"></path></svg><span class="DocSearch-Button-Placeholder">Zoeken</span></span><span class="DocSearch-Button-Keys"></span></button></div>'
 '</div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav>')

breadcrumbs = ('<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Kruimelpad"><ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList">'
 '<li class="breadcrumbs__item"><a aria-label="Startpagina" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3c.55 0 1-.45 1-1v-7h1.7c.46 0 .68-.57.33-.87L12.67 3.6c-.38-.34-.96-.34-1.34 0l-8.36 7.53c-.34.3-.13.87.33.87H5v7c0 .55.45 1 1 1h3c.55 0 1-.45 1-1z" fill="currentColor"></path></svg></a></li>'
 '<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item" href="/docs/category/standaarden-nz"><span itemprop="name">Standaarden N–Z</span></a><meta itemprop="position" content="1"></li>'
 '<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">Slibkoorts</span><meta itemprop="position" content="2"></li></ul></nav>')

docfooter = ('<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">'
 '<a href="https://github.com/fictieve-standaarden/site/edit/main/docs/standaarden/slibkoorts.mdx" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z m-29.5 17.1l18.4-18.5 6.3 6.3-18.4 18.4h-6.3v-6.2z"></path></g></svg>Bewerk deze pagina</a></div>'
 '<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Laatst bijgewerkt<!-- --> op <b><time datetime="2026-06-08T00:00:00.000Z" itemprop="dateModified">8 jun 2026</time></b></span></div></div></footer>')
pagination = ('<nav class="pagination-nav docusaurus-mt-lg" aria-label="Documentatie pagina&#x27;s"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/standaarden/scheenzwelling"><div class="pagination-nav__sublabel">Vorige</div><div class="pagination-nav__label">Scheenzwelling</div></a>'
 '<a class="pagination-nav__link pagination-nav__link--next" href="/docs/standaarden/slibjeuk"><div class="pagination-nav__sublabel">Volgende</div><div class="pagination-nav__label">Slibjeuk</div></a></nav>')
sitefooter = ('<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">'
 '<div class="col footer__col"><div class="footer__title">Standaarden</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/docs/intro">Inleiding</a></li><li class="footer__item"><a class="footer__link-item" href="/docs/werkwijze">Werkwijze</a></li></ul></div>'
 '<div class="col footer__col"><div class="footer__title">Meer</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/blog">Nieuws</a></li><li class="footer__item"><a href="https://github.com/fictieve-standaarden/site" target="_blank" rel="noopener noreferrer" class="footer__link-item">GitHub<svg width="13.5" height="13.5" aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 4.172v-11z"></path></svg></a></li></ul></div>'
 '</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2026 Fictieve Standaarden (fictief). Gebouwd met Docusaurus.</div></div></div></footer>')

title = 'Fictieve Standaard Slibkoorts (FT-61) | Fictieve Standaarden'
desc = 'NHG-werkgroep Slibkoorts (fictief). Vastgesteld: 8 juni 2026. Deze standaard is geschreven volgens de opbouw van een NHG-Standaard.'
url = 'https://fictieve-standaarden.example.org/docs/standaarden/slibkoorts'
head = ('<!doctype html>\n<html lang="nl" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-standaarden/slibkoorts" data-has-hydrated="false">\n<head>\n'
 '<meta charset="UTF-8">\n<meta name="generator" content="Docusaurus v3.5.2">\n'
 f'<title data-rh="true">{title}</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:url" content="{url}"><meta data-rh="true" property="og:locale" content="nl"><meta data-rh="true" name="docusaurus_locale" content="nl"><meta data-rh="true" name="docsearch:language" content="nl"><meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docusaurus_tag" content="docs-default-current"><meta data-rh="true" name="docsearch:version" content="current"><meta data-rh="true" name="docsearch:docusaurus_tag" content="docs-default-current"><meta data-rh="true" property="og:title" content="{title}"><meta data-rh="true" name="description" content="{desc}"><meta data-rh="true" property="og:description" content="{desc}"><link data-rh="true" rel="icon" href="/img/favicon.ico"><link data-rh="true" rel="canonical" href="{url}"><link data-rh="true" rel="alternate" href="{url}" hreflang="nl"><link data-rh="true" rel="alternate" href="{url}" hreflang="x-default"><link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="Fictieve Standaarden RSS Feed">\n'
 '<link rel="alternate" type="application/atom+xml" href="/blog/atom.xml" title="Fictieve Standaarden Atom Feed"><link rel="stylesheet" href="/assets/css/styles.6f3c1a9e.css">\n'
 '<script src="/assets/js/runtime~main.2b7d4e1c.js" defer="defer"></script>\n<script src="/assets/js/main.9a0e5f37.js" defer="defer"></script>\n</head>\n')
theme_script = '<script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}var e=function(){try{return new URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}}()||function(){try{return window.localStorage.getItem("theme")}catch(t){}}();t(null!==e?e:"light")}(),function(){try{const n=new URLSearchParams(window.location.search).entries();for(var[t,e]of n)if(t.startsWith("docusaurus-data-")){var a=t.replace("docusaurus-data-","data-");document.documentElement.setAttribute(a,e)}}catch(t){}}()</script>'
page = (head + '<body class="navigation-with-keyboard">\n' + theme_script +
 '<div id="__docusaurus"><div role="region" aria-label="Ga naar hoofdinhoud"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Ga naar hoofdinhoud</a></div>'
 + navbar +
 '<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Terug naar boven" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">'
 + sidebar +
 '<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article>'
 + breadcrumbs +
 '<span class="theme-doc-version-badge badge badge--secondary">Versie: 2026</span>'
 '<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">Op deze pagina</button></div>'
 '<div class="theme-doc-markdown markdown">' + body + '</div>' + docfooter + '</article>' + pagination +
 '</div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop">' + toc_html() + '</div></div></div></div></main>'
 '</div></div></div>' + sitefooter + '</div>\n</body>\n</html>')
open('../ft61-slibkoorts.html', 'w').write(page)
print(len(page), 'bytes', mapping)
