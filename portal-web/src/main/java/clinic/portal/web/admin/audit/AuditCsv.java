package clinic.portal.web.admin.audit;

import clinic.portal.domain.audit.AuditEvent;
import clinic.portal.web.CsvFile;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The audit trail as CSV ({@link CsvFile}: formulas defused), one line an event, times in the clinic's zone to the
 * millisecond with their offset.
 */
final class AuditCsv implements Consumer<AuditEvent>, AutoCloseable {

    static final String[] HEADER = {"occurred_at", "actor", "action", "subject_id", "subject", "detail"};

    private final CsvFile file;
    private final DateTimeFormatter time;

    AuditCsv(Writer out, ZoneId zone) throws IOException {
        this.file = new CsvFile(out, HEADER);
        this.time = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(zone);
    }

    @Override
    public void accept(AuditEvent event) {
        file.row(time.format(event.getOccurredAt()), event.getActor(), event.getAction().name(), event.getSubjectId(),
                event.getSubject(), event.getDetail());
    }

    static String safe(String cell) {
        return CsvFile.safe(cell);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
