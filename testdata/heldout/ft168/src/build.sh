#!/bin/sh
# Build ft168-schouwkoorts.txt from the CMS-rendered HTML page with vilistextum 2.6.9
# (Debian package vilistextum 2.6.9-1.3). This Debian build has no multibyte support
# (-u/--output-utf-8 is rejected by getopt), so -m (--dont-convert-characters) is used:
# it keeps the UTF-8 bytes of the page untouched instead of rewriting bytes 0x80-0x9F
# as windows-1252 look-alikes. -w 80 sets the maximum line width. Output goes to ../doc/.
set -e
here=$(cd "$(dirname "$0")" && pwd)
vilistextum -m -w 80 "$here/ft168-schouwkoorts.html" "$here/../ft168-schouwkoorts.txt"
