package clinic.portal.web.programme;

import clinic.portal.web.Texts;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A patient's programme as a printable PDF handout (OpenPDF), in plain words of one language: who it is for and from
 * whom, the clinician's note, each phase with its dates and each exercise with its dose, how to do it and any
 * caution, and the clinic's advice to keep moving with the warning signs that need help at once. A4, large type,
 * black on white; the page number at the foot.
 */
public final class Handout {

    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font NAME = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 12, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 10, Font.NORMAL, new Color(0x33, 0x33, 0x33));

    /** The width of an exercise's picture on the page, in points (about 6 cm). */
    private static final float PICTURE_WIDTH = 170;

    private Handout() {
    }

    /**
     * Writes the handout.
     *
     * @param pictures each exercise's picture as PNG or JPEG bytes (the uploaded one, or its drawing's PNG copy), by
     *                 exercise id; an exercise without one is words only
     */
    public static void write(OutputStream out, String patientName, ProgrammeView programme, Locale locale,
                             LocalDate today, Map<Long, byte[]> pictures) throws IOException {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(Texts.get(locale, "format.date"), locale);
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // The document's language, so that a screen reader reads it with the right voice.
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            document.addTitle(Texts.get(locale, "handout.title") + " – " + patientName);
            document.addCreator(Texts.get(locale, "app.name"));
            HeaderFooter foot = new HeaderFooter(new Phrase(Texts.get(locale, "handout.page") + " ", SMALL), true);
            foot.setBorder(0);
            foot.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(foot);
            document.open();

            document.add(new Paragraph(Texts.get(locale, "handout.title"), TITLE));
            document.add(spaced(Texts.get(locale, "handout.for", patientName, programme.clinician()), BODY, 6));
            document.add(new Paragraph(Texts.get(locale, "handout.printed", date.format(today)), SMALL));
            if (programme.note() != null && !programme.note().isBlank()) {
                document.add(spaced(Texts.get(locale, "patient.programme.note"), HEADING, 14));
                document.add(new Paragraph(programme.note(), BODY));
            }
            for (ProgrammeView.PhaseView phase : programme.phases()) {
                String dates = phase.until() == null
                        ? Texts.get(locale, "programme.phase.from", date.format(phase.from()))
                        : Texts.get(locale, "programme.phase.dates", date.format(phase.from()), date.format(phase.until()));
                Paragraph heading = spaced(phase.name() + " (" + dates + ")", HEADING, 16);
                if (phase.current()) {
                    heading.add(new Chunk(" – " + Texts.get(locale, "programme.phase.current"), HEADING));
                }
                document.add(heading);
                for (ProgrammeView.LineView line : phase.lines()) {
                    Paragraph what = spaced("", BODY, 10);
                    what.add(new Chunk(line.exercise(), NAME));
                    what.add(new Chunk(": " + line.dose(), BODY));
                    document.add(what);
                    byte[] picture = pictures.get(line.exerciseId());
                    if (picture != null) {
                        Image image = Image.getInstance(picture);
                        image.scaleToFit(PICTURE_WIDTH, PICTURE_WIDTH * 2 / 3);
                        image.setAlt(line.picture() == null ? line.exercise() : line.picture().alt());
                        image.setSpacingBefore(4);
                        document.add(image);
                    }
                    document.add(new Paragraph(line.instructions(), BODY));
                    if (line.caution() && line.cautionReason() != null) {
                        document.add(new Paragraph(Texts.get(locale, "plan.caution") + ": " + line.cautionReason(), NAME));
                    }
                }
            }
            document.add(spaced(Texts.get(locale, "handout.advice"), HEADING, 18));
            document.add(new Paragraph(Texts.get(locale, "footer.advice"), BODY));
        } catch (DocumentException e) {
            throw new IOException("The handout could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static Paragraph spaced(String text, Font font, float before) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
