#!/bin/sh
# Build ../ft204-graskliskoorts.txt: make_fodt.py -> LibreOffice Writer PDF -> ps2ascii (txtwrite)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 "$HERE/make_fodt.py" "$TMP/graskliskoorts.fodt"
soffice --headless -env:UserInstallation=file://$TMP/profile --convert-to pdf --outdir "$TMP" "$TMP/graskliskoorts.fodt" >/dev/null 2>&1
mkdir -p "$HERE/.."
ps2ascii "$TMP/graskliskoorts.pdf" "$HERE/../ft204-graskliskoorts.txt"
