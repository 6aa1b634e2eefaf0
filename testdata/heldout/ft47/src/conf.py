# Sphinx-configuratie voor de FICTIEVE Standaard Kalkwang (FT-47)
# Fictief testdocument - geen medisch advies.

project = 'Fictieve Standaard Kalkwang (FT-47)'
author = 'Fictieve werkgroep Kalkwang'
copyright = '2026, Fictieve werkgroep Kalkwang'
release = '1.0'
version = '1.0'
language = 'nl'
today = '20 mei 2026'

extensions = []
master_doc = 'index'
exclude_patterns = ['_build']

latex_engine = 'pdflatex'
latex_documents = [
    ('index', 'ft47-kalkwang.tex',
     'Fictieve Standaard Kalkwang (FT-47)',
     'Fictieve werkgroep Kalkwang', 'howto'),
]
latex_elements = {
    'papersize': 'a4paper',
    'pointsize': '10pt',
    'fontpkg': r'\usepackage{times}',
    'figure_align': 'htbp',
    'printindex': '',
    'preamble': r'''
\usepackage{colortbl}
\DeclareUnicodeCharacter{2265}{\ensuremath{\geq}}
\DeclareUnicodeCharacter{2264}{\ensuremath{\leq}}
\setcounter{tocdepth}{1}
''',
    'sphinxsetup': 'hmargin={2.2cm,2.2cm}, vmargin={2.2cm,2.2cm}',
}
latex_show_urls = 'no'
latex_domain_indices = False
