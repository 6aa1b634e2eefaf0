# -*- coding: utf-8 -*-
import textwrap, re

W = 72
HYPH = {
 'behandeling':'behande-ling', 'antivirale':'antivi-rale', 'huisartsenpraktijk':'huisartsen-praktijk',
 'immuungecompromitteerden':'immuungecompro-mitteerden', 'immuungecompromitteerd':'immuungecom-promitteerd',
 'besmettelijk':'besmette-lijk', 'kinderopvang':'kinder-opvang', 'simvastatine':'simva-statine',
 'anticonceptie':'anticon-ceptie', 'postpokken-neuralgie':'postpokken-neural-gie',
 'fluoresceïnekleuring':'fluoresceïne-kleuring', 'pravimoxeen':'pravi-moxeen', 'lorzatide':'lor-zatide',
 'klaverbladpatroon':'klaverblad-patroon', 'oogbetrokkenheid':'oogbetrok-kenheid',
 'methotrexaat':'metho-trexaat', 'verminderde':'vermin-derde', 'nierfunctie':'nier-functie',
 'patiëntjaren':'patiënt-jaren', 'kreatininebepaling':'kreatinine-bepaling',
 'betrouwbaarheid':'betrouw-baarheid', 'zwangerschap':'zwanger-schap', 'verloskundige':'verlos-kundige',
 'superinfectie':'superin-fectie', 'incubatietijd':'incubatie-tijd', 'cindraveel-zalf':'cindra-veel-zalf',
 'fentaluzine':'fenta-luzine', 'geregistreerd':'geregi-streerd', 'dierexperimenteel':'dierexperi-menteel',
 'immuungecompromitteerde':'immuungecompro-mitteerde', 'voorgeschreven':'voorge-schreven',
 'ontsmettingsmiddelen':'ontsmettings-middelen', 'oververtegenwoordigd':'oververtegen-woordigd',
 'rijvaardigheid':'rijvaar-digheid', 'huisartsenkring':'huisartsen-kring', 'regionale':'regio-nale',
 'lichaamsregio\'s':'lichaams-regio\'s', 'patiënten':'pati-ënten', 'barrièremethode':'barrière-methode',
 'lithiumspiegel':'lithium-spiegel', 'leverfunctiestoornis':'leverfunctie-stoornis',
 'klavertjeskeratitis':'klavertjes-keratitis', 'overgevoeligheid':'overgevoe-ligheid',
 'intolerantie':'intole-rantie', 'spreekuur':'spreek-uur', 'temperatuur':'tempe-ratuur',
 'skeletafwijkingen':'skelet-afwijkingen', 'anamnestisch':'anamnes-tisch', 'tuinaarde':'tuin-aarde',
 'zelflimiterende':'zelflimi-terende', 'huiduitslag':'huid-uitslag', 'aanhoudende':'aanhou-dende',
 'gynaecoloog':'gynaeco-loog', 'internist-infectioloog':'internist-infectio-loog',
 'geschikt':'ge-schikt', 'behandeling:':'behande-ling:', 'ingedroogd':'inge-droogd',
}

def wrap(text, width=W, indent='', subsequent=None):
    if subsequent is None: subsequent = indent
    words = text.split()
    lines = []; cur = indent
    first = True
    for w in words:
        sep = '' if len(cur) == len(indent if first else subsequent) else ' '
        if len(cur) + len(sep) + len(w) <= width:
            cur += sep + w; continue
        # try hyphenation
        key = re.sub(r'[^\wëïé-]', '', w.lower())
        done = False
        if key in HYPH and cur.strip():
            parts = HYPH[key].split('-')
            # try longest prefix
            core = w
            for i in range(len(parts)-1, 0, -1):
                pre = ''.join(parts[:i])
                # find prefix position in original word (case-insensitive)
                idx = core.lower().find(pre)
                if idx != 0: continue
                head = core[:len(pre)] + '-'
                if head.endswith('--'): head = head[:-1]
                if len(cur) + len(sep) + len(head) <= width:
                    lines.append(cur + sep + head)
                    cur = subsequent + core[len(pre):]
                    first = False
                    done = True
                    break
        if not done:
            lines.append(cur)
            cur = subsequent + w
        first = False
    lines.append(cur)
    return '\n'.join(l.rstrip() for l in lines)

def para(t): return wrap(t) + '\n'
def bullet(t, mark='-', ind=''):
    return wrap(t, indent=ind + mark + ' ', subsequent=ind + ' ' * (len(mark) + 1))
def blist(items, mark='-', ind=''):
    return '\n'.join(bullet(i, mark, ind) for i in items) + '\n'
def nlist(items, ind=''):
    return '\n'.join(wrap(t, indent=ind + '%d) ' % (k+1), subsequent=ind + '   ') for k, t in enumerate(items)) + '\n'

def h1(num, title):
    return '%s\n%s\n%s\n' % (num, title, '-' * len(title))
def h2(num, title):
    return '%s %s\n%s\n' % (num, title, '-' * (len(num) + 1 + len(title)))
def h3(num, title):
    return '%s\n%s\n' % (num, title)

# ---------- ASCII grid table ----------
COLS = [('Middel', 11), ('Patiëntgroep', 13), ('Dosering', 10), ('Freq.', 5), ('Duur', 7), ('Opmerkingen', 14)]
def cellwrap(t, w):
    if not t: return ['']
    out = []
    for piece in t.split('\n'):
        out += textwrap.wrap(piece, w, break_on_hyphens=True, break_long_words=True) or ['']
    return out
def sep(ch='-', skipfirst=False):
    s = '+'
    for i, (_, w) in enumerate(COLS):
        if i == 0 and skipfirst:
            s = '|' + ' ' * (w + 2) + '+'
        else:
            s += ch * (w + 2) + '+'
    return s
def rowlines(cells):
    wrapped = [cellwrap(c, w) for c, (_, w) in zip(cells, COLS)]
    n = max(len(x) for x in wrapped)
    out = []
    for i in range(n):
        s = '|'
        for cw, (_, w) in zip(wrapped, COLS):
            t = cw[i] if i < len(cw) else ''
            s += ' ' + t.ljust(w) + ' |'
        out.append(s)
    return out
def table(groups):
    out = [sep('-')] + rowlines([c for c, _ in COLS]) + [sep('=')]
    for gi, (drug, rows) in enumerate(groups):
        for ri, r in enumerate(rows):
            cells = [drug if ri == 0 else ''] + r
            out += rowlines(cells)
            last = ri == len(rows) - 1
            out.append(sep('-', skipfirst=not last))
    return '\n'.join(out) + '\n'

T1 = [
 ('pravimoxeen (tablet 200 mg, 400 mg; drank 40 mg/ml)', [
   ['Volwassenen', '400 mg', '2 dd', '7 dagen', 'innemen met voedsel'],
   ['Kinderen 1-11 jaar', '20 mg/kg/dag verdeeld over 2 giften', '2 dd', '7 dagen', 'max. 800 mg per dag; drank 40 mg/ml [4]'],
   ['Kinderen < 1 jaar', 'niet onderzocht', '', '', 'overleg met kinderarts'],
   ['Ouderen >= 75 jaar', '200 mg', '2 dd', '7 dagen', 'eGFR bepalen vóór start'],
   ['eGFR 30-59', '200 mg', '2 dd', '7 dagen', ''],
   ['eGFR 15-29', '200 mg', '1 dd', '7 dagen', 'eGFR controleren na 5 dagen'],
   ['eGFR < 15', 'niet gebruiken', '', '', 'geef lorzatide'],
   ['Zwangerschap', '400 mg', '2 dd', '7 dagen', 'voorkeurs-middel'],
   ['Borstvoeding', '400 mg', '2 dd', '7 dagen', 'geringe overgang in moedermelk; geen bezwaar'],
 ]),
 ('lorzatide (tablet 25 mg, 50 mg)', [
   ['Volwassenen', '50 mg', '1 dd', '5 dagen', 'nuchter innemen'],
   ['Kinderen 6-11 jaar (20-39 kg)', '25 mg', '1 dd', '5 dagen', 'tablet mag fijngemaakt worden'],
   ['Kinderen < 6 jaar', 'niet gere-gistreerd', '', '', ''],
   ['Ouderen ≥ 75 jaar', '50 mg', '1 dd', '5 dagen', 'geen aanpassing'],
   ['eGFR < 30', '25 mg', '1 dd', '5 dagen', 'ook bij dialyse'],
   ['Zwangerschap', 'gecontra-indiceerd', '', '', 'teratogeen in dierstudies [3]'],
   ['Borstvoeding', 'ontraden', '', '', 'zo nodig kolven en weggooien tot 48 uur na laatste dosis'],
 ]),
 ('tamzorine oogdruppels 0,1%', [
   ['Volwassenen', '1 druppel', '5 dd', '10 dagen', 'alleen op advies van oogarts'],
   ['Kinderen >= 2 jaar', '1 druppel', '3 dd', '10 dagen', ''],
   ['Zwangerschap', '1 druppel', '5 dd', '10 dagen', 'geen gegevens; overleg oogarts'],
 ]),
]

SCORE = """\
  Kenmerk                          Punten   Toelichting
  Meer dan 10 clusters             2        tel clusters van 3 of 4
                                            blaasjes (klaverblad)
  Koorts >= 38,5 °C                1        gemeten, niet anamnestisch
  Blaasjes in het gezicht          1        ook zonder oogklachten
  Leeftijd ≥ 65 jaar               1
  Immuungecompromitteerd           2        zie 3.1 voor de definitie
  Pijnscore (NRS) >= 7             1        hoogste score van de
                                            afgelopen 24 uur

  Totaalscore 0-3: licht beloop.  Totaalscore >= 4: ernstig beloop.
"""

ABBR = """\
a.n.     ante noctem (voor de nacht)
dd       maal daags
eGFR     geschatte glomerulaire filtratiesnelheid (ml/min/1,73 m2)
KLAPO    Klaverpokken-Ernstscore
NRS      numerieke beoordelingsschaal voor pijn (0-10)
PCR      polymerasekettingreactie
TFV-2    Trifoliumvirus type 2
"""

out = []
title = 'Fictieve Standaard Klaverpokken (FT-79)'
out.append(title + '\n' + '=' * len(title) + '\n')
out.append(para('FICTIEF TESTDOCUMENT - geen medisch advies. Alle aandoeningen, middelen en cijfers in dit document zijn verzonnen.'))
out.append('Versie 1.0, maart 2026\nWerkgroep: fictieve werkgroep Klaverpokken\n')
out.append('Doorgestuurd protocol, overgenomen uit e-mail van de regionale\nhuisartsenkring, 2 maart 2026.\n')

out.append(h1('1.', 'Kernboodschappen'))
out.append(blist([
 'Klaverpokken is een zelflimiterende virale huidaandoening met blaasjes in een klaverbladpatroon, vooral bij kinderen van 2 tot 12 jaar en bij tuinders.',
 'De diagnose wordt klinisch gesteld. Een KLAPO-score >= 4 wijst op een ernstig beloop.',
 'Meestal is geen antivirale behandeling nodig. Behandel met pravimoxeen bij een KLAPO-score ≥ 4, bij immuungecompromitteerden en bij patiënten van 65 jaar en ouder.',
 'Lorzatide is tweede keus en is gecontra-indiceerd in de zwangerschap.',
 'Verwijs bij oogbetrokkenheid dezelfde dag naar de oogarts.',
]))

out.append(h1('2.', 'Achtergronden'))
out.append(h2('2.1', 'Begripsomschrijving'))
out.append(para('Klaverpokken is een acute huiduitslag die wordt veroorzaakt door het (fictieve) Trifoliumvirus type 2 (TFV-2). Kenmerkend zijn groepjes van drie of vier blaasjes in een klaverbladpatroon op handen, onderarmen en gezicht. De incubatietijd bedraagt 9 tot 14 dagen. De patiënt is besmettelijk tot alle blaasjes zijn ingedroogd, gemiddeld 8 dagen na het ontstaan van het eerste blaasje.'))
out.append(h2('2.2', 'Epidemiologie'))
out.append(para('De incidentie in de huisartsenpraktijk is 3,4 per 1000 patiëntjaren [1]. De aandoening komt vooral voor in de maanden mei tot en met juli. Ongeveer 60% van de patiënten is een kind van 2 tot 12 jaar; bij volwassenen zijn tuinders en hoveniers oververtegenwoordigd.'))
out.append(h2('2.3', 'Beloop en complicaties'))
out.append(para('Bij de meeste patiënten genezen de blaasjes binnen 2 tot 3 weken zonder littekens. Mogelijke complicaties zijn:'))
out.append(blist([
 'bacteriële superinfectie van de blaasjes (bij ongeveer 4%);',
 'klavertjeskeratitis bij oogbetrokkenheid (bij ongeveer 0,5%);',
 'postpokken-neuralgie: pijn die langer dan 4 weken na genezing aanhoudt, bij 12% van de patiënten van 65 jaar en ouder [2].',
]))

out.append(h1('3.', 'Richtlijnen diagnostiek'))
out.append(h2('3.1', 'Anamnese'))
out.append(para('Vraag naar:'))
out.append(blist([
 'duur en plaats van de blaasjes;',
 'jeuk en pijn (pijnscore NRS 0-10);',
 'koorts;',
 'contact met tuinaarde, klaver of een patiënt met klaverpokken;',
 'zwangerschap of borstvoeding;',
 'immuunstatus: een patiënt geldt als immuungecompromitteerd bij gebruik van prednison >= 20 mg per dag gedurende langer dan 2 weken, bij chemotherapie in de afgelopen 6 maanden of bij een hiv-infectie met CD4 < 200;',
 'oogklachten (rood oog, pijn, lichtschuwheid, wazig zien).',
], mark='-'))
out.append(h2('3.2', 'Lichamelijk onderzoek'))
out.append(para('Tel het aantal clusters en noteer de locatie. Meet de temperatuur. Beoordeel de ogen; verricht bij oogklachten een fluoresceïnekleuring. Palpeer de regionale lymfeklieren.'))
out.append(h2('3.3', 'KLAPO-score'))
out.append(para('Bepaal bij elke patiënt de KLAPO-score (Klaverpokken-Ernstscore):'))
out.append(SCORE)
out.append(h2('3.4', 'Alarmsymptomen'))
out.append(blist([
 'oogklachten: rood oog, lichtschuwheid of visusdaling;',
 'verspreide blaasjes (meer dan 3 lichaamsregio\'s) bij een immuungecompromitteerde patiënt;',
 'tekenen van encefalitis: verwardheid, nekstijfheid, insulten;',
 'koorts ≥ 40 °C;',
 'zwangere vrouw na 20 weken amenorroe met uitgebreide blaasjes.',
], mark='*'))
out.append(h2('3.5', 'Aanvullend onderzoek'))
out.append(para('Aanvullend onderzoek is meestal niet nodig. Vraag bij twijfel over de diagnose of bij zwangeren een PCR op blaasjesvocht aan; de uitslag is doorgaans binnen 3 werkdagen bekend. Serologie heeft geen plaats.'))

out.append(h1('4.', 'Richtlijnen beleid'))
out.append(h2('4.1', 'Voorlichting'))
out.append(blist([
 'Klaverpokken is besmettelijk tot alle blaasjes zijn ingedroogd.',
 'Kinderen mogen naar school of kinderopvang als alle blaasjes zijn afgedekt met een pleister of kleding.',
 'Niet krabben; houd de nagels kort.',
 'Zwangeren vermijden contact met patiënten met klaverpokken.',
], mark='o'))
out.append(h2('4.2', 'Niet-medicamenteuze behandeling'))
out.append(para('Adviseer een koel kompres 3 maal daags gedurende 10 minuten, luchtige katoenen kleding en het dragen van handschoenen bij tuinwerk. Zeep en ontsmettingsmiddelen op de blaasjes worden ontraden.'))
out.append(h2('4.3', 'Medicamenteuze behandeling'))
out.append(h3('4.3.1', 'Symptomatische behandeling'))
out.append(para('Bij jeuk en pijnlijke blaasjes kan cindraveel-zalf 2% worden voorgeschreven: 3 dd dun aanbrengen op de blaasjes, maximaal 10 dagen. Niet aanbrengen op of rond de ogen en op slijmvliezen; cindraveel is geschikt vanaf de leeftijd van 1 jaar.'))
out.append(para('Bij hevige nachtelijke jeuk is fentaluzine een optie: volwassenen 10 mg a.n.; kinderen van 2 tot 12 jaar 5 mg a.n. Fentaluzine is niet geschikt voor kinderen jonger dan 2 jaar. Waarschuw voor sufheid en verminderde rijvaardigheid.'))
out.append(para('Bij postpokken-neuralgie: start obrisal 75 mg 2 dd en verhoog na 1 week naar 150 mg 2 dd. Start bij ouderen >= 75 jaar met 25 mg 2 dd. Geef bij een eGFR < 30 maximaal 75 mg per dag. Evalueer het effect na 4 weken [5].'))
out.append(h3('4.3.2', 'Antivirale behandeling'))
out.append(para('Overweeg antivirale behandeling bij:'))
out.append(nlist([
 'een KLAPO-score >= 4;',
 'immuungecompromitteerde patiënten;',
 'patiënten van 65 jaar en ouder;',
 'oogbetrokkenheid (alleen in overleg met de oogarts).',
]))
out.append(para('Start bij voorkeur binnen 72 uur na het ontstaan van het eerste blaasje. Na 72 uur is antivirale behandeling alleen zinvol bij immuungecompromitteerde patiënten.'))
out.append(para('Eerste keus is pravimoxeen. Geef lorzatide als tweede keus bij overgevoeligheid voor of intolerantie van pravimoxeen, of bij een eGFR < 15. Tamzorine-oogdruppels worden alleen op advies van de oogarts gegeven bij klavertjeskeratitis. Zie tabel 1.'))
out.append('\nTabel 1. Dosering antivirale middelen bij klaverpokken\n\n')
out.append(table(T1))
out.append('\n')
out.append(h2('4.4', 'Contra-indicaties'))
out.append(blist([
 'pravimoxeen: overgevoeligheid; eGFR < 15; gelijktijdig gebruik van lithium.',
 'lorzatide: zwangerschap, en kinderwens zonder betrouwbare anticonceptie; ernstige leverfunctiestoornis (Child-Pugh C); kinderen jonger dan 6 jaar.',
 'cindraveel: niet op ogen of slijmvliezen; niet bij kinderen jonger dan 1 jaar.',
 'fentaluzine: nauwekamerhoekglaucoom; prostaathypertrofie met mictieproblemen.',
], mark='o'))
out.append(h2('4.5', 'Interacties'))
out.append(blist([
 'Pravimoxeen + simvastatine: verhoogd risico op spierpijn en rabdomyolyse. Staak simvastatine tijdens de kuur en tot 3 dagen erna.',
 'Pravimoxeen + lithium: gecontra-indiceerd (stijging van de lithiumspiegel).',
 'Lorzatide + orale anticonceptie: verminderde betrouwbaarheid van de pil. Adviseer een extra barrièremethode tijdens de kuur en tot 7 dagen erna.',
 'Lorzatide + methotrexaat: combinatie vermijden; sla zo nodig één wekelijkse dosis methotrexaat over.',
 'Fentaluzine + alcohol of benzodiazepinen: versterkte sufheid.',
], mark='*'))
out.append(h2('4.6', 'Controle en follow-up'))
out.append(para('Neem bij antivirale behandeling na 3 dagen telefonisch contact op. Zie patiënten met een KLAPO-score >= 4 na 7 dagen terug op het spreekuur. Vraag patiënten van 65 jaar en ouder na 4 weken naar aanhoudende pijn (postpokken-neuralgie). Controleer bij patiënten met een eGFR 15-29 die pravimoxeen gebruiken de eGFR na 5 dagen.'))

out.append(h1('5.', 'Consultatie en verwijzing'))
out.append(para('Verwijs of overleg in de volgende situaties:'))
out.append(nlist([
 'oogbetrokkenheid: verwijs dezelfde dag naar de oogarts;',
 'immuungecompromitteerde patiënt met verspreide blaasjes: overleg met de internist-infectioloog;',
 'zwangere vrouw na 20 weken amenorroe met klaverpokken: overleg met gynaecoloog of verloskundige;',
 'kind jonger dan 1 jaar: overleg met de kinderarts;',
 'postpokken-neuralgie die na 3 maanden aanhoudt ondanks obrisal: verwijs naar de neuroloog.',
]))

out.append('\nNoten\n-----\n')
notes = [
 ('[1]', 'Fictieve registratie in 84 huisartsenpraktijken, 2019-2023.'),
 ('[2]', 'Fictief cohortonderzoek onder 1240 patiënten met klaverpokken; bij patiënten jonger dan 65 jaar trad postpokken-neuralgie bij 2% op.'),
 ('[3]', 'In dierexperimenteel onderzoek gaf lorzatide skeletafwijkingen bij doseringen vanaf 4 maal de humane dosis. Vrouwen die lorzatide gebruiken, moeten tot 1 maand na de laatste dosis betrouwbare anticonceptie gebruiken.'),
 ('[4]', 'Voorbeeld: een kind van 15 kg krijgt 300 mg per dag, dus 150 mg (3,75 ml drank) 2 dd.'),
 ('[5]', 'Obrisal is niet onderzocht bij kinderen en wordt bij hen niet aanbevolen.'),
]
for m, t in notes:
    out.append(wrap(t, indent=m + ' ', subsequent=' ' * (len(m) + 1)) + '\n')

out.append('\nAfkortingen\n-----------\n')
out.append(ABBR)

doc = '\n'.join(out)
doc = re.sub(r'\n{3,}', '\n\n', doc)
open(__import__('sys').argv[1] if len(__import__('sys').argv) > 1 else 'ft79-klaverpokken.txt', 'w', encoding='utf-8').write(doc)
