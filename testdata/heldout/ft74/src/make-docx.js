// Builds the FICTIONAL guideline FT-74 (Mossenuitslag) as a Word .docx with docx.js.
const fs = require('fs');
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
  WidthType, VerticalMergeType, ShadingType, FootnoteReferenceRun, LevelFormat,
  AlignmentType, BorderStyle, Textbox,
} = require('docx');

const H1 = (t) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_1 });
const H2 = (t) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_2 });
const H3 = (t) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_3 });

// runs: string | {b: 'bold'} | {i: 'italic'} | {fn: N}
function runs(parts) {
  return parts.map((p) => {
    if (typeof p === 'string') return new TextRun(p);
    if (p.b) return new TextRun({ text: p.b, bold: true });
    if (p.i) return new TextRun({ text: p.i, italics: true });
    if (p.fn) return new FootnoteReferenceRun(p.fn);
    throw new Error('bad part');
  });
}
const P = (...parts) => new Paragraph({ children: runs(parts) });
const B = (...parts) => new Paragraph({ children: runs(parts), bullet: { level: 0 } });
const B2 = (...parts) => new Paragraph({ children: runs(parts), bullet: { level: 1 } });
const N = (ref, ...parts) => new Paragraph({ children: runs(parts), numbering: { reference: ref, level: 0 } });
const CAP = (t) => new Paragraph({ children: [new TextRun({ text: t, bold: true })], style: 'Caption' });

function cell(text, opts = {}) {
  const paras = String(text).split('\n').map((line) => new Paragraph({
    children: [new TextRun({ text: line, bold: !!opts.bold })],
  }));
  const o = { children: paras };
  if (opts.vm) o.verticalMerge = opts.vm === 'r' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE;
  if (opts.span) o.columnSpan = opts.span;
  if (opts.fill) o.shading = { fill: opts.fill, type: ShadingType.CLEAR, color: 'auto' };
  return new TableCell(o);
}

// ---------- Tabel 1: MOSS-score ----------
const tabel1 = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    new TableRow({ tableHeader: true, children: [cell('Letter', { bold: true, fill: 'D9E2F3' }), cell('Kenmerk', { bold: true, fill: 'D9E2F3' }), cell('Punten', { bold: true, fill: 'D9E2F3' })] }),
    new TableRow({ children: [cell('M'), cell('Meer dan 3 plekken'), cell('1')] }),
    new TableRow({ children: [cell('O'), cell('Oedeem rond de laesies'), cell('1')] }),
    new TableRow({ children: [cell('S'), cell('Schilferende ringvormige rand'), cell('2')] }),
    new TableRow({ children: [cell('S'), cell('Sporenblootstelling (veen, tuinaarde) in de afgelopen 14 dagen'), cell('2')] }),
    new TableRow({ children: [cell('Totaal', { bold: true, span: 2 }), cell('0-6')] }),
  ],
});

// ---------- Tabel 2: dosering ----------
const hdr = ['Middel', 'Patiëntgroep', 'Dosering', 'Frequentie', 'Duur', 'Opmerkingen'];
const T = 'trevolamide (oraal)';
const D = 'dorbaxine (oraal)';
const tabel2 = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    new TableRow({ tableHeader: true, children: hdr.map((h) => cell(h, { bold: true, fill: 'D9E2F3' })) }),
    // trevolamide, 8 rows
    new TableRow({ children: [cell(T, { vm: 'r', bold: true }), cell('Volwassenen'), cell('200 mg'), cell('2 dd'), cell('7 dagen'), cell('innemen na de maaltijd')] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('Kinderen 2-11 jaar'), cell('10 mg/kg/dag'), cell('verdeeld over 2 giften'), cell('7 dagen'), cell('max. 400 mg/dag; suspensie 40 mg/ml')] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('Kinderen < 2 jaar'), cell('niet aanbevolen; overleg met de kinderarts', { span: 4 })] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('Ouderen ≥ 70 jaar'), cell('100 mg'), cell('2 dd'), cell('7 dagen'), cell('eGFR bepalen vóór start')] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('eGFR 30-59 ml/min/1,73 m²'), cell('100 mg'), cell('2 dd'), cell('10 dagen'), cell('kreatinine controleren na 5 dagen')] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('eGFR < 30 ml/min/1,73 m²'), cell('gecontra-indiceerd; geef dorbaxine', { span: 4 })] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('Zwangerschap'), cell('gecontra-indiceerd (teratogeen in dierstudies)', { span: 4 })] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('Borstvoeding'), cell('200 mg'), cell('2 dd'), cell('7 dagen'), cell('direct na het voeden innemen; zuigeling letten op diarree')] }),
    // dorbaxine, 5 rows
    new TableRow({ children: [cell(D, { vm: 'r', bold: true }), cell('Volwassenen'), cell('500 mg'), cell('3 dd'), cell('10 dagen'), cell('tweede keus; niet met zuivel innemen')] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('Kinderen ≥ 6 jaar en ≥ 20 kg'), cell('250 mg'), cell('3 dd'), cell('10 dagen'), cell('tablet mag fijngemaakt worden')] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('Zwangerschap'), cell('500 mg'), cell('3 dd'), cell('10 dagen'), cell('middel van eerste keus tijdens de zwangerschap')] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('Borstvoeding'), cell('500 mg'), cell('3 dd'), cell('10 dagen'), cell('geen bijzonderheden')] }),
    new TableRow({ children: [cell('', { vm: 'c' }), cell('eGFR < 30 ml/min/1,73 m²'), cell('500 mg'), cell('1 dd'), cell('10 dagen'), cell('geen aanpassing bij eGFR 30-59')] }),
    // halvenicol
    new TableRow({ children: [cell('halvenicol crème 2% (lokaal)', { bold: true }), cell('Volwassenen en kinderen ≥ 1 jaar'), cell('dun aanbrengen'), cell('2 dd'), cell('max. 14 dagen'), cell('niet op gelaat of slijmvliezen')] }),
  ],
});

// ---------- warning box: shaded 1-cell table ----------
const alarmBox = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [new TableRow({ children: [new TableCell({
    shading: { fill: 'FCE4D6', type: ShadingType.CLEAR, color: 'auto' },
    children: [
      new Paragraph({ children: [new TextRun({ text: 'Let op: alarmsymptomen', bold: true })] }),
      new Paragraph({ children: [new TextRun('Verwijs dezelfde dag naar de dermatoloog of SEH bij:')] }),
      new Paragraph({ children: [new TextRun('koorts > 38,5 °C met rode strepen (lymfangitis) vanaf een plek;')], bullet: { level: 0 } }),
      new Paragraph({ children: [new TextRun('laesies op of rond het ooglid;')], bullet: { level: 0 } }),
      new Paragraph({ children: [new TextRun('uitbreiding over meer dan 10% van het lichaamsoppervlak binnen 48 uur;')], bullet: { level: 0 } }),
      new Paragraph({ children: [new TextRun('een immuungecompromitteerde patiënt (bijv. na orgaantransplantatie).')], bullet: { level: 0 } }),
    ],
  })] })],
});

// ---------- text box (praktijktip) ----------
const tip = new Textbox({
  alignment: AlignmentType.LEFT,
  style: { width: '160mm', height: '22mm' },
  children: [
    new Paragraph({ children: [new TextRun({ text: 'Praktijktip: ', bold: true }), new TextRun('laat de patiënt een foto maken van de plekken op dag 0 en dag 7; dat maakt telefonische controle betrouwbaarder.')] }),
  ],
});

const footnotes = {
  1: { children: [new Paragraph('De incidentie is geschat op basis van fictieve registratiegegevens uit 2024 en 2025 (circa 3 per 1000 patiënten per jaar).')] },
  2: { children: [new Paragraph('Een KOH-preparaat heeft bij mossenuitslag een sensitiviteit van ongeveer 70%; een negatieve uitslag sluit de diagnose niet uit.')] },
  3: { children: [new Paragraph('Trevolamide is in dierstudies teratogeen gebleken; vrouwen in de vruchtbare leeftijd gebruiken effectieve anticonceptie tot 1 week na de laatste dosis.')] },
  4: { children: [new Paragraph('Bij kinderen met een gewicht boven 40 kg geldt de volwassenendosering.')] },
  5: { children: [new Paragraph('Sprenotide is niet onderzocht bij kinderen jonger dan 6 jaar.')] },
};

const children = [
  new Paragraph({ text: 'Fictieve Standaard Mossenuitslag (FT-74)', heading: HeadingLevel.TITLE }),
  P({ i: 'Fictieve richtlijn voor testdoeleinden, geen medisch advies. Versie 1.0, april 2026.' }),

  H1('Kernboodschappen'),
  N('kern', 'Mossenuitslag is een fictieve schimmelinfectie van de huid na contact met sporen uit veenmos of tuinaarde.'),
  N('kern', 'Stel de diagnose met de MOSS-score; bij een score van 4 of hoger is mossenuitslag waarschijnlijk.'),
  N('kern', 'Behandel beperkte uitslag (≤ 3 plekken) lokaal met halvenicol crème 2%.'),
  N('kern', 'Geef bij uitgebreide uitslag oraal trevolamide; tijdens de zwangerschap is dorbaxine het middel van eerste keus.'),
  N('kern', 'Verwijs dezelfde dag bij lymfangitis met koorts of bij laesies rond het oog.'),

  H1('Achtergronden'),
  H2('Begripsomschrijving'),
  P('Mossenuitslag is een oppervlakkige huidinfectie door de fictieve schimmel ', { i: 'Bryoderma palustris' }, '. De uitslag bestaat uit ringvormige, schilferende rode plekken met een verheven rand, vooral op handen en onderarmen.'),
  H2('Epidemiologie'),
  P('De incidentie in de huisartsenpraktijk is ongeveer 3 per 1000 patiënten per jaar', { fn: 1 }, '. Tuinders, hoveniers en natuurbeheerders lopen het grootste risico. De piek ligt in september en oktober.'),
  H2('Beloop'),
  P('Zonder behandeling geneest ongeveer de helft van de patiënten binnen 6 weken. Bij circa 15% ontstaat binnen 3 maanden een recidief.'),

  H1('Richtlijnen diagnostiek'),
  H2('Anamnese'),
  P('Vraag naar:'),
  B('duur en lokalisatie van de plekken;'),
  B('contact met veenmos, potgrond of tuinaarde in de afgelopen 14 dagen;'),
  B('jeuk, koorts en algemeen ziek zijn;'),
  B('gebruik van anticoagulantia (met name lamivoxen) en ACE-remmers;'),
  B('zwangerschap of borstvoeding.'),
  H2('Lichamelijk onderzoek'),
  P('Beoordeel het aantal plekken, de grootte, de rand en eventueel oedeem. Schat het aangedane lichaamsoppervlak (de handpalm van de patiënt is ongeveer 1%). Bepaal bij koorts de temperatuur en kijk naar rode strepen richting de oksel of lies.'),
  H2('MOSS-score'),
  P('Bepaal de MOSS-score (zie tabel 1).'),
  CAP('Tabel 1 MOSS-score voor mossenuitslag'),
  tabel1,
  P('Interpretatie:'),
  B({ b: 'Score ≥ 4:' }, ' mossenuitslag waarschijnlijk; start behandeling.'),
  B({ b: 'Score 2-3:' }, ' maak een KOH-preparaat', { fn: 2 }, ' van huidschilfers.'),
  B({ b: 'Score 0-1:' }, ' mossenuitslag onwaarschijnlijk; overweeg eczeem of tinea corporis.'),
  H2('Alarmsymptomen'),
  alarmBox,
  P(''),

  H1('Richtlijnen beleid'),
  H2('Voorlichting'),
  P('Leg uit dat mossenuitslag niet besmettelijk is van mens op mens. Adviseer handschoenen bij tuinwerk en het wassen van de handen met zeep na contact met potgrond. Werkhervatting is direct mogelijk.'),
  tip,
  H2('Niet-medicamenteuze behandeling'),
  P('Houd de plekken droog en vermijd krabben. Een koud kompres (10 minuten, 3 maal daags) vermindert de jeuk. Vermijd zeep met parfum.'),
  H2('Medicamenteuze behandeling'),
  H3('Beperkte uitslag'),
  P('Bij ten hoogste 3 plekken en geen alarmsymptomen: halvenicol crème 2%, 2 dd dun aanbrengen gedurende maximaal 14 dagen (zie tabel 2). Bij hevige jeuk kan fluxacort zalf 0,05% worden toegevoegd: 1 dd dun aanbrengen, maximaal 5 dagen, niet bij kinderen jonger dan 2 jaar.'),
  H3('Uitgebreide uitslag'),
  P('Bij meer dan 3 plekken of meer dan 5% aangedaan lichaamsoppervlak: trevolamide oraal. Tweede keus is dorbaxine.'),
  P({ b: 'Kinderen:' }, ' trevolamide 10 mg/kg/dag in 2 giften', { fn: 4 }, '; bij kinderen jonger dan 2 jaar wordt trevolamide niet aanbevolen. Dorbaxine is pas geschikt vanaf 6 jaar en 20 kg.'),
  P({ b: 'Ouderen:' }, ' start trevolamide vanaf 70 jaar in een lagere dosering en bepaal vooraf de eGFR.'),
  P({ b: 'Zwangerschap:' }, ' trevolamide is gecontra-indiceerd', { fn: 3 }, '; geef dorbaxine 500 mg 3 dd gedurende 10 dagen.'),
  P({ b: 'Nierfunctiestoornis:' }, ' verlaag trevolamide bij eGFR 30-59 ml/min/1,73 m² en verleng de kuur; bij eGFR < 30 is trevolamide gecontra-indiceerd.'),
  H3('Jeuk'),
  P('Bij jeuk die de nachtrust verstoort: sprenotide 10 mg 1 dd a.n., maximaal 14 dagen. ', { b: 'Kinderen 6-11 jaar:' }, ' sprenotide 5 mg 1 dd a.n.', { fn: 5 }, ' Sprenotide niet gebruiken in het eerste trimester van de zwangerschap.'),
  CAP('Tabel 2 Dosering van orale en lokale middelen bij mossenuitslag'),
  tabel2,
  P(''),
  H2('Contra-indicaties'),
  B('trevolamide: zwangerschap, eGFR < 30 ml/min/1,73 m², ernstige leverfunctiestoornis;'),
  B('dorbaxine: bekende overgevoeligheid voor dorbaxine, myasthenia gravis;'),
  B('halvenicol crème: niet op beschadigde huid of slijmvliezen;'),
  B('fluxacort zalf: niet bij rosacea of acne in het gelaat.'),
  H2('Interacties'),
  P('Trevolamide remt de afbraak van lamivoxen; bij combinatie neemt het bloedingsrisico toe. Controleer de INR na 3 dagen en halveer zo nodig de lamivoxen-dosis in overleg met de trombosedienst.'),
  P('Dorbaxine in combinatie met quenzapril kan hyperkaliëmie veroorzaken; bepaal het kalium na 1 week.'),
  P('Zuivelproducten verminderen de opname van dorbaxine; neem dorbaxine minstens 2 uur voor of na zuivel in.'),

  H1('Controle'),
  N('ctrl', 'Controleer telefonisch na 7 dagen.'),
  N('ctrl', 'Bij onvoldoende verbetering na 14 dagen: maak een KOH-preparaat of schimmelkweek en overweeg dorbaxine.'),
  N('ctrl', 'Bij een recidief binnen 3 maanden: herhaal de kuur met hetzelfde middel en controleer op een bron in de woonomgeving (bijv. potplanten met veenmos).'),

  H1('Consultatie en verwijzing'),
  B('Verwijs naar de dermatoloog bij geen verbetering na 2 volledige kuren.'),
  B('Verwijs naar de oogarts bij laesies op het ooglid.'),
  B('Overleg met de kinderarts bij kinderen jonger dan 2 jaar met uitgebreide uitslag.'),
  B2('Bij koorts en algemeen ziek zijn: dezelfde dag.'),
  B('Spoedverwijzing naar de SEH bij lymfangitis met koorts > 38,5 °C.'),

  H1('Lijst van afkortingen'),
  P({ b: 'a.n.' }, ' – ante noctem (voor de nacht)'),
  P({ b: 'dd' }, ' – maal daags'),
  P({ b: 'eGFR' }, ' – geschatte glomerulaire filtratiesnelheid'),
  P({ b: 'INR' }, ' – international normalized ratio'),
  P({ b: 'KOH' }, ' – kaliumhydroxide'),
  P({ b: 'MOSS' }, ' – Meer plekken, Oedeem, Schilfering, Sporenblootstelling'),
  P({ b: 'SEH' }, ' – spoedeisende hulp'),
];

const doc = new Document({
  creator: 'FT-74 probe',
  title: 'Fictieve Standaard Mossenuitslag (FT-74)',
  numbering: {
    config: ['kern', 'ctrl'].map((ref) => ({
      reference: ref,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
    })),
  },
  footnotes,
  sections: [{ children }],
});

Packer.toBuffer(doc).then((buf) => {
  fs.writeFileSync(__dirname + '/ft74-mossenuitslag.docx', buf);
  console.log('wrote', buf.length, 'bytes');
});
