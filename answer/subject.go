package answer

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// A table row is about what its first cell names ("tarvomycine tablet 250
// mg"): that is how a dose table says which dose belongs to which drug. When
// a question names the subject of one of the retrieved rows, the answer may
// only come from that subject's rows and from sentences that name it or no
// row subject at all: never a dose from another drug's row, never a
// contra-indication listed under another drug ("Tessamol: kinderen jonger
// dan 12 jaar" for a question about pranolisine). The subjects come from the
// documents' own tables, not from a list of drug names.

// rowSubject returns the analysed first word of a table row's first cell,
// or "" for a passage that is no table row. A row whose first cell says
// whom it is for (qualifierCell: "Kinderen vanaf 2 jaar", "10–20 kg",
// "eGFR 30–59") or that starts with a number (quantityCell: a score's
// band "6–11 punten") is about the drug of its table (captionSubject), or
// no one drug.
func rowSubject(a Analyzer, p bronwijzer.Passage) string {
	cell := retrieval.RowSubject(p.Kind, p.Caption, p.Text)
	if qualifierCell(cell) || quantityCell(cell) || measuredRowKey(p, cell) {
		return captionSubject(a, p)
	}
	return firstTerm(a, cell)
}

// measuredRowKey is measuredKey for a row's key cell, its header read
// only for a key a number or a comparator starts (rowSubject is asked of
// every row again and again).
func measuredRowKey(p bronwijzer.Passage, cell string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(cell))
	if !unicode.IsDigit(r) && !strings.ContainsRune("<>≤≥", r) {
		return false
	}
	_, header := rowParts(p)
	return measuredKey(header, cell)
}

// captionSubject returns the drug a table of one drug doses, its rows
// keyed by population: the word its caption names that is the whole
// heading of the table's section ("Tabel 1. Dosering mytilaxol" under
// "4.3.2. Mytilaxol"), and no column header of the row ("Dosering" under
// a heading "Dosering"); or "". A guideline that gives each drug a
// section and a table of its own says which drug a row doses only there.
func captionSubject(a Analyzer, p bronwijzer.Passage) string {
	path := strings.Split(p.Section, bronwijzer.SectionSeparator)
	last := path[len(path)-1]
	var heading []string
	for _, t := range passageTerms(a, last) {
		if !strings.ContainsFunc(t, unicode.IsDigit) {
			heading = append(heading, t)
		}
	}
	if len(heading) != 1 || slices.ContainsFunc(lowerWords(last), doseWord) {
		// (a heading "4.3.3 Dosering" names the kind of advice, no drug:
		// the caption "Dosering van de middelen …" over a table grouped
		// by population had made "doser" the subject of each row, and
		// every row another drug's, LaTeX's FT-236)
		return ""
	}
	if p.Caption == "" {
		// a table without a caption right under its drug's heading (a
		// card per drug): the heading is its caption for a row that
		// doses or withholds a drug, unless it names whom or what the
		// rows dose ("Kinderen", "Dosering"); a row that refers ("Kind
		// jonger dan 1 jaar · Naar: kinderarts") under "Verwijzen" is
		// about no drug
		_, cells := rowCells(p.Text)
		if len(cells) < 2 || qualifierCell(last) ||
			!dosedRow(p.Text) && !withholds(" "+strings.ToLower(strings.Join(cells[1:], " "))+" ") {
			return ""
		}
	} else if !slices.Contains(passageTerms(a, p.Caption), heading[0]) {
		return ""
	}
	_, cells := rowCells(p.Text)
	var headers []string
	for _, c := range cells {
		if h, _, ok := strings.Cut(c, ": "); ok {
			headers = append(headers, h)
		}
	}
	if slices.Contains(passageTerms(a, strings.Join(headers, " ")), heading[0]) {
		return ""
	}
	return heading[0]
}

// quantityCell reports whether a row's first cell starts with a number
// of something, no dose: it keys the row by an amount ("0–2 punten", "6
// punten of meer"), whose unit is no subject the row is about. Without it
// "Hoeveel punten geeft koorts …?" took "punten" for the subject asked and
// every criterion row for another subject's (FT-180). What the number
// counts must be a word, not a unit's abbreviation: a strength ("50
// mg/ml") names a preparation of a drug the row does not name.
func quantityCell(cell string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(cell))
	if !unicode.IsDigit(r) || statesDose(cell) {
		return false
	}
	// what it counts is a word, not a unit's abbreviation ("mg/ml")
	for _, w := range strings.Fields(cell) {
		if strings.ContainsFunc(w, unicode.IsLetter) {
			return !strings.Contains(w, "/") && utf8.RuneCountInString(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })) >= 4
		}
	}
	return false
}

// firstTerm returns the analysed first word of text that has a term.
func firstTerm(a Analyzer, text string) string {
	for _, w := range splitWords(text) {
		if ts := a.Terms(w); len(ts) > 0 {
			return ts[0]
		}
	}
	return ""
}

// subjects holds the subjects of the retrieved rows and labelled list items
// with the documents whose rows or items they head (rows: the guideline
// that doses the drug), those of them the question names (asked), and the question's words
// that name a retrieved document in its title (titled: "ambervlekkenziekte"
// for the guideline on it).
type subjects struct {
	rows map[string]map[string]bool
	// headsRow: the subjects that head a table row, not only a list
	// item's label ("Eerste keus: …")
	headsRow map[string]bool
	asked    map[string]bool
	titled   map[string]bool
	// quantity: the question asks for a dose or an amount, which only a
	// sentence naming the subject asked about can give.
	quantity bool
	// tabled: the question's words that head a table row of some document
	// of the corpus, retrieved or not (its drugs).
	tabled map[string]bool
	// wide is sub with the corpus's dose-table drugs as subjects too
	// (widen); nil when the searcher cannot list them.
	wide *subjects
	// widened: these are widen's subjects; the rules that read the
	// retrieved guideline (visiting, otherSentence) are not applied to
	// them (docs/answering.md, the corpus-drug step)
	widened bool
}

func (s *Service) subjectsOf(q question, ps []*prepared) subjects {
	sub := subjects{rows: map[string]map[string]bool{}, headsRow: map[string]bool{}, asked: map[string]bool{}, titled: map[string]bool{},
		quantity: q.kind == kindDose || q.kind == kindAmount}
	home := func(t, doc string) {
		if sub.rows[t] == nil {
			sub.rows[t] = map[string]bool{}
		}
		sub.rows[t][doc] = true
	}
	titles := map[string]bool{}
	for _, p := range ps {
		for _, t := range p.titleTerms {
			titles[t] = true
		}
		// A dose question asks about a drug, which heads a dose row: the
		// first cell of another table ("Teken: Drinken") is no subject of it.
		if t := rowSubject(s.cfg.Analyzer, p.p); t != "" && (q.kind != kindDose || dosedRow(p.p.Text)) {
			home(t, p.p.DocumentID)
			sub.headsRow[t] = true
		}
		if p.p.Kind != bronwijzer.KindList {
			continue
		}
		for _, sp := range p.spans {
			if t := label(s.cfg.Analyzer, sp.Text); t != "" {
				home(t, p.p.DocumentID)
			}
		}
	}
	sub.tabled = map[string]bool{}
	verb := ""
	if w := clauseVerb(lowerWords(q.text)); w != "" {
		if us := contentUnits(s.cfg.Analyzer, w); len(us) > 0 {
			verb = us[0].full
		}
	}
	for _, u := range q.units {
		if u.full == verb {
			continue // the verb of the question names no subject ("Teken: Drinken")
		}
		for _, t := range append([]string{u.full}, u.parts...) {
			if q.tables[t] && !(titles[t] && len(t) >= minCompoundRunes) {
				sub.tabled[t] = true
			}
			switch {
			case titles[t] && len(t) >= minCompoundRunes:
				// the guideline's own condition, though its glossary lists
				// it too ("Sintelhuidziekte: een chronische …"): what the
				// whole document is about, not one subject of its lists
				sub.titled[t] = true
			case sub.rows[t] != nil:
				sub.asked[t] = true
			}
		}
	}
	sub.wide = sub.widen(q)
	return sub
}

// widen returns sub with the drugs of every dose table of the corpus as
// subjects too, each with the guideline that doses it, whether or not its
// rows were retrieved: a question on a drug whose row ranked low must not
// be answered from another drug's row either. The hard rules read it; the
// answer model's features read sub, the retrieved passages' subjects.
func (sub subjects) widen(q question) *subjects {
	if len(q.tabledIn) == 0 {
		return nil
	}
	w := sub
	w.rows = make(map[string]map[string]bool, len(sub.rows))
	for t, docs := range sub.rows {
		w.rows[t] = maps.Clone(docs)
	}
	w.headsRow = maps.Clone(sub.headsRow)
	for doc, ts := range q.tabledIn {
		for _, t := range ts {
			w.headsRow[t] = true
			if w.rows[t] == nil {
				w.rows[t] = map[string]bool{}
			}
			w.rows[t][doc] = true
		}
	}
	w.widened = true
	w.quantity = q.kind == kindDose // an amount ("hoe lang na het stoppen") may name the drug by its treatment
	w.asked = maps.Clone(sub.asked)
	for t := range sub.tabled {
		w.asked[t] = true
	}
	return &w
}

// corpus returns the subjects with every dose-table drug of the corpus
// (wide), or sub when the searcher cannot list them.
func (sub subjects) corpus() subjects {
	if sub.wide != nil {
		return *sub.wide
	}
	return sub
}

// any reports whether the question names a subject.
func (sub subjects) any() bool { return len(sub.asked) > 0 || len(sub.titled) > 0 }

// named reports whether the candidate, with its section path, caption and
// title, names one of the question's subjects, and whether its document
// is about one (the title names it).
func (sub subjects) named(c *cand) (named, about bool) {
	title := newTermSet(c.pass.titleTerms)
	for _, m := range []map[string]bool{sub.asked, sub.titled} {
		for t := range m {
			named = named || c.ctx.covered(t)
			about = about || title.covered(t)
		}
	}
	return named, about
}

// namesAll reports whether the candidate, with its context, names every
// row subject the question names.
func (sub subjects) namesAll(c *cand) bool {
	for t := range sub.asked {
		if !c.ctx.covered(t) {
			return false
		}
	}
	return true
}

// togetherIn reports whether one sentence of a pair of sentences names
// every subject asked or drug of the tables the question names (with the passage's title and section path): a
// question about two drugs together ("Mag vexaloride gecombineerd worden
// met mucotrexan?") is not answered by a sentence on each ("Vexaloride
// vermindert de opname van ijzerpreparaten … Mucotrexan mag niet worden
// gecombineerd met methotrexaat"). also are more terms asked with a
// subject, such as a test named by its short form ("Moet ik een ECG maken
// voordat ik quellomide start?" is not answered by "Maak … een ECG vóór de
// start van taliprozine. Controleer na een kuur quellomide …"). Other
// forms are one statement.
func (sub subjects) togetherIn(c *cand, also ...string) bool {
	names := slices.Concat(slices.Collect(maps.Keys(sub.asked)), slices.Collect(maps.Keys(sub.tabled)))
	if len(names) > 0 {
		names = append(names, also...)
	}
	slices.Sort(names)
	names = slices.Compact(names) // a drug both asked and in a table counts once
	if c.form != formPair || len(names) < 2 {
		return true
	}
	return slices.ContainsFunc(c.sentenceSets(), func(set termSet) bool {
		return !slices.ContainsFunc(names, func(t string) bool { return !set.covered(t) })
	})
}

// foreign reports whether candidate c speaks of another subject than the
// one asked: a row of another subject, or a sentence that names none asked
// but another row subject or a label of its own ("Tessamol: …"), alone or
// as one of a pair; for a dose or an amount, any sentence that does not
// name the subject asked.
func (sub subjects) foreign(a Analyzer, c *cand) bool {
	if len(sub.asked) == 0 {
		return false
	}
	if t := rowSubject(a, c.pass.p); t != "" {
		return !sub.asked[t]
	}
	if c.form != formRow {
		for j := c.lo; j <= c.hi && j < len(c.pass.spans); j++ {
			if t := c.pass.itemLabel(a, j); t != "" && !sub.asked[t] && (!populationWord(t) || sub.other(c.pass.spanSets[j])) && !sub.stepOf(c.pass, j, t) {
				// an item listed under another drug ("Quilmeprofen: …"),
				// or its next sentence; not one labelled with a
				// population, whom the item is for ("Zwangerschap:
				// trevolamide is gecontra-indiceerd", FT-74), unless it
				// speaks of another drug ("Ouderen: start trevolamide …"
				// for a question on dorbaxine)
				return true
			}
		}
	}
	if !sub.widened && (sub.visiting(c) || c.form == formPair && sub.otherSentence(c) || c.form != formRow && sub.continuesOther(c)) {
		return true
	}
	if sub.quantity && c.form != formRow && strings.Contains(c.text, "(") {
		// a dose or number of a drug named only in an aside, beside
		// another drug of the corpus: "Tweede keus (bij overgevoeligheid
		// voor … tarvomycine) …: nordaxilline, voor volwassenen 3 dd 400
		// mg gedurende 7 dagen" doses nordaxilline (it does answer which
		// drug to give instead of tarvomycine)
		main := passageTerms(a, parenthesesOut.ReplaceAllString(c.text, " "))
		if !slices.ContainsFunc(main, func(t string) bool { return sub.asked[t] }) &&
			slices.ContainsFunc(main, func(t string) bool { return sub.rows[t] != nil }) {
			return true
		}
	}
	other := sub.quantity || c.pass.p.Kind == bronwijzer.KindList && c.pass.itemLabel(a, c.lo) != ""
	for _, t := range c.terms {
		if sub.asked[t] {
			return false
		}
		other = other || sub.rows[t] != nil
	}
	return other
}

// stepOf reports whether sentence j of p, an item labelled t, is about
// the subject asked: its label heads no table row ("Eerste keus", "Let
// op", "Noot") and the sentence names the one subject asked that does.
// "Eerste keus: velmoxine gedurende 7 dagen" is velmoxine's first step,
// not an item on "eerste" (LibreOffice's FT-182 had printed it "1.Eerste
// keus", which no label reads, and once read cleanly it was refused);
// "Quilmeprofen: … velmoxine" stays quilmeprofen's.
func (sub subjects) stepOf(p *prepared, j int, t string) bool {
	if sub.headsRow[t] {
		return false
	}
	named := ""
	for a := range sub.asked {
		if sub.headsRow[a] {
			if named != "" {
				return false // two drugs asked: whose item it is the rules for each say
			}
			named = a
		}
	}
	return named != "" && p.spanSets[j].covered(named)
}

// headedBy reports whether c, a sentence or item that names no drug of
// the corpus (drugs) but dosed, nor another subject than its own label
// ("Interacties: …", which heads items under every drug), stands under a heading that names dosed: the
// nearest heading of its section path that names a drug names dosed and
// no other. A page that sets each population's dose in a tab under the
// drug's lead-in ("Tralvomide (tablet 250 mg en 500 mg) › Volwassenen ›
// Matige veenkramp (VKS 5-7): 500 mg 2 dd", FT-60) names the drug only
// there.
func (sub subjects) headedBy(a Analyzer, c *cand, dosed string, drugs map[string]bool) bool {
	other := func(t string) bool { return t != dosed && (drugs[t] || sub.rows[t] != nil && !c.labelled(a, t)) }
	if c.form == formRow || slices.ContainsFunc(c.terms, other) {
		return false
	}
	path := strings.Split(c.pass.p.Section, bronwijzer.SectionSeparator)
	for i := len(path) - 1; i >= 0; i-- {
		ts := passageTerms(a, path[i])
		if slices.ContainsFunc(ts, other) {
			return false
		}
		if slices.Contains(ts, dosed) {
			return true
		}
	}
	return false
}

// labelled reports whether t is the label of one of c's items.
func (c *cand) labelled(a Analyzer, t string) bool {
	for j := c.lo; j <= c.hi && j < len(c.pass.spans); j++ {
		if c.pass.itemLabel(a, j) == t {
			return true
		}
	}
	return false
}

// onlyTheDrugAsked reports whether the question names one drug (a word
// that heads a dose-table row) and the candidate names no other drug
// than that one: for a question which drug to give, the drug the question
// names is the one it asks an alternative to, or a companion for.
//
// The drug may be one no retrieved passage's subject names but a table
// doses (tabled): a table grouped by population names its drugs in a
// column (drugColumn), and "Wat geef ik een volwassene die tarvoxine niet
// verdraagt?" had got tarvoxine's row (WeasyPrint's FT-221).
func (sub subjects) onlyTheDrugAsked(c *cand) bool {
	drug := func(t string) bool { return sub.rows[t] != nil || sub.tabled[t] }
	named := func(t string) bool { return sub.asked[t] || sub.tabled[t] }
	asked := 0
	for t := range sub.asked {
		if drug(t) {
			asked++
		}
	}
	for t := range sub.tabled {
		if !sub.asked[t] {
			asked++
		}
	}
	return asked == 1 && !slices.ContainsFunc(c.terms, func(t string) bool { return drug(t) && !named(t) })
}

// parenthesesOut matches a parenthesised aside, without nesting.
var parenthesesOut = regexp.MustCompile(`\([^()]*\)`)

// itemLabel returns the label of the list item sentence j stands in: its
// own ("Pelmasolon: 1 dd 30 mg …") or, in a list passage, that of the
// item's first sentence ("Eerste keus bij een eGFR < 30 …" is said of
// pelmasolon); "" when there is none. A list passage's items stand a
// blank line apart.
func (p *prepared) itemLabel(a Analyzer, j int) string {
	if t := label(a, p.spans[j].Text); t != "" || p.p.Kind != bronwijzer.KindList {
		return t
	}
	for j > 0 && !p.paragraphAfter(j-1) {
		j--
	}
	return label(a, p.spans[j].Text)
}

// otherSentence reports whether a sentence of the pair c names another
// row subject and none asked: "Saltrevol mag tijdens de zwangerschap …"
// joined to a sentence on tessamol still states saltrevol's advice.
func (sub subjects) otherSentence(c *cand) bool {
	for j := c.lo; j <= c.hi && j < len(c.pass.spanSets); j++ {
		if sub.other(c.pass.spanSets[j]) {
			return true
		}
	}
	return false
}

// continuesOther reports whether c's first sentence names no row subject
// and goes on from a sentence of its paragraph that names another and
// none asked: "Corvadimol geeft … sufheid …. Adviseer in de eerste 3
// dagen van de kuur niet auto te rijden." advises on corvadimol, not on
// the telmaxidine of the sentence after it.
func (sub subjects) continuesOther(c *cand) bool {
	j, all := c.lo, sub.corpus() // the drugs of every dose table, retrieved or not
	if j < 1 || j >= len(c.pass.spanSets) || c.pass.paragraphAfter(j-1) || all.names(c.pass.spanSets[j]) {
		return false
	}
	return all.other(c.pass.spanSets[j-1])
}

// names reports whether a sentence's terms name a row subject or one
// asked.
func (sub subjects) names(set termSet) bool {
	for t := range sub.asked {
		if set.covered(t) {
			return true
		}
	}
	for t := range sub.rows {
		if set.covered(t) {
			return true
		}
	}
	return false
}

// other reports whether a sentence's terms name a row subject and none
// asked.
func (sub subjects) other(set termSet) bool {
	asked, other := false, false
	for t := range sub.asked {
		asked = asked || set.covered(t)
	}
	for t := range sub.rows {
		other = other || !sub.asked[t] && set.covered(t)
	}
	return other && !asked
}

// labelledOther reports whether c is a list item labelled with a drug of
// the corpus's tables (retrieved or not) that the question does not name,
// while the question names such a drug: "Korvidine: sterke
// CYP3A4-remmers, zoals tarvomycine, …" for a question on velamistat and
// tarvomycine speaks of korvidine.
func (sub subjects) labelledOther(a Analyzer, tables map[string]bool, c *cand) bool {
	if len(sub.tabled) == 0 || c.pass.p.Kind != bronwijzer.KindList {
		return false
	}
	other := func(t string) bool { return t != "" && tables[t] && !sub.tabled[t] && !sub.asked[t] }
	for j := c.lo; j <= c.hi && j < len(c.pass.spans); j++ {
		if other(label(a, c.pass.spans[j].Text)) || slices.ContainsFunc(nestedLabels(a, c.pass.spans[j].Text), other) {
			return true
		}
	}
	return false
}

// nestedLabels returns the analysed first words of the steps after the
// first of a nested list item's label ("Leverfunctiestoornis ›
// ferazolide: … Child-Pugh B 200 mg", ingest/extract nestedItemPaths): a
// list of special groups, each with an item a drug, is about the drug of
// the second step. FT-237 had answered "tavoprofeen bij
// leverfunctiestoornis Child-Pugh B dosering" with ferazolide's item.
// Only a label that label reads (one to three words a step, no digit).
func nestedLabels(a Analyzer, text string) []string {
	if label(a, text) == "" {
		return nil
	}
	head, _, _ := strings.Cut(strings.TrimSpace(text), ": ")
	steps := strings.Split(head, " › ")
	var out []string
	for _, step := range steps[1:] {
		if ws := splitWords(step); len(ws) >= 1 && len(ws) <= 3 {
			if ts := a.Terms(ws[0]); len(ts) > 0 {
				out = append(out, ts[0])
			}
		}
	}
	return out
}

// missesTabled reports whether the question names two or more drugs of the
// corpus's tables, asks no dose or amount, and c (with its context) does
// not name them all: "Is er een interactie tussen velamistat en
// tarvomycine?" is not answered by "Velamistat remt de afbraak van
// dravotioprine". A dose asked "bij de start van velamistat" is the dose of
// the drug asked, which need not name the other. Also whether the question
// names one such drug, whose row was not retrieved (no subject of the
// retrieved rows is asked), and c does not name it: "Wanneer stop ik
// beluxaan op grond van de Sintelhuid Ernst Index?" is not answered by the
// sleeping problems of patients with a SEI ≥ 16.
func (sub subjects) missesTabled(c *cand) bool {
	one := len(sub.tabled) == 1 && len(sub.asked) == 0
	if !one && (len(sub.tabled) < 2 || sub.quantity) {
		return false
	}
	for t := range sub.tabled {
		if !c.ctx.covered(t) {
			return true
		}
	}
	return false
}

// analysedTables is the corpus's drugs: the analysed first term of the
// subject of every table row that states a dose (retrieval.TableSubjects).
// The rows of a scoring table ("Item: Drinken · 0 punten: normaal") or a
// classification ("Lichaamsregio: hoofd en hals") are about signs and
// places, not drugs, and their first cells are words a question uses for
// other things.
type analysedTables struct {
	version string
	terms   map[string]bool
	chunks  map[string]int // retrieval.TableSubjects.Chunks
	// heads holds the analysed header of the dose tables' first column
	// ("Middel"), byDoc each document's dose-row subjects.
	heads map[string]bool
	byDoc map[string][]string
	// graded holds the documents whose dose rows give eGFR ranges ("eGFR
	// 15–30: 2 dd 250 mg")
	graded map[string]bool
	// rows holds each document's dose rows with their drug (adultsRowForOthers)
	rows map[string][]drugRow
}

// drugRow is a dose row of the corpus: its drug (analysed) and its text
// without the caption.
type drugRow struct{ drug, text string }

// analyse analyses the question and adds what the corpus's tables are
// about when the searcher can list it (retrieval.TableSubjectLister).
func (s *Service) analyse(ctx context.Context, text string) (question, error) {
	q := s.analyseQuestion(text)
	lister, ok := s.search.(retrieval.TableSubjectLister)
	if !ok {
		return q, nil
	}
	ts, err := lister.TableSubjects(ctx)
	if err != nil {
		return q, fmt.Errorf("answer: %w", err)
	}
	s.tablesMu.Lock()
	defer s.tablesMu.Unlock()
	if s.tables == nil || s.tables.version != ts.Version {
		at := &analysedTables{version: ts.Version, terms: map[string]bool{}, chunks: ts.Chunks,
			heads: map[string]bool{}, byDoc: map[string][]string{}, graded: map[string]bool{}, rows: map[string][]drugRow{}}
		drug := func(doc, t string) {
			at.terms[t] = true
			if !slices.Contains(at.byDoc[doc], t) {
				at.byDoc[doc] = append(at.byDoc[doc], t)
			}
		}
		for doc, rows := range ts.ByDocument {
			for _, r := range rows {
				t := firstTerm(s.cfg.Analyzer, r.Subject)
				if qualifierCell(r.Subject) {
					// a table by population doses its drugs in columns,
					// or is the table of the one drug its caption names,
					// its columns the kinds of dose ("Dosering",
					// "Startdosis"), no drugs
					row := bronwijzer.Passage{Kind: bronwijzer.KindTableRow, Caption: r.Caption, Section: r.Section, Text: r.Text}
					t = captionSubject(s.cfg.Analyzer, row)
					if t == "" {
						for _, d := range columnDrugs(s.cfg.Analyzer, r.Text) {
							drug(doc, d)
						}
						// or it is grouped by population, each group's
						// rows one per drug, the drug in a column of its
						// own after the group (drugColumn), whose header
						// heads the drugs as a first column's would
						if t = drugColumn(s.cfg.Analyzer, row); t != "" && dosedRow(r.Text) {
							_, cells := rowCells(r.Text)
							if h, _, ok := strings.Cut(cells[1], ": "); ok {
								if ht := firstTerm(s.cfg.Analyzer, h); ht != "" {
									at.heads[ht] = true
								}
							}
						}
					}
				}
				if t == "" || !dosedRow(r.Text) {
					continue
				}
				drug(doc, t)
				at.rows[doc] = append(at.rows[doc], drugRow{drug: t, text: r.Text})
				if slices.ContainsFunc(bounds(r.Text), func(b bound) bool { return b.measure == measureEGFR }) {
					at.graded[doc] = true
				}
				// the header over the drugs' column ("Middel"); not the one
				// over a drug's own table's populations ("Groep")
				if _, head := rowParts(bronwijzer.Passage{Text: r.Text}); head != "" && !qualifierCell(r.Subject) {
					if h := firstTerm(s.cfg.Analyzer, head); h != "" {
						at.heads[h] = true
					}
				}
			}
		}
		s.tables = at
	}
	q.tables, q.chunks = s.tables.terms, s.tables.chunks
	q.heads, q.tabledIn, q.graded, q.drugRows = s.tables.heads, s.tables.byDoc, s.tables.graded, s.tables.rows
	return q, nil
}

// visiting reports whether c comes from another guideline than the one
// subject the question asks about: the subject heads a table row or list
// item of a retrieved document (its own guideline), c's document heads it
// nowhere, and the question names nothing of c's document's title. Such a
// sentence names the subject in passing ("Sterke CYP3A4-remmers, zoals
// tarvomycine, verhogen de spiegel van beluxaan", in the guideline on
// another disease) and does not say whom the drug suits. A question naming
// two subjects (an interaction) or the other guideline's disease may be
// answered there.
func (sub subjects) visiting(c *cand) bool {
	if len(sub.asked) != 1 {
		return false
	}
	for t := range sub.asked {
		if sub.rows[t] == nil || sub.rows[t][c.pass.p.DocumentID] {
			return false
		}
	}
	return !slices.ContainsFunc(c.pass.titleTerms, func(t string) bool { return sub.titled[t] })
}

// label returns the analysed first word of the label of one to three words
// and a colon that leads a list item ("Tessamol: kinderen jonger dan 12
// jaar, …"), the way a guideline lists contra-indications or interactions
// per drug: the label is what the item is about. "" when there is none.
func label(a Analyzer, text string) string {
	head, _, ok := strings.Cut(strings.TrimSpace(text), ": ")
	if !ok {
		return ""
	}
	// a nested list's item names the items it stands under ("Kalvoxidine
	// › Zwangerschap › gehele zwangerschap: …", ingest/extract
	// nestedItemPaths): the first is what it is about
	head, _, _ = strings.Cut(head, " › ")
	words := splitWords(head)
	if len(words) < 1 || len(words) > 3 || !startsUpper(words[0]) {
		return ""
	}
	if strings.ContainsFunc(head, unicode.IsDigit) {
		return "" // a numbered step or phase ("Stap 3: …") is about no subject
	}
	if ts := a.Terms(words[0]); len(ts) > 0 {
		return ts[0]
	}
	return ""
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// rowVariant returns the analysed words a table row's first cell puts in
// brackets after its subject ("korvidine (aanval)", "korvidine
// (profylaxe)"): two rows of one drug for different uses.
func rowVariant(a Analyzer, p bronwijzer.Passage) []string {
	if l := variantLabel(p); l != "" {
		return a.Terms(l)
	}
	return nil
}

// variantLabel returns what a table row's first cell puts in brackets
// ("aanval" of "korvidine (aanval)"), as written, or else the use its
// second cell names between the drug and the population: "Acute
// behandeling" of "Middel: Taldocilline · Indicatie: Acute behandeling ·
// Leeftijd: 18 jaar en ouder · …" (variantCell); or "".
func variantLabel(p bronwijzer.Passage) string {
	first := retrieval.RowSubject(p.Kind, p.Caption, p.Text)
	open := strings.IndexByte(first, '(')
	end := strings.IndexByte(first, ')')
	if open < 0 || end <= open {
		if p.Kind != bronwijzer.KindTableRow {
			return ""
		}
		return variantCell(p.Text)
	}
	return first[open+1 : end]
}

// maxVariantWords bounds the words of a use named in a cell of its own
// (variantCell): a label, not a remark.
const maxVariantWords = 3

// variantCell returns the value of a dose row's second cell when it keys
// the row beside the drug: a short label without a number, not a
// population, with a population cell after it; "" for a row of a table of
// contra-indications ("Soort: Contra-indicatie"). LibreOffice's FT-219
// doses each drug for "Acute behandeling" and "Recidiefprofylaxe" in a
// column of its own, and the adults' dose question had got the
// prophylaxis row.
func variantCell(text string) string {
	if !dosedRow(text) || againstTable(text) {
		return ""
	}
	_, cells := rowCells(text)
	if len(cells) < 3 {
		return ""
	}
	h, v, ok := strings.Cut(cells[1], ": ")
	if !ok || qualifierCell(h) || qualifierCell(v) || strings.ContainsFunc(v, unicode.IsDigit) || len(strings.Fields(v)) > maxVariantWords {
		return ""
	}
	for _, cell := range cells[2:] {
		if _, pv, ok := strings.Cut(cell, ": "); ok && qualifierCell(pv) {
			return v
		}
	}
	return ""
}

// otherVariant reports whether the candidate is a row of one use of its
// drug while the question names another use that a retrieved row of the
// same drug has: "Welke dosis korvidine bij een acute aanval?" is not
// answered from the row "korvidine (profylaxe)" when "korvidine (aanval)"
// was retrieved too.
func (s *Service) otherVariant(q question, ps []*prepared, c *cand) bool {
	subject := rowSubject(s.cfg.Analyzer, c.pass.p)
	if subject == "" {
		return false
	}
	asked := func(terms []string) bool { return variantAsked(q, terms, false) }
	mine := rowVariant(s.cfg.Analyzer, c.pass.p)
	if len(mine) == 0 || asked(mine) {
		return false
	}
	for _, p := range ps {
		if p != c.pass && rowSubject(s.cfg.Analyzer, p.p) == subject && asked(rowVariant(s.cfg.Analyzer, p.p)) {
			return true
		}
	}
	// a row of the use asked that was not retrieved: the corpus's dose
	// rows ("Mag vennomycine als recidiefprofylaxe tijdens de
	// zwangerschap …?" had got the row for acute treatment in
	// pregnancy, FT-219)
	for _, r := range q.drugRows[c.pass.p.DocumentID] {
		if v := variantCell(r.text); r.drug == subject && v != "" && asked(s.cfg.Analyzer.Terms(v)) {
			return true
		}
	}
	return false
}

// variantsUnasked returns the uses of the candidate's drug that retrieved
// rows of their own dose ("aanval", "profylaxe"), its own first, when the
// question names none of them; nil when it names one or c is no such row.
// "korvidine eGFR 40" got the prophylaxis row alone, where the attack row
// gives another dose.
func (s *Service) variantsUnasked(q question, ps []*prepared, c *cand) []string {
	if c.form != formRow {
		return nil
	}
	if key := retrieval.RowSubject(c.pass.p.Kind, c.pass.p.Caption, c.pass.p.Text); qualifierCell(key) || pointsGradeRe.MatchString(key) {
		// a row keyed by the patient ("Volwassenen (18–69 jaar)") or by a
		// score's band ("Totaalscore: 5–9 punten (hoog)", Markdown.pl's
		// FT-199): its brackets are no use of a drug
		return nil
	}
	subject := rowSubject(s.cfg.Analyzer, c.pass.p)
	mine := rowVariant(s.cfg.Analyzer, c.pass.p)
	if subject == "" || len(mine) == 0 {
		return nil
	}
	asked := func(terms []string) bool { return variantAsked(q, terms, true) }
	if asked(mine) {
		return nil
	}
	out := []string{variantLabel(c.pass.p)}
	for _, p := range ps {
		if p == c.pass || rowSubject(s.cfg.Analyzer, p.p) != subject {
			continue
		}
		if v := rowVariant(s.cfg.Analyzer, p.p); len(v) > 0 && !qualifierCell(retrieval.RowSubject(p.p.Kind, p.p.Caption, p.p.Text)) {
			if asked(v) {
				return nil
			}
			if l := variantLabel(p.p); !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
	}
	return out
}

// variantAsked reports whether the question names the use a row's terms
// give: a word of it, or a word that is the head of its compound
// ("profylaxe" asks for the use "Recidiefprofylaxe"), or, when compound,
// a compound whose head it is ("aanvalsprofylaxe" a profylaxe). Only
// variantsUnasked reads compounds so; read so in otherVariant too, they
// moved the dev sets' candidates and the fitted answer model.
func variantAsked(q question, terms []string, compound bool) bool {
	return slices.ContainsFunc(terms, func(t string) bool {
		return slices.ContainsFunc(q.units, func(u unit) bool {
			return u.full == t || slices.Contains(u.parts, t) || compound && len(t) >= minCompoundRunes && strings.HasSuffix(u.full, t) ||
				len(u.full) >= minCompoundRunes && strings.HasSuffix(t, u.full)
		})
	})
}

// countsSubject reports whether the question's "hoeveel" counts the
// subject of a retrieved dose row ("Hoeveel nordaxilline …?") or a drug of
// the corpus's dose tables (tabled: one a table doses in a column,
// "Patiënt | Motrexide | Cefaloxine", heads no row): the amount of a drug
// is its dose. The subject of another table's rows is not dosed: "Hoeveel
// punten geeft een zichtbare morvelring?" counts the points of a score,
// whose table of bands has rows keyed "Score: 0–1 punten" (FT-130).
func (sub subjects) countsSubject(a Analyzer, question string, ps []*prepared) bool {
	ws := splitWords(question)
	for i, w := range ws {
		if (strings.EqualFold(w, "hoeveel") || strings.EqualFold(w, "hoeveelheid")) && i+1 < len(ws) {
			ts := a.Terms(ws[i+1])
			if len(ts) > 0 && (sub.tabled[ts[0]] || sub.asked[ts[0]] && slices.ContainsFunc(ps, func(p *prepared) bool {
				return dosedRow(p.p.Text) && rowSubject(a, p.p) == ts[0]
			})) {
				return true
			}
		}
	}
	return false
}

// undescribed reports whether c is the table row of a drug the question
// neither names nor describes: a dose question that names no subject of
// the retrieved rows describes the drug by other words ("Wat is de dosis
// van het antivirale middel …?"), which the row, its caption and section
// path do not cover; the row is then only about the drug asked when a
// retrieved sentence or section path names its subject together with one
// of those words ("Antivirale behandeling met pranolisine …"). The link
// comes from the guideline's own text, not from a list of drug classes.
func (s *Service) undescribed(q question, ps []*prepared, sub subjects, c *cand) bool {
	if q.kind != kindDose || len(sub.asked) > 0 || c.form != formRow {
		return false
	}
	subject := rowSubject(s.cfg.Analyzer, c.pass.p)
	if subject == "" {
		return false
	}
	// (the score the question gives the value of, "PLOOI-score 7", says
	// what the patient has, as an age does, not which drug)
	measured := map[string]bool{}
	for _, v := range q.values {
		if strings.HasPrefix(v.measure, namedMeasure("")) {
			for _, t := range s.cfg.Analyzer.Terms(v.text) {
				measured[t] = true
			}
		}
	}
	var desc []unit
	for _, u := range q.units {
		if c.ctx.score(u) < 1 && !populationWord(u.full) && !doseWord(u.full) && !measured[u.full] {
			desc = append(desc, u)
		}
	}
	if len(desc) == 0 {
		return false // the row covers every word of the question
	}
	describes := func(set termSet) bool {
		return slices.ContainsFunc(desc, func(u unit) bool { return set.score(u) == 1 })
	}
	for _, p := range ps {
		if p.p.Kind == bronwijzer.KindTableRow {
			continue // a row names its subject with cells, not a description
		}
		section := describes(newTermSet(p.contextTerms))
		for j := range p.spans {
			if p.spanSets[j].covered(subject) && (section || describes(p.spanSets[j])) {
				return false
			}
		}
	}
	return true
}

// strengthRe matches a preparation's strength: "4 mg", "0,8 mg/ml", "2%".
var strengthRe = regexp.MustCompile(`\d\s*(?:mg|µg|mcg|g|ml|IE|%)(?:\b|/|$)`)

// drugsUnnamed reports whether c is a row of a table by population that
// doses two drugs or more in its columns, for a dose or amount question
// that names none of them: which drug's dose answers, the question does
// not say ("Hoeveel tijd krijgt een kind van 12 kilo?" got the row for
// children with motrexide's and cefaloxine's doses).
func (s *Service) drugsUnnamed(q question, c *cand) bool {
	if q.kind != kindDose && q.kind != kindAmount || c.form != formRow ||
		!qualifierCell(retrieval.RowSubject(c.pass.p.Kind, c.pass.p.Caption, c.pass.p.Text)) {
		return false
	}
	// drugs: the columns whose header gives a preparation's strength
	// ("Motrexide (tablet 4 mg; drank 0,8 mg/ml)"), not a period ("In de
	// eerste 4 uur")
	var drugs []string
	_, cells := rowCells(c.pass.p.Text)
	for i, cell := range cells {
		if h, v, ok := strings.Cut(cell, ": "); ok && i > 0 && statesDose(v) && strengthRe.MatchString(h) {
			if t := firstTerm(s.cfg.Analyzer, h); t != "" && !slices.Contains(drugs, t) {
				drugs = append(drugs, t)
			}
		}
	}
	return len(drugs) >= 2 && !slices.ContainsFunc(q.units, func(u unit) bool {
		return slices.Contains(drugs, u.full) || slices.ContainsFunc(u.parts, func(p string) bool { return slices.Contains(drugs, p) })
	})
}

// populationWord reports whether an analysed word marks a population
// (questions name them as qualifiers, not as the drug's description).
func populationWord(w string) bool {
	return slices.ContainsFunc(populations, func(g *population) bool { return g.shows(w) })
}

// dosedRow reports whether a table row ("Middel: … · Volwassenen: 2 dd 500
// mg") states a dose in a cell after its first: a drug's row.
func dosedRow(text string) bool {
	cells := strings.Split(text, " · ")
	return slices.ContainsFunc(cells[1:], statesDose)
}

// How a table-row candidate stands to the question (ruleRow).
const (
	rowPointed   = iota // not a row, or a row the question points at
	rowUnnamed          // the question names neither its subject nor asks for its column
	rowDosesOnly        // a dose row, for a question that asks no dose and names only the drug
)

// rowMiss says whether a question that asks no dose points at c, when c
// is a table row: it names the row's subject (its first cell) or asks for
// the column that cell stands in ("Welk middel …?" and the header
// "Middel"); and when the row states a drug's doses and the question asks
// no amount either, it names something beyond the subject, the table's
// caption and the document's title (any word: a side effect, a population,
// a moment), else the doses are all the row could answer with.
func (s *Service) rowMiss(q question, c *cand) int {
	if c.form != formRow {
		return rowPointed
	}
	subject, header := rowParts(c.pass.p)
	a := s.cfg.Analyzer
	subj := newTermSet(passageTerms(a, namingWords(subject)), passageTerms(a, indexedKey(c.pass.p)))
	named := slices.ContainsFunc(q.units, func(u unit) bool { return subj.nameScore(u) > 0 }) || quantityNamed(q.text, subject)
	column := s.asksColumn(q, c.pass)
	// a row keyed by the patient that holds the patient's value ("eGFR
	// 15–29" for "Mag mytilaxol bij een eGFR van 20?"): its advice, a dose
	// too, is the advice for that patient
	// (or the range of a measure its column's header names: "eGFR
	// (ml/min/1,73 m²): 30-59", measuredKey)
	_, patient := valueFit(q.values, subject)
	if measuredKey(header, subject) {
		_, patient = valueFit(q.values, header+": "+subject)
	}
	switch {
	case q.kind == kindDose:
		return rowPointed // which drug a dose question asks about is ruleForeign's and ruleUndescribed's to say
	case patient && (qualifierCell(subject) || measuredKey(header, subject)):
		return rowPointed
	case gradeFits(q, c):
		// a grade of the score the question gives the value of, that
		// holds it ("≥ 5 punten: hoge kans · Beleid: …" for "KPS 6
		// beleid"): its advice is the advice for that score
		return rowPointed
	case !named && !column:
		return rowUnnamed
	case q.kind == kindAmount || !dosedRow(c.pass.p.Text) || c.pointed, patientsCell(q, populationCell(c.pass.p.Text)):
		// (a row of the drug asked whose population cell is the
		// patient's: "Middel: neboclavir … · Patiëntgroep: ouderen ≥ 75
		// jaar · …" for "neboclavir bij een 78-jarige?")
		return rowPointed
	}
	return rowDosesOnly
}

// namingWords returns the words of a row's first cell that name it, less
// the units of its quantities: a score's band "≥ 6 punten" is named by a
// score, not by the word "punten" of every question about points
// ("Hoeveel punten geeft braken …?" had got the band row of a criterion
// the score does not list, LibreOffice's FT-182); "Kinderen 10–20 kg"
// keeps "Kinderen".
func namingWords(cell string) string {
	var out []string
	number := false
	for _, w := range strings.Fields(cell) {
		r, _ := utf8.DecodeRuneInString(w)
		digits := unicode.IsDigit(r) // a number ("6", "92%", "10–20"), not a name with a digit ("SpO2")
		if !digits && !(number && strings.ContainsFunc(w, unicode.IsLetter)) {
			out = append(out, w)
		}
		number = digits
	}
	return strings.Join(out, " ")
}

// quantityNamed reports whether the question states a number of a row's
// first cell with the word after it ("controle na 3 maanden" for the row
// "Moment: Na 3 maanden"): the quantity names that row, as its unit
// alone does not (namingWords).
func quantityNamed(question, cell string) bool {
	asked := strings.Fields(strings.ToLower(question))
	ws := strings.Fields(strings.ToLower(cell))
	for i := 0; i+1 < len(ws); i++ {
		if !strings.ContainsFunc(ws[i], unicode.IsDigit) {
			continue
		}
		for j := 0; j+1 < len(asked); j++ {
			if asked[j] == ws[i] && strings.Trim(asked[j+1], "?.,;:!") == strings.Trim(ws[i+1], ".,;:") {
				return true
			}
		}
	}
	return false
}

// patientsCell reports whether a row's population cell ("ouderen ≥ 75
// jaar", populationCell) is the patient's: its range holds the question's
// value, or, without a range for it, it names a population the question
// names.
func patientsCell(q question, pop string) bool {
	if pop == "" {
		return false
	}
	if ranged, fits := valueFit(q.values, pop); ranged {
		// an adult's age is held by a range of adults' ages ("ouderen ≥
		// 75 jaar"), not by one that starts in childhood ("volwassenen en
		// kinderen ≥ 12 jaar" holds a man of 75, for whom the guideline may
		// have a row of its own)
		adult := slices.ContainsFunc(q.values, func(v qvalue) bool { return v.measure == measureAge && v.lo >= adultAge })
		return fits && (!adult || slices.ContainsFunc(bounds(pop), func(b bound) bool { return b.measure == measureAge && b.lo >= adultAge }))
	}
	return slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.shownIn(pop) })
}

// indexedKey returns the second cell's value of a table row whose first
// cell, under a column header, is an index of one or two letters or
// digits ("Letter: Z · Criterium: Zilverdraadteken van 3 cm of langer ·
// Punten: 2", the letters of a score's name; "Nr.: 1 · …"): what the row
// is about; "" for another row. HeVeA's FT-127 had refused "Hoeveel
// punten levert het zilverdraadteken op in de ZIDRA-score?", the row not
// pointed at.
func indexedKey(p bronwijzer.Passage) string {
	_, cells := rowCells(p.Text)
	if len(cells) < 2 {
		return ""
	}
	header, index, ok := strings.Cut(cells[0], ": ")
	index = strings.TrimRight(strings.TrimSpace(index), ".)")
	// (a column named by a word: a table of contents read as a table
	// has numbers for headers, "1: 2 · Kernboodschappen: …", rst2pdf's
	// FT-118)
	if n := utf8.RuneCountInString(index); !ok || !strings.ContainsFunc(header, unicode.IsLetter) || n == 0 || n > 2 ||
		strings.ContainsFunc(index, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		return ""
	}
	if _, v, ok := strings.Cut(cells[1], ": "); ok {
		return v
	}
	return cells[1]
}

// rowParts returns a table row's subject (its first cell's value) and that
// cell's column header ("" when the cell has none).
func rowParts(p bronwijzer.Passage) (subject, header string) {
	_, cells := rowCells(p.Text)
	if len(cells) == 0 {
		return "", ""
	}
	if h, v, ok := strings.Cut(cells[0], ": "); ok {
		return v, h
	}
	return cells[0], ""
}

// firstWords returns at most n words of text, up to the first one holding
// a digit ("korvidine (profylaxe) tablet 0,3 mg" → "korvidine
// (profylaxe) tablet"): the name a refusal quotes.
func firstWords(text string, n int) string {
	var out []string
	for _, w := range strings.Fields(text) {
		if len(out) == n || strings.ContainsAny(w, "0123456789") {
			break
		}
		out = append(out, w)
	}
	return strings.TrimRight(strings.Join(out, " "), ",;:")
}

// withTableSubjects returns the question's units, and the noun it asks
// for, where a word is the header of a dose table's first column
// ("Welk middel …?" and the column "Middel"): a candidate then covers it by
// naming a subject of that column in a retrieved document's tables
// ("Pelmasolon: 1 dd 30 mg …"), as the table's rows do by their header.
func withTableSubjects(q question, ps []*prepared) ([]unit, *unit) {
	var subjects []string
	for _, p := range ps {
		for _, t := range q.tabledIn[p.p.DocumentID] {
			if !slices.Contains(subjects, t) {
				subjects = append(subjects, t)
			}
		}
	}
	with := func(u unit) unit {
		if q.heads[u.full] {
			u.alts = slices.Concat(u.alts, subjects)
		}
		return u
	}
	if len(subjects) == 0 {
		return q.units, q.asked
	}
	units := make([]unit, len(q.units))
	for i, u := range q.units {
		units[i] = with(u)
	}
	asked := q.asked
	if asked != nil {
		a := with(*asked)
		asked = &a
	}
	return units, asked
}

// columnDrugs returns the analysed first words of the headers of a table
// row's cells after its first that state a dose: the drugs of a table
// whose rows are populations ("Patiënt: Volwassenen · Motrexide (tablet 4
// mg): 8 mg eenmalig · Cefaloxine (tablet 500 mg): 2 dd 500 mg").
func columnDrugs(a Analyzer, text string) []string {
	return columnsWhere(a, text, statesDose)
}

// withheldColumns returns the analysed first words of the headers of a
// table row's cells after its first that say not to give the drug: the
// drugs a row for the patient withholds ("eGFR (ml/min/1,73 m²): 15-29 ·
// velomycine: 250 mg 1× per dag · … · pranoxine: niet gebruiken", groff
// tbl's FT-235), which answer whether the drug may be given.
func withheldColumns(a Analyzer, text string) []string {
	return columnsWhere(a, text, func(v string) bool { return withholds(" " + strings.ToLower(v) + " ") })
}

// columnsWhere returns the analysed first words of the headers of a table
// row's cells after its first whose value has, but a dose column's
// ("Dosering", a table of one drug named elsewhere).
func columnsWhere(a Analyzer, text string, has func(string) bool) []string {
	_, cells := rowCells(text)
	var out []string
	for i, cell := range cells {
		h, v, ok := strings.Cut(cell, ": ")
		if i == 0 || !ok || !has(v) {
			continue
		}
		if doseWord(strings.ToLower(h)) {
			continue // the column of the dose ("Dosering"), a table of one drug named elsewhere (FT-60's tabs)
		}
		if t := firstTerm(a, h); t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// modals are the auxiliary verbs after which a Dutch clause ends in its
// main verb: "Hoeveel hydrolan moet een volwassene … drinken?".
var modals = setOf("moet", "moeten", "mag", "mogen", "kan", "kun", "kunt", "kunnen", "wil", "wilt", "willen",
	"zal", "zult", "zullen", "hoeft", "hoef", "hoeven")

// clauseVerb returns the infinitive that ends a question led by a modal
// ("… moet een volwassene met matige uitdroging drinken?" → "drinken"), or
// "": the verb of the clause, which names no subject, though a table of
// signs may head a row with it ("Teken: Drinken"). A last word after an
// article or preposition ("… geven aan kinderen?") is a noun.
func clauseVerb(ws []string) string {
	n := len(ws)
	if n < 3 || !slices.ContainsFunc(ws[:min(4, n)], func(w string) bool { return modals[w] }) {
		return ""
	}
	last := ws[n-1]
	if !strings.HasSuffix(last, "en") || len(last) < 5 || stopwords[ws[n-2]] || slotPrepositions[ws[n-2]] || modals[last] {
		return ""
	}
	return last
}
