#!/usr/bin/env python3
"""Generate ft83-rietvlekziekte.html as Microsoft Outlook (Word 15 HTML editor)
writes a forwarded HTML e-mail saved as .html (windows-1252, filtered medium)."""
import re, html, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "ft83-rietvlekziekte.html"

FTN = []  # footnote texts


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fnref(n):
    return ("<a style='mso-footnote-id:ftn%d' href=\"#_ftn%d\" name=\"_ftnref%d\" title=\"\">"
            "<span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
            "<![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=NL "
            "style='font-size:11.0pt;font-family:\"Calibri\",sans-serif;mso-fareast-language:EN-US'>[%d]"
            "</span></span><![endif]></span></span></a>") % (n, n, n, n)


UNITS = r"(mg|g|ml|dd|dagen|dag|jaar|kg|uur|weken|week|maanden|cm|%|°C|mg/kg/dag|mg/ml|mg/dag|mg/kg)"


def fmt(s):
    """mini markup -> Word HTML inline: **b**, [^n] footnote, nbsp between number and unit."""
    s = esc(s)
    s = re.sub(r"(\d) " + UNITS + r"(?=[\s.,;:)]|$)", lambda m: m.group(1) + "&nbsp;" + m.group(2), s)
    s = s.replace("≥ ", "≥&nbsp;").replace("&lt; ", "&lt;&nbsp;")
    s = s.replace(".  ", ".&nbsp; ")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\[\^(\d+)\]", lambda m: fnref(int(m.group(1))), s)
    return s


def P(s, extra=""):
    return "<p class=MsoNormal%s><span lang=NL>%s<o:p></o:p></span></p>\n" % (extra, fmt(s))


def EMPTY():
    return "<p class=MsoNormal><span lang=NL><o:p>&nbsp;</o:p></span></p>\n"


def H1(s):
    return ("<p class=MsoNormal><b><span lang=NL style='font-size:14.0pt;color:#1F3864'>%s<o:p></o:p>"
            "</span></b></p>\n") % fmt(s)


def H2(s):
    return ("<p class=MsoNormal><b><span lang=NL style='font-size:12.0pt'>%s<o:p></o:p></span></b></p>\n") % fmt(s)


def H3(s):
    return ("<p class=MsoNormal><b><i><span lang=NL>%s<o:p></o:p></span></i></b></p>\n") % fmt(s)


def BUL(items, l, lfo, level=1):
    out = []
    for it in items:
        if isinstance(it, tuple):  # (text, level)
            it, lev = it
        else:
            lev = level
        if lev == 1:
            mark = ("<span lang=NL style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7"
                    "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                    "</span></span></span>")
            ml = "36.0pt"
        else:
            mark = ("<span lang=NL style='font-family:\"Courier New\"'><span style='mso-list:Ignore'>o"
                    "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span>")
            ml = "72.0pt"
        out.append("<p class=MsoListParagraph style='margin-left:%s;text-indent:-18.0pt;mso-list:l%d level%d lfo%d'>"
                   "<![if !supportLists]>%s<![endif]><span lang=NL>%s<o:p></o:p></span></p>\n"
                   % (ml, l, lev, lfo, mark, fmt(it)))
    return "".join(out)


def NUM(items, l, lfo):
    out = []
    for i, it in enumerate(items, 1):
        mark = ("<span lang=NL><span style='mso-list:Ignore'>%d.<span style='font:7.0pt \"Times New Roman\"'>"
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>") % i
        out.append("<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l%d level1 lfo%d'>"
                   "<![if !supportLists]>%s<![endif]><span lang=NL>%s<o:p></o:p></span></p>\n"
                   % (l, lfo, mark, fmt(it)))
    return "".join(out)


TDSTYLE_FIRSTROW = ("border:solid windowtext 1.0pt;border-left:none;mso-border-left-alt:solid windowtext .5pt;"
                    "mso-border-alt:solid windowtext .5pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt")
TDSTYLE = ("border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;"
           "mso-border-top-alt:solid windowtext .5pt;mso-border-left-alt:solid windowtext .5pt;"
           "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt")
TDSTYLE_LEFT = ("border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;"
                "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt")
WIDTHS = [(95, "2.5cm"), (132, "3.5cm"), (132, "3.5cm"), (66, "1.75cm"), (180, "4.75cm")]


def cellparas(txt, bold=False, size="10.0pt"):
    if txt == "":
        return "<p class=MsoNormal><span lang=NL style='font-size:%s'><o:p>&nbsp;</o:p></span></p>" % size
    ps = []
    for part in txt.split("\n"):
        t = fmt(part)
        if bold:
            t = "<b>" + t + "</b>"
        ps.append("<p class=MsoNormal><span lang=NL style='font-size:%s'>%s<o:p></o:p></span></p>" % (size, t))
    return "\n".join(ps)


def dose_table(rows):
    """rows: list of list of cells; a cell is (text, colidx, rowspan, colspan). header is rows[0]."""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
           "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"]
    n = len(rows)
    for ri, row in enumerate(rows):
        attrs = "mso-yfti-irow:%d" % ri
        if ri == 0:
            attrs += ";mso-yfti-firstrow:yes"
        if ri == n - 1:
            attrs += ";mso-yfti-lastrow:yes"
        out.append(" <tr style='%s'>\n" % attrs)
        for (txt, col, rs, cs) in row:
            w = sum(WIDTHS[c][0] for c in range(col, col + cs))
            wcm = "%.2fcm" % sum(float(WIDTHS[c][1][:-2]) for c in range(col, col + cs))
            if ri == 0:
                st = TDSTYLE_LEFT.replace("border-top:none;mso-border-top-alt:solid windowtext .5pt;", "") + ";background:#D9E2F3" if col == 0 else TDSTYLE_FIRSTROW
            else:
                st = TDSTYLE_LEFT if col == 0 else TDSTYLE
            span = ""
            if rs > 1:
                span += " rowspan=%d" % rs
            if cs > 1:
                span += " colspan=%d" % cs
            out.append("  <td width=%d%s valign=top style='width:%s;%s'>\n  %s\n  </td>\n"
                       % (w, span, wcm, st, cellparas(txt, bold=(ri == 0 or (col == 0)))))
        out.append(" </tr>\n")
    # Word's misaligned-columns helper row
    out.append(" <![if !supportMisalignedColumns]>\n <tr height=0>\n")
    for w, _ in WIDTHS:
        out.append("  <td width=%d style='border:none'></td>\n" % w)
    out.append(" </tr>\n <![endif]>\n</table>\n")
    return "".join(out)


def score_table(rows):
    out = ["<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
           "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"]
    for ri, (a, b, c) in enumerate(rows):
        out.append(" <tr style='mso-yfti-irow:%d%s'>\n" % (ri, ";mso-yfti-firstrow:yes" if ri == 0 else (";mso-yfti-lastrow:yes" if ri == len(rows) - 1 else "")))
        for txt, w in ((a, 28), (b, 340), (c, 57)):
            bold = ri == 0 or a == "" and b.startswith("Totaal")
            out.append("  <td width=%d valign=top style='width:%.1fpt;padding:0cm 5.4pt 0cm 5.4pt'>\n  %s\n  </td>\n"
                       % (w, w * 0.75, cellparas(txt, bold=bold, size="11.0pt")))
        out.append(" </tr>\n")
    out.append("</table>\n")
    return "".join(out)


# ---------------------------------------------------------------- head / style
FONTS = [("Cambria Math", "2 4 5 3 5 4 6 3 2 4"), ("Calibri", "2 15 5 2 2 2 4 3 2 4"),
         ("Calibri Light", "2 15 3 2 2 2 4 3 2 4"), ("Segoe UI", "2 11 5 2 4 2 4 2 2 3"),
         ("Verdana", "2 11 6 4 3 5 4 4 2 4"), ("Tahoma", "2 11 6 4 3 5 4 4 2 4"),
         ("Aptos", "2 11 0 4 2 2 2 2 2 4")]

style = ["<style><!--\n/* Font Definitions */\n"]
style.append("@font-face\n\t{font-family:Symbol;\n\tpanose-1:5 5 1 2 1 7 6 2 5 7;}\n")
style.append("@font-face\n\t{font-family:Wingdings;\n\tpanose-1:5 0 0 0 0 0 0 0 0 0;}\n")
for f, p in FONTS:
    style.append("@font-face\n\t{font-family:\"%s\";\n\tpanose-1:%s;}\n" % (f, p))
style.append("""/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
h1
\t{mso-style-priority:9;
\tmso-style-link:"Kop 1 Char";
\tmargin-top:12.0pt;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:0cm;
\tpage-break-after:avoid;
\tfont-size:16.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#2F5496;
\tfont-weight:normal;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
\t{mso-style-priority:99;
\tmso-style-link:"Voetnoottekst Char";
\tmargin:0cm;
\tfont-size:10.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
p.MsoCaption, li.MsoCaption, div.MsoCaption
\t{mso-style-priority:35;
\tmso-style-next:Standaard;
\tmargin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:10.0pt;
\tmargin-left:0cm;
\tfont-size:9.0pt;
\tfont-family:"Calibri",sans-serif;
\tcolor:#44546A;
\tmso-fareast-language:EN-US;
\tfont-style:italic;}
span.MsoFootnoteReference
\t{mso-style-priority:99;
\tvertical-align:super;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
a:visited, span.MsoHyperlinkFollowed
\t{mso-style-priority:99;
\tcolor:#954F72;
\ttext-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
\t{mso-style-priority:34;
\tmargin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
p.msonormal0, li.msonormal0, div.msonormal0
\t{mso-style-name:msonormal;
\tmso-margin-top-alt:auto;
\tmargin-right:0cm;
\tmso-margin-bottom-alt:auto;
\tmargin-left:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
span.Kop1Char
\t{mso-style-name:"Kop 1 Char";
\tmso-style-priority:9;
\tmso-style-link:"Kop 1";
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#2F5496;}
span.VoetnoottekstChar
\t{mso-style-name:"Voetnoottekst Char";
\tmso-style-priority:99;
\tmso-style-link:Voetnoottekst;
\tfont-family:"Calibri",sans-serif;}
span.EmailStyle17
\t{mso-style-type:personal;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
span.EmailStyle18
\t{mso-style-type:personal-reply;
\tfont-family:"Calibri",sans-serif;
\tcolor:#1F497D;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
\t{page:WordSection1;}
/* List Definitions */
""")
LIST_IDS = [1143766421, 248017094, 1887136250, 602079153, 1520073987, 993488812, 75187260, 1745902278, 310662415, 1266054993]
for li, lid in enumerate(LIST_IDS):
    numbered = li in (3, 7)
    style.append("@list l%d\n\t{mso-list-id:%d;\n\tmso-list-type:hybrid;\n\tmso-list-template-ids:%d %d %d %d %d %d %d %d %d %d;}\n"
                 % (li, lid, lid * 3 % 2147483647, 68354049, 68354051, 68354053, 68354049, 68354051, 68354053, 68354049, 68354051, 68354053))
    for lev in range(1, 10):
        ind = 36 * lev
        if numbered and lev == 1:
            style.append("@list l%d:level%d\n\t{mso-level-tab-stop:none;\n\tmso-level-number-position:left;\n\tmargin-left:%.1fpt;\n\ttext-indent:-18.0pt;}\n" % (li, lev, ind))
            continue
        sym = {1: ("\\F0B7", "Symbol"), 2: ("o", "\"Courier New\""), 0: ("\\F0A7", "Wingdings")}[lev % 3 if lev % 3 else 0] if lev > 1 else ("\\F0B7", "Symbol")
        style.append("@list l%d:level%d\n\t{mso-level-number-format:bullet;\n\tmso-level-text:%s;\n\tmso-level-tab-stop:none;\n"
                     "\tmso-level-number-position:left;\n\tmargin-left:%.1fpt;\n\ttext-indent:-18.0pt;\n\tfont-family:%s;}\n"
                     % (li, lev, sym[0], ind, sym[1]))
style.append("""ol
\t{margin-bottom:0cm;}
ul
\t{margin-bottom:0cm;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
""")

HEAD = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\">"
        "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\n"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}\no\\:* {behavior:url(#default#VML);}\n"
        "w\\:* {behavior:url(#default#VML);}\n.shape {behavior:url(#default#VML);}\n</style><![endif]-->"
        + "".join(style) + "</head>\n"
        "<body lang=NL link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n"
        "<div class=WordSection1>\n")

# ---------------------------------------------------------------- body
B = []
a = B.append
# forwarder's note (EmailStyle18 colour)
a("<p class=MsoNormal><span style='color:#1F497D;mso-fareast-language:NL'>Beste collega&#8217;s,<o:p></o:p></span></p>\n")
a("<p class=MsoNormal><span style='color:#1F497D;mso-fareast-language:NL'><o:p>&nbsp;</o:p></span></p>\n")
a("<p class=MsoNormal><span style='color:#1F497D;mso-fareast-language:NL'>Hieronder het nieuwe protocol rietvlekziekte "
  "van de co&#246;peratie. Graag lezen v&#243;&#243;r het werkoverleg van donderdag; de doseringstabel hangen we ook "
  "op in de spreekkamers.&nbsp; Vragen kunnen naar mij.<o:p></o:p></span></p>\n")
a("<p class=MsoNormal><span style='color:#1F497D;mso-fareast-language:NL'><o:p>&nbsp;</o:p></span></p>\n")
a("<p class=MsoNormal><span style='color:#1F497D;mso-fareast-language:NL'>Groet,<o:p></o:p></span></p>\n")
a("<p class=MsoNormal><b><span style='color:#1F497D;mso-fareast-language:NL'>Marijke Tjalkema<o:p></o:p></span></b></p>\n")
a("<p class=MsoNormal><span style='font-size:9.0pt;color:#1F497D;mso-fareast-language:NL'>Praktijkmanager | "
  "Huisartsenpraktijk De Wilgenhof<o:p></o:p></span></p>\n")
a("<p class=MsoNormal><span style='color:#1F497D;mso-fareast-language:NL'><o:p>&nbsp;</o:p></span></p>\n")
a("<div>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n")
a("<p class=MsoNormal><a name=\"_MailOriginal\"><b><span lang=NL style='mso-fareast-language:NL'>Van:</span></b>"
  "<span lang=NL style='mso-fareast-language:NL'> Kennis &amp; Kwaliteit | Huisartsencoöperatie Kreekland "
  "&lt;kwaliteit@hc-kreekland.example&gt; <br>\n<b>Verzonden:</b> dinsdag 10 maart 2026 16:41<br>\n"
  "<b>Aan:</b> Praktijken Kreekland &lt;praktijken@hc-kreekland.example&gt;<br>\n"
  "<b>CC:</b> Regiokader HAGRO-voorzitters &lt;hagro@hc-kreekland.example&gt;<br>\n"
  "<b>Onderwerp:</b> Protocol: Fictieve Standaard Rietvlekziekte (FT-83) – versie maart 2026<o:p></o:p></span></a></p>\n"
  "</div>\n</div>\n")
a("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
a(P("Geachte collega&#8217;s,".replace("&#8217;", "’")))
a(EMPTY())
a(P("Hierbij ontvangt u het regionale protocol voor rietvlekziekte, vastgesteld door de kwaliteitscommissie van "
    "Huisartsencoöperatie Kreekland op 3 maart 2026. Het vervangt de werkafspraak uit 2023.  Het protocol staat ook "
    "op het intranet; bij verschillen geldt deze versie."))
a(EMPTY())
a(H1("Fictieve Standaard Rietvlekziekte (FT-83)"))
a(P("Regionaal protocol Huisartsencoöperatie Kreekland – versie 1.0, maart 2026. FICTIEF testdocument, geen medisch advies.",
    " style='font-size:9.0pt'".replace("font-size:9.0pt", "") if False else ""))
a(EMPTY())

a(H2("Kernboodschappen"))
a(BUL([
    "Denk aan rietvlekziekte bij ringvormige rode vlekken met koorts binnen 2 tot 10 dagen na contact met oppervlaktewater in rietland of moeras.",
    "Bepaal bij iedere patiënt de RIVLA-score (0–6 punten); het beleid hangt af van de score.",
    "Bij een RIVLA-score van 0–1 zijn antibiotica niet zinvol; volstaan met voorlichting en zo nodig ostrafen-crème.",
    "Brastocine is het middel van eerste keus bij een RIVLA-score ≥ 2; lenvorazol is het alternatief en het middel van eerste keus in de zwangerschap.",
    "Brastocine is gecontra-indiceerd in de zwangerschap.",
    "Voeg bij een RIVLA-score ≥ 4 tiprexamide toe en beoordeel de patiënt opnieuw binnen 48 uur.",
], 0, 1))
a(EMPTY())

a(H2("Achtergronden"))
a(H3("Begrippen"))
a(P("**Rietvlekziekte** is een acute, meestal zelflimiterende huidinfectie met systemische verschijnselen, veroorzaakt door "
    "de (fictieve) bacterie Arundovibrio palustris. De ziekte kenmerkt zich door één of meer ringvormige, rode vlekken "
    "met een bleek centrum, jeuk en koorts.[^1]"))
a(P("**Recidief**: opnieuw optreden van rietvlekziekte meer dan 4 weken na het einde van een eerdere episode."))
a(EMPTY())
a(H3("Epidemiologie"))
a(P("De incidentie in de huisartsenpraktijk bedraagt in de regio Kreekland ongeveer 1,8 per 1000 patiënten per jaar, "
    "met een piek in de maanden juli tot en met september. Waterrecreanten, rietsnijders en kinderen die in sloten "
    "spelen lopen het meeste risico. De incubatietijd is 2 tot 10 dagen."))
a(EMPTY())
a(H3("Beloop"))
a(P("Zonder behandeling herstelt circa 80% van de patiënten binnen 3 weken. Bij ongeveer 4% ontstaat een "
    "rietvlekartritis van een of meer grote gewrichten, meestal 2 tot 4 weken na het begin van de huidafwijkingen.[^2] "
    "Een recidief komt bij ongeveer 10% van de patiënten voor."))
a(EMPTY())

a(H2("Richtlijnen diagnostiek"))
a(H3("Anamnese"))
a(P("Vraag naar:"))
a(BUL([
    "contact met oppervlaktewater, rietland of moeras in de afgelopen 14 dagen;",
    "duur en beloop van de vlekken en de koorts (hoogte, aantal dagen);",
    "jeuk en de invloed daarvan op de nachtrust;",
    "gewrichtsklachten;",
    "zwangerschap, borstvoeding, nierfunctiestoornissen en gebruik van cumarinederivaten;",
    "eerdere episoden van rietvlekziekte.",
], 1, 2))
a(EMPTY())
a(H3("Lichamelijk onderzoek"))
a(BUL([
    "Meet de temperatuur.",
    "Beschrijf aantal, lokalisatie en diameter van de vlekken; meet de grootste vlek met een liniaal.",
    "Palpeer de regionale lymfeklieren.",
    "Onderzoek bij gewrichtsklachten de grote gewrichten op zwelling en bewegingsbeperking.",
], 2, 3))
a(EMPTY())
a(H3("Alarmsymptomen"))
a(P("Verwijs met spoed naar de SEH bij een of meer van de volgende alarmsymptomen:"))
a(BUL([
    "bullae of necrose in een vlek;",
    "snel uitbreidende roodheid (meer dan 2 cm per uur);",
    "koorts ≥ 40 °C of sufheid, verwardheid;",
    "systolische bloeddruk &lt; 90 mmHg.".replace("&lt;", "<"),
], 4, 4))
a(EMPTY())
a(H3("RIVLA-score"))
a(P("Bepaal de RIVLA-score met tabel 1. Tel de punten op; de maximale score is 6.[^3]"))
a(EMPTY())
a("<p class=MsoCaption><span lang=NL>Tabel 1 RIVLA-score<o:p></o:p></span></p>\n")
a(score_table([
    ("", "Criterium", "Punten"),
    ("R", "Ringvormige vlek(ken) met bleek centrum", "1"),
    ("I", "Intense jeuk die de nachtrust verstoort", "1"),
    ("V", "Vlek met een diameter ≥ 5 cm", "1"),
    ("L", "Lymfadenopathie in het drainagegebied", "1"),
    ("A", "Aanhoudende koorts ≥ 38,5 °C langer dan 48 uur", "2"),
    ("", "Totaal", "0–6"),
]))
a(EMPTY())
a(P("Interpretatie: score 0–1 laag risico op complicaties; score 2–3 matig risico; score ≥ 4 hoog risico."))
a(EMPTY())
a(H3("Aanvullend onderzoek"))
a(P("Aanvullend onderzoek is meestal niet nodig. Bepaal de eGFR vóór start van brastocine of tiprexamide bij patiënten "
    "≥ 75 jaar of met bekende nierfunctiestoornis. Een kweek van een vlek is alleen zinvol bij een recidief."))
a(EMPTY())

a(H2("Richtlijnen beleid"))
a(H3("Voorlichting"))
a(BUL([
    "Leg uit dat rietvlekziekte niet van mens op mens overdraagbaar is.",
    "De vlekken verdwijnen meestal binnen 2 weken; een lichte verkleuring kan tot 3 maanden blijven bestaan.",
    "Adviseer na contact met oppervlaktewater de huid binnen 2 uur af te spoelen met leidingwater.",
    "Adviseer om contact op te nemen bij toename van koorts, nieuwe gewrichtsklachten of alarmsymptomen.",
], 5, 5))
a(EMPTY())
a(H3("Niet-medicamenteuze behandeling"))
a(P("Koel jeukende vlekken met een vochtig kompres (niet met ijs). Houd de nagels kort om krabeffecten te voorkomen. "
    "Zwemmen in oppervlaktewater wordt afgeraden tot de vlekken zijn verdwenen."))
a(EMPTY())
a(H3("Medicamenteuze behandeling"))
a(P("Het beleid hangt af van de RIVLA-score:"))
a(NUM([
    "**Score 0–1**: geen antibiotica. Bij jeuk ostrafen-crème 2%: 2 dd dun aanbrengen op de vlekken, maximaal 14 dagen. "
    "Bij kinderen vanaf 2 jaar 1 dd aanbrengen; niet gebruiken bij kinderen jonger dan 2 jaar.",
    "**Score 2–3**: brastocine gedurende 7 dagen (zie tabel 2). Bij zwangerschap, overgevoeligheid of contra-indicatie "
    "voor brastocine: lenvorazol gedurende 10 dagen.",
    "**Score ≥ 4**: brastocine (of lenvorazol) én tiprexamide gedurende 5 dagen; herbeoordeling binnen 48 uur.",
], 3, 6))
a(EMPTY())
a(P("Bij nachtelijke jeuk kan dolcavaan 10 mg a.n. worden gegeven gedurende maximaal 7 dagen; bij ouderen ≥ 70 jaar "
    "5 mg a.n. Dolcavaan is niet geschikt voor kinderen jonger dan 12 jaar en is gecontra-indiceerd bij glaucoom."))
a(P("Bij koorts met malaise: sermuloxine 500 mg maximaal 4 dd voor volwassenen; kinderen 15 mg/kg per gift, "
    "maximaal 4 dd. Geef sermuloxine niet langer dan 5 dagen zonder herbeoordeling.[^4]"))
a(EMPTY())
a("<p class=MsoCaption style='page-break-after:avoid'><span lang=NL>Tabel 2 Dosering van brastocine, lenvorazol en "
  "tiprexamide bij rietvlekziekte<o:p></o:p></span></p>\n")

hdr = [("Middel", 0, 1, 1), ("Patiëntgroep", 1, 1, 1), ("Dosering", 2, 1, 1), ("Duur", 3, 1, 1), ("Opmerkingen", 4, 1, 1)]
rows = [hdr,
        # brastocine: 8 rows
        [("brastocine\noraal", 0, 8, 1), ("Volwassenen en kinderen ≥ 12 jaar", 1, 1, 1), ("500 mg 3 dd", 2, 1, 1), ("7 dagen", 3, 1, 1),
         ("innemen met water; niet met zuivel", 4, 1, 1)],
        [("Kinderen 1–11 jaar", 1, 1, 1), ("30 mg/kg/dag in 3 giften\n(max. 1500 mg/dag)", 2, 1, 1), ("7 dagen", 3, 1, 1),
         ("drank 50 mg/ml", 4, 1, 1)],
        [("Kinderen < 1 jaar", 1, 1, 1), ("niet gebruiken; overleg met kinderarts", 2, 1, 3)],
        [("Ouderen ≥ 75 jaar", 1, 1, 1), ("500 mg 2 dd", 2, 1, 1), ("7 dagen", 3, 1, 1), ("eGFR bepalen vóór start", 4, 1, 1)],
        [("eGFR 30–59 ml/min/1,73 m²", 1, 1, 1), ("500 mg 2 dd", 2, 1, 1), ("7 dagen", 3, 1, 1), ("", 4, 1, 1)],
        [("eGFR < 30 ml/min/1,73 m²", 1, 1, 1), ("250 mg 2 dd", 2, 1, 1), ("7 dagen", 3, 1, 1),
         ("kalium controleren na 3 dagen", 4, 1, 1)],
        [("Zwangerschap", 1, 1, 1), ("gecontra-indiceerd; geef lenvorazol", 2, 1, 3)],
        [("Borstvoeding", 1, 1, 1), ("500 mg 3 dd", 2, 1, 1), ("7 dagen", 3, 1, 1),
         ("zuigeling observeren op diarree", 4, 1, 1)],
        # lenvorazol: 6 rows
        [("lenvorazol\noraal", 0, 6, 1), ("Volwassenen", 1, 1, 1), ("200 mg 2 dd", 2, 1, 1), ("10 dagen", 3, 4, 1),
         ("", 4, 1, 1)],
        [("Kinderen 6 maanden–11 jaar", 1, 1, 1), ("8 mg/kg/dag in 2 giften\n(max. 400 mg/dag)", 2, 1, 1),
         ("suspensie 40 mg/ml", 4, 1, 1)],
        [("Zwangerschap", 1, 1, 1), ("200 mg 2 dd", 2, 1, 1), ("middel van eerste keus in de zwangerschap", 4, 1, 1)],
        [("Borstvoeding", 1, 1, 1), ("200 mg 2 dd", 2, 1, 1), ("", 4, 1, 1)],
        [("Kinderen < 6 maanden", 1, 1, 1), ("niet gebruiken", 2, 1, 3)],
        [("eGFR < 30 ml/min/1,73 m²", 1, 1, 1), ("200 mg 1 dd", 2, 1, 1), ("10 dagen", 3, 1, 1),
         ("niet combineren met ijzerpreparaten", 4, 1, 1)],
        # tiprexamide: 6 rows
        [("tiprexamide\noraal\n(alleen bij RIVLA-score ≥ 4)", 0, 6, 1), ("Volwassenen", 1, 1, 1), ("40 mg 1 dd ’s ochtends", 2, 1, 1),
         ("5 dagen", 3, 1, 1), ("innemen met voedsel", 4, 1, 1)],
        [("Ouderen ≥ 70 jaar", 1, 1, 1), ("20 mg 1 dd", 2, 1, 1), ("5 dagen", 3, 1, 1), ("maagbescherming overwegen", 4, 1, 1)],
        [("eGFR 15–44 ml/min/1,73 m²", 1, 1, 1), ("20 mg 1 dd", 2, 1, 1), ("5 dagen", 3, 1, 1), ("", 4, 1, 1)],
        [("eGFR < 15 ml/min/1,73 m²", 1, 1, 1), ("niet gebruiken", 2, 1, 3)],
        [("Kinderen < 16 jaar", 1, 1, 1), ("niet gebruiken", 2, 1, 3)],
        [("Zwangerschap", 1, 1, 1), ("alleen na overleg met de gynaecoloog", 2, 1, 3)],
        ]
a(dose_table(rows))
a(EMPTY())
a(P("Toelichting bij tabel 2: bij eGFR 45–59 ml/min/1,73 m² is voor tiprexamide geen dosisaanpassing nodig. "
    "Brastocine-drank 50 mg/ml is in de apotheek op voorraad; lenvorazol-suspensie moet soms besteld worden."))
a(EMPTY())

a(H3("Contra-indicaties"))
a(BUL([
    "Brastocine: zwangerschap, myasthenia gravis, bekende QT-verlenging.",
    "Lenvorazol: ernstige leverfunctiestoornis, overgevoeligheid voor azolen.",
    "Tiprexamide: actief ulcus pepticum, eGFR < 15 ml/min/1,73 m², kinderen < 16 jaar.",
    "Dolcavaan: glaucoom, kinderen < 12 jaar.",
], 6, 7))
a(EMPTY())
a(H3("Interacties"))
a(BUL([
    "Brastocine versterkt het effect van cumarinederivaten (acenocoumarol, fenprocoumon): controleer de INR binnen 3 dagen na start.",
    "Brastocine en dolcavaan versterken elkaars sederende effect; waarschuw voor verminderde rijvaardigheid.",
    "Lenvorazol: neem ijzerpreparaten en antacida ten minste 2 uur na lenvorazol in.",
    "Tiprexamide met NSAID’s: verhoogd risico op maagbloeding; geef maagbescherming met een protonpompremmer.",
], 8, 8))
a(EMPTY())

a(H3("Controle"))
a(P("Neem bij een RIVLA-score 2–3 na 3 dagen telefonisch contact op. Beoordeel de patiënt opnieuw bij een RIVLA-score ≥ 4 "
    "binnen 48 uur en bij aanhoudende vlekken na 10 dagen. Controleer bij gebruik van tiprexamide bij ouderen ≥ 70 jaar "
    "de eGFR na 5 dagen.[^5]"))
a(EMPTY())

a(H2("Consultatie en verwijzing"))
a(BUL([
    "Verwijs met spoed bij alarmsymptomen (zie Alarmsymptomen).",
    "Verwijs kinderen jonger dan 3 maanden met verdenking op rietvlekziekte direct naar de kinderarts.",
    "Verwijs naar de reumatoloog bij rietvlekartritis die langer dan 6 weken aanhoudt.",
    "Verwijs naar de dermatoloog bij 3 of meer recidieven per jaar.",
    "Overleg met de internist bij een eGFR < 15 ml/min/1,73 m² en een RIVLA-score ≥ 4.",
], 9, 9))
a(EMPTY())

a(H2("Lijst van afkortingen"))
TAB = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
for ab, full in [("a.n.", "ante noctem (voor de nacht)"), ("dd", "maal daags"), ("eGFR", "geschatte glomerulaire filtratiesnelheid"),
                 ("INR", "International Normalized Ratio"), ("NSAID", "non-steroidal anti-inflammatory drug"),
                 ("RIVLA", "Ringvormig, Intense jeuk, Vlekdiameter, Lymfadenopathie, Aanhoudende koorts"),
                 ("SEH", "spoedeisende hulp")]:
    a("<p class=MsoNormal style='margin-left:70.8pt;text-indent:-70.8pt'><span lang=NL>%s%s%s<o:p></o:p></span></p>\n"
      % (esc(ab), TAB, fmt(full)))
a(EMPTY())
a(P("Met vriendelijke groet,"))
a(EMPTY())
a("<p class=MsoNormal><b><span lang=NL style='color:#2E74B5'>Drs. R.A. (Rutger) van Ooijen<o:p></o:p></span></b></p>\n")
a(P("Kaderhuisarts | Kennis &amp; Kwaliteit".replace("&amp;", "&")))
a(P("Huisartsencoöperatie Kreekland"))
a(P("Havenkade 12 | 9999 ZZ Kreekstad | T 0000-123456"))
a("<p class=MsoNormal><span lang=NL><!--[if gte vml 1]><v:shape id=\"Afbeelding_x0020_1\" o:spid=\"_x0000_i1025\" "
  "type=\"#_x0000_t75\" style='width:90pt;height:30pt;visibility:visible'><v:imagedata src=\"cid:image001.png@01DCB0A2.5E3C1F70\" "
  "o:title=\"\"/></v:shape><![endif]--><![if !vml]><img width=120 height=40 style='width:1.25in;height:.4166in' "
  "src=\"cid:image001.png@01DCB0A2.5E3C1F70\" alt=\"Logo Kreekland\" v:shapes=\"Afbeelding_x0020_1\"><![endif]><o:p></o:p></span></p>\n")
a(EMPTY())
a("<p class=MsoNormal><i><span lang=NL style='font-size:7.5pt;font-family:\"Verdana\",sans-serif;color:gray'>"
  + fmt("DISCLAIMER: Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie "
        "bevatten. Indien u dit bericht ten onrechte heeft ontvangen, wordt u verzocht de afzender te informeren en het "
        "bericht te verwijderen. Huisartsencoöperatie Kreekland aanvaardt geen aansprakelijkheid voor schade als gevolg van "
        "het gebruik van de inhoud van dit bericht of van onvolledige of vertraagde overbrenging. Aan dit bericht kunnen "
        "geen rechten worden ontleend.")
  + "<o:p></o:p></span></i></p>\n")

FOOT = [
    "Arundovibrio palustris is een fictieve, gramnegatieve bacterie die in stilstaand, zoet oppervlaktewater voorkomt.",
    "Rietvlekartritis is niet te voorkomen door vroege antibiotische behandeling; de werkgroep vond hiervoor geen bewijs.",
    "De RIVLA-score is gevalideerd voor patiënten vanaf 1 jaar; bij kinderen jonger dan 1 jaar is de score niet gevalideerd.",
    "Sermuloxine is ook verkrijgbaar als zetpil van 250 mg voor kinderen.",
    "Bij aanhoudende vlekken na 10 dagen zonder koorts is een tweede antibioticumkuur niet zinvol.",
]
a("\n<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n<hr align=left size=1 width=\"33%\">\n<![endif]>\n")
for i, t in enumerate(FOOT, 1):
    a("<div style='mso-element:footnote' id=ftn%d>\n<p class=MsoFootnoteText><a style='mso-footnote-id:ftn%d' "
      "href=\"#_ftnref%d\" name=\"_ftn%d\" title=\"\"><span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
      "<![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=NL style='font-size:10.0pt;font-family:\"Calibri\",sans-serif'>"
      "[%d]</span></span><![endif]></span></span></a><span lang=NL> %s<o:p></o:p></span></p>\n</div>\n"
      % (i, i, i, i, i, fmt(t)))
a("</div>\n")

TAIL = "</div>\n</body>\n</html>\n"

doc = HEAD + "".join(B) + TAIL


# ---------------------------------------------------------------- Word-style line wrapping (~76 cols)
def wrap(text, width=76):
    out_lines = []
    for line in text.split("\n"):
        # protect <![...]> and <!--[...]--> markers from being split
        while len(line) > width:
            cut = -1
            i = width
            while i > 20:
                if line[i] == " ":
                    pre = line[:i]
                    # not inside <![ ... ]> or <!--[if ...]>
                    if pre.rfind("<![") <= pre.rfind("]>") and pre.rfind("<!--[") <= pre.rfind("]>"):
                        cut = i
                        break
                i -= 1
            if cut < 0:
                break
            out_lines.append(line[:cut])
            line = line[cut + 1:]
        out_lines.append(line)
    return "\r\n".join(out_lines)


doc = wrap(doc)
with open(OUT, "wb") as f:
    f.write(doc.encode("cp1252", errors="xmlcharrefreplace"))
print("wrote", OUT, len(doc))
