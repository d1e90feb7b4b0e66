package clinic.portal.domain.adherence;

import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Frequency;
import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.programme.Programme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static clinic.portal.domain.programme.Fixtures.CLINICIAN;
import static clinic.portal.domain.programme.Fixtures.NOW;
import static clinic.portal.domain.programme.Fixtures.PATIENT;
import static clinic.portal.domain.programme.Fixtures.STRETCH;
import static clinic.portal.domain.programme.Fixtures.SWIM;
import static clinic.portal.domain.programme.Fixtures.WALK;
import static clinic.portal.domain.programme.Fixtures.plan;
import static clinic.portal.domain.programme.Fixtures.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Worked examples of the adherence definition (docs/domain.md). */
class AdherenceTest {

    /** Monday 2 March 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final long WALKING = 1L;
    private static final long SWIMMING = 12L;

    private final List<DailyTotal> done = new ArrayList<>();

    private void did(LocalDate day, Long exercise, long sessions, long minutes) {
        done.add(new DailyTotal(day, exercise, sessions, minutes));
    }

    private static Programme walkingFrom(LocalDate start, int minutes, int times) {
        PlanDraft draft = new PlanDraft();
        draft.addPhase("First days", null).add(WALK, walk(minutes, times));
        return Programme.assign(PATIENT, CLINICIAN, start, null, plan(draft), NOW);
    }

    @Test
    void extraSessionsNeverHideMissedOnes() {
        Programme programme = walkingFrom(MONDAY, 10, 2);
        did(MONDAY, WALKING, 4, 40);

        Adherence.Summary summary = Adherence.over(MONDAY, MONDAY.plusDays(1),
                programme.schedule(MONDAY, MONDAY.plusDays(1)), done);

        assertEquals(2, summary.sessionsDone());
        assertEquals(4, summary.sessionsPrescribed());
        assertEquals(0.5, summary.sessionAdherence().orElseThrow());
        assertEquals(20, summary.minutesDone());
        assertEquals(0.5, summary.minutesAdherence().orElseThrow());
        assertEquals(1, summary.activeDays());
        assertEquals(2, summary.days());
    }

    @Test
    void aDayWithoutAProgrammeCountsNeitherWay() {
        Programme programme = walkingFrom(MONDAY.plusDays(2), 10, 2);
        did(MONDAY, WALKING, 2, 20);
        for (int i = 2; i < 5; i++) {
            did(MONDAY.plusDays(i), WALKING, 2, 20);
        }

        Adherence.Summary summary = Adherence.over(MONDAY, MONDAY.plusDays(4),
                programme.schedule(MONDAY, MONDAY.plusDays(4)), done);

        assertEquals(6, summary.sessionsPrescribed());
        assertEquals(1.0, summary.sessionAdherence().orElseThrow());
        assertEquals(4, summary.activeDays(), "the day before the programme still was an active day");
    }

    @Test
    void withNothingPrescribedThereIsNoAdherenceRatio() {
        did(MONDAY, WALKING, 1, 15);

        Adherence.Summary summary = Adherence.over(MONDAY, MONDAY.plusDays(6), List.of(), done);

        assertTrue(summary.sessionAdherence().isEmpty());
        assertTrue(summary.minutesAdherence().isEmpty());
        assertEquals(1, summary.activeDays());
    }

    @Test
    void aRevisionMidWindowChangesOnlyTheLaterDays() {
        Programme programme = walkingFrom(MONDAY, 10, 2);
        PlanDraft more = new PlanDraft();
        more.addPhase("First days", null).add(WALK, walk(15, 3));
        programme.revise(plan(more), MONDAY.plusDays(3), null, CLINICIAN, MONDAY.plusDays(3), NOW);
        for (int i = 0; i < 6; i++) {
            did(MONDAY.plusDays(i), WALKING, 2, 20);
        }

        Adherence.Summary summary = Adherence.over(MONDAY, MONDAY.plusDays(5),
                programme.schedule(MONDAY, MONDAY.plusDays(5)), done);

        assertEquals(3 * 2 + 3 * 3, summary.sessionsPrescribed());
        assertEquals(3 * 2 + 3 * 2, summary.sessionsDone());
        assertEquals(3 * 20 + 3 * 45, summary.minutesPrescribed());
        assertEquals(3 * 20 + 3 * 20, summary.minutesDone());
    }

    @Test
    void aWeeklyDoseCountsDaysOfTheWeekNotSessions() {
        PlanDraft draft = new PlanDraft();
        draft.addPhase("Stay active", null).add(SWIM, Dose.minutes(20, 2, Frequency.PER_WEEK));
        Programme programme = Programme.assign(PATIENT, CLINICIAN, MONDAY, null, plan(draft), NOW);
        did(MONDAY, SWIMMING, 2, 40);
        did(MONDAY.plusDays(7), SWIMMING, 1, 20);
        did(MONDAY.plusDays(9), SWIMMING, 1, 20);
        did(MONDAY.plusDays(11), SWIMMING, 1, 30);

        Adherence.Summary summary = Adherence.over(MONDAY, MONDAY.plusDays(13),
                programme.schedule(MONDAY, MONDAY.plusDays(13)), done);

        assertEquals(4, summary.sessionsPrescribed(), 1e-9);
        assertEquals(1 + 2, summary.sessionsDone(), 1e-9, "two swims on one day count once; a third day is extra");
        assertEquals(80, summary.minutesPrescribed(), 1e-9);
        assertEquals(40 + 40, summary.minutesDone(), 1e-9);
    }

    @Test
    void unplannedActivitiesCountOnlyAsActiveDays() {
        Programme programme = walkingFrom(MONDAY, 10, 2);
        did(MONDAY, null, 1, 45);
        did(MONDAY.plusDays(1), STRETCH.getId(), 1, 5);

        Adherence.Summary summary = Adherence.over(MONDAY, MONDAY.plusDays(1),
                programme.schedule(MONDAY, MONDAY.plusDays(1)), done);

        assertEquals(0, summary.sessionsDone());
        assertEquals(2, summary.activeDays());
    }

    @Test
    void todaysProgressSaysOneOfTwoDone() {
        Programme programme = walkingFrom(MONDAY, 10, 2);
        did(MONDAY, WALKING, 1, 10);

        List<Adherence.Progress> today = Adherence.on(MONDAY, programme.schedule(MONDAY, MONDAY), done);

        assertEquals(1, today.size());
        Adherence.Progress walk = today.get(0);
        assertEquals("Walking", walk.exerciseName().base());
        assertEquals(1, walk.sessionsDone());
        assertEquals(2, walk.sessionsPrescribed());
        assertEquals(10, walk.minutesDone());
        assertEquals(20, walk.minutesPrescribed());
    }

    @Test
    void peopleReadWholeNumbersAndTheShareThoseNumbersMake() {
        // Two sessions done of 4.57 prescribed (a weekly dose over 16 days): shown as 2 of 5, 40%, not 2 of 5 at 44%.
        Adherence.Summary summary = new Adherence.Summary(MONDAY, MONDAY.plusDays(15), 2, 4.57, 25, 45.7, 2, 16);

        assertEquals(2, summary.sessionsDoneShown());
        assertEquals(5, summary.sessionsPrescribedShown());
        assertEquals(0.4, summary.sessionShareShown().orElseThrow(), 1e-9);
        assertEquals(0.4376, summary.sessionAdherence().orElseThrow(), 1e-4, "the flags judge the exact figures");
        assertEquals(46, summary.minutesPrescribedShown());
        assertEquals(25.0 / 46, summary.minutesShareShown().orElseThrow(), 1e-9);
        assertTrue(new Adherence.Summary(MONDAY, MONDAY, 0, 0.4, 0, 4, 0, 1).sessionShareShown().isEmpty(),
                "less than half a session prescribed is shown as nothing prescribed");
    }
}
