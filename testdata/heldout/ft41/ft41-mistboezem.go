// Fictieve Standaard Mistboezem (FT-41) - generator met codeberg.org/go-pdf/fpdf v0.12.0
// FICTIEF TESTDOCUMENT - GEEN MEDISCH ADVIES.
package main

import (
	"fmt"
	"log"
	"os"

	"codeberg.org/go-pdf/fpdf"
)

const (
	fontDir  = "/usr/share/fonts/truetype/dejavu/"
	lh       = 5.0 // regelhoogte lopende tekst
	tlh      = 4.6 // regelhoogte in tabellen
	bodySize = 10.0
)

var pdf *fpdf.Fpdf

// ---------- hulpfuncties voor opmaak ----------

func h1(txt string) {
	pdf.Ln(2)
	pdf.SetFont("DejaVu", "B", 14)
	pdf.SetTextColor(0, 70, 120)
	pdf.MultiCell(0, 7, txt, "", "L", false)
	pdf.SetTextColor(0, 0, 0)
	pdf.Ln(1)
	pdf.SetFont("DejaVu", "", bodySize)
}

func h2(txt string) {
	pdf.Ln(1)
	pdf.SetFont("DejaVu", "B", 11.5)
	pdf.MultiCell(0, 6, txt, "", "L", false)
	pdf.SetFont("DejaVu", "", bodySize)
}

func para(txt string) {
	pdf.SetFont("DejaVu", "", bodySize)
	pdf.MultiCell(0, lh, txt, "", "J", false)
	pdf.Ln(1.5)
}

func bullets(items []string) {
	left, _, right, _ := pdf.GetMargins()
	pw, _ := pdf.GetPageSize()
	w := pw - left - right
	for _, it := range items {
		pdf.SetX(left + 4)
		pdf.CellFormat(5, lh, "•", "", 0, "L", false, 0, "")
		pdf.MultiCell(w-9, lh, it, "", "L", false)
		pdf.Ln(0.5)
	}
	pdf.Ln(1.5)
}

func numbered(items []string) {
	left, _, right, _ := pdf.GetMargins()
	pw, _ := pdf.GetPageSize()
	w := pw - left - right
	for i, it := range items {
		pdf.SetX(left + 4)
		pdf.CellFormat(7, lh, fmt.Sprintf("%d.", i+1), "", 0, "L", false, 0, "")
		pdf.MultiCell(w-11, lh, it, "", "L", false)
		pdf.Ln(0.8)
	}
	pdf.Ln(1.5)
}

func note(txt string) {
	pdf.SetFont("DejaVu", "", 8)
	pdf.MultiCell(0, 4, txt, "", "L", false)
	pdf.SetFont("DejaVu", "", bodySize)
}

// ---------- tabel 1: doseringen ----------

type doseRow struct {
	pop, dose, freq, max, dur string
	ci                        string // gevuld = gecontra-indiceerd, één samengevoegde cel
}

type drugGroup struct {
	drug string
	rows []doseRow
}

var doseW = []float64{24, 40, 36, 22, 26, 32}
var doseHead = []string{"Middel", "Populatie", "Dosis per keer", "Frequentie", "Maximum per dag", "Duur"}

func pageBottom() float64 {
	_, ph := pdf.GetPageSize()
	_, _, _, b := pdf.GetMargins()
	return ph - b
}

func headerRow(widths []float64, heads []string) {
	pdf.SetFont("DejaVu", "B", 8.5)
	pdf.SetFillColor(0, 70, 120)
	pdf.SetTextColor(255, 255, 255)
	// hoogte van de kopregel = hoogste kopcel
	maxL := 1
	for i, h := range heads {
		if n := len(pdf.SplitText(h, widths[i])); n > maxL {
			maxL = n
		}
	}
	hh := float64(maxL) * tlh
	left, _, _, _ := pdf.GetMargins()
	x, y := left, pdf.GetY()
	for i, h := range heads {
		pdf.Rect(x, y, widths[i], hh, "FD")
		pdf.SetXY(x, y)
		pdf.MultiCell(widths[i], tlh, h, "", "C", false)
		x += widths[i]
	}
	pdf.SetXY(left, y+hh)
	pdf.SetTextColor(0, 0, 0)
	pdf.SetFont("DejaVu", "", 8.5)
}

func cellLines(txt string, w float64) int {
	n := len(pdf.SplitText(txt, w))
	if n < 1 {
		n = 1
	}
	return n
}

func doseTable(groups []drugGroup) {
	left, _, _, _ := pdf.GetMargins()
	headerRow(doseW, doseHead)
	fillOn := false
	for _, g := range groups {
		// de naam van het middel komt als één hoge cel naast de populatierijen
		segStartY := pdf.GetY()
		segName := g.drug
		closeSeg := func(endY float64) {
			curY := pdf.GetY()
			pdf.SetFont("DejaVu", "B", 8.5)
			pdf.Rect(left, segStartY, doseW[0], endY-segStartY, "D")
			pdf.SetXY(left, segStartY+0.5)
			pdf.MultiCell(doseW[0], tlh, segName, "", "L", false)
			pdf.SetFont("DejaVu", "", 8.5)
			pdf.SetXY(left, curY)
		}
		for _, r := range g.rows {
			var n int
			if r.ci != "" {
				n = cellLines(r.pop, doseW[1])
				restW := doseW[2] + doseW[3] + doseW[4] + doseW[5]
				if m := cellLines(r.ci, restW); m > n {
					n = m
				}
			} else {
				cells := []string{r.pop, r.dose, r.freq, r.max, r.dur}
				for i, c := range cells {
					if m := cellLines(c, doseW[i+1]); m > n {
						n = m
					}
				}
			}
			rh := float64(n)*tlh + 1
			// handmatige paginacontrole: kopregel herhalen op de volgende pagina
			if pdf.GetY()+rh > pageBottom() {
				closeSeg(pdf.GetY())
				pdf.AddPage()
				headerRow(doseW, doseHead)
				segStartY = pdf.GetY()
				segName = g.drug + " (vervolg)"
			}
			y := pdf.GetY()
			x := left + doseW[0]
			if fillOn {
				pdf.SetFillColor(235, 241, 247)
			} else {
				pdf.SetFillColor(255, 255, 255)
			}
			style := "FD"
			// populatie
			pdf.Rect(x, y, doseW[1], rh, style)
			pdf.SetXY(x, y+0.5)
			pdf.MultiCell(doseW[1], tlh, r.pop, "", "L", false)
			x += doseW[1]
			if r.ci != "" {
				restW := doseW[2] + doseW[3] + doseW[4] + doseW[5]
				pdf.SetFillColor(250, 225, 225)
				pdf.Rect(x, y, restW, rh, "FD")
				pdf.SetFont("DejaVu", "B", 8.5)
				pdf.SetXY(x, y+0.5)
				pdf.MultiCell(restW, tlh, r.ci, "", "L", false)
				pdf.SetFont("DejaVu", "", 8.5)
			} else {
				cells := []string{r.dose, r.freq, r.max, r.dur}
				for i, c := range cells {
					w := doseW[i+2]
					if cellLines(c, w) == 1 {
						pdf.SetXY(x, y)
						pdf.CellFormat(w, rh, c, "1", 0, "LM", fillOn, 0, "")
					} else {
						pdf.Rect(x, y, w, rh, style)
						pdf.SetXY(x, y+0.5)
						pdf.MultiCell(w, tlh, c, "", "L", false)
					}
					x += w
				}
			}
			pdf.SetXY(left, y+rh)
			fillOn = !fillOn
		}
		closeSeg(pdf.GetY())
	}
}

// ---------- tabel 2: contra-indicaties en interacties ----------

var ciW = []float64{26, 48, 56, 50}
var ciHead = []string{"Middel", "Contra-indicaties", "Belangrijke interacties", "Advies"}

func simpleTable(widths []float64, heads []string, rows [][]string) {
	left, _, _, _ := pdf.GetMargins()
	headerRow(widths, heads)
	for ri, r := range rows {
		n := 1
		for i, c := range r {
			if i == 0 {
				pdf.SetFont("DejaVu", "B", 8.5) // eerste kolom is vet
			}
			if m := cellLines(c, widths[i]); m > n {
				n = m
			}
			pdf.SetFont("DejaVu", "", 8.5)
		}
		rh := float64(n)*tlh + 1
		if pdf.GetY()+rh > pageBottom() {
			pdf.AddPage()
			headerRow(widths, heads)
		}
		y := pdf.GetY()
		x := left
		if ri%2 == 1 {
			pdf.SetFillColor(235, 241, 247)
		} else {
			pdf.SetFillColor(255, 255, 255)
		}
		for i, c := range r {
			if i == 0 {
				pdf.SetFont("DejaVu", "B", 8.5)
			}
			pdf.Rect(x, y, widths[i], rh, "FD")
			pdf.SetXY(x, y+0.5)
			pdf.MultiCell(widths[i], tlh, c, "", "L", false)
			pdf.SetFont("DejaVu", "", 8.5)
			x += widths[i]
		}
		pdf.SetXY(left, y+rh)
	}
}

func main() {
	pdf = fpdf.New("P", "mm", "A4", fontDir)
	pdf.SetMargins(15, 20, 15)
	pdf.SetAutoPageBreak(true, 20)
	pdf.AddUTF8Font("DejaVu", "", "DejaVuSans.ttf")
	pdf.AddUTF8Font("DejaVu", "B", "DejaVuSans-Bold.ttf")
	if pdf.Err() {
		log.Fatal(pdf.Error())
	}
	pdf.SetTitle("Fictieve Standaard Mistboezem (FT-41)", true)
	pdf.SetAuthor("Fictieve werkgroep", true)
	pdf.AliasNbPages("{nb}")

	pdf.SetHeaderFunc(func() {
		pdf.SetFont("DejaVu", "", 8)
		pdf.SetTextColor(110, 110, 110)
		pdf.SetY(9)
		pdf.CellFormat(90, 5, "Fictieve Standaard Mistboezem (FT-41)", "B", 0, "L", false, 0, "")
		pdf.CellFormat(0, 5, "Fictief testdocument - geen medisch advies", "B", 1, "R", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
		pdf.SetY(20)
	})
	pdf.SetFooterFunc(func() {
		pdf.SetY(-14)
		pdf.SetFont("DejaVu", "", 8)
		pdf.SetTextColor(110, 110, 110)
		pdf.CellFormat(0, 5, fmt.Sprintf("Pagina %d van {nb}", pdf.PageNo()), "T", 0, "C", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})

	pdf.AddPage()

	// ---------- titel ----------
	pdf.SetFont("DejaVu", "B", 20)
	pdf.SetTextColor(0, 70, 120)
	pdf.MultiCell(0, 9, "Fictieve Standaard Mistboezem", "", "L", false)
	pdf.SetTextColor(0, 0, 0)
	pdf.SetFont("DejaVu", "", 10)
	pdf.MultiCell(0, lh, "Vastgesteld: 12 maart 2026 – versie 1.0 – Fictieve werkgroep Luchtwegen", "", "L", false)
	pdf.Ln(2)
	pdf.SetFillColor(250, 225, 225)
	pdf.SetFont("DejaVu", "B", 10)
	pdf.MultiCell(0, 6, "Fictief testdocument - geen medisch advies. De aandoening mistboezem en de geneesmiddelen sarvolone, quintrafen, lobetrazine en pemalorix zijn verzonnen en bestaan niet. Dit document dient uitsluitend om software te testen.", "1", "L", true)
	pdf.Ln(3)

	// ---------- kernboodschappen ----------
	h1("Kernboodschappen")
	bullets([]string{
		"Denk aan mistboezem bij een drukkend gevoel op de borst, nachtelijke hoest en vochtig piepen die langer dan 10 dagen aanhouden.",
		"Stel de ernst vast met de Mistboezem-Ernstscore (MES); de score bepaalt de stap in het behandelplan.",
		"Start bij lichte of matige mistboezem met sarvolone; lobetrazine is bedoeld voor recidiverende mistboezem.",
		"Lobetrazine is gecontra-indiceerd tijdens zwangerschap en borstvoeding.",
		"Verwijs met spoed bij alarmsymptomen, zoals een zuurstofsaturatie onder 92%.",
	})

	// ---------- inleiding ----------
	h1("Inleiding")
	para("Deze standaard geeft richtlijnen voor de diagnostiek en behandeling van mistboezem bij kinderen vanaf 2 jaar en volwassenen in de huisartsenpraktijk. Mistboezem is een (fictieve) recidiverende ontsteking van de kleine luchtwegen met verhoogde slijmproductie en een kenmerkend drukkend, ‘mistig’ gevoel op de borst.")
	h2("Epidemiologie")
	para("De incidentie van mistboezem in de huisartsenpraktijk wordt geschat op 7,5 per 1000 patiënten per jaar; de prevalentie bedraagt 18 per 1000 patiënten. Mistboezem komt vaker voor bij vrouwen dan bij mannen (verhouding 3:2). Er zijn twee leeftijdspieken: kinderen van 4 tot 8 jaar en volwassenen van 45 tot 65 jaar. Ongeveer 60% van de episoden treedt op tussen oktober en maart. Bij circa 12% van de patiënten ontstaat een chronisch recidiverend beloop, gedefinieerd als drie of meer episoden per jaar.")

	// ---------- achtergronden ----------
	h1("Achtergronden")
	h2("Etiologie en risicofactoren")
	para("De oorzaak van mistboezem is onbekend. Vermoed wordt een overgevoeligheidsreactie van het trilhaarepitheel op langdurige blootstelling aan koude, vochtige lucht. Risicofactoren zijn roken, een vochtige woning met schimmelvorming, astma in de voorgeschiedenis en beroepsmatige blootstelling aan waterdamp, bijvoorbeeld bij werk in kassen of wasserijen.")
	h2("Pathofysiologie")
	para("Bij mistboezem zwelt het slijmvlies van de bronchioli en neemt de slijmproductie toe. Het slijm is dun en schuimend, waardoor bij auscultatie het karakteristieke vochtige geluid ontstaat. Het trilhaarepitheel herstelt na een episode in ongeveer 6 weken; in die periode is de kans op een nieuwe episode verhoogd. Bij herhaalde episoden kan een blijvende hyperreactiviteit van de luchtwegen ontstaan.")
	h2("Beloop en complicaties")
	para("Een onbehandelde episode duurt gemiddeld 3 tot 5 weken. Met behandeling herstelt 80% van de patiënten binnen 2 weken. De belangrijkste complicatie is een secundaire bacteriële pneumonie, die optreedt bij ongeveer 3% van de episoden. Bij jonge kinderen kan uitdroging ontstaan door verminderd drinken.")

	// ---------- diagnostiek ----------
	h1("Richtlijnen diagnostiek")
	h2("Anamnese")
	para("Vraag naar de duur van de klachten, nachtelijke hoest, piepende ademhaling, kortademigheid, koorts en bloed ophoesten. Vraag daarnaast naar rookgedrag, woonomstandigheden (vocht, schimmel), beroep, eerdere episoden en medicatiegebruik, in het bijzonder anticoagulantia, anti-epileptica en hormonale anticonceptie. Vraag bij vrouwen in de vruchtbare leeftijd naar zwangerschap of borstvoeding.")
	h2("Lichamelijk onderzoek")
	para("Beoordeel de algemene indruk, de ademfrequentie, de temperatuur en de zuurstofsaturatie. Ausculteer de longen: kenmerkend zijn fijne, vochtige crepitaties basaal aan beide zijden die na hoesten tijdelijk verdwijnen (zogenoemde mistcrepitaties).")
	para("Bepaal vervolgens de Mistboezem-Ernstscore (MES). De MES telt vier onderdelen op die elk 0 tot 3 punten scoren: nachtelijke hoest, kortademigheid bij inspanning, piepende ademhaling en beperking in de dagelijkse activiteiten. De totaalscore loopt van 0 tot 12. Een MES van 0 tot 4 betekent lichte mistboezem, 5 tot 8 matige mistboezem en 9 tot 12 ernstige mistboezem.")
	h2("Aanvullend onderzoek")
	para("Bepaal bij twijfel over de diagnose het serum-velocine (sVC) in het bloed. Een sVC ≥ 40 µg/l ondersteunt de diagnose mistboezem; een waarde onder 15 µg/l maakt de diagnose onwaarschijnlijk. Herhaal bij een waarde tussen 15 en 40 µg/l de bepaling na 2 weken. Een X-thorax is alleen geïndiceerd bij verdenking op een pneumonie of bij rokers ouder dan 50 jaar met klachten die langer dan 4 weken bestaan. Bepaal vóór start van lobetrazine de ALAT (leverfunctie) en de eGFR.")
	h2("Diagnostiek bij kinderen")
	para("Bij kinderen staat nachtelijke hoest meestal op de voorgrond en is piepen minder uitgesproken. Vraag de ouders naar het drinkgedrag, het aantal natte luiers of plasmomenten en de mate van sufheid. Gebruik bij kinderen van 2 tot 12 jaar de MES-K, een aangepaste versie van de MES waarin het onderdeel beperking in de dagelijkse activiteiten is vervangen door verminderd spelen. De afkapwaarden van de MES-K zijn gelijk aan die van de MES. Een sVC-bepaling is bij kinderen zelden nodig.")
	h2("Evaluatie en differentiaaldiagnose")
	para("Stel de diagnose mistboezem bij een kenmerkende anamnese met klachten die ten minste 10 dagen bestaan, in combinatie met mistcrepitaties of een sVC ≥ 40 µg/l. Denk in de differentiaaldiagnose aan astma, COPD, pneumonie, hartfalen en kinkhoest. Bij kinderen onder 2 jaar is de diagnose moeilijk te stellen; zie Consultatie en verwijzing.")

	// ---------- beleid ----------
	h1("Richtlijnen beleid")
	h2("Voorlichting")
	para("Leg uit dat mistboezem niet besmettelijk is en meestal binnen enkele weken herstelt. Adviseer te stoppen met roken en de woning dagelijks goed te ventileren. Wijs op de (fictieve) patiëntinformatie over mistboezem. Bespreek dat de klachten in het najaar kunnen terugkeren.")
	h2("Niet-medicamenteuze behandeling")
	para("Ontraad stoominhalaties: deze verergeren de klachten bij mistboezem. Adviseer een slaapkamertemperatuur van 16 tot 18 °C en een relatieve luchtvochtigheid onder 60%. Ademhalingsoefeningen onder begeleiding van een fysiotherapeut kunnen worden overwogen bij een MES van 5 of hoger die langer dan 6 weken bestaat, met een maximum van 9 behandelingen.")
	h2("Medicamenteuze behandeling")
	para("Volg het onderstaande stappenplan. Doseringen per populatie staan in tabel 1; contra-indicaties en interacties in tabel 2.")
	numbered([]string{
		"Stap 1 – lichte of matige mistboezem (MES 0 tot 8): sarvolone gedurende 14 dagen (kinderen: 10 dagen).",
		"Stap 2 – onvoldoende effect na 14 dagen sarvolone, of een MES van 9 of hoger bij presentatie: vervang sarvolone door quintrafen gedurende 4 weken.",
		"Stap 3 – drie of meer episoden per jaar, of terugkeer van de klachten binnen 4 weken na stap 2: start een onderhoudsbehandeling met lobetrazine gedurende 3 maanden.",
		"Stap 4 – onvoldoende effect van lobetrazine na 3 maanden: consulteer of verwijs naar de longarts (bij kinderen de kinderarts).",
	})
	h2("Zwangerschap en borstvoeding")
	para("Sarvolone is het middel van eerste keus tijdens de gehele zwangerschap en in de lactatieperiode. Quintrafen kan in het tweede en derde trimester kortdurend worden gebruikt als sarvolone onvoldoende werkt. Lobetrazine mag niet worden gebruikt; adviseer vrouwen met een kinderwens lobetrazine ten minste 1 maand vóór de conceptie te staken. Overleg bij een ernstige mistboezem (MES 9 tot 12) tijdens de zwangerschap met de gynaecoloog.")
	h2("Behandeling van een exacerbatie")
	para("Bij een acute verergering, gedefinieerd als een toename van de MES met 3 of meer punten binnen een week, kan naast de lopende behandeling een kuur pemalorix worden gegeven. Volwassenen krijgen pemalorix 30 mg eenmaal daags gedurende 5 dagen. Kinderen van 6 tot 12 jaar krijgen 15 mg eenmaal daags gedurende 3 dagen. Ouderen vanaf 75 jaar krijgen 20 mg eenmaal daags gedurende 5 dagen. Geef pemalorix niet aan kinderen jonger dan 6 jaar. Laat pemalorix ’s ochtends met voedsel innemen. Geef niet vaker dan driemaal per jaar een kuur pemalorix.")

	// ---------- tabel 1 ----------
	pdf.Ln(1)
	pdf.SetFont("DejaVu", "B", 10)
	pdf.MultiCell(0, lh, "Tabel 1 Doseringen van sarvolone, quintrafen en lobetrazine bij mistboezem (oraal)", "", "L", false)
	pdf.Ln(1)
	doseTable([]drugGroup{
		{"Sarvolone", []doseRow{
			{pop: "Volwassenen (18–74 jaar)", dose: "200 mg", freq: "2 dd", max: "400 mg", dur: "14 dagen"},
			{pop: "Kinderen 6–17 jaar", dose: "100 mg", freq: "2 dd", max: "200 mg", dur: "10 dagen"},
			{pop: "Kinderen 2–5 jaar en ≥ 10 kg²", dose: "5 mg/kg lichaamsgewicht", freq: "2 dd", max: "150 mg", dur: "10 dagen"},
			{pop: "Ouderen (≥ 75 jaar)", dose: "100 mg", freq: "2 dd", max: "200 mg", dur: "14 dagen"},
			{pop: "eGFR 30–59¹", dose: "100 mg", freq: "2 dd", max: "200 mg", dur: "14 dagen"},
			{pop: "eGFR < 30¹", dose: "100 mg", freq: "1 dd", max: "100 mg", dur: "14 dagen; kalium controleren na 1 week"},
			{pop: "Zwangerschap en borstvoeding*", dose: "200 mg", freq: "2 dd", max: "400 mg", dur: "14 dagen"},
		}},
		{"Quintrafen", []doseRow{
			{pop: "Volwassenen (18–74 jaar)", dose: "25 mg", freq: "3 dd", max: "75 mg", dur: "4 weken"},
			{pop: "Kinderen 20–40 kg", dose: "10 mg", freq: "3 dd", max: "30 mg", dur: "3 weken"},
			{pop: "Kinderen < 20 kg", dose: "0,5 mg/kg lichaamsgewicht", freq: "2 dd", max: "15 mg", dur: "3 weken"},
			{pop: "Ouderen (≥ 75 jaar)", dose: "15 mg", freq: "3 dd", max: "45 mg", dur: "4 weken"},
			{pop: "eGFR 30–59¹", dose: "25 mg", freq: "2 dd", max: "50 mg", dur: "4 weken"},
			{pop: "eGFR 15–29¹", dose: "10 mg", freq: "2 dd", max: "20 mg", dur: "2 weken"},
			{pop: "Zwangerschap", dose: "25 mg, alleen in het 2e en 3e trimester", freq: "2 dd", max: "50 mg", dur: "maximaal 2 weken"},
			{pop: "Borstvoeding", dose: "25 mg", freq: "3 dd", max: "75 mg", dur: "4 weken; zuigeling observeren op sufheid"},
		}},
		{"Lobetrazine", []doseRow{
			{pop: "Volwassenen (18–74 jaar)", dose: "4 mg ’s avonds; zo nodig na 4 weken 8 mg", freq: "1 dd", max: "8 mg", dur: "3 maanden"},
			{pop: "Kinderen 12–17 jaar", dose: "2 mg ’s avonds", freq: "1 dd", max: "4 mg", dur: "3 maanden"},
			{pop: "Kinderen 6–11 jaar", dose: "1 mg ’s avonds", freq: "1 dd", max: "2 mg", dur: "3 maanden"},
			{pop: "Ouderen (≥ 75 jaar)", dose: "2 mg ’s avonds", freq: "1 dd", max: "4 mg", dur: "3 maanden"},
			{pop: "eGFR 30–59¹", dose: "4 mg ’s avonds", freq: "1 dd", max: "4 mg", dur: "3 maanden"},
			{pop: "eGFR < 30¹", dose: "2 mg ’s avonds", freq: "om de dag", max: "2 mg", dur: "3 maanden"},
			{pop: "Zwangerschap en borstvoeding", ci: "Gecontra-indiceerd: niet voorschrijven (teratogeen in dierstudies). Kies sarvolone of quintrafen."},
		}},
	})
	pdf.Ln(1.5)
	note("¹ eGFR in ml/min/1,73 m²; bij een eGFR onder 15 geen van deze middelen voorschrijven en overleggen met de nefroloog.\n² Bij kinderen met een lichaamsgewicht onder 10 kg is sarvolone niet onderzocht; overleg met de kinderarts.\n* Sarvolone is het voorkeursmiddel tijdens zwangerschap en borstvoeding.\ndd = maal daags. Dosering quintrafen bij kinderen: kinderen boven 40 kg krijgen de volwassenendosering.")
	pdf.Ln(3)

	// ---------- tabel 2 ----------
	pdf.SetFont("DejaVu", "B", 10)
	pdf.MultiCell(0, lh, "Tabel 2 Contra-indicaties en interacties", "", "L", false)
	pdf.Ln(1)
	simpleTable(ciW, ciHead, [][]string{
		{"Sarvolone", "Ernstige leverfunctiestoornis; overgevoeligheid voor sarvolone", "Warfarine en andere cumarinederivaten: versterkt antistollend effect", "Controleer de INR 3 tot 5 dagen na de start van sarvolone"},
		{"Quintrafen", "Verlengd QT-interval; hartfalen NYHA-klasse III–IV", "Claritromycine en erytromycine: verhoogde quintrafenspiegel", "Combinatie vermijden; stop quintrafen tijdens de macrolidekuur"},
		{"Lobetrazine", "Zwangerschap en borstvoeding; actieve leverziekte; kinderen jonger dan 6 jaar", "Carbamazepine en fenytoïne: verlaagde lobetrazinespiegel. Hormonale anticonceptie: verminderde betrouwbaarheid", "Aanvullend een barrièremethode gebruiken tot 4 weken na het stoppen met lobetrazine"},
		{"Pemalorix", "Actief maagulcus; kinderen jonger dan 6 jaar", "NSAID’s: verhoogd risico op maagbloeding", "Voeg een protonpompremmer toe bij gelijktijdig NSAID-gebruik"},
	})
	pdf.Ln(1.5)
	note("Noot bij tabel 2: de interactie tussen lobetrazine en hormonale anticonceptie geldt ook voor de hormoonhoudende spiraal.")
	pdf.Ln(3)

	// ---------- controles ----------
	h1("Controles")
	para("Evalueer het effect van stap 1 na 2 weken met de MES. Een daling van ten minste 3 punten geldt als voldoende effect. Controleer bij gebruik van quintrafen na 4 weken. Bepaal bij lobetrazine de ALAT vóór de start, na 6 weken en na 3 maanden; staak lobetrazine bij een ALAT hoger dan driemaal de bovengrens van normaal. Controleer bij patiënten met een eGFR onder 30 die sarvolone gebruiken het kalium na 1 week. Plan bij chronisch recidiverende mistboezem in september een controle om het beleid voor het komende seizoen te bespreken.")
	pdf.SetFont("DejaVu", "B", 10)
	pdf.MultiCell(0, lh, "Tabel 3 Controleschema bij mistboezem", "", "L", false)
	pdf.Ln(1)
	simpleTable([]float64{52, 38, 90}, []string{"Moment", "Door wie", "Wat"}, [][]string{
		{"Na 2 weken (stap 1)", "POH of huisarts", "MES bepalen; een daling van ten minste 3 punten is voldoende effect"},
		{"Na 4 weken quintrafen (stap 2)", "Huisarts", "MES bepalen; bij MES 9 of hoger verwijzen naar de longarts"},
		{"Lobetrazine: vóór start, na 6 weken en na 3 maanden", "Huisarts", "ALAT bepalen; staken bij ALAT > 3 × de bovengrens van normaal"},
		{"Sarvolone bij eGFR < 30: na 1 week", "Huisarts", "Kalium bepalen"},
		{"Jaarlijks in september (chronisch recidiverend beloop)", "POH", "Beleid voor het komende seizoen bespreken en de jaarlijkse griepvaccinatie aanbieden"},
	})
	pdf.Ln(3)
	para("De praktijkondersteuner (POH) kan de controle na 2 weken uitvoeren, de MES afnemen en de inhalatie- en leefstijladviezen herhalen. Bij een MES die niet daalt of stijgt, overlegt de POH met de huisarts.")

	// ---------- verwijzing ----------
	h1("Consultatie en verwijzing")
	para("Verwijs met spoed (dezelfde dag) naar de longarts of de spoedeisende hulp bij een of meer van de volgende alarmsymptomen:")
	bullets([]string{
		"zuurstofsaturatie onder 92% (bij kinderen onder 94%);",
		"ademfrequentie boven 30 per minuut bij volwassenen of boven 40 per minuut bij kinderen;",
		"bloed ophoesten (hemoptoë);",
		"verwardheid of toenemende sufheid;",
		"koorts boven 39 °C die langer dan 3 dagen aanhoudt ondanks behandeling;",
		"bij kinderen: intrekkingen, neusvleugelen of drinkweigering.",
	})
	para("Verwijs niet-spoedeisend naar de longarts bij een MES van 9 of hoger na 4 weken quintrafen, bij vier of meer episoden per jaar ondanks onderhoudsbehandeling met lobetrazine, of bij twijfel over de diagnose. Verwijs kinderen jonger dan 2 jaar met vermoedelijke mistboezem altijd naar de kinderarts. Consulteer de apotheker als quintrafen gecombineerd moet worden met andere QT-verlengende middelen.")

	// ---------- totstandkoming ----------
	h1("Totstandkoming")
	para("Deze fictieve standaard is opgesteld door een fictieve werkgroep en is niet gebaseerd op wetenschappelijk onderzoek. Alle getallen, doseringen en aanbevelingen zijn verzonnen. Gebruik dit document nooit voor de zorg aan patiënten.")

	out := "../ft41-mistboezem.pdf"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	if err := pdf.OutputFileAndClose(out); err != nil {
		log.Fatal(err)
	}
	fmt.Println("geschreven:", out, "pagina's:", pdf.PageNo())
}
