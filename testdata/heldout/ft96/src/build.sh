#!/bin/sh
# LaTeXML 0.8.7 (Debian package latexml), babel dutch from texlive-lang-european
set -e
cd "$(dirname "$0")"
latexml --dest=x.xml doc.tex
latexmlpost --dest=ft96-kelderbuik.html --format=html5 x.xml
cp ft96-kelderbuik.html ../
rm -f x.xml ft96-kelderbuik.html *.log *.css
