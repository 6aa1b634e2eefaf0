# -*- coding: utf-8 -*-
# Content of the FICTIONAL guideline FT-69 (Pango markup). Executed by make_ft69.py.

title = mklayout('<span font_family="DejaVu Sans" weight="bold" size="17pt">Fictieve Standaard Moerasjeuk (FT-69)</span>')
P.flow(title, after=2)
P.flow(mklayout('<span font_family="DejaVu Sans" size="9pt">Fictieve werkgroep Huidklachten na buitenwater – versie 1.0, april 2026. '
                'Dit is een FICTIEF testdocument; de aandoening en de middelen bestaan niet.</span>'), after=10)

h1('Kernboodschappen')
bullets([
    'Moerasjeuk is een fictieve, zelflimiterende huidinfestatie met de larve <i>Paludicola pruriens</i> na contact met stilstaand zoet water.',
    'De diagnose is klinisch; gebruik de <b>MOJEK-score</b> (≥ 4 punten maakt de diagnose waarschijnlijk)<sup>1</sup>.',
    'Behandel lichte moerasjeuk met dermofaxine-crème; behandel matige of ernstige moerasjeuk oraal met <b>tralvimeside</b> (eerste keus) of posquinol.',
    'Tralvimeside is <b>gecontra-indiceerd tijdens de zwangerschap</b>; geef zwangeren posquinol.',
    'Pas de dosis tralvimeside aan bij een eGFR &lt; 60 ml/min/1,73 m² en geef het niet bij een eGFR &lt; 15.',
], notes=[('1', 'De MOJEK-score is ontwikkeld in een fictief cohort van 412 patiënten uit het Fictief Veenweidegebied (2019–2023); externe validatie ontbreekt.')])

h1('Achtergronden')
h2('Begrippen')
para('<b>Moerasjeuk</b> (pruritus paludosa) is een jeukende, papuleuze huidaandoening die 12–48 uur na zwemmen of waden in '
     'stilstaand zoet water ontstaat. De larven dringen de opperhuid binnen maar sterven binnen enkele dagen af. Bij een '
     '<i>matige</i> vorm is meer dan 10% van het lichaamsoppervlak aangedaan; bij een <i>ernstige</i> vorm is er daarnaast '
     'koorts of lymfangitis.')
h2('Epidemiologie')
para('De incidentie in de fictieve huisartsenpraktijk is ongeveer 3 per 1000 patiënten per jaar, met een piek in juli en '
     'augustus. Kinderen van 4 tot 12 jaar en sportvissers worden het vaakst getroffen. Herinfestatie komt bij ongeveer '
     '15% van de patiënten binnen één seizoen voor.')
h2('Beloop')
para('Zonder behandeling verdwijnt de jeuk meestal binnen 3 weken. Bij ongeveer 8% ontstaat een secundaire bacteriële '
     'infectie door krabben (impetiginisatie). Littekens zijn zeldzaam.')

h1('Richtlijnen diagnostiek')
h2('Anamnese')
para('Vraag naar:')
bullets([
    'contact met buitenwater in de afgelopen 3 dagen (plaats, duur, beschermende kleding);',
    'begin, lokalisatie en beloop van de jeuk; nachtelijke jeuk;',
    'koorts, koude rillingen of pijnlijke rode strepen op de huid;',
    'zwangerschap, borstvoeding, nierfunctiestoornissen en gebruik van anticoagulantia (met name zelmodron).',
])
h2('Lichamelijk onderzoek')
para('Inspecteer de gehele huid. Kenmerkend zijn gegroepeerde papels van 2–4 mm met een centraal puntje op de plaatsen '
     'die onder water waren, met een scherpe grens ter hoogte van de waterlijn (het <i>waterlijnteken</i>). Meet de temperatuur '
     'en palpeer de regionale lymfeklieren.')
h2('MOJEK-score')
para('Ken per criterium het aantal punten toe; een totaal van 4 of meer punten maakt moerasjeuk waarschijnlijk:')
deflist([
    ('M –', 'Moerascontact of ander stilstaand zoet water in de afgelopen 72 uur (2 punten).'),
    ('O –', 'Ontstaan van de jeuk 12–48 uur na het contact (1 punt).'),
    ('J –', 'Jeuk die ’s nachts duidelijk toeneemt (1 punt).'),
    ('E –', 'Efflorescenties alleen op de huid die onder water was (1 punt).'),
    ('K –', 'Kenmerkend waterlijnteken (2 punten).'),
])
h2('Alarmsymptomen')
para('Verwijs dezelfde dag bij een van de volgende alarmsymptomen:')
bullets([
    'koorts ≥ 39 °C met koude rillingen;',
    'snel uitbreidende lymfangitis of cellulitis;',
    'zwelling van gelaat of lippen, of benauwdheid (verdenking op allergische reactie);',
    'moerasjeuk bij een zuigeling jonger dan 6 maanden.',
])

h1('Richtlijnen beleid')
h2('Voorlichting')
para('Leg uit dat moerasjeuk niet besmettelijk is en vanzelf overgaat. Adviseer de nagels kort te houden, niet te krabben '
     'en na het zwemmen direct af te spoelen met leidingwater en de huid droog te wrijven. Een waterdichte pantalon of '
     'waadpak voorkomt herinfestatie bij sportvissers.')
h2('Niet-medicamenteuze behandeling')
para('Koele kompressen (15 minuten, 3 maal per dag) verlichten de jeuk. Een lauw bad met havermout kan bij kinderen '
     'worden geadviseerd. Vermijd hete douches en wollen kleding.')
h2('Medicamenteuze behandeling')
para('<b>Lichte moerasjeuk.</b> Behandel met dermofaxine-crème 1% (zie tabel 1). Bij hinderlijke nachtelijke jeuk kan '
     'daarnaast <b>kelbutrazon</b> worden gegeven: volwassenen en kinderen vanaf 12 jaar 10 mg a.n. (voor de nacht), '
     'kinderen van 6 tot 12 jaar 5 mg a.n., gedurende maximaal 7 dagen. Kelbutrazon geeft sufheid; waarschuw voor '
     'verminderde rijvaardigheid.')
para('<b>Matige en ernstige moerasjeuk.</b> Geef tralvimeside als eerste keus en posquinol als alternatief. De doseringen '
     'staan in tabel 1. De kinderdosering van tralvimeside is gebaseerd op het lichaamsgewicht<sup>2</sup>; bij '
     'nierfunctiestoornissen bepaalt de eGFR de dosis<sup>3</sup>.',
     notes=[('2', 'Gebruik het actuele gewicht; rond de dosis af op hele milliliters drank (40 mg/ml). Overschrijd de volwassenendosis (400 mg/dag) niet.'),
            ('3', 'eGFR volgens de CKD-EPI-formule, in ml/min/1,73 m²; gebruik een uitslag die niet ouder is dan 3 maanden.')])
para('<b>Hoofdhuid.</b> Bij infestatie van de behaarde hoofdhuid: oximurol-shampoo 2%, 2 maal per week, 5 minuten laten '
     'inwerken, gedurende 4 weken. Niet gebruiken bij kinderen jonger dan 2 jaar.')
para('<b>Secundaire bacteriële infectie.</b> Geef sefralix 500 mg 3 dd gedurende 5 dagen; kinderen 30 mg/kg/dag in 3 '
     'giften (maximaal 1500 mg per dag), eveneens 5 dagen<sup>4</sup>.',
     notes=[('4', 'Sefralix is een fictief penicillinase-resistent middel; niet geven bij een bekende penicilline-allergie met anafylaxie.')])

table('Tabel 1. Dosering van de middelen bij moerasjeuk', [
    ('<b>Tralvimeside</b>\ntablet 100 mg,\ndrank 40 mg/ml', [
        ('Volwassenen', '200 mg', '2 dd', '7 dagen', 'innemen tijdens de maaltijd'),
        ('Kinderen 2–11 jaar', '10 mg/kg/dag in 2 giften', '2 dd', '7 dagen', 'drank 40 mg/ml; maximaal 400 mg per dag'),
        ('Kinderen ≥ 12 jaar', '200 mg', '2 dd', '7 dagen', 'als volwassenen'),
        ('Ouderen ≥ 75 jaar', '100 mg', '2 dd', '7 dagen', 'eGFR bepalen vóór start'),
        ('eGFR 30–59', '100 mg', '2 dd', '7 dagen', 'kalium controleren na 3 dagen'),
        ('eGFR 15–29', '100 mg', '1 dd', '10 dagen', 'eGFR herhalen na 5 dagen; bij daling stoppen'),
        ('eGFR &lt; 15', 'gecontra-indiceerd; geef posquinol', 'span'),
        ('Zwangerschap', 'gecontra-indiceerd (teratogeen in dierstudies<sup>5</sup>); geef posquinol', 'span'),
        ('Borstvoeding', '200 mg', '2 dd', '7 dagen', 'innemen direct na een voeding'),
    ]),
    ('<b>Posquinol</b>\ntablet 25 mg', [
        ('Volwassenen', '50 mg', '1 dd', '14 dagen', 'alternatief bij intolerantie voor tralvimeside'),
        ('Kinderen ≥ 6 jaar en ≥ 20 kg', '25 mg', '1 dd', '14 dagen', 'tablet mag fijngemaakt worden'),
        ('Ouderen ≥ 75 jaar', 'start 25 mg, na 3 dagen 50 mg', '1 dd', '14 dagen', 'let op orthostatische hypotensie'),
        ('eGFR &lt; 30', '50 mg', '1 dd', '14 dagen', 'geen aanpassing nodig'),
        ('Zwangerschap', '50 mg', '1 dd', '14 dagen', 'middel van keuze in de zwangerschap'),
        ('Borstvoeding', 'onvoldoende gegevens; geef tralvimeside', 'span'),
    ]),
    ('<b>Dermofaxine</b>\ncrème 1%', [
        ('Volwassenen en kinderen ≥ 1 jaar', 'dun aanbrengen', '2 dd', 'maximaal 4 weken', 'niet op het gelaat bij kinderen'),
        ('Zwangerschap en borstvoeding', 'dun aanbrengen', '2 dd', 'maximaal 2 weken', 'maximaal 30 g per week; niet op de tepels'),
    ]),
], notes=[('5', 'Skeletafwijkingen bij fictieve ratten bij 3 maal de humane blootstelling; gegevens bij mensen ontbreken. '
               'Vrouwen die zwanger kunnen worden: zwangerschap uitsluiten vóór start.')])

h2('Contra-indicaties')
bullets([
    '<b>Tralvimeside</b>: zwangerschap; eGFR &lt; 15; bekende overgevoeligheid voor tralvimeside.',
    '<b>Posquinol</b>: ernstige hartfalen (NYHA-klasse IV); gelijktijdig gebruik van pruvatine.',
    '<b>Kelbutrazon</b>: kinderen jonger dan 6 jaar; nauwekamerhoekglaucoom.',
    '<b>Dermofaxine</b>: niet op open wonden of slijmvliezen.',
])
h2('Interacties')
para('Tralvimeside versterkt het effect van het fictieve anticoagulans <b>zelmodron</b>: controleer de INR na 3 en na 7 '
     'dagen gebruik, of kies posquinol. Posquinol verhoogt de spiegel van de fictieve cholesterolverlager <b>pruvatine</b> '
     'ongeveer vijfvoudig (risico op myopathie); stop pruvatine tijdens de kuur en herstart 3 dagen na de laatste dosis. '
     'Kelbutrazon versterkt de sederende werking van alcohol en benzodiazepinen.')
h2('Controle en follow-up')
para('Vraag de patiënt contact op te nemen als de jeuk na 7 dagen behandeling niet duidelijk is afgenomen of als koorts '
     'ontstaat. Herbeoordeel patiënten met een eGFR &lt; 30 na 5 dagen. Na een kuur posquinol is geen standaardcontrole nodig. '
     'Bij aanhoudende klachten na 3 weken: heroverweeg de diagnose (scabiës, cercariëndermatitis, contactallergie).')
h2('Consultatie en verwijzing')
para('Overleg met de dermatoloog bij therapiefalen na twee volledige kuren of bij twijfel over de diagnose. Verwijs naar de '
     'kinderarts bij kinderen jonger dan 2 jaar met matige of ernstige moerasjeuk<sup>6</sup>. Verwijs met spoed naar de SEH '
     'bij de alarmsymptomen hierboven.',
     notes=[('6', 'Voor kinderen jonger dan 2 jaar zijn geen orale doseringen vastgesteld in deze fictieve standaard.')])

h1('Lijst van afkortingen')
deflist([
    ('a.n.', 'ante noctem, voor de nacht'),
    ('CKD-EPI', 'Chronic Kidney Disease Epidemiology Collaboration (formule voor de eGFR)'),
    ('dd', 'maal daags (de die)'),
    ('eGFR', 'geschatte glomerulaire filtratiesnelheid'),
    ('INR', 'International Normalized Ratio'),
    ('MOJEK', 'Moerascontact, Ontstaan, Jeuk, Efflorescenties, Kenmerkend waterlijnteken'),
    ('NYHA', 'New York Heart Association'),
    ('SEH', 'spoedeisende hulp'),
])
