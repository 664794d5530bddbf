#!/usr/bin/env bash
# Renders media/icon.svg to media/icon.png (128×128, the size the Marketplace shows), the icon
# package.json names. Needs rsvg-convert: `apt-get install librsvg2-bin` (Debian/Ubuntu).
# Run it after editing the SVG and commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "make-icon: rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }
rsvg-convert --width 128 --height 128 --keep-aspect-ratio media/icon.svg --output media/icon.png
echo "media/icon.png: $(wc -c <media/icon.png) bytes, 128×128"
