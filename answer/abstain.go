package answer

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/abbrev"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
)

// decision is the outcome of the evidence check.
type decision struct {
	abstain    bool
	why        string // Dutch explanation appended to AbstainReason
	report     Report // the answer's sentences that passed enforcement
	confidence float64
	// suggestions are what why asks after (Response.Suggestions)
	suggestions []Suggestion
}

// Hard rules: a candidate that breaks one is never an answer, however
// probable the model finds it.
const (
	// ruleForeign: the candidate is about another drug or condition than
	// the one the question names (another subject's table row or labelled
	// list item, or for a dose or amount a sentence that does not name the
	// subject asked), or is the row of another use of the drug asked
	// ("korvidine (profylaxe)" for a question about an attack).
	ruleForeign = "foreign"
	// ruleQualifier: a dose, amount or permission question asks about a
	// population (children, pregnancy, eGFR …) that the candidate, its
	// section path, caption and title do not name: an adult dose is no
	// answer for a child.
	ruleQualifier = "qualifier"
	// ruleValue: the question states an age or eGFR and the candidate gives
	// ranges for it, none of which holds the value ("kind van 8 jaar"
	// against "Kinderen ≥ 12 jaar"): advice for other patients; or it is
	// a row without a range where a row of its table and drug holds the
	// value and breaks a rule (fitsRejectedRow), or the adults' row where
	// a row of its drug holds the value (adultsRowForOthers).
	ruleValue = "value"
	// ruleOpposed: the candidate speaks of the opposite case of one the
	// question names ("met stridor" for "zonder stridor", "ongecompliceerd"
	// for "gecompliceerd", "ernstige" for "lichte"; opposed).
	ruleOpposed = "opposed"
	// ruleObject: the candidate does not name what the question's act is
	// about or the event a share is of (objectUnnamed).
	ruleObject = "object"
	// ruleBody: a dose, amount or permission question that states no
	// body weight (nor age, nor eGFR) and a table row keyed by a range of it
	// ("Lichaamsgewicht: < 5 kg") that names no population the question
	// names: one of the rows of a table that doses by weight, picked for
	// a patient whose weight the question does not give (an adult given
	// the infants' fluids).
	ruleBody = "body"
	// ruleUnit: a "hoeveel dagen"/"hoe lang"/"hoeveel sessies" question and
	// a candidate that counts nothing in that unit (for a counted noun, no
	// number of it and no share).
	ruleUnit = "unit"
	// ruleKind: a dose or amount question ("hoeveel", "wat kost", "wat is de
	// specificiteit") and a candidate that states no dose or number.
	ruleKind = "kind"
	// ruleDetail: a price, date or frequency question and a candidate
	// without an amount in euros, a date, or an interval or count per
	// period ("elke 3 maanden", "jaarlijks", "2 dd").
	ruleDetail = "detail"
	// ruleFacts: a name ("Duitsland", "SkiniveMD") or a year the question
	// mentions does not occur in the candidate's passage: it is about
	// something else.
	ruleFacts = "facts"
	// ruleNames: the question names something (a capitalised word after
	// its first, an acronym, a code) that no retrieved passage mentions:
	// the sources do not know it, so no candidate answers.
	ruleNames = "names"
	// ruleOutside: what the question is about, the word after "bij",
	// "met", "van" or "naar" or the object of its verb ("Wanneer start ik
	// met een bisfosfonaat bij osteoporose?"), is named by no passage of
	// the sources at all: they do not cover it, whatever else of the
	// question they hold. Also when the question names a drug they do
	// cover: "Wat geef ik bij een allergie voor tarvomycine?" asks what the
	// guideline says of an "overgevoeligheid", and without the rule the
	// model answered it with tarvomycine's advice in pregnancy.
	ruleOutside = "outside"
	// ruleMeasure: the question asks for a measure ("Wat is de
	// sensitiviteit …?", "Welke nauwkeurigheid …?", "de voorspellende
	// waarde") that the candidate does not name as such.
	ruleMeasure = "measure"

	// ruleUndescribed: a dose question names no drug of the retrieved
	// rows but describes it ("het antivirale middel"), and the candidate is
	// the row of a drug that no retrieved sentence or section path links to
	// that description ("Antivirale behandeling met pranolisine" links
	// pranolisine, not saltrevol): a dose of a drug not asked about.
	ruleUndescribed = "undescribed"
	// ruleVariant: the candidate is the row of one use of a drug that the
	// sources dose for several uses in rows of their own ("korvidine
	// (aanval)", "korvidine (profylaxe)"), and the question names none of
	// them: which dose it asks for, it does not say.
	ruleVariant = "variant"

	// ruleAsked: the question asks for a property of its subject ("Wat
	// is de behandeling van diabetes type 2?", "Wat zijn de
	// contra-indicaties van …?"), no dose or amount, and the candidate, its
	// section path and caption do not name it: a sentence that names the
	// subject in passing ("Ancora Health … met een focus op … diabetes type
	// 2") states something else about it.
	ruleAsked = "asked"
	// ruleGlossary: the question asks what the clinician does ("Wat smeer
	// ik op …?", "Welk middel geef ik …?") and the candidate is an entry of
	// the guideline's definitions ("2.1 Begrippen"): a definition says
	// what a word means, not what to do.
	ruleGlossary = "glossary"

	// ruleSubjects: the question names subjects of the sources' rows ("een
	// interactie tussen velamistat en tarvomycine", "Welke bijwerking
	// heeft morvastine …?") and the candidate, its section path and
	// caption do not name them all: with FT-04 alone in the corpus, the
	// anamnesis list "Vraag naar: het begin, de lokalisatie …" answered
	// the side effect of morvastine "in het begin van de behandeling".
	// A drug of the corpus's dose tables counts whether or not its row
	// was retrieved (subjects.missesTabled): with FT-04 alone, "Wanneer stop
	// ik beluxaan op grond van de Sintelhuid Ernst Index?", whose row
	// ranked below five passages, was answered with the sleeping problems
	// of patients with a SEI ≥ 16.
	ruleSubjects = "subjects"

	// ruleScattered: the question names nothing the sources are about (no
	// title word of a retrieved document, no table-row or list subject, no
	// drug of the corpus's tables), and no document holds more than half
	// of the passages retrieved for it. Only the retrieval can then say
	// which source the question is about, and it does not agree on one: the
	// question's words stand in several sources in passing ("Welke
	// alarmsignalen bij buikpijn bij kinderen vragen om een verwijzing?"
	// retrieved the referral list of a guideline on another condition).
	// On the dev guidelines the passages of 131 of 147 answerable questions
	// come from one document; of the first 15 questions outside the corpus,
	// from two to four (eval/datasets/outside.jsonl).
	ruleScattered = "scattered"

	// ruleScale: the question gives a score's value beyond the scale a
	// retrieved passage states for it ("Patiënt heeft een RIS-score van
	// 15 …" where "de score loopt van 0 tot 12"): no advice of the sources
	// is for such a patient, though a range "van 8 of hoger" holds the
	// number; the value is mistaken or the score another (outsideScale).
	ruleScale = "scale"

	// ruleRow: the candidate is a table row the question does not point
	// at. A row states what its first cell names ("Item: Intrekkingen",
	// "Middel: korvidine (profylaxe) …"), so the question must name that
	// subject or ask for the column it stands in ("Welk middel …?"): the
	// score of one item is no answer to "Welke uitslag van de ernstscore
	// hoort bij een lichte pluimhoest?". And a drug's dose row answers a
	// question that asks no dose or amount only when the question names
	// more than the drug and what the table and document are about:
	// "Wanneer mag ik geen korvidine geven?" is not answered by its doses.
	ruleRow = "row"

	// ruleSlot: what the question is about (subjectSlots: "Wanneer start
	// ik met een statine bij …?") is named by the sources, but nowhere in
	// the candidate's document: the question's other words stand there in
	// another connection (a gout guideline's decision rule on "een hart- of
	// vaatziekte"). The document, not the passage: a dose row need not
	// name the "koorts" or "velaatjichtaanval" its guideline is about.
	ruleSlot = "slot"

	// Two rules for a question that asks which drug to give: its asked
	// noun heads the first column of a dose table ("Welk middel …?" and
	// "Middel: korvidine …"; question.choosesDrug).
	//
	// ruleNotFor: the question states the patient's value and the candidate
	// says not to give it for a range that holds the value ("Trovaprofen:
	// niet bij een eGFR < 60", "eGFR < 30: gecontra-indiceerd"): a drug the
	// source withholds from this patient is no answer to which one to give.
	// Nor, when the question excludes the one drug it names ("Welk middel
	// geef ik als een patiënt tarvomycine niet verdraagt?", "… die
	// allergisch is voor vitrexa?"), is advice to
	// give that drug ("Behandel met tarvomycine gedurende 5 dagen."): a
	// candidate that names no other drug of the sources' tables and no
	// negation of its own (subjects.onlyTheDrugAsked, excludes).
	ruleNotFor = "notfor"
	// rulePurpose: the question says what the drug is for ("Welk middel
	// voor de aanval …?") and a retrieved passage of the candidate's
	// document stands under a heading that names it ("4.3.1 Behandeling van
	// een aanval"): the candidate must stand under such a heading too, or
	// name it in its table caption or row subject ("korvidine (aanval)").
	// A guideline orders its drugs by purpose, and the first choice under
	// "4.3.2 Velaatverlagende behandeling" is for another one, however many
	// of the question's words it shares.
	rulePurpose = "purpose"

	// ruleUse: a dose question says what the drug is given for ("Hoeveel
	// sumalidine geef ik bij misselijkheid?"), the retrieved passages name
	// that, but no sentence, table row or section of theirs names it with
	// the drug: the guideline gives the drug for something else (and
	// "Geef bij misselijkheid emesodine …" another drug for it), so the
	// drug's doses answer another question.
	ruleUse = "use"
)

// scatteredOver returns the number of documents the passages come from when
// the question is scattered over them (ruleScattered), else 0. Each of
// those documents must be large enough to have held the majority (the
// corpus's chunk counts, q.chunks): the spread of passages over short
// documents, or over documents of unknown size, says nothing.
func scatteredOver(q question, ps []*prepared, sub subjects) int {
	if sub.any() || len(sub.tabled) > 0 || len(ps) == 0 || q.chunks == nil {
		return 0
	}
	majority := len(ps)/2 + 1
	count := map[string]int{}
	for _, p := range ps {
		doc := p.p.DocumentID
		count[doc]++
		if count[doc] >= majority || q.chunks[doc] < majority {
			return 0
		}
	}
	return len(count)
}

// unrangedValue reports whether a dose row gives no eGFR range while the
// question states an eGFR ("bij een eGFR van 10") and the dose rows of
// its document give eGFR ranges elsewhere ("eGFR < 15: niet gebruiken"):
// where the guideline grades the kidney function, a cell without a grade
// ("Verminderde nierfunctie: geen aanpassing nodig") does not say it
// holds at the patient's. Not for an age: a cell for "Kinderen" holds for
// every child, also where other rows give ages ("≥ 6 maanden"), and
// "Hoeveel velcetamol krijgt een kind van 4 jaar?" was refused so.
func unrangedValue(q question, c *cand) bool {
	if c.form != formRow || !q.graded[c.pass.p.DocumentID] {
		return false
	}
	return slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureEGFR }) &&
		!slices.ContainsFunc(bounds(c.text), func(b bound) bool { return b.measure == measureEGFR })
}

// weightAmongAgeRows reports whether a question that states a weight and
// no age gets a table row for children of an age range (no weight range),
// while another retrieved row of the drug in that table is for children
// of another age range: which of them holds a child of 12 kg the rows do
// not say. "Kind van 12 kg, kan ik tramsolide geven?" was answered with
// the row for children of 12–17 years (FT-31); a guideline with one
// children's row says the child's dose whatever the weight.
func weightAmongAgeRows(q question, ps []*prepared, c *cand) bool {
	item := ""
	if c.form == formSentence {
		item = itemKey(c.text)
	}
	if c.form != formRow && item == "" || !slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureWeight }) ||
		slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge }) {
		return false
	}
	childAges := func(text string) (bound, bool) {
		var age bound
		found := false
		for _, b := range bounds(text) {
			switch {
			case b.measure == measureWeight:
				return bound{}, false
			case b.measure == measureAge && b.lo < adultAge && !found:
				age, found = b, true
			}
		}
		return age, found
	}
	if item != "" {
		// a nested list's item is a row keyed by the leads it stands
		// under (ingest/extract nestedItemPaths): "Norvacilline ›
		// Kinderen › 2–6 jaar: 250 mg 3 dd" beside its siblings for 6
		// months to 2 years and 6 to 12 years (FT-228 had given it to a
		// child of 10 kg)
		mine, ok := childAges(item)
		if !ok {
			return false
		}
		label, _, _ := strings.Cut(c.text, " › ")
		for line := range strings.Lines(c.pass.p.Text) {
			line = strings.TrimSpace(line)
			key := itemKey(line)
			if key == "" || key == item || !strings.HasPrefix(line, label+" › ") || parentSection(key) != parentSection(item) {
				continue
			}
			if other, ok := childAges(key); ok && (other.lo != mine.lo || other.hi != mine.hi) {
				return true
			}
		}
		return false
	}
	mine, ok := childAges(patientCell(c.pass.p))
	if !ok {
		return false
	}
	// a row whose cells band the dose by weight, one band holding the
	// patient's, says the child's dose where the other rows' bands hold
	// none ("Kinderen 1-5 jaar · Dosering: 10-14 kg: 125 mg 2×/dag …"
	// beside "Kinderen 6-12 jaar · Dosering: 20-29 kg: …", LibreOffice's
	// FT-233)
	held := func(text string) bool {
		return slices.ContainsFunc(bounds(text), func(b bound) bool {
			return b.measure == measureWeight && slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureWeight && meets(v, b) })
		})
	}
	holds := held(c.text)
	drug := rowDrug(c)
	return slices.ContainsFunc(ps, func(p *prepared) bool {
		if p == c.pass || p.p.Kind != c.pass.p.Kind || p.p.DocumentID != c.pass.p.DocumentID || p.p.Caption != c.pass.p.Caption ||
			retrieval.RowSubject(p.p.Kind, p.p.Caption, p.p.Text) != drug {
			return false
		}
		other, ok := childAges(patientCell(p.p))
		return ok && (other.lo != mine.lo || other.hi != mine.hi) && !(holds && !held(p.p.Text))
	})
}

// ageUnspoken reports whether a permission question about an adult of a
// stated age ("neboclavir bij een 78-jarige?", "Kan ik salmifeen geven
// aan een man van 75?") gets a candidate that says nothing of age (no
// age range, no word for adults, nor for the elderly when the patient is
// as old as they are) while a retrieved passage of its guideline grades
// adults by age ("ouderen ≥ 75 jaar"): the drug's interactions say
// nothing of whether it may be given at 78, and the advice for the
// elderly nothing of a man of 45. A child is the qualifier rules'
// (missingQualifiers).
func ageUnspoken(q question, ps []*prepared, c *cand) bool {
	if q.kind != kindPermission {
		return false
	}
	adult := slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge && v.lo >= adultAge })
	if !adult || slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.byAge }) {
		return false
	}
	if withheldFrom(q, c) || withholds(c.lower) && slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.shownIn(c.text) }) {
		// the drug is withheld for another of the patient's values, at
		// any age ("Mevrouw …, 81 jaar, eGFR 25: kan ze corvadimol
		// krijgen?" and "eGFR < 30 · niet gebruiken"), or for a
		// population the question names ("…, 31 jaar, 10 weken zwanger:
		// mag ik trevolamide voorschrijven?" and "Zwangerschap:
		// trevolamide is gecontra-indiceerd", FT-74)
		return false
	}
	// the youngest age the guideline's passages call old ("ouderen ≥ 75
	// jaar"): the elderly's advice is the patient's from there on
	old := inf
	for _, p := range ps {
		if p.p.DocumentID != c.pass.p.DocumentID {
			continue
		}
		for _, b := range bounds(p.p.Text) {
			if b.measure == measureAge && b.lo >= adultAge {
				old = min(old, b.lo)
			}
		}
	}
	if old == inf || slices.ContainsFunc(bounds(c.text), func(b bound) bool { return b.measure == measureAge }) {
		return false
	}
	return !slices.ContainsFunc(lowerWords(c.text), func(w string) bool {
		return strings.HasPrefix(w, "volwassen") || elderly.shows(w) && slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge && v.lo >= old })
	})
}

// The populations some rules read by name.
var (
	elderly       = populationNamed("ouderen")
	childrenGroup = populationNamed("kinderen")
	nursingGroup  = populationNamed("borstvoeding")
)

// populationNamed returns the population of that name.
func populationNamed(name string) *population {
	return populations[slices.IndexFunc(populations, func(g *population) bool { return g.name == name })]
}

// scoreUngraded reports whether the question gives the value of a score
// or laboratory value named by its short form ("Wat is het beleid bij een
// KEI van 13?"), the retrieved passages grade that measure by ranges ("Bij
// een KEI van 0 tot 3 …", namedBounds), and the candidate gives none of
// them: "Bepaal bij elke patiënt de KEI; het beleid hangt af van de
// score" is no advice for a KEI of 13, which no range holds. Not for a
// dose, whose rows the score does not grade ("Vrouw van 80, eGFR 25, KEI
// 9. Hoeveel krustavine?" gets the row for her eGFR).
func scoreUngraded(q question, ps []*prepared, c *cand) bool {
	if q.kind == kindDose || q.kind == kindAmount {
		return false
	}
	for _, v := range q.values {
		if !strings.HasPrefix(v.measure, namedMeasure("")) {
			continue
		}
		of := func(b bound) bool { return b.measure == v.measure }
		graded := slices.ContainsFunc(ps, func(p *prepared) bool { return slices.ContainsFunc(namedBounds(p.p.Text), of) })
		// a row of the score's own table ("Tabel 1 DUIN-score —
		// Criterium: Duinbezoek in de afgelopen 3 weken · Punten: 2")
		// counts towards the score and says nothing of what a total means,
		// unless it grades totals in points ("0-2 punten: …"): HTMLDOC's
		// FT-87 and Joomla's FT-90 had answered "DUIN-score 5, wat nu?"
		// with a criterion's row
		own := c.form == formRow && slices.Contains(lowerWords(c.pass.p.Caption), strings.TrimPrefix(v.measure, namedMeasure("")))
		if (graded || own) && !slices.ContainsFunc(namedBounds(c.text), of) && !(own && pointsGradeRe.MatchString(c.text)) &&
			len(pointGrades(v.measure, gradeContext(c.pass.p), c.text)) == 0 {
			return true
		}
	}
	return false
}

// oneOfTheList reports whether the candidate is one row of a score's
// table of criteria (a row with a "Punten" cell) for a question that asks
// which criteria it lists: a "welke" question naming the rows' key column
// in another number ("Welke criteria telt de KWAK-score?" and
// "Criterium: …", by their first five letters) and no word of the row's
// own criterion. One row is one criterion of several, no answer: ikiwiki's
// FT-104, LaTeX's FT-103, DocBook's FT-106, VitePress's FT-107 and HonKit's
// FT-108 had answered with one. The answer lists the table's rows among
// the candidates, or refuses when there is only one (choose).
func (s *Service) oneOfTheList(q question, c *cand) bool {
	ws := lowerWords(q.text)
	if q.kind != kindList && !slices.Contains(ws, "welke") || c.form != formRow || !strings.Contains(c.lower, " punten: ") {
		return false
	}
	label, value, ok := strings.Cut(c.key, ":")
	if !ok {
		return false
	}
	label = strings.ToLower(strings.TrimSpace(label))
	if utf8.RuneCountInString(label) < listStemRunes {
		return false
	}
	stem := string([]rune(label)[:listStemRunes])
	if !slices.ContainsFunc(ws, func(w string) bool { return w != label && strings.HasPrefix(w, stem) }) {
		return false
	}
	own := newTermSet(passageTerms(s.cfg.Analyzer, value))
	return !slices.ContainsFunc(q.units, func(u unit) bool { return own.score(u) > 0 })
}

// maxListRows bounds the rows of a score's table an answer lists
// (oneOfTheList).
const maxListRows = 12

// sameTable reports whether two table rows are of one table: the same
// document, section and caption.
func sameTable(a, b *cand) bool {
	return a.pass.p.DocumentID == b.pass.p.DocumentID && a.pass.p.Section == b.pass.p.Section && a.pass.p.Caption == b.pass.p.Caption
}

// listStemRunes is how many first letters a question's word shares with
// a table's key column to name it (oneOfTheList): "criteria" and
// "criterium", "symptomen" and "symptoom".
const listStemRunes = 5

// gradeContext returns what names a passage's grades in points: its
// caption and own heading (pointGrades).
func gradeContext(p bronwijzer.Passage) string { return p.Caption + "\n" + ownHeading(p.Section) }

// gradeFits reports whether the candidate grades the score whose value
// the question gives in points by a grade that holds it ("3 tot en met 5
// punten: …" for a DWINGEL-score of 4): the value fits, as an age fits
// its row's range (valueFit).
func gradeFits(q question, c *cand) bool {
	_, fits := pointFit(q.values, gradeContext(c.pass.p), c.text)
	return fits
}

// scoreOtherGrade reports whether the candidate grades the score whose
// value the question gives in points (pointGrades) by none that holds
// it: "0 tot en met 2 punten: DLA is onwaarschijnlijk" is no advice for
// a DWINGEL-score of 4.
func scoreOtherGrade(q question, c *cand) bool {
	graded, fits := pointFit(q.values, gradeContext(c.pass.p), c.text)
	return graded && !fits
}

// pointsGradeRe matches a grade of a score's totals in points: "0-2
// punten", "≥ 5 punten", "5 punten of meer".
var pointsGradeRe = regexp.MustCompile(`(?i)(?:\d+\s*[-–]\s*\d+|[≥>]\s*\d+)\s*punten|\d+\s*punten\s+of\s+(?:meer|hoger)`)

// withheldFrom reports whether the candidate withholds the drug from the
// patient: for the range that holds the question's value ("eGFR < 30:
// niet geven" for an eGFR of 20, not for one of 40), or outright when the
// question gives no value.
func withheldFrom(q question, c *cand) bool {
	if len(q.values) > 0 {
		return notForValue(q.values, c.text)
	}
	return withholds(c.lower)
}

// otherPatient are the rules that refuse a candidate for speaking of
// another subject or population than the question: the kind of answer it
// shows (a dose for adults) is none the sources give for the question's.
var otherPatient = map[string]bool{ruleForeign: true, ruleSubjects: true, ruleOutside: true, ruleNames: true,
	ruleScattered: true, ruleUndescribed: true, ruleFacts: true, ruleSlot: true, rulePurpose: true, ruleNotFor: true,
	ruleQualifier: true, ruleValue: true, ruleBody: true}

// strictKinds are the kinds of answer whose population must be named.
var strictKinds = map[string]bool{kindDose: true, kindAmount: true, kindPermission: true}

// secondaryShare: a second or third candidate joins the answer only when
// its ranking probability is at least this share of the best one's, so the
// answer stays on the point.
const secondaryShare = 0.5

// scored returns the question's candidates with their features, their
// probability and the hard rule each breaks, best first.
func (s *Service) scored(q question, ps []*prepared) ([]*cand, subjects) {
	q.units = s.withShortForms(q, ps)
	q.units, q.asked = withTableSubjects(q, ps)
	q.limitAfter(s.cfg.Analyzer, ps)
	q.purposed = purposedDocs(s.cfg.Analyzer, q, ps)
	sub := s.subjectsOf(q, ps)
	form := func(w string) bool { return formStem(strings.ToLower(w)) != "" }
	if q.incidence && !slices.ContainsFunc(q.slots, func(w string) bool { return !form(w) }) &&
		(len(sub.tabled) > 0 || len(sub.asked) > 0 || slices.ContainsFunc(lowerWords(q.text), form)) {
		// "Hoe vaak smeert een meisje van 6 jaar kelmistol crème?" names a
		// drug and no event: how often it is used, not a share of
		// patients; so does one that names a preparation's form, the
		// event it seems to name ("Hoe vaak pirsalidine gel bij een kind
		// van 8?", a drug dosed in the text alone, the subject of no
		// table)
		q.incidence = false
	}
	if s.asksDose(q, ps, sub) {
		q.kind = kindDose // "Hoeveel nordaxilline …?" asks a dose
		sub.quantity = true
		if sub.wide != nil {
			sub.wide.quantity = true
		}
		q.counted = "" // "hoeveel trovaprofen" counts no trovaprofens
	}
	if q.kind == kindDose {
		q = s.withDosed(q)
	}
	long := expansionIn(q.expands, ps)
	cands := s.candidates(q, ps)
	s.features(q, ps, cands, sub)
	unknown := len(unknownNames(q, ps)) > 0
	scattered := scatteredOver(q, ps, sub) > 0
	_, beyond := outsideScale(q, ps)
	apart := len(s.usedApart(q, ps, sub)) > 0
	for _, c := range cands {
		c.p = s.model.Prob(c.feats)
		c.reject = s.rule(q, ps, sub, c)
		switch {
		case len(q.outside) > 0:
			c.reject = ruleOutside
		case unknown:
			c.reject = ruleNames
		case scattered:
			c.reject = ruleScattered
		case beyond != nil:
			c.reject = ruleScale
		case apart:
			c.reject = ruleUse
		case long != "" && !strings.Contains(analysis.Fold(c.pass.p.Section+"\n"+c.pass.p.Caption+"\n"+c.text), long):
			// what a short form stands for is its long form, in the
			// candidate or its section path ("KEL (Klepperoor-ernstlijst)"
			// over its description): "Waar staat RIS-score voor?" is not
			// answered by the step plan that uses it
			c.reject = ruleAsked
		}
		if long != "" && c.form != formPair {
			// (a pair holds the defining sentence with another: the
			// sentence is a candidate of its own)
			folded := analysis.Fold(strings.ToLower(c.text))
			c.spells = strings.Contains(folded, long) && containsToken(folded, analysis.Fold(strings.ToLower(q.expands)))
		}
	}
	narrowerRow(q, cands)
	adultsBesideElderly(q, cands)
	// What a term means is what the document says under the term's own
	// heading (its "Begrippen"): that description comes first, however a
	// sentence elsewhere that names the term scores ("Wat is de KEL?").
	slices.SortStableFunc(cands, func(a, b *cand) int {
		if a.defined != b.defined {
			if a.defined {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.p, a.p)
	})
	return cands, sub
}

// narrowerRow rejects (ruleValue) a table row for the patient's age when
// a row of the same drug and table holds the age in a narrower range: the
// row for "Ouderen ≥ 75 jaar" is a patient of 82's, not the one for
// "Volwassenen en kinderen vanaf 12 jaar", which holds him too.
func narrowerRow(q question, cands []*cand) {
	type fit struct {
		c *cand
		b bound
	}
	var fits []fit
	for _, c := range cands {
		if c.form != formRow || c.reject != "" {
			continue
		}
		cell := patientCell(c.pass.p)
		if b, ok := fitting(q.values, cell, measureAge); ok {
			fits = append(fits, fit{c, b})
		} else if len(bounds(cell)) == 0 && namesAdults(cell) && slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge && v.lo >= adultAge }) {
			// "Volwassenen" without an age: from 18 on, wider than
			// "Ouderen ≥ 75 jaar" beside it (FT-45's faltiprom for a
			// patient of 78)
			fits = append(fits, fit{c, bound{measure: measureAge, lo: adultAge, hi: math.Inf(1)}})
		}
	}
	for _, f := range fits {
		for _, g := range fits {
			if g.b.lo >= f.b.lo && g.b.hi <= f.b.hi && (g.b.lo > f.b.lo || g.b.hi < f.b.hi) &&
				g.c.pass.p.DocumentID == f.c.pass.p.DocumentID && g.c.pass.p.Caption == f.c.pass.p.Caption && rowDrug(g.c) == rowDrug(f.c) {
				f.c.reject = ruleValue
				break
			}
		}
	}
}

// adultsBesideElderly rejects (ruleValue) a sentence that doses adults
// ("Volwassenen gebruiken 4 dd 5 mg") for a patient whose age a range of
// adults in another candidate of the document holds ("Ouderen van 75 jaar
// en ouder gebruiken 3 dd 5 mg" for a woman of 78): as narrowerRow does
// for rows, the narrower says the patient's dose.
func adultsBesideElderly(q question, cands []*cand) {
	if q.kind != kindDose && q.kind != kindAmount {
		return
	}
	docs := map[string]bool{}
	for _, c := range cands {
		if b, ok := fitting(q.values, c.text, measureAge); ok && c.reject == "" && b.lo >= adultAge {
			docs[c.pass.p.DocumentID] = true
		}
	}
	for _, c := range cands {
		if c.reject != "" || c.form == formRow || !docs[c.pass.p.DocumentID] || !statesDose(c.text) {
			continue
		}
		if _, ok := fitting(q.values, c.text, measureAge); !ok && slices.ContainsFunc(lowerWords(c.text), func(w string) bool { return strings.HasPrefix(w, "volwassen") }) {
			c.reject = ruleValue
		}
	}
}

// rowDrug returns a table row's first cell, the drug it doses in a table
// by drug.
func rowDrug(c *cand) string {
	return retrieval.RowSubject(c.pass.p.Kind, c.pass.p.Caption, c.pass.p.Text)
}

// asksDose reports whether an amount question asks a dose: "hoeveel" of a
// drug of the retrieved rows or the corpus's tables (countsSubject), or of
// something a retrieved passage doses (amountOf, dosed).
func (s *Service) asksDose(q question, ps []*prepared, sub subjects) bool {
	return q.kind == kindAmount && (sub.countsSubject(s.cfg.Analyzer, q.text, ps) || s.dosed(amountOf(lowerWords(q.text)), ps))
}

// dosed reports whether a retrieved passage doses w: names it, in its text,
// section path or table caption, and states a dose ("Tabel 2 Hydrolan bij
// matige uitdroging …" with its rows in ml). The amount of it a patient
// gets is then a dose; the amount of time or money is not.
func (s *Service) dosed(w string, ps []*prepared) bool {
	if w == "" {
		return false
	}
	us := contentUnits(s.cfg.Analyzer, w)
	if len(us) == 0 {
		return false
	}
	return slices.ContainsFunc(ps, func(p *prepared) bool {
		return p.passageSet.score(us[0]) == 1 && statesDose(p.p.Text)
	})
}

// withDosed returns q with its dosed word (q.dosed) read for a question
// that asks a dose only through the sources ("Hoeveel fenolastine mag
// …?": scored), when the analysis of its words set none.
func (s *Service) withDosed(q question) question {
	if q.dosed != nil {
		return q
	}
	// not the patient: "pranolisine dosis baby 8 maanden?"
	if w := dosedWord(lowerWords(q.text)); w != "" && !namesPopulation(s.cfg.Analyzer, w) && !personWords[w] {
		if us := contentUnits(s.cfg.Analyzer, w); len(us) > 0 {
			q.dosed = &us[0]
		}
	}
	return q
}

// usedApart returns, for a dose question, the words that say what it is
// about (q.slots: "misselijkheid" of "bij misselijkheid"; not the
// guideline's own condition, not a population, not the drug) that a
// retrieved passage names while none of their sentences, table rows or
// section paths names it together with the drug dosed (ruleUse).
func (s *Service) usedApart(q question, ps []*prepared, sub subjects) []string {
	if q.kind != kindDose || q.dosed == nil {
		return nil
	}
	var out []string
	ws := lowerWords(q.text)
	for _, w := range q.slots {
		phrase := w
		// an adjective without an article before its noun ("met ernstige
		// uitdroging"): the noun says what it is about
		if i := slices.Index(ws, strings.ToLower(w)); i >= 0 && i+1 < len(ws) && strings.HasSuffix(ws[i], "e") &&
			!stopwords[ws[i+1]] && !questionWords[ws[i+1]] && !isNumber(ws[i+1]) {
			w, phrase = ws[i+1], ws[i]+" "+ws[i+1]
		}
		us := contentUnits(s.cfg.Analyzer, w)
		if len(us) == 0 || us[0].full == q.dosed.full || sub.titled[us[0].full] || sub.asked[us[0].full] || populationWord(strings.ToLower(w)) ||
			slices.ContainsFunc(ps, func(p *prepared) bool { return q.titledShort(us[0].full, p) }) {
			continue
		}
		u := us[0]
		if !slices.ContainsFunc(ps, func(p *prepared) bool { return p.passageSet.score(u) == 1 }) {
			continue // the sources do not name it here: ruleSlot and ruleOutside speak
		}
		together := slices.ContainsFunc(ps, func(p *prepared) bool {
			ctx := newTermSet(p.contextTerms)
			if p.p.Kind == bronwijzer.KindTableRow {
				set := unionSets(p.terms, ctx)
				return set.score(u) == 1 && set.score(*q.dosed) > 0
			}
			for _, sp := range p.spanSets {
				set := unionSets(sp, ctx)
				if set.score(u) == 1 && set.score(*q.dosed) > 0 {
					return true
				}
			}
			return false
		})
		if !together {
			out = append(out, phrase)
		}
	}
	return out
}

// hypersensitive reports whether a text says the patient is allergic or
// hypersensitive ("allergisch voor vitrexa", "een allergie voor …",
// "overgevoelig(heid) voor …"): the drug it names is withheld, as
// "vitrexa niet verdraagt" withholds it.
func hypersensitive(text string) bool { return slices.ContainsFunc(lowerWords(text), hypersensitivity) }

// hypersensitivity reports whether a lower-case word says allergic or
// hypersensitive ("allergisch", "allergie", "overgevoeligheid").
func hypersensitivity(w string) bool {
	return strings.HasPrefix(w, "allergi") || strings.HasPrefix(w, "overgevoelig")
}

// excludes reports whether a text negates: "niet", "geen".
func excludes(text string) bool {
	return slices.ContainsFunc(lowerWords(text), func(w string) bool { return w == "niet" || w == "geen" })
}

// whetherDose reports whether a yes/no question about a dose that states
// no amount itself ("Moet de dosis soralide worden aangepast bij een
// verminderde nierfunctie?") is answered by a candidate that says yes or
// no without a dose: "Soralide hoeft bij een verminderde nierfunctie niet
// te worden aangepast." A dose answers it as well (kindShown), and so does
// advice on the dose that gives no amount: "Halveer de dosis moxalide bij
// een eGFR onder 30" says that the dose goes down (namesDose).
func whetherDose(q question, c *cand) bool {
	return q.kind == kindDose && yesNo(q.text) && len(quantities(q.text)) == 0 && len(q.values) == 0 &&
		(kindShown(kindPermission, c) || namesDose(c.text))
}

// adjustsDose reports whether a dose question that states the patient's
// eGFR, age or weight gets advice on the dose for a range that holds it,
// without an amount: "Halveer de dosis moxalide bij een eGFR onder 30"
// answers "Hoe doseer ik moxalide bij een eGFR van 20?".
func adjustsDose(q question, c *cand) bool {
	if q.kind != kindDose || !namesDose(c.text) || c.form != formSentence || notForValue(q.values, c.text) {
		return false // one sentence: in a pair the dose may be another drug's, the range the other sentence's
	}
	if tableRefRe.MatchString(c.text) {
		// "Pas de dosering van pentavir aan bij een eGFR lager dan 30
		// ml/min (zie tabel 1)" leaves the dose to the table
		return false
	}
	ranged, fits := valueFit(q.values, c.text)
	return ranged && fits
}

// ownRow reports whether the candidate is a table row whose population
// cell holds the patient's age, weight, eGFR or weeks: whatever its dose
// cell says is the advice for the patient ("Populatie: Kinderen lichter
// dan 10 kg · Dosis: Niet onderzocht; verwijs naar de kinderarts" answers
// "tarzolin drank kind 8 kg").
func ownRow(q question, c *cand) bool {
	if c.form != formRow {
		return false
	}
	_, cells := rowCells(c.text)
	return holdsPatient(q.values, cells)
}

// tableRefRe matches a reference to a table: "zie tabel 1", "(tabel 2)".
var tableRefRe = regexp.MustCompile(`(?i)\(?\b(?:zie\s+)?tabel\s+\d+\b`)

// namesDose reports whether text speaks of a dose: "dosis", "doses",
// "dosering".
func namesDose(text string) bool {
	return slices.ContainsFunc(lowerWords(text), func(w string) bool {
		return strings.HasPrefix(w, "dosis") || strings.HasPrefix(w, "doses") || strings.HasPrefix(w, "dosering")
	})
}

// otherRoute reports whether the question asks for one way of injecting
// ("intraveneus") and c's passage names another and not that one: "40 mg
// per injectie" under "diep intramusculair toegediend" is no intravenous
// dose, though both are parenteral (FT-30).
func (c *cand) otherRoute(q question) bool {
	asked := -1
	for _, w := range lowerWords(q.text) {
		if i := slices.IndexFunc(injectionRoutes, func(r string) bool { return strings.HasPrefix(w, r) }); i >= 0 {
			asked = i
		}
	}
	if asked < 0 {
		return false
	}
	named := make([]bool, len(injectionRoutes))
	for _, w := range lowerWords(c.pass.p.Section + "\n" + c.pass.p.Caption + "\n" + c.pass.p.Text) {
		if i := slices.IndexFunc(injectionRoutes, func(r string) bool { return strings.HasPrefix(w, r) }); i >= 0 {
			named[i] = true
		}
	}
	return !named[asked] && slices.Contains(named, true)
}

// injectionRoutes are the ways of injecting a drug, each with doses of
// its own.
var injectionRoutes = []string{"intraven", "intramusc", "subcutan"}

// otherRowDrug reports whether c is the row of a drug of the corpus's
// tables other than the one the question doses. Not a row keyed by what
// it gives of each drug, a drug a column, whose header names the drug
// dosed: "Patiëntengroep: Maximale dosis · Tarvomycine (eerste keus): 800
// mg per dag · …" (FT-230).
func otherRowDrug(a Analyzer, q question, c *cand) bool {
	t := rowSubject(a, c.pass.p)
	if t == "" || t == q.dosed.full || !q.tables[t] {
		return false
	}
	_, cells := rowCells(c.pass.p.Text)
	return !slices.ContainsFunc(cells[min(1, len(cells)):], func(cell string) bool {
		h, _, ok := strings.Cut(cell, ": ")
		return ok && newTermSet(passageTerms(a, h)).score(*q.dosed) == 1
	})
}

// doseLabelledOther reports whether a sentence of the pair c that states
// a dose and does not name the drug dosed is labelled with a word the
// pair's other sentence names: "Adviseer paracetamol en zo nodig
// morvadrine. Morvadrine (spierontspanner): volwassenen 5 mg a.n." doses
// morvadrine, not paracetamol (FT-60). A label the other sentence does not
// name ("Dosering bij volwassenen: …") goes on with it.
func (s *Service) doseLabelledOther(q question, c *cand) bool {
	for j := c.lo; j <= c.hi && j < len(c.pass.spans); j++ {
		t := c.pass.itemLabel(s.cfg.Analyzer, j)
		if t == "" || t == q.dosed.full || c.pass.spanSets[j].score(*q.dosed) > 0 || !statesDose(c.pass.spans[j].Text) {
			continue
		}
		for k := c.lo; k <= c.hi && k < len(c.pass.spanSets); k++ {
			if k != j && c.pass.spanSets[k].covered(t) {
				return true
			}
		}
	}
	return false
}

// scoredOnly reports a table row whose cells after its key hold no word,
// only numbers ("Punten: 2"), under a caption that does not name the term
// a definition question asks about.
func (s *Service) scoredOnly(q question, c *cand) bool {
	caption, cells := rowCells(c.pass.p.Text)
	if len(cells) < 2 {
		return false
	}
	for _, cell := range cells[1:] {
		_, v, ok := strings.Cut(cell, ": ")
		if !ok {
			v = cell
		}
		if strings.ContainsFunc(v, unicode.IsLetter) {
			return false
		}
	}
	term := s.definedTerm(q)
	return !slices.ContainsFunc(passageTerms(s.cfg.Analyzer, caption), func(t string) bool { return term[t] })
}

// termInCaptionOnly reports a table row whose cells name no word of the
// term a definition question asks about that its caption does not, and
// not every word, under a caption that names the term; and the question
// gives no value (a band that holds "een HAZEL-score van 1" says what the
// score means). "Wat is de maximale HAZEL-score?" names "maximale", which
// the row "Maximale score: 7" names and its caption does not.
func (s *Service) termInCaptionOnly(q question, c *cand) bool {
	caption, cells := rowCells(c.pass.p.Text)
	term := s.definedTerm(q)
	if len(term) == 0 || caption == "" || len(q.values) > 0 || len(q.measures) > 0 {
		return false
	}
	inCells := newTermSet(passageTerms(s.cfg.Analyzer, strings.Join(cells, " ")))
	inCaption := newTermSet(passageTerms(s.cfg.Analyzer, caption))
	all, own := true, false
	for t := range term {
		all = all && inCells.covered(t)
		own = own || inCells.covered(t) && !inCaption.covered(t)
	}
	return !all && !own && slices.ContainsFunc(slices.Collect(maps.Keys(term)), inCaption.covered)
}

// rule returns the hard rule c breaks, or "".
func (s *Service) rule(q question, ps []*prepared, sub subjects, c *cand) string {
	// a dose under a heading that names the drug dosed is that drug's,
	// though the sentence or item does not name it (a tab set's panel)
	// (or, for any question on one subject, a list item under a heading
	// that names it: "Interacties: … acenocoumarol …: INR controleren na 3
	// dagen" under "Vernodazol", Asciidoctor's FT-64)
	// (read only for a candidate another subject's, the heading costs
	// an analysis of each heading of its section path)
	headed := func() bool {
		wide := sub.corpus()
		return q.dosed != nil && wide.headedBy(s.cfg.Analyzer, c, q.dosed.full, q.tables) ||
			c.pass.p.Kind == bronwijzer.KindList && len(wide.asked) == 1 && slices.ContainsFunc(slices.Collect(maps.Keys(wide.asked)), func(t string) bool {
				return wide.headedBy(s.cfg.Analyzer, c, t, q.tables)
			})
	}
	switch {
	case (sub.foreign(s.cfg.Analyzer, c) || sub.wide != nil && sub.wide.foreign(s.cfg.Analyzer, c)) && !headed(),
		s.otherVariant(q, ps, c), sub.labelledOther(s.cfg.Analyzer, q.tables, c),
		q.dosed != nil && !q.heads[q.dosed.full] && c.ctx.score(*q.dosed) == 0, // not the drug dosed
		// nor another drug's row of a table that doses the one asked too:
		// its caption names both ("Dosering van velmoxaan en drimetazol"),
		// and "Vrouw 78 jaar, allergisch voor velmoxaan. Hoeveel
		// drimetazol?" had got velmoxaan's row for the elderly (Lout's
		// FT-68)
		q.dosed != nil && c.form == formRow && q.tables[q.dosed.full] && otherRowDrug(s.cfg.Analyzer, q, c),
		// nor a pair whose dose its other sentence gives of what it is
		// labelled with ("Adviseer paracetamol en zo nodig morvadrine.
		// Morvadrine (spierontspanner): volwassenen 5 mg a.n." for the
		// dose of paracetamol, FT-60)
		q.dosed != nil && c.form == formPair && s.doseLabelledOther(q, c),
		// (a row keyed by its own drug names what a dose question is
		// about in itself or its caption, not in the section it stands
		// in: TCPDF's FT-33 sets its dose table under the heading of the
		// drug dosed in the text before it, and "fenoplastin dosering
		// volwassene" got carbexime's row for adults)
		q.kind == kindDose && c.form == formRow && rowSubject(s.cfg.Analyzer, c.pass.p) != "" && s.slotsUnnamedByRow(q, c),
		// nor with another drug's row that names the one asked as its
		// alternative ("Morvicine … Kinderen jonger dan 2 jaar:
		// gecontra-indiceerd. Gebruik trelazol oogzalf" for "Wat is de
		// dosering van trelazol oogdruppels?", Calibre's FT-35)
		q.kind == kindDose && c.form == formRow && s.anotherDrugsRow(q, c),
		// nor, for any question, with a row of another drug of a drug
		// column (drugColumn) whose table's row of a drug the question
		// names is among the passages: "Volwassenen · Middel:
		// dorfenamide · … · Duur: 10 dagen · Opmerking: bij allergie voor
		// tarvoxine" had answered "Hoe lang behandelt u een volwassene
		// met tarvoxine?" (WeasyPrint's FT-221)
		c.form == formRow && s.otherDrugColumn(q, ps, c),
		// nor the one asked whether it may be given (a row of its own
		// table names it in a header)
		q.given != nil && (c.form != formRow || !q.heads[q.given.full]) && c.ctx.score(*q.given) == 0,
		// a pair of which one sentence speaks of a table's drug and not of
		// the one dosed, a drug no table doses ("Hoeveel gram hesperamol
		// crème …?": "Hesperamol crème kan prikken … De kinderdosering van
		// morvalidon … 50 mg/ml")
		q.dosed != nil && len(sub.asked) == 0 && c.form == formPair && slices.ContainsFunc(c.pass.spanSets[c.lo:c.hi+1], func(set termSet) bool {
			return sub.corpus().other(set) && set.score(*q.dosed) == 0
		}):
		return ruleForeign
	case s.undescribed(q, ps, sub, c), s.drugsUnnamed(q, c):
		return ruleUndescribed
	case len(s.variantsUnasked(q, ps, c)) > 1 && !(q.kind == kindPermission && withheldFrom(q, c)):
		// (a row that withholds the drug from the patient answers whether
		// it may be given, whatever the use: "Mag korvidine bij een eGFR
		// van 20?" and "eGFR < 30: niet geven")
		return ruleVariant
	case c.outOfRange && strictKinds[q.kind] && len(c.missingQualifiers(q)) > 0, c.othersRow, c.keyedForOthers(q) && !(q.kind == kindPermission && len(q.values) > 0 && notForValue(q.values, c.text)):
		return ruleValue // the population's cells hold other ages, eGFRs or weeks than the patient's
	case strictKinds[q.kind] && (len(c.missingQualifiers(q)) > 0 || c.qualifierApart(q, sub) || c.forOthersOnly(q) || asksPopulation(q) && c.unheadedDoses()),
		c.addressedToOthers(q), c.otherRoute(q):
		return ruleQualifier
	case (q.kind == kindDose || q.kind == kindAmount) && !kindShown(q.kind, c) && !whetherDose(q, c) && !adjustsDose(q, c) && !ownRow(q, c),
		// a table of contra-indications and interactions doses nothing:
		// its "prednisolon > 10 mg per dag" is the other drug's
		q.kind == kindDose && c.form == formRow && againstTable(c.pass.p.Text),
		// a drug's row says what to give whom, not what a term means:
		// "Wat betekent eGFR?" got two dose rows for an eGFR range (a
		// table of categories and their criteria does define)
		q.kind == kindDefinition && c.form == formRow && (dosedRow(c.pass.p.Text) || q.tables[rowSubject(s.cfg.Analyzer, c.pass.p)]),
		// nor does a row that names the term in its key and gives it a
		// number only, under a caption about something else: "Wat zijn
		// vlasvlekken?" is not answered by a score's criterion "U –
		// Uitslag met vlasvlekken · Punten: 2" (w3m's FT-140)
		q.kind == kindDefinition && c.form == formRow && s.scoredOnly(q, c),
		// nor one row of a table that only its caption says is about
		// the term: "Score: 6–10 punten · Kans op zwinkoorts: hoog · …"
		// under "Interpretatie van de ZWIK-score" is one band of the
		// score, not what the score is (xhtml2pdf's FT-149)
		q.kind == kindDefinition && c.form == formRow && s.termInCaptionOnly(q, c):
		return ruleKind
	// how often something happens is a share or a rate: "60 jaar" is no
	// frequency of a nephritis
	case q.incidence && !s.incidenceOf(q, c), !q.incidence && !detailShown(q.detail, c.text),
		q.detail == detailThreshold && !limitOfMeasured(s.cfg.Analyzer, q.measured, c.text),
		// "2 weken" before what the question counts from; a candidate
		// under "IJzersuppletie" counts "na 3 maanden" from the start of
		// the iron that "na de start van ijzer" asks about
		q.event != nil && c.ctx.score(*q.event) == 0 && (q.eventOf == nil || c.ctx.score(*q.eventOf) == 0),
		s.countedFromAsked(q, c):
		return ruleDetail
	case slices.ContainsFunc(c.missingFacts(q), func(f fact) bool { return !s.caseFinding(q, ps, c, f) }):
		return ruleFacts
	case q.measure() && !c.namesAsked(q):
		return ruleMeasure
	case q.property && q.kind != kindDose && q.kind != kindAmount && !c.namesAsked(q),
		q.kind == kindDose && q.whichOf() && !doseWord(q.askedWord) && !q.choosesDrug() && !c.namesAsked(q),
		// what a term is, only a text that names the whole term says
		// ("Wat is matige uitdroging?" is no question about a
		// "doelmatigheid")
		!c.defined && !namesWholeTerm(q.term, c),
		// a question that names nothing the sources are about (no title
		// word, no subject of their rows) and a word they never use may
		// word otherwise what they say, but what it asks for must stand
		// in the answer: "In welke maanden komt gruttokoorts vooral
		// voor?" is not answered by a report's needs that "komen vooral"
		// to the fore
		len(q.unknown) > 0 && q.asked != nil && !sub.any() && len(sub.tabled) == 0 && q.kind != kindDose && q.kind != kindAmount && !c.namesAsked(q):
		return ruleAsked
	case (q.advice || q.kind == kindCondition) && underHeading(definitionHeadings, c.pass.p):
		// what a term means is no advice, nor a condition or moment: "PSK
		// plantaire schimmelkweek: een kweek van huidschilfers …" does not
		// say when to order one
		return ruleGlossary
	case len(sub.asked) > 0 && !sub.namesAll(c) && !namesDosed(q, c), sub.missesTabled(c),
		(q.kind == kindPermission || len(q.with) > 0) && !sub.togetherIn(c, slices.DeleteFunc(slices.Clone(q.acronyms), func(t string) bool { return q.titledShort(t, c.pass) })...):
		return ruleSubjects
	case s.rowMiss(q, c) != rowPointed:
		return ruleRow
	case len(q.unnamed[c.pass.p.DocumentID]) > 0:
		return ruleSlot
	case len(s.objectUnnamed(q, c)) > 0, c.form == formRow && q.counted != "" && s.keyUnasked(q, c):
		return ruleObject
	case q.interaction && !speaksOfInteraction(c):
		return ruleAsked // an interaction asked, drugs named for another reason
	case q.kind == kindCondition && c.form == formRow && rowAgainstOnly(c.text) && !q.against:
		// "Wanneer geef je quellomide?" asks when to give it: a row of its
		// contra-indications and interactions says when not to
		return ruleOpposed
	case q.detail == detailFrequency && c.form == formRow && dosedRow(c.pass.p.Text) && q.check:
		// "Hoe vaak moet de nierfunctie gecontroleerd worden tijdens
		// oravencil?" asks how often to check: a dose row's "1× per dag"
		// is how often to take the drug
		return ruleDetail
	case s.isOpposed(q, sub, c):
		return ruleOpposed
	case q.choosesDrug() && len(q.values) > 0 && notForValue(q.values, c.item()), (q.choosesDrug() || q.whatToGive()) && (excludes(q.text) || hypersensitive(q.text)) && s.givesWithheld(sub, c),
		s.givesAllergen(q, sub, c):
		return ruleNotFor
	case q.choosesDrug() && q.purposed[c.pass.p.DocumentID] && !c.pass.headedBy(s.cfg.Analyzer, *q.purpose):
		return rulePurpose
	case q.unit != nil && !unitShown(q.unit, c.text), q.counted != "" && !countShown(q.counted, c.text, c.pass.p.Section+"\n"+c.pass.p.Caption+"\n"+c.pass.p.Text),
		slices.Equal(q.unit, durationWords) && q.event == nil && !lengthShown(c.text):
		return ruleUnit
	}
	if ranged, fits := valueFit(q.values, c.text); ranged && !fits || c.form != formRow && exampleOther(q.values, c.text) || adultsExcluded(q, c.text) || c.form == formRow && adultAsked(q) && (childrensRow(c.pass.p.Text) || childrensHeading(c.pass.p)) ||
		q.incidence && widerGroup(q.values, c.text) ||
		strictKinds[q.kind] && (unrangedValue(q, c) || weightAmongAgeRows(q, ps, c) || adultsDoseTheChild(q, ps, c)) || scoreUngraded(q, ps, c) || scoreOtherGrade(q, c) || ageUnspoken(q, ps, c) {
		return ruleValue
	}
	if strictKinds[q.kind] && bodyUnstated(q, c) != "" {
		return ruleBody
	}
	return ""
}

// bodyWhy says that the sources give the answer (noun: "dosering") by a
// measure of the patient the question does not state.
func bodyWhy(measure, about, noun string) string {
	by := "het lichaamsgewicht"
	switch measure {
	case measureAge:
		by = "de leeftijd"
	case measureEGFR:
		by = "de nierfunctie"
	}
	return fmt.Sprintf("De bronnen%s geven de %s naar %s, en de vraag noemt dat niet.", about, noun, by)
}

// bodyUnstated returns the measure (body weight, age or eGFR) by whose
// ranges the candidate, a table row, is keyed ("Lichaamsgewicht: 5–10 kg"
// in its first cell) when the question states no value of it and names no
// population the key names (adults, or an age of 18 or more, for "≥ 40
// kg en volwassenen"; children for "Kinderen vanaf 2 jaar"; a kidney
// function for "eGFR 30–60"); "" otherwise. Such a row is one of the
// table's rows for other weights, ages or kidney functions, and which
// one holds the patient the question does not say.
func bodyUnstated(q question, c *cand) string {
	if c.form != formRow || c.key == "" {
		return ""
	}
	if m := c.partlyStated(q); m != "" {
		return m
	}
	// a population cell after the drug's bounded by weight alone
	// ("Kinderen > 25 kg") for a patient whose age the question states
	// and whose weight it does not: which band holds the child it does
	// not say (Docsify's FT-111 had given the row for children over 25 kg
	// to an infant younger than a month)
	if pop := populationCell(c.pass.p.Text); pop != "" && pop != c.key &&
		slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge }) &&
		!slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureWeight }) {
		bs := bounds(pop)
		if len(bs) > 0 && !slices.ContainsFunc(bs, func(b bound) bool { return b.measure != measureWeight }) {
			return measureWeight
		}
	}
	adult := q.adults != "" || slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge && v.lo >= adultAge })
	for _, b := range bounds(c.key) {
		if b.measure != measureWeight && b.measure != measureAge && b.measure != measureEGFR {
			continue
		}
		if slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == b.measure }) ||
			adult && namesAdults(c.key) ||
			slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.shownIn(c.key) }) {
			return ""
		}
		return b.measure
	}
	return ""
}

// partlyStated returns the measure, body weight or kidney function, by
// which the row's population cell bounds the patient besides a measure
// whose value the question states: "Kinderen en jongeren < 18 jaar,
// lichaamsgewicht ≥ 40 kg" is no row for "een kind van 10 maanden"
// (FT-30's paloxeril), whose weight, which the question does not give,
// decides whether it or no row holds the child. "" when the question
// states no value of the cell's measures, or all of them, when the cell
// gives its bounds as alternatives ("Kinderen < 12 jaar of < 40 kg"), or
// when the question says the kidneys work normally.
func (c *cand) partlyStated(q question) string {
	// (a bound in parentheses restates the one before it: "Kinderen 2–5
	// jaar (10–19 kg)")
	key := parenthesesOut.ReplaceAllString(c.populationKey(), "")
	if key == "" || slices.Contains(lowerWords(key), "of") {
		return ""
	}
	has := func(m string) bool {
		return slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == m })
	}
	stated, unstated := false, ""
	for _, b := range bounds(key) {
		switch {
		case b.measure != measureWeight && b.measure != measureAge && b.measure != measureEGFR:
		case has(b.measure):
			stated = true
		case unstated == "" && (b.measure == measureWeight || b.measure == measureEGFR && !kidneysIntact(q.text)):
			unstated = b.measure
		}
	}
	if !stated {
		return ""
	}
	return unstated
}

// kidneysIntact reports whether the question says the patient's kidney
// function is normal ("een normale nierfunctie", "nierfunctie is goed").
func kidneysIntact(text string) bool {
	ws := lowerWords(text)
	for i, w := range ws {
		if strings.HasPrefix(w, "nierfunctie") && intactFunction(ws, i) {
			return true
		}
	}
	return false
}

// incidenceOf reports whether the candidate answers an incidence question
// (q.incidence) with a share among the patients asked about: it states a
// share of a group (incidenceShown), names each population asked (ages by
// their ranges: "ouder dan 70 jaar" for 70-plussers) and the group after
// "bij" in its own text, and it or its title and section name each word
// that says what the question is about (its slots: "met kwelderkoorts",
// and the event the share is of, "een leverontsteking"), a compound in
// full or with its head as a word of its own (nameScore): "bij ongeveer
// 6% van de volwassenen" is no share among women, and "Bij 4% van de
// patiënten ontstaat een leverontsteking" none of a nierontsteking.
func (s *Service) incidenceOf(q question, c *cand) bool {
	if !q.incidence || !incidenceShown(c.text) && !rateStated(c.text) || len(c.missingQualifiers(q)) > 0 {
		return false
	}
	if ranged, fits := valueFit(q.values, c.text); ranged && !fits {
		return false
	}
	unnamed := func(set termSet) func(string) bool {
		return func(w string) bool {
			us := contentUnits(s.cfg.Analyzer, w)
			return len(us) > 0 && !named(set.nameScore(us[0]), true)
		}
	}
	return !slices.ContainsFunc(incidenceGroup(lowerWords(q.text)), unnamed(c.set)) && !slices.ContainsFunc(q.slots, unnamed(c.ctx))
}

// adultAge is the age, in months, from which a patient is an adult.
const adultAge = 18 * 12

// adultsWord returns the question's word for adults ("volwassenen",
// "volwassene") when it asks about adults and states no age and no
// population by age: "" otherwise.
func adultsWord(q question) string {
	if slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge }) ||
		slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.byAge }) {
		return ""
	}
	for _, w := range lowerWords(q.text) {
		if strings.HasPrefix(w, "volwassen") {
			return w
		}
	}
	return ""
}

// adultsExcluded reports whether a question about adults ("een
// volwassene", or an age of 18 or more) gets a candidate that gives ages,
// none of them the patient's, or names children and gives no ages, and
// does not name adults:
// "Middel: moxalide · 6–11 jaar: 1 dd 50 mg" is a child's dose, whatever
// the table gives adults elsewhere, and "Verwijs een kind jonger dan 1
// jaar …" is no advice for an adult.
func adultsExcluded(q question, text string) bool {
	statedAdult := slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge && v.lo >= adultAge })
	if q.adults == "" && !statedAdult || namesAdults(text) {
		return false
	}
	adult := []qvalue{{measure: measureAge, lo: adultAge, hi: adultAge}}
	if statedAdult {
		// the stated ages: a score's value ("een KAT van 8") says nothing
		// of whose advice it is
		adult = slices.DeleteFunc(slices.Clone(q.values), func(v qvalue) bool { return v.measure != measureAge })
	}
	ranged, fits := valueFit(adult, text)
	// advice for children alone ("Verwijs met spoed naar de kinderarts
	// bij: …", "Geef bij kinderen met stridor in rust … soralide") is
	// none for an adult either
	return ranged && !fits || !ranged && populations[0].shownIn(text)
}

// adultAsked reports a question about an adult: one that says so
// ("volwassene") or gives an age of 18 or more.
func adultAsked(q question) bool {
	return q.adults != "" || slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge && v.lo >= adultAge })
}

// childrensRow reports a table row whose population cell, its first or
// second led by a population, names children and not adults:
// "Patiëntgroep: Kinderen > 20 kg (≥ 6 jaar)" is no adult's row, though
// its "≥ 6 jaar" holds a woman of 75 (fpdf2's FT-158 had answered her
// with it, not with the row for the elderly).
func childrensRow(text string) bool {
	_, cells := rowCells(text)
	for _, cell := range cells[:min(2, len(cells))] {
		v := cell
		if _, after, ok := strings.Cut(cell, ": "); ok {
			v = after
		}
		if ledByPopulation(v) && populations[0].shownIn(v) && !namesAdults(v) {
			return true
		}
	}
	return false
}

// childrensHeading reports a table row under a heading that is children
// and not adults ("#### Kinderen" over FT-232's pipe table of drugs): the
// table is theirs (rowCand), no adult's row.
func childrensHeading(p bronwijzer.Passage) bool {
	h := populationHeading(p)
	return p.Kind == bronwijzer.KindTableRow && h != "" && populations[0].shownIn(h)
}

// populationHeading returns the heading a passage stands under when it is
// a population other than adults ("Kinderen", "Ouderen en nierfunctie"),
// whose every row is theirs (rowCand); "" otherwise.
func populationHeading(p bronwijzer.Passage) string {
	if h := ownHeading(p.Section); qualifierCell(h) && !namesAdults(h) {
		return h
	}
	return ""
}

// decide scores the candidate answers and answers with the best ones when
// the best reaches the model's threshold, else refuses and says why.
func (s *Service) decide(ctx context.Context, q question, ps []*prepared) (decision, error) {
	switch {
	case len(ps) == 0:
		return decision{abstain: true, why: "Er zijn geen passages gevonden die bij de vraag passen."}, nil
	case len(q.units) == 0:
		return decision{abstain: true, why: "De vraag bevat geen inhoudelijke termen om op te zoeken."}, nil
	}
	if err := s.placeInSources(ctx, &q, ps); err != nil {
		return decision{}, err
	}
	cands, sub := s.scored(q, ps)
	for _, c := range cands {
		if c.reject == "" && (s.fitsRejectedRow(q, cands, c) || s.adultsRowForOthers(q, c)) {
			c.reject = ruleValue
		}
	}
	allowed := s.generalFirst(q, s.fittingRowFirst(q, maximaFirst(q, slices.DeleteFunc(slices.Clone(cands), func(c *cand) bool { return c.reject != "" }))))
	// what a short form stands for is certain where the document gives
	// its long form beside it: that sentence answers "Waar staat VST
	// voor?" whatever the model makes of its other words (spelledFirst)
	allowed = spelledFirst(allowed)
	d := decision{}
	if len(allowed) > 0 {
		d.confidence = s.model.Confidence(allowed[0].feats)
	}
	if d.confidence < s.model.Threshold && !(len(allowed) > 0 && allowed[0].spells) {
		why, sugs, err := s.refusalWhy(ctx, q, ps, cands, sub)
		d.abstain, d.why, d.suggestions = true, why, sugs
		return d, err
	}
	var drafts []Draft
	var shown [][]string // the terms of each draft
	for _, c := range s.withAdultsRow(q, cands, s.choose(q, sub, allowed)) {
		// a lead-in without its list ("Verwijs met spoed naar de
		// kinderarts bij:", when a rule refused the list) says nothing
		if c.form != formList && endsWithColon(c.text) {
			continue
		}
		for _, d := range c.shown(s.cfg.Analyzer, q, sub).drafts() {
			// a sentence is shown once, and not again in other words of
			// its own: overlapping passages hold the same sentence, and a
			// guideline repeats its advice in its key messages
			ts := passageTerms(s.cfg.Analyzer, d.Text)
			if !slices.ContainsFunc(shown, func(o []string) bool { return repeats(ts, o) }) {
				drafts, shown = append(drafts, d), append(shown, ts)
			}
		}
	}
	if len(drafts) == 0 {
		why, sugs, err := s.refusalWhy(ctx, q, ps, cands, sub)
		d.abstain, d.why, d.suggestions = true, why, sugs
		return d, err
	}
	report := s.enforcer.check(drafts, ps)
	report.Verdicts = supportedOnly(report.Verdicts)
	if len(report.Verdicts) == 0 {
		d.abstain, d.why = true, "Geen zin uit de bronnen doorstond de broncontrole."
		return d, nil
	}
	d.report = report
	return d, nil
}

// adultsDoseTheChild reports whether c is a children's table row whose
// key gives no range that holds the patient ("Kinderen (op gewicht)")
// while a sentence of its document among the passages sends children of
// a range that holds him to the adults' dose: it names children and
// adults and a dose, and states none ("Kinderen van 40 kg en zwaarder:
// dosering voor volwassenen", the note under FT-236's table). That child
// is none of the row's: pdfLaTeX's FT-236 had given a child of 13 and 45
// kg the children's 10 mg/kg.
func adultsDoseTheChild(q question, ps []*prepared, c *cand) bool {
	if c.form != formRow || len(q.values) == 0 {
		return false
	}
	key := patientCell(c.pass.p)
	if !populations[0].shownIn(key) {
		return false
	}
	if ranged, _ := valueFit(q.values, key); ranged {
		return false // the key's range is valueFit's to rule on
	}
	for _, p := range ps {
		if p.p.DocumentID != c.pass.p.DocumentID {
			continue
		}
		for _, sent := range p.norm {
			// (the words first: the ranges are read of a sentence that
			// names children and adults only)
			if !populations[0].shownIn(sent) || !namesAdults(sent) || !slices.ContainsFunc(lowerWords(sent), doseWord) || statesDose(sent) {
				continue
			}
			if ranged, fits := valueFit(q.values, sent); ranged && fits {
				return true
			}
		}
	}
	return false
}

// withAdultsRow returns the chosen candidates with, after a row that
// doses the patient as adults ("Middel: brenoxacilline · Dosering: vanaf
// 12 jaar: als volwassenen"), the adults' row of its drug
// (adultsReferred brought it; adultsRowOf): the dose the row refers to,
// which alone would be no answer for the patient (it is adults', and the
// rules keep it from a question about a child: ruleQualifier, ruleValue).
func (s *Service) withAdultsRow(q question, cands, chosen []*cand) []*cand {
	out := slices.Clip(chosen)
	for _, c := range chosen {
		if c.form != formRow || !dosedAsAdults(c.text) || !referredAdults(q.values, c.pass.p) {
			continue
		}
		i := slices.IndexFunc(cands, func(a *cand) bool {
			return a.form == formRow && (a.reject == "" || a.reject == ruleQualifier || a.reject == ruleValue) && s.adultsRowOf(c.pass.p, a.pass.p)
		})
		if i >= 0 && !slices.Contains(out, cands[i]) {
			out = append(out, cands[i])
		}
	}
	return out
}

// generalFirst puts first, when the best candidate for a dose question
// stands under a heading for a form of the guideline's condition the
// question does not name ("5.2 Ernstige morvelkoorts: orale en
// intraveneuze dosering" in "Fictieve Standaard Morvelkoorts":
// subtypeHeading), the best allowed candidate outside such headings that
// doses the drug asked: the dose for the condition as the question asks
// it. Chromium's print of FT-234 had answered "Wat is de dosering
// dravomycine voor een volwassene?" with the row of the table for severe
// disease in the second line, 750 mg 2 dd, beside "Volwassenen: 500 mg 2
// dd" of the drug's own list.
func (s *Service) generalFirst(q question, allowed []*cand) []*cand {
	if len(allowed) < 2 || q.kind != kindDose && !statesDose(allowed[0].text) {
		return allowed
	}
	ws := lowerWords(q.text)
	unasked := func(c *cand) bool {
		form := s.subtypeHeading(c)
		return form != "" && !slices.Contains(ws, form)
	}
	if !unasked(allowed[0]) {
		return allowed
	}
	// the drug: the question's words the best candidate names itself
	var drug []unit
	for _, u := range q.units {
		if allowed[0].set.score(u) > 0 {
			drug = append(drug, u)
		}
	}
	i := slices.IndexFunc(allowed, func(c *cand) bool {
		return !unasked(c) && statesDose(c.text) && !slices.ContainsFunc(drug, func(u unit) bool { return c.ctx.score(u) == 0 })
	})
	if len(drug) == 0 || i < 0 {
		return allowed
	}
	// the rows of the other form are no answer beside it
	return slices.Concat([]*cand{allowed[i]}, slices.DeleteFunc(slices.Clone(allowed[:i]), unasked), slices.DeleteFunc(slices.Clone(allowed[i+1:]), unasked))
}

// subtypeHeading returns the word before the guideline's condition, a word
// of its title, in a heading of a candidate's section path, lower-cased:
// "ernstige" of "5.2 Ernstige morvelkoorts: orale en intraveneuze
// dosering" in "Fictieve Standaard Morvelkoorts"; "" when no heading
// names a form of the condition (a stop word or a number before it is
// none: "Behandeling van morvelkoorts").
func (s *Service) subtypeHeading(c *cand) string {
	title := newTermSet(c.pass.titleTerms)
	steps := strings.Split(c.pass.p.Section, bronwijzer.SectionSeparator)
	for _, h := range steps[min(1, len(steps)):] {
		ws := lowerWords(h)
		for i := 1; i < len(ws); i++ {
			prev := ws[i-1]
			if stopwords[prev] || isNumber(prev) || !unicode.IsLetter(firstLetter(prev)) {
				continue
			}
			if t := firstTerm(s.cfg.Analyzer, ws[i]); t != "" && title.has(t) && firstTerm(s.cfg.Analyzer, prev) != "" && !title.has(firstTerm(s.cfg.Analyzer, prev)) {
				return prev
			}
		}
	}
	return ""
}

// spelledFirst puts the allowed candidates that spell out the short form
// a question asks the meaning of (cand.spells) first, in their order:
// only those of the guideline's own words are then the answer. The model
// had ranked them below its threshold where the definition stands in a
// sentence about something else ("VadoSnel-antigeensneltest (VST) in
// urine: sensitiviteit 84%", python-markdown2's FT-202) or in a list of
// abbreviations.
func spelledFirst(allowed []*cand) []*cand {
	spells := func(c *cand) bool { return c.spells }
	if !slices.ContainsFunc(allowed, spells) {
		return allowed
	}
	out := slices.DeleteFunc(slices.Clone(allowed), func(c *cand) bool { return !spells(c) })
	return append(out, slices.DeleteFunc(allowed, spells)...)
}

// maximaFirst puts the candidates that state a maximum ("5 mg/kg/dag in 2
// giften (max. 1000 mg/dag)", "maximaal 14 dagen") before the others, in
// their order, when the question asks for one ("Wat is de maximale
// dagdosis …?"): the row of the children's dose that gives no maximum
// answers another question (HTMLDOC's FT-87 and Joomla's FT-90 had
// answered "de maximale dagdosis … bij kinderen" with the row of the
// heavier children, 500 mg 2 dd, beside the row that caps the dose by
// weight). The words are one family, read by their stem "max".
func maximaFirst(q question, allowed []*cand) []*cand {
	if !slices.ContainsFunc(lowerWords(q.text), maximum) {
		return allowed
	}
	states := func(c *cand) bool { return slices.ContainsFunc(lowerWords(c.text), maximum) }
	out := slices.DeleteFunc(slices.Clone(allowed), func(c *cand) bool { return !states(c) })
	return append(out, slices.DeleteFunc(allowed, states)...)
}

// fittingRowFirst puts first, when the best candidate is a table row for
// a population it names without a range ("Patiëntgroep: volwassenen") and
// the question gives the patient's age, weight, eGFR or weeks (q.values),
// the allowed row of the same table and drug whose range holds them:
// "Welke dosis solmucine voor een man van 75 jaar?" is answered by the row
// for "ouderen > 70 jaar", not by the adults' (Discount's FT-145 had
// answered with the adults' dose, twice the elderly's).
func (s *Service) fittingRowFirst(q question, allowed []*cand) []*cand {
	if len(q.values) == 0 || len(allowed) < 2 || allowed[0].form != formRow {
		return allowed
	}
	best := allowed[0]
	if ranged, _ := valueFit(q.values, best.pass.p.Text); ranged {
		return allowed
	}
	drug := rowSubject(s.cfg.Analyzer, best.pass.p)
	for i, c := range allowed[1:] {
		if c.form != formRow || !sameTable(c, best) || rowSubject(s.cfg.Analyzer, c.pass.p) != drug {
			continue
		}
		if _, fits := valueFit(q.values, c.pass.p.Text); fits {
			return slices.Concat([]*cand{c}, allowed[:i+1], allowed[i+2:])
		}
	}
	return allowed
}

// fitsRejectedRow reports whether c is a table row for a population it
// names without a range ("Populatie: Volwassenen") while a row of the same
// table and drug has a range holding the patient's age, weight, eGFR or
// weeks (q.values) and that doses by a measure the question does not
// state (ruleBody): the guideline doses the patient by that row, on a
// condition the question leaves open ("Ouderen ≥ 75 jaar en eGFR 30–60"
// for a woman of 80, her eGFR not given). The general row is then no
// answer either: commonmark.js's FT-210 had answered with the adults'
// dose, twice the elderly's.
func (s *Service) fitsRejectedRow(q question, cands []*cand, c *cand) bool {
	if len(q.values) == 0 || c.form != formRow {
		return false
	}
	if ranged, _ := valueFit(q.values, c.pass.p.Text); ranged {
		return false
	}
	drug := rowSubject(s.cfg.Analyzer, c.pass.p)
	return slices.ContainsFunc(cands, func(o *cand) bool {
		if o.reject != ruleBody || o.form != formRow || o.pass == c.pass || !sameTable(o, c) || rowSubject(s.cfg.Analyzer, o.pass.p) != drug {
			return false
		}
		_, fits := valueFit(q.values, o.pass.p.Text)
		return fits
	})
}

// adultsRowForOthers reports whether c is a dose row for adults alone
// without a range ("Populatie: Volwassenen") while a dose row of its drug
// in the same document, retrieved or not, has a range holding the
// patient's age, weight, eGFR or weeks (q.values): that row is the
// patient's, the adults' is for others. LuaLaTeX's FT-213 had answered
// "Welke dosering kolvenidaat bij een 76-jarige?" with the adults' dose,
// twice that of "Ouderen ≥ 70 jaar; eGFR 30–60", a row the question's
// words had not retrieved.
func (s *Service) adultsRowForOthers(q question, c *cand) bool {
	return s.patientsRowCell(q, c) != ""
}

// patientsRowCell returns, for adultsRowForOthers, the cell of the
// patient's own row that holds the value ("Ouderen ≥ 70 jaar; eGFR
// 30–60"), or "".
func (s *Service) patientsRowCell(q question, c *cand) string {
	if len(q.values) == 0 || c.form != formRow || !adultsOnly(c.populationKey()) {
		return ""
	}
	if ranged, _ := valueFit(q.values, c.pass.p.Text); ranged {
		return ""
	}
	drug := rowSubject(s.cfg.Analyzer, c.pass.p)
	if drug == "" {
		// (or of its drug column: "Volwassenen · Middel: belmadol" is no
		// row for a woman of 84 where "Ouderen > 75 jaar · Middel:
		// belmadol" stands, FT-221)
		drug = drugColumn(s.cfg.Analyzer, c.pass.p)
	}
	if drug == "" {
		return ""
	}
	for _, r := range q.drugRows[c.pass.p.DocumentID] {
		if _, fits := valueFit(q.values, r.text); r.drug != drug || !fits {
			continue
		}
		_, cells := rowCells(r.text)
		for _, cell := range cells {
			if _, v, ok := strings.Cut(cell, ": "); ok {
				cell = v
			}
			if ranged, fits := valueFit(q.values, cell); ranged && fits {
				return strings.TrimSpace(cell)
			}
		}
		return strings.TrimSpace(r.text)
	}
	return ""
}

// otherDrugsRow reports a dose row that joins the chosen rows although
// their words are much the same: the question asks for a population's
// dose and names no drug ("Zwangere van 10 weken: welk middel en welke
// dosering?"), and the row is another drug's of the same table than every
// chosen one. The rows of two drugs for the same population are then
// equally the answer, and showing one of them would choose the drug for
// the clinician: remarkable's FT-200 and python-markdown2's FT-202 had
// answered with the pregnancy row of the drug the guideline allows only
// after the first trimester, not with the one it prefers in every
// trimester, the row just below it.
func (s *Service) otherDrugsRow(q question, sub subjects, chosen []*cand, c *cand) bool {
	if q.kind != kindDose || len(q.quals) == 0 || len(sub.asked) > 0 || c.form != formRow {
		return false
	}
	// (a table grouped by population names the drug in the column after
	// the row's key: "Zwangerschap en borstvoeding · Middel: tarvoxine",
	// drugColumn)
	drugOf := func(p *prepared) string {
		if d := drugColumn(s.cfg.Analyzer, p.p); d != "" {
			return d
		}
		return rowSubject(s.cfg.Analyzer, p.p)
	}
	drug := drugOf(c.pass)
	return drug != "" && !slices.ContainsFunc(chosen, func(o *cand) bool {
		return o.form != formRow || !sameTable(o, c) || o.overlaps(c) || drugOf(o.pass) == drug
	})
}

// maximum reports whether a word is one of the family of "maximaal"
// ("max.", "maximum", "maximale").
func maximum(w string) bool { return strings.HasPrefix(w, "max") }

// choose returns the best candidate and at most MaxSentences-1 more whose
// ranking probability is at least secondaryShare of the best one's, that
// overlap no chosen one and repeat none, in reading order. When the
// question asks outright for a section of the guideline (q.sections: its
// contra-indications, its referral advice …) and no chosen candidate
// stands under it, the best allowed candidate there that names the
// question's subject joins the answer, in the last place: a table row's
// "eGFR < 30: gecontra-indiceerd" is part of the answer to "Wanneer is
// quilmeprofen gecontra-indiceerd?", the section that lists every
// contra-indication the rest.
func (s *Service) choose(q question, sub subjects, allowed []*cand) []*cand {
	chosen := []*cand{allowed[0]}
	if s.oneOfTheList(q, allowed[0]) {
		// the criteria a question asks for are the rows of the score's
		// table among the candidates, all of them; one alone is no answer
		for _, c := range allowed[1:] {
			if len(chosen) < maxListRows && c.form == formRow && sameTable(c, allowed[0]) && s.oneOfTheList(q, c) &&
				!slices.ContainsFunc(chosen, func(o *cand) bool { return o.pass == c.pass }) {
				chosen = append(chosen, c)
			}
		}
		if len(chosen) < 2 {
			return nil
		}
		return inReadingOrder(chosen)
	}
	joins := func(chosen []*cand, c *cand) bool {
		return !slices.ContainsFunc(chosen, func(o *cand) bool {
			return o.overlaps(c) || jaccard(o.terms, c.terms) >= DefaultMaxDuplicate
		})
	}
	// the words that say what the question is about (q.slots) that the
	// best candidate's own text names: a candidate joining it names them
	// too, in its text or its document's title (a guideline's sentences
	// need not repeat its condition), or it speaks of something else ("Het
	// is cruciaal om … data met elkaar te delen" beside the answer on
	// working with universities)
	var about []unit
	best := chosen[0].own(s.cfg.Analyzer)
	for _, w := range q.slots {
		for _, u := range contentUnits(s.cfg.Analyzer, w) {
			if best.score(u) > 0 {
				about = append(about, u)
			}
		}
	}
	for _, c := range allowed[1:] {
		if len(chosen) == s.cfg.MaxSentences {
			break
		}
		if chosen[0].spells && !c.spells {
			continue // a definition is joined only by another of the same
		}
		if c.p < secondaryShare*chosen[0].p {
			break // sorted: the rest are weaker
		}
		// a definition under its term's heading is joined only by the
		// rest of that definition
		if chosen[0].defined && c.pass.p.Section != chosen[0].pass.p.Section {
			continue
		}
		if (joins(chosen, c) || s.otherDrugsRow(q, sub, chosen, c)) && !slices.ContainsFunc(about, func(u unit) bool { return c.set.score(u) == 0 }) {
			chosen = append(chosen, c)
		}
	}
	under := func(c *cand) bool { return headingShown(q.sections, c) }
	if len(q.sections) > 0 && sub.any() && !slices.ContainsFunc(chosen, under) {
		for _, c := range allowed[1:] {
			if named, _ := sub.named(c); !named || !under(c) {
				continue
			}
			kept := chosen
			if len(kept) == s.cfg.MaxSentences {
				kept = kept[:len(kept)-1]
			}
			if joins(kept, c) {
				chosen = append(kept, c)
			}
			break
		}
	}
	return inReadingOrder(chosen)
}

// countedFromAsked reports whether a "wanneer" question asks the moment of
// an act that the candidate counts its moment from: "Wanneer start ik
// profylaxe?" is not answered by "Zie de patiënt 8 weken na de start van
// de profylaxe terug", a moment after the start, which says nothing of
// when to start. The candidate names the act (q.act) as a noun after "na
// de" or "na het".
func (s *Service) countedFromAsked(q question, c *cand) bool {
	if q.act == "" {
		return false
	}
	cw := lowerWords(c.text)
	for i := 2; i < len(cw); i++ {
		if cw[i-2] != "na" || cw[i-1] != "de" && cw[i-1] != "het" {
			continue
		}
		if ts := s.cfg.Analyzer.Terms(cw[i]); len(ts) > 0 && ts[0] == q.act {
			return true
		}
	}
	return false
}

// inReadingOrder keeps the best candidate's passage first but orders the
// candidates of one passage as they stand in it, so a sentence that refers
// back ("deze middelen") follows the one it refers to.
func inReadingOrder(cs []*cand) []*cand {
	first := map[*prepared]int{}
	for i, c := range cs {
		if _, ok := first[c.pass]; !ok {
			first[c.pass] = i
		}
	}
	slices.SortStableFunc(cs, func(a, b *cand) int {
		if a.pass != b.pass {
			return cmp.Compare(first[a.pass], first[b.pass])
		}
		return cmp.Compare(a.lo, b.lo)
	})
	return cs
}

func supportedOnly(vs []Verdict) []Verdict {
	return slices.DeleteFunc(slices.Clone(vs), func(v Verdict) bool { return !v.Supported })
}

// refusalWhy says which case a refusal is: no source covers what the
// question is about (naming the words); the sources cover its subject but
// not the population or detail asked (naming them); or the passages found
// do not answer it clearly enough.
func (s *Service) refusalWhy(ctx context.Context, q question, ps []*prepared, cands []*cand, sub subjects) (string, []Suggestion, error) {
	about := ""
	if w := s.subjectWords(q, sub); len(w) > 0 {
		about = " over " + quoteList(w)
	}
	noun := kindNouns[q.kind]
	if s.asksDose(q, ps, sub) {
		noun = kindNouns[kindDose] // "Hoeveel fenolastine mag …?" asked a dose (scored)
	}
	absent := s.absentWords(q, ps)
	// "bij verdenking op glasoog" asks of glasoog: sources that treat it
	// in other words ("bij een vermoeden van …") do not fail to treat it
	// (the subject slots only: outsideSources)
	absent = slices.DeleteFunc(absent, func(w string) bool {
		if !slices.ContainsFunc(q.slots, func(s string) bool { return strings.EqualFold(s, w) }) {
			return false
		}
		c := complementOf(q.text, w)
		return c != "" && !slices.Contains(absent, c)
	})
	absent = slices.DeleteFunc(absent, func(w string) bool {
		return slices.ContainsFunc(ps, func(p *prepared) bool { return p.namesDerived(w) })
	})
	miss, err := s.unknownToSources(ctx, q, absent, false)
	if err != nil {
		return "", nil, err
	}
	if len(miss) > 0 {
		sugs := s.suggest(ctx, miss)
		return unknownWhy(q, miss) + askAfter(sugs), sugs, nil
	}
	why := s.detailWhy(q, ps, cands, sub, about, noun)
	if len(q.suggested) > 0 && strings.HasSuffix(why, askAfter(q.suggested)) { // ruleOutside's
		return why, q.suggested, nil
	}
	return why, nil, nil
}

// unknownWhy says which words of the question no source names. Of what
// the question is about (its slot words, or the words that made it a
// question outside the sources) it says that the sources do not treat
// it; of another word (a verb, an adjective: "stranden", "sceptisch") only
// that the sources never use it, as they may say the same in other words.
func unknownWhy(q question, miss []string) string {
	var subjects, words []string
	for _, w := range miss {
		if slices.ContainsFunc(q.slots, func(s string) bool { return strings.EqualFold(s, w) }) || slices.Contains(q.outside, w) {
			subjects = append(subjects, w)
		} else {
			words = append(words, w)
		}
	}
	switch {
	case len(words) == 0:
		return fmt.Sprintf("De bronnen behandelen %s niet.", quoteList(subjects))
	case len(subjects) == 0:
		return fmt.Sprintf("De bronnen noemen %s nergens.", quoteList(words))
	}
	return fmt.Sprintf("De bronnen behandelen %s niet en noemen %s nergens.", quoteList(subjects), quoteList(words))
}

// unknownToSources returns the words of absent (none of the retrieved
// passages names them) that no passage of the sources names either: a
// search for the word alone finds no passage holding it. Only of those may
// a refusal say that the sources do not treat them; a drug, a verb or a
// detail that the guideline names elsewhere ("korvidine" in a question the
// search answered with another guideline's passages) is no such word.
// A passage holds a word when it covers it (with every part, for a
// compound, when every is set; any part will do otherwise) or uses a short
// form of the name the word belongs to. Searched among the
// sources the answer may cite (verified only, unless unverified ones are
// allowed): on a refusal, and for the few words outsideSources finds in
// no retrieved passage.
func (s *Service) unknownToSources(ctx context.Context, q question, absent []string, every bool) ([]string, error) {
	var out []string
	for _, w := range absent {
		named := false
		for _, form := range append(append([]string{w}, latinNumber(w)...), infinitiveOf(w)...) {
			found, err := s.search.Search(ctx, form, retrieval.SearchOptions{K: 1, Mode: retrieval.Lexical, VerifiedOnly: !s.cfg.AllowUnverified})
			if err != nil {
				return nil, fmt.Errorf("answer: search: %w", err)
			}
			us := contentUnits(s.cfg.Analyzer, form)
			ps := s.enforcer.prepare(found)
			if slices.ContainsFunc(ps, func(p *prepared) bool { return p.names(us, every) }) || abbreviated(q.text, form, ps) {
				named = true
				break
			}
		}
		if particle, verb, ok := separable(w); ok && !named {
			found, err := s.search.Search(ctx, particle+" "+verb, retrieval.SearchOptions{K: 10, Mode: retrieval.Lexical, VerifiedOnly: !s.cfg.AllowUnverified})
			if err != nil {
				return nil, fmt.Errorf("answer: search: %w", err)
			}
			named = slices.ContainsFunc(s.enforcer.prepare(found), func(p *prepared) bool {
				return slices.ContainsFunc(p.norm, func(sentence string) bool { return s.separated(particle, verb, sentence) })
			})
		}
		if !named {
			out = append(out, w)
		}
	}
	return out, nil
}

// separable splits the infinitive of a separable verb into its particle
// and verb ("terugkomen" → "terug", "komen"): a word that begins with a
// particle and ends in "-en" after a verb of at least four letters. A
// word that only looks so ("overleggen", "ondersteunen" never stand
// apart) is at worst also searched for in a split form no source writes.
func separable(w string) (particle, verb string, ok bool) {
	lower := strings.ToLower(w)
	for _, p := range analysis.SeparableParticles {
		rest, found := strings.CutPrefix(lower, p)
		if found && utf8.RuneCountInString(rest) >= 4 && strings.HasSuffix(rest, "en") {
			return p, rest, true
		}
	}
	return "", "", false
}

// separatedWithin bounds how far after its verb a separable verb's
// particle may stand ("bouw somnarol in 2 weken af").
const separatedWithin = 8

// separated reports whether sentence writes the separable verb of particle
// and verb (an infinitive) apart: after "te" ("terug te komen"), or as a
// finite verb with the particle after it in the same sentence ("bouw
// somnarol in 2 weken af", "komt … terug"). A finite form is a word with
// the infinitive's stem, with or without a final t.
func (s *Service) separated(particle, verb, sentence string) bool {
	ws := lowerWords(sentence)
	if strings.Contains(" "+strings.Join(ws, " ")+" ", " "+particle+" te "+verb+" ") {
		return true
	}
	stem := s.cfg.Analyzer.Terms(verb)
	if len(stem) == 0 {
		return false
	}
	finite := func(w string) bool {
		for _, form := range []string{w, strings.TrimSuffix(w, "t")} {
			if ts := s.cfg.Analyzer.Terms(form); len(ts) > 0 && ts[0] == stem[0] {
				return true
			}
		}
		return false
	}
	for i, w := range ws {
		if finite(w) && slices.Contains(ws[i+1:min(len(ws), i+1+separatedWithin)], particle) {
			return true
		}
	}
	return false
}

// latinNumber returns the other number of a drug class's Latin name, the
// form Dutch uses beside it: "antibiotica" for "antibioticum" and back,
// "diuretica", "anticonceptivum". Snowball stems neither to the other (the
// project's analyser stems "-icum" as "-ica", analysis.Stem, but not
// "-ivum", and the fallback analyser neither), so a source that says
// "behandel met een antibioticum" would otherwise be said not to treat
// "antibiotica". Only the -icum/-ica and -ivum/-iva
// nouns of adjectives qualify: a short Latin word has a Dutch plural and
// meaning of its own ("data" are no dates).
func latinNumber(w string) []string {
	lower := strings.ToLower(w)
	if len(lower) < 8 {
		return nil
	}
	for _, pair := range [][2]string{{"icum", "ica"}, {"ivum", "iva"}} {
		if stem, ok := strings.CutSuffix(lower, pair[0]); ok {
			return []string{stem + pair[1]}
		}
		if stem, ok := strings.CutSuffix(lower, pair[1]); ok {
			return []string{stem + pair[0]}
		}
	}
	return nil
}

// infinitiveOf returns the infinitive of a verb's present tense in "-t"
// ("verdraagt" → "verdragen", "werkt" → "werken"), which the stemmer keeps
// apart from it: a source that says "als nordaxilline niet wordt
// verdragen" treats what "… niet verdraagt" asks. The long vowel of a
// closed syllable is written single in the open one; the analyser's
// undoubling and devoicing take care of "past" ("passen") and "geeft"
// ("geven").
func infinitiveOf(w string) []string {
	base, ok := strings.CutSuffix(strings.ToLower(w), "t")
	if !ok || utf8.RuneCountInString(base) < 4 || strings.HasSuffix(base, "t") {
		return nil
	}
	if n := len(base); !isVowelByte(base[n-1]) && isVowelByte(base[n-2]) && base[n-2] == base[n-3] {
		base = base[:n-2] + base[n-1:] // "verdraag" → "verdrag"
	}
	return []string{base + "en"}
}

func isVowelByte(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// outsideSources returns the words that say what the question is about
// (subjectSlots) that the sources name nowhere: no retrieved passage covers
// or abbreviates them and a search of the sources for the word alone finds
// no passage that does. A compound counts as named when every part is
// ("ijzergebreksanemie" is not named by a passage on a "gebrek" alone). A
// question about osteoporosis gets no answer from a guideline that never
// names it, however well a sentence on starting another drug matches its
// other words.
func (s *Service) outsideSources(ctx context.Context, q question, ps []*prepared) (outside, unknown []string, err error) {
	var absent []string
	var slots []string
	for _, w := range q.slots {
		// a noun with a complement is asked of the complement: "bij
		// verdenking op glasoog" is outside sources that never name
		// glasoog, not outside those that say "bij een vermoeden van
		// glasoog"; "het ophogen van kordipram" is asked of kordipram
		if c := complementOf(q.text, w); c != "" {
			w = c
		}
		if !slices.Contains(slots, w) {
			slots = append(slots, w)
		}
	}
	if w := receivedAmount(lowerWords(q.text)); w != "" && !slices.Contains(slots, w) {
		// what a patient gets an amount of is what the question is about,
		// as a slot is: "Hoeveel fernacilline krijgt een patiënt van 78
		// jaar?" is outside sources that never name fernacilline, and the
		// reports had answered it with a sentence on what a
		// physiotherapist's practice "krijgt"
		slots = append(slots, w)
	}
	for _, w := range slots {
		us := contentUnits(s.cfg.Analyzer, w)
		if !slices.ContainsFunc(ps, func(p *prepared) bool { return p.namesSlot(s.cfg.Analyzer, w, us) }) && !abbreviated(q.text, w, ps) {
			absent = append(absent, w)
		}
	}
	if len(absent) == 0 {
		// Without such a word, two words of the question that no source
		// names say as much: "Wat moet ik controleren als een patiënt die
		// coumarinederivaten gebruikt lindoxan krijgt?" asks of a drug and
		// a drug class in clauses that hold no slot, and the reports
		// answered it with an app for skin lesions. One unknown word may
		// be the question's own wording of what the sources say.
		// Not the noun asked for, nor one asked of its complement ("Welk
		// onderzoek doe ik bij verdenking op glasoog?"): the sources may
		// word those otherwise.
		words := slices.DeleteFunc(s.absentWords(q, ps), func(w string) bool {
			return strings.EqualFold(w, q.askedWord) || complementOf(q.text, w) != ""
		})
		miss, err := s.unknownToSources(ctx, q, words, true)
		if err != nil || len(miss) < minUnknownWords {
			return nil, miss, err
		}
		return miss, nil, nil
	}
	outside, err = s.unknownToSources(ctx, q, absent, true)
	return outside, nil, err
}

// receivedAmount returns what "hoeveel" asks the amount of (amountOf)
// when a verb of giving or taking a drug follows it ("Hoeveel
// fernacilline krijgt …?", "Hoeveel X geef ik …?") and it is no unit
// ("Hoeveel gram …", "Hoeveel dagen …"); "" otherwise. An amount measured
// ("Bij hoeveel urineproductie …?") may be worded otherwise by the
// sources.
func receivedAmount(ws []string) string {
	w := amountOf(ws)
	i := slices.Index(ws, w)
	if w == "" || units[w] != "" || countUnits[w] != nil || i+1 >= len(ws) {
		return ""
	}
	if next := ws[i+1]; doseVerbs[next] || receiveVerbs[next] {
		return w
	}
	return ""
}

// receiveVerbs are the forms of the verbs by which a patient gets or
// takes a drug, beside doseVerbs (by which it is given).
var receiveVerbs = setOf("krijgt", "krijgen", "krijg", "gebruikt", "gebruiken", "gebruik", "neemt", "nemen", "neem", "slikt", "slikken")

// derivedEndings are the endings by which Dutch derives the nouns and
// adjectives of a Greek or Latin medical word from one root: "epilepsie",
// "epileptisch", "anti-epilepticum"; "allergie", "allergisch". Longest
// first.
var derivedEndings = []string{"ticum", "tische", "tisch", "tica", "ische", "isch", "icum", "ica", "sie", "tie", "ie"}

// minDerivedRoot is the fewest letters a root keeps without its ending:
// shorter roots ("anem" of "anemie", "func" of "functie") say too little.
const minDerivedRoot = 5

// derivedRoot returns a lower-case word without its derivational ending
// (derivedEndings), or "" when it has none or too short a root left.
func derivedRoot(w string) string {
	w = strings.ToLower(w)
	for _, e := range derivedEndings {
		if root, ok := strings.CutSuffix(w, e); ok {
			if utf8.RuneCountInString(root) < minDerivedRoot {
				return ""
			}
			return root
		}
	}
	return ""
}

// namesSlot reports whether the passage names a slot word w (with us, its
// units): in full, in its heading, as the population it marks or in a
// form derived from its root.
func (p *prepared) namesSlot(a Analyzer, w string, us []unit) bool {
	if p.names(us, true) || p.headed(w) || p.namesPopulationOf(w) || p.namesDerived(w) {
		return true
	}
	// a patient named by what he has or gets ("dialysepatiënt",
	// "COPD-patiënt") is named where that is: a source that doses "bij
	// eGFR < 15 of dialyse" treats the dialysis patient (groff tbl's
	// FT-235)
	if head := patientOf(w); head != "" {
		return p.namesSlot(a, head, contentUnits(a, head))
	}
	return false
}

// patientOf returns, in lower case, what a compound for a patient names
// him by: its first part, four letters or more, before a word for the
// patient ("dialysepatiënt": "dialyse"; "COPD-patiënten": "copd"); ""
// for another word.
func patientOf(w string) string {
	lower := strings.ToLower(w)
	for _, end := range []string{"patiënten", "patiënte", "patiënt", "patienten", "patiente", "patient"} {
		if head, ok := strings.CutSuffix(lower, end); ok {
			head = strings.TrimSuffix(head, "-")
			if utf8.RuneCountInString(head) < minCompoundPart {
				return ""
			}
			return head
		}
	}
	return ""
}

// namesDerived reports whether the passage names word w in another form
// derived from its root ("het anti-epilepticum dorvalproon" names
// epilepsie) or in the word whose stem the root is, alone or as a part of
// a compound ("diabetische" of "diabetespatiënten", whose part "diabetes"
// the analyser stems to "diabet"): a source that does is not one that
// never treats it.
func (p *prepared) namesDerived(w string) bool {
	root := derivedRoot(w)
	if root == "" {
		return false
	}
	lower := strings.ToLower(w)
	for _, e := range derivedEndings { // "diabetische": "diabe" or "diabet"
		if r, ok := strings.CutSuffix(lower, e); ok && utf8.RuneCountInString(r) >= minDerivedRoot && p.passageSet.has(r) {
			return true
		}
	}
	for _, v := range splitWords(p.p.Text) { // "anti-epilepticum": two words
		if derivedRoot(v) == root {
			return true
		}
	}
	return false
}

// minUnknownWords is how many of a question's words no source names
// (outside the slots) make it a question outside the sources.
const minUnknownWords = 2

// namesPopulationOf reports whether the passage names the population that
// word w is the mark of: "een slechte nierfunctie" is what a guideline
// says as "bij een eGFR onder 30". Only a mark with at most an inflection
// after it ("nierfunctie", "zuigelingen"): a compound that goes on names
// something else of the population ("zuigelingenkoliek", a condition).
func (p *prepared) namesPopulationOf(w string) bool {
	w = strings.ToLower(w)
	for _, g := range populations {
		if slices.ContainsFunc(g.prefixes, func(m string) bool {
			return strings.HasPrefix(w, m) && utf8.RuneCountInString(w)-utf8.RuneCountInString(m) <= maxInflection
		}) && g.shows(w) && g.shownIn(p.p.Text) {
			return true
		}
	}
	return false
}

// maxInflection is the most letters an inflection adds to a word ("-en",
// "-ën", "-s", "-e").
const maxInflection = 3

// placeInSources sets what the sources say of the question's subject
// words: those no source names (q.outside, ruleOutside) and, per document
// of the passages, those it does not name (q.unnamed, ruleSlot). The
// hard rules read both; Ask and Candidates call it alike.
func (s *Service) placeInSources(ctx context.Context, q *question, ps []*prepared) error {
	var err error
	if q.outside, q.unknown, err = s.outsideSources(ctx, *q, ps); err != nil {
		return err
	}
	if len(q.outside) > 0 {
		q.suggested = s.suggest(ctx, q.outside)
	}
	if q.spelled, err = s.spelledOut(ctx, *q, ps); err != nil {
		return err
	}
	q.spelledTerms = nil
	for _, f := range slices.Concat(q.facts, q.measures) {
		if long := q.spelled[f.Norm]; long != "" {
			for _, t := range s.cfg.Analyzer.Terms(f.Text) {
				if q.spelledTerms == nil {
					q.spelledTerms = map[string]string{}
				}
				q.spelledTerms[t] = long
			}
		}
	}
	q.unnamed, err = s.slotsUnnamed(ctx, *q, ps)
	return err
}

// spelledOut returns, for each short form the question names as a fact
// ("DLA") or gives the value of ("KPS 6", q.measures), the long form
// (folded) its sources define it by ("Dwingelose lymfangitis (DLA) is
// …", by the rules of retrieval/abbrev): in the
// retrieved passages, or else in those a lexical search of their
// documents for the short form finds, where a definition stands that the
// question's other words did not retrieve.
func (s *Service) spelledOut(ctx context.Context, q question, ps []*prepared) (map[string]string, error) {
	var out map[string]string
	var docs []string
	for _, p := range ps {
		if !slices.Contains(docs, p.p.DocumentID) {
			docs = append(docs, p.p.DocumentID)
		}
	}
	for _, f := range slices.Concat(q.facts, q.measures) {
		if f.Kind != "name" || !acronym(f.Text) {
			continue
		}
		long := expansionIn(f.Text, ps)
		for _, run := range titleRuns(f.Text, ps) {
			if long != "" {
				break
			}
			found, err := s.search.Search(ctx, run, retrieval.SearchOptions{K: maxDefinitionSearch, Mode: retrieval.Lexical,
				VerifiedOnly: !s.cfg.AllowUnverified, DocumentIDs: docs})
			if err != nil {
				return nil, fmt.Errorf("answer: search: %w", err)
			}
			texts := make([]string, len(found))
			for i, p := range found {
				texts[i] = p.Text
			}
			long = learnedLong(f.Text, texts)
		}
		if long != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[f.Norm] = long
		}
	}
	return out, nil
}

// titleRuns returns the runs of words of the passages' titles that may
// spell out short form short (retrieval/abbrev.Explains: "Dwingelose
// lymfangitis" of "DLA" in "Fictieve Standaard Dwingelose lymfangitis"),
// of two words or more: the condition a guideline is named after, which
// its text defines the short form of where the question's other words do
// not lead (spelledOut searches for the run).
func titleRuns(short string, ps []*prepared) []string {
	var out []string
	for _, p := range ps {
		ws := strings.FieldsFunc(p.p.Title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
		for i := range ws {
			for j := i + 2; j <= len(ws); j++ {
				run := strings.Join(ws[i:j], " ")
				if abbrev.Explains(short, run) && !slices.Contains(out, run) {
					out = append(out, run)
				}
			}
		}
	}
	return out
}

// maxDefinitionSearch bounds the passages spelledOut reads for a short
// form's definition.
const maxDefinitionSearch = 200

// slotsUnnamed returns, for each document of the passages, the words
// that say what the question is about (subjectSlots) that the document
// names nowhere: no retrieved passage of it names or abbreviates them, and
// a lexical search of the document for the word finds no passage that
// names it (ruleSlot). Nil when the question has no such word, or when the
// sources name none of them (ruleOutside refuses it then).
func (s *Service) slotsUnnamed(ctx context.Context, q question, ps []*prepared) (map[string][]string, error) {
	if len(q.slots) == 0 || len(q.outside) > 0 {
		return nil, nil
	}
	byDoc := map[string][]*prepared{}
	var docs []string
	for _, p := range ps {
		if _, ok := byDoc[p.p.DocumentID]; !ok {
			docs = append(docs, p.p.DocumentID)
		}
		byDoc[p.p.DocumentID] = append(byDoc[p.p.DocumentID], p)
	}
	// A noun with a complement ("bij verdenking op velaatjicht", "na de
	// start van tolzarine") says what of the complement is asked; the
	// guideline may word it otherwise ("bij een vermoeden van …"), and the
	// complement is what the question is about.
	slots := slices.DeleteFunc(slices.Clone(q.slots), func(w string) bool { return complementOf(q.text, w) != "" })
	var out map[string][]string
	for _, doc := range docs {
		for _, w := range slots {
			us := contentUnits(s.cfg.Analyzer, w)
			if slices.ContainsFunc(byDoc[doc], func(p *prepared) bool { return p.namesSlot(s.cfg.Analyzer, w, us) }) || abbreviated(q.text, w, byDoc[doc]) {
				continue
			}
			found, err := s.search.Search(ctx, w, retrieval.SearchOptions{K: 3, Mode: retrieval.Lexical,
				VerifiedOnly: !s.cfg.AllowUnverified, DocumentIDs: []string{doc}})
			if err != nil {
				return nil, fmt.Errorf("answer: search: %w", err)
			}
			fps := s.enforcer.prepare(slices.DeleteFunc(slices.Clone(found), func(p bronwijzer.Passage) bool { return p.DocumentID != doc }))
			if slices.ContainsFunc(fps, func(p *prepared) bool { return p.names(us, true) || p.headed(w) }) || abbreviated(q.text, w, fps) {
				continue
			}
			if out == nil {
				out = map[string][]string{}
			}
			out[doc] = append(out[doc], w)
		}
	}
	return out, nil
}

// complementOf returns the word that the question's slot word w leads as
// a noun with a complement ("verdenking op glasoog" → "glasoog", "de start
// van tolzarine" → "tolzarine", "het ophogen van kordipram" →
// "kordipram"), or "" when w has none. The patient is no complement: in
// "ambervlekkenziekte van de patiënt krijgen" the disease is what is
// asked.
func complementOf(question, w string) string {
	ws := lowerWords(question)
	w = strings.ToLower(w)
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != w || ws[i+1] != "op" && ws[i+1] != "van" {
			continue
		}
		j := i + 2
		for j < len(ws) && articles[ws[j]] {
			j++
		}
		if j < len(ws) && !stopwords[ws[j]] && !questionWords[ws[j]] && !isNumber(ws[j]) && !slotPrepositions[ws[j]] &&
			!patientWords[ws[j]] && !personWords[ws[j]] {
			return ws[j]
		}
	}
	return ""
}

// headed reports whether the passage's text or section path has a
// compound whose head is the word w as written ("onderbenen" for the
// "benen" of "vlekken op de benen": a Dutch compound is what its last
// part says). The analysed terms cannot tell: the stemmer makes "ben" of
// "benen" and "onderb" of "onderbenen".
func (p *prepared) headed(w string) bool {
	w = strings.ToLower(w)
	if len([]rune(w)) < minCompoundRunes {
		return false
	}
	for _, text := range []string{p.p.Text, p.p.Section} {
		lower := strings.ToLower(text)
		for from := 0; ; {
			i := strings.Index(lower[from:], w)
			if i < 0 {
				break
			}
			i += from
			end := i + len(w)
			before, _ := utf8.DecodeLastRuneInString(lower[:i])
			after, _ := utf8.DecodeRuneInString(lower[end:])
			if i > 0 && unicode.IsLetter(before) && (end == len(lower) || !unicode.IsLetter(after)) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// names reports whether one sentence of the passage (with the document's
// title) or its section path and caption names the word of units us
// (named): a compound's parts name it together in one place, not in two
// other compounds of the passage ("longfunctie" is not named by a
// "longziekte" and a "nierfunctie").
func (p *prepared) names(us []unit, every bool) bool {
	if named(newTermSet(p.contextTerms).coverage(us, nil), every) {
		return true
	}
	return slices.ContainsFunc(p.spanSets, func(set termSet) bool { return named(set.coverage(us, nil), every) })
}

// named reports whether a word's coverage names it: with every part of a
// compound (partCredit or more) when every is set, else with any part.
func named(coverage float64, every bool) bool {
	if every {
		return coverage >= partCredit
	}
	return coverage > 0
}

// detailWhy says why the sources that cover the question's words do not
// answer it: the rule every candidate breaks, the noun asked that the best
// one does not name, the kind of answer none gives; else that the passages
// found do not answer it clearly enough.
func (s *Service) detailWhy(q question, ps []*prepared, cands []*cand, sub subjects, about, noun string) string {
	allRuled := len(cands) > 0 && !slices.ContainsFunc(cands, func(c *cand) bool { return c.reject == "" })
	for _, c := range cands {
		// the patient's own row, not retrieved, beside the adults' row
		// (adultsRowForOthers)
		if c.reject != ruleValue {
			continue
		}
		if cell := s.patientsRowCell(q, c); cell != "" && !slices.ContainsFunc(cands, func(o *cand) bool {
			return o.form == formRow && strings.Contains(o.pass.p.Text, cell)
		}) {
			return fmt.Sprintf("De bronnen%s geven een aparte dosering bij ‘%s’, maar die tabelrij is niet gevonden; de dosering voor volwassenen geldt hier niet.", about, cell)
		}
	}
	if allRuled { // every candidate breaks a rule: say which the best one breaks
		best := cands[0]
		if best.reject == ruleKind {
			// "noemen geen dosering" is untrue when a candidate gives one
			// that another rule refused: say that rule ("Hoeveel
			// fenolastine mag een zwangere?" beside the dose rows for
			// others: "… noemen geen dosering bij ‘zwangere’")
			if i := slices.IndexFunc(cands, func(c *cand) bool { return c.reject != ruleKind && kindShown(q.kind, c) }); i >= 0 {
				best = cands[i]
			}
		}
		if best.reject == ruleQualifier && strictKinds[q.kind] && !slices.ContainsFunc(q.quals, func(ql qualifier) bool { return !ql.group.byAge }) {
			// "noemen geen dosering bij ‘kind’" is untrue when the rows
			// for children are keyed by a weight the question does not
			// give ("< 5 kg", "5–10 kg"): say that (not for a pregnancy,
			// which no weight answers)
			for _, c := range cands {
				if m := bodyUnstated(q, c); m != "" && (c.reject == ruleQualifier || c.reject == ruleBody) {
					return bodyWhy(m, about, noun)
				}
			}
		}
		if why := s.ruleWhy(q, ps, sub, best, about, noun); why != "" {
			return why
		}
	}
	// What a refusal says the sources lack, no allowed candidate may hold:
	// the best one's weakness is not the sources'.
	allowed := slices.DeleteFunc(slices.Clone(cands), func(c *cand) bool { return c.reject != "" })
	if len(allowed) > 0 && !slices.ContainsFunc(allowed, func(c *cand) bool { return c.namesAsked(q) }) &&
		!(q.kind == kindDose && strings.HasPrefix(q.askedWord, "dos")) { // "welke dosis" names the kind, which the table calls "Dosering"
		return fmt.Sprintf("De bronnen noemen geen ‘%s’ in dit verband.", q.askedWord)
	}
	// A candidate on the subject and population asked that a rule refused
	// for its detail ("een op de vijf vrouwen" for "hoe vaak") still shows
	// that the sources give that kind of answer.
	fits := func(c *cand) bool { return !otherPatient[c.reject] }
	if len(cands) > 0 && about != "" &&
		!slices.ContainsFunc(cands, func(c *cand) bool { return fits(c) && kindShown(q.kind, c) }) {
		return fmt.Sprintf("De bronnen%s noemen geen %s %s bij deze vraag past.", about, noun, relativePronoun(noun))
	}
	return "De gevonden passages beantwoorden deze vraag niet met voldoende zekerheid."
}

// ruleWhy says in Dutch what the candidate lacks by the rule it breaks.
func (s *Service) ruleWhy(q question, ps []*prepared, sub subjects, c *cand, about, noun string) string {
	switch c.reject {
	case ruleQualifier:
		var labels []string
		missing := c.missingQualifiers(q)
		if len(missing) == 0 && c.forOthersOnly(q) {
			missing = q.quals // named, but the number is for others
		}
		for _, ql := range missing {
			label := withNumber(q.text, ql.label)
			for _, v := range q.values { // "eGFR van 45", as the question says it, not "egfr"
				if strings.Contains(strings.ToLower(v.text), strings.ToLower(ql.label)) {
					label = v.text
				}
			}
			labels = append(labels, label)
		}
		if len(labels) == 0 {
			// named, but apart from the drug (qualifierApart): the
			// sources may say it elsewhere; no specific claim
			return ""
		}
		return fmt.Sprintf("De bronnen%s noemen geen %s bij %s.", about, noun, quoteList(labels))
	case ruleValue:
		var vals []string
		for _, v := range q.values {
			vals = append(vals, v.text)
		}
		if len(vals) == 0 && q.adults == "" && c.keyedForOthers(q) {
			return fmt.Sprintf("De bronnen%s geven hierover alleen advies per patiëntgroep (zoals ‘%s’); de vraag noemt niet voor wie.", about, c.populationKey())
		}
		if len(vals) == 0 {
			vals = append(vals, q.adults) // adultsExcluded
		}
		return fmt.Sprintf("De bronnen%s geven geen advies dat geldt bij %s.", about, quoteList(vals))
	case ruleObject:
		// not the subject the sources are said to be about ("De bronnen
		// over ‘brenoquat’ noemen ‘brenoquat’ niet …")
		words := slices.DeleteFunc(s.objectUnnamed(q, c), func(w string) bool { return strings.Contains(about, "‘"+w+"’") })
		if len(words) == 0 {
			return ""
		}
		return fmt.Sprintf("De bronnen%s noemen %s niet in dit verband.", about, quoteList(words))
	case ruleOpposed:
		asked, given := s.opposed(q, c.text)
		for j := c.lo; asked == "" && c.form == formPair && j <= c.hi; j++ {
			asked, given = s.opposed(q, c.pass.norm[j])
		}
		if asked == "" { // actOnOther
			return fmt.Sprintf("De bronnen%s noemen dit bij een ander middel.", about)
		}
		return fmt.Sprintf("De bronnen%s noemen dit bij ‘%s’, niet bij ‘%s’.", about, given, asked)
	case ruleBody:
		return bodyWhy(bodyUnstated(q, c), about, noun)
	case ruleUnit:
		unit := q.counted
		if unit == "" {
			unit = q.unit[len(q.unit)-1]
		}
		if slices.Equal(q.unit, clockWords) {
			return fmt.Sprintf("De bronnen%s noemen geen tijdstip.", about)
		}
		if slices.Equal(q.unit, durationWords) { // "hoe lang", "hoeveel tijd"
			return fmt.Sprintf("De bronnen%s noemen geen duur.", about)
		}
		if slices.Contains(lowerWords(q.text), "procent") { // "Hoeveel procent van de patiënten …?" (askedCount)
			return fmt.Sprintf("De bronnen%s noemen geen percentage van de %s.", about, unit)
		}
		return fmt.Sprintf("De bronnen%s noemen geen aantal %s.", about, unit)
	case ruleKind:
		return fmt.Sprintf("De bronnen%s noemen geen %s.", about, noun)
	case ruleDetail:
		what := "prijs of tarief"
		switch q.detail {
		case detailDate:
			what = "datum"
		case detailFrequency:
			what = "frequentie of interval"
		case detailThreshold:
			what = "grenswaarde"
		case detailMoment:
			what = "termijn of moment"
		}
		if q.event != nil && detailShown(q.detail, c.text) && c.ctx.score(*q.event) == 0 {
			// the moment is there, counted from something else: "na 4 uur"
			// for a question that counts from the consultation
			return fmt.Sprintf("De bronnen%s noemen geen %s in verband met ‘%s’.", about, what, q.eventWord)
		}
		return fmt.Sprintf("De bronnen%s noemen geen %s.", about, what)
	case ruleFacts:
		var labels []string
		for _, f := range c.missingFacts(q) {
			labels = append(labels, f.Text)
		}
		return fmt.Sprintf("De bronnen noemen %s niet in dit verband.", quoteList(labels))
	case ruleVariant:
		return fmt.Sprintf("De bronnen geven %s voor %s; de vraag noemt niet waarvoor.", firstWords(retrieval.RowSubject(c.pass.p.Kind, c.pass.p.Caption, c.pass.p.Text), 1), quoteList(s.variantsUnasked(q, ps, c)))
	case ruleSubjects:
		if words := s.subjectWords(q, sub); len(words) > 1 {
			return fmt.Sprintf("Geen passage noemt %s samen.", quoteList(words))
		}
		return "" // one subject: the general reason follows
	case ruleGlossary:
		return fmt.Sprintf("De bronnen%s geven hierover alleen een begripsomschrijving, geen advies.", about)
	case ruleMeasure, ruleAsked:
		if q.askedWord == "" {
			return "" // a short form's long form (expansionIn): the general reason follows
		}
		return fmt.Sprintf("De bronnen%s noemen geen ‘%s’.", about, q.askedWord)
	case ruleNames:
		return fmt.Sprintf("De bronnen noemen %s niet.", quoteList(unknownNames(q, ps)))
	case ruleOutside:
		return fmt.Sprintf("De bronnen behandelen %s niet.%s", quoteList(q.outside), askAfter(q.suggested))
	case ruleSlot:
		return fmt.Sprintf("De best passende passages staan in ‘%s’, dat %s niet noemt.", c.pass.p.Title, quoteList(q.unnamed[c.pass.p.DocumentID]))
	case ruleNotFor:
		var vals []string
		for _, v := range q.values {
			vals = append(vals, v.text)
		}
		if len(vals) == 0 || !notForValue(q.values, c.item()) { // the drug the question withholds (givesWithheld, givesAllergen)
			withheld := s.subjectWords(q, sub)
			if _, ws := s.allergens(q); ws != nil {
				return fmt.Sprintf("De best passende passages adviseren een middel waarvoor de patiënt volgens de vraag overgevoelig is (%s).", quoteList(ws))
			}
			if _, w := s.allergen(q); w != "" {
				withheld = []string{w}
			}
			return fmt.Sprintf("De best passende passages adviseren alleen %s, het middel dat de vraag uitsluit.", quoteList(withheld))
		}
		return fmt.Sprintf("De best passende passages noemen alleen middelen die de bronnen bij %s afraden.", quoteList(vals))
	case rulePurpose:
		return fmt.Sprintf("De best passende passages staan niet onder een kop over ‘%s’.", q.purposeWord)
	case ruleUse:
		q.kind = kindDose // as scored read it
		return fmt.Sprintf("De bronnen noemen ‘%s’ niet bij %s.", dosedWord(lowerWords(q.text)), quoteList(s.usedApart(s.withDosed(q), ps, sub)))
	case ruleRow:
		subject, header := rowParts(c.pass.p)
		name := firstWords(subject, 3)
		if measuredKey(header, subject) { // "eGFR ≥ 60", not "≥"
			name = strings.TrimSpace(firstWords(header, 3) + " " + subject)
		} else if name == "" { // a row keyed by an amount: "0–2 punten"
			fields := strings.Fields(subject)
			name = strings.Join(fields[:min(3, len(fields))], " ")
		}
		if s.rowMiss(q, c) == rowDosesOnly {
			return fmt.Sprintf("De bronnen geven over ‘%s’ alleen de dosering, geen %s.", name, noun)
		}
		return fmt.Sprintf("Alleen een tabelrij over ‘%s’ noemt de woorden van de vraag, en daar vraagt de vraag niet naar.", name)
	case ruleScattered:
		return fmt.Sprintf("Geen van de bronnen lijkt over het onderwerp van deze vraag te gaan: de gevonden passages komen uit %d verschillende bronnen, die de woorden van de vraag alleen terloops noemen.",
			scatteredOver(q, ps, sub))
	case ruleScale:
		if v, b := outsideScale(q, ps); b != nil {
			return fmt.Sprintf("Volgens de bronnen loopt de %s van %s tot %s; de waarde in de vraag (‘%s’) valt daarbuiten.",
				strings.ToUpper(strings.TrimPrefix(v.measure, namedMeasure(""))), formatNum(b.lo), formatNum(b.hi), v.text)
		}
	}
	return "" // ruleForeign: another subject's passage says nothing of this one
}

// minAbsentRunes: a question word shorter than this that no passage
// covers is not named in a refusal: short words are mostly the question's
// own verbs and adverbs ("ligt", "graag", "nodig"), not what it is about.
const minAbsentRunes = 8

// absentWords returns the question's words that no retrieved passage
// covers, in its text, title, section path or caption: names, and words of
// at least minAbsentRunes characters (not numbers, not the word naming the
// kind of answer). A word of a name that a passage abbreviates ("Pluimhoest
// Ernstscore" where the passage says "PES") is covered by that passage.
func (s *Service) absentWords(q question, ps []*prepared) []string {
	sets := make([]termSet, 0, 2*len(ps))
	for _, p := range ps {
		sets = append(sets, p.terms, newTermSet(p.contextTerms))
	}
	all := unionSets(sets...)
	var miss []string
	numbered := numberedWords(q.text)
	for _, w := range splitWords(q.content) {
		r := []rune(w)
		// (the first word may be the verb of a yes/no question, "Helpt
		// cetirizine …?", else it is a word of what it asks:
		// "Lithiumgebruiker heeft mucotrexan nodig, wat te doen?"; the
		// patient named as a person or population, "Bejaarde van 80 …",
		// is no subject)
		if isNumber(w) || doseWord(strings.ToLower(w)) || kindWords[strings.ToLower(w)] || len(r) < minAbsentRunes && !unicode.IsUpper(r[0]) ||
			numbered[strings.ToLower(w)] || w == r0(q.text) && finiteVerb(w) || personWords[strings.ToLower(w)] ||
			namesPopulation(s.cfg.Analyzer, strings.ToLower(w)) {
			continue
		}
		us := contentUnits(s.cfg.Analyzer, w)
		if len(us) > 0 && !named(all.coverage(us, nil), true) && !slices.Contains(miss, w) && !abbreviated(q.text, w, ps) &&
			!slices.ContainsFunc(ps, func(p *prepared) bool { return p.namesPopulationOf(w) }) {
			miss = append(miss, w)
		}
	}
	return miss
}

// finiteVerb reports whether a question's first word may be the finite
// verb of a yes/no question: a modal or copula ("Mag", "Is"), or a verb
// in the third person ("Helpt", "Wordt", "Heeft").
func finiteVerb(w string) bool {
	lw := strings.ToLower(w)
	return modals[lw] || copulas[lw] || strings.HasSuffix(lw, "t")
}

// numberedWord is a word joined to a number by a hyphen: "70-plussers",
// "4-jarigen".
var numberedWord = regexp.MustCompile(`\d+-(\p{L}+)`)

// numberedWords returns the words of text that stand joined to a number
// ("plussers" of "70-plussers"), lower-cased. Alone they are no word of
// the question: a source that speaks of "patiënten ouder dan 70 jaar"
// treats the 70-plussers it never calls so, and a refusal may not say
// that the sources do not treat "plussers".
func numberedWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, m := range numberedWord.FindAllStringSubmatch(text, -1) {
		out[strings.ToLower(m[1])] = true
	}
	return out
}

// withNumber returns w as the question writes it, with the number it is
// joined to ("70-plussers" for "plussers"), or w.
func withNumber(question, w string) string {
	for _, m := range numberedWord.FindAllStringSubmatch(question, -1) {
		if strings.EqualFold(m[1], w) {
			return m[0]
		}
	}
	return w
}

// subjectWords returns the question's words that name its subject, as
// written.
func (s *Service) subjectWords(q question, sub subjects) []string {
	var out []string
	for _, w := range splitWords(q.text) {
		for _, u := range contentUnits(s.cfg.Analyzer, w) {
			if (sub.asked[u.full] || sub.titled[u.full] || sub.tabled[u.full]) && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// doseUnits are the units that make a quantity a dose.
var doseUnits = setOf("mg", "µg", "g", "ml", "ie", "mmol", "mg/kg", "l")

// amountWords express a number or frequency in words ("één op de vijf",
// "de helft", "jaarlijks").
var amountWords = setOf("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
	"elf", "twaalf", "twintig", "dertig", "veertig", "vijftig", "honderd", "honderden", "duizend",
	"duizenden", "miljoen", "miljoenen", "miljard", "helft", "derde", "kwart", "vijfde", "tiende",
	"meerderheid", "minderheid", "procent", "dagelijks", "wekelijks", "maandelijks", "jaarlijks",
	"eenmaal", "tweemaal", "driemaal")

func hasDose(text string) bool {
	for _, q := range quantities(text) {
		if doseUnits[q.Unit] {
			return true
		}
	}
	return false
}

// hasAmount reports whether text states an amount: a number that is not a
// year, or a number word ("één op de vijf", "ruim de helft").
func hasAmount(text string) bool {
	for _, q := range quantities(text) {
		if !isYear(q) {
			return true
		}
	}
	return slices.ContainsFunc(splitWords(text), func(w string) bool { return amountWords[strings.ToLower(w)] })
}

func isYear(q quantity) bool {
	return q.Unit == "" && len(q.Num) == 4 && q.Num >= "1900" && q.Num <= "2100"
}

func quoteList(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "‘" + w + "’"
	}
	return strings.Join(q, ", ")
}

// caseFinding reports whether name fact f, which candidate c's passage
// does not hold, is a finding of the case a dose question tells, not what
// it asks about: a test's result or a score's value ("Jongen van 9 jaar
// met een positieve GAST. Hoeveel quermacine?", "DUHES 5") that a passage
// of c's document among the retrieved ones names, while c is a dose row.
// The dose row does not name the test that led to the treatment; read as
// a fact the row misses, it had refused the drug's dose for the child
// (FT-223). A question which drug to give is not one drug's dose: its
// findings may choose the drug (a pregnant woman's had got a cough
// suppressant's row for pregnancy, FT-218).
func (s *Service) caseFinding(q question, ps []*prepared, c *cand, f fact) bool {
	if f.Kind != "name" || c.form != formRow || q.kind != kindDose && q.kind != kindAmount || !statesDose(c.pass.p.Text) ||
		q.choosesDrug() || q.whatToGive() {
		return false
	}
	ws := lowerWords(q.text)
	at := slices.Index(ws, strings.ToLower(f.Text))
	if at < 0 {
		return false
	}
	result := func(w string) bool { return strings.HasPrefix(w, "positie") || strings.HasPrefix(w, "negatie") }
	finding := at > 0 && result(ws[at-1]) || at+1 < len(ws) && (result(ws[at+1]) || startsDigit(ws[at+1])) ||
		at+2 < len(ws) && ws[at+1] == "van" && startsDigit(ws[at+2])
	return finding && slices.ContainsFunc(ps, func(p *prepared) bool {
		return p.p.DocumentID == c.pass.p.DocumentID && p != c.pass && p.evidence().has(f)
	})
}

// startsDigit reports whether a word starts with a digit.
func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// missingFacts returns the question's names and years that the candidate's
// passage (with its title) does not hold. Other numbers are left to the
// value rules: "een eGFR van 25" is answered by a row for "eGFR < 30".
func (c *cand) missingFacts(q question) []fact {
	var miss []fact
	ws := lowerWords(q.text)
	for _, f := range q.facts {
		if f.Kind == "number" && !(len(f.Norm) == 4 && f.Norm >= "1900" && f.Norm <= "2100") && !strengthAsked(ws, f) {
			continue
		}
		if f.Kind == "name" && (adjectiveOrCount(f.Text) || !strings.ContainsFunc(f.Text, unicode.IsDigit) && strings.ToUpper(f.Text) != f.Text) {
			continue // a capitalised word may be a paraphrase ("Britse"); acronyms and codes are names
		}
		if !c.pass.evidence().has(f) && !c.pass.spellsOut(q.spelled[f.Norm]) {
			miss = append(miss, f)
		}
	}
	// the form of the preparation asked ("somnarol drank", "sumalidine als
	// tablet"): a dose row names its drug's forms in its first cell, and
	// one that names another form doses another preparation, whatever
	// the question asks of it ("Bestaat dervomycine als drank …?" is not
	// answered by the capsule's row); a strength is a form's, so a
	// sentence that names no such form says no strength of it ("Welke
	// sterkte heeft ostravelin drank?" is not answered by the tablets'
	// dose in breastfeeding, FT-96)
	if c.form == formRow || slices.ContainsFunc(ws, strengthWord) {
		// (without diacritics: "creme" is the row's "crème")
		where := analysis.Fold(c.pass.p.Caption + " " + c.pass.p.Text)
		if c.form != formRow {
			where = analysis.Fold(c.text)
		}
		for _, w := range ws {
			if stem := formStem(w); stem != "" && !strings.Contains(where, analysis.Fold(stem)) {
				miss = append(miss, fact{Kind: "name", Norm: w, Text: w})
			}
		}
	}
	return miss
}

// formStems are the forms a preparation comes in, as the start of the
// word or the end of a compound, maybe plural ("drank", "oogzalf",
// "neusspray", "oogdruppels"; not "donkergele").
var formStems = []string{"tablet", "capsule", "drank", "suspensie", "stroop", "zalf", "crème", "creme", "gel", "druppel",
	"spray", "zetpil", "poeder", "pleister", "vernevelaar", "inhalator", "aerosol", "injectie", "bruistablet", "smelttablet"}

// formStem returns the form a lower-case word names (formStems), or "".
func formStem(w string) string {
	for _, s := range formStems {
		if strings.HasPrefix(w, s) || len(w) > len(s)+2 && (strings.HasSuffix(w, s) || strings.HasSuffix(w, s+"s") || strings.HasSuffix(w, s+"en")) {
			return s
		}
	}
	return ""
}

// strengthAsked reports whether number fact f is the strength of a
// preparation the question names: a percentage right after its form
// ("ceravuline-zalf 5%", "tolzarine crème 0,25%") or right before it
// ("kalvidol 5% crème"). The passage must state it; a patient's value
// ("een gewichtsverlies van 12%") need not.
func strengthAsked(ws []string, f fact) bool {
	if !strings.HasSuffix(f.Norm, " %") {
		return false
	}
	num := strings.TrimSuffix(f.Norm, " %")
	for i, w := range ws {
		if strings.ReplaceAll(w, ",", ".") == num || w == num {
			for _, b := range ws[max(0, i-2):min(len(ws), i+3)] {
				if formStem(b) != "" {
					return true
				}
			}
		}
	}
	return false
}

// unknownNames returns the names the question mentions (capitalised words
// after its first, acronyms, codes) that no retrieved passage holds, in its
// title, section path or text: the sources do not know what the question
// is about ("Welke AI-toepassingen gebruiken huisartsen in Duitsland?").
// A short form the sources define (q.spelled) is known where a passage
// names its long form, in its title too: the dose rows retrieved for "…
// een peuter van 12 kg met HVZ?" name hazelvlekziekte in their caption
// and title only (R Markdown's FT-137).
func unknownNames(q question, ps []*prepared) []string {
	var miss []string
	for _, f := range slices.Concat(q.facts, q.measures) {
		if f.Kind != "name" || adjectiveOrCount(f.Text) {
			continue
		}
		if !slices.ContainsFunc(ps, func(p *prepared) bool {
			// in the section path as a word: "ris" of "RIS" is no name in
			// "… › Patiëntveiligheid en risico's"
			return p.evidence().has(f) || strings.Contains(" "+strings.Join(lowerWords(p.p.Section), " ")+" ", " "+f.Norm+" ") ||
				p.spellsOut(q.spelled[f.Norm])
		}) && !abbreviated(q.text, f.Text, ps) {
			miss = append(miss, f.Text)
		}
	}
	// what a short form stands for, when no passage uses it ("Waar staat
	// sVC voor?" over the reports had been answered with a sentence on AI
	// readiness)
	if short := q.expands; short != "" && !slices.Contains(miss, short) && !slices.ContainsFunc(ps, func(p *prepared) bool {
		return containsToken(strings.ToLower(p.p.Section+"\n"+p.p.Caption+"\n"+p.p.Text), strings.ToLower(short))
	}) {
		miss = append(miss, short)
	}
	return miss
}

// containsToken reports whether text holds tok with no letter or digit
// right before or after it: "lamp" in "de lamp-score (…)", "mes-k" in
// "de mes-k, een …", not "mes" in "mesenterium".
func containsToken(text, tok string) bool {
	for i := 0; tok != ""; {
		j := strings.Index(text[i:], tok)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[j+len(tok):])
		word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
		if (j == 0 || !word(before)) && (j+len(tok) == len(text) || !word(after)) {
			return true
		}
		i = j + 1
	}
	return false
}

// abbreviated reports whether the run of capitalised words around name in
// the question ("Pluimhoest Ernstscore") is spelled out by a short form a
// retrieved passage uses ("PES"), by the rule abbreviations are learned
// with at ingest (retrieval/abbrev).
func abbreviated(question, name string, ps []*prepared) bool {
	words := strings.Fields(question)
	// the word, or the hyphenated compound it is a part of
	// ("Korstvoet-Ernstindex", which "KEI" abbreviates)
	i := slices.IndexFunc(words, func(w string) bool {
		w = strings.Trim(w, ".,;:!?()\"'")
		return w == name || strings.Contains(w, "-") && slices.Contains(strings.Split(w, "-"), name)
	})
	if i < 0 {
		return false
	}
	capital := func(w string) bool {
		r := []rune(strings.Trim(w, ".,;:!?()\"'"))
		return len(r) > 0 && unicode.IsUpper(r[0])
	}
	lo, hi := i, i
	for lo > 1 && capital(words[lo-1]) { // the question's first word is capitalised anyway
		lo--
	}
	for hi+1 < len(words) && capital(words[hi+1]) {
		hi++
	}
	long := strings.Trim(strings.Join(words[lo:hi+1], " "), ".,;:!?()\"'")
	if lo == hi && !strings.Contains(long, "-") {
		// one word spells out no short form: the letters of "AI" stand
		// in that order in "ambervlekkenziekte", which the reports then
		// seemed to abbreviate
		return false
	}
	return slices.ContainsFunc(shortForms(ps), func(short string) bool { return abbrev.Explains(short, long) })
}

// shortForms returns the words of two to eight capitals (and digits) the
// passages use: the short forms a question may spell out.
func shortForms(ps []*prepared) []string {
	var out []string
	for _, p := range ps {
		for _, w := range p.shorts {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// passageShortForms returns the words of two to eight capitals (and
// digits) a passage's text uses, each once, in order.
func passageShortForms(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if n := len(w); n >= 2 && n <= 8 && strings.ToUpper(w) == w && strings.ContainsFunc(w, unicode.IsLetter) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// adjectiveOrCount reports whether a name-like word is a capitalised
// adjective of nationality or place ("Britse", "Europese", "Nederlandse":
// the text may say "Verenigd Koninkrijk") or a number with a suffix
// ("75-jarige", "60-plussers": an age, read by the value rules).
func adjectiveOrCount(w string) bool {
	rs := []rune(w)
	if len(rs) > 0 && unicode.IsDigit(rs[0]) {
		return true
	}
	return strings.HasSuffix(w, "se") && len(rs) > 4 && unicode.IsUpper(rs[0]) && !unicode.IsUpper(rs[1])
}

// r0 returns the first word of text (capitalised as every sentence's is).
func r0(text string) string {
	if ws := splitWords(text); len(ws) > 0 {
		return ws[0]
	}
	return ""
}

// namesAsked reports whether the candidate, with its context, names the
// noun the question asks for (true when it asks for none). A measure must
// stand as itself: "nauwkeurige notities" do not name a "nauwkeurigheid".
func (c *cand) namesAsked(q question) bool {
	if q.asked == nil {
		return true
	}
	if q.measure() {
		if strings.Contains(strings.ToLower(c.text+" "+c.pass.p.Section+" "+c.pass.p.Caption), q.askedWord) {
			return true
		}
		// "Welke natriumwaarde …?" is answered by "een natrium < 130 mmol/l":
		// the measured thing named with a number.
		return len(q.measured) > 0 && hasAmount(c.text) &&
			!slices.ContainsFunc(q.measured, func(u unit) bool { return c.ctx.score(u) < 1 })
	}
	return c.ctx.score(*q.asked) >= partCredit/2
}

// measure reports whether the question asks for a measure (measureWord:
// "sensitiviteit", "nauwkeurigheid", "voorspellende waarde"), a value a
// sentence must name as such.
func (q question) measure() bool { return measureWord(q.askedWord) }

// withShortForms returns the question's units where a name it spells out,
// a run of two to six capitalised words ("Landelijk Meldpunt
// Mijtoverdraagbare Aandoeningen", "Pluimhoest Ernstscore"), is abbreviated
// by a short form a retrieved passage uses ("LMMA", "PES": three to eight
// capitals; retrieval/abbrev.Explains, the rule abbreviations are learned
// with at ingest): each word of the name is then also covered by the short
// form, so a passage that uses only the short form answers the question.
func (s *Service) withShortForms(q question, ps []*prepared) []unit {
	shorts := slices.DeleteFunc(shortForms(ps), func(w string) bool { return len(w) < 3 })
	words := splitWords(q.text)
	capital := func(w string) bool { return startsUpper(w) && strings.ToUpper(w) != w }
	units := q.units
	for i := 1; i < len(words); i++ { // the first word is capitalised anyway
		j := i
		for j < len(words) && j < i+6 && capital(words[j]) {
			j++
		}
		if j-i < 2 {
			continue
		}
		name := strings.Join(words[i:j], " ")
		for _, short := range shorts {
			ts := s.cfg.Analyzer.Terms(short)
			if len(ts) == 0 || !abbrev.Explains(short, name) {
				continue
			}
			units = slices.Clone(units)
			for _, w := range words[i:j] {
				for _, wu := range contentUnits(s.cfg.Analyzer, w) {
					for k := range units {
						if units[k].full == wu.full && !slices.Contains(units[k].alts, ts[0]) {
							units[k].alts = append(slices.Clone(units[k].alts), ts[0])
						}
					}
				}
			}
		}
		i = j - 1
	}
	return units
}

// item returns the list items the candidate stands in, whole (a list
// passage's items are its paragraphs): "Korvidine: 2 dd 0,6 mg …" is
// withheld from a patient by the item's next sentence, "Niet bij een eGFR
// < 30". The candidate's own text when it is not from a list.
func (c *cand) item() string {
	if c.pass.p.Kind != bronwijzer.KindList || c.form == formRow {
		return c.text
	}
	rs := c.pass.runes
	from, to := c.pass.spans[c.lo].Start, c.pass.spans[c.hi].End
	for from > 0 && !(rs[from-1] == '\n' && from > 1 && rs[from-2] == '\n') {
		from--
	}
	for to < len(rs) && !(rs[to] == '\n' && to+1 < len(rs) && rs[to+1] == '\n') {
		to++
	}
	return string(rs[from:to])
}

// asksInteraction reports whether the question's words (lower case) name
// an interaction ("Is er een interactie tussen taliprozine en
// quellomide?", "krustavine rifampicine interactie") or drugs used
// together ("Mag ceravuline-zalf gecombineerd worden met krustavine?",
// "gelijktijdig", "tegelijk"): the words speaksOfInteraction reads in an
// answer.
func asksInteraction(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool {
		return strings.HasPrefix(w, "interact") || strings.Contains(w, "combin") || strings.HasPrefix(w, "gelijktijdig") || strings.HasPrefix(w, "tegelijk")
	})
}

// speaksOfInteraction reports whether the candidate, its section path or
// its table's caption speaks of drugs used together: an interaction, a
// combination, simultaneous use. A sentence that names two drugs for
// another reason ("Bij een eGFR lager dan 30 worden oravencil,
// taliprozine en quellomide niet gebruikt") says nothing of the two
// together.
func speaksOfInteraction(c *cand) bool {
	text := strings.ToLower(c.pass.p.Section + "\n" + c.pass.p.Caption + "\n" + c.text)
	return slices.ContainsFunc([]string{"interact", "combin", "gelijktijdig", "tegelijk", "samen met", "naast "}, func(w string) bool {
		return strings.Contains(text, w)
	})
}

// rowAgainstOnly reports whether a table row's cells after its first are
// all headed by contra-indications or interactions ("Middel: quellomide ·
// Contra-indicaties: … · Belangrijke interacties: …"): it says when not
// to give the drug, or with what.
func rowAgainstOnly(text string) bool {
	_, cells := rowCells(text)
	if len(cells) < 2 {
		return false
	}
	for _, cell := range cells[1:] {
		h, _, ok := strings.Cut(cell, ": ")
		h = strings.ToLower(h)
		if !ok || !strings.Contains(h, "contra") && !strings.Contains(h, "interact") {
			return false
		}
	}
	return true
}

// slotsUnnamedByRow reports whether what the question is about (q.slots,
// populations aside) is named by the row's section path alone: not by
// the row's own text and caption, nor is it the row's subject (a card's
// drug, which the heading over its caption-less table alone names,
// captionSubject).
func (s *Service) slotsUnnamedByRow(q question, c *cand) bool {
	context := false
	own := rowSubject(s.cfg.Analyzer, c.pass.p)
	for _, w := range q.slots {
		lw := strings.ToLower(w)
		if namesPopulation(s.cfg.Analyzer, lw) || wholePopulation(lw) || personWords[lw] || strings.HasPrefix(lw, "volwassen") {
			continue
		}
		for _, u := range contentUnits(s.cfg.Analyzer, w) {
			if c.set.score(u) > 0 || u.full == own {
				return false
			}
			context = context || c.ctx.score(u) > 0
		}
	}
	return context
}

// wholePopulation reports whether w is a population's form whole
// ("nierfunctie", "nierfunctiestoornis"), which namesPopulation reads by
// the compound's last part ("functie") and misses: "Dosering
// brenoxacilline bij een 80-jarige met normale nierfunctie?" asks the
// elderly's row under "Ouderen en nierfunctie" (FT-232), whose path alone
// names the kidney function.
func wholePopulation(w string) bool {
	return slices.ContainsFunc(populations, func(p *population) bool {
		return slices.Contains(p.prefixes, w) || slices.Contains(p.words, w)
	})
}

// namesUnit reports whether the question names the analysed term t, as a
// unit or a part of one.
func namesUnit(q question, t string) bool {
	return t != "" && slices.ContainsFunc(q.units, func(u unit) bool { return u.full == t || slices.Contains(u.parts, t) })
}

// otherDrugColumn reports whether c is a row of a drug column
// (drugColumn) of a drug the question does not name, while it names the
// drug of another row of the same table among the passages. A question
// that asks which drug to give, or a dose of no drug it names, names one
// it asks another for ("verdraagt tarvoxine niet: wat geeft u en in welke
// dosering?").
func (s *Service) otherDrugColumn(q question, ps []*prepared, c *cand) bool {
	own := drugColumn(s.cfg.Analyzer, c.pass.p)
	if own == "" || namesUnit(q, own) || q.choosesDrug() || q.kind == kindDose && q.dosed == nil {
		return false
	}
	return slices.ContainsFunc(ps, func(p *prepared) bool {
		if p.p.DocumentID != c.pass.p.DocumentID || p.p.Caption != c.pass.p.Caption {
			return false
		}
		d := drugColumn(s.cfg.Analyzer, p.p)
		return d != "" && d != own && namesUnit(q, d)
	})
}

// anotherDrugsRow reports whether a table row keyed by a drug the
// question does not name answers a question that names, as what it is
// about, a word the row names elsewhere: the row is the other drug's,
// and names the one asked in passing.
func (s *Service) anotherDrugsRow(q question, c *cand) bool {
	t := rowSubject(s.cfg.Analyzer, c.pass.p)
	// (a row keyed by a population whose drug neither a cell nor the
	// caption gives is no row of a drug it names after its key:
	// "Volwassenen · 1 g 3 dd … · Alleen bij overgevoeligheid voor
	// dravoxine en melcitrol" is the third drug's, whose name Gnumeric
	// printed once beside its rows, FT-126; its tables' drug cells all
	// lost, the document seemed to dose none)
	unkeyed := t == "" && qualifierCell(retrieval.RowSubject(c.pass.p.Kind, c.pass.p.Caption, c.pass.p.Text))
	if t == "" && !unkeyed || namesUnit(q, t) {
		return false
	}
	_, cells := rowCells(c.pass.p.Text)
	if len(cells) < 2 {
		return false
	}
	// (but a row keyed by its population is the drug's of its drug
	// column: "Volwassenen · Middel: tarvoxine · Dosering: 500 mg 2 dd",
	// a table grouped by population, WeasyPrint's FT-221)
	if unkeyed && namesUnit(q, drugColumn(s.cfg.Analyzer, c.pass.p)) {
		return false
	}
	// the row's cells after its key, without their headers
	var values []string
	for _, cell := range cells[1:] {
		if _, v, ok := strings.Cut(cell, ": "); ok {
			cell = v
		}
		values = append(values, cell)
	}
	set := newTermSet(passageTerms(s.cfg.Analyzer, strings.Join(values, " ")))
	// the drug dosed, whether or not a slot ("Wat is de dosering
	// paracetamol bij …?" had got dostrapine's row for adults, whose
	// remark reads "alleen als paracetamol onvoldoende helpt", Hexo's
	// FT-113; LaTeX's FT-103 brixamol's "kies paracetamol")
	if q.dosed != nil && q.dosed.full != t && set.score(*q.dosed) >= 1 {
		return true
	}
	// (a question which drug to give names the one it asks another for:
	// "… een allergie voor tarvoxine. Welk middel en welke dosering?" is
	// answered by dorfenamide's row "… · Opmerking: bij allergie voor
	// tarvoxine", FT-221)
	if unkeyed || q.choosesDrug() || q.whatToGive() {
		return false
	}
	for _, w := range q.slots {
		lw := strings.ToLower(w)
		if namesPopulation(s.cfg.Analyzer, lw) || personWords[lw] || strings.HasPrefix(lw, "volwassen") {
			continue
		}
		for _, u := range contentUnits(s.cfg.Analyzer, w) {
			if u.full != t && set.score(u) >= 1 {
				return true
			}
		}
	}
	return false
}

// againstTable reports whether a table row's headers name
// contra-indications or interactions and no dose: a row of a table that
// says when not to give a drug, or with what ("Middel: quenstatine ·
// Contra-indicaties: … · Interacterend middel: prednisolon > 10 mg per
// dag · Gevolg: … · Advies: …"), whose doses are those of other drugs.
func againstTable(text string) bool {
	_, cells := rowCells(text)
	against := false
	for _, cell := range cells {
		h, _, ok := strings.Cut(cell, ": ")
		if !ok {
			continue
		}
		h = strings.ToLower(h)
		if strings.Contains(h, "dos") {
			return false
		}
		against = against || strings.Contains(h, "contra") || strings.Contains(h, "interact")
	}
	return against
}

// asksAgainst reports whether a question's words ask when not to give
// something or name contra-indications or interactions.
func asksAgainst(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool {
		return w == "niet" || w == "geen" || w == "nooit" || strings.Contains(w, "contra") || strings.HasPrefix(w, "interact")
	})
}

// asksCheck reports whether a question's words ask about a check: a verb
// or noun of checking, measuring or testing ("controleren",
// "gecontroleerd", "meten", "bepalen", "prikken", "labcontrole").
func asksCheck(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool {
		return slices.ContainsFunc([]string{"control", "gecontrol", "meet", "meten", "gemeten", "bepaal", "bepalen", "bepaald", "prik", "geprikt", "lab"},
			func(p string) bool { return strings.HasPrefix(w, p) })
	})
}

// expansionIn returns the long form (folded) that the retrieved passages
// give short form short (or its part before a hyphen), by the rules
// abbreviations are learned with at ingest (retrieval/abbrev: "RIS-score (Ritselhuid Intensiteits- en
// Schilferingsscore)", a list of abbreviations); "" when short is "" or
// they give none.
func expansionIn(short string, ps []*prepared) string {
	texts := make([]string, len(ps))
	for i, p := range ps {
		texts[i] = p.p.Text
	}
	return learnedLong(short, texts)
}

// learnedLong returns the long form (folded) that texts give short form
// short (or its part before a hyphen), as expansionIn; "" for none.
func learnedLong(short string, texts []string) string {
	if short == "" {
		return ""
	}
	table := abbrev.Learn(texts...)
	if long, ok := table.Long(short); ok {
		return analysis.Fold(long)
	}
	// "RIS" asked, "RIS-score (Ritselhuid …)" learned, or the other way
	head := func(w string) string { return strings.ToLower(strings.Split(w, "-")[0]) }
	for _, p := range table.Pairs() {
		if head(p.Short) == head(short) {
			return analysis.Fold(p.Long)
		}
	}
	return ""
}

// keyUnasked reports, for a question that counts in a unit ("Hoeveel
// punten telt hemoptoë in de GERS-score?"), whether a table row's key
// cell starts with a word the question does not name: a criterion's row
// gives the points of that criterion, and another's ("Maximale score ·
// Punten: 12") counts something else (FT-170, FT-191). A row keyed by a
// population or an amount is left to the range rules.
func (s *Service) keyUnasked(q question, c *cand) bool {
	header, key, ok := strings.Cut(c.key, ": ")
	if !ok {
		header, key = "", c.key
	}
	if qualifierCell(key) || quantityCell(key) {
		return false
	}
	ts := passageTerms(s.cfg.Analyzer, key)
	if len(ts) == 0 {
		return false
	}
	if hs := passageTerms(s.cfg.Analyzer, header); q.asked != nil && len(hs) > 0 && sameWord(q.asked.full, hs[0]) {
		return false // the keys are what it asks for: "Welke criteria telt de KWAK-score …?" (FT-104)
	}
	// (a word of the key in another form counts: "Een kind drinkt …" names
	// the criterion "Drinken", FT-03)
	same := func(w string) bool { return sameWord(w, ts[0]) }
	return !slices.ContainsFunc(q.units, func(u unit) bool { return same(u.full) || slices.ContainsFunc(u.alts, same) })
}

// sameWord reports whether two analysed terms are forms of one word: equal,
// or sharing all but the last two letters of the shorter, at least
// minStemRunes ("drinkt" and "drink", "criteria" and "criterium").
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < min(len(ra), len(rb)) && ra[n] == rb[n] {
		n++
	}
	return n >= minStemRunes && n >= min(len(ra), len(rb))-2
}

// minStemRunes is the shortest stem sameWord reads as the start of
// another form of its word.
const minStemRunes = 5

// objectUnnamed returns, for a question how often or when, the objects of
// the question that the candidate and its context name in no form
// (q.objects): the noun the clinician's act is about ("Hoe vaak
// controleer ik het hemoglobine?") or the event a share is of. An
// interval or moment of the same act on another noun is another check's:
// "Controleer daarna eenmaal per jaar, met het ferritine" says nothing of
// the hemoglobine. A word that marks a population is named by the forms
// the qualifier rules read ("nierfunctie" by "eGFR"). For a yes/no
// question, the words after "met" (what a drug is combined with). Not
// for other questions: for all of them, the refit lost hard negatives and
// answered an outside question and two dev questions without the
// evidence.
func (s *Service) objectUnnamed(q question, c *cand) []string {
	words := q.objects
	switch {
	case q.short:
		// a question typed as a few words asks about all of them together:
		// "krustavine rifampicine interactie" is not answered by
		// krustavine's interaction with simvastatine
		words = q.slots
	case q.kind == kindPermission:
		// whether a drug may be given with what the question names: an
		// answer that does not name it speaks of something else
		// (pedolimast's interaction with rifampicine); and the drug the
		// patient uses ("Patiënt gebruikt simvastatine. Kan ik krustavine
		// geven?"), an object of the question
		words = slices.Concat(q.with, q.objects)
	case c.form == formRow && q.kind == kindDose && secondQuestion(q.text) > 0:
		// a dose row speaks of its drug and the condition its table is
		// for: the dose asked in a second clause for what the first
		// treats ("Hoe behandel ik nevelpyelitis, welke dosis?", the
		// kidney infection FT-236 names as a complication of its
		// condition, and refers) is not answered by the condition's
		// doses. (Not the object of any dose question: "Man van 80
		// gebruikt sotalol en moet pervadomycine krijgen …" asks the
		// dose of pervadomycine, FT-206.)
		words = q.objects
	case c.form == formRow && q.kind != kindDose:
		// a table row speaks of its drug and population only: for any
		// question but a dose's (whose occasion the row need not name: "bij
		// de start van velamistat"), it names what the question has with
		// it ("Patiënt met astma heeft profylaxe nodig. Welk middel?" got
		// triversan's row, gecontra-indiceerd bij astma)
		words = q.with
	case q.detail != detailFrequency && q.detail != detailMoment:
		return nil
	}
	heads := make([]*unit, len(words)) // each word's first content unit, nil when it has none
	for i, w := range words {
		if us := contentUnits(s.cfg.Analyzer, w); len(us) > 0 {
			heads[i] = &us[0]
		}
	}
	named := c.ctx
	if q.short && c.form != formRow {
		// and in one sentence: "Krustavine versterkt … acenocoumarol …
		// Rifampicine verlaagt de pedolimastspiegel …" names both words
		// of "krustavine rifampicine interactie", each about another drug
		named = c.sentenceNaming(heads)
	}
	var out []string
	for i, w := range words {
		if heads[i] == nil || named.score(*heads[i]) > 0 || q.titledShort(heads[i].full, c.pass) {
			continue
		}
		lw := strings.ToLower(w)
		if !slices.ContainsFunc(populations, func(g *population) bool { return g.shows(lw) && g.shownIn(c.text) }) {
			out = append(out, w)
		}
	}
	return out
}

// namesDosed reports whether a dose question names the drug it doses
// ("Hoeveel selvaramide mag ze krijgen?") and the candidate names it: the
// other drugs the question names are its circumstances ("ernstige
// ritselhuid ondanks kalvidol"), which a dose row need not name.
func namesDosed(q question, c *cand) bool {
	return q.kind == kindDose && q.dosed != nil && c.ctx.score(*q.dosed) > 0
}

// sentenceNaming returns the terms of the candidate's sentence that names
// most of units (nil ones skipped), with its passage's title, section path
// and caption.
func (c *cand) sentenceNaming(units []*unit) termSet {
	best, most := c.ctx, -1
	for _, set := range c.sentenceSets() {
		n := 0
		for _, u := range units {
			if u != nil && set.score(*u) > 0 {
				n++
			}
		}
		if n > most {
			best, most = set, n
		}
	}
	return best
}

// sentenceSets returns the terms of each sentence the candidate spans,
// with its passage's title, section path and caption.
func (c *cand) sentenceSets() []termSet {
	ctx := newTermSet(c.pass.titleTerms, c.pass.contextTerms)
	var out []termSet
	for i := c.lo; i <= c.hi && i < len(c.pass.spanSets); i++ {
		out = append(out, unionSets(c.pass.spanSets[i], ctx))
	}
	return out
}

// givesWithheld reports whether the candidate, for a question that
// withholds the one drug it names, advises that drug: it names no other
// drug of the sources' tables and neither negates nor names the
// hypersensitivity itself. A pair of sentences does when one of them
// does: "Behandel bij een ernstig beloop met lindoxan … Geef bij
// overgevoeligheid voor lindoxan moxalide …" is half an answer and half
// the drug withheld.
func (s *Service) givesWithheld(sub subjects, c *cand) bool {
	return s.gives(c, func(text string, o *cand) bool {
		return !excludes(text) && !hypersensitive(text) && sub.onlyTheDrugAsked(o)
	})
}

// givesAllergen reports whether the candidate, for a question that says
// the patient is allergic to a drug (allergen), speaks of that drug and
// of no other drug of the sources' tables, and neither negates nor names
// the hypersensitivity: "Vitrexa-oogdruppels mogen tijdens de
// zwangerschap … worden gebruikt" for a pregnant woman allergic to
// vitrexa, or lumivir's dose for a baby allergic to lumivir, whatever the
// question asks.
//
// A patient allergic to two things ("overgevoeligheid voor zowel
// dalvomycine als brimoxaan") is given the other by advice for an allergy
// to one: "Bij overgevoeligheid voor dalvomycine: brimoxaan" names the
// hypersensitivity, and names brimoxaan outside it (LibreOffice's FT-214
// had answered so): such a candidate names a drug of the tables the
// patient is allergic to outside the words of a hypersensitivity
// (allergens).
func (s *Service) givesAllergen(q question, sub subjects, c *cand) bool {
	allergen, _ := s.allergen(q)
	if allergen == "" {
		return false
	}
	drug := func(t string) bool { return sub.rows[t] != nil || sub.tabled[t] }
	if drugs, _ := s.allergens(q); drugs != nil {
		return s.gives(c, func(text string, o *cand) bool {
			rest := passageTerms(s.cfg.Analyzer, allergyPhraseRe.ReplaceAllString(text, ""))
			return slices.ContainsFunc(rest, func(t string) bool { return slices.Contains(drugs, t) })
		})
	}
	return s.gives(c, func(text string, o *cand) bool {
		return !excludes(text) && !hypersensitive(text) && slices.Contains(o.terms, allergen) &&
			!slices.ContainsFunc(o.terms, func(t string) bool { return t != allergen && drug(t) })
	})
}

// allergyPhraseRe matches a hypersensitivity and the drugs it is to
// ("overgevoeligheid voor dalvomycine", "allergisch op X", "allergie voor
// X en Y").
var allergyPhraseRe = regexp.MustCompile(`(?i)\b(?:allergi|overgevoelig)\p{L}*\s+(?:voor|op)\s+(?:(?:zowel|de|het)\s+)?\p{L}[\p{L}-]*(?:(?:\s*,|\s+(?:en|of|als))\s+\p{L}[\p{L}-]*)*`)

// allergens returns, when the question says the patient is allergic to
// two things or more, the analysed terms of those that are drugs of the
// corpus's tables and the words of all of them; else nil, nil. They are
// the words after "allergisch voor", "overgevoelig(heid) voor" … joined by
// "zowel … als", "en" or "of" ("overgevoeligheid voor zowel dalvomycine
// als brimoxaan", "allergie voor zowel penicillinen als rosmazol"). Two
// drugs of the tables are two allergens, and so are any two things after
// "zowel"; "allergie voor grelstaxine en wulpenkoorts" is an allergy and
// a disease.
func (s *Service) allergens(q question) (drugs, words []string) {
	ws := lowerWords(q.text)
	both := false
	for i, w := range ws {
		if i+2 >= len(ws) || !hypersensitivity(w) || ws[i+1] != "voor" && ws[i+1] != "op" {
			continue
		}
		item := true // an item may come next
		for _, next := range ws[i+2:] {
			if next == "zowel" {
				both = true
				continue
			}
			if articles[next] {
				continue
			}
			if next == "als" || next == "en" || next == "of" {
				item = true
				continue
			}
			if !item {
				break
			}
			if !slices.Contains(words, next) {
				words = append(words, next)
			}
			if t := firstTerm(s.cfg.Analyzer, next); t != "" && q.tables[t] && !slices.Contains(drugs, t) {
				drugs = append(drugs, t)
			}
			item = false
		}
	}
	if len(drugs) > 1 || both && len(words) > 1 && len(drugs) > 0 {
		return drugs, words
	}
	return nil, nil
}

// allergen returns the word after "allergisch voor", "allergie voor",
// "overgevoelig(heid) voor" or "allergisch op" in the question, or a drug
// of the corpus's tables compounded with "allergie" or
// "overgevoeligheid" ("dorvaxine-allergie", "dorvaxineallergie"; not
// "pinda-allergie"), and its analysed term, or "", "".
func (s *Service) allergen(q question) (term, word string) {
	ws := lowerWords(q.text)
	lower := strings.ToLower(q.text)
	for i, w := range ws {
		if i+2 < len(ws) && hypersensitivity(w) && (ws[i+1] == "voor" || ws[i+1] == "op") {
			j := i + 2
			for j+1 < len(ws) && (ws[j] == "zowel" || articles[ws[j]]) {
				j++ // "allergie voor zowel penicillinen als …", "voor de …"
			}
			if t := firstTerm(s.cfg.Analyzer, ws[j]); t != "" {
				return t, ws[j]
			}
		}
		for _, head := range []string{"allergie", "overgevoeligheid"} {
			drug, ok := strings.CutSuffix(w, head)
			if !ok {
				continue
			}
			if drug == "" && i > 0 && strings.Contains(lower, ws[i-1]+"-"+w) {
				drug = ws[i-1]
			}
			if t := firstTerm(s.cfg.Analyzer, drug); t != "" && q.tables[t] {
				return t, drug
			}
		}
	}
	return "", ""
}

// gives reports whether the candidate, or one sentence of a pair, gives
// what gives says.
func (s *Service) gives(c *cand, gives func(text string, o *cand) bool) bool {
	if gives(c.text, c) {
		return true
	}
	if c.form != formPair {
		return false
	}
	for j := c.lo; j <= c.hi; j++ {
		text := c.pass.norm[j]
		if gives(text, &cand{terms: passageTerms(s.cfg.Analyzer, text)}) {
			return true
		}
	}
	return false
}

// whichOf reports whether the question asks "welke"/"welk" of its asked
// noun ("welke aanvalsprofylaxe geef ik en in welke dosis?"): a dose
// question that asks which prophylaxis is not answered by the dose row
// of the drug it is given with.
func (q question) whichOf() bool {
	if q.asked == nil {
		return false
	}
	lower := " " + strings.Join(lowerWords(q.text), " ") + " "
	return strings.Contains(lower, " welke "+q.askedWord+" ") || strings.Contains(lower, " welk "+q.askedWord+" ")
}

// whatToGive reports whether the question asks what to give with "wat"
// and a verb of giving and names no noun it asks for ("Wat geef ik een
// volwassene die allergisch is voor vitrexa?"): which drug, as "Welk
// middel …?" asks.
//
// The question's last sentence may ask it after the case: "Man van 45
// … verdraagt tarvoxine niet door maag-darmklachten. Wat geeft u en in
// welke dosering?" (WeasyPrint's FT-221 had got tarvoxine's dose).
func (q question) whatToGive() bool {
	if q.asked != nil && !doseWord(q.askedWord) { // "… en in welke dosering?" asks the drug's dose too
		return false
	}
	for _, sentence := range strings.FieldsFunc(q.text, func(r rune) bool { return r == '.' || r == '?' || r == '!' || r == ':' }) {
		ws := lowerWords(sentence)
		if len(ws) > 1 && ws[0] == "wat" && (ws[1] == "geef" || ws[1] == "geeft" || ws[1] == "schrijf" || ws[1] == "schrijft") {
			return true
		}
	}
	return false
}

// choosesDrug reports whether the question asks which drug to give: its
// asked noun heads the first column of a dose table of the sources
// ("Welk middel …?" and "Middel: korvidine …").
func (q question) choosesDrug() bool { return q.asked != nil && q.heads[q.asked.full] }

// purposedDocs returns, for a question that asks which drug to give for a
// purpose (rulePurpose), the documents of which a passage stands under a
// heading that names the purpose; nil otherwise.
func purposedDocs(a Analyzer, q question, ps []*prepared) map[string]bool {
	if q.purpose == nil || !q.choosesDrug() {
		return nil
	}
	var out map[string]bool
	for _, p := range ps {
		if p.headedBy(a, *q.purpose) {
			if out == nil {
				out = map[string]bool{}
			}
			out[p.p.DocumentID] = true
		}
	}
	return out
}

// headedBy reports whether the passage's section path below the document's
// title, its table caption or, for a table row, its subject names u.
func (p *prepared) headedBy(a Analyzer, u unit) bool {
	_, below, _ := strings.Cut(p.p.Section, bronwijzer.SectionSeparator)
	subject := ""
	if p.p.Kind == bronwijzer.KindTableRow {
		subject, _ = rowParts(p.p)
	}
	return newTermSet(passageTerms(a, below+"\n"+p.p.Caption+"\n"+subject)).score(u) >= 1
}

// relativePronoun returns the Dutch relative pronoun for the kind noun of
// a refusal: "dat" after a neuter noun ("een aantal of percentage dat bij
// deze vraag past", "een antwoord dat …"), "die" after the others.
func relativePronoun(noun string) string {
	switch last := noun[strings.LastIndexByte(noun, ' ')+1:]; last {
	case "percentage", "aantal", "moment", "antwoord":
		return "dat"
	}
	return "die"
}
