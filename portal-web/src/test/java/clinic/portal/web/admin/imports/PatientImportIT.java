package clinic.portal.web.admin.imports;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.Unique;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator imports patients from a CSV file in headless Chromium: files that are no patient file are refused
 * whole with a message that says why (no file, the wrong columns, the wrong encoding, 10 MB of junk), and nothing is
 * written; a file of 500 patients with a few bad rows is checked (every problem shown, nothing written yet), imported
 * with its progress followed to the end, and its report downloaded and read; the patients exist, with their clinician.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientImportIT {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-demo-password";
    private static final String HEADER = "name,email,username,clinician,language\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    @Test
    void filesThatAreNoPatientFileAreRefusedWholeSayingWhyAndWriteNothing() throws Exception {
        Properties team = new Http(base).careTeam();
        String clinician = team.getProperty("clinician");
        String prefix = Unique.username("bad");
        Path wrongColumns = file("wrong-columns.csv", ("full name,email,username,clinician\n"
                + "Ana Ruiz," + prefix + "a@example.org," + prefix + "a," + clinician + "\n").getBytes(StandardCharsets.UTF_8));
        Path latin1 = file("latin1.csv", (HEADER + "José Pérez," + prefix + "j@example.org," + prefix + "j," + clinician
                + ",es\n").getBytes(StandardCharsets.ISO_8859_1));
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(junk);
        Path tenMegabytes = file("junk.csv", junk);
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(ADMIN, ADMIN_PASSWORD);
            desk.awaitHeading("Administration");
            desk.click("#importPatients");
            desk.awaitHeading("Import patients");

            desk.click("#fileForm\\:check");
            desk.awaitText("#fileCard", "Please choose a CSV file.");

            choose(desk, wrongColumns);
            desk.awaitText("#fileCard", "The first line must name the columns name, email, username, clinician,"
                    + " language. This file's first line names: full name, email, username, clinician.");
            choose(desk, latin1);
            desk.awaitText("#fileCard", "This file is not text in UTF-8. In your spreadsheet, save it as \"CSV UTF-8\"");
            choose(desk, tenMegabytes);
            desk.awaitText("#fileCard", "This file is larger than 2 MB.");
            assertTrue(desk.driver().findElements(By.id("preview")).isEmpty(), "no preview of a refused file");

            desk.go("/admin/accounts/index.xhtml");
            desk.type("#form\\:search", prefix);
            desk.awaitText("#form\\:accounts", "No account matches.");
        }
    }

    @Test
    void anAdministratorImports500PatientsWithAFewBadRowsFollowsTheProgressAndDownloadsTheReport() throws Exception {
        Properties team = new Http(base).careTeam();
        String clinician = team.getProperty("clinician");
        String prefix = Unique.username("imp");
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
        for (int i = 1; i <= 500; i++) {
            String username = prefix + "-" + i;
            String email = username + "@example.org";
            String who = clinician;
            String language = i % 2 == 0 ? "es" : "en";
            switch (i) {
                case 17 -> email = "not-an-email";
                case 42 -> who = "nobody-" + prefix;
                case 99 -> username = prefix + "-98";
                case 250 -> username = team.getProperty("patient");
                case 333 -> language = "fr";
                default -> {
                }
            }
            csv.append("Patient ").append(i).append(" Ruiz,").append(email).append(',').append(username).append(',')
                    .append(who).append(',').append(language).append('\n');
        }
        Path patients = file("patients.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(ADMIN, ADMIN_PASSWORD);
            desk.awaitHeading("Administration");
            desk.go("/admin/accounts/index.xhtml");
            desk.click("#form\\:import");
            desk.awaitHeading("Import patients");
            choose(desk, patients);
            desk.awaitText("#previewSummary", "patients.csv: 500 patients, 494 can be imported, 6 have problems"
                    + " and will not be.");
            Map<String, String> problems = desk.driver().findElements(By.cssSelector("#problems tbody tr")).stream()
                    .collect(Collectors.toMap(row -> row.findElement(By.cssSelector("td.import-row")).getText()
                                    .replaceAll("\\D", ""),
                            row -> row.findElement(By.cssSelector("ul.import-problems")).getText()));
            assertEquals(Map.of(
                    "18", "The email address is not valid.",
                    "43", "No enabled clinician has this username.",
                    "99", "This username is on more than one row of the file.",
                    "100", "This username is on more than one row of the file.",
                    "251", "An account with this username exists already.",
                    "334", "The language must be en, es or empty."), problems, "every problem, by spreadsheet row");
            assertEquals(List.of(), desk.axeViolations(), "the preview");

            desk.go("/admin/accounts/index.xhtml");
            desk.type("#form\\:search", prefix);
            desk.awaitText("#form\\:accounts", "No account matches.");
            desk.go("/admin/accounts/import.xhtml");
            choose(desk, patients);
            desk.awaitText("#previewSummary", "494 can be imported");

            desk.click("#startForm\\:start");
            desk.waitFor().until(d -> desk.path().equals("/admin/accounts/import.xhtml")
                    && d.getCurrentUrl().contains("id="));
            WebElement bar = desk.find("progress#bar");
            assertEquals("500", bar.getAttribute("max"));
            new WebDriverWait(desk.driver(), Duration.ofSeconds(180)).until(d -> !d.findElements(
                    By.cssSelector(".import-finished")).isEmpty());
            assertEquals("The import is finished: 494 patients created and invited by email, 6 rows refused.",
                    desk.find(".import-finished").getText());
            assertEquals("500", desk.find("progress#bar").getAttribute("value"), "the bar is full");
            assertTrue(desk.find("#progressText").getText().startsWith("500 of 500 rows done: 494 patients created"));
            assertEquals(List.of(), desk.axeViolations(), "the finished import");

            desk.click("#progressForm\\:report");
            String id = desk.driver().getCurrentUrl().replaceAll(".*id=", "");
            Path report = desk.awaitDownload("patient-import-" + id + "-report.csv");
            List<CSVRecord> lines = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(Files.readString(report, StandardCharsets.UTF_8).replace("\uFEFF", "")))
                    .getRecords();
            assertEquals(500, lines.size());
            assertEquals(494, lines.stream().filter(l -> l.get("outcome").equals("created")).count());
            CSVRecord refused = lines.stream().filter(l -> l.get("row").equals("43")).findFirst().orElseThrow();
            assertEquals("refused", refused.get("outcome"));
            assertEquals("No enabled clinician has this username.", refused.get("problems"));
            assertEquals(prefix + "-42", refused.get("username"));

            desk.go("/admin/accounts/index.xhtml");
            desk.type("#form\\:search", prefix + "-500");
            desk.awaitText("#form\\:accounts", "Patient 500 Ruiz");
            desk.click("#form\\:accounts a");
            desk.awaitHeading("Patient 500 Ruiz");
            assertTrue(desk.find("#form\\:clinicians").getText().contains("Test " + clinician),
                    "the patient's clinician: " + desk.find("#form\\:clinicians").getText());

            desk.go("/admin/accounts/import.xhtml");
            desk.awaitText("#recentCard", "patients.csv");
            desk.awaitText("#recentCard", "494 created, 6 refused");
        }
    }

    /** Chooses the file in the import form and presses "Check the file". */
    private static void choose(Browser desk, Path file) {
        desk.find("#fileForm\\:file").sendKeys(file.toString());
        desk.click("#fileForm\\:check");
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("import").resolve(name);
        Files.write(file, content);
        return file;
    }
}
