// FICTIONAL test guideline FT-40 (ijzelkuit) - built with @react-pdf/renderer, no JSX.
// Build: node ft40-ijzelkuit.js   (writes ft40-ijzelkuit.pdf)
const React = require('react');
const {
  Document, Page, Text, View, StyleSheet, Font, renderToFile,
} = require('@react-pdf/renderer');

const h = React.createElement;

// Helvetica (standard 14 font, WinAnsi) cannot print "≥"; register a TTF font.
Font.register({
  family: 'DejaVuSans',
  fonts: [
    { src: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
    { src: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', fontWeight: 'bold' },
    { src: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf', fontStyle: 'italic' },
  ],
});
Font.registerHyphenationCallback((word) => [word]); // no automatic hyphenation

const BORDER = '#7a8a99';
const s = StyleSheet.create({
  page: { fontFamily: 'DejaVuSans', fontSize: 9.5, paddingTop: 58, paddingBottom: 52, paddingHorizontal: 52, color: '#1b1b1b' },
  runningHeader: { position: 'absolute', top: 22, left: 52, right: 52, flexDirection: 'row', justifyContent: 'space-between', borderBottomWidth: 0.75, borderBottomColor: '#2e6e8e', paddingBottom: 4, fontSize: 7.5, color: '#2e6e8e' },
  footer: { position: 'absolute', bottom: 22, left: 52, right: 52, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: '#555555', borderTopWidth: 0.5, borderTopColor: '#aaaaaa', paddingTop: 4 },
  title: { fontSize: 20, lineHeight: 1.2, fontWeight: 'bold', color: '#2e6e8e', marginBottom: 8 },
  subtitle: { fontSize: 10, color: '#444444', marginBottom: 2 },
  disclaimer: { fontSize: 9.5, lineHeight: 1.4, marginTop: 10, marginBottom: 12, padding: 8, borderWidth: 1.5, borderColor: '#b03030', backgroundColor: '#fbecec' },
  disclaimerTitle: { fontWeight: 'bold', color: '#b03030', fontSize: 11, marginBottom: 3 },
  h1: { fontSize: 13.5, fontWeight: 'bold', color: '#2e6e8e', marginTop: 14, marginBottom: 5 },
  h2: { fontSize: 11, fontWeight: 'bold', color: '#1b1b1b', marginTop: 9, marginBottom: 3 },
  p: { marginBottom: 5, fontSize: 9.5, lineHeight: 1.4, textAlign: 'justify' },
  kernBox: { backgroundColor: '#eaf3f7', padding: 8, marginBottom: 6, borderLeftWidth: 3, borderLeftColor: '#2e6e8e' },
  li: { flexDirection: 'row', marginBottom: 3 },
  bullet: { width: 14 },
  liText: { flex: 1, fontSize: 9.5, lineHeight: 1.4 },
  // tables
  caption: { fontWeight: 'bold', fontSize: 10, marginTop: 10, marginBottom: 4 },
  table: { borderTopWidth: 1, borderLeftWidth: 1, borderColor: BORDER, marginBottom: 4 },
  headRow: { flexDirection: 'row', backgroundColor: '#2e6e8e' },
  headCell: { color: '#ffffff', fontWeight: 'bold', fontSize: 8.5, padding: 4, borderRightWidth: 1, borderBottomWidth: 1, borderColor: BORDER },
  row: { flexDirection: 'row' },
  zebra: { backgroundColor: '#f0f4f7' },
  cell: { fontSize: 8.5, lineHeight: 1.35, padding: 4, borderRightWidth: 1, borderBottomWidth: 1, borderColor: BORDER },
  drugCell: { width: '15%', padding: 4, borderRightWidth: 1, borderBottomWidth: 1, borderColor: BORDER, backgroundColor: '#dde9f0' },
  drugName: { fontWeight: 'bold', fontSize: 9 },
  drugForm: { fontSize: 7.5, color: '#333333', marginTop: 2 },
  contra: { backgroundColor: '#f7dede', color: '#8a1c1c', fontStyle: 'italic' },
  note: { fontSize: 7.8, lineHeight: 1.35, color: '#333333', marginBottom: 2 },
});

const P = (text) => h(Text, { style: s.p }, text);
const H1 = (text) => h(View, { minPresenceAhead: 90 }, h(Text, { style: s.h1 }, text));
const H2 = (text) => h(View, { minPresenceAhead: 40 }, h(Text, { style: s.h2 }, text));
const Bullets = (items) => h(View, { style: { marginBottom: 5 } },
  ...items.map((t) => h(View, { style: s.li, wrap: false }, h(Text, { style: s.bullet }, '•'), h(Text, { style: s.liText }, t))));
const Numbered = (items) => h(View, { style: { marginBottom: 5 } },
  ...items.map((t, i) => h(View, { style: s.li, wrap: false }, h(Text, { style: s.bullet }, `${i + 1}.`), h(Text, { style: s.liText }, t))));

// ---------------- Tabel 1: dosering ----------------
const doseCols = [
  { label: 'Patiëntengroep', w: '28%' },
  { label: 'Dosis per keer', w: '17%' },
  { label: 'Frequentie', w: '17%' },
  { label: 'Maximum per dag', w: '18%' },
  { label: 'Duur', w: '20%' },
];

const doseData = [
  {
    drug: 'Kelfazine', form: 'tablet 200 mg; drank 40 mg/ml',
    rows: [
      ['Volwassenen 18–74 jaar', '400 mg', '2 dd', '800 mg', '10 dagen'],
      ['Kinderen 12–17 jaar', '300 mg', '2 dd', '600 mg', '10 dagen'],
      ['Kinderen 6–11 jaar', '10 mg/kg*', '2 dd', '500 mg', '7 dagen'],
      ['Kinderen < 6 jaar', { contra: 'Gecontra-indiceerd; geef dorvamide' }],
      ['Ouderen ≥ 75 jaar', '200 mg', '2 dd', '400 mg', '10 dagen'],
      ['eGFR 30–59 ml/min**', '250 mg', '2 dd', '500 mg', '10 dagen'],
      ['eGFR < 30 ml/min**', '150 mg', '1 dd', '150 mg', '7 dagen'],
      ['Zwangerschap', { contra: 'Gecontra-indiceerd (teratogeen in dierstudies); geef dorvamide' }],
      ['Borstvoeding', '200 mg', '1 dd', '200 mg', '5 dagen'],
    ],
  },
  {
    drug: 'Dorvamide', form: 'tablet 25 mg; suspensie 5 mg/ml',
    rows: [
      ['Volwassenen', '50 mg', '3 dd', '150 mg', '14 dagen'],
      ['Kinderen > 40 kg', '40 mg', '3 dd', '120 mg', '10 dagen'],
      ['Kinderen 20–40 kg', '1 mg/kg*', '3 dd', '90 mg', '10 dagen'],
      ['Kinderen < 20 kg', '0,5 mg/kg*', '2 dd', '20 mg', '7 dagen'],
      ['Ouderen ≥ 75 jaar', '25 mg', '3 dd', '75 mg', '14 dagen'],
      ['eGFR 15–29 ml/min**', '25 mg', '2 dd', '50 mg', '14 dagen'],
      ['eGFR < 15 ml/min**', { contra: 'Niet gebruiken; overleg met de nefroloog' }],
      ['Zwangerschap\n(vanaf het tweede trimester; in het eerste trimester overleg met de verloskundige)', '25 mg', '2 dd', '50 mg', '7 dagen'],
      ['Borstvoeding', '25 mg', '1 dd', '25 mg', '7 dagen'],
    ],
  },
  {
    drug: 'Ostrapine', form: 'capsule 2,5 mg en 5 mg',
    rows: [
      ['Volwassenen', '10 mg', "1 dd ('s avonds)", '10 mg', '4 weken'],
      ['Kinderen ≥ 12 jaar en ≥ 40 kg', '5 mg', '1 dd', '5 mg', '2 weken'],
      ['Ouderen ≥ 75 jaar', '2,5 mg', '1 dd,\nzo nodig 2 dd', '5 mg', '3 weken'],
      ['eGFR 30–59 ml/min**', '5 mg', '1 dd', '5 mg', '4 weken'],
      ['eGFR < 30 ml/min**', { contra: 'Gecontra-indiceerd (kans op stapeling)' }],
      ['Zwangerschap', { contra: 'Niet gebruiken (onvoldoende gegevens)' }],
      ['Borstvoeding', '2,5 mg', '1 dd', '2,5 mg', '2 weken'],
    ],
  },
];

function headerRow(firstLabel, firstW, cols) {
  return h(View, { style: s.headRow, fixed: true },
    h(Text, { style: [s.headCell, { width: firstW }] }, firstLabel),
    h(View, { style: { flexDirection: 'row', flex: 1 } },
      ...cols.map((c) => h(Text, { style: [s.headCell, { width: c.w }] }, c.label))));
}

function doseGroup(g) {
  return h(View, { style: s.row },
    h(View, { style: s.drugCell },
      h(Text, { style: s.drugName }, g.drug),
      h(Text, { style: s.drugForm }, g.form)),
    h(View, { style: { flex: 1 } },
      ...g.rows.map((r, i) => {
        const z = i % 2 === 1 ? s.zebra : null;
        if (typeof r[1] === 'object') {
          return h(View, { style: [s.row, s.contra], wrap: false },
            h(Text, { style: [s.cell, { width: doseCols[0].w }] }, r[0]),
            h(Text, { style: [s.cell, { width: '72%' }] }, r[1].contra));
        }
        return h(View, { style: [s.row, z], wrap: false },
          ...r.map((c, j) => h(Text, { style: [s.cell, { width: doseCols[j].w }] }, c)));
      })));
}

const doseTable = h(View, { style: s.table },
  headerRow('Middel', '15%', doseCols),
  ...doseData.map(doseGroup));

// ---------------- Tabel 2: contra-indicaties en interacties ----------------
const ciCols = [
  { label: 'Contra-indicaties', w: '30%' },
  { label: 'Interacties', w: '35%' },
  { label: 'Advies', w: '35%' },
];
const ciData = [
  ['Kelfazine',
    'zwangerschap\nkinderen jonger dan 6 jaar\nernstige leverfunctiestoornis',
    'claritromycine: verhoogt de kelfazinespiegel\ncumarinederivaten: verhoogd bloedingsrisico',
    'bij claritromycine de kelfazinedosis halveren\nbij cumarinederivaten de INR na 3 dagen controleren'],
  ['Dorvamide',
    'eGFR < 15 ml/min\nhyperkaliëmie (kalium > 5,5 mmol/l)\nmyasthenia gravis',
    'ACE-remmers en spironolacton: risico op hyperkaliëmie',
    'kalium controleren na 1 week bij gelijktijdig gebruik'],
  ['Ostrapine',
    'eGFR < 30 ml/min\nzwangerschap\nverlengd QT-interval',
    'statines: verhoogd risico op spierschade\nsotalol en andere QT-verlengende middelen',
    'statine tijdelijk staken tijdens de kuur met ostrapine\nvooraf een ECG maken bij QT-verlengende middelen'],
  ['Lurenzol',
    'kinderen jonger dan 16 jaar\nzwangerschap en borstvoeding\nobstructief slaapapneusyndroom',
    'alcohol en benzodiazepinen: versterkte sufheid',
    'geen alcohol gebruiken\nniet combineren met benzodiazepinen'],
];
const ciTable = h(View, { style: s.table },
  headerRow('Middel', '15%', ciCols),
  ...ciData.map((r, i) => h(View, { style: [s.row, i % 2 === 1 ? s.zebra : null], wrap: false },
    h(View, { style: [s.drugCell, { backgroundColor: 'transparent' }] }, h(Text, { style: s.drugName }, r[0])),
    h(View, { style: { flexDirection: 'row', flex: 1 } },
      ...r.slice(1).map((c, j) => h(Text, { style: [s.cell, { width: ciCols[j].w }] }, c))))));

// ---------------- Tabel 3: controleschema ----------------
const ctrlCols = [
  { label: 'Actie', w: '45%' },
  { label: 'Door wie', w: '22%' },
  { label: 'Bijzonderheden', w: '33%' },
];
const ctrlData = [
  ['Na 3 dagen', 'Telefonisch contact bij ernstige ijzelkuit (KIES-score 9 of hoger)', 'huisarts', 'vraag naar alarmsymptomen'],
  ['Na 1 week', 'Telefonisch consult; KIES-score opnieuw bepalen', 'praktijkondersteuner', 'bij dorvamide met ACE-remmer: kalium bepalen'],
  ['Na 2 weken', 'Consult: KIES-score, ijzeltest, therapietrouw', 'huisarts', 'bij ostrapine: CK bepalen'],
  ['Na 6 weken', 'Afsluitend consult; bespreek preventie van recidieven', 'praktijkondersteuner', 'bij aanhoudende klachten: volgende stap in het stappenplan'],
  ['Chronische ijzelkuit', 'Elke 3 maanden een controle; eGFR eenmaal per jaar', 'huisarts of praktijkondersteuner', 'verwijs bij onvoldoende effect van stap 3'],
];
const ctrlTable = h(View, { style: s.table },
  headerRow('Moment', '18%', ctrlCols),
  ...ctrlData.map((r, i) => h(View, { style: [s.row, i % 2 === 1 ? s.zebra : null], wrap: false },
    h(Text, { style: [s.cell, { width: '18%', fontWeight: 'bold' }] }, r[0]),
    h(View, { style: { flexDirection: 'row', flex: 1 } },
      ...r.slice(1).map((c, j) => h(Text, { style: [s.cell, { width: ctrlCols[j].w }] }, c))))));

// ---------------- Document ----------------
const runningHeader = h(View, { style: s.runningHeader, fixed: true },
  h(Text, null, 'Fictieve Standaard IJzelkuit (FT-40)'),
  h(Text, null, 'Fictief testdocument - geen medisch advies'));

const footer = h(View, { style: s.footer, fixed: true },
  h(Text, null, 'Vastgesteld: 12 maart 2026'),
  h(Text, { render: ({ pageNumber, totalPages }) => `Pagina ${pageNumber} van ${totalPages}` }));

const body = [
  h(Text, { style: s.title }, 'Fictieve Standaard IJzelkuit'),
  h(Text, { style: s.subtitle }, 'FT-40 — opgesteld in de structuur van een NHG-Standaard'),
  h(Text, { style: s.subtitle }, 'Vastgesteld: 12 maart 2026'),
  h(View, { style: s.disclaimer },
    h(Text, { style: s.disclaimerTitle }, 'Fictief testdocument - geen medisch advies'),
    h(Text, null, 'De aandoening ijzelkuit en de geneesmiddelen kelfazine, dorvamide, ostrapine en lurenzol zijn verzonnen en bestaan niet. Alle cijfers, doseringen en aanbevelingen in dit document zijn fictief. Dit document dient uitsluitend om software te testen en mag niet voor patiëntenzorg worden gebruikt.')),

  H1('Kernboodschappen'),
  h(View, { style: s.kernBox },
    Bullets([
      'IJzelkuit is een klinische diagnose: een plotselinge, pijnlijke verstijving van een of beide kuiten met een koude, glanzende huid.',
      'Sluit bij eenzijdige kuitzwelling altijd een diepe veneuze trombose uit.',
      'Bepaal de ernst met de KIES-score; bij een score van 9 of hoger is sprake van ernstige ijzelkuit.',
      'Start met voorlichting en niet-medicamenteuze maatregelen; kelfazine is het middel van eerste keus.',
      'Kelfazine is gecontra-indiceerd tijdens de zwangerschap en bij kinderen jonger dan 6 jaar; geef dan dorvamide.',
      'Verwijs bij alarmsymptomen dezelfde dag naar de spoedeisende hulp.',
    ])),

  H1('Inleiding'),
  P('Deze standaard geeft richtlijnen voor de diagnostiek en behandeling van ijzelkuit bij volwassenen en kinderen. De standaard is bedoeld voor huisartsen, praktijkondersteuners en doktersassistenten.'),
  H2('Definitie'),
  P("IJzelkuit is een acute aandoening van de kuitspieren waarbij binnen enkele uren een pijnlijke verstijving ontstaat, gepaard gaand met een koude, bleke en glanzende huid over de kuit (de zogenoemde 'ijzelhuid'). Van chronische ijzelkuit is sprake als de klachten langer dan 12 weken aanhouden. Van een recidief spreken we als de klachten terugkeren na een klachtenvrije periode van ten minste 4 weken."),
  H2('Epidemiologie'),
  P('De incidentie van ijzelkuit in de huisartsenpraktijk bedraagt 6,4 per 1000 patiënten per jaar. Een huisarts met een normpraktijk van 2350 patiënten ziet dus jaarlijks ongeveer 15 nieuwe patiënten met ijzelkuit. De prevalentie wordt geschat op 2,1%. De aandoening komt bij vrouwen 1,7 keer zo vaak voor als bij mannen. De incidentie is het hoogst in de leeftijdsgroep van 55 tot 74 jaar (11,2 per 1000 per jaar). Bij kinderen is ijzelkuit zeldzaam (0,8 per 1000 per jaar).'),
  P('Ongeveer 18% van de patiënten krijgt binnen een jaar een recidief. In de wintermaanden (december tot en met februari) wordt 60% van alle nieuwe gevallen gezien.'),

  H1('Achtergronden'),
  H2('Pathofysiologie'),
  P('De oorzaak van ijzelkuit is onbekend. Vermoed wordt dat een tijdelijke vaatkramp in de kleine bloedvaten van de kuit (microvasculair spasme) samen met een overprikkeling van de spiervezels de verstijving veroorzaakt. Afkoeling van de benen is de belangrijkste uitlokkende factor; ook langdurig stilstaan en ongewone inspanning kunnen een aanval uitlokken.'),
  H2('Risicofactoren'),
  P('Roken, diabetes mellitus, het fenomeen van Raynaud, langdurig staand werk en gebruik van bètablokkers zijn geassocieerd met een hoger risico op ijzelkuit. Personen met een BMI boven 30 hebben een tweemaal verhoogd risico. Een positieve familieanamnese verhoogt het risico niet.'),
  H2('Beloop en complicaties'),
  P('Bij 80% van de patiënten verdwijnen de klachten binnen 3 weken, ook zonder behandeling. Bij ongeveer 10% ontwikkelt zich chronische ijzelkuit. Een zeldzame complicatie (minder dan 1 op de 500 patiënten) is spiernecrose met rabdomyolyse; deze complicatie komt vooral voor bij patiënten die tegelijk een statine gebruiken.'),

  H1('Richtlijnen diagnostiek'),
  H2('Anamnese'),
  P('Vraag naar:'),
  Bullets([
    'begin en duur van de klachten, en of de klachten een- of tweezijdig zijn;',
    'uitlokkende factoren zoals kou, inspanning en langdurig staan;',
    'nachtelijke pijn en beperking van de loopafstand;',
    'eerdere episoden van ijzelkuit;',
    'koorts, donkere urine of spierzwakte;',
    'risicofactoren voor trombose: recente operatie, immobilisatie, maligniteit of hormonale anticonceptie;',
    'medicatiegebruik, in het bijzonder bètablokkers, statines, claritromycine en cumarinederivaten.',
  ]),
  H2('Lichamelijk onderzoek'),
  P('Inspecteer beide kuiten en vergelijk kleur, temperatuur en glans van de huid. Meet de kuitomtrek 10 cm onder de tuberositas tibiae; een verschil van meer dan 3 cm tussen beide kuiten past niet bij ijzelkuit en maakt een trombose waarschijnlijker. Palpeer de arteria dorsalis pedis en de arteria tibialis posterior aan beide zijden.'),
  P('Voer de ijzeltest uit: druk met de duim gedurende 5 seconden op de huid van de kuit. De ijzeltest is positief als de witte verkleuring langer dan 10 seconden blijft bestaan.'),
  H2('KIES-score'),
  P('De KIES-score (Kuit-IJzel-Ernst-Score) brengt de ernst van ijzelkuit in kaart. Scoor elk van de vier onderdelen pijn, stijfheid, huidverandering en loopbeperking met 0 tot 3 punten; de totaalscore loopt van 0 tot 12. Een score van 0 tot 4 betekent lichte ijzelkuit, een score van 5 tot 8 matige ijzelkuit en een score van 9 tot 12 ernstige ijzelkuit. Gebruik de KIES-score ook om het effect van de behandeling te volgen.'),
  H2('Aanvullend onderzoek'),
  P('Aanvullend onderzoek is meestal niet nodig. Bepaal het serum-creatinekinase (CK) bij ernstige ijzelkuit, bij donkere urine of bij spierzwakte. Een CK hoger dan 5 keer de bovengrens van normaal (bij de meeste laboratoria boven 1000 U/l) wijst op ernstige spierschade; overleg dan dezelfde dag met de internist.'),
  P('Bepaal de eGFR voordat met kelfazine, dorvamide of ostrapine wordt gestart bij patiënten van 75 jaar of ouder en bij patiënten met een bekende nierfunctiestoornis. Verricht bij verdenking op een diepe veneuze trombose een D-dimeertest en beoordeel de kans op trombose volgens de daarvoor geldende richtlijn.'),
  H2('Evaluatie'),
  P('Stel de diagnose ijzelkuit bij een acuut ontstane, pijnlijke verstijving van de kuit met een positieve ijzeltest, zonder aanwijzingen voor een trombose of een arteriële afsluiting. Denk in de differentiaaldiagnose aan gewone spierkramp, diepe veneuze trombose, een geruptureerde cyste van Baker, perifeer arterieel vaatlijden en een spierscheur in de kuit (tennis leg).'),

  H1('Richtlijnen beleid'),
  H2('Voorlichting'),
  P("Leg uit dat ijzelkuit een goedaardige aandoening is die meestal binnen 3 weken vanzelf overgaat. Adviseer de benen warm te houden, ook 's nachts, en langdurig stilstaan te vermijden. Adviseer rokers te stoppen met roken. Wijs de patiënt op de alarmsymptomen en vraag direct contact op te nemen als deze optreden. Verwijs naar de publiekssite voor aanvullende informatie."),
  H2('Niet-medicamenteuze behandeling'),
  P('Adviseer rekoefeningen van de kuitspieren, 3 keer per dag gedurende 5 minuten. Lokale warmte (een warme kruik of een warm voetbad van maximaal 40 °C) gedurende 15 minuten kan de stijfheid verminderen. Compressiekousen worden afgeraden, omdat zij de doorbloeding van de huid verder kunnen beperken. Verwijs naar een fysiotherapeut als een KIES-score van 5 of hoger na 2 weken niet verbetert.'),
  H2('Medicamenteuze behandeling'),
  P('Geef medicatie bij matige of ernstige ijzelkuit en bij lichte ijzelkuit die na 1 week niet verbetert. Volg onderstaand stappenplan. Zie tabel 1 voor de doseringen per patiëntengroep en tabel 2 voor contra-indicaties en interacties.'),
  Numbered([
    'Stap 1: kelfazine gedurende 10 dagen. Geef bij zwangerschap en bij kinderen jonger dan 6 jaar in plaats daarvan dorvamide.',
    'Stap 2: vervang kelfazine door dorvamide bij onvoldoende effect na 10 dagen of bij ernstige ijzelkuit (KIES-score 9 of hoger).',
    'Stap 3: geef ostrapine bij onvoldoende effect van dorvamide na 14 dagen, gedurende maximaal 4 weken.',
    'Stap 4: overleg met of verwijs naar de internist bij aanhoudende klachten na stap 3.',
  ]),
  h(View, { minPresenceAhead: 60 },
    h(Text, { style: s.caption }, 'Tabel 1 Dosering van geneesmiddelen bij ijzelkuit')),
  doseTable,
  h(Text, { style: s.note }, '* Bereken de dosis in mg/kg op basis van het actuele lichaamsgewicht en rond af op de sterkte van de drank (kelfazine-drank 40 mg/ml, dorvamide-suspensie 5 mg/ml).'),
  h(Text, { style: s.note }, '** eGFR in ml/min/1,73 m²; gebruik een eGFR die niet ouder is dan 3 maanden.'),
  h(Text, { style: [s.note, { marginBottom: 8 }] }, 'Noot bij tabel 1: de dosis voor kinderen mag nooit hoger zijn dan de maximale dosis voor volwassenen. dd = keer per dag.'),

  H2('Lurenzol bij nachtelijke kuitpijn'),
  P('Lurenzol kan als aanvullende behandeling worden gegeven bij hevige nachtelijke kuitpijn die ondanks stap 1 of stap 2 aanhoudt. De dosering voor volwassenen is 150 mg eenmalig voor het slapengaan; zo nodig kan de dosis na 1 uur eenmaal worden herhaald, met een maximum van 300 mg per nacht. Gebruik lurenzol niet langer dan 7 nachten achter elkaar. Bij ouderen vanaf 75 jaar is de dosering 75 mg voor het slapengaan, met een maximum van 150 mg per nacht.'),
  P('Lurenzol is niet geregistreerd voor kinderen jonger dan 16 jaar en wordt tijdens zwangerschap en borstvoeding afgeraden. Lurenzol veroorzaakt sufheid; ontraad autorijden op de ochtend na inname.'),

  h(View, { minPresenceAhead: 120 },
    h(Text, { style: s.caption }, 'Tabel 2 Contra-indicaties en interacties')),
  ciTable,
  h(Text, { style: [s.note, { marginBottom: 8 }] }, 'Noot bij tabel 2: deze tabel is niet volledig; raadpleeg bij twijfel de apotheker.'),

  H1('Controles'),
  P('Spreek bij start van de medicamenteuze behandeling een controle af volgens tabel 3. Bij patiënten die ostrapine gebruiken wordt het CK na 2 weken bepaald; staak ostrapine bij een CK boven 3 keer de bovengrens van normaal. Controleer bij patiënten die dorvamide combineren met een ACE-remmer of spironolacton het kalium na 1 week.'),
  h(View, { minPresenceAhead: 100 },
    h(Text, { style: s.caption }, 'Tabel 3 Controleschema bij medicamenteuze behandeling')),
  ctrlTable,

  H1('Consultatie en verwijzing'),
  H2('Alarmsymptomen'),
  P('Verwijs dezelfde dag naar de spoedeisende hulp bij een of meer van de volgende alarmsymptomen:'),
  Bullets([
    'een koude, witte of blauwe voet met afwezige voetpulsaties (verdenking op een acute arteriële afsluiting);',
    'donkere, colakleurige urine (verdenking op rabdomyolyse);',
    'koorts boven 38,5 °C met roodheid en zwelling van de kuit;',
    'toenemende spierzwakte in beide benen;',
    'hevige pijn bij passief strekken van de tenen met een harde, gespannen kuit (verdenking op een compartimentsyndroom).',
  ]),
  H2('Verwijzing zonder spoed'),
  P('Verwijs naar de internist bij chronische ijzelkuit die onvoldoende reageert op stap 3, bij meer dan 3 recidieven per jaar en bij twijfel aan de diagnose. Verwijs kinderen jonger dan 12 jaar met een KIES-score van 9 of hoger naar de kinderarts. Overleg bij zwangere vrouwen met ernstige ijzelkuit met de gynaecoloog.'),

  H1('Totstandkoming'),
  P('Deze fictieve standaard is geschreven als testdocument voor software die vragen over richtlijnen beantwoordt. De structuur volgt die van een NHG-Standaard; de inhoud is volledig verzonnen. Er is geen werkgroep, geen commentaarronde en geen literatuuronderzoek geweest.'),
];

const doc = h(Document, { title: 'Fictieve Standaard IJzelkuit (FT-40)', author: 'Fictief testdocument', language: 'nl' },
  h(Page, { size: 'A4', style: s.page, wrap: true }, runningHeader, footer, ...body));

renderToFile(doc, `${__dirname}/ft40-ijzelkuit.pdf`).then(() => console.log('written ft40-ijzelkuit.pdf'));
