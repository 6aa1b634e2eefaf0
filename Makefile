# Bronwijzer. A newcomer needs two targets: `make run` and `make test`.
GO      ?= go
BIN     := bin/bronwijzer
ADDR    ?= 127.0.0.1:8080
# Benchmarks: BENCH selects, BENCHTIME bounds each one.
BENCH     ?= .
BENCHTIME ?= 1s

.PHONY: build run test bench bench-go fuzz vet eval clean

build:
	$(GO) build -o $(BIN) ./cmd/bronwijzer

# Build, ingest the bundled corpus into ./data (a no-op when it is already
# there: files are skipped by SHA-256), and serve on $(ADDR).
run: build
	./$(BIN) ingest corpus
	./$(BIN) serve --addr $(ADDR)

# All tests. PostgreSQL tests use TEST_DATABASE_URL when set, otherwise a
# throwaway cluster of their own (see docs/postgres.md); browser tests use
# Debian's chromium. Under CI=true a skipped PostgreSQL or browser test fails.
test:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 20m ./...
	cd bench && $(GO) vet ./... && $(GO) test -count=1 -timeout 10m ./...

# Speed and memory targets are checked here, never by timed unit tests.
# `make bench`: Bronwijzer beside chromem-go, langchaingo's pgvector store and
# pdftotext in one run (bench/, a module of its own); writes
# docs/benchmarks.md and docs/benchmarks-*.svg. Quick look:
# `make bench BENCH_SIZES=1k,10k BENCH_REPS=2` (also BENCH_QUERIES,
# BENCH_PDF_PAGES, BENCH_ASK_REQUESTS, BENCH_ONLY=search,quality,
# BENCH_DATABASE_URL, BENCH_NO_POSTGRES=true; see bench/cmd/benchreport).
bench:
	cd bench && $(GO) run ./cmd/benchreport

# The Go micro-benchmarks of every package: BENCH selects, BENCHTIME bounds.
bench-go:
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchtime $(BENCHTIME) -benchmem -timeout 60m ./...

# Short runs of every fuzz target (go test allows one target per run).
FUZZTIME ?= 20s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzAskExtractive$$' -fuzztime $(FUZZTIME) ./answer
	$(GO) test -run '^$$' -fuzz '^FuzzParseAnswer$$' -fuzztime $(FUZZTIME) ./answer
	$(GO) test -run '^$$' -fuzz '^FuzzSplitSentences$$' -fuzztime $(FUZZTIME) ./answer
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeRequest$$' -fuzztime $(FUZZTIME) ./api
	$(GO) test -run '^$$' -fuzz '^FuzzParseToken$$' -fuzztime $(FUZZTIME) ./api/auth
	$(GO) test -run '^$$' -fuzz '^FuzzString$$' -fuzztime $(FUZZTIME) ./api/redact
	$(GO) test -run '^$$' -fuzz '^FuzzLoadDataset$$' -fuzztime $(FUZZTIME) ./eval
	$(GO) test -run '^$$' -fuzz '^FuzzNormalize$$' -fuzztime $(FUZZTIME) ./eval
	$(GO) test -run '^$$' -fuzz '^FuzzChunk$$' -fuzztime $(FUZZTIME) ./ingest/chunk
	$(GO) test -run '^$$' -fuzz '^FuzzPDF$$' -fuzztime $(FUZZTIME) ./ingest/extract
	$(GO) test -run '^$$' -fuzz '^FuzzTextFormats$$' -fuzztime $(FUZZTIME) ./ingest/extract
	$(GO) test -run '^$$' -fuzz '^FuzzTerms$$' -fuzztime $(FUZZTIME) ./retrieval/analysis
	$(GO) test -run '^$$' -fuzz '^FuzzLexicalTerms$$' -fuzztime $(FUZZTIME) ./retrieval/sqlite

# The dev-set evaluation with reports (ingests the bundled corpus first).
eval: build
	./$(BIN) ingest corpus
	mkdir -p out
	./$(BIN) eval --dataset eval/datasets/dev.jsonl --json out/eval.json --html out/eval.html

clean:
	rm -rf bin out
