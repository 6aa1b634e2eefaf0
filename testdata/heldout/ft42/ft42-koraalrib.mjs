// FT-42: fictional Dutch guideline "Koraalrib", produced with pdfme 6.1.13 (server-side, Node.js).
// Build: node ft42-koraalrib.mjs -> writes ft42-koraalrib.pdf beside it
import fs from 'node:fs';
import { generate } from '@pdfme/generator';
import { text, table, line } from '@pdfme/schemas';

const font = {
  DejaVuSans: { data: fs.readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'), fallback: true },
  DejaVuSansBold: { data: fs.readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf') },
};

const X = 20;           // left margin (mm)
const W = 170;          // content width (mm)
const TOP = 20;         // top padding (mm)

// ---------------------------------------------------------------- content
// Each template page is a list of blocks; blocks are turned into pdfme schemas
// stacked from top to bottom (text schemas use overflow 'expand', tables break automatically).
const pages = [
  // ---------------- page 1
  [
    { k: 'title', t: 'NHG-Standaard Koraalrib (fictief)' },
    { k: 'warn', t: 'Fictief testdocument - geen medisch advies. De aandoening koraalrib en de geneesmiddelen meltravan, ozipride, fendaclor en turvanol zijn verzonnen en bestaan niet.' },
    { k: 'meta', t: 'Vastgesteld: 12 maart 2026  |  Versie 1.0  |  Werkgroep Fictieve Standaarden' },
    { k: 'h1', t: 'Kernboodschappen' },
    { k: 'list', t: [
      '• Denk aan koraalrib bij een patiënt met langer dan 3 weken bestaande pijn op de overgang van rib en ribkraakbeen, met palpabele harde noduli.',
      '• De diagnose wordt gesteld op basis van anamnese, lichamelijk onderzoek en een verhoogde alkalische koraalfosfatase (AKF).',
      '• Bepaal de ernst met de Koraalrib Ernstscore (KRES); behandel medicamenteus vanaf een KRES van 5 punten.',
      '• Start met meltravan; voeg ozipride toe bij onvoldoende effect na 4 weken.',
      '• Fendaclor is gecontra-indiceerd tijdens zwangerschap en borstvoeding.',
      '• Verwijs bij alarmsymptomen met spoed naar de longarts of de SEH.',
    ] },
    { k: 'h1', t: 'Inleiding' },
    { k: 'p', t: 'Deze standaard geeft richtlijnen voor de diagnostiek en behandeling van koraalrib bij volwassenen en kinderen vanaf 6 jaar in de huisartsenpraktijk. Koraalrib is een chronische, recidiverende ontsteking van de costochondrale overgangen waarbij kleine, koraalvormige verkalkingen in het ribkraakbeen ontstaan.' },
    { k: 'h2', t: 'Epidemiologie' },
    { k: 'p', t: 'De jaarincidentie van koraalrib in de huisartsenpraktijk bedraagt 1,8 per 1000 patiënten; de prevalentie wordt geschat op 6,4 per 1000 patiënten. Een normpraktijk van 2350 patiënten telt daarmee ongeveer 15 patiënten met koraalrib. Vrouwen worden ruim tweemaal zo vaak getroffen als mannen (verhouding 2,3 : 1). De piekincidentie ligt tussen 35 en 55 jaar. Bij kinderen jonger dan 12 jaar is de aandoening zeldzaam (0,2 per 1000 per jaar). Bij ongeveer 30% van de patiënten treedt binnen 2 jaar een recidief op.' },
    { k: 'h1', t: 'Achtergronden' },
    { k: 'h2', t: 'Definitie' },
    { k: 'p', t: 'Koraalrib is een (fictieve) aseptische ontsteking van één of meer costochondrale overgangen, meestal van rib 2 tot en met 5, met vorming van harde, onregelmatige noduli (koraalnoduli) van 3 tot 10 mm.' },
  ],
  // ---------------- page 2
  [
    { k: 'h2', t: 'Pathofysiologie en risicofactoren' },
    { k: 'p', t: 'Men veronderstelt dat een overmatige activiteit van het enzym alkalische koraalfosfatase (AKF) leidt tot neerslag van calciumkristallen in het kraakbeen. Risicofactoren zijn zwaar lichamelijk werk met de armen boven het hoofd, eerder doorgemaakte ribfracturen en een positieve familieanamnese.' },
    { k: 'h2', t: 'Beloop' },
    { k: 'p', t: 'Zonder behandeling duurt een episode gemiddeld 4 tot 6 maanden. Bij 1 op de 10 patiënten ontstaat een chronisch beloop langer dan 1 jaar. Een zeldzame complicatie (minder dan 1%) is pleuritis koraalis¹ met pleuravocht.' },
    { k: 'h1', t: 'Richtlijnen diagnostiek' },
    { k: 'h2', t: 'Anamnese' },
    { k: 'p', t: 'Vraag naar:' },
    { k: 'list', t: [
      '1. duur en lokalisatie van de pijn (welke ribben, een- of tweezijdig);',
      '2. pijn bij diep inademen, hoesten of bewegen van de armen;',
      '3. zwelling of harde knobbeltjes op de borstwand;',
      '4. kortademigheid, koorts en gewichtsverlies;',
      '5. beroep en sport (bovenhandse belasting);',
      '6. eerdere episoden, ribfracturen en koraalrib in de familie;',
      '7. gebruik van geneesmiddelen, in het bijzonder lithium en anticoagulantia.',
    ] },
    { k: 'h2', t: 'Lichamelijk onderzoek' },
    { k: 'p', t: 'Palpeer de costochondrale overgangen van rib 1 tot en met 7 aan beide zijden. Kenmerkend zijn harde, drukpijnlijke noduli met een doorsnede van 3 tot 10 mm. Meet de grootste nodus met een liniaal. Bepaal de ademfrequentie en de zuurstofsaturatie; een saturatie onder 94% past niet bij ongecompliceerde koraalrib.' },
    { k: 'h2', t: 'Aanvullend onderzoek' },
    { k: 'p', t: 'Laboratoriumonderzoek: bepaal de alkalische koraalfosfatase (AKF) in serum. Een AKF-waarde boven 140 U/l ondersteunt de diagnose; bij een waarde boven 400 U/l moet aan een andere oorzaak (bijvoorbeeld een botmetastase) worden gedacht. Bepaal daarnaast CRP en eGFR voorafgaand aan medicamenteuze behandeling.' },
    { k: 'p', t: 'Koraalrib Ernstscore (KRES): de KRES is een score van 0 tot 12 punten, opgebouwd uit vier onderdelen die elk 0 tot 3 punten krijgen: pijnintensiteit, aantal aangedane ribben, kortademigheid en beperking in dagelijkse activiteiten. Een KRES van 0 tot 4 geldt als licht, 5 tot 8 als matig en 9 tot 12 als ernstig.' },
    { k: 'p', t: 'Beeldvorming: echografie van de borstwand is alleen geïndiceerd bij twijfel over de diagnose; het typische koraalteken (hyperechogene, vertakte verkalking) heeft een sensitiviteit van 85%. Een X-thorax is niet zinvol voor de diagnose, maar wel bij verdenking op pleuritis koraalis.' },
    { k: 'h2', t: 'Evaluatie' },
    { k: 'p', t: 'Stel de diagnose koraalrib bij pijn op de costochondrale overgang gedurende ten minste 3 weken, palpabele noduli en een AKF boven 140 U/l.' },
    { k: 'rule' },
    { k: 'foot', t: '¹ Pleuritis koraalis: prikkeling van de pleura door uitbreiding van de ontsteking; gaat gepaard met ademafhankelijke pijn en koorts. Zie Consultatie en verwijzing.' },
  ],
  // ---------------- page 3
  [
    { k: 'h1', t: 'Richtlijnen beleid' },
    { k: 'h2', t: 'Voorlichting' },
    { k: 'p', t: 'Leg uit dat koraalrib een goedaardige aandoening is die meestal binnen 6 maanden vanzelf verdwijnt, maar kan terugkeren. Adviseer bovenhandse belasting te beperken zolang de pijn aanhoudt. Verwijs naar de (fictieve) patiëntenfolder over koraalrib.' },
    { k: 'h2', t: 'Niet-medicamenteuze behandeling' },
    { k: 'p', t: 'Adviseer lokale warmte (15 tot 20 minuten, 3 keer per dag) en ademhalingsoefeningen. Verwijs bij een KRES van 5 of hoger naar de fysiotherapeut voor maximaal 9 behandelingen. Koude applicatie wordt afgeraden omdat deze de kraakbeenverkalking kan versnellen.' },
    { k: 'h2', t: 'Medicamenteuze behandeling' },
    { k: 'p', t: 'Volg bij koraalrib het onderstaande stappenplan. De doseringen van meltravan, ozipride en fendaclor staan in tabel 1; contra-indicaties en interacties staan in tabel 2.' },
    { k: 'list', t: [
      '1. Stap 1: paracetamol 1000 mg maximaal 4 keer per dag bij een KRES van 0 tot 4.',
      '2. Stap 2: meltravan bij een KRES van 5 of hoger, of als paracetamol na 2 weken onvoldoende helpt.',
      '3. Stap 3: voeg ozipride toe aan meltravan als de KRES na 4 weken meltravan niet ten minste 2 punten is gedaald.',
      '4. Stap 4: bij een exacerbatie (toename van de KRES met 3 punten of meer binnen 1 week) kortdurend fendaclor; bij een contra-indicatie voor fendaclor turvanol.',
      '5. Stap 5: verwijs naar de reumatoloog als de KRES na 8 weken combinatietherapie 9 of hoger blijft.',
    ] },
  ],
  // ---------------- page 4 (dose table, breaks onto the next page with repeated header)
  [
    { k: 'h2', t: 'Turvanol' },
    { k: 'p', t: 'Turvanol wordt alleen ingezet bij een exacerbatie als fendaclor gecontra-indiceerd is of niet wordt verdragen. Dosering turvanol bij volwassenen: 40 mg eenmaal daags gedurende 5 dagen, daarna 20 mg eenmaal daags gedurende nog 5 dagen; maximaal 40 mg per dag. Ouderen vanaf 70 jaar: 20 mg eenmaal daags gedurende 7 dagen. Turvanol is niet onderzocht bij kinderen jonger dan 16 jaar en wordt bij hen niet gebruikt. Tijdens de zwangerschap mag turvanol in het tweede en derde trimester worden gebruikt in de volwassenendosering. Neem turvanol ’s ochtends in met voedsel.' },
    { k: 'cap', t: 'Tabel 1. Dosering van meltravan, ozipride en fendaclor bij koraalrib' },
    { k: 'table', name: 'tabel1',
      head: ['Middel', 'Patiëntgroep', 'Dosis per keer', 'Frequentie', 'Maximum per dag', 'Behandelduur'],
      widths: [17, 21, 16, 14, 14, 18],
      // pdfme 6.1.13 does not count the repeated header of a split table when pushing the next schema down,
      // so leave extra room after this table (otherwise the note overlaps the last row).
      after: 14,
      body: [
        ['meltravan\n(tablet 100 mg;\ndrank 20 mg/ml)', 'Volwassenen 18–69 jaar', '200 mg', '2× per dag', '400 mg', '4 weken, daarna evalueren'],
        ['', 'Kinderen 6–11 jaar²', '5 mg/kg', '2× per dag', '200 mg', '2 weken'],
        ['', 'Kinderen 12–17 jaar', '150 mg', '2× per dag', '300 mg', '3 weken'],
        ['', 'Ouderen ≥ 70 jaar', '100 mg', '2× per dag', '200 mg', '4 weken'],
        ['', 'eGFR 30–59*', '100 mg', '2× per dag', '200 mg', '4 weken'],
        ['', 'eGFR < 30*', '100 mg', '1× per dag', '100 mg', '4 weken;\ncontrole eGFR na 2 weken'],
        ['', 'Zwangerschap en borstvoeding', '100 mg', '2× per dag', '200 mg', 'zo kort mogelijk, max. 2 weken'],
        ['ozipride\n(tablet 5 mg en 15 mg)', 'Volwassenen 18–69 jaar', '15 mg\n(zo nodig na 2 weken 30 mg)', '1× per dag', '30 mg', '8 weken'],
        ['', 'Kinderen 15–29 kg', '5 mg', '1× per dag', '5 mg', '6 weken'],
        ['', 'Kinderen 30–50 kg', '10 mg', '1× per dag', '10 mg', '6 weken'],
        ['', 'Ouderen ≥ 70 jaar', '7,5 mg', '1× per dag', '15 mg', '8 weken'],
        ['', 'eGFR 30–59*', '7,5 mg', '1× per dag', '15 mg', '8 weken'],
        ['', 'eGFR < 30*', '5 mg', 'om de dag', '5 mg', '8 weken'],
        ['', 'Zwangerschap en borstvoeding', '5 mg', '1× per dag', '5 mg', 'max. 4 weken'],
        ['fendaclor\n(capsule 25 mg en 50 mg)', 'Volwassenen 18–69 jaar', '50 mg', '3× per dag', '150 mg', '10 dagen'],
        ['', 'Kinderen ≥ 12 jaar en ≥ 40 kg', '25 mg', '3× per dag', '75 mg', '7 dagen'],
        ['', 'Ouderen ≥ 70 jaar', '25 mg', '2× per dag', '50 mg', '7 dagen'],
        ['', 'eGFR 30–59*', '25 mg', '3× per dag', '75 mg', '10 dagen'],
        ['', 'eGFR < 30*', '25 mg', '1× per dag', '25 mg', '5 dagen'],
        ['', 'Zwangerschap en borstvoeding', 'gecontra-indiceerd: niet gebruiken (kies turvanol)', '–', '–', '–'],
      ] },
    { k: 'foot', t: '* eGFR in ml/min/1,73 m². Bij een eGFR < 15 ml/min/1,73 m² geen van deze middelen voorschrijven en overleggen met de internist-nefroloog.\n² Bij kinderen van 6–11 jaar de dosis meltravan afronden op 10 mg en bij voorkeur de drank (20 mg/ml) gebruiken.' },
  ],
  // ---------------- page 5
  [
    { k: 'cap', t: 'Tabel 2. Contra-indicaties, interacties en controles per middel' },
    { k: 'table', name: 'tabel2',
      head: ['Middel', 'Contra-indicaties', 'Belangrijke interacties', 'Controle'],
      widths: [15, 30, 35, 20],
      body: [
        ['meltravan', 'actief maagulcus;\nernstige leverfunctiestoornis;\novergevoeligheid voor meltravan', 'lithium: lithiumspiegel stijgt, controleer de spiegel na 1 week;\nmethotrexaat: combinatie vermijden', 'ALAT na 4 weken'],
        ['ozipride', 'eGFR < 15;\nhyperkaliëmie (kalium > 5,5 mmol/l)', 'ACE-remmers en ARB’s: kaliumcontrole na 1 week;\nspironolacton: niet combineren', 'kalium en eGFR na 2 en 8 weken'],
        ['fendaclor', 'zwangerschap en borstvoeding;\nkinderen < 12 jaar;\nQT-verlenging in de voorgeschiedenis', 'claritromycine en erytromycine: QT-verlenging, combinatie vermijden;\norale anticoagulantia: INR-controle na 3 dagen', 'ECG vooraf bij hartziekte'],
        ['turvanol', 'kinderen < 16 jaar;\nactieve infectie;\nontregelde diabetes mellitus', 'rifampicine: werking van turvanol vermindert;\nNSAID’s: verhoogd risico op maagbloeding', 'glucose na 3 dagen bij diabetes'],
      ] },
    { k: 'foot', t: 'Noot: deze tabel is niet volledig; raadpleeg voor overige interacties het (fictieve) Farmacotherapeutisch Kompas.' },
    { k: 'h1', t: 'Controles' },
    { k: 'p', t: 'Beoordeel het effect van de behandeling na 2 weken (telefonisch of op het spreekuur) en na 4 weken op het spreekuur met herhaling van de KRES. Bij gebruik van ozipride: controleer kalium en eGFR na 2 en na 8 weken (zie tabel 2). Herhaal de AKF-bepaling na 3 maanden; een daling van ten minste 30% wijst op een goede respons. Bij een stabiel beloop volstaat daarna een controle elke 6 maanden tot de klachten 3 maanden verdwenen zijn. De praktijkondersteuner (POH) kan de KRES afnemen en de controles uitvoeren.' },
    { k: 'h1', t: 'Consultatie en verwijzing' },
    { k: 'p', t: 'Verwijs met spoed (dezelfde dag) bij een of meer van de volgende alarmsymptomen:' },
    { k: 'list', t: [
      '• hemoptoë;',
      '• koorts boven 38,5 °C in combinatie met ademafhankelijke pijn (verdenking pleuritis koraalis);',
      '• zuurstofsaturatie onder 94% of dyspneu in rust;',
      '• snel groeiende nodus (toename van meer dan 5 mm binnen 4 weken);',
      '• onverklaard gewichtsverlies van meer dan 5% in 3 maanden.',
    ] },
    { k: 'p', t: 'Verwijs regulier (niet met spoed) naar:' },
    { k: 'list', t: [
      '• de reumatoloog bij een KRES van 9 of hoger na 8 weken combinatietherapie of bij meer dan 3 recidieven per jaar;',
      '• de kinderarts bij kinderen jonger dan 6 jaar met verdenking op koraalrib;',
      '• de internist-nefroloog bij een eGFR < 15 ml/min/1,73 m².',
    ] },
    { k: 'p', t: 'Overleg met de apotheker bij twijfel over interacties van fendaclor.' },
  ],
];

// ---------------------------------------------------------------- schema builders
const styles = {
  title: { fontName: 'DejaVuSansBold', fontSize: 18, lineHeight: 1.2, fontColor: '#1a4d7a', h: 10, gap: 2 },
  warn:  { fontName: 'DejaVuSansBold', fontSize: 10, lineHeight: 1.3, fontColor: '#b00020', h: 5, gap: 2, backgroundColor: '#fdecea' },
  meta:  { fontName: 'DejaVuSans', fontSize: 9, lineHeight: 1.3, fontColor: '#555555', h: 5, gap: 4 },
  h1:    { fontName: 'DejaVuSansBold', fontSize: 13, lineHeight: 1.2, fontColor: '#1a4d7a', h: 7, gap: 1.5 },
  h2:    { fontName: 'DejaVuSansBold', fontSize: 10.5, lineHeight: 1.2, fontColor: '#000000', h: 5.5, gap: 1 },
  p:     { fontName: 'DejaVuSans', fontSize: 9.5, lineHeight: 1.35, fontColor: '#000000', h: 5, gap: 2.5 },
  list:  { fontName: 'DejaVuSans', fontSize: 9.5, lineHeight: 1.35, fontColor: '#000000', h: 5, gap: 2.5 },
  cap:   { fontName: 'DejaVuSansBold', fontSize: 10, lineHeight: 1.2, fontColor: '#1a4d7a', h: 5.5, gap: 1.5 },
  foot:  { fontName: 'DejaVuSans', fontSize: 7.5, lineHeight: 1.3, fontColor: '#333333', h: 4, gap: 4 },
};

const cellBase = {
  fontName: 'DejaVuSans', alignment: 'left', verticalAlignment: 'top', fontSize: 8.5, lineHeight: 1.25,
  characterSpacing: 0, fontColor: '#000000', backgroundColor: '', borderColor: '#7f8c8d',
  borderWidth: { top: 0.1, right: 0.1, bottom: 0.1, left: 0.1 }, padding: { top: 2, right: 1.8, bottom: 2, left: 1.8 },
};

const template = {
  basePdf: {
    width: 210, height: 297, padding: [TOP, 20, 20, 20],
    staticSchema: [
      { name: 'footer', type: 'text', readOnly: true, content: 'Fictieve NHG-Standaard Koraalrib (FT-42) – fictief testdocument – pagina {currentPage} van {totalPages}',
        position: { x: X, y: 283 }, width: W, height: 5, fontName: 'DejaVuSans', fontSize: 8, lineHeight: 1,
        alignment: 'center', verticalAlignment: 'middle', fontColor: '#666666', characterSpacing: 0, backgroundColor: '' },
      { name: 'footerLine', type: 'line', readOnly: true, position: { x: X, y: 281 }, width: W, height: 0.3, rotate: 0, opacity: 1, color: '#999999' },
    ],
  },
  schemas: [],
};
const input = {};
let n = 0;

for (const blocks of pages) {
  const schemas = [];
  let y = TOP;
  for (const b of blocks) {
    n += 1;
    const name = b.name || `${b.k}${n}`;
    if (b.k === 'rule') {
      schemas.push({ name, type: 'line', position: { x: X, y: y + 2 }, width: 50, height: 0.2, rotate: 0, opacity: 1, color: '#000000', readOnly: true });
      y += 4;
      continue;
    }
    if (b.k === 'table') {
      schemas.push({
        name, type: 'table', position: { x: X, y }, width: W, height: 20,
        showHead: true, repeatHead: true, head: b.head, headWidthPercentages: b.widths,
        tableStyles: { borderColor: '#2c3e50', borderWidth: 0.3 },
        headStyles: { ...cellBase, fontName: 'DejaVuSansBold', fontColor: '#ffffff', backgroundColor: '#1a4d7a', fontSize: 8.5 },
        bodyStyles: { ...cellBase, alternateBackgroundColor: '#e8f1f8' },
        columnStyles: {},
      });
      input[name] = JSON.stringify(b.body);
      y += 20 + 3 + (b.after || 0);
      continue;
    }
    const s = styles[b.k];
    const value = Array.isArray(b.t) ? b.t.join('\n') : b.t;
    schemas.push({
      name, type: 'text', position: { x: X, y }, width: W, height: s.h,
      fontName: s.fontName, fontSize: s.fontSize, lineHeight: s.lineHeight, characterSpacing: 0,
      alignment: 'left', verticalAlignment: 'top', fontColor: s.fontColor, backgroundColor: s.backgroundColor || '',
      overflow: 'expand',          // dynamic font size is off; boxes grow and break across pages
    });
    input[name] = value;
    y += s.h + s.gap;
  }
  template.schemas.push(schemas);
}

const pdf = await generate({ template, inputs: [input], plugins: { text, table, line }, options: { font, title: 'Fictieve NHG-Standaard Koraalrib (FT-42)' } });
fs.writeFileSync(new URL('./ft42-koraalrib.pdf', import.meta.url), pdf);
console.log('written', pdf.length, 'bytes');
