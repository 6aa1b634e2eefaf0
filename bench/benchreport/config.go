// Package benchreport measures Bronwijzer beside the peers a user would
// otherwise assemble — chromem-go, langchaingo's pgvector store, Bleve,
// SQLite FTS5, pdftotext — on the same data in one run, and writes
// docs/benchmarks.md with the machine described, every target judged from
// the figures, and charts of cost against corpus size. `make bench` runs it (cmd/benchreport).
//
// It is a module of its own (bench/go.mod) so that the peers are never
// dependencies of the product.
package benchreport

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Config sizes one run. Zero values take the defaults of a full run.
type Config struct {
	Root        string       // repository root (corpus/, eval/, cmd/)
	Out         string       // Markdown report path; "" writes nothing
	ChartPrefix string       // charts are ChartPrefix+"latency.svg" and +"memory.svg"
	TempDir     string       // scratch files; "" is os.TempDir
	Sizes       []int        // corpus sizes of the search comparison
	Queries     int          // distinct queries per size
	Reps        int          // repetitions of every measurement; figures are medians
	PDFPages    int          // pages of the generated PDF
	AskRequests int          // /v1/ask requests per repetition
	AskClients  int          // concurrent clients for /v1/ask throughput
	DatabaseURL string       // PostgreSQL admin URL; "" tries the environment, then the local server
	NoPostgres  bool         // skip the PostgreSQL columns on purpose
	QualitySets []QualitySet // question sets of the quality section; nil is DefaultQualitySets
	Only        []string
}

// Sections a run can be limited to (-only).
var Sections = []string{"extract", "ingest", "search", "quality", "ask"}

// SetDefaults fills zero values with a full run's settings.
func (c *Config) SetDefaults() {
	if c.Root == "" {
		c.Root = ".."
	}
	if len(c.Sizes) == 0 {
		c.Sizes = []int{1_000, 10_000, 100_000}
	}
	if c.Queries <= 0 {
		c.Queries = 200
	}
	if c.Reps <= 0 {
		c.Reps = 5
	}
	if c.PDFPages <= 0 {
		c.PDFPages = 500
	}
	if c.AskRequests <= 0 {
		c.AskRequests = 200
	}
	if c.AskClients <= 0 {
		c.AskClients = 4
	}
	if c.QualitySets == nil {
		c.QualitySets = DefaultQualitySets
	}
	if c.TempDir == "" {
		c.TempDir = os.TempDir()
	}
}

// Runs reports whether section is part of this run.
func (c *Config) Runs(section string) bool {
	if len(c.Only) == 0 {
		return true
	}
	for _, s := range c.Only {
		if s == section {
			return true
		}
	}
	return false
}

// ParseSizes reads "1000,10k,100k".
func ParseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(strings.ToLower(f))
		if f == "" {
			continue
		}
		mult := 1
		if v, ok := strings.CutSuffix(f, "k"); ok {
			f, mult = v, 1000
		}
		n, err := strconv.Atoi(f)
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("invalid corpus size %q (want e.g. 1000,10k,100k)", f)
		}
		out = append(out, n*mult)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no corpus sizes in %q", s)
	}
	return out, nil
}
