package clinic.portal.web.security;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a data-protection officer asks for, as people use it in headless Chromium: a patient sees who at the clinic
 * opened their record, and an administrator downloads the audit trail of a period as CSV, with a line a spreadsheet
 * would have run as a formula defused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataProtectionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    /** What an attacker types as a username, hoping an administrator opens the export in a spreadsheet. */
    private static final String FORMULA = "=cmd|' /c calc'!a0";

    @ArquillianResource
    private URL base;

    @Test
    void aPatientSeesWhoAtTheClinicOpenedTheirRecord() throws Exception {
        Properties team = new Http(base).careTeam();
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            desk.go("/clinician/patients/detail.xhtml?id=" + team.getProperty("patientId"));
            desk.awaitHeading(team.getProperty("patientName"));
        }
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            String lines = accessListOf(phone, team.getProperty("patient"), "/patient/history.xhtml");
            assertTrue(lines.contains("Test " + team.getProperty("clinician") + " (clinician)"), lines);
            assertTrue(lines.contains("Opened your record"), lines);
            assertFalse(lines.contains("Signed in"), "the patient's own actions are not listed: " + lines);
            assertEquals(List.of(), phone.consoleProblems());
        }
        Properties stranger = new Http(base).careTeam();
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            assertTrue(accessListOf(phone, stranger.getProperty("patient"), "/account/password.xhtml")
                    .contains("Nobody at the clinic has opened"), "another patient's record opened is not in this one's list");
        }
    }

    /**
     * Replaces what a date field holds as a keyboard user does (select all, type, Tab away): the date picker puts its
     * own value back after a script's clear().
     */
    private static void retype(Browser browser, String css, String text) {
        browser.find(css).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text, Keys.TAB);
    }

    /** Signs the patient in, follows the link to "Who has seen your record" from the page given, and reads the list. */
    private static String accessListOf(Browser phone, String patient, String linkedFrom) {
        phone.signIn(patient, TestControl.PASSWORD);
        phone.waitFor().until(d -> "/patient/index.xhtml".equals(phone.path()));
        phone.go(linkedFrom);
        phone.click("#accessLink");
        phone.waitFor().until(d -> "/patient/access.xhtml".equals(phone.path()));
        return phone.find("#form\\:lines").getText();
    }

    /**
     * A patient takes their whole record of sessions away as CSV from their history, and a clinician of theirs from
     * the patient page; a note typed as a formula is defused; the clinician's download is shown to the patient.
     */
    @Test
    void aPatientAndTheirClinicianDownloadTheSessionsAsCsv() throws Exception {
        Properties team = teamWithAWalk("\"minutes\":12,\"painBefore\":5,\"painAfter\":3,\"note\":\"=1+2 felt fine\"");
        String patient = team.getProperty("patient");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.go("/patient/history.xhtml");
            phone.click("#downloadSessions");
            List<String> lines = Files.readString(phone.awaitDownload("sessions-" + today + ".csv"),
                    StandardCharsets.UTF_8).lines().toList();
            assertEquals("\uFEFFperformed_at,day,exercise_id,exercise,activity,minutes,sets,steps,pain_before,pain_after,"
                    + "effort,warning_signs,note", lines.get(0));
            assertEquals(2, lines.size(), "one line a session: " + lines);
            assertTrue(lines.get(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-Z].*,1,Walking,,12,,,5,3,,,'=1\\+2 felt fine"),
                    "the session, its note defused: " + lines.get(1));
        }
        String csv = new String(fromPatientPage(team, "tabOverview", "#downloadSessions", "sessions-patient-"
                + team.getProperty("patientId") + "-" + today + ".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",1,Walking,,12,,,5,3,"), csv);
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            String lines = accessListOf(phone, patient, "/patient/history.xhtml");
            assertTrue(lines.contains("Downloaded the sessions you recorded"), lines);
        }
    }

    /**
     * The programme as a printable PDF handout, in the patient's language: the patient downloads it from their
     * programme page, and their clinician, reading English, from the patient page; both are real PDFs whose text
     * holds the patient's name and the exercises in Spanish, and the clinician's download is shown to the patient.
     */
    @Test
    void aHandoutDownloadsAsAPdfInThePatientsLanguage() throws Exception {
        Properties team = new Http(base).careTeamWalking("Primeros días");
        String patient = team.getProperty("patient");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.click("#language [data-language='es']");
            phone.awaitHeading("Hoy");
            phone.go("/patient/programme.xhtml");
            phone.click("#handout");
            String text = PdfText.of(phone.awaitDownload("programme-" + today + ".pdf"));
            for (String expected : List.of("Su programa de ejercicios", team.getProperty("patientName"), "Primeros días",
                    "Caminar: 10 minutos, dos veces al día", "Camine al menos 10 minutos", "signos de alarma")) {
                assertTrue(text.contains(expected), "'" + expected + "' in the handout:\n" + text);
            }
        }
        String text = PdfText.of(fromPatientPage(team, "tabProgramme", "#handout", "programme-" + today + ".pdf"));
        assertTrue(text.contains("Caminar: 10 minutos, dos veces al día"), "in the patient's language:\n" + text);
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            String lines = accessListOf(phone, patient, "/patient/history.xhtml");
            assertTrue(lines.contains("Descargó su programa para imprimirlo"), lines);
        }
    }

    /**
     * "Download all my data": one JSON document with the account, the programme, every session (a warning sign ticked
     * in one among them), the warning sign and the messages; the download is audited.
     */
    @Test
    void aPatientDownloadsAllTheirDataAsOneJsonDocument() throws Exception {
        Properties team = teamWithAWalk("\"minutes\":9,\"redFlags\":[\"NIGHT_PAIN\"]");
        String patient = team.getProperty("patient");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.go("/patient/messages.xhtml");
            phone.type("#form\\:text", "Is a stiff back a reason to rest?");
            phone.click("#form\\:send");
            phone.awaitText(".ui-messages-info", "Your message is sent.");
            phone.go("/patient/access.xhtml");
            phone.click("#myData");
            jakarta.json.JsonObject data;
            try (var reader = jakarta.json.Json.createReader(Files.newInputStream(
                    phone.awaitDownload("my-data-" + today + ".json")))) {
                data = reader.readObject();
            }
            assertEquals(patient, data.getJsonObject("account").getString("username"));
            assertEquals(List.of("Test " + team.getProperty("clinician"), "Test " + team.getProperty("otherClinician"))
                    .stream().sorted().toList(), data.getJsonObject("account").getJsonArray("clinicians")
                    .getValuesAs(jakarta.json.JsonString::getString));
            assertEquals("First days", data.getJsonArray("programmes").getJsonObject(0).getJsonArray("revisions")
                    .getJsonObject(0).getJsonArray("phases").getJsonObject(0).getString("name"));
            jakarta.json.JsonObject session = data.getJsonArray("sessions").getJsonObject(0);
            assertEquals(9, session.getInt("minutes"));
            assertEquals("Walking", session.getString("exercise"));
            assertEquals("NIGHT_PAIN", data.getJsonArray("warningSigns").getJsonObject(0).getJsonArray("signs")
                    .getString(0));
            assertEquals("Is a stiff back a reason to rest?", data.getJsonArray("messages").getJsonObject(0)
                    .getString("text"));
            assertEquals("you", data.getJsonArray("messages").getJsonObject(0).getString("from"));
        }
    }

    /** A care team whose patient walks from today and recorded a walk an hour ago with these fields, through the API. */
    private Properties teamWithAWalk(String fields) throws Exception {
        Properties team = new Http(base).careTeamWalking("First days");
        Http.Reply recorded = new Http(base).token(team.getProperty("patient"), TestControl.PASSWORD)
                .send("POST", "/api/v1/sessions", "{\"exerciseId\":1,\"performedAt\":\""
                        + java.time.OffsetDateTime.now(ZoneId.of("UTC")).withNano(0).minusHours(1) + "\"," + fields + "}");
        assertEquals(201, recorded.status(), recorded.toString());
        return team;
    }

    /** The team's first clinician presses a download button on a tab of the patient's record; the file's bytes. */
    private byte[] fromPatientPage(Properties team, String tab, String button, String file) throws Exception {
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            desk.go("/clinician/patients/detail.xhtml?id=" + team.getProperty("patientId"));
            desk.awaitHeading(team.getProperty("patientName"));
            desk.openTab(tab);
            desk.click(button);
            return Files.readAllBytes(desk.awaitDownload(file));
        }
    }

    /** The text of every page of a PDF, read back with OpenPDF's own parser (which also proves it is a PDF). */
    @Test
    void anAdministratorDownloadsTheTrailOfAPeriodAsCsvWithFormulasDefused() throws Exception {
        Http.Reply refused = new Http(base).basic(FORMULA, "not-a-password-at-all")
                .send("POST", "/api/v1/tokens", null);
        assertEquals(401, refused.status(), refused.toString());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn("admin", "admin-demo-password");
            desk.awaitHeading("Administration");
            desk.go("/admin/audit/index.xhtml");
            desk.awaitHeading("Audit trail");
            assertEquals(today.minusDays(29).toString(), desk.find("#form\\:from_input").getDomProperty("value"),
                    "the page opens on the last 30 days");
            retype(desk, "#form\\:from_input", "");
            desk.click("#form\\:export");
            desk.awaitText("#form\\:messages", "Choose the first and the last day to download.");

            retype(desk, "#form\\:from_input", today.minusDays(1).toString());
            retype(desk, "#form\\:to_input", today.toString());
            desk.waitFor().until(d -> today.toString().equals(desk.find("#form\\:to_input").getDomProperty("value"))
                    && today.minusDays(1).toString().equals(desk.find("#form\\:from_input").getDomProperty("value")));
            desk.click("#form\\:export");

            String csv = Files.readString(desk.awaitDownload("audit-" + today.minusDays(1) + "-to-" + today + ".csv"),
                    StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertEquals("\uFEFFoccurred_at,actor,action,subject_id,subject,detail", lines.get(0));
            // Not necessarily the first line: on a database the test classes share, another class's moved clock
            // may have written lines later in the day.
            assertTrue(lines.stream().anyMatch(l -> l.endsWith(",admin,AUDIT_EXPORTED,,,days " + today.minusDays(1)
                    + " to " + today)), "the download is itself in the trail");
            assertTrue(csv.contains(",'" + FORMULA + ",SIGN_IN_FAILED,"), "a formula typed as a username is defused:\n" + csv);
            assertFalse(csv.contains("," + FORMULA), csv);
            assertTrue(lines.stream().anyMatch(l -> l.contains(",SIGNED_IN,")), "sign-ins of the period are in it");
            assertEquals(List.of(), desk.consoleProblems());
        }
    }
}
