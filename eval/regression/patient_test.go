package regression

import (
	"context"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/api/redact"
)

// TestPatientDetailsAnswerLikeTheQuestion asks the real answerer over the
// four dev guidelines a question about one patient in three forms: with
// the patient as "een vrouw", with her name and BSN (which the service
// redacts), and without either. The words for the patient and her details
// are who the advice is for, not what the guideline must say: the three
// get the same answer, the first trimester's contra-indication, and no
// answer or reason repeats the details.
func TestPatientDetailsAnswerLikeTheQuestion(t *testing.T) {
	svc := guidelineAnswerer(t, answer.Config{Redact: redact.New().String})
	var answers []string
	for _, q := range []string{
		"Mag ik tarvomycine geven aan een vrouw die 10 weken zwanger is?",
		"Mevrouw Jansen (BSN 111222333) is 10 weken zwanger: mag ik tarvomycine geven?",
		"Is 10 weken zwanger: mag ik tarvomycine geven?",
	} {
		resp, err := svc.Ask(context.Background(), answer.Request{Question: q})
		if err != nil {
			t.Fatal(err)
		}
		if resp.Abstained || !strings.Contains(resp.Answer, "eerste trimester") {
			t.Errorf("%q: abstained %v (%q), answer %q; want the first trimester's contra-indication", q, resp.Abstained, resp.Reason, resp.Answer)
		}
		for _, detail := range []string{"Jansen", "111222333"} {
			if strings.Contains(resp.Answer+resp.Reason, detail) {
				t.Errorf("%q: the answer or reason repeats %q", q, detail)
			}
		}
		answers = append(answers, resp.Answer)
	}
	if answers[0] != answers[1] || answers[1] != answers[2] {
		t.Errorf("the forms got different answers:\n%q\n%q\n%q", answers[0], answers[1], answers[2])
	}
}

// TestShareAmongTheAgeGroupAsked asks the real answerer over the held-out
// FT-05 how often a complication occurs among patients of an age group,
// and how long or how often other things last or happen.
// "70-plussers" is an age (70 years or older), which the guideline's
// "patiënten ouder dan 70 jaar" meets; before it was read as a word the
// guideline lacks, and the question was refused (0.63). A share of another
// complication is no answer: "leverontsteking" beside a "nierfunctie"
// names no nierontsteking, and before it did, with "ouder dan 70 jaar"
// that share was the answer to a question about the kidneys.
func TestShareAmongTheAgeGroupAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout", answer.Config{}), []asked{
		{"Hoe vaak krijgen 70-plussers met kwelderkoorts een leverontsteking?", "ouder dan 70 jaar is dat 11%", ""},
		{"Hoe vaak krijgen 70-plussers met kwelderkoorts een nierontsteking?", "", ""},
		{"Hoe vaak krijgen patiënten ouder dan 70 jaar met kwelderkoorts een nierontsteking?", "", ""},
		{"Hoe vaak krijgen 70-plussers met kwelderkoorts een longontsteking?", "", ""},
		// the event named right after the verb; a referral list that names
		// it ("Verwijs met spoed … bij: geelzucht; … minder dan 400 ml urine
		// per dag") gives no share of it, "per dag" no rate among patients
		{"Hoe vaak ontstaat nierfalen bij kwelderkoorts?", "", ""},
		{"Hoe vaak komt geelzucht voor bij kwelderkoorts?", "", ""},
		// "Kinderen (≥ 1 jaar)" is an age, no length of a treatment
		{"Hoe lang mag mirtacetol maximaal gegeven worden?", "", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft11", answer.Config{}), []asked{
		{"Hoe lang gebruik ik pravetrine-oorzalf?", "", "2 dd dun aanbrengen"}, // "Kinderen 1–5 jaar" is no length
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft10", answer.Config{}), []asked{
		{"Hoe vaak mag mucaflor-keelspray per dag worden gebruikt?", "max. 4 dd 2 verstuivingen", ""}, // a use, no incidence
	})
}

// TestRowOfThePatientsPopulation asks the real answerer over the held-out
// FT-10, whose dose table keys each drug's rows by the patient ("Patiënt:
// Kinderen 2–12 jaar", "Volwassenen", "eGFR < 30 ml/min"). The row of the
// children of 2 to 12 was the answer for a boy of 14, shown without its
// population cell (the cell outside his age was left out and the dose
// stayed); then the adults' and the kidney's rows. A row for a population
// is none for a patient outside it. And a row or sentence for the opposite
// case of the one asked ("met stridor" for "zonder stridor", "zonder
// behandeling" for "na behandeling", "ongecompliceerd" for
// "gecompliceerd", FT-09) answers nothing of it.
func TestRowOfThePatientsPopulation(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft10", answer.Config{}), []asked{
		{"Welke dosering pentavir voor een jongen van 14 jaar?", "", ""},
		{"Welke dosering pentavir voor een meisje van 8 jaar?", "Patiënt: Kinderen 2–12 jaar · Dosering: 2 dd 15 mg/kg", ""},
		{"Hoeveel pentavir krijgt een man van 40 jaar?", "Patiënt: Volwassenen · Dosering: 2 dd 500 mg", "eGFR"},
		{"Hoeveel pentavir krijgt een man van 40 jaar met een eGFR van 20?", "Patiënt: eGFR < 30 ml/min · Dosering: 1 dd 250 mg", ""},
		{"Hoeveel soralide geef ik aan een kind zonder stridor in rust?", "", ""},
		{"Hoeveel soralide krijgt een kind met stridor in rust?", "0,3 mg/kg (max. 8 mg)", ""},
	})
	refusedFor(t, registryAnswerer(t, "../../testdata/heldout/ft10", answer.Config{}),
		"Hoeveel soralide geef ik aan een kind zonder stridor in rust?", "noemen dit bij ‘met stridor’, niet bij ‘zonder stridor’")
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft09", answer.Config{}), []asked{
		{"Hoe snel geneest gecompliceerd glasoog?", "", ""},
		{"Hoe vaak ontstaat een litteken op het hoornvlies na behandeling?", "", ""},
		{"Hoe vaak ontstaat een litteken op het hoornvlies zonder behandeling?", "Zonder behandeling ontstaat bij 5% een litteken", ""},
	})
	// building a dose up is not tapering it ("bouw kordipram daarbij in 2
	// weken af"): the particle of a separable verb turned around
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft06", answer.Config{}), []asked{
		{"Hoe bouw ik kordipram op?", "", "in 2 weken af"},
		{"Hoe bouw ik kordipram af?", "in 2 weken af", ""},
	})
}

// TestWhatTheActIsAbout asks the real answerer over held-out guidelines
// questions whose act is about one thing where a passage does the same
// act about another. "Hoe vaak controleer ik het hemoglobine?" was
// answered with FT-08's yearly check of the ferritine; a question that
// withholds a drug ("… die allergisch is voor vitrexa", "… overgevoelig
// is voor lindoxan") got the alternative with that drug's own dose row or
// a sentence advising it beside it.
func TestWhatTheActIsAbout(t *testing.T) {
	ft08 := registryAnswerer(t, "../../testdata/heldout/ft08", answer.Config{})
	askAll(t, ft08, []asked{
		{"Hoe vaak controleer ik het hemoglobine?", "", ""},
		{"Hoe vaak controleer ik het ferritine?", "eenmaal per jaar, met het ferritine", ""},
	})
	refusedFor(t, ft08, "Hoe vaak controleer ik het hemoglobine?", "noemen ‘hemoglobine’ niet in dit verband")
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft09", answer.Config{}), []asked{
		{"Wat geef ik een volwassene die allergisch is voor vitrexa?", "lumivir-oogzalf", "6 dd 1 druppel"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft11", answer.Config{}), []asked{
		{"Welk middel geef ik als de patiënt overgevoelig is voor lindoxan?", "moxalide gedurende 5 dagen", "met lindoxan oraal"},
	})
}

// TestShortQuestionsAboutAPatient asks the real answerer questions typed
// in a few words, and questions that name a patient only by an age. A
// row shown with no cell but its drug and population ("Middel: pentavir
// … · Patiënt: Volwassenen" for its side effects, "Middel: tessamol" for
// an eGFR of 40) answered nothing and was given; "korvidine tijdens
// borstvoeding?" got a statement about pregnancy; "kordipram bij een
// 14-jarige?" got adult advice, and "Hoeveel trovaprofen mag een
// 14-jarige?" the adults' dose beside the children's.
func TestShortQuestionsAboutAPatient(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft10", answer.Config{}), []asked{
		{"Welke bijwerkingen heeft pentavir?", "", "Patiënt: Volwassenen"},
		// a use per period, no incidence: refused with "… noemen geen
		// frequentie of interval"
		{"mucaflor hoe vaak per dag?", "max. 4 dd 2 verstuivingen", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft06", answer.Config{}), []asked{
		{"kordipram bij een 14-jarige?", "", ""},
	})
	// each word of a question typed as a few words says what it is about:
	// both got FT-08's sentences on pregnancy and breastfeeding (0.68)
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft08", answer.Config{}), []asked{
		{"dopravine bijwerkingen?", "", ""},
		{"dopravine en oxazepam?", "", ""},
		{"dopravine nierfunctie?", "eGFR 30–59: maximaal 1 dd 150 mg", ""},
	})
	askAll(t, guidelineAnswerer(t, answer.Config{}), []asked{
		{"tessamol bij eGFR 40?", "", ""},
		{"morvastine zalf baby 1 jaar?", "", ""},
		{"korvidine tijdens borstvoeding?", "", ""},
		{"Hoeveel trovaprofen mag een 14-jarige?", "Kinderen: ≥ 12 jaar: 5 mg/kg 2 dd", "Volwassenen"},
		// the word after "dosis" is the patient, not the drug dosed: the
		// row was ruled out as another drug's
		{"pranolisine dosis baby 8 maanden?", "1 maand – 1 jaar: 2 dd 3 mg/kg", ""},
	})
}

// TestPatientDescribedInFull asks the real answerer questions that
// describe the patient in full, as a clinician does with the patient in
// front of them. "Een man van 45" states an age without its unit: read
// as none, the kidney's row of FT-10 answered how much pentavir syrup he
// takes. A referral to the paediatrician is no answer for an adult; a
// sentence that allows the drug the patient is allergic to ("Vitrexa-
// oogdruppels mogen tijdens de zwangerschap … worden gebruikt") is none
// for her, whatever she is asked about; and a question which
// prophylaxis to give with velamistat is not answered by velamistat's
// own row.
func TestPatientDescribedInFull(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft10", answer.Config{}), []asked{
		{"Een man van 45 met ernstige fluitkeel kan geen tabletten slikken; hoeveel ml pentavir-drank geeft hij zichzelf per keer?", "Patiënt: Volwassenen · Dosering: 2 dd 500 mg", "eGFR"},
		{"Een volwassene van 40 heeft een KAT van 8; naar wie verwijs ik met spoed?", "", "kinderarts"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft09", answer.Config{}), []asked{
		{"Een vrouw van 20 weken zwanger met glasoog is allergisch voor vitrexa; wat mag zij?", "", "Vitrexa-oogdruppels mogen"},
		{"Een baby van 3 maanden met glasoog is allergisch voor lumivir; wat geef ik dan?", "", "0,5 cm zalf"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout", answer.Config{}), []asked{
		{"Een vrouw van 30 die borstvoeding geeft is allergisch voor dorvaxine; mag ik haar prelamycine geven?", "", "Dorvaxine mag"},
	})
	// the word after "een eGFR van 20" is no slot of "van": FT-07 was
	// said not to name ‘braakt’
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft07", answer.Config{}), []asked{
		{"Een man van 50 met een eGFR van 20 braakt aanhoudend bij zandbuik; hoeveel motrexide geef ik?", "geen aanpassing nodig", ""},
	})
	askAll(t, guidelineAnswerer(t, answer.Config{}), []asked{
		{"Een man van 50 met een eGFR van 45 start met velamistat; welke aanvalsprofylaxe geef ik en in welke dosis?", "", "velamistat tablet"},
	})
}

// TestWhatAndWhomTheShareOrActIsOf asks the real answerer for a share in
// a trimester the source does not give ("vooral in het derde trimester"
// for the first), a share of an event typed without a verb ("hoe vaak
// abces bij kinderen?" got the incidence of klepperoor), and a tapering
// the source gives for another drug ("bouw somnarol in 2 weken af en stap
// over op dopravine" for dopravine's).
func TestWhatAndWhomTheShareOrActIsOf(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft08", answer.Config{}), []asked{
		{"Hoeveel procent van de zwangeren heeft in het eerste trimester klachten?", "", ""},
		{"In hoeveel weken bouw ik dopravine af?", "", "bouw somnarol"},
		{"In hoeveel weken bouw ik somnarol af?", "bouw somnarol in 2 weken af", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft11", answer.Config{}), []asked{
		{"hoe vaak abces bij kinderen?", "", ""},
	})
}

// TestDefinitionIdioms asks the real answerer for a term's definition in
// the idioms "wat telt als" and "wanneer noem je": they got a sentence on
// relaxation exercises ("… verminderen het aantal aanvalsdagen …") and on
// the course's length ("De diarree duurt gemiddeld 4 dagen. Bij 2% …
// ontstaat een gecompliceerd beloop") instead of the term's own entry.
func TestDefinitionIdioms(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft06", answer.Config{}), []asked{
		{"Wat telt als aanvalsdag bij dwarrelhoofdpijn?", "ten minste 1 uur dwarrelhoofdpijn", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft07", answer.Config{}), []asked{
		{"Wanneer noem je zandbuik gecompliceerd?", "bloed bij de ontlasting", ""},
	})
}

// refusedFor asks the real answerer a question and checks that it is
// refused with a reason that says why.
func refusedFor(t *testing.T, svc *answer.Service, question, why string) {
	t.Helper()
	resp, err := svc.Ask(context.Background(), answer.Request{Question: question})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Abstained || !strings.Contains(resp.Reason, why) {
		t.Errorf("%q: abstained %v, reason %q; want a refusal that says %q", question, resp.Abstained, resp.Reason, why)
	}
}
