"""Generate brakwaterenteritis.rst (fictional NHG-style guideline FT-92)."""
import os
from gridtable import render

def indent(text, n=3):
    return '\n'.join((' ' * n + l) if l.strip() else '' for l in text.split('\n'))

# ---------------- Tabel 1: BRAK-score (grid table) ----------------
brak = render([58, 7], [
    [('Criterium', 1, 1), ('Punten', 1, 1)],
    [('Blootstelling aan brak water binnen 72 uur vóór het begin van de klachten', 1, 1), ('2', 1, 1)],
    [('6 of meer waterige ontlastingen per 24 uur', 1, 1), ('2', 1, 1)],
    [('Temperatuur ≥ 38,5 °C', 1, 1), ('1', 1, 1)],
    [('Braken waardoor de orale vochtinname onvoldoende is', 1, 1), ('1', 1, 1)],
    [('Leeftijd ≥ 70 jaar of jonger dan 2 jaar', 1, 1), ('1', 1, 1)],
    [('Klachten langer dan 5 dagen', 1, 1), ('1', 1, 1)],
    [('Interpretatie: 0-2 punten: BWE onwaarschijnlijk, zoek een andere oorzaak. '
      '3-4 punten: BWE waarschijnlijk, symptomatisch beleid. '
      '5 punten of meer: BWE waarschijnlijk, overweeg velcitrazol.', 2, 1)],
])

# ---------------- Tabel 2: dosering velcitrazol en ormapenide (grid table with spans) -------------
def r4(pop, dos, duur, opm):
    return [(pop, 1, 1), (dos, 1, 1), (duur, 1, 1), (opm, 1, 1)]
def rm(pop, merged):
    return [(pop, 1, 1), (merged, 3, 1)]

velc = [
    r4('Volwassenen 18-69 jaar', '400 mg 2 dd', '5 dagen', 'Innemen met water; niet met zuivel (2 uur ertussen).'),
    r4('Ouderen ≥ 70 jaar', '200 mg 2 dd', '5 dagen', 'eGFR bepalen vóór start.'),
    r4('Kinderen 12-17 jaar', '300 mg 2 dd', '5 dagen', 'Tablet 100 mg of suspensie.'),
    r4('Kinderen 2-11 jaar', '10 mg/kg 2 dd', '5 dagen', 'Maximaal 300 mg per gift; suspensie 40 mg/ml.'),
    rm('Kinderen < 2 jaar', 'niet gebruiken; kies ormapenide'),
    r4('eGFR 30-59 ml/min/1,73m²', '200 mg 2 dd', '5 dagen', 'Kalium en creatinine controleren na 3 dagen.'),
    r4('eGFR 15-29 ml/min/1,73m²', '200 mg 1 dd', '5 dagen', 'Alleen na overleg met de internist-nefroloog.'),
    rm('eGFR < 15 ml/min/1,73m²', 'niet gebruiken'),
    rm('Zwangerschap', 'gecontra-indiceerd (skeletafwijkingen in dierstudies); kies ormapenide'),
    r4('Borstvoeding', '400 mg 2 dd', '5 dagen', 'Gaat nauwelijks over in moedermelk.'),
]
orma = [
    r4('Volwassenen en ouderen', '250 mg 3 dd', '7 dagen', 'Innemen een half uur vóór de maaltijd.'),
    r4('Kinderen 12-17 jaar', '250 mg 3 dd', '7 dagen', 'Tablet 250 mg.'),
    r4('Kinderen 6 maanden - 11 jaar', '8 mg/kg 3 dd', '7 dagen', 'Maximaal 250 mg per gift; drank 25 mg/ml.'),
    r4('eGFR < 30 ml/min/1,73m²', '250 mg 2 dd', '7 dagen', 'Bij eGFR ≥ 30 geen aanpassing.'),
    r4('Zwangerschap', '250 mg 3 dd', '7 dagen', 'In alle trimesters; ervaring beperkt, geen signalen van schade.'),
]
rows = [[('Middel', 1, 1), ('Populatie', 1, 1), ('Dosering', 1, 1), ('Duur', 1, 1), ('Opmerkingen', 1, 1)]]
rows.append([('**velcitrazol** (oraal), eerste keus', 1, len(velc))] + velc[0])
rows += velc[1:]
rows.append([('**ormapenide** (oraal), tweede keus', 1, len(orma))] + orma[0])
rows += orma[1:]
dose = render([16, 28, 14, 9, 34], rows)

# ---------------- Tabel 3: druvoxetan en clepsaline (list-table, empty drug cells) ----------------
def lt(rows, widths):
    out = []
    for row in rows:
        first = True
        for cell in row:
            prefix = '* - ' if first else '  - '
            first = False
            out.append((prefix + cell).rstrip())
    return '\n'.join(out)

sympt_rows = [
    ['Middel', 'Populatie', 'Dosering', 'Maximale duur', 'Opmerkingen'],
    ['**druvoxetan** (oraal)', 'Volwassenen 18-69 jaar', '10 mg zo nodig, maximaal 3 dd', '3 dagen',
     'Niet bij koorts ≥ 38,5 °C of bloederige diarree.'],
    ['', 'Ouderen ≥ 70 jaar', '5 mg zo nodig, maximaal 2 dd', '3 dagen', 'Let op verwardheid en urineretentie.'],
    ['', 'Kinderen < 12 jaar', 'niet gebruiken', '—', '—'],
    ['', 'Zwangerschap', 'eerste en tweede trimester: 10 mg zo nodig, maximaal 2 dd', '2 dagen',
     'Niet gebruiken in het derde trimester.'],
    ['**clepsaline** (poeder)', 'Kinderen 6 maanden - 4 jaar', '5 mg 1 dd', '10 dagen',
     'Oplossen in 10 ml water of ORS.'],
    ['', 'Kinderen 5-17 jaar', '10 mg 1 dd', '10 dagen', 'Ook bij persisterende BWE.'],
    ['', 'Volwassenen', 'niet geïndiceerd', '—', 'Geen bewezen effect bij volwassenen [#clepsaline]_.'],
]
sympt = lt(sympt_rows, None)

inter_rows = [
    ['Combinatie', 'Effect', 'Advies'],
    ['velcitrazol + lithium', 'Lithiumspiegel stijgt', 'Lithiumspiegel controleren na 4 dagen; overweeg ormapenide.'],
    ['velcitrazol + QT-verlengende middelen', 'Kans op torsade de pointes', 'Combinatie vermijden; kies ormapenide.'],
    ['velcitrazol + zuivel of calciumpreparaten', 'Verminderde opname van velcitrazol', 'Ten minste 2 uur tussen de innames.'],
    ['ormapenide + cumarinederivaten', 'INR stijgt', 'INR controleren op dag 3 en dag 7 na de start.'],
    ['ormapenide + hormonale anticonceptie', 'Verminderde betrouwbaarheid bij braken', 'Aanvullende anticonceptie tot 7 dagen na de kuur.'],
    ['druvoxetan + anticholinergica', 'Versterkt anticholinerg effect', 'Combinatie vermijden bij ouderen.'],
]
inter = lt(inter_rows, None)

text = f"""
.. _brakwaterenteritis:

Fictieve Standaard Brakwaterenteritis (FT-92)
=============================================

*NHG-werkgroep Brakwaterenteritis (fictief). Versie 1.0, februari 2026.*

.. note::

   Dit is een fictieve standaard, uitsluitend geschreven voor het testen van
   software. De aandoening, de middelen en alle getallen zijn verzonnen. Gebruik
   deze tekst niet voor de zorg voor patiënten.

Kernboodschappen
----------------

- Brakwaterenteritis (:abbr:`BWE (brakwaterenteritis)`) is een acute darminfectie
  door de bacterie *Halovibrio lentus*, opgelopen na contact met of inname van
  brak oppervlaktewater.
- De diagnose is klinisch: waterige diarree die binnen 72 uur na blootstelling aan
  brak water begint, met buikkrampen en een :term:`BRAK-score` van 3 of hoger.
- Rehydratie is de basis van de behandeling; de meeste patiënten herstellen
  binnen 7 dagen zonder antimicrobiële behandeling.
- Geef velcitrazol alleen bij een BRAK-score van 5 of hoger, bij diarree die
  langer dan 5 dagen duurt of bij een verhoogd risico op een ernstig beloop.
- Kies ormapenide bij zwangeren en bij kinderen van 6 maanden tot 2 jaar die
  behandeling nodig hebben.
- Ontraad tramexidon en andere motiliteitsremmers bij BWE.
- Verwijs met spoed bij ernstige uitdroging, bloederige diarree met koorts van
  39 °C of hoger, of tekenen van acute nierschade.

Achtergronden
-------------

Begrippen
~~~~~~~~~

.. glossary::

   Brakwaterenteritis
      Acute enteritis door *Halovibrio lentus*, met klachten die ontstaan binnen
      72 uur na blootstelling aan brak water (zoutgehalte 0,5 tot 30 promille).

   Blootstelling
      Zwemmen, waden of vissen in brak water, het drinken van onbehandeld brak
      water of het eten van rauwe schelpdieren uit brakke wateren.

   Persisterende BWE
      Diarree door BWE die langer dan 14 dagen aanhoudt.

   Recidief
      Een nieuwe episode binnen 30 dagen na een klachtenvrije periode van ten
      minste 3 dagen.

   BRAK-score
      Klinische score van 0 tot 8 punten waarmee de waarschijnlijkheid van BWE
      wordt ingeschat (zie :numref:`tabel-brak`).

Epidemiologie
~~~~~~~~~~~~~

De incidentie van BWE in de huisartsenpraktijk wordt geschat op 3,2 per 1000
patiënten per jaar, met een duidelijke piek in juli en augustus. Ongeveer 70% van
de episodes doet zich voor bij mensen die in kustgebieden of rond de grote
rivierdelta's wonen. Kinderen van 2 tot en met 11 jaar hebben het hoogste risico
(6,1 per 1000 per jaar). Bij ongeveer 8% van de patiënten ontstaat een
persisterende BWE en bij 12% treedt een recidief op. Een normpraktijk van 2350
patiënten ziet daarmee ongeveer 7 à 8 episodes per jaar.

Etiologie en pathofysiologie
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

*Halovibrio lentus* is een zouttolerante, gramnegatieve staaf die in brak water
goed gedijt bij een watertemperatuur boven 18 °C. De bacterie produceert het
toxine halotoxine B, dat in de dunne darm een secretoire diarree veroorzaakt. De
incubatietijd is 12 tot 72 uur (mediaan 30 uur). Overdracht van mens op mens is
zeldzaam (minder dan 5% van de gevallen), maar is mogelijk binnen een huishouden.

Risicofactoren voor een ernstig beloop zijn een leeftijd van 70 jaar of ouder,
een eGFR lager dan 60 ml/min/1,73m², het gebruik van protonpompremmers en
immunosuppressie. Bij ouderen en bij gebruikers van diuretica kan de diarree
leiden tot hypokaliëmie en acute nierschade.

Beloop
~~~~~~

Bij de meeste patiënten duurt de diarree 3 tot 6 dagen (mediaan 4 dagen). De
koorts verdwijnt meestal binnen 48 uur. Het risico op uitdroging is het grootst
bij kinderen jonger dan 2 jaar en bij ouderen; in het cohort werd 3% van de
patiënten opgenomen in het ziekenhuis, vooral wegens uitdroging of hypokaliëmie.
Na een doorgemaakte BWE ontstaat geen blijvende immuniteit.

Richtlijnen diagnostiek
-----------------------

Anamnese
~~~~~~~~

Vraag naar:

- blootstelling aan brak water in de afgelopen 3 dagen (soort water, duur,
  schelpdieren);
- het aantal waterige ontlastingen per 24 uur en de duur van de klachten;
- bloed of slijm bij de ontlasting, koorts en buikpijn;
- braken en de hoeveelheid vocht die wordt binnengehouden;
- de urineproductie (tijdstip van de laatste plas);
- het gebruik van diuretica, ACE-remmers, angiotensine-II-antagonisten,
  protonpompremmers, lithium en cumarinederivaten;
- zwangerschap en het geven van borstvoeding;
- zieken in de omgeving met dezelfde blootstelling.

Lichamelijk onderzoek
~~~~~~~~~~~~~~~~~~~~~

Beoordeel de algemene indruk en meet temperatuur, pols en bloeddruk; meet bij
ouderen de bloeddruk ook staand. Beoordeel de mate van uitdroging aan de hand van
de capillaire refill (normaal korter dan 2 seconden), de slijmvliezen en de
huidturgor. Onderzoek de buik. Weeg kinderen altijd: het gewicht is nodig voor de
dosering, en een gewichtsverlies van meer dan 5% wijst op matige uitdroging, van
meer dan 10% op ernstige uitdroging.

Bereken vervolgens de BRAK-score (:numref:`tabel-brak`) [#brak]_.

.. _tabel-brak:

.. table:: BRAK-score bij vermoeden van brakwaterenteritis
   :widths: 58 7

{indent(brak)}

Aanvullend onderzoek
~~~~~~~~~~~~~~~~~~~~

Fecesonderzoek is niet routinematig nodig. Vraag een feceskweek met PCR op
*H. lentus* aan bij:

- diarree die langer dan 7 dagen duurt;
- bloederige diarree;
- een recidief;
- patiënten die werken in de voedselbereiding of in de zorg.

Bepaal creatinine (eGFR) en kalium bij ouderen van 70 jaar of ouder met 6 of meer
ontlastingen per dag en bij gebruikers van diuretica, ACE-remmers of
angiotensine-II-antagonisten. Het CRP heeft geen plaats in de diagnostiek van
BWE [#crp]_.

Alarmsymptomen
~~~~~~~~~~~~~~

.. warning::

   Denk aan een ernstig beloop en handel met spoed bij:

   - ernstige uitdroging: sufheid, capillaire refill van 3 seconden of langer,
     geen urine in de afgelopen 12 uur (bij zuigelingen 8 uur);
   - bloederige diarree met koorts van 39 °C of hoger;
   - aanhoudend braken waardoor geen vocht wordt binnengehouden, bij kinderen
     jonger dan 2 jaar langer dan 6 uur;
   - hevige, gelokaliseerde buikpijn of een bolle, gespannen buik;
   - oligurie of een stijgend creatinine (halotoxisch nierfalen, zeldzaam);
   - verwardheid of spierzwakte (hypokaliëmie).

Evaluatie
~~~~~~~~~

Stel de diagnose BWE bij waterige diarree na blootstelling aan brak water en een
BRAK-score van 3 of hoger. Beoordeel daarnaast de mate van uitdroging: geen,
licht tot matig of ernstig. Denk in de differentiaaldiagnose aan virale
gastro-enteritis, voedselvergiftiging door andere verwekkers, bijwerkingen van
geneesmiddelen (zoals metformine of antibiotica) en, bij langer bestaande
klachten, aan coeliakie en inflammatoire darmziekten.

Richtlijnen beleid
------------------

Voorlichting
~~~~~~~~~~~~

Leg uit dat BWE meestal binnen een week vanzelf overgaat en dat voldoende drinken
het belangrijkste is. Adviseer goede handhygiëne, vooral na toiletbezoek en vóór
het bereiden van eten. Adviseer om niet te zwemmen in brak water tot 14 dagen na
herstel. Kinderen mogen weer naar de kinderopvang of school zodra ze 24 uur
klachtenvrij zijn. Medewerkers in de voedselbereiding of de zorg mogen weer werken
48 uur na de laatste diarree-episode.

.. note::

   Spreek met de patiënt af dat hij contact opneemt als de klachten na 7 dagen
   niet afnemen of als er alarmsymptomen ontstaan.

Niet-medicamenteuze behandeling
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

- Kinderen met lichte tot matige uitdroging krijgen 50 tot 100 ml/kg ORS in
  4 uur, daarna 10 ml/kg ORS na elke waterige ontlasting en 2 ml/kg na elke
  braakepisode.
- Volwassenen drinken 200 tot 400 ml ORS na elke waterige ontlasting; bij
  volwassenen zonder uitdroging volstaat extra water met zout voedsel.
- Ga door met borstvoeding of flesvoeding; verdunnen van flesvoeding is niet nodig.
- Hervat een normaal dieet zodra de misselijkheid afneemt; vasten is niet zinvol.
- Ontraad vruchtensappen en sportdranken vanwege het hoge suikergehalte.

Medicamenteuze behandeling
~~~~~~~~~~~~~~~~~~~~~~~~~~

Volg het stappenplan:

#. **Stap 1**: rehydratie (zie hierboven) en zo nodig paracetamol bij koorts of
   pijn.
#. **Stap 2**: velcitrazol bij een BRAK-score van 5 of hoger, bij diarree die
   langer dan 5 dagen duurt, of bij een risicofactor voor een ernstig beloop
   (leeftijd van 70 jaar of ouder, eGFR lager dan 60, immunosuppressie).
#. **Stap 3**: ormapenide als alternatief bij zwangerschap, bij kinderen van
   6 maanden tot 2 jaar, bij overgevoeligheid voor velcitrazol of bij
   onvoldoende effect na 72 uur velcitrazol.

Kinderen jonger dan 6 maanden met BWE worden niet in de huisartsenpraktijk
behandeld (zie :ref:`verwijzing`).

Druvoxetan kan bij volwassenen met hevige buikkrampen kortdurend worden gegeven.
Clepsaline verkort bij kinderen met 6 of meer ontlastingen per dag de duur van de
diarree. Tramexidon en andere motiliteitsremmers worden ontraden: ze verlengen de
uitscheiding van *H. lentus* en verhogen de kans op een toxisch megacolon
[#tramexidon]_.

.. _tabel-dosering:

.. table:: Dosering van velcitrazol en ormapenide bij brakwaterenteritis
   :widths: 16 28 14 9 34

{indent(dose)}

.. note::

   Rekenvoorbeeld: een kind van 18 kg krijgt velcitrazol 10 mg/kg 2 dd =
   180 mg 2 dd, dat is 4,5 ml suspensie 40 mg/ml per gift. Velcitrazol is in de
   zwangerschap gecontra-indiceerd [#zwanger]_.

.. _tabel-symptomatisch:

.. list-table:: Dosering van druvoxetan en clepsaline
   :header-rows: 1
   :widths: 16 24 24 12 30

{indent(sympt)}

Contra-indicaties
~~~~~~~~~~~~~~~~~

Velcitrazol
   Overgevoeligheid voor velcitrazol, zwangerschap, eGFR lager dan 15, een
   verlengd QTc-interval in de voorgeschiedenis en myasthenia gravis.

Ormapenide
   Overgevoeligheid voor ormapenide en ernstige leverfunctiestoornissen
   (Child-Pugh C).

Druvoxetan
   Koorts van 38,5 °C of hoger, bloederige diarree, nauwekamerhoekglaucoom,
   prostaathypertrofie met urineretentie en kinderen jonger dan 12 jaar.

Clepsaline
   Geen absolute contra-indicaties bekend; niet geïndiceerd bij volwassenen.

Interacties
~~~~~~~~~~~

.. _tabel-interacties:

.. list-table:: Belangrijke interacties
   :header-rows: 1
   :widths: 30 30 40

{indent(inter)}

Controles
~~~~~~~~~

- Neem na 48 uur telefonisch contact op met kinderen jonger dan 2 jaar (via de
  ouders), met ouderen van 70 jaar of ouder en met patiënten met een eGFR lager
  dan 60.
- Controleer bij gebruik van velcitrazol en een eGFR van 30-59 het kalium en het
  creatinine na 3 dagen.
- Een controlekweek na herstel is niet nodig, ook niet bij medewerkers in de
  voedselbereiding.
- Denk bij persisterende BWE (langer dan 14 dagen) ook aan andere oorzaken, zoals
  coeliakie of een inflammatoire darmziekte.

.. _verwijzing:

Consultatie en verwijzing
~~~~~~~~~~~~~~~~~~~~~~~~~

Verwijs met spoed (dezelfde dag) naar de SEH of de kinderarts bij:

- ernstige uitdroging;
- kinderen jonger dan 6 maanden met BWE;
- aanhoudend braken bij kinderen jonger dan 2 jaar gedurende meer dan 6 uur;
- een kalium lager dan 3,0 mmol/l;
- acute nierschade.

Overleg met de internist-nefroloog bij een eGFR van 15-29 en een indicatie voor
velcitrazol. Verwijs binnen een week naar de MDL-arts bij persisterende BWE
ondanks behandeling of bij 3 of meer recidieven per jaar. Overleg met de
gynaecoloog als een zwangere met een BRAK-score van 5 of hoger binnen 48 uur
niet verbetert op ormapenide.

Er is geen wettelijke meldplicht voor BWE. Meld een cluster van 2 of meer
patiënten uit verschillende huishoudens met blootstelling aan hetzelfde water wel
bij de GGD.

Noten
-----

.. rubric:: Voetnoten

.. [#brak] De BRAK-score is gevalideerd in één cohort van 412 patiënten in
   Zeeland; bij een afkapwaarde van 3 punten was de sensitiviteit 84% en de
   specificiteit 71%.

.. [#crp] In het cohort was het CRP bij 60% van de patiënten met een bewezen BWE
   normaal (lager dan 10 mg/l).

.. [#tramexidon] In een observationele studie had 4 van de 150 met tramexidon
   behandelde patiënten een toxisch megacolon, tegenover geen van de
   onbehandelde patiënten.

.. [#zwanger] In dierstudies werden skeletafwijkingen gezien bij doseringen vanaf
   driemaal de humane dosis; gegevens bij mensen ontbreken.

.. [#clepsaline] In twee gerandomiseerde studies bij kinderen verkortte clepsaline
   de diarreeduur met gemiddeld 1,2 dagen; bij volwassenen werd geen effect
   gevonden.

Afkortingen
-----------

BWE
   brakwaterenteritis
BRAK-score
   klinische score voor de waarschijnlijkheid van brakwaterenteritis
dd
   maal daags
eGFR
   geschatte glomerulaire filtratiesnelheid (CKD-EPI)
GGD
   Gemeentelijke Gezondheidsdienst
MDL-arts
   maag-darm-leverarts
ORS
   orale rehydratieoplossing
PCR
   polymerasekettingreactie
SEH
   spoedeisende hulp
"""

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'brakwaterenteritis.rst'), 'w', encoding='utf-8') as f:
    f.write(text.lstrip('\n'))
print('written')
