#!/bin/sh
# Build ft159-tondelkoorts.txt: GNU groff 1.22.4 (Debian groff 1.22.4-10),
# ms macros + tbl preprocessor + preconv (-k, UTF-8 source), formatted for
# the utf8 terminal device; grotty -c -b -o -u: no SGR escapes, no bold or
# underline overstrikes, so the output is plain UTF-8 text.
set -e
cd "$(dirname "$0")"
groff -k -ms -t -Tutf8 -P-cbou tondelkoorts.ms > ../ft159-tondelkoorts.txt
