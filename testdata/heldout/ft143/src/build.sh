#!/bin/sh
# Build ft143-kievitskeel.txt: plain-text dump of page.html by lynx 2.9.0dev.12 (Debian package lynx)
set -e
cd "$(dirname "$0")"
OUT=../ft143-kievitskeel.txt
lynx -dump -nolist -width=100 -display_charset=utf-8 -assume_charset=utf-8 page.html > "$OUT"
sha256sum "$OUT"
