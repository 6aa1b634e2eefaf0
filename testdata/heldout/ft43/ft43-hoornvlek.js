// Fictieve Standaard Hoornvlek (FT-43) - built with PDFKit (pdfkit 0.20.x)
// Build: node ft43-hoornvlek.js -> ft43-hoornvlek.pdf in the working directory
// FICTIEF TESTDOCUMENT - GEEN MEDISCH ADVIES
const PDFDocument = require('pdfkit');
const fs = require('fs');

const FONTDIR = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({
  size: 'A4',
  margins: { top: 60, bottom: 70, left: 62, right: 62 },
  bufferPages: true,
  info: { Title: 'Fictieve Standaard Hoornvlek (FT-43)', Author: 'Werkgroep Fictieve Standaarden', Subject: 'Fictief testdocument - geen medisch advies' },
});
doc.pipe(fs.createWriteStream('ft43-hoornvlek.pdf'));

doc.registerFont('Body', FONTDIR + 'DejaVuSans.ttf');
doc.registerFont('Bold', FONTDIR + 'DejaVuSans-Bold.ttf');
doc.registerFont('Italic', FONTDIR + 'DejaVuSans-Oblique.ttf');

const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;
const BODY = 10;
const para = (t, opts = {}) => {
  doc.font('Body').fontSize(BODY).fillColor('black')
    .text(t, { width: W, align: 'justify', lineGap: 2, ...opts });
  doc.moveDown(0.5);
};
const h1 = (t) => {
  doc.moveDown(0.6);
  doc.font('Bold').fontSize(14).fillColor('#1f4e79').text(t, { width: W });
  doc.moveDown(0.3);
  doc.fillColor('black');
};
const h2 = (t) => {
  doc.moveDown(0.3);
  doc.font('Bold').fontSize(11).fillColor('#1f4e79').text(t, { width: W });
  doc.moveDown(0.2);
  doc.fillColor('black');
};
const bullets = (items) => {
  doc.font('Body').fontSize(BODY).fillColor('black');
  doc.list(items, { width: W - 20, align: 'left', lineGap: 2, bulletRadius: 2, textIndent: 12, paragraphGap: 3 });
  doc.moveDown(0.5);
};

// ---------------------------------------------------------------- title block
doc.font('Bold').fontSize(20).fillColor('#1f4e79').text('Fictieve Standaard Hoornvlek', { width: W });
doc.font('Body').fontSize(10).fillColor('#555555').text('FT-43 \u2013 opgesteld in de structuur van een NHG-Standaard', { width: W });
doc.moveDown(0.4);
doc.font('Bold').fontSize(10).fillColor('#b00000')
  .text('Fictief testdocument - geen medisch advies', { width: W });
doc.font('Body').fontSize(9.5).fillColor('#b00000')
  .text('De aandoening hoornvlek en de geneesmiddelen carbatrol, veltizine, pramoxan en ildorex zijn verzonnen. ' +
        'Dit document dient uitsluitend om software te testen en mag niet worden gebruikt voor de zorg aan pati\u00ebnten.', { width: W });
doc.moveDown(0.4);
doc.font('Body').fontSize(9.5).fillColor('black')
  .text('Vastgesteld: 12 maart 2026   |   Werkgroep Fictieve Standaarden   |   Versie 1.0', { width: W });
doc.moveDown(0.2);
doc.moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.margins.left + W, doc.y).lineWidth(0.8).strokeColor('#1f4e79').stroke();
doc.moveDown(0.5);

// ---------------------------------------------------------------- Kernboodschappen
h1('Kernboodschappen');
bullets([
  'Hoornvlek is een chronisch recidiverende, niet-besmettelijke huidaandoening met scherp begrensde hoornplaques op handpalmen en voetzolen.',
  'De diagnose wordt klinisch gesteld; de ernst wordt vastgelegd met de Hoornvlek-Ernstscore (HES).',
  'Begin altijd met invetten en het vermijden van water en zeep; ildorex-cr\u00e8me is de eerste medicamenteuze stap.',
  'Carbatrol is het systemische middel van eerste keus; pramoxan is het alternatief en het middel van keus tijdens de zwangerschap.',
  'Carbatrol is gecontra-indiceerd bij een eGFR < 30 ml/min/1,73 m\u00b2.',
  'Verwijs met spoed bij verdenking op hoornvlek-erytrodermie.',
]);

// ---------------------------------------------------------------- Inleiding
h1('Inleiding');
para('Deze standaard geeft richtlijnen voor de diagnostiek en behandeling van hoornvlek bij volwassenen en kinderen vanaf 2 jaar. ' +
     'Hoornvlek bij zuigelingen jonger dan 2 jaar valt buiten deze standaard; deze kinderen worden altijd verwezen naar de kinderdermatoloog.');
h2('Epidemiologie');
para('De prevalentie van hoornvlek in de huisartsenpraktijk bedraagt ongeveer 6 per 1000 pati\u00ebnten per jaar; de incidentie is 1,8 per 1000 pati\u00ebnten per jaar. ' +
     'Een normpraktijk van 2350 pati\u00ebnten telt daarmee circa 14 pati\u00ebnten met hoornvlek. ' +
     'De aandoening komt het meest voor tussen 40 en 65 jaar. Vrouwen worden ongeveer anderhalf keer zo vaak getroffen als mannen. ' +
     'Ongeveer 12% van de pati\u00ebnten is jonger dan 18 jaar. Bij 1 op de 5 pati\u00ebnten ontstaat binnen 2 jaar na een geslaagde behandeling een recidief.');

// ---------------------------------------------------------------- Achtergronden
h1('Achtergronden');
h2('Definitie');
para('Hoornvlek is een chronisch recidiverende huidaandoening die wordt gekenmerkt door scherp begrensde, verdikte, geelgrijze hoornplaques van 1 tot 5 cm op de handpalmen, de voetzolen en soms de ellebogen. ' +
     'In de plaques ontstaan kloven (fissuren) die pijn doen bij lopen en grijpen. Jeuk, vooral \u2019s nachts, komt bij ongeveer twee derde van de pati\u00ebnten voor.');
h2('Pathofysiologie');
para('Men neemt aan dat auto-antistoffen tegen het enzym keratinase-7 (anti-KRT7) de normale afschilfering van de hoornlaag remmen. ' +
     'Hierdoor hoopt hoorn zich op en verliest de huid haar elasticiteit. Uitlokkende factoren zijn mechanische belasting, uitdroging en bepaalde geneesmiddelen.');
h2('Risicofactoren');
para('Risicofactoren zijn diabetes mellitus, roken, frequent contact met water en zeep (natte beroepen), een eerstegraads familielid met hoornvlek en het gebruik van b\u00e8tablokkers.');
h2('Beloop en complicaties');
para('Zonder behandeling houdt een episode gemiddeld 4 tot 6 maanden aan. Complicaties zijn secundaire bacteri\u00eble infectie (meestal Staphylococcus aureus), ' +
     'diepe fissuren met bloeding en, zelden, hoornvlek-erytrodermie: een gegeneraliseerde ontsteking van de huid die met koorts en uitdroging gepaard kan gaan.');

// ---------------------------------------------------------------- Diagnostiek
h1('Richtlijnen diagnostiek');
h2('Anamnese');
para('Vraag naar de duur en lokalisatie van de afwijkingen, pijn bij lopen of grijpen, jeuk (met name \u2019s nachts), eerdere episoden, een nat beroep, roken, diabetes, ' +
     'geneesmiddelengebruik (in het bijzonder b\u00e8tablokkers), hoornvlek in de familie, koorts en algemeen ziek zijn.');
h2('Lichamelijk onderzoek');
para('Beschrijf de lokalisatie, het aantal en de grootte van de plaques, de aanwezigheid en diepte van fissuren, tekenen van infectie (pus, roodheid rondom de plaque, warmte) ' +
     'en betrokkenheid van de nagels (putjes, geelverkleuring). Leg de ernst vast met de Hoornvlek-Ernstscore (HES).');
para('De HES telt vier onderdelen die elk van 0 tot 3 punten krijgen: aangedaan oppervlak, diepte van de fissuren, pijn en jeuk. De totaalscore loopt van 0 tot 12. ' +
     'Een HES van 0 tot 4 geldt als lichte hoornvlek, 5 tot 8 als matige hoornvlek en 9 tot 12 als ernstige hoornvlek. ' +
     'Een daling van de HES met ten minste 3 punten geldt als klinisch relevante verbetering.');
h2('Aanvullend onderzoek');
para('Aanvullend onderzoek is alleen nodig bij twijfel aan de diagnose of v\u00f3\u00f3r de start van systemische behandeling. Bepaal dan het anti-KRT7 in serum: ' +
     'een waarde \u2265 25 U/ml ondersteunt de diagnose (sensitiviteit 82%, specificiteit 90%). Een waarde < 25 U/ml sluit hoornvlek niet uit. ' +
     'Bepaal v\u00f3\u00f3r de start van carbatrol het ALAT en de eGFR, en v\u00f3\u00f3r de start van pramoxan het volledig bloedbeeld. ' +
     'Maak bij verdenking op een schimmelinfectie een KOH-preparaat van huidschilfers.');
h2('Evaluatie');
para('Stel de diagnose hoornvlek bij ten minste twee scherp begrensde hoornplaques op handpalmen of voetzolen die langer dan 4 weken bestaan, ' +
     'zonder aanwijzingen voor een andere oorzaak zoals eczeem, psoriasis of tinea.');

// ---------------------------------------------------------------- Beleid
h1('Richtlijnen beleid');
h2('Voorlichting');
para('Leg uit dat hoornvlek niet besmettelijk is, een chronisch recidiverend beloop heeft en dat de klachten met behandeling meestal binnen 8 tot 12 weken verminderen. ' +
     'Bespreek dat het consequent invetten de belangrijkste maatregel is, ook als de huid weer rustig is. De praktijkondersteuner kan de voorlichting en de controles uitvoeren.');
h2('Niet-medicamenteuze behandeling');
para('Adviseer de huid dagelijks 2 tot 3 keer in te vetten met een indifferente vette cr\u00e8me of ureumzalf 10%, langdurig contact met water en zeep te vermijden, ' +
     'katoenen handschoenen onder rubberen handschoenen te dragen bij nat werk en te stoppen met roken. Voetbaden duren maximaal 10 minuten. ' +
     'Verwijs bij dikke hoornlagen op de voetzolen naar de podotherapeut.');

h2('Medicamenteuze behandeling');
para('Volg bij onvoldoende effect van de niet-medicamenteuze maatregelen het onderstaande stappenplan. Evalueer elke stap met de HES.');
// numbered list via doc.list (listType numbered)
doc.font('Body').fontSize(BODY);
doc.list([
  'Stap 1: niet-medicamenteuze maatregelen en ureumzalf 10% gedurende 4 weken.',
  'Stap 2: bij onvoldoende effect na 4 weken of een HES van 5 of hoger: voeg ildorex-cr\u00e8me 0,5% toe.',
  'Stap 3: bij een HES van 9 of hoger, of onvoldoende effect van stap 2 na 4 weken: start carbatrol oraal; voeg bij hinderlijke jeuk veltizine toe.',
  'Stap 4: bij een contra-indicatie voor carbatrol of onvoldoende effect na 8 weken: vervang carbatrol door pramoxan.',
  'Stap 5: bij onvoldoende effect van stap 4 na 12 weken: verwijs naar de dermatoloog.',
], { listType: 'numbered', width: W - 20, lineGap: 2, textIndent: 16, paragraphGap: 3, align: 'left' });
doc.moveDown(0.6);

h2('Ildorex');
para('Ildorex is een lokaal keratolytisch middel en is alleen als cr\u00e8me 0,5% beschikbaar. ' +
     'Volwassenen en kinderen vanaf 12 jaar brengen ildorex-cr\u00e8me 2 keer per dag dun aan op de plaques, gedurende maximaal 6 weken, met een maximum van 30 gram cr\u00e8me per week. ' +
     'Kinderen van 2 tot 12 jaar gebruiken de cr\u00e8me 1 keer per dag, gedurende maximaal 4 weken en maximaal 15 gram per week. ' +
     'Breng ildorex niet aan op het gelaat of op open fissuren. Tijdens zwangerschap en borstvoeding mag ildorex worden gebruikt op maximaal 10% van het lichaamsoppervlak; ' +
     'breng de cr\u00e8me tijdens de borstvoeding niet aan op de borst.');

h2('Carbatrol');
// paragraph with a superscript footnote marker (smaller raised text)
doc.font('Body').fontSize(BODY)
  .text('Carbatrol', { width: W, align: 'left', lineGap: 2, continued: true });
doc.fontSize(6.5).text('1', { baseline: 'top', continued: true });
let footnotePage = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
doc.fontSize(BODY).text(' is het systemische middel van eerste keus bij matige tot ernstige hoornvlek. Het remt de vorming van anti-KRT7. De doseringen staan in tabel 1. ' +
  'Controleer het ALAT 4 weken na de start en staak carbatrol bij een ALAT hoger dan 3 keer de bovengrens van normaal. ' +
  'Carbatrol vermindert de betrouwbaarheid van orale anticonceptie (zie tabel 2).');
doc.moveDown(0.5);

// ---------------------------------------------------------------- Tabel 1 (dose table)
const T1_COLS = [62, 108, 92, 78, 66, W - 62 - 108 - 92 - 78 - 66];
const T1_HEADER = ['Middel', 'Populatie', 'Dosering', 'Frequentie', 'Max. per dag', 'Duur'];
const CI = (text) => ({ text, colSpan: 4, backgroundColor: '#fde9e7', font: { src: 'Bold' } });
const T1_GROUPS = [
  { drug: 'Carbatrol (tablet 125 mg en 250 mg)', rows: [
    ['Volwassenen 18\u201370 jaar', '250 mg', '2 dd', '750 mg', '8 weken'],
    ['Kinderen 6\u201311 jaar*', '5 mg/kg', '2 dd', '400 mg', '6 weken'],
    ['Kinderen 12\u201317 jaar', '250 mg', '2 dd', '500 mg', '6 weken'],
    ['Ouderen \u2265 70 jaar', '125 mg', '2 dd', '500 mg', '8 weken'],
    ['eGFR 30\u201359 ml/min', '125 mg', '2 dd', '375 mg', '8 weken'],
    ['eGFR < 30 ml/min', CI('Gecontra-indiceerd; kies pramoxan')],
    ['Zwangerschap', CI('Gecontra-indiceerd; kies pramoxan')],
    ['Borstvoeding', '250 mg', '1 dd, direct na het voeden', '250 mg', '8 weken'],
  ]},
  { drug: 'Veltizine (tablet 10 mg; drank 1 mg/ml)', rows: [
    ['Volwassenen', '10 mg', '1 dd (\u2019s avonds)', '20 mg', 'max. 12 weken'],
    ['Kinderen 2\u20135 jaar', '2,5 mg (2,5 ml drank)', '1 dd', '5 mg', 'max. 4 weken'],
    ['Kinderen 6\u201311 jaar', '5 mg', '1 dd', '10 mg', 'max. 4 weken'],
    ['Ouderen \u2265 75 jaar', '5 mg', '1 dd', '10 mg', 'max. 12 weken'],
    ['eGFR 15\u201329 ml/min', '5 mg', 'om de dag**', '5 mg', 'max. 12 weken'],
    ['Zwangerschap', 'eerste trimester: niet gebruiken; tweede en derde trimester: 10 mg', '1 dd', '10 mg', 'zo kort mogelijk'],
    ['Borstvoeding', '5 mg', '1 dd', '5 mg', 'max. 4 weken'],
  ]},
  { drug: 'Pramoxan (capsule 50 mg)', rows: [
    ['Volwassenen', 'week 1: 50 mg; vanaf week 2: 100 mg', '1 dd', '150 mg', '12 weken'],
    ['Kinderen < 12 jaar', CI('Gecontra-indiceerd (niet onderzocht)')],
    ['Kinderen 12\u201317 jaar, < 50 kg*', '1 mg/kg', '1 dd', '50 mg', '12 weken'],
    ['Kinderen 12\u201317 jaar, \u2265 50 kg', '50 mg', '1 dd', '100 mg', '12 weken'],
    ['Ouderen \u2265 70 jaar', '50 mg', '1 dd', '100 mg', '12 weken'],
    ['eGFR 30\u201359 ml/min', 'geen aanpassing', '1 dd', '150 mg', '12 weken'],
    ['eGFR < 30 ml/min', '50 mg', 'om de dag**', '50 mg', '12 weken'],
    ['Zwangerschap en borstvoeding', '50 mg, alleen na overleg met gynaecoloog', '1 dd', '100 mg', '12 weken'],
  ]},
];

const PAD = 3;
const T1_FONT = 8.5;
function rowHeightEstimate(cells, colStart) {
  doc.font('Body').fontSize(T1_FONT);
  let h = 0, col = colStart;
  for (const c of cells) {
    const text = typeof c === 'object' ? c.text : c;
    const span = typeof c === 'object' && c.colSpan ? c.colSpan : 1;
    let w = 0; for (let k = 0; k < span; k++) w += T1_COLS[col + k];
    h = Math.max(h, doc.heightOfString(text, { width: w - 2 * PAD }) + 2 * PAD);
    col += span;
  }
  return h;
}
function startTable1(caption) {
  doc.font('Bold').fontSize(10).fillColor('#1f4e79').text(caption, doc.page.margins.left, doc.y, { width: W });
  doc.moveDown(0.3);
  doc.fillColor('black').font('Body').fontSize(T1_FONT);
  const t = doc.table({
    columnStyles: T1_COLS,
    defaultStyle: { padding: PAD, border: 0.5, borderColor: '#7f7f7f' },
    rowStyles: (i) => (i === 0 ? { backgroundColor: '#d9e2f3', font: { src: 'Bold' } } : {}),
  });
  t.row(T1_HEADER.map((h) => ({ text: h, type: 'TH', scope: 'column' })));
  return t;
}
para('Tabel 1 geeft de doseringen van carbatrol, veltizine en pramoxan per populatie. De dosering van ildorex staat in de tekst hierboven.');
if (doc.y + 40 + T1_GROUPS[0].rows.reduce((a, r) => a + rowHeightEstimate(r, 1), 0) > doc.page.maxY()) doc.addPage();
let table1 = startTable1('Tabel 1. Dosering van de orale middelen bij hoornvlek');
for (const g of T1_GROUPS) {
  // estimate the height of the whole drug group; if it does not fit, continue on a new page with the header repeated
  let gh = 0;
  g.rows.forEach((r) => { gh += Math.max(rowHeightEstimate(r, 1), 0); });
  if (doc.y + gh > doc.page.maxY()) {
    table1.end();
    doc.addPage();
    table1 = startTable1('Tabel 1. Dosering van de orale middelen bij hoornvlek (vervolg)');
  }
  g.rows.forEach((r, i) => {
    const cells = i === 0 ? [{ text: g.drug, rowSpan: g.rows.length, font: { src: 'Bold' }, backgroundColor: '#f2f2f2' }, ...r] : r;
    table1.row(cells);
  });
}
table1.end();
doc.moveDown(0.3);
doc.font('Italic').fontSize(8).fillColor('#333333')
  .text('* Bij kinderen de dosis berekenen op basis van het actuele lichaamsgewicht; de carbatrol-tablet van 125 mg is deelbaar.', doc.page.margins.left, doc.y, { width: W });
doc.text('** Om de dag: \u00e9\u00e9n dosis per 48 uur.', { width: W });
doc.text('dd = maal daags. eGFR in ml/min/1,73 m\u00b2.', { width: W });
doc.fillColor('black');
doc.moveDown(0.8);

h2('Veltizine');
para('Veltizine is een jeukstillend middel dat als aanvulling wordt gegeven bij hinderlijke, vooral nachtelijke jeuk; het is geen monotherapie voor hoornvlek. ' +
     'Geef veltizine bij voorkeur \u2019s avonds, omdat het sufheid kan veroorzaken. Veltizine is beschikbaar als tablet 10 mg en als drank 1 mg/ml.');

h2('Pramoxan');
para('Pramoxan is het alternatief bij een contra-indicatie voor of onvoldoende effect van carbatrol, en het middel van keus tijdens de zwangerschap. ' +
     'Bouw de dosering op volgens tabel 1. Pramoxan is beschikbaar als capsule 50 mg. Controleer het bloedbeeld na 2 en na 6 weken.');

// ---------------------------------------------------------------- Tabel 2 (contra-indicaties en interacties)
doc.font('Bold').fontSize(10).fillColor('#1f4e79').text('Tabel 2. Contra-indicaties en interacties', doc.page.margins.left, doc.y, { width: W });
doc.moveDown(0.3);
doc.fillColor('black').font('Body').fontSize(8.5);
doc.table({
  columnStyles: [62, 130, 150, '*'],
  defaultStyle: { padding: 3, border: 0.5, borderColor: '#7f7f7f' },
  rowStyles: (i) => (i === 0 ? { backgroundColor: '#d9e2f3', font: { src: 'Bold' } } : {}),
  data: [
    ['Middel', 'Contra-indicaties', 'Belangrijke interacties', 'Advies'],
    [{ text: 'Carbatrol', font: { src: 'Bold' } },
      'eGFR < 30 ml/min; zwangerschap; ernstige leverfunctiestoornis; overgevoeligheid',
      'orale anticonceptie (minder betrouwbaar); warfarine (INR-stijging)',
      'aanvullende anticonceptie tot 4 weken na het stoppen; INR na 1 week controleren'],
    [{ text: 'Veltizine', font: { src: 'Bold' } },
      'kinderen < 2 jaar; eerste trimester van de zwangerschap; nauwekamerhoekglaucoom',
      'alcohol en benzodiazepinen (versterkte sufheid); claritromycine (hogere spiegel)',
      'niet autorijden bij sufheid; halveer de dosis bij gebruik van claritromycine'],
    [{ text: 'Pramoxan', font: { src: 'Bold' } },
      'kinderen < 12 jaar; actieve tuberculose; ernstige infectie',
      'methotrexaat (beenmergsuppressie); levende vaccins',
      'niet combineren met methotrexaat; geen levende vaccins tijdens en tot 3 maanden na gebruik'],
    [{ text: 'Ildorex', font: { src: 'Bold' } },
      'gelaat; open wonden; overgevoeligheid voor wolvet',
      { text: 'geen klinisch relevante interacties bekend', colSpan: 2, align: 'center', textColor: '#555555' }],
  ],
});
doc.moveDown(0.8);

// ---------------------------------------------------------------- Controles
h1('Controles');
para('Evalueer elke behandelstap na 4 weken met de HES en vraag naar bijwerkingen. ' +
     'Bij gebruik van carbatrol: bepaal het ALAT na 4 weken en daarna elke 3 maanden; bepaal bij ouderen vanaf 70 jaar elke 6 maanden de eGFR. ' +
     'Bij gebruik van pramoxan: bepaal het bloedbeeld na 2 en na 6 weken en staak pramoxan bij leukocyten < 3,0 \u00d7 10^9/l. ' +
     'Bij stabiele ziekte (HES van 4 of lager gedurende 3 maanden) wordt de systemische behandeling in 4 weken afgebouwd; daarna volstaat een jaarlijkse controle.');

// ---------------------------------------------------------------- Consultatie en verwijzing
h1('Consultatie en verwijzing');
para('Overleg met of verwijs naar de dermatoloog bij twijfel aan de diagnose, bij een HES van 9 of hoger ondanks 12 weken behandeling volgens stap 4, ' +
     'en bij kinderen jonger dan 6 jaar die onvoldoende reageren op stap 2. Kinderen jonger dan 2 jaar met hoornplaques worden altijd verwezen.');
h2('Alarmsymptomen');
para('Let op de volgende alarmsymptomen:');
bullets([
  'koorts boven 38,5 \u00b0C met snel uitbreidende roodheid rond een plaque (verdenking op cellulitis);',
  'gegeneraliseerde roodheid en schilfering van meer dan 80% van de huid (verdenking op hoornvlek-erytrodermie);',
  'diepe fissuren met aanhoudende bloeding of blootliggende pezen;',
  'zwarte verkleuring of necrose van een plaque;',
  'plotseling ontstane hoornplaques bij een kind jonger dan 2 jaar.',
]);
para('Overleg bij een alarmsymptoom dezelfde dag met de dermatoloog. Verwijs bij verdenking op hoornvlek-erytrodermie met spoed naar de dermatoloog of de spoedeisende hulp.');

// ---------------------------------------------------------------- footnote at the bottom of the page + page numbers
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const oldBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  if (i === footnotePage) {
    const fy = doc.page.height - oldBottom + 6;
    doc.moveTo(doc.page.margins.left, fy).lineTo(doc.page.margins.left + 120, fy).lineWidth(0.5).strokeColor('black').stroke();
    doc.font('Body').fontSize(6).fillColor('black').text('1', doc.page.margins.left, fy + 4, { continued: true, baseline: 'top', width: W });
    doc.fontSize(8).text(' Carbatrol bij voorkeur innemen tijdens de maaltijd; op een lege maag is de opname ongeveer 40% lager.');
  }
  doc.font('Body').fontSize(8).fillColor('#555555')
    .text(`Fictieve Standaard Hoornvlek (FT-43) \u2013 fictief testdocument \u2013 pagina ${i + 1} van ${range.count}`,
      doc.page.margins.left, doc.page.height - 32, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.bottom = oldBottom;
}
doc.end();
