#!/usr/bin/env bash
# Makes the PDFs of the fictional held-out guidelines, each by a producer
# the dev guidelines lack, and writes a registry for each folder:
#   - FT-05 (testdata/heldout/ft05-kwelderkoorts.html) converted by
#     LibreOffice Writer, twice: with table borders (testdata/heldout/) and
#     without (testdata/heldout/noborders/: LibreOffice's HTML import drops
#     CSS borders, and centres wrapped cells vertically);
#   - FT-06 (testdata/heldout/ft06/ft06-dwarrelhoofdpijn.tex) typeset by
#     pdfLaTeX: Dutch hyphenation, footnotes, a running header with a rule,
#     and a booktabs dose table whose cells (the drug names too) wrap at the
#     top of their rows, with no rules between the rows;
#   - FT-07 (testdata/heldout/ft07/ft07-zandbuik.html) printed by Chromium:
#     a web page with site chrome, a dose table by body weight (one drug,
#     named in the caption), a dose table by population (the drugs in its
#     columns) and a table of signs;
#   - FT-08 (testdata/heldout/ft08/ft08-kriebelbeen.md) converted by pandoc
#     to a Word document and by LibreOffice Writer to PDF: a borderless
#     table in Word's style whose header cells stand at the bottom of the
#     header row and whose narrow columns wrap every cell;
#   - FT-09 (testdata/heldout/ft09/ft09-glasoog.md) converted by pandoc
#     with pdfLaTeX: a longtable with its header at the bottom of the
#     header row and a drug name hyphenated in its cell. Its questions were
#     written and asked once, and nothing was changed for them.
#   - FT-10 (testdata/heldout/ft10/ft10-fluitkeel.tex) typeset by pdfLaTeX
#     in two columns: a ruled dose table spanning both columns whose drug
#     cells are merged over their populations' rows (multirow), each name
#     centred on its rows.
#   - FT-11 (testdata/heldout/ft11/ft11-klepperoor.html) typeset by
#     WeasyPrint (CSS paged media): running headers in the page margins,
#     a two-column section, a footnote, a dose table with a grouped
#     header (rowspan and colspan) and its caption below it, broken over
#     two pages in the middle of a row, its header repeated.
#   - FT-12 (testdata/heldout/ft12/ft12-mosselkramp.md) converted by pandoc
#     to an OpenDocument text and by LibreOffice Writer to PDF: numbered
#     headings down to "4.3.2.", a section and a small borderless table
#     of two or three columns per drug, its caption above it and its rows
#     keyed by population, one drug dosed in a labelled list, footnotes, a
#     definition list of contra-indications.
#   - FT-14 (testdata/heldout/ft14/ft14-ritselhuid.html), a web page with
#     folded <details> sections, ingested as HTML: its registry only.
#   - FT-15 (testdata/heldout/ft15/ft15-sintelmond.tex) typeset by XeLaTeX
#     in DejaVu Sans (CID fonts): a dose table whose drugs head the
#     columns, a two-column table of contra-indications.
#   - FT-16 (testdata/heldout/ft16/ft16-turfkoorts.html) printed by
#     Chromium in two CSS columns, its dose table spanning both.
#   - FT-17 (testdata/heldout/ft17/ft17-vonkjeuk.mm) typeset by groff (mm,
#     tbl) to PostScript and converted by Ghostscript: a dose table whose
#     drug stands on its first row only.
#   - FT-18 (testdata/heldout/ft18/ft18-mistelschub.html) imported by
#     LibreOffice Writer as a text document, saved as OpenDocument and
#     converted to PDF: no table borders (the import drops CSS borders),
#     cells centred vertically, a dose table whose drug cells are merged
#     over their populations' rows (rowspan) and centred on them, broken
#     over two pages with its header repeated.
#   - FT-19 (testdata/heldout/ft19/ft19-kiezelvlek.tex) typeset by
#     pdfLaTeX in Latin Modern: a booktabs dose table with alternating row
#     shading and no rules between its rows, each drug named on the first
#     of its populations' rows only.
#   - FT-20 (testdata/heldout/ft20/ft20-nevelrug.html) printed by
#     wkhtmltopdf (Qt's PDF writer; Debian's build, whose unpatched Qt
#     repeats no table header): a web page with a menu, a side bar and a
#     footer, a bordered dose table whose drug cells are merged over five
#     populations' rows, broken over two pages inside a drug's rows.
#   - FT-21 (testdata/heldout/ft21/ft21-rijpvinger.adoc) typeset by
#     asciidoctor-pdf (Ruby's Prawn) with its theme ft21-theme.yml (DejaVu
#     Sans): a definition list whose terms stand on their own lines, a
#     ruled dose table whose drug cells span their populations' rows,
#     broken over two pages with its header repeated, a table whose
#     contra-indication cells span two interaction rows, admonitions
#     whose labels stand in a column beside their text.
#   - FT-22 (testdata/heldout/ft22/ft22-schelpnagel.tex) typeset by
#     ConTeXt MkIV (LuaTeX; its dates fixed in the source, which ignores
#     SOURCE_DATE_EPOCH): definitions with their terms in a left column,
#     text in two columns, a margin note, a dose table whose drugs stand on
#     their first rows only, split over three pages as "Tabel 1a", "1b" and
#     "1c", a table of contra-indications whose cells span two rows.
#   - FT-23 (testdata/heldout/ft23/ft23-hagelpols.fo) typeset by Apache
#     FOP with ft23-fop.xconf: a bordered dose table whose drug cells span
#     their populations' rows, broken over two pages with its header
#     repeated, a definition list with its terms in a left column.
#   - FT-24 (testdata/heldout/ft24/ft24-wierookhoest.py) made by ReportLab
#     Platypus: a gridded, shaded dose table split over two pages, text in
#     two justified columns, a table ruled under its header only.
#   - FT-25 (testdata/heldout/ft25/ft25-dauwknie.py) a Word document
#     written by python-docx and converted by LibreOffice Writer: a grid
#     dose table whose drug cells are merged over their rows, broken over
#     two pages, and a table of contra-indications without inner rules.
#   - FT-26 (testdata/heldout/ft26/ft26-zilverslaap.tex) typeset by
#     LuaLaTeX (KOMA-Script, DejaVu Sans): a dose table whose rows are
#     parted by their shading alone (\rowcolors) and whose drugs head
#     their rows in a shaded row across the table.
#   - FT-27 (testdata/heldout/ft27/ft27-nevelteen.html) printed by
#     Chromium: a web page with site chrome, a dose table without
#     vertical rules whose rows are shaded in turn and whose drugs head
#     their rows in a row across the table (colspan), broken over two
#     pages with its header repeated.
#   - FT-28 (testdata/heldout/ft28/ft28-klokvinger.tex) typeset by LaTeX
#     through DVI, dvips and Ghostscript in two columns: a booktabs dose
#     table across both columns whose drug names, set at the top of
#     their rows (\multirow[t]), wrap over three lines.
#   - FT-29 (testdata/heldout/ft29/ft29-rimpelgal.js) typeset by
#     pdfmake 0.3.11 on Node.js (from the npm registry): a dose table with
#     zebra rows, drug cells merged over their rows (rowSpan), cells
#     spanning the dose columns (colSpan) and its header repeated where it
#     breaks over a page inside a drug's cell; note markers written as
#     superscript characters ("Seloprine²").
#   - FT-30 (testdata/heldout/ft30/ft30-ganzenrug.py) written as an
#     AbiWord document and exported by AbiWord 3.0 (cairo): bordered
#     tables with shaded merged drug cells, contra-indication rows merged
#     across the dose columns, a table broken inside a row without a
#     repeated header, real footnotes.
#   - FT-31 (testdata/heldout/ft31/ft31-vlinderlong.html) typeset by
#     Dompdf 2.0 (PHP, Debian's php-dompdf): bordered tables drawn cell by
#     cell, drug cells merged over their rows whose names wrap past their
#     rows' rules, a header repeated after a page break.
#   - FT-32 (testdata/heldout/ft32/ft32-koperhiel.html) typeset by MuPDF's
#     HTML engine (mutool convert): no merged cells (MuPDF renders none), a
#     shaded heading row per drug in its first cell alone, the drug named
#     on its first row only, a double border at the table's side.
#   - FT-33 (testdata/heldout/ft33/ft33-parelnek.html) typeset by TCPDF's
#     writeHTML (PHP, Debian's php-tcpdf): bordered tables, drug cells
#     merged over their rows, cells spanning the dose columns, the dose
#     table's header repeated after a page break, note letters raised.
#   - FT-34 (testdata/heldout/ft34/ft34-wolkenvoet.html) typeset by
#     xhtml2pdf (Python, ReportLab): shaded cells spanning columns whose
#     shading is drawn three times, one within the other, tables broken
#     over pages with their headers repeated.
#   - FT-35 (testdata/heldout/ft35/ft35-zandoog.html) converted by
#     Calibre's ebook-convert (Qt WebEngine): a dose table drawn on past
#     the page's edge where it breaks, the page number in its rules.
#   - FT-36 (testdata/heldout/ft36/ft36-stippelmaag.py) laid out by a
#     Scribus 1.5 script (ft36_content.py holds its text): native tables
#     with merged cells, text in linked two-column frames.
#   - FT-37 (testdata/heldout/ft37/ft37-korrelhuid.tex) typeset by
#     pdfLaTeX: a wide dose table on landscape pages (pdflscape, /Rotate
#     90), drug names centred on their rows by \multirow between booktabs
#     rules, contra-indications across the dose columns (\multicolumn).
#   - FT-39 (testdata/heldout/ft39/ft39-lampionheup.js) drawn by jsPDF
#     with jspdf-autotable under Node.js (installed from npm into the
#     temporary folder): tables in the grid and striped themes, spanning
#     cells, headers repeated after page breaks.
#   - FT-40 (testdata/heldout/ft40/ft40-ijzelkuit.js) laid out by
#     @react-pdf/renderer under Node.js (installed from npm into the
#     temporary folder): tables of bordered views, the header repeated
#     after the page break.
#   - FT-41 (testdata/heldout/ft41/ft41-mistboezem.go) drawn by a Go
#     program with codeberg.org/go-pdf/fpdf (a module of its own in the
#     temporary folder): cells of CellFormat and MultiCell, notes' numbers
#     as superscript characters.
#   - FT-42 (testdata/heldout/ft42/ft42-koraalrib.mjs) generated by
#     @pdfme/generator from a template under Node.js: its table schema,
#     a table broken before its last row.
#   - FT-43 (testdata/heldout/ft43/ft43-hoornvlek.js) drawn by PDFKit
#     under Node.js with its table API (FT-44 is a web page, no PDF).
#   - FT-46 (testdata/heldout/ft46/ft46-muizenoor.tex) typeset by
#     pdfLaTeX: a threeparttable dose table, floated tables, a TikZ
#     flowchart.
#   - FT-47 (testdata/heldout/ft47/src, reStructuredText) typeset by
#     Sphinx through LaTeX (Debian's python3-sphinx and latexmk), its
#     dose table a grid table written by make_grid.py (FT-48 is a web
#     page, no PDF).
#   - FT-49 (testdata/heldout/ft49/ft49-veldspaatkoorts.tex) typeset by
#     ConTeXt: natural tables whose drug cells span their rows, split over
#     two pages with their header repeated.
#   - FT-50 (testdata/heldout/ft50/ft50-kiezelkoorts.adoc) typeset by
#     asciidoctor-pdf with its theme ft50-theme.yml: note letters raised
#     in table cells, footnotes in brackets at the end.
#   - FT-51 (testdata/heldout/ft51/src) drawn by a Java program with
#     Apache PDFBox 2 (Debian's libpdfbox2-java and a JDK): every line its
#     own text object, tables of stroked cell rectangles (FT-52 is a
#     MediaWiki page, FT-53 a Word web page and FT-54 a Google Docs page,
#     no PDF).
#   - FT-55 (testdata/heldout/ft55/ft55-brammelkoorts.typ) typeset by Typst
#     through its Node compiler from npm.
#   - FT-56 (testdata/heldout/ft56/src) a plain text printed by GNU
#     enscript and Ghostscript: tables drawn as ASCII art.
#   - FT-57 (testdata/heldout/ft57/src/generate.js) laid out by hand with
#     the npm library pdf-lib: lines drawn one at a time, a dose table of
#     drawn grid lines broken over a page under its caption repeated.
#   - FT-58 (testdata/heldout/ft58/src, a Go module of its own) printed by
#     the Go library maroto v2: a 12-column grid, its core font printing
#     "≥" as ".".
#   - FT-59 (testdata/heldout/ft59/src) an HTML 4 page in ISO-8859-1
#     converted by html2ps and Ghostscript (FT-60 is a MkDocs Material
#     page, FT-61 a Docusaurus page and FT-64 an Asciidoctor page, no
#     PDF).
#   - FT-62 (testdata/heldout/ft62/src/ft62-duinschurft.fodp, written by
#     make_deck.py) a slide deck exported to PDF by LibreOffice Impress.
#   - FT-68 (testdata/heldout/ft68/src/heidekoorts.utf8.lout) typeset by
#     Lout (not packaged by Debian: a lout built from its sources on PATH)
#     and made a PDF by ps2pdf; skipped when no lout is found.
#   - FT-69 (testdata/heldout/ft69/src/make_ft69.py, its text in
#     content_ft69.py) drawn with cairo through PangoCairo (python3-gi,
#     gir1.2-pango-1.0, python3-gi-cairo).
#   - FT-70 (testdata/heldout/ft70/src/ft70-slikpokken.rst) made a page by
#     docutils (python3-docutils); FT-71 is a page written by hand as
#     Drupal 10 renders one, no PDF.
#   - FT-72 (testdata/heldout/ft72/src/ft72-rietroos.texi) typeset by
#     texi2pdf (texinfo, texlive).
#   - FT-38 (testdata/heldout/ft38/ft38-vederhals.py) written by
#     python-docx and converted by LibreOffice Writer: a dose table whose
#     cells hold nested tables, a repeated header row, a sidebar table.
#   - FT-13 (testdata/heldout/ft13/ft13-korstvoet.ms) typeset by groff
#     (ms, tbl): a list of abbreviations as hanging paragraphs used in
#     short form after it, a boxed dose table whose drugs head the columns
#     and whose rows are populations, a table of contra-indications, one
#     drug dosed in running text, a running header, English hyphenation.
# Other prints, for the extractor's table tests and the ratchet
# (ingest/extract/testdata/tables): FT-07's page and FT-08's pandoc page
# converted by LibreOffice Writer/Web, FT-09's Markdown, FT-05's page and
# FT-06's LaTeX through Word documents and LibreOffice, FT-08's and
# FT-09's pandoc pages printed by Chromium, and FT-05's, FT-07's and
# FT-11's pages printed by wkhtmltopdf; FT-11's page by LibreOffice and by
# Chromium, and FT-08's Markdown by pandoc and pdfLaTeX; FT-07's and
# FT-11's pages and FT-10's LaTeX through Word documents and LibreOffice;
# FT-05's and FT-07's pages through pandoc's ms and groff; FT-06's LaTeX
# and FT-04's Markdown through rst2pdf (ReportLab); FT-04's through
# DocBook and Apache FOP; FT-07's and FT-03's pages and FT-04's Markdown
# through XeLaTeX.
# The questions of eval/datasets/heldout.jsonl (FT-05) and
# eval/datasets/heldout-ft06.jsonl to -ft09.jsonl are asked of them (eval/regression TestHeldOutGuidelineRatchet); the
# answer model is never fitted on them.
# Needs groff, libreoffice-writer-nogui, libreoffice-impress-nogui, texlive-latex-recommended,
# texlive-latex-extra, texlive-lang-european, chromium, pandoc,
# weasyprint, wkhtmltopdf, ruby-asciidoctor-pdf, context, rst2pdf, fop, docbook-xsl, xsltproc,
# python3-reportlab, texlive-xetex, libpdfbox2-java, default-jdk, enscript,
# ghostscript and html2ps (and npm for FT-55's Typst and FT-57's pdf-lib,
# Go for FT-58's maroto).
# (pandoc's LaTeX needs lmodern.)
# FICTIONAL documents, not medical advice.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/testdata/heldout"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

registry() { # registry DIR FILE ID TITLE PUBLISHED ABOUT REMARK
  # (json.dumps escapes what a remark may quote: "\footnote", "…")
  python3 - "$@" <<'PY'
import hashlib, json, sys
d, f, ident, title, published, about, remark = sys.argv[1:8]
with open(f"{d}/{f}", "rb") as fh:
    digest = hashlib.sha256(fh.read()).hexdigest()
doc = {"about": about, "sources": [{"id": ident, "title": title, "publisher": "unknown",
       "published": published, "url": "", "license": "fictional test document", "remark": remark,
       "file": f, "language": "nl", "sha256": digest}]}
with open(f"{d}/sources.json", "w", encoding="utf-8") as out:
    out.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
PY
}

print() { # print HTML OUT.pdf: Chromium's print to PDF
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$tmp/chromium" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" 2>/dev/null
}

ft05about="FICTIONAL held-out guideline FT-05 converted to PDF by LibreOffice Writer (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves."
convert() { # convert HTML DIR REMARK
  soffice --headless -env:UserInstallation="file://$tmp/profile" --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$1" >/dev/null
  mkdir -p "$2"
  cp "$tmp/ft05-kwelderkoorts.pdf" "$2/ft05-kwelderkoorts.pdf"
  registry "$2" ft05-kwelderkoorts.pdf ft05-kwelderkoorts "Fictieve Standaard Kwelderkoorts (FT-05)" 2026-03-01 "$ft05about" "$3"
}

convert "$dir/ft05-kwelderkoorts.html" "$dir" "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF from LibreOffice Writer (HTML import): one column, bordered tables with wrapped, vertically centred cells and a two-line header; the dose table's first column is headed Geneesmiddel. Abbreviations LCZ and KES defined once."
mkdir -p "$tmp/noborders"
sed 's/ border="1"//' "$dir/ft05-kwelderkoorts.html" > "$tmp/noborders/ft05-kwelderkoorts.html"
convert "$tmp/noborders/ft05-kwelderkoorts.html" "$dir/noborders" "FICTIONAL test guideline, not medical advice. The held-out guideline FT-05 converted by LibreOffice Writer without table borders: wrapped cells centred vertically, half a line apart, no rules."

# latex DIR NAME EPOCH: pdfLaTeX twice (the table's float and the
# footnotes settle), with a fixed date so that the same source makes the
# same file: DIR/NAME.tex to DIR/NAME.pdf.
latex() {
  mkdir -p "$tmp/latex-$2"
  cp "$1/$2.tex" "$tmp/latex-$2/"
  for _ in 1 2; do
    (cd "$tmp/latex-$2" && SOURCE_DATE_EPOCH=$3 FORCE_SOURCE_DATE=1 \
      pdflatex -interaction=nonstopmode -halt-on-error "$2.tex" >/dev/null)
  done
  cp "$tmp/latex-$2/$2.pdf" "$1/"
}

# FT-06: pdfLaTeX.
latex "$dir/ft06" ft06-dwarrelhoofdpijn 1756684800
registry "$dir/ft06" ft06-dwarrelhoofdpijn.pdf ft06-dwarrelhoofdpijn "Fictieve Standaard Dwarrelhoofdpijn (FT-06)" 2025-09-01 \
  "FICTIONAL held-out guideline FT-06 typeset by pdfLaTeX (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF from pdfLaTeX: one column, Dutch hyphenation (a drug name too), footnotes, a running header with a rule, and a booktabs dose table whose cells wrap at the top of their rows with no rules between them; its header wraps over two lines."

# FT-10: pdfLaTeX in two columns.
latex "$dir/ft10" ft10-fluitkeel 1777593600
registry "$dir/ft10" ft10-fluitkeel.pdf ft10-fluitkeel "Fictieve Standaard Fluitkeel (FT-10)" 2026-05-01 \
  "FICTIONAL held-out guideline FT-10 typeset by pdfLaTeX in two columns (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF from pdfLaTeX: two columns, a footnote, and a ruled dose table spanning both columns whose drug cells are merged over the rows of their populations (multirow: the drug's name stands at the middle of its rows, between two rows for soralide)."

# FT-07: Chromium's print to PDF (a new date in the file each run).
print "$dir/ft07/ft07-zandbuik.html" "$dir/ft07/ft07-zandbuik.pdf"
registry "$dir/ft07" ft07-zandbuik.pdf ft07-zandbuik "Fictieve Standaard Zandbuik (FT-07)" 2026-01-01 \
  "FICTIONAL held-out guideline FT-07 printed by Chromium (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF printed by Chromium from a web page with site chrome: a dose table by body weight whose drug is named in its caption, a dose table by population with the drugs in its columns, and a table of signs."

# FT-08: pandoc to a Word document, LibreOffice Writer to PDF.
pandoc "$dir/ft08/ft08-kriebelbeen.md" -o "$tmp/ft08-kriebelbeen.docx"
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf:writer_pdf_Export \
  --outdir "$tmp" "$tmp/ft08-kriebelbeen.docx" >/dev/null
cp "$tmp/ft08-kriebelbeen.pdf" "$dir/ft08/"
registry "$dir/ft08" ft08-kriebelbeen.pdf ft08-kriebelbeen "Fictieve Standaard Kriebelbeen (FT-08)" 2025-06-01 \
  "FICTIONAL held-out guideline FT-08 converted by pandoc and LibreOffice Writer (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF from a Word document (pandoc) by LibreOffice Writer: a borderless table whose header cells stand at the bottom of the header row and whose narrow columns wrap every cell; a labelled list of interactions."

# FT-12: pandoc to an OpenDocument text, LibreOffice Writer to PDF.
pandoc "$dir/ft12/ft12-mosselkramp.md" -o "$tmp/ft12-mosselkramp.odt"
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf:writer_pdf_Export \
  --outdir "$tmp" "$tmp/ft12-mosselkramp.odt" >/dev/null
cp "$tmp/ft12-mosselkramp.pdf" "$dir/ft12/"
registry "$dir/ft12" ft12-mosselkramp.pdf ft12-mosselkramp "Fictieve Standaard Mosselkramp (FT-12)" 2025-03-01 \
  "FICTIONAL held-out guideline FT-12 converted by pandoc and LibreOffice Writer (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure with numbered paragraphs (4.3.2.). PDF from an OpenDocument text (pandoc) by LibreOffice Writer: one small borderless dose table per drug under its own heading, its caption above it and its rows keyed by population; one drug dosed in a labelled list; footnotes; a definition list of contra-indications."

# FT-13: groff with its default (letter) paper, as its questions were
# asked of it.
groff -k -ms -t -Tpdf "$dir/ft13/ft13-korstvoet.ms" > "$dir/ft13/ft13-korstvoet.pdf"
registry "$dir/ft13" ft13-korstvoet.pdf ft13-korstvoet "Fictieve Standaard Korstvoet (FT-13)" 2025-04-01 \
  "FICTIONAL held-out guideline FT-13 typeset by groff (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF typeset by groff (ms macros, tbl): a list of abbreviations set as hanging paragraphs, a boxed dose table whose drugs head the columns and whose rows are populations, a table of contra-indications, one drug dosed in running text, a running page header and English hyphenation of Dutch words."

# FT-14: a web page, ingested as it is (no PDF): its registry only.
registry "$dir/ft14" ft14-ritselhuid.html ft14-ritselhuid "Fictieve Standaard Ritselhuid (FT-14)" 2025-06-01 \
  "FICTIONAL held-out guideline FT-14, a web page (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. A web page in the manner of a guideline site: navigation, breadcrumbs, a cookie banner and a footer around the text; folded sections (<details>) for the children's points, the test's procedure, contra-indications, side effects, interactions and referral; a dose table whose drug cells span their populations' rows; a definition list; a reference list."

# FT-15: XeLaTeX (fontspec, DejaVu Sans: CID fonts), a fixed date so that
# the same source makes the same file.
(cd "$tmp" && SOURCE_DATE_EPOCH=1777593600 FORCE_SOURCE_DATE=1 xelatex -interaction=batchmode "$dir/ft15/ft15-sintelmond.tex" >/dev/null &&
  SOURCE_DATE_EPOCH=1777593600 FORCE_SOURCE_DATE=1 xelatex -interaction=batchmode "$dir/ft15/ft15-sintelmond.tex" >/dev/null)
cp "$tmp/ft15-sintelmond.pdf" "$dir/ft15/"
registry "$dir/ft15" ft15-sintelmond.pdf ft15-sintelmond "Fictieve Standaard Sintelmond (FT-15)" 2025-06-01 \
  "FICTIONAL held-out guideline FT-15 typeset by XeLaTeX (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF typeset by XeLaTeX in DejaVu Sans (CID fonts, Identity-H): Dutch hyphenation (polyglossia), a running header, footnotes, a score defined once by its short form, a stepwise plan as a numbered list, a dose table whose drugs head the columns and whose rows are populations, a two-column table of contra-indications whose cells wrap."

# FT-16: a page printed by Chromium with its text in two columns (CSS
# column-count) and its dose table spanning both.
print "$dir/ft16/ft16-turfkoorts.html" "$dir/ft16/ft16-turfkoorts.pdf"
registry "$dir/ft16" ft16-turfkoorts.pdf ft16-turfkoorts "Fictieve Standaard Turfkoorts (FT-16)" 2025-07-01 \
  "FICTIONAL held-out guideline FT-16 printed by Chromium (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF printed by Chromium from a page whose text stands in two columns (CSS column-count) with a dose table spanning both (drugs in rows, populations in columns, headers wrapped over two lines), a laboratory value with thresholds (CRP), an organisation abbreviated once, footnotes; a word hyphenated at the foot of page 2."

# FT-17: groff with the mm macros and tbl to PostScript, and Ghostscript
# (ps2pdf) to PDF.
groff -k -t -mm -Tps "$dir/ft17/ft17-vonkjeuk.mm" > "$tmp/ft17-vonkjeuk.ps"
ps2pdf -sPAPERSIZE=a4 "$tmp/ft17-vonkjeuk.ps" "$dir/ft17/ft17-vonkjeuk.pdf"
registry "$dir/ft17" ft17-vonkjeuk.pdf ft17-vonkjeuk "Fictieve Standaard Vonkjeuk (FT-17)" 2025-08-01 \
  "FICTIONAL held-out guideline FT-17 typeset by groff (mm) and converted by Ghostscript (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF typeset by groff with the mm macros and tbl to PostScript and written by Ghostscript's pdfwrite: a dose table whose drug stands on its first row only (the rows below it blank there, wrapped cells, rules between the drugs only), a table of interactions, numbered headings."

# FT-18: LibreOffice Writer's HTML import to an OpenDocument text, then
# to PDF.
soffice --headless -env:UserInstallation="file://$tmp/profile" --infilter="HTML (StarWriter)" \
  --convert-to odt --outdir "$tmp" "$dir/ft18/ft18-mistelschub.html" >/dev/null
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf:writer_pdf_Export \
  --outdir "$dir/ft18" "$tmp/ft18-mistelschub.odt" >/dev/null
registry "$dir/ft18" ft18-mistelschub.pdf ft18-mistelschub "Fictieve Standaard Mistelschub (FT-18)" 2025-09-01 \
  "FICTIONAL held-out guideline FT-18 converted by LibreOffice Writer (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF from LibreOffice Writer (HTML import to an OpenDocument text): no table borders, cells centred vertically, a dose table whose drug cells are merged over their populations' rows and centred on them, broken over two pages with its header repeated; a table of contra-indications and interactions; a severity score defined by its short form; footnotes."

# FT-19: pdfLaTeX.
latex "$dir/ft19" ft19-kiezelvlek 1759276800
registry "$dir/ft19" ft19-kiezelvlek.pdf ft19-kiezelvlek "Fictieve Standaard Kiezelvlek (FT-19)" 2025-10-01 \
  "FICTIONAL held-out guideline FT-19 typeset by pdfLaTeX (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF from pdfLaTeX (Latin Modern): a booktabs dose table with alternating row shading and no rules between its rows, each drug named on the first of its populations' rows only, a wrapped drug cell; a two-column table of contra-indications; a severity score defined by its short form; footnotes."

# FT-20: wkhtmltopdf.
wkhtmltopdf -q -s A4 --enable-local-file-access "$dir/ft20/ft20-nevelrug.html" "$dir/ft20/ft20-nevelrug.pdf" 2>/dev/null
registry "$dir/ft20" ft20-nevelrug.pdf ft20-nevelrug "Fictieve Standaard Nevelrug (FT-20)" 2026-03-01 \
  "FICTIONAL held-out guideline FT-20 printed by wkhtmltopdf (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF printed by wkhtmltopdf (A4, Qt's PDF writer) from a web page with site chrome (a menu, a side bar beside the first page's text, a footer): a bordered dose table with a two-row header whose drug cells are merged over five populations' rows, broken over pages 2 and 3 inside a drug's rows without a repeated header; a table of contra-indications and interactions; one drug dosed in running text; a score and an organisation defined by their short forms; footnotes."

# FT-21: asciidoctor-pdf, a fixed date.
(cd "$dir/ft21" && SOURCE_DATE_EPOCH=1775001600 asciidoctor-pdf -a pdf-theme=ft21-theme.yml -a pdf-themesdir=. \
  ft21-rijpvinger.adoc -o ft21-rijpvinger.pdf)
registry "$dir/ft21" ft21-rijpvinger.pdf ft21-rijpvinger "Fictieve Standaard Rijpvinger (FT-21)" 2026-04-01 \
  "FICTIONAL held-out guideline FT-21 typeset by asciidoctor-pdf (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF typeset by asciidoctor-pdf (Prawn, A4, DejaVu Sans, justified text) from AsciiDoc: a running header and footer; numbered sections; a definition list (term on its own line, its definition indented) defining a score, a laboratory value with thresholds and an organisation by their short forms; a ruled dose table whose drug cells span their populations' rows, broken over two pages between two drugs with its header repeated; one drug dosed in running text; a table of contra-indications and interactions whose drug and contra-indication cells span two interaction rows; admonitions whose labels stand in a column beside their text; a numbered stepwise plan; footnotes."

# FT-22: ConTeXt.
(cd "$tmp" && cp "$dir/ft22/ft22-schelpnagel.tex" . && context --batchmode ft22-schelpnagel.tex >/dev/null)
cp "$tmp/ft22-schelpnagel.pdf" "$dir/ft22/"
registry "$dir/ft22" ft22-schelpnagel.pdf ft22-schelpnagel "Fictieve Standaard Schelpnagel (FT-22)" 2026-05-01 \
  "FICTIONAL held-out guideline FT-22 typeset by ConTeXt (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["remark"])' "$dir/ft22/sources.json")"

remark() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["remark"])' "$1/sources.json"; }
(cd "$dir/ft23" && fop -c ft23-fop.xconf -fo ft23-hagelpols.fo -pdf ft23-hagelpols.pdf >/dev/null 2>&1)
registry "$dir/ft23" ft23-hagelpols.pdf ft23-hagelpols "Fictieve Standaard Hagelpols (FT-23)" 2026-05-01 \
  "FICTIONAL held-out guideline FT-23 typeset by Apache FOP 2.8 (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft23")"
(cd "$dir/ft24" && /usr/bin/python3 ft24-wierookhoest.py >/dev/null)
registry "$dir/ft24" ft24-wierookhoest.pdf ft24-wierookhoest "Fictieve Standaard Wierookhoest (FT-24)" 2026-05-09 \
  "FICTIONAL held-out guideline FT-24 typeset by ReportLab Platypus (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft24")"

# FT-25: python-docx (Debian's python3-docx) and LibreOffice Writer;
# Calibri is set in Carlito (fonts-crosextra-carlito).
(cd "$tmp" && /usr/bin/python3 "$dir/ft25/ft25-dauwknie.py" >/dev/null &&
  soffice --headless --convert-to pdf ft25-dauwknie.docx >/dev/null 2>&1)
cp "$tmp/ft25-dauwknie.pdf" "$dir/ft25/"
registry "$dir/ft25" ft25-dauwknie.pdf ft25-dauwknie "Fictieve Standaard Dauwknie (FT-25)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-25, a Word document by python-docx converted by LibreOffice Writer (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft25")"
# FT-26: LuaLaTeX, twice (its header's section marks), a fixed date.
(cd "$tmp" && cp "$dir/ft26/ft26-zilverslaap.tex" . && for _ in 1 2; do
  SOURCE_DATE_EPOCH=1779235200 FORCE_SOURCE_DATE=1 lualatex -interaction=batchmode ft26-zilverslaap.tex >/dev/null; done)
cp "$tmp/ft26-zilverslaap.pdf" "$dir/ft26/"
registry "$dir/ft26" ft26-zilverslaap.pdf ft26-zilverslaap "Fictieve Standaard Zilverslaap (FT-26)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-26 typeset by LuaLaTeX (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft26")"

# FT-27: Chromium's print of the page (print backgrounds: its CSS asks
# for exact colours).
print "$dir/ft27/ft27-nevelteen.html" "$dir/ft27/ft27-nevelteen.pdf"
registry "$dir/ft27" ft27-nevelteen.pdf ft27-nevelteen "Fictieve Standaard Nevelteen (FT-27)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-27, a web page printed by Chromium (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft27")"
# FT-28: latex twice, dvips, ps2pdf.
(cd "$tmp" && cp "$dir/ft28/ft28-klokvinger.tex" . && for _ in 1 2; do
  SOURCE_DATE_EPOCH=1779235200 FORCE_SOURCE_DATE=1 latex -interaction=batchmode ft28-klokvinger.tex >/dev/null; done &&
  dvips -q -o ft28-klokvinger.ps ft28-klokvinger.dvi && ps2pdf ft28-klokvinger.ps)
cp "$tmp/ft28-klokvinger.pdf" "$dir/ft28/"
registry "$dir/ft28" ft28-klokvinger.pdf ft28-klokvinger "Fictieve Standaard Klokvinger (FT-28)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-28 typeset by LaTeX through dvips and Ghostscript (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft28")"

# FT-29: pdfmake from the npm registry, installed beside the script.
(cd "$tmp" && cp "$dir/ft29/ft29-rimpelgal.js" . && npm install --silent --no-audit --no-fund pdfmake@0.3.11 >/dev/null &&
  node ft29-rimpelgal.js >/dev/null)
cp "$tmp/ft29-rimpelgal.pdf" "$dir/ft29/"
registry "$dir/ft29" ft29-rimpelgal.pdf ft29-rimpelgal "Fictieve Standaard Rimpelgal (FT-29)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-29 typeset by pdfmake on Node.js (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft29")"
# FT-30: the AbiWord document its script writes, exported by AbiWord.
(cd "$tmp" && /usr/bin/python3 "$dir/ft30/ft30-ganzenrug.py" >/dev/null &&
  abiword --to=pdf -o ft30-ganzenrug.pdf ft30-ganzenrug.abw >/dev/null 2>&1)
cp "$tmp/ft30-ganzenrug.pdf" "$dir/ft30/"
registry "$dir/ft30" ft30-ganzenrug.pdf ft30-ganzenrug "Fictieve Standaard Ganzenrug (FT-30)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-30, an AbiWord document exported by AbiWord (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft30")"
# FT-31: Dompdf, its page's fonts (DejaVu, fonts-dejavu) by @font-face:
# Debian's package lacks the metrics of Dompdf's own.
(cd "$tmp" && cp "$dir/ft31/ft31-vlinderlong.php" "$dir/ft31/ft31-vlinderlong.html" . && php ft31-vlinderlong.php >/dev/null 2>&1)
cp "$tmp/ft31-vlinderlong.pdf" "$dir/ft31/"
registry "$dir/ft31" ft31-vlinderlong.pdf ft31-vlinderlong "Fictieve Standaard Vlinderlong (FT-31)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-31, a web page typeset by Dompdf (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft31")"
# FT-32: MuPDF's mutool, A4.
mutool convert -F pdf -O compress -W 595 -H 842 -o "$dir/ft32/ft32-koperhiel.pdf" "$dir/ft32/ft32-koperhiel.html" 2>/dev/null
registry "$dir/ft32" ft32-koperhiel.pdf ft32-koperhiel "Fictieve Standaard Koperhiel (FT-32)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-32, a web page typeset by MuPDF (mutool convert; scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft32")"
# FT-33: TCPDF.
(cd "$tmp" && cp "$dir/ft33/ft33-parelnek.php" "$dir/ft33/ft33-parelnek.html" . && php ft33-parelnek.php >/dev/null 2>&1)
cp "$tmp/ft33-parelnek.pdf" "$dir/ft33/"
registry "$dir/ft33" ft33-parelnek.pdf ft33-parelnek "Fictieve Standaard Parelnek (FT-33)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-33, a web page typeset by TCPDF writeHTML (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft33")"
# FT-34: xhtml2pdf (Debian's python3-xhtml2pdf).
(cd "$tmp" && cp "$dir/ft34/ft34-wolkenvoet.py" "$dir/ft34/ft34-wolkenvoet.html" . && /usr/bin/python3 ft34-wolkenvoet.py >/dev/null)
cp "$tmp/ft34-wolkenvoet.pdf" "$dir/ft34/"
registry "$dir/ft34" ft34-wolkenvoet.pdf ft34-wolkenvoet "Fictieve Standaard Wolkenvoet (FT-34)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-34, a web page typeset by xhtml2pdf (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft34")"
# FT-35: Calibre (as root its renderer needs no sandbox).
QTWEBENGINE_DISABLE_SANDBOX=1 QT_QPA_PLATFORM=offscreen ebook-convert "$dir/ft35/ft35-zandoog.html" "$tmp/ft35-zandoog.pdf" \
  --paper-size a4 --page-breaks-before "/" --chapter-mark none --pdf-page-numbers --pdf-default-font-size 15 \
  --pdf-page-margin-top 50 --pdf-page-margin-bottom 50 --pdf-page-margin-left 56 --pdf-page-margin-right 56 \
  --title "Fictieve Standaard Zandoog (FT-35)" --authors "Fictieve Werkgroep Zandoog" --language nl >/dev/null 2>&1
cp "$tmp/ft35-zandoog.pdf" "$dir/ft35/"
registry "$dir/ft35" ft35-zandoog.pdf ft35-zandoog "Fictieve Standaard Zandoog (FT-35)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-35, a web page converted by Calibre ebook-convert (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft35")"
# FT-36: Scribus, headless.
(cd "$tmp" && cp "$dir/ft36/ft36-stippelmaag.py" "$dir/ft36/ft36_content.py" . && xvfb-run -a scribus -g -ns -py ft36-stippelmaag.py >/dev/null 2>&1)
cp "$tmp/ft36-stippelmaag.pdf" "$dir/ft36/"
registry "$dir/ft36" ft36-stippelmaag.pdf ft36-stippelmaag "Fictieve Standaard Stippelmaag (FT-36)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-36, laid out by a Scribus script (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft36")"
# FT-37: pdfLaTeX twice.
(cd "$tmp" && cp "$dir/ft37/ft37-korrelhuid.tex" . && for _ in 1 2; do
  SOURCE_DATE_EPOCH=1779235200 FORCE_SOURCE_DATE=1 pdflatex -interaction=batchmode ft37-korrelhuid.tex >/dev/null; done)
cp "$tmp/ft37-korrelhuid.pdf" "$dir/ft37/"
registry "$dir/ft37" ft37-korrelhuid.pdf ft37-korrelhuid "Fictieve Standaard Korrelhuid (FT-37)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-37 typeset by pdfLaTeX, its dose table on a landscape page (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft37")"
# FT-38: python-docx and LibreOffice Writer.
(cd "$tmp" && /usr/bin/python3 "$dir/ft38/ft38-vederhals.py" >/dev/null &&
  soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf ft38-vederhals.docx >/dev/null 2>&1)
cp "$tmp/ft38-vederhals.pdf" "$dir/ft38/"
registry "$dir/ft38" ft38-vederhals.pdf ft38-vederhals "Fictieve Standaard Vederhals (FT-38)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-38, a Word document with nested tables by python-docx converted by LibreOffice Writer (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft38")"
# FT-39: jsPDF and jspdf-autotable from npm, run by Node.js.
(cd "$tmp" && cp "$dir/ft39/ft39-lampionheup.js" . && npm install --silent jspdf@4.2.1 jspdf-autotable@5.0.9 >/dev/null &&
  node ft39-lampionheup.js)
cp "$tmp/ft39-lampionheup.pdf" "$dir/ft39/"
registry "$dir/ft39" ft39-lampionheup.pdf ft39-lampionheup "Fictieve Standaard Lampionheup (FT-39)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-39 made by jsPDF with jspdf-autotable (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft39")"
# FT-40: @react-pdf/renderer and React from npm, run by Node.js; the
# script writes the PDF beside itself.
(cd "$tmp" && cp "$dir/ft40/ft40-ijzelkuit.js" . && npm install --silent @react-pdf/renderer@4.9.0 react@19.3.1 >/dev/null &&
  node ft40-ijzelkuit.js >/dev/null)
cp "$tmp/ft40-ijzelkuit.pdf" "$dir/ft40/"
registry "$dir/ft40" ft40-ijzelkuit.pdf ft40-ijzelkuit "Fictieve Standaard IJzelkuit (FT-40)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-40 laid out by @react-pdf/renderer (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft40")"
# FT-41: a Go program with go-pdf/fpdf; its fonts from Debian's DejaVu.
(mkdir -p "$tmp/ft41" && cd "$tmp/ft41" && cp "$dir/ft41/ft41-mistboezem.go" main.go &&
  GOTOOLCHAIN=go1.27.3 go mod init ft41 >/dev/null 2>&1 && GOTOOLCHAIN=go1.27.3 go get codeberg.org/go-pdf/fpdf@v0.12.0 >/dev/null 2>&1 &&
  GOTOOLCHAIN=go1.27.3 go run . "$tmp/ft41-mistboezem.pdf")
cp "$tmp/ft41-mistboezem.pdf" "$dir/ft41/"
registry "$dir/ft41" ft41-mistboezem.pdf ft41-mistboezem "Fictieve Standaard Mistboezem (FT-41)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-41 drawn by a Go program with codeberg.org/go-pdf/fpdf (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft41")"
# FT-42: @pdfme/generator from npm, run by Node.js; the script writes the
# PDF beside itself.
(cd "$tmp" && cp "$dir/ft42/ft42-koraalrib.mjs" . && npm install --silent @pdfme/generator@6.1.13 @pdfme/schemas@6.1.13 @pdfme/common@6.1.13 >/dev/null &&
  node ft42-koraalrib.mjs >/dev/null)
cp "$tmp/ft42-koraalrib.pdf" "$dir/ft42/"
registry "$dir/ft42" ft42-koraalrib.pdf ft42-koraalrib "Fictieve Standaard Koraalrib (FT-42)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-42 generated by @pdfme/generator (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft42")"
# FT-43: PDFKit from npm, run by Node.js in the temporary folder.
(cd "$tmp" && cp "$dir/ft43/ft43-hoornvlek.js" . && npm install --silent pdfkit@0.20.2 >/dev/null &&
  node ft43-hoornvlek.js >/dev/null)
cp "$tmp/ft43-hoornvlek.pdf" "$dir/ft43/"
registry "$dir/ft43" ft43-hoornvlek.pdf ft43-hoornvlek "Fictieve Standaard Hoornvlek (FT-43)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-43, drawn by PDFKit (its table API) under Node.js (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft43")"
# FT-46: pdfLaTeX twice.
(cd "$tmp" && cp "$dir/ft46/ft46-muizenoor.tex" . && for _ in 1 2; do
  SOURCE_DATE_EPOCH=1779235200 FORCE_SOURCE_DATE=1 pdflatex -interaction=batchmode ft46-muizenoor.tex >/dev/null; done)
cp "$tmp/ft46-muizenoor.pdf" "$dir/ft46/"
registry "$dir/ft46" ft46-muizenoor.pdf ft46-muizenoor "Fictieve Standaard Muizenoor (FT-46)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-46 typeset by pdfLaTeX with a TikZ flowchart (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft46")"
# FT-47: Sphinx's LaTeX builder and latexmk.
(mkdir -p "$tmp/ft47" && cp -r "$dir/ft47/src" "$dir/ft47/make_grid.py" "$tmp/ft47/" && cd "$tmp/ft47" &&
  python3 make_grid.py && sphinx-build -q -b latex src src/_build/latex && make -s -C src/_build/latex >/dev/null)
cp "$tmp/ft47/src/_build/latex/"*.pdf "$dir/ft47/ft47-kalkwang.pdf"
registry "$dir/ft47" ft47-kalkwang.pdf ft47-kalkwang "Fictieve Standaard Kalkwang (FT-47)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-47, typeset by Sphinx through LaTeX (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft47")"

# FT-49: ConTeXt (its natural tables, split over pages).
(cd "$tmp" && cp "$dir/ft49/ft49-veldspaatkoorts.tex" . && context --batchmode ft49-veldspaatkoorts.tex >/dev/null)
cp "$tmp/ft49-veldspaatkoorts.pdf" "$dir/ft49/"
registry "$dir/ft49" ft49-veldspaatkoorts.pdf ft49-veldspaatkoorts "Fictieve Standaard Veldspaatkoorts (FT-49)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-49 typeset by ConTeXt (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft49")"
# FT-50: asciidoctor-pdf with its theme.
(cd "$dir/ft50" && SOURCE_DATE_EPOCH=1779235200 asciidoctor-pdf -a pdf-theme=ft50 -a pdf-themesdir=. \
  ft50-kiezelkoorts.adoc -o ft50-kiezelkoorts.pdf)
registry "$dir/ft50" ft50-kiezelkoorts.pdf ft50-kiezelkoorts "Fictieve Standaard Kiezelkoorts (FT-50)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-50 typeset by asciidoctor-pdf (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft50")"
# FT-51: a Java program drawing with Apache PDFBox 2 (Debian's libpdfbox2-java).
(mkdir -p "$tmp/ft51" && cd "$dir/ft51/src" &&
  cp=/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar &&
  javac -cp "$cp" -d "$tmp/ft51" GuidelinePdf.java &&
  java -cp "$tmp/ft51:$cp" GuidelinePdf egelkoorts.txt tables.txt ../ft51-egelkoorts.pdf)
registry "$dir/ft51" ft51-egelkoorts.pdf ft51-egelkoorts "Fictieve Standaard Egelkoorts (FT-51)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-51 drawn by Apache PDFBox 2 from a Java program (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft51")"
# FT-52, FT-53 and FT-54 are web pages written by hand, no PDF.
# FT-55: Typst, by its Node compiler from npm, a fixed date.
(mkdir -p "$tmp/ft55" && cp "$dir/ft55/ft55-brammelkoorts.typ" "$tmp/ft55/" && cd "$tmp/ft55" &&
  npm install --silent @myriaddreamin/typst-ts-node-compiler@0.7.0 >/dev/null &&
  node -e '
    const fs = require("fs");
    const { NodeCompiler } = require("@myriaddreamin/typst-ts-node-compiler");
    const c = NodeCompiler.create({ workspace: "." });
    fs.writeFileSync("ft55-brammelkoorts.pdf", c.pdf({ mainFileContent: fs.readFileSync("ft55-brammelkoorts.typ", "utf8") },
      { creationTimestamp: Math.floor(Date.UTC(2026, 4, 20) / 1000) }));')
cp "$tmp/ft55/ft55-brammelkoorts.pdf" "$dir/ft55/"
registry "$dir/ft55" ft55-brammelkoorts.pdf ft55-brammelkoorts "Fictieve Standaard Brammelkoorts (FT-55)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-55 typeset by Typst (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft55")"
# FT-56: a plain text in Latin-1 printed by GNU enscript, made a PDF by Ghostscript.
(mkdir -p "$tmp/ft56" && cp "$dir/ft56/src/"* "$tmp/ft56/" && cd "$tmp/ft56" &&
  python3 assemble.py rietpokken.txt && iconv -f UTF-8 -t LATIN1 rietpokken.txt > rietpokken.latin1.txt &&
  enscript -q -M A4 -f Courier9 -X latin1 --header='FT-56 Fictieve Standaard Rietpokken||Pagina $% van $=' \
    --header-font=Courier9 -o rietpokken.ps rietpokken.latin1.txt &&
  ps2pdf -sPAPERSIZE=a4 rietpokken.ps ft56-rietpokken.pdf)
cp "$tmp/ft56/ft56-rietpokken.pdf" "$dir/ft56/"
registry "$dir/ft56" ft56-rietpokken.pdf ft56-rietpokken "Fictieve Standaard Rietpokken (FT-56)" 2026-05-20 \
  "FICTIONAL held-out guideline FT-56, a plain text printed by GNU enscript and Ghostscript (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "$(remark "$dir/ft56")"

# FT-57: pdf-lib from npm, laid out by hand.
(mkdir -p "$tmp/ft57" && cp "$dir/ft57/src/generate.js" "$dir/ft57/src/package.json" "$tmp/ft57/" && cd "$tmp/ft57" &&
  npm install --silent >/dev/null && node generate.js)
cp "$tmp/ft57/ft57-kwartelhoest.pdf" "$dir/ft57/"
registry "$dir/ft57" ft57-kwartelhoest.pdf ft57-kwartelhoest "Fictieve Standaard Kwartelhoest (FT-57)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft57/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft57/sources.json")" \
  "$(remark "$dir/ft57")"
# FT-58: maroto v2 (Go), its module in ft58/src; it writes ../ft58-vlonderroos.pdf.
(cd "$dir/ft58/src" && go run .)
registry "$dir/ft58" ft58-vlonderroos.pdf ft58-vlonderroos "Fictieve Standaard Vlonderroos (FT-58)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft58/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft58/sources.json")" \
  "$(remark "$dir/ft58")"
# FT-59: html2ps with Dutch hyphenation (texlive-lang-european's hyph-nl), then Ghostscript.
(mkdir -p "$tmp/ft59" && cp "$dir/ft59/src/"* "$tmp/ft59/" && cd "$tmp/ft59" &&
  iconv -f UTF-8 -t ISO-8859-1 ft59-mergelziekte.utf8.html | sed 's/charset=utf-8/charset=iso-8859-1/' > ft59-mergelziekte.html &&
  html2ps -f ./ft59.html2psrc -l nl -H -e ISO-8859-1 -o ft59-mergelziekte.ps ft59-mergelziekte.html &&
  ps2pdf -sPAPERSIZE=a4 ft59-mergelziekte.ps ft59-mergelziekte.pdf)
cp "$tmp/ft59/ft59-mergelziekte.pdf" "$dir/ft59/"
registry "$dir/ft59" ft59-mergelziekte.pdf ft59-mergelziekte "Fictieve Standaard Mergelziekte (FT-59)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft59/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft59/sources.json")" \
  "$(remark "$dir/ft59")"
# FT-68: Lout, three passes for its cross references, then ps2pdf.
if command -v lout >/dev/null; then
  (mkdir -p "$tmp/ft68" && cd "$tmp/ft68" &&
    sed -e 's/≥/{@Sym greaterequal}/g' "$dir/ft68/src/heidekoorts.utf8.lout" | iconv -f UTF-8 -t LATIN1 > ft68-heidekoorts.lout &&
    for pass in 1 2 3; do lout ft68-heidekoorts.lout > ft68-heidekoorts.ps 2>/dev/null || [ "$pass" -lt 3 ]; done &&
    ps2pdf -sPAPERSIZE=a4 ft68-heidekoorts.ps ft68-heidekoorts.pdf)
  cp "$tmp/ft68/ft68-heidekoorts.pdf" "$dir/ft68/"
  registry "$dir/ft68" ft68-heidekoorts.pdf ft68-heidekoorts "Fictieve Standaard Heidekoorts (FT-68)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft68/sources.json")" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft68/sources.json")" \
    "$(remark "$dir/ft68")"
fi
# FT-69: cairo through PangoCairo, from Python.
(mkdir -p "$tmp/ft69" && cp "$dir/ft69/src/"*.py "$tmp/ft69/" && cd "$tmp/ft69" && python3 make_ft69.py ft69-moerasjeuk.pdf)
cp "$tmp/ft69/ft69-moerasjeuk.pdf" "$dir/ft69/"
registry "$dir/ft69" ft69-moerasjeuk.pdf ft69-moerasjeuk "Fictieve Standaard Moerasjeuk (FT-69)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft69/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft69/sources.json")" \
  "$(remark "$dir/ft69")"
# FT-70: docutils's HTML5 writer, in Dutch.
python3 -m docutils --writer=html5 --language=nl "$dir/ft70/src/ft70-slikpokken.rst" "$dir/ft70/ft70-slikpokken.html"
registry "$dir/ft70" ft70-slikpokken.html ft70-slikpokken "Fictieve Standaard Slikpokken (FT-70)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft70/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft70/sources.json")" \
  "$(remark "$dir/ft70")"
# FT-72: Texinfo by texi2pdf (pdfTeX), twice for its contents.
(mkdir -p "$tmp/ft72" && cp "$dir/ft72/src/ft72-rietroos.texi" "$tmp/ft72/" && cd "$tmp/ft72" && texi2pdf --batch -q ft72-rietroos.texi >/dev/null)
cp "$tmp/ft72/ft72-rietroos.pdf" "$dir/ft72/"
registry "$dir/ft72" ft72-rietroos.pdf ft72-rietroos "Fictieve Standaard Rietroos (FT-72)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft72/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft72/sources.json")" \
  "$(remark "$dir/ft72")"
# FT-73: iText 5 from Java (libitext5-java, default-jdk-headless).
if [ -f /usr/share/java/itext5.jar ] || [ -f /usr/share/java/itextpdf.jar ]; then
  (mkdir -p "$tmp/ft73" && cp "$dir/ft73/src/Zandjeuk.java" "$tmp/ft73/" && cd "$tmp/ft73" &&
    cp_="$(ls /usr/share/java/itext5*.jar /usr/share/java/itextpdf*.jar 2>/dev/null | head -1)" &&
    javac -cp "$cp_" Zandjeuk.java && java -cp "$cp_:." Zandjeuk ft73-zandjeuk.pdf)
  cp "$tmp/ft73/ft73-zandjeuk.pdf" "$dir/ft73/"
  registry "$dir/ft73" ft73-zandjeuk.pdf ft73-zandjeuk "Fictieve Standaard Zandjeuk (FT-73)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft73/sources.json")" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft73/sources.json")" \
    "$(remark "$dir/ft73")"
fi
# FT-74: docx.js writes the Word document, mammoth.js makes it a page.
(cd "$dir/ft74/src" && npm install --silent >/dev/null && node make-docx.js && node convert.js &&
  mv ft74-mossenuitslag.html .. && rm -f ft74-mossenuitslag.docx)
registry "$dir/ft74" ft74-mossenuitslag.html ft74-mossenuitslag "Fictieve Standaard Mossenuitslag (FT-74)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft74/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft74/sources.json")" \
  "$(remark "$dir/ft74")"
# FT-75: Notion's export, written by gen.py.
python3 "$dir/ft75/src/gen.py" "$dir/ft75/ft75-polderkramp.html"
registry "$dir/ft75" ft75-polderkramp.html ft75-polderkramp "Fictieve Standaard Polderkramp (FT-75)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft75/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft75/sources.json")" \
  "$(remark "$dir/ft75")"
# FT-76: jekyll build, the page from _site.
(rm -rf "$tmp/ft76" && cp -r "$dir/ft76/src" "$tmp/ft76" && cd "$tmp/ft76" && jekyll build --quiet &&
  cp _site/standaarden/2026/zilverhoest.html "$dir/ft76/ft76-zilverhoest.html")
registry "$dir/ft76" ft76-zilverhoest.html ft76-zilverhoest "Fictieve Standaard Zilverhoest (FT-76)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft76/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft76/sources.json")" \
  "$(remark "$dir/ft76")"
# FT-77: a scan made searchable by Tesseract; its noise is random, so it is
# made only when asked (FT77=1), not to change the committed file.
if [ -n "${FT77:-}" ]; then
  bash "$dir/ft77/src/build.sh" "$dir/ft77/ft77-polderhoest.pdf"
  registry "$dir/ft77" ft77-polderhoest.pdf ft77-polderhoest "Fictieve Standaard Polderhoest (FT-77)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft77/sources.json")" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft77/sources.json")" \
    "$(remark "$dir/ft77")"
fi
# FT-79: plain text written by make.py.
python3 "$dir/ft79/src/make.py" "$dir/ft79/ft79-klaverpokken.txt"
registry "$dir/ft79" ft79-klaverpokken.txt ft79-klaverpokken "Fictieve Standaard Klaverpokken (FT-79)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft79/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft79/sources.json")" \
  "$(remark "$dir/ft79")"
# FT-80: beamer slides by pdfLaTeX, twice for its navigation.
(mkdir -p "$tmp/ft80" && cp "$dir/ft80/src/ft80-klaverroos.tex" "$tmp/ft80/" && cd "$tmp/ft80" &&
  pdflatex -interaction=batchmode ft80-klaverroos.tex >/dev/null && pdflatex -interaction=batchmode ft80-klaverroos.tex >/dev/null)
cp "$tmp/ft80/ft80-klaverroos.pdf" "$dir/ft80/"
registry "$dir/ft80" ft80-klaverroos.pdf ft80-klaverroos "Fictieve Standaard Klaverroos (FT-80)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft80/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft80/sources.json")" \
  "$(remark "$dir/ft80")"
# FT-81: DocBook by dblatex.
(mkdir -p "$tmp/ft81" && cd "$tmp/ft81" && dblatex -q -o ft81-molenaarshoest.pdf "$dir/ft81/src/ft81-molenaarshoest.xml")
cp "$tmp/ft81/ft81-molenaarshoest.pdf" "$dir/ft81/"
registry "$dir/ft81" ft81-molenaarshoest.pdf ft81-molenaarshoest "Fictieve Standaard Molenaarshoest (FT-81)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft81/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft81/sources.json")" \
  "$(remark "$dir/ft81")"
# FT-82: a summary card, a flat ODF text converted by LibreOffice.
(mkdir -p "$tmp/ft82" && cd "$tmp/ft82" && python3 "$dir/ft82/src/make_card.py" ft82-reigerknie.fodt &&
  soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf ft82-reigerknie.fodt >/dev/null)
cp "$tmp/ft82/ft82-reigerknie.pdf" "$dir/ft82/"
registry "$dir/ft82" ft82-reigerknie.pdf ft82-reigerknie "Fictieve Standaard Reigerknie (FT-82)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft82/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft82/sources.json")" \
  "$(remark "$dir/ft82")"
# FT-83: an Outlook e-mail, written by its script.
python3 "$dir/ft83/src/make_outlook_html.py" "$dir/ft83/ft83-rietvlekziekte.html"
registry "$dir/ft83" ft83-rietvlekziekte.html ft83-rietvlekziekte "Fictieve Standaard Rietvlekziekte (FT-83)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft83/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft83/sources.json")" \
  "$(remark "$dir/ft83")"
# FT-86: a Calc workbook exported to PDF.
(mkdir -p "$tmp/ft86" && cd "$tmp/ft86" && python3 "$dir/ft86/src/make_fods.py" &&
  soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf ft86-ribbelhoest.fods >/dev/null)
cp "$tmp/ft86/ft86-ribbelhoest.pdf" "$dir/ft86/"
registry "$dir/ft86" ft86-ribbelhoest.pdf ft86-ribbelhoest "Fictieve Standaard Ribbelhoest (FT-86)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft86/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft86/sources.json")" \
  "$(remark "$dir/ft86")"
# FT-87: an HTML file printed by HTMLDOC; FT-88: laid out by a Perl program
# on PDF::API2; FT-89: a page rendered by Hugo; FT-90: a Joomla article
# assembled by its script.
sh "$dir/ft87/src/build.sh"
(cd "$dir/ft88/src" && perl rapportgen.pl bramenkeel.txt ../ft88-bramenkeel.pdf)
sh "$dir/ft89/src/build.sh"
python3 "$dir/ft90/src/build.py"
# FT-91: printed by Qt; FT-92: built by Sphinx; FT-93: a DokuWiki page
# written by its script; FT-94: Markdown through groff ms and pdfroff.
QT_QPA_PLATFORM=offscreen python3 "$dir/ft91/src/make_pdf.py" "$dir/ft91/ft91-distelhuid.pdf"
sh "$dir/ft92/src/build.sh"
python3 "$dir/ft93/src/render_dokuwiki.py" "$dir/ft93/ft93-kwastelroos.html"
sh "$dir/ft94/src/build.sh"
# FT-95: a reveal.js deck saved by Chromium; FT-96: LaTeXML; FT-97: a
# Pelican article; FT-98 is written by hand.
sh "$dir/ft95/src/build.sh"
sh "$dir/ft96/src/build.sh"
(cd "$dir/ft97/src" && pelican content -o "$tmp/ft97" -s pelicanconf.py -q && cp "$tmp/ft97/ft97-distelkorst.html" "$dir/ft97/")
# FT-99: asciidoc; FT-100: makeinfo; FT-101: grohtml; FT-102: LibreOffice's
# HTML export.
sh "$dir/ft99/src/build.sh"
sh "$dir/ft100/src/build.sh"
sh "$dir/ft101/src/make.sh"
TMPDIR="$tmp" sh "$dir/ft102/src/build.sh"
# FT-103: LaTeX through dvips and ps2pdf; FT-104: an ikiwiki page;
# FT-105: a notebook exported by nbconvert; FT-106: DocBook XSL.
sh "$dir/ft103/src/build.sh"
TMPDIR="$tmp" sh "$dir/ft104/src/build.sh"
sh "$dir/ft105/src/build.sh"
sh "$dir/ft106/src/build.sh"
# FT-107: a VitePress page; FT-108: a HonKit chapter; FT-109: Calligra
# Words; FT-110: an MJML e-mail (FT-107, FT-108 and FT-110 install their
# npm packages into their src/).
sh "$dir/ft107/src/build.sh"
sh "$dir/ft108/src/build.sh"
sh "$dir/ft109/src/build.sh"
sh "$dir/ft110/src/build.sh"
# FT-111: a Docsify page saved after loading; FT-112: Astro Starlight;
# FT-113: a Hexo post; FT-114: groff mom by gropdf.
sh "$dir/ft111/src/build.sh"
sh "$dir/ft112/src/build.sh"
sh "$dir/ft113/src/build.sh"
sh "$dir/ft114/src/build.sh"
# FT-115: an Eleventy page; FT-116: plain TeX; FT-117: Asciidoctor's HTML5;
# FT-118: rst2pdf (FT-115 installs its npm packages into its src/).
sh "$dir/ft115/src/build.sh"
sh "$dir/ft116/src/build.sh"
sh "$dir/ft117/src/build.sh"
sh "$dir/ft118/src/build.sh"
# FT-119: pandoc's HTML5; FT-120: an MkDocs page; FT-121: groff me by
# gropdf; FT-122: AbiWord's HTML export.
sh "$dir/ft119/src/build.sh"
sh "$dir/ft120/src/build.sh"
sh "$dir/ft121/src/build.sh"
sh "$dir/ft122/src/build.sh"
# FT-123: Halibut's PDF; FT-124: txt2tags's HTML; FT-125: Mallard by
# yelp-build; FT-126: a Gnumeric workbook's PDF.
sh "$dir/ft123/src/build.sh"
sh "$dir/ft124/src/build.sh"
sh "$dir/ft125/src/build.sh"
sh "$dir/ft126/src/build.sh"
# FT-127: LaTeX by HeVeA; FT-128: LaTeX by LaTeX2HTML; FT-129: Calligra
# Words' PDF (as FT-109); FT-130: a Zim wiki page.
sh "$dir/ft127/src/build.sh"
sh "$dir/ft128/src/build.sh"
sh "$dir/ft129/src/build.sh"
sh "$dir/ft130/src/build.sh"
# FT-131: POD by pod2html; FT-132: Markdown by lowdown; FT-133: mdoc by
# mandoc's PDF writer; FT-134: an SVG card exported by Inkscape.
sh "$dir/ft131/src/build.sh"
sh "$dir/ft132/src/build.sh"
sh "$dir/ft133/src/build.sh"
sh "$dir/ft134/src/build.sh"
# FT-135: plain text by a2ps and ps2pdf; FT-136: Textile by RedCloth;
# FT-137: R Markdown; FT-138: a LibreOffice Draw card.
sh "$dir/ft135/src/build.sh"
sh "$dir/ft136/src/build.sh"
sh "$dir/ft137/src/build.sh"
sh "$dir/ft138/src/build.sh"
# FT-139: pandoc's plain text; FT-140: w3m's text dump; FT-141:
# Python-Markdown; FT-142: cmark-gfm.
sh "$dir/ft139/src/build.sh"
sh "$dir/ft140/src/build.sh"
sh "$dir/ft141/src/build.sh"
sh "$dir/ft142/src/build.sh"
# FT-143: lynx's text dump; FT-144: paps 0.8.0 (built from its sources,
# PAPS names it); FT-145: Discount; FT-146: txt2html.
sh "$dir/ft143/src/build.sh"
PAPS=${PAPS:-paps} sh "$dir/ft144/src/build.sh"
sh "$dir/ft145/src/build.sh"
sh "$dir/ft146/src/build.sh"
# FT-147: ELinks's text dump; FT-148: html2text's Markdown; FT-149:
# xhtml2pdf; FT-150: MultiMarkdown (MMD_ROOT without the package).
sh "$dir/ft147/src/build.sh"
sh "$dir/ft148/src/build.sh"
sh "$dir/ft149/src/build.sh"
sh "$dir/ft150/src/build.sh"
# FT-151: Texinfo's plain text; FT-152: Org mode's plain text; FT-153:
# Sphinx's text builder; FT-154: SILE (built from its sources, SILE names
# it).
sh "$dir/ft151/src/build.sh"
sh "$dir/ft152/src/build.sh"
sh "$dir/ft153/src/build.sh"
sh "$dir/ft154/src/build.sh"
# FT-155: Links 2's text dump; FT-156: the C++ html2text's; FT-157:
# Showdown (npm).
sh "$dir/ft155/src/build.sh"
sh "$dir/ft156/src/build.sh"
sh "$dir/ft157/src/build.sh"
# FT-158: fpdf2 (its sources on PYTHONPATH).
sh "$dir/ft158/src/build.sh"
# FT-159: groff's plain text; FT-160: mammoth (npm) on a python-docx Word
# document; FT-161: unrtf; FT-162: pod2text.
sh "$dir/ft159/src/build.sh"
sh "$dir/ft160/src/build.sh"
sh "$dir/ft161/src/build.sh"
sh "$dir/ft162/src/build.sh"
# FT-163: antiword on a .doc LibreOffice saves; FT-164: docx2txt; FT-165:
# LibreOffice Writer's text export; FT-166: LyX (Debian lyx, pdfLaTeX).
sh "$dir/ft163/src/build.sh"
sh "$dir/ft164/src/build.sh"
sh "$dir/ft165/src/build.sh"
sh "$dir/ft166/src/build.sh"
# FT-167: turndown (npm); FT-168: vilistextum; FT-169: pdfLaTeX and
# pdftotext -layout; FT-170: pandoc on a python-docx Word document.
sh "$dir/ft167/src/build.sh"
sh "$dir/ft168/src/build.sh"
sh "$dir/ft169/src/build.sh"
sh "$dir/ft170/src/build.sh"
# FT-172: Prawn (Debian ruby-prawn, ruby-prawn-table); FT-173: html-to-text
# (npm); FT-174: gomarkdown (Go module proxy).
sh "$dir/ft172/src/build.sh"
sh "$dir/ft173/src/build.sh"
sh "$dir/ft174/src/build.sh"
# FT-175: catdoc on a .doc LibreOffice saves; FT-176: gopdf (Go module
# proxy); FT-177: Sphinx (Debian python3-sphinx); FT-178: PDF::Builder and
# PDF::Table (Debian libpdf-builder-perl, libpdf-table-perl).
sh "$dir/ft175/src/build.sh"
sh "$dir/ft176/src/build.sh"
sh "$dir/ft177/src/build.sh"
sh "$dir/ft178/src/build.sh"
# FT-179: odt2txt (Debian); FT-180: mistune (Debian python3-mistune);
# FT-181: LibreOffice's PDF through pdftocairo; FT-182: LibreOffice's XHTML.
sh "$dir/ft179/src/build.sh"
sh "$dir/ft180/src/build.sh"
sh "$dir/ft181/src/build.sh"
sh "$dir/ft182/src/build.sh"
# FT-183: libharu (Debian libhpdf-dev, a C program); FT-184: marked (npm);
# FT-185: html-to-markdown (Go module proxy); FT-186: groff's HTML (grohtml).
sh "$dir/ft183/src/build.sh"
sh "$dir/ft184/src/build.sh"
sh "$dir/ft185/src/build.sh"
sh "$dir/ft186/src/build.sh"
# FT-187: groff's text output (groff -Tutf8); FT-188: wvHtml (Debian wv) on a
# .doc LibreOffice saves; FT-189: goldmark (Go module proxy); FT-190:
# unified/remark (npm).
sh "$dir/ft187/src/build.sh"
sh "$dir/ft188/src/build.sh"
sh "$dir/ft189/src/build.sh"
sh "$dir/ft190/src/build.sh"
# FT-191: TiddlyWiki (npm); FT-192: latex and dvipdfmx (Debian texlive);
# FT-193: Redcarpet (Debian ruby-redcarpet); FT-194: micromark (npm).
sh "$dir/ft191/src/build.sh"
sh "$dir/ft192/src/build.sh"
sh "$dir/ft193/src/build.sh"
sh "$dir/ft194/src/build.sh"
# FT-197: LibreOffice's PDF as text by MuPDF (Debian mupdf-tools); FT-198:
# Hexo (npm).
sh "$dir/ft197/src/build.sh"
sh "$dir/ft198/src/build.sh"
# FT-199: Markdown.pl (Debian markdown); FT-200: remarkable (npm); FT-201:
# groff ms and tbl as text by pdftotext -raw (Debian poppler-utils);
# FT-202: python-markdown2 (Debian python3-markdown2).
sh "$dir/ft199/src/build.sh"
sh "$dir/ft200/src/build.sh"
sh "$dir/ft201/src/build.sh"
sh "$dir/ft202/src/build.sh"
# FT-203: dblatex (Debian dblatex); FT-204: LibreOffice's PDF as text by
# ps2ascii (Debian ghostscript); FT-205: ronn (Debian ronn); FT-206: RDoc
# (Debian ruby).
sh "$dir/ft203/src/build.sh"
sh "$dir/ft204/src/build.sh"
sh "$dir/ft205/src/build.sh"
sh "$dir/ft206/src/build.sh"
# FT-207: LibreOffice's PDF made a page by pdftohtml (Debian
# poppler-utils); FT-208: pdfLaTeX's PDF as text by pdf2txt (Debian
# python3-pdfminer); FT-209: groff's man macros (Debian groff); FT-210:
# commonmark.js (npm).
sh "$dir/ft207/src/build.sh"
sh "$dir/ft208/src/build.sh"
sh "$dir/ft209/src/build.sh"
sh "$dir/ft210/src/build.sh"
# FT-211: docutils' rst2html5 (Debian python3-docutils); FT-212: CUPS'
# texttopdf (Debian cups-filters); FT-213: LuaLaTeX with tabularray
# (Debian texlive-luatex, texlive-latex-extra, tex-gyre).
sh "$dir/ft211/src/build.sh"
sh "$dir/ft212/src/build.sh"
sh "$dir/ft213/src/build.sh"
# FT-214: LibreOffice Writer (Debian libreoffice-writer-nogui); FT-215:
# pandoc (Debian); FT-216: Asciidoctor (Debian); FT-217: pdfLaTeX with
# longtable (Debian texlive-latex-extra).
sh "$dir/ft214/src/build.sh"
sh "$dir/ft215/src/build.sh"
sh "$dir/ft216/src/build.sh"
sh "$dir/ft217/src/build.sh"
# FT-218: Chromium (Debian); FT-219: LibreOffice Writer's HTML export
# (Debian libreoffice-writer-nogui); FT-220: markdown-it (npm, installed
# outside the tree, see its build.sh).
sh "$dir/ft218/src/build.sh"
sh "$dir/ft219/src/build.sh"
sh "$dir/ft220/src/build.sh"
# FT-221: WeasyPrint (Debian weasyprint); FT-222: Chromium (Debian);
# FT-223: a hand-written page, its parts joined by cat.
sh "$dir/ft221/src/build.sh"
sh "$dir/ft222/src/build.sh"
sh "$dir/ft223/src/build.sh"
# FT-224: pdfLaTeX with TikZ and threeparttable (Debian texlive-latex-extra,
# texlive-pictures); FT-225: Hugo (Debian hugo); FT-226: python-docx
# (Debian python3-docx) and LibreOffice Writer (Debian
# libreoffice-writer-nogui).
sh "$dir/ft224/src/build.sh"
sh "$dir/ft225/src/build.sh"
sh "$dir/ft226/src/build.sh"
# FT-227: Chromium (Debian); FT-228: Python-Markdown (Debian
# python3-markdown); FT-229: LibreOffice Writer (Debian
# libreoffice-writer-nogui).
sh "$dir/ft227/src/build.sh"
sh "$dir/ft228/src/build.sh"
sh "$dir/ft229/src/build.sh"
# FT-230: LibreOffice Writer (Debian libreoffice-writer-nogui,
# fonts-liberation2); FT-231: pdfLaTeX (Debian texlive-latex-base,
# texlive-latex-recommended, texlive-latex-extra, texlive-lang-european);
# FT-232: a hand-written Markdown file, copied by cp.
sh "$dir/ft230/src/build.sh"
sh "$dir/ft231/src/build.sh"
sh "$dir/ft232/src/build.sh"
# FT-233: LibreOffice Writer (Debian libreoffice-writer-nogui); FT-234:
# headless Chromium with its print header and footer (Debian chromium);
# FT-235: groff's ms, tbl and eqn, then ps2pdf (Debian groff, ghostscript).
sh "$dir/ft233/src/build.sh"
sh "$dir/ft234/src/build.sh"
sh "$dir/ft235/src/build.sh"
# FT-236: pdfLaTeX with longtable and booktabs (Debian texlive-latex-base,
# texlive-latex-recommended, texlive-lang-european); FT-237 is a
# hand-written HTML page, its own source; FT-238: headless Chromium
# without its print header and footer (Debian chromium).
sh "$dir/ft236/src/build.sh"
sh "$dir/ft238/src/build.sh"
for f in ft87/ft87-sluiskramp.pdf:"Sluiskramp" ft88/ft88-bramenkeel.pdf:"Bramenkeel" ft89/ft89-heidekramp.html:"Heidekramp" ft90/ft90-helmgraskoorts.html:"Helmgraskoorts" \
  ft91/ft91-distelhuid.pdf:"Distelhuid" ft92/ft92-brakwaterenteritis.html:"Brakwaterenteritis" ft93/ft93-kwastelroos.html:"Kwastelroos" ft94/ft94-tramselkoorts.pdf:"Tramselkoorts" \
  ft95/ft95-wadvlekken.html:"Wadvlekken" ft96/ft96-kelderbuik.html:"Kelderbuik" ft97/ft97-distelkorst.html:"Distelkorst" ft98/ft98-hooibergjeuk.html:"Hooibergjeuk" \
  ft99/ft99-zoutmistkeel.html:"Zoutmistkeel" ft100/ft100-grintelkoorts.html:"Grintelkoorts" ft101/ft101-glimmerkoorts.html:"Glimmerkoorts" ft102/ft102-schilferkoorts.html:"Schilferkoorts" \
  ft103/ft103-schorrenkoorts.pdf:"Schorrenkoorts" ft104/ft104-kwakelziekte.html:"Kwakelziekte" ft105/ft105-brasemkoorts.html:"Brasemkoorts" ft106/ft106-dwingelose-lymfangitis.html:"Dwingelose lymfangitis" \
  ft107/ft107-merelkoorts.html:"Merelkoorts" ft108/ft108-veenrandkoorts.html:"Veenrandkoorts" ft109/ft109-kroosziekte.pdf:"Kroosziekte" ft110/ft110-gorsvlekkenziekte.html:"Gorsvlekkenziekte" \
  ft111/ft111-tureluurcystitis.html:"Tureluurcystitis" ft112/ft112-brinkse-gewrichtskoorts.html:"Brinkse gewrichtskoorts" ft113/ft113-bremkoorts.html:"Bremkoorts" ft114/ft114-dommelhoest.pdf:"Dommelhoest" \
  ft115/ft115-grienduitslag.html:"Grienduitslag" ft116/ft116-plooikoorts.pdf:"Plooikoorts" ft117/ft117-sliblongziekte.html:"Sliblongziekte" ft118/ft118-distelwangziekte.pdf:"Distelwangziekte" \
  ft119/ft119-raaigraskoorts.html:"Raaigraskoorts" ft120/ft120-helmkruidkoorts.html:"Helmkruidkoorts" ft121/ft121-wilgenroosjeuk.pdf:"Wilgenroosjeuk" ft122/ft122-pijlkruidkoorts.html:"Pijlkruidkoorts" \
  ft123/ft123-kwartelvlekziekte.pdf:"Kwartelvlekziekte" ft124/ft124-lisdoddehoest.html:"Lisdoddehoest" ft125/ft125-rietgorskoorts.html:"Rietgorskoorts" ft126/ft126-slootkantkoorts.pdf:"Slootkantkoorts" \
  ft127/ft127-zilverdraadneuritis.html:"Zilverdraadneuritis" ft128/ft128-ringmosselkoorts.html:"Ringmosselkoorts" ft129/ft129-taleritis.pdf:"Taleritis" ft130/ft130-morvelartritis.html:"Morvelartritis" \
  ft131/ft131-borvelkoorts.html:"Borvelkoorts" ft132/ft132-brenkelose.html:"Brenkelose" ft133/ft133-quendelitis.pdf:"Quendelitis" ft134/ft134-korsveldkoorts.pdf:"Korsveldkoorts" \
  ft135/ft135-lindeveldhoest.pdf:"Lindeveldhoest" ft136/ft136-kwelderhoest.html:"Kwelderhoest" ft137/ft137-hazelvlekziekte.html:"Hazelvlekziekte" ft138/ft138-hazelvlekziekte.pdf:"Hazelvlekziekte" \
  ft139/ft139-spreeuwenkoorts.txt:"Spreeuwenkoorts" ft140/ft140-duinvlaskoorts.txt:"Duinvlaskoorts" ft141/ft141-rietkraagbronchitis.html:"Rietkraagbronchitis" ft142/ft142-brammerloo.html:"Ziekte van Brammerloo" \
  ft143/ft143-kievitskeel.txt:"Kievitskeel" ft144/ft144-kievitshoest.pdf:"Kievitshoest" ft145/ft145-kokmeeuwkoorts.html:"Kokmeeuwkoorts" ft146/ft146-tjalkhoest.html:"Tjalkhoest" \
  ft147/ft147-wierdenkoorts.txt:"Wierdenkoorts" ft148/ft148-wulpenkoorts.md:"Wulpenkoorts" ft149/ft149-zwinkoorts.pdf:"Zwinkoorts" ft150/ft150-terpenhoest.html:"Terpenhoest" \
  ft151/ft151-slenkkoorts.txt:"Slenkkoorts" ft152/ft152-kwartelhoest.txt:"Kwartelhoest" ft153/ft153-slikkenkoorts.txt:"Slikkenkoorts" ft154/ft154-lepelaarkoorts.pdf:"Lepelaarkoorts" \
  ft155/ft155-drenkelhoest.txt:"Drenkelhoest" ft156/ft156-dodaarskoorts.txt:"Dodaarskoorts" ft157/ft157-grauwmoskoorts.html:"Grauwmoskoorts" \
  ft158/ft158-tichelkoorts.pdf:"Tichelkoorts" ft159/ft159-tondelkoorts.txt:"Tondelkoorts" ft160/ft160-gruttokoorts.html:"Gruttokoorts" ft161/ft161-zeggekoorts.html:"Zeggekoorts" \
  ft162/ft162-zompkoorts.txt:"Zompkoorts" ft163/ft163-veenkoorts.txt:"Veenkoorts" ft164/ft164-plevierkoorts.txt:"Plevierkoorts" ft165/ft165-hezelinkkoorts.txt:"Hezelinkkoorts" \
  ft166/ft166-kooikerskoorts.pdf:"Kooikerskoorts" ft167/ft167-kemphaankoorts.md:"Kemphaankoorts" ft168/ft168-schouwkoorts.txt:"Schouwkoorts" \
  ft169/ft169-grintelkoorts.txt:"Grintelkoorts" ft170/ft170-gerstelkoorts.md:"Gerstelkoorts" \
  ft172/ft172-rietkraagkoorts.pdf:"Rietkraagkoorts" ft173/ft173-veenmolkoorts.txt:"Veenmolkoorts" ft174/ft174-turfsteekkoorts.html:"Turfsteekkoorts" \
  ft175/ft175-slikwierkoorts.txt:"Slikwierkoorts" ft176/ft176-kwelderkoorts.pdf:"Kwelderkoorts" ft177/ft177-zeekraalkoorts.html:"Zeekraalkoorts" \
  ft178/ft178-kribbenkoorts.pdf:"Kribbenkoorts" ft179/ft179-mosselbankkoorts.txt:"Mosselbankkoorts" ft180/ft180-vlasrootkoorts.html:"Vlasrootkoorts" \
  ft181/ft181-krooshoutkoorts.pdf:"Krooshoutkoorts" ft182/ft182-krooskoorts.html:"Krooskoorts" \
  ft183/ft183-dotterbloemartritis.pdf:"Dotterbloemartritis" ft184/ft184-rietvoet.html:"Rietvoet" \
  ft185/ft185-dravelingkoorts.md:"Dravelingkoorts" ft186/ft186-spriethoest.html:"Spriethoest" \
  ft187/ft187-meidoornkoorts.txt:"Meidoornkoorts" ft188/ft188-turfschurft.html:"Turfschurft" \
  ft189/ft189-turfkramp.html:"Turfkramp" ft190/ft190-hoornbeekkoorts.html:"Hoornbeekkoorts" \
  ft191/ft191-biezenroos.html:"Biezenroos" ft192/ft192-schorremyalgie.pdf:"Schorremyalgie" \
  ft193/ft193-kreekkoorts.html:"Kreekkoorts" ft194/ft194-brakwaterkoorts.html:"Brakwaterkoorts" \
  ft197/ft197-klutenkoorts.txt:"Klutenkoorts" ft198/ft198-zwanenbloemkoorts.html:"Zwanenbloemkoorts" \
  ft199/ft199-rimpelhoest.html:"Rimpelhoest" ft200/ft200-kwelderhoest.html:"Kwelderhoest" \
  ft201/ft201-tinkelkoorts.txt:"Tinkelkoorts" ft202/ft202-slikrandkoorts.html:"Slikrandkoorts" \
  ft203/ft203-dauwkoorts.pdf:"Dauwkoorts" ft204/ft204-graskliskoorts.txt:"Graskliskoorts" \
  ft205/ft205-reigerroos.html:"Reigerroos" ft206/ft206-veenkoorts.html:"Veenkoorts" \
  ft207/ft207-tuitelkramp.html:"Tuitelkramp" ft208/ft208-zindervlekziekte.txt:"Zindervlekziekte" \
  ft209/ft209-gruttelhoest.pdf:"Gruttelhoest" ft210/ft210-schemerjeuk.html:"Schemerjeuk" \
  ft211/ft211-kwelderkoorts.html:"Kwelderkoorts" ft212/ft212-kwarrelhoest.pdf:"Kwarrelhoest" \
  ft213/ft213-grienkolder.pdf:"Grienkolder" ft214/ft214-venkelroos.pdf:"Venkelroos" \
  ft215/ft215-zandpiergriep.html:"Zandpiergriep" ft216/ft216-zilverblaarziekte.html:"Zilverblaarziekte" \
  ft217/ft217-grindkoorts.pdf:"Grindkoorts" ft218/ft218-duinhoest.pdf:"Duinhoest" \
  ft219/ft219-zilkeel.html:"Zilkeel" ft220/ft220-krakeelkoorts.html:"Krakeelkoorts" \
  ft221/ft221-mistelhoest.pdf:"Mistelhoest" ft222/ft222-zwiepkoorts.pdf:"Zwiepkoorts" \
  ft223/ft223-gortelziekte.html:"Gortelziekte" ft224/ft224-kwartelkoorts.pdf:"Kwartelkoorts" \
  ft225/ft225-draaiwangziekte.html:"Draaiwangziekte" ft226/ft226-sluierkoorts.pdf:"Sluierkoorts" \
  ft227/ft227-haverklierkoorts.pdf:"Haverklierkoorts" ft228/ft228-varenmijtkoorts.html:"Varenmijtkoorts" \
  ft229/ft229-hooiblaarziekte.pdf:"Hooiblaarziekte" ft230/ft230-lijsterbesuitslag.pdf:"Lijsterbesuitslag" \
  ft231/ft231-veenvlekziekte.pdf:"Veenvlekziekte" ft232/ft232-kwabaalkoorts.md:"Kwabaalkoorts" \
  ft233/ft233-kolmeritis.pdf:"Kolmeritis" ft234/ft234-morvelkoorts.pdf:"Morvelkoorts" \
  ft235/ft235-velumkoorts.pdf:"Velumkoorts" ft236/ft236-nevelblaas.pdf:"Nevelblaas" \
  ft237/ft237-keileemkoorts.html:"Keileemkoorts" ft238/ft238-tinteltong.pdf:"Tinteltong"; do
  path=${f%%:*} name=${f#*:} sub=${path%%/*} file=${path#*/}
  registry "$dir/$sub" "$file" "${file%.*}" "Fictieve Standaard $name (FT-${sub#ft})" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/$sub/sources.json")" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/$sub/sources.json")" \
    "$(remark "$dir/$sub")"
done
# FT-60, FT-61, FT-64 to FT-67, FT-71, FT-78, FT-84, FT-85, FT-89, FT-90, FT-92, FT-93, FT-95 to FT-102, FT-104 to FT-108, FT-110 to FT-113, FT-115, FT-117, FT-119, FT-120, FT-122, FT-124, FT-125, FT-127, FT-128, FT-130 to FT-132, FT-136, FT-137, FT-141, FT-142, FT-145, FT-146, FT-150, FT-157, FT-160, FT-161, FT-174, FT-177, FT-180, FT-182, FT-184, FT-186, FT-188 to FT-191, FT-193, FT-194, FT-198 to FT-200, FT-202, FT-205 to FT-207, FT-210, FT-211, FT-215, FT-216, FT-219 and FT-220 are web pages (FT-139, FT-140, FT-143, FT-147, FT-151 to FT-153, FT-155, FT-156, FT-159, FT-162, FT-163 to FT-165, FT-168, FT-169, FT-173, FT-175, FT-187, FT-197, FT-201, FT-204, FT-208 and FT-179 plain text, FT-148, FT-167, FT-170 and FT-185 Markdown), no PDF: FT-64's from its
# AsciiDoc by asciidoctor -a toc=left -a sectnums -a lang=nl, FT-66's
# from its Org file by emacs --batch FILE -f org-html-export-to-html,
# FT-67's from its LaTeX by make4ht -u FILE "html5,fn-in".
# FT-62: a flat OpenDocument presentation exported by LibreOffice Impress.
(mkdir -p "$tmp/ft62" && cp "$dir/ft62/src/ft62-duinschurft.fodp" "$tmp/ft62/" && cd "$tmp/ft62" &&
  soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf ft62-duinschurft.fodp >/dev/null)
cp "$tmp/ft62/ft62-duinschurft.pdf" "$dir/ft62/"
registry "$dir/ft62" ft62-duinschurft.pdf ft62-duinschurft "Fictieve Standaard Duinschurft (FT-62)" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sources"][0]["published"])' "$dir/ft62/sources.json")" \
  "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["about"])' "$dir/ft62/sources.json")" \
  "$(remark "$dir/ft62")"

# FT-09: pandoc with pdfLaTeX, a fixed date so that the same source makes
# the same file.
(cd "$dir/ft09" && SOURCE_DATE_EPOCH=1775001600 FORCE_SOURCE_DATE=1 \
  pandoc ft09-glasoog.md -o "$tmp/ft09-glasoog.pdf" --pdf-engine=pdflatex -V lang=nl)
cp "$tmp/ft09-glasoog.pdf" "$dir/ft09/"
registry "$dir/ft09" ft09-glasoog.pdf ft09-glasoog "Fictieve Standaard Glasoog (FT-09)" 2026-04-01 \
  "FICTIONAL held-out guideline FT-09 converted by pandoc with pdfLaTeX (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never changed for, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF from Markdown by pandoc and pdfLaTeX: a longtable whose header stands at the bottom of its header row, a drug name hyphenated in its cell."

# FT-11: WeasyPrint, a fixed date so that the same source makes the same
# file.
SOURCE_DATE_EPOCH=1780272000 weasyprint "$dir/ft11/ft11-klepperoor.html" "$dir/ft11/ft11-klepperoor.pdf"
registry "$dir/ft11" ft11-klepperoor.pdf ft11-klepperoor "Fictieve Standaard Klepperoor (FT-11)" 2026-06-01 \
  "FICTIONAL held-out guideline FT-11 typeset by WeasyPrint (scripts/gen-heldout-guideline.sh): tests only, never fitted on, never part of the corpus make run serves." \
  "FICTIONAL test guideline, not medical advice. NHG-like structure. PDF from a web page by WeasyPrint: running headers in the page margins, a two-column section, a footnote, and a bordered dose table with a grouped header and its caption below it, broken over two pages in the middle of a row."

# Two more prints of FT-07 and FT-09, for the extractor's table tests and
# the held-out ratchet (with their folders' registries): FT-07's web page
# converted by LibreOffice Writer/Web (no borders, rows set apart by
# padding) and FT-09's Markdown by pandoc to a Word document and LibreOffice
# Writer to PDF (a header whose upper lines leave the first column empty).
tables="$root/ingest/extract/testdata/tables"
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf \
  --outdir "$tmp" "$dir/ft07/ft07-zandbuik.html" >/dev/null
cp "$tmp/ft07-zandbuik.pdf" "$tables/libreoffice-html-ft07.pdf"
pandoc "$dir/ft09/ft09-glasoog.md" -o "$tmp/ft09-glasoog.docx"
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf:writer_pdf_Export \
  --outdir "$tmp" "$tmp/ft09-glasoog.docx" >/dev/null
cp "$tmp/ft09-glasoog.pdf" "$tables/libreoffice-docx-ft09.pdf"

# Web pages with default-styled tables (cells centred vertically, only
# horizontal rules): FT-08's and FT-09's Markdown made a page by pandoc,
# printed by Chromium, and FT-08's page converted by LibreOffice Writer/Web.
page() { # page MD TITLE OUT.html
  pandoc "$1" -s -o "$3" --metadata title="$2"
}
page "$dir/ft08/ft08-kriebelbeen.md" "Fictieve Standaard Kriebelbeen (FT-08)" "$tmp/ft08-kriebelbeen.html"
page "$dir/ft09/ft09-glasoog.md" "Fictieve Standaard Glasoog (FT-09)" "$tmp/ft09-glasoog.html"
print "$tmp/ft08-kriebelbeen.html" "$tables/chromium-pandoc-ft08.pdf"
print "$tmp/ft09-glasoog.html" "$tables/chromium-pandoc-ft09.pdf"
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf \
  --outdir "$tmp" "$tmp/ft08-kriebelbeen.html" >/dev/null
cp "$tmp/ft08-kriebelbeen.pdf" "$tables/libreoffice-html-ft08.pdf"
# and the dev guideline FT-03's page by LibreOffice Writer/Web: a score
# table without borders whose one-line cells are centred between the
# lines of the wrapped ones
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf \
  --outdir "$tmp" "$root/testdata/guidelines/ft03-pluimhoest.html" >/dev/null
cp "$tmp/ft03-pluimhoest.pdf" "$tables/libreoffice-html-ft03.pdf"

# FT-05's page and FT-06's LaTeX converted by pandoc to Word documents and
# by LibreOffice Writer to PDF: table columns narrower than a word.
pandoc "$dir/ft05-kwelderkoorts.html" -o "$tmp/ft05-kwelderkoorts.docx"
pandoc "$dir/ft06/ft06-dwarrelhoofdpijn.tex" -o "$tmp/ft06-dwarrelhoofdpijn.docx"
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf:writer_pdf_Export \
  --outdir "$tmp" "$tmp/ft05-kwelderkoorts.docx" "$tmp/ft06-dwarrelhoofdpijn.docx" >/dev/null
cp "$tmp/ft05-kwelderkoorts.pdf" "$tables/libreoffice-docx-ft05.pdf"
cp "$tmp/ft06-dwarrelhoofdpijn.pdf" "$tables/libreoffice-docx-ft06.pdf"
# And FT-07's and FT-11's pages and FT-10's LaTeX the same way: a header
# set at the bottom of its row over a table whose last first cell wraps
# ("≥ 40 kg en" over "volwassenen"); a grouped header pandoc writes as one
# paragraph a cell, set apart by paragraph spacing; a drug cell spanning
# three rows, broken over a page with a footnote between.
pandoc "$dir/ft07/ft07-zandbuik.html" -o "$tmp/ft07-zandbuik.docx"
pandoc "$dir/ft11/ft11-klepperoor.html" -o "$tmp/ft11-klepperoor.docx"
pandoc "$dir/ft10/ft10-fluitkeel.tex" -o "$tmp/ft10-fluitkeel.docx"
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf:writer_pdf_Export \
  --outdir "$tmp/docx" "$tmp/ft07-zandbuik.docx" "$tmp/ft11-klepperoor.docx" "$tmp/ft10-fluitkeel.docx" >/dev/null
cp "$tmp/docx/ft07-zandbuik.pdf" "$tables/libreoffice-docx-ft07.pdf"
cp "$tmp/docx/ft11-klepperoor.pdf" "$tables/libreoffice-docx-ft11.pdf"
cp "$tmp/docx/ft10-fluitkeel.pdf" "$tables/libreoffice-docx-ft10.pdf"
# FT-05's and FT-07's pages through pandoc's ms and groff (tbl): headers
# under a rule, neither bold nor free of numbers.
for page in ft05-kwelderkoorts.html ft07/ft07-zandbuik.html; do
  name=$(basename "$page" .html)
  pandoc "$dir/$page" -t ms -o "$tmp/$name.ms"
  groff -Kutf8 -t -ms -Tpdf -dpaper=a4 -P-pa4 "$tmp/$name.ms" > "$tables/groff-ms-${name%%-*}.pdf"
done

# FT-11's page converted by LibreOffice Writer/Web (a borderless dose
# table under a grouped header in bold that cell padding sets apart) and
# printed by Chromium; FT-08's Markdown by pandoc and pdfLaTeX.
soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf \
  --outdir "$tmp" "$dir/ft11/ft11-klepperoor.html" >/dev/null
cp "$tmp/ft11-klepperoor.pdf" "$tables/libreoffice-html-ft11.pdf"
print "$dir/ft11/ft11-klepperoor.html" "$tables/chromium-ft11.pdf"
pandoc "$dir/ft08/ft08-kriebelbeen.md" -o "$tables/pandoc-latex-ft08.pdf"

# FT-06's LaTeX and the dev guideline FT-04's Markdown through
# reStructuredText and rst2pdf (ReportLab, the PDF library of many Python
# programs): list bullets as Courier's code 0x7F, section headings in Times
# beside a Helvetica body of the same size, a ruled table broken over
# pages between whole rows, and FT-06's header alone at a page's foot.
pandoc "$dir/ft06/ft06-dwarrelhoofdpijn.tex" -t rst -s -o "$tmp/ft06-dwarrelhoofdpijn.rst"
rst2pdf "$tmp/ft06-dwarrelhoofdpijn.rst" -o "$tables/reportlab-ft06.pdf"
pandoc "$root/testdata/guidelines/ft04-sintelhuidziekte.md" -t rst -s -o "$tmp/ft04-sintelhuidziekte.rst"
rst2pdf "$tmp/ft04-sintelhuidziekte.rst" -o "$tables/reportlab-ft04.pdf"
# And FT-04's Markdown through DocBook, the DocBook XSL stylesheets and
# Apache FOP (XSL-FO): a caption alone at the foot of a page, its table on
# the next.
pandoc "$root/testdata/guidelines/ft04-sintelhuidziekte.md" -t docbook5 -s -o "$tmp/ft04-sintelhuidziekte.xml"
xsltproc --nonet -o "$tmp/ft04-sintelhuidziekte.fo" \
  /usr/share/xml/docbook/stylesheet/docbook-xsl/fo/docbook.xsl "$tmp/ft04-sintelhuidziekte.xml"
fop -fo "$tmp/ft04-sintelhuidziekte.fo" -pdf "$tables/fop-ft04.pdf" >/dev/null 2>&1
# FT-07's page through pandoc and XeLaTeX (DejaVu Serif): its tables are
# wider than the page, their last column cut at the page's edge.
pandoc "$dir/ft07/ft07-zandbuik.html" --pdf-engine=xelatex -V mainfont="DejaVu Serif" -o "$tables/xelatex-ft07.pdf"
# FT-04's Markdown through pandoc and XeLaTeX in its default font, Latin
# Modern, which has no "≥" (it prints nothing there, read as U+FFFD): a
# longtable without rules between its rows whose narrow cells TeX breaks
# with room to spare, a header set at the bottom of its row, repeated on
# the next page, and a caption set beside the heading before it.
SOURCE_DATE_EPOCH=1777593600 FORCE_SOURCE_DATE=1 \
  pandoc "$root/testdata/guidelines/ft04-sintelhuidziekte.md" --pdf-engine=xelatex -o "$tables/xelatex-ft04.pdf" 2>/dev/null
# FT-03's page the same way in DejaVu Serif: its dose table, wider than
# the page, sets saltrevol's name and its "geen aanpassing" half a line
# below its aerosol's row and above its inhaler's (the page's rowspan).
SOURCE_DATE_EPOCH=1777593600 FORCE_SOURCE_DATE=1 \
  pandoc "$root/testdata/guidelines/ft03-pluimhoest.html" --pdf-engine=xelatex -V mainfont="DejaVu Serif" -o "$tables/xelatex-ft03.pdf" 2>/dev/null
# FT-08's Markdown the same way: TeX breaks dopravine's "(capsule 75 mg)"
# and "eGFR 30–59: maximaal 1 dd 150 mg" in their narrow cells where no
# other cell of the row goes on (pdfCellOpen).
SOURCE_DATE_EPOCH=1777593600 FORCE_SOURCE_DATE=1 \
  pandoc "$dir/ft08/ft08-kriebelbeen.md" --pdf-engine=xelatex -V mainfont="DejaVu Serif" -o "$tables/xelatex-ft08.pdf" 2>/dev/null

# FT-05's, FT-07's and FT-11's pages printed by wkhtmltopdf (Qt's PDF
# writer, an engine none of the others uses): sentences broken over a page
# break, tables as the page draws them.
for page in ft05-kwelderkoorts.html ft07/ft07-zandbuik.html ft11/ft11-klepperoor.html; do
  name=$(basename "$page" .html)
  wkhtmltopdf -q --enable-local-file-access "$dir/$page" "$tables/wkhtmltopdf-${name%%-*}.pdf" 2>/dev/null
done
