package clinic.portal.domain.adherence;

import java.time.LocalDate;

/**
 * What a patient did of one exercise on one day, as the database sums it.
 *
 * @param exerciseId the library exercise, or null for unplanned activities
 */
public record DailyTotal(LocalDate day, Long exerciseId, Long sessions, Long minutes) {

    /** A day of sessions recorded in sets only sums no minutes (SQL's SUM over nulls is null): zero. */
    public DailyTotal {
        minutes = minutes == null ? 0L : minutes;
    }
}
