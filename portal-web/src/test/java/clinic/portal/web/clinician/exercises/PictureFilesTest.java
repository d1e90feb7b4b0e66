package clinic.portal.web.clinician.exercises;

import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.exercise.PictureFiles;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An upload becomes a picture by its content, re-encoded without any of the original's metadata, or is refused. */
class PictureFilesTest {

    /** A 1 x 1 lossless WebP (the smallest there is). */
    private static final String WEBP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    @Test
    void aPhotographLosesItsLocationAndIsScaledDown() throws IOException {
        byte[] photo = withExif(jpeg(3000, 2000), "GPS 51.5074N 0.1278W Clinic-Phone-Model");
        assertTrue(contains(photo, "51.5074N"), "the upload carries its location");

        PictureFiles.Encoded stored = PictureFiles.reencode(photo);

        assertEquals("image/jpeg", stored.mediaType());
        assertEquals(1200, stored.width());
        assertEquals(800, stored.height());
        assertFalse(contains(stored.content(), "51.5074N"), "no location kept");
        assertFalse(contains(stored.content(), "Exif"), "no EXIF block at all");
        assertEquals(1200, ImageIO.read(new ByteArrayInputStream(stored.content())).getWidth(), "a picture still");
    }

    @Test
    void aTransparentPngStaysAPngAndAWebPIsRead() throws IOException {
        BufferedImage drawing = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(drawing, "png", png);
        PictureFiles.Encoded stored = PictureFiles.reencode(png.toByteArray());
        assertEquals("image/png", stored.mediaType());
        assertEquals(300, stored.width());

        PictureFiles.Encoded webp = PictureFiles.reencode(Base64.getDecoder().decode(WEBP));
        assertEquals(1, webp.width());
        assertTrue(webp.mediaType().startsWith("image/"));
    }

    @Test
    void whatIsNotAPictureIsRefusedByItsContentWithItsReason() throws IOException {
        assertEquals(PictureFiles.NOT_A_PICTURE, refused("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)),
                "an SVG or any text, whatever its name");
        assertEquals(PictureFiles.NOT_A_PICTURE, refused(new byte[0]));
        assertEquals(PictureFiles.TOO_BIG, refused(new byte[PictureFiles.MAX_BYTES + 1]));
        byte[] truncated = Arrays.copyOf(jpeg(400, 300), 200);
        assertEquals(PictureFiles.DAMAGED, refused(truncated));
        byte[] huge = pngOfSize(1, 1);
        huge[16] = 0; huge[17] = 0; huge[18] = (byte) 0x27; huge[19] = (byte) 0x10; // width 10,000 in the header
        assertEquals(PictureFiles.TOO_LARGE, refused(huge), "refused before it is decoded");
    }

    private static String refused(byte[] upload) {
        RuleViolation rule = assertThrows(RuleViolation.class, () -> PictureFiles.reencode(upload));
        assertEquals("picture", rule.field());
        return rule.messageKey();
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] pngOfSize(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 "Exif" segment holding the text, right after its start marker, as a phone writes one. */
    private static byte[] withExif(byte[] jpeg, String text) {
        byte[] payload = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean contains(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
