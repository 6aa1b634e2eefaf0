#!/bin/sh
# Build the FT-99 document with the classic Python AsciiDoc (Debian asciidoc-base 10.2.0-1).
# /usr/bin/asciidoc runs "python3 -m asciidoc"; the Debian python3 must come first on PATH.
set -e
cd "$(dirname "$0")"
touch -d '2026-02-27 10:15:00' ft99-zoutmistkeel.txt   # "Last updated" footer uses the source mtime
PATH=/usr/bin:$PATH asciidoc -b html5 -a toc2 -a numbered -o ../ft99-zoutmistkeel.html ft99-zoutmistkeel.txt
