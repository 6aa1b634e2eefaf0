#!/bin/sh
# Build the fictional guideline FT-133 with mandoc's own PDF output.
set -e
cd "$(dirname "$0")"
mandoc -T lint -W warning quendelitis.7 || true
mandoc -T pdf -O paper=a4 quendelitis.7 > ../ft133-quendelitis.pdf
