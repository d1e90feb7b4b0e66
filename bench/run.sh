#!/usr/bin/env bash
# Benchmark of the API's "record a session" on PostgreSQL, beside pgbench running the same INSERT at the same
# concurrency on the same database. Needs PostgreSQL on 127.0.0.1:5432 (run as root with a local postgres
# superuser, as on the project's machines), wrk and pgbench (apt-get install wrk postgresql-client).
#   bash bench/run.sh [seconds] [connections]
# BENCH_JAVA_OPTS adds options to Payara's JVM, e.g. a flight recording of the run:
#   BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=bench/results/api.jfr,settings=profile" bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
CONNECTIONS=${2:-32}
# Payara's HTTP worker pool, as in the Docker image: two threads per core unless told otherwise.
HTTP_THREADS=${PORTAL_HTTP_THREADS:-$(( 2 * $(nproc) ))}
WARM_UP=${BENCH_WARM_UP:-60}
DB=portal_bench
PORT=8089
OUT=bench/results
mkdir -p "$OUT"

source bench/portal.sh
fresh_database "$DB"

build_war

echo "== starting Payara Micro on PostgreSQL (port $PORT)"
PORTAL_DEMO=true PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PORTAL_DB_USER=portal_bench \
PORTAL_DB_PASSWORD=portal_bench java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar portal-web/target/payara-micro.jar \
    --deploy portal-web/target/portal.war --contextroot / --port "$PORT" \
    --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 --clustername clinic-portal-bench \
    --minhttpthreads "$HTTP_THREADS" --maxhttpthreads "$HTTP_THREADS" \
    > "$OUT/payara.log" 2>&1 &
PAYARA=$!
trap 'kill $PAYARA 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break
    sleep 1
done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null

echo "== seeding 500 patients with 90 days of history"
PGPASSWORD=portal_bench psql -h 127.0.0.1 -U portal_bench -d $DB -v ON_ERROR_STOP=1 -q -f bench/seed.sql
PGPASSWORD=portal_bench psql -h 127.0.0.1 -U portal_bench -d $DB -qAt -c \
    "SELECT 'sessions in the database: ' || COUNT(*) FROM session_log"

# The JIT compiler is still busy after 10 s on two shared cores; measure the steady state a server runs in.
echo "== warming up the API (${WARM_UP} s, $HTTP_THREADS HTTP worker threads)"
wrk -t2 -c"$CONNECTIONS" -d"${WARM_UP}s" -s bench/record-session.lua "http://127.0.0.1:$PORT" > /dev/null

echo "== API: POST /api/v1/sessions, $CONNECTIONS connections, ${SECONDS_PER_RUN}s"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s bench/record-session.lua "http://127.0.0.1:$PORT" \
    | tee "$OUT/wrk.txt"

echo "== pgbench: the same INSERT, $CONNECTIONS clients, ${SECONDS_PER_RUN}s"
PGPASSWORD=portal_bench pgbench -h 127.0.0.1 -U portal_bench -n -M prepared -c "$CONNECTIONS" -j 2 \
    -T "$SECONDS_PER_RUN" -P 10 -r -f bench/insert-session.sql $DB | tee "$OUT/pgbench.txt"

api=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk.txt")
pg=$(awk '/^tps = / {print $3; exit}' "$OUT/pgbench.txt")
echo "== API $api requests/s, pgbench $pg transactions/s, ratio $(awk -v a="$api" -v p="$pg" 'BEGIN {printf "%.2f", a / p}')"
echo "   resident memory of Payara: $(ps -o rss= -p $PAYARA | awk '{printf "%d MB", $1 / 1024}')"
