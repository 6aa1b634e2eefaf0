# Genereert de grid table (met samengevoegde cellen) voor de doseringstabel.
# Output wordt in src/beleid.rst ingevoegd op de plek van @@DOSETABLE@@.
W = [12, 34, 15, 15, 13, 16]  # kolombreedtes
HEAD = ["Middel", "Patiëntgroep", "Dosis per keer", "Frequentie", "Maximum per dag", "Duur"]

groups = [
 ("Lorbafen", [
  ["Volwassenen (18 tot 75 jaar)", "250 mg", "2 à 3× per dag", "750 mg", "14 dagen"],
  ["Kinderen 6 tot en met 11 jaar", "125 mg", "2× per dag", "250 mg", "10 dagen"],
  ["Kinderen 12 tot en met 17 jaar", "250 mg", "2× per dag", "500 mg", "14 dagen"],
  ["Ouderen (75 jaar en ouder)", "125 mg", "2× per dag", "500 mg", "14 dagen"],
  ["eGFR 30 tot 60 ml/min/1,73m²", "125 mg", "3× per dag", "375 mg", "14 dagen"],
  ["eGFR < 30 ml/min/1,73m²", "125 mg", "1× per dag", "125 mg", "14 dagen"],
  ["Zwangerschap en borstvoeding", "250 mg", "2× per dag", "500 mg", "maximaal 10 dagen"],
 ]),
 ("Tiquendol", [
  ["Volwassenen (18 tot 75 jaar)", "40 mg", "3× per dag", "160 mg", "4 weken"],
  ["Kinderen 6 tot 18 jaar, lichaamsgewicht < 30 kg", "1 mg/kg [#]_", "2× per dag", "40 mg", "2 weken"],
  ["Kinderen 6 tot 18 jaar, lichaamsgewicht ≥ 30 kg", "20 mg", "3× per dag", "80 mg", "2 weken"],
  ["Ouderen (75 jaar en ouder)", "20 mg", "3× per dag", "80 mg", "4 weken"],
  ["eGFR 30 tot 60 ml/min/1,73m²", "40 mg", "2× per dag", "80 mg", "4 weken"],
  ["eGFR < 30 ml/min/1,73m²", "20 mg", "2× per dag", "40 mg", "4 weken"],
  ["Zwangerschap en borstvoeding", "20 mg", "2× per dag", "40 mg", "maximaal 2 weken"],
 ]),
 ("Marvoxil", [
  ["Volwassenen (18 tot 75 jaar)", "10 mg", "1× per dag", "20 mg", "3 maanden"],
  ["Kinderen 12 tot en met 17 jaar en ≥ 40 kg", "5 mg", "1× per dag", "10 mg", "3 maanden"],
  ["Kinderen jonger dan 12 jaar", "Niet voorschrijven: onvoldoende gegevens over veiligheid bij kinderen jonger dan 12 jaar."],
  ["Ouderen (75 jaar en ouder)", "5 mg", "1× per dag", "10 mg", "3 maanden"],
  ["eGFR 30 tot 60 ml/min/1,73m²", "5 mg", "1× per dag", "10 mg", "3 maanden"],
  ["eGFR < 30 ml/min/1,73m²", "2,5 mg", "1× per dag", "5 mg", "alleen na overleg met de internist"],
  ["Zwangerschap en borstvoeding", "Gecontra-indiceerd: marvoxil niet gebruiken tijdens zwangerschap en borstvoeding (teratogeen)."],
 ]),
]

import textwrap
def wrap(text, w):
    return textwrap.wrap(text, w - 2) or [""]

def sep(ch="-", skip_first=False):
    parts = []
    for i, w in enumerate(W):
        if i == 0 and skip_first:
            parts.append(" " * w)
        else:
            parts.append(ch * w)
    s = "+"
    for i, p in enumerate(parts):
        s += p
        s += "+"
    if skip_first:
        s = "|" + s[1:]
    return s

def row(cells_spec):
    # cells_spec: list of (text, span)
    widths = []
    i = 0
    for text, span in cells_spec:
        widths.append(sum(W[i:i+span]) + span - 1)
        i += span
    wrapped = [wrap(t, w) for (t, _), w in zip(cells_spec, widths)]
    n = max(len(x) for x in wrapped)
    lines = []
    for k in range(n):
        s = "|"
        for cell, w in zip(wrapped, widths):
            txt = cell[k] if k < len(cell) else ""
            s += " " + txt.ljust(w - 1) + "|"
        lines.append(s)
    return lines

out = [sep()]
out += row([(h, 1) for h in HEAD])
out.append(sep("="))
for drug, rows in groups:
    for j, r in enumerate(rows):
        first = drug if j == 0 else ""
        if len(r) == 2:
            spec = [(first, 1), (r[0], 1), (r[1], 4)]
        else:
            spec = [(first, 1)] + [(c, 1) for c in r]
        out += row(spec)
        last = j == len(rows) - 1
        out.append(sep() if last else sep(skip_first=True))
table = "\n".join("   " + l for l in out)
src = open("src/beleid.rst.in").read()
open("src/beleid.rst", "w").write(src.replace("@@DOSETABLE@@", table))
