#!/usr/bin/env bash
# security.sh — static security checks of the main module (`make
# check-security`, run by `make test` and so by CI):
#
#   gosec        github.com/securego/gosec/v2 at $GOSEC_VERSION: every finding
#                fails the run unless it is fixed or justified at its line
#                with `#nosec G… -- reason`.
#   govulncheck  golang.org/x/vuln at $VULN_VERSION, against a local copy of
#                the Go vulnerability database: known vulnerabilities in code
#                the module actually calls fail the run.
#
# The machines reach no network but the Go module proxy, so the database is
# built from the module golang.org/x/vulndb at $VULNDB_VERSION: its
# data/osv/ holds every report as an OSV JSON file, and the module's own
# cmd/indexdb turns that folder into the v1 database layout that
# `govulncheck -db file://…` reads (index/db.json, index/modules.json,
# ID/GO-….json). The database is as new as the pinned version: bump
# VULNDB_VERSION (a pseudo-version of x/vulndb's master) to refresh it.
#
# Tools and the built database are cached under $BRONWIJZER_TOOLS_CACHE
# (default ~/.cache/bronwijzer-tools), keyed by version; the main module's
# go.mod is not touched.
set -euo pipefail
# Command substitutions ($(install …), $(vulndb)) stop at a failure too.
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
GO=${GO:-go}
GOSEC_VERSION=v2.30.0
VULN_VERSION=v1.9.0
VULNDB_VERSION=v0.0.0-20261105234957-e22db6528018
cache=${BRONWIJZER_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bronwijzer-tools}
log() { printf 'security: %s\n' "$*" >&2; }
goversion=$($GO env GOVERSION)

# install PKG VERSION NAME: a pinned tool binary under the cache.
# Keyed by the Go version too: govulncheck must be built with the Go that
# builds the module, or it cannot type-check that Go's standard library.
install() {
	local dir="$cache/$3-$2-$goversion"
	if [ ! -x "$dir/$3" ]; then
		# go install prints a line per module it downloads (about 90 for
		# gosec and govulncheck): kept in a log, shown only on failure.
		log "installing $1@$2 (once per version; downloads and compiles, minutes)"
		mkdir -p "$dir"
		if ! GOBIN="$dir" GOFLAGS=-mod=mod $GO install "$1@$2" >"$dir/install.log" 2>&1; then
			cat "$dir/install.log" >&2
			log "installing $1@$2 failed (output above, also in $dir/install.log)"
			return 1
		fi
	fi
	printf '%s/%s\n' "$dir" "$3"
}

# vulndb: the v1 database built from x/vulndb's OSV files, once per version.
vulndb() {
	local db="$cache/vulndb-$VULNDB_VERSION"
	if [ ! -f "$db/index/db.json" ]; then
		local json src indexdb
		if ! json=$($GO mod download -json "golang.org/x/vulndb@$VULNDB_VERSION"); then
			printf '%s\n' "$json" >&2
			log "cannot download golang.org/x/vulndb@$VULNDB_VERSION (its error above)"
			return 1
		fi
		src=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p' <<<"$json")
		if [ ! -d "$src/data/osv" ]; then
			log "golang.org/x/vulndb@$VULNDB_VERSION has no data/osv: cannot build the database"
			return 1
		fi
		indexdb=$(install golang.org/x/vulndb/cmd/indexdb "$VULNDB_VERSION" indexdb)
		log "building the vulnerability database from $(ls "$src/data/osv" | wc -l) OSV reports"
		rm -rf "$db.tmp"
		"$indexdb" -vulns "$src/data/osv" -out "$db.tmp"
		mv "$db.tmp" "$db"
	fi
	printf '%s\n' "$db"
}

gosec=$(install github.com/securego/gosec/v2/cmd/gosec "$GOSEC_VERSION" gosec)
govulncheck=$(install golang.org/x/vuln/cmd/govulncheck "$VULN_VERSION" govulncheck)
db=$(vulndb)

status=0
log "gosec $GOSEC_VERSION"
# Checked: every package that goes into a binary. Not checked, like gosec's
# default for *_test.go files: the packages only tests and benchmarks
# import (pgtest, pdftest, storetest, synth), the go:generate tool gendict,
# bench/ (a module of its own that runs benchmarks), and the programs in
# test data that made the held-out guidelines (testdata/heldout/*/src,
# run by hand with the file names given them, never built into anything).
excl=(-exclude-dir=bench -exclude-dir=retrieval/postgres/pgtest -exclude-dir=ingest/extract/pdftest
	-exclude-dir=retrieval/storetest -exclude-dir=retrieval/synth -exclude-dir=retrieval/analysis/internal/gendict
	-exclude-dir=ingest/extract/testdata -exclude-dir=testdata/heldout)
if ! "$gosec" -quiet -fmt text -color=false -exclude-generated "${excl[@]}" ./...; then
	log "gosec: findings above (fix them, or justify at the line with #nosec G… -- reason)"
	status=1
fi
log "govulncheck $VULN_VERSION with $goversion, database golang.org/x/vulndb@$VULNDB_VERSION"
# Exit 0: nothing called is vulnerable; 3: findings (listed in the text);
# anything else: govulncheck itself failed. The full text, with a call trace
# per finding, goes to $report; on screen each finding is one line, and the
# full text only when something is not accepted or govulncheck failed.
accepted=scripts/govulncheck-accepted.txt
report=out/govulncheck.txt
mkdir -p out
rc=0
"$govulncheck" -db "file://$db" ./... >"$report" 2>&1 || rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
	cat "$report"
	log "govulncheck failed (exit $rc)"
	status=1
elif [ "$rc" -eq 3 ]; then
	ids=$(sed -n 's/^Vulnerability #[0-9]*: \(GO-[0-9]*-[0-9]*\)$/\1/p' "$report" | sort -u)
	n=0 bad=0
	for id in $ids; do
		n=$((n + 1))
		if reason=$(grep -m1 "^$id " "$accepted"); then
			# The id and the reason's first sentence: one line a finding.
			log "accepted ${reason%%. *}"
		else
			log "NOT ACCEPTED $id: fix it (upgrade the module or Go), or, only when no fix exists and the code is not affected, add it to $accepted with the reason"
			bad=$((bad + 1))
		fi
	done
	if [ "$n" -eq 0 ]; then
		cat "$report"
		log "govulncheck exited 3 but no finding could be read from its output"
		status=1
	elif [ "$bad" -gt 0 ]; then
		cat "$report"
		log "govulncheck: $bad of $n findings not accepted (traces above, also in $report)"
		status=1
	else
		log "govulncheck: accepted: $n findings (listed in $accepted; traces in $report)"
	fi
fi
if [ "$status" -eq 0 ]; then
	log "ok: gosec no issues; govulncheck nothing that is not accepted"
fi
exit "$status"
