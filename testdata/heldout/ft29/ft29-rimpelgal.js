// Build: scripts/gen-heldout-guideline.sh (npm install pdfmake@0.3.11 beside this file, then node ft29-rimpelgal.js)
// Fictional NHG-style guideline "Rimpelgal" (FT-29) produced with pdfmake (server side, Node.js).
'use strict';
const path = require('path');
const pdfmake = require('pdfmake');   // pdfmake 0.3.x server API (wraps PdfPrinter)

const fontDir = path.join(__dirname, 'node_modules/pdfmake/build/fonts/Roboto');
pdfmake.addFonts({
  Roboto: {
    normal: path.join(fontDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => p.startsWith(fontDir));

// custom zebra layout, as commonly used in web-app exports
const zebra = {
  fillColor: (rowIndex) => (rowIndex === 0 ? '#2e5c8a' : (rowIndex % 2 === 0 ? '#eef3f8' : null)),
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length || i === 1 ? 1 : 0.5),
  vLineWidth: () => 0.5,
  hLineColor: () => '#9aaabb',
  vLineColor: () => '#9aaabb',
  paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 3, paddingBottom: () => 3,
};

const H = (t) => ({ text: t, style: 'th' });
const drug = (name, n, sub) => ({ text: [{ text: name, bold: true }, sub ? '\n' + sub : ''], rowSpan: n });
const span4 = (t) => [{ text: t, colSpan: 4, italics: true }, {}, {}, {}];

const doseBody = [
  [H('Middel'), H('Populatie'), H('Dosis'), H('Frequentie'), H('Max. per dag'), H('Duur')],
  // torvaxeen: 9 rows
  [drug('Torvaxeen', 9, 'tablet 250 mg en 500 mg; drank 50 mg/ml'), 'Volwassenen (18-69 jaar)', '500 mg', '2 dd', '1000 mg', '14 dagen'],
  [{}, 'Kinderen 12-17 jaar (≥ 40 kg)', '250 mg', '3 dd', '750 mg', '14 dagen'],
  [{}, 'Kinderen 6-11 jaar (20-40 kg)', '250 mg (tablet)', '2 dd', '500 mg', '10 dagen'],
  [{}, 'Kinderen 1-5 jaar (10-20 kg)', 'drank 50 mg/ml: 15 mg/kg per gift (0,3 ml/kg)¹', '2 dd', '30 mg/kg, maximaal 600 mg', '10 dagen'],
  [{}, 'Kinderen < 1 jaar', ...span4('Niet voorschrijven; verwijs naar de kinderarts')],
  [{}, 'Ouderen (≥ 70 jaar)', '250 mg', '2 dd', '500 mg', '14 dagen'],
  [{}, 'eGFR 30-59*', '500 mg', '1 dd', '500 mg', '14 dagen'],
  [{}, 'eGFR < 30*', '250 mg', '1 dd', '250 mg', '10 dagen'],
  [{}, 'Zwangerschap en borstvoeding', '500 mg; middel van eerste keus bij zwangeren', '2 dd', '1000 mg', '14 dagen'],
  // brantoxim: 7 rows
  [drug('Brantoxim', 7, 'tablet 20 mg en 40 mg'), 'Volwassenen (18-69 jaar)', '40 mg', '1 dd', '40 mg', '4 weken'],
  [{}, 'Kinderen 12-17 jaar (≥ 40 kg)', '20 mg', '1 dd', '20 mg', '4 weken'],
  [{}, 'Kinderen < 12 jaar', ...span4('Niet onderzocht; niet voorschrijven')],
  [{}, 'Ouderen (≥ 70 jaar)', '20 mg; na 1 week ophogen naar 40 mg indien goed verdragen', '1 dd', '40 mg', '4 weken'],
  [{}, 'eGFR < 30*', '20 mg', 'om de dag', '20 mg', '4 weken'],
  [{}, 'Zwangerschap', ...span4('GECONTRA-INDICEERD (teratogeen in dierstudies); kies torvaxeen')],
  [{}, 'Borstvoeding', ...span4('Ontraden (gaat over in moedermelk); kies torvaxeen')],
  // seloprine: 8 rows
  [drug('Seloprine²', 8, 'tablet 25 mg, 50 mg en 100 mg; tweede lijn'), 'Volwassenen, eGFR ≥ 60*', '100 mg', '2 dd', '200 mg', '8 weken'],
  [{}, 'eGFR 45-59*', '100 mg', '1 dd', '100 mg', '8 weken'],
  [{}, 'eGFR 30-44*', '50 mg', '1 dd', '50 mg', '8 weken'],
  [{}, 'eGFR 15-29*', '25 mg', '1 dd', '25 mg', '6 weken'],
  [{}, 'eGFR < 15* of dialyse', ...span4('Niet gebruiken; verwijs naar de dermatoloog')],
  [{}, 'Ouderen (≥ 75 jaar)', 'start 50 mg; na 2 weken volgens eGFR-band', '1 dd', '100 mg', '8 weken'],
  [{}, 'Kinderen (< 18 jaar)', ...span4('Geen gegevens; niet voorschrijven')],
  [{}, 'Zwangerschap en borstvoeding', '50 mg, alleen na overleg met de gynaecoloog', '1 dd', '50 mg', 'maximaal 4 weken'],
];

const ciBody = [
  ['Middel', 'Contra-indicaties', 'Belangrijke interacties', 'Actie'].map((t) => ({ text: t, bold: true })),
  [{ text: 'Torvaxeen', bold: true }, 'Overgevoeligheid voor torvaxeen; ernstige leverfunctiestoornis (Child-Pugh C)',
    'Acenocoumarol en fenprocoumon: verhoogde INR', 'INR laten controleren binnen 5 dagen na start'],
  [{ text: 'Melquidol', bold: true }, 'Open wonden of geïnfecteerde huid; kinderen jonger dan 2 jaar',
    'Geen relevante interacties bekend', '-'],
  [{ text: 'Brantoxim', bold: true }, 'Zwangerschap; kinderwens zonder betrouwbare anticonceptie; kinderen < 12 jaar',
    { ul: ['Simvastatine: verhoogd risico op myopathie', 'Orale anticonceptie: verminderde betrouwbaarheid'] },
    'Simvastatine tijdelijk staken tijdens de kuur; aanvullend condoomgebruik tot 7 dagen na de kuur'],
  [{ text: 'Seloprine', bold: true }, 'eGFR < 15 of dialyse; hartfalen NYHA-klasse III-IV',
    { ul: ["NSAID's: verslechtering van de nierfunctie", 'Lithium: verhoogde lithiumspiegel'] },
    "NSAID's vermijden; lithiumspiegel bepalen na 1 week"],
];

const ctrlBody = [
  [H('Moment'), H('Wat'), H('Bij wie')],
  ['Na 2 weken', 'RGS opnieuw bepalen; bijwerkingen uitvragen', 'Alle patiënten met orale behandeling'],
  [{ text: 'Na 4 weken', rowSpan: 2 }, 'ALAT bepalen', 'Patiënten die brantoxim gebruiken'],
  [{}, 'eGFR opnieuw bepalen', 'Patiënten die seloprine gebruiken'],
  ['Na 8 weken', 'RGS bepalen; bij RGS ≥ 9 verwijzen naar de dermatoloog', 'Patiënten die seloprine gebruiken'],
  [{ text: 'Bij recidief binnen 3 maanden: beoordeel therapietrouw en handhygiëne en overweeg een stap hoger in het stappenplan.', colSpan: 3, italics: true }, {}, {}],
];

const P = (t) => ({ text: t, style: 'p' });

const content = [
  { text: 'Fictieve NHG-Standaard Rimpelgal', style: 'title' },
  { text: 'FT-29 · Vastgesteld: maart 2026 · Herziening gepland: 2031', style: 'sub' },
  { text: 'Fictief testdocument - geen medisch advies. De aandoening rimpelgal en de geneesmiddelen torvaxeen, melquidol, brantoxim en seloprine zijn verzonnen en bestaan niet. Dit document dient uitsluitend om software te testen.', style: 'warn' },

  { text: 'Kernboodschappen', style: 'h1' },
  { ul: [
    'Rimpelgal is een chronisch-recidiverende huidaandoening van de handen met rimpeling van de handpalm en kleine, met vocht gevulde gallen.',
    'Stel de diagnose klinisch en bepaal de ernst met de Rimpelgal Ernst Score (RGS).',
    'Behandel milde rimpelgal met emollientia en melquidol-crème; kies bij matige of ernstige rimpelgal voor torvaxeen oraal.',
    'Brantoxim is gecontra-indiceerd tijdens de zwangerschap.',
    'Seloprine is een tweedelijnsmiddel; pas de dosis aan op basis van de eGFR.',
  ], style: 'list' },

  { text: 'Inleiding', style: 'h1' },
  P('Deze standaard geeft richtlijnen voor de diagnostiek en behandeling van rimpelgal bij volwassenen en kinderen in de huisartsenpraktijk. De standaard is bedoeld voor huisartsen, praktijkondersteuners en doktersassistenten.'),
  { text: 'Epidemiologie', style: 'h2' },
  P('De incidentie van rimpelgal in de huisartsenpraktijk bedraagt ongeveer 4,2 per 1000 patiënten per jaar; de prevalentie is 11 per 1000 patiënten. Een normpraktijk van 2350 patiënten ziet dus jaarlijks ongeveer 10 nieuwe patiënten. Vrouwen worden 1,5 keer zo vaak getroffen als mannen. De piekincidentie ligt tussen 30 en 50 jaar. Rimpelgal komt vaker voor bij beroepen met natte handen, zoals kappers, verpleegkundigen en schoonmakers; in deze groepen is de prevalentie ongeveer 35 per 1000.'),

  { text: 'Achtergronden', style: 'h1' },
  { text: 'Pathofysiologie', style: 'h2' },
  P('Bij rimpelgal raakt de hoornlaag van de handpalm beschadigd door herhaald contact met water en detergentia. Daardoor ontstaat een karakteristieke rimpeling van de handpalm, waarna zich kleine, heldere blaasjes vormen die "gallen" worden genoemd. Een tekort aan zink lijkt de genezing te vertragen. Secundaire bacteriële infectie met Staphylococcus aureus komt bij ongeveer 1 op de 8 patiënten voor.'),
  { text: 'Risicofactoren', style: 'h2' },
  P('Belangrijke risicofactoren zijn langdurig nat werk (meer dan 2 uur per dag of meer dan 20 handwassingen per dag), atopisch eczeem in de voorgeschiedenis, roken en een laag zinkgehalte in de voeding. Bij kinderen is duimzuigen een bekende uitlokkende factor. Rimpelgal is niet erfelijk, maar atopie in de familie verhoogt het risico ongeveer tweevoudig.'),
  { text: 'Beloop', style: 'h2' },
  P('Zonder behandeling houden de klachten gemiddeld 6 tot 10 weken aan. Bij ongeveer 40% van de patiënten treedt binnen een jaar een recidief op, vooral als de blootstelling aan water en zeep niet vermindert.'),

  { text: 'Richtlijnen diagnostiek', style: 'h1' },
  { text: 'Anamnese', style: 'h2' },
  P('Vraag naar duur en beloop van de klachten, jeuk en pijn, beroep en hobby\'s met natte handen, gebruik van handschoenen, eerdere episoden, atopie in de voorgeschiedenis en gebruikte middelen. Vraag bij vrouwen in de vruchtbare leeftijd naar zwangerschap, kinderwens en anticonceptie, omdat dit de middelkeuze bepaalt.'),
  { text: 'Lichamelijk onderzoek', style: 'h2' },
  P('Inspecteer beide handen, inclusief de vingerzijkanten en nagelriemen. Let op rimpeling van de handpalm, het aantal gallen, fissuren, schilfering en tekenen van infectie zoals pus of honinggele korsten. Bepaal de ernst met de Rimpelgal Ernst Score (RGS). De RGS telt vier items op: rimpeling, gallen, fissuren en jeuk, elk gescoord van 0 tot 3 punten (totaal 0 tot 12). Een RGS van 0 tot 4 geldt als milde rimpelgal, 5 tot 8 als matige rimpelgal en 9 tot 12 als ernstige rimpelgal.'),
  { text: 'Differentiaaldiagnose', style: 'h2' },
  P('Denk aan handeczeem (contacteczeem), dyshidrotisch eczeem, tinea manuum, psoriasis palmaris en scabiës. Dyshidrotisch eczeem geeft wel blaasjes, maar geen rimpeling van de handpalm. Bij tinea manuum is vaak slechts één hand aangedaan en zijn de voeten ook betrokken. Scabiës geeft nachtelijke jeuk en gangetjes tussen de vingers.'),
  { text: 'Aanvullend onderzoek', style: 'h2' },
  P('Aanvullend onderzoek is meestal niet nodig. Bepaal bij ernstige of frequent recidiverende rimpelgal (3 of meer episoden per jaar) het serumzink; een serumzink lager dan 10 µmol/l wijst op een zinktekort dat de genezing vertraagt. Verricht bij twijfel aan de diagnose een KOH-preparaat om een schimmelinfectie (tinea manuum) uit te sluiten. Bepaal vóór de start van seloprine altijd de eGFR.'),

  { text: 'Evaluatie', style: 'h2' },
  P('Stel de diagnose rimpelgal bij rimpeling van de handpalm in combinatie met ten minste 3 gallen op één hand, na uitsluiting van andere oorzaken. Leg de RGS vast in het dossier, zodat het effect van de behandeling later kan worden beoordeeld. Spreek van een recidief als de klachten binnen 3 maanden na genezing terugkeren.'),
  { text: 'Richtlijnen beleid', style: 'h1' },
  { text: 'Voorlichting', style: 'h2' },
  P('Leg uit dat rimpelgal niet besmettelijk is en dat de klachten vaak terugkeren zolang de handen veel nat worden. Adviseer handen na het wassen goed af te drogen, zeepvrije reinigingsmiddelen te gebruiken en bij nat werk katoenen handschoenen onder rubberen handschoenen te dragen. Verwijs naar de fictieve patiëntinformatie op de website van de standaard.'),
  { text: 'Niet-medicamenteuze behandeling', style: 'h2' },
  P('Adviseer minstens 4 keer per dag een vette emolliens aan te brengen, ook na elke handwassing. Bij een zinktekort wordt een zinkrijk dieet aangeraden; zinksuppletie is alleen zinvol bij een aangetoond serumzink lager dan 10 µmol/l.'),
  { text: 'Medicamenteuze behandeling', style: 'h2' },
  P('Volg het onderstaande stappenplan. Ga pas naar een volgende stap als de vorige stap onvoldoende effect heeft gehad of niet verdragen wordt.'),
  { ol: [
    'Stap 1 (milde rimpelgal, RGS 0-4): emollientia en melquidol-crème gedurende maximaal 4 weken.',
    'Stap 2 (matige of ernstige rimpelgal, of onvoldoende effect van stap 1): torvaxeen oraal; dit is het orale middel van eerste keus, ook bij zwangeren.',
    'Stap 3 (overgevoeligheid voor torvaxeen of onvoldoende effect na 2 weken): brantoxim oraal gedurende 4 weken, niet bij zwangerschap of kinderwens.',
    'Stap 4 (tweede lijn, na falen van stap 2 en 3): seloprine oraal, met de dosis afgestemd op de eGFR.',
    'Stap 5 (geen verbetering na 8 weken seloprine): verwijzing naar de dermatoloog.',
  ], style: 'list' },
  { text: 'Melquidol', style: 'h3' },
  P('Melquidol is uitsluitend verkrijgbaar als crème 2%. Volwassenen en kinderen vanaf 12 jaar brengen de crème 2 keer per dag dun aan op de aangedane huid, gedurende maximaal 4 weken, met een maximum van 30 gram per week. Kinderen van 2 tot 12 jaar smeren 1 keer per dag, gedurende maximaal 2 weken. Gebruik melquidol niet bij kinderen jonger dan 2 jaar en niet op open wonden. Tijdens zwangerschap en borstvoeding mag melquidol worden gebruikt, maar niet op de tepel aanbrengen. Was na het aanbrengen de handen niet binnen 30 minuten.'),
  { text: 'Secundaire infectie', style: 'h3' },
  P('Behandel een secundaire bacteriële infectie volgens de fictieve richtlijn voor bacteriële huidinfecties en stel de behandeling van rimpelgal zo nodig 1 week uit. Start geen brantoxim of seloprine zolang er tekenen van infectie zijn.'),
  { text: 'Orale middelen', style: 'h3' },
  P('De doseringen van de orale middelen staan in tabel 1. Torvaxeen is bij kinderen van 1 tot 5 jaar beschikbaar als drank van 50 mg/ml. Seloprine is uitsluitend bedoeld als tweedelijnsmiddel.'),
  { text: 'Tabel 1. Dosering van de orale middelen bij rimpelgal', style: 'caption' },
  {
    table: { headerRows: 1, dontBreakRows: true, widths: [70, 95, '*', 55, 65, 55], body: doseBody },
    layout: zebra, style: 'tbl',
  },
  { text: [
    '* eGFR in ml/min/1,73 m². ',
    '¹ Gebruik bij kinderen van 1-5 jaar de drank 50 mg/ml; 0,3 ml/kg per gift komt overeen met 15 mg/kg. Schud de fles voor gebruik. ',
    '² Seloprine alleen starten na falen van torvaxeen en brantoxim; bepaal vóór de start de eGFR en controleer de eGFR na 4 weken.',
  ], style: 'note' },

  { text: 'Contra-indicaties en interacties', style: 'h2' },
  { text: 'Tabel 2. Contra-indicaties en interacties', style: 'caption' },
  {
    table: { headerRows: 1, widths: [65, 130, '*', 130], body: ciBody },
    layout: 'lightHorizontalLines', style: 'tbl',
  },
  { text: 'Let op: informeer vrouwen die brantoxim gebruiken dat zwangerschap tijdens en tot 1 maand na de kuur moet worden voorkomen.', style: 'note' },

  { text: 'Controles', style: 'h1' },
  P('Plan bij orale behandeling een controle na 2 weken, bij voorkeur bij de praktijkondersteuner. Bij behandeling met alleen melquidol-crème is een controle na 4 weken voldoende, of eerder bij verergering. Tabel 3 geeft het controleschema.'),
  { text: 'Tabel 3. Controleschema bij orale behandeling', style: 'caption' },
  {
    table: { headerRows: 1, widths: [80, '*', 160], body: ctrlBody },
    layout: zebra, style: 'tbl',
  },

  { text: 'Consultatie en verwijzing', style: 'h1' },
  P('Verwijs naar de dermatoloog bij ernstige rimpelgal (RGS 9 of hoger) die na 8 weken behandeling niet verbetert, bij twijfel aan de diagnose, bij een eGFR lager dan 15 als seloprine nodig is en bij zwangeren met ernstige rimpelgal. Verwijs kinderen jonger dan 1 jaar naar de kinderarts. Overleg bij beroepsgebonden rimpelgal met de bedrijfsarts.'),
  { text: 'Alarmsymptomen', style: 'h2' },
  P('Verwijs dezelfde dag bij een of meer van de volgende alarmsymptomen:'),
  { ul: [
    'koorts hoger dan 38,5 °C met een rode streep langs de arm (lymfangitis)',
    'snelle uitbreiding naar de onderarmen binnen 48 uur',
    'zwarte of necrotische gallen',
    'pijnlijke zwelling van de vingergewrichten',
    'gegroepeerde pijnlijke blaasjes met erosies (verdenking eczema herpeticum)',
  ], style: 'list' },
  { text: 'Totstandkoming', style: 'h2' },
  P('Deze fictieve standaard is opgesteld door een fictieve werkgroep van vijf huisartsen en een dermatoloog. Er zijn geen belangenconflicten gemeld.'),
];

const docDefinition = {
  info: { title: 'Fictieve NHG-Standaard Rimpelgal (FT-29)', author: 'Fictieve werkgroep', subject: 'Fictief testdocument' },
  pageSize: 'A4',
  pageMargins: [50, 60, 50, 55],
  header: (currentPage) => (currentPage === 1 ? null : {
    columns: [
      { text: 'Fictieve NHG-Standaard Rimpelgal', style: 'hdr' },
      { text: 'Fictief testdocument - geen medisch advies', style: 'hdr', alignment: 'right' },
    ], margin: [50, 25, 50, 0],
  }),
  footer: (currentPage, pageCount) => ({
    columns: [
      { text: 'FT-29 · maart 2026', style: 'hdr' },
      { text: `Pagina ${currentPage} van ${pageCount}`, style: 'hdr', alignment: 'right' },
    ], margin: [50, 20, 50, 0],
  }),
  content,
  defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
  styles: {
    title: { fontSize: 20, bold: true, color: '#1f3f60', margin: [0, 0, 0, 4] },
    sub: { fontSize: 10, color: '#555', margin: [0, 0, 0, 8] },
    warn: { fontSize: 10, bold: true, color: '#a00000', margin: [0, 0, 0, 10] },
    h1: { fontSize: 15, bold: true, color: '#1f3f60', margin: [0, 12, 0, 5] },
    h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
    h3: { fontSize: 10.5, bold: true, italics: true, margin: [0, 6, 0, 3] },
    p: { margin: [0, 0, 0, 6], alignment: 'justify' },
    list: { margin: [10, 0, 0, 8] },
    caption: { bold: true, fontSize: 10, margin: [0, 8, 0, 4] },
    tbl: { fontSize: 9, margin: [0, 0, 0, 3] },
    th: { bold: true, color: 'white' },
    note: { fontSize: 8, italics: true, color: '#333', margin: [0, 2, 0, 10] },
    hdr: { fontSize: 8, color: '#666' },
  },
};

pdfmake.createPdf(docDefinition).write(path.join(__dirname, 'ft29-rimpelgal.pdf'))
  .then(() => console.log('written ft29-rimpelgal.pdf'))
  .catch((e) => { console.error(e); process.exit(1); });
