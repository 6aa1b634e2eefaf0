#!/bin/sh
# Build FT-116 with plain TeX (pdftex, plain format), output to ../
set -e
cd "$(dirname "$0")"
pdftex -interaction=nonstopmode ft116-x.tex
cp ft116-x.pdf ../ft116-plooikoorts.pdf
