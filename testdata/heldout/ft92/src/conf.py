# Sphinx configuration for the fictional NHG-style guideline FT-92.
project = 'Fictieve NHG-Standaarden'
copyright = '2026, NHG-werkgroep Brakwaterenteritis (fictief)'
author = 'NHG-werkgroep Brakwaterenteritis (fictief)'
release = '1.0'
version = '1.0'
language = 'nl'
extensions = []
templates_path = []
exclude_patterns = ['_build']
root_doc = 'index'
numfig = True
numfig_secnum_depth = 0
html_theme = 'sphinx_rtd_theme'
html_title = 'Fictieve NHG-Standaarden 1.0'
html_show_sourcelink = True
html_last_updated_fmt = '%d %b %Y'
html_theme_options = {
    'navigation_depth': 3,
    'collapse_navigation': False,
    'prev_next_buttons_location': 'both',
}
