#!/bin/sh
# Build the FICTIONAL guideline FT-150 with MultiMarkdown (Perl
# Text::MultiMarkdown 1.000035, Debian package libtext-multimarkdown-perl
# 1.000035-3). The package conflicts with Debian's discount (both ship
# /usr/bin/markdown); without it installed, MMD_ROOT names a folder where
# its .deb and libtext-markdown-perl's were unpacked (apt-get download,
# dpkg-deb -x). 'Format: complete' in the metadata header makes it write a
# complete XHTML page.
set -e
cd "$(dirname "$0")"
if command -v multimarkdown >/dev/null 2>&1; then MMD=multimarkdown; else MMD="perl -I$MMD_ROOT/usr/share/perl5 $MMD_ROOT/usr/bin/multimarkdown"; fi
$MMD terpenhoest.mmd > ../ft150-terpenhoest.html
