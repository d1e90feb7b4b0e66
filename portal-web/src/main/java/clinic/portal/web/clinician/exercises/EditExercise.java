package clinic.portal.web.clinician.exercises;

import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.exercise.ExerciseKind;
import clinic.portal.domain.language.Language;
import clinic.portal.ejb.exercise.ExerciseService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /clinician/exercises/edit.xhtml[?id=…]}: a new exercise, or an existing one with the version it
 * was read at, so a concurrent edit is refused rather than overwritten.
 */
@Named
@ViewScoped
public class EditExercise implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExerciseService exercises;

    private Long id;
    private Exercise exercise;

    public void load() throws IOException {
        if (id == null) {
            exercise = new Exercise();
            return;
        }
        exercise = exercises.getExercise(id);
    }

    public void save() throws IOException {
        if (exercise.getId() == null) {
            exercises.create(exercise);
        } else {
            exercises.update(exercise);
        }
        Messages.addFlashGlobalInfo("exercise.saved", exercise.localizedName());
        Faces.redirect(Faces.getRequestContextPath() + "/clinician/exercises/index.xhtml");
    }

    /** The languages the exercise's words can be written in besides the base one, each in a section of the form. */
    public List<Language> getTranslations() {
        return Arrays.stream(Language.values()).filter(l -> l != Language.BASE).toList();
    }

    public ExerciseKind[] getKinds() {
        return ExerciseKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Exercise getExercise() {
        return exercise;
    }
}
