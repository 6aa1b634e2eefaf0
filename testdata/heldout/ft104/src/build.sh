#!/bin/sh
# Rebuild the FT-104 wiki with Debian's ikiwiki (3.20200202.3-1) and copy the guideline page to ..
set -e
cd "$(dirname "$0")"
SRC=$PWD/wiki; DEST=${TMPDIR:-/tmp}/ft104-build
touch -d "2026-03-01 09:00:00" wiki/*.mdwn wiki/standaarden/*.mdwn
rm -rf "$DEST" wiki/.ikiwiki
ikiwiki --dumpsetup kwakel.setup --wikiname "Praktijkwiki Polderzorg" \
  --plugin sidebar --plugin table --plugin toc --plugin meta \
  --url http://localhost/wiki "$SRC" "$DEST"
ikiwiki --setup kwakel.setup
cp "$DEST/standaarden/kwakelziekte/index.html" ../ft104-kwakelziekte.html
rm -rf "$DEST" wiki/.ikiwiki kwakel.setup
