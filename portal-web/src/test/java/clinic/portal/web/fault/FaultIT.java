package clinic.portal.web.fault;

import clinic.portal.web.support.Http;
import clinic.portal.web.support.Nodes;
import clinic.portal.web.support.Unique;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults under load, for real: eight clients record sessions through the API (HAProxy in front of one node, each
 * write with its own {@code Idempotency-Key}, a failed one retried with the same key) while PostgreSQL is restarted
 * and, later, the node is killed with SIGKILL and started again. Nothing acknowledged is lost, nothing is recorded
 * twice, every write lands in the end; nobody is ever answered 500 or 404 (the database's absence is a 503 with
 * {@code Retry-After} and a problem document; a node that is starting is kept out of service by the balancer's
 * readiness check, and with no node in service the balancer answers the same 503 itself). PostgreSQL only, and the
 * restart needs the server's own control command (root on the project's machines, as in CI;
 * {@code -Dportal.test.pg.restart} names another).
 */
class FaultIT {

    private static final Path LOGS = Path.of("target", "fault");
    private static final int CLIENTS = 8;
    private static final Duration DATABASE_RESTART_AT = Duration.ofSeconds(15);
    private static final Duration NODE_KILLED_AT = Duration.ofSeconds(35);
    private static final Duration WRITES_AFTER_NODE_BACK = Duration.ofSeconds(10);

    private static Nodes nodes;
    private static String cluster;
    private static int nodePort;
    private static int hazelcast;
    private static Process node;
    private static Process haproxy;
    private static URL balancer;
    /** The writes' keys start with this; they are the demo patient's, removed afterwards (the tests share the database). */
    private static final String RUN = Unique.username("fault");

    @BeforeAll
    static void oneNodeBehindTheBalancer() throws Exception {
        Nodes.assumePostgresqlAndHaproxy();
        nodes = new Nodes(LOGS);
        cluster = Unique.username("fault");
        nodePort = Nodes.freePort();
        hazelcast = Nodes.freePort();
        node = startNode();
        int balancerPort = Nodes.freePort();
        // The same node twice: the configuration names two servers, and one node is what this test kills.
        String address = "127.0.0.1:" + nodePort;
        // Eight clients from one address at full speed: far past the balancer's per-address limit, lifted here.
        haproxy = nodes.balancer(balancerPort, address, address, Integer.MAX_VALUE);
        balancer = new URL("http://127.0.0.1:" + balancerPort + "/");
        nodes.awaitReady(balancer, haproxy);
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodes != null) {
            nodes.stopAll();
        }
        // The thousands of walks written for the demo patient would otherwise be theirs in every later test.
        if (System.getProperty("portal.test.db.url", "").startsWith("jdbc:postgresql:")) {
            try (Connection db = database();
                 PreparedStatement delete = db.prepareStatement("DELETE FROM session_log WHERE idempotency_key LIKE ?");
                 PreparedStatement changed = db.prepareStatement("UPDATE patient_review SET edits = edits + 1"
                         + " WHERE patient_id = (SELECT id FROM account WHERE username = 'patient')")) {
                delete.setString(1, RUN + "-%");
                delete.executeUpdate();
                changed.executeUpdate(); // as the portal does with every change to a patient's sessions
            }
        }
    }

    @Test
    void writesSurviveADatabaseRestartAndAKilledNodeWithNeither500Nor404() throws Exception {
        String token = new Http(balancer).token("patient", "patient-demo-password").bearerToken();
        String run = RUN;
        Tally tally = new Tally();
        Instant start = Instant.now();
        AtomicLong writesUntil = new AtomicLong(Long.MAX_VALUE);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        AtomicInteger sequence = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                while (System.currentTimeMillis() < writesUntil.get()) {
                    int n = sequence.incrementAndGet();
                    write(token, run + "-" + n, n, tally);
                }
                return null;
            }));
        }

        sleepUntil(start.plus(DATABASE_RESTART_AT));
        restartPostgresql();
        sleepUntil(start.plus(NODE_KILLED_AT));
        node.destroyForcibly().waitFor();
        tally.nodeKilled = Instant.now();
        // Besides the balancer's clients, a client sent straight to the node while it starts again (as a misrouted
        // client or a health check is): it must never be told 404 (or 500) by a node that is only not ready yet.
        Map<Integer, Integer> direct = new java.util.TreeMap<>();
        AtomicBoolean starting = new AtomicBoolean(true);
        ExecutorService prober = Executors.newSingleThreadExecutor();
        Future<?> probe = prober.submit(() -> probeDirectly(starting, direct));
        try {
            node = startNode();
            nodes.awaitReady(new URL("http://127.0.0.1:" + nodePort + "/"), node);
            tally.nodeBack = Instant.now();
        } finally {
            starting.set(false);
            prober.shutdown();
        }
        probe.get(1, TimeUnit.MINUTES);
        writesUntil.set(System.currentTimeMillis() + WRITES_AFTER_NODE_BACK.toMillis());
        for (Future<?> client : running) {
            client.get(3, TimeUnit.MINUTES);
        }
        clients.shutdown();

        Map<String, Integer> recorded = recordedKeys(run);
        String summary = tally.summary(recorded.size());
        java.nio.file.Files.writeString(LOGS.resolve("summary.txt"), summary);
        assertEquals(List.of(), List.copyOf(tally.wrong), "nobody is answered 500, 404 or anything unexpected; " + summary);
        assertTrue(tally.acknowledged.size() > 100, "the clients kept writing: " + summary);
        assertEquals(Set.copyOf(tally.acknowledged), recorded.keySet(),
                "every acknowledged write is in the database, and nothing else: " + summary);
        assertEquals(List.of(), recorded.entrySet().stream().filter(e -> e.getValue() != 1).toList(),
                "nothing is recorded twice");
        assertTrue(tally.retried.get() > 0, "the faults were felt (writes were retried): " + summary);
        assertTrue(direct.getOrDefault(0, 0) > 0, "the node was probed while it started: " + direct);
        assertEquals(Set.of(), direct.keySet().stream().filter(status -> status != 0 && status != 302 && status != 503)
                .collect(java.util.stream.Collectors.toSet()),
                "straight to the node while it started (0: refused; 302: up, to the sign-in page): " + direct);
    }

    /** A patient's page asked of the node itself every 100 ms while it starts, each answer counted (0: refused). */
    private static Void probeDirectly(AtomicBoolean starting, Map<Integer, Integer> statuses) throws InterruptedException {
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nodePort + "/patient/index.xhtml"))
                .timeout(Duration.ofSeconds(5)).build();
        while (starting.get()) {
            int status;
            try {
                status = CLIENT.send(page, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException refused) {
                status = 0;
            }
            synchronized (statuses) {
                statuses.merge(status, 1, Integer::sum);
            }
            Thread.sleep(100);
        }
        return null;
    }

    /** One write, retried with the same key until the portal acknowledges it (as the patients' app does). */
    private static void write(String token, String key, int n, Tally tally) throws InterruptedException {
        // A walk a second apart from the one before, within the last 20 hours however many the clients write (a faster
        // machine wrote over 10,000 in a run, and seven seconds apart the last ones were in the future: a 400).
        String performedAt = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).minusHours(20)
                .plusSeconds(n % WALKS_WITHIN_20_HOURS).toString();
        String body = "{\"exerciseId\":1,\"performedAt\":\"" + performedAt + "\",\"minutes\":10}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(balancer + "api/v1/sessions"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            int status;
            try {
                HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                tally.count(status);
                if (status == 201 || status == 200) {
                    tally.acknowledged.add(key);
                    return;
                }
                if (status == 503) {
                    // From the node (its database away) or from the balancer (no node in service): the same contract.
                    tally.unavailable.incrementAndGet();
                    if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                            || response.headers().firstValue("Retry-After").isEmpty()) {
                        tally.wrong.add(key + ": a 503 without a problem document and Retry-After: " + response.headers().map());
                    }
                }
                if (status != 503 && status != 502 && status != 504) {
                    tally.wrong.add(key + ": " + status + " " + response.body().substring(0, Math.min(200, response.body().length())));
                }
            } catch (IOException unreachable) {
                tally.count(0);
            }
            tally.retried.incrementAndGet();
            Thread.sleep(250);
        }
        tally.wrong.add(key + ": never acknowledged");
    }

    private static final int WALKS_WITHIN_20_HOURS = 20 * 60 * 60 - 60;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Process startNode() throws IOException {
        return nodes.node("node", nodePort, hazelcast, hazelcast, cluster, Map.of());
    }

    /** Restarts the PostgreSQL server the tests use (fast mode: its connections are ended, as in a real restart). */
    private static void restartPostgresql() throws Exception {
        String command = System.getProperty("portal.test.pg.restart",
                "pg_ctlcluster --skip-systemctl-redirect --mode fast $(ls /etc/postgresql | sort -V | tail -n 1) main restart");
        Process restart = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
                .redirectOutput(LOGS.resolve("postgresql-restart.log").toFile()).start();
        assertTrue(restart.waitFor(60, TimeUnit.SECONDS) && restart.exitValue() == 0,
                "PostgreSQL restarted (" + command + "): see " + LOGS.resolve("postgresql-restart.log"));
    }

    private static Map<String, Integer> recordedKeys(String run) throws Exception {
        Map<String, Integer> keys = new HashMap<>();
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement(
                     "SELECT idempotency_key, count(*) FROM session_log WHERE idempotency_key LIKE ? GROUP BY idempotency_key")) {
            query.setString(1, run + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return keys;
    }

    private static Connection database() throws java.sql.SQLException {
        return DriverManager.getConnection(System.getProperty("portal.test.db.url"),
                System.getProperty("portal.test.db.user"), System.getProperty("portal.test.db.password"));
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** What the clients were answered (0: no connection), shared by the eight of them. */
    private static final class Tally {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final AtomicInteger retried = new AtomicInteger();
        final AtomicInteger unavailable = new AtomicInteger();
        volatile Instant nodeKilled;
        volatile Instant nodeBack;

        void count(int status) {
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }

        String summary(int recorded) {
            return "answers by status (0: no connection) " + new java.util.TreeMap<>(statuses) + ", 503s (the database away, or no node in service) "
                    + unavailable + ", each a problem document with Retry-After; acknowledged "
                    + acknowledged.size() + ", recorded " + recorded + ", retries " + retried + "; the node was out of service "
                    + (nodeKilled == null || nodeBack == null ? "?" : Duration.between(nodeKilled, nodeBack).toMillis() + " ms");
        }
    }
}
