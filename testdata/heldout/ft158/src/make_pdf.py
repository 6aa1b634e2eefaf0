#!/usr/bin/env python3
"""Fictieve NHG-achtige standaard Tichelkoorts (FT-158), opgemaakt met fpdf2.

FICTIEF testdocument: geen medisch advies. Alle ziekten, middelen en getallen
zijn verzonnen.
"""
import sys
import re

from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
TITLE = "NHG-Standaard Tichelkoorts (FICTIEF)"


class Rapport(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, TITLE + " \u2013 FT-158", align="L")
        self.cell(0, 6, "Versie 1.0, 12 mei 2026", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, "Fictief testdocument \u2013 niet gebruiken voor patiëntenzorg",
                  align="L")
        self.cell(0, 6, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # --- bouwstenen -------------------------------------------------------
    def h1(self, text):
        self.set_font("DejaVu", "B", 18)
        self.set_text_color(0, 70, 120)
        self.multi_cell(0, 9, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, text):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(3)
        self.set_font("DejaVu", "B", 13)
        self.set_fill_color(225, 236, 245)
        self.set_text_color(0, 70, 120)
        self.cell(0, 8, text, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h3(self, text):
        if self.get_y() > self.h - 35:
            self.add_page()
        self.ln(1)
        self.set_font("DejaVu", "B", 10.5)
        self.cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(0.5)

    def para(self, text):
        """Alinea; ^n^ wordt een verwijzing (superscript) naar noot n."""
        self.set_font("DejaVu", "", 10)
        if "^" not in text:
            self.multi_cell(0, 5, text, markdown=True,
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            for i, part in enumerate(re.split(r"\^(\d+)\^", text)):
                if i % 2:
                    self.char_vpos = "SUP"
                    self.write(5, part)
                    self.char_vpos = "LINE"
                else:
                    self.write(5, part)
            self.ln(5)
        self.ln(1.5)

    def bullets(self, items, marker="\u2022"):
        self.set_font("DejaVu", "", 10)
        for n, item in enumerate(items, 1):
            m = f"{n}." if marker == "num" else marker
            self.set_x(self.l_margin + 3)
            self.cell(6, 5, m)
            if "^" in item:
                lm = self.l_margin
                self.set_left_margin(lm + 9)
                for i, part in enumerate(re.split(r"\^(\d+)\^", item)):
                    if i % 2:
                        self.char_vpos = "SUP"
                        self.write(5, part)
                        self.char_vpos = "LINE"
                    else:
                        self.write(5, part)
                self.set_left_margin(lm)
                self.ln(5)
            else:
                self.multi_cell(0, 5, item, markdown=True,
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.8)
        self.ln(1)

    def kader(self, titel, regels):
        self.set_font("DejaVu", "B", 10)
        self.set_fill_color(252, 235, 225)
        self.set_draw_color(200, 80, 40)
        self.cell(0, 7, titel, border="LTR", fill=True,
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("DejaVu", "", 10)
        tekst = "\n".join("\u2022 " + r for r in regels)
        self.multi_cell(0, 5.2, tekst, border="LBR", fill=True, padding=(1, 2, 2, 2),
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(0, 0, 0)
        self.ln(3)


# --- inhoud ----------------------------------------------------------------

DOSES = [
    # (geneesmiddel, groep, dosering, duur, maximum, opmerkingen)
    ("Tilvoraxine\n(tablet 250 mg; drank 50 mg/ml)", "Volwassenen", "500 mg 2 dd", "7 dagen",
     "1000 mg/dag", "Innemen tijdens de maaltijd"),
    ("", "Ouderen > 70 jaar", "250 mg 2 dd", "7 dagen", "500 mg/dag",
     "Bepaal vooraf de eGFR"),
    ("", "Kinderen < 12 kg", "12,5 mg/kg 2 dd", "7 dagen", "300 mg/dag",
     "Als drank 50 mg/ml; niet bij kinderen < 6 maanden"),
    ("", "Kinderen 12–25 kg", "150 mg 2 dd", "7 dagen", "300 mg/dag", "Als drank 50 mg/ml"),
    ("", "Kinderen 25–40 kg", "250 mg 2 dd", "7 dagen", "500 mg/dag",
     "Tablet mag worden gehalveerd"),
    ("", "eGFR 30–60 ml/min/1,73 m²", "250 mg 2 dd", "7 dagen", "500 mg/dag", "—"),
    ("", "eGFR < 30 ml/min/1,73 m²", "250 mg 1 dd", "7 dagen", "250 mg/dag",
     "Controleer nierfunctie na 1 week"),
    ("", "Zwangeren", "Niet gebruiken", "—", "—",
     "Teratogeen in dieronderzoek; kies mesdrucine"),
    ("Mesdrucine\n(capsule 100 mg; suspensie 20 mg/ml)", "Volwassenen",
     "Eerste dag 400 mg, daarna 200 mg 1 dd", "5 dagen", "400 mg/dag",
     "Tweede keus; bij allergie voor tilvoraxine"),
    ("", "Ouderen > 70 jaar", "Eerste dag 200 mg, daarna 100 mg 1 dd", "5 dagen",
     "200 mg/dag", "Let op QT-verlenging"),
    ("", "Kinderen 10–20 kg", "5 mg/kg 1 dd", "5 dagen", "100 mg/dag",
     "Als suspensie 20 mg/ml"),
    ("", "Kinderen 20–40 kg", "100 mg 1 dd", "5 dagen", "200 mg/dag", "—"),
    ("", "eGFR < 30 ml/min/1,73 m²", "100 mg om de dag", "3 doses", "100 mg per 48 uur",
     "Geen aanpassing bij eGFR ≥ 30"),
    ("", "Zwangeren", "Eerste dag 400 mg, daarna 200 mg 1 dd", "5 dagen", "400 mg/dag",
     "Middel van eerste keus in de zwangerschap"),
    ("Karbeprol\n(tablet 40 mg)", "Volwassenen", "40 mg 3 dd", "Maximaal 10 dagen",
     "120 mg/dag", "Alleen bij spierkrampen (tichelkramp)"),
    ("", "Ouderen > 70 jaar", "20 mg 2 dd", "Maximaal 10 dagen", "60 mg/dag",
     "Verhoogd valrisico door sufheid"),
    ("", "Kinderen > 20 kg (≥ 6 jaar)", "20 mg 2 dd", "5 dagen", "40 mg/dag",
     "Niet bij kinderen < 6 jaar"),
    ("", "eGFR < 30 ml/min/1,73 m²", "Niet gebruiken", "—", "—", "Risico op cumulatie"),
    ("", "Zwangeren", "20 mg 2 dd, alleen tweede trimester", "5 dagen", "40 mg/dag",
     "Niet in eerste en derde trimester"),
    ("Nolvastridon\n(inhalatiepoeder 200 microg/dosis)", "Volwassenen",
     "2 inhalaties 2 dd", "4 weken", "8 inhalaties/dag",
     "Bij hoest > 3 weken; mond spoelen na gebruik"),
    ("", "Ouderen > 70 jaar", "1 inhalatie 2 dd", "4 weken", "4 inhalaties/dag",
     "Controleer de inhalatietechniek"),
    ("", "Kinderen 6–12 jaar", "1 inhalatie 2 dd", "4 weken", "4 inhalaties/dag",
     "Met voorzetkamer"),
]

SCORE = [
    ("Lichaamstemperatuur ≥ 38,5 °C", "2"),
    ("Tichelhanden (roodbruine verkleuring van de handpalmen)", "3"),
    ("Contact met klei of steenbakkerijstof in de afgelopen 3 weken", "2"),
    ("Droge hoest langer dan 5 dagen", "1"),
    ("Gezwollen lymfeklieren in de lies", "1"),
    ("Leeftijd > 60 jaar", "1"),
]

BANDS = [
    ("0–2 punten", "Laag (< 5%)", "Geen aanvullend onderzoek; afwachtend beleid en voorlichting"),
    ("3–5 punten", "Intermediair (ca. 30%)", "TAST uitvoeren; behandelen bij positieve TAST"),
    ("≥ 6 punten", "Hoog (> 70%)", "Direct behandelen met tilvoraxine, zonder TAST"),
]

NOTEN = [
    "De TIKS-score is gevalideerd in een fictief cohort van 412 patiënten uit de regio "
    "Rivierenland. Bij een afkappunt van 3 punten was de sensitiviteit 86% en de specificiteit 74%.",
    "De doseringen voor kinderen zijn gebaseerd op fictieve farmacokinetische gegevens; de "
    "gewichtsgrenzen zijn afgerond voor gebruik in de praktijk.",
    "In een fictief register van 1.240 zwangerschappen met blootstelling aan mesdrucine werd geen "
    "verhoogd risico op aangeboren afwijkingen gevonden.",
    "Bereken de eGFR met de CKD-EPI-formule. Gebruik een creatininewaarde van maximaal 3 maanden oud.",
    "Tichelkoorts is in dit fictieve scenario een meldingsplichtige ziekte uit groep C; de melding "
    "aan de GGD gebeurt door het laboratorium én de behandelend arts.",
]


def build(out):
    pdf = Rapport(format="A4")
    pdf.set_title("Fictieve Standaard Tichelkoorts (FT-158)")
    pdf.set_author("Fictieve werkgroep")
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DejaVu", "BI", FONTDIR + "DejaVuSans-BoldOblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.h1(TITLE)
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_fill_color(255, 243, 205)
    pdf.multi_cell(0, 5.5, "LET OP: dit is een FICTIEVE standaard, gemaakt als testdocument. "
                   "De ziekte tichelkoorts en de middelen tilvoraxine, mesdrucine, karbeprol en "
                   "nolvastridon bestaan niet. Niet gebruiken voor patiëntenzorg.",
                   border=1, fill=True, padding=2, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, "**Versie:** 1.0   **Datum:** 12 mei 2026   **Code:** FT-158",
                   markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)

    pdf.h2("Kernboodschappen")
    pdf.bullets([
        "Denk aan tichelkoorts bij koorts en droge hoest na contact met klei of steenbakkerijstof.",
        "Schat de kans op tichelkoorts met de TIKS-score; bij 3–5 punten volgt een TAST.",
        "Tilvoraxine is het middel van eerste keus; in de zwangerschap is mesdrucine eerste keus.",
        "Pas de dosering aan bij ouderen > 70 jaar en bij een eGFR < 60 ml/min/1,73 m².",
        "Verwijs met spoed bij een saturatie < 92% of verwardheid.",
    ])

    pdf.h2("Achtergronden")
    pdf.h3("Begrippen")
    pdf.bullets([
        "**Tichelkoorts:** acute koortsende infectie na inademing van besmet klei- of "
        "steenbakkerijstof, met droge hoest en spierpijn.",
        "**TIKS-score (Tichelkoorts Inschattings- en Klinische Score):** puntenscore van 0 tot 10 "
        "die de kans op tichelkoorts schat.",
        "**TAST (Tichel-Antigeen-Sneltest):** sneltest op urine die binnen 15 minuten een uitslag geeft.",
        "**Tichelhanden:** roodbruine verkleuring van beide handpalmen, die niet wegdrukbaar is.",
        "**Tichelkramp:** pijnlijke spierkrampen in kuiten en dijen tijdens of na de koorts.",
        "**Tichelnefritis:** nierbetrokkenheid bij tichelkoorts met hematurie en stijgend creatinine.",
        "**Recidief:** een nieuwe episode binnen 3 maanden na volledig herstel.",
    ])
    pdf.h3("Epidemiologie")
    pdf.para("De incidentie van tichelkoorts in de huisartsenpraktijk is ongeveer 3 per 1000 "
             "patiënten per jaar. De ziekte komt vooral voor in de nazomer, met een piek in augustus "
             "en september. Mannen worden twee keer zo vaak getroffen als vrouwen (verhouding 2:1), "
             "meestal tussen 20 en 50 jaar. Ongeveer 1 op de 8 patiënten krijgt een recidief.")
    pdf.h3("Etiologie")
    pdf.para("Tichelkoorts wordt veroorzaakt door de bacterie Argillobacter lateritius, die leeft in "
             "vochtige klei. Besmetting vindt plaats door inademing van stof, vooral bij werk in "
             "steenbakkerijen, kleigroeven en bij het restaureren van oude bakstenen muren. De "
             "incubatietijd is 8 tot 14 dagen. Overdracht van mens op mens komt niet voor.")

    pdf.h2("Richtlijnen diagnostiek")
    pdf.h3("Anamnese")
    pdf.para("Vraag bij koorts en hoest naar:")
    pdf.bullets([
        "beroep en hobby's, met name werk met klei, bakstenen of in een steenbakkerij;",
        "duur van de koorts en de hoest;",
        "spierkrampen in kuiten of dijen (tichelkramp);",
        "verkleuring van de urine of minder plassen;",
        "zwangerschap, nierfunctiestoornissen en gebruik van anticoagulantia.",
    ])
    pdf.h3("Lichamelijk onderzoek")
    pdf.para("Meet temperatuur, ademfrequentie, pols en zuurstofsaturatie. Bekijk de handpalmen op "
             "tichelhanden en palpeer de lymfeklieren in de liezen. Ausculteer de longen; bij "
             "tichelkoorts zijn crepitaties basaal beiderzijds gebruikelijk.")
    pdf.h3("Aanvullend onderzoek")
    pdf.para("Bereken de TIKS-score (tabel 1)^1^. Voer bij een score van 3–5 punten een TAST uit. "
             "Een CRP boven 50 mg/l ondersteunt de diagnose maar is niet specifiek. Vraag een "
             "X-thorax aan bij twijfel over een pneumonie. Bepaal de eGFR bij ouderen > 70 jaar en "
             "bij verdenking op tichelnefritis^4^.")
    pdf.h3("TIKS-score")
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(0, 6, "Tabel 1. TIKS-score: criteria en punten", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9)
    head = FontFace(emphasis="BOLD", fill_color=(210, 225, 240))
    with pdf.table(col_widths=(130, 30), width=160, align="LEFT", headings_style=head,
                   line_height=5.5, text_align=("LEFT", "CENTER")) as t:
        r = t.row(); r.cell("Criterium"); r.cell("Punten")
        for crit, pts in SCORE:
            r = t.row(); r.cell(crit); r.cell(pts)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(0, 6, "Tabel 2. TIKS-score: interpretatie", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(30, 40, 104), width=174, align="LEFT", headings_style=head,
                   line_height=5.5, text_align="LEFT") as t:
        r = t.row(); r.cell("Score"); r.cell("Kans op tichelkoorts"); r.cell("Beleid")
        for b in BANDS:
            r = t.row()
            for c in b:
                r.cell(c)
    pdf.ln(3)

    pdf.h2("Alarmsymptomen")
    pdf.kader("Alarmsymptomen bij tichelkoorts", [
        "ademfrequentie > 30 per minuut of zuurstofsaturatie < 92%;",
        "verwardheid of verminderd bewustzijn;",
        "zichtbare hematurie of anurie (verdenking tichelnefritis);",
        "koorts langer dan 10 dagen ondanks behandeling;",
        "kinderen < 1 jaar met koorts na contact met kleistof.",
    ])

    pdf.h2("Richtlijnen beleid")
    pdf.h3("Voorlichting")
    pdf.para("Leg uit dat tichelkoorts meestal in 2 tot 3 weken vanzelf overgaat en niet besmettelijk "
             "is voor huisgenoten. Adviseer bij werk met klei een stofmasker van het type FFP2. "
             "Werkhervatting is mogelijk als de patiënt 48 uur koortsvrij is.")
    pdf.h3("Niet-medicamenteuze behandeling")
    pdf.bullets([
        "Rust naar behoefte en drink minimaal 2 liter per dag.",
        "Paracetamol 1000 mg maximaal 4 dd bij koorts of pijn.",
        "Rek de kuitspieren bij tichelkramp voordat u karbeprol voorschrijft.",
    ])
    pdf.h3("Medicamenteuze behandeling")
    pdf.para("Tilvoraxine is het middel van eerste keus bij een TIKS-score ≥ 6 of een positieve TAST. "
             "Mesdrucine is tweede keus bij allergie voor tilvoraxine en is het middel van eerste "
             "keus bij zwangeren^3^. Karbeprol is een symptomatisch middel bij tichelkramp. "
             "Nolvastridon is bestemd voor hoest die langer dan 3 weken aanhoudt. De doseringen "
             "staan in tabel 3^2^.")
    pdf.ln(1)

    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(0, 6, "Tabel 3. Doseringen bij tichelkoorts", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8)
    with pdf.table(col_widths=(34, 30, 34, 20, 24, 32), width=174, headings_style=head,
                   line_height=4.2, repeat_headings=1, padding=1,
                   text_align="LEFT", markdown=True) as t:
        r = t.row()
        for h in ("Geneesmiddel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"):
            r.cell(h)
        for row in DOSES:
            r = t.row()
            for j, c in enumerate(row):
                if j == 0 and c:
                    name, form = c.split("\n")
                    r.cell(f"**{name}**\n{form}")
                else:
                    r.cell(c)
    pdf.set_font("DejaVu", "I", 8)
    pdf.multi_cell(0, 4.2, "dd = maal daags; eGFR in ml/min/1,73 m²; — = niet van toepassing.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)

    pdf.h3("Contra-indicaties")
    pdf.para("Tilvoraxine is gecontra-indiceerd bij epilepsie in de voorgeschiedenis en in de "
             "zwangerschap. Mesdrucine is gecontra-indiceerd bij een verlengd QT-interval "
             "(QTc > 470 ms). Karbeprol is gecontra-indiceerd bij myasthenia gravis en bij een "
             "eGFR < 30 ml/min/1,73 m². Nolvastridon is gecontra-indiceerd bij onbehandelde "
             "tuberculose.")
    pdf.h3("Interacties")
    pdf.para("Tilvoraxine versterkt de werking van cumarinederivaten (acenocoumarol, fenprocoumon): "
             "controleer de INR binnen 3 dagen na de start. Neem tilvoraxine niet gelijktijdig in met "
             "ijzerpreparaten; houd minimaal 2 uur tussen beide. Combineer mesdrucine niet met "
             "claritromycine vanwege het risico op QT-verlenging. Karbeprol versterkt de sufheid door "
             "alcohol en benzodiazepinen.")
    pdf.h3("Zwangerschap en borstvoeding")
    pdf.para("Gebruik tilvoraxine niet tijdens de zwangerschap. Mesdrucine is in de zwangerschap het "
             "middel van eerste keus. Karbeprol mag alleen in het tweede trimester worden gebruikt. "
             "Bij borstvoeding mag mesdrucine worden gebruikt; bij tilvoraxine wordt geadviseerd de "
             "borstvoeding te staken tijdens de kuur en tot 2 dagen erna. Nolvastridon mag tijdens "
             "de borstvoeding worden gebruikt.")

    pdf.h2("Controles")
    pdf.bullets([
        "Neem 3 dagen na de start van de behandeling telefonisch contact op.",
        "Beoordeel patiënten met een TIKS-score ≥ 6 opnieuw na 48 uur.",
        "Controleer de nierfunctie na 1 week bij een eGFR < 60 ml/min/1,73 m².",
        "Evalueer na 14 dagen of de klachten verdwenen zijn; herhaal bij blijvende hoest de "
        "TAST niet, maar overweeg nolvastridon.",
    ])

    pdf.h2("Consultatie en verwijzing")
    pdf.para("Verwijs met spoed naar de SEH bij alarmsymptomen. Verwijs in de volgende situaties:")
    pdf.bullets([
        "naar de internist-nefroloog bij tichelnefritis (hematurie met een creatininestijging > 30%);",
        "naar de kinderarts bij kinderen < 1 jaar met verdenking op tichelkoorts;",
        "naar de longarts bij hoest die na 8 weken nog aanhoudt ondanks nolvastridon;",
        "overleg met de GGD bij 3 of meer patiënten die aan dezelfde steenbakkerij zijn "
        "blootgesteld^5^.",
    ], marker="num")

    pdf.h2("Noten")
    pdf.set_font("DejaVu", "", 9)
    for n, tekst in enumerate(NOTEN, 1):
        pdf.cell(7, 4.6, f"{n}.")
        pdf.multi_cell(0, 4.6, tekst, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)

    pdf.output(out)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "out.pdf")
