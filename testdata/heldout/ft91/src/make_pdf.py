#!/usr/bin/python3
"""Render guideline.html with Qt's own PDF engine (QTextDocument + QPrinter).
Run headless: QT_QPA_PLATFORM=offscreen /usr/bin/python3 make_pdf.py OUT.pdf"""
import sys, os
from PyQt5.QtWidgets import QApplication
from PyQt5.QtGui import QTextDocument, QFont, QPageLayout, QPageSize
from PyQt5.QtPrintSupport import QPrinter
from PyQt5.QtCore import QMarginsF

out = sys.argv[1]
app = QApplication(sys.argv)
html = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'guideline.html'), encoding='utf-8').read()

printer = QPrinter(QPrinter.HighResolution)
printer.setOutputFormat(QPrinter.PdfFormat)
printer.setOutputFileName(out)
printer.setPageSize(QPrinter.A4)
printer.setPageMargins(20, 20, 20, 20, QPrinter.Millimeter)
printer.setDocName('Fictieve Standaard Distelhuid (FT-91)')
printer.setCreator('make_pdf.py (PyQt5 QTextDocument)')

doc = QTextDocument()
doc.setDefaultFont(QFont('DejaVu Sans', 9))
doc.setHtml(html)
# No page size set on the document: QTextDocument.print_() paginates a copy
# itself and draws the page numbers at the bottom of each page.
doc.print_(printer)
print('wrote', out)
