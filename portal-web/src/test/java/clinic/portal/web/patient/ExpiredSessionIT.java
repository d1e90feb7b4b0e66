package clinic.portal.web.patient;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing a patient types is lost: the session ends while the record form is filled in (the server no longer knows
 * the browser's session, as after the time-out), the patient presses Save, is told plainly, signs in again and finds
 * the entry filled back in to save. No spinner is left turning and no script error is logged on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpiredSessionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aWalkTypedBeforeTheSessionEndedIsFilledBackInAfterSigningInAgain() throws Exception {
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn("patient", "patient-demo-password");
            phone.awaitHeading("Today");
            phone.click("#recordWalk");
            phone.awaitHeading("Record a session");
            phone.type("#form\\:minutes", "12");
            phone.choose("form:painBefore", "5");
            phone.type("#form\\:note", "Evening walk by the river");
            phone.consoleProblems();

            phone.driver().manage().deleteCookieNamed("JSESSIONID");
            phone.click("#form\\:save");

            phone.awaitHeading("Sign in");
            assertTrue(phone.find("#expired").getText().contains("nothing was saved yet"), phone.find("#expired").getText());
            phone.type("#form\\:username", "patient");
            phone.type("#form\\:password", "patient-demo-password");
            phone.click("#form\\:submit");

            phone.awaitHeading("Record a session");
            assertTrue(phone.find("#draftRestored").getText().contains("We kept what you had typed"));
            phone.waitFor().until(d -> "12".equals(phone.find("#form\\:minutes").getAttribute("value")));
            assertEquals("Evening walk by the river", phone.find("#form\\:note").getAttribute("value"));
            phone.awaitText("#form\\:painBefore_label", "5");
            assertTrue(phone.find("#form\\:choice_label").getText().startsWith("Walking"));
            assertEquals(java.util.List.of(), phone.consoleProblems().stream()
                    .filter(p -> !p.contains("favicon")).toList(), "no script error on the way");

            phone.click("#form\\:save");
            phone.awaitHeading("Today");
            assertTrue(phone.find(".ui-messages-info").getText().contains("Saved: Walking, 12 minutes."));
        }
    }
}
