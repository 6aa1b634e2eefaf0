# Content of the fictional guideline FT-165, read by make_fodt.py.
# FICTIEF testdocument: disease, drugs, figures and advice are invented.

title("Fictieve Standaard Hezelinkkoorts (FT-165)")
subtitle("FICTIEF testdocument, geen medisch advies")
p("**Let op:** dit is een FICTIEF testdocument, geen medisch advies. De ziekte hezelinkkoorts, "
  "de verwekker en alle genoemde geneesmiddelen (dravolaxine, pentrumine, sorbetanol en klemvidol) "
  "bestaan niet. Het document dient uitsluitend om software te testen.")
p("**Versie:** 1.0, vastgesteld 15 mei 2026. **Werkgroep:** fictieve werkgroep huisartsen en "
  "een fictieve infectioloog.")

# ------------------------------------------------------------------
h(1, "Kernboodschappen")
ul([
    "Denk aan hezelinkkoorts bij koorts met hoofdpijn achter de ogen en een koperkleurige huiduitslag, "
    "zeker na contact met ganzen of ganzenmest in de afgelopen 14 dagen.",
    "Bepaal bij vermoeden de HEZ-score; bij een score van 6 of hoger start de huisarts direct met behandeling.",
    "Dravolaxine is het middel van eerste keus; pentrumine is tweede keus bij overgevoeligheid voor dravolaxine.",
    "In de zwangerschap is sorbetanol eerste keus; dravolaxine is gecontra-indiceerd in de zwangerschap.",
    "Pas de dosering van dravolaxine aan bij een eGFR < 60 ml/min/1,73 m² en bij ouderen > 70 jaar.",
    "Verwijs met spoed bij alarmsymptomen zoals nekstijfheid, verwardheid of een saturatie < 94%.",
])

# ------------------------------------------------------------------
h(1, "Achtergronden")
h(2, "Begrippen")
p("**Hezelinkkoorts:** een acute zoönotische infectie met de (fictieve) bacterie Hezelinkia pratensis, "
  "gekenmerkt door koorts, retro-orbitale hoofdpijn en een koperkleurig exantheem.")
p("**Acute hezelinkkoorts:** klachten die korter dan 3 weken bestaan.")
p("**Persisterende hezelinkkoorts:** klachten die na een volledige kuur langer dan 6 weken aanhouden.")
p("**Chronische hezelinkkoorts:** klachten en een positieve PCR langer dan 12 weken na het begin van de ziekte.")
p("**Recidief:** opnieuw koorts met een positieve PCR binnen 6 maanden na een afgeronde behandeling.")
p("**Koperexantheem:** een vlekkerige, niet-jeukende, koperkleurige huiduitslag op romp en bovenarmen "
  "die bij druk niet wegtrekt en na 5 tot 8 dagen vanzelf verbleekt.")
p("**Ganzenblootstelling:** direct contact met ganzen, ganzenveren of ganzenmest, of verblijf in een stal "
  "of weiland met ganzen, binnen 14 dagen voor het begin van de klachten.")

h(2, "Epidemiologie")
p("De incidentie van hezelinkkoorts in de huisartsenpraktijk is ongeveer 3,4 per 1000 patiënten per jaar. "
  "Een normpraktijk van 2350 patiënten ziet dus ongeveer 8 patiënten per jaar. De ziekte komt vooral voor "
  "in het najaar, met een piek van oktober tot en met december, wanneer trekganzen overwinteren.{{fn:De "
  "incidentiecijfers zijn ontleend aan een fictieve registratie van 42 peilpraktijken over de jaren 2019 tot en met 2024.}}")
p("Mannen worden iets vaker getroffen dan vrouwen (verhouding 1,4 : 1). De hoogste incidentie wordt gezien "
  "bij mensen van 40 tot 60 jaar en bij agrarisch werkenden; bij pluimveehouders is de incidentie 11 keer hoger "
  "dan in de algemene bevolking. Bij kinderen jonger dan 5 jaar is de ziekte zeldzaam (0,3 per 1000 per jaar).")
p("Ongeveer 4% van de patiënten ontwikkelt een hezelinkpneumonie. De sterfte is lager dan 0,1% en beperkt zich "
  "vrijwel geheel tot patiënten ouder dan 75 jaar of met een verminderde afweer. Na behandeling krijgt 6% "
  "van de patiënten een recidief.")

h(2, "Etiologie")
p("Hezelinkkoorts wordt veroorzaakt door Hezelinkia pratensis, een gramnegatieve staafvormige bacterie die "
  "voorkomt in de darm van wilde en gedomesticeerde ganzen. Besmetting vindt plaats door inademing van stof "
  "met opgedroogde ganzenmest, en minder vaak door direct contact met veren. Overdracht van mens op mens is "
  "niet beschreven.")
p("De incubatietijd bedraagt 4 tot 10 dagen (gemiddeld 7 dagen). De bacterie vermenigvuldigt zich in de "
  "endotheelcellen van kleine bloedvaten, wat het koperexantheem en de retro-orbitale hoofdpijn verklaart.")
p("Risicofactoren voor een ernstig beloop zijn een leeftijd boven 70 jaar, diabetes mellitus, gebruik van "
  "immunosuppressiva en een eGFR < 30 ml/min/1,73 m².")

# ------------------------------------------------------------------
h(1, "Richtlijnen diagnostiek")
h(2, "Anamnese")
p("Vraag bij een patiënt met koorts en huiduitslag naar:")
ul([
    "duur en hoogte van de koorts en het beloop;",
    "hoofdpijn, met name pijn achter de ogen bij het bewegen van de ogen;",
    "huiduitslag: begin, plaats, kleur en jeuk;",
    "contact met ganzen, ganzenmest of veren in de afgelopen 14 dagen (beroep, hobby, wandelen in weilanden);",
    "hoesten, kortademigheid en pijn bij het ademen;",
    "zwangerschap, borstvoeding, nierfunctie en gebruikte medicatie (met name anticoagulantia en QT-verlengende middelen).",
])
h(2, "Lichamelijk onderzoek")
p("Meet temperatuur, pols, ademfrequentie, bloeddruk en zuurstofsaturatie. Beoordeel de huid op het "
  "koperexantheem en doe de glasdruktest: het koperexantheem trekt bij druk niet weg, petechiën ook niet, "
  "maar petechiën zijn kleiner dan 2 mm en puntvormig. Palpeer de lymfeklieren in hals en oksels en de lever. "
  "Ausculteer de longen bij hoesten of kortademigheid. Onderzoek op nekstijfheid bij hevige hoofdpijn.")
h(2, "Aanvullend onderzoek")
p("Bepaal bij een HEZ-score van 3 tot en met 5 het CRP (sneltest) en vraag een Hezelinkia-PCR aan op een "
  "keeluitstrijk. De PCR is betrouwbaar in de eerste 7 dagen van de ziekte (sensitiviteit 92%). Na 10 dagen "
  "ziekte is serologie (IgM) zinvoller dan de PCR.{{fn:De PCR wordt na de eerste week snel negatief; een "
  "negatieve PCR na dag 10 sluit hezelinkkoorts niet uit.}}")
p("Bepaal vóór behandeling van ouderen > 70 jaar en van patiënten met diabetes de eGFR. Een thoraxfoto is "
  "alleen geïndiceerd bij verdenking op een hezelinkpneumonie (crepitaties, ademfrequentie > 24/min).")

h(2, "HEZ-score")
p("De HEZ-score schat de kans op hezelinkkoorts bij een patiënt met koorts. Tel de punten van de aanwezige "
  "criteria op (tabel 1) en bepaal het beleid aan de hand van de scoreklasse (tabel 2).{{fn:De HEZ-score is "
  "(fictief) gevalideerd in een cohort van 812 patiënten; de oppervlakte onder de ROC-curve was 0,84.}}")
table("Tabel 1. Criteria van de HEZ-score",
      ["Criterium", "Punten"],
      [["Temperatuur ≥ 38,5 °C", "2"],
       ["Hoofdpijn achter de ogen", "1"],
       ["Koperexantheem", "3"],
       ["Ganzenblootstelling binnen 14 dagen", "2"],
       ["Leeftijd > 65 jaar", "1"],
       ["CRP > 50 mg/l (indien bepaald)", "2"]],
      [12.0, 5.0])
table("Tabel 2. Scoreklassen van de HEZ-score",
      ["Score", "Kans op hezelinkkoorts", "Beleid"],
      [["0–2 punten (laag)", "< 5%", "Geen aanvullend onderzoek; afwachten en controle bij aanhoudende koorts na 3 dagen"],
       ["3–5 punten (intermediair)", "ongeveer 25%", "CRP-sneltest en Hezelinkia-PCR op keeluitstrijk; behandelen bij positieve PCR"],
       ["≥ 6 punten (hoog)", "> 65%", "Direct behandelen zonder de PCR af te wachten"]],
      [4.0, 4.0, 9.0])

# ------------------------------------------------------------------
h(1, "Alarmsymptomen")
p("Verwijs met spoed (dezelfde dag) naar de internist of de SEH bij een of meer van de volgende alarmsymptomen:")
ul([
    "nekstijfheid of verminderd bewustzijn;",
    "verwardheid of een acuut delier;",
    "ademfrequentie > 30/min of zuurstofsaturatie < 94%;",
    "petechiën of purpura naast het koperexantheem;",
    "systolische bloeddruk < 90 mmHg;",
    "oligurie (minder dan 500 ml urine per 24 uur);",
    "koorts bij een zuigeling jonger dan 3 maanden.",
])

# ------------------------------------------------------------------
h(1, "Beleid")
h(2, "Voorlichting")
p("Leg uit dat hezelinkkoorts een bacteriële infectie is die wordt opgelopen via stof van ganzenmest en die "
  "niet van mens op mens overdraagbaar is. Huisgenoten hoeven dus niet te worden behandeld. De koorts daalt "
  "meestal binnen 48 tot 72 uur na de start van de behandeling; de moeheid kan 4 tot 6 weken aanhouden.")
p("Adviseer mensen die beroepsmatig met ganzen werken bij het uitmesten een FFP2-stofmasker en handschoenen "
  "te dragen en na afloop de handen te wassen. Werkhervatting is mogelijk zodra de patiënt 24 uur koortsvrij is.")
h(2, "Niet-medicamenteuze behandeling")
p("Adviseer voldoende te drinken (volwassenen ten minste 2 liter per dag, kinderen 50 tot 100 ml/kg/dag), "
  "rust te nemen en zware lichamelijke inspanning te vermijden tot 1 week na het verdwijnen van de koorts. "
  "Koelen van de huid heeft geen effect op het koperexantheem.")
h(2, "Medicamenteuze behandeling")
p("Paracetamol kan worden gebruikt tegen koorts en hoofdpijn (volwassenen maximaal 4 g per dag, bij ouderen "
  "en bij langdurig gebruik maximaal 3 g per dag). Vermijd NSAID's vanwege het risico op nierfunctieverlies "
  "bij hezelinkkoorts.")
p("Behandel een patiënt met een HEZ-score ≥ 6, of met een score van 3–5 en een positieve PCR, volgens het "
  "volgende stappenplan:")
ol([
    "Eerste keus: dravolaxine gedurende 10 dagen (kinderen: zie tabel 3 voor de duur per gewichtsklasse).",
    "Tweede keus bij overgevoeligheid voor dravolaxine of bij zwangerschap in het tweede of derde trimester: pentrumine gedurende 5 dagen.",
    "In de zwangerschap (alle trimesters) en tijdens de borstvoeding: sorbetanol gedurende 7 dagen.",
    "Bij onvoldoende effect na 72 uur of bij een recidief: klemvidol gedurende 14 dagen, alleen na overleg met de internist-infectioloog.",
])
p("De doseringen staan in tabel 3. Bij kinderen wordt de dosering bepaald op basis van het lichaamsgewicht; "
  "rond af op de dichtstbijzijnde hoeveelheid die met de drank of suspensie kan worden afgemeten.")

table("Tabel 3. Doseringen bij hezelinkkoorts",
      ["Geneesmiddel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"],
      [
          [("Dravolaxine\n(tablet 250 mg, 500 mg; drank 50 mg/ml)", 7), "Volwassenen", "500 mg 3 dd", "10 dagen", "1500 mg/dag", "Innemen na de maaltijd"],
          [None, "Ouderen > 70 jaar", "250 mg 3 dd", "10 dagen", "750 mg/dag", "Bepaal vooraf de eGFR"],
          [None, "Kinderen < 15 kg", "10 mg/kg 3 dd", "7 dagen", "300 mg/dag", "Als drank 50 mg/ml"],
          [None, "Kinderen 15–30 kg", "200 mg 3 dd", "7 dagen", "600 mg/dag", "Drank of tablet"],
          [None, "Kinderen 30–45 kg", "250 mg 3 dd", "10 dagen", "750 mg/dag", "Tablet mag worden gehalveerd"],
          [None, "eGFR 30–60 ml/min/1,73 m²", "500 mg 2 dd", "10 dagen", "1000 mg/dag", "Geen aanpassing bij eGFR > 60"],
          [None, "eGFR < 30 ml/min/1,73 m²", "250 mg 1 dd", "10 dagen", "250 mg/dag", "Controleer de nierfunctie na 1 week{{fn:Bij een daling van de eGFR met meer dan 25% na 1 week dravolaxine stoppen en overleggen met de internist.}}"],
          [("Pentrumine\n(capsule 100 mg; suspensie 20 mg/ml)", 6), "Volwassenen", "200 mg 2 dd", "5 dagen", "400 mg/dag", "Bij overgevoeligheid voor dravolaxine"],
          [None, "Ouderen > 70 jaar", "100 mg 2 dd", "5 dagen", "200 mg/dag", "Let op QT-verlenging; maak vooraf een ECG bij hartfalen"],
          [None, "Kinderen < 15 kg", "4 mg/kg 2 dd", "5 dagen", "100 mg/dag", "Als suspensie 20 mg/ml"],
          [None, "Kinderen 15–30 kg", "60 mg 2 dd", "5 dagen", "120 mg/dag", "Als suspensie 20 mg/ml"],
          [None, "eGFR < 30 ml/min/1,73 m²", "Niet gebruiken", "—", "—", "Cumulatie van de actieve metaboliet"],
          [None, "Zwangerschap (2e en 3e trimester)", "100 mg 2 dd", "5 dagen", "200 mg/dag", "Niet in het eerste trimester"],
          [("Sorbetanol\n(tablet 400 mg)", 4), "Zwangerschap (alle trimesters)", "400 mg 2 dd", "7 dagen", "800 mg/dag", "Eerste keus in de zwangerschap"],
          [None, "Borstvoeding", "400 mg 2 dd", "7 dagen", "800 mg/dag", "Gaat in geringe mate over in de moedermelk"],
          [None, "Volwassenen (niet zwanger)", "800 mg 2 dd", "7 dagen", "1600 mg/dag", "Alternatief als dravolaxine en pentrumine niet mogelijk zijn"],
          [None, "Ouderen > 70 jaar", "400 mg 3 dd", "7 dagen", "1200 mg/dag", "Kans op duizeligheid; valrisico"],
          [("Klemvidol\n(tablet 5 mg)", 3), "Volwassenen", "Eerste dag 10 mg, daarna 5 mg 1 dd", "14 dagen", "10 mg/dag", "Alleen na overleg met de internist-infectioloog"],
          [None, "Ouderen > 70 jaar", "Eerste dag 5 mg, daarna 2,5 mg 1 dd", "14 dagen", "5 mg/dag", "Controleer kalium na 1 week"],
          [None, "Kinderen < 18 jaar", "Niet geregistreerd", "—", "—", "Verwijs naar de kinderarts"],
      ],
      [2.8, 3.2, 3.0, 1.8, 2.2, 4.0])
p("Toelichting bij tabel 3: dd = maal per dag; — = niet van toepassing. De duur geldt voor een eerste "
  "episode; bij een recidief wordt de behandeling in overleg verlengd.")

# ------------------------------------------------------------------
h(1, "Zwangerschap en borstvoeding")
p("Dravolaxine is gecontra-indiceerd tijdens de gehele zwangerschap vanwege skeletafwijkingen in dieronderzoek. "
  "Sorbetanol is in de zwangerschap eerste keus: 400 mg 2 dd gedurende 7 dagen. Pentrumine mag in het tweede "
  "en derde trimester worden gebruikt als sorbetanol niet wordt verdragen, maar niet in het eerste trimester.")
p("Tijdens de borstvoeding is sorbetanol eveneens eerste keus. Dravolaxine gaat in hoge concentratie over in de "
  "moedermelk; staak de borstvoeding tijdelijk als dravolaxine toch nodig is, en hervat deze 48 uur na de laatste "
  "dosis. Klemvidol wordt tijdens zwangerschap en borstvoeding afgeraden wegens onvoldoende gegevens.")
p("Een zwangere met hezelinkkoorts en een temperatuur ≥ 39 °C wordt binnen 24 uur besproken met de "
  "verloskundige zorgverlener.")

h(1, "Contra-indicaties")
ul([
    "**Dravolaxine:** zwangerschap, eerdere overgevoeligheidsreactie op dravolaxine, ernstige leverfunctiestoornis.",
    "**Pentrumine:** eGFR < 30 ml/min/1,73 m², eerste trimester van de zwangerschap, verlengd QT-interval (QTc > 470 ms), "
    "gelijktijdig gebruik van andere QT-verlengende middelen.",
    "**Sorbetanol:** myasthenia gravis, kinderen < 12 jaar.",
    "**Klemvidol:** hyperkaliëmie (kalium > 5,5 mmol/l), kinderen < 18 jaar, gelijktijdig gebruik van "
    "kaliumsparende diuretica.",
])

h(1, "Interacties")
p("Dravolaxine versterkt het effect van vitamine K-antagonisten (acenocoumarol, fenprocoumon). Meld de "
  "behandeling aan de trombosedienst en controleer de INR binnen 3 dagen na de start. Dravolaxine vermindert de "
  "opname van levothyroxine; neem levothyroxine ten minste 4 uur vóór dravolaxine in.")
p("Pentrumine verlengt het QT-interval; combineer niet met macroliden, sotalol, haloperidol of citalopram. "
  "Sorbetanol verhoogt de plasmaspiegel van digoxine; halveer de digoxinedosis tijdens de kuur. Klemvidol "
  "geeft met ACE-remmers en angiotensine-II-antagonisten een verhoogd risico op hyperkaliëmie.{{fn:Het "
  "interactierisico van klemvidol met spironolacton is zo groot dat deze combinatie is gecontra-indiceerd.}}")

h(1, "Controles")
ul([
    "**Na 3 dagen:** telefonische controle van de koorts; bij aanhoudende koorts (≥ 38,5 °C) lichamelijk "
    "onderzoek en overweeg een tweede keus middel.",
    "**Na 2 weken:** controleconsult; beoordeel het koperexantheem, de moeheid en bij ouderen de eGFR.",
    "**Na 6 weken:** CRP bij patiënten met persisterende klachten; bij CRP > 10 mg/l een nieuwe PCR.",
    "**Na 3 maanden:** bij persisterende klachten serologie (IgG) om chronische hezelinkkoorts uit te sluiten.",
    "**Bij gebruik van vitamine K-antagonisten:** INR binnen 3 dagen na de start van dravolaxine.",
])

h(1, "Consultatie en verwijzing")
p("Verwijs met spoed (dezelfde dag) naar de internist of de SEH bij:")
ol([
    "een of meer alarmsymptomen;",
    "een hezelinkpneumonie met een saturatie < 94% of een ademfrequentie > 30/min;",
    "een zuigeling jonger dan 3 maanden met koorts;",
    "een eGFR die tijdens de behandeling daalt tot onder 15 ml/min/1,73 m².",
])
p("Verwijs binnen 1 week naar de internist-infectioloog bij:")
ol([
    "chronische hezelinkkoorts (positieve PCR langer dan 12 weken);",
    "een tweede recidief binnen 1 jaar;",
    "patiënten met een verminderde afweer (immunosuppressiva, chemotherapie, hiv met CD4 < 200).",
])
p("Overleg met de kinderarts bij kinderen jonger dan 1 jaar met hezelinkkoorts en bij kinderen die de drank niet "
  "verdragen. Overleg met de internist-infectioloog voordat klemvidol wordt voorgeschreven.{{fn:Klemvidol is in "
  "deze fictieve standaard uitsluitend bedoeld voor de tweede lijn of na expliciet overleg, vanwege het "
  "smalle therapeutische venster.}}")
