#!/bin/sh
# Build ft166-kooikerskoorts.pdf from the LyX source with LyX 2.3.7 (Debian lyx 2.3.7-1).
# pdf2 = pdflatex. Output goes to ../. Fixed dates via SOURCE_DATE_EPOCH.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/ft166-kooikerskoorts.lyx" "$work/"
export SOURCE_DATE_EPOCH=1780272000   # 2026-06-01 00:00 UTC
export FORCE_SOURCE_DATE=1
export HOME="$work/home"; mkdir -p "$HOME" "$work/lyxuser"
export QT_QPA_PLATFORM=offscreen
cd "$work"
lyx -userdir "$work/lyxuser" --export pdf2 ft166-kooikerskoorts.lyx
cp ft166-kooikerskoorts.pdf "$here/../ft166-kooikerskoorts.pdf"
