package clinic.portal.web.accessibility;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.Pages;
import clinic.portal.web.support.TestControl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of every role through axe-core with the WCAG 2.2 A and AA rules, in Chromium, signed in for real: the
 * patient's pages on a phone (360×740), the clinician's and administrator's on a desk, the pages before sign-in on
 * both. A page added without a visit here fails the sweep, like a violation on any page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilitySweepIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    /** The headings of the error pages, in both languages: a page that answers one was not swept. */
    private static final Set<String> ERROR_HEADINGS = Set.of("Something went wrong", "Page not found",
            "Algo ha fallado", "Página no encontrada");

    @ArquillianResource
    private URL base;

    @Test
    void noPageOfAnyRoleHasAWcagViolation() throws Exception {
        Properties cast = new Http(base).cast();
        String patientA = cast.getProperty("patientAId");
        String sessionA = cast.getProperty("sessionA");
        List<String> violations = new ArrayList<>();
        Set<String> visited = new TreeSet<>();
        // Something on the pages that list things: a warning sign (the queues, the patient page) and a message.
        Http app = new Http(base).token(cast.getProperty("patientA"), TestControl.PASSWORD);
        Http.Reply reported = app.send("POST", "/api/v1/sessions", "{\"exerciseId\":1,\"performedAt\":\""
                + OffsetDateTime.now(ZoneOffset.UTC).withNano(0).minusMinutes(30) + "\",\"minutes\":8,\"painBefore\":6,"
                + "\"redFlags\":[\"NIGHT_PAIN\"]}");
        assertEquals(201, reported.status(), reported::toString);
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(cast.getProperty("patientA"), TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.go("/patient/messages.xhtml");
            phone.type("#form\\:text", "Is it fine to walk when my back is stiff?");
            phone.click("#form\\:send");
            phone.awaitText(".ui-messages-info", "Your message is sent.");
        }

        List<String> patientPages = List.of("/patient/index.xhtml",
                "/patient/index.xhtml?walked=" + sessionA, "/patient/programme.xhtml", "/patient/record.xhtml",
                "/patient/history.xhtml", "/patient/warning.xhtml", "/patient/access.xhtml",
                "/patient/reminders.xhtml", "/patient/messages.xhtml", "/patient/session.xhtml?id=" + sessionA,
                "/patient/questionnaire.xhtml?q=STARTBACK",
                "/account/password.xhtml", "/account/email.xhtml");
        sweep(null, null, Browser.PHONE, List.of("/login.xhtml", "/forgot.xhtml", "/reset.xhtml?token=not-a-token",
                "/unsubscribe.xhtml?token=not-a-token"), violations, visited);
        sweep(null, null, Browser.DESKTOP, List.of("/login.xhtml", "/forgot.xhtml"), violations, visited);
        sweep(cast.getProperty("patientA"), TestControl.PASSWORD, Browser.PHONE, patientPages, violations, visited);
        // The patient's pages again in Spanish: longer words must not break the phone layout, and lang must be right.
        sweep(null, null, Browser.PHONE, "es-ES,es", List.of("/login.xhtml"), violations, visited);
        sweep(cast.getProperty("patientA"), TestControl.PASSWORD, Browser.PHONE, "es-ES,es", patientPages, violations,
                visited);
        sweep(cast.getProperty("clinicianA"), TestControl.PASSWORD, Browser.DESKTOP, List.of("/clinician/index.xhtml",
                "/clinician/warnings/index.xhtml", "/clinician/patients/detail.xhtml?id=" + patientA,
                "/clinician/patients/progress.xhtml?id=" + patientA, "/clinician/patients/outcomes.xhtml?id=" + patientA,
                "/clinician/patients/plan.xhtml?id=" + patientA,
                "/clinician/patients/programme.xhtml?patient=" + patientA, "/clinician/messages/index.xhtml",
                "/clinician/messages/conversation.xhtml?patient=" + patientA, "/clinician/exercises/index.xhtml",
                "/clinician/exercises/edit.xhtml?id=" + cast.getProperty("exercise"), "/clinician/templates/index.xhtml",
                "/clinician/templates/edit.xhtml?id=" + cast.getProperty("template"), "/account/email.xhtml"),
                violations, visited);
        sweep("admin", "admin-demo-password", Browser.DESKTOP, List.of("/admin/index.xhtml",
                "/admin/accounts/index.xhtml", "/admin/accounts/create.xhtml", "/admin/accounts/edit.xhtml?id=" + patientA,
                "/admin/audit/index.xhtml", "/admin/warnings/index.xhtml", "/admin/outbox/index.xhtml",
                "/admin/accounts/import.xhtml", "/admin/accounts/import.xhtml?id=" + cast.getProperty("patientImport")),
                violations, visited);

        Set<String> unvisited = new TreeSet<>(Pages.files());
        unvisited.removeAll(visited);
        unvisited.remove("/index.xhtml");
        unvisited.remove("/patient/sessions-download.xhtml");
        unvisited.remove("/clinician/patients/sessions-download.xhtml");
        unvisited.remove("/patient/handout.xhtml");
        unvisited.remove("/patient/my-data.xhtml");
        unvisited.remove("/clinician/patients/handout.xhtml");
        unvisited.remove("/admin/accounts/import-report.xhtml");
        assertEquals(Set.of(), unvisited,
                "every page is swept (/index.xhtml only redirects; the downloads answer files)");
        assertEquals(List.of(), violations);
    }

    private void sweep(String username, String password, Dimension size, List<String> pages, List<String> violations,
                       Set<String> visited) throws Exception {
        sweep(username, password, size, "en-GB,en", pages, violations, visited);
    }

    /** Visits the pages in a browser of that size and language; a page wider than a phone's screen is a violation. */
    private void sweep(String username, String password, Dimension size, String languages, List<String> pages,
                       List<String> violations, Set<String> visited) throws Exception {
        try (Browser browser = Browser.open(base, size, languages)) {
            if (username != null) {
                browser.signIn(username, password);
                browser.waitFor().until(d -> !"/login.xhtml".equals(browser.path()));
            }
            for (String page : pages) {
                browser.go(page);
                assertTrue(browser.driver().findElements(org.openqa.selenium.By.tagName("h1")).size() == 1,
                        page + " has one heading");
                assertTrue(!ERROR_HEADINGS.contains(browser.heading()), page + " answered an error page: "
                        + browser.heading());
                for (String violation : browser.axeViolations()) {
                    violations.add(page + " at " + size.getWidth() + " px in " + languages + ": " + violation);
                }
                Number overflow = (Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (overflow.intValue() > 0) {
                    violations.add(page + " at " + size.getWidth() + " px in " + languages + ": the page is "
                            + overflow + " px wider than the screen and scrolls sideways");
                }
                String lang = (String) browser.script("return document.documentElement.lang;");
                if (!languages.startsWith(lang)) {
                    violations.add(page + " in " + languages + ": the page says it is in '" + lang + "'");
                }
                visited.add(page.replaceAll("\\?.*", ""));
            }
        }
    }
}
