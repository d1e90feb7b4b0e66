package clinic.portal.domain.review;

import java.time.LocalDate;

/**
 * One day of a patient's sessions as the database sums them: how many, and the pain reported (before and after
 * together; either may be missing from a session).
 *
 * @param maxPain   the highest pain rating of the day, before or after a session, or null when none was given
 * @param maxAfter  the highest pain rating after a session, or null when none was given
 * @param painSum   the sum of the day's pain ratings
 * @param painCount how many pain ratings the day has
 * @param flares    sessions whose pain after was at least {@value Review#FLARE_RISE} above the pain before
 */
public record DayLog(LocalDate day, long sessions, Integer maxPain, Integer maxAfter, long painSum, long painCount,
                     long flares) {

    /** A day from the highest ratings before and after sessions, either of which may be missing. */
    public static DayLog of(LocalDate day, long sessions, Integer maxBefore, Integer maxAfter, long painSum,
                            long painCount, long flares) {
        return new DayLog(day, sessions, higher(maxBefore, maxAfter), maxAfter, painSum, painCount, flares);
    }

    /** This day and another part of the same day (the database sums per exercise), together. */
    public DayLog plus(DayLog other) {
        return new DayLog(day, sessions + other.sessions, higher(maxPain, other.maxPain), higher(maxAfter, other.maxAfter),
                painSum + other.painSum, painCount + other.painCount, flares + other.flares);
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
