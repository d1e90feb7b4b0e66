package clinic.portal.web.cluster;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.Unique;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as several nodes: two Payara Micro processes with the real WAR in one Payara (Hazelcast) cluster on
 * PostgreSQL, behind HAProxy with the repository's own configuration (docker/haproxy.cfg), all on loopback. A token
 * revoked through one node is refused by the other at once; a change to the exercise library made on one node is
 * seen on the other; "sign out everywhere" on one node ends the person's session on the other; and a patient whose
 * node is killed with SIGKILL carries on through the balancer, signed in, and records a walk. Needs PostgreSQL (two nodes cannot share an H2 file) and HAProxy; skipped on H2 like the
 * database outage test, and run by CI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final String HAPROXY = System.getProperty("portal.test.haproxy", "/usr/sbin/haproxy");
    private static final Path LOGS = Path.of("target", "two-nodes");

    private static final List<Process> processes = new ArrayList<>();
    private static Process node1;
    private static Process node2;
    private static URL url1;
    private static URL url2;
    private static URL balancer;

    @BeforeAll
    static void startTwoNodesAndTheBalancer() throws Exception {
        String database = System.getProperty("portal.test.db.url", "");
        Assumptions.assumeTrue(database.startsWith("jdbc:postgresql:"),
                "two nodes need a database both reach: run on PostgreSQL (./mvnw verify -Ppostgresql)");
        if (!new File(HAPROXY).canExecute()) {
            String missing = "HAProxy is needed at " + HAPROXY + " (apt-get install haproxy)";
            if (Boolean.getBoolean("portal.test.browser.required")) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing);
        }
        Files.createDirectories(LOGS);
        String cluster = Unique.username("two-nodes");
        int port1 = freePort();
        int port2 = freePort();
        int balancerPort = freePort();
        int hazelcast = freePort();
        node1 = node("node1", port1, hazelcast, hazelcast, cluster);
        url1 = new URL("http://127.0.0.1:" + port1 + "/");
        awaitReady(url1, node1);
        node2 = node("node2", port2, freePort(), hazelcast, cluster);
        url2 = new URL("http://127.0.0.1:" + port2 + "/");
        awaitReady(url2, node2);
        ProcessBuilder haproxy = new ProcessBuilder(HAPROXY, "-db", "-f", Path.of("..", "docker", "haproxy.cfg").toString())
                .redirectErrorStream(true).redirectOutput(LOGS.resolve("haproxy.log").toFile());
        haproxy.environment().putAll(Map.of("PORTAL_LISTEN", "127.0.0.1:" + balancerPort,
                "PORTAL_NODE1", "127.0.0.1:" + port1, "PORTAL_NODE2", "127.0.0.1:" + port2));
        processes.add(haproxy.start());
        balancer = new URL("http://127.0.0.1:" + balancerPort + "/");
        // Both nodes in service: answers through the balancer come from each in turn once its checks passed.
        awaitReady(balancer, processes.get(processes.size() - 1));
        Thread.sleep(3000);
    }

    @AfterAll
    static void stopAll() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    @Order(1)
    void aTokenRevokedThroughOneNodeIsRefusedByTheOtherAtOnce() {
        Http first = new Http(url1).token("patient", "patient-demo-password");
        Http second = new Http(url2).bearer(first.bearerToken());
        assertEquals(200, second.send("GET", "/api/v1/today", null).status(), "the other node takes the token");
        assertEquals(200, second.send("GET", "/api/v1/today", null).status(), "and has found it valid");
        assertEquals(204, first.send("DELETE", "/api/v1/tokens/current", null).status());
        Http.Reply refused = second.send("GET", "/api/v1/today", null);
        assertEquals(401, refused.status(), "refused at once by the node that did not revoke it: " + refused);
    }

    @Test
    @Order(2)
    void aChangeToTheExerciseLibraryOnOneNodeIsSeenOnTheOther() throws Exception {
        String name = Unique.username("Wall slide");
        try (Browser one = Browser.open(url1, Browser.DESKTOP); Browser other = Browser.open(url2, Browser.DESKTOP)) {
            one.signIn("clinician", "clinician-demo-password");
            one.awaitHeading("My patients");
            one.go("/clinician/exercises/edit.xhtml");
            one.awaitHeading("New exercise");
            one.type("#form\\:name", name);
            one.choose("form:kind", "Stretching");
            one.type("#form\\:instructions", "Stand with your back to a wall and slide slowly down a little way.");
            one.click("#form\\:save");
            one.awaitText(".ui-messages-info", name + " saved.");
            one.type("#form\\:search", name);
            String edit = one.waitFor().until(d -> d.findElements(org.openqa.selenium.By.linkText(name)).stream()
                    .findFirst().orElse(null)).getAttribute("href");
            String path = URI.create(edit).getPath() + "?" + URI.create(edit).getQuery();

            other.signIn("clinician", "clinician-demo-password");
            other.awaitHeading("My patients");
            other.go(path);
            assertEquals(name, other.find("#form\\:name").getAttribute("value"), "the other node reads it");

            one.go(path);
            one.find("#form\\:name").clear();
            one.type("#form\\:name", name + " (slow)");
            one.click("#form\\:save");
            one.awaitText(".ui-messages-info", name + " (slow) saved.");

            other.go(path);
            assertEquals(name + " (slow)", other.find("#form\\:name").getAttribute("value"),
                    "the other node's cache of the library was told");
        }
    }

    @Test
    @Order(3)
    void signingOutEverywhereOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        try (Browser one = Browser.open(url1, Browser.PHONE); Browser other = Browser.open(url2, Browser.PHONE)) {
            one.signIn("patient", "patient-demo-password");
            one.awaitHeading("Today");
            other.signIn("patient", "patient-demo-password");
            other.awaitHeading("Today");

            one.go("/account/password.xhtml");
            one.click("#everywhereForm\\:signOutEverywhere");
            one.waitFor().until(d -> "/login.xhtml".equals(one.path()));

            other.go("/patient/index.xhtml");
            other.waitFor().until(d -> "/login.xhtml".equals(other.path()));
            assertEquals("/login.xhtml", other.path(), "the other node's session ended too");
        }
    }

    @Test
    @Order(4)
    void aPatientWhoseNodeIsKilledCarriesOnSignedInThroughTheBalancerAndRecordsAWalk() throws Exception {
        try (Browser phone = Browser.open(balancer, Browser.PHONE)) {
            phone.signIn("patient", "patient-demo-password");
            phone.awaitHeading("Today");
            String served = phone.cookie("PORTAL_NODE");
            assertTrue("node1".equals(served) || "node2".equals(served), "HAProxy keeps the browser to one node: "
                    + served);
            Process victim = "node1".equals(served) ? node1 : node2;
            victim.destroyForcibly().waitFor();
            assertTrue(!victim.isAlive(), "killed with SIGKILL");

            phone.click("#quick\\:walkedNow");
            phone.awaitText("#walkedNote", "Walk recorded");
            assertEquals("/patient/index.xhtml", phone.path(), "still signed in, on the other node");
            phone.go("/patient/history.xhtml");
            phone.awaitHeading("My history");
            assertTrue(!served.equals(phone.cookie("PORTAL_NODE")), "now served by the other node");
        }
    }

    /**
     * A node on this port, whose Hazelcast member listens on {@code hazelcast} and finds the cluster through the member
     * on {@code first}. Host-aware partitioning is off: every member is on this one host, and with it on, Hazelcast
     * would keep no backup of a session on another member.
     */
    private static Process node(String name, int port, int hazelcast, int first, String cluster) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("portal.war"), "--contextroot", "/", "--port", String.valueOf(port),
                "--clustermode", "tcpip:127.0.0.1:" + first, "--startport", String.valueOf(hazelcast),
                "--interfaces", "127.0.0.1", "--clustername", cluster, "--nohostaware",
                "--prebootcommandfile", "src/main/payara/pre-boot-commands.asadmin",
                "--postbootcommandfile", "src/main/payara/post-boot-commands.asadmin")
                .redirectErrorStream(true).redirectOutput(LOGS.resolve(name + ".log").toFile());
        builder.environment().putAll(Map.of("PORTAL_DEMO", "true",
                "PORTAL_DB_URL", System.getProperty("portal.test.db.url"),
                "PORTAL_DB_USER", System.getProperty("portal.test.db.user"),
                "PORTAL_DB_PASSWORD", System.getProperty("portal.test.db.password"),
                "PORTAL_PASSWORD_ITERATIONS", "20000", "PORTAL_TRUSTED_PROXIES", "127.0.0.1",
                "PORTAL_MAIL_SENDER_INTERVAL_SECONDS", "0", "PORTAL_SESSION_REPLICATION", "true"));
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private static void awaitReady(URL url, Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("stopped before it was ready: see " + LOGS);
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
        throw new IllegalStateException(url + " was not ready within 180 s: see " + LOGS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
