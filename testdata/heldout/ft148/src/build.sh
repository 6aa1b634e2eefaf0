#!/bin/sh
# Converts the CMS-published HTML page to Markdown with html2text (Aaron Swartz's html2text,
# Debian python3-html2text 2020.1.16-2, command html2markdown).
# Options: no hard wrapping (--body-width=0), dashes for bullet lists (--dash-unordered-list);
# tables are kept as html2text's own pipe tables (default, no --ignore-tables / --bypass-tables).
set -e
cd "$(dirname "$0")"
html2markdown --body-width=0 --dash-unordered-list page.html utf-8 > ../ft148-wulpenkoorts.md
