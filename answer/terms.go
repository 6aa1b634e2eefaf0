package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"

	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
)

// Analyzer turns text into analysed terms (lower-cased, stemmed, stop words
// removed; compound parts included where the analyser splits compounds).
// retrieval/analysis provides the project's Dutch analyser; it is accepted
// through this interface so the answer package does not depend on it and
// tests can run with the small built-in one.
type Analyzer interface {
	Terms(text string) []string
}

// basicAnalyzer is the fallback when Config.Analyzer is nil: Dutch Snowball
// stems of the words that are not stop words. It does not split compounds;
// covered() compensates with substring matching of long terms.
type basicAnalyzer struct{}

func (basicAnalyzer) Terms(text string) []string {
	words := splitWords(text)
	out := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.ToLower(w)
		if stopwords[w] || (len([]rune(w)) < 2 && !isNumber(w)) {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

func stem(w string) string {
	if isNumber(w) || len(w) < 4 {
		return w
	}
	env := snowball.NewEnv(w)
	dutch.Stem(env)
	return env.Current()
}

// splitWords splits on anything that is not a letter or digit, keeping
// decimal numbers ("1,5", "2.5") whole. The words are slices of text, the
// ones wordSpans cuts from its runes (a word holds letters, digits and the
// points between digits, so never an invalid byte).
func splitWords(text string) []string {
	words := make([]string, 0, len(text)/6+1)
	start, prev := -1, rune(-1)
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !inWord && (r == '.' || r == ',') && start >= 0 && unicode.IsDigit(prev) {
			next, _ := utf8.DecodeRuneInString(text[i+1:])
			inWord = unicode.IsDigit(next)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			words = append(words, text[start:i])
			start = -1
		}
		prev = r
	}
	if start >= 0 {
		words = append(words, text[start:])
	}
	return words
}

// wordSpans returns where splitWords' words stand in rs: each word's first
// rune and the rune after its last.
func wordSpans(rs []rune) [][2]int {
	var spans [][2]int
	start := -1
	for i, r := range rs {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !inWord && (r == '.' || r == ',') && start >= 0 && i+1 < len(rs) &&
			unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
			inWord = true
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			spans = append(spans, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(rs)})
	}
	return spans
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return unicode.IsDigit([]rune(w)[0])
}

// termSet is a set of analysed terms, stored as the terms joined by NUL
// bytes ("\x00a\x00b\x00") so that both an exact match and a match inside a
// longer term (a compound) are one substring search: per request the
// answerer asks thousands of such questions of small sets, and building
// maps cost more than the searches.
type termSet struct{ joined string }

func newTermSet(lists ...[]string) termSet {
	var b strings.Builder
	n := 1
	for _, ts := range lists {
		for _, t := range ts {
			n += len(t) + 1
		}
	}
	b.Grow(n)
	b.WriteByte(0)
	for _, ts := range lists {
		for _, t := range ts {
			b.WriteString(t)
			b.WriteByte(0)
		}
	}
	return termSet{joined: b.String()}
}

// unionSets joins sets.
func unionSets(sets ...termSet) termSet {
	var b strings.Builder
	for _, s := range sets {
		b.WriteString(s.joined)
	}
	return termSet{joined: b.String()}
}

// minCompoundRunes is the shortest term matched inside a longer one, so that
// "triage" is covered by "triagesystem" even when the analyser does not
// split that compound, while short words do not match by chance.
const minCompoundRunes = 5

// covered reports whether term t is in the set, directly or inside a longer
// term of the set (a compound that contains it).
func (s termSet) covered(t string) bool {
	if t == "" {
		return false
	}
	partial := len(t) >= minCompoundRunes && !isNumber(t)
	for from := 0; ; {
		i := strings.Index(s.joined[from:], t)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(t)
		if partial || (s.joined[i-1] == 0 && end < len(s.joined) && s.joined[end] == 0) {
			return true
		}
		from = i + 1
	}
}

// has reports whether term t is in the set as a term of its own, not only
// inside a longer one.
func (s termSet) has(t string) bool {
	return t != "" && strings.Contains(s.joined, "\x00"+t+"\x00")
}

// minVerbStem is the shortest verb stem matched inside a longer term.
const minVerbStem = 4

// coveredVerb reports whether t, a present-tense verb form in "-t" that the
// stemmer keeps ("hangt", "biedt"), is covered through its stem inside a
// longer term: a separable verb's infinitive ("afhangen" → "afhang",
// "aanbieden" → "aanbied"), as Dutch questions split it ("waar hangt … van
// af?") and sources join it.
func (s termSet) coveredVerb(t string) bool {
	stem, ok := strings.CutSuffix(t, "t")
	if !ok || len(stem) < minVerbStem || isNumber(t) {
		return false
	}
	stem = strings.TrimSuffix(stem, "d") // "biedt" → "bied" is kept; "wordt" → "word"
	if len(stem) < minVerbStem {
		return false
	}
	return strings.Contains(s.joined, stem)
}

// unit is one content word of a question or sentence: its analysed form
// and, for a compound, the analysed parts. Coverage counts words, not terms,
// so a compound's parts do not outweigh the other words of a question.
type unit struct {
	full  string
	parts []string
	alts  []string // other forms that count as the word: derivedForms, compoundKey, a name's short form (withShortForms)
}

// partCredit is the credit for a compound covered only through its parts
// ("huisartsenpraktijk" when the passage says "praktijk").
const partCredit = 0.75

// score is 1 when the word is covered, partCredit times the covered
// fraction of its parts when only parts are, else 0.
func (s termSet) score(u unit) float64 {
	if s.covered(u.full) || s.coveredVerb(u.full) || slices.ContainsFunc(u.alts, s.covered) {
		return 1
	}
	if len(u.parts) == 0 {
		return 0
	}
	n := 0
	for _, p := range u.parts {
		if s.covered(p) {
			n++
		}
	}
	return partCredit * float64(n) / float64(len(u.parts))
}

// nameScore is score for whether the set names the word: a compound's
// head, the last part of its key, counts only as a term of its own
// ("ontsteking van de nieren" names a nierontsteking), not inside another
// compound, which is another thing of its kind: a "leverontsteking"
// beside a "nierfunctie" names no nierontsteking.
func (s termSet) nameScore(u unit) float64 {
	if len(u.parts) == 0 {
		return s.score(u)
	}
	if sc := s.score(u); sc == 1 || sc == 0 {
		return sc
	}
	head := u.parts[len(u.parts)-1]
	for _, k := range u.alts { // its key: "huisart+praktijk" (the parts go on with "huis", "art")
		if i := strings.LastIndexByte(k, '+'); i >= 0 {
			head = k[i+1:]
			break
		}
	}
	n := 0
	for _, p := range u.parts {
		if p == head && s.hasAlone(p) || p != head && s.covered(p) {
			n++
		}
	}
	return partCredit * float64(n) / float64(len(u.parts))
}

// hasAlone reports whether term t is in the set other than as the last
// part of a compound: the analyser gives a compound's parts as terms of
// their own after it, and compoundKeys its key ("lever+ontstek"), one per
// occurrence, so t stands alone where it occurs more often than keys end
// in it.
func (s termSet) hasAlone(t string) bool {
	return t != "" && strings.Count(s.joined, "\x00"+t+"\x00") > strings.Count(s.joined, "+"+t+"\x00")
}

// coverage is the (weighted) fraction of units covered by s; w may be nil
// (all weights 1). It is 0 when units is empty.
func (s termSet) coverage(units []unit, w map[string]float64) float64 {
	total, got := 0.0, 0.0
	for _, u := range units {
		wt, ok := w[u.full]
		if !ok {
			wt = 1
		}
		total += wt
		got += wt * s.score(u)
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// contentUnits returns the distinct content words of text as units.
func contentUnits(a Analyzer, text string) []unit {
	seen := map[string]bool{}
	var out []unit
	for _, w := range splitWords(text) {
		lw := strings.ToLower(w)
		if questionWords[lw] || stopwords[lw] {
			continue
		}
		var ts []string
		for _, t := range a.Terms(w) {
			if !stopwords[t] && !questionWords[t] {
				ts = append(ts, t)
			}
		}
		if len(ts) == 0 || seen[ts[0]] {
			continue
		}
		seen[ts[0]] = true
		u := unit{full: ts[0], parts: ts[1:], alts: derivedForms(ts[0])}
		if k, _ := compoundKey(ts); k != "" {
			u.alts = append(u.alts, k)
		}
		out = append(out, u)
	}
	return out
}

// minRomanceRoot is the shortest root derivedForms relates.
const minRomanceRoot = 4

// derivedForms returns the stems of the other forms of a verb in "-eren"
// that Dutch derives from one root: the verb ("coördineren" → "coordiner";
// "coördineert", "gecoördineerd", which hold "coordineer") and its noun in
// "-atie" ("coördinatie"): a question asks who should "coördineren" where
// a source writes of "coördinatie". The derivation is regular (evalueren,
// evaluatie; organiseren, organisatie; registreren, registratie), and a
// stem counts as such a form only when it has the ending; a source must
// hold the other form itself for it to count.
func derivedForms(t string) []string {
	var root string
	switch {
	case strings.HasPrefix(t, "ge") && strings.HasSuffix(t, "eerd"):
		root = t[2 : len(t)-4]
	case strings.HasSuffix(t, "eert"):
		root = t[:len(t)-4]
	case strings.HasSuffix(t, "atie"):
		root = t[:len(t)-4]
	case strings.HasSuffix(t, "er"):
		root = t[:len(t)-2]
	}
	if len(root) < minRomanceRoot {
		return nil
	}
	return slices.DeleteFunc([]string{root + "er", root + "eer", root + "atie"}, func(f string) bool { return f == t })
}

// linkings are the Dutch linking sounds between the parts of a compound
// (tussenklanken), as they remain once a part is stemmed: "huisarts" stems
// to "huisart", so "huisartspraktijk" joins it with "s" and
// "huisartsenpraktijk" with "sen".
var linkings = []string{"", "s", "e", "n", "en", "er", "es", "sen"}

// compoundKey returns the key of the compound whose terms start ts (its
// stem, then the stems of its parts, as Analyzer.Terms gives them): its
// parts joined by "+", when the stem is those parts joined by linking
// sounds, and the number of terms read. Writers differ in the linking
// sound ("huisartsinformatiesystemen", "huisartseninformatiesystemen";
// "huisartspraktijk", "huisartsenpraktijk") but name the same thing, and
// both get the key "huisart+informatie+system". A word that is no
// compound, or whose parts do not spell it, has no key.
func compoundKey(ts []string) (string, int) {
	if len(ts) < 3 {
		return "", 0
	}
	whole, pos, j := ts[0], 0, 1
	for ; j < len(ts) && pos < len(whole); j++ {
		part, next := ts[j], -1
		for _, l := range linkings {
			if (pos == 0 && l != "") || !strings.HasPrefix(whole[pos:], l) {
				continue
			}
			if strings.HasPrefix(whole[pos+len(l):], part) {
				next = pos + len(l) + len(part)
				break
			}
		}
		if next < 0 {
			return "", 0
		}
		pos = next
	}
	if pos != len(whole) || j < 3 {
		return "", 0
	}
	return strings.Join(ts[1:j], "+"), j
}

// compoundKeys returns the compound keys of the words whose terms ts holds
// in text order.
func compoundKeys(ts []string) []string {
	var out []string
	for i := 0; i+2 < len(ts); i++ {
		if utf8.RuneCountInString(ts[i]) < minKeyedRunes {
			continue
		}
		if k, n := compoundKey(ts[i:]); k != "" {
			out = append(out, k)
			i += n - 1
		}
	}
	return out
}

// minKeyedRunes is the shortest stem compoundKeys reads as a compound:
// two parts of three letters.
const minKeyedRunes = 6

// passageTerms returns the analysed terms of passage text without stop
// words (duplicates kept; sets ignore them), and the terms of each
// separable verb that "te" splits, joined as a question writes it: "Vraag
// de patiënt terug te komen" holds "terugkomen"; and the keys of its
// compounds (compoundKey), so that a question that links a compound's parts
// otherwise finds it.
func passageTerms(a Analyzer, text string) []string {
	ts := a.Terms(text)
	out := ts[:0:0]
	for _, t := range ts {
		if !stopwords[t] {
			out = append(out, t)
		}
	}
	for _, v := range splitByTe(text) {
		out = append(out, a.Terms(v)...)
	}
	out = append(out, labelTerms(a, text, false)...)
	return append(out, compoundKeys(out)...)
}

// labelTerms returns the terms of the words that a single digit or capital
// labels ("stap 3", "diabetes type 2", "hepatitis B", "vitamine D"): the
// word's stem joined to the label by "#", the label in lower case. The
// analyser drops single characters, so without them "stap 3" and "stap 2"
// would be the same words, and a question about step 3 as well answered by
// the sentence on step 2. Of a question (asked), only a digit that ends
// the phrase counts, before a stop word, a punctuation mark or the end: in
// "geef 2 tabletten" the digit counts tablets, it labels nothing. A
// capital labels wherever it stands.
func labelTerms(a Analyzer, text string, asked bool) []string {
	var out []string
	for _, m := range labelRE.FindAllStringSubmatch(text, -1) {
		word, digit, next := m[1], m[2], strings.ToLower(m[3])
		lw := strings.ToLower(word)
		counts := digit[0] >= '0' && digit[0] <= '9' && asked && next != "" && !stopwords[next]
		if stopwords[lw] || questionWords[lw] || counts {
			continue
		}
		if ts := a.Terms(word); len(ts) > 0 {
			out = append(out, ts[0]+"#"+strings.ToLower(digit))
		}
	}
	return out
}

// labelRE matches a word and the single digit or capital after it, with
// the word after that, if any (a punctuation mark or the end leaves it
// empty).
var labelRE = regexp.MustCompile(`(\p{L}[\p{L}-]*)[ \t]+(\d|\p{Lu})(?:[ \t]+(\p{L}+)|[ \t]*(?:[.;:!?()]|,\D|,$|$))`)

// splitByTe returns the infinitives of the separable verbs that "te"
// splits in text, joined: "terug te komen" → "terugkomen", "af te bouwen"
// → "afbouwen". "om te" is left alone: it mostly leads a clause of
// purpose ("om te voorkomen"), not the verb "omkomen".
func splitByTe(text string) []string {
	if !strings.Contains(text, " te ") {
		return nil
	}
	var out []string
	ws := lowerWords(text)
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] == "te" && ws[i-1] != "om" && slices.Contains(analysis.SeparableParticles, ws[i-1]) && strings.HasSuffix(ws[i+1], "en") {
			out = append(out, ws[i-1]+ws[i+1])
		}
	}
	return out
}

// minRepeatTerms is the fewest distinct terms a sentence has for repeats
// to read it as another's repetition: a list item ("de ALAT;") may well
// stand inside a longer sentence.
const minRepeatTerms = 5

// repeats reports whether a sentence with terms a says nothing that one
// with terms b does not: every distinct term of a is in b, and a has at
// least minRepeatTerms of them ("Verwijs een kind jonger dan 1 jaar met
// koorts dezelfde dag naar de kinderarts" after the key message that adds
// "en een klepperoor"). A sentence that adds to b (a dose, a drug) does
// not repeat it.
func repeats(a, b []string) bool {
	sa, sb := setOf(a...), setOf(b...)
	if len(sa) < minRepeatTerms {
		return false
	}
	for t := range sa {
		if !sb[t] {
			return false
		}
	}
	return true
}

// jaccard is |a∩b| / |a∪b| over distinct terms.
func jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	sa := make(map[string]bool, len(a))
	for _, t := range a {
		sa[t] = true
	}
	sb := make(map[string]bool, len(b))
	inter := 0
	for _, t := range b {
		if !sb[t] {
			sb[t] = true
			if sa[t] {
				inter++
			}
		}
	}
	return float64(inter) / float64(len(sa)+len(sb)-inter)
}

// questionWords are analysed forms of interrogatives and generic verbs that a
// question adds but an answer need not contain. Both raw and stemmed forms
// are listed because analysers differ.
var questionWords = setOf(
	"wat", "welk", "welke", "wie", "waar", "wanneer", "waarom", "hoe", "hoeveel", "waarop",
	"waarvoor", "waarmee", "waardoor", "waaraan", "verstaat", "verstaan", "noemt",
	"adviseert", "adviseren", "onderscheidt", "beschrijft", "beschrijven", "stelt", "bedoelt",
	"hoelang", "kan", "kun", "kunn", "kunnen", "mag", "mog", "mogen", "moet", "moeten",
	"is", "zijn", "wordt", "word", "worden", "gebeurt", "gebeur", "gebeuren", "doe", "doen",
	"vraag", "vragen", "geef", "geven", "noem", "noemen", "vertel", "vertellen", "leg", "uit",
	"uitleg", "bedoeld", "bedoel", "betekent", "betekenis", "beteken", "welk", "zeg",
	"zegt", "zeggen", "volgen", "volgens", "belangrijk", "belangrijkst", "belangrijkste",
	// separable-verb particles a question leaves at its end ("waar hangt …
	// van af?"); the source joins them to the verb ("afhangen").
	"af", "mee", "terug", "weg", "vandaan", "heen",
)

// stopwords is the answerer's Dutch stop list, one purpose: the words that
// carry no evidence when a question is compared with a passage. It filters
// the lower-cased words and the analysed terms of every analyser, the
// production one (retrieval/analysis) included, in contentUnits and
// passageTerms; it picks the word a question asks about (question.go) and
// it is the fallback analyser's stop list (basicAnalyzer). It is not the
// index's Snowball list (retrieval/analysis/internal/dutch): it adds
// interrogatives and connectives that are indexed but prove nothing
// (welke, waarom, bijvoorbeeld, daarom, tussen, …) and English the, and,
// to, a; the Snowball words it lacks (alles, niets, toch, …) the production
// analyser drops itself. The answer model (model.json) was fitted with
// exactly these words: a change here is a refit (make fit-answers).
var stopwords = setOf(
	"de", "het", "een", "en", "of", "in", "op", "aan", "te", "van", "voor", "met",
	"bij", "om", "tot", "uit", "over", "naar", "door", "als", "dan", "dat", "die",
	"dit", "deze", "er", "hier", "daar", "ook", "nog", "al", "wel", "niet", "geen",
	"maar", "want", "dus", "zo", "zoals", "is", "zijn", "was", "waren", "wordt",
	"worden", "werd", "werden", "heeft", "hebben", "had", "hadden", "kan", "kunnen",
	"zal", "zullen", "zou", "zouden", "moet", "moeten", "mag", "mogen", "je", "jij",
	"u", "uw", "ik", "we", "wij", "ze", "zij", "hij", "hun", "hen", "ons", "onze",
	"mijn", "zich", "men", "wat", "wie", "welke", "waar", "hoe", "wanneer", "waarom",
	"meer", "veel", "zeer", "alle", "alleen", "andere", "ander", "elk", "elke", "iets",
	"nu", "toe", "tussen", "onder", "na", "per", "via", "sinds", "tijdens", "binnen",
	"zonder", "tegen", "omdat", "terwijl", "waarbij", "waarin", "waarmee",
	"hierbij", "daarbij", "daarom", "daarnaast", "bijvoorbeeld", "bijv", "o.a",
	"the", "and", "of", "to", "a", "in",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
