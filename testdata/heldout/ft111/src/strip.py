# Strip inlined <style> blobs (docsify search plugin injects ~3.9 KB of CSS into <head>)
# from the dumped DOM. Everything else is kept as chromium dumped it.
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
s = re.sub(r'<style>.*?</style>', '', s, flags=re.S)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
