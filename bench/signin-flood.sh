#!/usr/bin/env bash
# Finding 1 of issue 9, repeated: the p99 of a valid Bearer call while 200 clients send wrong passwords, beside its
# p99 without them. Runs the portal on H2 (demo accounts) with the Docker image's post-boot commands. Needs wrk.
#   bash bench/signin-flood.sh [seconds]
# Two floods: from one address (the per-address throttle answers 429 before any hashing), and as if from many
# addresses (the per-address throttle turned off, a new username each time: every attempt reaches the bounded
# password pool).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30}
PORT=8090
OUT=bench/results
mkdir -p "$OUT"
BASE="http://127.0.0.1:$PORT"

source bench/portal.sh
build_war

run_portal() {
    rm -rf "$OUT/flood-db"
    env PORTAL_DEMO=true PORTAL_DB_URL="jdbc:h2:file:./$OUT/flood-db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        "$@" java -Xmx512m -jar portal-web/target/payara-micro.jar --deploy portal-web/target/portal.war \
        --contextroot / --port "$PORT" --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 --clustername clinic-portal-flood \
        --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin \
        --postbootcommandfile portal-web/src/main/payara/post-boot-commands.asadmin \
        --postdeploycommandfile portal-web/src/main/payara/post-deploy-commands.asadmin \
        --minhttpthreads $((2 * $(nproc))) --maxhttpthreads $((2 * $(nproc))) > "$OUT/flood-payara.log" 2>&1 &
    PAYARA=$!
    for _ in $(seq 1 120); do curl -sf "$BASE/health/ready" >/dev/null && break; sleep 1; done
    TOKEN=$(curl -sf -u patient:patient-demo-password -X POST "$BASE/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
    wrk -t1 -c1 -d10s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/today" >/dev/null   # warm-up
}

today() { wrk -t1 -c1 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/today"; }

flood() {
    wrk -t2 -c200 -d"$((DURATION + 4))s" -s bench/wrong-passwords.lua "$BASE/" > "$OUT/flood-$1.txt" 2>&1 &
    local FLOOD=$!
    sleep 2
    today > "$OUT/today-during-$1.txt"
    wait $FLOOD || true
}

echo "== one address"
run_portal
today > "$OUT/today-alone.txt"
flood one-address
kill $PAYARA; wait $PAYARA 2>/dev/null || true

echo "== many addresses (per-address throttle off)"
run_portal PORTAL_SIGNIN_ADDRESS_FREE_FAILURES=1000000000
flood many-addresses
ADMIN=$(curl -s -u admin:admin-demo-password -X POST "$BASE/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
curl -s -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/metrics" | grep '^portal_' > "$OUT/flood-metrics.txt" || true
kill $PAYARA; wait $PAYARA 2>/dev/null || true

for f in today-alone today-during-one-address today-during-many-addresses; do
    echo "-- $f"; grep -E "Requests/sec|  99%|  50%" "$OUT/$f.txt"
done
for f in one-address many-addresses; do
    echo "-- flood $f"; grep -E "Requests/sec|Non-2xx" "$OUT/flood-$f.txt"
done
cat "$OUT/flood-metrics.txt" || true
