package clinic.portal.domain.programme;

import clinic.portal.domain.exercise.Exercise;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phases of prescriptions, in order: the content of a template or of one programme revision. Built once from
 * a {@link PlanDraft} and never edited afterwards, so a revision's plan stays what was prescribed.
 */
@Entity
@Table(name = "plan")
public class Plan implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    private Long id;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanPhase> phases = new ArrayList<>();

    protected Plan() {
    }

    /**
     * Builds a plan from a validated draft.
     *
     * @param exercises the draft's exercises by id
     * @throws UnconfirmedCautionException when a cautioned exercise was not confirmed
     * @throws IllegalArgumentException    when an exercise is missing or archived and not already in use
     */
    public static Plan from(PlanDraft draft, Map<Long, Exercise> exercises) {
        Plan plan = new Plan();
        int offset = 0;
        for (PlanDraft.PhaseDraft phaseDraft : draft.getPhases()) {
            PlanPhase phase = new PlanPhase(plan, plan.phases.size(), phaseDraft.getName().strip(),
                    phaseDraft.getLengthDays(), offset);
            for (PlanDraft.PrescriptionDraft line : phaseDraft.getPrescriptions()) {
                Exercise exercise = exercises.get(line.getExerciseId());
                if (exercise == null) {
                    throw new IllegalArgumentException("Unknown exercise " + line.getExerciseId());
                }
                phase.prescribe(exercise, line.getDose(), line.isCautionConfirmed());
            }
            plan.phases.add(phase);
            offset += phaseDraft.getLengthDays() == null ? 0 : phaseDraft.getLengthDays();
        }
        return plan;
    }

    /** The phase that a day counted from the start (day 0) falls in; none after the last phase ends. */
    public Optional<PlanPhase> phaseOn(long dayIndex) {
        return phases.stream().filter(p -> p.covers(dayIndex)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public List<PlanPhase> getPhases() {
        return Collections.unmodifiableList(phases);
    }
}
