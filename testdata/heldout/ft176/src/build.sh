#!/bin/sh
# Builds ../ft176-kwelderkoorts.pdf with github.com/signintech/gopdf v0.38.6.
# Fonts: DejaVu Sans from Debian fonts-dejavu-core (2.37-6), copied at build time and embedded.
set -e
cd "$(dirname "$0")"
mkdir -p fonts
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf fonts/
go mod tidy
go build -o ft176 .
./ft176 ../ft176-kwelderkoorts.pdf
