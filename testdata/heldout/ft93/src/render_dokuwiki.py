#!/usr/bin/env python3
"""Hand-written emulation of DokuWiki 2024-02-06 "Kaos" (template "dokuwiki")
rendering the page richtlijnen:kwastelroos for an anonymous, read-only visitor.

Only the wiki syntax used in kwastelroos.txt / sidebar.txt is implemented, but
for that subset the output follows inc/parser/xhtml.php, inc/Parsing/Handler/Table.php,
inc/html.php (html_TOC, html_buildlist), inc/template.php and the wrap plugin
(syntax/div.php) of that release byte for byte as far as was checked by reading
the PHP source.  Section edit markers (<!-- EDIT{...} -->) are stripped as
html_secedit() does for users without edit permission; the sectionedit<N>
classes stay.
"""
import html
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGE_ID = "richtlijnen:kwastelroos"
TITLE = "Praktijkwiki De Linde"
TAGLINE = "Huisartsenpraktijk De Linde, Zwolle \u2013 interne werkafspraken"
LASTMOD = "2026/03/12 14:05"
EDITOR = "Marieke Dekker"
TSEED = "5b0d1c4e7a2f9e83d6c1a4b7e2f08c91"
BASE = "/"


def x(s):
    """Doku_Renderer_xhtml::_xmlEntities == htmlspecialchars(ENT_QUOTES, 'UTF-8')"""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#039;"))


def wl(id_, params=""):
    u = BASE + "doku.php?id=" + id_
    if params:
        u += "&amp;" + params
    return u


# ---------------------------------------------------------------- ids
def deaccent(s):
    out = []
    for ch in s:
        d = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in d if not unicodedata.combining(c))
        out.append(base if base.isascii() and base else ch)
    return "".join(out)


SPECIALS = set(' !"#$%&\'()*+,/;<=>?@[\\]^`{|}~\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00b0\u00b2\u00b3\u2265\u2264\u00d7')


def clean_id(raw):
    s = raw.strip().lower()
    s = s.replace(";", ":").replace("/", "_")
    s = deaccent(s)
    s = "".join("_" if (c in SPECIALS or ord(c) < 0x20) else c for c in s)
    s = re.sub(r"_+", "_", s)
    s = re.sub(r":+", ":", s)
    s = s.strip(":._-")
    return s


class Headers:
    def __init__(self):
        self.check = []

    def section_id(self, title):
        t = clean_id(title).replace(":", "").replace(".", "")
        new = t.lstrip("0123456789_-")
        t = new if new else "section" + re.sub(r"[^0-9]+", "", t)
        cand, n = t, 0
        while cand in self.check:
            n += 1
            cand = t + str(n)
        self.check.append(cand)
        return cand


# ---------------------------------------------------------------- inline
class Renderer:
    def __init__(self, headers=None):
        self.doc = ""
        self.footnotes = {}
        self.fnid = 0
        self.secid = 0
        self.toc = []
        self.headers = headers or Headers()
        self.section_open = False

    # inline syntax: **strong**, //em//, ((footnote)), \\ linebreak, [[id|name]]
    def inline(self, s):
        out = []
        i = 0
        while i < len(s):
            if s.startswith("**", i):
                j = s.index("**", i + 2)
                out.append("<strong>" + self.inline(s[i + 2:j]) + "</strong>")
                i = j + 2
            elif s.startswith("//", i):
                j = s.index("//", i + 2)
                out.append("<em>" + self.inline(s[i + 2:j]) + "</em>")
                i = j + 2
            elif s.startswith("((", i):
                j = s.index("))", i + 2)
                out.append(self.footnote(self.inline(s[i + 2:j])))
                i = j + 2
            elif s.startswith("\\\\ ", i):
                out.append("<br/>\n")
                i += 3
            elif s.startswith("[[", i):
                j = s.index("]]", i)
                target, _, name = s[i + 2:j].partition("|")
                tid = clean_id(target)
                out.append('<a href="%s" class="wikilink1" title="%s" data-wiki-id="%s">%s</a>'
                           % (wl(tid), tid, tid, x(name or target)))
                i = j + 2
            else:
                m = re.compile(r"\*\*|//|\(\(|\\\\ |\[\[").search(s, i)
                j = m.start() if m else len(s)
                out.append(x(s[i:j]))
                i = j
        return "".join(out)

    def footnote(self, content):
        self.fnid += 1
        fid = self.fnid
        if content in self.footnotes.values():
            first = [k for k, v in self.footnotes.items() if v == content][0]
            self.footnotes[fid] = "@@FNT%d" % first
        else:
            self.footnotes[fid] = content
        return '<sup><a href="#fn__%d" id="fnt__%d" class="fn_top">%d)</a></sup>' % (fid, fid, fid)

    # blocks
    def header(self, text, level):
        hid = self.headers.section_id(text)
        self.toc.append((hid, text, level))
        if self.section_open:
            self.doc += "\n</div>\n"  # section_close
        h = "\n<h%d" % level
        if level <= 3:
            self.secid += 1
            h += ' class="sectionedit%d"' % self.secid
        h += ' id="%s">%s</h%d>\n' % (hid, x(text), level)
        self.doc += h
        self.doc += '<div class="level%d">\n' % level  # section_open
        self.section_open = True

    def paragraph(self, lines):
        self.doc += "\n<p>\n" + self.inline("\n".join(lines)) + "\n</p>\n"

    def listblock(self, items, ordered):
        tag = "ol" if ordered else "ul"
        self.doc += "<%s>\n" % tag
        for it in items:
            self.doc += '<li class="level1"><div class="li">' + self.inline(it) + "</div>\n</li>\n"
        self.doc += "</%s>\n" % tag

    def wrap(self, spec, body_lines):
        toks = spec.split()
        classes, width = [], None
        for t in toks:
            if re.fullmatch(r"\d+(%|px|em|rem)", t):
                width = t
            else:
                classes.append("wrap_" + t)
        self.secid += 2  # plugin_wrap_start + plugin_wrap_end section edits
        attr = ' class="%s plugin_wrap"' % " ".join(classes)
        if width:
            attr += ' style="width: %s;"' % width
        self.doc += "<div%s>" % attr
        self.blocks(body_lines, nested=True)
        self.doc += "</div>"

    def table(self, rows_src):
        # parse rows into cells: (type, raw_text)
        rows = []
        for line in rows_src:
            cells = []
            pos = 0
            # split on | and ^ keeping delimiter type of the opening delimiter
            delims = [(m.start(), m.group()) for m in re.finditer(r"[|^]", line)]
            for k in range(len(delims) - 1):
                start, d = delims[k]
                end = delims[k + 1][0]
                cells.append(("th" if d == "^" else "td", line[start + 1:end]))
            rows.append(cells)
        # colspan: an empty cell (nothing between delimiters) adds to the previous cell
        grid = []
        for cells in rows:
            r = []
            for typ, raw in cells:
                if raw == "" and r:
                    r[-1]["colspan"] += 1
                    continue
                r.append({"typ": typ, "raw": raw, "colspan": 1, "rowspan": 1})
            grid.append(r)
        # rowspan ::: -> extend the cell above in the same logical column
        for ri, r in enumerate(grid):
            for ci, c in enumerate(r):
                if c["raw"].strip() == ":::":
                    for up in range(ri - 1, -1, -1):
                        cu = grid[up][ci]
                        if cu["raw"].strip() != ":::":
                            cu["rowspan"] += 1
                            break
                    c["skip"] = True
        thead_rows = 0
        for r in grid:
            th = sum(1 for c in r if c["typ"] == "th")
            td = sum(1 for c in r if c["typ"] == "td")
            if th and td <= 2 and 2 * td <= th:
                thead_rows += 1
            else:
                break
        self.secid += 1
        self.doc += '<div class="table sectionedit%d"><table class="inline">\n' % self.secid
        if thead_rows:
            self.doc += "\t<thead>\n"
        for ri, r in enumerate(grid):
            self.doc += '\t<tr class="row%d">\n\t\t' % ri
            col = 0
            for c in r:
                if c.get("skip"):
                    continue
                raw = c["raw"]
                lead = re.match(r"[ \t]*", raw).group()
                trail = re.search(r"[ \t]*$", raw).group()
                align = None
                if raw.strip() == "":
                    align = "left" if len(raw) >= 2 else None
                else:
                    if len(lead) >= 2:
                        align = "right"
                    if len(trail) >= 2:
                        align = "center" if align == "right" else "left"
                cls = "col%d" % col
                if align:
                    cls += " %salign" % align
                col += 1
                tag = c["typ"]
                self.doc += '<%s class="%s"' % (tag, cls)
                if c["colspan"] > 1:
                    col += c["colspan"] - 1
                    self.doc += ' colspan="%d"' % c["colspan"]
                if c["rowspan"] > 1:
                    self.doc += ' rowspan="%d"' % c["rowspan"]
                self.doc += ">" + self.inline(raw) + "</%s>" % tag
            self.doc += "\n\t</tr>\n"
            if thead_rows and ri + 1 == thead_rows:
                self.doc += "\t</thead>\n"
        self.doc += "</table></div>\n"

    def blocks(self, lines, nested=False):
        i = 0
        para = []

        def flush():
            nonlocal para
            if para:
                self.paragraph(para)
                para = []

        while i < len(lines):
            ln = lines[i]
            m = re.fullmatch(r"(={2,6})\s*(.*?)\s*={2,6}", ln)
            if m and not nested:
                flush()
                self.header(m.group(2), 7 - len(m.group(1)))
                i += 1
                continue
            if ln.startswith("<WRAP "):
                flush()
                spec = ln[6:-1]
                j = i + 1
                while lines[j] != "</WRAP>":
                    j += 1
                self.wrap(spec, lines[i + 1:j])
                i = j + 1
                continue
            if ln.startswith("  * ") or ln.startswith("  - "):
                flush()
                ordered = ln.startswith("  - ")
                items = []
                while i < len(lines) and (lines[i].startswith("  * ") or lines[i].startswith("  - ")):
                    items.append(lines[i][3:])
                    i += 1
                self.listblock(items, ordered)
                continue
            if ln.startswith("^") or ln.startswith("|"):
                flush()
                rows = []
                while i < len(lines) and (lines[i].startswith("^") or lines[i].startswith("|")):
                    rows.append(lines[i])
                    i += 1
                self.table(rows)
                continue
            if ln.strip() == "":
                flush()
                i += 1
                continue
            para.append(ln)
            i += 1
        flush()

    def render(self, text):
        self.blocks(text.split("\n"))
        if self.section_open:
            self.doc += "\n</div>\n"
        if self.footnotes:
            self.doc += '<div class="footnotes">\n'
            for fid, fn in self.footnotes.items():
                if fn.startswith("@@FNT"):
                    continue
                self.doc += '<div class="fn">'
                self.doc += '<sup><a href="#fnt__%d" id="fn__%d" class="fn_bot">%d)</a></sup> \n' % (fid, fid, fid)
                for ref, v in self.footnotes.items():
                    if v == "@@FNT%d" % fid:
                        self.doc += ', <sup><a href="#fnt__%d" id="fn__%d" class="fn_bot">%d)</a></sup> \n' % (ref, ref, ref)
                self.doc += '<div class="content">' + fn + "</div>"
                self.doc += "</div>\n"
            self.doc += "</div>\n"
        self.doc = re.sub(r"<p>\s*</p>", "", self.doc)
        return self.doc


def html_toc(toc, title="Inhoudsopgave"):
    # html_buildlist($toc, 'toc', 'html_list_toc', null, true)
    items = [{"hid": h, "title": t, "level": lv} for h, t, lv in toc]
    out = ""
    level = items[0]["level"]
    opened = 0
    for it in items:
        if it["level"] > level:
            for k in range(it["level"] - level):
                if k:
                    out += '<li class="clear">'
                out += '\n<ul class="toc">\n'
                opened += 1
            level = it["level"]
        elif it["level"] < level:
            out += "</li>\n"
            while level > it["level"] and opened > 0:
                out += "</ul>\n</li>\n"
                level -= 1
                opened -= 1
        elif out != "":
            out += "</li>\n"
        out += '<li class="level%d">' % it["level"]
        out += '<div class="li">'
        out += '<a href="#%s">%s</a>' % (it["hid"], html.escape(it["title"], quote=True).replace("&#x27;", "&#039;"))
        out += "</div>"
    out += "</li>\n"
    while opened > 0:
        out += "</ul></li>\n"
        opened -= 1
    out = '\n<ul class="toc">\n' + out + "</ul>\n"
    return ('<!-- TOC START -->\n<div id="dw__toc" class="dw__toc">\n<h3 class="toggle">%s</h3>\n<div>\n%s</div>\n</div>\n<!-- TOC END -->\n'
            % (title, out))


def svg(name):
    # a plain square in place of the template's icon (the page's icons are
    # images, no text)
    return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 3h18v18H3z"/></svg>'


def page():
    text = (HERE / "kwastelroos.txt").read_text()
    r = Renderer()
    content = r.render(text)
    toc = html_toc(r.toc)
    side = Renderer()
    sidebar = side.render((HERE / "sidebar.txt").read_text())

    def pagelink(id_, name):
        return '<bdi><a href="%s" class="wikilink1" title="%s" data-wiki-id="%s">%s</a></bdi>' % (wl(id_), id_, id_, name)

    youarehere = ('<span class="bchead">Je bent hier: </span><span class="home">%s</span> \u00bb %s \u00bb %s'
                  % (pagelink("start", "start"), pagelink("richtlijnen:start", "richtlijnen"),
                     pagelink(PAGE_ID, "kwastelroos")))
    crumbs = [("start", "start"), ("richtlijnen:start", "start"), ("richtlijnen:belroos", "belroos"),
              ("protocollen:telefonische_triage", "telefonische_triage"), (PAGE_ID, "kwastelroos")]
    trace = '<span class="bchead">Spoor:</span>'
    for n, (cid, name) in enumerate(crumbs, 1):
        trace += ' <span class="bcsep">\u2022</span> '
        a = '<bdi><a href="%s"  class="breadcrumbs" title="%s">%s</a></bdi>' % (wl(cid), cid, name)
        trace += ('<span class="curid">' + a + "</span>") if n == len(crumbs) else a

    login = ('<li class="action login"><a href="%s" title="Inloggen" rel="nofollow"><span>Inloggen</span>%s</a></li>'
             % (wl(PAGE_ID, "do=login&amp;sectok="), svg("login.svg")))
    sitetools = ('<li class="action recent"><a href="%s" title="Recente aanpassingen [r]" rel="nofollow" accesskey="r">Recente aanpassingen</a></li>'
                 '<li class="action media"><a href="%s" title="Mediabeheerder" rel="nofollow">Mediabeheerder</a></li>'
                 '<li class="action index"><a href="%s" title="Index [x]" rel="nofollow" accesskey="x">Index</a></li>'
                 % (wl(PAGE_ID, "do=recent"), wl(PAGE_ID, "do=media&amp;ns=richtlijnen"), wl(PAGE_ID, "do=index")))
    pagetools = ('<li class="source"><a href="%s" title="Toon bronpagina [v]" rel="nofollow" accesskey="v"><span>Toon bronpagina</span>%s</a></li>'
                 '<li class="revs"><a href="%s" title="Oude revisies [o]" rel="nofollow" accesskey="o"><span>Oude revisies</span>%s</a></li>'
                 '<li class="backlink"><a href="%s" title="Referenties" rel="nofollow"><span>Referenties</span>%s</a></li>'
                 '<li class="top"><a href="#dokuwiki__top" title="Terug naar boven [t]" rel="nofollow" accesskey="t"><span>Terug naar boven</span>%s</a></li>'
                 % (wl(PAGE_ID, "do=edit"), svg("05-source_file-xml.svg"),
                    wl(PAGE_ID, "do=revisions"), svg("07-revisions_history.svg"),
                    wl(PAGE_ID, "do=backlink"), svg("08-backlink_link-variant.svg"),
                    svg("10-top_arrow-up.svg")))
    mobile = ('<form action="/doku.php" method="get" accept-charset="utf-8"><div class="no"><input type="hidden" name="id" value="%s" />'
              '<select name="do" class="edit quickselect" title="Hulpmiddelen"><option value="">Hulpmiddelen</option>'
              '<optgroup label="Paginahulpmiddelen"><option value="edit">Toon bronpagina</option><option value="revisions">Oude revisies</option><option value="backlink">Referenties</option></optgroup>'
              '<optgroup label="Site-hulpmiddelen"><option value="recent">Recente aanpassingen</option><option value="media">Mediabeheerder</option><option value="index">Index</option></optgroup>'
              '<optgroup label="Gebruikershulpmiddelen"><option value="login">Inloggen</option></optgroup>'
              '</select><button type="submit">&gt;</button></div></form>' % PAGE_ID)
    search = ('<form action="/doku.php?id=start" method="get" role="search" class="search doku_form" id="dw__search" accept-charset="utf-8">'
              '<input type="hidden" name="do" value="search" /><input type="hidden" name="id" value="%s" />'
              '<div class="no"><input name="q" type="text" class="edit" title="[F]" accesskey="f" placeholder="Zoeken" autocomplete="on" id="qsearch__in" value="" />'
              '<button value="1" type="submit" title="Zoeken">Zoeken</button><div id="qsearch__out" class="ajax_qsearch JSpopup"></div></div></form>' % PAGE_ID)
    lic_url = "https://creativecommons.org/licenses/by-sa/4.0/deed.nl"
    lic_name = "CC Attribution-Share Alike 4.0 International"

    meta = "\n".join([
        '<meta name="generator" content="DokuWiki"/>',
        '<meta name="theme-color" content="#008800"/>',
        '<meta name="robots" content="index,follow"/>',
        '<meta name="keywords" content="richtlijnen,kwastelroos"/>',
        '<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="%s"/>' % TITLE,
        '<link rel="start" href="/"/>',
        '<link rel="contents" href="%s" title="Index"/>' % wl(PAGE_ID, "do=index"),
        '<link rel="manifest" href="/lib/exe/manifest.php"/>',
        '<link rel="alternate" type="application/rss+xml" title="Recente aanpassingen" href="/feed.php"/>',
        '<link rel="alternate" type="application/rss+xml" title="Huidige namespace" href="/feed.php?mode=list&amp;ns=richtlijnen"/>',
        '<link rel="alternate" type="text/html" title="Pure HTML" href="/doku.php?do=export_xhtml&amp;id=%s"/>' % PAGE_ID,
        '<link rel="alternate" type="text/plain" title="Wiki Markup" href="/doku.php?do=export_raw&amp;id=%s"/>' % PAGE_ID,
        '<link rel="canonical" href="https://wiki.praktijkdelinde.nl/doku.php?id=%s"/>' % PAGE_ID,
        '<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed=%s"/>' % TSEED,
        '<script >var NS=\'richtlijnen\';var JSINFO = {"plugins":{"wrap":{}},"id":"%s","namespace":"richtlijnen","ACT":"show","useHeadingNavigation":0,"useHeadingContent":0};</script>' % PAGE_ID,
        '<script src="/lib/exe/jquery.php?tseed=8faf3dc90234d51a499f4f428a0eae43" defer="defer"></script>',
        '<script src="/lib/exe/js.php?t=dokuwiki&amp;tseed=%s" defer="defer"></script>' % TSEED,
    ])

    out = f'''<!DOCTYPE html>
<html lang="nl" dir="ltr" class="no-js">
<head>
    <meta charset="utf-8" />
    <title>kwastelroos [{TITLE}]</title>
    <script>(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement)</script>
    {meta}
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <link rel="shortcut icon" href="/lib/tpl/dokuwiki/images/favicon.ico" />
<link rel="apple-touch-icon" href="/lib/tpl/dokuwiki/images/apple-touch-icon.png" />
    </head>

<body>
    <div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki    showSidebar hasSidebar">

        
<!-- ********** HEADER ********** -->
<header id="dokuwiki__header"><div class="pad group">

    
    <div class="headings group">
        <ul class="a11y skip">
            <li><a href="#dokuwiki__content">spring naar tekst</a></li>
        </ul>

        <h1 class="logo"><a href="/doku.php?id=start"  accesskey="h" title="Home [h]"><img src="/lib/tpl/dokuwiki/images/logo.png" width="64" height="64" alt="" /><span>{TITLE}</span></a></h1>
                    <p class="claim">{TAGLINE}</p>
            </div>

    <div class="tools group">
        <!-- USER TOOLS -->
                    <div id="dokuwiki__usertools">
                <h3 class="a11y">Gebruikershulpmiddelen</h3>
                <ul>
                    {login}                </ul>
            </div>
        
        <!-- SITE TOOLS -->
        <div id="dokuwiki__sitetools">
            <h3 class="a11y">Site-hulpmiddelen</h3>
            {search}            <div class="mobileTools">
                {mobile}            </div>
            <ul>
                {sitetools}            </ul>
        </div>

    </div>

    <!-- BREADCRUMBS -->
            <div class="breadcrumbs">
                            <div class="youarehere">{youarehere}</div>
                                        <div class="trace">{trace}</div>
                    </div>
    
    <hr class="a11y" />
</div></header><!-- /header -->

        <div class="wrapper group">

                            <!-- ********** ASIDE ********** -->
                <nav id="dokuwiki__aside" aria-label="Zijbalk"><div class="pad aside include group">
                    <h3 class="toggle">Zijbalk</h3>
                    <div class="content"><div class="group">
                                                                        {sidebar}
                                            </div></div>
                </div></nav><!-- /aside -->
            
            <!-- ********** CONTENT ********** -->
            <main id="dokuwiki__content"><div class="pad group">
                
                <div class="pageId"><span>{PAGE_ID}</span></div>

                <div class="page group">
                                                            <!-- wikipage start -->
                    {toc}{content}
                    <!-- wikipage stop -->
                                    </div>

                <div class="docInfo"><bdi>richtlijnen/kwastelroos.txt</bdi> · Laatst gewijzigd: {LASTMOD} door <bdi>{EDITOR}</bdi></div>

                
                <hr class="a11y" />
            </div></main><!-- /content -->

            <!-- PAGE ACTIONS -->
            <nav id="dokuwiki__pagetools" aria-labelledby="dokuwiki__pagetools__heading">
                <h3 class="a11y" id="dokuwiki__pagetools__heading">Paginahulpmiddelen</h3>
                <div class="tools">
                    <ul>
                        {pagetools}                    </ul>
                </div>
            </nav>
        </div><!-- /wrapper -->

        
<!-- ********** FOOTER ********** -->
<footer id="dokuwiki__footer"><div class="pad">
    <div class="license">Tenzij anders vermeld valt de inhoud van deze wiki onder de volgende licentie: <bdi><a href="{lic_url}" rel="license" class="urlextern">{lic_name}</a></bdi></div>
    <div class="buttons">
        <a href="{lic_url}" rel="license"><img src="/lib/images/license/button/cc-by-sa.png" alt="{lic_name}" /></a>        <a href="https://www.dokuwiki.org/donate" title="Donate" ><img
            src="/lib/tpl/dokuwiki/images/button-donate.gif" width="80" height="15" alt="Donate" /></a>
        <a href="https://php.net" title="Powered by PHP" ><img
            src="/lib/tpl/dokuwiki/images/button-php.gif" width="80" height="15" alt="Powered by PHP" /></a>
        <a href="//validator.w3.org/check/referer" title="Valid HTML5" ><img
            src="/lib/tpl/dokuwiki/images/button-html5.png" width="80" height="15" alt="Valid HTML5" /></a>
        <a href="//jigsaw.w3.org/css-validator/check/referer?profile=css3" title="Valid CSS" ><img
            src="/lib/tpl/dokuwiki/images/button-css.png" width="80" height="15" alt="Valid CSS" /></a>
        <a href="https://dokuwiki.org/" title="Driven by DokuWiki" ><img
            src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15"
            alt="Driven by DokuWiki" /></a>
    </div>

    </div></footer><!-- /footer -->
    </div></div><!-- /site -->

    <div class="no"><img src="/lib/exe/taskrunner.php?id=richtlijnen%3Akwastelroos&amp;1773320700" width="2" height="1" alt="" /></div>
    <div id="screen__mode" class="no"></div></body>
</html>
'''
    return out


if __name__ == "__main__":
    dst = Path(sys.argv[1])
    dst.write_text(page())
    print("wrote", dst)
