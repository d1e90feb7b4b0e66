package clinic.portal.web.clinician.exercises;

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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exercise pictures as people use them, in headless Chromium: a clinician sees the drawing of a seeded exercise,
 * is told what is wrong with no file and with a file that is not a picture, uploads a photograph (served without
 * its location, to signed-in people only), sees it on the page, the patient sees it on their programme and in their
 * handout, and the clinician removes it (the drawing shows again).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExercisePicturesIT {

    private static final String ALT = "A physiotherapist walking briskly along a corridor";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aClinicianUploadsAPictureThePatientSeesItOnThePageAndInTheHandoutAndItIsRemoved() throws Exception {
        Properties team = new Http(base).careTeamWalking("First days");
        Path photo = Files.createTempFile("walk", ".jpg");
        Files.write(photo, photograph("GPS 51.5074N 0.1278W"));
        Path notAPicture = Files.createTempFile("notes", ".png");
        Files.writeString(notAPicture, "<svg onload=alert(1)></svg>");
        String picturePath;
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            desk.go("/clinician/exercises/edit.xhtml?id=1");
            assertEquals("A person walking with long strides, arms swinging.",
                    desk.find("#currentDrawing").getAttribute("alt"), "the drawing made for walking");

            desk.click("#pictureForm\\:uploadPicture");
            desk.awaitText("#pictureCard", "Please choose a picture.");

            desk.find("#pictureForm\\:picture").sendKeys(notAPicture.toString());
            desk.type("#pictureForm\\:pictureAlt", ALT);
            desk.click("#pictureForm\\:uploadPicture");
            desk.awaitText("#pictureCard", "This file is not a PNG, JPEG or WebP picture.");
            assertEquals(ALT, desk.find("#pictureForm\\:pictureAlt").getAttribute("value"), "the words typed stay");

            desk.find("#pictureForm\\:picture").sendKeys(photo.toString());
            desk.click("#pictureForm\\:uploadPicture");
            desk.awaitText("#messages", "The picture is saved.");
            WebElement picture = desk.find("#currentPicture");
            assertEquals(ALT, picture.getAttribute("alt"));
            picturePath = URI.create(picture.getAttribute("src")).getRawPath() + "?"
                    + URI.create(picture.getAttribute("src")).getRawQuery();
            HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(picture.getAttribute("src"))).header("Cookie", desk.cookieHeader())
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, served.statusCode());
            assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElseThrow());
            assertFalse(new String(served.body(), StandardCharsets.ISO_8859_1).contains("51.5074N"), "no location");
            assertTrue(served.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
        }
        HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.toString().replaceAll("/$", "") + picturePath.replaceFirst("^/portal", ""))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(anonymous.statusCode() != 200 && !new String(anonymous.body(), StandardCharsets.ISO_8859_1)
                .contains("JFIF"), "nobody signed out sees it (" + anonymous.statusCode() + ")");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(team.getProperty("patient"), TestControl.PASSWORD);
            phone.awaitHeading("Today");
            phone.go("/patient/programme.xhtml");
            assertTrue(phone.driver().findElements(By.cssSelector("img.exercise-picture")).stream()
                    .anyMatch(i -> ALT.equals(i.getAttribute("alt"))), "on the programme page");
            assertTrue((Boolean) phone.script("return Array.from(document.querySelectorAll('img.exercise-picture'))"
                    + ".every(i => i.complete && i.naturalWidth > 0)"), "every picture loads");
            phone.click("#handout");
            byte[] handout = Files.readAllBytes(phone.awaitDownload("programme-" + today + ".pdf"));
            assertEquals(1, PdfText.images(handout), "the picture in the handout");
            assertTrue(new String(handout, StandardCharsets.ISO_8859_1).contains("/DCTDecode"),
                    "the uploaded photograph (a JPEG), not the drawing");
            assertTrue(PdfText.of(handout).contains("Walking"));
        }

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            desk.go("/clinician/exercises/edit.xhtml?id=1");
            desk.click("#removePictureForm\\:removePicture");
            desk.awaitText("#messages", "The picture is removed.");
            assertTrue(desk.find("#currentDrawing").isDisplayed(), "the drawing again");
        }
    }

    private static byte[] photograph(String location) throws Exception {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x90, 0xca, 0xf9));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(0x15, 0x65, 0xc0));
        g.fillOval(600, 200, 400, 800);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] exif = ("Exif\0\0" + location).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(new byte[]{(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)});
        out.write(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }
}
