#!/usr/bin/env bash
# Two builds of the portal measured side by side on one clinic (bench/clinic.sql on PostgreSQL): each WAR on a node of
# its own, every page measured on one node and then on the other, round after round, so that a machine whose speed
# drifts (as these do, by half within minutes) slows both alike. Gives each page's requests per second and Payara's
# CPU time per request (user + system from /proc) on each build, the median of the rounds and every round.
# Needs what bench/pages.sh needs (PostgreSQL on 127.0.0.1:5432, wrk, psql) and a built payara-micro.jar.
#   bash bench/side-by-side.sh <before.war> <after.war> [page path...]
# The paths default to the clinician's list and the overview of their first patient's record, as the clinician of
# patient 1 sees them. A WAR of another commit: git worktree add /tmp/before <commit> && (cd /tmp/before &&
# ./mvnw -q -B -DskipTests package) and /tmp/before/portal-web/target/portal.war.
# The same WAR twice with BEFORE_JAVA_OPTS and AFTER_JAVA_OPTS (added to each node's JVM options, after the image's
# memory options, so a later option wins) measures a change of options instead. Each node's resident memory is read
# after the rounds.
# BENCH_ROUNDS (default 8), BENCH_WARM_UP_ROUNDS (default 4) and SECONDS_PER_CALL (default 10) size the run.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '7p' "$0" >&2; exit 2; }
BEFORE=$(realpath "$1")
AFTER=$(realpath "$2")
shift 2
PATHS=("$@")
[ ${#PATHS[@]} -gt 0 ] || PATHS=(/clinician/index.xhtml "/clinician/patients/detail.xhtml?id=3100001")
ROUNDS=${BENCH_ROUNDS:-8}
WARM_UP_ROUNDS=${BENCH_WARM_UP_ROUNDS:-4}
SECONDS_PER_CALL=${SECONDS_PER_CALL:-10}
DB=portal_scale
PASSWORD=scale-bench-password
OUT=bench/results
mkdir -p "$OUT"

source bench/portal.sh
fresh_database "$DB"
[ -f portal-web/target/payara-micro.jar ] || build_war

declare -A PID COOKIE
node() { # name war port hazelcast-port JVM options
    PORTAL_WAR=$2 BENCH_JAVA_OPTS=$5 start_portal_postgres "$DB" "$3" 4 "clinic-portal-$1" "$OUT/side-by-side-$1-payara.log" --startport "$4"
    PID[$1]=$PORTAL_PID
}
node before "$BEFORE" 8093 6920 "${BEFORE_JAVA_OPTS:-}"
node after "$AFTER" 8094 6930 "${AFTER_JAVA_OPTS:-}"
trap 'kill ${PID[before]} ${PID[after]} 2>/dev/null || true' EXIT
declare -A PORT=([before]=8093 [after]=8094)

echo "== a clinic of 1000 patients, 10 clinicians and 365 days (bench/clinic.sql)"
build_clinic "$DB" 1000 10 365 "$PASSWORD"
for build in before after; do
    COOKIE[$build]=$(sign_in "http://127.0.0.1:${PORT[$build]}" scale-clinician-2 "$PASSWORD")
done

measure() { # build path -> "build path requests/s cpu-ms-per-request"
    local before after out
    before=$(awk '{print $14 + $15}' "/proc/${PID[$1]}/stat")
    out=$(wrk -t 2 -c 8 -d "${SECONDS_PER_CALL}s" -H "Cookie: ${COOKIE[$1]}" -H 'Accept-Encoding: gzip' "http://127.0.0.1:${PORT[$1]}$2")
    after=$(awk '{print $14 + $15}' "/proc/${PID[$1]}/stat")
    if grep -q "Non-2xx" <<<"$out"; then echo "$2 on $1: $(grep Non-2xx <<<"$out")" >&2; exit 1; fi
    awk -v b="$1" -v p="$2" -v t=$(( after - before )) -v hz="$(getconf CLK_TCK)" \
        '/Requests\/sec/ {r = $2} / requests in / {n = $1} END {printf "%s %s %.0f %.2f\n", b, p, r, 1000 * t / hz / n}' <<<"$out"
}

echo "== warm-up: $WARM_UP_ROUNDS rounds"
for _ in $(seq 1 "$WARM_UP_ROUNDS"); do
    for build in before after; do for path in "${PATHS[@]}"; do measure "$build" "$path" >/dev/null; done; done
done
echo "== $ROUNDS rounds of ${SECONDS_PER_CALL} s per page and build, 8 connections"
for _ in $(seq 1 "$ROUNDS"); do
    for build in before after; do for path in "${PATHS[@]}"; do measure "$build" "$path"; done; done
done | awk '
    function median(list,   n, a, i, j, t) {
        n = split(list, a, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { key = $2 SUBSEP $1; rate[key] = rate[key] " " $3; cpu[key] = cpu[key] " " $4; if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 } }
    END {
        print "| page | build | requests/s (median) | CPU per request (median) | CPU per request by round (ms) |"
        print "| --- | --- | --- | --- | --- |"
        for (i = 1; i <= n; i++) for (b = 1; b <= 2; b++) {
            build = b == 1 ? "before" : "after"; key = order[i] SUBSEP build
            printf "| %s | %s | %.0f | %.2f ms |%s |\n", order[i], build, median(rate[key]), median(cpu[key]), cpu[key]
        }
    }' | tee "$OUT/side-by-side.md"
for build in before after; do
    echo "$build: resident memory after the rounds $(( $(awk '/VmRSS/ {print $2}' "/proc/${PID[$build]}/status") / 1024 )) MB"
done | tee -a "$OUT/side-by-side.md"
