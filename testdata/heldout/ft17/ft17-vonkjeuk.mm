.\" FICTIONAL test guideline FT-17 -- not medical advice
.nr Hy 0
.nh
.nr Hb 7
.nr Hs 7
.nr Pt 0
.SA 0
.S 11 14
.ce 3
\s+6\fBFictieve Standaard Vonkjeuk (FT-17)\fP\s0
.sp 0.5
\fIFICTIEF testdocument \[en] geen medisch advies. Versie augustus 2025.\fP
.sp 1
.H 1 "Kernboodschappen"
.BL
.LI
Vonkjeuk is een fictieve, meestal self-limiting huidaandoening met plotselinge jeuk en kleine rode papeltjes (vonkjes) na blootstelling aan warmte.
.LI
De diagnose wordt klinisch gesteld met anamnese en de vonkproef; aanvullend onderzoek is meestal niet nodig.
.LI
Deel de ernst in met de jeukscore (NRS 0\[en]10): licht, matig of ernstig.
.LI
Behandel lichte vonkjeuk met kelmistol crème, matige vonkjeuk met ardovaline oraal en ernstige vonkjeuk met een stootkuur lurastide.
.LI
Trevadoxine is een tweedekeusmiddel en is niet geschikt voor kinderen en zwangeren.
.LI
Verwijs met spoed bij zwelling van lippen of tong, benauwdheid of koorts boven 39 \[de]C met uitgebreide vonkjes.
.LE
.H 1 "Inleiding"
.P
De Fictieve Standaard Vonkjeuk geeft richtlijnen voor de diagnostiek en behandeling van vonkjeuk bij kinderen en volwassenen in de huisartsenpraktijk.
Deze standaard is geschreven als testdocument en beschrijft een verzonnen aandoening met verzonnen geneesmiddelen.
De aanbevelingen zijn bedoeld voor huisartsen, praktijkondersteuners en doktersassistenten.
.P
Vonkjeuk ontstaat vermoedelijk door een kortdurende overprikkeling van warmtegevoelige zenuwuiteinden in de huid, waarbij mestcellen lokaal histamine en andere jeukmediatoren afgeven.
De vonkjes zijn het zichtbare gevolg van deze lokale ontstekingsreactie.
De aandoening is niet besmettelijk en laat geen littekens achter, tenzij door krabben secundaire wondjes ontstaan.
Een secundaire bacteriële infectie van krabwondjes komt bij ongeveer 5% van de patiënten voor.
.P
Buiten het bestek van deze standaard vallen zuigelingen jonger dan 6 maanden; zij worden altijd verwezen naar de kinderarts.
.H 1 "Begrippen"
.P
\fBVonkjes\fP: rode papeltjes van 1 tot 2 mm doorsnede die binnen enkele minuten na warmteprikkeling ontstaan en hevig jeuken.
.P
\fBVonkproef\fP: de huid wordt met een houten spatel vijf keer stevig bestreken; de proef is positief als binnen 2 minuten ten minste 3 nieuwe vonkjes ontstaan.
.P
\fBErnstgraad\fP: de ernst wordt bepaald met de jeukscore op een numerieke schaal (NRS) van 0 tot 10 over de afgelopen 24 uur.
.BL
.LI
Lichte vonkjeuk: jeukscore 1 tot en met 3.
.LI
Matige vonkjeuk: jeukscore 4 tot en met 6.
.LI
Ernstige vonkjeuk: jeukscore 7 of hoger, of slaapverstoring door jeuk in 3 of meer nachten per week.
.LE
.P
\fBRecidief\fP: een nieuwe episode na een klachtenvrije periode van ten minste 4 weken.
.P
\fBChronische vonkjeuk\fP: klachten die langer dan 12 weken aanhouden.
.H 1 "Epidemiologie"
.P
De prevalentie van vonkjeuk in de huisartsenpraktijk bedraagt naar schatting 14 per 1000 patiënten per jaar.
Vonkjeuk komt twee keer zo vaak voor bij vrouwen als bij mannen.
De piekincidentie ligt tussen 20 en 40 jaar.
Bij kinderen jonger dan 2 jaar is de aandoening zeldzaam.
.P
De prognose is gunstig: bij ongeveer 70% van de patiënten verdwijnen de klachten binnen 3 maanden.
Ongeveer een kwart van de patiënten krijgt binnen een jaar een recidief.
Risicofactoren zijn een atopische constitutie, overmatig zweten en frequent saunabezoek.
.H 1 "Richtlijnen diagnostiek"
.H 2 "Anamnese"
.P
Vraag naar:
.BL
.LI
begin, duur en beloop van de jeuk en de vonkjes;
.LI
uitlokkende factoren zoals een warme douche, sport, sauna of warme kleding;
.LI
de jeukscore (NRS) en het aantal nachten per week met slaapverstoring;
.LI
eerdere episoden, atopie en gebruikte middelen;
.LI
zwangerschap en borstvoeding;
.LI
alarmsymptomen: zwelling van lippen of tong, benauwdheid, koorts en blaarvorming.
.LE
.H 2 "Lichamelijk onderzoek"
.P
Beoordeel de lokalisatie en uitbreiding van de vonkjes en voer de vonkproef uit op de onderarm.
Meet de temperatuur bij een zieke indruk.
Let op blaarvorming en op zwelling van het gelaat.
.H 2 "Aanvullend onderzoek"
.P
Aanvullend onderzoek is in de regel niet nodig.
Bepaal bij twijfel aan de diagnose het aantal eosinofiele granulocyten in het bloed; een waarde boven 0,5 \[mu] 10\[ha]9/l past bij vonkjeuk.
Bepaal vóór de start van trevadoxine het ALAT bij patiënten met een bekende leverziekte.
.H 2 "Evaluatie"
.P
Stel de diagnose vonkjeuk bij een typische anamnese met vonkjes na warmteprikkeling en een positieve vonkproef.
Denk bij een negatieve vonkproef aan urticaria, scabiës of een contacteczeem.
.H 1 "Richtlijnen beleid"
.H 2 "Voorlichting"
.P
Leg uit dat vonkjeuk onschuldig is en meestal binnen enkele weken tot maanden vanzelf verdwijnt.
Vertel dat krabben de klachten verergert en dat warmte de belangrijkste uitlokkende factor is.
Bespreek de uitlokkende factoren die de patiënt zelf heeft opgemerkt en adviseer een klachtendagboek bij recidiverende klachten.
Leg bij gebruik van ardovaline uit dat het middel sufheid kan geven, vooral in de eerste week, en dat de rijvaardigheid verminderd kan zijn.
Vertel ouders van jonge kinderen dat vonkjeuk niet besmettelijk is en dat het kind gewoon naar de kinderopvang of school kan.
Verwijs naar de fictieve patiënteninformatie over vonkjeuk.
.H 2 "Niet-medicamenteuze behandeling"
.BL
.LI
Douche lauw (maximaal 35 \[de]C) en korter dan 10 minuten.
.LI
Draag luchtige katoenen kleding en vermijd wollen kleding op de huid.
.LI
Vermijd saunabezoek tot 4 weken na het verdwijnen van de klachten.
.LI
Gebruik tweemaal daags een verkoelende crème zoals cetomacrogolcrème met 1% menthol.
.LI
Knip de nagels kort om krabschade te beperken.
.LE
.H 2 "Medicamenteuze behandeling"
.P
Volg het stappenplan:
.BL
.LI
Lichte vonkjeuk: kelmistol crème 2%.
.LI
Matige vonkjeuk: ardovaline oraal, eventueel gecombineerd met kelmistol crème.
.LI
Onvoldoende effect van ardovaline na 2 weken: vervang ardovaline door een kuur trevadoxine van 10 dagen (alleen volwassenen).
.LI
Ernstige vonkjeuk: stootkuur lurastide gedurende 5 dagen, gecombineerd met ardovaline.
.LE
.P
Geef bij kinderen de voorkeur aan lokale behandeling; gebruik ardovaline drank alleen bij matige of ernstige vonkjeuk.
Start bij ouderen met de laagste dosering en evalueer na 1 week het effect en de bijwerkingen.
Behandel een secundaire bacteriële infectie van krabwondjes volgens de geldende richtlijn voor impetigo.
.P
Ardovaline is beschikbaar als tablet van 10 mg en als drank van 1 mg/ml.
Trevadoxine is beschikbaar als tablet van 50 mg.
Lurastide is beschikbaar als capsule van 200 mg en als suspensie van 20 mg/ml.
Kelmistol is beschikbaar als crème 2%.
.P
Contra-indicaties: trevadoxine is gecontra-indiceerd bij een lang-QT-syndroom en bij een ernstige leverfunctiestoornis.
Lurastide is gecontra-indiceerd bij een actief ulcus pepticum.
Ardovaline is gecontra-indiceerd bij een eGFR lager dan 15 ml/min/1,73 m².
.P
De doseringen staan in tabel 1.
.sp 0.5
.ne 3i
.ce
\fBTabel 1. Doseringen bij vonkjeuk\fP
.sp 0.3
.TS
box tab(@);
lb | lb | lb | lb
l | lw(2.9c) | lw(3.8c) | lw(4c).
Middel@Patiëntgroep@Dosering@Opmerking
_
ardovaline@Volwassenen@T{
10 mg 1× per dag; zo nodig na 1 week 10 mg 2× per dag
T}@T{
maximaal 20 mg per dag; kan sufheid geven
T}
@Kinderen 2\[en]11 jaar@T{
0,25 mg/kg 1× per dag (drank 1 mg/ml)
T}@T{
maximaal 10 mg per dag
T}
@Ouderen vanaf 75 jaar@T{
5 mg 1× per dag
T}@T{
start laag; let op valrisico
T}
@T{
eGFR 15\[en]30 ml/min/1,73 m²
T}@T{
5 mg om de dag
T}@T{
niet gebruiken bij eGFR lager dan 15
T}
_
kelmistol@T{
Volwassenen en kinderen vanaf 12 jaar
T}@T{
crème 2% 2× per dag dun aanbrengen
T}@T{
maximaal 14 dagen achtereen
T}
@Kinderen 2\[en]11 jaar@T{
crème 2% 1× per dag dun aanbrengen
T}@T{
maximaal 7 dagen; niet in het gelaat
T}
_
trevadoxine@Volwassenen@T{
50 mg 2× per dag gedurende 10 dagen
T}@T{
tweede keus; innemen met voedsel
T}
@T{
eGFR lager dan 45 ml/min/1,73 m²
T}@T{
50 mg 1× per dag gedurende 10 dagen
T}@T{
niet bij ernstige leverfunctiestoornis
T}
@T{
Kinderen jonger dan 18 jaar
T}@T{
niet gebruiken
T}@T{
geen gegevens over veiligheid
T}
_
lurastide@Volwassenen@T{
200 mg 1× per dag gedurende 5 dagen
T}@T{
alleen bij ernstige vonkjeuk; 's ochtends innemen
T}
@Kinderen 6\[en]17 jaar@T{
4 mg/kg 1× per dag gedurende 5 dagen (suspensie 20 mg/ml)
T}@T{
maximaal 200 mg per dag
T}
.TE
.sp 0.5
.H 2 "Zwangerschap en borstvoeding"
.P
Kelmistol crème kan gedurende de hele zwangerschap en tijdens de borstvoeding worden gebruikt; breng de crème niet aan op de tepel of de tepelhof.
.P
Ardovaline wordt afgeraden tot 14 weken zwangerschap.
Vanaf 14 weken tot 36 weken zwangerschap kan ardovaline in de laagste effectieve dosering worden gebruikt.
Staak ardovaline vanaf 36 weken zwangerschap vanwege de kans op sufheid bij de pasgeborene.
Ardovaline gaat in geringe mate over in de moedermelk en mag tijdens de borstvoeding worden gebruikt; let op sufheid bij de zuigeling.
.P
Trevadoxine is gecontra-indiceerd tijdens de gehele zwangerschap en tijdens de borstvoeding.
.P
Lurastide wordt afgeraden in het eerste trimester; overleg daarna met de gynaecoloog.
.H 2 "Interacties"
.P
De belangrijkste interacties staan in tabel 2.
.sp 0.5
.ne 2.5i
.ce
\fBTabel 2. Interacties\fP
.sp 0.3
.TS
box tab(@);
lb | lb | lb
l | lw(4.2c) | lw(6.8c).
Middel@Interactie met@Advies
_
ardovaline@T{
ketoconazol, itraconazol
T}@T{
hogere ardovalinespiegel; halveer de dosering ardovaline
T}
ardovaline@T{
benzodiazepinen (zoals oxazepam)
T}@T{
versterkte sedatie; wijs op verminderde rijvaardigheid
T}
trevadoxine@simvastatine@T{
verhoogd risico op myopathie; staak simvastatine tijdens de kuur
T}
trevadoxine@acenocoumarol@T{
stijging van de INR; controleer de INR na 3 tot 5 dagen
T}
lurastide@lithium@T{
hogere lithiumspiegel; vermijd de combinatie
T}
kelmistol@T{
andere lokale middelen op dezelfde plek
T}@T{
houd ten minste 30 minuten tussen het aanbrengen
T}
.TE
.sp 0.5
.H 2 "Controles"
.P
Spreek bij matige vonkjeuk een controle af na 2 weken om het effect van ardovaline te beoordelen.
Controleer patiënten die een stootkuur lurastide krijgen na 1 week.
Bij gebruik van trevadoxine en acenocoumarol wordt de INR na 3 tot 5 dagen gecontroleerd.
Bij lichte vonkjeuk is een controle niet nodig; de patiënt neemt contact op als de klachten na 4 weken niet verminderd zijn.
.H 2 "Consultatie en verwijzing"
.P
Verwijs met spoed (dezelfde dag) naar de SEH of de dermatoloog bij de volgende alarmsymptomen:
.BL
.LI
zwelling van lippen of tong;
.LI
benauwdheid of stridor;
.LI
koorts boven 39 \[de]C met uitgebreide vonkjes over meer dan de helft van het lichaam;
.LI
blaarvorming over meer dan 10% van het lichaamsoppervlak.
.LE
.P
Verwijs regulier naar de dermatoloog bij:
.BL
.LI
onvoldoende verbetering na 6 weken behandeling volgens het stappenplan;
.LI
meer dan 4 recidieven per jaar;
.LI
chronische vonkjeuk;
.LI
twijfel aan de diagnose.
.LE
.P
Overleg met de kinderarts bij kinderen jonger dan 2 jaar met vonkjeuk.
Verwijs zwangeren met ernstige vonkjeuk na het eerste trimester in overleg met de gynaecoloog.
.sp 1
.P
\fIDit is een FICTIEVE testrichtlijn (FT-17). Vonkjeuk, ardovaline, kelmistol, trevadoxine en lurastide bestaan niet. Niet gebruiken voor medische beslissingen.\fP
