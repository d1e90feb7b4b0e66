package clinic.portal.domain.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one rule for a range of days that someone asks for (history, adherence, the audit trail): it ends on or after
 * its start, and covers at most so many days. Said once, with one pair of message keys.
 */
public final class DayRange {

    /** The most days any range may cover: a year and a day. */
    public static final int MAX_DAYS = 366;
    public static final String REVERSED = "range.reversed";
    public static final String TOO_LONG = "range.tooLong";

    private DayRange() {
    }

    /**
     * What is wrong with the range, as a message key (whose argument is {@link #MAX_DAYS}), or empty when it is
     * fine. A missing end leaves the range open on that side, which is fine.
     */
    public static Optional<String> problem(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return Optional.empty();
        }
        if (to.isBefore(from)) {
            return Optional.of(REVERSED);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return Optional.of(TOO_LONG);
        }
        return Optional.empty();
    }
}
