#!/usr/bin/env python3
"""Strip the large inlined CSS and the script tags nbconvert's lab template writes into <head>
(pygments CSS, the ~535 kB JupyterLab theme CSS, the widgets/print CSS, require.js,
MathJax and its config). The body, including pandas' small scoped <style> before the
DataFrame table, is left exactly as nbconvert wrote it."""
import re, sys
src, dst = sys.argv[1], sys.argv[2]
s = open(src, encoding="utf-8").read()
head_end = s.index("</head>")
head, rest = s[:head_end], s[head_end:]
head = re.sub(r"<style[^>]*>.*?</style>\s*", "", head, flags=re.S)
head = re.sub(r"<script[^>]*>.*?</script>\s*", "", head, flags=re.S)
rest = re.sub(r"<script[^>]*>.*?</script>\s*", "", rest, flags=re.S)
open(dst, "w", encoding="utf-8").write(head + rest)
