#!/usr/bin/env bash
# Two nodes of the portal behind HAProxy on one machine, on PostgreSQL, with the demo accounts:
#   bash scripts/two-nodes.sh
# The portal is then at http://localhost:8080/ (HAProxy), its nodes at :8081 and :8082; Ctrl-C stops all three.
# Needs PostgreSQL on 127.0.0.1:5432 with a local postgres superuser (as on the project's machines; the database
# portal_two is made if missing) and HAProxy (apt-get install haproxy). The nodes form one Payara (Hazelcast) cluster
# on loopback: sessions, the shared caches and the exercise library's cache go across them, so killing a node
# (kill -9) leaves everyone signed in on the other.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=portal_two
LOGS=target/two-nodes
mkdir -p "$LOGS"

psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'portal_two'")" != "1" ]; then
    psql_admin -c "CREATE ROLE portal_two LOGIN PASSWORD 'portal_two'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE $DB OWNER portal_two"
fi

echo "== building the WAR"
./mvnw -q -B -DskipTests package

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT INT TERM
node() { # name http-port hazelcast-port
    PORTAL_DEMO=true PORTAL_CLINIC_PHONE="020 7946 0000" PORTAL_TRUSTED_PROXIES=127.0.0.1 PORTAL_SESSION_REPLICATION=true \
    PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PORTAL_DB_USER=portal_two PORTAL_DB_PASSWORD=portal_two \
        java -Xmx512m -jar portal-web/target/payara-micro.jar --deploy portal-web/target/portal.war --contextroot / \
        --port "$2" --clustermode tcpip:127.0.0.1:5901 --startport "$3" --interfaces 127.0.0.1 \
        --clustername clinic-portal-two --nohostaware \
        --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin \
        --postbootcommandfile portal-web/src/main/payara/post-boot-commands.asadmin \
        --postdeploycommandfile portal-web/src/main/payara/post-deploy-commands.asadmin > "$LOGS/$1.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$2/health/ready" >/dev/null && return 0; sleep 1; done
    echo "$1 was not ready: see $LOGS/$1.log" >&2
    return 1
}
echo "== node 1 on :8081 (log: $LOGS/node1.log)"
node node1 8081 5901
echo "== node 2 on :8082 (log: $LOGS/node2.log)"
node node2 8082 5902
echo "== HAProxy on :8080 (docker/haproxy.cfg)"
PORTAL_LISTEN="*:8080" PORTAL_NODE1=127.0.0.1:8081 PORTAL_NODE2=127.0.0.1:8082 haproxy -db -f docker/haproxy.cfg &
pids+=($!)
echo "Ready: http://localhost:8080/ (demo accounts as with the run command). Ctrl-C stops the three."
wait
