#!/usr/bin/python3
# Build: scripts/gen-heldout-guideline.sh (/usr/bin/python3 ft34-wolkenvoet.py
# beside ft34-wolkenvoet.html; xhtml2pdf 0.2.5, Debian python3-xhtml2pdf).
import os
from xhtml2pdf import pisa
here = os.path.dirname(os.path.abspath(__file__))
html = os.path.join(here, 'ft34-wolkenvoet.html')
pdf = os.path.join(here, 'ft34-wolkenvoet.pdf')
with open(pdf, 'wb') as out:
    res = pisa.CreatePDF(open(html, encoding='utf-8').read(), dest=out, encoding='utf-8')
print('errors:', res.err)
