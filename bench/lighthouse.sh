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

echo "== building the WAR" >&2
./mvnw -q -B -DskipTests package

rm -rf "$OUT/lighthouse-db"
env PORTAL_DEMO=true PORTAL_DB_URL="jdbc:h2:file:./$OUT/lighthouse-db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    java -Xmx512m -jar portal-web/target/payara-micro.jar --deploy portal-web/target/portal.war \
    --contextroot / --port "$PORT" --nocluster \
    --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin \
    --postbootcommandfile portal-web/src/main/payara/post-boot-commands.asadmin > "$OUT/lighthouse-payara.log" 2>&1 &
PAYARA=$!
trap 'kill $PAYARA 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/health/ready" >/dev/null && break; sleep 1; done

cp bench/lighthouse.mjs "$TOOLS/run.mjs"
node "$TOOLS/run.mjs" "$BASE" "$OUT"
