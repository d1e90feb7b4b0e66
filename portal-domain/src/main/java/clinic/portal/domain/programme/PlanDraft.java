package clinic.portal.domain.programme;

import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.language.Localized;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan being written: what a clinician edits on screen before it becomes a template or a revision.
 * Started empty, from a template or from the current revision; validated as a whole before saving.
 */
public class PlanDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Valid
    @NotEmpty(message = "{plan.phases.required}")
    private final List<PhaseDraft> phases = new ArrayList<>();

    /**
     * A draft holding a copy of the plan.
     *
     * @param keepConfirmations whether cautioned exercises stay confirmed: yes when changing this patient's
     *                          own programme, no when the plan comes from a template for a new patient
     */
    public static PlanDraft of(Plan plan, boolean keepConfirmations) {
        PlanDraft draft = new PlanDraft();
        for (PlanPhase phase : plan.getPhases()) {
            PhaseDraft phaseDraft = draft.addPhase(phase.getName(), phase.getLengthDays());
            for (Prescription prescription : phase.getPrescriptions()) {
                phaseDraft.add(prescription.getExercise(), prescription.getDose()).setCautionConfirmed(keepConfirmations);
            }
        }
        return draft;
    }

    public PhaseDraft addPhase(String name, Integer lengthDays) {
        PhaseDraft phase = new PhaseDraft();
        phase.name = name;
        phase.lengthDays = lengthDays;
        phases.add(phase);
        return phase;
    }

    public void removePhase(PhaseDraft phase) {
        phases.remove(phase);
    }

    /** Only the last phase may go on without an end. */
    @AssertTrue(message = "{plan.phases.lengthRequired}")
    public boolean isEveryPhaseButTheLastBounded() {
        for (int i = 0; i < phases.size() - 1; i++) {
            if (phases.get(i).lengthDays == null) {
                return false;
            }
        }
        return true;
    }

    public List<PhaseDraft> getPhases() {
        return phases;
    }

    /** One phase being written. */
    public static class PhaseDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{plan.phase.name.required}")
        @Size(max = PlanPhase.NAME_MAX, message = "{plan.phase.name.size}")
        private String name;

        @Min(value = 1, message = "{plan.phase.length.range}")
        @Max(value = PlanPhase.MAX_LENGTH_DAYS, message = "{plan.phase.length.range}")
        private Integer lengthDays;

        @Valid
        @NotEmpty(message = "{plan.phase.prescriptions.required}")
        private final List<PrescriptionDraft> prescriptions = new ArrayList<>();

        /** Adds the exercise with this dose; a cautioned exercise starts unconfirmed. */
        public PrescriptionDraft add(Exercise exercise, Dose dose) {
            PrescriptionDraft line = new PrescriptionDraft();
            line.describe(exercise);
            line.dose = dose.copy();
            prescriptions.add(line);
            return line;
        }

        /** An exercise appears at most once in a phase: its dose says how often. */
        @AssertTrue(message = "{plan.phase.exercise.twice}")
        public boolean isEachExerciseOnce() {
            return prescriptions.stream().map(PrescriptionDraft::getExerciseId).filter(java.util.Objects::nonNull)
                    .distinct().count()
                    == prescriptions.stream().map(PrescriptionDraft::getExerciseId).filter(java.util.Objects::nonNull).count();
        }

        public void remove(PrescriptionDraft line) {
            prescriptions.remove(line);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getLengthDays() {
            return lengthDays;
        }

        public void setLengthDays(Integer lengthDays) {
            this.lengthDays = lengthDays;
        }

        public List<PrescriptionDraft> getPrescriptions() {
            return prescriptions;
        }
    }

    /** One exercise with its dose, being written. */
    public static class PrescriptionDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "{plan.prescription.exercise.required}")
        private Long exerciseId;
        private Localized exerciseName;
        private boolean caution;
        private Localized cautionReason;
        private boolean cautionConfirmed;

        @Valid
        @NotNull
        private Dose dose = new Dose();

        /** Points the line at another exercise; a cautioned one must be confirmed again. */
        public void describe(Exercise exercise) {
            this.exerciseId = exercise.getId();
            this.exerciseName = exercise.localizedName();
            this.caution = exercise.isCaution();
            this.cautionReason = exercise.localizedCautionReason();
            this.cautionConfirmed = false;
        }

        @AssertTrue(message = "{plan.prescription.caution.unconfirmed}")
        public boolean isCautionSettled() {
            return !caution || cautionConfirmed;
        }

        public Long getExerciseId() {
            return exerciseId;
        }

        public Localized getExerciseName() {
            return exerciseName;
        }

        public boolean isCaution() {
            return caution;
        }

        public Localized getCautionReason() {
            return cautionReason;
        }

        public boolean isCautionConfirmed() {
            return cautionConfirmed;
        }

        public void setCautionConfirmed(boolean cautionConfirmed) {
            this.cautionConfirmed = cautionConfirmed;
        }

        public Dose getDose() {
            return dose;
        }

        public void setDose(Dose dose) {
            this.dose = dose;
        }
    }
}
