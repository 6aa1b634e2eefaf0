#!/usr/bin/env python3
"""Build the FICTIONAL guideline FT-105 as a Jupyter notebook (brasemkoorts.ipynb).

Run by build.sh: python3 make_notebook.py OUT.ipynb; build.sh then executes it with
nbconvert --execute --to html (lab template) and strips the inlined <style>/<script>
blobs into ../ft105-brasemkoorts.html.
"""
import os
import sys
import nbformat
from nbformat.v4 import new_notebook, new_markdown_cell, new_code_cell

HERE = os.path.dirname(os.path.abspath(__file__))

cells = []


def md(text):
    cells.append(new_markdown_cell(text.strip("\n")))


def code(text):
    cells.append(new_code_cell(text.strip("\n")))


md("""
# Fictieve Standaard Brasemkoorts (FT-105)

*FICTIEF testdocument. Deze standaard beschrijft een verzonnen aandoening met verzonnen geneesmiddelen. Niet gebruiken voor de zorg voor echte patiënten.*

Versie 1.0, maart 2026. Werkgroep: fictieve huisartsen en een fictieve arts-microbioloog.

## Kernboodschappen

- Denk aan brasemkoorts bij een rode, pijnlijke zwelling van hand of onderarm met koorts na contact met zoet oppervlaktewater of zoetwatervis in de afgelopen 14 dagen.
- Gebruik de BRASEM-score om de kans op brasemkoorts te schatten; bij een score van 5 of meer punten is aanvullend onderzoek niet nodig en wordt direct behandeld.
- Vraag bij een score van 3 of 4 punten een LP-PCR aan op wondvocht en behandel bij een positieve uitslag.
- Tralvocine is het middel van eerste keus; bij een allergie voor tralvocine is ombrexazol het alternatief.
- Geef kinderen met een lichaamsgewicht onder 15 kg fendapirine drank en zwangeren in het eerste trimester kelumast.
- Quandoxim wordt afgeraden.
- Beoordeel de patiënt opnieuw na 48 tot 72 uur en verwijs dezelfde dag bij alarmsymptomen zoals verdenking op een peesschede-ontsteking.
""")

md("""
## Achtergronden

### Begrippen

**Brasemkoorts** is een (fictieve) bacteriële infectie van huid en lymfevaten door *Leuciscobacter palustris*, een bacterie die voorkomt in zoet oppervlaktewater en op de huid en kieuwen van zoetwatervissen zoals brasem, voorn en karper. De infectie begint meestal bij een klein wondje aan hand of vinger en breidt zich via de lymfevaten uit naar de onderarm.

In deze standaard worden de volgende afkortingen gebruikt:

- **VHL**: visserhand-lymfangitis, de rode streep over de onderarm die bij ongeveer de helft van de patiënten optreedt.
- **PLE**: postinfectieus lymfoedeem, blijvende zwelling van hand of onderarm langer dan 6 weken na de infectie.
- **LP-PCR**: polymerasekettingreactie op DNA van *Leuciscobacter palustris* in wondvocht.
- **eGFR**: geschatte glomerulaire filtratiesnelheid in ml/min/1,73 m².

### Epidemiologie

De incidentie van brasemkoorts in de huisartsenpraktijk wordt geschat op 12 per 100.000 patiënten per jaar.<sup>1</sup> Een huisarts met een normpraktijk van 2350 patiënten ziet dus ongeveer eens per 3 à 4 jaar een patiënt met brasemkoorts. De aandoening komt vooral voor in de maanden juli tot en met september. Mannen worden ongeveer driemaal zo vaak getroffen als vrouwen; de gemiddelde leeftijd bij diagnose is 46 jaar. Risicogroepen zijn beroepsvissers, sportvissers, medewerkers van viskwekerijen en dierenwinkels, en mensen die een vijver of aquarium onderhouden.

### Etiologie en pathogenese

De bacterie dringt het lichaam binnen via een beschadigde huid, bijvoorbeeld een prik van een vissenvin, een haakwond of een kloofje. De incubatietijd bedraagt 3 tot 10 dagen, met een mediaan van 5 dagen. Brasemkoorts wordt niet van mens op mens overgedragen.

Risicofactoren voor een ernstig beloop zijn diabetes mellitus, gebruik van immunosuppressiva (waaronder prednison ≥ 10 mg per dag langer dan 2 weken), een bestaand lymfoedeem van de aangedane arm en een leeftijd van 70 jaar of ouder.

### Beloop

Zonder behandeling herstelt ongeveer 60% van de patiënten binnen 3 weken. Bij de overige patiënten houdt de infectie langer aan of ontstaan complicaties: peesschede-ontsteking (tendovaginitis) van de buigpezen, septische artritis van een vingergewricht en, zelden, bacteriëmie. PLE ontstaat bij ongeveer 5% van de patiënten, vaker bij patiënten die pas na 5 dagen of later werden behandeld.<sup>2</sup>
""")

md("""
## Richtlijnen diagnostiek

### Anamnese

Vraag bij een patiënt met een rode, pijnlijke zwelling van hand of onderarm naar:

1. contact met zoet oppervlaktewater, zoetwatervis, een vijver of een aquarium in de afgelopen 14 dagen;
2. een wondje, prik of haakwond op de plaats waar de klachten begonnen;
3. het begin en de duur van de klachten en de snelheid van uitbreiding van de roodheid;
4. koorts, koude rillingen, spierpijn en algemene malaise;
5. jeuk en huiduitslag op de romp;
6. pijn bij bewegen van de vingers;
7. comorbiditeit (diabetes mellitus, immuunstoornis, lymfoedeem) en medicatiegebruik;
8. zwangerschap of borstvoeding;
9. allergie voor antibiotica, in het bijzonder voor tralvocine.

### Lichamelijk onderzoek

- Meet de temperatuur (rectaal of tympanaal) en bij een zieke indruk ook bloeddruk, pols en ademfrequentie.
- Inspecteer hand en onderarm: lokaliseer de porte d'entrée, beoordeel de uitbreiding van de roodheid (markeer de rand met een pen en noteer datum en tijd) en let op een VHL.
- Palpeer de epitrochleaire en axillaire lymfeklieren.
- Onderzoek de vingers op tekenen van tendovaginitis: een licht gebogen stand van de vinger, zwelling over de gehele vinger, drukpijn over de peesschede en pijn bij passief strekken.
- Inspecteer de huid van de romp op een fijnvlekkig exantheem.

### Aanvullend onderzoek

Aanvullend onderzoek is alleen zinvol bij een BRASEM-score van 3 of 4 punten. Neem dan met een droge wattenstok wondvocht af van de porte d'entrée voor een LP-PCR. De uitslag is meestal binnen 2 werkdagen bekend. De sensitiviteit van de LP-PCR is ongeveer 92%; in de eerste 48 uur na het begin van de klachten komen fout-negatieve uitslagen vaker voor.<sup>3</sup> Herhaal de LP-PCR na 3 dagen als de eerste uitslag negatief is en de klachten aanhouden.

Bepaal het CRP niet routinematig; een normaal CRP sluit brasemkoorts niet uit. Een bloedkweek heeft in de huisartsenpraktijk geen plaats. Serologie (IgM tegen *L. palustris*) wordt pas na ongeveer 10 dagen ziekte positief en is daarom niet geschikt om de diagnose in de acute fase te stellen.

### BRASEM-score

Bepaal bij elke patiënt met een verdenking op brasemkoorts de BRASEM-score. Tel de punten van de aanwezige criteria op (maximaal 7 punten).<sup>4</sup>

**Tabel 1. BRASEM-score**

| Letter | Criterium | Punten |
|:--|:--|--:|
| B | Blootstelling aan zoet oppervlaktewater of zoetwatervis in de afgelopen 14 dagen | 2 |
| R | Rode, pijnlijke zwelling van hand of onderarm | 1 |
| A | Axillaire of epitrochleaire lymfeklierzwelling | 1 |
| S | Streepvormige roodheid over de onderarm (VHL) | 1 |
| E | Exantheem op de romp | 1 |
| M | Temperatuur ≥ 38,0 °C gemeten in de praktijk | 1 |

**Tabel 1b. Interpretatie van de BRASEM-score**

| Score | Kans op brasemkoorts | Beleid |
|:--|:--|:--|
| 0-2 punten | laag (minder dan 5%) | geen antibiotica; overweeg een andere diagnose |
| 3-4 punten | intermediair (ongeveer 40%) | LP-PCR op wondvocht; behandel bij positieve uitslag |
| 5-7 punten | hoog (meer dan 80%) | direct behandelen, geen aanvullend onderzoek |

Let op: bij patiënten die immuunsuppressiva gebruiken is de score minder betrouwbaar, omdat koorts en lymfeklierzwelling kunnen ontbreken. Behandel deze patiënten bij blootstelling en een rode, pijnlijke zwelling al vanaf 3 punten zonder de uitslag van de LP-PCR af te wachten.

### Alarmsymptomen

Alarmsymptomen zijn:

- pijn bij passief strekken van een vinger, een gebogen stand van de vinger of zwelling van de gehele vinger (verdenking tendovaginitis);
- een warm, gezwollen en bewegingsbeperkt vingergewricht (verdenking septische artritis);
- uitbreiding van de roodheid met meer dan 5 cm binnen 12 uur ondanks antibiotica;
- koorts ≥ 39,5 °C met koude rillingen;
- verwardheid, een systolische bloeddruk < 100 mmHg of een ademfrequentie ≥ 22 per minuut (verdenking sepsis);
- koorts bij een zuigeling jonger dan 3 maanden.

### Differentiaaldiagnose

Denk aan erysipelas of cellulitis (vaker aan het been, geen relatie met water of vis), een geïnfecteerde bijtwond van kat of hond, een panaritium, jicht of artritis van een vingergewricht en een contactallergisch eczeem door vis of aas.
""")

md("""
## Richtlijnen beleid

### Voorlichting

- Leg uit dat brasemkoorts een bacteriële infectie is die via een wondje is ontstaan en niet besmettelijk is voor huisgenoten.
- Leg uit dat de roodheid in de eerste 24 uur na de start van antibiotica nog iets kan toenemen, maar daarna moet afnemen.
- Adviseer de hand de eerste dagen hoog te houden en ringen direct af te doen.
- Bespreek de alarmsymptomen en adviseer direct contact op te nemen als deze optreden, ook 's avonds en in het weekend.
- Adviseer ter voorkoming van een nieuwe infectie om bij het schoonmaken van vis en bij het onderhoud van vijver of aquarium handschoenen te dragen en wondjes aan de handen af te dekken.

### Niet-medicamenteuze behandeling

- Laat de arm de eerste 3 dagen hoog rusten, eventueel in een mitella.
- Koel de hand 4 keer per dag gedurende 15 minuten met een in een doek gewikkeld coldpack.
- Leg geen strak verband aan.
- Een patiënt met een beroep waarbij de hand belast wordt, kan het werk hervatten zodra de zwelling is afgenomen.

### Medicamenteuze behandeling

Behandel met een antibioticum bij een BRASEM-score van 5 of meer punten, of bij een score van 3 of 4 punten met een positieve LP-PCR.

- **Eerste keus**: tralvocine gedurende 7 dagen. Verleng de behandeling tot 14 dagen bij patiënten met diabetes mellitus of immunosuppressie.
- **Bij allergie voor tralvocine** of bij een eGFR < 30 ml/min: ombrexazol gedurende 10 dagen.
- **Kinderen met een gewicht onder 15 kg**: fendapirine drank gedurende 10 dagen.
- **Zwangerschap in het eerste trimester**: kelumast gedurende 14 dagen. In het tweede en derde trimester kan tralvocine worden gegeven.
- Fendapirine is bij volwassenen een reservemiddel vanwege de vele maag-darmklachten; kelumast is bij niet-zwangere volwassenen eveneens een reservemiddel.

Zie tabel 2 voor de doseringen per patiëntgroep. De tabel is hieronder met pandas opgebouwd uit de doseringsgegevens van de werkgroep.<sup>5</sup>
""")

code('''
import pandas as pd

pd.set_option("display.max_colwidth", None)

rijen = [
    # (middel, populatie, dosering, duur, maximum, opmerkingen)
    ("Tralvocine", "Volwassenen", "500 mg 2 dd", "7 dagen", "1000 mg/dag", "Eerste keus; innemen tijdens de maaltijd"),
    ("Tralvocine", "Ouderen ≥ 70 jaar", "250 mg 2 dd", "7 dagen", "500 mg/dag", "Bepaal eGFR vóór de start"),
    ("Tralvocine", "Kinderen 15-40 kg", "10 mg/kg 2 dd", "7 dagen", "250 mg per dosis", "Tablet mag fijngemaakt worden"),
    ("Tralvocine", "Kinderen < 15 kg", "niet gebruiken; kies fendapirine", "-", "-", "Geen drank beschikbaar"),
    ("Tralvocine", "eGFR 30-60 ml/min", "500 mg 1 dd", "7 dagen", "500 mg/dag", ""),
    ("Tralvocine", "eGFR < 30 ml/min", "niet gebruiken; kies ombrexazol", "-", "-", "Stapeling; risico op gehoorschade"),
    ("Tralvocine", "Zwangerschap 1e trimester", "niet gebruiken; kies kelumast", "-", "-", "Aangeboren afwijkingen bij proefdieren"),
    ("Tralvocine", "Zwangerschap 2e en 3e trimester", "500 mg 2 dd", "7 dagen", "1000 mg/dag", ""),
    ("Tralvocine", "Borstvoeding", "500 mg 2 dd", "7 dagen", "1000 mg/dag", "Borstvoeding kan worden voortgezet"),
    ("Ombrexazol", "Volwassenen", "dag 1: 400 mg, daarna 200 mg 1 dd", "10 dagen", "400 mg/dag", "Bij allergie voor tralvocine"),
    ("Ombrexazol", "Ouderen ≥ 70 jaar", "200 mg 1 dd, geen oplaaddosis", "10 dagen", "200 mg/dag", "Let op QT-verlengende comedicatie"),
    ("Ombrexazol", "Kinderen < 12 jaar", "niet gebruiken; kies fendapirine", "-", "-", ""),
    ("Ombrexazol", "eGFR < 30 ml/min", "100 mg 1 dd", "10 dagen", "100 mg/dag", "Geen oplaaddosis"),
    ("Ombrexazol", "Zwangerschap (alle trimesters)", "niet gebruiken; kies kelumast", "-", "-", ""),
    ("Ombrexazol", "Borstvoeding", "niet gebruiken; kies tralvocine", "-", "-", "Gaat over in moedermelk"),
    ("Fendapirine", "Kinderen < 15 kg", "25 mg/kg/dag in 3 doses", "10 dagen", "750 mg/dag", "Drank 50 mg/ml"),
    ("Fendapirine", "Kinderen 15-40 kg", "30 mg/kg/dag in 3 doses", "10 dagen", "1500 mg/dag", "Drank of tablet 250 mg"),
    ("Fendapirine", "Volwassenen", "500 mg 3 dd", "10 dagen", "1500 mg/dag", "Reservemiddel; veel maag-darmklachten"),
    ("Fendapirine", "eGFR < 30 ml/min", "500 mg 2 dd", "10 dagen", "1000 mg/dag", ""),
    ("Kelumast", "Zwangerschap 1e trimester", "1000 mg 2 dd", "14 dagen", "2000 mg/dag", "Eerste keus in het 1e trimester"),
    ("Kelumast", "Zwangerschap 2e en 3e trimester", "1000 mg 2 dd", "10 dagen", "2000 mg/dag", "Alternatief voor tralvocine"),
    ("Kelumast", "Borstvoeding", "500 mg 2 dd", "10 dagen", "1000 mg/dag", "Let bij de zuigeling op diarree"),
    ("Kelumast", "Volwassenen", "1000 mg 2 dd", "10 dagen", "2000 mg/dag", "Reservemiddel"),
    ("Kelumast", "eGFR < 30 ml/min", "500 mg 1 dd", "10 dagen", "500 mg/dag", ""),
]

doseringen = pd.DataFrame(
    rijen,
    columns=["Middel", "Populatie", "Dosering", "Duur", "Maximum", "Opmerkingen"],
).set_index(["Middel", "Populatie"])
''')

md("""
**Tabel 2. Doseringen van de antibiotica bij brasemkoorts per patiëntgroep**
""")

code('''
doseringen
''')

code('''
# Rekenvoorbeeld fendapirine drank (50 mg/ml) voor een kind van 10 kg
gewicht_kg = 10
mg_per_dag = 25 * gewicht_kg
ml_per_dag = mg_per_dag / 50
print(f"Rekenvoorbeeld: kind van {gewicht_kg} kg krijgt {mg_per_dag} mg fendapirine per dag = "
      f"{ml_per_dag:.1f} ml drank per dag, verdeeld over 3 doses van {ml_per_dag / 3:.1f} ml.")
''')

md("""
#### Pijnstilling en jeuk

Adviseer zo nodig paracetamol volgens het gebruikelijke doseerschema. Bij hinderlijke jeuk door het exantheem kan sorvatide worden gegeven: volwassenen en kinderen vanaf 12 jaar 10 mg 1 dd voor de nacht, gedurende maximaal 14 dagen. Sorvatide is niet geschikt voor kinderen jonger dan 6 jaar. Sorvatide kan sufheid veroorzaken; raad autorijden af op de dag na inname als de patiënt zich suf voelt.

#### Niet aanbevolen

Quandoxim wordt niet aanbevolen bij brasemkoorts. In onderzoek verkortte quandoxim de ziekteduur niet ten opzichte van placebo, en het middel geeft een verhoogd risico op QT-verlenging.<sup>6</sup> Ook orale corticosteroïden worden afgeraden, omdat zij het risico op tendovaginitis vergroten.

#### Interacties en contra-indicaties

- Tralvocine verhoogt de plasmaspiegel van digoxine; controleer bij gelijktijdig gebruik na 5 dagen de digoxinespiegel.
- Ombrexazol niet combineren met andere QT-verlengende middelen, zoals sotalol, haloperidol of erytromycine.
- Kelumast vermindert de werkzaamheid van orale anticonceptie niet.
- Fendapirine is gecontra-indiceerd bij een voorgeschiedenis van pancreatitis.
""")

md("""
### Controles

- Beoordeel de patiënt opnieuw na 48 tot 72 uur, telefonisch of op het spreekuur. Vergelijk de roodheid met de pengrens die bij het eerste consult is getekend.
- Als de roodheid na 72 uur niet is afgenomen: controleer de therapietrouw, herhaal de LP-PCR als die negatief was en stap over op het alternatieve middel uit tabel 2 (tralvocine ↔ ombrexazol). Bij kinderen en zwangeren: overleg met de kinderarts respectievelijk gynaecoloog.
- Controleer bij patiënten met diabetes mellitus de glucosewaarden tijdens de infectie vaker, bijvoorbeeld dagelijks in de eerste 5 dagen.
- Beoordeel 6 weken na het begin van de infectie of er sprake is van PLE.
- Een controle-afspraak na afloop van de kuur is niet nodig als de klachten zijn verdwenen.

### Verwijzen

**Dezelfde dag (spoed):**

- bij verdenking op tendovaginitis of septische artritis: naar de (hand)chirurg;
- bij verdenking op sepsis: naar de SEH (internist);
- bij koorts bij een zuigeling jonger dan 3 maanden: naar de kinderarts;
- bij een zwangere met koorts ≥ 38,5 °C: overleg met de gynaecoloog.

**Binnen 1 week (niet spoedeisend):**

- naar de internist-infectioloog als er na 72 uur behandeling met het tweede middel nog geen verbetering is;
- naar de internist-infectioloog bij een recidief binnen 3 maanden na de eerste episode.

**Regulier:**

- bij PLE: naar een huidtherapeut of oedeemfysiotherapeut voor compressietherapie en manuele lymfedrainage.
""")

md("""
## Noten

1. **Epidemiologie.** Het cijfer van 12 per 100.000 patiënten per jaar is gebaseerd op een (fictieve) registratie in 38 huisartsenpraktijken in het rivierengebied over de jaren 2019 tot en met 2023. In kustgebieden lag de incidentie lager, namelijk 4 per 100.000.
2. **Late behandeling en PLE.** In een (fictief) cohort van 412 patiënten ontstond PLE bij 9% van de patiënten die na dag 5 werden behandeld, tegen 2% bij een eerdere start.
3. **LP-PCR.** In de eerste 48 uur was de sensitiviteit van de LP-PCR 78%; daarna 92%. De specificiteit was 97%.
4. **Validatie BRASEM-score.** De score werd (fictief) gevalideerd in 412 patiënten. Bij een afkapwaarde van 5 punten was de sensitiviteit 84% en de specificiteit 71%. De score is niet gevalideerd bij kinderen jonger dan 4 jaar.
5. **Doseringen.** De doseringen van fendapirine bij kinderen zijn afgeleid van farmacokinetische gegevens; een klinisch onderzoek bij kinderen jonger dan 1 jaar ontbreekt. Gebruik bij kinderen jonger dan 1 jaar fendapirine alleen na overleg met de kinderarts.
6. **Quandoxim.** In een (fictief) gerandomiseerd onderzoek bij 186 patiënten was de mediane ziekteduur 9 dagen met quandoxim en 9 dagen met placebo; bij 3 patiënten in de quandoximgroep werd een QTc > 500 ms gemeten.
""")

nb = new_notebook(cells=cells)
nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
nb.metadata["language_info"] = {"name": "python"}
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "brasemkoorts.ipynb")
nbformat.write(nb, out)
print("wrote", out)
