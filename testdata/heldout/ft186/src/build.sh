#!/bin/sh
# Builds ../ft186-spriethoest.html with GNU groff 1.22.4 (Debian package groff 1.22.4-10):
# -k preconv for the UTF-8 source, -ms macros, -t tbl, -Thtml grohtml.
set -e
cd "$(dirname "$0")"
groff -k -ms -t -Thtml spriethoest.ms > ../ft186-spriethoest.html
