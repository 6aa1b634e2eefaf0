// Package analysis is the one Dutch text analyser used by every store at
// index time and by the searcher at query time, so both sides produce the
// same terms: tokenise, lowercase, fold diacritics, drop Snowball stop
// words, stem (Snowball Dutch), and add the stems of compound parts so a
// query for "praktijk huisarts" finds "huisartsenpraktijken".
package analysis

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	snowdutch "github.com/blevesearch/snowballstem/dutch"

	"github.com/bronwijzer/bronwijzer/retrieval/analysis/internal/compound"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis/internal/dutch"
)

// compoundDict lists productive compound parts derived from the OpenTaal word
// list by internal/gendict (see NOTICE).
//
//go:embed compound.txt.gz
var compoundDict []byte

// Role flags of a dictionary part.
const (
	modifier uint8 = 1 << iota
	head
)

// maxCache bounds the per-word term cache; queries are open-ended input.
const maxCache = 1 << 16

// Analyzer turns Dutch text into index and query terms. It is safe for
// concurrent use; create one per process with New.
type Analyzer struct {
	parts    map[string]uint8
	splitter compound.Splitter

	// questionStems are the stems of interrogatives, dropped from queries.
	questionStems map[string]bool

	mu    sync.RWMutex
	cache map[string][]string // folded word -> its terms
}

// New loads the embedded compound dictionary.
func New() (*Analyzer, error) {
	parts, err := loadDict(compoundDict)
	if err != nil {
		return nil, fmt.Errorf("analysis: load compound dictionary: %w", err)
	}
	a := &Analyzer{parts: parts, cache: make(map[string][]string), questionStems: map[string]bool{}}
	env := snowballstem.NewEnv("")
	for _, w := range dutch.QuestionWords() {
		a.questionStems[stemWith(env, w)] = true
	}
	a.splitter = compound.Splitter{
		IsModifier: func(s string) bool { return a.parts[s]&modifier != 0 },
		IsHead:     func(s string) bool { return a.parts[s]&head != 0 },
	}
	return a, nil
}

func loadDict(data []byte) (map[string]uint8, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	parts := make(map[string]uint8, 16384)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if len(line) < 3 || line[1] != ' ' {
			return nil, fmt.Errorf("bad line %q", line)
		}
		switch line[0] {
		case 'm':
			parts[line[2:]] = modifier
		case 'h':
			parts[line[2:]] = head
		case 'b':
			parts[line[2:]] = modifier | head
		default:
			return nil, fmt.Errorf("bad flag in %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(parts) == 0 {
		return nil, fmt.Errorf("empty dictionary")
	}
	return parts, nil
}

// Terms returns the index terms of text in text order, duplicates kept so
// term frequency counts. Each content word yields its stem followed by the
// stems of its compound parts; a hyphenated group ("COVID-19",
// "AI-toepassingen") yields its parts and then the joined form.
func (a *Analyzer) Terms(text string) []string {
	words := spans(text)
	terms := make([]string, 0, len(words)+len(words)/4)
	for i := 0; i < len(words); {
		j := i + 1
		for j < len(words) && hyphenJoined(text, words[j-1], words[j]) {
			j++
		}
		for _, w := range words[i:j] {
			terms = append(terms, a.wordTerms(text[w.start:w.end])...)
		}
		if j-i > 1 {
			terms = appendJoined(terms, text, words[i:j])
		}
		i = j
	}
	return terms
}

// QueryTerms returns the distinct terms of text in order of first use,
// with the joined forms of a verb the question splits (splitVerbs), and
// without interrogatives: "hoeveel" or "welke" says what kind of answer is
// wanted, not what it is about, and a passage that merely repeats the word
// ("in hoeveel praktijken ... is onbekend") must not win on it.
func (a *Analyzer) QueryTerms(text string) []string {
	terms := append(a.Terms(text), splitVerbs(text)...)
	seen := make(map[string]bool, len(terms))
	out := terms[:0]
	for _, t := range terms {
		if !seen[t] && !a.questionStems[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// SeparableParticles are the adverbs and prepositions a Dutch separable
// verb begins with: its infinitive is one word ("aannemen", "terugkomen",
// "afbouwen"), but a main clause ends in the particle ("neemt … aan") and
// after "te" it stands apart ("terug te komen").
var SeparableParticles = []string{"aan", "achter", "af", "bij", "binnen", "buiten", "door", "in", "mee", "na", "neer",
	"om", "onder", "op", "over", "samen", "tegen", "terug", "thuis", "toe", "uit", "vast", "voor", "weg"}

// splitVerbs returns the terms of a separable verb that a question splits
// in two, its particle last ("Welk deel … neemt geen nieuwe patiënten meer
// aan?"), joined as a source writes it in a subordinate clause or the
// infinitive ("… geen patiënten meer aanneemt", "aannemen"): the particle
// joined to each word before it that may be the finite verb (one in -t or
// -en), with and without its -t. A joined form that is no word matches
// nothing. The stem form of "Bouw ik … af?" is left out: joining every
// word before "ik" too moved FT-04's "Hoe lang smeer ik … en hoe bouw ik
// daarna af?" from its dose row to a refusal.
func splitVerbs(text string) []string {
	words := spans(text)
	if len(words) < 3 {
		return nil
	}
	last := words[len(words)-1]
	particle := dutch.Fold(text[last.start:last.end])
	if !slices.Contains(SeparableParticles, particle) {
		return nil
	}
	var out []string
	for _, w := range words[:len(words)-1] {
		v := dutch.Fold(text[w.start:w.end])
		if len(v) < 3 || dutch.IsStopWord(v) || hasDigit(v) || !strings.HasSuffix(v, "t") && !strings.HasSuffix(v, "en") {
			continue
		}
		out = append(out, Stem(particle+v))
		if stem, ok := strings.CutSuffix(v, "t"); ok {
			out = append(out, Stem(particle+stem))
		}
	}
	return out
}

func appendJoined(terms []string, text string, group []span) []string {
	var b strings.Builder
	for _, w := range group {
		b.WriteString(dutch.Fold(text[w.start:w.end]))
	}
	if j := b.String(); len(j) >= 2 {
		terms = append(terms, Stem(j))
	}
	return terms
}

// wordTerms returns the terms of one word as written, cached by its
// written form so repeated words skip folding, stemming and splitting.
func (a *Analyzer) wordTerms(word string) []string {
	a.mu.RLock()
	terms, ok := a.cache[word]
	a.mu.RUnlock()
	if ok {
		return terms
	}
	terms = a.computeTerms(dutch.Fold(word))
	a.mu.Lock()
	if len(a.cache) >= maxCache {
		clear(a.cache)
	}
	a.cache[strings.Clone(word)] = terms // the key must not pin the caller's text
	a.mu.Unlock()
	return terms
}

// computeTerms returns nil for stop words and single characters.
func (a *Analyzer) computeTerms(folded string) []string {
	if dutch.IsStopWord(folded) || utf8.RuneCountInString(folded) < 2 {
		return nil
	}
	env := snowballstem.NewEnv("")
	whole := stemWith(env, folded)
	terms := []string{whole}
	if s, ok := a.erenPlural(folded); ok && s != whole {
		terms = append(terms, s)
	}
	if noun, ok := ischNoun(folded); ok {
		if s := stemWith(env, noun); s != whole {
			terms = append(terms, s)
		}
	}
	if base, ok := strings.CutSuffix(folded, "schap"); ok && len(base) >= 5 {
		// The Snowball stemmer strips "-heid" but keeps "-schap": let
		// "zwangerschap" also yield "zwanger", as "zwangere" does.
		if s := stemWith(env, base); s != whole {
			terms = append(terms, s)
		}
	}
	parts := a.Parts(folded)
	if parts == nil {
		parts = a.unknownModifier(folded)
	}
	for _, p := range parts {
		if dutch.IsStopWord(p) {
			continue
		}
		s := stemWith(env, p)
		if !contains(terms, s) {
			terms = append(terms, s)
		}
	}
	return terms
}

// unknownModifier splits a word the dictionary does not know into a
// modifier it does not know either and a dictionary head:
// "tarvomycinedosering" → "tarvomycine", "dosering". Names of drugs,
// conditions and tests are not in a dictionary, but a clinician glues them
// to ordinary heads; the split lets the question find the document's own
// spelling of the name. The longest head wins; both parts must be long
// enough (head ≥ 6, modifier ≥ 5 letters) not to be an ending by chance
// ("verantwoord" is no "verant" + "woord").
func (a *Analyzer) unknownModifier(folded string) []string {
	if a.parts[folded] != 0 || !isLowerASCII(folded) {
		return nil
	}
	for i := 5; i+6 <= len(folded); i++ {
		if a.parts[folded[i:]]&head != 0 {
			return []string{folded[:i], folded[i:]}
		}
	}
	return nil
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// erenPlural returns the stem of the singular of an -eren plural
// ("kinderen" → "kind", "bladeren" → "blad", "liederen" → "lied"), which
// the Snowball stemmer leaves at "kinder", so that a question about a
// "kind" finds a table column "Kinderen". The singular must be a word of
// the compound dictionary and of one syllable, as the nouns with this
// plural are, so verbs in -eren ("reageren", "documenteren") are left alone.
func (a *Analyzer) erenPlural(folded string) (string, bool) {
	base, ok := strings.CutSuffix(folded, "eren")
	if !ok || len(base) < 3 || a.parts[base] == 0 || syllables(base) != 1 {
		return "", false
	}
	return Stem(base), true
}

// ischNoun returns the noun in "-ie" of an adjective in "-isch"
// ("allergisch", "allergische" → "allergie", "ischemisch" → "ischemie"),
// the regular pair of words from Greek.
func ischNoun(folded string) (string, bool) {
	root, ok := strings.CutSuffix(strings.TrimSuffix(folded, "e"), "isch")
	if !ok || len(root) < 4 {
		return "", false
	}
	return root + "ie", true
}

// syllables counts the vowel groups of a folded word.
func syllables(w string) int {
	n, prev := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i])
		if v && !prev {
			n++
		}
		prev = v
	}
	return n
}

// IsWord reports whether word, folded, is an entry of the compound
// dictionary: a common Dutch word that compounds are made of ("gezin",
// "positie"), not a name ("tarvomycine") nor most compounds.
func (a *Analyzer) IsWord(word string) bool { return a.parts[dutch.Fold(word)] != 0 }

// Parts returns the compound parts of a folded word, outer parts first and
// then the parts of long parts ("huisartsenpraktijken" → "huisartsen",
// "praktijken", "huis", "artsen"), or nil when the word is not a compound.
func (a *Analyzer) Parts(folded string) []string {
	parts := a.splitter.Split(folded)
	if parts == nil {
		return nil
	}
	out := append([]string(nil), parts...)
	for _, p := range parts {
		out = append(out, a.splitter.Split(p)...)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Stem returns the Snowball Dutch stem of a folded word, made more
// consistent across inflections: the stemmer runs a second time when the first
// pass changed the word ("artsen" → "arts" → "art", matching "arts" → "art")
// a final double consonant is undoubled ("modellen" → "modell" → "model"),
// "-es"/"-ies" plurals lose their s, and a final z or v is devoiced.
// Words containing digits are returned unchanged.
func Stem(folded string) string {
	return stemWith(snowballstem.NewEnv(""), folded)
}

func stemWith(env *snowballstem.Env, w string) string {
	if hasDigit(w) || len(w) < 3 {
		return w
	}
	if n := len(w); n >= 7 && strings.HasSuffix(w, "es") && !isVowel(w[n-3]) || strings.HasSuffix(w, "ies") {
		w = w[:n-1] // "ziektes" → "ziekte", "organisaties" → "organisatie"
	}
	w = latinPlural(w)
	w = romanceInfinitive(w)
	env.SetCurrent(w)
	snowdutch.Stem(env)
	s := env.Current()
	if s != w {
		env.SetCurrent(s)
		snowdutch.Stem(env)
		s = env.Current()
	}
	return devoice(undouble(s))
}

// romanceInfinitive returns the infinitive of a form of a verb in "-eren"
// ("gecombineerd", "gecombineerde", "combineert" → "combineren"), so that
// the participle and the present stem as the infinitive does: a question
// with "gecombineerd" finds a guideline's "niet combineren met". The root
// before "-eer" must have five letters or more, and a participle its "ge".
func romanceInfinitive(w string) string {
	for _, end := range []string{"eerde", "eerd", "eert"} {
		root, ok := strings.CutSuffix(w, end)
		if !ok {
			continue
		}
		if end != "eert" {
			if root, ok = strings.CutPrefix(root, "ge"); !ok {
				return w
			}
		}
		if utf8.RuneCountInString(root) < 5 {
			return w
		}
		return root + "eren"
	}
	return w
}

// latinPlural returns the Latin plural of a Latin neuter singular in
// "-um", which Dutch keeps ("antibioticum" → "antibiotica", "criterium" →
// "criteria", "centrum" → "centra"), so that both forms stem alike: a
// question about "een antibioticum" finds a guideline's "Antibiotica". The
// ending must follow c, r, i or t and the word be long enough (seven
// letters) not to be a Dutch word in "-um" ("datum", "sputum").
func latinPlural(w string) string {
	if n := len(w); n >= 7 && strings.HasSuffix(w, "um") && strings.IndexByte("crit", w[n-3]) >= 0 {
		return w[:n-2] + "a"
	}
	return w
}

// devoice maps a final z or v to s or f, as Dutch spelling does for the
// singular ("ziekenhuizen" → "ziekenhuis", "administratieve" → "administratief").
func devoice(s string) string {
	if n := len(s); n >= 4 {
		switch s[n-1] {
		case 'z':
			return s[:n-1] + "s"
		case 'v':
			return s[:n-1] + "f"
		}
	}
	return s
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

func undouble(s string) string {
	n := len(s)
	if n >= 4 && s[n-1] == s[n-2] && strings.IndexByte("bdfgklmnprst", s[n-1]) >= 0 {
		return s[:n-1]
	}
	return s
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// Fold lowercases s and removes diacritics ("Geïnventariseerd" →
// "geinventariseerd"). Matching uses folded text; display text is kept as is.
func Fold(s string) string { return dutch.Fold(s) }
