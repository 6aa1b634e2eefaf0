#!/bin/sh
# Fictieve Standaard Meidoornkoorts (FT-187): GNU groff 1.22.4 (Debian groff 1.22.4-10),
# ms macros + tbl, rendered as plain UTF-8 text (no SGR escapes, no overstrike).
set -e
cd "$(dirname "$0")"
groff -k -ms -t -Tutf8 -P-c -P-b -P-u meidoornkoorts.ms > ../ft187-meidoornkoorts.txt
