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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo patient's day on a 360-pixel phone screen: record a walk from the home page and see it counted, and
 * tick a red flag and see the advice at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientDayIT {

    /** "Walking: 1 of 2 done", or past the prescription "Walking: 2 of 2 done, and 3 more". */
    private static final Pattern WALKS = Pattern.compile("Walking: (\\d+) of 2 done(, and (\\d+) more)?");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aPatientRecordsAWalkFromTheHomePageAndSeesItCounted() throws Exception {
        try (Browser browser = Browser.open(base, Browser.PHONE)) {
            browser.signIn("patient", "patient-demo-password");
            browser.awaitHeading("Today");
            int before = walksDone(browser);
            int minutesBefore = minutesOnTheWeekStrip(browser);

            browser.click("#recordWalk");
            browser.awaitHeading("Record a session");
            assertTrue(saveIsInViewAndOnTop(browser), "Save is in view on the phone without scrolling");
            assertTrue(browser.chosen("form:choice").startsWith("Walking"));
            assertEquals("datetime-local", browser.find("#form\\:when").getDomAttribute("type"),
                    "the phone's own date and time picker");
            assertTrue(browser.find("#form\\:when").getDomProperty("value").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"),
                    "filled in with now");
            browser.type("#form\\:minutes", "10");
            browser.press("form:painBefore", "4");
            browser.press("form:painAfter", "3");
            @SuppressWarnings("unchecked")
            List<String> buttons = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('ul.pain-scale label')).map(l => {"
                            + " const r = l.getBoundingClientRect(); return l.textContent.trim() + ' ' + Math.round(r.width)"
                            + " + 'x' + Math.round(r.height); });");
            assertEquals(22, buttons.size(), "eleven buttons, before and after: " + buttons);
            assertTrue(buttons.stream().allMatch(b -> b.matches("\\d+ (4[4-9]|[5-9]\\d)x(4[4-9]|[5-9]\\d)")),
                    "each at least 44 x 44 px: " + buttons);
            browser.driver().findElement(By.cssSelector("#form\\:painAfter input[value='3']")).click();
            assertTrue(browser.driver().findElements(By.cssSelector("#form\\:painAfter input:checked")).isEmpty(),
                    "choosing the chosen number again clears it");
            browser.press("form:painAfter", "3");
            assertTrue(saveIsInViewAndOnTop(browser), "and still in view wherever the form is scrolled to");
            browser.click("#form\\:save");

            browser.awaitHeading("Today");
            assertTrue(browser.find(".ui-messages-info").getText().contains("Saved: Walking, 10 minutes."));
            assertEquals(before + 1, walksDone(browser));
            assertEquals(7, browser.driver().findElements(By.cssSelector("#week li")).size(), "the week, Monday to Sunday");
            assertEquals(minutesBefore + 10, minutesOnTheWeekStrip(browser), "today's minutes on the week's strip");
            if (before == 0) {
                String today = browser.find("#today").getText().replaceAll("\\s+", " ");
                assertTrue(today.contains("Walking: 1 of 2 done, 10 of 20 minutes"), today);
            }

            browser.go("/patient/history.xhtml");
            browser.awaitHeading("My history");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#progressTable tbody tr"));
            assertEquals(30, rows.size(), "the charts' figures as a table for screen readers, a row a day");
            String last = rows.get(29).getAttribute("textContent").replaceAll("\\s+", " ");
            assertTrue(last.contains(" 4 3") || last.matches(".*\\d+ 20 .*"), "today: minutes, prescribed, pain: " + last);
            // The charts are drawn once the patient scrolls to them (Chart.js is fetched then).
            browser.script("document.getElementById('minutesChart').scrollIntoView();");
            browser.waitFor().until(d -> !d.findElements(By.cssSelector("#minutesChart[data-chart-drawn]")).isEmpty());
            browser.script("document.getElementById('painChart').scrollIntoView();");
            browser.waitFor().until(d -> d.findElements(By.cssSelector("canvas[data-chart-drawn]")).size() == 2);
            assertEquals(List.of(), browser.consoleProblems());

            WebElement walk = browser.driver().findElements(By.cssSelector("#sessions li")).stream()
                    .filter(li -> li.getText().contains("Walking — 10 minutes, pain 4 → 3")).findFirst()
                    .orElseThrow(() -> new AssertionError("the walk in the list: " + browser.find("#sessions").getText()));
            assertTrue(walk.findElement(By.tagName("strong")).getText().matches("\\d{1,2} \\w{3} \\d{4}"),
                    "the day first, as people read it: " + walk.getText());
            WebElement change = walk.findElement(By.cssSelector("a.edit-link"));
            assertEquals("Change", change.getText());
            browser.script("arguments[0].scrollIntoView({block: 'center'});", change);
            change.click();
            browser.awaitHeading("Change a session");
            assertEquals("10", browser.find("#form\\:minutes").getDomProperty("value"), "the walk's own minutes");
        }
    }

    /**
     * Three taps from the sign-in page: sign in, "I walked now", and the walk of the prescribed minutes is recorded
     * now; the confirmation offers to undo it or to add pain and a note.
     */
    @Test
    void iWalkedNowRecordsThePrescribedWalkInOneTapThenOffersToUndoOrAddPain() throws Exception {
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn("patient", "patient-demo-password");
            phone.awaitHeading("Today");
            int before = walksDone(phone);
            Number header = (Number) ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript(
                    "return document.querySelector('header').getBoundingClientRect().height;");
            assertTrue(header.doubleValue() <= 110, "a compact header on a phone: " + header + " px");
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('header a, header button, main .ui-button'))"
                            + ".filter(e => e.offsetParent !== null)"
                            + ".filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })"
                            + ".map(e => (e.id || e.textContent.trim()) + ' ' + Math.round(e.getBoundingClientRect().width)"
                            + " + 'x' + Math.round(e.getBoundingClientRect().height));");
            assertEquals(List.of(), small, "every tap target at least 44 x 44 px");

            phone.click("#quick\\:walkedNow");
            phone.awaitText("#walkedNote", "Walk recorded: 10 minutes at");
            assertEquals(before + 1, walksDone(phone));
            assertTrue(phone.inView("#quick\\:undo"), "the undo is where the patient is looking");

            phone.click("#quick\\:undo");
            phone.awaitText("#walkedNote", "The walk is taken back.");
            assertEquals(before, walksDone(phone));

            phone.click("#quick\\:walkedNow");
            phone.awaitText("#walkedNote", "Walk recorded");
            phone.click("#quick\\:addPain");
            phone.awaitHeading("Change a session");
            assertEquals(List.of(), phone.consoleProblems());

            phone.go("/patient/index.xhtml");
            while (walksDone(phone) < 3) {
                phone.click("#quick\\:walkedNow");
                phone.awaitText("#walkedNote", "Walk recorded");
                phone.go("/patient/index.xhtml");
            }
            String today = phone.find("#today").getText();
            assertTrue(today.matches("(?s).*Walking: 2 of 2 done, and \\d+ more.*"), "counts that add up: " + today);
        }
    }

    @Test
    void aTickedRedFlagShowsTheAdviceAtOnceAndFlagsThePatientForTheirClinician() throws Exception {
        try (Browser browser = Browser.open(base, Browser.PHONE)) {
            browser.signIn("patient", "patient-demo-password");
            browser.awaitHeading("Today");
            browser.click("#recordOther");
            browser.awaitHeading("Record a session");
            browser.choose("form:choice", "Knee-to-chest stretch");
            browser.type("#form\\:minutes", "5");
            browser.tick("#form\\:redFlags", "saddle area");
            browser.click("#form\\:save");

            WebElement advice = browser.find(".warning-advice");
            assertTrue(advice.getText().contains("Get emergency help now"), advice.getText());
            assertTrue(advice.getText().contains("Go to an emergency department now, or call 999"), advice.getText());
            browser.waitFor().until(d -> browser.hasFocus(".warning-advice"));
            assertTrue(browser.inView(".warning-advice"), "the advice is in view on the phone");
            assertEquals("/patient/record.xhtml", browser.path());

            browser.click("#signOut\\:submit");
            browser.awaitHeading("Sign in");
            browser.signIn("clinician", "clinician-demo-password");
            browser.awaitHeading("My patients");
            browser.find("#form\\:patients tbody tr");
            String row = browser.driver().findElements(By.cssSelector("#form\\:patients tbody tr")).stream()
                    .map(WebElement::getText).filter(text -> text.contains("Sam Patel")).findFirst().orElseThrow();
            assertTrue(row.contains("Warning sign"), row);
        }
    }

    private static int walksDone(Browser browser) {
        Matcher m = WALKS.matcher(browser.find("#today").getText());
        assertTrue(m.find(), "today shows the walks: " + browser.find("#today").getText());
        return Integer.parseInt(m.group(1)) + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    /**
     * A patient who cannot use a pointer records a walk with the keyboard alone: Tab reaches every part of the form,
     * the pain scale answers the arrow keys, Enter on Save saves; and Tab goes on past the form to the end of the
     * page, so nothing traps the focus.
     */
    @Test
    void aWalkIsRecordedWithTheKeyboardAloneAndNothingTrapsTheFocus() throws Exception {
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn("patient", "patient-demo-password");
            phone.awaitHeading("Today");
            phone.go("/patient/record.xhtml?exercise=1");
            phone.awaitHeading("Record a session");

            List<String> visited = new java.util.ArrayList<>();
            String previous = null;
            int still = 0;
            for (int i = 0; i < 150 && (previous == null || !previous.startsWith("language:")); i++) {
                tab(phone);
                String now = focused(phone);
                still = now.equals(previous) ? still + 1 : 0;
                assertTrue(still < 8, "the focus stays on " + now + " (a trap?) after " + visited);
                if (!now.equals(previous)) {
                    visited.add(now);
                }
                previous = now;
            }
            for (String part : List.of("form:choice", "form:when", "form:minutes", "form:painBefore", "form:painAfter",
                    "form:note", "form:save")) {
                assertTrue(visited.stream().anyMatch(v -> v.startsWith(part)), part + " is reached by Tab: " + visited);
            }
            assertTrue(previous.startsWith("language:"), "Tab goes on past the form to the foot of the page: " + visited);

            phone.go("/patient/record.xhtml?exercise=1");
            phone.awaitHeading("Record a session");
            tabTo(phone, "form:minutes");
            keys(phone, org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "12");
            tabTo(phone, "form:painBefore");
            keys(phone, " ", org.openqa.selenium.Keys.ARROW_RIGHT.toString(), org.openqa.selenium.Keys.ARROW_RIGHT.toString());
            assertEquals("2", phone.driver().findElement(By.cssSelector("#form\\:painBefore input:checked")).getDomAttribute("value"));
            tabTo(phone, "form:save");
            keys(phone, org.openqa.selenium.Keys.ENTER.toString());
            phone.awaitHeading("Today");
            assertTrue(phone.find(".ui-messages-info").getText().contains("Saved: Walking, 12 minutes."));
        }
    }

    /** Today's minutes as the week's strip on the today page shows them ("10′"). */
    private static int minutesOnTheWeekStrip(Browser browser) {
        return Integer.parseInt(browser.find("#week li.today .minutes").getText().replace("′", "").trim());
    }

    private static void tab(Browser phone) {
        keys(phone, org.openqa.selenium.Keys.TAB.toString());
    }

    private static void keys(Browser phone, CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(phone.driver()).sendKeys(keys).perform();
    }

    /** The id (or name) of the focused element. */
    private static String focused(Browser phone) {
        return String.valueOf(phone.script("var e = document.activeElement; return e.id || e.name || e.tagName;"));
    }

    private static void tabTo(Browser phone, String idStart) {
        for (int i = 0; i < 150; i++) {
            if (focused(phone).startsWith(idStart)) {
                return;
            }
            tab(phone);
        }
        throw new AssertionError("Tab never reached " + idStart);
    }

    /** A patient prints their programme: the programme alone, with the warning-sign advice, and nothing to press. */
    @Test
    void theProgrammePrintsWithoutNavigationOrButtons() throws Exception {
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn("patient", "patient-demo-password");
            desk.awaitHeading("Today");
            desk.go("/patient/programme.xhtml");
            desk.awaitHeading("My programme");
            desk.emulatePrint();
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) desk.script("return Array.from(document.querySelectorAll("
                    + "'header, nav, button, .ui-button, input[type=submit], .languages'))"
                    + ".filter(e => e.getClientRects().length > 0).map(e => e.tagName + '#' + e.id);");
            assertEquals(List.of(), shown, "nothing to press on paper");
            assertTrue(desk.find("main").isDisplayed());
            assertTrue(desk.find(".footer").getText().contains("emergency help"), "the warning-sign advice prints");
        }
    }

    /** Whether the whole Save button is within the phone's screen and nothing covers its middle. */
    private static boolean saveIsInViewAndOnTop(Browser browser) {
        return Boolean.TRUE.equals(browser.script("var b = document.getElementById('form:save');"
                + " var r = b.getBoundingClientRect();"
                + " var top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + " return r.top >= 0 && r.bottom <= window.innerHeight && (top === b || b.contains(top));"));
    }
}
