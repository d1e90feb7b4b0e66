package clinic.portal.web.admin.audit;

import clinic.portal.domain.audit.AuditEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The audit trail as CSV (times in the clinic's zone, to the millisecond, with their offset) (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read names right), one line an
 * event. A cell a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return; a
 * username or a detail can be typed by anyone at the sign-in page) is prefixed with an apostrophe, as OWASP advises
 * against CSV injection.
 */
final class AuditCsv implements Consumer<AuditEvent>, AutoCloseable {

    static final String[] HEADER = {"occurred_at", "actor", "action", "subject_id", "subject", "detail"};

    private final CSVPrinter printer;
    private final DateTimeFormatter time;

    AuditCsv(Writer out, ZoneId zone) throws IOException {
        out.write('\uFEFF');
        this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
        this.time = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(zone);
    }

    @Override
    public void accept(AuditEvent event) {
        try {
            printer.printRecord(time.format(event.getOccurredAt()), safe(event.getActor()), event.getAction().name(),
                    event.getSubjectId(), safe(event.getSubject()), safe(event.getDetail()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
