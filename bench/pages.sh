#!/usr/bin/env bash
# The pages people use beside the API that serves the same data, on a clinic of a real size (bench/clinic.sql) on
# PostgreSQL, side by side in one run, at 1 and at 8 connections. Every caller signs in for real: the pages through
# the sign-in page (its form, view state and nonce, as a browser posts them), the API with a Bearer token.
# Needs PostgreSQL on 127.0.0.1:5432 (run as root with a local postgres superuser, as on the project's machines), wrk
# and psql (apt-get install wrk postgresql-client).
#   bash bench/pages.sh [seconds per call] [patients] [clinicians] [days]
# Writes bench/results/pages.md (the table docs/scale.md quotes) and keeps Payara's log beside it.
# PORTAL_SESSION_REPLICATION=true measures the node as a cluster member does it (sessions replicated); by default it
# keeps them in memory, as a single node does.
# BENCH_JAVA_OPTS adds options to Payara's JVM, e.g. a flight recording:
#   BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=bench/results/pages.jfr,settings=profile" bash bench/pages.sh
# BENCH_IDLE: seconds without requests after the run before resident memory is read again (default 45: a node makes
# its idle collection after 30 s without one, docker/Dockerfile); with -XX:NativeMemoryTracking=summary in
# BENCH_JAVA_OPTS the JVM's own account of its memory is kept beside the table.
# After the memory readings, the heap's live objects by class are kept in bench/results/pages-class-histogram.txt.
# BENCH_ONLY keeps the calls whose name holds it (grep -E), so a recording holds one page, e.g. BENCH_ONLY="patient page".
# BENCH_ROUNDS=R (R > 1) adds each page's share of the API's /today rate at 8 connections, measured in R rounds of every
# call in turn (SECONDS_PER_CALL each) and given as the median of the rounds' shares: a share within one round is
# measured minutes apart at most, so it holds on a machine whose speed drifts between runs, as these do. Beside it,
# the median of Payara's CPU time per request (user + system, from /proc), which time stolen by the hypervisor and
# waits do not count in.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_CALL=${1:-15}
PATIENTS=${2:-1000}
CLINICIANS=${3:-10}
DAYS=${4:-365}
HTTP_THREADS=${PORTAL_HTTP_THREADS:-4}
WARM_UP=${BENCH_WARM_UP:-90}
IDLE=${BENCH_IDLE:-45}
DB=portal_scale
PORT=8090
URL="http://127.0.0.1:$PORT"
OUT=bench/results
PASSWORD=scale-bench-password
mkdir -p "$OUT"

source bench/portal.sh
fresh_database "$DB"

build_war

echo "== starting Payara Micro on PostgreSQL (port $PORT, $HTTP_THREADS HTTP threads, -Xmx512m)"
start_portal_postgres "$DB" "$PORT" "$HTTP_THREADS" clinic-portal-pages "$OUT/pages-payara.log"
PAYARA=$PORTAL_PID

echo "== a clinic of $PATIENTS patients, $CLINICIANS clinicians and $DAYS days (bench/clinic.sql)"
build_clinic "$DB" "$PATIENTS" "$CLINICIANS" "$DAYS" "$PASSWORD"

PATIENT_COOKIE=$(sign_in "$URL" scale-patient-1 "$PASSWORD")
# The clinician of patient 1 (bench/clinic.sql gives patient n to clinician 1 + n mod clinicians), whose page is measured.
CLINICIAN_COOKIE=$(sign_in "$URL" "scale-clinician-$(( 1 + 1 % CLINICIANS ))" "$PASSWORD")
TOKEN=$(curl -sf -u "scale-patient-1:$PASSWORD" -X POST "$URL/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')

# name | header | path | text the answer must hold (so a page that sent the caller to sign in is never measured)
CALLS=(
    "a static resource (the favicon)||/jakarta.faces.resource/images/favicon.svg.xhtml?ln=portal|"
    "API GET /api/v1/today (Bearer)|Authorization: Bearer $TOKEN|/api/v1/today|\"items\""
    "page: patient's today|Cookie: $PATIENT_COOKIE|/patient/index.xhtml|scale-patient-1"
    "page: patient's history|Cookie: $PATIENT_COOKIE|/patient/history.xhtml|scale-patient-1"
    "page: clinician's patients ($(( PATIENTS / CLINICIANS )) patients)|Cookie: $CLINICIAN_COOKIE|/clinician/index.xhtml|Scale Patient"
    "page: clinician's patient page (overview)|Cookie: $CLINICIAN_COOKIE|/clinician/patients/detail.xhtml?id=3100001|Scale Patient 1"
    "page: patient's record, progress|Cookie: $CLINICIAN_COOKIE|/clinician/patients/progress.xhtml?id=3100001|painTrend"
    "page: patient's record, questionnaires|Cookie: $CLINICIAN_COOKIE|/clinician/patients/outcomes.xhtml?id=3100001|askForm"
    "page: patient's record, programme|Cookie: $CLINICIAN_COOKIE|/clinician/patients/plan.xhtml?id=3100001|Scale Patient 1"
)
if [ -n "${BENCH_ONLY:-}" ]; then
    mapfile -t CALLS < <(printf '%s\n' "${CALLS[@]}" | grep -E -- "^[^|]*(${BENCH_ONLY})")
    [ "${#CALLS[@]}" -gt 0 ] || { echo "no call's name holds '$BENCH_ONLY'" >&2; exit 1; }
fi
for call in "${CALLS[@]}"; do
    IFS='|' read -r name header path expect <<<"$call"
    body=$(curl -s -H "${header:-X-Bench: 1}" -H 'Accept-Encoding: gzip' --compressed -w '\n%{http_code}' "$URL$path")
    [ "$(tail -n 1 <<<"$body")" = "200" ] || { echo "$name answered $(tail -n 1 <<<"$body")" >&2; exit 1; }
    [ -z "$expect" ] || grep -q "$expect" <<<"$body" || { echo "$name does not hold '$expect'" >&2; exit 1; }
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$PAYARA/stat"; } # Payara's user + system CPU time, in clock ticks

measure() { # connections name header path -> a table row, and Payara's CPU milliseconds per request after it
    local out before after
    before=$(cpu_ticks)
    out=$(wrk -t "$(( $1 < 2 ? 1 : 2 ))" -c "$1" -d "${SECONDS_PER_CALL}s" --latency -H "${3:-X-Bench: 1}" \
        -H 'Accept-Encoding: gzip' "$URL$4")
    after=$(cpu_ticks)
    if grep -q "Non-2xx" <<<"$out"; then echo "$2: $(grep Non-2xx <<<"$out")" >&2; exit 1; fi
    printf '| %s | %s | %s | %s | %s |%s\n' "$2" "$1" "$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")" \
        "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")" \
        "$(awk -v t=$(( after - before )) -v hz="$(getconf CLK_TCK)" '/ requests in / {printf "%.2f", 1000 * t / hz / $1}' <<<"$out")"
}

echo "== warm-up: ${WARM_UP} s over every call"
for call in "${CALLS[@]}"; do
    IFS='|' read -r name header path expect <<<"$call"
    wrk -t 2 -c 8 -d "$(( WARM_UP / ${#CALLS[@]} + 1 ))s" -H "${header:-X-Bench: 1}" "$URL$path" >/dev/null
done

{
    echo "Measured $(date -u +%F) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), PostgreSQL"
    echo "$(psql_admin -c 'SHOW server_version'), Payara Micro with $HTTP_THREADS HTTP threads, -Xmx512m and the image's"
    echo "memory options; a clinic of $PATIENTS patients, $CLINICIANS clinicians, $DAYS days; ${SECONDS_PER_CALL} s per call, after a ${WARM_UP} s warm-up;"
    echo "sessions $([ "${PORTAL_SESSION_REPLICATION:-false}" = true ] && echo "replicated (a cluster member)" || echo "in memory (a single node)")."
    echo
    echo "| call | connections | requests/s | p50 | p99 |"
    echo "| --- | --- | --- | --- | --- |"
    for connections in 1 8; do
        for call in "${CALLS[@]}"; do
            IFS='|' read -r name header path expect <<<"$call"
            measure "$connections" "$name" "$header" "$path" | sed 's/|[^|]*$/|/'
        done
    done
    if [ "${BENCH_ROUNDS:-1}" -gt 1 ]; then
        echo
        echo "Each call's rate at 8 connections against the API's \`/today\` in the same round, the median of ${BENCH_ROUNDS} rounds:"
        echo
        echo "| call | requests/s (median) | share of the API's rate (median) | shares by round | Payara's CPU per request (median) |"
        echo "| --- | --- | --- | --- | --- |"
        for round in $(seq 1 "$BENCH_ROUNDS"); do
            for call in "${CALLS[@]}"; do
                IFS='|' read -r name header path expect <<<"$call"
                measure 8 "$name" "$header" "$path" |
                    awk -F'|' -v r="$round" '{gsub(/^ +| +$/, "", $2); gsub(/ /, "", $4); print r "|" $2 "|" $4 "|" $7}'
            done
        done | awk -F'|' '
            function median(list,   n, a, i, j, t) {
                n = split(list, a, " ")
                for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
                return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
            }
            { rate[$1, $2] = $3; cpu[$1, $2] = $4; if (!($2 in seen)) { seen[$2] = 1; order[++calls] = $2 }; if ($2 ~ /^API GET \/api\/v1\/today/) api[$1] = $3; rounds = $1 }
            END {
                for (c = 1; c <= calls; c++) {
                    name = order[c]; rates = ""; shares = ""; each = ""; cpus = ""
                    for (r = 1; r <= rounds; r++) {
                        rates = rates " " rate[r, name]; cpus = cpus " " cpu[r, name]
                        if (api[r] > 0) { share = 100 * rate[r, name] / api[r]; shares = shares " " share; each = each sprintf("%s%.0f%%", r > 1 ? ", " : "", share) }
                    }
                    printf "| %s | %.0f | %s | %s | %.2f ms |\n", name, median(rates), shares == "" ? "–" : sprintf("%.0f%%", median(shares)), each, median(cpus)
                }
            }'
    fi
    echo
    echo "Payara's resident memory after the run: $(( $(ps -o rss= -p $PAYARA) / 1024 )) MB; after ${IDLE} s idle:" \
        "$(sleep "$IDLE"; echo $(( $(ps -o rss= -p $PAYARA) / 1024 ))) MB."
} | tee "$OUT/pages.md"
if grep -q NativeMemoryTracking <<<"${BENCH_JAVA_OPTS:-}"; then
    jcmd "$PAYARA" VM.native_memory summary > "$OUT/pages-native-memory.txt"
fi
# What the heap holds after the run (a full collection first, so live objects only): the biggest classes, kept
# beside the table.
jcmd "$PAYARA" GC.class_histogram | sed -n "1,60p;\$p" > "$OUT/pages-class-histogram.txt"
cp "$OUT/pages.md" "$OUT/pages-${PATIENTS}-patients-${CLINICIANS}-clinicians.md"
