#!/bin/sh
# Rebuild ../ft105-brasemkoorts.html: make_notebook.py writes the notebook,
# nbconvert (Debian's jupyter-nbconvert 6.5.3, lab template) executes and
# exports it, strip.py drops the inlined CSS and scripts from its head.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
/usr/bin/python3 make_notebook.py "$tmp/brasemkoorts.ipynb"
jupyter nbconvert --to html --execute --output-dir "$tmp" --output brasemkoorts_full "$tmp/brasemkoorts.ipynb"
/usr/bin/python3 strip.py "$tmp/brasemkoorts_full.html" ../ft105-brasemkoorts.html
rm -rf "$tmp"
