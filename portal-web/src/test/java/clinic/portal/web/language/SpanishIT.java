package clinic.portal.web.language;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.Inbox;
import clinic.portal.web.support.TestControl;
import clinic.portal.web.support.Unique;
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

import java.net.URL;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal in Spanish, in Chromium: a patient whose phone asks for Spanish goes through their whole day in it; a
 * language chosen with the buttons at the foot of a page is kept for the account, in any browser and in the emails;
 * a clinician writes an exercise in both languages and each reader sees their own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpanishIT {

    private static final String SPANISH = "es-ES,es";

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
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void aPatientWhosePhoneSpeaksSpanishGoesThroughTheirDayInSpanish() throws Exception {
        Properties team = new Http(base).careTeamWalking("Primeros días");
        try (Browser phone = Browser.open(base, Browser.PHONE, SPANISH)) {
            phone.go("/login.xhtml");
            assertEquals("Iniciar sesión", phone.heading());
            assertEquals("es", phone.script("return document.documentElement.lang;"));
            phone.signIn(team.getProperty("patient"), TestControl.PASSWORD);
            phone.awaitHeading("Hoy");
            String today = phone.find("#today").getText();
            assertTrue(today.contains("Caminar: 0 de 2 hechas"), today);
            assertTrue(today.contains("10 minutos, dos veces al día"), today);

            phone.click("#quick\\:walkedNow");
            phone.awaitText("#walkedNote", "Paseo anotado: 10 minutos a las");
            phone.click("#quick\\:addPain");
            phone.awaitHeading("Cambiar una sesión");

            phone.go("/patient/index.xhtml");
            phone.click("#recordWalk");
            phone.awaitHeading("Anotar una sesión");
            assertTrue(phone.chosen("form:choice").startsWith("Caminar"));
            phone.find("#form\\:minutes").clear();
            phone.click("#form\\:save");
            phone.awaitText("main", "Escriba los minutos, o las series que hizo.");
            phone.type("#form\\:minutes", "15");
            phone.press("form:painBefore", "5");
            phone.press("form:painAfter", "3");
            phone.click("#form\\:save");
            phone.awaitHeading("Hoy");
            assertTrue(phone.find(".ui-messages-info").getText().contains("Guardado: Caminar, 15 minutos."));
            assertTrue(phone.find("#today").getText().contains("Caminar: 2 de 2 hechas"), phone.find("#today").getText());

            phone.go("/patient/history.xhtml");
            phone.awaitHeading("Mi historial");
            String history = phone.find("main").getText();
            assertTrue(history.contains("Caminar — 15 minutos"), history);
            assertTrue(history.contains("dolor 5 → 3"), history);
            assertTrue(history.matches("(?s).*Sesiones hechas: 2 de 2 prescritas \\(100\\s%\\).*"),
                    "whole numbers, and a percentage as Spanish writes it: " + history);

            phone.go("/patient/programme.xhtml");
            phone.awaitHeading("Mi programa");
            assertTrue(phone.find("main").getText().contains("Camine al menos 10 minutos, dos veces al día"),
                    "the exercise's instructions in Spanish");

            phone.go("/patient/messages.xhtml");
            phone.type("#form\\:text", "¿Puedo caminar cuando tengo la espalda rígida?");
            phone.click("#form\\:send");
            phone.awaitText(".ui-messages-info", "Su mensaje se ha enviado.");

            phone.click("#navReport");
            phone.awaitHeading("Comunicar un signo de alarma");
            phone.tick("#form\\:signs", "Adormecimiento u hormigueo alrededor de las nalgas");
            phone.click("#form\\:send");
            phone.awaitText(".warning-advice", "Pida ayuda urgente ahora");
            assertEquals(List.of(), phone.consoleProblems());
        }
    }

    @Test
    void aLanguageChosenOnAPageIsKeptForTheAccountInAnyBrowserAndInItsEmails() throws Exception {
        Properties team = new Http(base).careTeamWalking("First days");
        String patient = team.getProperty("patient");
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.click("#language [data-language='es']");
            phone.awaitHeading("Hoy");
            assertEquals("Español", phone.find("#language .language-current").getText());
            phone.go("/patient/history.xhtml");
            phone.awaitHeading("Mi historial");
            phone.click("#signOut\\:submit");
        }
        try (Browser other = Browser.open(base, Browser.DESKTOP)) {
            other.go("/login.xhtml");
            assertEquals("Sign in", other.heading(), "an English browser before signing in");
            other.signIn(patient, TestControl.PASSWORD);
            other.awaitHeading("Hoy");
        }

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            desk.go("/clinician/messages/conversation.xhtml?patient=" + team.getProperty("patientId"));
            desk.type("#form\\:text", "How is the walking going?");
            desk.click("#form\\:send");
            desk.awaitText(".ui-messages-info", "Your message is sent.");
        }
        // The sender takes at most 20 due emails a run, oldest first; on a database the test classes share, other
        // classes' may come before this one.
        List<MimeMessage> mails = List.of();
        for (int run = 0; run < 20 && mails.isEmpty(); run++) {
            Http.Reply delivered = new Http(base).send("POST", "/test-support/mail/deliver", null);
            assertEquals(200, delivered.status(), delivered::toString);
            mails = Inbox.to(smtp, patient + "@example.org");
        }
        assertEquals(1, mails.size());
        assertEquals("Tiene un mensaje nuevo en el Portal de la Clínica", mails.get(0).getSubject());
        String body = GreenMailUtil.getBody(mails.get(0));
        assertTrue(body.contains("Para dejar de recibir correos sobre mensajes nuevos"), body);
    }

    @Test
    void aClinicianWritesAnExerciseInBothLanguagesAndEachReaderSeesTheirOwn() throws Exception {
        Properties team = new Http(base).careTeamWalking("First days");
        String english = Unique.username("Wall slide");
        String spanish = Unique.username("Deslizamiento en la pared");
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            desk.go("/clinician/exercises/edit.xhtml");
            desk.awaitHeading("New exercise");
            assertEquals("Words in Spanish", desk.find("#form fieldset.translation legend").getText());
            desk.type("#form\\:name", english);
            desk.choose("form:kind", "Stretching");
            desk.type("#form\\:instructions", "Stand with your back to a wall and slide slowly down a little way.");
            desk.type("#form\\:translations\\:0\\:translatedName", spanish);
            desk.type("#form\\:translations\\:0\\:translatedInstructions",
                    "De pie, con la espalda contra una pared, deslícese despacio un poco hacia abajo.");
            desk.click("#form\\:save");
            desk.awaitText(".ui-messages-info", english + " saved.");
        }
        assertEquals(List.of(spanish), choices(SPANISH, team, spanish));
        assertEquals(List.of(english), choices("en-GB,en", team, english));
    }

    /** The record form's choices, for the team's patient in a browser of that language, that contain the text. */
    private List<String> choices(String languages, Properties team, String text) throws Exception {
        try (Browser phone = Browser.open(base, Browser.PHONE, languages)) {
            phone.signIn(team.getProperty("patient"), TestControl.PASSWORD);
            phone.waitFor().until(d -> !"/login.xhtml".equals(phone.path()));
            phone.go("/patient/record.xhtml");
            phone.find("#form\\:choice");
            return phone.driver().findElements(By.cssSelector("#form\\:choice option")).stream()
                    .map(o -> o.getAttribute("textContent").strip()).filter(t -> t.contains(text)).toList();
        }
    }
}
