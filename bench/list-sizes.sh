#!/usr/bin/env bash
# The clinician's patient list with 100 patients and with 1,000, in one node and one clinic, round after round: the
# same clinician's care team is moved between the two sizes (the clinic of bench/clinic.sql, 1,000 patients, their
# reviews and everything else unchanged), so the two sizes are measured by the same warm JVM, against the same data,
# minutes apart; separate runs of bench/pages.sh differ by more than the difference sought.
# Needs PostgreSQL on 127.0.0.1:5432 (run as root with a local postgres superuser, as on the project's machines), wrk
# and psql.
#   bash bench/list-sizes.sh [seconds per measurement] [rounds]
# Writes bench/results/list-sizes.md (the table docs/scale.md quotes) and keeps Payara's log beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_CALL=${1:-10}
ROUNDS=${2:-3}
WARM_UP=${BENCH_WARM_UP:-90}
DB=portal_lists
PORT=8091
URL="http://127.0.0.1:$PORT"
OUT=bench/results
PASSWORD=scale-bench-password
mkdir -p "$OUT"

source bench/portal.sh
fresh_database "$DB"
build_war
echo "== starting Payara Micro on PostgreSQL (port $PORT, 4 HTTP threads, -Xmx512m)"
start_portal_postgres "$DB" "$PORT" 4 clinic-portal-lists "$OUT/list-sizes-payara.log"
echo "== a clinic of 1000 patients and 10 clinicians (bench/clinic.sql)"
build_clinic "$DB" 1000 10 365 "$PASSWORD"

CLINICIAN=scale-clinician-2
COOKIE=$(sign_in "$URL" "$CLINICIAN" "$PASSWORD")
LIST="$URL/clinician/index.xhtml"
sql() { PGPASSWORD=portal_bench psql -h 127.0.0.1 -U portal_bench -d "$DB" -qAt -v ON_ERROR_STOP=1 -c "$1"; }
ME=$(sql "SELECT id FROM account WHERE username = '$CLINICIAN'")
# bench/clinic.sql gives patient n to clinician 1 + n mod 10: a care team of 100 each.
caseload() { # 100 or 1000: the clinician's patients
    if [ "$1" = 1000 ]; then
        sql "UPDATE care_team SET clinician_id = $ME"
    else
        sql "UPDATE care_team t SET clinician_id = c.id FROM account p, account c WHERE p.id = t.patient_id
             AND c.username = 'scale-clinician-' || (1 + substring(p.username FROM 'scale-patient-([0-9]+)')::int % 10)"
    fi
    sql "VACUUM ANALYZE care_team"
    [ "$(sql "SELECT COUNT(*) FROM care_team WHERE clinician_id = $ME")" = "$1" ]
    grep -q "Scale Patient" <<<"$(curl -sf -H "Cookie: $COOKIE" "$LIST")" || { echo "the list did not answer" >&2; exit 1; }
}
measure() { # connections -> "requests/s | p50 | p99"
    local out
    out=$(wrk -t "$(( $1 < 2 ? 1 : 2 ))" -c "$1" -d "${SECONDS_PER_CALL}s" --latency -H "Cookie: $COOKIE" "$LIST")
    if grep -q "Non-2xx" <<<"$out"; then echo "the list: $(grep Non-2xx <<<"$out")" >&2; exit 1; fi
    printf '%s | %s | %s' "$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")" \
        "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")"
}

echo "== warm-up: ${WARM_UP} s"
caseload 1000
wrk -t 2 -c 8 -d "$(( WARM_UP / 2 ))s" -H "Cookie: $COOKIE" "$LIST" >/dev/null
caseload 100
wrk -t 2 -c 8 -d "$(( WARM_UP / 2 ))s" -H "Cookie: $COOKIE" "$LIST" >/dev/null

{
    echo "Measured $(date -u +%F) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), PostgreSQL"
    echo "$(psql_admin -c 'SHOW server_version'), Payara Micro with 4 HTTP threads and -Xmx512m; a clinic of 1,000 patients;"
    echo "the list's first page (25 patients, most urgent first) for one clinician whose care team is moved between 100"
    echo "and 1,000 patients before each measurement; ${SECONDS_PER_CALL} s per measurement after a ${WARM_UP} s warm-up."
    echo
    echo "| round | patients | 1 connection: requests/s | p50 | p99 | 8 connections: requests/s | p50 | p99 |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
    for round in $(seq 1 "$ROUNDS"); do
        for size in 100 1000; do
            caseload "$size"
            echo "| $round | $size | $(measure 1) | $(measure 8) |"
        done
    done
} | tee "$OUT/list-sizes.md"
