#!/bin/sh
# Build the fictional guideline FT-129 with Calligra Words 3.2.1.
# calligraconverter --batch in.odt out.pdf segfaults (KoView::mainWindow() with no
# parent widget, see report), so the PDF is exported with Calligra Words' own
# command-line PDF export: calligrawords --export-pdf --export-filename OUT IN.
# calligrawords needs a D-Bus session bus and does not quit after the export,
# so it is run in a private dbus-run-session and stopped by its own PID once the
# PDF is complete.
set -e
cd "$(dirname "$0")"
mkdir -p build
python3 make_odt.py build/ft129-taleritis.odt
python3 -c "import xml.dom.minidom,zipfile;z=zipfile.ZipFile('build/ft129-taleritis.odt');[xml.dom.minidom.parseString(z.read(n)) for n in ('content.xml','styles.xml','meta.xml')]"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
OUT="$(pwd)/../ft129-taleritis.pdf"
IN="$(pwd)/build/ft129-taleritis.odt"
rm -f "$OUT"
timeout 300 dbus-run-session --config-file=session-bus.conf -- sh -c '
  calligrawords --export-pdf --export-filename "$1" "$2" >build/calligrawords.log 2>&1 &
  CW=$!
  last=-1; stable=0
  for i in $(seq 1 240); do
    sleep 1
    if [ -s "$1" ] && pdfinfo "$1" >/dev/null 2>&1; then
      size=$(stat -c %s "$1")
      if [ "$size" = "$last" ]; then stable=$((stable+1)); else stable=0; fi
      last=$size
      [ $stable -ge 3 ] && break
    fi
    kill -0 $CW 2>/dev/null || break
  done
  kill $CW 2>/dev/null || true
  wait $CW 2>/dev/null || true
' sh "$OUT" "$IN"
pdfinfo "$OUT" | grep -E 'Creator|Producer|Pages'
