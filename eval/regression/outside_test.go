package regression

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
)

// outsideSet holds clinical questions that neither the bundled reports nor
// the four dev guidelines answer (krentenbaard, longembolie, astma,
// statines …; c001–c015 written before any was scored, c016–c045 and
// c046–c075 two more batches written the same way), never fitted on: they
// measure what the held-out bound of the dev sets cannot, how often a
// question about a condition outside the corpus gets an answer from a
// passage that mentions its words in passing.
const outsideSet = "../datasets/outside.jsonl"

// TestOutsideSetRatchet asks the outside set of both corpora and fails when
// more of its questions are answered than the committed figures below, so
// a change can lower them and none can raise them unseen. The figures are
// above the 5 % the dev sets are held to: the words of such a question
// stand in another source's passages (a Kompas sentence on AI reading
// spirometry; a guideline's decision rule or differential diagnosis), and
// the outside rule catches only those whose condition no source names at
// all, and the scattered-question rule those whose passages come from
// several guidelines (docs/answering.md, "Questions outside the corpus").
func TestOutsideSetRatchet(t *testing.T) {
	qs := load(t, outsideSet, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) })
	an, cfgs := hybridAnalysed(t)
	for _, tt := range []struct {
		name     string
		provider func(t *testing.T) eval.Provider
		answered int // at most, of 75
	}{
		{"bundled reports", openBundled, 2},
		{"dev guidelines", func(t *testing.T) eval.Provider {
			searcher := &retrieval.HybridSearcher{Store: openGuidelineStore(t), Embedder: embed.NewLocal(embed.DefaultDim), Analyzer: an}
			return stack{searcher: searcher, analyzer: an}.provider()
		}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := eval.Runner{K: 5}.Evaluate(context.Background(), tt.provider(t), cfgs, qs)
			if err != nil {
				t.Fatal(err)
			}
			var table bytes.Buffer
			if err := rep.WriteTable(&table); err != nil {
				t.Fatal(err)
			}
			var answered []string
			for _, r := range rep.Runs[0].Results {
				if r.Answerable {
					t.Fatalf("%s is marked answerable: the outside set holds only questions outside the corpus", r.ID)
				}
				if r.Answered() {
					answered = append(answered, r.ID)
				}
			}
			t.Logf("outside set, %s: answered %v\n%s", tt.name, answered, table.String())
			if len(answered) > tt.answered {
				t.Errorf("%d of %d questions outside the corpus answered (%v), more than the %d committed", len(answered), len(qs), answered, tt.answered)
			}
		})
	}
}

// paraphraseSet holds answerable questions on the four dev guidelines in
// other words than the guidelines use ("meteen naar het ziekenhuis
// sturen" for "verwijs met spoed", "niet verdraagt" for
// "overgevoeligheid"), written on 2026-12-03 and never fitted on: how the
// answerer does on a practice's wording.
const paraphraseSet = "../datasets/paraphrase.jsonl"

// TestParaphraseSetRatchet asks the paraphrase set and fails when fewer of
// its questions are answered citing the evidence, or more are answered
// without it, than the committed figures.
func TestParaphraseSetRatchet(t *testing.T) {
	qs := load(t, paraphraseSet, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) })
	an, cfgs := hybridAnalysed(t)
	searcher := &retrieval.HybridSearcher{Store: openGuidelineStore(t), Embedder: embed.NewLocal(embed.DefaultDim), Analyzer: an}
	rep, err := eval.Runner{K: 5}.Evaluate(context.Background(), stack{searcher: searcher, analyzer: an}.provider(), cfgs, qs)
	if err != nil {
		t.Fatal(err)
	}
	const minRight, maxWrong = 14, 0 // of 24
	var right, wrong []string
	for _, r := range rep.Runs[0].Results {
		switch {
		case !r.Answerable:
			t.Fatalf("%s is marked unanswerable: the paraphrase set holds only answerable questions", r.ID)
		case !r.Answered():
		case r.EvidenceCited != nil && *r.EvidenceCited:
			right = append(right, r.ID)
		default:
			wrong = append(wrong, r.ID)
		}
	}
	t.Logf("paraphrase set: right %v, wrong %v", right, wrong)
	if len(right) < minRight || len(wrong) > maxWrong {
		t.Errorf("%d of %d answered citing the evidence (at least %d committed), %d without (%v; at most %d)",
			len(right), len(qs), minRight, len(wrong), wrong, maxWrong)
	}
}

// TestGuidelineQuestionsOnTheReportsRatchet asks every guideline question
// of the repository (the dev guideline set, the paraphrases and the
// held-out sets FT-05 to FT-19, 1106 questions, answerable or not) of the
// bundled reports, which treat none of those guidelines: each is outside
// that corpus, as a question on a guideline a practice has not loaded. It
// fails when more are answered than the committed figure. Those answered
// on 2026-12-03 (eighth session): ft01-23, ft01-38, p03, p06, p24,
// ft06-u09, ft07-h26 and ft08-h22; FT-11's, written on 2026-12-04, added
// ft11-h17 and ft11-n05 ("Welke bijwerkingen heeft lindoxan?", a subject
// after the verb: objectSlot); FT-12's, written on 2026-12-05, ft12-u24
// ("Hoe snel werkt corvalumide?", answered with "De snelle opkomst van
// AI …": the subject of the verb after "hoe" is a slot too); FT-13's
// ft13-u28 ("Hoe behandel ik korstvoet aan de handen?": an object before
// "aan" is one too) and ft13-a54 ("KEI 9 wat is eerste keus?": the short
// form of a score the question gives a value of must be one the sources
// name). Since two words no source names refuse a
// question (outsideSources), ft01-23 and ft11-h17 are refused. Those
// left: a question whose words the reports all use ("Wanneer evalueer ik het effect van
// de medicatie?"). Since a
// single word no longer spells out a short form (2026-12-05:
// "ambervlekkenziekte" has the letters of "AI" in that order), ft01-38,
// p03 and ft06-u09 are refused too; since a short definition question
// needs a text that names each word of its term, ft07-h26 ("Wat is
// matige uitdroging?", answered with a sentence on "doelmatigheid");
// since a compound named only in part is absent and the patient is no
// complement, p06 ("Kunnen gezinsleden ambervlekkenziekte van de patiënt
// krijgen?"); since the object of a relative clause on the patient is
// what a question is about, p24 ("… bij een patiënt die beluxaan
// gebruikt?"). FT-14's and FT-15's, written on 2026-12-05, added
// ft14-a13 ("Waar staat RIS-score voor?": "RIS" was found at the start of
// "risico"; a short form is a word of its own), ft15-a39
// ("Lithiumgebruiker heeft mucotrexan nodig, wat te doen?": the first word
// counts among the words no source names, unless it may be the verb of a
// yes/no question) and ft14-a18 ("Op basis waarvan stel je de diagnose
// ritselhuid?", left: one word the sources lack, "ritselhuid", after a
// noun without a preposition, which no rule reads as what it is about).
// FT-16's and FT-17's, written the same day, added four, left: a
// question whose one word the reports lack is the drug or condition it
// is about, where no rule reads it as a slot ("Heeft pelisotam interacties
// …?", "Graveloxine innemen voor of na het eten?", "Veenringen na 9 weken
// …", "… bij lichte vonkjeuk?": an adjective without an article). Reading
// the word after a question's opening verb, a question's first noun and
// such an adjective as slots refused these, and cost 4 of the dev
// guideline set's answers, 4 of FT-14's and 3 of FT-15's: not kept.
// FT-18's, written the next session (86 questions, 1020 in all), added
// four of the same kind, answered from the reports by the build before
// that session too: the drug or condition after "bij" and an adjective
// ("bij lichte mistelschub"), after "voor" ("Moet er een ECG gemaakt
// worden voor taliprozine?"), after a noun without a preposition ("na
// een kuur quellomide") and in a clause after "voordat": ft18-a25,
// ft18-a49, ft18-a50, ft18-u26. Since a question that names an
// interaction needs a candidate that speaks of drugs used together,
// ft16-a31 ("Heeft pelisotam interacties …?") is refused. FT-19's (86
// questions, 1106 in all) added four: three with no word the reports lack
// ("Wanneer evalueer ik het effect van de medicatie?", "Wanneer verwijs ik
// niet-spoedeisend naar de dermatoloog?", "Van wanneer is deze standaard
// en wanneer wordt hij herzien?") and one whose drug stands in a clause
// after "voordat" (ft19-a20). FT-20's (86 questions, 1192 in all) added
// two of the known kinds: the condition after "bij" and an adjective
// without an article ("Wat geef ik bij lichte nevelrug met pijn?", read
// as a slot "lichte" that the reports name) and the drug after a verb's
// particle and "op" ("Wanneer stap ik over op lindoravet?"): ft20-a13,
// ft20-a14. FT-21's (87 questions, 1279 in all) added one of the first
// kind: "Wat geef ik bij lichte rijpvinger met pijn?" (ft21-a11). An
// adjective in -e without an article before a noun that ends the question
// or stands before a preposition is read as that noun's since
// (answer bareAttributive: "bij lichte rijpvinger" is about rijpvinger), and
// four are refused: ft17-a24, ft18-a25, ft20-a13, ft21-a11. The object of
// a clause that "voordat", "nadat", "zodra" or "totdat" opens with a
// pronoun is a slot since ("… voordat ik pexatrilan start?"): ft18-u26
// and ft19-a20 are refused; so is the one word a preposition leads at a
// question's end ("Wanneer stap ik over op lindoravet?", "… gemaakt
// worden voor taliprozine?"; not "waar … op letten"): ft18-a49, ft20-a14;
// and the object an infinitive follows at a question's start
// ("Graveloxine innemen voor of na het eten?"): ft16-a35. FT-22's (88
// questions, 1367 in all) added one, the word that opens a question
// before a slot preposition ("brelomycine bij een baby van 8 kg?"), read
// as a slot since: none. FT-23's and FT-24's (88 and 90 questions, 1545
// in all) added four: three whose words the reports all use ("Wanneer is
// het effect van de behandeling voldoende?", "Wanneer is een thoraxfoto
// geïndiceerd?", "Bloedende papels op de pols: naar wie en hoe snel
// verwijzen?") and one whose drug stands after a phrase of time and the
// verb ("Hoe snel na inname werkt marocetil?", ft24-u25), read as the
// subject since (answer phrasePrepositions): 10 of 1545. FT-25's and
// FT-26's (93 and 92 questions, 1730 in all) added two: "Wanneer geldt
// de behandeling als effectief?", whose words the reports all use, and
// "Nevramol werkt na 8 weken onvoldoende, wat nu?", whose drug opens the
// question before its verb, read as a slot since (answer finite): 11 of
// 1730. FT-27's and FT-28's (96 and 95 questions, 1921 in all) added
// four: "Hoe betrouwbaar is de NTS?" (the Kompas names an NTS-triage
// system), "Hoeveel verhoogt diabetes het risico op een klokvinger?"
// (all its words but the condition the reports use), and two whose drug
// stands where no rule reads a slot ("Vanaf welke leeftijd mag mendaxin
// gegeven worden?", "In welke sterktes is pelantrol beschikbaar?"). A
// word that is no word of the compound dictionary taken for a name
// refused them, but the dictionary holds the parts compounds are made of,
// not inflections ("toegestaan", "ingenomen"): it refused 67 answered
// answerable questions of the sets (and 5 unanswerable). 15 of 1921.
// FT-29's and FT-30's (97 and 93 questions, 2111 in all) added none: 15
// of 2111. FT-31's and FT-32's (95 and 96, 2302 in all) added six: four
// whose drug is the subject of a copula or modal before the predicate
// that ends the question, or the object of a separable verb before its
// particle ("In welke sterktes is tramsolide verkrijgbaar?", "Wanneer
// voeg ik pelorine toe?"), now slots that refuse them with FT-27's
// mendaxin and FT-28's pelantrol questions of the kind; left are "Wie
// start ostreferon en wanneer?" (a subject question word before the
// verb), "Wanneer verwijs ik niet-spoedeisend naar de longarts?" and
// "Wat wordt gecontroleerd bij de controle na 2 weken?". 16 of 2302.
// FT-33's and FT-34's (97 and 98, 2497 in all) added "Wanneer ga je naar
// de volgende stap in het stappenplan?", answered with the Kompas on
// predicting blood sugar: a question with no subject of its own, whose
// words the reports use. 17 of 2497. FT-35's and FT-36's (93 each, 2683 in
// all) added one: "Wat geldt als respons op de behandeling?",
// a question whose words the Kompas uses of AI. 18 of 2683. FT-37's and
// FT-38's (96 and 97, 2876 in all) added three whose drug or condition
// stands where no rule reads a slot: after the verb that ends the
// question ("Bij hoeveel procent van de patiënten werkt cetrafol?"),
// between the verb that opens a yes/no question and its particle ("Gaat
// vederhals vanzelf over?") and after "als" ("Wat als sorbatrol na een
// week niet helpt?"). 21 of 2876. The last two are now read: the
// subject between a finite verb that opens a question of three to five
// words and the particle that ends it, and the word after "Wat als"
// (particled, whatIf). 19 of 2876. FT-39's (91, 2967 in all) added "Vrouw
// van 81 jaar, stap 2 van het stappenplan: hoeveel tiprazol?", whose drug
// stands after "hoeveel" at the end of the question, answered with the
// Kompas on predicting blood sugar: 20 of 2967. FT-40's (94, 3061 in
// all) added none: 20 of 3061. FT-41's and FT-42's (95 and 94, 3250 in
// all) added three: "Hoe vaak per jaar mag een kuur pemalorix gegeven
// worden?" (the drug after "kuur", no slot), "Wanneer verwijs ik
// niet-spoedeisend naar de longarts?" (as FT-28's) and "Waar staat sVC
// voor?", a short form no passage uses, now refused
// (TestUnknownShortFormIsRefused): 22 of 3250. FT-43's and FT-44's (93
// and 98, 3441 in all) added two terse ones whose words the Kompas uses of
// other things: "Welk lab voor start carbatrol?" (the drug after "start",
// no slot; "Het lab draaide …") and "Wat doe je bij de controle na 4
// weken?": 24 of 3441. FT-45's (96, 3537 in all) added "Wanneer heet
// roestknie chronisch?", whose verb links as a copula does, now refused
// (TestUnknownSubjectsAreRefused): 24 of 3537. FT-46's (99, 3636 in all)
// added two: "Controle bij een patiënt met diabetes en muizenoor?" (one
// word the reports do not name, after "en") and "Welke stappen kent het
// medicamenteuze stappenplan?", whose words the Kompas uses: 26 of 3636.
// FT-47's and FT-48's (91 and 93, 3820 in all) added two of FT-48's,
// questions whose words the reports use of other things: 28 of 3820.
// Later sets, to FT-68's, brought it to 50 of 5705; FT-69's to FT-72's
// (403, 6108 in all) added four whose words the Kompas uses of other
// things ("Waar staat a.n. voor?", "Hoeveel procent geneest zonder
// behandeling?", "rietroos rond het oog wat doen", "Vanaf welke
// leeftijd mag dermofaxine-crème?"): 54 of 6108. FT-73's to FT-76's (407,
// 6515 in all) added seven of FT-74's and FT-75's whose drug or condition
// no source names, in no slot a rule reads ("Hoe breng ik halvenicol crème
// aan?", "Wat is het tweede keus middel bij uitgebreide mossenuitslag?"):
// 61 of 6515. FT-77's to FT-80's (407, 6922 in all) added eleven
// questions that name no subject, whose words the Kompas uses of other
// things ("Wanneer is spirometrie zinvol?", "Wanneer controle na start
// behandeling?"): 72 of 6922. FT-81's to FT-84's (407, 7329 in all)
// added four more of those: 76 of 7329. FT-85's and FT-86's (202, 7531
// in all) added three of FT-86's: 79 of 7531. FT-87's to FT-90's (405,
// 7936 in all) added nine, questions on a drug or sign the reports never
// name in no slot a rule reads ("Na 3 dagen pelvaxine nog steeds koorts,
// wat nu?", "Wat betekent SEH?"): 88 of 7936. FT-91's to FT-94's (416,
// 8352 in all) added nine more of those: 97 of 8352. FT-95's to FT-98's
// (408, 8760 in all) added five: 102 of 8760. FT-99's to FT-102's (406,
// 9166 in all) added eight: 110 of 9166. FT-103's to FT-106's (426,
// 9592 in all) added three: 113 of 9592. FT-107's to FT-110's (421,
// 10013 in all) added nine that name no subject, whose words the Kompas
// uses of other things ("Wanneer evalueer ik het effect van de
// behandeling?", "Wanneer overleg ik met de arts-microbioloog?"): 122 of
// 10013. FT-111's to FT-114's (419, 10432 in all) added seven more of
// those ("Hoe effectief is pelmadolgel?", "Moet dommelhoest gemeld worden
// bij de GGD?"): 129 of 10432. The model refitted on the trimester the
// search adds for a pregnancy's weeks answers one more, a share the Kompas
// gives of something else ("Hoeveel procent van de besmette mensen heeft
// geen klachten?"): 130 of 10432. FT-115's to FT-122's (880, 11312 in
// all) added nine more that name no subject: 139 of 11312. FT-123's to
// FT-126's (447, 11759 in all) added one: 140 of 11759. FT-127's to
// FT-130's (448, 12207 in all) added four that name no subject ("In welke
// maanden komt ringmosselkoorts vooral voor?", "Welke controles plan je na
// de start van de behandeling?"): 144 of 12207. One word no source names
// ("ringmosselkoorts") is not enough to refuse (outsideSources), and the
// question holds no other word that says what it is about. FT-131's to
// FT-134's (447, 12654 in all) added six, two of them on a drug or
// condition the reports never name ("Welke bijwerkingen heeft korvaxiline
// bij volwassenen?", "Moet borvelkoorts gemeld worden bij de GGD?"): 150
// of 12654. FT-135's to FT-138's (447, 13101 in all) added eight, none
// naming a subject the reports know: 158 of 13101. FT-139's to FT-142's
// (450, 13551 in all) added ten, none naming a subject the reports know:
// 168 of 13551. FT-143's to FT-146's (449, 14000 in all) added seven, one
// on a drug the reports never name ("Hoelang mag een volwassene prastoprol
// gebruiken?"): 175 of 14000. FT-147's to FT-150's (450, 14450 in all)
// added ten, one on a drug the reports never name ("Welke bijwerkingen
// heeft gravelaxine op de lever?"), the rest naming no subject they know:
// 185 of 14450. FT-151's to FT-154's (449, 14899 in all) added nine,
// none naming a subject the reports know: 194 of 14899. FT-155's to
// FT-157's (338, 15237 in all) added three, none naming a subject the
// reports know: 197 of 15237. FT-158's (113, 15350 in all) added none:
// 197 of 15350. FT-159's to FT-162's (451, 15801 in all) added six, three
// on a disease the reports never name ("In welke maanden komt
// gruttokoorts vooral voor?", the same of zeggekoorts, "Moet zompkoorts
// gemeld worden aan de GGD?"), the rest naming no subject they know: 203
// of 15801. Since a question that names nothing the sources are about
// and a word they never use must get a candidate naming what it asks for
// (TestUnknownSubjectAskedForOnTheReports): 185 of 15801. FT-163's to
// FT-166's (451, 16252 in all) added five, one on a disease the reports
// never name ("In welke maanden piekt kooikerskoorts?", answered with a
// sentence that names months), the rest naming no subject they know: 190
// of 16252. FT-167's to FT-170's (451, 16703 in all) added six, two on a
// disease the reports never name ("Welke behandeling krijgt ernstige
// schouwkoorts in het ziekenhuis?", "Moet grintelkoorts gemeld worden bij
// de GGD?"), the rest naming no subject they know: 196 of 16703.
// FT-172's to FT-174's (336, 17039 in all) added seven, one naming a
// drug the reports never name ("Wat moet ik controleren bij een
// 80-jarige die brenazine krijgt?"), three asking when the first control
// is, the rest naming no subject they know: 203 of 17039. FT-175's to
// FT-178's (450, 17489 in all) added seven, three on a disease or drug
// the reports never name ("In welke maanden piekt slikwierkoorts?",
// "Wanneer ontstaat late zeekraalartritis?", "Patiënt heeft na 6 dagen
// salvoraxine nog steeds koorts. Wat te doen?"), the rest naming no
// subject they know: 210 of 17489. FT-179's to
// FT-182's (452, 17941 in all) added eleven, one on a disease the reports
// never name ("Wanneer verwijzen naar de oogarts na vlasrootkoorts?"), the
// rest naming no subject they know (when the first control is, when the
// fever falls, from which day a rapid test is reliable), with the notes
// searched then (withdrawn since): 221 of 17941. The answer model refitted
// after the rules on labelled items and score bands (docs/answering.md)
// answers one more of the older sets' (FT-96's "Kan een sporentest op dag
// 1 van de klachten fout-negatief zijn?", with a sentence on a chatbot's
// hundred complaints). FT-183's to FT-186's (450, 18391 in all) added ten,
// one on a disease the reports never name ("In welke maanden piekt
// dotterbloemartritis?"), six on FT-185's test and course ("Hoe snel is
// de uitslag van de DAT bekend?"), the rest naming no subject they know:
// 232 of 18391. FT-187's to FT-190's (449, 18840 in all) added thirteen,
// one on a drug the reports never name ("Wat voor soort middel is
// talumide?"), the rest naming no subject they know (how the course
// goes, in which months, what a short form stands for): 245 of 18840.
// FT-191's to FT-194's (451, 19291 in all) added eleven, none naming a
// subject the reports know ("Waar staat LMB voor?", "In welke maanden
// piekt kreekkoorts?"): 256 of 19291. FT-197's and FT-198's (224, 19515 in
// all) added seven, none naming a subject the reports know ("Wat is de
// SEH?", "Hoe snel zakt de koorts …?"): 263 of 19515. FT-199's to
// FT-202's (451, 19966 in all) added four, none naming a subject the
// reports know ("Wat is het beloop zonder behandeling?", "Wanneer overleg
// ik met een arts-microbioloog?"): 267 of 19966. FT-203's to FT-206's
// (450, 20416 in all) added eight, two naming a drug the reports never
// name and answered with a sentence that does not ("Hoeveel fernacilline
// krijgt een patiënt van 78 jaar?", a sentence on physiotherapy; "Welke
// bijwerkingen heeft kradomycine het vaakst?", one on chatbots that
// inform on side effects), the rest naming no subject they know: 275 of
// 20416. Since what a patient gets an amount of is a slot
// (receivedAmount), the first is refused: 274 of 20416. FT-207's to
// FT-210's (451, 20867 in all) added eight, one naming a drug the
// reports never name ("Welke bijwerkingen heeft pellacrine crème?", as
// kradomycine's above), the rest naming no subject they know ("Wanneer
// mag mijn patiënt weer intensief sporten?", "Na 6 weken nog
// gewrichtsklachten, wat moet ik doen?"): 282 of 20867. The answer
// model refitted for labelled lines as candidates (labelledLine) answers
// two more, each naming a subject the reports never name in a question
// without a slot ("Heeft varnoxetil interacties met andere
// geneesmiddelen?", with a sentence on chatbots that advise on food;
// "Wanneer ontstaat duinschurftnefritis …?"): 284 of 20867. Refusing a
// question whose one unknown word reads as a name (no word of the
// analyser's dictionary) refused these and 67 answers citing the evidence
// on the held-out sets ("bruikbaar", "inzetten" are no entries of it), and
// was not kept. FT-211's to FT-213's (338, 21205 in all) added six, one
// naming a drug the reports never name ("Voor welke klachten is
// wadderpram bedoeld?"), the rest naming no subject they know ("Hoe moet
// de ademfrequentie gemeten worden?", "Moet ik een thoraxfoto
// aanvragen?"): 290 of 21205. FT-214's to FT-217's (452, 21657 in all)
// added three, each naming a condition or drug the reports never name
// ("Wat verstaat de standaard onder grindartritis?", "Patiënt heeft na 6
// dagen torvamycine nog steeds koorts. Wat nu?", "Wanneer mag iemand na
// grindkoorts weer sporten?"): 293 of 21657. FT-218's to FT-220's (339,
// 21996 in all) added three, all FT-220's ("Bij welke bloeddruk is er
// een alarmsymptoom?", "Welke urineproductie geldt als alarmsymptoom?",
// "Waarom 7 dagen prunocilline en geen 10?"): 296 of 21996. FT-221's to
// FT-223's (339, 22335 in all) added three, each naming a condition or
// word the reports never name ("Moet mistelhoest gemeld worden bij de
// GGD?", "Hoe definieert de standaard trismus?", "Wanneer verwijs ik
// voor een tonsillectomie?"): 299 of 22335. FT-224's to FT-226's (339,
// 22674 in all) added five, three of FT-225's ("Waarop zijn de
// ml-hoeveelheden in de gewichtstabel gebaseerd?", "Wat is een normale
// mondopening bij een volwassene?", "Wie beschreef draaiwangziekte voor
// het eerst?") and two of FT-226's ("Moet sluierkoorts gemeld worden bij
// de GGD?", "Welke controles na start van de behandeling?"): 304 of
// 22674. FT-227's to FT-229's (339, 23013 in all) added two, both
// FT-228's ("Hoeveel procent krijgt een varenartritis zonder
// behandeling?", "Wanneer neem ik na start van de behandeling contact op
// met de patiënt?"): 306 of 23013. FT-230's to FT-232's (339, 23352 in
// all) added four: ft230-a76 ("Wanneer evalueer ik het effect van de
// behandeling?"), ft231-a41 ("Wanneer voeg ik fendrastatine toe aan de
// behandeling?"), ft231-a76 ("Hoeveel procent geneest zonder
// behandeling?") and ft232-a58 ("Op welk materiaal voer je de sneltest
// uit?"): 310 of 23352. FT-233's to FT-235's (339, 23691 in all) added
// six: ft234-a57 ("Sneltest op dag 1 negatief, wat nu?"), ft234-a59
// ("Moet ik een ECG maken voor quenarine bij een 70-jarige?"), ft234-a63
// ("In welke maanden piekt morvelkoorts?"), ft234-a71 ("Waarom maar 5
// dagen dravomycine en niet 10?"), ft235-a59 ("Hoeveel procent geneest
// spontaan?") and ft235-a75 ("Hoe wordt trismus gedefinieerd in deze
// standaard?"): 316 of 23691. FT-236's to FT-238's (339, 24030 in all)
// added one: ft237-a61 ("Welke criteria zitten in de keileemscore?"):
// 317 of 24030.
func TestGuidelineQuestionsOnTheReportsRatchet(t *testing.T) {
	var qs []eval.Question
	for _, set := range []string{guidelineSet, paraphraseSet, "../datasets/heldout.jsonl", "../datasets/heldout-ft06.jsonl",
		"../datasets/heldout-ft07.jsonl", "../datasets/heldout-ft08.jsonl", "../datasets/heldout-ft09.jsonl", "../datasets/heldout-ft10.jsonl",
		"../datasets/heldout-ft11.jsonl", "../datasets/heldout-ft12.jsonl", "../datasets/heldout-ft13.jsonl",
		"../datasets/heldout-ft14.jsonl", "../datasets/heldout-ft15.jsonl", "../datasets/heldout-ft16.jsonl", "../datasets/heldout-ft17.jsonl",
		"../datasets/heldout-ft18.jsonl", "../datasets/heldout-ft19.jsonl", "../datasets/heldout-ft20.jsonl", "../datasets/heldout-ft21.jsonl",
		"../datasets/heldout-ft22.jsonl", "../datasets/heldout-ft23.jsonl", "../datasets/heldout-ft24.jsonl",
		"../datasets/heldout-ft25.jsonl", "../datasets/heldout-ft26.jsonl", "../datasets/heldout-ft27.jsonl", "../datasets/heldout-ft28.jsonl",
		"../datasets/heldout-ft29.jsonl", "../datasets/heldout-ft30.jsonl", "../datasets/heldout-ft31.jsonl", "../datasets/heldout-ft32.jsonl",
		"../datasets/heldout-ft33.jsonl", "../datasets/heldout-ft34.jsonl", "../datasets/heldout-ft35.jsonl", "../datasets/heldout-ft36.jsonl",
		"../datasets/heldout-ft37.jsonl", "../datasets/heldout-ft38.jsonl", "../datasets/heldout-ft39.jsonl",
		"../datasets/heldout-ft40.jsonl", "../datasets/heldout-ft41.jsonl", "../datasets/heldout-ft42.jsonl",
		"../datasets/heldout-ft43.jsonl", "../datasets/heldout-ft44.jsonl", "../datasets/heldout-ft45.jsonl",
		"../datasets/heldout-ft46.jsonl", "../datasets/heldout-ft47.jsonl", "../datasets/heldout-ft48.jsonl",
		"../datasets/heldout-ft49.jsonl", "../datasets/heldout-ft50.jsonl", "../datasets/heldout-ft51.jsonl", "../datasets/heldout-ft52.jsonl",
		"../datasets/heldout-ft53.jsonl", "../datasets/heldout-ft54.jsonl", "../datasets/heldout-ft55.jsonl", "../datasets/heldout-ft56.jsonl",
		"../datasets/heldout-ft57.jsonl", "../datasets/heldout-ft58.jsonl", "../datasets/heldout-ft59.jsonl", "../datasets/heldout-ft60.jsonl",
		"../datasets/heldout-ft61.jsonl", "../datasets/heldout-ft62.jsonl", "../datasets/heldout-ft64.jsonl",
		"../datasets/heldout-ft65.jsonl", "../datasets/heldout-ft66.jsonl", "../datasets/heldout-ft67.jsonl", "../datasets/heldout-ft68.jsonl",
		"../datasets/heldout-ft69.jsonl", "../datasets/heldout-ft70.jsonl", "../datasets/heldout-ft71.jsonl", "../datasets/heldout-ft72.jsonl",
		"../datasets/heldout-ft73.jsonl", "../datasets/heldout-ft74.jsonl", "../datasets/heldout-ft75.jsonl", "../datasets/heldout-ft76.jsonl",
		"../datasets/heldout-ft77.jsonl", "../datasets/heldout-ft78.jsonl", "../datasets/heldout-ft79.jsonl", "../datasets/heldout-ft80.jsonl",
		"../datasets/heldout-ft81.jsonl", "../datasets/heldout-ft82.jsonl", "../datasets/heldout-ft83.jsonl", "../datasets/heldout-ft84.jsonl",
		"../datasets/heldout-ft85.jsonl", "../datasets/heldout-ft86.jsonl", "../datasets/heldout-ft87.jsonl", "../datasets/heldout-ft88.jsonl",
		"../datasets/heldout-ft89.jsonl", "../datasets/heldout-ft90.jsonl", "../datasets/heldout-ft91.jsonl", "../datasets/heldout-ft92.jsonl",
		"../datasets/heldout-ft93.jsonl", "../datasets/heldout-ft94.jsonl", "../datasets/heldout-ft95.jsonl", "../datasets/heldout-ft96.jsonl",
		"../datasets/heldout-ft97.jsonl", "../datasets/heldout-ft98.jsonl", "../datasets/heldout-ft99.jsonl", "../datasets/heldout-ft100.jsonl",
		"../datasets/heldout-ft101.jsonl", "../datasets/heldout-ft102.jsonl", "../datasets/heldout-ft103.jsonl", "../datasets/heldout-ft104.jsonl",
		"../datasets/heldout-ft105.jsonl", "../datasets/heldout-ft106.jsonl", "../datasets/heldout-ft107.jsonl", "../datasets/heldout-ft108.jsonl",
		"../datasets/heldout-ft109.jsonl", "../datasets/heldout-ft110.jsonl", "../datasets/heldout-ft111.jsonl", "../datasets/heldout-ft112.jsonl",
		"../datasets/heldout-ft113.jsonl", "../datasets/heldout-ft114.jsonl", "../datasets/heldout-ft115.jsonl", "../datasets/heldout-ft116.jsonl",
		"../datasets/heldout-ft117.jsonl", "../datasets/heldout-ft118.jsonl", "../datasets/heldout-ft119.jsonl", "../datasets/heldout-ft120.jsonl",
		"../datasets/heldout-ft121.jsonl", "../datasets/heldout-ft122.jsonl", "../datasets/heldout-ft123.jsonl", "../datasets/heldout-ft124.jsonl",
		"../datasets/heldout-ft125.jsonl", "../datasets/heldout-ft126.jsonl", "../datasets/heldout-ft127.jsonl", "../datasets/heldout-ft128.jsonl",
		"../datasets/heldout-ft129.jsonl", "../datasets/heldout-ft130.jsonl", "../datasets/heldout-ft131.jsonl", "../datasets/heldout-ft132.jsonl",
		"../datasets/heldout-ft133.jsonl", "../datasets/heldout-ft134.jsonl", "../datasets/heldout-ft135.jsonl", "../datasets/heldout-ft136.jsonl",
		"../datasets/heldout-ft137.jsonl", "../datasets/heldout-ft138.jsonl", "../datasets/heldout-ft139.jsonl", "../datasets/heldout-ft140.jsonl",
		"../datasets/heldout-ft141.jsonl", "../datasets/heldout-ft142.jsonl", "../datasets/heldout-ft143.jsonl", "../datasets/heldout-ft144.jsonl",
		"../datasets/heldout-ft145.jsonl", "../datasets/heldout-ft146.jsonl", "../datasets/heldout-ft147.jsonl", "../datasets/heldout-ft148.jsonl",
		"../datasets/heldout-ft149.jsonl", "../datasets/heldout-ft150.jsonl", "../datasets/heldout-ft151.jsonl", "../datasets/heldout-ft152.jsonl",
		"../datasets/heldout-ft153.jsonl", "../datasets/heldout-ft154.jsonl", "../datasets/heldout-ft155.jsonl", "../datasets/heldout-ft156.jsonl",
		"../datasets/heldout-ft157.jsonl", "../datasets/heldout-ft158.jsonl", "../datasets/heldout-ft159.jsonl", "../datasets/heldout-ft160.jsonl",
		"../datasets/heldout-ft161.jsonl", "../datasets/heldout-ft162.jsonl", "../datasets/heldout-ft163.jsonl", "../datasets/heldout-ft164.jsonl",
		"../datasets/heldout-ft165.jsonl", "../datasets/heldout-ft166.jsonl", "../datasets/heldout-ft167.jsonl", "../datasets/heldout-ft168.jsonl",
		"../datasets/heldout-ft169.jsonl", "../datasets/heldout-ft170.jsonl", "../datasets/heldout-ft172.jsonl",
		"../datasets/heldout-ft173.jsonl", "../datasets/heldout-ft174.jsonl", "../datasets/heldout-ft175.jsonl",
		"../datasets/heldout-ft176.jsonl", "../datasets/heldout-ft177.jsonl", "../datasets/heldout-ft178.jsonl", "../datasets/heldout-ft179.jsonl",
		"../datasets/heldout-ft180.jsonl", "../datasets/heldout-ft181.jsonl", "../datasets/heldout-ft182.jsonl", "../datasets/heldout-ft183.jsonl",
		"../datasets/heldout-ft184.jsonl", "../datasets/heldout-ft185.jsonl", "../datasets/heldout-ft186.jsonl", "../datasets/heldout-ft187.jsonl",
		"../datasets/heldout-ft188.jsonl", "../datasets/heldout-ft189.jsonl", "../datasets/heldout-ft190.jsonl", "../datasets/heldout-ft191.jsonl",
		"../datasets/heldout-ft192.jsonl", "../datasets/heldout-ft193.jsonl", "../datasets/heldout-ft194.jsonl", "../datasets/heldout-ft197.jsonl",
		"../datasets/heldout-ft198.jsonl", "../datasets/heldout-ft199.jsonl", "../datasets/heldout-ft200.jsonl", "../datasets/heldout-ft201.jsonl",
		"../datasets/heldout-ft202.jsonl", "../datasets/heldout-ft203.jsonl", "../datasets/heldout-ft204.jsonl", "../datasets/heldout-ft205.jsonl",
		"../datasets/heldout-ft206.jsonl", "../datasets/heldout-ft207.jsonl", "../datasets/heldout-ft208.jsonl", "../datasets/heldout-ft209.jsonl",
		"../datasets/heldout-ft210.jsonl", "../datasets/heldout-ft211.jsonl", "../datasets/heldout-ft212.jsonl", "../datasets/heldout-ft213.jsonl",
		"../datasets/heldout-ft214.jsonl", "../datasets/heldout-ft215.jsonl", "../datasets/heldout-ft216.jsonl", "../datasets/heldout-ft217.jsonl",
		"../datasets/heldout-ft218.jsonl", "../datasets/heldout-ft219.jsonl", "../datasets/heldout-ft220.jsonl", "../datasets/heldout-ft221.jsonl",
		"../datasets/heldout-ft222.jsonl", "../datasets/heldout-ft223.jsonl", "../datasets/heldout-ft224.jsonl", "../datasets/heldout-ft225.jsonl",
		"../datasets/heldout-ft226.jsonl", "../datasets/heldout-ft227.jsonl", "../datasets/heldout-ft228.jsonl", "../datasets/heldout-ft229.jsonl",
		"../datasets/heldout-ft230.jsonl", "../datasets/heldout-ft231.jsonl", "../datasets/heldout-ft232.jsonl",
		"../datasets/heldout-ft233.jsonl", "../datasets/heldout-ft234.jsonl", "../datasets/heldout-ft235.jsonl",
		"../datasets/heldout-ft236.jsonl", "../datasets/heldout-ft237.jsonl", "../datasets/heldout-ft238.jsonl"} {
		for _, q := range load(t, set, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) }) {
			q.Answerable, q.Evidence, q.ReferenceAnswer = false, nil, "" // outside the reports
			qs = append(qs, q)
		}
	}
	_, cfgs := hybridAnalysed(t)
	rep, err := eval.Runner{K: 5}.Evaluate(context.Background(), openBundled(t), cfgs, qs)
	if err != nil {
		t.Fatal(err)
	}
	var answered []string
	for _, r := range rep.Runs[0].Results {
		if r.Answered() {
			answered = append(answered, r.ID)
		}
	}
	t.Logf("%d guideline questions on the bundled reports: answered %v", len(qs), answered)
	if len(qs) != 24030 || len(answered) > 317 {
		t.Errorf("%d of %d guideline questions answered from the reports (%v), more than the 317 of 24030 committed", len(answered), len(qs), answered)
	}
}

// TestUnknownSubjectsAreRefused asks the real answerer over the bundled
// reports questions about drugs they never name. "Welke bijwerkingen heeft
// lindoxan?" was answered (0.83) with a sentence on chatbots that give
// information on side effects: a subject after the verb of a "welke"
// question was no slot (objectSlot). "Wat moet ik controleren als een
// patiënt die coumarinederivaten gebruikt lindoxan krijgt?" was answered
// (0.74) with an app for skin lesions: two words no source names refuse a
// question whose slots the sources do name (outsideSources). "Hoe snel na
// inname werkt lindoxan?" was answered (0.88) with the Kompas on "de
// snelle opkomst van AI": a phrase between the word of degree and the
// verb hid the subject after it (phrasePrepositions). "Lindoxan werkt na
// 8 weken onvoldoende, wat nu?" was answered (0.73) with the Kompas on
// data exchange: the word that opens a question before a verb in -t is
// its subject (finite). "In welke sterktes is tramsolide verkrijgbaar?"
// was answered (FT-31's question) with the Kompas on Ask Aletta: the
// subject of a copula or modal before the predicate that ends the
// question is a slot (predicated), and so is the object of a separable
// verb before its particle ("Wanneer voeg ik lindoxan toe?",
// separated). "Gaat lindoxan vanzelf over?" and "Wat als lindoxan na een
// week niet helpt?" were answered (FT-37's and FT-38's questions) with
// the Kompas on research and on GPs' administrative time: the subject
// between the verb that opens a short yes/no question and the particle
// that ends it is a slot (particled), and so is the word after "Wat
// als" (whatIf). "Wanneer heet roestknie chronisch?" (FT-45's) was
// answered with the Kompas: a verb that links as a copula does ("heet",
// "wordt") is one before the predicate (predicated). "Hoeveel fernacilline
// krijgt een patiënt van 78 jaar?" (FT-204's) was answered with a
// sentence on what a physiotherapist's practice "krijgt": what "hoeveel"
// asks the amount of (amountOf) is a slot too. The refusal names the
// words.
func TestUnknownSubjectsAreRefused(t *testing.T) {
	svc := registryAnswerer(t, "../../corpus", answer.Config{})
	for _, tt := range []struct{ question, word string }{
		{"Welke bijwerkingen heeft lindoxan?", "lindoxan"},
		{"Welke bijwerkingen geeft de pil?", "pil"},
		{"Hoe snel na inname werkt lindoxan?", "lindoxan"},
		{"Lindoxan werkt na 8 weken onvoldoende, wat nu?", "Lindoxan"},
		{"Wat moet ik controleren als een patiënt die coumarinederivaten gebruikt lindoxan krijgt?", "coumarinederivaten"},
		{"In welke sterktes is lindoxan verkrijgbaar?", "lindoxan"},
		{"Vanaf welke leeftijd mag lindoxan gegeven worden?", "lindoxan"},
		{"Wanneer voeg ik lindoxan toe?", "lindoxan"},
		{"Gaat lindoxan vanzelf over?", "lindoxan"},
		{"Wat als lindoxan na een week niet helpt?", "lindoxan"},
		{"Wanneer heet lindoxan chronisch?", "lindoxan"},
		{"Hoeveel lindoxan krijgt een patiënt van 78 jaar?", "lindoxan"},
	} {
		resp, err := svc.Ask(context.Background(), answer.Request{Question: tt.question})
		if err != nil {
			t.Fatal(err)
		}
		if !resp.Abstained || !strings.Contains(resp.Answer, "behandelen") || !strings.Contains(resp.Answer, "‘"+tt.word+"’") {
			t.Errorf("%q: answered %q (abstained %v), want a refusal naming %q", tt.question, resp.Answer, resp.Abstained, tt.word)
		}
	}
}

// TestShareOfAnotherGroupIsRefused asks the bundled reports a guideline's
// question about a share of patients. "Bij hoeveel procent van de
// patiënten ontstaat hoofdpijn door middelenovergebruik?" was answered
// (0.70) with "enkele procenten van de totale CO2-uitstoot": a share
// counts the group its passage names (countShown), and "hoeveel procent
// van de patiënten" counts patients (askedCount). The refusal says what
// is missing. (Asked with "na": "door middelenovergebruik" names the
// cause, a word no source names, and is refused for that first.)
func TestShareOfAnotherGroupIsRefused(t *testing.T) {
	svc := registryAnswerer(t, "../../corpus", answer.Config{})
	const question = "Bij hoeveel procent van de patiënten ontstaat hoofdpijn na middelenovergebruik?"
	resp, err := svc.Ask(context.Background(), answer.Request{Question: question})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Abstained || !strings.Contains(resp.Answer, "De bronnen noemen geen percentage van de patiënten.") {
		t.Errorf("%q: answered %q (abstained %v), want a refusal that no source gives the share of patients", question, resp.Answer, resp.Abstained)
	}
}

// TestUnknownShortFormIsRefused asks the bundled reports what a short form
// stands for that none of their passages uses. "Waar staat sVC voor?"
// (FT-41's question, its serum-velocine) had been answered (0.59) with
// the Kompas on AI readiness, the question's only other word, "staat",
// in "in staat zijn": a short form whose long form is asked is a name the
// sources must use (answer unknownNames).
func TestUnknownShortFormIsRefused(t *testing.T) {
	svc := registryAnswerer(t, "../../corpus", answer.Config{})
	for _, question := range []string{"Waar staat sVC voor?", "Waar staat de afkorting sVC voor?"} {
		resp, err := svc.Ask(context.Background(), answer.Request{Question: question})
		if err != nil {
			t.Fatal(err)
		}
		if !resp.Abstained || !strings.Contains(resp.Answer, "‘sVC’") {
			t.Errorf("%q: answered %q (abstained %v), want a refusal naming ‘sVC’", question, resp.Answer, resp.Abstained)
		}
	}
}
