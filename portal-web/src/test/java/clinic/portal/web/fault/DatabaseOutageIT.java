package clinic.portal.web.fault;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.TestControl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away under a running portal, for real: PostgreSQL refuses new connections to the portal's
 * database and ends the ones it has (as in a restart). The API answers 503 with {@code Retry-After} and a problem
 * document, a page answers 503 with the "back in a moment" page, never a 500; when the database is back, the same
 * calls work again without restarting anything. PostgreSQL only (an in-memory H2 lives inside the portal and cannot
 * go away on its own): CI runs it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final String URL = System.getProperty("portal.test.db.url", "");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    @AfterEach
    void databaseBack() throws SQLException {
        if (URL.startsWith("jdbc:postgresql:")) {
            allowConnections(true);
        }
    }

    @Test
    void whileTheDatabaseIsDownTheApiAndThePagesAnswer503AndRecoverAfterwards() throws Exception {
        Assumptions.assumeTrue(URL.startsWith("jdbc:postgresql:"), "needs PostgreSQL (mvn verify -Ppostgresql)");
        Properties team = new Http(base).careTeam();
        Http app = new Http(base).token(team.getProperty("patient"), TestControl.PASSWORD);
        assertEquals(200, app.send("GET", "/api/v1/today", null).status());
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(team.getProperty("patient"), TestControl.PASSWORD);
            phone.awaitHeading("Today");
            String cookies = phone.cookieHeader();

            allowConnections(false);
            Http.Reply api = app.send("GET", "/api/v1/today", null);
            assertEquals(503, api.status(), api::toString);
            assertEquals("10", api.header("Retry-After"));
            assertTrue(api.contentType().startsWith("application/problem+json"), api::toString);
            assertTrue(api.body().contains("try again in a moment"), api.body());

            Http.Reply page = new Http(base).send("GET", "/patient/history.xhtml", null, "Cookie", cookies);
            assertEquals(503, page.status(), page::toString);
            assertEquals("10", page.header("Retry-After"));
            phone.go("/patient/history.xhtml");
            phone.awaitHeading("Back in a moment");

            allowConnections(true);
            long until = System.nanoTime() + 30_000_000_000L;
            int status = 0;
            while (System.nanoTime() < until && (status = app.send("GET", "/api/v1/today", null).status()) != 200) {
                Thread.sleep(500);
            }
            assertEquals(200, status, "the API works again once the database is back");
            phone.go("/patient/history.xhtml");
            phone.awaitHeading("My history");
        }
    }

    /** As the portal's database owner, from outside the portal: refuse (and end) its connections, or allow them. */
    private static void allowConnections(boolean allow) throws SQLException {
        String database = URL.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection admin = DriverManager.getConnection(URL.replace("/" + database, "/postgres"),
                System.getProperty("portal.test.db.user"), System.getProperty("portal.test.db.password"));
             Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + allow);
            if (!allow) {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            }
        }
    }
}
