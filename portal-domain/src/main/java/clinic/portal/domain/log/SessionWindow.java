package clinic.portal.domain.log;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When a session may be recorded, changed or deleted: on the patient's calendar day it happened or up to
 * 14 days later, and never in the future (a few minutes of clock difference between phone and server aside).
 */
public final class SessionWindow {

    public static final int DAYS = 14;
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private SessionWindow() {
    }

    public static boolean isFuture(OffsetDateTime performedAt, OffsetDateTime now) {
        return performedAt.isAfter(now.plus(CLOCK_TOLERANCE));
    }

    /** Whether a session on this day may still be recorded, changed or deleted today. */
    public static boolean isOpen(LocalDate day, LocalDate today) {
        return !day.isBefore(today.minusDays(DAYS));
    }
}
