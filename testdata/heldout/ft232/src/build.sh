#!/bin/sh
# Builds the fictional guideline FT-232: the Markdown source is the document itself,
# it is copied unchanged into ../ (no converter involved).
set -e
cd "$(dirname "$0")"
cp ft232-kwabaalkoorts.md ../ft232-kwabaalkoorts.md
