package clinic.portal.web.outcome;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.PdfText;
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

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outcome questionnaires as people use them, in headless Chromium: a clinician asks STarT Back on the patient page,
 * the patient answers it on a phone from the home page (every unanswered question says so), the clinician sees the
 * risk group and stops asking; a PSFS two weeks apart starts from the activities named before, and the clinician
 * sees the meaningful change. A questionnaire that does not exist is a 404. The clinician's progress report downloads
 * as a PDF with the scores, the programme and the adherence (a window out of order says so beside the date).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomePagesIT {

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
    void aPatientAnswersStartBackOnAPhoneAndTheClinicianSeesTheRiskGroupAlsoInTheProgressReport() throws Exception {
        Properties team = new Http(base).careTeamWalking("First days");
        try (Browser desk = clinicianOnQuestionnaires(team)) {
            assertTrue(desk.find("#noOutcomes").getText().contains("No questionnaire"));
            desk.choose("askForm:questionnaire", "Back pain check");
            desk.choose("askForm:everyWeeks", "Every 4 weeks");
            desk.click("#askForm\\:ask");
            desk.awaitText("#outcomes", "Waiting for the patient since");
            assertTrue(desk.find("#messages").getText().contains("The questionnaire is asked."));
            assertTrue(desk.find("#outcomes").getText().contains("Asked every 4 weeks"), desk.find("#outcomes").getText());
        }

        try (Browser phone = patientOnPhone(team)) {
            assertTrue(phone.find("#questionnaires").getText().contains("Questions from your care team"));
            phone.click("#questionnaires a[href*='q=STARTBACK']");
            phone.awaitHeading("Back pain check (STarT Back)");
            assertTrue(phone.find("#copyright").getText().contains("© Keele University"));
            phone.click("#form\\:send");
            phone.awaitText("#form", "Please choose an answer.");
            assertEquals(9, phone.driver().findElements(By.xpath("//*[contains(text(), 'Please choose an answer.')]"))
                    .size(), "each question says it");
            for (String item : List.of("leg", "shoulder", "walked", "dressed", "enjoy")) {
                phone.press(group(phone, item), "Disagree");
            }
            for (String item : List.of("safe", "worry", "terrible")) {
                phone.press(group(phone, item), "Agree");
            }
            phone.press(group(phone, "bothersome"), "Very much");
            assertTrue(phone.inView("#form\\:send"), "Send stays in view on a phone");
            phone.click("#form\\:send");
            phone.awaitHeading("Today");
            assertTrue(phone.find("#messages").getText().contains("Thank you. Your answers are with your care team."));
            assertTrue(phone.driver().findElements(By.id("questionnaires")).isEmpty(), "nothing left to answer");
            phone.go("/patient/questionnaire.xhtml?q=STARTBACK");
            assertTrue(phone.find("#notDue").getText().contains("nothing to answer"));
            String cookie = phone.cookieHeader();
            Http pages = new Http(base);
            assertEquals(404, pages.send("GET", "/patient/questionnaire.xhtml?q=NOPE", null, "Cookie", cookie).status());
            assertEquals(404, pages.send("GET", "/patient/questionnaire.xhtml", null, "Cookie", cookie).status());
        }

        try (Browser desk = clinicianOnQuestionnaires(team)) {
            String outcomes = desk.find("#outcomes").getText();
            assertTrue(outcomes.contains("Total 4 of 9, psychosocial 4 of 5"), outcomes);
            assertTrue(outcomes.contains("High risk"), outcomes);
            assertTrue(outcomes.contains("Next on"), outcomes);
            desk.click("#outcomes .stop-asking");
            desk.awaitText("#outcomes", "No longer asked.");
            assertTrue(desk.find("#outcomes").getText().contains("High risk"), "the answers stay");

            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            desk.openTab("tabProgress");
            desk.script("document.getElementById('reportForm:reportFrom').value = arguments[0]", today.plusDays(1).toString());
            desk.click("#reportForm\\:downloadReport");
            desk.awaitText("#report", "The first day must come before the last.");
            assertEquals(today.plusDays(1).toString(), desk.find("#reportForm\\:reportFrom").getAttribute("value"),
                    "what was typed stays");
            desk.script("document.getElementById('reportForm:reportFrom').value = arguments[0]", today.minusDays(6).toString());
            desk.click("#reportForm\\:downloadReport");
            String report = PdfText.of(desk.awaitDownload("progress-report-" + today.minusDays(6) + "-" + today + ".pdf"));
            for (String expected : List.of("Progress report", team.getProperty("patientName"), "Walking: 10 minutes",
                    "Sessions: 0 of", "Active days: 0 of 7", "Back pain check (STarT Back)",
                    "Total 4 of 9, psychosocial 4 of 5 – High risk", "No warning sign reported in these days.")) {
                assertTrue(report.contains(expected), "'" + expected + "' in:\n" + report);
            }

            desk.openTab("tabOverview");
            assertTrue(desk.find("#programmeSummary").getText().contains("Following a programme since"));
            new Http(base).send("POST", "/test-support/clock?advance=-P1D", null);
            desk.go("/clinician/patients/detail.xhtml?id=" + team.getProperty("patientId"));
            assertTrue(desk.find("#programmeSummary").getText().contains("A programme starts on"),
                    "a programme from a later day is said to start then: " + desk.find("#programmeSummary").getText());
        }
    }

    @Test
    void aPatientRatesTheirActivitiesAndTwoWeeksLaterStartsFromThem() throws Exception {
        Properties team = new Http(base).careTeam();
        try (Browser desk = clinicianOnQuestionnaires(team)) {
            desk.choose("askForm:questionnaire", "Activities you find hard");
            desk.choose("askForm:everyWeeks", "Every 2 weeks");
            desk.click("#askForm\\:ask");
            desk.awaitText("#outcomes", "Asked every 2 weeks");
        }
        try (Browser phone = patientOnPhone(team)) {
            phone.click("#questionnaires a[href*='q=PSFS']");
            phone.awaitHeading("Activities you find hard (PSFS)");
            phone.type("li[data-item=activity1] input", "Lifting my son");
            phone.press(group(phone, "ability1"), "3");
            phone.type("li[data-item=activity2] input", "Driving");
            phone.click("#form\\:send");
            phone.awaitText("#messages", "each activity you name needs a number");
            assertEquals("Driving", phone.find("li[data-item=activity2] input").getAttribute("value"),
                    "nothing typed is lost");
            phone.press(group(phone, "ability2"), "5");
            phone.click("#form\\:send");
            phone.awaitHeading("Today");

            new Http(base).send("POST", "/test-support/clock?advance=P14D", null);
            phone.go("/patient/index.xhtml");
            phone.click("#questionnaires a[href*='q=PSFS']");
            phone.awaitHeading("Activities you find hard (PSFS)");
            assertTrue(phone.find("#again").getText().contains("activities you named last time"));
            assertEquals("Lifting my son", phone.find("li[data-item=activity1] input").getAttribute("value"));
            assertEquals("Driving", phone.find("li[data-item=activity2] input").getAttribute("value"));
            phone.press(group(phone, "ability1"), "6");
            phone.press(group(phone, "ability2"), "7");
            phone.click("#form\\:send");
            phone.awaitHeading("Today");
        }
        try (Browser desk = clinicianOnQuestionnaires(team)) {
            String outcomes = desk.find("#outcomes").getText();
            assertTrue(outcomes.contains("Mean 4 of 10"), outcomes);
            assertTrue(outcomes.contains("Mean 6.5 of 10"), outcomes);
            assertTrue(outcomes.contains("Better by a meaningful change: +2.5"), outcomes);
            assertTrue(outcomes.contains("Lifting my son"), outcomes);
        }
    }

    /** The team's clinician, signed in on a desktop, on the questionnaires tab of the patient's record. */
    private Browser clinicianOnQuestionnaires(Properties team) throws Exception {
        Browser desk = Browser.open(base, Browser.DESKTOP);
        desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
        desk.awaitHeading("My patients");
        desk.go("/clinician/patients/detail.xhtml?id=" + team.getProperty("patientId"));
        desk.openTab("tabOutcomes");
        return desk;
    }

    /** The team's patient, signed in on a phone, on their home page. */
    private Browser patientOnPhone(Properties team) throws Exception {
        Browser phone = Browser.open(base, Browser.PHONE);
        phone.signIn(team.getProperty("patient"), TestControl.PASSWORD);
        phone.awaitHeading("Today");
        return phone;
    }

    /** The id of the radio group of a questionnaire's item. */
    private static String group(Browser browser, String item) {
        return browser.find("li[data-item='" + item + "'] ul.pain-scale").getAttribute("id");
    }

}
