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
public record DayLog(LocalDate day, long sessions, Integer maxPain, long painSum, long painCount) {

    /** A day from the highest ratings before and after sessions, either of which may be missing. */
    public static DayLog of(LocalDate day, long sessions, Integer maxBefore, Integer maxAfter, long painSum,
                            long painCount) {
        return new DayLog(day, sessions, higher(maxBefore, maxAfter), painSum, painCount);
    }

    /** This day and another part of the same day (the database sums per exercise), together. */
    public DayLog plus(DayLog other) {
        return new DayLog(day, sessions + other.sessions, higher(maxPain, other.maxPain), painSum + other.painSum,
                painCount + other.painCount);
    }

    private static Integer higher(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Math.max(a, b);
    }
}
