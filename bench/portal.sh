# Sourced by the benchmarks that need a running portal: builds the WAR and starts it on H2 with the demo accounts and
# the Docker image's boot commands (gzip on), on a port of its own, stopping it when the script exits.
#   source bench/portal.sh; start_portal <port> <name>   (log: bench/results/<name>-payara.log)
start_portal() {
    local port=$1 name=$2
    echo "== building the WAR" >&2
    ./mvnw -q -B -DskipTests package
    rm -rf "bench/results/$name-db"
    env PORTAL_DEMO=true PORTAL_DB_URL="jdbc:h2:file:./bench/results/$name-db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        java -Xmx512m -jar portal-web/target/payara-micro.jar --deploy portal-web/target/portal.war \
        --contextroot / --port "$port" --nocluster \
        --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin \
        --postbootcommandfile portal-web/src/main/payara/post-boot-commands.asadmin > "bench/results/$name-payara.log" 2>&1 &
    PORTAL_PID=$!
    trap 'kill $PORTAL_PID 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return 0; sleep 1; done
    echo "the portal did not become ready; see bench/results/$name-payara.log" >&2
    return 1
}
