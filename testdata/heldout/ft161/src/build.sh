#!/bin/sh
# Builds ../ft161-zeggekoorts.html from the RTF written by make_rtf.py.
# Producer: unrtf 0.21.10 (Debian package unrtf 0.21.10-clean-1).
set -e
cd "$(dirname "$0")"
python3 make_rtf.py ft161-zeggekoorts.rtf
unrtf --html ft161-zeggekoorts.rtf > ../ft161-zeggekoorts.html
sha256sum ../ft161-zeggekoorts.html
