# Sourced by the benchmarks: start_portal builds the WAR and starts it on H2 with the demo accounts and the Docker
# image's boot commands (gzip on), on a port of its own, stopping it when the script exits; fresh_database makes an
# empty PostgreSQL database for the ones that run on PostgreSQL.
#   source bench/portal.sh; start_portal <port> <name>   (log: bench/results/<name>-payara.log)
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }

# An empty PostgreSQL database of that name owned by the role portal_bench (password portal_bench), made anew.
#   fresh_database <name>
fresh_database() {
    psql_admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
    if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'portal_bench'")" != "1" ]; then
        psql_admin -c "CREATE ROLE portal_bench LOGIN PASSWORD 'portal_bench'"
    fi
    psql_admin -c "CREATE DATABASE $1 OWNER portal_bench"
}

# The portal keeps shared caches in Payara's data grid, so even one node runs as a cluster (of one, on loopback).
start_portal() {
    local port=$1 name=$2
    echo "== building the WAR" >&2
    ./mvnw -q -B -DskipTests package
    rm -rf "bench/results/$name-db"
    env PORTAL_DEMO=true PORTAL_DB_URL="jdbc:h2:file:./bench/results/$name-db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        java -Xmx512m -jar portal-web/target/payara-micro.jar --deploy portal-web/target/portal.war \
        --contextroot / --port "$port" --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 --clustername "clinic-portal-$name" \
        --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin \
        --postbootcommandfile portal-web/src/main/payara/post-boot-commands.asadmin > "bench/results/$name-payara.log" 2>&1 &
    PORTAL_PID=$!
    trap 'kill $PORTAL_PID 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return 0; sleep 1; done
    echo "the portal did not become ready; see bench/results/$name-payara.log" >&2
    return 1
}
