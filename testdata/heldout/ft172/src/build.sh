#!/bin/sh
# Requires Debian packages: ruby-prawn (2.4.0+dfsg-1~), ruby-prawn-table (0.2.2-1.1), fonts-dejavu-core (2.37-6)
set -e
cd "$(dirname "$0")"
ruby guideline.rb ../ft172-rietkraagkoorts.pdf
