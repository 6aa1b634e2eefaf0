// FICTIONAL test guideline FT-57, not medical advice.
// Lays out the guideline by hand with pdf-lib, the way an HIS vendor's own
// report generator would: StandardFonts Helvetica / Helvetica-Bold (WinAnsi),
// own word wrapping, one drawText per line (per segment when a footnote
// marker interrupts the line), A4, header with the title, footer "Pagina N",
// numbered headings, "•" bullets, a hand-drawn dose table (drawLine grid,
// grey drawRectangle header, header repeated on the next page), raised small
// footnote digits, notes at the end.
const fs = require('fs');
const { PDFDocument, StandardFonts, rgb } = require('pdf-lib');

const TITLE = 'Fictieve Standaard Kwartelhoest (FT-57)';
const OUT = __dirname + '/ft57-kwartelhoest.pdf';

const A4 = [595.28, 841.89];
const ML = 56, MR = 56, MT = 72, MB = 64;
const WIDTH = A4[0] - ML - MR;
const BODY = 10, LEAD = 13.2;

// ---------------------------------------------------------------- content
// Inline footnote markers are written "word^N" in the source strings.
const content = [
  { t: 'title', text: TITLE },
  { t: 'meta', text: 'Vastgesteld: 12 maart 2026 - Fictief testdocument, geen medisch advies.' },
  { t: 'h', n: '1', text: 'Kernboodschappen' },
  { t: 'ul', items: [
    'Kwartelhoest is een zelflimiterende virale luchtweginfectie; de meeste patiënten herstellen binnen 3 weken zonder medicatie.',
    'Bepaal bij iedere patiënt de Kwartelhoest Ernstscore (KHS); behandel medicamenteus vanaf een KHS van 4 punten.',
    'Korvalizine is het middel van eerste keus. Bij zwangerschap is korvalizine gecontra-indiceerd en is merotaxal het middel van keus.',
    'Verlaag de dosis korvalizine bij ouderen vanaf 75 jaar en bij een eGFR < 60 ml/min.',
    'Stuur een patiënt met een zuurstofsaturatie onder 92% direct in.',
    'Verwijs zuigelingen jonger dan 6 maanden met kwartelhoest naar de kinderarts.',
  ] },
  { t: 'h', n: '2', text: 'Achtergronden' },
  { t: 'h', n: '2.1', text: 'Begrippen' },
  { t: 'def', term: 'Kwartelhoest:', text: 'acute infectie van de bovenste luchtwegen door het kwartelvirus^1, met hoestbuien die eindigen in een hoge, fluitende inademing (de \'kwartelroep\').' },
  { t: 'def', term: 'Langdurige kwartelhoest:', text: 'hoestklachten die langer dan 6 weken aanhouden.' },
  { t: 'def', term: 'Recidief:', text: 'een nieuwe episode binnen 3 maanden na volledig herstel.' },
  { t: 'def', term: 'Ernstige kwartelhoest:', text: 'een KHS van 8 punten of meer, of een zuurstofsaturatie onder 94%.' },
  { t: 'h', n: '2.2', text: 'Epidemiologie' },
  { t: 'p', text: 'De incidentie in de huisartsenpraktijk is ongeveer 14 per 1000 patiënten per jaar, met een piek van maart tot en met mei. Kinderen van 2 tot 11 jaar en ouderen vanaf 75 jaar worden het vaakst getroffen. De incubatietijd is 4 tot 9 dagen; patiënten zijn besmettelijk tot 5 dagen na het begin van de hoestbuien.' },
  { t: 'h', n: '2.3', text: 'Afkortingen' },
  { t: 'def', term: 'KHS:', text: 'Kwartelhoest Ernstscore, 0 tot 12 punten; 0-3 punten licht, 4-7 punten matig, 8-12 punten ernstig^2' },
  { t: 'def', term: 'NVKL:', text: 'Nederlandse Vereniging voor Kwartelhoest en Luchtwegzorg' },
  { t: 'def', term: 'SpO2:', text: 'zuurstofsaturatie gemeten met pulsoximetrie' },
  { t: 'def', term: 'eGFR:', text: 'geschatte glomerulaire filtratiesnelheid in ml/min/1,73 m2' },
  { t: 'def', term: 'CRP:', text: 'C-reactief proteïne' },
  { t: 'def', term: 'PCR:', text: 'polymerasekettingreactie' },
  { t: 'h', n: '3', text: 'Richtlijnen diagnostiek' },
  { t: 'h', n: '3.1', text: 'Anamnese' },
  { t: 'p', text: 'Vraag naar:' },
  { t: 'ul', items: [
    'duur en beloop van de hoestbuien en het optreden van de kwartelroep;',
    'koorts, benauwdheid en pijn bij het ademhalen;',
    'contact met andere patiënten met kwartelhoest in de afgelopen 10 dagen;',
    'zwangerschap of borstvoeding, nierfunctie en gebruik van simvastatine, fenprocoumon of lithium;',
    'bij kinderen: drinken, plassen en apneuperiodes.',
  ] },
  { t: 'h', n: '3.2', text: 'Alarmsymptomen' },
  { t: 'ul', items: [
    'SpO2 onder 92%;',
    'ademfrequentie boven 30 per minuut bij volwassenen of boven 50 per minuut bij kinderen jonger dan 5 jaar;',
    'apneuperiodes of cyanose bij zuigelingen;',
    'hemoptoë;',
    'verwardheid of sufheid;',
    'koorts boven 40 °C of koorts die langer dan 5 dagen aanhoudt.',
  ] },
  { t: 'h', n: '3.3', text: 'Lichamelijk onderzoek' },
  { t: 'p', text: 'Beoordeel de algemene indruk, ademfrequentie, hartfrequentie en temperatuur en meet de SpO2. Ausculteer de longen; bij kwartelhoest zijn de longen meestal schoon. Crepitaties of een verzwakt ademgeruis wijzen op een pneumonie. Bereken de KHS.' },
  { t: 'h', n: '3.4', text: 'Aanvullend onderzoek' },
  { t: 'ul', items: [
    'Een PCR op een keelwat is alleen geïndiceerd bij twijfel over de diagnose bij zwangeren en bij patiënten met een KHS vanaf 8.',
    'Bepaal het CRP bij verdenking op een bacteriële superinfectie. Bij een CRP onder 20 mg/l is een superinfectie onwaarschijnlijk; bij een CRP boven 100 mg/l^3 is een pneumonie waarschijnlijk en is een X-thorax aangewezen.',
    'Bepaal de eGFR vóór start van korvalizine bij patiënten vanaf 75 jaar en bij een bekende nierfunctiestoornis, als de laatste waarde ouder is dan 12 maanden.',
  ] },
  { t: 'h', n: '4', text: 'Richtlijnen beleid' },
  { t: 'h', n: '4.1', text: 'Voorlichting' },
  { t: 'p', text: 'Leg uit dat kwartelhoest door een virus wordt veroorzaakt en dat de hoestbuien gemiddeld 3 weken duren, soms tot 6 weken. Adviseer thuis te blijven tot 5 dagen na het begin van de hoestbuien. Zwangeren moeten contact met patiënten met kwartelhoest zo veel mogelijk vermijden. Verwijs naar de patiëntenfolder van de NVKL.' },
  { t: 'h', n: '4.2', text: 'Niet-medicamenteuze behandeling' },
  { t: 'ul', items: [
    'Rechtop slapen met een extra kussen.',
    'Voldoende drinken: volwassenen ten minste 2 liter per dag, kinderen ten minste 50 ml/kg per dag.',
    'Stoomtherapie wordt afgeraden vanwege de kans op verbranding.',
    'Stoppen met roken; vermijd meeroken bij kinderen.',
  ] },
  { t: 'h', n: '4.3', text: 'Medicamenteuze behandeling' },
  { t: 'p', text: 'Behandel medicamenteus vanaf een KHS van 4 punten, of vanaf een KHS van 2 punten als de patiënt 75 jaar of ouder is. Korvalizine (tablet 250 mg en 500 mg; suspensie 50 mg/ml) is het middel van eerste keus. Merotaxal (tablet 200 mg) is het alternatief bij zwangerschap, bij contra-indicaties voor korvalizine of bij intolerantie. Sylvaprin-drank (5 mg/ml) kan worden toegevoegd bij hinderlijke nachtelijke hoestbuien. De pendrofam-inhalator (100 microgram per dosis) is geïndiceerd bij een piepende ademhaling. Start korvalizine of merotaxal binnen 72 uur na het begin van de hoestbuien^4; later starten heeft geen aangetoond effect. De doseringen per populatie staan in tabel 1.' },
  { t: 'table' },
  { t: 'p', text: 'Tessadol-neusspray (0,5 mg per verstuiving) kan bij neusverstopping worden gebruikt: volwassenen en kinderen vanaf 6 jaar 1 verstuiving per neusgat 2x per dag, gedurende maximaal 5 dagen. Tessadol is niet geschikt voor kinderen jonger dan 6 jaar en wordt bij zwangerschap afgeraden.' },
  { t: 'h', n: '4.4', text: 'Contra-indicaties' },
  { t: 'ul', items: [
    'Korvalizine: zwangerschap (alle trimesters), ernstige leverfunctiestoornis (Child-Pugh C), verlengd QT-interval (QTc boven 470 ms).',
    'Merotaxal: myasthenia gravis, eerdere overgevoeligheidsreactie op merotaxal, kinderen jonger dan 12 jaar.',
    'Sylvaprin: kinderen jonger dan 2 jaar, ademhalingsinsufficiëntie, gelijktijdig gebruik van opioïden.',
    'Pendrofam: geen absolute contra-indicaties; voorzichtigheid bij tachyaritmie.',
  ] },
  { t: 'h', n: '4.5', text: 'Interacties' },
  { t: 'ul', items: [
    'Korvalizine en simvastatine: onderbreek simvastatine tijdens de kuur en tot 3 dagen erna.',
    'Korvalizine en fenprocoumon: controleer de INR na 3 dagen.',
    'Merotaxal en lithium: bepaal de lithiumspiegel na 5 dagen.',
    'Sylvaprin en benzodiazepinen: versterkte sedatie; geef sylvaprin niet binnen 4 uur na een benzodiazepine.',
  ] },
  { t: 'h', n: '5', text: 'Consultatie en verwijzing' },
  { t: 'ul', items: [
    'Stuur direct in bij een SpO2 onder 92%, een ademfrequentie boven 30 per minuut (volwassenen) of apneuperiodes.',
    'Verwijs zuigelingen jonger dan 6 maanden naar de kinderarts.',
    'Overleg met de internist bij een KHS vanaf 8 bij patiënten van 75 jaar of ouder.',
    'Verwijs naar de longarts bij hoestklachten die langer dan 8 weken aanhouden ondanks behandeling, of bij meer dan 2 recidieven per jaar.',
    'Overleg met de gynaecoloog bij kwartelhoest na een zwangerschapsduur van 36 weken.',
  ] },
  { t: 'h', n: '6', text: 'Controles' },
  { t: 'ul', items: [
    'Controleer patiënten met een KHS van 4-7 punten na 3 dagen.',
    'Bel ouderen vanaf 75 jaar na 48 uur op.',
    'Controleer kinderen van 2-5 jaar na 2 dagen.',
    'Bepaal bij gebruik van korvalizine met een eGFR < 30 ml/min het serumkreatinine na 5 dagen.',
    'Evalueer na 6 weken bij aanhoudende hoest en bepaal dan opnieuw de KHS.',
  ] },
  { t: 'h', n: '', text: 'Noten' },
  { t: 'notes', items: [
    'Het kwartelvirus is een fictief RNA-virus uit de familie van de paramyxovirussen; er bestaat geen vaccin.',
    'De KHS telt punten voor hoestfrequentie (0-3), kwartelroep (0-2), SpO2 (0-3), ademfrequentie (0-2) en drinkproblemen (0-2).',
    'Bij kinderen jonger dan 12 jaar geldt een grens van 80 mg/l.',
    'Bij ouderen vanaf 75 jaar mag korvalizine tot 96 uur na het begin van de hoestbuien worden gestart.',
    'Korvalizine gaat volgens fictieve farmacokinetische gegevens niet over in de moedermelk; borstvoeding kan worden voortgezet.',
    'Sylvaprin niet langer dan 5 dagen gebruiken vanwege gewenning; bij ouderen valrisico door sufheid.',
  ] },
];

const TABLE = {
  caption: 'Tabel 1 Dosering van middelen bij kwartelhoest per populatie',
  cols: [
    { h: 'Middel', w: 68 },
    { h: 'Populatie', w: 92 },
    { h: 'Dosis', w: 58 },
    { h: 'Frequentie', w: 60 },
    { h: 'Max. per dag', w: 54 },
    { h: 'Duur', w: 52 },
    { h: 'Opmerkingen', w: 0 }, // rest
  ],
  groups: [
    { drug: 'Korvalizine (tablet, suspensie 50 mg/ml)', rows: [
      ['Volwassenen 18-74 jaar', '500 mg', '2x per dag', '1000 mg', '5 dagen', 'innemen met voedsel'],
      ['Ouderen vanaf 75 jaar', '250 mg', '2x per dag', '500 mg', '5 dagen', 'eGFR bepalen vóór start'],
      ['Kinderen 6-11 jaar (20-40 kg)', '10 mg/kg', '2x per dag', '600 mg', '5 dagen', 'suspensie 50 mg/ml'],
      ['Kinderen 2-5 jaar (10-19 kg)', '8 mg/kg', '2x per dag', '300 mg', '5 dagen', 'suspensie; niet onder 2 jaar'],
      ['eGFR 30-59 ml/min', '250 mg', '2x per dag', '500 mg', '5 dagen', ''],
      ['eGFR < 30 ml/min', '250 mg', '1x per dag', '250 mg', '5 dagen', 'kreatinine na 5 dagen'],
      ['Zwangerschap', 'gecontra-indiceerd', '-', '-', '-', 'teratogeen in dierstudies; kies merotaxal'],
      ['Borstvoeding', '500 mg', '2x per dag', '1000 mg', '5 dagen', 'borstvoeding voortzetten^5'],
    ] },
    { drug: 'Merotaxal (tablet 200 mg)', rows: [
      ['Volwassenen 18-74 jaar', '200 mg', '3x per dag', '600 mg', '7 dagen', ''],
      ['Kinderen 12-17 jaar', '200 mg', '2x per dag', '400 mg', '7 dagen', 'niet onder 12 jaar'],
      ['Ouderen vanaf 75 jaar', '200 mg', '2x per dag', '400 mg', '7 dagen', ''],
      ['eGFR 30-59 ml/min', '200 mg', '2x per dag', '400 mg', '7 dagen', ''],
      ['eGFR < 30 ml/min', '100 mg', '2x per dag', '200 mg', '7 dagen', ''],
      ['Zwangerschap', '200 mg', '3x per dag', '600 mg', '7 dagen', 'middel van keus bij zwangerschap'],
      ['Borstvoeding', '200 mg', '2x per dag', '400 mg', '7 dagen', 'zuigeling observeren op diarree'],
    ] },
    { drug: 'Sylvaprin-drank (5 mg/ml)', rows: [
      ['Kinderen 2-5 jaar', '2,5 ml', '3x per dag', '7,5 ml', 'max. 5 dagen', 'doseerspuit gebruiken'],
      ['Kinderen 6-11 jaar', '5 ml', '3x per dag', '15 ml', 'max. 5 dagen', ''],
      ['Volwassenen en kinderen vanaf 12 jaar', '10 ml', '3x per dag', '30 ml', 'max. 5 dagen', 'gewenning^6'],
      ['Ouderen vanaf 75 jaar', '5 ml', '2x per dag', '10 ml', 'max. 5 dagen', 'valrisico'],
      ['Zwangerschap en borstvoeding', 'niet aanbevolen', '-', '-', '-', 'onvoldoende gegevens'],
    ] },
    { drug: 'Pendrofam-inhalator (100 microgram per dosis)', rows: [
      ['Volwassenen en kinderen vanaf 12 jaar', '2 inhalaties', 'zo nodig, tot 4x per dag', '8 inhalaties', 'zolang piepen aanhoudt', ''],
      ['Kinderen 4-11 jaar', '1 inhalatie', 'zo nodig, tot 4x per dag', '4 inhalaties', 'zolang piepen aanhoudt', 'met voorzetkamer'],
      ['Zwangerschap', '2 inhalaties', 'zo nodig, tot 4x per dag', '8 inhalaties', 'zolang piepen aanhoudt', ''],
      ['Kinderen 2-3 jaar', '1 inhalatie', 'zo nodig, tot 3x per dag', '3 inhalaties', 'max. 7 dagen', 'voorzetkamer met masker'],
    ] },
  ],
};

// ---------------------------------------------------------------- layout
async function main() {
  const doc = await PDFDocument.create();
  doc.setTitle(TITLE);
  doc.setAuthor('HIS rapportgenerator');
  doc.setProducer('pdf-lib');
  const F = await doc.embedFont(StandardFonts.Helvetica);
  const FB = await doc.embedFont(StandardFonts.HelveticaBold);

  let page, y, pageNo = 0;
  const pages = [];

  function newPage() {
    page = doc.addPage(A4);
    pageNo++;
    pages.push(page);
    // header with the title
    page.drawText(TITLE, { x: ML, y: A4[1] - 40, size: 8.5, font: F, color: rgb(0.3, 0.3, 0.3) });
    page.drawLine({ start: { x: ML, y: A4[1] - 46 }, end: { x: A4[0] - MR, y: A4[1] - 46 }, thickness: 0.5, color: rgb(0.5, 0.5, 0.5) });
    // running footer
    const ft = 'Pagina ' + pageNo;
    page.drawText(ft, { x: (A4[0] - F.widthOfTextAtSize(ft, 8.5)) / 2, y: 32, size: 8.5, font: F, color: rgb(0.3, 0.3, 0.3) });
    y = A4[1] - MT;
  }
  function need(h) { if (y - h < MB) newPage(); }

  // Tokens: {w: word, m: marker|null}
  function tokens(text) {
    return text.split(/\s+/).filter(Boolean).map(w => {
      const m = w.match(/^(.*?)\^(\d+)(\S*)$/);
      return m ? { w: m[1], m: m[2], tail: m[3] } : { w, m: null, tail: '' };
    });
  }
  function tokWidth(tk, font, size) {
    let w = font.widthOfTextAtSize(tk.w, size);
    if (tk.m) w += F.widthOfTextAtSize(tk.m, size * 0.62) + font.widthOfTextAtSize(tk.tail, size);
    return w;
  }
  // own greedy word wrap
  // a word wider than the column is split after its hyphens (and, if still
  // too wide, by characters), as a simple report generator would do
  function splitLong(tk, font, size, width) {
    if (tokWidth(tk, font, size) <= width || tk.m) return [tk];
    const parts = tk.w.split(/(?<=-)/);
    const out = []; let cur = '';
    for (const p of parts) {
      if (cur && font.widthOfTextAtSize(cur + p, size) > width) { out.push(cur); cur = p; } else cur += p;
    }
    if (cur) out.push(cur);
    const res = [];
    for (let p of out) {
      while (font.widthOfTextAtSize(p, size) > width) {
        let k = p.length - 1;
        while (k > 1 && font.widthOfTextAtSize(p.slice(0, k), size) > width) k--;
        res.push(p.slice(0, k)); p = p.slice(k);
      }
      res.push(p);
    }
    return res.map((w, i) => ({ w, m: null, tail: '', glue: i > 0 }));
  }
  function wrap(text, font, size, width) {
    const lines = []; let cur = [], cw = 0;
    const sp = font.widthOfTextAtSize(' ', size);
    for (const tk of tokens(text).flatMap(t => splitLong(t, font, size, width))) {
      const w = tokWidth(tk, font, size);
      if (cur.length && cw + sp + w > width) { lines.push(cur); cur = []; cw = 0; }
      cw += (cur.length ? sp : 0) + w; cur.push(tk);
    }
    if (cur.length) lines.push(cur);
    return lines;
  }
  // draw one line: one drawText per run of plain words; a footnote marker
  // is a small digit drawn 3.5pt higher.
  function drawLine(pg, line, x, yy, font, size) {
    let run = [];
    let cx = x;
    const flush = () => {
      if (!run.length) return;
      const s = run.join(' ');
      pg.drawText(s, { x: cx, y: yy, size, font });
      cx += font.widthOfTextAtSize(s, size);
      run = [];
    };
    line.forEach((tk, i) => {
      const lead = i > 0 ? ' ' : '';
      if (!tk.m) { run.push(tk.w); return; }
      run.push(tk.w);
      flush();
      const ms = size * 0.62;
      pg.drawText(tk.m, { x: cx, y: yy + size * 0.38, size: ms, font: F });
      cx += F.widthOfTextAtSize(tk.m, ms);
      if (tk.tail) { pg.drawText(tk.tail, { x: cx, y: yy, size, font }); cx += font.widthOfTextAtSize(tk.tail, size); }
      cx += font.widthOfTextAtSize(' ', size);
    });
    flush();
  }
  function para(text, { x = ML, width = WIDTH, font = F, size = BODY, lead = LEAD } = {}) {
    for (const line of wrap(text, font, size, width)) {
      need(lead);
      y -= lead;
      drawLine(page, line, x, y, font, size);
    }
  }

  function table() {
    const cols = TABLE.cols.map(c => ({ ...c }));
    const used = cols.reduce((a, c) => a + c.w, 0);
    cols[cols.length - 1].w = WIDTH - used;
    const xs = [ML]; cols.forEach(c => xs.push(xs[xs.length - 1] + c.w));
    const TS = 8.5, TL = 10.4, PAD = 4;
    const headerLines = cols.map(c => wrap(c.h, FB, TS, c.w - 2 * PAD));
    const headerH = Math.max(...headerLines.map(l => l.length)) * TL + 2 * PAD;

    function caption(cont) {
      need(LEAD + 6 + headerH + 30);
      y -= LEAD + 4;
      page.drawText(TABLE.caption + (cont ? ' (vervolg)' : ''), { x: ML, y, size: 9.5, font: FB });
      y -= 6;
    }
    function header() {
      const top = y;
      page.drawRectangle({ x: ML, y: top - headerH, width: WIDTH, height: headerH, color: rgb(0.82, 0.82, 0.82) });
      cols.forEach((c, i) => {
        headerLines[i].forEach((ln, k) => drawLine(page, ln, xs[i] + PAD, top - PAD - (k + 1) * TL + 2.2, FB, TS));
      });
      hline(top, 0.9); hline(top - headerH, 0.9);
      vlines(top, top - headerH);
      y = top - headerH;
    }
    function hline(yy, th) {
      page.drawLine({ start: { x: ML, y: yy }, end: { x: ML + WIDTH, y: yy }, thickness: th, color: rgb(0, 0, 0) });
    }
    function vlines(top, bot) {
      xs.forEach(x => page.drawLine({ start: { x, y: top }, end: { x, y: bot }, thickness: 0.5, color: rgb(0, 0, 0) }));
    }

    caption(false);
    header();
    for (const g of TABLE.groups) {
      g.rows.forEach((r, ri) => {
        const cells = [ri === 0 ? g.drug : '', ...r];
        const lines = cells.map((c, i) => wrap(c, i === 0 ? FB : F, TS, cols[i].w - 2 * PAD));
        const h = Math.max(1, ...lines.map(l => l.length)) * TL + 2 * PAD;
        if (y - h < MB) {
          newPage();
          caption(true);
          header();
        }
        const top = y;
        cells.forEach((c, i) => lines[i].forEach((ln, k) =>
          drawLine(page, ln, xs[i] + PAD, top - PAD - (k + 1) * TL + 2.2, i === 0 ? FB : F, TS)));
        vlines(top, top - h);
        hline(top - h, 0.4);
        y = top - h;
      });
      hline(y, 0.9);
    }
    y -= 4;
  }

  newPage();
  for (const el of content) {
    switch (el.t) {
      case 'title':
        y -= 10;
        page.drawText(el.text, { x: ML, y, size: 17, font: FB });
        y -= 8;
        break;
      case 'meta':
        para(el.text, { size: 9, lead: 14 });
        y -= 4;
        break;
      case 'h': {
        const size = el.n.includes('.') ? 11 : 13;
        const gap = el.n.includes('.') ? 8 : 14;
        need(gap + size + 3 * LEAD);
        y -= gap + size;
        const s = el.n ? el.n + ' ' + el.text : el.text;
        page.drawText(s, { x: ML, y, size, font: FB });
        y -= 3;
        break;
      }
      case 'p':
        para(el.text);
        y -= 5;
        break;
      case 'def': {
        // bold term, text continues on the same line, hanging indent
        const tw = FB.widthOfTextAtSize(el.term + ' ', BODY);
        const lines = wrap(el.text, F, BODY, WIDTH - 14 - tw);
        lines.forEach((ln, k) => {
          need(LEAD); y -= LEAD;
          if (k === 0) page.drawText(el.term, { x: ML + 14, y, size: BODY, font: FB });
          drawLine(page, ln, ML + 14 + tw, y, F, BODY);
        });
        y -= 2;
        break;
      }
      case 'ul':
        for (const it of el.items) {
          const lines = wrap(it, F, BODY, WIDTH - 26);
          lines.forEach((ln, k) => {
            need(LEAD); y -= LEAD;
            if (k === 0) page.drawText('•', { x: ML + 10, y, size: BODY, font: F });
            drawLine(page, ln, ML + 26, y, F, BODY);
          });
          y -= 1.5;
        }
        y -= 4;
        break;
      case 'notes':
        el.items.forEach((it, i) => {
          const lines = wrap(it, F, 9, WIDTH - 18);
          lines.forEach((ln, k) => {
            need(12); y -= 12;
            if (k === 0) page.drawText(String(i + 1), { x: ML, y: y + 2.5, size: 6.5, font: F });
            drawLine(page, ln, ML + 18, y, F, 9);
          });
          y -= 3;
        });
        break;
      case 'table':
        table();
        break;
    }
  }
  fs.writeFileSync(OUT, await doc.save());
  console.log('wrote', OUT, 'pages', pageNo);
}
main();
