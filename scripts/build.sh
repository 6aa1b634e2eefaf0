#!/usr/bin/env bash
# build.sh OUT PACKAGE — `go build -o OUT PACKAGE` that shows its progress
# (`make build`, and so `make run`, `make eval`, `make loadtest`).
#
# The first build on a machine fetches Go 1.27.3 and the modules and
# compiles about 450 packages (the standard library included): 2 to 10
# minutes on a busy 2-core machine, during which `go build` itself prints
# nothing. With -v it names each package as it starts compiling it; this
# script counts those names and prints a line every tenth of the packages
# and at least one every 20 s (also while a large package such as
# modernc.org/sqlite compiles), so the screen never stands still for long.
# Everything else go prints (downloads, compile errors) is passed through
# unchanged, and the exit status is go build's. A package already in the build cache is not
# compiled and not counted, so a rebuild reports only what changed.
set -euo pipefail
if [ $# -ne 2 ]; then
	echo "usage: scripts/build.sh OUT PACKAGE" >&2
	exit 2
fi
out=$1 pkg=$2
GO=${GO:-go}
SECONDS=0

if [ -x "$out" ]; then
	echo "build: $out bouwen (alleen wat gewijzigd is wordt gecompileerd)…"
else
	echo "build: $out bouwen; de eerste keer duurt dat enkele minuten (Go-toolchain en modules ophalen, ongeveer 450 pakketten compileren)…"
fi
# go list fetches the toolchain and the modules when they are missing (go
# says so itself) and gives the number of packages the binary needs.
total=$($GO list -deps "$pkg" | wc -l)
step=$(((total + 9) / 10))

elapsed() {
	local s=$SECONDS
	if [ "$s" -ge 60 ]; then
		printf '%dm%02ds' $((s / 60)) $((s % 60))
	else
		printf '%ds' "$s"
	fi
}

n=0 last="" buf="" said=$SECONDS
# say: a progress line; at least one every 20 s, however the packages come.
say() {
	said=$SECONDS
	if [ -n "$last" ]; then
		echo "build: $n van ten hoogste $total pakketten gecompileerd, $(elapsed); nu $last"
	else
		echo "build: nog bezig, $(elapsed)"
	fi
}
$GO build -v -o "$out" "$pkg" 2>&1 | while true; do
	line=""
	if IFS= read -r -t 5 line; then
		line=$buf$line buf=""
		# -v prints bare import paths; anything else (go: downloading …,
		# "# pkg" before compile errors, file:line: messages) has a space
		# or a colon and is go's own message.
		if [[ $line =~ ^[A-Za-z0-9._~/+-]+$ ]]; then
			n=$((n + 1)) last=$line
			if [ $((n % step)) -eq 0 ] || [ $((SECONDS - said)) -ge 20 ]; then say; fi
		else
			printf '%s\n' "$line" >&2
		fi
	elif [ $? -gt 128 ]; then
		buf+=$line # a line cut by the timeout continues with the next read
		if [ $((SECONDS - said)) -ge 20 ]; then say; fi
	else
		if [ -n "$buf$line" ]; then printf '%s\n' "$buf$line" >&2; fi
		if [ "$n" -eq 1 ]; then what="1 pakket"; else what="$n pakketten"; fi
		echo "build: $what gecompileerd, de overige uit de build-cache; $(elapsed)"
		break
	fi
done
echo "build: klaar, $out"
