package clinic.portal.web.patient;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.TestControl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URL;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing a patient types is lost, and "keep me signed in" holds. The session ends while the record form is filled
 * in (the server no longer knows the browser's session, as after the time-out), the patient presses Save, is told
 * plainly, signs in again and finds the entry filled back in to save, with no spinner left turning and no script
 * error. A patient who chose to stay signed in on their phone stays signed in when the session ends, with a cookie
 * that changes at every use; a copy of an old cookie signs every device out; a password change on another device,
 * or signing out, ends it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpiredSessionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
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
            phone.press("form:painBefore", "5");
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
            phone.waitFor().ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(d -> "5".equals(d.findElement(By.cssSelector("#form\\:painBefore input:checked"))
                    .getDomProperty("value")));
            assertTrue(phone.chosen("form:choice").startsWith("Walking"));
            assertEquals(java.util.List.of(), phone.consoleProblems().stream()
                    .filter(p -> !p.contains("favicon")).toList(), "no script error on the way");

            phone.click("#form\\:save");
            phone.awaitHeading("Today");
            assertTrue(phone.find(".ui-messages-info").getText().contains("Saved: Walking, 12 minutes."));
        }
    }

    @Test
    void aPatientKeptSignedInStaysSignedInUntilTheirPasswordChangesOnAnotherDevice() throws Exception {
        Properties team = careTeam();
        String patient = team.getProperty("patient");
        try (Browser phone = Browser.open(base, Browser.PHONE); Browser laptop = Browser.open(base, Browser.DESKTOP)) {
            phone.go("/login.xhtml");
            phone.type("#form\\:username", patient);
            phone.type("#form\\:password", TestControl.PASSWORD);
            phone.click("#form\\:keep .ui-chkbox-box");
            phone.click("#form\\:submit");
            phone.awaitHeading("Today");
            String first = phone.cookie("portal-remember");
            assertNotNull(first, "the phone is remembered");

            phone.driver().manage().deleteCookieNamed("JSESSIONID");
            phone.go("/patient/history.xhtml");
            phone.awaitHeading("My history");
            String second = phone.cookie("portal-remember");
            assertNotNull(second);
            assertNotEquals(first, second, "each use replaces the cookie");

            laptop.signIn(patient, TestControl.PASSWORD);
            laptop.awaitHeading("Today");
            assertNull(laptop.cookie("portal-remember"), "not kept unless asked");
            laptop.go("/account/password.xhtml");
            laptop.type("#form\\:currentPassword", TestControl.PASSWORD);
            laptop.type("#form\\:newPassword", "walnut-ferry-quiet-lamp");
            laptop.type("#form\\:confirmation", "walnut-ferry-quiet-lamp");
            laptop.click("#form\\:submit");
            laptop.awaitText(".ui-messages-info", "Your password has been changed.");

            phone.driver().manage().deleteCookieNamed("JSESSIONID");
            phone.go("/patient/index.xhtml");
            phone.awaitHeading("Sign in");
            assertNull(phone.cookie("portal-remember"), "the phone's kept sign-in ended with the password change");
        }
    }

    @Test
    void signingOutForgetsTheDevice() throws Exception {
        Properties team = careTeam();
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.go("/login.xhtml");
            phone.type("#form\\:username", team.getProperty("patient"));
            phone.type("#form\\:password", TestControl.PASSWORD);
            phone.click("#form\\:keep .ui-chkbox-box");
            phone.click("#form\\:submit");
            phone.awaitHeading("Today");
            String kept = phone.cookie("portal-remember");
            phone.click("#signOut\\:submit");
            phone.awaitHeading("Sign in");
            assertNull(phone.cookie("portal-remember"));

            phone.driver().manage().addCookie(new Cookie("portal-remember", kept, "/"));
            phone.go("/patient/index.xhtml");
            phone.awaitHeading("Sign in");
        }
    }

    private Properties careTeam() throws IOException {
        return new Http(base).careTeam();
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndSignOutEverywhereEndsThemAll() throws Exception {
        Properties team = careTeam();
        String patient = team.getProperty("patient");
        try (Browser phone = Browser.open(base, Browser.PHONE); Browser laptop = Browser.open(base, Browser.DESKTOP)) {
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            laptop.signIn(patient, TestControl.PASSWORD);
            laptop.awaitHeading("Today");

            laptop.go("/account/password.xhtml");
            laptop.type("#form\\:currentPassword", TestControl.PASSWORD);
            laptop.type("#form\\:newPassword", "walnut-ferry-quiet-lamp");
            laptop.type("#form\\:confirmation", "walnut-ferry-quiet-lamp");
            laptop.click("#form\\:submit");
            laptop.awaitText(".ui-messages-info", "Your password has been changed.");

            phone.go("/patient/history.xhtml");
            phone.awaitHeading("Sign in");
            laptop.go("/patient/history.xhtml");
            laptop.awaitHeading("My history");

            phone.signIn(patient, "walnut-ferry-quiet-lamp");
            phone.awaitHeading("My history");
            laptop.go("/account/password.xhtml");
            laptop.click("#everywhereForm\\:signOutEverywhere");
            laptop.awaitHeading("Sign in");
            assertTrue(laptop.find(".ui-messages-info").getText().contains("signed out on every device"));
            phone.go("/patient/index.xhtml");
            phone.awaitHeading("Sign in");
        }
    }
}
