#!/bin/sh
# Build ft154-lepelaarkoorts.pdf with the SILE typesetter v0.14.17 (built
# from its sources: Debian 12 has no sile package) and the third-party
# ptable.sile 3.0.0 package for its tables; font Gentium Plus (Debian
# fonts-sil-gentiumplus). SILE names the sile binary.
set -e
cd "$(dirname "$0")"
"${SILE:-sile}" lepelaarkoorts.sil -o ../ft154-lepelaarkoorts.pdf
