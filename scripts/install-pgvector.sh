#!/usr/bin/env bash
# install-pgvector.sh — build and install the pgvector PostgreSQL extension on
# Debian 12 (bookworm), whose main archive does not ship it.
#
# It fetches Debian's own `pgvector` source package from the newer release's
# (trixie) source archive, on the mirror already configured in this machine's
# apt sources, builds it against the installed server headers
# (postgresql-server-dev-NN) and installs it. The system's apt state is left
# alone: the trixie deb-src entry lives in a temporary sources file with a
# private lists and cache directory.
#
# Idempotent: when the extension's control file already declares the wanted
# version (or newer) it exits at once.
#
# Environment:
#   PG_CONFIG          pg_config of the target server (default: newest
#                      /usr/lib/postgresql/*/bin/pg_config)
#   PGVECTOR_SUITE     Debian suite to take the source from (default: trixie)
#   PGVECTOR_MIN       minimum acceptable version (default: 0.8.0)
#   PGVECTOR_FORCE=1   rebuild even when installed
set -euo pipefail

suite=${PGVECTOR_SUITE:-trixie}
want=${PGVECTOR_MIN:-0.8.0}

log() { printf 'install-pgvector: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it installs into the PostgreSQL tree and may apt-get install)"

# find_pg_config prints the pg_config to build against.
find_pg_config() {
	if [ -n "${PG_CONFIG:-}" ]; then
		echo "$PG_CONFIG"
		return
	fi
	local c
	c=$(ls -d /usr/lib/postgresql/*/bin/pg_config 2>/dev/null | sort -V | tail -n1 || true)
	[ -n "$c" ] || die "no PostgreSQL server found under /usr/lib/postgresql; install postgresql first"
	echo "$c"
}

# version_ge A B: true when version A >= B.
version_ge() { dpkg --compare-versions "$1" ge "$2"; }

# installed_version prints the default_version of the installed extension, if any.
installed_version() {
	local control="$1/extension/vector.control"
	[ -f "$control" ] || return 0
	sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" "$control"
}

# debian_mirror prints the URI of the configured Debian archive (not the
# security archive), from deb822 .sources files or the one-line format.
debian_mirror() {
	local uri
	uri=$(awk '
		BEGIN { RS=""; FS="\n" }
		{
			u=""; s=""
			for (i = 1; i <= NF; i++) {
				if ($i ~ /^URIs:/)   { sub(/^URIs:[ \t]*/, "", $i); split($i, a, /[ \t]+/); u=a[1] }
				if ($i ~ /^Suites:/) { s=$i }
			}
			if (u != "" && s ~ /[ \t](bookworm|trixie|stable)([ \t]|$)/ && u !~ /security/) { print u; exit }
		}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
	if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
		uri=$(awk '$1 == "deb" && $0 !~ /security/ {
			for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\//) { print $i; exit }
		}' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -n1 || true)
	fi
	[ -n "$uri" ] || die "no Debian mirror found in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list"
	echo "${uri%/}"
}

pg_config=$(find_pg_config)
[ -x "$pg_config" ] || die "$pg_config is not executable"
pgmajor=$("$pg_config" --version | sed -n 's/^PostgreSQL \([0-9]*\).*/\1/p')
sharedir=$("$pg_config" --sharedir)
pkglibdir=$("$pg_config" --pkglibdir)

have=$(installed_version "$sharedir")
if [ -n "$have" ] && [ -f "$pkglibdir/vector.so" ] && version_ge "$have" "$want" && [ "${PGVECTOR_FORCE:-0}" != 1 ]; then
	log "pgvector $have already installed for PostgreSQL $pgmajor; nothing to do"
	exit 0
fi

# Build dependencies: the server headers and a compiler. Check for the
# headers themselves: Debian's postgresql-client package also ships pgxs.mk,
# so its presence does not mean postgresql-server-dev-NN is installed.
need=()
[ -f "$("$pg_config" --pgxs)" ] && [ -f "$("$pg_config" --includedir-server)/postgres.h" ] ||
	need+=("postgresql-server-dev-$pgmajor")
command -v make >/dev/null && command -v gcc >/dev/null || need+=(build-essential)
command -v dpkg-source >/dev/null || need+=(dpkg-dev)
if [ ${#need[@]} -gt 0 ]; then
	log "installing build dependencies: ${need[*]}"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

mirror=$(debian_mirror)
work=$(mktemp -d /tmp/pgvector-build.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
# apt downloads as the unprivileged _apt user: let it write where it must.
chmod 0755 "$work"
if id _apt >/dev/null 2>&1; then
	chown _apt "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
fi

keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$keyring" ] || die "$keyring missing (install debian-archive-keyring)"
cat >"$work/sources.list" <<EOF
deb-src [signed-by=$keyring] $mirror $suite main
EOF

# Private apt configuration: only our deb-src line, our own lists and cache.
aptopts=(
	-o "Dir::Etc::SourceList=$work/sources.list"
	-o "Dir::Etc::SourceParts=-"
	-o "Dir::State::Lists=$work/lists"
	-o "Dir::Cache=$work/cache"
	-o "APT::Get::List-Cleanup=0"
	-o "Debug::NoLocking=1"
)

log "fetching Debian source package pgvector from $mirror ($suite)"
apt-get "${aptopts[@]}" update -qq
(cd "$work/src" && apt-get "${aptopts[@]}" source -qq --only-source pgvector >/dev/null)

srcdir=$(find "$work/src" -mindepth 1 -maxdepth 1 -type d -name 'pgvector-*' | head -n1)
[ -n "$srcdir" ] || die "apt-get source produced no pgvector-* directory"
version=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" "$srcdir/vector.control")
version_ge "$version" "$want" || die "the $suite source has pgvector $version, older than $want"

log "building pgvector $version for PostgreSQL $pgmajor"
jobs=$(nproc 2>/dev/null || echo 1)
make -s -C "$srcdir" -j"$jobs" PG_CONFIG="$pg_config" >/dev/null
make -s -C "$srcdir" PG_CONFIG="$pg_config" install >/dev/null

have=$(installed_version "$sharedir")
[ "$have" = "$version" ] || die "after install the control file says '$have', expected '$version'"
log "installed pgvector $have for PostgreSQL $pgmajor"
