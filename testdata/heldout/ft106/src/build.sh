#!/bin/sh
# Rebuild ../ft106-dwingelose-lymfangitis.html from the DocBook 5 source.
# Debian bookworm: xsltproc 1.1.35, docbook-xsl-ns 1.79.2+dfsg-2, docbook5-xml 5.0-3.
set -e
cd "$(dirname "$0")/.."
xmllint --noout --relaxng /usr/share/xml/docbook/schema/rng/5.0/docbook.rng src/ft106-dwingelose-lymfangitis.xml
xsltproc --stringparam section.autolabel 1 \
  --output ft106-dwingelose-lymfangitis.html \
  /usr/share/xml/docbook/stylesheet/docbook-xsl-ns/html/docbook.xsl \
  src/ft106-dwingelose-lymfangitis.xml
