package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
)

// The pivot-synonym experiment reads the FreeDict Dutch–English and
// English–Dutch dictionaries as Debian installs them (dict-freedict-nld-eng,
// dict-freedict-eng-nld: /usr/share/dictd/freedict-*.{index,dict.dz}). They
// are GPL-2+, so nothing derived from them is committed: the experiment
// reads them at run time and is skipped when they are not installed.

// pivotLinks relates the stem of each single-word Dutch entry or
// translation to the English words it translates to or from, lowercased.
// Two Dutch stems sharing an English word are pivot synonyms (nl→en→nl).
type pivotLinks map[string]map[string]bool

// loadPivotLinks reads both dictionaries from dir.
func loadPivotLinks(dir string) (pivotLinks, error) {
	links := pivotLinks{}
	err := readDict(filepath.Join(dir, "freedict-nld-eng"), func(head string, trans []string) {
		for _, e := range trans {
			links.add(head, e)
		}
	})
	if err != nil {
		return nil, err
	}
	err = readDict(filepath.Join(dir, "freedict-eng-nld"), func(head string, trans []string) {
		for _, d := range trans {
			links.add(d, head)
		}
	})
	return links, err
}

var dutchWord = regexp.MustCompile(`^\pL{3,}$`)

func (l pivotLinks) add(dutch, english string) {
	dutch, english = strings.TrimSpace(dutch), strings.ToLower(strings.TrimSpace(english))
	if !dutchWord.MatchString(dutch) || english == "" {
		return
	}
	s := analysis.Stem(analysis.Fold(dutch))
	if l[s] == nil {
		l[s] = map[string]bool{}
	}
	l[s][english] = true
}

// synonyms returns, for every Dutch stem, the other Dutch stems that share
// an English word with it, using only English words that at most maxFan
// Dutch stems translate to (a word with many translations, like "get",
// links unrelated senses).
func (l pivotLinks) synonyms(maxFan int) map[string][]string {
	byEnglish := map[string][]string{}
	for _, s := range sortedKeys(l) {
		for e := range l[s] {
			byEnglish[e] = append(byEnglish[e], s)
		}
	}
	out := map[string][]string{}
	for _, e := range sortedKeys(byEnglish) {
		group := byEnglish[e]
		if len(group) < 2 || len(group) > maxFan {
			continue
		}
		for _, a := range group {
			for _, b := range group {
				if a != b && !slices.Contains(out[a], b) {
					out[a] = append(out[a], b)
				}
			}
		}
	}
	return out
}

// readDict calls entry for every entry of a dictd dictionary (base.index
// and base.dict.dz): the headword without its pronunciation and the
// comma-separated translations of every sense.
func readDict(base string, entry func(head string, trans []string)) error {
	body, err := readGzip(base + ".dict.dz")
	if err != nil {
		return err
	}
	f, err := os.Open(base + ".index") // #nosec G304 -- the dictionary the operator names with -freedict
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 || strings.HasPrefix(fields[0], "00-database") || strings.HasPrefix(fields[0], "00database") {
			continue
		}
		off, n := b64(fields[1]), b64(fields[2])
		if off < 0 || n < 0 || off+n > len(body) {
			return fmt.Errorf("%s: entry %q out of range", base, fields[0])
		}
		head, trans := parseEntry(body[off : off+n])
		if head != "" {
			entry(head, trans)
		}
	}
	return sc.Err()
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path) // #nosec G304 -- the dictionary the operator names with -freedict
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(z)
}

var senseNumber = regexp.MustCompile(`^\d+\.\s*`)

// parseEntry splits "head /ipa/\n1. a, b\n2. c" into "head" and [a b c].
func parseEntry(b []byte) (string, []string) {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	head := lines[0]
	if i := strings.Index(head, " /"); i >= 0 {
		head = head[:i]
	}
	var trans []string
	for _, l := range lines[1:] {
		l = senseNumber.ReplaceAllString(strings.TrimSpace(l), "")
		for _, t := range strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' }) {
			if t = strings.TrimSpace(t); t != "" {
				trans = append(trans, t)
			}
		}
	}
	return strings.TrimSpace(head), trans
}

// b64 decodes dictd's base-64 numbers (most significant digit first).
func b64(s string) int {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	n := 0
	for _, c := range s {
		d := strings.IndexRune(digits, c)
		if d < 0 {
			return -1
		}
		n = n*64 + d
	}
	return n
}

// pivotFamily is the pivot-synonym expansion over links: each query term's
// pivot synonyms (through English words with at most maxFan Dutch stems)
// join the query at weight g each, or at g shared among a term's synonyms.
func pivotFamily(links pivotLinks) family {
	return newFamily("pivot synonyms nl→en→nl (FreeDict)", func(add func(string, ranker)) {
		for _, fan := range []int{2, 3, 5, 8} {
			syn := links.synonyms(fan)
			for _, g := range []float64{0.1, 0.2, 0.3, 0.5, 1} {
				for _, shared := range []bool{false, true} {
					for _, maxDF := range []int{0, 1 << 30} {
						add(fmt.Sprintf("fan<=%d weight=%.1f shared=%t df<=%d", fan, g, shared, min(maxDF, 9999)), pivotExpansion(syn, g, shared, maxDF))
					}
				}
			}
		}
	})
}

func pivotExpansion(syn map[string][]string, g float64, shared bool, maxDF int) ranker {
	return func(x *xindex, qi int) []int {
		q := weights(x.qs[qi].terms)
		for _, t := range x.qs[qi].terms {
			if len(x.post[t]) > maxDF {
				continue
			}
			var in []string
			for _, s := range syn[t] {
				if len(x.post[s]) > 0 {
					in = append(in, s)
				}
			}
			w := g
			if shared && len(in) > 0 {
				w = g / float64(len(in))
			}
			for _, s := range in {
				if q[s] < w {
					q[s] = w
				}
			}
		}
		return top(x.bm25(q, storeParams), listLen)
	}
}
