#!/usr/bin/env python3
"""Write the fictional guideline FT-165 (Hezelinkkoorts) as a flat OpenDocument
text file (.fodt), the way a Writer user would have it: real Heading 1/2/3 styles
with outline numbering, bullet and numbered lists, tables with a header row, a
drug-name cell spanning its rows, and footnotes (text:note).

Usage: make_fodt.py content.py OUTPUT.fodt
"""
import re
import sys
from xml.sax.saxutils import escape

NOTE_COUNTER = [0]


def inline(text):
    """Escape text; **bold** becomes a bold span, {{fn:...}} a footnote."""
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\{\{fn:(.+?)\}\}", text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append('<text:span text:style-name="Tbold">%s</text:span>' % escape(m.group(1)))
        else:
            NOTE_COUNTER[0] += 1
            n = NOTE_COUNTER[0]
            out.append(
                '<text:note text:id="ftn%d" text:note-class="footnote">'
                '<text:note-citation>%d</text:note-citation><text:note-body>'
                '<text:p text:style-name="Footnote">%s</text:p>'
                '</text:note-body></text:note>' % (n, n, escape(m.group(2))))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


body = []


def title(t):
    body.append('<text:p text:style-name="Title">%s</text:p>' % inline(t))


def subtitle(t):
    body.append('<text:p text:style-name="Subtitle">%s</text:p>' % inline(t))


def h(level, t):
    body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                % (level, level, inline(t)))


def p(t, style="Text_20_body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(t)))


def ul(items):
    body.append('<text:list text:style-name="LBullet">')
    for it in items:
        body.append('<text:list-item><text:p text:style-name="List_20_Bullet">%s</text:p></text:list-item>'
                    % inline(it))
    body.append('</text:list>')


def ol(items):
    body.append('<text:list text:style-name="LNumber">')
    for it in items:
        body.append('<text:list-item><text:p text:style-name="List_20_Number">%s</text:p></text:list-item>'
                    % inline(it))
    body.append('</text:list>')


TABLE_COUNTER = [0]


def table(caption, header, rows, widths):
    """rows: lists of cells; a cell may be a tuple (text, rowspan) or None
    for a cell covered by a row span above it."""
    TABLE_COUNTER[0] += 1
    name = "Tabel%d" % TABLE_COUNTER[0]
    p(caption, "Table_20_caption")
    body.append('<table:table table:name="%s" table:style-name="TblStyle">' % name)
    for i, w in enumerate(widths):
        body.append('<table:table-column table:style-name="%s.col%d"/>' % (name, i))
    body.append('<table:table-header-rows><table:table-row>')
    for c in header:
        body.append('<table:table-cell table:style-name="CellHead" office:value-type="string">'
                    '<text:p text:style-name="Table_20_Heading">%s</text:p></table:table-cell>' % inline(c))
    body.append('</table:table-row></table:table-header-rows>')
    for r in rows:
        body.append('<table:table-row>')
        for c in r:
            if c is None:
                body.append('<table:covered-table-cell/>')
                continue
            span = 1
            if isinstance(c, tuple):
                c, span = c
            attr = ' table:number-rows-spanned="%d"' % span if span > 1 else ''
            paras = "".join('<text:p text:style-name="Table_20_Contents">%s</text:p>' % inline(x)
                            for x in c.split("\n"))
            body.append('<table:table-cell table:style-name="CellBody" office:value-type="string"%s>%s'
                        '</table:table-cell>' % (attr, paras))
        body.append('</table:table-row>')
    body.append('</table:table>')
    col_styles = "".join(
        '<style:style style:name="%s.col%d" style:family="table-column">'
        '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (name, i, w)
        for i, w in enumerate(widths))
    TABLE_COLUMN_STYLES.append(col_styles)


TABLE_COLUMN_STYLES = []

# ---------------------------------------------------------------- content
exec(open(sys.argv[1]).read())  # content.py fills body via the helpers above

# ---------------------------------------------------------------- document
outline_levels = "".join(
    '<text:outline-level-style text:level="%d" style:num-format="1" text:display-levels="%d" style:num-suffix=" ">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.76cm" fo:margin-left="0.76cm"/>'
    '</style:list-level-properties></text:outline-level-style>' % (lvl, lvl)
    for lvl in (1, 2, 3))

DOC = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>Fictieve Standaard Hezelinkkoorts (FT-165)</dc:title>
 <meta:initial-creator>FT-165 testdocument</meta:initial-creator>
 <meta:creation-date>2026-05-15T09:00:00</meta:creation-date>
 <dc:date>2026-05-15T09:00:00</dc:date>
 <dc:language>nl-NL</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="nl" fo:country="NL"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
  <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="24pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="14pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
  <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text">
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
 <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="List" style:class="list"/>
 <style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph" style:parent-style-name="List" style:class="list"/>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-top="0.21cm" fo:margin-bottom="0.21cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Table_20_caption" style:display-name="Table caption" style:family="paragraph" style:parent-style-name="Caption" style:class="extra"/>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <text:outline-style style:name="Outline">%(outline)s</text:outline-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TblStyle" style:family="table">
  <style:table-properties style:width="17cm" table:align="margins"/>
 </style:style>
 <style:style style:name="CellHead" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#dddddd" fo:padding="0.05cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:style style:name="CellBody" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 %(colstyles)s
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="LNumber">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">FICTIEF testdocument FT-165 – Hezelinkkoorts – geen medisch advies</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body>
<office:text>
%(body)s
</office:text>
</office:body>
</office:document>
'''

with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(DOC.replace("%(outline)s", outline_levels)
            .replace("%(colstyles)s", "\n ".join(TABLE_COLUMN_STYLES))
            .replace("%(body)s", "\n".join(body)))
