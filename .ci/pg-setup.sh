#!/usr/bin/env bash
# pg-setup.sh — make PostgreSQL with pgvector available for the test suite on
# a Debian CI machine: install the server packages if absent, build pgvector
# with scripts/install-pgvector.sh, and make sure a cluster is running.
#
# The Go tests then either use TEST_DATABASE_URL or start a throwaway cluster
# of their own from the installed binaries; both need pgvector installed.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
log() { printf 'pg-setup: %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
	log "not root: assuming PostgreSQL and pgvector are installed"
	exit 0
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	log "installing PostgreSQL server packages"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib build-essential >/dev/null
fi
pgmajor=$(ls -d /usr/lib/postgresql/*/bin/initdb | sed 's|/usr/lib/postgresql/\([0-9]*\)/.*|\1|' | sort -n | tail -n1)
# The server headers, not pgxs.mk: Debian's client package ships pgxs.mk too.
if [ ! -f "/usr/include/postgresql/$pgmajor/server/postgres.h" ]; then
	log "installing postgresql-server-dev-$pgmajor"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-server-dev-$pgmajor" build-essential >/dev/null
fi

PG_CONFIG="/usr/lib/postgresql/$pgmajor/bin/pg_config" bash "$here/scripts/install-pgvector.sh"

# A running cluster (Debian's postgresql-common layout). Package installs in
# containers often skip starting services, so start it explicitly.
if command -v pg_lsclusters >/dev/null; then
	if ! pg_lsclusters -h | awk -v v="$pgmajor" '$1 == v' | grep -q .; then
		log "creating cluster $pgmajor/main"
		pg_createcluster "$pgmajor" main >/dev/null
	fi
	pg_lsclusters -h | awk -v v="$pgmajor" '$1 == v && $4 != "online" { print $2 }' | while read -r name; do
		log "starting cluster $pgmajor/$name"
		pg_ctlcluster "$pgmajor" "$name" start
	done
	pg_lsclusters -h | awk -v v="$pgmajor" '$1 == v { print "pg-setup: cluster " $1 "/" $2 " port " $3 " " $4 }' >&2
fi
