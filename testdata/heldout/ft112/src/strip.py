# Remove inline <script> elements and inline <svg> icons from Starlight's built page.
# Everything else (header, sidebar, both tables of contents, anchor-link sr-only texts, footer) stays.
import re, sys
src, dst = sys.argv[1], sys.argv[2]
s = open(src, encoding='utf-8').read()
s = re.sub(r'<script\b[^>]*>.*?</script>', '', s, flags=re.S)
s = re.sub(r'<svg\b.*?</svg>', '', s, flags=re.S)
open(dst, 'w', encoding='utf-8').write(s)
print(src, '->', dst, len(s), 'bytes')
