package clinic.portal.domain.programme;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static clinic.portal.domain.programme.Fixtures.CLINICIAN;
import static clinic.portal.domain.programme.Fixtures.GOLF;
import static clinic.portal.domain.programme.Fixtures.NOW;
import static clinic.portal.domain.programme.Fixtures.PATIENT;
import static clinic.portal.domain.programme.Fixtures.STRETCH;
import static clinic.portal.domain.programme.Fixtures.SWIM;
import static clinic.portal.domain.programme.Fixtures.WALK;
import static clinic.portal.domain.programme.Fixtures.plan;
import static clinic.portal.domain.programme.Fixtures.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgrammeTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    /** First days: walk 10 minutes twice a day for 7 days; then recovery: walk 15 minutes and stretch. */
    private static PlanDraft backToActivity() {
        PlanDraft draft = new PlanDraft();
        draft.addPhase("First days", 7).add(WALK, walk(10, 2));
        PlanDraft.PhaseDraft recovery = draft.addPhase("Recovery", null);
        recovery.add(WALK, walk(15, 2));
        recovery.add(STRETCH, walk(5, 1));
        return draft;
    }

    private static Programme assigned() {
        return Programme.assign(PATIENT, CLINICIAN, START, "Keep moving", plan(backToActivity()), NOW);
    }

    @Test
    void eachDayFindsItsPhase() {
        Programme programme = assigned();

        assertEquals(List.of(), names(programme, START.minusDays(1)));
        assertEquals(List.of("Walking"), names(programme, START));
        assertEquals(List.of("Walking"), names(programme, START.plusDays(6)));
        assertEquals(List.of("Walking", "Knee-to-chest stretch"), names(programme, START.plusDays(7)));
        assertEquals(List.of("Walking", "Knee-to-chest stretch"), names(programme, START.plusDays(400)));
    }

    @Test
    void aRevisionChangesOnlyTheDaysFromItsDate() {
        Programme programme = assigned();
        LocalDate today = START.plusDays(10);
        PlanDraft changed = backToActivity();
        changed.getPhases().get(1).add(SWIM, walk(20, 1));

        programme.revise(plan(changed), today, null, CLINICIAN, today, NOW);

        assertEquals(List.of("Walking", "Knee-to-chest stretch"), names(programme, today.minusDays(1)));
        assertEquals(List.of("Walking", "Knee-to-chest stretch", "Swimming"), names(programme, today));
        assertEquals(1, programme.revisionOn(today.minusDays(1)).orElseThrow().getNumber());
        assertEquals(2, programme.revisionOn(today).orElseThrow().getNumber());
        assertEquals(List.of("Walking"), names(programme, START), "the first days keep the first revision");
    }

    @Test
    void aSecondChangeOnTheSameDayReplacesTheFirstForThatDay() {
        Programme programme = assigned();
        LocalDate today = START.plusDays(3);
        PlanDraft first = new PlanDraft();
        first.addPhase("Only walking", null).add(WALK, walk(20, 2));
        PlanDraft second = new PlanDraft();
        second.addPhase("Only stretching", null).add(STRETCH, walk(5, 3));

        programme.revise(plan(first), today, null, CLINICIAN, today, NOW);
        programme.revise(plan(second), today, null, CLINICIAN, today, NOW);

        assertEquals(3, programme.revisionOn(today).orElseThrow().getNumber());
        assertEquals(1, programme.revisionOn(today.minusDays(1)).orElseThrow().getNumber());
        assertEquals(List.of("Knee-to-chest stretch"), names(programme, today));
    }

    @Test
    void thePastCannotBeRevised() {
        Programme programme = assigned();
        LocalDate today = START.plusDays(5);

        assertThrows(IllegalArgumentException.class,
                () -> programme.revise(plan(backToActivity()), today.minusDays(1), null, CLINICIAN, today, NOW));
    }

    @Test
    void anEndedProgrammePrescribesNothingFromItsEnd() {
        Programme programme = assigned();
        programme.endOn(START.plusDays(20));

        assertTrue(programme.isActiveOn(START.plusDays(19)));
        assertFalse(programme.isActiveOn(START.plusDays(20)));
        assertEquals(List.of(), names(programme, START.plusDays(20)));
    }

    @Test
    void aCautionedExerciseNeedsConfirmation() {
        PlanDraft draft = new PlanDraft();
        PlanDraft.PrescriptionDraft golf = draft.addPhase("Stay active", null).add(GOLF, walk(30, 1));

        assertFalse(golf.isCautionSettled());
        assertThrows(UnconfirmedCautionException.class, () -> plan(draft));

        golf.setCautionConfirmed(true);
        assertTrue(plan(draft).getPhases().get(0).getPrescriptions().get(0).isCautionConfirmed());
    }

    @Test
    void fromATemplateCautionsAreAskedAgainButNotWhenRevisingTheSamePatient() {
        PlanDraft draft = new PlanDraft();
        draft.addPhase("Stay active", null).add(GOLF, walk(30, 1)).setCautionConfirmed(true);
        Plan saved = plan(draft);

        assertFalse(PlanDraft.of(saved, false).getPhases().get(0).getPrescriptions().get(0).isCautionConfirmed());
        assertTrue(PlanDraft.of(saved, true).getPhases().get(0).getPrescriptions().get(0).isCautionConfirmed());
    }

    @Test
    void onlyTheLastPhaseMayBeOpenEnded() {
        PlanDraft draft = new PlanDraft();
        draft.addPhase("Open", null).add(WALK, walk(10, 2));
        draft.addPhase("Later", 7).add(WALK, walk(10, 2));

        assertFalse(draft.isEveryPhaseButTheLastBounded());
    }

    @Test
    void theHistorySaysWhatChanged() {
        Plan before = plan(backToActivity());
        PlanDraft draft = backToActivity();
        draft.getPhases().get(0).setLengthDays(5);
        draft.getPhases().get(1).getPrescriptions().get(0).setDose(walk(20, 2));
        draft.getPhases().get(1).remove(draft.getPhases().get(1).getPrescriptions().get(1));
        draft.getPhases().get(1).add(SWIM, walk(20, 1));

        List<PlanChange> changes = PlanChange.between(before, plan(draft));

        assertEquals(List.of(
                new PlanChange(PlanChange.Kind.PHASE_LENGTH_CHANGED, "First days", null, 7, 5),
                new PlanChange(PlanChange.Kind.DOSE_CHANGED, "Recovery", "Walking", walk(15, 2), walk(20, 2)),
                new PlanChange(PlanChange.Kind.EXERCISE_ADDED, "Recovery", "Swimming", null, walk(20, 1)),
                new PlanChange(PlanChange.Kind.EXERCISE_REMOVED, "Recovery", "Knee-to-chest stretch", walk(5, 1), null)),
                changes);
    }

    private static List<String> names(Programme programme, LocalDate day) {
        return programme.prescribedOn(day).stream().map(p -> p.getExercise().getName()).toList();
    }
}
