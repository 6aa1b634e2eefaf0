#!/bin/sh
# Build: Debian packages libpdf-builder-perl 3.025-1, libpdf-table-perl 1:1.003-1, fonts-dejavu-core
set -e
cd "$(dirname "$0")"
perl make_guideline.pl ../ft178-kribbenkoorts.pdf
