package clinic.portal.web.warning;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URL;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warning-sign loop as people use it, in headless Chromium: the patient on a phone reports a sign without a
 * session and sees the advice in view; the clinician sees the badge and the queue and records the review (from the
 * queue, and from the patient page whose "Mark as reviewed" once answered 500); the patient sees it reviewed; one
 * left unreviewed shows as overdue to the clinicians and the administrators; and a page parameter that does not
 * convert answers 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WarningSignPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    @AfterEach
    void backToNow() {
        new Http(base).send("POST", "/test-support/clock?reset", null);
    }

    @Test
    void aPatientReportsAWarningSignAndTheClinicianReviewsItFromTheQueue() throws Exception {
        Properties team = careTeam();
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            WebElement advice = report(phone, team, "saddle area");
            assertTrue(advice.getText().contains("Get emergency help now"), advice.getText());
            assertTrue(advice.getText().contains("call 999"), advice.getText());
            phone.waitFor().until(d -> phone.hasFocus(".warning-advice"));
            assertTrue(phone.inView(".warning-advice"), "the advice is where the patient is looking");
            assertEquals("alert", advice.getAttribute("role"));
            assertTrue(phone.find(".warnings.mine").getText().contains("Waiting for the clinic"));
        }

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            assertEquals("1", desk.find("#navWarnings .badge").getText());
            desk.click("#navWarnings");
            desk.awaitHeading("Warning signs");
            WebElement item = itemOf(desk, team.getProperty("patientName"));
            assertTrue(item.getText().contains("+44 20 7946 0000"), item.getText());
            assertTrue(item.getText().contains("Emergency signs"), item.getText());
            assertTrue(item.getText().contains("Reported on its own"), item.getText());

            desk.click("li[data-warning] .review-start");
            desk.find(".review-form");
            desk.click("li[data-warning] .review-save");
            desk.awaitText(".review-form", "Please choose what was done.");
            desk.tick(".review-form", "booked an appointment");
            desk.type(".review-form textarea", "Seen today at 16:00");
            desk.click("li[data-warning] .review-save");

            desk.find("#noWarnings");
            assertTrue(desk.find(".ui-messages-info").getText().contains("marked as reviewed"));
            assertTrue(desk.driver().findElements(By.cssSelector("#navWarnings .badge")).isEmpty(), "no badge once none is open");
        }

        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(team.getProperty("patient"), TestControl.PASSWORD);
            phone.awaitHeading("Today");
            String mine = phone.find(".warnings.mine").getText();
            assertTrue(mine.contains("Reviewed by the clinic"), mine);
            assertTrue(mine.contains("The clinic booked an appointment for you."), mine);
        }
    }

    @Test
    void anUnreviewedSignShowsAsOverdueAndIsReviewedFromThePatientPage() throws Exception {
        Properties team = careTeam();
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            WebElement advice = report(phone, team, "worse at night");
            assertTrue(advice.getText().contains("Contact the clinic today"), advice.getText());
            phone.click("#form\\:closeAdvice");
            phone.waitFor().until(d -> d.findElements(By.cssSelector(".warning-advice")).isEmpty());
        }
        new Http(base).send("POST", "/test-support/clock?advance=PT4H1M", null);

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn("admin", "admin-demo-password");
            desk.awaitHeading("Administration");
            desk.click("#navOverdue");
            desk.awaitHeading("Overdue warning signs");
            String overdue = desk.find("#overdue").getText();
            assertTrue(overdue.contains(team.getProperty("patientName")), overdue);
            assertFalse(desk.find("#navOverdue .badge").getText().isBlank());
        }

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("otherClinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            desk.click("#navWarnings");
            desk.awaitHeading("Warning signs");
            WebElement item = itemOf(desk, team.getProperty("patientName"));
            assertTrue(item.getText().contains("Overdue"), item.getText());

            item.findElement(By.cssSelector("a.patient")).click();
            desk.awaitHeading(team.getProperty("patientName"));
            assertTrue(desk.find("#contact").getText().contains("+44 20 7946 0000"));
            desk.click("#alertsForm .review-start");
            desk.tick(".review-form", "called the patient");
            desk.click("#alertsForm .review-save");

            desk.find("#alerts .review-done");
            String alerts = desk.find("#alerts").getText();
            assertTrue(alerts.contains("Reviewed by"), alerts);
            assertTrue(alerts.contains("called the patient"), alerts);
            assertTrue(desk.driver().findElements(By.cssSelector("#alertsForm .review-start")).isEmpty());
        }
    }

    @Test
    void anAdministratorSetsThePhoneNumberTheCareTeamCalls() throws Exception {
        Properties team = careTeam();
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn("admin", "admin-demo-password");
            desk.awaitHeading("Administration");
            desk.go("/admin/accounts/edit.xhtml?id=" + team.getProperty("patientId"));
            desk.awaitHeading(team.getProperty("patientName"));

            desk.type("#form\\:phone", "call me maybe");
            desk.click("#form\\:submit");
            desk.awaitText("#form", "Please enter a phone number");
            desk.type("#form\\:phone", "+44 20 7946 0999");
            desk.click("#form\\:submit");
            desk.awaitText(".ui-messages-info", "saved");

            desk.type("#reset\\:temporaryPassword", "short");
            desk.click("#reset\\:submit");
            desk.awaitText("#reset", "A password needs");
            desk.type("#reset\\:temporaryPassword", "heron-marble-fig-77");
            desk.click("#reset\\:submit");
            desk.awaitText(".ui-messages-info", "must choose a new password");
        }
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            desk.go("/clinician/patients/detail.xhtml?id=" + team.getProperty("patientId"));
            desk.awaitText("#contact", "+44 20 7946 0999");
        }
    }

    @Test
    void aPageParameterThatDoesNotConvertAnswers404() throws Exception {
        Properties team = careTeam();
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            Http pages = new Http(base);
            String cookie = desk.cookieHeader();
            assertEquals(404, pages.send("GET", "/clinician/patients/detail.xhtml?id=abc", null, "Cookie", cookie).status());
            assertEquals(404, pages.send("GET", "/clinician/patients/detail.xhtml", null, "Cookie", cookie).status());
            assertEquals(404, pages.send("GET", "/clinician/patients/programme.xhtml?patient=x", null, "Cookie", cookie).status());
            assertEquals(404, pages.send("GET", "/clinician/exercises/edit.xhtml?id=1.5", null, "Cookie", cookie).status());
            assertEquals(200, pages.send("GET", "/clinician/patients/detail.xhtml?id=" + team.getProperty("patientId"),
                    null, "Cookie", cookie).status());
        }
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(team.getProperty("patient"), TestControl.PASSWORD);
            phone.awaitHeading("Today");
            String cookie = phone.cookieHeader();
            Http pages = new Http(base);
            assertEquals(404, pages.send("GET", "/patient/session.xhtml?id=abc", null, "Cookie", cookie).status());
            assertEquals(404, pages.send("GET", "/patient/record.xhtml?exercise=walk", null, "Cookie", cookie).status());
        }
    }

    private Properties careTeam() throws IOException {
        return new Http(base).careTeam();
    }

    /** The team's patient signs in on the phone, reports the sign from the navigation, and gets the advice. */
    private static WebElement report(Browser phone, Properties team, String sign) {
        phone.signIn(team.getProperty("patient"), TestControl.PASSWORD);
        phone.awaitHeading("Today");
        phone.click("#navReport");
        phone.awaitHeading("Report a warning sign");
        phone.tick("#form\\:signs", sign);
        phone.click("#form\\:send");
        return phone.find(".warning-advice");
    }

    private static WebElement itemOf(Browser browser, String patientName) {
        browser.find("li[data-warning]");
        return browser.driver().findElements(By.cssSelector("li[data-warning]")).stream()
                .filter(li -> li.getText().contains(patientName)).findFirst().orElseThrow();
    }
}
