#!/usr/bin/perl
# Rapportagescript: schrijft de (fictieve) standaard Kribbenkoorts als PDF.
use strict;
use warnings;
use utf8;
use PDF::Builder;
use PDF::Table;

my $out = shift @ARGV or die "usage: $0 out.pdf\n";
my $FD = '/usr/share/fonts/truetype/dejavu';

my $pdf = PDF::Builder->new(-compress => 'flate');
$pdf->info(Title => 'Fictieve Standaard Kribbenkoorts (FT-178)', Author => 'Werkgroep HIS-rapportage', Producer => 'PDF::Builder 3.025 / PDF::Table 1.003');
$pdf->mediabox('A4');
my $reg  = $pdf->ttfont("$FD/DejaVuSans.ttf");
my $bold = $pdf->ttfont("$FD/DejaVuSans-Bold.ttf");

my ($W, $H) = (595, 842);
my ($LM, $RM, $TOP, $BOT) = (56, 56, 790, 70);
my $TW = $W - $LM - $RM;
my ($page, $y);

sub new_page { $page = $pdf->page(); $page->mediabox('A4'); $y = $TOP; }
new_page();

sub ensure { my $need = shift; new_page() if $y - $need < $BOT; }

# generic paragraph writer with page overflow (uses text->section)
sub para {
    my ($txt, %o) = @_;
    my $font = $o{font} || $reg; my $size = $o{size} || 10; my $lead = $o{lead} || $size * 1.35;
    my $x = $LM + ($o{indent} || 0); my $w = $TW - ($o{indent} || 0);
    my $cont = 0;
    ensure($lead * 2);
    while (1) {
        my $t = $page->text();
        $t->font($font, $size); $t->leading($lead);
        $t->translate($x, $y - $size);
        my ($over, $c, $left) = $t->section($txt, $w - 24, $y - $size - $BOT, $cont, align => 'left', %{ $o{popts} || {} });
        if (length $over) { $txt = $over; $cont = $c; new_page(); next; }
        my (undef, $ny) = $t->textpos();
        $y = $ny + $size - ($o{after} // 5);
        last;
    }
}
sub h1 { ensure(60); $y -= 8; para($_[0], font => $bold, size => 15, after => 6); }
sub h2 { ensure(50); $y -= 4; para($_[0], font => $bold, size => 12, after => 4); }
sub h3 { ensure(40); para($_[0], font => $bold, size => 10.5, after => 3); }
sub p  { para($_[0]); }
sub bullets {
    for my $it (@_) {
        ensure(28);
        my $b = $page->text(); $b->font($reg, 10); $b->translate($LM + 8, $y - 10); $b->text('•');
        para($it, indent => 22, after => 2);
    }
    $y -= 3;
}

my %TBL = (
    border_w => 0.6, rule_w => 0.4, border_c => '#444444', rule_c => '#777777',
    font => $reg, font_size => 8.5, padding => 3, default_text => ' ',
    header_props => { font => $bold, font_size => 8.5, bg_color => '#d9e2ec', fg_color => '#000000', repeat => 1 },
);
sub table {
    my ($data, $sizes, %extra) = @_;
    ensure(80);
    my $pt = PDF::Table->new();
    my ($fp, $np, $fy) = $pt->table($pdf, $page, $data, %TBL,
        x => $LM, w => $TW, y => $y, h => $y - $BOT, next_y => $TOP, next_h => $TOP - $BOT,
        ($sizes ? (size => join(" ", @$sizes)) : ()), %extra);
    $page = $fp; $y = $fy - 10;
}

# ------------------------------------------------------------------ content
my $t = $page->text(); $t->font($bold, 20); $t->translate($LM, $y - 20); $t->text('NHG-Standaard Kribbenkoorts (M178)');
$y -= 32;
para('FICTIEF — geen medisch advies. Dit document is een verzonnen testrichtlijn; ziekte, middelen, score en sneltest bestaan niet.', font => $bold, size => 10);
para('Versie 1.2 — vastgesteld 14 maart 2026 — Fictieve Standaard Kribbenkoorts (FT-178) — herziening gepland in 2029', size => 9, after => 8);

h1('Kernboodschappen');
bullets(
 'Kribbenkoorts is een door het kribbenmug-virus (KRV) veroorzaakte koortsende infectie die vooral voorkomt bij mensen die in uiterwaarden, langs rivierkribben en in natte weilanden werken of recreëren.',
 'Stel de diagnose met de KRIB-SCORE; bij een score van 4 of hoger is de KriboSnel-sneltest zinvol.',
 'Behandel met torvaxine bij een positieve sneltest of een KRIB-SCORE ≥ 6; melodrol is het alternatief bij overgevoeligheid voor torvaxine.',
 'Voeg brintamol toe aan torvaxine bij een KRIB-SCORE ≥ 6 of bij een patiënt ouder dan 70 jaar met comorbiditeit.',
 'Verwijs direct bij alarmsymptomen, zoals nekstijfheid, verwardheid of een saturatie < 92%.',
);

h1('Achtergronden');
h2('Begrippen');
p('Kribbenkoorts: acute koortsende ziekte door infectie met het kribbenmug-virus, met koorts ≥ 38,5 °C, hoofdpijn, spierpijn in de kuiten en een kenmerkende gevlekte uitslag op de enkels (kribbenvlekken).');
p('Gecompliceerde kribbenkoorts: kribbenkoorts met nierfunctiestoornis (eGFR-daling > 25% ten opzichte van de uitgangswaarde), meningeale prikkeling of een koortsduur langer dan 10 dagen.');
p('Recidief: opnieuw koorts binnen 6 weken na het einde van een adequaat behandelde episode.');
h2('Epidemiologie');
p('De incidentie van kribbenkoorts in de huisartsenpraktijk wordt geschat op 2,4 per 1000 patiënten per jaar, met een piek in augustus en september. In een normpraktijk van 2350 patiënten ziet de huisarts ongeveer 6 patiënten per jaar. Mannen worden vaker getroffen dan vrouwen (verhouding 1,8 : 1), vooral in de leeftijdsgroep 40–65 jaar. Bij ongeveer 1 op de 12 patiënten ontstaat een gecompliceerd beloop.[1]');
h2('Etiologie en pathofysiologie');
p('Het kribbenmug-virus wordt overgedragen door de beet van de kribbenmug (Culicoides ripariae), die broedt in stilstaand water tussen rivierkribben. De incubatietijd is 3 tot 9 dagen (mediaan 5 dagen). Overdracht van mens op mens komt niet voor. Het virus repliceert in het endotheel van kleine bloedvaten, wat de kribbenvlekken en de voorbijgaande nierfunctiedaling verklaart. Na doorgemaakte infectie ontstaat immuniteit voor ten minste 5 jaar.[2]');

h1('Richtlijnen diagnostiek');
h2('Anamnese');
p('Vraag naar:');
bullets(
 'begin en hoogte van de koorts, en de duur van de klachten;',
 'verblijf in uiterwaarden, langs rivieren of in natte weilanden in de 14 dagen voor het begin van de klachten;',
 'muggenbeten, hoofdpijn, spierpijn in de kuiten, misselijkheid en braken;',
 'verminderde urineproductie, verwardheid of sufheid;',
 'zwangerschap, nierfunctiestoornis en gebruik van geneesmiddelen (in het bijzonder lithium, ciclosporine en anticoagulantia).',
);
h2('Lichamelijk onderzoek');
p('Meet temperatuur, pols, bloeddruk, ademfrequentie en zuurstofsaturatie. Inspecteer de huid van de enkels en onderbenen op kribbenvlekken: ronde, niet-wegdrukbare rode vlekken van 2–5 mm. Palpeer de kuitspieren op drukpijn en onderzoek op nekstijfheid.');
h2('Aanvullend onderzoek');
p('Doe de KriboSnel-sneltest (antigeentest op capillair bloed, uitslag na 15 minuten) bij een KRIB-SCORE van 4 of hoger. De sensitiviteit is 88% en de specificiteit 94%; in de eerste 48 uur na het begin van de koorts is de sensitiviteit lager (71%).[3] Een negatieve sneltest in de eerste 48 uur herhaalt u na 2 dagen. Bepaal bij patiënten ouder dan 70 jaar, bij zwangeren en bij bekende nierfunctiestoornis de eGFR en het kalium voor de start van de behandeling.');
h2('KRIB-SCORE');
p('De KRIB-SCORE schat de kans op kribbenkoorts bij een patiënt met koorts. Tel de punten van de aanwezige criteria op.');
table([
 ['Criterium', 'Punten'],
 ['Verblijf in uiterwaarden of langs rivierkribben in de afgelopen 14 dagen', '2'],
 ['Koorts ≥ 38,5 °C', '1'],
 ['Kribbenvlekken op enkels of onderbenen', '3'],
 ['Drukpijnlijke kuitspieren', '2'],
 ['Hoofdpijn zonder andere verklaring', '1'],
 ['Leeftijd ≥ 60 jaar', '1'],
 ['Andere diagnose waarschijnlijker', '−2'],
], [380, 103]);
p('Interpretatie van de KRIB-SCORE (maximaal 10 punten):');
table([
 ['Score', 'Kans op kribbenkoorts', 'Beleid'],
 ['0–3', 'laag (< 5%)', 'geen sneltest; expectatief beleid, controle bij aanhoudende koorts na 3 dagen'],
 ['4–5', 'intermediair (circa 30%)', 'KriboSnel-sneltest; behandel bij positieve uitslag'],
 ['≥ 6', 'hoog (> 70%)', 'behandel met torvaxine plus brintamol, ook zonder sneltest'],
], [60, 130, 293]);

h1('Alarmsymptomen');
p('Let bij een patiënt met (verdenking op) kribbenkoorts op de volgende alarmsymptomen:');
bullets(
 'nekstijfheid of andere tekenen van meningeale prikkeling;',
 'verwardheid, sufheid of een insult;',
 'zuurstofsaturatie < 92% of ademfrequentie > 24 per minuut;',
 'anurie of urineproductie < 500 ml per 24 uur;',
 'systolische bloeddruk < 90 mmHg;',
 'huidbloedingen buiten de enkels (petechiën op romp of slijmvliezen).',
);

h1('Richtlijnen beleid');
h2('Voorlichting');
p('Leg uit dat kribbenkoorts niet besmettelijk is van mens op mens en dat de koorts bij ongecompliceerd beloop binnen 5 tot 7 dagen verdwijnt. Adviseer bij werk of recreatie in uiterwaarden lange kleding en een DEET-houdend middel (30–50%) te gebruiken, vooral tussen zonsondergang en middernacht. Wijs op de alarmsymptomen en spreek af dat de patiënt direct contact opneemt als die optreden. Verwijs naar de patiëntenfolder op Thuisarts (fictief).');
h2('Niet-medicamenteuze behandeling');
p('Adviseer voldoende te drinken: volwassenen ten minste 2 liter per dag, kinderen 50–100 ml/kg per dag. Rust wordt aanbevolen zolang de koorts aanhoudt; hervatten van zwaar lichamelijk werk kan na 3 koortsvrije dagen. Koelen met natte doeken heeft geen aangetoonde meerwaarde.[4]');
h2('Medicamenteuze behandeling');
p('Eerste keus is torvaxine gedurende 7 dagen (kinderen 5 dagen). Bij overgevoeligheid voor torvaxine is melodrol het alternatief. Geef bij een KRIB-SCORE ≥ 6 of bij ouderen > 70 jaar met comorbiditeit aanvullend brintamol gedurende 10 dagen. Pexaline is uitsluitend bedoeld voor symptomatische behandeling van hoofdpijn en spierpijn en vervangt de antivirale behandeling niet. Paracetamol mag worden gebruikt tegen koorts; vermijd NSAID’s vanwege het risico op nierfunctiedaling.[5]');
p('Tabel 3 geeft de doseringen per patiëntgroep. Voor kinderen wordt gedoseerd op lichaamsgewicht; voor kinderen lichter dan 10 kg is geen dosering vastgesteld (zie Consultatie en verwijzing).');
h3('Tabel 3 Dosering van geneesmiddelen bij kribbenkoorts');
table([
 ['Middel', 'Patiëntgroep', 'Dosering', 'Duur', 'Max. per dag', 'Opmerkingen'],
 ['Torvaxine (tablet 250 mg, 500 mg; suspensie 50 mg/ml)', 'Volwassenen', '500 mg 2 dd', '7 dagen', '1000 mg', 'eerste keus; innemen met voedsel'],
 ['', 'Ouderen > 70 jaar', '250 mg 2 dd', '7 dagen', '500 mg', 'eGFR bepalen voor start'],
 ['', 'Kinderen 10–20 kg', '62,5 mg 2 dd (suspensie)', '5 dagen', '125 mg', 'suspensie 50 mg/ml: 1,25 ml per gift'],
 ['', 'Kinderen 20–40 kg', '125 mg 2 dd (suspensie)', '5 dagen', '250 mg', 'vanaf 40 kg: dosering volwassenen'],
 ['', 'Zwangeren', '500 mg 2 dd', '7 dagen', '1000 mg', 'alleen in 2e en 3e trimester'],
 ['', 'eGFR 30–60 ml/min/1,73 m²', '250 mg 2 dd', '7 dagen', '500 mg', 'kalium controleren op dag 3'],
 ['', 'eGFR < 30 ml/min/1,73 m²', '250 mg 1 dd', '7 dagen', '250 mg', 'overleg met internist'],
 ['Melodrol (capsule 100 mg)', 'Volwassenen', 'dag 1: 400 mg 1 dd, daarna 200 mg 1 dd', '5 dagen', '400 mg', 'alternatief bij overgevoeligheid voor torvaxine'],
 ['', 'Ouderen > 70 jaar', 'dag 1: 200 mg, daarna 100 mg 1 dd', '5 dagen', '200 mg', 'let op QT-verlenging'],
 ['', 'Kinderen ≥ 40 kg en ≥ 8 jaar', '100 mg 1 dd', '5 dagen', '200 mg', 'niet bij kinderen jonger dan 8 jaar'],
 ['', 'Zwangeren', 'gecontra-indiceerd', '–', '–', 'zie Zwangerschap en borstvoeding'],
 ['', 'eGFR < 30 ml/min/1,73 m²', 'geen aanpassing nodig', '5 dagen', '400 mg', 'voorkeur boven torvaxine bij eGFR < 30'],
 ['Pexaline (tablet 10 mg; zetpil 20 mg)', 'Volwassenen', '10 mg 3 dd zo nodig', 'max. 5 dagen', '30 mg', 'zetpil 20 mg bij braken, max. 1 per dag'],
 ['', 'Ouderen > 70 jaar', '5 mg 2 dd zo nodig', 'max. 3 dagen', '10 mg', 'kans op sufheid en vallen'],
 ['', 'Kinderen 10–20 kg', '2,5 mg 2 dd', 'max. 3 dagen', '5 mg', 'halve tablet van 5 mg is niet beschikbaar: apotheekbereiding'],
 ['', 'Kinderen 20–40 kg', '5 mg 2 dd', 'max. 3 dagen', '10 mg', ''],
 ['', 'Zwangeren', '10 mg 2 dd zo nodig', 'max. 3 dagen', '20 mg', 'niet in het 1e trimester'],
 ['Brintamol (tablet 1 g; drank 40 mg/ml)', 'Volwassenen', '1 g 3 dd', '10 dagen', '3 g', 'alleen in combinatie met torvaxine'],
 ['', 'Kinderen 10–20 kg', '15 mg/kg 3 dd (drank)', '10 dagen', '45 mg/kg', 'drank 40 mg/ml'],
 ['', 'Kinderen 20–40 kg', '500 mg 3 dd', '10 dagen', '1500 mg', ''],
 ['', 'eGFR 30–60 ml/min/1,73 m²', '1 g 2 dd', '10 dagen', '2 g', ''],
 ['', 'eGFR < 30 ml/min/1,73 m²', 'niet gebruiken', '–', '–', 'geen alternatief; overleg met internist'],
], [92, 82, 90, 50, 52, 117]);

h2('Zwangerschap en borstvoeding');
p('Torvaxine mag in het 2e en 3e trimester van de zwangerschap in de normale volwassenendosering worden gebruikt; in het 1e trimester alleen na overleg met de gynaecoloog. Melodrol is gecontra-indiceerd tijdens de gehele zwangerschap vanwege teratogeniteit in dierstudies.[6] Brintamol is bij zwangeren onvoldoende onderzocht en wordt afgeraden. Tijdens de borstvoeding kunnen torvaxine en pexaline worden gebruikt; melodrol gaat in de moedermelk over en wordt tijdens de borstvoeding afgeraden.');
h2('Contra-indicaties');
bullets(
 'Torvaxine: overgevoeligheid voor torvaxine of verwante middelen; ernstige leverfunctiestoornis (Child-Pugh C).',
 'Melodrol: zwangerschap; kinderen jonger dan 8 jaar; verlengd QT-interval (QTc > 470 ms).',
 'Pexaline: epilepsie; gelijktijdig gebruik van MAO-remmers.',
 'Brintamol: eGFR < 30 ml/min/1,73 m²; hyperkaliëmie (kalium > 5,5 mmol/l).',
);
h2('Interacties');
bullets(
 'Torvaxine verhoogt de spiegel van lithium; controleer de lithiumspiegel na 5 dagen.',
 'Torvaxine en ciclosporine: vermijd de combinatie; kies melodrol.',
 'Melodrol met andere QT-verlengende middelen (zoals sotalol en citalopram): niet combineren.',
 'Brintamol met ACE-remmers of spironolacton: risico op hyperkaliëmie; controleer kalium op dag 3 en dag 7.',
 'Pexaline versterkt het effect van benzodiazepinen en alcohol.',
);
h2('Controles');
p('Spreek bij ongecompliceerde kribbenkoorts een telefonische controle af op dag 3 van de behandeling. Zie de patiënt terug als de koorts na 5 dagen behandeling niet is gedaald. Controleer bij ouderen > 70 jaar en bij een eGFR < 60 ml/min/1,73 m² de nierfunctie en het kalium op dag 3 en dag 7. Bij gebruik van brintamol volgt een eindcontrole na 14 dagen. Een recidief binnen 6 weken wordt behandeld met melodrol.[7]');
h2('Consultatie en verwijzing');
p('Verwijs direct (dezelfde dag) naar de internist of kinderarts bij:');
bullets(
 'een of meer alarmsymptomen;',
 'koorts ≥ 40,0 °C die niet daalt na 48 uur behandeling;',
 'kinderen jonger dan 1 jaar of lichter dan 10 kg met verdenking op kribbenkoorts;',
 'zwangeren met koorts in het 1e trimester.',
);
p('Overleg met de internist bij een eGFR < 30 ml/min/1,73 m², bij koorts die langer dan 10 dagen aanhoudt en bij een tweede recidief binnen een jaar. Overweeg verwijzing naar de neuroloog bij hoofdpijn die langer dan 4 weken na de infectie aanhoudt.[8]');

h1('Noten');
my @noten = (
 '1. Epidemiologie. De incidentiecijfers zijn ontleend aan een (fictieve) registratie in 48 huisartsenpraktijken in het rivierengebied over de periode 2019–2024. Buiten het rivierengebied was de incidentie 0,3 per 1000 patiënten per jaar.',
 '2. Immuniteit. In een cohort van 612 patiënten trad binnen 5 jaar bij 2% een herinfectie op; alle herinfecties verliepen mild.',
 '3. Sneltest. De diagnostische waarden van de KriboSnel-sneltest zijn bepaald ten opzichte van PCR op EDTA-bloed in een populatie van 930 patiënten met koorts; de positief voorspellende waarde bij een KRIB-SCORE van 4–5 was 81%.',
 '4. Koelen. Een gerandomiseerd onderzoek bij 210 patiënten liet geen verschil zien in koortsduur tussen koelen met natte doeken en geen koelen (gemiddeld 5,8 versus 5,9 dagen).',
 '5. Behandeling. Torvaxine verkortte de koortsduur met gemiddeld 2,1 dagen ten opzichte van placebo; het number needed to treat om één gecompliceerd beloop te voorkomen was 14. Toevoegen van brintamol bij een KRIB-SCORE ≥ 6 halveerde het aantal ziekenhuisopnamen (van 12% naar 6%).',
 '6. Melodrol en zwangerschap. Bij ratten werden skeletafwijkingen gezien bij blootstelling vanaf 4 maal de humane dosis; humane gegevens ontbreken.',
 '7. Recidief. Een recidief komt voor bij ongeveer 8% van de behandelde patiënten, meestal in de 3e tot 5e week na het einde van de behandeling.',
 '8. Restklachten. Bij 5% van de patiënten houden hoofdpijn en moeheid langer dan 4 weken aan; deze klachten verdwijnen meestal binnen 3 maanden.',
);
para(join("\n", @noten), popts => { pvgap => 4 });

# footer: Pagina N van M on every page
my $n = $pdf->page_count();
for my $i (1 .. $n) {
    my $pg = $pdf->openpage($i);
    my $ft = $pg->text();
    $ft->font($reg, 8);
    $ft->translate($W / 2, 40);
    $ft->text_center("Pagina $i van $n");
    $ft->translate($LM, 40);
    $ft->text('Fictieve Standaard Kribbenkoorts (FT-178)');
}
$pdf->saveas($out);
