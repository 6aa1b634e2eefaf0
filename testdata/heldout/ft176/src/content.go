package main

func content(d *doc) {
	d.font(true, 19)
	d.textAt(marginL, d.y, "NHG-Standaard Kwelderkoorts")
	d.y += 26
	d.font(true, 10)
	d.textAt(marginL, d.y, "FICTIEF — geen medisch advies")
	d.y += 15
	d.font(false, 8.5)
	d.textAt(marginL, d.y, "Versie 1.2, vastgesteld 14 maart 2026 — fictieve testrichtlijn FT-176; namen van middelen, score en test zijn verzonnen.")
	d.y += 20

	d.h1("Kernboodschappen")
	d.bullets(
		"Denk aan kwelderkoorts bij koorts en een pijnlijke regionale lymfeklier binnen 14 dagen na verblijf in een kweldergebied of aan de Waddenkust.",
		"Bepaal de KWELDER-SCORE; bij 3–4 punten is de KwelStrip-sneltest zinvol, bij ≥ 5 punten start direct de behandeling.",
		"Eerste keus is salvoraxine; bij zwangerschap, kinderen < 10 kg en eGFR < 30 ml/min/1,73 m² is dravicol de eerste keus.",
		"Verwijs met spoed bij verwardheid, nekstijfheid of een insult (kwelderencefalitis).^7",
		"Tozepramol is alleen bestemd voor persisterende lymfadenitis langer dan 14 dagen na afronding van de eerste kuur.",
	)

	d.h1("Achtergronden")
	d.h2("Begrippen")
	d.p("Kwelderkoorts: acute koortsende infectie door de bacterie Halobartonella kwelderi, overgebracht door de beet van de kweldermug (Culicoides salinarius). Kwelderknobbel: pijnlijke, vaste regionale lymfeklier van ≥ 2 cm in het drainagegebied van de beet. Kwelderstreep: rode, bandvormige huidstreep van 5–15 cm vanaf de beetplaats in de richting van de klier. Persisterende lymfadenitis: een kwelderknobbel die 14 dagen na het einde van de eerste kuur nog ≥ 2 cm is.")
	d.h2("Epidemiologie")
	d.p("De incidentie in de kustprovincies wordt geschat op 35 per 100.000 inwoners per jaar, op de Waddeneilanden op 210 per 100.000 per jaar.^1 Een huisarts met een normpraktijk van 2350 patiënten op het vasteland ziet gemiddeld één patiënt per jaar. De ziekte komt vooral voor van juni tot en met september, met een piek in augustus. Mannen worden iets vaker getroffen dan vrouwen (1,3 : 1), vermoedelijk door meer buitenwerk. De incubatietijd bedraagt 3 tot 10 dagen.")
	d.h2("Etiologie")
	d.p("Halobartonella kwelderi leeft in het speekselklierweefsel van de kweldermug, die vooral in de schemering steekt bij windkracht 3 of minder. Overdracht van mens op mens komt niet voor. Na de beet vermenigvuldigt de bacterie zich in de regionale lymfeklier, waarna bij ongeveer een derde van de patiënten een kortdurende bacteriëmie optreedt. Eenmaal doorgemaakte kwelderkoorts geeft een immuniteit van naar schatting 5 jaar.")

	d.h1("Richtlijnen diagnostiek")
	d.h2("Anamnese")
	d.bullets(
		"verblijf in een kweldergebied, op een Waddeneiland of aan de Waddenkust in de afgelopen 14 dagen;",
		"herinnerde muggenbeet, plaats van de beet en een rode streep vanaf de beet;",
		"begin en hoogte van de koorts, hoofdpijn, spierpijn, misselijkheid;",
		"sufheid, verwardheid of nekpijn (alarmsymptomen);",
		"zwangerschap of borstvoeding, bekende nierfunctiestoornis, gebruik van QT-verlengende middelen, anticoagulantia of lithium.",
	)
	d.h2("Lichamelijk onderzoek")
	d.p("Meet de temperatuur, de bloeddruk, de pols en de ademfrequentie. Zoek de beetplaats en de kwelderstreep en meet de grootste diameter van de regionale lymfeklier in centimeters. Let op fluctuatie van de klier (abcedering). Onderzoek op meningeale prikkeling en beoordeel het bewustzijn.")
	d.h2("Aanvullend onderzoek")
	d.p("Bepaal eerst de KWELDER-SCORE (tabel 1 en tabel 2).^2 Verricht bij een score van 3–4 punten de KwelStrip-sneltest, een antigeentest op capillair bloed uit een vingerprik met uitslag na 15 minuten. De test is betrouwbaar vanaf dag 3 na het begin van de koorts; bij een negatieve test in de eerste 2 dagen na het begin van de koorts wordt de test na 48 uur herhaald.^3 Een CRP-bepaling onderscheidt kwelderkoorts niet van andere infecties en wordt niet aanbevolen. Bepaal de eGFR vóór het starten van salvoraxine bij patiënten > 70 jaar en bij een bekende nierfunctiestoornis. Maak een ECG bij gelijktijdig gebruik van een QT-verlengend middel.")

	d.simpleTable("Tabel 1. KWELDER-SCORE: criteria en punten", []column{{"Criterium", 395}, {"Punten", 100}}, [][]string{
		{"Verblijf in kweldergebied of aan de Waddenkust in de afgelopen 14 dagen", "2"},
		{"Pijnlijke regionale lymfeklier ≥ 2 cm (kwelderknobbel)", "2"},
		{"Herinnerde muggenbeet", "1"},
		{"Temperatuur ≥ 38,5 °C", "1"},
		{"Kwelderstreep (rode bandvormige huidstreep vanaf de beet)", "1"},
		{"Hoofdpijn én spierpijn", "1"},
		{"Leeftijd < 5 jaar of > 70 jaar", "1"},
	})
	d.simpleTable("Tabel 2. Interpretatie van de KWELDER-SCORE (maximaal 9 punten)", []column{{"Score", 70}, {"Waarschijnlijkheid", 110}, {"Beleid", 315}}, [][]string{
		{"0–2 punten", "laag (< 5%)", "Kwelderkoorts onwaarschijnlijk; geen sneltest, zoek een andere oorzaak; herbeoordeel bij aanhoudende koorts na 3 dagen."},
		{"3–4 punten", "intermediair (20–40%)", "KwelStrip-sneltest; behandel bij een positieve test."},
		{"≥ 5 punten", "hoog (> 70%)", "Start direct de behandeling; sneltest niet nodig."},
	})

	d.h1("Alarmsymptomen")
	d.bullets(
		"verwardheid, sufheid of verminderd bewustzijn;",
		"nekstijfheid of een insult;",
		"petechiën of purpura;",
		"ademfrequentie > 30/min of systolische bloeddruk < 90 mmHg;",
		"oligurie (< 500 ml urine per 24 uur);",
		"bij kinderen jonger dan 3 maanden: elke koorts ≥ 38,0 °C na verblijf in een kweldergebied.",
	)

	d.h1("Beleid")
	d.h2("Voorlichting")
	d.p("Leg uit dat kwelderkoorts een bacteriële infectie is die met een antibioticumkuur goed te behandelen is en niet besmettelijk is voor huisgenoten. De koorts daalt meestal binnen 48 tot 72 uur na het begin van de behandeling; de lymfeklier kan nog 2 tot 4 weken voelbaar blijven. Adviseer bij volgend verblijf in een kweldergebied een middel met DEET 30% en bedekkende kleding tussen zonsondergang en middernacht. Het Thuisarts-equivalent van deze fictieve standaard bestaat niet.")
	d.h2("Niet-medicamenteuze behandeling")
	d.bullets(
		"rust en voldoende drinken: volwassenen ten minste 2 liter per dag;",
		"een koel kompres op de lymfeklier, 3 tot 4 keer per dag gedurende 15 minuten;",
		"de klier niet zelf openprikken of laten incideren in de huisartsenpraktijk;",
		"geen werk in het kweldergebied tot 24 uur koortsvrij.",
	)
	d.h2("Medicamenteuze behandeling")
	d.p("Salvoraxine is het middel van eerste keus voor volwassenen en kinderen vanaf 10 kg.^4 Dravicol is eerste keus bij zwangeren, bij kinderen < 10 kg en bij een eGFR < 30 ml/min/1,73 m²; dravicol is tevens het alternatief bij een contra-indicatie voor salvoraxine. Merodine kan worden gegeven tegen koorts en pijn, maar verandert het beloop niet.^5 Tozepramol is een reservemiddel voor persisterende lymfadenitis, na overleg in de eigen regio.^6 Zie tabel 3 voor de doseringen.")

	d.doseTable("Tabel 3. Doseringen bij kwelderkoorts", []drug{
		{"Salvoraxine\ntablet 250 mg, 500 mg; drank 50 mg/ml", []doseRow{
			{"Volwassenen", "500 mg 2 dd", "7 dagen", "1000 mg", "Innemen met voedsel"},
			{"Ouderen > 70 jaar", "250 mg 3 dd", "7 dagen", "750 mg", "Let op QT-verlenging; eGFR vooraf"},
			{"Kinderen 10–20 kg", "125 mg 2 dd (2,5 ml drank)", "7 dagen", "250 mg", "Drank 50 mg/ml"},
			{"Kinderen 20–40 kg", "250 mg 2 dd", "7 dagen", "500 mg", "Tablet mag worden fijngemaakt"},
			{"Kinderen ≥ 40 kg", "500 mg 2 dd (als volwassenen)", "7 dagen", "1000 mg", "—"},
			{"eGFR 30–59 ml/min/1,73 m²", "500 mg 1 dd", "7 dagen", "500 mg", "eGFR na 3 dagen herhalen bij ouderen"},
			{"eGFR < 30 ml/min/1,73 m²", "niet gebruiken", "—", "—", "Kies dravicol"},
			{"Zwangeren", "niet gebruiken", "—", "—", "Teratogeen in dierstudies; kies dravicol"},
		}},
		{"Dravicol\ncapsule 200 mg; suspensie 40 mg/ml", []doseRow{
			{"Volwassenen", "200 mg 3 dd", "10 dagen", "600 mg", "Alternatief bij contra-indicatie salvoraxine"},
			{"Zwangeren (alle trimesters)", "200 mg 3 dd", "10 dagen", "600 mg", "Eerste keus in de zwangerschap"},
			{"Kinderen < 10 kg", "40 mg 3 dd (1 ml suspensie)", "10 dagen", "120 mg", "Eerste keus bij < 10 kg"},
			{"Kinderen 10–25 kg", "80 mg 3 dd (2 ml suspensie)", "10 dagen", "240 mg", "Bij contra-indicatie salvoraxine"},
			{"Kinderen 25–40 kg", "120 mg 3 dd (3 ml suspensie)", "10 dagen", "360 mg", "Bij contra-indicatie salvoraxine"},
			{"eGFR < 30 ml/min/1,73 m²", "200 mg 2 dd", "10 dagen", "400 mg", "Geen aanpassing bij eGFR 30–59"},
		}},
		{"Merodine\ntablet 400 mg; zetpil 250 mg", []doseRow{
			{"Volwassenen", "400 mg 3 dd zo nodig", "max. 5 dagen", "1200 mg", "Tegen koorts en pijn"},
			{"Ouderen > 70 jaar", "400 mg 2 dd zo nodig", "max. 3 dagen", "800 mg", "Niet bij eGFR < 30"},
			{"Kinderen 15–30 kg", "zetpil 250 mg 2 dd zo nodig", "max. 3 dagen", "500 mg", "Niet bij kinderen < 15 kg"},
			{"Zwangeren tot 30 weken", "400 mg 2 dd zo nodig", "max. 3 dagen", "800 mg", "Gecontra-indiceerd vanaf 30 weken"},
		}},
		{"Tozepramol\ntablet 100 mg", []doseRow{
			{"Volwassenen", "100 mg 1 dd", "14 dagen", "100 mg", "Alleen bij persisterende lymfadenitis"},
			{"Ouderen > 70 jaar", "50 mg 1 dd (halve tablet)", "14 dagen", "50 mg", "Controle natrium na 7 dagen"},
			{"eGFR 30–59 ml/min/1,73 m²", "50 mg 1 dd", "14 dagen", "50 mg", "Niet bij eGFR < 30"},
			{"Kinderen < 12 jaar en zwangeren", "niet gebruiken", "—", "—", "Onvoldoende gegevens"},
		}},
	})

	d.h1("Zwangerschap en borstvoeding")
	d.p("Salvoraxine is gecontra-indiceerd in de gehele zwangerschap.^8 Dravicol is in alle trimesters de eerste keus (200 mg 3 dd gedurende 10 dagen). Merodine mag tot 30 weken zwangerschapsduur kortdurend worden gebruikt. Tijdens de borstvoeding mag dravicol worden gebruikt. Salvoraxine gaat in lage concentratie over in de moedermelk en mag worden gebruikt bij een voldragen zuigeling ouder dan 1 maand. Tozepramol is gecontra-indiceerd tijdens de borstvoeding.")

	d.h1("Contra-indicaties")
	d.bullets(
		"Salvoraxine: zwangerschap, eGFR < 30 ml/min/1,73 m², verlengd QT-interval (QTc > 470 ms), myasthenia gravis.",
		"Dravicol: ernstige leverfunctiestoornis (Child-Pugh C), eerdere overgevoeligheid voor dravicol.",
		"Merodine: actief maagulcus, zwangerschap vanaf 30 weken, eGFR < 30 ml/min/1,73 m².",
		"Tozepramol: kinderen < 12 jaar, zwangerschap, borstvoeding, epilepsie.",
	)

	d.h1("Interacties")
	d.bullets(
		"Salvoraxine met andere QT-verlengende middelen (zoals sotalol, erytromycine, haloperidol): combinatie vermijden; kies dravicol.",
		"Salvoraxine met acenocoumarol of fenprocoumon: INR-controle na 3 dagen.",
		"Dravicol met ijzerpreparaten of antacida: innemen met 2 uur tussentijd.",
		"Tozepramol met lithium: verhoogde lithiumspiegel; combinatie vermijden.",
		"Merodine met methotrexaat: combinatie vermijden.",
	)

	d.h1("Controles")
	d.bullets(
		"Telefonische controle na 48–72 uur: is de koorts gedaald?",
		"Bij ouderen > 70 jaar met salvoraxine en eGFR 30–59: herhaal de eGFR na 3 dagen.",
		"Controle op het spreekuur na 7 dagen bij een nog voelbare lymfeklier ≥ 3 cm.",
		"Meet de lymfeklier opnieuw 14 dagen na het einde van de kuur; bij een klier ≥ 2 cm is sprake van persisterende lymfadenitis (overweeg tozepramol of verwijs).",
		"Geen routinematige controle van de sneltest na behandeling; de test blijft tot 6 weken positief.",
	)

	d.h1("Consultatie en verwijzing")
	d.bullets(
		"Verwijs met spoed (zelfde dag) naar de internist of kinderarts bij alarmsymptomen.",
		"Verwijs kinderen jonger dan 3 maanden met verdenking op kwelderkoorts direct naar de kinderarts.",
		"Overleg met de internist bij een temperatuur ≥ 40,0 °C ondanks 48 uur behandeling of bij koorts langer dan 5 dagen ondanks behandeling.",
		"Verwijs naar de chirurg bij een lymfeklier ≥ 5 cm of een fluctuerende klier (abces).",
		"Overleg binnen 24 uur met de gynaecoloog bij een zwangere met een temperatuur ≥ 39,0 °C.",
		"Overleg met de internist-nefroloog bij een eGFR < 30 als dravicol na 72 uur onvoldoende effect heeft.",
	)

	d.h1("Noten")
	notes := []string{
		"Incidentie. Schatting op basis van meldingen in de fictieve Kustregistratie 2019–2024; het aantal niet-gemelde gevallen is onbekend.",
		"KWELDER-SCORE. De score is ontwikkeld in een cohort van 1260 patiënten op de Waddeneilanden; de oppervlakte onder de ROC-curve bedroeg 0,84. Externe validatie op het vasteland ontbreekt.",
		"KwelStrip-sneltest. In een validatiestudie bij 412 patiënten was de sensitiviteit 88% en de specificiteit 94%. In de eerste 2 dagen van de koorts was de sensitiviteit slechts 61%.",
		"Salvoraxine versus dravicol. In een gerandomiseerde studie was de genezing na 21 dagen 91% met salvoraxine en 89% met dravicol; de kortere kuur gaf de doorslag voor salvoraxine als eerste keus.",
		"Merodine. Merodine verkort de ziekteduur niet. Bij kinderen < 15 kg ontbreken gegevens over veiligheid.",
		"Tozepramol. Het bewijs berust op één kleine studie (n = 86) waarin de klier bij 64% binnen 14 dagen verdween.",
		"Kwelderencefalitis. Deze zeldzame complicatie treedt op bij ongeveer 1 op de 2000 patiënten, vooral bij personen ouder dan 70 jaar.",
		"Zwangerschap. In dierstudies gaf salvoraxine skeletafwijkingen; gegevens bij de mens ontbreken.",
	}
	for i, n := range notes {
		d.ensure(14)
		d.font(true, 9)
		d.textAt(marginL, d.y, fmtNum(i+1))
		d.paragraph(marginL+18, textW-18, n, 9, false)
		d.y += 3
	}
}

func fmtNum(i int) string {
	return string(rune('0'+i)) + "."
}
