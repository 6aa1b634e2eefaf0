#!/bin/sh
# Build FT-155 with Links 2 (Debian package links2) text dump.
set -e
cd "$(dirname "$0")"
links2 -dump -width 110 -codepage utf-8 -html-assume-codepage utf-8 -html-tables 1 page.html > ../ft155-drenkelhoest.txt
