package clinic.portal.web.cluster;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.Nodes;
import clinic.portal.web.support.Unique;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as several nodes: two Payara Micro processes with the real WAR in one Payara (Hazelcast) cluster on
 * PostgreSQL, behind HAProxy with the repository's own configuration (docker/haproxy.cfg), all on loopback. A token
 * revoked through one node is refused by the other at once; a change to the exercise library made on one node is
 * seen on the other; "sign out everywhere" on one node ends the person's session on the other; a patient whose node
 * is killed with SIGKILL carries on through the balancer, signed in, and records a walk; and one client address that
 * sends too many requests is answered 429 by the balancer while others are served. Needs PostgreSQL (two nodes cannot
 * share an H2 file) and HAProxy; skipped on H2 like the database outage test, and run by CI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final Path LOGS = Path.of("target", "two-nodes");
    /** Requests one client address may send through the balancer in 10 s (lower than the configuration's 600). */
    private static final int RATE_LIMIT = 300;

    private static Nodes nodes;
    private static Process node1;
    private static Process node2;
    private static URL url1;
    private static URL url2;
    private static URL balancer;

    @BeforeAll
    static void startTwoNodesAndTheBalancer() throws Exception {
        Nodes.assumePostgresqlAndHaproxy();
        nodes = new Nodes(LOGS);
        String cluster = Unique.username("two-nodes");
        int port1 = Nodes.freePort();
        int port2 = Nodes.freePort();
        int balancerPort = Nodes.freePort();
        int hazelcast = Nodes.freePort();
        Map<String, String> replicated = Map.of("PORTAL_SESSION_REPLICATION", "true");
        node1 = nodes.node("node1", port1, hazelcast, hazelcast, cluster, replicated);
        url1 = new URL("http://127.0.0.1:" + port1 + "/");
        nodes.awaitReady(url1, node1);
        node2 = nodes.node("node2", port2, Nodes.freePort(), hazelcast, cluster, replicated);
        url2 = new URL("http://127.0.0.1:" + port2 + "/");
        nodes.awaitReady(url2, node2);
        Process haproxy = nodes.balancer(balancerPort, "127.0.0.1:" + port1, "127.0.0.1:" + port2, RATE_LIMIT);
        balancer = new URL("http://127.0.0.1:" + balancerPort + "/");
        // Both nodes in service: answers through the balancer come from each in turn once its checks passed.
        nodes.awaitReady(balancer, haproxy);
        Thread.sleep(3000);
    }

    @AfterAll
    static void stopAll() {
        if (nodes != null) { // null when skipped (H2, or no HAProxy)
            nodes.stopAll();
        }
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
            assertNull(phone.cookie("JSESSIONIDSSO"), "no single sign-on cookie beside the session's (pre-boot commands)");
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

    @Test
    @Order(5)
    void anAddressSendingTooManyRequestsIsAnswered429ByTheBalancerAndOtherAddressesAreServed() throws Exception {
        // A flood from one loopback address (127.0.0.2); the tests' own requests come from 127.0.0.1.
        InetAddress flooder = InetAddress.getByName("127.0.0.2");
        String favicon = "/jakarta.faces.resource/images/favicon.svg.xhtml?ln=portal";
        int served = 0;
        String refused = null;
        for (int i = 0; i < RATE_LIMIT + 50; i++) {
            String answer = get(flooder, favicon);
            if (answer.startsWith("HTTP/1.1 200")) {
                served++;
            } else {
                refused = answer;
            }
        }
        // HAProxy's rate is exact within the address's first 10 s, and an estimate across two periods.
        assertTrue(served >= RATE_LIMIT && served < RATE_LIMIT + 25,
                "the address's first " + RATE_LIMIT + " requests in 10 s are served, then no more: " + served);
        assertTrue(refused.startsWith("HTTP/1.1 429"), refused);
        assertTrue(refused.toLowerCase(Locale.ROOT).contains("\r\nretry-after: 10\r\n"), refused);
        assertTrue(refused.contains("<h1>Please wait a moment</h1>"), "a page a person can read: " + refused);

        String api = get(flooder, "/api/v1/today");
        assertTrue(api.startsWith("HTTP/1.1 429"), api);
        assertTrue(api.contains("content-type: application/problem+json") && api.contains("\"status\":429"),
                "the API's callers get a problem document: " + api);

        Http other = new Http(balancer).token("patient", "patient-demo-password");
        assertEquals(200, other.send("GET", "/api/v1/today", null).status(), "another address is served as before");
    }

    /** A GET through the balancer from this local address, on its own connection: the answer's head and body. */
    private static String get(InetAddress from, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(balancer.getHost(), balancer.getPort()), 2000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + balancer.getAuthority()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
