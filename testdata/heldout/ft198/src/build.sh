#!/bin/sh
# Build FT-198 with Hexo (hexo-cli 4.3.2; a site from `hexo init` with hexo 7.3.0, theme landscape 1.1.0,
# renderer hexo-renderer-marked 6.3.0), in a temporary directory.
set -e
cd "$(dirname "$0")"
SRC=$(pwd)
W=$(mktemp -d)
cd "$W"
npm install --no-fund --no-audit --no-save hexo-cli@4.3.2
npx hexo init site
cp "$SRC/site_config.yml" site/_config.yml
cp "$SRC"/content/*.md site/source/_posts/
cd site
npx hexo clean
npx hexo generate
cp public/2026/04/14/zwanenbloemkoorts/index.html "$SRC/../ft198-zwanenbloemkoorts.html"
rm -rf "$W"
