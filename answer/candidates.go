package answer

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Forms of a candidate answer.
const (
	formSentence = iota // one sentence
	formPair            // two adjacent sentences
	formList            // a lead-in with the list it introduces
	formRow             // a table row, as header: value pairs
)

var formNames = [...]string{"sentence", "pair", "list", "row"}

// cand is one candidate answer: a sentence, two adjacent sentences, a
// lead-in with its list, or a table row of a retrieved passage. Headings,
// fragments and notes are never candidates (isCandidate; notes are not
// retrieved at all).
type cand struct {
	pass   *prepared
	form   int
	lo, hi int    // the passage sentences it spans (inclusive); a row spans all
	text   string // what the answer shows
	lower  string // text in lower case, padded with spaces (kindShown)
	nwords int
	terms  []string
	set    termSet // its terms with the passage title's
	ctx    termSet // set plus the section path and table caption
	feats  []float64
	p      float64 // the answer model's probability that it answers
	reject string  // the hard rule it breaks ("" when none; see rules)
	// pointed: cells of a dose row name words the question names beyond
	// the drug (pointedWords) or the populations it asks about; they are
	// the cells it shows
	pointed bool
	// outOfRange: a row whose cells for other ages, eGFR or weeks of
	// pregnancy than the question's were left out
	outOfRange bool
	// othersRow: a row for a population (its "Patiënt: Kinderen 2–12
	// jaar" cell) whose ranges hold none of the question's values
	othersRow bool
	// defined: it stands right under a heading that is the term a
	// definition question asks about (termHeading)
	defined bool
	// key is a table row's first cell as shown ("Lichaamsgewicht: < 5
	// kg"); "" for other forms
	key string
	// spells: it gives the long form of the short form the question asks
	// the meaning of beside the short form itself, the document's own
	// definition ("VadoSnel-antigeensneltest (VST) in urine: …")
	spells bool
}

// maxListItems and maxListItemRunes bound the list a lead-in sentence
// ("… de volgende alarmsymptomen:") brings with it.
const (
	maxListItems     = 8
	maxListItemRunes = 300
)

// candidates returns every candidate answer of the passages.
func (s *Service) candidates(q question, ps []*prepared) []*cand {
	var out []*cand
	for _, p := range ps {
		if p.p.Kind == bronwijzer.KindTableRow {
			if c := s.rowCand(q, p); c != nil {
				out = append(out, c)
			}
			continue
		}
		if c := s.headedListCand(q, p); c != nil {
			out = append(out, c)
		}
		for j := range p.spans {
			if !p.candidate[j] {
				if c := s.shortLeadInCand(p, j); c != nil {
					out = append(out, c)
				}
				continue
			}
			out = append(out, s.spanCand(p, formSentence, j, j))
			// (a labelled line is whole on its own: "R - Ringvormig
			// exantheem …: 3 punten" is no pair with the next criterion)
			if j+1 < len(p.spans) && p.candidate[j+1] && !endsWithColon(p.spans[j].Text) && !p.unendedLabel(j) && !p.unendedLabel(j+1) {
				out = append(out, s.spanCand(p, formPair, j, j+1))
			}
			if colon := endsWithColon(p.spans[j].Text); colon || j+1 < len(p.spans) && p.isListItem(j+1) && !p.isListItem(j) {
				// a sentence without a colon before one numbered line is no
				// lead-in: the line is a heading ("… leesplezier!" / "4.
				// Gecoördineerde, nationale aanpak"); a list has two items
				if hi := p.listEnd(j); hi > j && (colon || hi > j+1) {
					out = append(out, s.spanCand(p, formList, j, hi))
				}
			}
		}
	}
	return out
}

// headedListCand returns the candidate of a list that its section heading
// introduces instead of a lead-in sentence ("2.5 Risicogroepen" over
// "zuigelingen jonger dan 6 maanden; …; volwassenen van 75 jaar en
// ouder."): its items from the first after the heading, at most
// maxListItems, none longer than maxListItemRunes. Nil when the passage is
// no list, when an item is a sentence (a candidate of its own, as a lead-in
// is) or when fewer than two items ending in ";", "," or "." (the clauses
// of one enumeration), or on lines of their own, follow the heading.
func (s *Service) headedListCand(q question, p *prepared) *cand {
	if p.p.Kind != bronwijzer.KindList {
		return nil
	}
	lo := 0
	for lo < len(p.spans) && p.isHeading(p.spans[lo].Text) {
		lo++
	}
	if lo == 0 || lo >= len(p.spans) {
		return nil
	}
	// bare items on lines of their own are an enumeration under a heading
	// the question names whole ("Welke alarmsymptomen …?" over a slide's
	// bullets under "Alarmsymptomen"); under any other heading they may be
	// anything, and a report's bare lists had answered questions on other
	// things
	var heading []unit
	for k := range lo {
		heading = append(heading, contentUnits(s.cfg.Analyzer, p.spans[k].Text)...)
	}
	bare := len(heading) > 0 && !slices.ContainsFunc(heading, func(h unit) bool {
		return !slices.ContainsFunc(q.units, func(u unit) bool { return u.full == h.full })
	})
	hi := lo - 1
	for k := lo; k < len(p.spans) && k < lo+maxListItems; k++ {
		if p.candidate[k] && !p.unendedLabel(k) {
			// items that are sentences are candidates of their own; a
			// labelled line is an item too ("Bij een alarmsymptoom:
			// dezelfde dag beoordelen" under FT-62's bullets)
			return nil
		}
		item := strings.TrimSpace(p.spans[k].Text)
		punctuated := strings.HasSuffix(item, ";") || strings.HasSuffix(item, ",") || strings.HasSuffix(item, ".")
		if utf8.RuneCountInString(item) > maxListItemRunes || !punctuated && !(bare && p.ownLine(k)) {
			// a list of punctuated items is one enumeration, and so are
			// the bare items of a list passage, each on a line of its own
			// (a slide's bullets, FT-62: "Alarmsymptomen" over "Oedeem
			// rond de ogen of aan de enkels"); bare lines in a sentence
			// may be anything
			break
		}
		hi = k
	}
	if hi-lo < 1 {
		return nil
	}
	return s.spanCand(p, formList, lo, hi)
}

// shortLeadInCand returns the candidate of a list whose lead-in is too
// short to be a statement of its own ("Verwijs naar de KNO-arts bij:",
// "Vraag naar:"): the lead-in, which ends in a colon and starts with a
// capital, with at least two list items after it (bulleted, or each on a
// line of its own in a passage of list items). Nil otherwise; the
// lead-in alone is never a candidate.
func (s *Service) shortLeadInCand(p *prepared, j int) *cand {
	text := p.spans[j].Text
	if !endsWithColon(text) || p.isHeading(text) || !unicode.IsUpper(firstLetter(text)) {
		return nil
	}
	hi := p.listEnd(j)
	if hi < j+2 {
		return nil
	}
	for k := j + 1; k <= hi; k++ {
		if !p.isListItem(k) && (p.p.Kind != bronwijzer.KindList || !p.ownLine(k)) {
			return nil
		}
	}
	return s.spanCand(p, formList, j, hi)
}

func endsWithColon(text string) bool { return strings.HasSuffix(strings.TrimSpace(text), ":") }

// listEnd returns the last sentence of the list that the lead-in sentence
// j introduces: the short sentences after a colon, or the bulleted items
// that follow it.
func (p *prepared) listEnd(j int) int {
	colon := endsWithColon(p.spans[j].Text)
	hi := j
	for k := j + 1; k < len(p.spans) && k <= j+maxListItems; k++ {
		if utf8.RuneCountInString(p.spans[k].Text) > maxListItemRunes || p.isHeading(p.spans[k].Text) || !colon && !p.isListItem(k) {
			break
		}
		hi = k
	}
	return hi
}

// spanCand builds a candidate of passage sentences lo..hi.
func (s *Service) spanCand(p *prepared, form, lo, hi int) *cand {
	c := &cand{pass: p, form: form, lo: lo, hi: hi}
	if lo == hi {
		c.text, c.terms, c.nwords, c.set = p.norm[lo], p.spanTerms[lo], p.words[lo], p.spanSets[lo]
		if p.p.Kind == bronwijzer.KindList && label(s.cfg.Analyzer, p.spans[lo].Text) != "" {
			// a labelled item reads with its heading, as a table row
			// with its caption: "Beluxaan: zwangerschap …" under
			// "Contra-indicaties" lists beluxaan's contra-indications
			c.set = unionSets(c.set, newTermSet(p.headingTerms))
		}
		c.ctx = unionSets(c.set, newTermSet(p.contextTerms))
	} else {
		lists := make([][]string, 0, hi-lo+3)
		for j := lo; j <= hi; j++ {
			lists = append(lists, p.spanTerms[j])
			c.nwords += p.words[j]
		}
		c.text = strings.Join(p.norm[lo:hi+1], " ")
		c.terms = slices.Concat(lists...)
		c.set = newTermSet(append(lists, p.titleTerms)...)
		c.ctx = unionSets(c.set, newTermSet(p.contextTerms))
	}
	c.lower = " " + strings.ToLower(c.text) + " "
	return c
}

// rangedOtherwise reports whether a row's population cell gives ranges
// only of measures the question states no value of, for a population
// the question does not name: "eGFR < 30 ml/min" for a patient of 14.
func rangedOtherwise(q question, cell string) bool {
	bs := bounds(cell)
	return len(bs) > 0 &&
		!slices.ContainsFunc(bs, func(b bound) bool {
			return slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == b.measure })
		}) &&
		!slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.shownIn(cell) })
}

// rowCand builds the candidate of a table-row passage ("Tabel 2 … —
// Middel: … · Kinderen: …"). When the question asks about a population,
// the row shows its subject and the cells that name the population (a
// child's dose, not the adult's); otherwise every cell.
func (s *Service) rowCand(q question, p *prepared) *cand {
	caption, cells := rowCells(p.p.Text)
	if len(cells) == 0 {
		return nil
	}
	shown := cells
	pointed := s.pointedWords(q, p)
	// A cell is pointed at when it names a word of the question beyond
	// the row's subject: the whole word, not a part of a compound
	// ("interacties" is not named by "internist").
	pointedAt := func(cell string) bool {
		set := newTermSet(passageTerms(s.cfg.Analyzer, cell))
		return slices.ContainsFunc(pointed, func(u unit) bool { return named(set.score(u), true) })
	}
	// The cells that name a population asked about or a pointed word. A
	// cell whose value is led by the population, under a header that
	// names none ("Patiënt: Kinderen 2–12 jaar"), makes the row the
	// population's: every cell of it is theirs, the dose beside it too
	// (not a note that names it: "Bijzonderheden: … niet bij kinderen").
	var askedCells []string
	// So does a group's heading keying each row of a table grouped by
	// population, a cell without a header, when the row names its drug in
	// a column of its own (drugCell): "Ouderen (75 jaar en ouder) ·
	// Geneesmiddel: mirtacef · Dosis: 500 mg …", LaTeX's FT-236, had shown
	// the drug's cell alone for "mirtacef bij oudere van 78". (A row of
	// headerless cells under a drug's heading is that drug's, whatever
	// drug it names: "Borstvoeding · niet gebruiken; kies dravoxine",
	// FT-126.)
	populationRow := !strings.Contains(cells[0], ": ") && qualifierCell(cells[0]) && !statesDose(cells[0]) && patientsCell(q, cells[0]) &&
		drugCell(s.cfg.Analyzer, cells) != ""
	for _, cell := range cells[1:] {
		h, v, _ := strings.Cut(cell, ": ")
		if slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.shownIn(cell) }) || pointedAt(cell) {
			askedCells = append(askedCells, cell)
		} else if _, fits := valueFit(q.values, h); fits && v != "" {
			// a column for the patient's age or weight: "Ouderen (75
			// jaar en ouder)" for "een 80-jarige"
			askedCells = append(askedCells, cell)
		}
		populationRow = populationRow || v != "" && !qualifierCell(h) && qualifierCell(v) &&
			(slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.shownIn(v) }) || q.adults != "" && namesAdults(v))
		// (or a population without a header, in a table whose header was
		// not read: "Posquinol tablet 25 mg · Kinderen ≥ 6 jaar en ≥ 20
		// kg · 25 mg · 1 dd · 14 dagen" had shown its key and its
		// population, and no dose, FT-69)
		// (not one whose ranges miss the patient: "Volwassenen en
		// kinderen ≥ 1 jaar" is no row for a baby of 6 months)
		if ranged, fits := valueFit(q.values, cell); v == "" && qualifierCell(cell) && !statesDose(cell) && (!ranged || fits) {
			populationRow = populationRow || fits ||
				slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.shownIn(cell) }) || q.adults != "" && namesAdults(cell)
		}
	}
	// A table under a heading that is the population asked about is
	// theirs, each row of it: FT-232's pipe table of drugs under "####
	// Kinderen" names no children in its dose cells ("Dosering: < 15 kg:
	// 10 mg/kg 1 dd; …"), and a toddler of 12 kg had got the note beside
	// the dose alone.
	if h := populationHeading(p.p); h != "" && slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.shownIn(h) }) {
		populationRow = true
	}
	if populationRow {
		askedCells = cells[1:]
	}
	// A row for a population doses several drugs, one per column: a
	// question names the one it asks about in the column's header. So does
	// a row of such a table keyed by what its cells give of each drug
	// ("Patiëntengroep: Maximale dosis · Tarvomycine (eerste keus): 800 mg
	// per dag · Pelbrazol …", FT-230): there the header names the drug
	// the question doses or asks to give.
	// (not the population's or measure's word: "eGFR" names every
	// column of a table keyed by eGFR, groff tbl's FT-235)
	asked := slices.DeleteFunc(slices.Clone(q.units), func(u unit) bool { return populationWord(u.full) })
	if subject, header := rowParts(p.p); !qualifierCell(subject) && !measuredKey(header, subject) {
		asked = nil
		for _, u := range []*unit{q.dosed, q.given} {
			if u != nil {
				asked = append(asked, *u)
			}
		}
	}
	if len(asked) > 0 {
		var drugCells []string
		for _, cell := range cells[1:] {
			h, _, ok := strings.Cut(cell, ": ")
			set := newTermSet(passageTerms(s.cfg.Analyzer, h))
			if ok && slices.ContainsFunc(asked, func(u unit) bool { return set.score(u) == 1 }) {
				drugCells = append(drugCells, cell)
			}
		}
		if len(drugCells) > 0 && len(drugCells) < len(cells)-1 {
			askedCells = drugCells
		}
	}
	if len(askedCells) > 0 && len(askedCells) < len(cells)-1 {
		// The population a row is for stays beside the cells asked: the
		// value rules read it, and the answer says whom it is for. "Middel:
		// kordapix (kinderen) · Dosering: 60 mg 2 dd" had been the dose of
		// the row for children of 2 to 6 for a child of 1 (AbiWord's
		// FT-122), and "Middel: tirabuzol · Dosering: niet gebruiken; kies
		// pelmocilline" the third trimester's advice read as general
		// (pandoc's FT-119). The population's column, not a note that
		// names one ("Opmerkingen: kinderen < 2 jaar niet" beside
		// "Kinderen: 2–6 jaar: …"), and none when the row's key or a cell
		// asked is one: "Populatie: Kinderen ≥ 12 jaar" keys a row under
		// its drug's caption, and "Opmerking: als volwassenen" is no
		// population of it.
		// So does the row's drug in the column after a population's key
		// (drugColumn): a table grouped by population, whose rows are
		// keyed by their group ("Volwassenen · Middel: tarvoxine ·
		// Dosering: 500 mg 2 dd"), had shown doses without their drug,
		// and the dose had been no answer about the drug (WeasyPrint's
		// FT-221).
		var with []string
		population := slices.ContainsFunc(append([]string{cells[0]}, askedCells...), func(cell string) bool {
			h, v, ok := strings.Cut(cell, ": ")
			return ok && populationColumn(h, v) && (cell != cells[0] || ledByPopulation(v))
		})
		for _, cell := range cells[1:] {
			h, v, ok := strings.Cut(cell, ": ")
			if slices.Contains(askedCells, cell) || cell == cells[1] && drugColumn(s.cfg.Analyzer, p.p) != "" {
				with = append(with, cell)
			} else if ok && !population && populationColumn(h, v) {
				with, population = append(with, cell), true
			}
		}
		askedCells = with
	}
	hit := len(askedCells) > 0
	if hit && len(cells) > 2 {
		shown = append([]string{cells[0]}, askedCells...)
	}
	if len(pointed) > 0 && !hit && len(cells) > 2 {
		// A question beyond the doses that no cell names ("Welke
		// bijwerking …?" and the note "branderig gevoel in de eerste
		// week") sees the cells that state no dose: never a dose it did
		// not ask for. They answer it, unless it asks for the column of
		// the row's subject ("Welk middel is het alternatief als …
		// tarvomycine niet verdraagt?"): the drug it names is no answer to
		// which drug (rowMiss rules the row out). Nor a population's
		// column: "Kinderen jonger dan 1 jaar: niet gebruiken" is advice
		// for others, no answer to "Mag ik vitrexa combineren met andere
		// oogdruppels?" (a population asked about is among askedCells);
		// nor the length of the treatment, part of the dose ("Hoe lang
		// …?" asks an amount and sees the whole row).
		kept, notes := []string{cells[0]}, 0
		for _, cell := range cells[1:] {
			h, v, headed := strings.Cut(cell, ": ")
			switch {
			case statesDose(cell), lengthOnly(v), headed && slices.ContainsFunc(lowerWords(h), durationNoun),
				headed && qualifierCell(h):
				// (the length under its header too: "Duur: 4 weken, daarna
				// evalueren")
			case headed && qualifierCell(v):
				// the population a row is for ("Patiëntengroep:
				// volwassenen van 70 jaar en ouder") answers nothing alone,
				// but says whom the note beside it is for
				kept = append(kept, cell)
			default:
				kept = append(kept, cell)
				notes++
			}
		}
		if notes > 0 {
			shown, hit = kept, !s.asksColumn(q, p)
		}
	}
	outOfRange, othersRow := false, false
	if len(q.values) > 0 {
		// A cell whose ranges exclude the patient's age, eGFR or weeks of
		// pregnancy is advice for others: the baby of 3 months gets the
		// note "niet bij kinderen < 6 maanden", not the dose "≥ 6 maanden".
		// When that cell is the population the row is for ("Patiënt:
		// Kinderen 2–12 jaar", under a header that names none), every
		// cell of the row is theirs: the row is kept whole, and ruled
		// out (ruleValue). Without its population, "2 dd 15 mg/kg" was
		// the dose of a boy of 14. A row for adults alone ("Patiënt:
		// Volwassenen") is none for a patient younger than 18
		// (adultAge), and one for a measure the
		// question states no value of ("Patiënt: eGFR < 30 ml/min") none
		// for "een jongen van 14 jaar" (rangedOtherwise).
		child := slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge && v.hi < adultAge })
		// a population cell that holds the patient's value says the row
		// is theirs; a note that starts like one and excludes the value
		// is then advice beside it ("Patiëntengroep: eGFR 30–50" and
		// "Opmerkingen: eGFR controleren na 2 weken; bij eGFR < 30 niet
		// gebruiken" for an eGFR of 40), and so is a range of a measure
		// the question states no value of ("Patiëntengroep: Ouderen ≥ 75
		// jaar" and "Duur: 7 dagen; bij NTS 8 of hoger 10 dagen" for a
		// patient of 80)
		theirs := holdsPatient(q.values, shown[1:])
		// a cell that holds the patient's value in the same measure as a
		// cell that excludes it speaks of the patient too: the row for
		// "Zwangerschap" whose dose is for "2e en 3e trimester" and whose
		// remark reads "niet gebruiken in het eerste trimester" answers
		// for the first trimester (FT-24)
		heldBeside := func(out string) bool {
			return slices.ContainsFunc(shown[1:], func(cell string) bool {
				ranged, fits := valueFit(q.values, cell)
				return cell != out && ranged && fits && sameMeasures(bounds(out), bounds(cell))
			})
		}
		// a note that limits the row to others ("Opmerking: alleen vanaf
		// 6 jaar" beside "Patiëntgroep: Kinderen 15–30 kg" for a child of
		// 4 and 16 kg) makes the whole row theirs (onlyForOthers). Left
		// out as advice for others, it had let the dose stand as the
		// answer for a child the drug is contra-indicated in
		// (Markdown.pl's FT-199).
		var limits []string
		kept := slices.Clone(shown)
		for i, cell := range kept {
			// in the patient's own row, of a cell whose clauses are the
			// dose and a limit for others ("Dosering: 250 mg 2 dd; bij
			// eGFR onder 15 niet gebruiken" in the row for eGFR 15–30,
			// asked for an eGFR of 22) the limit is left out, not the
			// dose (clausesFor)
			ranged, fits := valueFit(q.values, cell)
			switch {
			case theirs && i > 0 && ranged && !fits && !onlyForOthers(q.values, cell):
				kept[i] = clausesFor(q.values, cell)
			case i > 0 && ranged && fits:
				kept[i] = bandsFor(q.values, cell)
			}
		}
		kept = slices.DeleteFunc(kept, func(cell string) bool {
			ranged, fits := valueFit(q.values, cell)
			out := cell != shown[0] && ranged && !fits
			if out && onlyForOthers(q.values, cell) {
				limits = append(limits, cell)
			}
			if h, v, ok := strings.Cut(cell, ": "); ok && cell != shown[0] && !qualifierCell(h) && qualifierCell(v) &&
				(out && !theirs && !heldBeside(cell) || child && !ranged && adultsOnly(v) || rangedOtherwise(q, v) && !theirs) {
				othersRow = true
			}
			if !strings.Contains(cell, ": ") && cell != shown[0] && qualifierCell(cell) && rangedOtherwise(q, cell) && !theirs {
				// the same of a row without a header ("Valmorexine … · eGFR
				// < 30 · niet gebruiken", tex4ht's FT-67: an adult's dose
				// question had got it)
				othersRow = true
			}
			outOfRange = outOfRange || out
			return out
		})
		// a row none of whose cells holds the patient's value is for
		// others as a whole ("Middel: tessamol" alone for an eGFR of 40)
		othersRow = othersRow || len(kept) == 1 && len(shown) > 1 || len(limits) > 0
		if !othersRow {
			shown = kept
		}
		if q.kind == kindPermission && outOfRange {
			// whether the drug may be given to a patient whose value a
			// cell withholds it from ("Opmerkingen: niet bij kinderen <
			// 6 jaar" for a child of 4, in the row for children of 6 to
			// 12): that cell answers, not the dose beside it, which is
			// for others (ruleValue lets it, notForValue)
			if w := slices.DeleteFunc(slices.Clone(shown[1:]), func(cell string) bool { return !notForValue(q.values, cell) }); len(w) > 0 {
				shown = append(shown[:1:1], w...)
			}
		}
	}
	if !othersRow && dosedRow(p.p.Text) && !againstTable(p.p.Text) && impairedUnasked(q, populationCell(p.p.Text)) {
		// a row for reduced kidney function ("Leeftijd: volwassenen,
		// eGFR < 30") is no answer for a patient the question says
		// nothing of the kidneys of: LibreOffice's FT-219 names adults
		// only in those rows, and "Welke dosering taldocilline geeft u
		// een volwassene …?" had got the dose for an eGFR below 30
		othersRow = true
	}
	if !othersRow && slices.ContainsFunc(lowerWords(q.text), strengthWord) && strings.ContainsFunc(shown[0], unicode.IsDigit) {
		// the strengths of a drug stand in its own cell ("Middel:
		// tramsolide (oraal, tablet 10 mg en 20 mg)"), which answers
		// "In welke sterktes is tramsolide verkrijgbaar?" without the
		// dose of the population of its row
		shown = shown[:1]
	}
	text := strings.Join(shown, " · ")
	if caption != "" {
		text = caption + captionSep + text
	}
	c := &cand{pass: p, form: formRow, lo: 0, hi: len(p.spans) - 1, text: text,
		lower: " " + strings.ToLower(text) + " ", nwords: len(strings.Fields(text)), pointed: hit, outOfRange: outOfRange, othersRow: othersRow, key: shown[0]}
	c.terms = passageTerms(s.cfg.Analyzer, text)
	c.set = newTermSet(c.terms, p.titleTerms)
	c.ctx = newTermSet(c.terms, p.titleTerms, p.contextTerms)
	return c
}

// drugColumn returns the drug of a table row keyed by a population, in a
// table whose caption names no drug: the first term of the cell after the
// key when that cell has a header that names no dose and a value of at
// most three words, no digit, no population and no negation ("Volwassenen
// · Middel: tarvoxine · Dosering: 500 mg 2 dd", a table grouped by
// population, each group's rows one per drug); "" for any other row.
func drugColumn(a Analyzer, p bronwijzer.Passage) string {
	if p.Kind != bronwijzer.KindTableRow || !qualifierCell(retrieval.RowSubject(p.Kind, p.Caption, p.Text)) || captionSubject(a, p) != "" {
		return ""
	}
	_, cells := rowCells(p.Text)
	return drugCell(a, cells)
}

// drugCell returns the first term of a row's second cell when it names a
// drug in a column of its own (drugColumn): a header that names no dose,
// a value of at most three words, no digit, no population, no negation;
// "" otherwise, and for a row of fewer than three cells.
func drugCell(a Analyzer, cells []string) string {
	if len(cells) < 3 {
		return ""
	}
	h, v, ok := strings.Cut(cells[1], ": ")
	if !ok || strings.ContainsAny(v, "0123456789") || len(strings.Fields(v)) > 3 || qualifierCell(v) ||
		slices.ContainsFunc(lowerWords(h), doseWord) || excludes(v) {
		return "" // a population, a dose ("Dosering: niet gebruiken"), no drug
	}
	return firstTerm(a, v)
}

// lengthOnly reports whether a cell's value says no more than a length
// of time ("7 dagen", "maximaal 4 weken", "5–7 dagen").
func lengthOnly(v string) bool {
	ws := strings.Fields(strings.ToLower(v))
	length := false
	for _, w := range ws {
		w = strings.Trim(w, ",;.()")
		switch {
		case slices.Contains(durationWords, w):
			length = true
		case lengthWords[w], strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && !strings.ContainsRune(",.–-", r) }) < 0:
		default:
			return false
		}
	}
	return length
}

// lengthWords bound or join a length of time ("maximaal 4 weken", "3 tot 5
// dagen", "ten minste 7 dagen").
var lengthWords = setOf("maximaal", "minimaal", "max", "min", "gedurende", "tot", "à", "a", "ten", "minste", "hooguit", "circa", "ca", "ongeveer")

// asksColumn reports whether the question asks for the column the row's
// subject stands in ("Welk middel …?" and the header "Middel").
func (s *Service) asksColumn(q question, p *prepared) bool {
	_, header := rowParts(p.p)
	return q.asked != nil && header != "" && newTermSet(passageTerms(s.cfg.Analyzer, header)).score(*q.asked) > 0
}

// captionSep stands between a table row's caption and its cells
// ("Tabel 2 Dosering … — Middel: tarvomycine · …").
const captionSep = " — "

// rowCells splits a table row's passage text into its caption and its
// "Header: value" cells (the chunker's row text, extract.Table.RowText).
func rowCells(text string) (caption string, cells []string) {
	text = normalizeSpace(text)
	if before, after, ok := strings.Cut(text, captionSep); ok {
		caption, text = before, after
	}
	for _, c := range strings.Split(text, " · ") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	return caption, cells
}

// ledByPopulation reports whether a row's key is a population or a range
// ("Kinderen ≥ 12 jaar", "eGFR < 30"), not a drug whose name a population
// follows ("kordapix (kinderen)").
func ledByPopulation(v string) bool {
	ws := lowerWords(v)
	return len(ws) > 0 && (strings.HasPrefix(ws[0], "volwassen") || populationWord(ws[0])) || len(bounds(v)) > 0
}

// drafts turns a candidate into answer sentences citing its passage: a
// row is one sentence, the other forms one per passage sentence.
func (c *cand) drafts() []Draft {
	cite := []int{c.pass.rank + 1}
	if c.form == formRow {
		return []Draft{{Text: c.text, Citations: cite}}
	}
	out := make([]Draft, 0, c.hi-c.lo+1)
	for j := c.lo; j <= c.hi; j++ {
		out = append(out, Draft{Text: c.pass.norm[j], Citations: slices.Clone(cite)})
	}
	return out
}

// shown returns the candidate to show: a pair whose first sentence
// ends a paragraph and names none of the question's words shows only its
// second sentence. The first then closes another topic ("Inmiddels voldoet
// Medrie wél aan de bereikbaarheidsnorm." before "Het bedrijf
// declaratiescan.ai richt zich …"); within a paragraph it may hold the
// condition the second acts on, and stays. Of two paragraphs or list
// items the one whose range holds the patient's value is shown when the
// other gives no range (valueApart).
//
// And a pair one of whose sentences names another drug of the corpus's
// dose tables and none the question names shows the other sentence only:
// "Heeft dorvaxine invloed op de pil?" was answered with dorvaxine's
// contra-indication and the next sentence, prelamycine's ("…, bij kinderen
// jonger dan 8 jaar …"). The hard rules let such a pair pass when the
// drug's rows were not retrieved (otherSentence reads the retrieved ones);
// what is shown never speaks of another drug. Nor of another case: of
// two labelled sentences ("Geen of lichte uitdroging: …", "Matige
// uitdroging: …") the one whose label the question names is shown, when it
// names the other's not (labelAsked); and of two sentences the one on the
// population asked, when the other speaks of others only (populationAsked).
func (c *cand) shown(a Analyzer, q question, sub subjects) *cand {
	if c.form == formRow {
		return c.adultsCells(q)
	}
	if c.form != formPair {
		return c
	}
	if wide := sub.wide; wide != nil && len(wide.asked) > 0 && c.hi < len(c.pass.spanSets) {
		for j := c.lo; j <= c.hi; j++ {
			if wide.other(c.pass.spanSets[j]) && !wide.other(c.pass.spanSets[c.lo+c.hi-j]) {
				return c.only(c.lo + c.hi - j)
			}
		}
	}
	if j, ok := c.populationAsked(q); ok {
		return c.only(j)
	}
	if j, ok := c.valueAsked(q); ok {
		return c.only(j)
	}
	if j, ok := c.labelAsked(a, q); ok {
		return c.only(j)
	}
	if !c.pass.paragraphAfter(c.lo) {
		return c
	}
	if j, ok := c.valueApart(q); ok {
		return c.only(j)
	}
	own := newTermSet(c.pass.spanTerms[c.lo]) // without the title's terms, which every sentence has
	if slices.ContainsFunc(q.units, func(u unit) bool { return own.score(u) > 0 }) {
		return c
	}
	trimmed := *c
	trimmed.lo = c.hi
	return &trimmed
}

// adultsCells returns the row c without the cells of other populations
// when the question asks about adults and a cell's header names them:
// "Hoeveel mirtacetol mag een volwassene per dag?" sees "Volwassenen: 4
// dd 500–1000 mg, maximaal 3000 mg per dag" and the note for every
// patient ("Opmerkingen: niet bij ernstige leverontsteking"), not the
// children's dose and the one at a reduced kidney function beside it. A
// question about a population the rows name gets its cells from rowCand
// (pointedAt); adults are no such population, as a question about them
// may be asked in words the row does not use.
func (c *cand) adultsCells(q question) *cand {
	if q.adults == "" {
		return c
	}
	caption, cells := rowCells(c.text)
	if len(cells) < 3 {
		return c
	}
	kept, named := []string{cells[0]}, false
	for _, cell := range cells[1:] {
		h, _, ok := strings.Cut(cell, ": ")
		switch {
		case ok && namesAdults(h):
			kept, named = append(kept, cell), true
		case ok && qualifierCell(h):
			// another population's column: "Kinderen 1–5 jaar", "6–11
			// jaar", "Verminderde nierfunctie"
		default:
			kept = append(kept, cell) // for every patient: "Duur", "Opmerkingen"
		}
	}
	if !named || len(kept) == len(cells) {
		return c
	}
	trimmed := *c
	trimmed.text = strings.Join(kept, " · ")
	if caption != "" {
		trimmed.text = caption + captionSep + trimmed.text
	}
	return &trimmed
}

// only returns the candidate c shows as its sentence j alone.
func (c *cand) only(j int) *cand {
	trimmed := *c
	trimmed.lo, trimmed.hi = j, j
	return &trimmed
}

// valueAsked returns the sentence of the pair c whose ranges hold the
// value the question states, when the other's ranges of that measure
// hold none of it: "Bij een KEI van 4 tot 7 is ceravuline-zalf eerste
// keus. Bij een KEI van 8 of meer is krustavine eerste keus …" shows the
// second to a question about a KEI of 9.
func (c *cand) valueAsked(q question) (int, bool) { return c.valueSplit(q, true) }

// valueApart returns, of a pair of paragraphs or list items, the one
// whose range holds the patient's age, weight, eGFR or weeks when the
// other gives no range for them: "Bij kinderen jonger dan 2 jaar: controle
// op het spreekuur na 1 week" is the answer for a toddler of 18 months,
// the next item on another drug's INR is not.
func (c *cand) valueApart(q question) (int, bool) { return c.valueSplit(q, false) }

// valueSplit returns the sentence of the pair c whose ranges hold the
// question's value when the other sentence holds none of it: it gives
// ranges that miss the value (otherRanged) or none at all (!otherRanged).
func (c *cand) valueSplit(q question, otherRanged bool) (int, bool) {
	if len(q.values) == 0 || c.hi != c.lo+1 || c.hi >= len(c.pass.spans) {
		return 0, false
	}
	r0, f0 := valueFit(q.values, c.pass.spans[c.lo].Text)
	r1, f1 := valueFit(q.values, c.pass.spans[c.hi].Text)
	switch {
	case r0 && f0 && r1 == otherRanged && !f1:
		return c.lo, true
	case r1 && f1 && r0 == otherRanged && !f0:
		return c.hi, true
	}
	return 0, false
}

// populationAsked returns the sentence of the pair c that names a
// population the question asks about, when the other names only others
// ("Triversan mag tijdens de zwangerschap …" beside "Tijdens de
// borstvoeding is fenolastine …" for a question on breastfeeding): advice
// for other people is not the answer. Adults count as a population here:
// "Beoordeel een kind met matige uitdroging na 4 uur opnieuw …" beside
// "Vraag volwassenen terug te komen …" shows the child's sentence to a
// question about a child, and the adults' to one about an adult.
func (c *cand) populationAsked(q question) (int, bool) {
	adults := q.adults != ""
	if len(q.quals) == 0 && !adults || c.hi != c.lo+1 || c.hi >= len(c.pass.spans) {
		return 0, false
	}
	names := func(j int) (asked, other bool) {
		text := c.pass.spans[j].Text
		if namesAdults(text) {
			asked, other = adults, !adults
		}
		for _, g := range populations {
			if !g.shownIn(text) {
				continue
			}
			switch {
			case slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group == g }):
				asked = true
			case !adults || g.byAge && g.name == "kinderen":
				// an adult may be pregnant or old; a child is no adult
				other = true
			}
		}
		return asked, other
	}
	a0, o0 := names(c.lo)
	a1, o1 := names(c.hi)
	switch {
	case a0 && !a1 && o1:
		return c.lo, true
	case a1 && !a0 && o0:
		return c.hi, true
	}
	return 0, false
}

// labelAsked returns the sentence of the pair c whose label the question
// names, when both are labelled cases ("Geen of lichte uitdroging: …",
// "Matige uitdroging: …") and the question names one label's words only:
// the other case is not the one asked about.
func (c *cand) labelAsked(a Analyzer, q question) (int, bool) {
	if c.hi != c.lo+1 || c.hi >= len(c.pass.spans) {
		return 0, false
	}
	asked := map[string]bool{}
	for _, u := range q.units {
		asked[u.full] = true
		for _, p := range u.parts {
			asked[p] = true
		}
	}
	named := func(j int) (labelled, all bool) {
		ts := c.pass.labelTerms(a, j)
		// an entry of a list of abbreviations is named by its short form
		// ("KEI Korstvoet-Ernstindex: …" for "Wat betekent KEI?")
		first, _, _ := strings.Cut(strings.TrimSpace(c.pass.spans[j].Text), " ")
		return len(ts) > 0, len(ts) > 0 && (!slices.ContainsFunc(ts, func(t string) bool { return !asked[t] }) || shortFormName(first) && asked[ts[0]])
	}
	l0, n0 := named(c.lo)
	l1, n1 := named(c.hi)
	switch {
	case !l0 || !l1 || n0 == n1:
		return 0, false
	case n0:
		return c.lo, true
	}
	return c.hi, true
}

// labelTerms returns the analysed terms of the label that sentence j
// leads with ("Matige uitdroging: geef …"): at most four words before a
// colon, the first capitalised; nil when it has none.
func (p *prepared) labelTerms(a Analyzer, j int) []string {
	head, _, ok := strings.Cut(strings.TrimSpace(p.spans[j].Text), ": ")
	if !ok {
		return nil
	}
	words := splitWords(head)
	if len(words) < 1 || len(words) > 4 || !startsUpper(words[0]) {
		return nil
	}
	return passageTerms(a, head)
}

// own returns the terms of the candidate's text alone, without its
// passage's title and section path, or a row's caption.
func (c *cand) own(a Analyzer) termSet {
	if _, cells, ok := strings.Cut(c.text, captionSep); ok && c.form == formRow {
		return newTermSet(passageTerms(a, cells))
	}
	return newTermSet(c.terms)
}

// overlaps reports whether two candidates share a passage sentence.
func (c *cand) overlaps(o *cand) bool {
	return c.pass == o.pass && c.lo <= o.hi && o.lo <= c.hi
}

// words counts the candidate's words.
func (c *cand) words() int { return c.nwords }

// lengthFeature scales a word count to about 0..1 (100 words → 1).
func lengthFeature(words int) float64 { return math.Log1p(float64(words)) / math.Log(101) }

// pointedWords returns, for a question that asks no dose or amount and a
// drug's dose row, the question's words beyond the row's subject, its
// caption and its document's title: the cells that hold them are the
// row's answer ("Kan tarvomycine een vreemde smaak geven?" is answered by
// the cell "Bijzonderheden: … vreemde smaak", not by the doses). Nil
// otherwise: a dose question is answered by the row's doses.
func (s *Service) pointedWords(q question, p *prepared) []unit {
	if q.kind == kindDose || q.kind == kindAmount || !dosedRow(p.p.Text) {
		return nil
	}
	subject, _ := rowParts(p.p)
	a := s.cfg.Analyzer
	about := newTermSet(passageTerms(a, subject), passageTerms(a, p.p.Caption), p.titleTerms)
	var out []unit
	for _, u := range q.units {
		if about.score(u) == 0 {
			out = append(out, u)
		}
	}
	return out
}

// sameMeasures reports whether two lists of bounds are of the same
// measures.
func sameMeasures(a, b []bound) bool {
	of := func(bs []bound) []string {
		var ms []string
		for _, x := range bs {
			ms = append(ms, x.measure)
		}
		slices.Sort(ms)
		return slices.Compact(ms)
	}
	return slices.Equal(of(a), of(b))
}

// clausesFor returns a headed cell ("Dosering: 250 mg 2 dd; bij eGFR onder
// 15 niet gebruiken") without its clauses whose ranges exclude the
// patient's value, when a clause that states an amount stays and holds
// no range that excludes it; else the cell as it is. The cell's clauses
// are what semicolons part.
func clausesFor(vals []qvalue, cell string) string {
	head, v, ok := strings.Cut(cell, ": ")
	if !ok || qualifierCell(head) {
		return cell
	}
	parts := strings.Split(v, ";")
	var kept []string
	amount := false
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if ranged, fits := valueFit(vals, part); ranged && !fits {
			continue
		}
		if part != "" {
			kept = append(kept, part)
			amount = amount || strings.ContainsFunc(part, unicode.IsDigit)
		}
	}
	if !amount || len(kept) == len(parts) {
		return cell
	}
	return head + ": " + strings.Join(kept, "; ")
}

// bandsFor returns a headed cell that doses by bands ("Dosering: 3
// maanden – 5 jaar: 20 mg/kg/dag in 3 giften; 6–11 jaar: 30 mg/kg/dag in
// 3 giften; vanaf 12 jaar: als volwassenen") with the band that holds the
// patient's value alone, and the clauses that are no band; else the cell
// as it is. A band is a clause led by a population or a range ("vanaf 12
// jaar") of at most five words and a colon. A cell under a population's
// header is left whole, as clausesFor leaves it ("Bij
// nierfunctiestoornis: eGFR 30–59: …; eGFR < 30: …" of the dev guideline
// FT-02: trimmed, the answer model's dev candidates would change).
func bandsFor(vals []qvalue, cell string) string {
	head, v, ok := strings.Cut(cell, ": ")
	if !ok || qualifierCell(head) {
		return cell
	}
	parts := strings.Split(v, ";")
	var kept []string
	held := false
	for _, part := range parts {
		part = strings.TrimSpace(part)
		band, _, banded := strings.Cut(part, ": ")
		banded = banded && len(strings.Fields(band)) <= 5 && (qualifierCell(band) || len(bounds(band)) > 0)
		ranged, fits := valueFit(vals, band)
		switch {
		case banded && ranged && !fits:
			continue
		case banded && ranged:
			held = true // its dose, or whom it doses like ("vanaf 12 jaar: als volwassenen")
		}
		if part != "" {
			kept = append(kept, part)
		}
	}
	if !held || len(kept) == len(parts) {
		return cell
	}
	return head + ": " + strings.Join(kept, "; ")
}

// holdsPatient reports whether one of a row's cells is a population
// whose range holds the patient's age, weight, eGFR or weeks
// ("Patiëntengroep: eGFR 30–50" for an eGFR of 40): the row is theirs.
func holdsPatient(vals []qvalue, cells []string) bool {
	return slices.ContainsFunc(cells, func(cell string) bool {
		h, v, ok := strings.Cut(cell, ": ")
		ranged, fits := valueFit(vals, cell)
		return ok && !qualifierCell(h) && qualifierCell(v) && fits && ranged
	})
}

// reducedEGFR is the eGFR (ml/min/1,73 m²) below which kidney function is
// reduced (chronic kidney disease from stage 3 on, KDIGO).
const reducedEGFR = 60

// impairedUnasked reports whether a dose row's population cell
// (populationCell) gives only eGFR ranges below reducedEGFR while the
// question states no eGFR and names no kidney function: the row is for
// patients with reduced kidney function, and the question's patient is
// not said to be one. Adults may stand beside the eGFR ("volwassenen,
// eGFR < 30"), no other population and no range of what the question
// states ("Ouderen > 75 jaar of eGFR 30–60" is the value rules' to read).
// (A table of contra-indications, "Contra-indicaties: eGFR < 30 ml/min;
// …", doses no one: the caller reads dose rows only.)
func impairedUnasked(q question, pop string) bool {
	if pop == "" || slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureEGFR }) ||
		slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.organ }) {
		return false
	}
	if ranged, _ := valueFit(q.values, pop); ranged || slices.ContainsFunc(populations, func(g *population) bool { return !g.organ && g.shownIn(pop) }) {
		return false
	}
	var renal []bound
	for _, b := range bounds(pop) {
		if b.measure == measureEGFR {
			renal = append(renal, b)
		}
	}
	return len(renal) > 0 && !slices.ContainsFunc(renal, func(b bound) bool { return b.hi >= reducedEGFR })
}

// measuredKey reports whether a row's key is a bare range, a number or
// a comparator first, of a measure its column's header names ("eGFR
// (ml/min/1,73 m²): 30-59", groff tbl's FT-235): the row is for the
// patients of that range, the drugs its columns. A key that names what it
// measures itself is not ("Criterium: CRP > 50 mg/l", a score's
// criterion, whose subject CRP is).
func measuredKey(header, subject string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(subject))
	return header != "" && (unicode.IsDigit(r) || strings.ContainsRune("<>≤≥", r)) && qualifierCell(header+" "+subject)
}
