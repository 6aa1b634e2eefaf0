// Command gendict derives the analyser's compound dictionary from the OpenTaal
// Dutch word list (Debian package wdutch, /usr/share/dict/nederlands).
//
// A dictionary word is only a useful compound part when it is productive:
// "praktijk" starts 59 and ends 111 other words, whereas "prak" and "tijk"
// (which would split "praktijk" itself) start or end almost none. So gendict
// counts, over all two-part splits of every listed word (parts of at least
// four letters, optional linker -s-, -e-, -en-), how often each word occurs
// as modifier (first part) and as head (last part), and keeps the words that
// reach MinUses in either role, with their role flags. A head must not end
// MaxHeadRatio times more words than it (or its uninflected form) starts,
// which rejects endings that look like words. Stop words
// and suffix-like words never become parts.
//
// Output, sorted, gzip-compressed, one "<flags> <word>" line each (flags: m
// modifier, h head, b both), is committed as retrieval/analysis/compound.txt.gz;
// the project never reads the system word list at run time.
//
//	go run ./retrieval/analysis/internal/gendict -in /usr/share/dict/nederlands -out retrieval/analysis/compound.txt.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/bronwijzer/bronwijzer/retrieval/analysis/internal/dutch"
)

func main() {
	in := flag.String("in", "/usr/share/dict/nederlands", "OpenTaal word list, one word per line")
	out := flag.String("out", "retrieval/analysis/compound.txt.gz", "gzip output")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}

// MinUses is how often a word must occur as modifier or head of other listed
// words to be kept in that role.
const MinUses = 4

// MaxHeadRatio bounds how many more words a short head (at most
// MaxSuffixLike letters) may end than it (or its uninflected form) starts;
// see baseModifierUses. Longer heads ("gericht", "problemen") are real
// words even when they rarely start one.
const (
	MaxHeadRatio  = 16
	MaxSuffixLike = 6
)

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	words, err := readWords(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	lines := productive(words)
	fmt.Fprintf(os.Stderr, "gendict: %d words, %d parts\n", len(words), len(lines))
	return writeGzip(out, lines)
}

// readWords returns the folded, deduplicated candidate parts.
func readWords(r io.Reader) (map[string]struct{}, error) {
	words := make(map[string]struct{})
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if !allLower(w) {
			continue // proper nouns, abbreviations, multi-word entries
		}
		w = dutch.Fold(w)
		if len(w) >= 4 && isASCIIWord(w) {
			words[w] = struct{}{}
		}
	}
	return words, sc.Err()
}

// productive returns "<flags> <word>" lines for the words used often enough
// as modifier (m), head (h) or both (b).
func productive(words map[string]struct{}) []string {
	blocked := make(map[string]bool)
	for _, w := range dutch.NonParts() {
		blocked[w] = true
	}
	isPart := func(s string) bool {
		_, ok := words[s]
		return ok && !blocked[s] && !dutch.IsStopWord(s)
	}
	mods, heads := make(map[string]int), make(map[string]int)
	for w := range words {
		for i := 4; i+4 <= len(w); i++ {
			m := w[:i]
			if !isPart(m) {
				continue
			}
			for _, l := range []string{"", "s", "e", "en"} {
				h := w[i:]
				if !strings.HasPrefix(h, l) || len(h)-len(l) < 4 || !isPart(h[len(l):]) {
					continue
				}
				mods[m]++
				heads[h[len(l):]]++
			}
		}
	}
	var lines []string
	for w := range words {
		m := mods[w] >= MinUses
		h := heads[w] >= MinUses && (len(w) > MaxSuffixLike || heads[w] < MaxHeadRatio*(baseModifierUses(mods, w)+1))
		switch {
		case m && h:
			lines = append(lines, "b "+w)
		case m:
			lines = append(lines, "m "+w)
		case h:
			lines = append(lines, "h "+w)
		}
	}
	slices.SortFunc(lines, func(a, b string) int { return strings.Compare(a[2:], b[2:]) })
	return lines
}

// baseModifierUses returns how often w, or its uninflected form, starts
// other words. Real heads are words in their own right and start compounds
// too ("praktijken": ends 68 words, "praktijk" starts 59); endings that
// merely look like words ("eren" in "combineren": ends 583, starts 1; "ende",
// "kenen", "lagen" in "verslagen") end many words but start few.
func baseModifierUses(mods map[string]int, w string) int {
	n := mods[w]
	for _, suffix := range []string{"en", "s", "e", "n"} {
		base, ok := strings.CutSuffix(w, suffix)
		if !ok || len(base) < 3 {
			continue
		}
		for _, b := range singulars(base, suffix == "en") {
			n = max(n, mods[b])
		}
	}
	return n
}

// singulars returns spellings of the singular for a word without its
// plural ending: as is, undoubled ("plann" → "plan"), devoiced ("adviez" →
// "advies") and, after -en, with a doubled vowel ("problem" → "probleem").
func singulars(base string, en bool) []string {
	out := []string{base}
	k := len(base)
	last, prev := base[k-1], base[k-2]
	switch {
	case last == prev:
		out = append(out, base[:k-1])
	case last == 'z':
		out = append(out, base[:k-1]+"s")
	case last == 'v':
		out = append(out, base[:k-1]+"f")
	}
	if en && strings.IndexByte("aeou", prev) >= 0 && strings.IndexByte("aeiou", last) < 0 && (k < 3 || strings.IndexByte("aeiou", base[k-3]) < 0) {
		out = append(out, base[:k-1]+string(prev)+base[k-1:])
	}
	return out
}

func writeGzip(path string, words []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, w := range words {
		bw.WriteString(w)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func allLower(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
