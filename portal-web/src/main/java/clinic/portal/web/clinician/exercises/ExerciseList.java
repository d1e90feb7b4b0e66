package clinic.portal.web.clinician.exercises;

import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.exercise.ExerciseKind;
import clinic.portal.ejb.exercise.ExerciseService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** Backs {@code /clinician/exercises/index.xhtml}: the library, searched by name and kind. */
@Named
@ViewScoped
public class ExerciseList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExerciseService exercises;

    private String search;
    private ExerciseKind kind;
    private boolean showArchived;
    // Read from the database when shown; never carried with the session to another node, which reads it again.
    private transient List<Exercise> results;

    public void find() {
        results = exercises.search(search, kind, showArchived);
    }

    public void archive(Exercise exercise) {
        exercises.archive(exercise.getId());
        Messages.addGlobalInfo("exercise.archivedDone", exercise.localizedName());
        results = null;
    }

    public void restore(Exercise exercise) {
        exercises.restore(exercise.getId());
        Messages.addGlobalInfo("exercise.restored", exercise.localizedName());
        results = null;
    }

    public void delete(Exercise exercise) {
        exercises.delete(exercise.getId());
        Messages.addGlobalInfo("exercise.deleted", exercise.localizedName());
        results = null;
    }

    /** The list, read when the page shows it (again after an action, which only forgets it). */
    public List<Exercise> getResults() {
        if (results == null) {
            find();
        }
        return results;
    }

    public ExerciseKind[] getKinds() {
        return ExerciseKind.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public ExerciseKind getKind() {
        return kind;
    }

    public void setKind(ExerciseKind kind) {
        this.kind = kind;
    }

    public boolean isShowArchived() {
        return showArchived;
    }

    public void setShowArchived(boolean showArchived) {
        this.showArchived = showArchived;
    }
}
