package clinic.portal.web.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * Portal nodes as their own processes, for the tests that kill them: Payara Micro with the real WAR and the
 * repository's boot commands on PostgreSQL, and HAProxy with the repository's configuration (docker/haproxy.cfg), on
 * loopback. Stopped together by {@link #stopAll()}.
 */
public final class Nodes {

    private static final String HAPROXY = System.getProperty("portal.test.haproxy", "/usr/sbin/haproxy");

    private final Path logs;
    private final List<Process> processes = new ArrayList<>();

    public Nodes(Path logs) throws IOException {
        this.logs = logs;
        Files.createDirectories(logs);
    }

    /** Skips the test on H2 (nodes need a database they all reach) and without HAProxy, unless CI requires it. */
    public static void assumePostgresqlAndHaproxy() {
        String database = System.getProperty("portal.test.db.url", "");
        Assumptions.assumeTrue(database.startsWith("jdbc:postgresql:"),
                "nodes of their own need a database they all reach: run on PostgreSQL (./mvnw verify -Ppostgresql)");
        if (!new File(HAPROXY).canExecute()) {
            String missing = "HAProxy is needed at " + HAPROXY + " (apt-get install haproxy)";
            if (Boolean.getBoolean("portal.test.browser.required")) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing);
        }
    }

    /**
     * A node on this port, whose Hazelcast member listens on {@code hazelcast} and finds the cluster through the member
     * on {@code first}. Host-aware partitioning is off: every member is on this one host, and with it on, Hazelcast
     * would keep no backup of a session on another member.
     */
    public Process node(String name, int port, int hazelcast, int first, String cluster, Map<String, String> env)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("portal.war"), "--contextroot", "/", "--port", String.valueOf(port),
                "--clustermode", "tcpip:127.0.0.1:" + first, "--startport", String.valueOf(hazelcast),
                "--interfaces", "127.0.0.1", "--clustername", cluster, "--nohostaware",
                "--prebootcommandfile", "src/main/payara/pre-boot-commands.asadmin",
                "--postbootcommandfile", "src/main/payara/post-boot-commands.asadmin",
                "--postdeploycommandfile", "src/main/payara/post-deploy-commands.asadmin")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        Map<String, String> environment = new HashMap<>(Map.of("PORTAL_DEMO", "true",
                "PORTAL_DB_URL", System.getProperty("portal.test.db.url"),
                "PORTAL_DB_USER", System.getProperty("portal.test.db.user"),
                "PORTAL_DB_PASSWORD", System.getProperty("portal.test.db.password"),
                "PORTAL_PASSWORD_ITERATIONS", "20000", "PORTAL_TRUSTED_PROXIES", "127.0.0.1",
                "PORTAL_MAIL_SENDER_INTERVAL_SECONDS", "0"));
        environment.putAll(env);
        builder.environment().putAll(environment);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    /**
     * HAProxy listening on this port in front of the two nodes' addresses (host:port; both may be the same node), which
     * answers 429 to a client address that sends more than {@code rateLimit} requests in 10 s.
     */
    public Process balancer(int port, String node1, String node2, int rateLimit) throws IOException {
        ProcessBuilder haproxy = new ProcessBuilder(HAPROXY, "-db", "-f", Path.of("..", "docker", "haproxy.cfg").toString())
                .redirectErrorStream(true).redirectOutput(logs.resolve("haproxy.log").toFile());
        haproxy.environment().putAll(Map.of("PORTAL_LISTEN", "127.0.0.1:" + port,
                "PORTAL_NODE1", node1, "PORTAL_NODE2", node2, "PORTAL_RATE_LIMIT", String.valueOf(rateLimit)));
        Process process = haproxy.start();
        processes.add(process);
        return process;
    }

    /** Waits until the node (or the balancer) at this address answers {@code /health/ready} with 200. */
    public void awaitReady(URL url, Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("stopped before it was ready: see " + logs);
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(url.toURI().resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " was not ready within 180 s: see " + logs);
    }

    public void stopAll() {
        processes.forEach(Process::destroyForcibly);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
