# genereert de rst-gridtabel met rijoverspanning per geneesmiddel
import textwrap
W = [22, 20, 30, 10, 18, 34]
head = ["Geneesmiddel", "Patiëntgroep", "Dosering", "Duur", "Maximum", "Opmerkingen"]
groups = [
 (["**Tramenaxine**", "", "tablet 250 mg,", "drank 50 mg/ml", "", "eerste keus"], [
  ["Volwassenen", "500 mg 2 dd", "10 dagen", "1000 mg/dag", "innemen met voedsel"],
  ["Ouderen > 70 jaar", "250 mg 3 dd", "10 dagen", "750 mg/dag", "eGFR vooraf bepalen"],
  ["Kinderen < 15 kg", "10 mg/kg 2 dd", "7 dagen", "300 mg/dag", "als drank 50 mg/ml"],
  ["Kinderen 15–30 kg", "250 mg 2 dd", "7 dagen", "500 mg/dag", "drank of tablet"],
  ["Kinderen > 30 kg", "375 mg 2 dd", "10 dagen", "750 mg/dag", "—"],
  ["eGFR 30–60 ml/min", "250 mg 2 dd", "10 dagen", "500 mg/dag", "—"],
  ["eGFR < 30 ml/min", "niet gebruiken", "—", "—", "kies corvilucine"],
  ["Zwangeren", "gecontra-indiceerd", "—", "—", "kies despraprol"],
 ]),
 (["**Corvilucine**", "", "capsule 100 mg", "", "tweede keus"], [
  ["Volwassenen", "eerste dag 400 mg, daarna 200 mg 1 dd", "5 dagen", "400 mg/dag", "nuchter innemen"],
  ["Ouderen > 70 jaar", "eerste dag 200 mg, daarna 100 mg 1 dd", "5 dagen", "200 mg/dag", "ECG bij hartziekte"],
  ["Kinderen 25–40 kg", "4 mg/kg 1 dd", "5 dagen", "200 mg/dag", "niet bij kinderen < 25 kg"],
  ["eGFR < 30 ml/min", "100 mg 1 dd", "5 dagen", "100 mg/dag", "geen aanpassing bij eGFR 30–60 ml/min"],
  ["Zwangeren", "niet gebruiken", "—", "—", "kies despraprol"],
 ]),
 (["**Despraprol**", "", "tablet 40 mg,", "suspensie 10 mg/ml", "", "middel bij", "zwangerschap"], [
  ["Volwassenen", "80 mg 3 dd", "14 dagen", "240 mg/dag", "derde keus"],
  ["Zwangeren", "80 mg 3 dd", "14 dagen", "240 mg/dag", "veilig in alle trimesters"],
  ["Kinderen < 20 kg", "2 mg/kg 3 dd", "10 dagen", "120 mg/dag", "als suspensie 10 mg/ml"],
  ["Kinderen ≥ 20 kg", "40 mg 3 dd", "10 dagen", "180 mg/dag", "—"],
  ["eGFR < 30 ml/min", "40 mg 2 dd", "14 dagen", "80 mg/dag", "kalium na 3 dagen controleren"],
 ]),
 (["**Mirtavidon**", "", "tablet 5 mg", "", "reservemiddel"], [
  ["Volwassenen", "10 mg 1 dd", "21 dagen", "10 mg/dag", "alleen bij recidief, na overleg"],
  ["Ouderen > 70 jaar", "5 mg 1 dd", "21 dagen", "5 mg/dag", "kans op orthostatische hypotensie"],
  ["eGFR < 45 ml/min", "5 mg om de dag", "21 dagen", "5 mg per 48 uur", "—"],
  ["Kinderen", "niet gebruiken", "—", "—", "onvoldoende gegevens"],
 ]),
]
def wrap(t, w):
    return textwrap.wrap(t, w - 2) or [""]
def sep(ch="-", skipfirst=False):
    parts = []
    for i, w in enumerate(W):
        if i == 0 and skipfirst:
            parts.append(" " * w)
        else:
            parts.append(ch * w)
    if skipfirst:
        return "|" + parts[0] + "+" + "+".join(parts[1:]) + "+"
    return "+" + "+".join(parts) + "+"
def line(cells):
    return "|" + "|".join(" " + c.ljust(w - 1) for c, w in zip(cells, W)) + "|"
out = [sep("-"), line(head), sep("=")]
for drugcell, rows in groups:
    # lines per row
    rowlines = []
    for r in rows:
        cols = [wrap(c, w) for c, w in zip(r, W[1:])]
        n = max(len(c) for c in cols)
        rowlines.append([[c[i] if i < len(c) else "" for c in cols] for i in range(n)])
    total = sum(len(x) for x in rowlines) + len(rows) - 1
    dl = drugcell + [""] * (total - len(drugcell))
    assert len(dl) == total, (drugcell, total)
    k = 0
    for ri, rl in enumerate(rowlines):
        for l in rl:
            out.append(line([dl[k]] + l)); k += 1
        if ri < len(rowlines) - 1:
            out.append("|" + dl[k].join([" ", ""]).ljust(W[0]) if False else "|" + (" " + dl[k]).ljust(W[0]) + "+" + "+".join("-" * w for w in W[1:]) + "+")
            k += 1
    out.append(sep("-"))
print("\n".join(out))
