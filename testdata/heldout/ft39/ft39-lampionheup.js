// Build script: node ft39-lampionheup.js -> ft39-lampionheup.pdf
// Producer: jsPDF + jspdf-autotable (server-side, Node.js)
const { jsPDF } = require('jspdf');
const { autoTable } = require('jspdf-autotable');

const doc = new jsPDF({ unit: 'mm', format: 'a4' });
doc.setProperties({ title: 'Fictieve Standaard Lampionheup (FT-39)', subject: 'Fictief testdocument - geen medisch advies', author: 'Fictieve werkgroep', creator: 'jsPDF + jspdf-autotable' });

const L = 20, R = 190, W = R - L, TOP = 20, BOTTOM = 265;
const LH = 4.8; // line height body (10pt)
let y = TOP;
const footnotes = []; // {page, text}

function ensure(h) { if (y + h > BOTTOM) { doc.addPage(); y = TOP; } }
function h1(t) { ensure(14); doc.setFont('helvetica', 'bold'); doc.setFontSize(18); const ls = doc.splitTextToSize(t, W); doc.text(ls, L, y + 6); y += ls.length * 8 + 4; }
function h2(t) { ensure(16); y += 3; doc.setFont('helvetica', 'bold'); doc.setFontSize(13); doc.text(t, L, y + 4); y += 9; }
function h3(t) { ensure(12); y += 1; doc.setFont('helvetica', 'bold'); doc.setFontSize(11); doc.text(t, L, y + 4); y += 7; }
function para(t, opts = {}) {
  doc.setFont('helvetica', opts.style || 'normal'); doc.setFontSize(opts.size || 10);
  const ls = doc.splitTextToSize(t, W);
  for (const l of ls) { ensure(LH); doc.text(l, L, y + 3.8); y += LH; }
  y += 2.5;
}
function list(items, numbered) {
  doc.setFont('helvetica', 'normal'); doc.setFontSize(10);
  items.forEach((it, i) => {
    const mark = numbered ? (i + 1) + '.' : '\u2022';
    const ls = doc.splitTextToSize(it, W - 7);
    ensure(LH);
    doc.text(mark, L + 1.5, y + 3.8);
    for (const l of ls) { ensure(LH); doc.text(l, L + 7, y + 3.8); y += LH; }
    y += 1;
  });
  y += 2;
}
function footnoteHere(t) { footnotes.push({ page: doc.getCurrentPageInfo().pageNumber, text: t }); }

// ---------------- Title block ----------------
doc.setFillColor(255, 236, 200); doc.rect(L, y, W, 12, 'F');
doc.setFont('helvetica', 'bold'); doc.setFontSize(11); doc.setTextColor(150, 40, 0);
doc.text('Fictief testdocument - geen medisch advies', L + 3, y + 7.5);
doc.setTextColor(0, 0, 0); y += 17;
h1('Fictieve Standaard Lampionheup (FT-39)');
para('Vastgesteld: maart 2026. Herziening gepland: 2031. Fictieve werkgroep huisartsgeneeskunde.', { style: 'italic' });
para('Let op: de aandoening lampionheup en de geneesmiddelen morvaclan, tiprazol, velocitrine en spandoxil zijn verzonnen. Dit document is uitsluitend bedoeld om software te testen en bevat geen echte medische kennis. Gebruik het niet voor de zorg aan patiënten.');

// ---------------- Kernboodschappen ----------------
h2('Kernboodschappen');
list([
  'Lampionheup is een goedaardige, bolvormige zwelling van de bursa lampionis aan de laterale zijde van de heup, met pijn bij liggen op de aangedane zijde en bij lopen.',
  'Stel de diagnose op basis van anamnese en lichamelijk onderzoek; een positieve transilluminatietest is kenmerkend.',
  'Bepaal de ernst met de LAMP-score; bij een score van 7 of hoger is de aandoening ernstig.',
  'Start bij medicamenteuze behandeling met morvaclan (stap 1); tiprazol is gecontra-indiceerd tijdens de zwangerschap.',
  'Verwijs met spoed bij koorts en een rode, warme zwelling, omdat dan een septische bursitis moet worden uitgesloten.'
], false);

// ---------------- Inleiding ----------------
h2('Inleiding');
para('De Fictieve Standaard Lampionheup geeft richtlijnen voor de diagnostiek en behandeling van volwassenen en kinderen met lampionheup in de huisartsenpraktijk. De standaard is bedoeld voor huisartsen, praktijkondersteuners en doktersassistenten.');
h3('Epidemiologie');
para('De incidentie van lampionheup in de huisartsenpraktijk bedraagt 3,2 per 1000 patiënten per jaar; de prevalentie is 11 per 1000 patiënten. Een normpraktijk van 2350 patiënten ziet daarmee ongeveer 8 nieuwe patiënten per jaar. Vrouwen worden twee keer zo vaak getroffen als mannen. De aandoening komt het meest voor tussen 45 en 65 jaar; bij kinderen is zij zeldzaam (0,3 per 1000 per jaar). Binnen een jaar na het eerste episode krijgt 15% van de patiënten een recidief.');

// ---------------- Achtergronden ----------------
h2('Achtergronden');
h3('Definitie');
para('Lampionheup is een niet-infectieuze, met helder vocht gevulde zwelling van de bursa lampionis boven de trochanter major. De naam verwijst naar het doorschijnende, lampionachtige aspect van de zwelling bij beschijnen met een lampje (transilluminatie). Men spreekt van chronische lampionheup als de klachten langer dan 3 maanden bestaan.');
h3('Pathofysiologie en beloop');
para('Herhaalde wrijving van de tractus iliotibialis over de bursa leidt tot prikkeling van het bursawand-epitheel en overmatige vochtproductie. Risicofactoren zijn overgewicht, langdurig staand werk, hardlopen op een schuine ondergrond en een beenlengteverschil van meer dan 1 cm. Het natuurlijk beloop is gunstig: bij ongeveer 60% van de patiënten verdwijnen de klachten binnen 6 weken zonder medicatie. Complicaties zijn zeldzaam; de belangrijkste is een secundaire bacteriële infectie (septische bursitis), die bij ongeveer 2% van de patiënten optreedt.');

// ---------------- Diagnostiek ----------------
h2('Richtlijnen diagnostiek');
h3('Anamnese');
para('Vraag naar:');
list([
  'duur en beloop van de klachten, en of eerder een episode is doorgemaakt;',
  'pijn bij liggen op de aangedane zijde en nachtelijke pijn;',
  'beperking van de loopafstand;',
  'koorts, koude rillingen of algemeen ziek zijn;',
  'gebruik van antistolling (cumarinederivaten) en andere geneesmiddelen, in verband met interacties;',
  'zwangerschap of kinderwens en het geven van borstvoeding.'
], false);
h3('Lichamelijk onderzoek');
para('Voer het onderzoek in de volgende volgorde uit:');
list([
  'Inspecteer de heup in staande houding en let op een bolvormige zwelling boven de trochanter major.',
  'Meet de diameter van de zwelling met een liniaal of meetlint.',
  'Voer de transilluminatietest uit in een verduisterde ruimte: de test is positief als de zwelling oranje oplicht.',
  'Palpeer op warmte en drukpijn en beoordeel de actieve en passieve beweeglijkheid van de heup.',
  'Meet de lichaamstemperatuur bij verdenking op infectie.'
], true);
h3('Aanvullend onderzoek');
para('Aanvullend laboratoriumonderzoek is meestal niet nodig. Bepaal het CRP bij twijfel over een infectie: een CRP boven 50 mg/l maakt een septische bursitis waarschijnlijk. Een echografie is alleen geïndiceerd als de transilluminatietest negatief is en de diagnose onzeker blijft.');
para('De ernst wordt vastgesteld met de LAMP-score (Lampion Activiteit en Mobiliteit Punten). De score telt vijf onderdelen op, elk 0 tot 2 punten: pijn in rust, nachtelijke pijn, diameter van de zwelling (kleiner dan 2 cm: 0 punten; 2 tot 4 cm: 1 punt; groter dan 4 cm: 2 punten), beperking van de loopafstand en een positieve transilluminatietest. Een totaal van 0 tot 3 punten betekent lichte lampionheup, 4 tot 6 punten matige en 7 tot 10 punten ernstige lampionheup.');
h3('Evaluatie');
para('Stel de diagnose lampionheup bij een bolvormige zwelling boven de trochanter major met een positieve transilluminatietest, in afwezigheid van koorts. Denk bij een negatieve test aan een lipoom, een trochanter-tendinopathie of een liesbreuk.');

// ---------------- Beleid ----------------
h2('Richtlijnen beleid');
h3('Voorlichting');
para('Leg uit dat lampionheup een onschuldige aandoening is met een gunstig natuurlijk beloop. Adviseer om niet op de aangedane zijde te slapen en een kussen tussen de knieën te leggen. Verwijs naar de fictieve patiëntenwebsite voor aanvullende informatie.');
h3('Niet-medicamenteuze behandeling');
para('Adviseer relatieve rust gedurende 2 weken en het vermijden van traplopen en hardlopen. Koelen met een coldpack, 3 keer per dag 15 minuten, kan de zwelling verminderen. Bij overgewicht wordt gewichtsreductie aangeraden. Bij een beenlengteverschil van meer dan 1 cm kan een hakverhoging worden overwogen. Fysiotherapie is niet zinvol in de eerste 6 weken. Punctie van de zwelling wordt afgeraden vanwege het risico op infectie.');
h3('Medicamenteuze behandeling');
para('Overweeg medicatie bij een LAMP-score van 4 of hoger, of als de klachten na 2 weken niet-medicamenteuze behandeling onvoldoende verbeteren. Volg het onderstaande stappenplan:');
list([
  'Stap 1: morvaclan gedurende 10 dagen (kinderen 7 dagen); zie tabel 1 voor de dosering per populatie.',
  'Stap 2: bij onvoldoende effect na de kuur met morvaclan: vervang morvaclan door tiprazol gedurende 4 weken.',
  'Stap 3: bij onvoldoende effect na 4 weken tiprazol, of bij een LAMP-score van 7 of hoger: velocitrine gedurende 14 dagen.',
  'Evalueer na iedere stap het effect met de LAMP-score; verwijs als na stap 3 de LAMP-score nog 7 of hoger is.'
], true);
const fnMarkText = 'Bij nachtelijke pijn die de slaap ernstig verstoort, kan aanvullend spandoxil worden voorgeschreven\u00B9. De dosering van spandoxil bij volwassenen is 10 mg eenmaal per dag voor de nacht, maximaal 20 mg per dag, gedurende maximaal 14 dagen. Bij ouderen vanaf 70 jaar is de dosering 5 mg voor de nacht, maximaal 10 mg per dag. Spandoxil is niet geschikt voor kinderen jonger dan 12 jaar. Combineer spandoxil niet met alcohol.';
para(fnMarkText);
footnoteHere('\u00B9 Spandoxil is in deze fictieve standaard niet opgenomen in tabel 1, omdat het middel alleen als aanvulling bij nachtelijke pijn wordt gebruikt en niet als behandeling van de zwelling zelf. Het effect van spandoxil is onderzocht in een fictieve studie met 212 patiënten.');

// ---------------- Tabel 1 ----------------
ensure(30);
doc.setFont('helvetica', 'bold'); doc.setFontSize(10.5);
doc.text('Tabel 1 Dosering van geneesmiddelen bij lampionheup', L, y + 4); y += 6;

const CI = { fillColor: [250, 215, 215], fontStyle: 'bold', textColor: [140, 0, 0] };
const body1 = [
  [{ content: 'Morvaclan\n(tablet 250 mg;\nsuspensie 50 mg/ml)', rowSpan: 7, styles: { fontStyle: 'bold', valign: 'middle' } }, 'Volwassenen (18-69 jaar)', '500 mg', '2 keer per dag', '1000 mg', '10 dagen'],
  ['Kinderen 6-11 jaar*', '10 mg/kg', '2 keer per dag', '500 mg', '7 dagen'],
  ['Kinderen 12-17 jaar', '250 mg', '3 keer per dag', '750 mg', '7 dagen'],
  ['Ouderen vanaf 70 jaar', '250 mg', '2 keer per dag', '500 mg', '10 dagen'],
  ['eGFR 30-59 ml/min/1,73 m2', '250 mg', '2 keer per dag', '500 mg', '10 dagen'],
  ['eGFR < 30 ml/min/1,73 m2', '250 mg', '1 keer per dag', '250 mg', '5 dagen'],
  ['Zwangerschap en borstvoeding', '500 mg', '1 keer per dag', '500 mg', 'maximaal 7 dagen'],
  [{ content: 'Tiprazol\n(capsule 10 mg en 20 mg)', rowSpan: 6, styles: { fontStyle: 'bold', valign: 'middle' } }, 'Volwassenen', '20 mg', '1 keer per dag', '40 mg', '4 weken'],
  ['Kinderen lichter dan 40 kg*', '0,5 mg/kg', '1 keer per dag', '20 mg', '2 weken'],
  ['Kinderen vanaf 40 kg', '20 mg', '1 keer per dag', '20 mg', '2 weken'],
  ['Ouderen vanaf 70 jaar', '10 mg', '1 keer per dag', '20 mg', '4 weken'],
  ['eGFR 15-29 ml/min/1,73 m2', '10 mg', 'om de dag', '10 mg', '4 weken'],
  ['Zwangerschap', { content: 'Gecontra-indiceerd: tiprazol niet gebruiken tijdens de zwangerschap (teratogeen in dierstudies); kies morvaclan.', colSpan: 4, styles: CI }],
  [{ content: 'Velocitrine\n(tablet 2,5 mg en 5 mg)', rowSpan: 7, styles: { fontStyle: 'bold', valign: 'middle' } }, 'Volwassenen', '5 mg', '3 keer per dag', '15 mg', '14 dagen'],
  ['Kinderen 20-39 kg', '2,5 mg', '2 keer per dag', '5 mg', '10 dagen'],
  ['Kinderen vanaf 40 kg', '5 mg', '2 keer per dag', '10 mg', '10 dagen'],
  ['Ouderen vanaf 70 jaar', '5 mg', '2 keer per dag', '10 mg', '14 dagen'],
  ['eGFR 30-59 ml/min/1,73 m2', '5 mg', '2 keer per dag', '10 mg', '14 dagen'],
  ['eGFR < 30 ml/min/1,73 m2', '2,5 mg', '1 keer per dag', '2,5 mg', '7 dagen;\ncontroleer kalium na 3 dagen'],
  ['Borstvoeding', '5 mg', '2 keer per dag', '10 mg', '7 dagen'],
];
autoTable(doc, {
  startY: y,
  theme: 'grid',
  margin: { left: L, right: 210 - R, bottom: 297 - BOTTOM },
  head: [
    [{ content: 'Geneesmiddel', rowSpan: 2 }, { content: 'Populatie', rowSpan: 2 }, { content: 'Dosering en gebruik', colSpan: 4, styles: { halign: 'center' } }],
    ['Dosis per keer', 'Frequentie', 'Maximum per dag', 'Duur'],
  ],
  body: body1,
  showHead: 'everyPage',
  styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.6, valign: 'top', lineColor: [120, 120, 120], lineWidth: 0.2 },
  headStyles: { fillColor: [31, 78, 121], textColor: 255, fontStyle: 'bold' },
  columnStyles: { 0: { cellWidth: 34 }, 1: { cellWidth: 42 } },
});
y = doc.lastAutoTable.finalY + 2;
para('* Bij kinderen de dosis berekenen op basis van het actuele lichaamsgewicht. Voor kinderen jonger dan 6 jaar is morvaclan niet onderzocht; verwijs deze kinderen naar de kinderarts. De suspensie bevat 50 mg morvaclan per ml.', { style: 'italic', size: 8.5 });

// ---------------- Tabel 2 ----------------
ensure(30);
doc.setFont('helvetica', 'bold'); doc.setFontSize(10.5);
doc.text('Tabel 2 Contra-indicaties en interacties', L, y + 4); y += 6;
autoTable(doc, {
  startY: y,
  theme: 'striped',
  margin: { left: L, right: 210 - R, bottom: 297 - BOTTOM },
  head: [['Geneesmiddel', 'Contra-indicaties', 'Interactie met', 'Maatregel']],
  body: [
    [{ content: 'Morvaclan', rowSpan: 2, styles: { fontStyle: 'bold' } }, { content: 'actief maagulcus;\nernstige leverfunctiestoornis', rowSpan: 2 }, 'cumarinederivaten (acenocoumarol, fenprocoumon)', 'INR controleren binnen 5 dagen na start'],
    ['methotrexaat', 'combinatie vermijden; kies tiprazol'],
    [{ content: 'Tiprazol', rowSpan: 2, styles: { fontStyle: 'bold' } }, { content: 'zwangerschap;\nleverziekte;\nverlengd QT-interval', rowSpan: 2 }, 'claritromycine', 'combinatie vermijden (QT-verlenging)'],
    ['simvastatine', 'simvastatine tijdelijk staken tijdens de kuur'],
    [{ content: 'Velocitrine', rowSpan: 2, styles: { fontStyle: 'bold' } }, { content: 'hyperkaliëmie (kalium boven 5,5 mmol/l);\nziekte van Addison', rowSpan: 2 }, 'spironolacton en andere kaliumsparende diuretica', 'kalium controleren na 1 week'],
    ['lithium', 'lithiumspiegel controleren na 5 dagen'],
    [{ content: 'Spandoxil', styles: { fontStyle: 'bold' } }, 'slaapapneusyndroom;\nkinderen jonger dan 12 jaar', 'benzodiazepinen en alcohol', 'versterkte sufheid; niet combineren'],
    [{ content: 'Algemeen: bij twijfel over een interactie overleggen met de apotheker.', colSpan: 4, styles: { fontStyle: 'italic', halign: 'left' } }],
  ],
  showHead: 'everyPage',
  styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.6, valign: 'top' },
  headStyles: { fillColor: [46, 125, 50], textColor: 255, fontStyle: 'bold' },
  columnStyles: { 0: { cellWidth: 28 }, 1: { cellWidth: 50 } },
});
y = doc.lastAutoTable.finalY + 4;

// ---------------- Controles ----------------
h2('Controles');
para('Spreek bij lichte lampionheup een controle af na 2 weken, of eerder als de klachten toenemen. Bij matige of ernstige lampionheup is een controle na 1 week aangewezen. Bepaal bij elke controle de LAMP-score.');
para('Bij gebruik van tiprazol langer dan 2 weken wordt de leverfunctie (ALAT) na 4 weken gecontroleerd. Bij gebruik van velocitrine worden het kalium en de eGFR na 1 week gecontroleerd. Bij een kalium boven 5,5 mmol/l wordt velocitrine direct gestaakt. Bij een recidief binnen 3 maanden kan dezelfde stap van het stappenplan opnieuw worden gestart.');

// ---------------- Verwijzing ----------------
h2('Consultatie en verwijzing');
para('Verwijs met spoed (dezelfde dag) naar de orthopeed of chirurg bij de volgende alarmsymptomen:');
list([
  'koorts boven 38,5 °C in combinatie met een rode, warme zwelling (verdenking septische bursitis);',
  'een CRP boven 50 mg/l;',
  'acuut onvermogen om het been te belasten;',
  'snelle groei van de zwelling, meer dan 1 cm per week;',
  'nachtelijke pijn in combinatie met onverklaard gewichtsverlies (denk aan een maligniteit);',
  'krachtsverlies of gevoelsstoornissen in het been.'
], false);
para('Verwijs niet met spoed, maar regulier naar de orthopeed bij een LAMP-score van 7 of hoger na afronding van stap 3, bij meer dan drie recidieven per jaar en bij chronische lampionheup (langer dan 3 maanden). Verwijs kinderen jonger dan 6 jaar met een zwelling aan de heup altijd naar de kinderarts. Overleg met de gynaecoloog als een zwangere vrouw na stap 1 onvoldoende verbetert.');

// ---------------- Footnotes + footers ----------------
const n = doc.getNumberOfPages();
for (let p = 1; p <= n; p++) {
  doc.setPage(p);
  const fns = footnotes.filter(f => f.page === p);
  if (fns.length) {
    let fy = BOTTOM + 4;
    doc.setDrawColor(0); doc.setLineWidth(0.2); doc.line(L, fy, L + 50, fy); fy += 4;
    doc.setFont('helvetica', 'normal'); doc.setFontSize(8);
    for (const f of fns) { const ls = doc.splitTextToSize(f.text, W); doc.text(ls, L, fy); fy += ls.length * 3.5; }
  }
  doc.setFont('helvetica', 'normal'); doc.setFontSize(8); doc.setTextColor(100);
  doc.text('Fictieve Standaard Lampionheup (FT-39) - fictief testdocument', L, 288);
  doc.text('Pagina ' + p + ' van ' + n, R, 288, { align: 'right' });
  doc.setTextColor(0);
}
doc.save('ft39-lampionheup.pdf');
console.log('pages', n);
