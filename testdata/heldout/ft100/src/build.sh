#!/bin/sh
# Regenerate the FT-100 document: GNU Texinfo 6.8 (Debian package texinfo)
cd "$(dirname "$0")" && makeinfo --html --no-split doc.texi && mv ft100-grintelkoorts.html ../
