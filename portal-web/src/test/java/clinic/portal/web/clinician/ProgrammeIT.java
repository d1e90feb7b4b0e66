package clinic.portal.web.clinician;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clinician assigns a programme in the browser, confirming a cautioned exercise; the patient reads it in words. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aClinicianAssignsWalkingAStretchAndAConfirmedCautionAndThePatientSeesItInWords() throws Exception {
        try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
            browser.signIn("clinician", "clinician-demo-password");
            browser.awaitHeading("My patients");
            browser.type("#form\\:search", "Sam");
            browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText("Sam Patel"))).click();
            browser.awaitHeading("Sam Patel");
            browser.openTab("tabProgress");
            browser.find("#painTrend canvas");
            browser.openTab("tabProgramme");
            browser.click("#assign");
            browser.awaitHeading("Assign a programme");

            browser.type("#form\\:phases\\:0\\:phaseName", "First days");
            addExercise(browser, "Walking");
            addExercise(browser, "Knee-to-chest stretch");
            addExercise(browser, "Golf");
            browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("cautionReason")));
            assertTrue(browser.find("#cautionReason").getText().contains("linked to more back injuries"));
            browser.click("#form\\:confirmCaution");
            browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cautionReason")));
            browser.type("#form\\:note", "Walk a little every day, even on a bad day.");

            browser.click("#form\\:save");
            browser.awaitHeading("Sam Patel");
            assertEquals("/clinician/patients/plan.xhtml", browser.path(), "back on the programme tab");
            String programme = browser.find("#programme").getText();
            assertTrue(programme.contains("Walking — 10 minutes, twice a day"), programme);
            assertTrue(programme.contains("Knee-to-chest stretch — 1 set of 5, hold 20 seconds, twice a day"), programme);
            assertTrue(programme.contains("Golf — 30 minutes, once a week"), programme);
            browser.openTab("tabOverview");
            String summary = browser.find("#programmeSummary").getText();
            assertTrue(summary.contains("Following a programme since"), summary);
            browser.click("#seeProgramme");
            browser.find("#tabProgramme[aria-current='page']");
            assertTrue(browser.find("#history").getText().contains("Assigned, from"), browser.find("#history").getText());
            browser.click("#signOut\\:submit");
            browser.awaitHeading("Sign in");

            browser.signIn("patient", "patient-demo-password");
            browser.awaitHeading("Today");
            String today = browser.find("#today").getText();
            assertTrue(today.contains("Today: First days"), today);
            assertTrue(today.contains("Walking: ") && today.contains("10 minutes, twice a day"), today);
            assertTrue(today.contains("Golf: 0 of 1 this week"), today);
            browser.click("#programme");
            browser.awaitHeading("My programme");
            String mine = browser.find("#programme").getText();
            assertTrue(mine.contains("Walk a little every day, even on a bad day."), mine);
            assertTrue(mine.contains("Walk at least 10 minutes, twice a day"), "instructions are shown: " + mine);
            assertEquals("/patient/programme.xhtml", browser.path());
        }
    }

    private static void addExercise(Browser browser, String name) {
        int before = browser.driver().findElements(By.cssSelector(".line")).size();
        browser.choose("form:phases:0:exercise", name);
        browser.click("#form\\:phases\\:0\\:addExercise");
        browser.waitFor().until(d -> d.findElements(By.cssSelector(".line")).size() == before + 1);
    }
}
