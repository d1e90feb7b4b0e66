package clinic.portal.ejb.exercise;

import clinic.portal.ejb.RuleViolation;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * What an uploaded picture becomes: recognised by its content (PNG, JPEG or WebP, whatever its name says), at most
 * {@value #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a side before decoding (no decompression bomb), decoded,
 * scaled down to {@value #STORED_SIDE} pixels at most, and written anew (PNG when it has transparency, else JPEG):
 * nothing of the original file is kept, so no metadata such as where a photograph was taken.
 */
public final class PictureFiles {

    /** The largest upload, in bytes: 2 MB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The largest side of an upload, in pixels, checked before it is decoded. */
    static final int MAX_SIDE = 8000;
    /** The largest side of the stored picture, in pixels. */
    static final int STORED_SIDE = 1200;

    /** Rule keys: too many bytes, not a PNG, JPEG or WebP, too many pixels, damaged. */
    public static final String TOO_BIG = "picture.violation.TOO_BIG";
    public static final String NOT_A_PICTURE = "picture.violation.NOT_A_PICTURE";
    public static final String TOO_LARGE = "picture.violation.TOO_LARGE";
    public static final String DAMAGED = "picture.violation.DAMAGED";

    private PictureFiles() {
    }

    /** A picture as stored: its bytes, media type and size. */
    public record Encoded(byte[] content, String mediaType, int width, int height) {
    }

    /**
     * Re-encodes an upload.
     *
     * @throws RuleViolation naming the file field ({@code picture}) when it cannot be a picture of an exercise
     */
    public static Encoded reencode(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new RuleViolation(NOT_A_PICTURE, "picture");
        }
        if (upload.length > MAX_BYTES) {
            throw new RuleViolation(TOO_BIG, "picture", MAX_BYTES / (1024 * 1024));
        }
        ImageReader reader = readerFor(upload);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                throw new RuleViolation(TOO_LARGE, "picture", MAX_SIDE);
            }
            BufferedImage image = reader.read(0);
            return write(scaled(image));
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation rule) {
                throw rule;
            }
            throw new RuleViolation(DAMAGED, "picture");
        } finally {
            reader.dispose();
        }
    }

    /** The reader for the format the first bytes say, never the file's name. */
    private static ImageReader readerFor(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return ImageIO.getImageReadersByFormatName("png").next();
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return ImageIO.getImageReadersByFormatName("jpeg").next();
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new RuleViolation(DAMAGED, "picture");
            }
        }
        throw new RuleViolation(NOT_A_PICTURE, "picture");
    }

    private static boolean startsWith(byte[] bytes, int offset, int... magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage scaled(BufferedImage image) {
        int side = Math.max(image.getWidth(), image.getHeight());
        boolean alpha = image.getColorModel().hasAlpha();
        double scale = side > STORED_SIDE ? (double) STORED_SIDE / side : 1;
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage copy = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return copy;
    }

    private static Encoded write(BufferedImage image) throws IOException {
        boolean alpha = image.getColorModel().hasAlpha();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (alpha) {
            ImageIO.write(image, "png", bytes);
            return new Encoded(bytes.toByteArray(), "image/png", image.getWidth(), image.getHeight());
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return new Encoded(bytes.toByteArray(), "image/jpeg", image.getWidth(), image.getHeight());
    }
}
