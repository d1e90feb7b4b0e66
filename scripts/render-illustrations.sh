#!/usr/bin/env bash
# Draws PNG copies of the exercise illustrations for the PDF handouts (OpenPDF does not draw SVG), with headless
# Chromium, at twice the SVG's size: portal-web/src/main/resources/clinic/portal/web/exercises/<name>.png.
# Run after scripts/illustrations.py changes a drawing.
set -euo pipefail
cd "$(dirname "$0")/.."
svgs=portal-web/src/main/webapp/resources/portal/exercises
pngs=portal-web/src/main/resources/clinic/portal/web/exercises
mkdir -p "$pngs"
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
for svg in "$svgs"/*.svg; do
  name=$(basename "$svg" .svg)
  page=$(mktemp --suffix=.html)
  printf '<html><body style="margin:0"><img src="file://%s" width="480" height="320"></body></html>' "$(realpath "$svg")" > "$page"
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=480,320 --screenshot="$pngs/$name.png" "file://$page" >/dev/null 2>&1
  rm -f "$page"
done
echo "$(ls "$pngs" | wc -l) PNGs in $pngs"
