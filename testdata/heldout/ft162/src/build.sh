#!/bin/sh
# Build ft162-zompkoorts.txt with pod2text (Pod::Text 4.14, Debian 12 perl
# 5.36.0-7+deb12u4). No timestamps: the output depends only on the POD source.
set -e
cd "$(dirname "$0")"
pod2text --width=78 ft162.pod > ../ft162-zompkoorts.txt
