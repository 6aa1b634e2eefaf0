# -*- coding: utf-8 -*-
# Content of the FICTIONAL guideline FT-36 "Stippelmaag" (fictief testdocument, geen medisch advies).
# Paragraph kinds: H1, H2, P, B (bullet), N (numbered, number typed by hand), NOTE

TITLE = "Fictieve Standaard Stippelmaag"
SUBTITLE = "Richtlijn voor huisartsen en praktijkondersteuners (FT-36)"
DATE = "Vastgesteld: maart 2026 \u2013 Herziening gepland: 2031"
DISCLAIMER = ("Fictief testdocument - geen medisch advies. De aandoening stippelmaag en de middelen "
              "gastrovel, kolmerine, sulfadrix en bismalton zijn verzonnen en bestaan niet. "
              "Dit document dient uitsluitend om software te testen.")

KERN = [
    "Stippelmaag is een chronisch recidiverende aandoening van het maagslijmvlies met puntvormige erosies (\u2018stippels\u2019).",
    "Stel de diagnose bij een Maag-Stippel-Index (MSI) van 7 of hoger en een verhoogd fecaal stippelproteïne (FSP), zonder alarmsymptomen.",
    "Begin bij milde klachten met bismalton kauwtabletten; bij matige of ernstige klachten met gastrovel 20 mg eenmaal per dag.",
    "Sulfadrix is tweede keus; niet voorschrijven in de zwangerschap en let op de interactie met lithium.",
    "Kinderen jonger dan 12 jaar krijgen geen gastrovel maar kolmerine-suspensie op geleide van het lichaamsgewicht.",
    "Verwijs bij alarmsymptomen naar de maag-darm-leverarts (MDL-arts).",
]

STORY_A = [
    ("H1", "Inleiding"),
    ("P", "Deze standaard geeft richtlijnen voor de diagnostiek en behandeling van stippelmaag bij volwassenen en kinderen in de huisartsenpraktijk. "
          "De standaard is bedoeld voor huisartsen, praktijkondersteuners (POH) en doktersassistenten."),
    ("H2", "Epidemiologie"),
    ("P", "De incidentie van stippelmaag in de huisartsenpraktijk bedraagt 4,2 per 1000 patiënten per jaar. "
          "Een normpraktijk van 2350 patiënten ziet daarmee ongeveer 10 nieuwe patiënten per jaar. "
          "De prevalentie wordt geschat op 2,5% van de volwassen bevolking. "
          "De aandoening komt vaker voor bij vrouwen dan bij mannen (verhouding 3:2), met een piek tussen 45 en 65 jaar. "
          "Bij kinderen is stippelmaag zeldzaam: de incidentie is 0,3 per 1000 kinderen per jaar."),
    ("H1", "Achtergronden"),
    ("H2", "Definitie"),
    ("P", "Stippelmaag is een chronisch recidiverende ontsteking van het maagslijmvlies, waarbij bij gastroscopie meerdere puntvormige erosies "
          "van 1 tot 3 mm zichtbaar zijn. Klachten bestaan uit een stekende of prikkende pijn in de bovenbuik, vooral binnen een uur na de maaltijd."),
    ("H2", "Oorzaak en risicofactoren"),
    ("P", "De oorzaak is onbekend. Vermoed wordt dat een verstoorde slijmlaag het maagslijmvlies gevoelig maakt voor zuur. "
          "Risicofactoren zijn het gebruik van NSAID\u2019s, roken, overmatig alcoholgebruik en familiaire belasting: "
          "een eerstegraads familielid met stippelmaag verdubbelt het risico."),
    ("H2", "Beloop en complicaties"),
    ("P", "Met behandeling is 60% van de patiënten binnen 8 weken klachtenvrij. Binnen een jaar krijgt 30% een recidief. "
          "Een maagbloeding treedt op bij ongeveer 1% van de patiënten per jaar; langdurig occult bloedverlies kan leiden tot ijzergebreksanemie."),
    ("H1", "Richtlijnen diagnostiek"),
    ("H2", "Anamnese"),
    ("P", "Vraag naar aard, duur en beloop van de pijn, de relatie met de maaltijd, nachtelijke klachten, misselijkheid en vroege verzadiging. "
          "Vraag naar gebruik van NSAID\u2019s, lithium en andere geneesmiddelen, naar roken en alcohol, en bij vrouwen naar zwangerschap of borstvoeding. "
          "Vraag actief naar alarmsymptomen (zie Consultatie en verwijzing)."),
    ("H2", "Lichamelijk onderzoek"),
    ("P", "Let op de algemene indruk en het gewicht. Palpeer het epigastrium op drukpijn. "
          "Onderzoek het stippelteken: pijn bij lichte percussie links onder de ribboog. Een positief stippelteken is kenmerkend maar niet bewijzend."),
    ("H2", "Aanvullend onderzoek"),
    ("P", "Bepaal het fecaal stippelproteïne (FSP) in een portie feces. Een FSP boven 50 \u00b5g/g ondersteunt de diagnose; "
          "een FSP boven 200 \u00b5g/g is een reden voor verwijzing. Bepaal het Hb bij vermoeden van anemie. "
          "Bepaal de eGFR voordat gastrovel wordt gestart bij patiënten van 75 jaar en ouder en bij bekende nierfunctiestoornis."),
    ("P", "De Maag-Stippel-Index (MSI) is een klachtenscore van 0 tot 15 punten, opgebouwd uit vijf onderdelen:"),
    ("B", "pijn na de maaltijd (0-3 punten);"),
    ("B", "nachtelijke klachten (0-3 punten);"),
    ("B", "misselijkheid (0-3 punten);"),
    ("B", "vroege verzadiging (0-3 punten);"),
    ("B", "positief stippelteken (3 punten)."),
    ("P", "Een MSI van 7 of hoger maakt stippelmaag waarschijnlijk. Een MSI van 7 tot en met 10 geldt als milde stippelmaag, "
          "een MSI van 11 of hoger als ernstige stippelmaag."),
    ("H2", "Evaluatie"),
    ("P", "Stel de diagnose stippelmaag bij een MSI van 7 of hoger in combinatie met een FSP boven 50 \u00b5g/g, zonder alarmsymptomen. "
          "Bij een MSI lager dan 7 is stippelmaag onwaarschijnlijk; overweeg dan functionele dyspepsie."),
    ("H2", "Differentiaaldiagnose"),
    ("P", "Denk aan functionele dyspepsie, ulcus pepticum, refluxziekte, galsteenlijden en, zelden, een maligniteit van maag of slokdarm. "
          "Galsteenlijden geeft eerder koliekpijn rechts in de bovenbuik die uitstraalt naar de rug."),
    ("H1", "Richtlijnen beleid"),
    ("H2", "Voorlichting"),
    ("P", "Leg uit dat stippelmaag een goedaardige maar chronische aandoening is met perioden van meer en minder klachten. "
          "Bespreek dat de stippels bij adequate behandeling genezen en dat de kans op een maagbloeding klein is. "
          "Geef de fictieve patiëntenfolder \u2018Stippelmaag\u2019 mee."),
    ("H2", "Niet-medicamenteuze behandeling"),
    ("P", "Adviseer 5 tot 6 kleine maaltijden per dag en de laatste maaltijd ten minste 3 uur voor het slapengaan. "
          "Adviseer te stoppen met roken, alcohol te beperken tot maximaal 1 eenheid per dag en NSAID\u2019s zo veel mogelijk te vermijden; "
          "kies bij pijn paracetamol."),
    ("H2", "Medicamenteuze behandeling"),
    ("P", "Volg het onderstaande stappenplan. Zie Tabel 1 voor de doseringen per patiëntgroep en Tabel 2 voor contra-indicaties en interacties."),
    ("N", "1. Milde stippelmaag (MSI 7-10): begin met bismalton kauwtabletten gedurende maximaal 14 dagen."),
    ("N", "2. Ernstige stippelmaag (MSI 11 of hoger) of onvoldoende effect van bismalton: gastrovel 20 mg eenmaal per dag gedurende 4 weken."),
    ("N", "3. Onvoldoende effect na 4 weken: verhoog gastrovel naar 40 mg eenmaal per dag gedurende 8 weken (niet bij ouderen en verminderde nierfunctie)."),
    ("N", "4. Onvoldoende effect na 8 weken of bijwerkingen: stap over op sulfadrix (tweede keus) gedurende 6 weken."),
    ("N", "5. Onvoldoende effect van sulfadrix: verwijs naar de MDL-arts."),
    ("P", "Bismalton (kauwtablet 300 mg) wordt gedoseerd bij volwassenen en kinderen vanaf 12 jaar: "
          "2 kauwtabletten na elk van de drie hoofdmaaltijden en zo nodig 2 voor de nacht, maximaal 8 kauwtabletten per dag, "
          "gedurende maximaal 14 dagen achtereen. Bismalton kan de ontlasting zwart kleuren; dit is onschuldig. "
          "Bismalton is niet geschikt voor kinderen jonger dan 12 jaar en niet bij een eGFR onder 30."),
    ("P", "Kinderen jonger dan 12 jaar krijgen kolmerine-suspensie (5 mg/ml) op geleide van het lichaamsgewicht (zie Tabel 1). "
          "Gastrovel is bij kinderen jonger dan 12 jaar niet geregistreerd."),
    ("P", "Bij zwangerschap is gastrovel 20 mg het middel van eerste keus; sulfadrix is in de zwangerschap gecontra-indiceerd. "
          "Tijdens de borstvoeding is kolmerine gecontra-indiceerd omdat het in de moedermelk overgaat."),
]

STORY_B = [
    ("H1", "Controles"),
    ("P", "Evalueer het effect van de behandeling na 4 weken, op het spreekuur of telefonisch door de POH, met behulp van de MSI. "
          "Een daling van de MSI met 4 punten of meer geldt als respons."),
    ("P", "Controleer bij patiënten van 75 jaar en ouder en bij een eGFR lager dan 60 die gastrovel gebruiken de eGFR na 3 maanden."),
    ("P", "Bouw gastrovel na klachtenvrijheid af in 2 weken: 20 mg om de dag. "
          "Bij chronisch gebruik (langer dan 6 maanden) worden Hb en eGFR jaarlijks gecontroleerd."),
    ("P", "Laat bij gelijktijdig gebruik van sulfadrix en lithium de lithiumspiegel 5 dagen na de start van sulfadrix bepalen."),
    ("H1", "Consultatie en verwijzing"),
    ("P", "Verwijs naar de MDL-arts bij een of meer van de volgende alarmsymptomen:"),
    ("B", "hematemesis of melaena;"),
    ("B", "onverklaard gewichtsverlies van meer dan 5% in 6 maanden;"),
    ("B", "aanhoudend braken;"),
    ("B", "slikklachten (dysfagie);"),
    ("B", "anemie (Hb lager dan 7,5 mmol/l bij vrouwen of lager dan 8,5 mmol/l bij mannen);"),
    ("B", "nieuw ontstane klachten bij een leeftijd van 60 jaar of ouder;"),
    ("B", "FSP boven 200 \u00b5g/g."),
    ("P", "Verwijs bij hematemesis of melaena met spoed, dezelfde dag. Verwijs ook bij onvoldoende effect van stap 4 van het stappenplan. "
          "Verwijs kinderen jonger dan 12 jaar met een MSI van 11 of hoger naar de kinderarts. "
          "Overleg met de apotheker bij gelijktijdig gebruik van lithium en bij een eGFR lager dan 30."),
    ("P", "De POH kan de controles na 4 weken en de jaarlijkse controle uitvoeren; bij een MSI van 11 of hoger na 8 weken behandeling beoordeelt de huisarts de patiënt opnieuw."),
    ("H1", "Totstandkoming"),
    ("P", "Deze fictieve standaard is in maart 2026 opgesteld door een denkbeeldige werkgroep voor het testen van "
          "zoek- en antwoordsoftware. Er zijn geen echte patiëntgegevens of onderzoeken gebruikt."),
    ("H1", "Literatuur"),
    ("N", "1. Werkgroep FT-36. Stippelmaag in de huisartsenpraktijk: een denkbeeldig cohort. Fictief Tijdschrift voor Huisartsgeneeskunde 2025;12:34-40."),
    ("N", "2. Denkbeeldig Instituut. Gastrovel bij verminderde nierfunctie: een verzonnen farmacokinetisch onderzoek. Testtijdschrift 2024;3:101-9."),
    ("N", "3. Verzonnen Onderzoeksgroep. Kolmerine-suspensie bij kinderen: doseringsadvies op basis van lichaamsgewicht. Fictieve Kindergeneeskunde 2023;8:55-61."),
]


# Dose table. Columns: Middel | Patiëntgroep | Dosis | Frequentie | Max. per dag | Duur
DOSE_HEADER = ["Middel", "Patiëntgroep", "Dosis", "Frequentie", "Max. per dag", "Duur"]
# groups: (drug cell text, [rows]); row = list of 5 strings, or ("CI", group, text) for a row spanning the dose columns
DOSE_PART1 = [
    ("Gastrovel\rtablet 20 mg en 40 mg", [
        ["Volwassenen 18-74 jaar", "20 mg", "1\u00d7 per dag, voor het ontbijt", "40 mg", "4 weken; bij onvoldoende effect 40 mg gedurende 8 weken"],
        ["Ouderen vanaf 75 jaar", "20 mg", "1\u00d7 per dag", "20 mg", "4 tot 8 weken"],
        ["eGFR 30-59*", "20 mg", "1\u00d7 per dag", "20 mg", "4 weken"],
        ["eGFR 15-29*", "20 mg", "om de dag (elke 48 uur)", "20 mg per 2 dagen", "4 weken"],
        ("CI", "eGFR < 15* of dialyse", "Gecontra-indiceerd; overleg met de internist-nefroloog"),
        ["Kinderen 12-17 jaar", "20 mg", "1\u00d7 per dag", "20 mg", "4 weken"],
        ("CI", "Kinderen < 12 jaar", "Niet gebruiken; geef kolmerine (zie hieronder)"),
        ["Zwangerschap en borstvoeding", "20 mg", "1\u00d7 per dag", "20 mg", "zo kort mogelijk, maximaal 4 weken"],
    ]),
    ("Kolmerine\rsuspensie 5 mg/ml", [
        ["Kinderen 10-19 kg", "2,5 ml (12,5 mg)", "2\u00d7 per dag", "25 mg", "2 weken"],
        ["Kinderen 20-29 kg", "4 ml (20 mg)", "2\u00d7 per dag", "40 mg", "2 weken"],
        ["Kinderen 30-40 kg", "6 ml (30 mg)", "2\u00d7 per dag", "60 mg", "2 weken"],
        ["Volwassenen met slikproblemen of intolerantie voor gastrovel", "10 ml (50 mg)", "2\u00d7 per dag", "100 mg", "2 weken"],
        ("CI", "Borstvoeding", "Gecontra-indiceerd tijdens de borstvoeding (gaat over in de moedermelk)"),
    ]),
]
DOSE_PART2 = [
    ("Sulfadrix\rtablet 250 mg\r(tweede keus)", [
        ["Volwassenen 18-74 jaar", "250 mg", "2\u00d7 per dag", "500 mg", "6 weken"],
        ["Ouderen vanaf 75 jaar", "250 mg", "1\u00d7 per dag", "250 mg", "6 weken"],
        ["eGFR < 30*", "125 mg (halve tablet)", "2\u00d7 per dag", "250 mg", "6 weken"],
        ["Kinderen 12-17 jaar", "250 mg", "1\u00d7 per dag", "250 mg", "4 weken"],
        ("CI", "Zwangerschap", "Gecontra-indiceerd in de zwangerschap; gebruik gastrovel"),
        ["Gebruik van lithium**", "250 mg", "1\u00d7 per dag", "250 mg", "6 weken; lithiumspiegel na 5 dagen"],
    ]),
]
DOSE_NOTES = [
    "* eGFR in ml/min/1,73 m\u00b2.",
    "** Sulfadrix verhoogt de lithiumspiegel; zie Tabel 2.",
    "Noot bij Tabel 1: gastrovel-tabletten niet fijnmaken of kauwen. Kolmerine-suspensie voor gebruik goed schudden en afmeten met een doseerspuit. "
    "Bismalton staat niet in deze tabel; de dosering staat in de tekst bij stap 1 van het stappenplan.",
]

CI_HEADER = ["Middel", "Contra-indicaties", "Interacties", "Advies"]
CI_ROWS = [
    ["Gastrovel", "eGFR < 15 of dialyse\rkinderen < 12 jaar\rovergevoeligheid", "clopidogrel (verminderde werking van clopidogrel)\rmethotrexaat", "Combinatie met clopidogrel vermijden; overleg met de apotheker"],
    ["Kolmerine", "borstvoeding\rernstige leverfunctiestoornis", "ijzerpreparaten (verminderde opname van ijzer)", "Neem kolmerine en ijzer met 2 uur tussentijd in"],
    ["Sulfadrix", "zwangerschap\rsulfonamide-allergie", "lithium (hogere lithiumspiegel)\rwarfarine (hogere INR)", "Lithiumspiegel na 5 dagen; INR na 1 week controleren"],
    ["Bismalton", "kinderen < 12 jaar\reGFR < 30", "tetracyclines (verminderde opname)", "Neem tetracycline 3 uur voor bismalton in"],
]
