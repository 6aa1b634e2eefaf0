package answer

import (
	"slices"
	"testing"
)

func TestOpposed(t *testing.T) {
	s := newRealService(analyzers(t)["dutch"], &fakeSearcher{})
	for _, tt := range []struct {
		question, text string
		want           bool
	}{
		{"Hoeveel soralide geef ik aan een kind zonder stridor in rust?", "Patiënt: Kinderen met stridor in rust · 0,3 mg/kg", true},
		{"Hoeveel soralide geef ik aan een kind met stridor in rust?", "Patiënt: Kinderen met stridor in rust · 0,3 mg/kg", false},
		{"Hoe vaak ontstaat een litteken na behandeling?", "Zonder behandeling ontstaat bij 5% een litteken.", true},
		{"Hoe vaak ontstaat een litteken na behandeling?", "Met behandeling 1%, zonder behandeling 5%.", false},
		{"Hoe snel geneest gecompliceerd glasoog?", "Ongecompliceerd glasoog geneest binnen 7 dagen.", true},
		{"Hoe snel geneest ongecompliceerd glasoog?", "Ongecompliceerd glasoog geneest binnen 7 dagen.", false},
		{"Wat doe ik bij onvoldoende effect?", "Bij voldoende effect: continueer.", true},
		{"Wanneer verwijs ik bij lichte fluitkeel?", "Verwijs bij ernstige fluitkeel met spoed.", true},
		{"Wanneer verwijs ik bij lichte fluitkeel?", "Verwijs niet bij lichte of matige fluitkeel.", false},
		{"Wanneer geef ik een antibioticum bij ernstige kwelderkoorts?", "Behandel iedere patiënt met een matig ernstig of ernstig beloop met een antibioticum.", false},
		{"Wanneer geef ik een antibioticum bij ernstige kwelderkoorts?", "Bij een licht beloop is behandeling alleen zinvol bij 70-plussers.", true},
		{"Wat is een matig ernstige pluimhoest?", "Een ernstige pluimhoest: PES 8 of hoger.", true},
		{"Is de patiënt gevoelig voor licht?", "Bij ernstige pijn: verwijs.", false}, // light, no grade
		{"Hoe lang ontstaat koorts?", "De koorts ontstaat binnen 2 dagen.", false},   // "ontstaat" is no "on-" form
		{"Hoe bouw ik kordipram op?", "Stop na 6 maanden; bouw kordipram daarbij in 2 weken af.", true},
		{"Hoe bouw ik kordipram op?", "Start met 1 dd 25 mg en bouw op tot 1 dd 75 mg.", false},
		{"Hoe bouw ik kordipram af?", "Kordipram wordt in 2 weken afgebouwd.", false},
	} {
		asked, given := s.opposed(s.analyseQuestion(tt.question), tt.text)
		if got := asked != ""; got != tt.want {
			t.Errorf("opposed(%q, %q) = %q, %q; want opposed %v", tt.question, tt.text, asked, given, tt.want)
		}
	}
	if got := gradesOf(lowerWords("een matig ernstig of ernstig beloop")); !slices.Equal(got, []string{"matig", "ernstig"}) {
		t.Errorf("gradesOf = %v, want [matig ernstig]", got)
	}
}
