#!/bin/sh
# Build the fictional guideline FT-137 with R Markdown (rmarkdown + knitr + pandoc).
set -e
cd "$(dirname "$0")"
Rscript -e "rmarkdown::render('ft137-hazelvlekziekte.Rmd', output_format = 'html_document', output_file = 'ft137-hazelvlekziekte.html', output_dir = '..', intermediates_dir = tempdir(), quiet = TRUE)"
