#!/bin/sh
# Builds ../ft213-grienkolder.pdf with LuaLaTeX (Debian texlive-luatex).
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp grienkolder.tex "$TMP/"
( cd "$TMP" && for i in 1 2 3; do lualatex -interaction=nonstopmode -halt-on-error grienkolder.tex >/dev/null; done )
cp "$TMP/grienkolder.pdf" ../ft213-grienkolder.pdf
