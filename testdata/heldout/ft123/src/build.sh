#!/bin/sh
# Build the FT-123 fictional guideline with Halibut's own PDF backend.
set -e
cd "$(dirname "$0")"
halibut --pdf=../ft123-kwartelvlekziekte.pdf kwartelvlekziekte.but
