#!/usr/bin/env bash
# A flood of anonymous pages through HAProxy (docker/haproxy.cfg) from one address, with the balancer's per-address
# limit (PORTAL_RATE_LIMIT, 600 requests in 10 s) and with it lifted: what the flood is answered, how much of the
# node's processor it takes, and how fast another address is served the sign-in page meanwhile. One node on H2 with
# the demo accounts (bench/portal.sh), HAProxy in front. Needs wrk, haproxy and curl.
#   bash bench/page-flood.sh [seconds]
# The flood is wrk with 8 connections from 127.0.0.1; the other visitor is curl from 127.0.0.2, one sign-in page every
# 100 ms (Linux answers on all of 127.0.0.0/8).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30}
PORT=8091
LB=8092
OUT=bench/results
mkdir -p "$OUT"

source bench/portal.sh
start_portal "$PORT" page-flood
trap 'kill $PORTAL_PID ${HAPROXY_PID:-} 2>/dev/null || true' EXIT

balancer() { # rate limit
    start_balancer "$LB" "127.0.0.1:$PORT" "127.0.0.1:$PORT" "$1" "$OUT/page-flood-haproxy.log"
}

# The node's processor time (user + system, in clock ticks) so far.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PORTAL_PID/stat"; }

# The other visitor: the sign-in page from 127.0.0.2 every 100 ms for the flood's duration; prints p50 and p99 in ms
# and the answers' statuses.
visitor() {
    local times=() codes=() line
    for _ in $(seq 1 $((DURATION * 10))); do
        line=$(curl -s -o /dev/null --interface 127.0.0.2 -w '%{http_code} %{time_total}' "http://127.0.0.1:$LB/login.xhtml")
        codes+=("${line% *}")
        times+=("${line#* }")
        sleep 0.1
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR] = $1 * 1000} END {
        printf "p50 %.1f ms, p99 %.1f ms, ", t[int(NR * 0.5)], t[int(NR * 0.99)] }'
    printf '%s\n' "${codes[@]}" | sort | uniq -c | awk '{printf "%s x%s ", $2, $1} END {print ""}'
}

# The other visitor's figures, and the node's processor time meanwhile (per cent of one core).
visit() {
    local before after started ended seen
    before=$(cpu_ticks); started=$(date +%s.%N)
    seen=$(visitor)
    after=$(cpu_ticks); ended=$(date +%s.%N)
    printf '%.0f%% of one core | %s' "$(echo "($after - $before) * 100 / $(getconf CLK_TCK) / ($ended - $started)" | bc -l)" "$seen"
}

measure() { # label
    local flood seen rate non2xx
    # The flood outlasts the visitor (300 pages 100 ms apart take longer than DURATION seconds).
    wrk -t2 -c8 -d"$((DURATION * 2))s" "http://127.0.0.1:$LB/login.xhtml" > "$OUT/page-flood-wrk.txt" 2>&1 &
    flood=$!
    sleep 1
    seen=$(visit)
    wait $flood || true
    rate=$(awk '/Requests\/sec/ {print $2}' "$OUT/page-flood-wrk.txt")
    non2xx=$(awk '/Non-2xx/ {print $5}' "$OUT/page-flood-wrk.txt")
    printf '| %s | %s/s (%s not 200) | %s |\n' "$1" "$rate" "${non2xx:-0}" "$seen"
}

# Warm-up: the sign-in page compiled and its code paths hot.
balancer 1000000000
wrk -t2 -c8 -d20s "http://127.0.0.1:$LB/login.xhtml" > /dev/null

# Each row is written as it is measured; the balancer is started again here, in this shell, so that the exit trap
# stops the last one.
: > "$OUT/page-flood.txt"
report() { tee -a "$OUT/page-flood.txt"; }
{
    echo "$(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1), HAProxy $(haproxy -v | awk 'NR == 1 {print $3}');"
    echo "wrk -t2 -c8 GET /login.xhtml through HAProxy from 127.0.0.1; another visitor from 127.0.0.2 asks for it every 100 ms, ${DURATION} s."
    echo
    echo "| | the flood | the node's processor during it | the other visitor's sign-in page |"
    echo "| --- | --- | --- | --- |"
    printf '| no flood | - | %s |\n' "$(visit)"
} | report
measure "flood, limit lifted" | report
balancer 600
measure "flood, 600 requests in 10 s per address (the configuration's)" | report
