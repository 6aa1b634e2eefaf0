#!/bin/sh
# Requires Debian package python3-mistune 2.0.4-1 (apt-get install -y python3-mistune); uses /usr/bin/python3.
set -e
cd "$(dirname "$0")"
/usr/bin/python3 -c 'import mistune; assert mistune.__version__ == "2.0.4", mistune.__version__'
/usr/bin/python3 render.py vlasrootkoorts.md ../ft180-vlasrootkoorts.html
