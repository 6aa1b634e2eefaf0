#!/bin/sh
# Build FT-117 with Asciidoctor's HTML5 backend (default stylesheet embedded).
set -e
cd "$(dirname "$0")"
asciidoctor -b html5 -a toc=left -a sectanchors -a sectnums \
  -o ../ft117-sliblongziekte.html sliblongziekte.adoc
