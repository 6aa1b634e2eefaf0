#!/bin/sh
# Builds ../ft191-biezenroos.html with TiddlyWiki 5 (npm package tiddlywiki, see package.json).
set -e
cd "$(dirname "$0")"
[ -d node_modules/tiddlywiki ] || npm install --no-save
TW="npx tiddlywiki"
W=$(mktemp -d)
$TW "$W/wiki" --init server
mkdir -p "$W/wiki/tiddlers"
cp tiddlers/*.tid "$W/wiki/tiddlers/"
$TW "$W/wiki" --render '[[Fictieve Standaard Biezenroos (FT-191)]]' ft191-biezenroos.html text/plain '$:/core/templates/static.tiddler.html'
cp "$W/wiki/output/ft191-biezenroos.html" ../ft191-biezenroos.html
rm -rf "$W"
