package clinic.portal.web.support;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text of a PDF, every page, as OpenPDF reads it back: what the tests of handouts and reports check. */
public final class PdfText {

    private PdfText() {
    }

    /** How many images the PDF's pages show (each image XObject of each page's resources). */
    public static int images(byte[] bytes) throws IOException {
        PdfReader reader = new PdfReader(bytes);
        try {
            int images = 0;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
                if (objects == null) {
                    continue;
                }
                for (PdfName name : objects.getKeys()) {
                    PdfObject object = PdfReader.getPdfObject(objects.get(name));
                    if (object instanceof PdfDictionary d && PdfName.IMAGE.equals(d.getAsName(PdfName.SUBTYPE))) {
                        images++;
                    }
                }
            }
            return images;
        } finally {
            reader.close();
        }
    }

    public static String of(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }

    /** @throws IllegalArgumentException when the bytes are not a PDF at all */
    public static String of(byte[] bytes) throws IOException {
        if (bytes.length < 5 || !"%PDF-".equals(new String(bytes, 0, 5, StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("Not a PDF");
        }
        PdfReader reader = new PdfReader(bytes);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
