package clinic.portal.web.report;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.ejb.adherence.DayOfProgress;
import clinic.portal.ejb.outcome.OutcomeTrack;
import clinic.portal.ejb.patient.ProgressReport;
import clinic.portal.ejb.warning.WarningSign;
import clinic.portal.web.Clinic;
import clinic.portal.web.Texts;
import clinic.portal.web.programme.ProgrammeView;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A patient's progress over a window as a PDF for the clinician (OpenPDF): who and when, the programme, adherence
 * with charts of minutes against the prescription and of pain before and after (and the same figures week by week,
 * as a table a screen reader reads), the outcome questionnaires' scores with the change against the first, and the
 * warning signs raised in the window with their review. A4, in the clinician's language.
 */
public final class ProgressReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x33, 0x33, 0x33));
    private static final Color DONE = new Color(0x15, 0x65, 0xc0);
    private static final Color PRESCRIBED = new Color(0x42, 0x42, 0x42);
    private static final Color BEFORE = new Color(0xb2, 0x3c, 0x00);
    private static final float CHART_WIDTH = 480;
    private static final float CHART_HEIGHT = 110;

    private final ProgressReport report;
    private final ProgrammeView programme;
    private final Locale locale;
    private final DateTimeFormatter date;

    private ProgressReportPdf(ProgressReport report, ProgrammeView programme, Locale locale) {
        this.report = report;
        this.programme = programme;
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern(Texts.get(locale, "format.date"), locale);
    }

    /** Writes the report; {@code programme} is the report's programme as the pages show it, or null. */
    public static void write(OutputStream out, ProgressReport report, ProgrammeView programme, Locale locale,
                             LocalDate today) throws IOException {
        new ProgressReportPdf(report, programme, locale).write(out, today);
    }

    private void write(OutputStream out, LocalDate today) throws IOException {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            document.addTitle(text("report.title") + " – " + report.patient().displayName());
            document.addCreator(text("app.name"));
            HeaderFooter foot = new HeaderFooter(new Phrase(report.patient().displayName() + " · "
                    + text("handout.page") + " ", SMALL), true);
            foot.setBorder(0);
            foot.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(foot);
            document.open();

            document.add(new Paragraph(text("report.title"), TITLE));
            document.add(new Paragraph(report.patient().displayName(), HEADING));
            document.add(new Paragraph(text("report.window", date.format(report.from()), date.format(report.to())), BODY));
            document.add(new Paragraph(text("report.clinicians", String.join(", ", report.clinicians())), BODY));
            document.add(new Paragraph(text("handout.printed", date.format(today)), SMALL));

            programme(document);
            adherence(document, writer);
            outcomes(document);
            warnings(document);
        } catch (DocumentException e) {
            throw new IOException("The progress report could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private void programme(Document document) {
        document.add(heading("report.programme"));
        if (programme == null) {
            document.add(new Paragraph(text("programme.none"), BODY));
            return;
        }
        document.add(new Paragraph(text("programme.since", date.format(programme.startDate())), BODY));
        for (ProgrammeView.PhaseView phase : programme.phases()) {
            Paragraph name = new Paragraph(phase.name() + (phase.current()
                    ? " – " + text("programme.phase.current") : ""), BOLD);
            name.setSpacingBefore(4);
            document.add(name);
            for (ProgrammeView.LineView line : phase.lines()) {
                document.add(new Paragraph("• " + line.exercise() + ": " + line.dose(), BODY));
            }
        }
    }

    private void adherence(Document document, PdfWriter writer) throws DocumentException {
        document.add(heading("clinician.adherence.heading"));
        Adherence.Summary summary = report.adherence().summary();
        document.add(new Paragraph(text("report.adherence.sessions", summary.sessionsDoneShown(),
                summary.sessionsPrescribedShown(), percent(summary.sessionShareShown())), BODY));
        document.add(new Paragraph(text("report.adherence.minutes", summary.minutesDoneShown(),
                summary.minutesPrescribedShown(), percent(summary.minutesShareShown())), BODY));
        document.add(new Paragraph(text("report.adherence.activeDays", summary.activeDays(), summary.days()), BODY));
        List<DayOfProgress> days = report.adherence().days();
        document.add(label("history.chart.minutes", "history.chart.done", DONE, "history.chart.prescribed", PRESCRIBED));
        document.add(minutesChart(writer, days));
        document.add(label("history.chart.pain", "history.chart.painBefore", BEFORE, "history.chart.painAfter", DONE));
        document.add(painChart(writer, days));
        document.add(weeks(days));
    }

    /** A chart's name and its legend, each series in its colour. */
    private Paragraph label(String name, String first, Color firstColour, String second, Color secondColour) {
        Paragraph label = new Paragraph(text(name) + "  ", BOLD);
        label.setSpacingBefore(8);
        label.add(new Phrase("■ " + text(first) + "  ", new Font(Font.HELVETICA, 9, Font.NORMAL, firstColour)));
        label.add(new Phrase("■ " + text(second), new Font(Font.HELVETICA, 9, Font.NORMAL, secondColour)));
        return label;
    }

    /** Minutes done per day as bars, the minutes prescribed as a line over them. */
    private Image minutesChart(PdfWriter writer, List<DayOfProgress> days) throws DocumentException {
        double max = Math.max(10, days.stream().mapToDouble(d -> Math.max(d.minutesDone(), d.minutesPrescribed()))
                .max().orElse(0));
        PdfTemplate chart = axes(writer, max);
        float step = plotWidth() / Math.max(1, days.size());
        chart.setColorFill(DONE);
        for (int i = 0; i < days.size(); i++) {
            float height = (float) (days.get(i).minutesDone() / max * plotHeight());
            if (height > 0) {
                chart.rectangle(left() + i * step + step * 0.15f, bottom(), step * 0.7f, height);
            }
        }
        chart.fill();
        line(chart, days, d -> d.underProgramme() ? d.minutesPrescribed() : Double.NaN, max, PRESCRIBED);
        return Image.getInstance(chart);
    }

    /** The day's average pain before and after sessions (0–10), as two lines; days without ratings are gaps. */
    private Image painChart(PdfWriter writer, List<DayOfProgress> days) throws DocumentException {
        PdfTemplate chart = axes(writer, 10);
        line(chart, days, d -> d.painBefore() == null ? Double.NaN : d.painBefore(), 10, BEFORE);
        line(chart, days, d -> d.painAfter() == null ? Double.NaN : d.painAfter(), 10, DONE);
        return Image.getInstance(chart);
    }

    private PdfTemplate axes(PdfWriter writer, double max) {
        PdfTemplate chart = writer.getDirectContent().createTemplate(CHART_WIDTH, CHART_HEIGHT);
        chart.setColorStroke(Color.GRAY);
        chart.setLineWidth(0.5f);
        chart.moveTo(left(), bottom());
        chart.lineTo(left() + plotWidth(), bottom());
        chart.moveTo(left(), bottom());
        chart.lineTo(left(), bottom() + plotHeight());
        chart.stroke();
        BaseFont font = SMALL.getCalculatedBaseFont(false);
        chart.beginText();
        chart.setFontAndSize(font, 7);
        chart.setColorFill(Color.DARK_GRAY);
        chart.showTextAligned(Element.ALIGN_RIGHT, "0", left() - 3, bottom() - 2, 0);
        chart.showTextAligned(Element.ALIGN_RIGHT, NumberFormat.getIntegerInstance(locale).format(max), left() - 3,
                bottom() + plotHeight() - 3, 0);
        chart.showTextAligned(Element.ALIGN_LEFT, date.format(report.from()), left(), 2, 0);
        chart.showTextAligned(Element.ALIGN_RIGHT, date.format(report.to()), left() + plotWidth(), 2, 0);
        chart.endText();
        return chart;
    }

    /** A series as a line through the middle of each day's place; NaN leaves a gap. */
    private void line(PdfTemplate chart, List<DayOfProgress> days, ToDoubleFunction<DayOfProgress> value, double max,
                      Color colour) {
        float step = plotWidth() / Math.max(1, days.size());
        chart.setColorStroke(colour);
        chart.setLineWidth(1.2f);
        boolean drawing = false;
        for (int i = 0; i < days.size(); i++) {
            double v = value.applyAsDouble(days.get(i));
            if (Double.isNaN(v)) {
                drawing = false;
                continue;
            }
            float x = left() + i * step + step / 2;
            float y = bottom() + (float) (v / max * plotHeight());
            if (drawing) {
                chart.lineTo(x, y);
            } else {
                chart.moveTo(x, y);
                chart.circle(x, y, 0.6f);
                chart.moveTo(x, y);
            }
            drawing = true;
        }
        chart.stroke();
    }

    /** The charts' figures week by week (from Monday), the text behind them. */
    private PdfPTable weeks(List<DayOfProgress> days) {
        Map<LocalDate, List<DayOfProgress>> byWeek = new LinkedHashMap<>();
        days.forEach(d -> byWeek.computeIfAbsent(d.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                k -> new ArrayList<>()).add(d));
        PdfPTable table = new PdfPTable(new float[]{3, 2, 3, 2, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String key : List.of("report.week", "adherence.sessions", "report.week.minutes",
                "history.chart.painBefore", "history.chart.painAfter")) {
            PdfPCell cell = new PdfPCell(new Phrase(text(key), BOLD));
            cell.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            table.addCell(cell);
        }
        byWeek.forEach((monday, week) -> {
            table.addCell(new Phrase(date.format(week.get(0).day()), BODY));
            table.addCell(new Phrase(String.valueOf(week.stream().mapToLong(DayOfProgress::sessions).sum()), BODY));
            table.addCell(new Phrase(week.stream().mapToLong(DayOfProgress::minutesDone).sum() + " / "
                    + Math.round(week.stream().mapToDouble(DayOfProgress::minutesPrescribed).sum()), BODY));
            table.addCell(new Phrase(average(week, DayOfProgress::painBefore), BODY));
            table.addCell(new Phrase(average(week, DayOfProgress::painAfter), BODY));
        });
        return table;
    }

    private String average(List<DayOfProgress> week, java.util.function.Function<DayOfProgress, Double> pain) {
        var ratings = week.stream().map(pain).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue)
                .summaryStatistics();
        return ratings.getCount() == 0 ? "—" : number(ratings.getAverage());
    }

    private void outcomes(Document document) {
        document.add(heading("outcomes.heading"));
        if (report.outcomes().isEmpty()) {
            document.add(new Paragraph(text("outcomes.none"), BODY));
            return;
        }
        for (OutcomeTrack track : report.outcomes()) {
            Paragraph name = new Paragraph(text("questionnaire." + track.questionnaire() + ".name"), BOLD);
            name.setSpacingBefore(4);
            document.add(name);
            for (OutcomeTrack.Scored scored : track.scores()) {
                String line = date.format(scored.answeredOn()) + ": " + text("outcomes.score." + track.questionnaire(),
                        number(scored.score().value()), scored.score().subscore());
                if (scored.score().band() != null) {
                    line += " – " + text("band." + scored.score().band());
                }
                document.add(new Paragraph(line, BODY));
            }
            if (track.change() != null) {
                document.add(new Paragraph(text("outcomes.change." + track.change().trend(),
                        Clinic.formatScore(track.change().difference(), true, locale), date.format(track.first().answeredOn())), BODY));
            }
            document.add(new Paragraph(text("outcomes.mcid." + track.questionnaire()), SMALL));
        }
        if (report.outcomes().stream().anyMatch(t -> t.questionnaire().name().equals("STARTBACK"))) {
            document.add(new Paragraph(text("questionnaire.STARTBACK.notice"), SMALL));
        }
    }

    private void warnings(Document document) {
        document.add(heading("report.warnings"));
        if (report.warnings().isEmpty()) {
            document.add(new Paragraph(text("report.warnings.none"), BODY));
            return;
        }
        for (WarningSign sign : report.warnings()) {
            Paragraph when = new Paragraph(date.format(sign.raisedAt().toLocalDate()) + " – "
                    + text("warning.urgency." + sign.urgency()), BOLD);
            when.setSpacingBefore(4);
            document.add(when);
            sign.signs().forEach(s -> document.add(new Paragraph("• " + text("redflag." + s), BODY)));
            document.add(new Paragraph(sign.reviewedAt() == null ? text("report.warning.open")
                    : text("warning.reviewed.line", sign.reviewedBy(), date.format(sign.reviewedAt().toLocalDate()),
                    sign.outcome() == null ? "" : text("warning.outcome." + sign.outcome()))
                    + (sign.reviewNote() == null ? "" : " – " + sign.reviewNote()), BODY));
        }
    }

    private Paragraph heading(String key) {
        Paragraph heading = new Paragraph(text(key), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(2);
        return heading;
    }

    private String text(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    /** Shares rounded as every page rounds them ({@link Clinic#percent}). */
    private String percent(Optional<Double> share) {
        return Clinic.formatPercent(share, locale);
    }

    private String number(double value) {
        return Clinic.formatScore(value, false, locale);
    }

    private static float left() {
        return 28;
    }

    private static float bottom() {
        return 14;
    }

    private static float plotWidth() {
        return CHART_WIDTH - left() - 4;
    }

    private static float plotHeight() {
        return CHART_HEIGHT - bottom() - 6;
    }
}
