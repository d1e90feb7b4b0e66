package clinic.portal.domain.review;

import clinic.portal.domain.adherence.Adherence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Worked examples of the review rules (docs/domain.md, "Review flags"). */
class ReviewTest {

    /** Thursday 12 March 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final LocalDate LONG_AGO = TODAY.minusDays(30);

    private final List<DayLog> days = new ArrayList<>();

    /** A day with one session: no pain ratings, pain after it only, or pain before and after it. */
    private void logged(int daysAgo, int... pain) {
        Integer before = pain.length == 2 ? pain[0] : null;
        Integer after = pain.length == 0 ? null : pain[pain.length - 1];
        long sum = 0;
        for (int p : pain) {
            sum += p;
        }
        boolean flare = before != null && after - before >= Review.FLARE_RISE;
        days.add(DayLog.of(TODAY.minusDays(daysAgo), 1, before, after, sum, pain.length, flare ? 1 : 0));
    }

    private Set<ReviewFlag> flags(LocalDate programmeSince, Double baseline) {
        return Review.flags(TODAY, programmeSince, days, null, 0, baseline);
    }

    private static Adherence.Summary lastWeek(double done, double prescribed) {
        return new Adherence.Summary(Review.adherenceFrom(TODAY), Review.adherenceTo(TODAY), done, prescribed,
                0, 0, 7, 7);
    }

    private Set<ReviewFlag> flags(LocalDate programmeSince, Adherence.Summary lastWeek, long redFlags) {
        return Review.flags(TODAY, programmeSince, days, lastWeek, redFlags, null);
    }

    @Test
    void aPatientWhoWalksDailyWithModeratePainIsNotFlagged() {
        for (int d = 0; d < 14; d++) {
            logged(d, 4, 3);
        }
        assertEquals(Set.of(), flags(LONG_AGO, lastWeek(14, 14), 0));
    }

    @Test
    void painOfSevenOrMoreAfterASessionThisWeekIsFlaggedAtOnceButNotLastWeeks() {
        logged(0, 5, 7);
        assertTrue(flags(LONG_AGO, null, 0).contains(ReviewFlag.HIGH_PAIN), "today's 7 counts");

        days.clear();
        logged(7, 9);
        logged(0, 3);
        assertFalse(flags(LONG_AGO, null, 0).contains(ReviewFlag.HIGH_PAIN), "8 days ago is last week");

        days.clear();
        logged(2, 6, 6);
        assertFalse(flags(LONG_AGO, null, 0).contains(ReviewFlag.HIGH_PAIN), "6 is not high");

        days.clear();
        logged(1, 8, 6);
        assertFalse(flags(LONG_AGO, null, 0).contains(ReviewFlag.HIGH_PAIN), "8 before, 6 after: the session helped");
    }

    @Test
    void aPatientWhoseUsualPainIsSevenIsNotFlaggedForItEveryWeek() {
        logged(1, 7, 7);
        assertFalse(flags(LONG_AGO, 7.0).contains(ReviewFlag.HIGH_PAIN), "7 after, baseline 7: their usual");
        assertTrue(flags(LONG_AGO, null).contains(ReviewFlag.HIGH_PAIN), "without a baseline 7 is high");

        logged(0, 7, 8);
        assertTrue(flags(LONG_AGO, 7.0).contains(ReviewFlag.HIGH_PAIN), "8 after, above the baseline of 7");
        assertFalse(flags(LONG_AGO, 8.5).contains(ReviewFlag.HIGH_PAIN), "8 after, below a baseline of 8.5");
    }

    @Test
    void theBaselineCountsOnceTheFirstWeekIsOver() {
        assertFalse(Review.baselineOver(TODAY.minusDays(6), TODAY));
        assertTrue(Review.baselineOver(TODAY.minusDays(7), TODAY));
        assertFalse(Review.baselineOver(null, TODAY));
    }

    @Test
    void painThatFlaresByTwoWithExerciseOnTwoSessionsInSevenDaysIsFlagged() {
        logged(6, 3, 5);
        assertFalse(flags(LONG_AGO, null).contains(ReviewFlag.PAIN_FLARE), "one flare is not a pattern");
        logged(2, 4, 5);
        assertFalse(flags(LONG_AGO, null).contains(ReviewFlag.PAIN_FLARE), "up by 1 is not a flare");
        logged(0, 2, 4);
        assertTrue(flags(LONG_AGO, null).contains(ReviewFlag.PAIN_FLARE), "up by 2 twice in 7 days");

        days.clear();
        logged(7, 3, 5);
        logged(0, 2, 4);
        assertFalse(flags(LONG_AGO, null).contains(ReviewFlag.PAIN_FLARE), "7 days ago is last week");
    }

    @Test
    void painUpByTwoAgainstThePreviousWeekIsRising() {
        logged(10, 2, 2);
        logged(8, 3, 3);      // previous week: average 2.5
        logged(3, 5, 4);
        logged(1, 5, 4);      // this week: average 4.5, up by 2.0
        assertEquals(Set.of(ReviewFlag.RISING_PAIN), flags(LONG_AGO, null, 0));

        days.remove(days.size() - 1);
        logged(1, 4, 4);      // this week: average 4.25, up by 1.75
        assertEquals(Set.of(), flags(LONG_AGO, null, 0));
    }

    @Test
    void noRiseWithoutPainRatingsInBothWeeks() {
        logged(9);            // a session without pain ratings
        logged(1, 6, 6);
        assertFalse(flags(LONG_AGO, null, 0).contains(ReviewFlag.RISING_PAIN));
    }

    @Test
    void threeCompleteDaysWithoutASessionWhileAProgrammeRunsIsInactive() {
        logged(4, 3);
        assertTrue(flags(LONG_AGO, null, 0).contains(ReviewFlag.INACTIVE), "nothing on days 3, 2, 1 and today");

        logged(3, 3);
        assertFalse(flags(LONG_AGO, null, 0).contains(ReviewFlag.INACTIVE), "a session 3 days ago");

        days.clear();
        logged(0, 3);
        assertFalse(flags(LONG_AGO, null, 0).contains(ReviewFlag.INACTIVE), "a session today");
    }

    @Test
    void inactivityNeedsAProgrammeThatRanThoseDays() {
        assertFalse(flags(null, null, 0).contains(ReviewFlag.INACTIVE), "no programme");
        assertFalse(flags(TODAY.minusDays(2), null, 0).contains(ReviewFlag.INACTIVE), "started two days ago");
        assertTrue(flags(TODAY.minusDays(3), null, 0).contains(ReviewFlag.INACTIVE), "started three days ago");
    }

    @Test
    void sessionAdherenceUnderHalfOverTheLastSevenDaysIsLow() {
        logged(0, 3);
        assertTrue(flags(LONG_AGO, lastWeek(6, 14), 0).contains(ReviewFlag.LOW_ADHERENCE), "6 of 14");
        assertFalse(flags(LONG_AGO, lastWeek(7, 14), 0).contains(ReviewFlag.LOW_ADHERENCE), "7 of 14 is half");
        assertFalse(flags(LONG_AGO, lastWeek(0, 0), 0).contains(ReviewFlag.LOW_ADHERENCE), "nothing prescribed");
    }

    @Test
    void anUnacknowledgedRedFlagComesFirst() {
        logged(0, 8);
        assertEquals(List.of(ReviewFlag.RED_FLAG, ReviewFlag.HIGH_PAIN), List.copyOf(flags(LONG_AGO, null, 1)));
    }

    @Test
    void daysOutsideTheTwoWeeksAreIgnored() {
        logged(14, 9);
        logged(-1, 9);
        assertEquals(Set.of(ReviewFlag.INACTIVE), flags(LONG_AGO, null, 0));
    }

    @Test
    void aDayAddsUpItsPartsWhateverRatingsTheyLack() {
        LocalDate day = TODAY.minusDays(1);
        DayLog none = DayLog.of(day, 1, null, null, 0, 0, 0);
        DayLog beforeOnly = DayLog.of(day, 1, 4, null, 4, 1, 0);
        DayLog both = DayLog.of(day, 1, 2, 8, 10, 2, 1);

        assertNull(none.maxPain());
        assertEquals(new DayLog(day, 2, 4, null, 4, 1, 0), none.plus(beforeOnly));
        assertEquals(new DayLog(day, 3, 8, 8, 14, 3, 1), beforeOnly.plus(both).plus(none));
    }

    @Test
    void patientsAreOrderedByTheirMostUrgentFlagAndThoseWithoutFlagsLast() {
        List<Set<ReviewFlag>> patients = new ArrayList<>(List.of(Set.of(), Set.of(ReviewFlag.INACTIVE),
                Set.of(ReviewFlag.LOW_ADHERENCE, ReviewFlag.RED_FLAG), Set.of(ReviewFlag.HIGH_PAIN)));
        patients.sort(Review.MOST_URGENT_FIRST);
        assertEquals(List.of(Set.of(ReviewFlag.LOW_ADHERENCE, ReviewFlag.RED_FLAG), Set.of(ReviewFlag.HIGH_PAIN),
                Set.of(ReviewFlag.INACTIVE), Set.of()), patients);
    }
}
