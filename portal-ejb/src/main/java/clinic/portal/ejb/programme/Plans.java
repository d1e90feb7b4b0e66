package clinic.portal.ejb.programme;

import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.programme.Plan;
import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.programme.UnconfirmedCautionException;
import clinic.portal.ejb.RuleViolation;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a validated draft into a plan, loading its exercises in one query. Archived exercises may stay where
 * they already were, but are not newly prescribed.
 */
@Dependent
class Plans {

    @PersistenceContext
    private EntityManager em;

    Plan build(PlanDraft draft, Collection<Long> alreadyPrescribed) {
        Set<Long> ids = draft.getPhases().stream()
                .flatMap(p -> p.getPrescriptions().stream())
                .map(PlanDraft.PrescriptionDraft::getExerciseId)
                .collect(Collectors.toSet());
        Map<Long, Exercise> exercises = ids.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT e FROM Exercise e WHERE e.id IN :ids", Exercise.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Exercise::getId, Function.identity()));
        for (Long id : ids) {
            Exercise exercise = exercises.get(id);
            if (exercise == null) {
                throw new RuleViolation("programme.exercise.unknown", null, id);
            }
            if (exercise.isArchived() && !alreadyPrescribed.contains(id)) {
                throw new RuleViolation("programme.exercise.archived", null, exercise.localizedName());
            }
        }
        try {
            return Plan.from(draft, exercises);
        } catch (UnconfirmedCautionException e) {
            throw new RuleViolation("programme.caution.unconfirmed", null, e.exerciseName());
        }
    }

    static Set<Long> exerciseIds(Plan plan) {
        return plan.getPhases().stream()
                .flatMap(p -> p.getPrescriptions().stream())
                .map(p -> p.getExercise().getId())
                .collect(Collectors.toSet());
    }
}
