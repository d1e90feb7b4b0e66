package clinic.portal.domain.review;

import java.time.LocalDate;

/**
 * One day of a patient's sessions as the database sums them: how many, and the pain reported (before and after
 * together; either may be missing from a session).
 *
 * @param maxPain   the highest pain rating of the day, or null when none was given
 * @param painSum   the sum of the day's pain ratings
 * @param painCount how many pain ratings the day has
 */
public record DayLog(long patientId, LocalDate day, long sessions, Integer maxPain, long painSum, long painCount) {
}
