#!/bin/sh
# Redcarpet 3.5.1 (Debian ruby-redcarpet 3.5.1-1+b4), ruby 3.1.2
set -e
cd "$(dirname "$0")"
ruby build.rb kreekkoorts.md ../ft193-kreekkoorts.html
