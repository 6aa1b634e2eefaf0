# Voegt de ASCII-tabellen in de tekst in en schrijft de UTF-8-brontekst.
import sys
from tables import table, W1, H1, R1, W2, H2, R2
body = open('body.txt', encoding='utf-8').read()
body = body.replace('{TABEL1}', table(W1, H1, R1)).replace('{TABEL2}', table(W2, H2, R2))
open(sys.argv[1], 'w', encoding='utf-8').write(body)
