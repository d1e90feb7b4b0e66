#!/usr/bin/env bash
# The API and the patient's today page through HAProxy (docker/haproxy.cfg) in front of one node, then of two, on a
# clinic of a real size (bench/clinic.sql) on PostgreSQL. The nodes are one Payara cluster with replicated sessions
# (PORTAL_SESSION_REPLICATION=true), 4 HTTP threads and -Xmx512m each, on this one machine: the figures show what the
# balancer and a second node cost or bring here, not what a second machine would (docs/scale.md).
# Needs PostgreSQL on 127.0.0.1:5432 (run as root with a local postgres superuser), wrk, psql and haproxy.
#   bash bench/balanced.sh [seconds per call] [patients]
# Writes bench/results/balanced.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_CALL=${1:-10}
PATIENTS=${2:-1000}
DB=portal_balanced
PASSWORD=scale-bench-password
ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64)"
LB=8095
OUT=bench/results
mkdir -p "$OUT"

source bench/portal.sh
fresh_database "$DB"
build_war

pids=()
HAPROXY_PID=
trap 'kill "${pids[@]}" $HAPROXY_PID 2>/dev/null || true' EXIT
await() { for _ in $(seq 1 180); do curl -sf "$1/health/ready" >/dev/null && return 0; sleep 1; done; echo "$1 not ready" >&2; exit 1; }
node() { # name http-port hazelcast-port
    PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PORTAL_DB_USER=portal_bench PORTAL_DB_PASSWORD=portal_bench \
    PORTAL_ADMIN_USERNAME=scale-admin PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" PORTAL_TRUSTED_PROXIES=127.0.0.1 \
    PORTAL_SESSION_REPLICATION=true \
        java -Xmx512m -jar portal-web/target/payara-micro.jar --deploy portal-web/target/portal.war --contextroot / \
        --port "$2" --clustermode tcpip:127.0.0.1:5911 --startport "$3" --interfaces 127.0.0.1 \
        --clustername clinic-portal-balanced --nohostaware --minhttpthreads 4 --maxhttpthreads 4 \
        --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin \
        --postbootcommandfile portal-web/src/main/payara/post-boot-commands.asadmin \
        --postdeploycommandfile portal-web/src/main/payara/post-deploy-commands.asadmin > "$OUT/balanced-$1.log" 2>&1 &
    pids+=($!)
    await "http://127.0.0.1:$2"
}
balancer() { # node1-address node2-address
    # The load comes from one address, so the balancer's per-address limit is lifted for the measurement.
    start_balancer "$LB" "$1" "$2" 100000000 "$OUT/balanced-haproxy.log"
}
measure() { # label -> table rows
    local url="http://127.0.0.1:$LB" token cookies=() served out
    token=$(curl -sf -u "scale-patient-1:$PASSWORD" -X POST "$url/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
    for patient in 1 2; do cookies+=("$(sign_in "$url" "scale-patient-$patient" "$PASSWORD")"); done
    served=$(printf '%s\n' "${cookies[@]}" | grep -o 'PORTAL_NODE=[a-z0-9]*' | sort -u | tr '\n' ' ')
    wrk -t 2 -c 8 -d 5s -H "Authorization: Bearer $token" "$url/api/v1/today" >/dev/null
    BENCH_COOKIES="${cookies[0]}|${cookies[1]}" wrk -t 2 -c 8 -d 5s -s bench/sessions.lua "$url/patient/index.xhtml" >/dev/null
    row() { printf '| %s | %s | %s | %s | %s |\n' "$1" "$2" "$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$3")" \
        "$(awk '$1 == "50%" {print $2}' <<<"$3")" "$(awk '$1 == "99%" {print $2}' <<<"$3")"; }
    out=$(wrk -t 2 -c 8 -d "${SECONDS_PER_CALL}s" --latency -H "Authorization: Bearer $token" "$url/api/v1/today")
    grep -q "Non-2xx" <<<"$out" && { echo "API: $(grep Non-2xx <<<"$out")" >&2; exit 1; }
    row "$1" "API GET /api/v1/today (Bearer)" "$out"
    out=$(BENCH_COOKIES="${cookies[0]}|${cookies[1]}" wrk -t 2 -c 8 -d "${SECONDS_PER_CALL}s" --latency -s bench/sessions.lua \
        "$url/patient/index.xhtml")
    grep -q "Non-2xx" <<<"$out" && { echo "page: $(grep Non-2xx <<<"$out")" >&2; exit 1; }
    row "$1" "page: patient's today (two sessions, $served)" "$out"
}

echo "== node 1 (log: $OUT/balanced-node1.log)"
node node1 8091 5911
echo "== a clinic of $PATIENTS patients"
build_clinic "$DB" "$PATIENTS" "$(( PATIENTS / 100 > 0 ? PATIENTS / 100 : 1 ))" 365 "$PASSWORD"
rows=()
echo "== HAProxy in front of one node"
balancer 127.0.0.1:8091 127.0.0.1:8091
rows+=("$(measure "one node")")
echo "== node 2 (log: $OUT/balanced-node2.log), and HAProxy in front of both"
node node2 8092 5912
balancer 127.0.0.1:8091 127.0.0.1:8092
rows+=("$(measure "two nodes")")

{
    echo "Measured $(date -u +%F) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), PostgreSQL"
    echo "$(psql_admin -c 'SHOW server_version'), HAProxy $(haproxy -v | awk 'NR == 1 {print $3}'); nodes of Payara Micro with 4 HTTP"
    echo "threads, -Xmx512m and replicated sessions, all on this machine; a clinic of $PATIENTS patients; 8 connections, ${SECONDS_PER_CALL} s per call."
    echo
    echo "| behind HAProxy | call | requests/s | p50 | p99 |"
    echo "| --- | --- | --- | --- | --- |"
    printf '%s\n' "${rows[@]}"
} | tee "$OUT/balanced.md"
