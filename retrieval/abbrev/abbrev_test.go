package abbrev

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
)

func TestLearn(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []Pair
	}{
		{"long then short", "taken liggen bij het Landelijk Meldpunt Mijtoverdraagbare Aandoeningen (LMMA). Het beleid",
			[]Pair{{"LMMA", "Landelijk Meldpunt Mijtoverdraagbare Aandoeningen"}}},
		{"hyphenated long form", "De lividus-antigeentest (LAT) is een sneltest",
			[]Pair{{"LAT", "lividus-antigeentest"}}},
		{"letters inside words", "Beoordeel de ernst met de Pluimhoest Ernstscore (PES) en meet",
			[]Pair{{"PES", "Pluimhoest Ernstscore"}}},
		{"short then long", "Bel de WIH (Werkgroep Infectieziekten Huisartsen) bij twijfel.",
			[]Pair{{"WIH", "Werkgroep Infectieziekten Huisartsen"}}},
		{"short form heading a compound", "De ernst wordt vastgesteld met de LAMP-score (Lampion Activiteit en Mobiliteit Punten). De score telt",
			[]Pair{{"LAMP", "Lampion Activiteit en Mobiliteit Punten"}}},
		{"one capital in parentheses", "onder de Wet langdurige zorg (Wlz) vallen",
			[]Pair{{"Wlz", "Wet langdurige zorg"}}},
		{"legend", "eGFR in ml/min/1,73 m²; dd = maal per dag; CK = creatinekinase; ALAT = alanineaminotransferase.",
			[]Pair{{"ALAT", "alanineaminotransferase"}, {"CK", "creatinekinase"}}},
		{"list", "PFN Patiëntenfederatie Nederland\nRAG Retrieval Augmented Generation\nNVD Nederlandse Vereniging voor Diëtisten\nRD Registered Dietitian",
			[]Pair{{"NVD", "Nederlandse Vereniging voor Diëtisten"}, {"PFN", "Patiëntenfederatie Nederland"}, {"RAG", "Retrieval Augmented Generation"}, {"RD", "Registered Dietitian"}}},
		{"list run together", "RD Registered Dietitian Gegevensanalyse RDN Registered Dietitian and Immersieve",
			[]Pair{{"RD", "Registered Dietitian"}, {"RDN", "Registered Dietitian"}}},
		{"not an abbreviation", "Fictieve Standaard Ambervlekkenziekte (FT-01) en korvidine (aanval) en de PES (tabel 1)", nil},
		{"prose after a short form", "AI algoritmes en AI Gereedheid; de SEI bepaalt; HIS heeft; SEI = zie paragraaf 3.2", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Learn(c.text).Pairs()
			if diff := cmp.Diff(c.want, got, cmp.Comparer(func(a, b []Pair) bool { return len(a) == 0 && len(b) == 0 || cmp.Equal(a, b) })); diff != "" {
				t.Errorf("Learn(%q) (-want +got):\n%s", c.text, diff)
			}
		})
	}
}

func TestExpand(t *testing.T) {
	table := Learn("taken liggen bij het Landelijk Meldpunt Mijtoverdraagbare Aandoeningen (LMMA). De lividus-antigeentest (LAT) is een sneltest.")
	cases := []struct{ name, text, want string }{
		{"short form gets its long form", "Melding bij het LMMA is niet verplicht.", "Landelijk Meldpunt Mijtoverdraagbare Aandoeningen"},
		{"short form glued to a hyphen", "na overleg met de LMMA-consulent", "Landelijk Meldpunt Mijtoverdraagbare Aandoeningen"},
		{"long form over a line break gets its short form", "het landelijk meldpunt\nmijtoverdraagbare aandoeningen verzamelt", "LMMA"},
		{"both present: nothing to add", "het Landelijk Meldpunt Mijtoverdraagbare Aandoeningen (LMMA)", ""},
		{"two short forms", "Herhaal een negatieve LAT en meld bij het LMMA", "lividus-antigeentest\nLandelijk Meldpunt Mijtoverdraagbare Aandoeningen"},
		{"case matters for short forms", "een lat van hout; LATER", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := table.Expand(c.text); got != c.want {
				t.Errorf("Expand(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

// A document's table is rebuilt from its chunks, so answer checks get the
// same table as ingest without storing it.
func TestFromChunks(t *testing.T) {
	chunks := []bronwijzer.Chunk{
		{Text: "Deze standaard is opgesteld met de Nederlandse Werkgroep Kristalartropathieën (NWKA)."},
		{Text: "Bepaal de ALAT vóór de start.", Kind: bronwijzer.KindText},
		{Text: "dd = maal per dag; ALAT = alanineaminotransferase.", Kind: bronwijzer.KindNote},
	}
	want := []Pair{{"ALAT", "alanineaminotransferase"}, {"NWKA", "Nederlandse Werkgroep Kristalartropathieën"}}
	if diff := cmp.Diff(want, FromChunks(chunks).Pairs()); diff != "" {
		t.Errorf("FromChunks (-want +got):\n%s", diff)
	}
}

// Two different long forms from list lines leave the short form out: the
// document does not say which it means. A parenthesis outranks a list.
func TestAmbiguous(t *testing.T) {
	got := Learn("HAP Huisartsenpost\nHAP Hulp Aan Patiënten\nGGD Gemeentelijke Gezondheidsdienst\nde Gemeentelijke Gezondheidsdiensten (GGD)").Pairs()
	want := []Pair{{"GGD", "Gemeentelijke Gezondheidsdiensten"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
