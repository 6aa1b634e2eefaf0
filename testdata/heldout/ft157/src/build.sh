#!/bin/sh
# Build the FT-157 guideline with Showdown 2.1.0 (npm package showdown, installed in ../node_modules).
set -e
cd "$(dirname "$0")"
node build.js
