// Generator for the FICTIONAL held-out guideline FT-58 (Vlonderroos),
// laid out the way a Go practice information system would print it with
// github.com/johnfercher/maroto/v2 (v2.3.3, on gofpdf). Default font
// (Arial -> Helvetica core font, cp1252 translation); the UTF-8 source
// contains "≥", which that font cannot show (gofpdf prints ".").
package main

import (
	"log"
	"os"

	"github.com/johnfercher/maroto/v2"
	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/config"
	"github.com/johnfercher/maroto/v2/pkg/consts/align"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/consts/pagesize"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"
	"github.com/johnfercher/maroto/v2/pkg/repository"
)

const title = "Fictieve Standaard Vlonderroos (FT-58)"

var (
	headerBg = &props.Color{Red: 200, Green: 215, Blue: 235}
	greyLine = &props.Color{Red: 90, Green: 90, Blue: 90}
)

type doc struct{ m core.Maroto }

func (d *doc) h1(s string) {
	d.m.AddRows(text.NewRow(11, s, props.Text{Top: 4, Size: 13, Style: fontstyle.Bold}))
}

func (d *doc) h2(s string) {
	d.m.AddRows(text.NewRow(8, s, props.Text{Top: 2.5, Size: 11, Style: fontstyle.Bold}))
}

func (d *doc) p(s string) {
	d.m.AddRows(row.New().Add(text.NewCol(12, s, props.Text{Size: 10, Bottom: 1.5, Align: align.Justify})))
}

func (d *doc) bullets(items ...string) {
	for _, it := range items {
		d.m.AddRows(row.New().Add(text.NewCol(12, "- "+it, props.Text{Size: 10, Left: 4, Bottom: 0.8})))
	}
}

func (d *doc) note(s string) {
	d.m.AddRows(row.New().Add(text.NewCol(12, s, props.Text{Size: 8.5, Bottom: 1, Style: fontstyle.Italic})))
}

func (d *doc) space(h float64) { d.m.AddRows(row.New(h)) }

// table: sizes must sum to 12; first row is the header row.
func (d *doc) table(sizes []int, header []string, rows [][]string, fontSize float64) {
	cell := func(bg *props.Color) *props.Cell {
		return &props.Cell{BorderType: border.Full, BorderColor: greyLine, BorderThickness: 0.2, BackgroundColor: bg}
	}
	var hcols []core.Col
	for i, h := range header {
		hcols = append(hcols, col.New(sizes[i]).Add(text.New(h, props.Text{
			Size: fontSize, Style: fontstyle.Bold, Top: 1, Bottom: 1, Left: 1, Right: 1,
		})).WithStyle(cell(headerBg)))
	}
	d.m.AddRows(row.New().Add(hcols...))
	for _, r := range rows {
		var cols []core.Col
		for i, c := range r {
			st := props.Text{Size: fontSize, Top: 1, Bottom: 1, Left: 1, Right: 1}
			if i == 0 {
				st.Style = fontstyle.Bold
			}
			cols = append(cols, col.New(sizes[i]).Add(text.New(c, st)).WithStyle(cell(nil)))
		}
		d.m.AddRows(row.New().Add(cols...))
	}
}

func main() {
	// Control variant only (not the probe document): FT58_FONT=dejavu embeds
	// DejaVu Sans as a UTF-8 font so that "≥" survives; FT58_OUT sets the file.
	b := config.NewBuilder()
	if os.Getenv("FT58_FONT") == "dejavu" {
		dir := "/usr/share/fonts/truetype/dejavu/"
		fonts, err := repository.New().
			AddUTF8Font("dejavu", fontstyle.Normal, dir+"DejaVuSans.ttf").
			AddUTF8Font("dejavu", fontstyle.Bold, dir+"DejaVuSans-Bold.ttf").
			AddUTF8Font("dejavu", fontstyle.Italic, dir+"DejaVuSans-Oblique.ttf").
			AddUTF8Font("dejavu", fontstyle.BoldItalic, dir+"DejaVuSans-BoldOblique.ttf").
			Load()
		if err != nil {
			log.Fatal(err)
		}
		b = b.WithCustomFonts(fonts).WithDefaultFont(&props.Font{Family: "dejavu", Size: 10})
	}
	cfg := b.
		WithPageSize(pagesize.A4).
		WithLeftMargin(18).WithRightMargin(18).WithTopMargin(12).
		WithPageNumber(props.PageNumber{Pattern: "Pagina {current} van {total}", Place: props.Bottom, Size: 8}).
		WithTitle(title, true).
		WithAuthor("Fictief huisartsinformatiesysteem", true).
		Build()
	m := maroto.New(cfg)
	if err := m.RegisterHeader(
		row.New(9).Add(
			text.NewCol(8, title, props.Text{Size: 9, Style: fontstyle.Bold, Top: 2}),
			text.NewCol(4, "Versie 14 maart 2026", props.Text{Size: 8, Align: align.Right, Top: 2.5}),
		),
		row.New(3).Add(col.New(12).WithStyle(&props.Cell{BorderType: border.Top, BorderColor: greyLine})),
	); err != nil {
		log.Fatal(err)
	}
	if err := m.RegisterFooter(
		row.New(8).Add(text.NewCol(12, "Fictief testdocument - geen medisch advies. Afgedrukt uit het HIS.", props.Text{Size: 7, Top: 2, Style: fontstyle.Italic})),
	); err != nil {
		log.Fatal(err)
	}
	d := &doc{m: m}
	build(d)
	document, err := m.Generate()
	if err != nil {
		log.Fatal(err)
	}
	out := "../ft58-vlonderroos.pdf"
	if o := os.Getenv("FT58_OUT"); o != "" {
		out = o
	}
	if err := document.Save(out); err != nil {
		log.Fatal(err)
	}
}

func build(d *doc) {
	d.m.AddRows(text.NewRow(12, title, props.Text{Top: 2, Size: 16, Style: fontstyle.Bold}))
	d.p("Vastgesteld door de fictieve werkgroep Vlonderroos op 14 maart 2026. Dit is een FICTIEF testdocument; de ziekte en de middelen bestaan niet.")

	d.h1("Kernboodschappen")
	d.bullets(
		"Vlonderroos is een huidinfectie door de schimmel Lignomyces vlonderi na contact met nat, rottend hout (vlonders, steigers, roeiboten).",
		"Bepaal bij elke patiënt de VLES-score; de score bepaalt het beleid.",
		"Bij een VLES-score van 0 tot en met 4 volstaan wondzorg en zo nodig ostrapaïne-gel.",
		"Bij een VLES-score ≥ 5 is travoxilan het middel van eerste keus; bremcetide is het alternatief, maar niet bij zwangerschap.",
		"Verwijs bij 3 of meer episoden binnen 12 maanden naar de dermatoloog.",
	)

	d.h1("Achtergronden")
	d.h2("Begrippen")
	d.p("Vlonderroos: een oppervlakkige huidinfectie met de schimmel Lignomyces vlonderi, gekenmerkt door ringvormige, schilferende rode plekken met kleine blaasjes aan de rand, meestal op handen, onderarmen en onderbenen.")
	d.p("VLES-score (Vlonderroos-Laesie-Ernstscore): een score van 0 tot 12 punten op basis van het aantal laesies (0-3 punten), de diameter van de grootste laesie (0-3 punten), de pijn (0-3 punten) en koorts (0-3 punten). Een score van 0-4 is licht, 5-8 is matig en 9-12 is ernstig.")
	d.p("Recidiverende vlonderroos: 3 of meer episoden binnen 12 maanden.")
	d.p("Het Landelijk Expertisecentrum Vlonderziekten (LEVZ) in Zierikzee beoordeelt kweken en geeft telefonisch advies aan huisartsen.")
	d.h2("Afkortingen")
	d.bullets(
		"CRP: C-reactief proteïne",
		"eGFR: geschatte glomerulaire filtratiesnelheid (ml/min/1,73 m²)",
		"KOH-preparaat: microscopisch onderzoek van huidschilfers in kaliumhydroxide",
		"LEVZ: Landelijk Expertisecentrum Vlonderziekten",
		"VLES: Vlonderroos-Laesie-Ernstscore",
	)
	d.h2("Epidemiologie")
	d.p("De incidentie in de huisartsenpraktijk is geschat op 3 per 1000 patiënten per jaar, met een piek in de maanden juli tot en met september. Watersporters, havenwerkers en scheepsbouwers lopen het grootste risico. Overdracht van mens op mens is niet beschreven.")

	d.h1("Richtlijnen diagnostiek")
	d.h2("Anamnese")
	d.p("Vraag naar contact met nat hout in de 14 dagen voor het begin van de klachten, de duur en het beloop van de plekken, jeuk en pijn, koorts, eerdere episoden, gebruik van immunosuppressiva, nierfunctiestoornissen, zwangerschap of borstvoeding en comedicatie (in het bijzonder simvastatine, acenocoumarol en claritromycine).")
	d.h2("Alarmsymptomen")
	d.bullets(
		"koorts boven 39,0 °C",
		"roodheid die zich sneller uitbreidt dan 2 cm per 24 uur",
		"laesies rond het oog of op het ooglid",
		"zwart verkleurde (necrotische) laesies",
		"sufheid of verwardheid",
		"patiënt die immunosuppressiva gebruikt of een verminderde weerstand heeft",
	)
	d.h2("Lichamelijk onderzoek")
	d.p("Tel het aantal laesies, meet de diameter van de grootste laesie in centimeters, meet de temperatuur en palpeer de regionale lymfeklieren. Bereken met deze gegevens de VLES-score.")
	d.h2("Aanvullend onderzoek")
	d.p("De diagnose is meestal een klinische diagnose. Doe bij twijfel een KOH-preparaat; de diagnose is bevestigd bij ten minste 5 hyfen per gezichtsveld. Stuur een kweek naar het LEVZ als er na 7 dagen behandeling geen verbetering is.")
	d.p("Bepaal het CRP bij koorts. Een CRP boven 100 mg/l wijst op een diepe infectie: overleg dan dezelfde dag met de dermatoloog. Bepaal de eGFR vóór het starten van travoxilan bij patiënten van 75 jaar en ouder en bij bekende nierfunctiestoornissen.")

	d.h1("Richtlijnen beleid")
	d.h2("Voorlichting")
	d.p("Leg uit dat vlonderroos niet besmettelijk is voor huisgenoten, dat de plekken in 2 tot 3 weken genezen en dat contact met nat hout tijdens de behandeling het best wordt vermeden. Draag handschoenen bij werkzaamheden aan vlonders en boten.")
	d.h2("Niet-medicamenteuze behandeling")
	d.p("Spoel de laesies 2 keer per dag met lauw kraanwater en dep ze droog. Gebruik geen natte kompressen en geen afdekkende pleisters. Bij een VLES-score van 0-4 kan een afwachtend beleid van 7 dagen worden gevolgd.")
	d.h2("Medicamenteuze behandeling")
	d.p("Lichte vlonderroos (VLES 0-4): schrijf zo nodig ostrapaïne-gel 2% voor. Breng de gel 3 keer per dag in een dunne laag aan op de laesies, gedurende maximaal 14 dagen. Gebruik ostrapaïne-gel niet bij kinderen jonger dan 2 jaar.")
	d.p("Matige en ernstige vlonderroos (VLES ≥ 5): travoxilan is het middel van eerste keus. Bremcetide is het alternatief bij overgevoeligheid voor of bijwerkingen van travoxilan. Bremcetide is gecontra-indiceerd bij zwangerschap en borstvoeding. Kelvaprine kan worden gegeven tegen de pijn. Zie tabel 1 voor de doseringen.")
	d.p("Bij recidiverende vlonderroos kan de dermatoloog solmitrazol voorschrijven; die behandeling valt buiten deze standaard.")
	d.space(2)
	d.m.AddRows(text.NewRow(7, "Tabel 1. Dosering van travoxilan, bremcetide en kelvaprine naar populatie", props.Text{Top: 1.5, Size: 10, Style: fontstyle.Bold}))
	d.table([]int{3, 3, 2, 2, 2},
		[]string{"Middel", "Populatie", "Dosering", "Maximum per dag", "Duur / opmerking"},
		[][]string{
			{"travoxilan (tablet 125 mg, 250 mg)", "Volwassenen 18-74 jaar", "250 mg 2x per dag", "500 mg", "10 dagen"},
			{"", "Ouderen ≥ 75 jaar", "250 mg 1x per dag", "250 mg", "10 dagen; eGFR vooraf bepalen"},
			{"", "Kinderen 6-11 jaar (20-40 kg)", "5 mg/kg 2x per dag", "400 mg", "7 dagen"},
			{"", "Kinderen 2-5 jaar (12-20 kg)", "4 mg/kg 2x per dag", "160 mg", "7 dagen; drank 25 mg/ml"},
			{"", "eGFR 30-59 ml/min", "250 mg 1x per dag", "250 mg", "10 dagen"},
			{"", "eGFR 15-29 ml/min", "125 mg 1x per dag", "125 mg", "10 dagen; eGFR na 5 dagen herhalen"},
			{"", "eGFR < 15 ml/min", "niet gebruiken", "-", "overleg internist"},
			{"", "Zwangerschap en borstvoeding", "250 mg 2x per dag", "500 mg", "10 dagen; mag worden gebruikt"},
			{"bremcetide (tablet 200 mg)", "Volwassenen 18-74 jaar", "eerste dag 800 mg, daarna 400 mg 1x per dag", "800 mg (dag 1), daarna 400 mg", "7 dagen"},
			{"", "Ouderen ≥ 75 jaar", "200 mg 1x per dag", "200 mg", "7 dagen; geen oplaaddosis"},
			{"", "Kinderen 12-17 jaar en ≥ 40 kg", "400 mg 1x per dag", "400 mg", "7 dagen"},
			{"", "Kinderen < 12 jaar", "niet gebruiken", "-", "onvoldoende gegevens"},
			{"", "eGFR < 30 ml/min", "400 mg 1x per dag", "400 mg", "geen aanpassing nodig"},
			{"", "Zwangerschap en borstvoeding", "gecontra-indiceerd", "-", "teratogeen; gebruik travoxilan"},
			{"kelvaprine (tablet 500 mg; drank 50 mg/ml)", "Volwassenen 18-74 jaar", "500 mg 3x per dag", "1500 mg", "zo nodig, maximaal 5 dagen"},
			{"", "Ouderen ≥ 75 jaar", "500 mg 2x per dag", "1000 mg", "zo nodig, maximaal 5 dagen"},
			{"", "Kinderen 2-11 jaar", "10 mg/kg 3x per dag", "30 mg/kg", "drank; maximaal 3 dagen"},
			{"", "Zwangerschap", "500 mg 3x per dag", "1500 mg", "alleen 1e en 2e trimester; niet in het 3e trimester"},
		}, 8.5)
	d.note("Noot bij tabel 1: de dosering per kg lichaamsgewicht geldt tot het genoemde maximum per dag. Bij kinderen jonger dan 2 jaar wordt geen van deze middelen gegeven; overleg met de kinderarts.")

	d.space(3)
	d.m.AddRows(text.NewRow(7, "Tabel 2. Contra-indicaties en interacties", props.Text{Top: 1.5, Size: 10, Style: fontstyle.Bold}))
	d.table([]int{3, 4, 5},
		[]string{"Middel", "Contra-indicaties", "Belangrijkste interacties"},
		[][]string{
			{"travoxilan", "eGFR < 15 ml/min; ernstige leverfunctiestoornis (Child-Pugh C)", "verhoogt de spiegel van simvastatine: staak simvastatine tijdens de kuur"},
			{"bremcetide", "zwangerschap; borstvoeding; verlengd QT-interval", "niet combineren met claritromycine (kans op QT-verlenging)"},
			{"kelvaprine", "actief maagulcus; derde trimester van de zwangerschap", "verhoogt de INR bij acenocoumarol: controleer de INR na 3 dagen"},
		}, 8.5)

	d.h1("Consultatie en verwijzing")
	d.bullets(
		"Verwijs dezelfde dag naar de dermatoloog of de SEH bij een of meer alarmsymptomen.",
		"Overleg dezelfde dag met de dermatoloog bij een CRP boven 100 mg/l.",
		"Verwijs naar de dermatoloog bij een VLES-score ≥ 9 zonder verbetering na 72 uur behandeling.",
		"Verwijs naar de dermatoloog bij recidiverende vlonderroos (3 of meer episoden binnen 12 maanden).",
		"Overleg bij kinderen jonger dan 2 jaar altijd met de kinderarts.",
		"Overleg bij een zwangere met een VLES-score ≥ 5 met de gynaecoloog.",
	)

	d.h1("Controles")
	d.p("Controleer patiënten die travoxilan of bremcetide gebruiken na 7 dagen. Herhaal bij een eGFR van 15-29 ml/min de eGFR na 5 dagen. Controleer bij gelijktijdig gebruik van kelvaprine en acenocoumarol de INR na 3 dagen. Na volledige genezing is geen controle nodig. Vraag de patiënt terug te komen als de plekken na 3 weken niet zijn genezen.")

	d.h1("Noten")
	d.note("[1] De VLES-score is in een fictief cohort van 412 patiënten gevalideerd (fictieve bron).")
	d.note("[2] De drempel van 5 hyfen per gezichtsveld is gebaseerd op consensus van de werkgroep.")
	d.note("[3] Travoxilan wordt voor 70% via de nieren uitgescheiden; daarom is dosisaanpassing bij een lage eGFR nodig. Bremcetide wordt via de lever geklaard.")
	d.note("[4] Bremcetide veroorzaakte in dierstudies afwijkingen aan het neuraal buis; het is daarom gecontra-indiceerd bij zwangerschap.")
	d.note("[5] Over het gebruik van ostrapaïne-gel tijdens zwangerschap zijn geen gegevens beschikbaar.")
}
