package clinic.portal.web.programme;

import clinic.portal.web.Texts;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.exercise.ExerciseKind;
import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.programme.PlanDraft.PhaseDraft;
import clinic.portal.domain.programme.PlanDraft.PrescriptionDraft;
import clinic.portal.ejb.exercise.ExerciseService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan editor shared by the template and programme pages: phases, exercises with their doses, and the
 * confirmation a cautioned exercise asks for. The draft lives in the view, so a refused save keeps every edit.
 */
public abstract class PlanEditing implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExerciseService exercises;

    private PlanDraft draft = new PlanDraft();
    private final Map<PhaseDraft, Long> toAdd = new HashMap<>();
    private List<Exercise> library;
    private PrescriptionDraft pendingCaution;

    protected void edit(PlanDraft draft) {
        this.draft = draft;
        this.toAdd.clear();
        this.pendingCaution = null;
    }

    public void addPhase() {
        draft.addPhase(null, null);
    }

    public void removePhase(PhaseDraft phase) {
        draft.removePhase(phase);
        toAdd.remove(phase);
    }

    /** Adds the exercise chosen for the phase, with its default dose; a cautioned one opens the confirmation. */
    public void addExercise(PhaseDraft phase) {
        Long id = toAdd.get(phase);
        if (id == null) {
            return;
        }
        Exercise exercise = getLibrary().stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow();
        PrescriptionDraft line = phase.add(exercise, exercise.getDefaultDose());
        toAdd.remove(phase);
        if (line.isCaution()) {
            askToConfirm(line);
        }
    }

    public void removeExercise(PhaseDraft phase, PrescriptionDraft line) {
        phase.remove(line);
    }

    public void askToConfirm(PrescriptionDraft line) {
        pendingCaution = line;
        PrimeFaces.current().ajax().addCallbackParam("caution", true);
    }

    public void confirmCaution() {
        if (pendingCaution != null) {
            pendingCaution.setCautionConfirmed(true);
            pendingCaution = null;
        }
    }

    /** The clinician decided against the cautioned exercise: it leaves the plan unless it was confirmed before. */
    public void cancelCaution() {
        if (pendingCaution != null && !pendingCaution.isCautionConfirmed()) {
            draft.getPhases().forEach(p -> p.remove(pendingCaution));
        }
        pendingCaution = null;
    }

    /**
     * Checks the whole draft, including the rules that span fields, and shows each problem with the phase and
     * exercise it concerns.
     *
     * @return whether the draft may be saved
     */
    protected boolean validDraft() {
        Set<String> messages = new LinkedHashSet<>();
        Validator validator = CDI.current().select(Validator.class).get();
        for (ConstraintViolation<PlanDraft> violation : validator.validate(draft)) {
            messages.add(where(violation.getPropertyPath()) + violation.getMessage());
        }
        messages.forEach(Messages::addGlobalError);
        return messages.isEmpty();
    }

    private String where(Path path) {
        List<Integer> indexes = new ArrayList<>();
        path.forEach(node -> {
            if (node.getIndex() != null) {
                indexes.add(node.getIndex());
            }
        });
        if (indexes.isEmpty() || indexes.get(0) >= draft.getPhases().size()) {
            return "";
        }
        PhaseDraft phase = draft.getPhases().get(indexes.get(0));
        String phaseName = phase.getName() == null ? "#" + (indexes.get(0) + 1) : phase.getName();
        if (indexes.size() > 1 && indexes.get(1) < phase.getPrescriptions().size()) {
            return phaseName + ", " + phase.getPrescriptions().get(indexes.get(1)).getExerciseName().in(Texts.locale()) + ": ";
        }
        return phaseName + ": ";
    }

    /** What can be prescribed, read once per view. */
    public List<Exercise> getLibrary() {
        if (library == null) {
            library = exercises.prescribable();
        }
        return library;
    }

    public ExerciseKind[] getKinds() {
        return ExerciseKind.values();
    }

    public PlanDraft getDraft() {
        return draft;
    }

    public Map<PhaseDraft, Long> getToAdd() {
        return toAdd;
    }

    public PrescriptionDraft getPendingCaution() {
        return pendingCaution;
    }
}
