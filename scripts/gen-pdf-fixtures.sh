#!/bin/sh
# Regenerates the PDF fixtures of ingest/extract from the sources below, with
# three producers: Chromium (Skia), groff (gropdf) and Ghostscript (ps2pdf),
# plus qpdf for encryption. Needs: chromium, groff, ghostscript, qpdf.
# Output differs slightly between tool versions (dates, ids); the golden
# texts only depend on the extracted text.
set -eu
out=$(cd "$(dirname "$0")/.." && pwd)/ingest/extract/testdata
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# 1. Chromium: two CSS columns, spanning headings, ligatures, hyphens.
cat > "$tmp/chromium.html" <<'HTML'
<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Zorgpad diabetes in de eerste lijn</title>
<style>
@page { size: A4; margin: 2cm; }
body { font-family: "DejaVu Serif", serif; font-size: 10pt; line-height: 1.35; }
h1 { font-family: "DejaVu Sans", sans-serif; font-size: 20pt; }
h2 { font-family: "DejaVu Sans", sans-serif; font-size: 14pt; column-span: all; }
.cols { columns: 2; column-gap: 1.2cm; }
p { margin: 0 0 0.8em 0; text-align: left; }
</style></head><body>
<h1>Zorgpad diabetes in de eerste lijn</h1>
<p>Deze handreiking beschrijft de officiële afspraken tussen huisarts, praktijkondersteuner en diëtist. De efficiënte samenwerking staat voorop.</p>
<h2>1. Achtergrond</h2>
<div class="cols">
<p>Diabetes mellitus type 2 komt steeds vaker voor. De huisarts stelt de diagnose en bespreekt met de patiënt de doelen van de behandeling. Volgens de NTvG-artikelen over dit onderwerp is een gestructureerde aanpak effectief. De afstemming met de diëtist gebeurt in het eerste kwartaal. Een persoonlijk behandel-<br>plan wordt jaarlijks herzien en vastgelegd in het dossier van de praktijk, zodat elke betrokken professional dezelfde informatie heeft.</p>
<p>Bij de controle meet de praktijkondersteuner het HbA1c, de bloeddruk en het gewicht. Afwijkende waarden worden met de huisarts besproken. De patiënt krijgt schriftelijke informatie mee en kan vragen stellen via het portaal. Dit eindigt de linkerkolom niet: de zin loopt door naar de rechterkolom van deze pagina zonder onderbreking van de tekst.</p>
<p>Wet- en regelgeving vraagt om zorgvuldige verslaglegging. De fysiotherapeut adviseert over beweging en de apotheker controleert de medicatie op interacties. Alle afspraken staan in het regionale transmuraal protocol.</p>
</div>
<h2>2. Afspraken</h2>
<p>De zorggroep evalueert het zorgpad elk jaar met alle betrokkenen en past het aan waar nodig.</p>
</body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$tmp/profile" --no-pdf-header-footer \
  --print-to-pdf="$out/chromium-twocol.pdf" "file://$tmp/chromium.html" 2>/dev/null

# 2. groff -ms via gropdf: numbered headings, automatic hyphenation,
#    running page-number headers ("- 2 -") on every page after the first.
cat > "$tmp/groff.ms" <<'MS'
.\" Dutch text, three pages, numbered headings.
.nr PS 11
.nr VS 13
.hy 1
.TL
Richtlijn wondzorg in de huisartsenpraktijk
.NH 1
Inleiding
.PP
Deze richtlijn beschrijft de behandeling van acute en chronische wonden in de eerste lijn.
De huisarts en de praktijkverpleegkundige werken samen met de wijkverpleging.
Het doel is een efficiënte, officiële werkwijze die voor alle betrokkenen duidelijk is.
MS
i=1
while [ $i -le 16 ]; do
cat >> "$tmp/groff.ms" <<MS
.NH 2
Onderdeel $i van de beoordeling
.PP
Bij elke wond beoordeelt de verpleegkundige de grootte, de diepte en de wondranden.
Een infectie herkent men aan roodheid, zwelling, warmte en pijn; bij twijfel overlegt
de verpleegkundige met de huisarts. De documentatie gebeurt volgens de NTvG-artikelen
en de standaarden van het Nederlands Huisartsen Genootschap. Wet- en regelgeving over
het dossier blijft onverminderd van kracht. Compressietherapie wordt alleen gestart na
meting van de enkel-armindex. Het behandelplan wordt met de patiënt besproken en
schriftelijk vastgelegd, zodat de continuïteit van zorg gewaarborgd blijft.
MS
i=$((i + 1))
done
groff -k -ms -Tpdf -dpaper=a4 -P-pa4 "$tmp/groff.ms" > "$out/groff-ms.pdf"

# 3. Ghostscript from hand-written PostScript: every word is shown on its own
#    (no space characters in the file), so word gaps must come from positions.
#    The second text block is drawn inside a form (Form XObject).
cat > "$tmp/gs.ps" <<'PS'
%!PS-Adobe-3.0
%%Pages: 1
%%EndComments
/W { % x y size font (word...) -> shows each word at its own position
  5 dict begin /ws exch def /f exch def /sz exch def /y exch def /x exch def
  f findfont sz scalefont setfont
  ws { dup x y moveto show stringwidth pop x add sz 0.28 mul add /x exch def } forall
  end } def
/Enc { dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end } def
/Times-Roman findfont Enc /TR exch definefont pop
/Helvetica-Bold findfont Enc /HB exch definefont pop
%%Page: 1 1
72 760 18 /HB [(Medicatiebeoordeling) (bij) (ouderen)] W
72 730 11 /TR [(De) (apotheker) (en) (de) (huisarts) (beoordelen) (samen) (de) (medicatie) (van) (kwetsbare)] W
72 716 11 /TR [(ouderen.) (Volgens) (de) (NTvG-) ] W
72 702 11 /TR [(artikelen) (verdient) (een) (jaarlijkse) (zorg-)] W
72 688 11 /TR [(verlener) (deze) (taak.) (Wet-) (en) (regelgeving) (geldt) (onverkort.)] W
72 650 14 /HB [(Afspraken)] W
/Blok << /FormType 1 /BBox [0 0 500 100] /Matrix [1 0 0 1 0 0]
  /PaintProc { pop 0 80 11 /TR [(Deze) (tekst) (staat) (in) (een) (formulier-object) (en) (moet) (ook) (worden) (gelezen.)] W } >> def
72 540 translate Blok execform
showpage
%%EOF
PS
ps2pdf -dPDFSETTINGS=/default "$tmp/gs.ps" "$out/ghostscript-ps.pdf"

# 4. Broken and special files, derived from the Chromium fixture.
qpdf --encrypt "" ownerpw 256 -- "$out/chromium-twocol.pdf" "$out/encrypted-owner.pdf"
qpdf --encrypt userpw ownerpw 256 -- "$out/chromium-twocol.pdf" "$out/encrypted-user.pdf"
size=$(wc -c < "$out/chromium-twocol.pdf")
head -c $((size / 2)) "$out/chromium-twocol.pdf" > "$out/truncated.pdf"
printf '%%!PS\n0.5 setgray 72 72 300 400 rectfill showpage\n' > "$tmp/notext.ps"
ps2pdf "$tmp/notext.ps" "$out/notext.pdf"
: > "$out/empty.pdf"
printf 'Dit is geen PDF maar een tekstbestand.\n' > "$out/not-a-pdf.pdf"
ls -l "$out"
