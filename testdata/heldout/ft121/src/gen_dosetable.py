#!/usr/bin/env python3
# Writes doseringstabel.tbl: tbl input (allbox, .TS H/.TH) for the me document.
# Rows: (drug-or-None, population, dose, duration, maximum, remark) ; dose starting with "!" = spanned "niet gebruiken" cell
DRUGS = [
 ("dravelon (eerste keus; tablet 250 mg, drank 25 mg/ml)", [
  ("Volwassenen (18\\-74 jaar)", "500 mg 2 dd", "7 dagen", "1000 mg per dag", "Innemen na de maaltijd."),
  ("Kinderen < 15 kg", "10 mg/kg 2 dd", "7 dagen", "300 mg per dag", "Gebruik de drank 25 mg/ml."),
  ("Kinderen 15\\-30 kg", "150 mg 2 dd", "7 dagen", "300 mg per dag", "Drank; tablet vanaf 6 jaar."),
  ("Kinderen > 30 kg", "250 mg 2 dd", "7 dagen", "500 mg per dag", "Tablet mag worden gehalveerd."),
  ("Ouderen (\\(>= 75 jaar)", "250 mg 2 dd", "7 dagen", "500 mg per dag", "Let op duizeligheid; bepaal eerst de eGFR."),
  ("Zwangerschap 1e trimester", "!niet gebruiken; kies quessalide cr\\(`eme"),
  ("Zwangerschap 2e en 3e trimester", "500 mg 2 dd", "5 dagen", "1000 mg per dag", "Niet langer dan 5 dagen."),
  ("Borstvoeding", "250 mg 2 dd", "7 dagen", "500 mg per dag", "Let bij de zuigeling op dunne ontlasting."),
  ("eGFR 30\\-60 ml/min", "250 mg 2 dd", "7 dagen", "500 mg per dag", "Geen extra controle nodig."),
  ("eGFR < 30 ml/min", "!niet gebruiken; kies miltorazine"),
 ]),
 ("miltorazine (tweede keus; capsule 20 mg en 40 mg)", [
  ("Volwassenen (18\\-74 jaar)", "40 mg 1 dd", "10 dagen", "40 mg per dag", "Op de nuchtere maag innemen."),
  ("Kinderen < 6 jaar", "!niet gebruiken; kies dravelon"),
  ("Kinderen 6\\-12 jaar", "20 mg 1 dd", "10 dagen", "20 mg per dag", "Capsule mag worden geopend en door yoghurt gemengd."),
  ("Ouderen (\\(>= 75 jaar)", "20 mg 1 dd", "10 dagen", "20 mg per dag", "Maak een ECG bij gebruik van QT-verlengende middelen."),
  ("Zwangerschap 1e trimester", "!niet gebruiken; kies quessalide cr\\(`eme"),
  ("Zwangerschap 2e en 3e trimester", "!niet gebruiken; kies dravelon"),
  ("Borstvoeding", "20 mg 1 dd", "10 dagen", "20 mg per dag", "Direct na een voeding innemen."),
  ("eGFR 30\\-60 ml/min", "40 mg 1 dd", "10 dagen", "40 mg per dag", "Geen aanpassing nodig."),
  ("eGFR < 30 ml/min", "20 mg om de dag", "10 dagen", "20 mg per 2 dagen", "Controleer kalium na 5 dagen."),
 ]),
 ("horvanil (jeukstiller; tablet 5 mg, drank 1 mg/ml)", [
  ("Volwassenen (18\\-74 jaar)", "5 mg 1 dd voor de nacht", "max. 14 dagen", "10 mg per dag", "Maakt slaperig; niet autorijden."),
  ("Kinderen < 2 jaar", "!niet gebruiken; kies quessalide cr\\(`eme"),
  ("Kinderen 2\\-6 jaar", "1,25 mg 2 dd", "max. 7 dagen", "2,5 mg per dag", "Drank 1 mg/ml; paradoxale onrust mogelijk."),
  ("Kinderen 6\\-12 jaar", "2,5 mg 2 dd", "max. 14 dagen", "5 mg per dag", "Drank of halve tablet."),
  ("Ouderen (\\(>= 75 jaar)", "2,5 mg 1 dd voor de nacht", "max. 14 dagen", "5 mg per dag", "Verhoogd valrisico; zie voetnoot."),
  ("Zwangerschap (alle trimesters)", "5 mg 1 dd voor de nacht", "max. 7 dagen", "5 mg per dag", "Zo kort mogelijk gebruiken."),
  ("Borstvoeding", "!niet gebruiken; kies quessalide cr\\(`eme"),
  ("eGFR < 30 ml/min", "2,5 mg om de dag", "max. 14 dagen", "2,5 mg per 2 dagen", "Stop bij verwardheid."),
 ]),
 ("perfonix (bij secundaire impetiginisatie; tablet 125 mg, suspensie 25 mg/ml)", [
  ("Volwassenen (18\\-74 jaar)", "125 mg 3 dd", "5 dagen", "375 mg per dag", "Innemen met een vol glas water."),
  ("Kinderen vanaf 1 jaar", "8 mg/kg 3 dd", "5 dagen", "375 mg per dag", "Suspensie 25 mg/ml."),
  ("Kinderen < 1 jaar", "!niet gebruiken; overleg met de kinderarts"),
  ("Ouderen (\\(>= 75 jaar)", "125 mg 3 dd", "5 dagen", "375 mg per dag", "Geen aanpassing nodig."),
  ("Zwangerschap (alle trimesters)", "125 mg 3 dd", "5 dagen", "375 mg per dag", "Veilig in alle trimesters."),
  ("Borstvoeding", "125 mg 3 dd", "5 dagen", "375 mg per dag", "Kan overgaan in moedermelk; geen bezwaar."),
  ("eGFR 10\\-30 ml/min", "125 mg 2 dd", "5 dagen", "250 mg per dag", "Verleng het doseerinterval."),
  ("eGFR < 10 ml/min", "!niet gebruiken; overleg met de internist-nefroloog"),
 ]),
]

def tb(s):
    return "T{\n" + s + "\nT}"

out = []
out.append(".TS H")
out.append("allbox center tab(@);")
fmts = ["cb cb cb cb cb cb"]
data = ["Middel@Populatie@Dosering@Duur@Maximum@Opmerkingen", ".TH"]
first_fmt = True
for drug, rows in DRUGS:
    for i, r in enumerate(rows):
        first = tb(drug) if i == 0 else "\\^"
        if r[1].startswith("!"):
            fmts.append("l l l s s s")
            data.append("@".join([first, tb(r[0]), tb(r[1][1:])]))
        else:
            if first_fmt:
                fmts.append("lw(2.0c) lw(2.1c) lw(2.0c) lw(1.5c) lw(1.7c) lw(2.9c)")
                first_fmt = False
            else:
                fmts.append("l l l l l l")
            data.append("@".join([first, tb(r[0])] + [tb(c) for c in r[1:]]))
fmts[-1] += "."
out += fmts + data
out.append(".TE")
print("\n".join(out))
