#!/bin/sh
# Regenerates the table fixtures of ingest/extract/testdata/tables with
# producers other than those of the dev guidelines (Chromium, groff+tbl via
# Ghostscript), so table detection is not fitted to them:
#   latex-tables.pdf    pdflatex: a tabular with horizontal rules only and
#                       wrapped p-columns, caption below; a longtable with a
#                       full grid whose header repeats on the next page
#   latex-twocol.pdf    pdflatex two-column: tables inside a column and one
#                       spanning both columns
#   chromium-tables.pdf Chromium two-column: row rules only, zebra stripes,
#                       a grid table over three pages
#   chromium-merged.pdf Chromium: caption and header at the foot of a page,
#                       rows on the next; a cell merged over two rows
#   libreoffice.pdf     LibreOffice Writer from HTML: a table without any
#                       borders (columns only from alignment), and a bordered one
#   libreoffice-narrow.pdf LibreOffice Writer/Web: a dose table without
#                       borders and with gutters hardly wider than a word
#                       space, broken across a page; a bordered table whose
#                       header and one wrapped row end a page
#   groff-plain.pdf     groff tbl via gropdf: a table without rules
#   groff-headrule.pdf  groff tbl as pandoc writes it: a rule under the header
#   groff-orphan-header.pdf  the same, caption and header alone at a page's foot
#   libreoffice-rowspan.pdf LibreOffice Writer/Web: a dose table without
#                       borders whose drug cells are merged over the rows
#                       of their populations and centred on them (the first
#                       row has no drug beside it)
#   chromium-rowspan.pdf Chromium: the same table with borders; the rules
#                       between the merged rows stop at the drug's column
#   libreoffice-short-after.pdf LibreOffice Writer/Web: a dose table without
#                       borders followed by a line shorter than the page,
#                       which runs across the table's first gutter only
#   chromium-grouped-header.pdf Chromium: a dose table without borders whose
#                       header is grouped over two lines ("Dosering" over
#                       "Volwassenen" and "Kinderen"), read without it
#   chromium-pair.pdf, libreoffice-pair.pdf, latex-pair.pdf: a dose table of
#                       two columns without borders under its caption
# Needs: pdflatex (texlive-latex-base), chromium, libreoffice
# (libreoffice-writer-nogui), groff, pandoc. The texts are fictional.
set -eu
out=$(cd "$(dirname "$0")/.." && pwd)/ingest/extract/testdata/tables
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# 1. pdflatex
cat > "$tmp/latex-tables.tex" <<'TEX'
\documentclass[11pt,a4paper]{article}
\usepackage{longtable}
\renewcommand{\tablename}{Tabel}
\pagestyle{plain}
\begin{document}
\section{Behandeling}
De keuze van het middel hangt af van de leeftijd en de nierfunctie. De
doseringen staan in tabel~\ref{t:dos}; de tekst hieronder gaat over de duur
van de behandeling en de controle na twee weken.

\begin{table}[h]
\centering
\begin{tabular}{l p{3.2cm} p{4.2cm}}
\hline
Middel & Volwassenen & Bij nierfunctiestoornis \\
\hline
zelvoxine & 2 dd 250 mg gedurende 10 dagen & eGFR 30--59: 1 dd 250 mg; eGFR $<$ 30: niet gebruiken \\
marbutol & 1 dd 40 mg & geen aanpassing \\
triscaline & 3 dd 100 mg, maximaal 400 mg per dag & eGFR $<$ 45: halveren en spiegel bepalen na drie dagen \\
\hline
\end{tabular}
\caption{Dosering bij perineuritis}
\label{t:dos}
\end{table}

Controleer na twee weken het effect en de bijwerkingen. Stop de behandeling
bij huiduitslag en overleg bij twijfel met de apotheker.

\section{Controles}
De controles staan in tabel~\ref{t:ctl}. De tabel loopt door op de volgende
pagina en herhaalt daar de kop.
\begin{longtable}{|l|l|p{5cm}|}
\caption{Controles tijdens de behandeling}\label{t:ctl}\\
\hline
Moment & Bepaling & Actie bij afwijking \\
\hline
\endfirsthead
\hline
Moment & Bepaling & Actie bij afwijking \\
\hline
\endhead
\hline
\endfoot
week 1 & kalium & boven 5,5 mmol/l: dosis halveren \\ \hline
week 2 & kreatinine & stijging meer dan 30\%: staken en overleggen \\ \hline
week 4 & leverenzymen & ALAT boven drie keer de bovengrens: staken \\ \hline
week 6 & bloedbeeld & leukocyten onder 3,0: herhalen na een week \\ \hline
week 12 & HbA1c & boven 64 mmol/mol: verwijzen naar de internist \\ \hline
maand 6 & lipiden & LDL boven 2,6 mmol/l: leefstijladvies herhalen \\ \hline
maand 9 & urine & eiwit positief: albumine-kreatinineratio bepalen \\ \hline
TEX
# Enough rows to run onto the next page, where the header repeats.
for month in 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35; do
  printf 'maand %s & kalium & boven 5,5 mmol/l: dosis halveren en na een week opnieuw bepalen \\\\ \\hline\n' "$month" >> "$tmp/latex-tables.tex"
done
cat >> "$tmp/latex-tables.tex" <<'TEX'
\end{longtable}

Na een jaar volstaat een jaarlijkse controle.
\end{document}
TEX
(cd "$tmp" && for i in 1 2; do pdflatex -interaction=nonstopmode latex-tables.tex >/dev/null 2>&1; done)
cp "$tmp/latex-tables.pdf" "$out/latex-tables.pdf"

# 1b. pdflatex, two columns: a narrow grid table and a right-aligned numeric
#     table without vertical rules inside a column (captions below), and a
#     table* spanning both columns at the top of page 2.
cat > "$tmp/latex-twocol.tex" <<'TEX'
\documentclass[10pt,a4paper,twocolumn]{article}
\renewcommand{\tablename}{Tabel}
\begin{document}
\section{Achtergrond}
Deze fictieve richtlijn beschrijft de zorg bij loverkramp. De klachten
beginnen meestal na inspanning en verdwijnen binnen een uur. Bij kinderen
verloopt de aandoening milder. De huisarts stelt de diagnose op het klinische
beeld en vraagt naar het beloop, de duur en de uitlokkende factoren.
Aanvullend onderzoek is zelden nodig. Een deel van de patienten heeft
ook klachten in rust; dan is een andere oorzaak waarschijnlijker.
De praktijkondersteuner geeft uitleg over de goede prognose en
bespreekt wanneer de patient opnieuw contact moet opnemen.

\begin{table}[h]
\centering
\begin{tabular}{|l|l|}
\hline
Score & Betekenis \\
\hline
0--2 & laag risico \\
\hline
3--5 & matig risico \\
\hline
6 of meer & hoog risico \\
\hline
\end{tabular}
\caption{Risicoscore}
\end{table}

\begin{table}[h]
\centering
\begin{tabular}{lrrr}
\hline
Gewicht & 0--4 jaar & 5--11 jaar & 12--17 jaar \\
\hline
onder 20 kg & 2,5 ml & 5 ml & -- \\
20--40 kg & 5 ml & 7,5 ml & 10 ml \\
boven 40 kg & -- & 10 ml & 15 ml \\
\hline
\end{tabular}
\caption{Dosis drank naar gewicht}
\end{table}

De score helpt bij de keuze voor verwijzing. Bij een hoog risico volgt
binnen een week een afspraak bij de neuroloog.

\section{Beleid}
Leg uit dat de kramp onschuldig is. Adviseer rekoefeningen voor het
slapengaan en voldoende te drinken. Bij aanhoudende klachten kan een
middel worden overwogen; de doseringen staan in tabel~\ref{t:d}.
Controleer na vier weken het effect.

\begin{table*}[t]
\centering
\begin{tabular}{l p{3.5cm} p{3.5cm} p{4cm}}
\hline
Middel & Volwassenen & Kinderen & Bij nierfunctiestoornis \\
\hline
kramolol & 1 dd 200 mg voor de nacht & vanaf 12 jaar: 1 dd 100 mg & eGFR $<$ 30: niet gebruiken \\
spasmidine & 2 dd 5 mg, maximaal 20 mg per dag & niet geregistreerd & geen aanpassing \\
\hline
\end{tabular}
\caption{Dosering bij loverkramp}\label{t:d}
\end{table*}

Bespreek de bijwerkingen: kramolol geeft soms duizeligheid, spasmidine
soms een droge mond. Stop bij klachten en overleg met de apotheker.
Verwijs bij twijfel aan de diagnose. De huisarts legt de afspraken vast
en evalueert na drie maanden samen met de patient of de behandeling
nog nodig is. Bij ouderen is extra voorzichtigheid geboden vanwege het
valrisico. Geef schriftelijke informatie mee en noteer de afspraken.
\section{Controle}
Controleer na drie maanden. Bij ouderen is extra voorzichtigheid geboden
vanwege het valrisico en de interacties met andere middelen. Bespreek het
stoppen van de behandeling als de klachten drie maanden weg zijn.
Noteer de uitkomst in het dossier en plan zo nodig een vervolgafspraak.
\section{Nazorg}
De huisarts bespreekt in deze fase de ervaringen van de patient met de behandeling en legt de afspraken vast. Bij twijfel volgt overleg met de apotheker of de neuroloog. De praktijkondersteuner plant een vervolgafspraak en noteert de uitkomst van het gesprek in het dossier, zodat iedere betrokkene dezelfde informatie heeft. Onderdeel 1 van de nazorg sluit af met een korte evaluatie.

\section{Voorlichting}
De huisarts bespreekt in deze fase de ervaringen van de patient met de behandeling en legt de afspraken vast. Bij twijfel volgt overleg met de apotheker of de neuroloog. De praktijkondersteuner plant een vervolgafspraak en noteert de uitkomst van het gesprek in het dossier, zodat iedere betrokkene dezelfde informatie heeft. Onderdeel 2 van de nazorg sluit af met een korte evaluatie.

\section{Samenwerking}
De huisarts bespreekt in deze fase de ervaringen van de patient met de behandeling en legt de afspraken vast. Bij twijfel volgt overleg met de apotheker of de neuroloog. De praktijkondersteuner plant een vervolgafspraak en noteert de uitkomst van het gesprek in het dossier, zodat iedere betrokkene dezelfde informatie heeft. Onderdeel 3 van de nazorg sluit af met een korte evaluatie.

\section{Scholing}
De huisarts bespreekt in deze fase de ervaringen van de patient met de behandeling en legt de afspraken vast. Bij twijfel volgt overleg met de apotheker of de neuroloog. De praktijkondersteuner plant een vervolgafspraak en noteert de uitkomst van het gesprek in het dossier, zodat iedere betrokkene dezelfde informatie heeft. Onderdeel 4 van de nazorg sluit af met een korte evaluatie.

\section{Evaluatie}
De huisarts bespreekt in deze fase de ervaringen van de patient met de behandeling en legt de afspraken vast. Bij twijfel volgt overleg met de apotheker of de neuroloog. De praktijkondersteuner plant een vervolgafspraak en noteert de uitkomst van het gesprek in het dossier, zodat iedere betrokkene dezelfde informatie heeft. Onderdeel 5 van de nazorg sluit af met een korte evaluatie.

\end{document}
TEX
(cd "$tmp" && for i in 1 2; do pdflatex -interaction=nonstopmode latex-twocol.tex >/dev/null 2>&1; done)
cp "$tmp/latex-twocol.pdf" "$out/latex-twocol.pdf"

# 1c. Chromium (Skia), two columns: a table with row rules only (border-bottom,
#     header above the first rule) spanning both columns, a zebra-striped
#     table without rules in one column, and a long grid table whose header
#     Chromium repeats on every page (cells vertically centred).
cat > "$tmp/chromium-tables.html" <<'HTML'
<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Fictieve richtlijn Korstvlekziekte</title>
<style>
@page { size: A4; margin: 18mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.4; }
h1 { font-size: 18pt; }
h2 { font-size: 12pt; margin: 4mm 0 2mm; }
.cols { columns: 2; column-gap: 9mm; }
p { margin: 0 0 2mm; }
.span { column-span: all; margin: 3mm 0 4mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 1mm; }
.hr th { border-bottom: 1.2pt solid #333; text-align: left; padding: 1mm 2mm; }
.hr td { border-bottom: 0.4pt solid #999; vertical-align: top; padding: 1mm 2mm; }
.zebra td, .zebra th { padding: 0.8mm 2mm; text-align: left; }
.zebra tr:nth-child(even) td { background: #eef2f6; }
.long th, .long td { border: 0.5pt solid #666; padding: 1mm 2mm; text-align: left; } /* cells middle-aligned (the default) */
</style></head><body>
<h1>Korstvlekziekte</h1>
<div class="cols">
<h2>1 Inleiding</h2>
<p>Korstvlekziekte is een fictieve huidaandoening met schilferende vlekken op de onderarmen. De klachten ontstaan vaak in het voorjaar en verdwijnen meestal binnen zes weken. Bij kinderen verloopt de ziekte milder dan bij volwassenen.</p>
<p>De huisarts stelt de diagnose op het klinische beeld. Aanvullend onderzoek is alleen nodig bij twijfel of bij een afwijkend beloop. De praktijkondersteuner geeft uitleg over de goede prognose en over de verzorging van de huid.</p>
<h2>2 Diagnostiek</h2>
<p>Vraag naar het begin, het beloop, jeuk en eerdere episoden. Let bij het onderzoek op de grootte en het aantal vlekken en op tekenen van een bacteriële infectie.</p>
<table class="zebra">
<caption>Tabel 1 Ernst naar aantal vlekken</caption>
<thead><tr><th>Ernst</th><th>Vlekken</th><th>Beleid</th></tr></thead>
<tbody>
<tr><td>licht</td><td>1–5</td><td>crème</td></tr>
<tr><td>matig</td><td>6–20</td><td>crème en tablet</td></tr>
<tr><td>ernstig</td><td>&gt; 20</td><td>verwijzen</td></tr>
<tr><td>zeer ernstig</td><td>&gt; 50</td><td>met spoed verwijzen</td></tr>
</tbody></table>
<p>Beoordeel de ernst opnieuw na twee weken behandeling. Bij toename van het aantal vlekken is een andere diagnose waarschijnlijker.</p>
<h2>3 Behandeling</h2>
<p>Behandel lichte vormen met een indifferente crème. Bij matige vormen is een middel nodig; de doseringen staan in tabel 2.</p>
<div class="span">
<table class="hr">
<caption>Tabel 2 Dosering bij korstvlekziekte</caption>
<thead><tr><th>Middel</th><th>Volwassenen</th><th>Kinderen</th><th>Bij nierfunctiestoornis</th></tr></thead>
<tbody>
<tr><td>dermacilline tablet 250 mg</td><td>2 dd 250 mg gedurende 10 dagen</td><td>vanaf 6 jaar: 10 mg/kg/dag in 2 giften, maximaal 500 mg per dag</td><td>eGFR 30–59: 1 dd 250 mg; eGFR &lt; 30: niet gebruiken</td></tr>
<tr><td>lotivaan crème 1%</td><td>2 dd dun aanbrengen</td><td>vanaf 2 jaar: 1 dd dun aanbrengen</td><td>geen aanpassing</td></tr>
<tr><td>prexamol drank 20 mg/ml</td><td>3 dd 15 ml</td><td>0,5 ml/kg 3 dd, maximaal 45 ml per dag</td><td>eGFR &lt; 45: halveren</td></tr>
</tbody></table>
</div>
<p>Stop de behandeling bij huiduitslag of maagklachten en overleg met de apotheker. Controleer na twee weken het effect. Bespreek bij onvoldoende effect een verwijzing naar de dermatoloog.</p>
<p>Leg uit dat de vlekken na genezing nog enkele weken zichtbaar kunnen blijven. Adviseer de huid te beschermen tegen zon en wind en zeep te vermijden.</p>
<h2>4 Controle</h2>
<p>Plan een controle na twee weken bij matige en ernstige vormen. Bij lichte vormen volstaat een telefonisch consult als de klachten niet verminderen.</p>
<p>Noteer het aantal vlekken bij iedere controle, zodat het beloop te volgen is. Bij kinderen meet de praktijkondersteuner ook de lengte en het gewicht.</p>
</div>
<h2>5 Overzicht van controles</h2>
<table class="long">
<caption>Tabel 3 Controles tijdens de behandeling</caption>
<thead><tr><th>Moment</th><th>Onderzoek</th><th>Actie bij afwijking</th></tr></thead>
<tbody>
<tr><td>week 1</td><td>kreatinine</td><td>stijging meer dan 30%: staken en overleggen; bij twijfel overleg met de dermatoloog in week 2</td></tr>
<tr><td>week 2</td><td>leverenzymen</td><td>ALAT boven drie keer de bovengrens: staken; bij twijfel overleg met de dermatoloog in week 3</td></tr>
<tr><td>week 3</td><td>bloedbeeld</td><td>leukocyten onder 3,0: na een week herhalen; bij twijfel overleg met de dermatoloog in week 4</td></tr>
<tr><td>week 4</td><td>aantal vlekken</td><td>toename van meer dan 5 vlekken: behandeling aanpassen; bij twijfel overleg met de dermatoloog in week 5</td></tr>
<tr><td>week 5</td><td>gewicht</td><td>verlies van meer dan 5%: diëtist inschakelen; bij twijfel overleg met de dermatoloog in week 6</td></tr>
<tr><td>week 6</td><td>bloeddruk</td><td>boven 160 mmHg: middel halveren; bij twijfel overleg met de dermatoloog in week 7</td></tr>
<tr><td>week 7</td><td>urine</td><td>eiwit positief: albumine bepalen; bij twijfel overleg met de dermatoloog in week 8</td></tr>
<tr><td>week 8</td><td>kalium</td><td>boven 5,5 mmol/l: dosis halveren; bij twijfel overleg met de dermatoloog in week 9</td></tr>
<tr><td>week 9</td><td>kreatinine</td><td>stijging meer dan 30%: staken en overleggen; bij twijfel overleg met de dermatoloog in week 10</td></tr>
<tr><td>week 10</td><td>leverenzymen</td><td>ALAT boven drie keer de bovengrens: staken; bij twijfel overleg met de dermatoloog in week 11</td></tr>
<tr><td>week 11</td><td>bloedbeeld</td><td>leukocyten onder 3,0: na een week herhalen; bij twijfel overleg met de dermatoloog in week 12</td></tr>
<tr><td>week 12</td><td>aantal vlekken</td><td>toename van meer dan 5 vlekken: behandeling aanpassen; bij twijfel overleg met de dermatoloog in week 13</td></tr>
<tr><td>week 13</td><td>gewicht</td><td>verlies van meer dan 5%: diëtist inschakelen; bij twijfel overleg met de dermatoloog in week 14</td></tr>
<tr><td>week 14</td><td>bloeddruk</td><td>boven 160 mmHg: middel halveren; bij twijfel overleg met de dermatoloog in week 15</td></tr>
<tr><td>week 15</td><td>urine</td><td>eiwit positief: albumine bepalen; bij twijfel overleg met de dermatoloog in week 16</td></tr>
<tr><td>week 16</td><td>kalium</td><td>boven 5,5 mmol/l: dosis halveren; bij twijfel overleg met de dermatoloog in week 17</td></tr>
<tr><td>week 17</td><td>kreatinine</td><td>stijging meer dan 30%: staken en overleggen; bij twijfel overleg met de dermatoloog in week 18</td></tr>
<tr><td>week 18</td><td>leverenzymen</td><td>ALAT boven drie keer de bovengrens: staken; bij twijfel overleg met de dermatoloog in week 19</td></tr>
<tr><td>week 19</td><td>bloedbeeld</td><td>leukocyten onder 3,0: na een week herhalen; bij twijfel overleg met de dermatoloog in week 20</td></tr>
<tr><td>week 20</td><td>aantal vlekken</td><td>toename van meer dan 5 vlekken: behandeling aanpassen; bij twijfel overleg met de dermatoloog in week 21</td></tr>
<tr><td>week 21</td><td>gewicht</td><td>verlies van meer dan 5%: diëtist inschakelen; bij twijfel overleg met de dermatoloog in week 22</td></tr>
<tr><td>week 22</td><td>bloeddruk</td><td>boven 160 mmHg: middel halveren; bij twijfel overleg met de dermatoloog in week 23</td></tr>
<tr><td>week 23</td><td>urine</td><td>eiwit positief: albumine bepalen; bij twijfel overleg met de dermatoloog in week 24</td></tr>
<tr><td>week 24</td><td>kalium</td><td>boven 5,5 mmol/l: dosis halveren; bij twijfel overleg met de dermatoloog in week 25</td></tr>
<tr><td>week 25</td><td>kreatinine</td><td>stijging meer dan 30%: staken en overleggen; bij twijfel overleg met de dermatoloog in week 26</td></tr>
<tr><td>week 26</td><td>leverenzymen</td><td>ALAT boven drie keer de bovengrens: staken; bij twijfel overleg met de dermatoloog in week 27</td></tr>
<tr><td>week 27</td><td>bloedbeeld</td><td>leukocyten onder 3,0: na een week herhalen; bij twijfel overleg met de dermatoloog in week 28</td></tr>
<tr><td>week 28</td><td>aantal vlekken</td><td>toename van meer dan 5 vlekken: behandeling aanpassen; bij twijfel overleg met de dermatoloog in week 29</td></tr>
<tr><td>week 29</td><td>gewicht</td><td>verlies van meer dan 5%: diëtist inschakelen; bij twijfel overleg met de dermatoloog in week 30</td></tr>
<tr><td>week 30</td><td>bloeddruk</td><td>boven 160 mmHg: middel halveren; bij twijfel overleg met de dermatoloog in week 31</td></tr>
</tbody></table>
<p>Na een jaar volstaat een jaarlijkse controle.</p>
</body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$tmp/profile" --no-pdf-header-footer \
  --print-to-pdf="$out/chromium-tables.pdf" "file://$tmp/chromium-tables.html" 2>/dev/null

# 1d. Chromium, one column: the caption and header of a dose table fall at
#     the foot of page 1 and its rows on page 2 under the repeated header;
#     a drug's cell is merged over two rows (rowspan), drawn once.
fill='<p>De huisarts beoordeelt de klachten, de duur en de ernst, en bespreekt met de patiënt wat te verwachten valt. Bij twijfel volgt overleg met de apotheker of de specialist, en de afspraken worden vastgelegd in het dossier zodat iedere betrokkene dezelfde informatie heeft.</p>'
{
cat <<'HTML'
<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Fictieve richtlijn Rimpelkoorts</title>
<style>
@page { size: A4; margin: 18mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.45; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #444; padding: 1.5mm; vertical-align: top; text-align: left; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 2mm; }
</style></head><body>
<h1>Rimpelkoorts</h1>
<h2>4.3 Medicamenteuze behandeling</h2>
HTML
for _ in 1 2 3 4 5 6 7 8 9 10 11; do echo "$fill"; done
cat <<'HTML'
<table>
<caption>Tabel 3 Dosering van geneesmiddelen bij rimpelkoorts</caption>
<thead><tr><th>Middel</th><th>Toedieningsvorm</th><th>Volwassenen</th><th>Kinderen</th></tr></thead>
<tbody>
<tr><td>dravolide</td><td>tablet 50 mg</td><td>2 dd 50 mg gedurende 7 dagen</td><td>≥ 6 jaar: 2 dd 1 mg/kg</td></tr>
<tr><td rowspan="2">velcoryne</td><td>neusspray 50 microgram/dosis</td><td>2 dd 2 sprays per neusgat</td><td>≥ 12 jaar: als volwassenen</td></tr>
<tr><td>druppels 0,05%</td><td>3 dd 2 druppels</td><td>2–11 jaar: 3 dd 1 druppel</td></tr>
<tr><td>mentorazol</td><td>zetpil 125 mg</td><td>niet van toepassing</td><td>&lt; 2 jaar: 1 dd 125 mg</td></tr>
</tbody></table>
<p>Stop de behandeling bij huiduitslag en overleg bij twijfel met de apotheker.</p>
</body></html>
HTML
} > "$tmp/chromium-merged.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$tmp/profile" --no-pdf-header-footer \
  --print-to-pdf="$out/chromium-merged.pdf" "file://$tmp/chromium-merged.html" 2>/dev/null

# 2. LibreOffice Writer from HTML
cat > "$tmp/libreoffice.html" <<'HTML'
<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Vaccinatieschema rivoplexie</title></head>
<body>
<h1>Vaccinatieschema rivoplexie</h1>
<p>Het schema hieronder geldt voor gezonde kinderen. Bij een afwijkend schema
overlegt de assistente met de jeugdarts; een ingehaalde prik telt mee.</p>
<p><b>Tabel 1 Schema per leeftijd</b></p>
<table border="0" cellpadding="4" cellspacing="0">
<tr><td><b>Leeftijd</b></td><td><b>Vaccin</b></td><td><b>Dosis</b></td><td><b>Plaats</b></td></tr>
<tr><td>2 maanden</td><td>RVX-1</td><td>0,5 ml</td><td>bovenbeen</td></tr>
<tr><td>4 maanden</td><td>RVX-1</td><td>0,5 ml</td><td>bovenbeen</td></tr>
<tr><td>11 maanden</td><td>RVX-2</td><td>0,25 ml</td><td>bovenarm</td></tr>
<tr><td>4 jaar</td><td>RVX-2 booster</td><td>0,25 ml</td><td>bovenarm</td></tr>
</table>
<p>Na de prik blijft het kind een kwartier ter observatie in de wachtkamer.
Koorts tot 39 graden in de eerste twee dagen is een bekende reactie.</p>
<p><b>Tabel 2 Bijwerkingen en beleid</b></p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Bijwerking</th><th>Frequentie</th><th>Beleid</th></tr>
<tr><td>koorts boven 39 °C</td><td>1 op 20</td><td>paracetamol volgens leeftijd; contact bij aanhouden na 48 uur</td></tr>
<tr><td>zwelling op de prikplaats</td><td>1 op 5</td><td>koelen; geen actie nodig</td></tr>
<tr><td>langdurig huilen</td><td>1 op 100</td><td>melden bij het vaccinatiebureau</td></tr>
</table>
<p>Meld ernstige bijwerkingen altijd bij het meldpunt.</p>
</body></html>
HTML
# Imported as a Writer document: Writer/Web's own PDF export starts with an
# empty page.
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
  --outdir "$tmp" "$tmp/libreoffice.html" >/dev/null 2>&1
cp "$tmp/libreoffice.pdf" "$out/libreoffice.pdf"

# 2b. LibreOffice Writer/Web from HTML, its own PDF export: tables without
# borders and with little cell padding (gutters hardly wider than a word
# space), multi-line cells, cells centred in their row's height, a header
# cell on two lines, a row broken across the page under the repeated
# header; and a bordered table whose header stands at the foot of a page
# with one wrapped row under it.
{
cat <<'HTML'
<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Behandeling van korstelkoorts</title></head>
<body>
<h1>Behandeling van korstelkoorts</h1>
HTML
for i in 1 2 3 4 5 6 7 8 9 10; do
  printf '<p>Korstelkoorts verloopt bij de meeste patiënten mild en gaat binnen twee weken over. Paragraaf %s beschrijft wanneer de huisarts aanvullend onderzoek doet, welke patiënten een verhoogd risico lopen en hoe de controle na een week verloopt; de assistente vraagt bij het telefonisch contact naar koorts, vochtinname en sufheid.</p>\n' "$i"
done
cat <<'HTML'
<table border="1">
<caption>Tabel 1 Beoordeling van de ernst</caption>
<thead><tr><th>Kenmerk</th><th>Licht</th><th>Matig</th><th>Ernstig, verwijzen dezelfde dag</th></tr></thead>
<tbody>
<tr><td>Hartfrequentie (&lt; 1 jaar)</td><td>&lt; 140/min</td><td>140–160/min</td><td>&gt; 160/min</td></tr>
<tr><td>Hartfrequentie (1–4 jaar)</td><td>&lt; 120/min</td><td>120–140/min</td><td>&gt; 140/min</td></tr>
<tr><td>Huidskleur</td><td>normaal</td><td>bleek</td><td>grauw, gevlekt of blauw rond de lippen, ook in rust</td></tr>
<tr><td>Plassen</td><td>normaal</td><td>minder dan de helft</td><td>niet in 12 uur</td></tr>
</tbody></table>
<p>Verwijs bij twee of meer kenmerken in de kolom ernstig dezelfde dag naar de kinderarts.</p>
HTML
for i in 12 13 14 15 16 17 18 19; do
  printf '<p>Bij volwassenen is korstelkoorts zelden ernstig. Paragraaf %s noemt de uitzonderingen: zwangerschap, een verminderde afweer en een eGFR onder 30 ml/min/1,73 m²; overleg dan met de internist en controleer de nierfunctie na drie dagen.</p>\n' "$i"
done
cat <<'HTML'
<table border="0">
<caption>Tabel 2 Dosering bij korstelkoorts</caption>
<thead><tr><th>Middel</th><th>Vorm</th><th>Volwassenen</th><th>Kinderen</th><th>Bij leverfunctiestoornis</th><th>Opmerkingen</th></tr></thead>
<tbody>
<tr><td>velmozine</td><td>tablet 50 mg, 100 mg; drank 10 mg/ml</td><td>1 dd 100 mg gedurende 7 dagen</td><td>6 maanden – 2 jaar: 1 dd 4 mg/kg; ≥ 2 jaar en &lt; 30 kg: 1 dd 3 mg/kg (maximaal 1 dd 80 mg); ≥ 30 kg: als volwassenen; alle gedurende 7 dagen</td><td>Child-Pugh A: geen aanpassing; Child-Pugh B: 1 dd 50 mg; Child-Pugh C: niet gebruiken</td><td>innemen met voedsel; hoofdpijn bij 8%</td></tr>
<tr><td valign="middle">dorapraxol</td><td>neusspray 50 microgram/dosis</td><td>2 dd 1 verstuiving per neusgat, maximaal 10 dagen</td><td>&lt; 6 jaar: niet gebruiken; ≥ 6 jaar: 1 dd 1 verstuiving per neusgat</td><td valign="middle">geen aanpassing</td><td>na gebruik de neus niet snuiten; bij neusbloedingen staken</td></tr>
<tr><td valign="middle">kelvastine</td><td>zetpil 125 mg, 250 mg</td><td>niet van toepassing</td><td valign="middle">&lt; 1 jaar: 1 dd 125 mg; 1–6 jaar: 2 dd 125 mg; &gt; 6 jaar: 2 dd 250 mg</td><td>Child-Pugh C: halveren</td><td valign="middle">bij diarree een andere toedieningsvorm kiezen</td></tr>
<tr><td>tralmicine</td><td>capsule 20 mg</td><td>1 dd 20 mg gedurende 5 dagen</td><td>&lt; 12 jaar: niet gebruiken</td><td>Child-Pugh B en C: niet gebruiken</td><td>niet combineren met sint-janskruid</td></tr>
</tbody></table>
<p>Controleer na een week het effect en de bijwerkingen. Stop bij huiduitslag en overleg bij twijfel met de apotheker.</p>
</body></html>
HTML
} > "$tmp/libreoffice-narrow.html"
soffice --headless --convert-to pdf:writer_web_pdf_Export \
  --outdir "$tmp" "$tmp/libreoffice-narrow.html" >/dev/null 2>&1
cp "$tmp/libreoffice-narrow.pdf" "$out/libreoffice-narrow.pdf"

# 2c. a dose table whose drug cells are merged over their populations' rows
# (rowspan), centred vertically: LibreOffice without borders, Chromium with
rowspan_page() { # rowspan_page CSS
  cat <<HTML
<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Samengevoegde cellen</title>
<style>body{font-family:serif;font-size:11pt} $1</style></head><body>
<h2>4.2 Medicamenteuze behandeling</h2>
<p>Geef bij ernstige fluitkeel pentavir gedurende 5 dagen. Geef bij kinderen met stridor in rust daarnaast soralide.</p>
<table><caption>Tabel 1 Dosering van geneesmiddelen bij fluitkeel</caption>
<tr><th>Middel</th><th>Patiënt</th><th>Dosering</th><th>Duur</th></tr>
<tr><td rowspan="3">pentavir (tablet 250 mg; drank 50 mg/ml)</td><td>Volwassenen</td><td>2 dd 500 mg</td><td>5 dagen</td></tr>
<tr><td>Kinderen 2–12 jaar</td><td>2 dd 15 mg/kg (max. 2 dd 500 mg)</td><td>5 dagen</td></tr>
<tr><td>eGFR &lt; 30 ml/min</td><td>1 dd 250 mg</td><td>5 dagen</td></tr>
<tr><td rowspan="3">soralide (tablet 4 mg; drank 1 mg/ml)</td><td>Kinderen met stridor in rust</td><td>0,3 mg/kg (max. 8 mg)</td><td>eenmalig</td></tr>
<tr><td>Volwassenen</td><td>1 dd 8 mg</td><td>3 dagen</td></tr>
<tr><td>Ouderen</td><td>1 dd 4 mg</td><td>3 dagen</td></tr>
<tr><td>mucaflor-keelspray</td><td>Volwassenen en kinderen vanaf 6 jaar</td><td>max. 4 dd 2 verstuivingen</td><td>zo nodig, max. 7 dagen</td></tr>
</table>
<p>Pas de dosering van pentavir aan bij een eGFR lager dan 30 ml/min.</p>
</body></html>
HTML
}
rowspan_page "td,th{padding:4px}" > "$tmp/libreoffice-rowspan.html"
soffice --headless --convert-to pdf:writer_web_pdf_Export \
  --outdir "$tmp" "$tmp/libreoffice-rowspan.html" >/dev/null 2>&1
cp "$tmp/libreoffice-rowspan.pdf" "$out/libreoffice-rowspan.pdf"
rowspan_page "table{border-collapse:collapse} td,th{border:1px solid #000;padding:4px}" > "$tmp/chromium-rowspan.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$tmp/profile" \
  --no-pdf-header-footer --print-to-pdf="$out/chromium-rowspan.pdf" "file://$tmp/chromium-rowspan.html" 2>/dev/null

# 2d. a table without borders and a short line after it
cat > "$tmp/libreoffice-short-after.html" <<'HTML'
<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Korte regel na de tabel</title>
<style>body{font-family:sans-serif;font-size:11pt} td,th{padding:4px}</style></head><body>
<p>Geef bij een bacteriële keelontsteking dravolan; bij een allergie voor dravolan geef je merocilline.</p>
<table><caption>Tabel 2 Dosering van antibiotica bij keelontsteking</caption>
<tr><th>Middel</th><th>Volwassenen</th><th>Kinderen</th><th>Duur</th></tr>
<tr><td>dravolan (tablet 500 mg)</td><td>3 dd 500 mg</td><td>3 dd 15 mg/kg</td><td>7 dagen</td></tr>
<tr><td>merocilline (capsule 250 mg)</td><td>2 dd 250 mg</td><td>2 dd 7,5 mg/kg</td><td>5 dagen</td></tr>
<tr><td>kolvaxine (tablet 100 mg)</td><td>1 dd 200 mg</td><td>1 dd 5 mg/kg</td><td>3 dagen</td></tr>
<tr><td>tirapen (drank 50 mg/ml)</td><td>4 dd 250 mg</td><td>4 dd 12,5 mg/kg</td><td>10 dagen</td></tr>
</table>
<p>Controleer na een week het effect.</p>
</body></html>
HTML
soffice --headless --convert-to pdf:writer_web_pdf_Export \
  --outdir "$tmp" "$tmp/libreoffice-short-after.html" >/dev/null 2>&1
cp "$tmp/libreoffice-short-after.pdf" "$out/libreoffice-short-after.pdf"

# 2e. a table without borders whose header is grouped over two lines
sed -e 's#<tr><th>Middel</th><th>Volwassenen</th><th>Kinderen</th><th>Duur</th></tr>#<tr><th rowspan="2">Middel</th><th colspan="2">Dosering</th><th rowspan="2">Duur</th></tr><tr><th>Volwassenen</th><th>Kinderen</th></tr>#' \
  -e 's#<title>Korte regel na de tabel</title>#<title>Gegroepeerde kop</title>#' \
  "$tmp/libreoffice-short-after.html" > "$tmp/chromium-grouped-header.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$tmp/profile" \
  --no-pdf-header-footer --print-to-pdf="$out/chromium-grouped-header.pdf" "file://$tmp/chromium-grouped-header.html" 2>/dev/null

# 2f. a table of two columns without borders under its caption ("Groep |
#     Dosering"), one column of running text above and below it: Chromium,
#     LibreOffice Writer/Web and pdflatex (a tabular under a text caption)
cat > "$tmp/pair.html" <<'HTML'
<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Twee kolommen</title>
<style>body{font-family:sans-serif;font-size:11pt} td,th{text-align:left;padding:2px 12px 2px 0}</style></head><body>
<h2>4.3 Medicamenteuze behandeling</h2>
<p>Geef bij een ernstig beloop kalvodine gedurende 5 dagen. De dosering hangt af van de leeftijd en de nierfunctie van de patiënt; zie tabel 3 voor de dosering per groep.</p>
<table><caption style="text-align:left">Tabel 3 Dosering kalvodine</caption>
<tr><th>Groep</th><th>Dosering</th></tr>
<tr><td>Volwassenen</td><td>2 dd 250 mg; maximaal 1000 mg per dag</td></tr>
<tr><td>Kinderen 6–11 jaar</td><td>2 dd 125 mg</td></tr>
<tr><td>Kinderen jonger dan 6 jaar</td><td>niet gebruiken</td></tr>
<tr><td>Ouderen (75 jaar en ouder)</td><td>1 dd 250 mg</td></tr>
<tr><td>eGFR &lt; 30</td><td>gecontra-indiceerd</td></tr>
</table>
<p>Controleer na een week het effect van de behandeling en stop kalvodine als de klachten zijn verdwenen; dit geldt ook voor kinderen.</p>
</body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$tmp/profile" \
  --no-pdf-header-footer --print-to-pdf="$out/chromium-pair.pdf" "file://$tmp/pair.html" 2>/dev/null
cp "$tmp/pair.html" "$tmp/libreoffice-pair.html"
soffice --headless --convert-to pdf:writer_web_pdf_Export \
  --outdir "$tmp" "$tmp/libreoffice-pair.html" >/dev/null 2>&1
cp "$tmp/libreoffice-pair.pdf" "$out/libreoffice-pair.pdf"
cat > "$tmp/latex-pair.tex" <<'TEX'
\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\begin{document}
\section*{4.3 Medicamenteuze behandeling}
Geef bij een ernstig beloop kalvodine gedurende 5 dagen. De dosering hangt af van de leeftijd en de nierfunctie van de patiënt; zie tabel 3 voor de dosering per groep.

\bigskip\noindent Tabel 3 Dosering kalvodine\\[4pt]
\begin{tabular}{@{}ll}
\textbf{Groep} & \textbf{Dosering} \\
Volwassenen & 2 dd 250 mg; maximaal 1000 mg per dag \\
Kinderen 6--11 jaar & 2 dd 125 mg \\
Kinderen jonger dan 6 jaar & niet gebruiken \\
Ouderen (75 jaar en ouder) & 1 dd 250 mg \\
eGFR $<$ 30 & gecontra-indiceerd \\
\end{tabular}

\bigskip\noindent Controleer na een week het effect van de behandeling en stop kalvodine als de klachten zijn verdwenen; dit geldt ook voor kinderen.
\end{document}
TEX
(cd "$tmp" && pdflatex -interaction=batchmode latex-pair.tex >/dev/null)
cp "$tmp/latex-pair.pdf" "$out/latex-pair.pdf"

# 3. groff tbl without rules, straight to PDF with gropdf
cat > "$tmp/groff-plain.ms" <<'MS'
.nr PS 11
.nr VS 13
.NH 1
Bloeddrukstreefwaarden
.PP
De streefwaarde hangt af van de leeftijd en van eerdere hart- en vaatziekten.
De tabel geeft de waarden die de werkgroep aanhoudt.
.LP
.B "Tabel 3"
Streefwaarden systolische bloeddruk
.TS
tab(|);
l l l l.
Groep|Leeftijd|Streefwaarde|Controle
geen HVZ|< 70 jaar|< 140 mmHg|jaarlijks
geen HVZ|>= 70 jaar|< 150 mmHg|jaarlijks
met HVZ|alle|< 130 mmHg|elk half jaar
diabetes|alle|< 140 mmHg|elk kwartaal
.TE
.PP
Verlaag de bloeddruk geleidelijk en let bij ouderen op orthostatische klachten.
Bij een systolische waarde boven 180 mmHg volgt dezelfde week een controle.
MS
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$tmp/groff-plain.ms" > "$out/groff-plain.pdf"

# 3b. groff tbl as pandoc writes it (-t ms): a rule under a header that is
# neither bold nor free of numbers, and row labels of one line beside
# wrapped cells ("Ogen" over "Drinken")
cat > "$tmp/groff-headrule.html" <<'HTML'
<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Uitdroging</title></head><body>
<h2>Uitdroging</h2>
<p>Beoordeel de tekenen van uitdroging (tabel 1) en geef het middel uit tabel 2.</p>
<table><caption>Tabel 1 Tekenen van uitdroging bij kinderen</caption>
<thead><tr><th>Teken</th><th>Geen of lichte uitdroging</th><th>Matige uitdroging</th><th>Ernstige uitdroging</th></tr></thead>
<tbody><tr><td>Algemene indruk</td><td>alert</td><td>onrustig of prikkelbaar</td><td>suf of slap</td></tr>
<tr><td>Ogen</td><td>normaal</td><td>ingevallen</td><td>diep ingevallen</td></tr>
<tr><td>Drinken</td><td>drinkt normaal</td><td>dorstig, drinkt gretig</td><td>drinkt slecht of niet</td></tr>
<tr><td>Huidturgor</td><td>normaal</td><td>verstreken plooi verdwijnt langzaam</td><td>verstreken plooi verdwijnt zeer langzaam (&gt; 2 seconden)</td></tr></tbody></table>
<table><caption>Tabel 2 Dosering van geneesmiddelen bij zandbuik</caption>
<thead><tr><th>Patiënt</th><th>Motrexide (tablet 4 mg; drank 0,8 mg/ml)</th><th>Cefaloxine (tablet 500 mg; suspensie 50 mg/ml)</th></tr></thead>
<tbody><tr><td>Volwassenen</td><td>8 mg eenmalig</td><td>2 dd 500 mg gedurende 3 dagen</td></tr>
<tr><td>Kinderen vanaf 2 jaar</td><td>0,15 mg/kg eenmalig, maximaal 8 mg</td><td>20 mg/kg/dag in 2 giften gedurende 3 dagen, maximaal 1000 mg per dag</td></tr>
<tr><td>Zwangerschap</td><td>niet gebruiken</td><td>niet in het eerste trimester</td></tr></tbody></table>
<p>Controleer na 4 uur opnieuw.</p>
</body></html>
HTML
pandoc "$tmp/groff-headrule.html" -t ms -o "$tmp/groff-headrule.ms"
groff -Kutf8 -t -ms -Tpdf -dpaper=a4 -P-pa4 "$tmp/groff-headrule.ms" > "$out/groff-headrule.pdf"

# 3c. the same way, a table whose caption and header end page 1 and whose
# rows begin page 2 under its page number, without the header repeated
para='<p>Beoordeel bij elk kind met diarree de mate van uitdroging en vraag naar de hoeveelheid urine, het drinken en het braken in de afgelopen 24 uur. Weeg het kind en vergelijk het gewicht zo mogelijk met een recente meting.</p>'
{
  echo '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Rehydratie</title></head><body>'
  echo '<h2>Rehydratie</h2>'
  for _ in $(seq 16); do echo "$para"; done
  cat <<'HTML'
<p>Leg uit hoe de ouders het drinken bijhouden.</p>
<table><caption>Tabel 2 Hydrolan bij matige uitdroging, naar lichaamsgewicht</caption>
<thead><tr><th>Lichaamsgewicht</th><th>In de eerste 4 uur</th><th>Daarna na elke dunne ontlasting</th></tr></thead>
<tbody><tr><td>&lt; 5 kg</td><td>200–400 ml</td><td>50 ml</td></tr>
<tr><td>5–10 kg</td><td>400–700 ml</td><td>100 ml</td></tr>
<tr><td>10–20 kg</td><td>700–1000 ml</td><td>150 ml</td></tr>
<tr><td>≥ 40 kg en volwassenen</td><td>2000–4000 ml</td><td>250 ml</td></tr></tbody></table>
<p>Ernstige uitdroging: verwijs met spoed.</p></body></html>
HTML
} > "$tmp/groff-orphan-header.html"
pandoc "$tmp/groff-orphan-header.html" -t ms -o "$tmp/groff-orphan-header.ms"
groff -Kutf8 -t -ms -Tpdf -dpaper=a4 -P-pa4 "$tmp/groff-orphan-header.ms" > "$out/groff-orphan-header.pdf"
ls -l "$out"
