#!/usr/bin/env python3
"""Generate the reStructuredText grid table for the dose table (row spans for the
drug cell, column spans for 'niet gebruiken; kies X' cells)."""
import textwrap

W = [12, 26, 18, 10, 14, 30]
HEAD = ["Middel", "Populatie", "Dosering", "Duur", "Max. per dag", "Opmerkingen"]

GROUPS = [
    ("velmotrine (eerste keus)", [
        ["Volwassenen (18-74 jaar)", "400 mg 2 dd", "7 dagen", "800 mg", "Innemen met voedsel; urine kan oranje verkleuren."],
        ["Kinderen 10-25 kg", "15 mg/kg 2 dd", "7 dagen", "600 mg", "Drank 50 mg/ml; afmeten met doseerspuit."],
        ["Kinderen 25-40 kg", "250 mg 2 dd", "7 dagen", "500 mg", "Tablet 250 mg mag worden fijngemaakt."],
        ["Ouderen (75 jaar en ouder)", "200 mg 2 dd", "7 dagen", "400 mg", "Controleer natrium op dag 5 bij diureticagebruik."],
        ["Zwangerschap 1e trimester", "SPAN:Niet gebruiken; kies quarzapil."],
        ["Zwangerschap 2e en 3e trimester", "400 mg 2 dd", "5 dagen", "800 mg", "Kortere kuur; niet na week 38."],
        ["Borstvoeding", "400 mg 2 dd", "7 dagen", "800 mg", "Innemen direct na een voeding."],
        ["eGFR 30-59 ml/min/1,73 m2", "200 mg 2 dd", "7 dagen", "400 mg", "Geen extra controle nodig."],
        ["eGFR < 30 ml/min/1,73 m2", "SPAN:Niet gebruiken; kies quarzapil."],
    ]),
    ("quarzapil (tweede keus)", [
        ["Volwassenen (18-74 jaar)", "250 mg 3 dd", "10 dagen", "750 mg", "Niet tegelijk met ijzerpreparaten; 2 uur ertussen."],
        ["Kinderen jonger dan 6 jaar", "SPAN:Niet gebruiken; kies dorentase."],
        ["Kinderen 6-12 jaar", "125 mg 3 dd", "10 dagen", "375 mg", "Smelttablet 125 mg."],
        ["Ouderen (75 jaar en ouder)", "250 mg 2 dd", "10 dagen", "500 mg", "Let op duizeligheid en valrisico."],
        ["Zwangerschap (alle trimesters)", "250 mg 3 dd", "10 dagen", "750 mg", "Middel van keus in het 1e trimester."],
        ["Borstvoeding", "SPAN:Niet gebruiken; kies velmotrine."],
        ["eGFR 30-59 ml/min/1,73 m2", "250 mg 2 dd", "10 dagen", "500 mg", "Kaliumcontrole na 1 week."],
        ["eGFR 15-29 ml/min/1,73 m2", "125 mg 2 dd", "10 dagen", "250 mg", "Overleg met apotheker."],
    ]),
    ("dorentase (alternatief)", [
        ["Kinderen 3 maanden tot 10 kg", "8 mg/kg 1 dd", "5 dagen", "80 mg", "Drank 20 mg/ml; niet jonger dan 3 maanden."],
        ["Volwassenen met slikproblemen", "320 mg 1 dd", "5 dagen", "320 mg", "Bruistablet oplossen in water."],
        ["Zwangerschap 3e trimester", "SPAN:Niet gebruiken; kies quarzapil."],
        ["eGFR < 30 ml/min/1,73 m2", "160 mg 1 dd", "5 dagen", "160 mg", "Alleen bij volwassenen."],
    ]),
]

def wrap(t, w):
    return textwrap.wrap(t, w) or [""]

def sep(ch="-", skip_first=False):
    parts = []
    for i, w in enumerate(W):
        if i == 0 and skip_first:
            parts.append(" " * (w + 2))
        else:
            parts.append(ch * (w + 2))
    s = "+" + "+".join(parts) + "+"
    if skip_first:
        s = "|" + s[1:]
    return s

def row_lines(first_text_lines, cells, span_text=None):
    # cells: list for columns 1..5 (or span)
    if span_text is not None:
        spanw = sum(W[2:]) + 3 * (len(W) - 3)
        cols = [wrap(cells[0], W[1]), wrap(span_text, spanw)]
        widths = [W[1], spanw]
    else:
        cols = [wrap(c, w) for c, w in zip(cells, W[1:])]
        widths = W[1:]
    n = max(len(first_text_lines), *(len(c) for c in cols))
    out = []
    for k in range(n):
        left = first_text_lines[k] if k < len(first_text_lines) else ""
        line = "| " + left.ljust(W[0]) + " "
        for c, w in zip(cols, widths):
            line += "| " + (c[k] if k < len(c) else "").ljust(w) + " "
        out.append(line + "|")
    return out

def main():
    lines = [sep()]
    hc = [wrap(h, w) for h, w in zip(HEAD, W)]
    n = max(len(c) for c in hc)
    for k in range(n):
        lines.append("|" + "|".join(" " + (c[k] if k < len(c) else "").ljust(w) + " " for c, w in zip(hc, W)) + "|")
    lines.append(sep("="))
    for drug, rows in GROUPS:
        dl = wrap(drug, W[0])
        for i, r in enumerate(rows):
            left = dl if i == 0 else []
            if r[1].startswith("SPAN:"):
                lines += row_lines(left, [r[0]], span_text=r[1][5:])
            else:
                lines += row_lines(left, r)
            last = i == len(rows) - 1
            # rest of drug name if longer than first row
            if i == 0 and len(dl) > 0:
                pass
            lines.append(sep() if last else sep(skip_first=True))
    print(".. table:: Tabel 3 Doseringen van antivirale middelen bij distelwangziekte\n   :widths: 14 21 16 10 10 23\n")
    print("\n".join("   " + l for l in lines))

if __name__ == "__main__":
    main()
