package clinic.portal.web.clinician;

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
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clinician's list in headless Chromium with more patients than a page: most urgent first (an open warning sign,
 * then high pain, then the inactive), 25 to a page with the next page a button away, a search that starts again
 * from the first page, and a patient's painful walk recorded on their phone moving them up the list at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientListIT {

    private static final String ROWS = "#form\\:patients tbody tr";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aClinicianPagesThroughTheirPatientsMostUrgentFirstAndAPainfulWalkMovesAPatientUp() throws Exception {
        Properties load = new Http(base).caseload();
        String mover = load.getProperty("moverName");
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(load.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            List<String> first = rows(desk);
            assertEquals(25, first.size(), "a page of 25: " + first);
            assertTrue(first.get(0).contains(load.getProperty("warning")) && first.get(0).contains("Warning sign"), first.get(0));
            assertTrue(first.get(1).contains(load.getProperty("pain")) && first.get(1).contains("High pain"), first.get(1));
            assertTrue(first.subList(2, 25).stream().allMatch(row -> row.contains("Inactive")), first.toString());
            assertTrue(first.stream().anyMatch(row -> row.contains(mover)), "the mover is among the inactive");
            assertEquals("Patients 1–25 of 30, most urgent first", desk.find(".ui-paginator-current").getText());
            assertEquals(List.of(), desk.axeViolations());

            desk.click(".ui-paginator-next");
            desk.awaitText(".ui-paginator-current", "Patients 26–30 of 30, most urgent first");
            List<String> second = rows(desk);
            List<String> quiet = Arrays.stream(load.getProperty("quiet").split(",")).sorted().toList();
            assertEquals(5, second.size(), second.toString());
            for (int i = 0; i < 5; i++) {
                assertTrue(second.get(i).contains(quiet.get(i)) && second.get(i).contains("No programme"),
                        "nothing to review, by name: " + second);
            }

            String name = quiet.get(2);
            desk.type("#form\\:search", name.substring(name.length() - 8));
            desk.waitFor().until(d -> rows(desk).size() == 1 && rows(desk).get(0).contains(name));
            assertTrue(desk.driver().findElements(By.cssSelector(".ui-paginator-current")).stream()
                    .noneMatch(WebElement::isDisplayed), "one page: no paginator");
        }

        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(load.getProperty("mover"), TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.click("#recordWalk");
            phone.awaitHeading("Record a session");
            phone.type("#form\\:minutes", "10");
            phone.press("form:painBefore", "3");
            phone.press("form:painAfter", "8");
            phone.click("#form\\:save");
            phone.awaitHeading("Today");
        }

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(load.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            List<String> now = rows(desk);
            String moved = now.stream().filter(row -> row.contains(mover)).findFirst().orElseThrow();
            assertTrue(now.indexOf(moved) == 1 || now.indexOf(moved) == 2, "with the other high pain: " + now);
            assertTrue(moved.contains("High pain") && !moved.contains("Inactive"), moved);
            assertFalse(now.get(0).contains(mover), "an open warning sign stays first");
        }
    }

    private static List<String> rows(Browser browser) {
        browser.find(ROWS);
        return browser.driver().findElements(By.cssSelector(ROWS)).stream().map(WebElement::getText).toList();
    }
}
