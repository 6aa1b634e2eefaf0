package retrieval

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
)

// RRFK is the reciprocal rank fusion constant k: a passage at 1-based rank r
// in a list contributes 1/(RRFK+r) to its fused score. 60 is the value from
// Cormack, Clarke and Büttcher (SIGIR 2009), which is robust across
// collections and needs no score calibration between BM25 and cosine — the
// reason fusion works on ranks rather than on the lists' incomparable scores.
const RRFK = 60

// MaxQueryRunes bounds the length of a search query. Clinical questions are
// a sentence or two; anything longer is almost certainly pasted text and
// would only slow the lexical list down.
const MaxQueryRunes = 2000

// QueryAnalyzer turns a query into the analysed terms the lexical index
// holds (lower-cased, stemmed, without stop words). retrieval/analysis
// provides the Dutch one; it is an interface here so this package does not
// depend on it.
type QueryAnalyzer interface {
	QueryTerms(query string) []string
}

// HybridSearcher runs a search against any Store: it builds the lexical and dense
// candidate lists and fuses them, so every store ranks identically.
type HybridSearcher struct {
	Store    Store
	Embedder Embedder      // embeds the query for the dense list
	Analyzer QueryAnalyzer // analyses the query for the lexical list
	// Weights of the lexical and dense lists in hybrid fusion; the zero
	// value takes WeightsFor the embedder.
	Weights FusionWeights

	tablesMu sync.Mutex
	tables   *tableCache // TableSubjects of the last corpus version read
}

func (s *HybridSearcher) weights() FusionWeights {
	if s.Weights != (FusionWeights{}) {
		return s.Weights
	}
	return WeightsFor(EmbedderName(s.Embedder))
}

// Search returns the best opts.K passages for query, best first.
//
// In Hybrid mode the lexical and dense lists (opts.Candidates each) are built
// concurrently and fused with FuseWeighted at the HybridSearcher's weights; Score is
// then the fused score. Passages on the subject the query names (a condition
// in a document's title, a drug in its table rows) then go first
// (preferSubjects), each group in fused order. When the query has no lexical
// terms (only stop words) the dense list is fused alone.
// In Lexical or Dense mode Score is that list's own score (BM25-like or
// cosine).
func (s *HybridSearcher) Search(ctx context.Context, query string, opts SearchOptions) ([]bronwijzer.Passage, error) {
	opts.SetDefaults()
	query = strings.TrimSpace(query)
	if err := validateQuery(query, opts.Mode); err != nil {
		return nil, err
	}
	f := Filter{VerifiedOnly: opts.VerifiedOnly, DocumentIDs: opts.DocumentIDs}
	switch opts.Mode {
	case Lexical:
		return s.lexical(ctx, query, opts.K, f)
	case Dense:
		return s.dense(ctx, query, opts.K, f)
	default:
		return s.hybrid(ctx, query, opts, f)
	}
}

func validateQuery(query string, mode Mode) error {
	if query == "" {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Lege zoekvraag (empty query)")
	}
	if n := utf8.RuneCountInString(query); n > MaxQueryRunes {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Zoekvraag te lang: %d tekens, maximaal %d (query too long)", n, MaxQueryRunes)
	}
	switch mode {
	case Hybrid, Lexical, Dense:
		return nil
	default:
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Onbekende zoekmodus %q; kies hybrid, lexical of dense (unknown search mode)", mode)
	}
}

// hybrid fuses the lexical and dense lists. They are two reads, so an
// ingest committing between them can give one list a document's old
// version and the other its new one (measured on PostgreSQL by
// TestFaultIngestDuringAsk in cmd/bronwijzer). Readers must never see a
// mix: the lists are read once more, and if they still disagree only each
// document's newest version read is kept.
func (s *HybridSearcher) hybrid(ctx context.Context, query string, opts SearchOptions, f Filter) ([]bronwijzer.Passage, error) {
	terms, err := s.terms(query)
	if err != nil {
		return nil, err
	}
	lexList, denseList, err := s.lists(ctx, query, terms, opts, f)
	if err != nil {
		return nil, err
	}
	if mixedVersions(lexList, denseList) {
		if lexList, denseList, err = s.lists(ctx, query, terms, opts, f); err != nil {
			return nil, err
		}
		if mixedVersions(lexList, denseList) {
			lexList, denseList = newestVersions(lexList, denseList)
		}
	}
	fused, err := s.preferSubjects(ctx, terms, FuseWeighted(s.weights(), lexList, denseList), min(4*opts.Candidates, 1000), f)
	if err != nil {
		return nil, err
	}
	return fused[:min(len(fused), opts.K)], nil
}

// lists builds the lexical and dense candidate lists concurrently.
func (s *HybridSearcher) lists(ctx context.Context, query string, terms []string, opts SearchOptions, f Filter) (lexList, denseList []bronwijzer.Passage, err error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The list that fails first cancels the other and is the cause: the
	// other's error is a consequence, and a store may not recognise it as
	// such (a dropped connection seen after the cancel is reported
	// unclassified by retrieval/postgres), so it must not be the one
	// reported: PostgreSQL stopping would otherwise give a 500 instead of
	// a 503 (TestFaultPostgresStopped in cmd/bronwijzer).
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		cause error
	)
	fail := func(err error) {
		mu.Lock()
		if cause == nil {
			cause = err
		}
		mu.Unlock()
		cancel()
	}
	if len(terms) > 0 {
		wg.Go(func() {
			var err error
			if lexList, err = s.Store.LexicalSearch(ctx, terms, opts.Candidates, f); err != nil {
				fail(fmt.Errorf("lexical search: %w", err))
			}
		})
	}
	wg.Go(func() {
		var err error
		if denseList, err = s.dense(ctx, query, opts.Candidates, f); err != nil {
			fail(err)
		}
	})
	wg.Wait()
	if cause != nil {
		return nil, nil, cause
	}
	return lexList, denseList, nil
}

// mixedVersions reports whether the lists hold passages of two versions of
// one document.
func mixedVersions(lists ...[]bronwijzer.Passage) bool {
	seen := map[string]int{}
	for _, list := range lists {
		for _, p := range list {
			if v, ok := seen[p.DocumentID]; ok && v != p.Version {
				return true
			}
			seen[p.DocumentID] = p.Version
		}
	}
	return false
}

// newestVersions drops from both lists the passages of a document whose
// newer version appears in either.
func newestVersions(lex, dense []bronwijzer.Passage) ([]bronwijzer.Passage, []bronwijzer.Passage) {
	newest := map[string]int{}
	for _, p := range slices.Concat(lex, dense) {
		newest[p.DocumentID] = max(newest[p.DocumentID], p.Version)
	}
	keep := func(list []bronwijzer.Passage) []bronwijzer.Passage {
		return slices.DeleteFunc(slices.Clone(list), func(p bronwijzer.Passage) bool { return p.Version != newest[p.DocumentID] })
	}
	return keep(lex), keep(dense)
}

func (s *HybridSearcher) terms(query string) ([]string, error) {
	if s.Analyzer == nil {
		return nil, errors.New("searcher: no query analyzer configured")
	}
	return s.Analyzer.QueryTerms(query), nil
}

func (s *HybridSearcher) lexical(ctx context.Context, query string, limit int, f Filter) ([]bronwijzer.Passage, error) {
	terms, err := s.terms(query)
	if err != nil {
		return nil, err
	}
	if len(terms) == 0 {
		return []bronwijzer.Passage{}, nil
	}
	list, err := s.Store.LexicalSearch(ctx, terms, limit, f)
	if err != nil {
		return nil, fmt.Errorf("lexical search: %w", err)
	}
	return list, nil
}

func (s *HybridSearcher) dense(ctx context.Context, query string, limit int, f Filter) ([]bronwijzer.Passage, error) {
	if s.Embedder == nil {
		return nil, errors.New("searcher: no embedder configured")
	}
	vec, err := s.Embedder.EmbedQuery(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("embed query: %w", err)
	}
	list, err := s.Store.DenseSearch(ctx, vec, limit, f)
	if err != nil {
		return nil, fmt.Errorf("dense search: %w", err)
	}
	return list, nil
}

// FuseRRF merges ranked lists by reciprocal rank fusion: a passage's score is
// the sum over the lists containing it of 1/(RRFK+rank), rank 1-based. Only a
// passage's first occurrence in a list counts; its fields are taken from the
// first list it appears in. The result holds every passage once, best first,
// ties broken by ascending passage ID so the order is deterministic.
func FuseRRF(lists ...[]bronwijzer.Passage) []bronwijzer.Passage {
	w := make([]float64, len(lists))
	for i := range w {
		w[i] = 1
	}
	return fuse(w, lists)
}

// FuseWeighted is FuseRRF over the lexical and the dense list with their
// weights: a passage scores w.Lexical/(RRFK+rank) from the lexical list and
// w.Dense/(RRFK+rank) from the dense one.
func FuseWeighted(w FusionWeights, lexical, dense []bronwijzer.Passage) []bronwijzer.Passage {
	return fuse([]float64{w.Lexical, w.Dense}, [][]bronwijzer.Passage{lexical, dense})
}

func fuse(weights []float64, lists [][]bronwijzer.Passage) []bronwijzer.Passage {
	type entry struct {
		p     bronwijzer.Passage
		parts []float64
	}
	byID := make(map[string]*entry)
	var order []*entry
	for li, list := range lists {
		seen := make(map[string]bool, len(list))
		for i, p := range list {
			if seen[p.ID] {
				continue
			}
			seen[p.ID] = true
			e, ok := byID[p.ID]
			if !ok {
				e = &entry{p: p}
				byID[p.ID] = e
				order = append(order, e)
			}
			e.parts = append(e.parts, weights[li]/float64(RRFK+i+1))
		}
	}
	out := make([]bronwijzer.Passage, 0, len(order))
	for _, e := range order {
		e.p.Score = sum(e.parts)
		out = append(out, e.p)
	}
	slices.SortStableFunc(out, func(a, b bronwijzer.Passage) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// sum adds the lists' contributions in ascending order, so two passages
// with the same contributions from different lists get bit-identical scores
// and the ID tie-break applies.
func sum(parts []float64) float64 {
	slices.Sort(parts)
	var s float64
	for _, x := range parts {
		s += x
	}
	return s
}
