package clinic.portal.domain.programme;

import clinic.portal.domain.exercise.Dose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One difference between two plans, as the revision history tells it: an exercise added to or removed from a
 * phase, its dose changed, or a phase added, removed or lengthened.
 *
 * @param kind     what happened
 * @param phase    the phase's name
 * @param exercise the exercise's name, or null for a change to the phase itself
 * @param before   the dose or length before (a {@link Dose} or an {@link Integer} of days), or null
 * @param after    the dose or length after, or null
 */
public record PlanChange(Kind kind, String phase, String exercise, Object before, Object after) {

    public enum Kind {
        PHASE_ADDED,
        PHASE_REMOVED,
        PHASE_LENGTH_CHANGED,
        EXERCISE_ADDED,
        EXERCISE_REMOVED,
        DOSE_CHANGED
    }

    /** What changed from one plan to the next; phases match by name, prescriptions by exercise. */
    public static List<PlanChange> between(Plan before, Plan after) {
        Map<String, PlanPhase> old = byName(before);
        Map<String, PlanPhase> now = byName(after);
        List<PlanChange> changes = new ArrayList<>();
        for (PlanPhase phase : now.values()) {
            PlanPhase previous = old.get(phase.getName());
            if (previous == null) {
                changes.add(new PlanChange(Kind.PHASE_ADDED, phase.getName(), null, null, phase.getLengthDays()));
                phase.getPrescriptions().forEach(p -> changes.add(new PlanChange(Kind.EXERCISE_ADDED,
                        phase.getName(), p.getExercise().getName(), null, p.getDose())));
                continue;
            }
            if (!Objects.equals(previous.getLengthDays(), phase.getLengthDays())) {
                changes.add(new PlanChange(Kind.PHASE_LENGTH_CHANGED, phase.getName(), null,
                        previous.getLengthDays(), phase.getLengthDays()));
            }
            compare(phase.getName(), byExercise(previous), byExercise(phase), changes);
        }
        old.values().stream().filter(p -> !now.containsKey(p.getName()))
                .forEach(p -> changes.add(new PlanChange(Kind.PHASE_REMOVED, p.getName(), null, p.getLengthDays(), null)));
        return changes;
    }

    private static void compare(String phase, Map<String, Dose> old, Map<String, Dose> now, List<PlanChange> changes) {
        now.forEach((exercise, dose) -> {
            Dose previous = old.get(exercise);
            if (previous == null) {
                changes.add(new PlanChange(Kind.EXERCISE_ADDED, phase, exercise, null, dose));
            } else if (!previous.equals(dose)) {
                changes.add(new PlanChange(Kind.DOSE_CHANGED, phase, exercise, previous, dose));
            }
        });
        old.forEach((exercise, dose) -> {
            if (!now.containsKey(exercise)) {
                changes.add(new PlanChange(Kind.EXERCISE_REMOVED, phase, exercise, dose, null));
            }
        });
    }

    private static Map<String, PlanPhase> byName(Plan plan) {
        Map<String, PlanPhase> phases = new LinkedHashMap<>();
        plan.getPhases().forEach(p -> phases.putIfAbsent(p.getName(), p));
        return phases;
    }

    private static Map<String, Dose> byExercise(PlanPhase phase) {
        Map<String, Dose> doses = new LinkedHashMap<>();
        phase.getPrescriptions().forEach(p -> doses.putIfAbsent(p.getExercise().getName(), p.getDose()));
        return doses;
    }
}
