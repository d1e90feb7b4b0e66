package clinic.portal.web.admin.audit;

import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditCsvTest {

    @Test
    void writesOneQuotedLineAnEventInTheClinicsZone() throws Exception {
        StringWriter out = new StringWriter();
        try (AuditCsv csv = new AuditCsv(out, ZoneId.of("Europe/London"))) {
            csv.accept(AuditEvent.attempt(OffsetDateTime.of(2026, 7, 1, 9, 30, 0, 0, ZoneOffset.UTC),
                    AuditAction.SIGN_IN_FAILED, "mary", "said \"hello\", then left"));
        }
        assertEquals("\uFEFFoccurred_at,actor,action,subject_id,subject,detail\r\n"
                + "2026-07-01T10:30:00.000+01:00,mary,SIGN_IN_FAILED,,mary,\"said \"\"hello\"\", then left\"\r\n", out.toString());
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertEquals("'=HYPERLINK(\"http://evil.example\")", AuditCsv.safe("=HYPERLINK(\"http://evil.example\")"));
        assertEquals("'+1", AuditCsv.safe("+1"));
        assertEquals("'-2+3", AuditCsv.safe("-2+3"));
        assertEquals("'@SUM(A1)", AuditCsv.safe("@SUM(A1)"));
        assertEquals("'\tx", AuditCsv.safe("\tx"));
        assertEquals("'\rx", AuditCsv.safe("\rx"));
        assertEquals("anna", AuditCsv.safe("anna"));
        assertEquals("a=b", AuditCsv.safe("a=b"));
    }
}
