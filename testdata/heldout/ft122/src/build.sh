#!/bin/sh
# Build: odfpy writes an OpenDocument text file, AbiWord 3.0.5 opens it and
# exports HTML (with its own embedded CSS) into ../.
set -e
cd "$(dirname "$0")"
mkdir -p work
/usr/bin/python3 make_odt.py work/ft122-pijlkruidkoorts.odt
cd work
rm -f ft122-pijlkruidkoorts.html
abiword --to=html --to-name=ft122-pijlkruidkoorts.html ft122-pijlkruidkoorts.odt
cp ft122-pijlkruidkoorts.html ../../ft122-pijlkruidkoorts.html
ls -l ../../
