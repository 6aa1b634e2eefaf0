#!/usr/bin/python3
"""Tiny static-site step: put a Markdown-generated HTML fragment into the page template."""
import sys
from string import Template
template, fragment, title, out = sys.argv[1:5]
with open(template, encoding="utf-8") as f:
    tpl = Template(f.read())
with open(fragment, encoding="utf-8") as f:
    content = f.read()
with open(out, "w", encoding="utf-8") as f:
    f.write(tpl.substitute(title=title, content=content))
