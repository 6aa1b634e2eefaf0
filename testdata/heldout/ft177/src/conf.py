# Sphinx-configuratie voor de praktijkdocumentatie (fictieve standaard)
project = 'Praktijkhandboek – Fictieve Standaard Zeekraalkoorts'
author = 'Huisartsenpraktijk De Kwelder'
copyright = '2026, Huisartsenpraktijk De Kwelder'
release = '1.2'
version = '1.2'
language = 'nl'
extensions = []
templates_path = []
exclude_patterns = ["_build", "build.sh", "apt.log"]
html_theme = 'alabaster'
html_title = 'Fictieve Standaard Zeekraalkoorts'
