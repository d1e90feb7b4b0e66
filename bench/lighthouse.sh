#!/usr/bin/env bash
# Lighthouse 12 (npm, on Node 20, with Debian's Chromium) on the sign-in, today, record and history pages as the
# demo patient, on a phone over slow 4G (Lighthouse's mobile defaults). Starts the portal on H2 with the Docker image's
# boot commands (gzip on), writes a table to stdout and each page's full report to bench/results/.
#   bash bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=8091
OUT=bench/results
mkdir -p "$OUT"
BASE="http://127.0.0.1:$PORT"
TOOLS=bench/results/lighthouse-tools
if [ ! -d "$TOOLS/node_modules/lighthouse" ]; then
    mkdir -p "$TOOLS"
    (cd "$TOOLS" && npm init -y >/dev/null && npm install --no-audit --no-fund lighthouse@12 chrome-launcher playwright-core@1 >/dev/null)
fi

source bench/portal.sh
start_portal "$PORT" lighthouse

cp bench/lighthouse.mjs "$TOOLS/run.mjs"
node "$TOOLS/run.mjs" "$BASE" "$OUT"
