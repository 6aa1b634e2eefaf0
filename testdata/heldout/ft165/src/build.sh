#!/bin/sh
# Build ft165-hezelinkkoorts.txt: make_fodt.py writes the flat ODT from
# content.py, then LibreOffice Writer exports it as UTF-8 text.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here"
python3 make_fodt.py content.py "$work/ft165-hezelinkkoorts.fodt"
soffice --headless -env:UserInstallation=file://$work/lo-profile \
  --convert-to "txt:Text (encoded):UTF8" --outdir "$work" "$work/ft165-hezelinkkoorts.fodt"
cp "$work/ft165-hezelinkkoorts.txt" ../ft165-hezelinkkoorts.txt
sha256sum ../ft165-hezelinkkoorts.txt
