#!/bin/sh
# Rebuild ../ft109-kroosziekte.pdf: the ODT gen_odt.py writes, exported to
# PDF by Calligra Words 3.2.1 (Debian calligrawords). calligraconverter
# --batch in.odt out.pdf segfaults (KoView::mainWindow, no main window), so
# the working invocation is calligrawords --export-pdf, which needs a D-Bus
# session and does not exit by itself after writing the PDF: timeout stops it.
set -e
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
python3 src/gen_odt.py "$tmp/ft109-kroosziekte.odt"
rm -f ft109-kroosziekte.pdf
QT_QPA_PLATFORM=offscreen timeout 60 dbus-run-session -- calligrawords --export-pdf \
  --export-filename "$PWD/ft109-kroosziekte.pdf" "$tmp/ft109-kroosziekte.odt" >"$tmp/calligra.log" 2>&1 || true
test -s ft109-kroosziekte.pdf && tail -c 6 ft109-kroosziekte.pdf | grep -q EOF
rm -rf "$tmp"
