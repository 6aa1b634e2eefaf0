# Sphinx-configuratie voor de fictieve standaard FT-153
project = 'Fictieve NHG-Standaard Slikkenkoorts'
author = 'Werkgroep Slikkenkoorts (fictief)'
copyright = '2026, Werkgroep Slikkenkoorts (fictief)'
version = '1.0'
release = '1.0'
language = 'nl'
master_doc = 'index'
root_doc = 'index'
exclude_patterns = ['_build']
text_newlines = 'unix'
text_sectionchars = '*=-~"+`'
