# Bronwijzer. A newcomer needs two targets: `make run` and `make test`.
GO      ?= go
# Go 1.27.3, which the go command fetches from the module proxy on first use
# (76 MB, once per machine). The machines' own Go 1.26.8 has 13 known
# vulnerabilities in net/http, crypto/tls, crypto/x509, net/textproto and
# html/template that the server reaches (govulncheck; docs/reliability.md,
# Security checks). `GOTOOLCHAIN=local make …` uses the installed Go.
GOTOOLCHAIN ?= go1.27.3
export GOTOOLCHAIN
BIN     := bin/bronwijzer
ADDR    ?= 127.0.0.1:8080
# Benchmarks: BENCH selects, BENCHTIME bounds each one.
BENCH     ?= .
BENCHTIME ?= 1s

.PHONY: build run run-guidelines test bench bench-go bench-pdf fuzz vet eval clean check-security loadtest fit-answers

# The first build fetches Go 1.27.3 and the modules and compiles about 450
# packages (2 to 10 minutes on a busy 2-core machine), during which go build
# prints nothing; scripts/build.sh prints how far it is.
build:
	@GO=$(GO) bash scripts/build.sh $(BIN) ./cmd/bronwijzer

# Build, ingest the bundled corpus into ./data (a no-op when it is already
# there: files are skipped by SHA-256), and serve on $(ADDR).
run: build
	./$(BIN) ingest corpus
	./$(BIN) serve --addr $(ADDR)

# All tests. PostgreSQL tests use TEST_DATABASE_URL when set, otherwise a
# throwaway cluster of their own (see docs/postgres.md); browser tests use
# Debian's chromium. Under CI=true a skipped PostgreSQL or browser test fails.
# Before the tests: the security checks (scripts/security.sh) and every fuzz
# target for FUZZTIME_TEST (scripts/fuzz.sh finds them; each target is
# compiled first, which takes far longer than the fuzzing itself).
FUZZTIME_TEST ?= 3s
test:
	$(GO) vet ./...
	bash scripts/security.sh
	bash scripts/fuzz.sh $(FUZZTIME_TEST)
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

# `make bench-pdf DIR=dir-of-pdfs`: the PDF robustness report of
# docs/extraction.md. Every PDF under DIR is extracted in a worker process,
# as the binary does, and compared with poppler's pdftotext (needed on the
# PATH): outcome, word recall, glued/split words, U+FFFD, CPU time and peak
# memory per file, then the totals. BENCH_PDF_FLAGS adds flags
# (-j 2, -timeout 60s, -json out.json).
bench-pdf:
	@test -n "$(DIR)" || { echo "usage: make bench-pdf DIR=directory-of-pdfs" >&2; exit 2; }
	$(GO) build -o bin/pdfreport ./cmd/pdfreport
	bin/pdfreport $(BENCH_PDF_FLAGS) $(DIR)

# The Go micro-benchmarks of every package: BENCH selects, BENCHTIME bounds.
bench-go:
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchtime $(BENCHTIME) -benchmem -timeout 60m ./...

# Every fuzz target (scripts/fuzz.sh discovers `func Fuzz…` in the test
# files) for FUZZTIME each; `make test` runs them for FUZZTIME_TEST.
FUZZTIME ?= 1m
fuzz:
	bash scripts/fuzz.sh $(FUZZTIME)

# gosec and govulncheck (pinned; database from golang.org/x/vulndb), also
# run by `make test`; see docs/reliability.md#security-checks.
check-security:
	bash scripts/security.sh

# Load on loopback (cmd/loadtest): for each store, a scratch data directory or
# PostgreSQL database with the bundled corpus, `bronwijzer serve` on a random
# port, /v1/search and /v1/ask at LOAD_RATE req/s for LOAD_DURATION each
# (LOAD_STORES, LOAD_ENDPOINTS select). Prints a
# Markdown table, also written to out/loadtest.md and out/loadtest.json.
# PostgreSQL: LOAD_DATABASE_URL (default TEST_DATABASE_URL, else the local
# server at 127.0.0.1:5432); skipped with a message when unavailable.
LOAD_RATE      ?= 300
LOAD_DURATION  ?= 60s
LOAD_STORES    ?= sqlite,postgres
LOAD_ENDPOINTS ?= search,ask
loadtest: build
	mkdir -p out
	$(GO) run ./cmd/loadtest -bin $(BIN) -rate $(LOAD_RATE) -duration $(LOAD_DURATION) -stores $(LOAD_STORES) -endpoints $(LOAD_ENDPOINTS) \
		$(if $(LOAD_DATABASE_URL),-database-url '$(LOAD_DATABASE_URL)') -markdown out/loadtest.md -json out/loadtest.json

# Both evaluations with reports: the dev set on the bundled corpus (ingested
# into ./data first) and the guideline set on the four fictional guidelines
# (ingested by --corpus into a temporary store, never into ./data). Each
# table goes to out/eval*.txt too; the last lines repeat the headline figures.
eval: build
	./$(BIN) ingest corpus
	mkdir -p out
	./$(BIN) eval --dataset eval/datasets/dev.jsonl --json out/eval.json --html out/eval.html >out/eval.txt; \
		s=$$?; cat out/eval.txt; exit $$s
	./$(BIN) eval --dataset eval/datasets/guidelines.jsonl --corpus testdata/guidelines \
		--json out/eval-guidelines.json --html out/eval-guidelines.html >out/eval-guidelines.txt; \
		s=$$?; cat out/eval-guidelines.txt; exit $$s
	@echo "dev set (bundled corpus):              hit@5 $$(awk '$$1=="hit@5"{print $$2}' out/eval.txt)"
	@echo "guideline set (testdata/guidelines):   hit@5 $$(awk '$$1=="hit@5"{print $$2}' out/eval-guidelines.txt)," \
		"table+subject@5 $$(awk '$$1=="table+subject@5"{print $$2}' out/eval-guidelines.txt)"

# Opt-in demo of the four FICTIONAL guidelines (testdata/guidelines, verified
# by their own registry): ingested into ./data-guidelines and served on
# $(ADDR). Never mixed into ./data, which `make run` serves.
GUIDELINES := $(wildcard testdata/guidelines/ft*.pdf testdata/guidelines/ft*.html testdata/guidelines/ft*.md)
# Refit the answer model (answer/model.json) on the committed dev sets; the
# fitted and held-out figures are printed. Commit the model with the change
# that needs it (TestFitAnswersReproducesCommittedModel checks).
fit-answers: build
	./$(BIN) fit-answers --out answer/model.json

run-guidelines: build
	BRONWIJZER_DATA_DIR=data-guidelines BRONWIJZER_REGISTRY=testdata/guidelines/sources.json ./$(BIN) ingest $(GUIDELINES)
	BRONWIJZER_DATA_DIR=data-guidelines BRONWIJZER_REGISTRY=testdata/guidelines/sources.json ./$(BIN) serve --addr $(ADDR)

clean:
	rm -rf bin out
