# Hulpscript: zet de tabellen van de fictieve standaard als ASCII-art (eigen code).
def table(widths, header, rows, sep_after=None):
    def line(ch='-'):
        return '+' + '+'.join(ch * (w + 2) for w in widths) + '+'
    def rowlines(cells):
        n = max(len(c) for c in cells)
        out = []
        for i in range(n):
            parts = [(c[i] if i < len(c) else '').ljust(w) for c, w in zip(cells, widths)]
            for p, w in zip(parts, widths):
                assert len(p) <= w, p
            out.append('| ' + ' | '.join(parts) + ' |')
        return out
    out = [line(), *rowlines(header), line('=')]
    for r in rows:
        if r == 'SEP':
            out.append(line())
            continue
        out += rowlines(r)
    out.append(line())
    return '\n'.join(out)

W1 = [12, 16, 9, 8, 9, 7]
H1 = [['Middel'], ['Populatie'], ['Dosis'], ['Frequen-', 'tie'], ['Max. per', 'dag'], ['Duur']]
R1 = [
 [['ostavirine', '(tablet', '200 mg)'], ['volwassenen'], ['400 mg'], ['3x/dag'], ['1200 mg'], ['7 dagen']],
 [[], ['ouderen >= 75', 'jaar [1]'], ['200 mg'], ['3x/dag'], ['600 mg'], ['7 dagen']],
 [[], ['kinderen 2-5', 'jaar [2]'], ['10 mg/kg'], ['2x/dag'], ['300 mg'], ['5 dagen']],
 [[], ['kinderen 6-11', 'jaar [2]'], ['15 mg/kg'], ['2x/dag'], ['800 mg'], ['5 dagen']],
 [[], ['eGFR 15-29 [3]'], ['200 mg'], ['1x/dag'], ['200 mg'], ['7 dagen']],
 'SEP',
 [['quenrodil', '(drank', '2 mg/ml;', 'tablet 10', 'mg)'], ['kinderen', '10-19 kg [4]'], ['2,5 ml', '(5 mg)'], ['2x/dag'], ['5 ml', '(10 mg)'], ['10', 'dagen']],
 [[], ['kinderen', '20-39 kg'], ['4 ml', '(8 mg)'], ['2x/dag'], ['8 ml', '(16 mg)'], ['10', 'dagen']],
 [[], ['volwassenen'], ['10 mg'], ['1-2x/dag'], ['20 mg'], ['14', 'dagen']],
 [[], ['ouderen >= 75', 'jaar [5]'], ['5 mg'], ['1x/dag,', 'avond'], ['5 mg'], ['14', 'dagen']],
 'SEP',
 [['fendamycine', '(capsule', '250 mg;', 'suspensie', '50 mg/ml)'], ['volwassenen'], ['750 mg'], ['2x/dag'], ['1500 mg'], ['5 dagen']],
 [[], ['kinderen', '< 40 kg [2]'], ['25 mg/kg'], ['2x/dag'], ['1000 mg'], ['5 dagen']],
 [[], ['eGFR 30-59'], ['500 mg'], ['2x/dag'], ['1000 mg'], ['5 dagen']],
 [[], ['eGFR < 30 [6]'], ['niet', 'gebruiken'], ['-'], ['-'], ['-']],
]

W2 = [12, 25, 33]
H2 = [['Middel'], ['Contra-indicaties'], ['Interacties / voorzorgen']]
R2 = [
 [['ostavirine'], ['- eGFR < 15', '- epilepsie in de', '  voorgeschiedenis'], ['- anti-epileptica: spiegel van', '  het anti-epilepticum daalt;', '  overleg', '- tesmaprol: niet combineren']],
 'SEP',
 [['quenrodil'], ['- kinderen < 10 kg of', '  jonger dan 1 jaar', '- nauwekamerhoekglaucoom'], ['- alcohol en andere sederende', '  middelen: versterkte sufheid', '- valrisico bij ouderen']],
 'SEP',
 [['fendamycine'], ['- eGFR < 30', '- eerdere allergie voor', '  fendamycine'], ['- QT-verlengende middelen: ECG', '  vooraf', '- varlodipine: dosis halveren']],
 'SEP',
 [['drosanide-', 'crème 2%'], ['- eczeem of open wond', '  op de behandelplek'], ['- geen interacties bekend']],
]
if __name__ == '__main__':
    print(table(W1, H1, R1))
    print()
    print(table(W2, H2, R2))
