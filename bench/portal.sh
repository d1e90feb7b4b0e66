# Sourced by the benchmarks: start_portal builds the WAR and starts it on H2 with the demo accounts and the Docker
# image's boot commands (gzip on), on a port of its own, stopping it when the script exits; fresh_database makes an
# empty PostgreSQL database for the ones that run on PostgreSQL, and start_portal_postgres starts the portal on it.
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

# Builds the WAR and Payara Micro's jar (portal-web/target), without the tests.
build_war() {
    echo "== building the WAR" >&2
    ./mvnw -q -B -DskipTests package
}

# The portal keeps shared caches in Payara's data grid, so even one node runs as a cluster (of one, on loopback).
start_portal() {
    local port=$1 name=$2
    build_war
    rm -rf "bench/results/$name-db"
    PORTAL_DEMO=true PORTAL_DB_URL="jdbc:h2:file:./bench/results/$name-db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        launch_portal "$port" "clinic-portal-$name" "bench/results/$name-payara.log" -Xmx512m
}

# Starts Payara Micro on a PostgreSQL database (made by fresh_database) as the benchmarks of pages measure a node:
# -Xmx512m with the image's memory options (docker/Dockerfile), that many HTTP threads, sessions replicated only where
# PORTAL_SESSION_REPLICATION=true, and BENCH_JAVA_OPTS added to the JVM's options.
#   start_portal_postgres <database> <port> <http threads> <cluster name> <log> [Payara Micro options...]
start_portal_postgres() {
    PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$1" PORTAL_DB_USER=portal_bench PORTAL_DB_PASSWORD=portal_bench \
    PORTAL_ADMIN_USERNAME=scale-admin PORTAL_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64)" \
    PORTAL_SESSION_REPLICATION="${PORTAL_SESSION_REPLICATION:-false}" MALLOC_ARENA_MAX=2 \
        launch_portal "$2" "$4" "$5" "-Xmx512m -Xmn64m -XX:G1PeriodicGCInterval=30000 -XX:-G1PeriodicGCInvokesConcurrent
            -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000 ${BENCH_JAVA_OPTS:-}" --minhttpthreads "$3" --maxhttpthreads "$3" "${@:6}"
}

# The built WAR on Payara Micro with the Docker image's boot commands, in the background, in a cluster of one on
# loopback; sets PORTAL_PID, stops the node when the script exits and waits until it is ready. The caller's variable
# assignments before the call are the node's environment; PORTAL_WAR deploys another WAR than the one built.
#   launch_portal <port> <cluster name> <log> <JVM options> [Payara Micro options...]
launch_portal() {
    local port=$1 cluster=$2 log=$3 jvm=$4
    shift 4
    # shellcheck disable=SC2086 # the JVM's options are words
    java $jvm -jar portal-web/target/payara-micro.jar --deploy "${PORTAL_WAR:-portal-web/target/portal.war}" --contextroot / \
        --port "$port" --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 --clustername "$cluster" "$@" \
        --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin \
        --postbootcommandfile portal-web/src/main/payara/post-boot-commands.asadmin \
        --postdeploycommandfile portal-web/src/main/payara/post-deploy-commands.asadmin > "$log" 2>&1 &
    PORTAL_PID=$!
    trap 'kill $PORTAL_PID 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return 0; sleep 1; done
    echo "the portal did not become ready; see $log" >&2
    return 1
}

# HAProxy with the repository's configuration (docker/haproxy.cfg) on 127.0.0.1:<port> in front of two node addresses
# (the same one twice for a single node) and with that per-address limit, started again if one runs already; sets
# HAPROXY_PID (the caller's exit trap stops it) and waits until both servers' checks have passed.
#   start_balancer <port> <node 1 address> <node 2 address> <rate limit> <log>
start_balancer() {
    [ -z "${HAPROXY_PID:-}" ] || { kill "$HAPROXY_PID"; wait "$HAPROXY_PID" 2>/dev/null || true; }
    PORTAL_LISTEN="127.0.0.1:$1" PORTAL_NODE1="$2" PORTAL_NODE2="$3" PORTAL_RATE_LIMIT="$4" \
        haproxy -db -f docker/haproxy.cfg > "$5" 2>&1 &
    HAPROXY_PID=$!
    for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null && break; sleep 1; done
    curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null || { echo "no answer through the balancer; see $5" >&2; return 1; }
    sleep 3 # both servers' checks passed
}

# Signs in through the sign-in page as a browser does (its form, view state and the CSP nonce PrimeFaces' scripts
# send), and prints the cookies a browser would then send: the session's, the replicated session's version
# (JSESSIONIDVERSION) and HAProxy's PORTAL_NODE where there is a balancer.
#   sign_in <base URL> <username> <password>
sign_in() {
    local jar page state nonce
    jar=$(mktemp)
    page=$(curl -s -c "$jar" -b "$jar" "$1/login.xhtml")
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed -n 1p | sed 's/.*value="//; s/"$//')
    nonce=$(grep -o 'nonce="[^"]*"' <<<"$page" | sed -n 1p | sed 's/nonce="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" "$1/login.xhtml" --data-urlencode "form=form" \
        --data-urlencode "form:username=$2" --data-urlencode "form:password=$3" --data-urlencode "form:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
    awk '$6 ~ /^(JSESSIONID|PORTAL_NODE)/ {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$jar"
    rm -f "$jar"
}

# Builds the clinic of bench/clinic.sql in that database (made by fresh_database), every account's password the one given.
#   build_clinic <database> <patients> <clinicians> <days> <password>
build_clinic() {
    local hash start
    # The accounts' password hash, in the format Jakarta Security's Pbkdf2PasswordHash writes and reads.
    hash=$(python3 -c "
import base64, hashlib, os
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac('sha512', b'$5', salt, 210000, 64)
print('PBKDF2WithHmacSHA512:210000:' + base64.b64encode(salt).decode() + ':' + base64.b64encode(key).decode())")
    start=$(date +%s)
    PGPASSWORD=portal_bench psql -h 127.0.0.1 -U portal_bench -d "$1" -qAt -v ON_ERROR_STOP=1 \
        -v patients="$2" -v clinicians="$3" -v days="$4" -v password_hash="'$hash'" \
        -f bench/clinic.sql | tail -n 1 | awk -F'|' '{print "   accounts " $1 ", sessions " $2 ", warning signs " $3 ", messages " $4 ", questionnaires " $5}'
    echo "   generated in $(( $(date +%s) - start )) s"
}
