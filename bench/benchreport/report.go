package benchreport

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
)

// WriteMarkdown writes the report. charts are the chart files, linked by
// base name (they sit beside the report).
func WriteMarkdown(w io.Writer, r *Results, charts []string) error {
	var b strings.Builder
	m := r.Machine
	fmt.Fprintf(&b, "# Benchmarks: Bronwijzer beside its peers\n\n")
	fmt.Fprintf(&b, "Written by `make bench` (`%s`). Every figure below comes from one run on %s, "+
		"which took %s; ratios compare figures from that same run. Latencies are the median over %d repetitions of each repetition's p50 and p99. "+
		"Do not edit by hand: re-run `make bench`.\n\n",
		r.Command, m.Date.Format("2006-01-02 15:04 UTC"), r.Duration.Round(1e9), r.Config.Reps)
	b.WriteString("## Machine\n\n| | |\n| --- | --- |\n")
	fmt.Fprintf(&b, "| CPU | %s |\n| cores | %d |\n| memory | %.1f GiB |\n| OS | %s |\n| Go | %s |\n| PostgreSQL | %s |\n",
		m.CPU, m.Cores, m.MemoryGB, m.OS, m.Go, m.Postgres)
	fmt.Fprintf(&b, "| load average (1 min) during the run | min %.2f, median %.2f, max %.2f (sampled every 5 s) |\n\n",
		r.Load[0], r.Load[1], r.Load[2])
	// The run itself keeps about two threads busy (the client and, for
	// PostgreSQL, its backend); more than that is other work.
	if r.Load[1] > float64(m.Cores) {
		fmt.Fprintf(&b, "The machine was busy with other work during this run (median load %.2f on %d cores, of which the run itself accounts for about 2): the figures are pessimistic.\n\n", r.Load[1], m.Cores)
	} else {
		fmt.Fprintf(&b, "The run had the machine to itself (median load %.2f on %d cores: the benchmark client and, for PostgreSQL, the database server share them).\n\n", r.Load[1], m.Cores)
	}

	b.WriteString("## Targets (issues 8 and 12)\n\nJudged by the report from the figures below, never by hand.\n\n| target | wanted | measured | verdict |\n| --- | --- | --- | --- |\n")
	for _, t := range Targets(r) {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", t.Name, t.Want, t.Measured, t.Verdict())
	}
	b.WriteString("\n")
	writeWhy(&b, r)
	writeExtraction(&b, r)
	writeIngest(&b, r)
	writeSearch(&b, r, charts)
	writeQuality(&b, r)
	writeAsk(&b, r)
	writeMethod(&b, r)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeExtraction(b *strings.Builder, r *Results) {
	if len(r.Extraction) == 0 {
		return
	}
	b.WriteString("## Extraction\n\n`extract.PDF` (pure Go, layout-aware, with table, list and note detection) against `pdftotext -enc UTF-8 FILE /dev/null` (poppler, one process per file), alternated in the same run.\n\n")
	fmt.Fprintf(b, "| PDF | pages | Bronwijzer | pages/s | pdftotext | pages/s | ratio (Bronwijzer / pdftotext) | within %.1f× | CPU Bronwijzer | CPU pdftotext | CPU ratio |\n"+
		"| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |\n", MaxExtractRatio)
	for _, e := range r.Extraction {
		if e.PdftotextSec == 0 {
			fmt.Fprintf(b, "| %s | %d | %.1f ms | %.0f | skipped: %s | | | | %.1f ms | | |\n", e.File, e.Pages, e.Seconds*1000, e.PagesPerSec(), e.Skipped, e.CPUSec*1000)
			continue
		}
		verdict := "yes"
		if e.Ratio() > MaxExtractRatio {
			verdict = "**no**"
		}
		fmt.Fprintf(b, "| %s | %d | %.1f ms | %.0f | %.1f ms | %.0f | %.2f× | %s | %.1f ms | %.1f ms | %.2f× |\n", e.File, e.Pages, e.Seconds*1000, e.PagesPerSec(),
			e.PdftotextSec*1000, float64(e.Pages)/e.PdftotextSec, e.Ratio(), verdict, e.CPUSec*1000, e.PdftotextCPUSec*1000, e.CPURatio())
	}
	b.WriteString("\nThe target is judged per file on elapsed time (medians). CPU time (user and system, all threads: this process for `extract.PDF`, the child for pdftotext, which includes its start-up) is the steadier figure when other work shares the machine.\n")
	b.WriteString("\n")
}

func writeIngest(b *strings.Builder, r *Results) {
	if len(r.Ingest) == 0 {
		return
	}
	b.WriteString("## Ingest end to end\n\nRead, extract, chunk, analyse, embed with the local embedder and store, into a fresh store each repetition, " +
		"as `bronwijzer ingest` does (`Pipeline.Paths` into the embedded store, one `Pipeline.BulkPaths` load into an empty PostgreSQL store). " +
		"The first rows run the same pipeline into a store that keeps nothing: the difference to a store's row is what storing costs (with PostgreSQL: COPY, then the HNSW, GIN and postings builds).\n\n")
	b.WriteString("| store | files | pages | chunks | time | pages/s | chunks/s | CPU time of this process | pages per CPU-second | peak RSS of this process |\n" +
		"| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, i := range r.Ingest {
		if i.Skipped != "" {
			fmt.Fprintf(b, "| %s | %s | skipped: %s | | | | | | | |\n", i.Store, i.Set, i.Skipped)
			continue
		}
		fmt.Fprintf(b, "| %s | %s | %d | %d | %.2f s | %.0f | %.0f | %.2f s | %.0f | %.0f MB |\n", i.Store, i.Set, i.Pages, i.Chunks, i.Seconds,
			i.PagesPerSec(), i.ChunksPerSec(), i.CPUSec, i.PagesPerCPUSec(), i.PeakRSSMB)
	}
	b.WriteString("\nPeak RSS is VmHWM of the report process, reset (`/proc/self/clear_refs`) before each repetition: it includes the process's baseline " +
		"(Go runtime, the analyser's compound dictionary, anything earlier sections keep) and, for PostgreSQL, not the server's own memory.\n\n")
}

func writeSearch(b *strings.Builder, r *Results, charts []string) {
	if len(r.Search) == 0 {
		return
	}
	fmt.Fprintf(b, "## Search\n\nThe same synthetic corpus for every engine (`retrieval/synth`'s `Clustered` corpus, also the data of `retrieval/postgres`'s `BenchmarkStores`: 384-dimensional unit vectors around 256 topics, "+
		"60 Zipf-distributed analysed terms per chunk, %d queries that are perturbed copies of a chunk's vector with five of its terms). "+
		"Query vectors and terms are looked up, not computed, so only search is timed; k = 10. "+
		"Bronwijzer runs through `retrieval.HybridSearcher` (hybrid: BM25 and dense lists of 50 candidates each, fused by RRF; dense: the dense list alone); "+
		"the peers are dense only. recall@10 is the engine's dense top 10 against exact cosine top 10 computed in Go (over the first 100 queries). "+
		"*searches* is repetitions × searches per repetition: an engine slower than 100 ms a search is measured on 3×40. "+
		"*CPU per search* is the report process's CPU time (all threads) per search, the steadier figure on a shared machine; PostgreSQL's work is in the server and not counted.\n\n", r.Config.Queries)
	for _, n := range r.Config.Sizes {
		fmt.Fprintf(b, "### %d chunks\n\n| engine | mode | p50 | p99 | CPU per search | searches | recall@10 | memory (RSS growth) | on disk | load | note |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n", n)
		for _, s := range r.Search {
			if s.Size != n {
				continue
			}
			if s.Skipped != "" {
				fmt.Fprintf(b, "| %s | %s | skipped: %s | | | | | | | | |\n", s.Engine, s.Mode, s.Skipped)
				continue
			}
			cpu := "— (in the server)"
			if s.InProcess {
				cpu = fmt.Sprintf("%.2f ms", s.Latency.CPU)
			}
			fmt.Fprintf(b, "| %s | %s | %.2f ms | %.2f ms | %s | %d×%d | %.3f | %s | %s | %.1f s | %s |\n", s.Engine, s.Mode, s.Latency.P50, s.Latency.P99,
				cpu, s.Latency.Reps, s.Latency.PerRep, s.Recall, mbCell(s.MemoryMB), mbCell(s.DiskMB), s.LoadSeconds, s.Note)
		}
		b.WriteString("\n")
	}
	if len(charts) > 0 {
		b.WriteString("### How cost grows\n\n")
		for _, c := range charts {
			fmt.Fprintf(b, "![%s](%s)\n\n", strings.TrimSuffix(filepath.Base(c), ".svg"), filepath.Base(c))
		}
	}
}

func mbCell(v float64) string {
	if v < 0 {
		return "—"
	}
	return fmt.Sprintf("%.0f MB", v)
}

func writeQuality(b *strings.Builder, r *Results) {
	if len(r.Quality) == 0 {
		return
	}
	b.WriteString("## Retrieval quality\n\nEach question set on the corpus it is asked of (the files its `sources.json` names), ingested through the product pipeline. " +
		"hit@1, hit@5 and MRR over the answerable questions, top 5 per question as `bronwijzer eval` retrieves, computed with the eval package's own definitions " +
		"(`Result.ScoreSearch`, `Summarize`); the table column is eval's `table_subject_at_5` over the table questions that name a subject (a drug). Every engine ranks the same passages: those Bronwijzer's search may return (`Chunk.Searchable`: no notes, no whole tables). " +
		"The lexical peers index each passage's text, section path and table caption; Bleve with its Dutch `nl` analyser (lower case, stop words, Snowball stemmer) and BM25 scoring (`ScoringModel: bm25`, scorch index), " +
		"queried with a match query on all fields; SQLite FTS5 (modernc.org/sqlite) with the `unicode61 remove_diacritics 2` tokenizer (no Dutch stemmer), queried with every word of the question joined by OR and ranked by `bm25()`. " +
		"The dense peers hold the local embedder's vectors of those passages and get the same query vectors as Bronwijzer.\n\n")
	for _, set := range qualitySetNames(r.Quality) {
		fmt.Fprintf(b, "### %s\n\n| engine | mode | hit@1 | hit@5 | MRR | table dose and subject in one top-5 passage | answerable questions |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n", set)
		for _, q := range r.Quality {
			if q.Set != set {
				continue
			}
			if q.Skipped != "" {
				fmt.Fprintf(b, "| %s | %s | skipped: %s | | | | |\n", q.Engine, q.Mode, q.Skipped)
				continue
			}
			table := "—"
			if q.TableSubjectAt5 != nil {
				table = fmt.Sprintf("%.3f", *q.TableSubjectAt5)
			}
			fmt.Fprintf(b, "| %s | %s | %.3f | %.3f | %.3f | %s | %d |\n", q.Engine, q.Mode, q.HitAt1, q.HitAt5, q.MRR, table, q.Answerable)
		}
		b.WriteString("\n")
	}
}

// qualitySetNames lists the sets of rows in their first order.
func qualitySetNames(rows []QualityRow) []string {
	var names []string
	for _, q := range rows {
		if !slices.Contains(names, q.Set) {
			names = append(names, q.Set)
		}
	}
	return names
}

func writeAsk(b *strings.Builder, r *Results) {
	a := r.Ask
	if a == nil {
		return
	}
	b.WriteString("## `/v1/ask` (extractive)\n\n`cmd/bronwijzer` built, the bundled corpus ingested with `bronwijzer ingest`, `bronwijzer serve` on a loopback port; " +
		fmt.Sprintf("the %d dev-set questions (answers and refusals) in turn, k = 5.\n\n", a.Questions))
	b.WriteString("| what | p50 | p99 | throughput |\n| --- | ---: | ---: | ---: |\n")
	fmt.Fprintf(b, "| POST /v1/ask over HTTP, one client | %.2f ms | %.2f ms | |\n", a.HTTP.P50, a.HTTP.P99)
	fmt.Fprintf(b, "| POST /v1/ask over HTTP, %d concurrent clients | | | %.0f requests/s |\n", a.Clients, a.Throughput)
	fmt.Fprintf(b, "| answer.Service.Ask in process (search, compose, check) | %.2f ms | %.2f ms | |\n", a.InProcess.P50, a.InProcess.P99)
	fmt.Fprintf(b, "| citation checking alone (Enforcer.Check on the extractive answers) | %.3f ms | %.3f ms | |\n\n", a.Enforce.P50, a.Enforce.P99)
	fmt.Fprintf(b, "Citation checking is %.0f%% of the in-process p50. %d questions were answered (%d of those answers pass the check again), %d refused.\n\n",
		100*a.Enforce.P50/a.InProcess.P50, a.Checked, a.CheckedOK, a.Abstentions)
}

func writeMethod(b *strings.Builder, r *Results) {
	b.WriteString("## How it is measured\n\n")
	b.WriteString("- Peers are benchmark-only dependencies: `bench/` is a Go module of its own, so the product binary never links chromem-go, langchaingo's pgvector store, Bleve or gonum/plot.\n")
	b.WriteString("- Lexical peers: Bleve scores with BM25 only on its scorch index (`bleve.New` on a scratch directory); its in-memory index (`bleve.NewMemOnly`) lacks the per-field statistics and silently falls back to TF-IDF, which a test of this module checks from Bleve's score explanation. FTS5's default query semantics is AND of all words, which a whole question rarely meets, hence OR.\n")
	b.WriteString("- chromem-go (`Collection.Query`) and langchaingo (`pgvector.Store.SimilaritySearch`) get their query vectors from an embedder that looks them up; documents are loaded with their precomputed vectors. langchaingo's store is loaded with `AddDocuments` and then reopened with `WithHNSWIndex(16, 64, \"vector_cosine_ops\")`, which builds the index over the loaded rows (with `maintenance_work_mem` 1GB on its connection, as Bronwijzer's store sets for its own builds).\n")
	b.WriteString("- Memory (RSS growth) is VmRSS of the report process after loading and one warm-up search minus VmRSS before loading, both after a GC that returns free memory to the OS. PostgreSQL's memory is the server's and is not attributed; its on-disk size is `pg_database_size`.\n")
	b.WriteString("- PostgreSQL: `BENCH_DATABASE_URL` or `TEST_DATABASE_URL` when set, else the local server at 127.0.0.1:5432; every measurement gets a scratch database, dropped afterwards.\n")
	fmt.Fprintf(b, "- Quick looks: `make bench BENCH_SIZES=1k,10k BENCH_REPS=2` (see the Makefile); this run: sizes %v, %d queries, %d repetitions, generated PDF %d pages, %d /v1/ask requests per repetition.\n",
		r.Config.Sizes, r.Config.Queries, r.Config.Reps, r.Config.PDFPages, r.Config.AskRequests)
	b.WriteString("- Optimisations: none of product code in this report's issue; `-cpuprofile` writes a pprof profile of the whole run to start from.\n")
}
