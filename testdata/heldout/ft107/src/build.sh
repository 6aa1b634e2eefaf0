#!/bin/sh
# Rebuild the VitePress site and copy the guideline page to ../ft107-merelkoorts.html,
# stripping the inline window.__VP_HASH_MAP__/__VP_SITE_DATA__ JSON script (the only
# sizeable inline script). No fonts or icons are inlined by VitePress 1.6.4 (woff2 files are
# linked from /assets, vp-icons.css is empty), so nothing else is removed.
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm install
npx vitepress build docs
python3 - <<'PY'
import re
h = open('docs/.vitepress/dist/standaarden/merelkoorts.html', encoding='utf-8').read()
h2, n = re.subn(r'\n?\s*<script>window\.__VP_HASH_MAP__=.*?</script>', '', h, flags=re.S)
assert n == 1, n
open('../ft107-merelkoorts.html', 'w', encoding='utf-8').write(h2)
print('stripped', len(h) - len(h2), 'bytes')
PY
