package clinic.portal.web.mail;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.Inbox;
import clinic.portal.web.support.TestControl;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Email through a real SMTP server (GreenMail, listening where the test deployment's {@code PORTAL_MAIL_HOST} and
 * {@code _PORT} point): a warning sign reaches each of the patient's clinicians once, even with two senders running at
 * once against the one database, and says nothing clinical; one left unreviewed past the limit is escalated once to
 * them and to the administrators, however many checks run at once; a delivery that keeps failing is retried with back-off
 * (the portal's clock moved, never waited for), shown to the administrator as failed with the reason, and sent again
 * when they press "Send again".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    private GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(Inbox.SMTP);
        smtp.start();
    }

    @AfterEach
    void stopMailServerAndClock() {
        smtp.stop();
        new Http(base).send("POST", "/test-support/clock?reset", null);
    }

    @Test
    void aWarningSignReachesEachClinicianOnceEvenWithTwoSendersAndSaysNothingClinical() throws Exception {
        Properties team = new Http(base).careTeam();
        reportWarningSign(team);

        deliver(2);
        deliver(2);

        for (String clinician : List.of(team.getProperty("clinician"), team.getProperty("otherClinician"))) {
            List<MimeMessage> theirs = to(clinician + "@example.org");
            assertEquals(1, theirs.size(), "one email to " + clinician);
            MimeMessage mail = theirs.get(0);
            assertEquals("A patient of yours reported a warning sign", mail.getSubject());
            String body = GreenMailUtil.getBody(mail);
            assertTrue(body.contains("/clinician/warnings/index.xhtml"), body);
            assertTrue(body.contains("Test " + clinician), "addressed by name: " + body);
            for (String clinical : List.of("numb", "saddle", "walk", team.getProperty("patient"),
                    team.getProperty("patientName"))) {
                assertFalse(body.toLowerCase().contains(clinical.toLowerCase()), "no '" + clinical + "' in: " + body);
            }
        }
        assertTrue(to(team.getProperty("patient") + "@example.org").isEmpty(), "the patient is not written to");
    }

    @Test
    void aWarningSignGoesOutBeforeABulkSendWrittenEarlier() throws Exception {
        Properties team = new Http(base).careTeam();
        Http.Reply bulk = new Http(base).send("POST", "/test-support/mail/bulk?count=30", null);
        assertEquals(200, bulk.status(), bulk::toString);
        String bulkAddress = bulk.body().strip();
        reportWarningSign(team);

        String clinician = team.getProperty("clinician") + "@example.org";
        for (int run = 0; run < 20 && to(clinician).isEmpty(); run++) {
            deliver(1);
        }
        assertEquals(1, to(clinician).size(), "the warning sign went out");
        List<String> arrived = new java.util.ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            arrived.add(mail.getAllRecipients()[0].toString());
        }
        int warning = arrived.indexOf(clinician);
        int firstBulk = arrived.indexOf(bulkAddress);
        assertTrue(firstBulk == -1 || warning < firstBulk, "the warning sign arrived before every one of the 30 bulk"
                + " emails written before it: " + arrived);
    }

    @Test
    void aDeliveryThatKeepsFailingIsRetriedShownAsFailedAndSentAgainByTheAdministrator() throws Exception {
        smtp.stop();
        Properties team = new Http(base).careTeam();
        reportWarningSign(team);
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertEquals("sent=0", deliver(1), "attempt " + attempt + " finds no server");
            new Http(base).send("POST", "/test-support/clock?advance=PT1H1M", null);
        }
        String address = team.getProperty("clinician") + "@example.org";

        smtp = new GreenMail(Inbox.SMTP);
        smtp.start();
        deliver(1);
        assertTrue(to(address).isEmpty(), "a message given up is not tried again on its own");

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn("admin", "admin-demo-password");
            desk.awaitHeading("Administration");
            desk.click("#outbox");
            desk.awaitHeading("Email");
            desk.choose("form:status", "Failed");
            String row = desk.waitFor().ignoring(StaleElementReferenceException.class)
                    .until(d -> rowFor(d, address).map(WebElement::getText).orElse(null));
            assertTrue(row.contains("Failed") && row.contains("Gave up:"), row);
            assertTrue(row.contains("6"), "six attempts: " + row);
            desk.waitFor().ignoring(StaleElementReferenceException.class).until(d -> {
                rowFor(d, address).orElseThrow().findElement(By.cssSelector("button[id$=':retry']")).click();
                return true;
            });
            desk.awaitText(".ui-messages-info", "will be sent again");
        }
        deliver(1);
        assertEquals(1, to(address).size(), "delivered after the administrator sent it again");
    }

    @Test
    void aWarningSignLeftUnreviewedIsEscalatedOnceToItsCliniciansAndTheAdministrators() throws Exception {
        Properties team = new Http(base).careTeam();
        reportWarningSign(team);
        escalate(2);
        deliver(1);
        assertEquals(List.of("A patient of yours reported a warning sign"), subjects(team.getProperty("clinician")
                + "@example.org"), "not yet overdue: no escalation");

        new Http(base).send("POST", "/test-support/clock?advance=PT4H1M", null);
        escalate(2);
        assertEquals("escalated=0", escalate(2), "each warning sign is escalated once, however many checks run");
        deliver(2);

        for (String clinician : List.of(team.getProperty("clinician"), team.getProperty("otherClinician"))) {
            List<String> subjects = subjects(clinician + "@example.org");
            assertEquals(List.of("A patient of yours reported a warning sign", "A warning sign is waiting for review"),
                    subjects, "first the report, then one escalation, to " + clinician);
        }
        List<MimeMessage> admin = to("admin@demo.clinic.invalid").stream().filter(m -> {
            try {
                return m.getSubject().equals("A warning sign is waiting for review");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertFalse(admin.isEmpty(), "the administrators are told");
        assertTrue(GreenMailUtil.getBody(admin.get(0)).contains("/admin/warnings/index.xhtml"));
    }

    @Test
    void aPatientWhoForgotTheirPasswordChoosesANewOneFromTheEmailedLinkAndIsSignedInWithIt() throws Exception {
        Properties team = new Http(base).careTeam();
        String patient = team.getProperty("patient");
        Http app = new Http(base).token(patient, TestControl.PASSWORD);
        String newPassword = "copper-kettle-autumn-93";
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.go("/login.xhtml");
            phone.click("#forgot");
            phone.awaitHeading("Forgot your password?");
            phone.type("#form\\:who", "nobody-" + patient);
            phone.click("#form\\:submit");
            phone.awaitText(".ui-messages-info", "If an account matches");
            phone.go("/forgot.xhtml");
            phone.type("#form\\:who", patient);
            phone.click("#form\\:submit");
            phone.awaitText(".ui-messages-info", "If an account matches");
            deliver(1);

            List<MimeMessage> mails = to(patient + "@example.org");
            assertEquals(1, mails.size(), "one link, to the account's address; nothing for an unknown name");
            assertEquals("Choose a new password for the Clinic Portal", mails.get(0).getSubject());
            String link = chooseNewPassword(phone, mails.get(0), patient, newPassword);
            phone.awaitHeading("Today");

            phone.go(link);
            phone.awaitText("#unusable", "This link no longer works");
        }
        assertEquals(401, app.send("GET", "/api/v1/today", null).status(), "the old password's token is ended");
        assertEquals(201, new Http(base).basic(patient, newPassword).send("POST", "/api/v1/tokens", null).status());
    }

    @Test
    void anAdministratorInvitesAClinicianWhoChoosesTheirOwnPasswordFromTheEmail() throws Exception {
        String username = "invited-" + Long.toHexString(System.nanoTime());
        String address = username + "@clinic.example";
        String password = "lantern-orchard-pebble-58";
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn("admin", "admin-demo-password");
            desk.awaitHeading("Administration");
            desk.click("#createAccount");
            desk.awaitHeading("New account");
            desk.type("#form\\:username", username);
            desk.type("#form\\:displayName", "Dr Ines Alvarez");
            desk.type("#form\\:email", address);
            desk.choose("form:role", "Clinician");
            assertTrue(desk.driver().findElements(By.cssSelector("#form\\:temporaryPassword")).isEmpty(),
                    "an invitation by default: no password passes through the administrator");
            desk.click("#form\\:submit");
            desk.awaitHeading("Accounts");
            assertTrue(desk.find(".ui-messages-info").getText().contains("an invitation to choose a password is on its way"));
        }
        deliver(1);
        List<MimeMessage> mails = to(address);
        assertEquals(1, mails.size());
        assertEquals("Your account at the Clinic Portal", mails.get(0).getSubject());
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            chooseNewPassword(desk, mails.get(0), username, password);
            desk.awaitHeading("My patients");
        }
    }

    /**
     * Follows the link in the email (its path: the portal's public address is not the test's), chooses the password
     * and signs in with it; answers the link's path.
     */
    private static String chooseNewPassword(Browser browser, MimeMessage mail, String username, String password) {
        String body = GreenMailUtil.getBody(mail);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(body);
        assertTrue(link.find(), body);
        browser.go(link.group(1));
        browser.awaitHeading("Choose a new password");
        browser.type("#form\\:newPassword", password);
        browser.type("#form\\:confirmation", password);
        browser.click("#form\\:submit");
        browser.awaitText(".ui-messages-info", "Your new password is set");
        browser.signIn(username, password);
        return link.group(1);
    }

    @Test
    void aWalkReminderComesOnlyWhenThatWalkIsMissingAndOneClickStopsThem() throws Exception {
        Duration moved = Duration.ZERO;
        LocalTime now = LocalTime.now(ZoneId.of("Europe/London"));
        if (now.isAfter(LocalTime.of(23, 15))) {
            moved = Duration.between(now, LocalTime.MAX).plusMinutes(31);
            advance(moved);
            now = now.plus(moved);
        }
        LocalTime first = now.plusMinutes(10).withSecond(0).withNano(0);
        LocalTime second = now.plusMinutes(20).withSecond(0).withNano(0);
        Properties team = new Http(base).careTeam();
        String patient = team.getProperty("patient");
        String address = patient + "@example.org";
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.click("#reminders");
            phone.awaitHeading("Walk reminders");
            setTime(phone, "#form\\:first", first);
            setTime(phone, "#form\\:second", second);
            phone.click("#form\\:save");
            phone.awaitText(".ui-messages-info", "Your walk reminders are saved.");
            phone.go("/patient/reminders.xhtml");
            assertEquals(first.toString(), phone.find("#form\\:first").getDomProperty("value"), "kept");
        }

        advance(Duration.ofMinutes(11));
        moved = moved.plusMinutes(11);
        assertEquals("sent=1", reminders(2), "one reminder due, sent once by two checks at once");
        deliver(1);
        List<MimeMessage> mails = to(address);
        assertEquals(1, mails.size(), "the first reminder, once, with no walk yet");
        assertEquals("Time for your walk", mails.get(0).getSubject());
        assertEquals("List-Unsubscribe=One-Click", mails.get(0).getHeader("List-Unsubscribe-Post")[0]);
        String stop = mails.get(0).getHeader("List-Unsubscribe")[0].replaceAll("^<https?://[^/]+(/.*)>$", "$1");
        assertTrue(GreenMailUtil.getBody(mails.get(0)).contains("/unsubscribe?token="), "and in the text");

        Http app = new Http(base).token(patient, TestControl.PASSWORD);
        for (int walk = 0; walk < 2; walk++) {
            Http.Reply recorded = app.send("POST", "/api/v1/sessions", "{\"exerciseId\":1,\"performedAt\":\""
                    + OffsetDateTime.now(ZoneOffset.UTC).plus(moved).withNano(0).minusMinutes(2) + "\",\"minutes\":10}");
            assertEquals(201, recorded.status(), recorded::toString);
        }
        advance(Duration.ofMinutes(10));
        reminders(2);
        deliver(1);
        assertEquals(1, to(address).size(), "no second reminder: two walks are recorded");

        // The link is on the portal's public address (its root); the test deployment has a context path of its own.
        assertTrue(stop.startsWith("/unsubscribe?token="), stop);
        Http.Reply oneClick = new Http(base).send("POST", stop, null, "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(200, oneClick.status(), oneClick::toString);
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.go(stop);
            phone.awaitHeading("Stop walk reminders");
            phone.click("#form\\:stop");
            phone.awaitText("#outcome", "Your walk reminders are stopped.");
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.go("/patient/reminders.xhtml");
            assertEquals("", phone.find("#form\\:first").getDomProperty("value"), "no reminder left");
        }
    }

    @Test
    void aPatientAndAClinicianExchangeMessagesAndEachIsToldByEmailWithoutTheText() throws Exception {
        Properties team = new Http(base).careTeam();
        String patient = team.getProperty("patient");
        String clinician = team.getProperty("clinician");
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.click("#navMyMessages");
            phone.awaitHeading("Messages");
            phone.click("#form\\:send");
            phone.awaitText("#form .ui-message-error", "Please write your message first.");
            phone.type("#form\\:text", "My <b>knee</b> & back are stiff\nin the morning.");
            phone.click("#form\\:send");
            phone.awaitText(".ui-messages-info", "Your message is sent.");
            assertEquals("", phone.find("#form\\:text").getDomProperty("value"), "the box is empty again");
            phone.type("#form\\:text", "Should I still walk before breakfast?");
            assertTrue(phone.inView("#form\\:send"), "Send is in view on a phone");
            phone.click("#form\\:send");
            phone.awaitText("#form .message-mine .message-text", "Should I still walk before breakfast?");
            List<WebElement> mine = phone.driver().findElements(By.cssSelector("#form .message-mine .message-text"));
            assertEquals(2, mine.size());
            assertEquals("My <b>knee</b> & back are stiff\nin the morning.", mine.get(1).getText(), "shown as written, escaped");
            assertEquals("Not read yet", phone.find("#form .message-mine .message-read").getText());
        }

        deliver(1);
        for (String member : List.of(clinician, team.getProperty("otherClinician"))) {
            List<MimeMessage> theirs = to(member + "@example.org");
            assertEquals(List.of("You have a new message in the Clinic Portal"), subjects(member + "@example.org"),
                    "one email for two messages, to " + member);
            String body = GreenMailUtil.getBody(theirs.get(0));
            assertFalse(body.contains("knee") || body.contains("breakfast"), "no text in the email: " + body);
            assertTrue(body.contains("/clinician/messages/conversation.xhtml?patient="), body);
        }

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(clinician, TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            assertTrue(desk.find("#navMessages .badge").getText().startsWith("2"), "two unread in the navigation");
            desk.click("#navMessages");
            desk.awaitHeading("Messages");
            WebElement row = desk.driver().findElements(By.cssSelector("#form\\:conversations tbody tr")).stream()
                    .filter(r -> r.getText().contains(team.getProperty("patientName"))).findFirst().orElseThrow();
            assertTrue(row.getText().contains("2"), row.getText());
            row.findElement(By.tagName("a")).click();
            desk.awaitHeading("Messages with " + team.getProperty("patientName"));
            assertEquals("Should I still walk before breakfast?", desk.find("#form .message-theirs .message-text").getText());
            assertTrue(desk.driver().findElements(By.cssSelector("#navMessages .badge")).isEmpty(), "read now");
            desk.type("#form\\:text", "Yes: ten minutes at your own pace. See you on Monday.");
            desk.click("#form\\:send");
            desk.awaitText("#form .message-mine .message-text", "Yes: ten minutes");
            desk.click("#patientPage");
            desk.awaitHeading(team.getProperty("patientName"));
            desk.click("#conversation");
            desk.awaitHeading("Messages with " + team.getProperty("patientName"));
        }

        deliver(1);
        List<MimeMessage> patients = to(patient + "@example.org");
        assertEquals(1, patients.size());
        assertEquals("You have a new message in the Clinic Portal", patients.get(0).getSubject());
        assertFalse(GreenMailUtil.getBody(patients.get(0)).contains("Monday"));
        assertTrue(GreenMailUtil.getBody(patients.get(0)).contains("/patient/messages.xhtml"));

        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            assertTrue(phone.find("#navMyMessages .badge").getText().startsWith("1"), "one unread for the patient");
            assertEquals("You have a new message from your care team. Read it now", phone.find("#newMessages").getText().replaceAll("\\s+", " "),
                    "said on the home page too (the navigation scrolls on a phone)");
            phone.click("#readMessages");
            phone.awaitHeading("Messages");
            assertEquals("Yes: ten minutes at your own pace. See you on Monday.",
                    phone.find("#form .message-theirs .message-text").getText());
            assertEquals("Read by Test " + clinician, phone.find("#form .message-mine .message-read").getText());
            assertTrue(phone.driver().findElements(By.cssSelector("#navMyMessages .badge")).isEmpty());
        }
    }

    @Test
    void aPersonChoosesTheirEmailsAndQuietHoursAndStopsMessageEmailsFromTheLink() throws Exception {
        Properties team = new Http(base).careTeam();
        String patient = team.getProperty("patient");
        String clinician = team.getProperty("clinician");
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(clinician, TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            desk.go("/account/password.xhtml");
            desk.click("#emailLink");
            desk.awaitHeading("Email settings");
            assertTrue(desk.driver().findElements(By.cssSelector("#form\\:weeklySummary")).isEmpty(), "a patient's choice");
            desk.click("#form\\:morningDigest .ui-chkbox-box");
            setTime(desk, "#form\\:quietFrom", LocalTime.of(21, 0));
            desk.click("#form\\:save");
            desk.awaitText("#form .ui-message-error", "Choose both times");
            assertEquals("21:00", desk.find("#form\\:quietFrom").getDomProperty("value"), "what was chosen is kept");
            setTime(desk, "#form\\:quietUntil", LocalTime.of(7, 30));
            new org.openqa.selenium.support.ui.Select(desk.find("#form\\:timeZone")).selectByValue("Europe/Madrid");
            desk.click("#form\\:save");
            desk.awaitText(".ui-messages-info", "Your email settings are saved.");
            desk.go("/account/email.xhtml");
            assertEquals("07:30", desk.find("#form\\:quietUntil").getDomProperty("value"));
            assertEquals("Europe/Madrid", desk.find("#form\\:timeZone").getDomProperty("value"));
            assertEquals("true", desk.driver().findElement(By.id("form:morningDigest_input")).getDomProperty("checked"));
        }

        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(clinician, TestControl.PASSWORD);
            phone.awaitHeading("My patients");
            phone.go("/clinician/messages/conversation.xhtml?patient=" + team.getProperty("patientId"));
            phone.awaitHeading("Messages with " + team.getProperty("patientName"));
            phone.type("#form\\:text", "How is the walking going?");
            phone.click("#form\\:send");
            phone.awaitText(".ui-messages-info", "Your message is sent.");
        }
        deliver(1);
        List<MimeMessage> mails = to(patient + "@example.org");
        assertEquals(1, mails.size());
        String stop = mails.get(0).getHeader("List-Unsubscribe")[0].replaceAll("^<https?://[^/]+(/.*)>$", "$1");
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.go(stop);
            phone.awaitHeading("Stop message emails");
            phone.click("#form\\:stop");
            phone.awaitText("#outcome", "You will get no more emails about new messages.");
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.click("#emailSettings");
            phone.awaitHeading("Email settings");
            assertEquals("false", phone.driver().findElement(By.id("form:onMessage_input")).getDomProperty("checked"),
                    "the account page shows it stopped");
        }
    }

    private void advance(Duration by) {
        assertEquals(204, new Http(base).send("POST", "/test-support/clock?advance=" + by, null).status());
    }

    private String reminders(int runs) {
        Http.Reply reply = new Http(base).send("POST", "/test-support/reminders/send?runs=" + runs, null);
        assertEquals(200, reply.status(), reply::toString);
        return reply.body().strip();
    }

    /** A native time field, as the phone's time picker fills it (WebDriver's typing depends on the locale). */
    private static void setTime(Browser browser, String css, LocalTime time) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.find(css), time.toString());
    }

    private List<String> subjects(String address) throws Exception {
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage message : to(address)) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private String escalate(int runs) {
        Http.Reply reply = new Http(base).send("POST", "/test-support/warnings/escalate?runs=" + runs, null);
        assertEquals(200, reply.status(), reply::toString);
        return reply.body().strip();
    }

    private void reportWarningSign(Properties team) {
        Http patient = new Http(base).token(team.getProperty("patient"), TestControl.PASSWORD);
        String walk = "{\"exerciseId\":1,\"performedAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).withNano(0).minusMinutes(5)
                + "\",\"minutes\":5,\"redFlags\":[\"SADDLE_NUMBNESS\"]}";
        Http.Reply recorded = patient.send("POST", "/api/v1/sessions", walk);
        assertEquals(201, recorded.status(), recorded::toString);
    }

    private String deliver(int senders) {
        Http.Reply reply = new Http(base).send("POST", "/test-support/mail/deliver?senders=" + senders, null);
        assertEquals(200, reply.status(), reply::toString);
        return reply.body().strip();
    }

    private List<MimeMessage> to(String address) {
        return Inbox.to(smtp, address);
    }

    private static java.util.Optional<WebElement> rowFor(org.openqa.selenium.WebDriver driver, String address) {
        return driver.findElements(By.cssSelector("#form\\:messages tbody tr")).stream()
                .filter(r -> r.getText().contains(address)).findFirst();
    }
}
