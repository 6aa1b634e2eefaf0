#!/usr/bin/env bash
# fuzz.sh — run every fuzz target in the repository for a while each.
#
#   scripts/fuzz.sh [FUZZTIME]     # default $FUZZTIME, else 3s
#
# Targets are discovered, not listed: every `func FuzzXxx(f *testing.F)` in a
# tracked *_test.go file (git ls-files; all files when not in a Git work
# tree), so a new target runs from its first commit on. `go test -fuzz`
# takes one target per run, so each runs on its own, from its own directory
# (a target in a nested module works too). `make test` runs each for a few
# seconds, `make fuzz` longer.
#
# A crasher makes the run fail; go test writes its input to
# testdata/fuzz/<Target>/ in the package, where it stays as a regression test
# (plain `go test` replays it) once the bug is fixed. All targets run even
# after a failure; the exit status is 1 when any failed.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-${FUZZTIME:-3s}}
GO=${GO:-go}

list_test_files() {
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files -- '*_test.go'
	else
		find . -name '*_test.go' -not -path '*/testdata/*' | sed 's|^\./||'
	fi
}

# "dir name" per target, sorted for a stable order.
targets=$(list_test_files | while read -r f; do
	[ -f "$f" ] || continue
	sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(f \*testing\.F).*/\1/p' "$f" | while read -r name; do
		printf '%s %s\n' "$(dirname "$f")" "$name"
	done
done | sort -u)

if [ -z "$targets" ]; then
	echo "fuzz: no fuzz targets found" >&2
	exit 1
fi

# Each target is a go test binary of its own, built with coverage
# instrumentation before fuzzing starts: on a 2-core machine the build takes
# far longer than a few seconds of fuzzing, so both are announced and timed.
# The first target of a package builds the package and its dependencies
# instrumented (measured: 264 s for ./answer at load average 15); the next
# targets of that package find them in the build cache and take seconds.
total=$(wc -l <<<"$targets")
echo "fuzz: $total targets; each: compile its package with fuzzing instrumentation (minutes for a package's first target under load, seconds for the next ones), then fuzz for $fuzztime"
n=0
failed=()
start=$(date +%s)
while read -r dir name; do
	n=$((n + 1))
	echo "fuzz: [$n/$total] $name in ./$dir: compile, then fuzz for $fuzztime"
	t0=$(date +%s)
	if ! (cd "$dir" && $GO test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" .); then
		failed+=("$dir:$name")
	fi
	echo "fuzz: [$n/$total] $name took $(($(date +%s) - t0)) s (compile + $fuzztime)"
done <<<"$targets"

echo "fuzz: $n targets, ${#failed[@]} failed, $(($(date +%s) - start)) s"
if [ ${#failed[@]} -gt 0 ]; then
	printf 'fuzz: FAILED %s (a crasher is under testdata/fuzz/ of its package)\n' "${failed[@]}" >&2
	exit 1
fi
